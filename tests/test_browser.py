"""End to end in headless Chromium (Debian's /usr/bin/chromium), driven by Playwright.

Run by `make test-browser` and CI; `make test` leaves them out.
"""

from __future__ import annotations

import os

import pytest
from django.core.management import call_command

# serialized_rollback restores what data migrations loaded (groups, checklist, profiles) after each flush.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    # Playwright's sync API runs an event loop; Django refuses ORM calls from
    # inside one unless told this test process knows what it is doing.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    call_command("seed_demo", "--password", "browser-pass-1")
    context = browser.new_context(locale="en-US", base_url=live_server.url)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def log_in(page, username: str) -> None:
    page.goto("/accounts/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", "browser-pass-1")
    page.click("button.primary")
    page.wait_for_url("**/vendors/")


def test_a_manager_filters_the_list_and_adds_a_vendor(page):
    log_in(page, "manager")
    rows = page.locator("#vendor-table tbody tr")
    assert rows.count() == 6

    # Ticking a status filter reloads only the table, through htmx, and updates the address.
    page.check("input[name=status][value=rejected]")
    page.wait_for_function("document.querySelectorAll('#vendor-table tbody tr').length === 1")
    assert "status=rejected" in page.url
    page.uncheck("input[name=status][value=rejected]")
    page.wait_for_function("document.querySelectorAll('#vendor-table tbody tr').length === 6")

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
    page.wait_for_selector("#release-chart")
    drawn = page.evaluate("() => Chart.getChart(document.getElementById('release-chart')) !== undefined")
    assert drawn
    assert "contacts left in the last 12 months" in page.locator("#contacts").inner_text()
    assert page.locator("text=Edit").count() == 0  # a viewer sees no edit buttons


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
    first.locator("input[type=radio], input[type=number], input[type=checkbox], textarea").first.click()
    if first.locator("input[type=number]").count():
        first.locator("input[type=number]").fill("2")
        first.locator("input[type=number]").dispatch_event("change")
    page.wait_for_function("document.querySelector('#progress').innerText.startsWith('1 of')")
    page.wait_for_selector(".criterion >> text=Saved")
    page.reload()
    assert page.locator("#progress").inner_text().startswith("1 of")  # it was really saved

    page.click("button:has-text('Log out')")
    page.wait_for_url("**/accounts/login/")
    log_in(page, "manager")
    page.goto("/compare/")
    boxes = page.locator("input[name=vendors]")
    for index in range(3):
        boxes.nth(index).check()
    page.select_option("select[name=profile]", "ecommerce-live")
    page.click("button:has-text('Compare')")
    page.wait_for_selector("table.compare")
    assert page.locator("td.best").count() >= 11  # one best cell in the overall row and each dimension at least
    drawn = page.evaluate("() => Chart.getChart(document.getElementById('radar-chart')).data.datasets.length")
    assert drawn == 3
