"""Exports of the score pages (ranking, scorecard, comparison) as CSV, XLSX and PDF.

An export carries what its page shows and what a reader needs to trust it away from the page:

* **Numbers rounded as the page rounds them**: ``Number`` keeps a value rounded half up (as
  Django's ``floatformat`` does) with its places; CSV writes it as text ("86", "0.75"), XLSX
  as a numeric cell with a matching number format.
* **A header block**: the title, the weight profile in the reader's language, when the export
  was made (ISO 8601 in the reader's time zone, with its offset), the filters, and per vendor
  the coverage, the number of evaluators, the grade and, when the grade is capped, which
  confirmed red flags capped it and how many evaluators raised each.
* **No formula injection**: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
  carriage return gets a leading single quote (OWASP's advice), in CSV and XLSX alike; numbers
  are never text, so a negative number stays a number.

Every export is a ``Report`` (header lines and tables); ``csv_response`` and ``xlsx_response``
write any report the same way. ``pdf_response`` renders a template with WeasyPrint, which needs
Pango from the system: when it cannot load, ``PdfUnavailable`` says so and the page explains it.
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from functools import wraps
from typing import Any

from django.http import HttpResponse, HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from evaluations.models import ScoreSnapshot, WeightProfile
from evaluations.presentation import flag_label
from evaluations.scoring import RED_FLAG_GRADE_CAP

logger = logging.getLogger(__name__)

KINDS = ("csv", "xlsx", "pdf")
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
EVIDENCE_NOTE_CHARS = 120  # as the scorecard truncates evaluators' notes


# ---------------------------------------------------------------------------
# Cells


@dataclass(frozen=True)
class Number:
    """A number rounded as the page shows it. ``trim`` drops a zero fraction, like ``floatformat:"-2"``;
    ``unit`` (a currency code) shows in the XLSX number format."""

    value: Decimal
    places: int
    trim: bool = False
    unit: str = ""

    @classmethod
    def of(cls, raw: Any, places: int = 0, *, trim: bool = False, unit: str = "") -> Number | None:
        if raw is None or raw == "" or isinstance(raw, bool):
            return None
        value = Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw)
        if not value.is_finite():
            return None
        value = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
        if trim and value == value.to_integral_value():
            value = value.quantize(Decimal(1))
        return cls(value=value, places=places, trim=trim, unit=unit)

    def __str__(self) -> str:
        return str(self.value)

    @property
    def native(self) -> int | float:
        return int(self.value) if self.value == self.value.to_integral_value() else float(self.value)

    @property
    def excel_format(self) -> str:
        if self.unit:
            body = "#,##0" if self.trim and self.value == self.value.to_integral_value() else "#,##0.00"
            code = "".join(ch for ch in self.unit if ch.isalnum())
            return f'"{code}" {body}' if code else body
        if self.trim:
            return "General"
        return "0." + "0" * self.places if self.places else "0"


def score(raw) -> Number | None:
    """Scores and grades' numbers: whole points, as ``_score.html`` shows them."""
    return Number.of(raw, 0)


def share(raw) -> Number | None:
    """Coverage: two places, as ``floatformat:"2"``."""
    return Number.of(raw, 2)


def weight(raw) -> Number | None:
    """Weights and spreads: up to two places, as ``floatformat:"-2"``."""
    return Number.of(raw, 2, trim=True)


def points(raw) -> Number | None:
    """A line's contribution to its dimension: one place."""
    return Number.of(raw, 1)


def money(raw, currency: str) -> Number | None:
    return Number.of(raw, 2, trim=True, unit=currency)


def neutralised(text: str) -> str:
    """``text`` made safe to open in a spreadsheet: a would-be formula gets a leading single quote
    (also behind leading spaces, which some spreadsheets skip)."""
    return "'" + text if text.lstrip(" ").startswith(FORMULA_TRIGGERS) else text


def csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, Number):
        return str(value)
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return str(value)
    return neutralised(str(value))


def xlsx_cell(value: Any) -> tuple[Any, str | None]:
    """The value openpyxl should store and its number format (None for text)."""
    if value is None:
        return None, None
    if isinstance(value, Number):
        return value.native, value.excel_format
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value, "General"
    if isinstance(value, Decimal):
        return float(value), "General"
    # openpyxl refuses control characters a pasted note may carry; a tab or CR is kept (and neutralised).
    return neutralised(ILLEGAL_CHARACTERS_RE.sub("", str(value))), None


# ---------------------------------------------------------------------------
# Reports


@dataclass
class Table:
    header: list[str]
    rows: list[list] = field(default_factory=list)
    title: str = ""


@dataclass
class Report:
    """What an export holds: a title, header lines (label, value) and tables."""

    title: str
    filename: str  # without the extension
    lines: list[tuple[str, Any]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)

    def rows(self) -> list[tuple[str, list]]:
        """Every row in order, each with its role: "title", "line", "blank", "caption", "header" or "data"."""
        out: list[tuple[str, list]] = [("title", [self.title])]
        out += [("line", [label, value]) for label, value in self.lines]
        for table in self.tables:
            out.append(("blank", []))
            if table.title:
                out.append(("caption", [table.title]))
            out.append(("header", list(table.header)))
            out += [("data", row) for row in table.rows]
        return out


def export_moment() -> tuple[str, list[tuple[str, Any]]]:
    """The date stamp for file names and the header lines saying when, in the reader's zone."""
    now = timezone.localtime()
    return now.strftime("%Y%m%d-%H%M"), [
        (_("Exported at"), now.isoformat(timespec="seconds")),
        (_("Time zone"), timezone.get_current_timezone_name()),
    ]


def evaluator_count(snapshot: ScoreSnapshot) -> int:
    return len(snapshot.data.get("evaluators", []))


def flag_text(flag: dict) -> str:
    """A red flag as the scorecard lists it: its label and, for criteria, how many evaluators raised it."""
    label = flag_label(flag)
    if flag.get("raised") is None:
        return label
    counts = _("%(raised)s of %(answered)s evaluators") % {"raised": flag["raised"], "answered": flag["answered"]}
    return f"{label} ({counts})"


def cap_note(snapshot: ScoreSnapshot) -> str:
    """Why the grade is capped ("" when it is not): the confirmed red flags, with who raised them."""
    return capped_because(snapshot.data, snapshot.data.get("grade_cap"))


def capped_because(summary: dict, grade_cap: str | None) -> str:
    """``cap_note`` from a snapshot's summary (``grade_capped``, ``red_flags``) and its ``grade_cap``."""
    if not summary.get("grade_capped"):
        return ""
    flags = [
        flag_text(flag)
        for flag in summary.get("red_flags", [])
        if flag.get("confirmed") and flag.get("severity", "major") != "warning"
    ]
    return _("Capped at %(grade)s by confirmed red flags: %(flags)s") % {
        "grade": grade_cap or RED_FLAG_GRADE_CAP,
        "flags": "; ".join(flags) or "—",
    }


def vendor_table(snapshots: list[ScoreSnapshot]) -> Table:
    """Per vendor: what its numbers rest on."""
    return Table(
        title=_("Vendors"),
        header=[_("Vendor"), _("Overall"), _("Grade"), _("Coverage"), _("Evaluators"), _("Grade capped because")],
        rows=[
            [
                s.vendor.display_name,
                score(s.overall),
                s.grade or "",
                share(s.coverage),
                evaluator_count(s),
                cap_note(s),
            ]
            for s in snapshots
        ],
    )


def profile_line(profile: WeightProfile) -> tuple[str, str]:
    return _("Weight profile"), profile.name


def filter_lines(form) -> list[tuple[str, str]]:
    """The filters a list was exported with, by their labels and their choices' labels."""
    lines = []
    for name, bound in form.fields.items():
        value = form.cleaned_data.get(name) if hasattr(form, "cleaned_data") else None
        if not value:
            continue
        values = value if isinstance(value, list | tuple) else [value]
        choices = dict(getattr(bound, "choices", []) or [])
        lines.append((str(bound.label or name), ", ".join(str(choices.get(v, v)) for v in values)))
    return lines


def ranking_report(profile: WeightProfile, snapshots: list[ScoreSnapshot], filters: list[tuple[str, str]]) -> Report:
    """The whole ranking. Each snapshot brings its ``summary`` and, annotated from its ``data`` by the
    database, ``evaluator_count`` and ``grade_cap`` (the ranking view's export query): a thousand
    rows without a thousand breakdowns."""
    stamp, moment = export_moment()
    table = Table(
        header=[
            "#",
            _("Vendor"),
            _("Overall"),
            _("Grade"),
            _("Coverage"),
            _("Evaluators"),
            _("Red flags"),
            _("Grade capped because"),
        ],
        rows=[
            [
                rank,
                s.vendor.display_name,
                score(s.overall),
                s.grade or "",
                share(s.coverage),
                s.evaluator_count,
                "; ".join(flag_text(f) for f in s.summary.get("red_flags", [])),
                capped_because(s.summary, s.grade_cap),
            ]
            for rank, s in enumerate(snapshots, start=1)
        ],
    )
    return Report(
        title=_("Scores"),
        filename=f"vendorscore-ranking-{profile.slug}-{stamp}",
        lines=[profile_line(profile), *moment, *filters],
        tables=[table],
    )


def status_label(status: str) -> str:
    """A line's status as the scorecard's score column says it."""
    labels = {
        "scored": _("scored"),
        "na": "N/A",
        "not_scored": _("text"),
        "superseded": _("replaced by measurement"),
        "unanswered": _("unanswered"),
    }
    return labels.get(status, status or "")


def line_kind(line: dict) -> str:
    if line.get("kind") != "signal":
        return _("criterion")
    return _("measured") if line.get("link") else _("fact")


def evidence_text(line: dict) -> str:
    """The evidence column of the scorecard: the signal's own evidence, then each evaluator's note and link."""
    parts = [line["evidence"]] if line.get("evidence") else []
    for item in line.get("evidence_items", []):
        text = item["evaluator"]
        if item.get("note"):
            text += ": " + Truncator(item["note"]).chars(EVIDENCE_NOTE_CHARS)
        if item.get("link"):
            text += f" <{item['link']}>"
        if item.get("file"):
            text += " [" + _("file") + "]"
        parts.append(text)
    return " | ".join(parts)


def scorecard_report(snapshot: ScoreSnapshot, dimensions: list[dict], breakdown: list[dict]) -> Report:
    """The scorecard: its header, the dimensions, the red flags and every line of every dimension."""
    vendor, profile = snapshot.vendor, snapshot.profile
    stamp, moment = export_moment()
    computed = timezone.localtime(snapshot.computed_at).isoformat(timespec="seconds") if snapshot.computed_at else ""
    dimension_table = Table(
        title=_("Dimensions"),
        header=[_("Dimension"), _("Score"), _("Weight"), _("Coverage"), _("Spread")],
        rows=[[str(d["label"]), score(d.get("score")), weight(d.get("weight")), share(d.get("coverage")),
               weight(d.get("spread"))] for d in dimensions],
    )  # fmt: skip
    flags = snapshot.data.get("red_flags", [])
    flag_table = Table(
        title=_("Red flags"),
        header=[_("Red flag"), _("Confirmed"), _("Raised by"), _("Answered by")],
        rows=[[flag_label(f), _("yes") if f.get("confirmed") else _("no"), f.get("raised"), f.get("answered")]
              for f in flags],
    )  # fmt: skip
    line_table = Table(
        title=_("How each number is made"),
        header=[
            _("Dimension"),
            _("Line"),
            _("Kind"),
            _("Score"),
            _("Status"),
            _("Weight"),
            _("Points"),
            _("Evaluators"),
            _("Spread"),
            _("Red flag"),
            _("Evidence"),
        ],
        rows=[
            [
                str(d["label"]),
                line["label"],
                line_kind(line),
                score(line.get("score")) if line.get("status") == "scored" else None,
                status_label(line.get("status")),
                weight(line.get("weight")),
                points(line.get("contribution")),
                line.get("n"),
                weight(line.get("spread")),
                "⚑" if line.get("red_flag") else "",
                evidence_text(line),
            ]
            for d in breakdown
            for line in d["lines"]
        ],
    )
    return Report(
        title=_("Scorecard: %(vendor)s") % {"vendor": vendor.display_name},
        filename=f"vendorscore-scorecard-{vendor.pk}-{profile.slug}-{stamp}",
        lines=[(_("Vendor"), vendor.display_name), profile_line(profile), *moment, (_("Computed at"), computed)],
        tables=[vendor_table([snapshot]), dimension_table, flag_table, line_table],
    )


def comparison_report(profile: WeightProfile, table: dict) -> Report:
    """The side-by-side table of the comparison page, one column per vendor."""
    stamp, moment = export_moment()
    columns = table["columns"]
    rows: list[list] = [
        [_("Overall"), *[score(c["score"]) for c in table["overall"]]],
        [_("Grade"), *[c["grade"] or "" for c in table["overall"]]],
        [_("Coverage"), *[share(c["snapshot"].coverage) for c in columns]],
        [_("Evaluators"), *[evaluator_count(c["snapshot"]) for c in columns]],
    ]
    for dimension in table["dimensions"]:
        rows.append([str(dimension["label"]), *[score(c["score"]) for c in dimension["cells"]]])
        for criterion in dimension["criteria"]:
            cells = [score(c["score"]) if c["status"] == "scored" else ("N/A" if c["status"] == "na" else None)
                     for c in criterion["cells"]]  # fmt: skip
            rows.append([f"  {criterion['label']}", *cells])
    rows.append([_("Red flags"), *["; ".join(flag_text(f) for f in flags) for flags in table["red_flags"]]])
    rows.append([_("Grade capped because"), *[cap_note(c["snapshot"]) for c in columns]])
    if "costs" in table:
        cells = table["costs"]
        totals = [money(c["three_years"], c["currency"]) if c["contract"] else None for c in cells]
        rows.append([_("Cost over 3 years"), *totals])
        rows.append([_("Currency"), *[c["currency"] if c["contract"] else "" for c in cells]])
        rows.append([_("Costs not stated"), *["; ".join(c.get("unknowns", [])) for c in cells]])
    return Report(
        title=_("Compare vendors"),
        filename=f"vendorscore-compare-{profile.slug}-{stamp}",
        lines=[profile_line(profile), *moment],
        tables=[
            vendor_table([c["snapshot"] for c in columns]),
            Table(title=_("Comparison"), header=[_("Row"), *[c["vendor"].display_name for c in columns]], rows=rows),
        ],
    )


# ---------------------------------------------------------------------------
# Writers


def attachment(response: HttpResponse, filename: str, inline: bool = False) -> HttpResponse:
    response["Content-Disposition"] = f'{"inline" if inline else "attachment"}; filename="{filename}"'
    return response


def csv_response(report: Report) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for _role, row in report.rows():
        writer.writerow([csv_cell(cell) for cell in row])
    # The byte-order mark makes Excel read the file as UTF-8 (Chinese names stay legible).
    response = HttpResponse("\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8")
    return attachment(response, f"{report.filename}.csv")


def xlsx_response(report: Report) -> HttpResponse:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "vendorscore"
    bold = Font(bold=True)
    for row_number, (role, row) in enumerate(report.rows(), start=1):
        for column, value in enumerate(row, start=1):
            stored, number_format = xlsx_cell(value)
            cell = sheet.cell(row=row_number, column=column, value=stored)
            if isinstance(stored, str):
                cell.data_type = "s"  # never a formula, whatever openpyxl guessed
            if number_format:
                cell.number_format = number_format
            if role in ("title", "caption", "header") or (role == "line" and column == 1):
                cell.font = Font(bold=True, size=14) if role == "title" else bold
    sheet.column_dimensions["A"].width = 48
    for letter in "BCDEFGHIJK":
        sheet.column_dimensions[letter].width = 18
    buffer = io.BytesIO()
    workbook.save(buffer)
    return attachment(HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE), f"{report.filename}.xlsx")


def spreadsheet_response(report: Report, kind: str) -> HttpResponse:
    return csv_response(report) if kind == "csv" else xlsx_response(report)


class PdfUnavailable(RuntimeError):
    """WeasyPrint (or the Pango library it needs) cannot be loaded on this server."""


def load_weasyprint():
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: the Pango shared library is missing
        logger.warning("PDF export unavailable: %s", exc)
        raise PdfUnavailable(str(exc)) from exc
    return weasyprint


def pdf_response(request, template: str, context: dict, filename: str) -> HttpResponse:
    """Render ``template`` to a PDF in the reader's language and time zone; raises PdfUnavailable."""
    weasyprint = load_weasyprint()
    html = render_to_string(template, context, request=request)
    # Self-contained: no protocol is allowed, so nothing is fetched (neither our URLs nor vendors' links).
    fetcher = weasyprint.URLFetcher(allowed_protocols=())
    document = weasyprint.HTML(string=html, base_url=request.build_absolute_uri("/"), url_fetcher=fetcher)
    response = HttpResponse(document.write_pdf(), content_type="application/pdf")
    return attachment(response, f"{filename}.pdf", inline=True)


# ---------------------------------------------------------------------------
# Requests


class ExportRefused(ValueError):
    """An export that cannot be made as asked (unknown format, profile or filter): a 400 with the reason."""


def requested(request, kinds: tuple[str, ...] = KINDS) -> str | None:
    """The export asked for by ``?export=`` (None for the page itself)."""
    kind = request.GET.get("export")
    if not kind:
        return None
    if kind not in kinds:
        raise ExportRefused(_("Unknown export format “%(kind)s”.") % {"kind": kind[:20]})
    return kind


def form_errors(form) -> str:
    return " ".join(f"{name}: {error}" for name, errors in form.errors.items() for error in errors)


def refusals_answered(view):
    """Answer an ExportRefused raised by ``view`` with 400 and its reason, as plain text."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except ExportRefused as exc:
            return HttpResponseBadRequest(str(exc), content_type="text/plain; charset=utf-8")

    return wrapper


def links(request, kinds: tuple[str, ...] = KINDS, **params: str) -> list[dict]:
    """The export buttons of a page: its own query (filters, profile) plus ``export=<kind>``."""
    query = request.GET.copy()
    for name in ("export", "print", "page"):
        query.pop(name, None)
    for name, value in params.items():
        query[name] = value
    out = []
    for kind in kinds:
        query["export"] = kind
        out.append({"kind": kind, "label": kind.upper(), "url": "?" + query.urlencode()})
    return out
