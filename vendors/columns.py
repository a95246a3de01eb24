"""Extra columns on the vendor list, supplied by the floors above without vendors importing them.

The scores live in ``evaluations``, which imports ``vendors``, never the reverse; so the vendor
list asks the providers registered here (``evaluations`` registers its score column in its
AppConfig.ready, as it registers signal providers). A provider gets the request and the page's
vendors, may set attributes on those vendor objects for its cell template, and returns which
templates draw its header, its cell and any control it adds to the filter form, or None to add
no column this time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ListColumn:
    head_template: str
    cell_template: str
    controls_template: str = ""
    context: dict = field(default_factory=dict)


LIST_COLUMN_PROVIDERS: list[Callable[..., ListColumn | None]] = []


def extra_columns(request, vendors: list) -> list[ListColumn]:
    columns = (provider(request, vendors) for provider in LIST_COLUMN_PROVIDERS)
    return [column for column in columns if column is not None]
