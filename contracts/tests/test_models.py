"""Contract dates at the edge of the calendar."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from contracts.models import Contract


def test_a_term_at_the_edge_of_the_calendar_has_no_deadline_or_length_instead_of_an_overflow():
    contract = Contract(term_start=dt.date(1, 1, 1), term_end=dt.date(9999, 12, 31), notice_days=30)
    assert contract.term_months is None
    contract.term_end = dt.date(1, 1, 5)
    assert contract.notice_deadline is None


@pytest.mark.parametrize("field", ["term_start", "term_end"])
def test_term_dates_outside_plausible_years_are_refused(field):
    with pytest.raises(ValidationError, match="between the years 1900 and 2999"):
        Contract._meta.get_field(field).clean(dt.date(1, 1, 1), None)
