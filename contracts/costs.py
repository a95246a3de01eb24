"""What a contract costs over one, three and five years: the number a buyer should compare.

Pure: it takes a ``CostInputs`` (``inputs_for(contract)`` builds one from the models) and
returns a ``Projection``, year by year and category by category. Amounts are Decimals in
the contract's currency, rounded to the cent; currencies are never converted.

The rules, year by year (year 1 starts when the term starts):

* **Purchase**: the one-off purchase price, in year 1.
* **Support**, by the price model: an annual or all-inclusive fee every year; a per-incident
  price times the incidents expected a year; a one-off package bought again at every renewal.
* **Renewal increases**: the term renews every ``term_months`` (12 when unknown). At the
  k-th renewal the support fee and the yearly and monthly itemised fees are multiplied by
  (1 + cap)^k: a capped contract is planned at its cap, the worst it allows. A contract with
  no cap is planned at ``uncapped_increase_percent`` (10 % unless the caller says otherwise)
  and the projection says it assumed so.
* **Itemised fees**: one-off fees in year 1; yearly fees every year; monthly fees × 12.
* **Updates**: free when the price model is all-inclusive or feature updates are not paid;
  otherwise the price of an update times the updates expected a year.
* **Custom development**: the rate times the person-days or hours (or fixed-price jobs)
  expected a year; nothing when it is included or not offered.
* **Training**: its fee, in year 1.
* **Third-party services** (RTC/CDN, beauty SDK, IM, SMS, real-name checks): their yearly
  costs, as quoted, every year; not increased at renewal (their providers price them).

Whatever a rule needs and the contract does not say is left out and listed in ``unknowns``,
so a cheap-looking total with holes says so.

Worked example (the one the tests check):

    annual fee 50,000, purchase 120,000, renewal cap 5 %, 12-month term,
    itemised: deployment 8,000 once, cloud console 300 a month,
    feature updates paid: 2 a year at 6,000; custom development 20 person-days at 1,500;
    training 5,000; RTC 30,000 a year and a beauty SDK whose cost nobody quoted.

    year 1: 120,000 + 50,000 + 8,000 + 3,600 + 12,000 + 30,000 + 5,000 + 30,000 = 258,600
    year 2: support 52,500, cloud console 3,780; updates, custom, RTC as before = 128,280
    year 3: support 55,125, cloud console 3,969                                 = 131,094
    1 year 258,600 · 3 years 517,974 · unknowns: the beauty SDK's cost
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.utils.translation import gettext_lazy as _

CENT = Decimal("0.01")
ZERO = Decimal(0)
DEFAULT_UNCAPPED_INCREASE = Decimal(10)
HORIZONS = (1, 3, 5)

CATEGORIES = {
    "purchase": _("Purchase"),
    "support": _("Support fee"),
    "fees": _("Itemised fees"),
    "updates": _("Paid updates"),
    "custom_dev": _("Custom development"),
    "training": _("Training"),
    "third_party": _("Third-party services"),
}

UNKNOWNS = {
    "support_fee": _("the support fee"),
    "incidents": _("how many paid incidents to expect"),
    "update_policy": _("whether feature updates are paid"),
    "update_price": _("the price of a feature update"),
    "updates_per_year": _("how many paid updates to expect"),
    "custom_dev_rate": _("the custom development rate"),
    "custom_dev_units": _("how much custom development to expect"),
    "third_party_cost": _("the cost of a third-party service"),
}


@dataclass(frozen=True)
class Fee:
    amount: Decimal
    recurrence: str  # "one_off" | "yearly" | "monthly"


@dataclass(frozen=True)
class CostInputs:
    price_model: str  # "annual" | "per_incident" | "all_inclusive" | "one_off"
    term_months: int | None = None
    purchase_price: Decimal | None = None
    support_fee: Decimal | None = None
    expected_incidents_per_year: int | None = None
    renewal_cap_percent: Decimal | None = None
    fees: tuple[Fee, ...] = ()
    feature_updates_paid: bool | None = None
    feature_update_price: Decimal | None = None
    paid_updates_per_year: int | None = None
    custom_dev_basis: str = ""
    custom_dev_rate: Decimal | None = None
    custom_dev_units_per_year: Decimal | None = None
    training_fee: Decimal | None = None
    third_party_yearly: tuple[Decimal | None, ...] = ()
    uncapped_increase_percent: Decimal = DEFAULT_UNCAPPED_INCREASE


@dataclass(frozen=True)
class Year:
    number: int
    renewals: int  # renewals before this year starts
    amounts: dict[str, Decimal]

    @property
    def total(self) -> Decimal:
        return sum(self.amounts.values(), ZERO)


@dataclass(frozen=True)
class Projection:
    years: list[Year]
    increase_percent: Decimal  # applied at each renewal
    increase_assumed: bool  # True when the contract sets no cap and the default was used
    unknowns: list[str] = field(default_factory=list)  # keys of UNKNOWNS, in order

    def total(self, years: int) -> Decimal:
        return sum((year.total for year in self.years[:years]), ZERO)

    def by_category(self, years: int) -> dict[str, Decimal]:
        return {key: sum((year.amounts[key] for year in self.years[:years]), ZERO) for key in CATEGORIES}

    @property
    def unknown_labels(self) -> list[str]:
        return [str(UNKNOWNS[key]) for key in self.unknowns]

    def horizons(self) -> list[tuple[int, Decimal]]:
        return [(years, self.total(years)) for years in HORIZONS if years <= len(self.years)]


def _money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def project(inputs: CostInputs, years: int = 5) -> Projection:
    """The cost of ``inputs`` for each of the first ``years`` years (see the module docstring)."""
    unknowns: list[str] = []

    def unknown(key: str) -> None:
        if key not in unknowns:
            unknowns.append(key)

    term_months = inputs.term_months if inputs.term_months and inputs.term_months > 0 else 12
    assumed = inputs.renewal_cap_percent is None
    increase = inputs.uncapped_increase_percent if assumed else inputs.renewal_cap_percent
    rate = Decimal(1) + Decimal(increase) / 100

    support = inputs.support_fee
    if support is None and inputs.price_model != "one_off":
        unknown("support_fee")
    if inputs.price_model == "per_incident":
        if inputs.expected_incidents_per_year is None:
            unknown("incidents")
            support = None
        elif support is not None:
            support = support * inputs.expected_incidents_per_year
    elif inputs.price_model == "one_off" and support is None:
        unknown("support_fee")

    updates = ZERO
    if inputs.price_model != "all_inclusive":
        if inputs.feature_updates_paid is None:
            unknown("update_policy")
        elif inputs.feature_updates_paid:
            if inputs.feature_update_price is None:
                unknown("update_price")
            if inputs.paid_updates_per_year is None:
                unknown("updates_per_year")
            if inputs.feature_update_price is not None and inputs.paid_updates_per_year is not None:
                updates = inputs.feature_update_price * inputs.paid_updates_per_year

    custom = ZERO
    if inputs.custom_dev_basis in ("person_day", "hour", "fixed"):
        if inputs.custom_dev_rate is None:
            unknown("custom_dev_rate")
        if inputs.custom_dev_units_per_year is None:
            unknown("custom_dev_units")
        if inputs.custom_dev_rate is not None and inputs.custom_dev_units_per_year is not None:
            custom = inputs.custom_dev_rate * inputs.custom_dev_units_per_year

    third_party = ZERO
    for cost in inputs.third_party_yearly:
        if cost is None:
            unknown("third_party_cost")
        else:
            third_party += cost

    result: list[Year] = []
    for number in range(1, years + 1):
        start_month = (number - 1) * 12
        renewals = start_month // term_months
        factor = rate**renewals
        first = number == 1
        amounts = dict.fromkeys(CATEGORIES, ZERO)
        amounts["purchase"] = (inputs.purchase_price or ZERO) if first else ZERO
        if support is not None:
            if inputs.price_model == "one_off":
                # A package for the whole term, bought again at each renewal that starts this year.
                starts = range(start_month - start_month % term_months, start_month + 12, term_months)
                amounts["support"] = sum(
                    (support * rate ** (month // term_months) for month in starts if month >= start_month), ZERO
                )
            else:
                amounts["support"] = support * factor
        for fee in inputs.fees:
            if fee.recurrence == "one_off":
                amounts["fees"] += fee.amount if first else ZERO
            elif fee.recurrence == "monthly":
                amounts["fees"] += fee.amount * 12 * factor
            else:
                amounts["fees"] += fee.amount * factor
        amounts["updates"] = updates
        amounts["custom_dev"] = custom
        amounts["training"] = (inputs.training_fee or ZERO) if first else ZERO
        amounts["third_party"] = third_party
        result.append(Year(number, renewals, {key: _money(value) for key, value in amounts.items()}))
    return Projection(result, Decimal(increase), assumed, unknowns)


def inputs_for(contract, uncapped_increase_percent: Decimal = DEFAULT_UNCAPPED_INCREASE) -> CostInputs:
    """The cost inputs of a Contract (with its fees and third-party services, prefetched or not)."""
    return CostInputs(
        price_model=contract.price_model,
        term_months=contract.term_months,
        purchase_price=contract.purchase_price,
        support_fee=contract.support_fee,
        expected_incidents_per_year=contract.expected_incidents_per_year,
        renewal_cap_percent=contract.renewal_cap_percent,
        fees=tuple(Fee(fee.amount, fee.recurrence) for fee in contract.fees.all()),
        feature_updates_paid=contract.feature_updates_paid,
        feature_update_price=contract.feature_update_price,
        paid_updates_per_year=contract.paid_updates_per_year,
        custom_dev_basis=contract.custom_dev_basis,
        custom_dev_rate=contract.custom_dev_rate,
        custom_dev_units_per_year=contract.custom_dev_units_per_year,
        training_fee=contract.training_fee,
        third_party_yearly=tuple(service.yearly_cost for service in contract.third_party_services.all()),
        uncapped_increase_percent=uncapped_increase_percent,
    )
