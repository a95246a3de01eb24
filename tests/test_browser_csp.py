"""The Content-Security-Policy as Chromium enforces it (issue 10, A10).

Only a browser refuses what a policy forbids, so only a browser can show that the pages still
work under it. The `browser` fixture (tests/conftest.py) fails any test whose pages report a
violation or an uncaught script error; these tests walk every page reachable from the menu in
both languages, and use the three pages built by others, the Django admin, the Swagger UI and
REST framework's browsable API, for real.
"""

from __future__ import annotations

import re
from io import StringIO
from urllib.parse import urldefrag, urlsplit

import pytest
from django.core.management import call_command

from tests.conftest import WatchedBrowser, wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

PASSWORD = "browser-pass-1"
# Links not to follow: they change something, download a file, or leave for the signed-out side.
SKIP = re.compile(r"logout|/delete|export=|print=1|/file/|/evidence/|/i18n/|/jsi18n|/media/|/static/|\?script")
SETTLED = "() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50)))"


def kind_of(path: str) -> str:
    return re.sub(r"\d+", "N", urlsplit(path).path)


def signed_in(browser, live_server, username: str, language: str = "en"):
    call_command("seed_demo", "--password", PASSWORD, stdout=StringIO())
    context = browser.new_context(locale="zh-CN" if language == "zh-hans" else "en-US", base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto("/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button.primary")
    page.wait_for_selector("#statuses-title")
    return page


def visit(page, url: str) -> list[str]:
    """Open a page, let its scripts run, and return the same-site links on it."""
    response = page.goto(url)
    assert response is not None
    assert response.status < 500, f"{url} answered {response.status}"
    policy = response.headers.get("content-security-policy", "")
    assert "script-src 'self'" in policy, f"{url} came without the policy: {policy!r}"
    page.wait_for_load_state("load")
    page.evaluate(SETTLED)
    return page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))")


def test_an_injected_inline_script_or_style_is_refused_and_the_watch_reports_it(chromium, live_server):
    """The proof that the policy is in force and that the fixture would catch a page breaking it."""
    watched = WatchedBrowser(chromium)
    try:
        context = watched.new_context(base_url=live_server.url)
        page = context.new_page()
        page.goto("/accounts/login/")
        page.evaluate("""() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true;";
            document.body.append(script);
            document.body.insertAdjacentHTML("beforeend", '<p id="styled" style="color: rgb(255, 0, 0)">x</p>');
        }""")
        page.evaluate(SETTLED)
        assert page.evaluate("() => window.injected") is None  # the inline script never ran
        assert page.evaluate("() => getComputedStyle(document.getElementById('styled')).color") != "rgb(255, 0, 0)"
        reported = "\n".join(watched.problems)
        assert "script-src" in reported
        assert "style-src" in reported
        print(f"{len(watched.problems)} reports for one injected script and one style attribute")
    finally:
        watched.close()


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_every_page_from_the_menu_runs_under_the_policy(browser, live_server, language):
    """Each page of the main menu, and each kind of page one link away from it, as a manager."""
    page = signed_in(browser, live_server, "manager", language)
    menu = page.eval_on_selector_all("#mainnav a", "links => links.map(a => a.getAttribute('href'))")
    assert len(menu) >= 9
    queue, seen_kinds, visited = ["/", *menu], set(), 0
    while queue:
        url = queue.pop(0)
        if kind_of(url) in seen_kinds:
            continue
        seen_kinds.add(kind_of(url))
        links = visit(page, url)
        visited += 1
        if url in menu or url == "/":
            for href in links:
                href = urldefrag(href)[0]
                parts = urlsplit(href)
                if href.startswith("/") and not parts.netloc and not SKIP.search(href):
                    queue.append(href)
    print(f"manager/{language}: {visited} kinds of page opened in Chromium, {len(browser.problems)} violations")
    assert visited >= 40


def test_the_swagger_ui_reads_and_writes_through_the_api_under_the_policy(browser, live_server):
    """The split view's start-up script runs: the operations render, a GET answers 200, and a POST
    carries the CSRF token the script adds (REST framework refuses a session POST without it)."""
    from vendors.models import Vendor

    page = signed_in(browser, live_server, "manager")
    page.goto("/api/docs/")
    page.wait_for_selector("#operations-vendors-vendors_list")
    assert page.locator(".opblock").count() >= 40

    listing = page.locator("#operations-vendors-vendors_list")
    listing.locator(".opblock-summary").first.click()
    listing.locator(".try-out__btn").click()
    listing.locator("button.execute").click()
    status = listing.locator(".live-responses-table tbody .response-col_status").first
    status.wait_for()
    assert status.inner_text().strip() == "200"

    creating = page.locator("#operations-vendors-vendors_create")
    creating.locator(".opblock-summary").first.click()
    creating.locator(".try-out__btn").click()
    creating.locator("textarea.body-param__text").fill('{"name": "Swagger Live", "time_zone": "Asia/Shanghai"}')
    creating.locator("button.execute").click()
    status = creating.locator(".live-responses-table tbody .response-col_status").first
    status.wait_for()
    assert status.inner_text().strip() == "201", creating.locator(".live-responses-table").inner_text()
    assert Vendor.objects.filter(name="Swagger Live").exists()


def test_the_django_admin_works_under_the_policy(browser, live_server):
    """The admin's own scripts: select-all and actions, the two-box group picker, inline rows and the
    calendar of a date field, then saving."""
    from django.contrib.auth.models import User

    from vendors.models import Vendor

    page = signed_in(browser, live_server, "manager")
    page.goto("/admin/vendors/vendor/")
    page.check("#action-toggle")
    assert re.search(r"\d+ of \d+ selected", page.locator(".action-counter").inner_text())

    viewer = User.objects.get(username="viewer")
    page.goto(f"/admin/auth/user/{viewer.pk}/change/")
    page.select_option("#id_groups_from", label="manager")
    page.click("#id_groups_add")
    assert page.locator("#id_groups_to option", has_text="manager").count() == 1
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    assert viewer.groups.filter(name="manager").exists()

    vendor = Vendor.objects.alive().order_by("pk").first()
    releases = vendor.releases.count()
    page.goto(f"/admin/vendors/vendor/{vendor.pk}/change/")
    group = page.locator("#releases-group")
    group.locator(".add-row a").click()
    row = group.locator("tr.form-row.dynamic-releases").last
    row.locator("input[name$=-version]").fill("9.9.9")
    row.locator(".datetimeshortcuts a[id^=calendarlink]").click()  # the calendar opens beside the field
    calendar = page.locator(".calendarbox >> visible=true")
    calendar.locator("td a", has_text=re.compile(r"^1$")).click()  # the 1st: never in the future
    assert re.match(r"\d{4}-\d{2}-01$", row.locator("input[name$=-released_on]").input_value())
    row.locator("select[name$=-kind]").select_option(index=1)
    page.click("input[name=_save]")
    page.wait_for_selector(".messagelist .success")
    assert vendor.releases.count() == releases + 1


def test_the_browsable_api_works_under_the_policy(browser, live_server):
    """REST framework's own pages: the filter dialog (Bootstrap's script) opens, and OPTIONS
    (its ajax-form script) answers in place."""
    page = signed_in(browser, live_server, "manager")
    page.goto("/api/vendors/")
    page.wait_for_selector(".response-info")
    page.click("button[data-target='#filtersModal']")
    page.wait_for_selector("#filtersModal.in", state="visible")
    page.click("#filtersModal button.close")
    page.wait_for_selector("#filtersModal", state="hidden")
    page.click("form[data-method=OPTIONS] button")
    wait_until(page, "document.querySelector('.response-info').innerText.includes('OPTIONS')")
    assert "200 OK" in page.locator(".response-info").inner_text()
