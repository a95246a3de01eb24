"""End to end in headless Chromium (Debian's /usr/bin/chromium), driven by Playwright.

Run by `make test-browser` and CI; `make test` leaves them out. The `browser` fixture
(tests/conftest.py) fails a test on any CSP violation or script error a page reports.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.conftest import wait_until
from vendors.models import Vendor

# serialized_rollback restores what data migrations loaded (groups, checklist, profiles) after each flush.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def page(browser, live_server):
    call_command("seed_demo", "--password", "browser-pass-1")
    context = browser.new_context(locale="en-US", base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def chart(page, canvas_id: str):
    """Wait until Chart.js has drawn on the canvas, then return its chart's dataset count.

    The canvas is in the page before the scripts at the end of the body have run: asking
    Chart before then raises "Chart is not defined" on a busy machine.
    """
    predicate = f"!!(window.Chart && Chart.getChart(document.getElementById('{canvas_id}')))"
    wait_until(page, predicate)
    return page.evaluate(f"() => Chart.getChart(document.getElementById('{canvas_id}')).data.datasets.length")


def log_in(page, username: str, then: str = "/vendors/") -> None:
    """Sign in (which lands on the overview), then open ``then``."""
    page.goto("/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "browser-pass-1")
    page.click("button.primary")
    page.wait_for_selector("h1:has-text('Overview')")
    if then != "/":
        page.goto(then)


def test_a_manager_filters_the_list_and_adds_a_vendor(page):
    log_in(page, "manager")
    rows = page.locator("#vendor-table tbody tr")
    assert rows.count() == 6

    # Ticking a status filter reloads only the table, through htmx, and updates the address.
    page.check("input[name=status][value=rejected]")
    wait_until(page, "document.querySelectorAll('#vendor-table tbody tr').length === 1")
    assert "status=rejected" in page.url
    page.uncheck("input[name=status][value=rejected]")
    wait_until(page, "document.querySelectorAll('#vendor-table tbody tr').length === 6")

    page.click("text=Add vendor")
    page.fill("#id_name", "Lime Video")
    page.fill("#id_name_zh", "青柠视频")
    page.fill("#id_time_zone", "Mars/Olympus")
    page.fill("#id_support_hours", "mon-fri 09:00-18:00")
    page.click("button:has-text('Save')")
    assert page.locator(".field.has-error").count() == 1  # the time zone, with the reason beside it
    assert "not a known time zone" in page.locator(".field.has-error").inner_text()

    page.fill("#id_time_zone", "Asia/Shanghai")
    page.check("input[name=scenarios][value='1v1-social']")
    page.click("button:has-text('Save')")
    page.wait_for_url("**/vendors/*/")
    assert "Lime Video" in page.locator("h1").inner_text()
    assert "mon-fri 09:00-18:00" in page.locator("#hours").inner_text()


def test_the_vendor_page_draws_the_release_chart_and_shows_turnover(page):
    log_in(page, "viewer")
    page.click("#vendor-table a >> nth=0")
    assert chart(page, "release-chart") >= 1
    assert "contacts left in the last 12 months" in page.locator("#contacts").inner_text()
    assert page.locator("text=Edit").count() == 0  # a viewer sees no edit buttons


def test_every_demo_vendor_page_fits_a_phone(page):
    """A long website or note in the profile wraps; it once pushed the page up to 98 px wider than a phone."""
    log_in(page, "viewer")
    page.set_viewport_size({"width": 390, "height": 844})
    for vendor in Vendor.objects.alive().order_by("pk"):
        page.goto(f"/vendors/{vendor.pk}/")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, (vendor.name, width)


def test_switching_to_chinese(page):
    log_in(page, "viewer")
    page.click("button[lang=zh-hans]")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "供应商"


def test_an_evaluator_answers_with_autosave_and_a_manager_compares(page):
    log_in(page, "evaluator")
    page.click("#vendor-table a >> nth=0")
    page.click("button:has-text('Start an evaluation')")
    page.wait_for_selector("#progress")
    assert "0 of" in page.locator("#progress").inner_text()
    first = page.locator(".criterion").first
    value = first.locator(".answer-value").locator(
        "input[type=radio], input[type=checkbox], input[type=text], textarea"
    )
    value.first.click()
    if value.first.get_attribute("type") in ("text", None):  # a number or a text answer: type one
        value.first.fill("2")
        value.first.dispatch_event("change")
    wait_until(page, "document.querySelector('#progress').innerText.startsWith('1 of')")
    page.wait_for_selector(".criterion >> text=Saved")
    page.reload()
    assert page.locator("#progress").inner_text().startswith("1 of")  # it was really saved

    page.click("button:has-text('Log out')")
    page.wait_for_url("**/accounts/login/")
    log_in(page, "manager")
    page.goto("/compare/")
    add_vendors(page, 3)
    page.select_option("select[name=profile]", "ecommerce-live")
    page.click("button:has-text('Compare')")
    page.wait_for_selector("table.compare")
    assert page.locator("td.best").count() >= 11  # one best cell in the overall row and each dimension at least
    assert chart(page, "radar-chart") == 3


def add_vendors(page, count: int) -> None:
    """Add the first vendors the compare page offers, one "Add" link at a time (each reloads the page)."""
    for _index in range(count):
        with page.expect_navigation():
            page.locator("#vendor-results a.add").first.click()
    assert page.locator(".compare-chip").count() == count


def test_the_compare_search_finds_vendors_as_one_types_and_fits_a_phone(page):
    log_in(page, "viewer", then="/compare/")
    page.set_viewport_size({"width": 390, "height": 844})
    offered = page.locator("#vendor-results a.add").count()
    assert offered >= 2
    name = page.evaluate("document.querySelector('#vendor-results li > span').firstChild.textContent.trim()")
    page.fill("#id_compare_q", name)  # htmx asks for the results only: no page load
    wait_until(page, f"document.querySelectorAll('#vendor-results a.add').length < {offered}")
    assert page.url.endswith("/compare/")
    assert name in page.locator("#vendor-results").inner_text()
    add_vendors(page, 1)
    assert name in page.locator(".compare-chip").first.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.locator(".compare-chip a.remove").first.click()
    page.wait_for_load_state()
    assert page.locator(".compare-chip").count() == 0


# --- probes -----------------------------------------------------------------------------------------
SHOTS = os.path.join(os.path.dirname(__file__), "..", "var", "screenshots")


def shot(page, name: str) -> None:
    os.makedirs(SHOTS, exist_ok=True)
    page.screenshot(path=os.path.join(SHOTS, f"{name}.png"), full_page=True)


def test_a_manager_reads_a_vendors_measured_support_in_both_languages(page):
    from vendors.models import Vendor

    vendor = Vendor.objects.get(name="Busy Bee Live Source")
    log_in(page, "manager")
    page.goto(f"/vendors/{vendor.pk}/probes/")
    assert chart(page, "probe-chart") >= 2
    assert "Two urgent probe questions in a row" in page.locator("[role=alert]").inner_text()
    assert page.locator("#sla tbody tr").count() >= 2
    shot(page, "probes-dashboard-en")
    page.click("button[lang=zh-hans]")
    page.wait_for_load_state()
    assert "实测售后表现" in page.locator("h1").inner_text()
    assert "对照 SLA" in page.locator("#sla").inner_text()
    shot(page, "probes-dashboard-zh")


def test_an_evaluator_sends_a_manual_probe_and_logs_the_answer_on_a_phone(page):
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, "evaluator")
    page.goto("/probes/todo/")
    page.click("#to-send a >> nth=0")
    page.wait_for_selector("#message")
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
    page.click("button:has-text('I have sent it')")
    page.wait_for_selector(".message.success")
    page.click("summary:has-text('Log an answer the vendor gave elsewhere')")
    page.fill("#replies textarea[name=body]", "工单回复：请升级到 3.5 版本。")
    page.click("button:has-text('Record the answer')")
    page.wait_for_selector(".message.success")
    assert "Answered" in page.locator(".page-head .badge").inner_text()
    assert "工单回复" in page.locator("#replies").inner_text()
    shot(page, "probes-manual-answered-390")


def test_a_vendor_answers_on_the_reply_page_from_a_phone(page):
    from django.utils import timezone

    from evaluations.probes.models import Probe

    probe = Probe.objects.filter(status="sent", sent_at__isnull=False).order_by("-sent_at").first()
    Probe.objects.filter(pk=probe.pk).update(reply_expires_at=timezone.now() + timezone.timedelta(days=3))
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"/reply/{probe.reply_token}/")
    assert probe.question_text[:20] in page.locator(".message").inner_text()
    page.fill("textarea[name=body]", "Please set maxCache to 2 s; a patch follows tonight.")
    page.click("button[type=submit].primary")
    page.wait_for_selector("h1")
    assert page.locator("h1").inner_text() in ("Thank you", "谢谢")
    probe.refresh_from_db()
    assert probe.first_response_at is not None
    shot(page, "probes-reply-page-390")


def test_a_manager_sees_deadlines_and_costs_and_an_evaluator_reviews_on_a_phone(page):
    log_in(page, "manager", then="/")
    deadlines = page.locator("#deadlines-title + ul li")
    assert deadlines.count() >= 2  # the demo's Pomelo contract ends in 15 days, Straitlight's in 45
    assert "Pomelo Commerce Live" in deadlines.first.inner_text()
    assert "Firefly" not in page.locator("#awaiting-title + ul").inner_text()  # approved already
    assert "Elderwood Software" in page.locator("#awaiting-title + ul").inner_text()
    page.click("#deadlines-title + ul li a >> nth=0")
    assert chart(page, "cost-chart") >= 1
    assert page.locator("#cost-title").is_visible()

    page.context.clear_cookies()
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, "evaluator", then="/contracts/")
    page.click("a:has-text('售后服务补充协议')")  # Busy Bee's quote, full of holes
    page.click("button:has-text('Review this contract')")
    page.wait_for_selector("h1:has-text('Contract review')")
    assert page.locator("mark#excerpt-custom_code_ownership").count() == 1
    assert "0 of 15 items checked" in page.locator("#review-progress").inner_text()
    item = page.locator("#item-custom_code_ownership")
    assert item.locator("input[type=checkbox][name$=red_flag]").is_checked()  # the suggestion is offered
    item.locator("button:has-text('Confirm')").click()
    wait_until(page, "document.getElementById('review-progress').innerText.includes('1 of 15')")
    assert "Saved" in page.locator("#item-custom_code_ownership").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_a_manager_imports_vendors_and_the_page_follows_the_import(page, tmp_path):
    from django.contrib.auth.models import User

    from vendors.choices import ImportStatus
    from vendors.models import ImportJob

    path = tmp_path / "vendors.csv"
    path.write_text("name,contact_name,channel_kind,channel_address\nLime Video,Zhao Wei,email,s@lime.example.com\n")
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, "manager")
    page.click("text=Import")
    page.set_input_files("#id_file", str(path))
    page.click("button:has-text('Upload and check')")
    page.wait_for_selector("text=The file is correct")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # tables scroll inside their box

    # A job a worker is busy with: the page polls every second and shows the result without a reload.
    job = ImportJob.objects.create(
        owner=User.objects.get(username="manager"), file_name="big.csv", status=ImportStatus.IMPORTING, row_count=8
    )
    job.set_progress(4, 16)
    page.goto(job.get_absolute_url())
    assert "25 % of 8 rows" in page.inner_text("#import-job")
    job.finish(ImportStatus.DONE, {"counts": {"vendors_create": 8}, "vendor_total": 8})
    page.wait_for_selector("text=The import is complete", timeout=5_000)
    assert "8 created" in page.inner_text("#import-job")


# --- on a phone ---------------------------------------------------------------------------
def test_on_a_390_px_phone_the_bell_leads_to_the_list_and_opening_one_reads_it(
    browser, live_server, manager, evaluator
):
    from evaluations.models import Evaluation
    from evaluations.tests.factories import small_template
    from vendors.tests.factories import VendorFactory

    vendor = VendorFactory(name="Acme Live", name_en="Acme Live with a rather long English name for a phone")
    evaluation = Evaluation.objects.create(vendor=vendor, template=small_template(), evaluator=evaluator)
    evaluation.save_answer(evaluation.template.criteria.get(key="depth"), {"value": 4}, evaluator, 0)
    evaluation.submit(evaluator)
    evaluation.send_back(manager, "Add the ticket numbers, the screenshots and the vendor's reply times. " * 3)

    context = browser.new_context(locale="en-US", base_url=live_server.url)
    try:
        page = context.new_page()
        page.set_viewport_size({"width": 390, "height": 844})
        page.goto("/accounts/login/")
        page.fill("#id_username", "eva")
        page.fill("#id_password", "correct-horse-battery")
        page.click("button.primary")
        page.wait_for_selector(".bell-count")
        assert page.locator(".bell-count").inner_text().startswith("1")
        page.click("a.bell")
        page.wait_for_selector("h1:has-text('Notifications')")
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
        item = page.locator(".notifications li.unread")
        assert "Returned: your evaluation of Acme Live" in item.inner_text()
        item.locator("a").click()
        page.wait_for_url(f"**/evaluations/{evaluation.pk}/")
        assert page.locator(".bell-count").count() == 0
        page.goto("/accounts/preferences/")
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
        assert page.locator("#id_email_evaluation_returned").is_checked()
    finally:
        context.close()


# --- the first week, as one journey per language, on a phone ------------------------------------
SHOTS = Path(__file__).resolve().parent / "screenshots"  # git-ignored: look at them after a run
# The outermost elements that stick out on the right, outside any scrolling box: what to fix.
WIDER_THAN_THE_SCREEN = """() => Array.from(document.querySelectorAll('body *')).filter(el => {
  if (el.getBoundingClientRect().right <= window.innerWidth + 1) return false;
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (getComputedStyle(p).overflowX !== 'visible') return false;
    if (p.getBoundingClientRect().right > window.innerWidth + 1 && p !== document.body) return false;
  }
  return true;
}).map(el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '.' + el.className).slice(0, 8)"""


@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_the_first_week_journey_on_a_phone(browser, live_server, tmp_path, language):
    """Log in; dashboard; add a vendor; fill in and submit an evaluation with two evidence files;
    approve it; compare three vendors and switch profile; export; import a file with one bad row.
    Every step at 390 px in one language, with a screenshot, and no page wider than the screen."""
    call_command("seed_demo", "--password", "browser-pass-1")
    context = browser.new_context(
        locale="zh-CN" if language == "zh-hans" else "en-US",
        base_url=live_server.url,
        viewport={"width": 390, "height": 844},
        accept_downloads=True,
    )
    context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
    page = context.new_page()
    page.set_default_timeout(15_000)
    step = iter(range(1, 100))

    def shot(name: str) -> None:
        page.wait_for_load_state()
        too_wide = page.evaluate(WIDER_THAN_THE_SCREEN)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, (
            f"{name} is wider than the phone: {too_wide}"
        )
        SHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SHOTS / f"journey-{language}-{next(step):02d}-{name}.png"), full_page=True)

    def sign_in(username: str) -> None:
        page.goto("/accounts/login/")
        page.fill("#id_username", username)
        page.fill("#id_password", "browser-pass-1")
        page.click("button.primary")
        page.wait_for_selector("#statuses-title")

    try:
        # 1. log in as a manager: the dashboard, and the folded menu opens
        sign_in("manager")
        assert page.locator("html").get_attribute("lang") == language
        assert page.locator("#awaiting-evaluations-title").is_visible()
        assert not page.locator("#mainnav").is_visible()
        page.click(".menu-toggle")
        assert page.locator("#mainnav").is_visible()
        shot("dashboard")

        # 2. add a vendor
        page.goto("/vendors/new/")
        page.fill("#id_name", "Lime Video")
        page.fill("#id_name_zh", "青柠视频")
        page.fill("#id_name_en", "Lime Video")
        page.fill("#id_time_zone", "Asia/Shanghai")
        page.fill("#id_support_hours", "mon-fri 09:00-18:00")
        page.click("form button[type=submit].primary")
        page.wait_for_url("**/vendors/*/")
        vendor_url = page.url
        shot("vendor-added")

        # 3. an evaluator fills in an evaluation with two evidence files and submits it
        page.click("form[action$='/logout/'] button")
        sign_in("evaluator")
        page.goto(vendor_url)
        page.click("form[action$='/evaluate/'] button")
        page.wait_for_selector("#progress")
        first = page.locator(".criterion").first
        value = first.locator(".answer-value").locator("input[type=radio], input[type=text], textarea")
        if value.first.get_attribute("type") == "radio":
            value.first.check()
        else:
            value.first.fill("2")
            value.first.dispatch_event("change")
        page.wait_for_selector(".criterion >> .save-state:not(:empty)")
        first = page.locator(".criterion").first
        first.locator("details.evidence > summary").click()
        chat, ticket = tmp_path / "chat.png", tmp_path / "ticket.txt"
        chat.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        ticket.write_text("Ticket 4711: answered after 3 h 20 min.\n")
        first.locator("input[type=file]").set_input_files([str(chat), str(ticket)])
        wait_until(page, "document.querySelectorAll('.evidence-files li').length === 2")
        shot("evaluation-with-evidence")
        page.click("form[action$='/submit/'] button")
        page.wait_for_selector("#submit-check")  # most questions are still open: asked once more
        shot("submit-check")
        page.click("#submit-check button[type=submit]")
        page.wait_for_selector(".badge.eval-submitted")
        evaluation_url = page.url.split("?")[0]

        # 4. the manager approves it
        page.click("form[action$='/logout/'] button")
        sign_in("manager")
        assert page.locator("#awaiting-evaluations-title + ul li").count() >= 1
        page.goto(evaluation_url)
        page.click("button[formaction$='/approve/']")
        page.wait_for_selector(".badge.eval-approved")
        shot("approved")

        # 5. compare three vendors, then switch the profile
        page.goto("/compare/")
        add_vendors(page, 3)
        page.select_option("select[name=profile]", "balanced")
        page.click(".compare-form button[type=submit]")
        page.wait_for_selector("table.compare")
        assert chart(page, "radar-chart") == 3
        shot("compare-balanced")
        page.select_option("select[name=profile]", "overseas")
        page.click(".compare-form button[type=submit]")
        page.wait_for_selector("table.compare")
        assert "profile=overseas" in page.url
        shot("compare-overseas")

        # 6. export the comparison
        with page.expect_download() as download:
            page.click("a[href*='export=csv']")
        exported = Path(download.value.path()).read_text(encoding="utf-8-sig")
        assert len(exported.splitlines()) > 10

        # 7. import a file with one bad row: errors per row, nothing imported
        from vendors.models import Vendor

        before = Vendor.objects.count()
        upload = tmp_path / "vendors.csv"
        upload.write_text(
            "name,status,contact_name,contact_joined_on\n"
            "Kiwi Live,candidate,Liu Yang,2024-03-01\n"
            "Mango Stream,not-a-status,Chen Jie,2024-13-45\n"
        )
        page.goto("/vendors/import/")
        page.set_input_files("#id_file", str(upload))
        page.click("form button[type=submit].primary")
        errors = page.wait_for_selector("table.import-errors")
        assert "3" in errors.inner_text()  # the spreadsheet's row number of the bad row
        shot("import-with-a-bad-row")
        assert Vendor.objects.count() == before
    finally:
        context.close()
