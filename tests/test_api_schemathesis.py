"""API fuzzing with schemathesis against the OpenAPI schema the app serves at /api/schema/.

Every operation of the schema gets SCHEMATHESIS_EXAMPLES generated requests (100 by default),
valid and invalid, sent in-process to the WSGI application as a manager with a token, and
each response is checked: not a server error, a status code the schema declares for the
operation, the content type it declares, and a body that matches the declared schema.

The schema is built by drf-spectacular at collection time; ``test_the_fuzzed_schema_is_the_one_served``
proves it is the one /api/schema/ serves. Each operation runs in its own database transaction on
a fresh world (tests/world.py), and three requests in four carry the ids of real objects (in the
path, and in the body's ``vendor``, ``channel``, ``contract``, ``question``, ``criterion``), so
the handlers are reached, not only their 404 and "no such vendor".

Run with ``make test-api-fuzz`` (``pytest -m schemathesis``; not in ``make test``: it takes
minutes). It prints each operation's cases by status code, then the totals.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
from collections import Counter, defaultdict

import pytest
import schemathesis
from django.core import signals
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.renderers import OpenApiJsonRenderer
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from evaluations.models import Evaluation
from tests.world import build_world

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "100"))
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def served_schema() -> dict:
    """What SpectacularAPIView serves: the same generator, rendered by the same renderer."""
    raw = SchemaGenerator().get_schema(request=None, public=True)
    return json.loads(OpenApiJsonRenderer().render(raw, renderer_context={}))


# The fuzzing phase (valid and invalid requests) and the schema's own examples; not the
# deterministic coverage phase (boundary values and unexpected methods), which would double the
# time without reaching other code.
schemathesis.serializer.alias("message/rfc822", "application/octet-stream")  # the inbound email webhook's body
CONFIG = schemathesis.Config.from_dict(
    {
        "phases": {"coverage": {"enabled": False}, "stateful": {"enabled": False}},
        "generation": {"mode": "all", "max-examples": EXAMPLES},
    }
)
schema = schemathesis.openapi.from_dict(served_schema(), config=CONFIG)
schema.app = get_wsgi_application()

CALLS = itertools.count()
STATS: dict[str, Counter] = defaultdict(Counter)  # operation → status codes seen
FAILED: dict[str, str] = {}


def test_the_fuzzed_schema_is_the_one_served(client, manager):
    """What the fuzzing reads is what /api/schema/ serves (it is built at collection, without a request)."""
    client.force_login(manager)
    response = client.get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    assert response.json() == served_schema()
    assert len(list(schema.get_all_operations())) >= 70


@pytest.fixture(scope="module")
def report():
    yield
    cases = sum(sum(codes.values()) for codes in STATS.values())
    for label in sorted(STATS):
        codes = " ".join(f"{code}×{count}" for code, count in sorted(STATS[label].items(), key=str))
        mark = "FAILED" if label in FAILED else "ok"
        print(f"{label:60} {sum(STATS[label].values()):4} cases  {codes}  {mark}")
    fewest = min((sum(codes.values()) for codes in STATS.values()), default=0)
    print(
        f"schemathesis: {len(STATS)} operations, {cases} cases (at least {fewest} per operation), "
        f"{len(FAILED)} failures"
    )


@pytest.fixture
def fuzz_world(settings, monkeypatch):
    """A fresh world per operation, no throttling, and the WSGI handler kept off the test's connection."""
    from django.core.cache import cache
    from rest_framework.throttling import SimpleRateThrottle

    rates = defaultdict(lambda: "1000000/min", dict.fromkeys(("token", "user", "anon"), "1000000/min"))
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
    monkeypatch.setattr(SimpleRateThrottle, "THROTTLE_RATES", rates)
    settings.INBOUND_EMAIL_SECRET = "fuzz-inbound-secret"
    cache.clear()
    logging.getLogger("django.request").setLevel(logging.ERROR)  # thousands of 4xx lines otherwise; 500s still show
    # Django's WSGI handler closes "old" connections around each request; inside the test's
    # transaction that would end it. Django's own test client switches this off the same way.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        world = build_world()
        manager = world.users["manager"]
        draft = Evaluation.objects.create(
            vendor_id=world.ids["vendor"], template_id=world.ids["template"], evaluator=manager
        )
        draft.save_answer(draft.template.criteria.get(key="depth"), {"value": 3}, manager, 0)  # so it can be submitted
        world.ids["manager_draft"] = draft.pk
        world.ids["criterion_key"] = "depth"  # a question of the world's checklist
        yield world
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
        logging.getLogger("django.request").setLevel(logging.NOTSET)
        cache.clear()


# Path → the world's object whose id goes in the path (most specific first).
REAL_IDS = [
    ("/api/evaluations/{id}/approve/", "submitted"),
    ("/api/evaluations/{id}/return/", "submitted"),
    ("/api/evaluations/", "manager_draft"),
    ("/api/contract-reviews/{id}/approve/", "submitted_review"),
    ("/api/contract-reviews/{id}/return/", "submitted_review"),
    ("/api/contract-reviews/", "own_review"),
    ("/api/vendors/", "vendor"),
    ("/api/templates/", "template"),
    ("/api/profiles/", "profile"),
    ("/api/channels/", "channel"),
    ("/api/probe-questions/", "question"),
    ("/api/probe-schedules/", "schedule"),
    ("/api/probes/", "probe"),
    ("/api/contracts/", "contract"),
]


# Fields of request bodies that refer to other records → the world's object.
BODY_REFERENCES = {
    "vendor": "vendor",
    "channel": "channel",
    "contract": "contract",
    "question": "question",
    "criterion": "criterion_key",
}


def real_id(path: str, world) -> object | None:
    for prefix, key in REAL_IDS:
        if path.startswith(prefix) or path == prefix:
            return world.ids[key]
    return None


@pytest.mark.schemathesis
@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_the_api_answers_every_generated_request_as_its_schema_says(case, fuzz_world, report):
    label = f"{case.method} {case.path}"
    # Three requests in four name real objects, in the path and in the body's references, so they get
    # past "no such record" (hypothesis fixes `random` for each example: a counter instead).
    if next(CALLS) % 4:
        value = real_id(case.path, fuzz_world)
        for name in ("id", "slug"):
            if name in (case.path_parameters or {}) and value is not None:
                case.path_parameters[name] = value
        if isinstance(case.body, dict):
            for name, key in BODY_REFERENCES.items():
                if name in case.body:
                    case.body[name] = fuzz_world.ids[key]
    headers = {"Authorization": f"Token {fuzz_world.tokens['manager']}"}
    try:
        response = case.call_and_validate(headers=headers, checks=CHECKS)
    except (Exception, BaseExceptionGroup) as exc:  # schemathesis' FailureGroup is a BaseExceptionGroup
        FAILED.setdefault(label, f"{type(exc).__name__}: {str(exc)[:300]}")
        STATS[label]["error"] += 1
        raise
    STATS[label][response.status_code] += 1
