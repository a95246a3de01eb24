"""Twenty people create the same vendor at the same moment: one vendor, nineteen form errors, no 500
(issue 10, A6). The form's uniqueness check passes for all of them together; the database's unique
index refuses all but the first, and that refusal must come back as the form's error.

Real threads on the real database (PostgreSQL in CI), each with its own connection.
"""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

from vendors.models import Vendor
from vendors.tests.test_views import vendor_form_data

# serialized_rollback: the data migrations loaded (groups, checklist, profiles) comes back after each flush.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CLIENTS = 20


def post_together(clients: list[Client], url: str, data: dict) -> list:
    barrier = threading.Barrier(len(clients))
    responses: list = [None] * len(clients)

    def post(index: int) -> None:
        try:
            barrier.wait(timeout=30)
            responses[index] = clients[index].post(url, data)
        except Exception as exc:  # a 500 the client re-raises, or anything else: reported below
            responses[index] = exc
        finally:
            connection.close()  # this thread's own connection

    threads = [threading.Thread(target=post, args=(index,)) for index in range(len(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return responses


def outcome(response) -> str:
    if isinstance(response, Exception):
        return f"exception {type(response).__name__}"
    if response.status_code == 200 and response.context and response.context["form"].errors:
        return "form error"
    return str(response.status_code)


def test_twenty_parallel_creates_of_one_name_give_one_vendor_and_nineteen_form_errors(manager):
    clients = []
    for _ in range(CLIENTS):
        client = Client(raise_request_exception=False)
        client.force_login(manager)
        clients.append(client)
    responses = post_together(clients, reverse("vendors:vendor_add"), vendor_form_data(name="Racing Video"))
    counts = Counter(outcome(response) for response in responses)
    print(f"\n{CLIENTS} parallel page-form creates of one vendor name on {connection.vendor}: {dict(counts)}")
    assert counts == {"302": 1, "form error": CLIENTS - 1}
    assert Vendor.objects.filter(name="Racing Video").count() == 1
    errors = {
        str(error)
        for response in responses
        if outcome(response) == "form error"
        for error in response.context["form"].errors.get("name", []) + response.context["form"].non_field_errors()
    }
    assert errors == {"A vendor with this name already exists."}


def test_parallel_creates_of_one_weight_profile_slug_give_one_profile_and_form_errors(manager):
    from evaluations.choices import Dimension
    from evaluations.models import WeightProfile

    data = {
        "slug": "racing",
        "name_en": "Racing",
        "name_zh": "竞速",
        **{f"weight_{key}": "1" for key in Dimension.values},
    }
    clients = []
    for _ in range(10):
        client = Client(raise_request_exception=False)
        client.force_login(manager)
        clients.append(client)
    responses = post_together(clients, reverse("evaluations:profile_add"), data)
    counts = Counter(outcome(response) for response in responses)
    print(f"\n10 parallel page-form creates of one profile slug on {connection.vendor}: {dict(counts)}")
    assert counts == {"302": 1, "form error": 9}
    assert WeightProfile.objects.filter(slug="racing").count() == 1
