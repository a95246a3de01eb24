"""The Chromium every browser test drives, watched for what only a browser enforces.

Each test's `browser` hands out contexts that record, for every page opened in them:
console messages about the Content-Security-Policy ("Refused to …") or the Permissions-Policy,
`securitypolicyviolation` events, and uncaught JavaScript errors. The test fails at its end
if any were recorded: a page that breaks the CSP works in the test client and breaks in
the browser, so the proof has to come from Chromium.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
POLICY_MESSAGES = ("Content Security Policy", "Content-Security-Policy", "Refused to", "Permissions-Policy")
# Logged from inside the page too, in case a violation ever comes without a console message.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"}`
    + ` at ${event.sourceFile || event.documentURI}:${event.lineNumber}`);
});
"""


@pytest.fixture(scope="session")
def chromium():
    # Playwright's sync API runs an event loop; Django refuses ORM calls from
    # inside one unless told this test process knows what it is doing.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class WatchedBrowser:
    """Chromium for one test: new_context() as Playwright's, with every page in it watched."""

    chromium: object
    problems: list[str] = field(default_factory=list)
    contexts: list = field(default_factory=list)

    def new_context(self, **options):
        context = self.chromium.new_context(**options)
        context.add_init_script(REPORT_VIOLATIONS)
        context.on("console", self.on_console)
        context.on("weberror", lambda error: self.problems.append(f"{error.page and error.page.url}: {error.error}"))
        self.contexts.append(context)
        return context

    def on_console(self, message) -> None:
        if any(marker in message.text for marker in POLICY_MESSAGES):
            self.problems.append(f"{message.page and message.page.url}: console {message.type}: {message.text}")

    def close(self) -> None:
        for context in self.contexts:
            context.close()  # closing twice is harmless


@pytest.fixture
def browser(chromium):
    watched = WatchedBrowser(chromium)
    yield watched
    watched.close()
    assert not watched.problems, "the browser reported policy violations or script errors:\n" + "\n".join(
        dict.fromkeys(watched.problems)
    )


def wait_until(page, expression: str, timeout: float = 15) -> None:
    """page.wait_for_function without its eval(): Playwright polls a predicate through eval, which
    the page's CSP refuses (microsoft/playwright#7395) and the watch above would report."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        page.wait_for_timeout(100)
