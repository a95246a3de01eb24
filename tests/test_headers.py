"""Security headers on every answer (issue 10, A10): the Content-Security-Policy, the
Permissions-Policy, and ``Cache-Control: private, no-store`` for whatever a signed-in user gets.

The test client cannot enforce a CSP, only read it: these tests prove every page sends the
policy and has nothing inline the policy would refuse. tests/test_browser_csp.py proves in
Chromium that the pages work under it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from rest_framework.authtoken.models import Token

from conftest import PASSWORD
from tests.test_accessibility import crawl

pytestmark = pytest.mark.django_db

STRICT = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
FEATURES_OFF = ["camera", "microphone", "geolocation", "payment", "usb"]
# Pages outside the menu crawl: the admin, the API's human pages, the signed-out ones.
MORE_PAGES = [
    "/admin/",
    "/admin/auth/user/",
    "/admin/auth/user/{manager}/change/",
    "/admin/vendors/vendor/",
    "/admin/vendors/vendor/add/",
    "/admin/axes/accessattempt/",
    "/api/docs/",
    "/api/docs/?script",
    "/api/schema/",
    "/api/",
    "/api/vendors/",
    "/jsi18n/",
    "/no-such-page/",
]


def browsable_api_pages(client) -> list[str]:
    """Every endpoint the API root lists, and the first row of each, as REST framework's HTML pages."""
    urls = []
    for url in client.get("/api/", headers={"Accept": "application/json"}).json().values():
        path = "/" + url.split("/", 3)[3]
        urls.append(path)
        listing = client.get(path, headers={"Accept": "application/json"})
        rows = listing.json().get("results", []) if listing.status_code == 200 else []
        if rows and isinstance(rows[0], dict) and "id" in rows[0]:
            urls.append(f"{path}{rows[0]['id']}/")
    return urls


def policy(response) -> dict[str, list[str]]:
    header = response.get("Content-Security-Policy", "")
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in directives}


def cache_directives(response) -> set[str]:
    return {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",") if part.strip()}


URL_ATTRIBUTES = {"href", "src", "action", "formaction"}


class InlineCode(HTMLParser):
    """What a strict CSP refuses in markup: <script> with a body, <style>, style="…", on…="…",
    javascript: links. A <script type="application/json"> (json_script) is data, not code."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script":
            self.in_script = "src" not in a and a.get("type") != "application/json"
        elif tag == "style":
            self.found.append("<style>")
        for name, value in attrs:
            javascript_url = name in URL_ATTRIBUTES and (value or "").strip().lower().startswith("javascript:")
            if name == "style" or name.startswith("on") or javascript_url:
                self.found.append(f'<{tag} {name}="{value}">')

    def handle_data(self, data):
        if self.in_script and data.strip():
            self.found.append(f"<script>{data.strip()[:60]}…</script>")

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False


def check(url: str, response, *, signed_in: bool) -> list[str]:
    """What is wrong with one answer's headers and markup."""
    problems = []
    csp = policy(response)
    for directive, sources in STRICT.items():
        if csp.get(directive) != sources:
            problems.append(f"{directive} is {csp.get(directive)}, not {sources}")
    if unsafe := [s for sources in csp.values() for s in sources if s.startswith("'unsafe-")]:
        problems.append(f"the policy allows {unsafe}")
    permissions = response.get("Permissions-Policy", "")
    for feature in FEATURES_OFF:
        if f"{feature}=()" not in permissions:
            problems.append(f"Permissions-Policy does not turn off {feature}: {permissions!r}")
    if signed_in and not {"private", "no-store"} <= cache_directives(response):
        problems.append(f"Cache-Control is {response.get('Cache-Control')!r} for a signed-in user")
    if "html" in response.get("Content-Type", "") and not response.streaming:
        audit = InlineCode()
        audit.feed(response.content.decode())
        problems += [f"inline code the CSP refuses: {code}" for code in audit.found]
    return [f"{url}: {p}" for p in problems]


def test_every_page_sends_the_policies_has_nothing_inline_and_is_not_stored(client):
    """As a manager, who reaches the most pages; the browser tests walk the other roles' pages."""
    call_command("seed_demo", "--password", "headers-pass-1", stdout=StringIO())
    client.force_login(User.objects.get(username="manager"))
    problems: list[str] = []
    visited, _labels = crawl(client, lambda url, response: problems.extend(check(url, response, signed_in=True)))
    manager = User.objects.get(username="manager")
    more = [url.format(manager=manager.pk) for url in MORE_PAGES] + browsable_api_pages(client)
    for url in more:
        response = client.get(url, headers={"Accept": "text/html"})
        assert response.status_code < 500, url
        problems += check(url, response, signed_in=True)
    print(f"manager: {visited + len(more)} answers checked, {len(problems)} problems")
    assert visited >= 40
    assert not problems, "\n".join(problems)


def test_signed_out_pages_send_the_policies_too(client):
    import datetime as dt

    from django.utils import timezone

    from evaluations.probes.tests.factories import sent_probe

    probe = sent_probe(sent_at=timezone.now() - dt.timedelta(hours=1))  # a vendor answers on its reply page
    urls = ["/accounts/login/", "/healthz", "/api/vendors/", "/no-such-page/", f"/reply/{probe.reply_token}/"]
    problems = []
    for url in urls:
        response = client.get(url)
        assert response.status_code < 500, url
        problems += check(url, response, signed_in=False)
    assert not problems, "\n".join(problems)
    # The login form's answer is never stored either (Django marks it never_cache).
    assert {"private", "no-store"} <= cache_directives(client.get("/accounts/login/"))


def test_a_token_client_of_the_api_gets_answers_that_are_not_stored(client, viewer):
    """REST framework signs a token client in inside the view, after the middleware ran on the way in."""
    token = Token.objects.create(user=viewer)
    response = client.get("/api/vendors/", headers={"Authorization": f"Token {token.key}"})
    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_directives(response)
    assert policy(response)["default-src"] == ["'self'"]


def test_signing_in_answers_with_no_store_and_static_files_stay_cacheable(settings, viewer):
    settings.WHITENOISE_USE_FINDERS = True  # serve from the app folders, as `make run` does: no collectstatic
    client = Client()  # built after the setting: its middleware chain is loaded on the first request
    response = client.post("/accounts/login/", {"username": viewer.username, "password": PASSWORD})
    assert response.status_code == 302
    assert {"private", "no-store"} <= cache_directives(response)

    static = client.get("/static/css/app.css")
    assert static.status_code == 200
    assert "no-store" not in cache_directives(static), static.get("Cache-Control")
    assert re.search(r"max-age=\d+", static.get("Cache-Control", ""))


def test_a_view_that_asks_for_public_caching_is_still_private_for_a_signed_in_user(rf, viewer):
    from django.http import HttpResponse
    from django.utils.cache import patch_cache_control

    from vendorscore.middleware import PrivateCacheMiddleware

    def public_view(request):
        response = HttpResponse("hello")
        patch_cache_control(response, public=True, max_age=3600)
        return response

    request = rf.get("/")
    request.user = viewer
    directives = cache_directives(PrivateCacheMiddleware(public_view)(request))
    assert {"private", "no-store"} <= directives
    assert "public" not in directives


def test_deciding_needs_no_database_and_a_request_without_credentials_stays_cacheable(rf, django_assert_num_queries):
    """While the database is down a signed-in request still gets no-store, and no query is made to decide."""
    from django.contrib.auth.middleware import AuthenticationMiddleware
    from django.contrib.sessions.middleware import SessionMiddleware
    from django.http import HttpResponse

    from vendorscore.middleware import PrivateCacheMiddleware

    chain = SessionMiddleware(AuthenticationMiddleware(PrivateCacheMiddleware(lambda request: HttpResponse("ok"))))
    with django_assert_num_queries(0):
        signed_in = chain(rf.get("/healthz", HTTP_COOKIE="sessionid=abc"))
        token = chain(rf.get("/api/vendors/", HTTP_AUTHORIZATION="Token abc"))
        anonymous = chain(rf.get("/healthz"))
    assert {"private", "no-store"} <= cache_directives(signed_in)
    assert {"private", "no-store"} <= cache_directives(token)
    assert "no-store" not in cache_directives(anonymous)


def test_a_pdf_shown_in_the_browser_carries_no_policy_and_a_page_does(rf):
    """Chrome draws a PDF in a page of its own whose <embed> and inline styles the policy would
    refuse (a blank "blocked" box instead of the contract); PDFs run no script of ours."""
    from django.http import HttpResponse

    from vendorscore.middleware import ContentSecurityPolicyMiddleware

    def answer(content_type):
        view = lambda request: HttpResponse(b"x", content_type=content_type)  # noqa: E731
        return ContentSecurityPolicyMiddleware(view)(rf.get("/"))

    assert "Content-Security-Policy" not in answer("application/pdf")
    for content_type in ("text/html; charset=utf-8", "image/svg+xml", "application/json", "text/plain"):
        assert policy(answer(content_type)) == {**STRICT}, content_type


def test_the_api_docs_load_their_start_up_script_from_a_file(client, viewer):
    """The split Swagger view: the page names its script; the script comes from ?script, as JavaScript."""
    client.force_login(viewer)
    page = client.get("/api/docs/").content.decode()
    assert re.search(r'<script src="/api/docs/\?[^"]*script=', page)
    script = client.get("/api/docs/?script")
    assert script["Content-Type"].startswith("application/javascript")
    assert "SwaggerUIBundle(" in script.content.decode()
    assert '"validatorUrl": null' in script.content.decode()  # no badge image from another site


# PDFs are drawn by WeasyPrint on the server, never shown as pages: their <style> is no risk.
NOT_PAGES = re.compile(r"/pdf/")
COMMENTS = re.compile(r"{% comment %}.*?{% endcomment %}|{#.*?#}", re.S)


def test_no_template_of_ours_has_inline_code():
    """Every template, reachable by the crawl or not (error pages, rare states): what the policy
    would refuse is caught here before a browser meets it."""
    from pathlib import Path

    from django.conf import settings

    root = Path(settings.BASE_DIR)
    templates = [
        path
        for path in root.rglob("templates/**/*.html")
        if ".venv" not in path.parts and "node_modules" not in path.parts and not NOT_PAGES.search(path.as_posix())
    ]
    problems = []
    for path in templates:
        audit = InlineCode()
        audit.feed(COMMENTS.sub("", path.read_text(encoding="utf-8")))
        problems += [f"{path.relative_to(root)}: {code}" for code in audit.found]
    print(f"{len(templates)} templates read")
    assert len(templates) > 50
    assert not problems, "\n".join(problems)
