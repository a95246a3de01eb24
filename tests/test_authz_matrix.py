"""The authorization matrix, generated from the URLconf.

Every URL pattern (pages, the API router's list, detail and action routes, the hand-written
API views), each method, and each role (anonymous, a signed-in user with no role, viewer,
evaluator, manager) gets the status the policy table below says. The table is the policy,
one line per route: who may read (GET) and who may write (POST, and PUT/PATCH/DELETE on
the API), and what they get. A route the table does not name fails the test, so a new
route must be classified before it ships.

Path parameters are filled with real ids from a world holding one of each object. Every
request runs in a savepoint that is rolled back, so a DELETE or an approval in one cell
does not change what the next cell sees.

The Django admin is checked at its root and three changelists, not at every admin route
(the admin has its own permission checks, per model, from the role groups).
"""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass, field

import pytest
from django.db import transaction
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from evaluations.models import Evaluation
from tests.world import World, build_world

pytestmark = pytest.mark.django_db

ROLES = ("anonymous", "stranger", "viewer", "evaluator", "manager")
LOGIN = "login"  # a 302 to the sign-in page (the site's or the admin's)


# --- routes from the URLconf ------------------------------------------------------------------
@dataclass(frozen=True)
class Route:
    name: str  # namespace:name
    pattern: str  # the full pattern, for messages
    kwargs: tuple[str, ...]
    is_api: bool
    view: object = field(compare=False, repr=False, default=None)


def walk(resolver: URLResolver | None = None, prefix: str = "", namespace: str = "") -> list[Route]:
    """Every URLPattern under the root URLconf, except the admin's (see ``ADMIN``)."""
    resolver = resolver or get_resolver()
    routes = []
    for entry in resolver.url_patterns:
        pattern = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if entry.app_name == "admin":
                continue
            inner = f"{namespace}:{entry.namespace}" if namespace and entry.namespace else entry.namespace or namespace
            routes.extend(walk(entry, pattern, inner or ""))
        elif isinstance(entry, URLPattern):
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            kwargs = tuple(entry.pattern.regex.groupindex)
            is_api = pattern.startswith("api/")
            routes.append(Route(name=name, pattern=pattern, kwargs=kwargs, is_api=is_api, view=entry.callback))
    return routes


# --- the policy language ------------------------------------------------------------------------
# A cell is "<who>:<status>", then exceptions per role: "V:200 viewer=404" reads "viewers and up
# get 200, except that the viewer gets 404". Who: * anyone (anonymous too), @ any signed-in user,
# V viewer and up, E evaluator and up, M manager. Whoever is not in <who> is refused: on a page
# the anonymous visitor is sent to sign in (302) and a signed-in user without the role gets 403;
# on the API the anonymous client gets 401 and the rest 403; the admin sends everyone it refuses
# to its sign-in page.
LEVEL = {"anonymous": 0, "stranger": 1, "viewer": 2, "evaluator": 3, "manager": 4}
WHO = {"*": 0, "@": 1, "V": 2, "E": 3, "M": 4}


@dataclass(frozen=True)
class Cell:
    level: int
    status: int | str
    exceptions: tuple[tuple[str, int | str], ...] = ()

    @classmethod
    def parse(cls, spec: str) -> Cell:
        head, *rest = spec.split()
        who, status = head.split(":")
        exceptions = tuple((role, as_status(value)) for role, value in (item.split("=") for item in rest))
        assert all(role in LEVEL for role, _ in exceptions), spec
        return cls(WHO[who], as_status(status), exceptions)

    def expected(self, role: str, kind: str) -> int | str:
        if role in dict(self.exceptions):
            return dict(self.exceptions)[role]
        if LEVEL[role] >= self.level:
            return self.status
        if kind == "admin":
            return LOGIN
        if role == "anonymous":
            return 401 if kind == "api" else LOGIN
        return 403


def as_status(value: str) -> int | str:
    return int(value) if value.isdigit() else value


@dataclass(frozen=True)
class Rule:
    fill: str  # the path parameters in the route's order: world keys, or ":text" for a literal
    cells: dict[str, str]  # method → cell

    def kwargs(self, route: Route, world: World) -> dict[str, object]:
        keys = self.fill.split()
        assert len(keys) == len(route.kwargs), f"{route.name}: {route.kwargs} filled with {keys}"
        values = [key[1:] if key.startswith(":") else world.ids[key] for key in keys]
        return dict(zip(route.kwargs, values, strict=True))


def page(fill: str, get: str, post: str) -> Rule:
    return Rule(fill, {"GET": get, "POST": post})


def api(fill: str, get: str, post: str, put: str, patch: str, delete: str) -> Rule:
    return Rule(fill, {"GET": get, "POST": post, "PUT": put, "PATCH": patch, "DELETE": delete})


# --- the policy -------------------------------------------------------------------------------
# Pages: (path parameters, GET, POST). POST sends an empty form: a permitted user gets the form
# back with its errors (200/400), or the action's redirect (302). A key may carry a query string
# (exports) or a "#variant" with other parameters; the route name before it is what is covered.
# fmt: off
PAGES: dict[str, Rule] = {
    "home":                                 page("",                        "V:200",             "V:200"),
    "healthz":                              page("",                        "*:200",             "*:405"),
    "favicon":                              page("",                        "*:301",             "*:301"),
    "login":
        page("", "*:302 anonymous=200", "*:302 anonymous=200"),
    "logout":                               page("",                        "*:405",             "*:login"),
    "preferences":                          page("",                        "@:200",             "@:200"),
    "password_change":                      page("",                        "@:200",             "@:200"),
    "notifications":                        page("",                        "V:200",             "V:200"),
    "notifications_read":                   page("",                        "V:405",             "V:302"),
    # The notification is the manager's: nobody else finds it.
    "notification_open":                    page("notification",            "V:404 manager=302", "V:404 manager=302"),
    "set_language":                         page("",                        "*:302",             "*:302"),
    "javascript-catalog":                   page("",                        "*:200",             "*:405"),
    # vendors
    "vendors:vendor_list":                  page("",                        "V:200",             "V:405"),
    "vendors:vendor_add":                   page("",                        "M:200",             "M:200"),
    "vendors:vendor_detail":                page("vendor",                  "V:200",             "V:405"),
    "vendors:vendor_edit":                  page("vendor",                  "M:200",             "M:200"),
    "vendors:vendor_delete":                page("vendor",                  "M:200",             "M:302"),
    "vendors:import":                       page("",                        "M:200",             "M:200"),
    "vendors:import_template":              page(":csv",                    "M:200",             "M:405"),
    # The upload is the manager's own: another manager would get 404.
    "vendors:import_job":                   page("import_job",              "M:200",             "M:405"),
    "vendors:import_progress":              page("import_job",              "M:200",             "M:405"),
    "vendors:import_confirm":               page("import_job",              "M:405",             "M:302"),
    "vendors:contacts_add":                 page("vendor",                  "M:200",             "M:200"),
    "vendors:contacts_edit":                page("vendor contact",          "M:200",             "M:200"),
    "vendors:contacts_delete":              page("vendor contact",          "M:200",             "M:302"),
    "vendors:channels_add":                 page("vendor",                  "M:200",             "M:200"),
    "vendors:channels_edit":                page("vendor channel",          "M:200",             "M:200"),
    "vendors:channels_delete":              page("vendor channel",          "M:200",             "M:302"),
    "vendors:releases_add":                 page("vendor",                  "M:200",             "M:200"),
    "vendors:releases_edit":                page("vendor release",          "M:200",             "M:200"),
    "vendors:releases_delete":              page("vendor release",          "M:200",             "M:302"),
    "vendors:documentation_add":            page("vendor",                  "M:200",             "M:200"),
    "vendors:documentation_edit":           page("vendor documentation",    "M:200",             "M:200"),
    "vendors:documentation_delete":         page("vendor documentation",    "M:200",             "M:302"),
    "vendors:references_add":               page("vendor",                  "M:200",             "M:200"),
    "vendors:references_edit":              page("vendor reference",        "M:200",             "M:200"),
    "vendors:references_delete":            page("vendor reference",        "M:200",             "M:302"),
    # contracts: everyone reads a contract; its file and text only evaluators and managers
    "contracts:contract_list":              page("",                        "V:200",             "V:200"),
    "contracts:contract_add":               page("",                        "M:200",             "M:400"),
    "contracts:analyze":                    page("",                        "E:200",             "E:400"),
    "contracts:contract_detail":            page("contract",                "V:200",             "V:200"),
    "contracts:contract_edit":              page("contract",                "M:200",             "M:400"),
    "contracts:contract_delete":            page("contract",                "M:200",             "M:302"),
    "contracts:contract_file":              page("contract",                "E:200",             "E:200"),
    "contracts:contract_take_suggestions":  page("contract",                "*:405",             "M:302"),
    "contracts:review_start":               page("contract",                "*:405",             "E:302"),
    "contracts:review_list":                page("",                        "V:200",             "V:200"),
    # The evaluator's own draft review: only its reviewer and the managers reach it.
    "contracts:review_detail":              page("own_review",              "V:200 viewer=404",  "V:200 viewer=404"),
    "contracts:review_check":               page("own_review check_key",    "*:405",             "E:302"),
    "contracts:review_summary":             page("own_review",              "*:405",             "E:302"),
    "contracts:review_detail#others-draft": page("others_review",           "V:404 manager=200", "V:404 manager=200"),
    "contracts:review_history":             page("own_review",              "V:200 viewer=404",  "V:200 viewer=404"),
    "contracts:review_action":              page("own_review :submit",      "*:405",             "E:302"),
    "contracts:review_action#approve":
        page("submitted_review :approve", "*:405", "E:302"),
    # evaluations: the evaluator's own draft; only its author and the managers reach it
    "evaluations:evaluation_list":          page("",                        "V:200",             "V:200"),
    "evaluations:evaluation_detail":        page("own_draft",               "V:200 viewer=404",  "V:200 viewer=404"),
    "evaluations:evaluation_detail#submitted":
        page("own_submitted", "V:200", "V:200"),
    "evaluations:evaluation_detail#others-draft":
        page("others_draft", "V:404 manager=200", "V:404 manager=200"),
    "evaluations:answer_save":              page("own_draft criterion",     "E:405",             "E:400"),
    "evaluations:evaluation_submit":        page("own_draft",               "E:405",             "E:302 manager=403"),
    "evaluations:evaluation_approve":       page("submitted",               "M:405",             "M:302"),
    "evaluations:evaluation_return":        page("submitted",               "M:405",             "M:302"),
    "evaluations:evaluation_history":       page("own_draft",               "V:200 viewer=404",  "V:200 viewer=404"),
    "evaluations:evidence_download":        page("evidence",                "V:200 viewer=404",  "V:200 viewer=404"),
    "evaluations:evidence_delete":          page("evidence",                "E:405",             "E:302"),
    "evaluations:evaluation_start":         page("vendor",                  "E:405",             "E:302"),
    "evaluations:scorecard":                page("vendor",                  "V:200",             "V:200"),
    "evaluations:scorecard?export=csv":     page("vendor",                  "V:200",             "V:200"),
    "evaluations:ranking":                  page("",                        "V:200",             "V:200"),
    "evaluations:ranking?export=xlsx":      page("",                        "V:200",             "V:200"),
    "evaluations:compare":                  page("",                        "V:200",             "V:200"),
    "evaluations:compare?export=csv&profile=matrix&vendors={vendor}&vendors={other_vendor}":
        page("", "V:200", "V:200"),
    "evaluations:profile_list":             page("",                        "V:200",             "V:200"),
    "evaluations:profile_add":              page("",                        "M:200",             "M:200"),
    "evaluations:profile_edit":             page("profile",                 "M:200",             "M:200"),
    "evaluations:template_list":            page("",                        "V:200",             "V:200"),
    "evaluations:template_detail":          page("template",                "V:200",             "V:200"),
    "evaluations:criterion_edit":           page("template criterion",      "M:200",             "M:200"),
    # probes
    "probes:probe_list":                    page("",                        "V:200",             "V:200"),
    "probes:probe_add":                     page("",                        "E:200",             "E:200"),
    "probes:todo":                          page("",                        "E:200",             "E:200"),
    "probes:probe_detail":                  page("probe",                   "V:200",             "V:200"),
    "probes:probe_reply":                   page("probe",                   "E:405",             "E:400"),
    "probes:probe_mark_sent":               page("probe",                   "E:405",             "E:400"),
    "probes:probe_resolve":                 page("probe",                   "E:405",             "E:400"),
    "probes:probe_rate":                    page("probe",                   "E:405",             "E:400"),
    "probes:probe_cancel":                  page("probe",                   "M:405",             "M:302"),
    "probes:schedule_list":                 page("",                        "V:200",             "V:200"),
    "probes:schedule_add":                  page("",                        "M:200",             "M:200"),
    "probes:schedule_edit":                 page("schedule",                "M:200",             "M:200"),
    "probes:schedule_action":               page("schedule :pause",         "M:405",             "M:302"),
    "probes:question_list":                 page("",                        "V:200",             "V:200"),
    "probes:question_add":                  page("",                        "M:200",             "M:200"),
    "probes:question_edit":                 page("question",                "M:200",             "M:200"),
    "probes:question_retire":               page("question",                "M:405",             "M:302"),
    "probes:vendor_probes":                 page("vendor",                  "V:200",             "V:200"),
    # The vendor's reply page needs no account, only the probe's token.
    "probes:reply_page":                    page("token",                   "*:200",             "*:400"),
    "probes:reply_page#bad-token":          page("bad_token",               "*:404",             "*:404"),
}

# API: (path parameters, GET, POST, PUT, PATCH, DELETE), each body an empty JSON object.
API: dict[str, Rule] = {
    "api:api-root":                     api("",                 "V:200", "M:405", "M:405", "M:405", "M:405"),
    "api:token":                        api("",                 "*:405", "*:400", "*:405", "*:405", "*:405"),
    "api:schema":                       api("",                 "V:200", "M:405", "M:405", "M:405", "M:405"),
    "api:docs":                         api("",                 "V:200", "M:405", "M:405", "M:405", "M:405"),
    "api:vendor-scorecard":             api("vendor",           "V:200", "M:405", "M:405", "M:405", "M:405"),
    "api:vendor-probe-metrics":         api("vendor",           "V:200", "M:405", "M:405", "M:405", "M:405"),
    # Signed by the mail provider, not authenticated: an unsigned message is refused.
    "api:inbound-email":                api("",                 "*:405", "*:403", "*:405", "*:405", "*:405"),
    "api:vendor-list":                  api("",                 "V:200", "M:400", "M:405", "M:405", "M:405"),
    "api:vendor-detail":                api("vendor",           "V:200", "M:405", "M:400", "M:200", "M:204"),
    "api:template-list":                api("",                 "V:200", "M:405", "M:405", "M:405", "M:405"),
    "api:template-detail":              api("template",         "V:200", "M:405", "M:405", "M:405", "M:405"),
    "api:evaluation-list":              api("",                 "V:200", "E:400", "E:405", "E:405", "E:405"),
    "api:evaluation-detail":
        api("own_draft", "V:200 viewer=404", "E:405", "E:405", "E:405", "E:204"),
    "api:evaluation-detail#others-draft":
        api("others_draft", "V:404 manager=200", "E:405", "E:405", "E:405", "E:404 manager=204"),
    "api:evaluation-detail#submitted":
        api("own_submitted", "V:200", "E:405", "E:405", "E:405", "E:403 manager=204"),
    "api:evaluation-answer":            api("own_draft",        "V:405", "E:400", "E:405", "E:405", "E:405"),
    "api:evaluation-submit":
        api("own_draft", "V:405", "E:200 manager=403", "E:405", "E:405", "E:405"),
    "api:evaluation-approve":           api("submitted",        "V:405", "M:200", "E:405", "E:405", "E:405"),
    "api:evaluation-send-back":         api("submitted",        "V:405", "M:400", "E:405", "E:405", "E:405"),
    "api:profile-list":                 api("",                 "V:200", "M:400", "M:405", "M:405", "M:405"),
    "api:profile-detail":               api("profile",          "V:200", "M:405", "M:400", "M:200", "M:204"),
    "api:score-list":                   api("",                 "V:200", "M:405", "M:405", "M:405", "M:405"),
    "api:channel-list":                 api("",                 "V:200", "M:400", "M:405", "M:405", "M:405"),
    # Probes were sent on the channel: it cannot be deleted (409), only deactivated.
    "api:channel-detail":               api("channel",          "V:200", "M:405", "M:400", "M:200", "M:409"),
    "api:probe-question-list":          api("",                 "V:200", "M:400", "M:405", "M:405", "M:405"),
    "api:probe-question-detail":        api("question",         "V:200", "M:405", "M:400", "M:200", "M:405"),
    "api:probe-question-retire":        api("question",         "V:405", "M:200", "M:405", "M:405", "M:405"),
    "api:probe-question-restore":       api("question",         "V:405", "M:200", "M:405", "M:405", "M:405"),
    "api:probe-schedule-list":          api("",                 "V:200", "M:400", "M:405", "M:405", "M:405"),
    "api:probe-schedule-detail":        api("schedule",         "V:200", "M:405", "M:400", "M:200", "M:204"),
    "api:probe-schedule-pause":         api("schedule",         "V:405", "M:200", "M:405", "M:405", "M:405"),
    "api:probe-schedule-resume":        api("schedule",         "V:405", "M:200", "M:405", "M:405", "M:405"),
    "api:probe-schedule-probe-now":     api("schedule",         "V:405", "M:201", "M:405", "M:405", "M:405"),
    "api:probe-list":                   api("",                 "V:200", "E:400", "E:405", "E:405", "E:405"),
    "api:probe-detail":                 api("probe",            "V:200", "E:405", "E:405", "E:405", "E:405"),
    "api:probe-replies":                api("probe",            "V:405", "E:400", "E:405", "E:405", "E:405"),
    "api:probe-resolve":                api("probe",            "V:405", "E:400", "E:405", "E:405", "E:405"),
    "api:probe-sent":                   api("probe",            "V:405", "E:400", "E:405", "E:405", "E:405"),
    "api:probe-rate":                   api("probe",            "V:405", "E:400", "E:405", "E:405", "E:405"),
    "api:probe-cancel":                 api("probe",            "V:405", "M:200", "E:405", "E:405", "E:405"),
    "api:contract-list":                api("",                 "V:200", "M:400", "M:405", "M:405", "M:405"),
    "api:contract-analyze":             api("",                 "V:405", "E:400", "M:405", "M:405", "M:405"),
    "api:contract-detail":              api("contract",         "V:200", "M:405", "M:400", "M:200", "M:204"),
    # The file: evaluators and managers download it; managers upload it (multipart only) or remove it.
    "api:contract-file":                api("contract",         "E:200", "M:415", "M:415", "M:405", "M:204"),
    "api:contract-review-list":         api("",                 "V:200", "E:400", "E:405", "E:405", "E:405"),
    "api:contract-review-detail":
        api("own_review", "V:200 viewer=404", "E:405", "E:405", "E:405", "E:204"),
    "api:contract-review-detail#others-draft":
        api("others_review", "V:404 manager=200", "E:405", "E:405", "E:405", "E:404 manager=204"),
    # Submitted (or approved) work counts: only a manager deletes it, not its own author.
    "api:contract-review-detail#submitted":
        api("own_submitted_review", "V:200", "E:405", "E:405", "E:405", "E:403 manager=204"),
    "api:contract-review-check":        api("own_review",       "V:405", "E:400", "E:405", "E:405", "E:405"),
    "api:contract-review-summary":      api("own_review",       "V:405", "E:400", "E:405", "E:405", "E:405"),
    "api:contract-review-resuggest":    api("own_review",       "V:405", "E:200", "E:405", "E:405", "E:405"),
    "api:contract-review-submit":
        api("own_review", "V:405", "E:400 manager=403", "E:405", "E:405", "E:405"),
    "api:contract-review-approve":      api("submitted_review", "V:405", "M:200", "E:405", "E:405", "E:405"),
    "api:contract-review-send-back":    api("submitted_review", "V:405", "M:400", "E:405", "E:405", "E:405"),
}

# The admin: its root and three changelists. Managers are staff; nobody else gets in.
ADMIN: dict[str, str] = {
    "admin:index":                          "M:200",
    "admin:vendors_vendor_changelist":      "M:200",
    "admin:auth_user_changelist":           "M:200",
    "admin:axes_accessattempt_changelist":  "M:200",
}
# fmt: on


# --- running the matrix -------------------------------------------------------------------------
def base_name(key: str) -> str:
    return key.split("?")[0].split("#")[0]


def query_of(key: str) -> str:
    return key.partition("?")[2].split("#")[0]


@pytest.fixture
def unthrottled(settings, monkeypatch):
    """Thousands of requests from five clients: every API throttle scope gets a rate nobody reaches."""
    from collections import defaultdict

    from django.core.cache import cache
    from rest_framework.throttling import SimpleRateThrottle

    rates = defaultdict(lambda: "1000000/min", dict.fromkeys(("token", "user", "anon"), "1000000/min"))
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", rates)
    settings.REPLY_PAGE_RATE = (1000000, 60)
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def world(db, settings, unthrottled) -> World:
    settings.INBOUND_EMAIL_SECRET = "matrix-inbound-secret"  # on, so a bad signature is what refuses
    return build_world()


def clients_for(world: World) -> tuple[dict[str, Client], dict[str, Client]]:
    """Per role (and for the author): a browser (session) for pages, and an API client with the user's token."""
    pages, apis = {}, {}
    for role, user in {**world.users, "author": world.author}.items():
        pages[role] = Client()
        if user is None:
            apis[role] = Client()
        else:
            pages[role].force_login(user)
            apis[role] = Client(headers={"Authorization": f"Token {world.tokens[role]}"})
    return pages, apis


LOGIN_PATHS = {"/accounts/login/", "/admin/login/"}


def send(client: Client, method: str, url: str, is_api: bool) -> int | str:
    """One request in a savepoint that is rolled back; the status, or LOGIN for a sign-in redirect."""
    from urllib.parse import urlparse

    cookies = copy.deepcopy(client.cookies)  # signing out (or in) in one cell must not carry over
    try:
        with transaction.atomic():
            if method == "GET":
                response = client.get(url)
            elif is_api:
                response = client.generic(method, url, b"{}", content_type="application/json")
            else:
                response = client.post(url, {})
            transaction.set_rollback(True)
    except Exception as exc:  # a 500: recorded as such, so the table shows it
        return f"500 {type(exc).__name__}: {str(exc)[:80]}"
    finally:
        client.cookies = cookies
    if response.streaming:
        b"".join(response.streaming_content)  # the test client closes a streamed file once it is read
    if response.status_code == 302 and urlparse(response["Location"]).path in LOGIN_PATHS:
        return LOGIN
    return response.status_code


@dataclass
class Outcome:
    cells: int = 0
    routes: int = 0
    shadowed: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # per table key


def run_matrix(world: World) -> Outcome:
    from django.urls import resolve

    pages, apis = clients_for(world)
    outcome = Outcome()
    routes = walk()
    table = {**PAGES, **API}
    for key, rule in table.items():
        name = base_name(key)
        for route in (r for r in routes if r.name == name):
            url = reverse(name, kwargs=rule.kwargs(route, world))
            if resolve(url).func is not route.view:
                outcome.shadowed.append(route.pattern)  # an earlier pattern answers this address
                continue
            if query := query_of(key):
                url = f"{url}?{query.format(**world.ids)}"
            outcome.routes += 1
            started = time.monotonic()
            kind = "api" if route.is_api else "page"
            for method, spec in rule.cells.items():
                cell = Cell.parse(spec)
                for role in ROLES:
                    client = (apis if route.is_api else pages)[role]
                    got = send(client, method, url, route.is_api)
                    want = cell.expected(role, kind)
                    outcome.cells += 1
                    if got != want:
                        outcome.unexpected.append(f"{key:45} {method:6} {role:9} want {want!s:5} got {got}  {url}")
            outcome.seconds[key] = outcome.seconds.get(key, 0) + time.monotonic() - started
    for name, spec in ADMIN.items():
        url = reverse(name)
        outcome.routes += 1
        cell = Cell.parse(spec)
        for role in ROLES:
            got = send(pages[role], "GET", url, is_api=False)
            want = cell.expected(role, "admin")
            outcome.cells += 1
            if got != want:
                outcome.unexpected.append(f"{name:45} GET    {role:9} want {want!s:5} got {got}  {url}")
    return outcome


# --- the tests ----------------------------------------------------------------------------------
def test_every_route_in_the_urlconf_is_in_the_policy_table():
    routes = walk()
    named = {route.name for route in routes}
    unnamed = [route.pattern for route in routes if not route.name]
    table = {base_name(key) for key in (*PAGES, *API)}
    unclassified = sorted(named - table)
    stale = sorted(table - named)
    print(f"\nURLconf: {len(routes)} patterns under {len(named)} names; the policy table names {len(table)}")
    assert not unnamed, f"routes without a name cannot be classified: {unnamed}"
    assert not unclassified, f"classify these routes in tests/test_authz_matrix.py: {unclassified}"
    assert not stale, f"the policy table names routes that no longer exist: {stale}"
    api_in_pages = [key for key in PAGES if base_name(key).startswith("api:")]
    pages_in_api = [key for key in API if not base_name(key).startswith("api:")]
    assert not api_in_pages + pages_in_api


def test_every_route_method_and_role_gets_what_the_policy_says(world, capsys):
    started = time.monotonic()
    outcome = run_matrix(world)
    seconds = time.monotonic() - started
    with capsys.disabled():  # the figure shows in every run's log, not only with -s
        print(
            f"\nauthorization matrix: {outcome.routes} routes, {outcome.cells} cells "
            f"({len(ROLES)} roles), {len(outcome.unexpected)} unexpected, in {seconds:.1f} s"
        )
    slowest = sorted(outcome.seconds.items(), key=lambda item: -item[1])[:5]
    print("slowest routes (all their cells): " + ", ".join(f"{key} {value:.1f} s" for key, value in slowest))
    if outcome.shadowed:
        print(f"shadowed by an earlier pattern at the same address (not requestable): {outcome.shadowed}")
    for line in outcome.unexpected:
        print("  " + line)
    assert not outcome.unexpected


def test_other_users_drafts_are_unreachable_by_id(world, capsys):
    """Another evaluator's draft evaluation or review: not read, changed, deleted or listed by id,
    through the pages or the API, by a viewer or another evaluator; its author and managers reach it."""
    pages, apis = clients_for(world)
    ids = world.ids
    draft, review, criterion = ids["others_draft"], ids["others_review"], ids["criterion"]
    reads = [
        ("page", "GET", reverse("evaluations:evaluation_detail", args=[draft])),
        ("page", "GET", reverse("evaluations:evaluation_history", args=[draft])),
        ("page", "GET", reverse("evaluations:evidence_download", args=[ids["others_evidence"]])),
        ("page", "GET", reverse("contracts:review_detail", args=[review])),
        ("page", "GET", reverse("contracts:review_history", args=[review])),
        ("api", "GET", f"/api/evaluations/{draft}/"),
        ("api", "GET", f"/api/contract-reviews/{review}/"),
    ]
    writes = [
        ("page", "POST", reverse("evaluations:answer_save", args=[draft, criterion])),
        ("page", "POST", reverse("evaluations:evaluation_submit", args=[draft])),
        ("page", "POST", reverse("evaluations:evidence_delete", args=[ids["others_evidence"]])),
        ("page", "POST", reverse("contracts:review_check", args=[review, "penalty"])),
        ("page", "POST", reverse("contracts:review_summary", args=[review])),
        ("page", "POST", reverse("contracts:review_action", args=[review, "delete"])),
        ("api", "POST", f"/api/evaluations/{draft}/answer/"),
        ("api", "POST", f"/api/evaluations/{draft}/submit/"),
        ("api", "DELETE", f"/api/evaluations/{draft}/"),
        ("api", "POST", f"/api/contract-reviews/{review}/check/"),
        ("api", "POST", f"/api/contract-reviews/{review}/summary/"),
        ("api", "DELETE", f"/api/contract-reviews/{review}/"),
    ]

    def status(role: str, kind: str, method: str, url: str) -> int | str:
        return send((apis if kind == "api" else pages)[role], method, url, is_api=kind == "api")

    refused = {role: [status(role, *request) for request in reads + writes] for role in ("viewer", "evaluator")}
    reached = sum(1 for codes in refused.values() for code in codes if code not in (403, 404))
    with capsys.disabled():
        print(
            f"\nanother's draft, {len(reads)} reads and {len(writes)} writes each by a viewer and an evaluator: "
            f"{reached} of {2 * len(reads + writes)} reached it"
        )
    # The viewer may not write at all (403 before any lookup); otherwise nobody finds the draft.
    assert refused["evaluator"] == [404] * len(reads + writes), refused["evaluator"]
    assert refused["viewer"] == [404] * len(reads) + [403] * len(writes), refused["viewer"]
    for role in ("viewer", "evaluator"):
        listed = apis[role].get("/api/evaluations/", {"page_size": 100}).json()["results"]
        assert draft not in [row["id"] for row in listed]
        listed = apis[role].get("/api/contract-reviews/", {"page_size": 100}).json()["results"]
        assert review not in [row["id"] for row in listed]
        assert f"/evaluations/{draft}/" not in pages[role].get(reverse("evaluations:evaluation_list")).content.decode()
    for role in ("author", "manager"):
        assert [status(role, *request) for request in reads] == [200] * len(reads), role
    assert Evaluation.objects.get(pk=draft).status == "draft"
    assert Evaluation.objects.get(pk=draft).answers.get().files.count() == 1

    # Returned for rework it is the author's again; once submitted, everyone's.
    Evaluation.objects.filter(pk=draft).update(status="returned")
    assert status("evaluator", "api", "GET", f"/api/evaluations/{draft}/") == 404
    Evaluation.objects.filter(pk=draft).update(status="submitted")
    assert status("evaluator", "api", "GET", f"/api/evaluations/{draft}/") == 200
    assert status("viewer", "page", "GET", reverse("evaluations:evaluation_detail", args=[draft])) == 200
