# ruff: noqa: E501  (contract sentences stay whole, as a contract writes them)
"""Cost of ownership: the worked example, each price model, renewal increases and what is left out."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contracts.costs import CostInputs, Fee, inputs_for, project
from contracts.models import ContractFee, ThirdPartyService
from contracts.tests.factories import ContractFactory

WORKED = CostInputs(
    price_model="annual",
    term_months=12,
    purchase_price=D(120_000),
    support_fee=D(50_000),
    renewal_cap_percent=D(5),
    fees=(Fee(D(8_000), "one_off"), Fee(D(300), "monthly")),
    feature_updates_paid=True,
    feature_update_price=D(6_000),
    paid_updates_per_year=2,
    custom_dev_basis="person_day",
    custom_dev_rate=D(1_500),
    custom_dev_units_per_year=D(20),
    training_fee=D(5_000),
    third_party_yearly=(D(30_000), None),
)


def test_the_worked_example_of_the_module_docstring():
    projection = project(WORKED)
    assert [year.total for year in projection.years[:3]] == [D("258600.00"), D("128280.00"), D("131094.00")]
    assert projection.horizons() == [(1, D("258600.00")), (3, D("517974.00")), (5, D("789173.83"))]
    assert projection.years[1].amounts["support"] == D("52500.00")
    assert projection.years[1].amounts["fees"] == D("3780.00")  # 300 × 12 × 1.05
    assert projection.unknowns == ["third_party_cost"]
    assert projection.increase_assumed is False
    three = projection.by_category(3)
    assert three["purchase"] == D(120_000)
    assert three["training"] == D(5_000)
    assert sum(three.values()) == projection.total(3)


def test_without_a_cap_the_projection_assumes_ten_percent_and_says_so():
    projection = project(CostInputs(price_model="annual", support_fee=D(10_000), feature_updates_paid=False))
    assert projection.increase_assumed is True
    assert [year.amounts["support"] for year in projection.years[:3]] == [D(10_000), D(11_000), D(12_100)]
    assert projection.unknowns == []


def test_a_two_year_term_renews_every_second_year():
    inputs = CostInputs(price_model="annual", term_months=24, support_fee=D(10_000), renewal_cap_percent=D(20))
    supports = [year.amounts["support"] for year in project(inputs).years]
    assert supports == [D(10_000), D(10_000), D(12_000), D(12_000), D(14_400)]


def test_per_incident_pricing_needs_the_expected_incidents():
    with_count = CostInputs(price_model="per_incident", support_fee=D(800), expected_incidents_per_year=6)
    assert project(with_count).years[0].amounts["support"] == D(4_800)
    without = project(CostInputs(price_model="per_incident", support_fee=D(800)))
    assert without.years[0].amounts["support"] == 0
    assert "incidents" in without.unknowns


def test_a_one_off_package_is_bought_again_at_each_renewal():
    inputs = CostInputs(price_model="one_off", term_months=24, support_fee=D(10_000), renewal_cap_percent=D(10))
    supports = [year.amounts["support"] for year in project(inputs).years]
    assert supports == [D(10_000), D(0), D(11_000), D(0), D(12_100)]


def test_all_inclusive_means_no_paid_updates_even_when_marked_paid():
    inputs = CostInputs(
        price_model="all_inclusive", support_fee=D(20_000), feature_updates_paid=True, feature_update_price=D(5_000)
    )
    projection = project(inputs)
    assert projection.years[0].amounts["updates"] == 0
    assert "update_price" not in projection.unknowns
    assert "update_policy" not in projection.unknowns


@pytest.mark.parametrize(
    ("inputs", "unknown"),
    [
        (CostInputs(price_model="annual"), "support_fee"),
        (CostInputs(price_model="annual", support_fee=D(1)), "update_policy"),
        (CostInputs(price_model="annual", support_fee=D(1), feature_updates_paid=True, paid_updates_per_year=1), "update_price"),
        (CostInputs(price_model="annual", support_fee=D(1), feature_updates_paid=True, feature_update_price=D(1)), "updates_per_year"),
        (CostInputs(price_model="annual", custom_dev_basis="hour", custom_dev_units_per_year=D(10)), "custom_dev_rate"),
        (CostInputs(price_model="annual", custom_dev_basis="hour", custom_dev_rate=D(10)), "custom_dev_units"),
    ],
)  # fmt: skip
def test_what_the_contract_does_not_say_is_listed(inputs, unknown):
    assert unknown in project(inputs).unknowns


def test_included_or_unoffered_custom_development_costs_nothing():
    for basis in ("included", "not_offered", ""):
        inputs = CostInputs(price_model="annual", custom_dev_basis=basis, custom_dev_rate=D(999))
        assert project(inputs).years[0].amounts["custom_dev"] == 0


@settings(max_examples=200, deadline=None)
@given(
    fee=st.decimals(min_value=0, max_value=10**6, places=2),
    cap=st.one_of(st.none(), st.decimals(min_value=0, max_value=50, places=2)),
    term=st.integers(min_value=1, max_value=60),
    model=st.sampled_from(["annual", "per_incident", "all_inclusive", "one_off"]),
)
def test_costs_never_fall_and_years_add_up(fee, cap, term, model):
    inputs = CostInputs(
        price_model=model,
        term_months=term,
        support_fee=fee,
        expected_incidents_per_year=3,
        renewal_cap_percent=cap,
        fees=(Fee(D(100), "yearly"),),
    )
    projection = project(inputs)
    totals = [projection.total(years) for years in range(1, 6)]
    assert totals == sorted(totals)  # cumulative cost never falls
    assert all(amount >= 0 for year in projection.years for amount in year.amounts.values())
    assert projection.total(5) == sum(year.total for year in projection.years)


@pytest.mark.django_db
def test_inputs_come_from_the_contract_and_its_rows():
    contract = ContractFactory(
        term_start=dt.date(2026, 1, 1),
        term_end=dt.date(2026, 12, 31),
        purchase_price=D(100),
        support_fee=D(10),
        renewal_cap_percent=D(3),
        feature_updates_paid=False,
    )
    ContractFee.objects.create(contract=contract, name="Deployment", amount=D(7), recurrence="one_off")
    ThirdPartyService.objects.create(contract=contract, kind="sms", yearly_cost=D(2))
    ThirdPartyService.objects.create(contract=contract, kind="beauty", yearly_cost=None)
    inputs = inputs_for(contract)
    assert inputs.term_months == 12
    assert inputs.fees == (Fee(D(7), "one_off"),)
    assert sorted(inputs.third_party_yearly, key=str) == [D(2), None]
    assert project(inputs).years[0].total == D(100 + 10 + 7 + 2)
