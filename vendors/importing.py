"""Import vendors, their contacts and their support channels from a CSV or XLSX file.

Reading (``read_upload``, ``read_table``) turns a file into a ``Table`` of text cells and
refuses a file that cannot be one; ``run`` checks the table with the same forms as the
vendor pages and, unless asked for a dry run, saves it, all or nothing. The pages keep
the table in an ``ImportJob`` between the preview and the import (``start_job``,
``confirm_job``, ``run_job``); ``manage.py import_vendors`` calls ``read_table`` and ``run``.

The layout
----------
The first non-empty row holds the column headers; every later non-empty row is data
(empty rows are skipped, but still counted, so row numbers match what the spreadsheet
shows). Headers are matched ignoring case, spaces, ``_`` and ``-``, in English (the keys
below, or e.g. "Contact email") or in Chinese (e.g. 名称, 联系人邮箱); ``COLUMNS`` lists
them all, and the template files carry one example row.

* Vendor: ``name`` (required on every row), ``name_zh``, ``name_en``, ``status``,
  ``website``, ``hq_region``, ``time_zone``, ``support_hours``, ``holiday_country``,
  ``team_size``, ``support_team``, ``company_scale``, ``scenarios``, ``notes``.
* Contact: ``contact_name``, ``contact_role``, ``contact_email``, ``contact_phone``,
  ``contact_im``, ``contact_dedicated``, ``contact_joined_on``, ``contact_left_on``.
* Channel: ``channel_kind``, ``channel_address``, ``channel_hours``, ``channel_active``.
  Signing secrets are not imported (spreadsheets get mailed around); set them on the
  vendor page.

Values: a choice is its code (``shortlisted``) or its English or Chinese label
(``Shortlisted``, 入围); ``scenarios`` lists several, separated by commas, semicolons or
、; a date is ``YYYY-MM-DD`` (also ``2024/3/1``, ``2024.3.1``, ``2024年3月1日``,
``20240301`` or a date cell; a time after it is ignored); yes/no columns take yes/no,
true/false, 1/0 or 是/否. Any other date spelling, ``03/01/2024`` included, is refused
rather than guessed. Cells are text: a formula (``=1+1``) is imported as the characters
typed, never evaluated.

The rules
---------
* Rows with the same ``name`` (ignoring case and outer spaces) are one vendor. Its
  details may be given on any of its rows; a cell left empty says nothing, and a cell
  that repeats a detail must repeat it exactly, otherwise that cell is an error. So a
  file may give the vendor once and then one contact or channel per row, or repeat the
  vendor on every row.
* A row with any ``contact_*`` cell is about the contact named in ``contact_name``; a
  row with ``channel_kind`` or ``channel_address`` is about that channel (both are
  needed). One row may carry a vendor, a contact and a channel at once. A contact is
  identified by its name (ignoring case) within its vendor, a channel by kind and
  address; repeated on several rows, their cells follow the same rule as the vendor's.
* A live vendor of that name already there is updated: cells with a value replace what
  is stored, empty cells leave it alone, ``scenarios`` (when given) replaces the list,
  and the vendor keeps its name as stored (the file's spelling only finds it). Its
  contacts (by name, ignoring case; the stored spelling stays) and channels (by kind and
  address) are updated the same way; new ones are added.
  Nothing is ever deleted, and a record whose values are already so is not saved
  again, so importing the same file twice changes nothing the second time, not even
  an "updated" time. A deleted vendor is not matched: the file creates a new one.
* Every vendor, contact and channel is checked by the form its page uses
  (``VendorForm``, ``ContactForm``, ``SupportChannelForm``), so the rules are the
  pages' rules, constraints included. Errors are reported per cell: the row number as
  the spreadsheet shows it (the header row is row 1 when it is the first line), the
  column header as written in the file (or the column key when the file lacks that
  column), and the message. A contact or channel of a vendor with errors is still
  checked, so one upload lists every mistake.
* All or nothing: every row is checked first, and only when none is wrong (and this is
  not a dry run) is everything saved, in one transaction. Checking only reads, so a long
  file holds the database's write lock just while it is saved (SQLite has one writer at
  a time). A dry run is the same check, so it reports what an import would do; a clash
  with a change someone saved in between (a vendor of the same name created meanwhile)
  makes the database refuse the import, which is rolled back whole and reported.

Files
-----
``MAX_BYTES`` (5 MB) at most, ``MAX_ROWS`` (5,000) data rows and ``MAX_COLUMNS`` (100)
columns. The kind is decided by the content; the file name must agree with it (a PNG
called ``.csv`` is refused and the message says what it is):

* CSV: UTF-8 with or without a BOM, UTF-16 with a BOM, else GB18030 (which covers the
  GBK that Excel in China saves); the delimiter is whichever of comma, semicolon or tab
  the header line uses most. A NUL byte means the file is not text; other control
  characters are refused with their row.
* XLSX: a ZIP archive with ``xl/workbook.xml``. Its directory is checked before anything
  is unpacked: at most ``MAX_XLSX_ENTRIES`` entries and ``MAX_XLSX_UNCOMPRESSED`` bytes in
  all (``zipfile`` never inflates an entry past its declared size, so this bounds the
  work whatever a bomb claims); XML with a DTD is refused (no entity tricks). Only the
  first sheet is read, with openpyxl in read-only mode. An old ``.xls`` is refused with a
  hint to save it as XLSX.

Every refusal is an ``ImportFileError`` with a ``code`` and a translated message; no
parser exception escapes as anything else.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import logging
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.core.exceptions import NON_FIELD_ERRORS
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from vendors import choices
from vendors.choices import ImportStatus
from vendors.forms import ContactForm, SupportChannelForm, VendorForm
from vendors.models import Contact, ImportJob, SupportChannel, Vendor

if TYPE_CHECKING:
    from django.core.files.uploadedfile import UploadedFile
    from django.db.models import TextChoices

logger = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5_000
MAX_COLUMNS = 100
MAX_XLSX_ENTRIES = 1_000
MAX_XLSX_UNCOMPRESSED = 64 * 1024 * 1024
MAX_PREVIEW_VENDORS = 300  # a preview lists this many vendors; the counts cover all
MAX_REPORTED_ERRORS = 1_000  # errors kept for the page; the count covers all

CSV = ".csv"
XLSX = ".xlsx"
ERROR_CODES = (
    "empty",
    "too_large",
    "extension",
    "mismatch",
    "encoding",
    "binary",
    "control",
    "corrupt",
    "bomb",
    "too_many_rows",
    "too_many_columns",
    "no_header",
    "no_rows",
    "missing_columns",
    "duplicate_columns",
)

VENDOR, CONTACT, CHANNEL = "vendor", "contact", "channel"


class ImportFileError(ValueError):
    """A refused file; str(exc) is a clear, translated message for the user."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code

    def __reduce__(self):
        return type(self), (self.code, str(self))


# --- columns ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column of the layout: where its value goes and how its text is read."""

    key: str  # the English header, and the key cells are stored under
    target: str  # VENDOR, CONTACT or CHANNEL
    field: str  # the form field the value goes to
    kind: str  # "text", "choice", "choices", "date", "yesno", "integer", "country"
    zh: tuple[str, ...]  # Chinese headers; the first is the template's
    en: tuple[str, ...] = ()  # other English headers
    choices: type[TextChoices] | None = None
    example: str = ""
    description: Any = ""


COLUMNS: tuple[Column, ...] = (
    Column(
        "name",
        VENDOR,
        "name",
        "text",
        ("名称", "供应商", "供应商名称"),
        ("vendor", "vendor name"),
        example="Example Live Tech",
        description=gettext_lazy("Required on every row. Rows with the same name belong to one vendor."),
    ),
    Column("name_zh", VENDOR, "name_zh", "text", ("中文名称", "中文名"), ("chinese name",), example="示例直播科技"),
    Column(
        "name_en", VENDOR, "name_en", "text", ("英文名称", "英文名"), ("english name",), example="Example Live Tech"
    ),
    Column("status", VENDOR, "status", "choice", ("状态",), choices=choices.VendorStatus, example="candidate"),
    Column("website", VENDOR, "website", "text", ("官网", "网站", "网址"), example="https://live.example.com"),
    Column(
        "hq_region",
        VENDOR,
        "hq_region",
        "choice",
        ("总部所在地区", "总部地区", "总部"),
        ("headquarters region", "region"),
        choices=choices.Region,
        example="cn",
    ),
    Column("time_zone", VENDOR, "time_zone", "text", ("时区",), example="Asia/Shanghai"),
    Column(
        "support_hours",
        VENDOR,
        "support_hours",
        "text",
        ("支持时间",),
        example="mon-fri 09:00-18:00; sat 10:00-16:00",
        description=gettext_lazy("Weekly hours, e.g. “mon-fri 09:00-18:00; sat 10:00-16:00” or “24/7”."),
    ),
    Column(
        "holiday_country",
        VENDOR,
        "holiday_country",
        "country",
        ("节假日日历", "节假日"),
        ("holiday calendar",),
        example="CN",
        description=gettext_lazy("A two-letter country code such as CN."),
    ),
    Column(
        "team_size",
        VENDOR,
        "team_size",
        "integer",
        ("支持团队人数", "团队人数"),
        ("support team size",),
        example="12",
        description=gettext_lazy("A whole number."),
    ),
    Column(
        "support_team",
        VENDOR,
        "support_team",
        "choice",
        ("支持团队",),
        choices=choices.SupportTeam,
        example="in-house",
    ),
    Column(
        "company_scale",
        VENDOR,
        "company_scale",
        "choice",
        ("公司规模",),
        choices=choices.CompanyScale,
        example="small",
    ),
    Column(
        "scenarios",
        VENDOR,
        "scenarios",
        "choices",
        ("服务场景", "场景"),
        ("scenarios served",),
        choices=choices.ScenarioKey,
        example="show-live, voice-room",
    ),
    Column("notes", VENDOR, "notes", "text", ("备注",)),
    Column(
        "contact_name",
        CONTACT,
        "name",
        "text",
        ("联系人", "联系人姓名", "联系人名称"),
        ("contact",),
        example="Wang Fang",
        description=gettext_lazy("Required when a row has any other contact column."),
    ),
    Column(
        "contact_role",
        CONTACT,
        "role",
        "choice",
        ("联系人职位", "联系人角色"),
        choices=choices.ContactRole,
        example="support-engineer",
    ),
    Column("contact_email", CONTACT, "email", "text", ("联系人邮箱",), example="wang.fang@live.example.com"),
    Column("contact_phone", CONTACT, "phone", "text", ("联系人电话",), example="+86 138 0000 0000"),
    Column(
        "contact_im",
        CONTACT,
        "im_handle",
        "text",
        ("联系人IM账号", "联系人IM"),
        ("contact im handle",),
        description=gettext_lazy("WeCom, DingTalk or WeChat ID."),
    ),
    Column(
        "contact_dedicated",
        CONTACT,
        "is_dedicated",
        "yesno",
        ("专属对接人", "联系人专属"),
        ("dedicated contact",),
        example="yes",
        description=gettext_lazy("Yes when the contact is assigned to our account by name."),
    ),
    Column(
        "contact_joined_on",
        CONTACT,
        "joined_on",
        "date",
        ("联系人加入日期", "加入日期"),
        ("joined on",),
        example="2024-03-01",
        description=gettext_lazy("A date, e.g. 2024-03-01."),
    ),
    Column(
        "contact_left_on",
        CONTACT,
        "left_on",
        "date",
        ("联系人离开日期", "离开日期"),
        ("left on",),
        description=gettext_lazy("A date, e.g. 2024-03-01; empty while still on the team."),
    ),
    Column(
        "channel_kind",
        CHANNEL,
        "kind",
        "choice",
        ("渠道类型", "支持渠道类型"),
        choices=choices.ChannelKind,
        example="email",
        description=gettext_lazy("Required, with the address, for a row that adds a channel."),
    ),
    Column(
        "channel_address",
        CHANNEL,
        "address",
        "text",
        ("渠道地址", "支持渠道地址"),
        example="support@live.example.com",
        description=gettext_lazy("Email address, URL, group name or number, depending on the kind."),
    ),
    Column(
        "channel_hours",
        CHANNEL,
        "hours",
        "text",
        ("渠道服务时间", "渠道时间"),
        description=gettext_lazy("Weekly hours; leave empty when the channel follows the vendor's support hours."),
    ),
    Column("channel_active", CHANNEL, "is_active", "yesno", ("渠道启用", "渠道是否启用"), example="yes"),
)
COLUMNS_BY_KEY = {column.key: column for column in COLUMNS}
REQUIRED_COLUMNS = ("name",)


def _header_token(text: str) -> str:
    """Headers compare without case, full-width forms, spaces, ``_``, ``-``, ``*`` or a trailing colon."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s_\-*:]+", "", text)


def _aliases() -> dict[str, str]:
    found: dict[str, str] = {}
    for column in COLUMNS:
        for alias in (column.key, *column.en, *column.zh):
            found.setdefault(_header_token(alias), column.key)
    return found


HEADER_ALIASES = _aliases()


def column_for_header(header: str) -> Column | None:
    key = HEADER_ALIASES.get(_header_token(header))
    return COLUMNS_BY_KEY[key] if key else None


# --- tables -------------------------------------------------------------------------------------


@dataclass
class Table:
    """A file read into text: which column holds what, and the non-empty data rows."""

    kind: str  # CSV or XLSX
    headers: dict[str, str]  # column key → the header as written in the file
    rows: list[tuple[int, dict[str, str]]]  # (row number as the spreadsheet shows it, {column key: text})
    warnings: list[str] = field(default_factory=list)

    def header(self, key: str) -> str:
        return self.headers.get(key, key)

    def to_json(self) -> dict:
        return {"kind": self.kind, "headers": self.headers, "rows": self.rows, "warnings": self.warnings}

    @classmethod
    def from_json(cls, data: dict) -> Table:
        rows = [(int(number), dict(cells)) for number, cells in data.get("rows", [])]
        return cls(data.get("kind", CSV), dict(data.get("headers", {})), rows, list(data.get("warnings", [])))


def read_upload(uploaded: UploadedFile) -> Table:
    """read_table for a Django upload, refusing an oversized one by its size before reading it."""
    if uploaded.size is not None and uploaded.size > MAX_BYTES:
        raise too_large()
    uploaded.seek(0)
    data = uploaded.read(MAX_BYTES + 1)  # one byte past the limit shows a wrong reported size
    return read_table(uploaded.name or "", data)


def read_table(name: str, data: bytes) -> Table:
    """The file's table, or ImportFileError saying why the file is refused."""
    if not data:
        raise ImportFileError("empty", _("The file is empty."))
    if len(data) > MAX_BYTES:
        raise too_large()
    extension = _extension(name)
    if extension not in (CSV, XLSX):
        raise ImportFileError("extension", _("Only CSV and XLSX files can be imported."))
    kind = _sniff(data)
    if kind != extension:
        raise _mismatch(extension, kind)
    records = _xlsx_records(data) if kind == XLSX else _csv_records(data)
    return _tabulate(kind, records)


def too_large() -> ImportFileError:
    message = _("The file is larger than %(limit)d MB; split it into smaller files.") % {"limit": MAX_BYTES >> 20}
    return ImportFileError("too_large", message)


def _extension(name: str) -> str:
    base = name.strip().replace("\\", "/").rsplit("/", 1)[-1]
    return "." + base.rsplit(".", 1)[1].lower() if "." in base else ""


_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "xls"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
)


def _sniff(data: bytes) -> str:
    """What the bytes are: XLSX, CSV (anything else that might be text), or the name of another format."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return _zip_kind(data) if kind == "zip" else kind
    return CSV


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except Exception:  # damaged: still a ZIP archive as far as the user is concerned
        return XLSX
    return XLSX if "xl/workbook.xml" in names else "zip"


def _mismatch(extension: str, kind: str) -> ImportFileError:
    described = {
        CSV: _("CSV text"),
        XLSX: _("an Excel (XLSX) workbook"),
        "xls": _("an old-format Excel (.xls) workbook; save it as XLSX or CSV"),
        "zip": _("a ZIP archive, not an Excel workbook"),
        "png": _("a PNG image"),
        "jpeg": _("a JPEG image"),
        "gif": _("a GIF image"),
        "pdf": _("a PDF document"),
    }[kind]
    return ImportFileError(
        "mismatch",
        _("The file name ends in %(extension)s, but its content is %(kind)s.")
        % {"extension": extension, "kind": described},
    )


# --- CSV ---------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        if b"\x00" in data:
            raise ImportFileError("binary", _("The file contains NUL bytes, so it is not CSV text (or it is damaged)."))
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ImportFileError(
        "encoding", _("The file is not in UTF-8, UTF-16 or GB18030 (GBK) encoding; save it as CSV UTF-8.")
    )


def _delimiter(text: str) -> str:
    """Comma, semicolon or tab: whichever the header line uses most outside quotes (comma on a tie)."""
    first = re.sub(r'"[^"]*"', "", text.lstrip("\ufeff").split("\n", 1)[0])
    counts = {delimiter: first.count(delimiter) for delimiter in (",", ";", "\t")}
    return max(counts, key=lambda delimiter: (counts[delimiter], delimiter == ","))


def _csv_records(data: bytes) -> Iterator[tuple[int, list[Any]]]:
    text = _decode(data).lstrip("\ufeff")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    number = 0
    try:
        for number, record in enumerate(reader, start=1):
            yield number, record
    except csv.Error as exc:
        raise ImportFileError(
            "corrupt", _("Row %(row)d cannot be read as CSV (%(reason)s).") % {"row": number + 1, "reason": exc}
        ) from None


# --- XLSX --------------------------------------------------------------------------------------


def _check_xlsx_package(data: bytes) -> None:
    """Look at the ZIP directory and the XML prologues only; refuse bombs, DTDs and damage."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if len(entries) > MAX_XLSX_ENTRIES or sum(e.file_size for e in entries) > MAX_XLSX_UNCOMPRESSED:
                raise ImportFileError(
                    "bomb", _("The XLSX file unpacks to an unreasonable amount of data, so it was not opened.")
                )
            for entry in entries:
                if entry.filename.endswith((".xml", ".rels")):
                    with archive.open(entry) as member:
                        head = member.read(2048)
                    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                        raise _corrupt_xlsx()
    except ImportFileError:
        raise
    except Exception:  # BadZipFile, CRC errors, unsupported compression, a lying directory…
        raise _corrupt_xlsx() from None


def _corrupt_xlsx() -> ImportFileError:
    return ImportFileError("corrupt", _("The XLSX file is damaged or incomplete and cannot be read."))


def _xlsx_records(data: bytes) -> Iterator[tuple[int, list[Any]]]:
    _check_xlsx_package(data)
    from openpyxl import load_workbook

    try:
        # data_only=False: a formula cell gives the formula's text, never a computed value.
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False, keep_links=False)
    except Exception:  # openpyxl on a damaged package: KeyError, ValueError, ParseError, TypeError…
        raise _corrupt_xlsx() from None
    try:
        if not workbook.worksheets:
            raise ImportFileError("no_header", _("The workbook has no sheet."))
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # the stored size may be wrong (or hostile): read what is there
        rows = sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS + 1, values_only=True)
        yield from enumerate(rows, start=1)
    except ImportFileError:
        raise
    except Exception:
        raise _corrupt_xlsx() from None
    finally:
        workbook.close()


def cell_text(value: Any) -> str:
    """A cell as text: dates as YYYY-MM-DD, whole numbers without ".0", yes/no for booleans."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value).strip()


# --- from records to a table ---------------------------------------------------------------------


def _tabulate(kind: str, records: Iterable[tuple[int, list[Any]]]) -> Table:
    headers: dict[str, str] = {}
    positions: dict[int, str] = {}  # column index → key
    warnings: list[str] = []
    rows: list[tuple[int, dict[str, str]]] = []
    header_seen = False
    for number, record in records:
        cells = [cell_text(value) for value in record]
        if not any(cells):
            continue
        for index, text in enumerate(cells):
            if _CONTROL.search(text):
                raise ImportFileError(
                    "control",
                    _("Row %(row)d, column %(column)d contains a control character (such as a NUL byte).")
                    % {"row": number, "column": index + 1},
                )
        if len(cells) > MAX_COLUMNS and any(cells[MAX_COLUMNS:]):
            raise ImportFileError(
                "too_many_columns", _("The file has more than %(limit)d columns.") % {"limit": MAX_COLUMNS}
            )
        if not header_seen:
            header_seen = True
            positions = _read_header(cells, headers, warnings)
            continue
        values = {key: cells[index] for index, key in positions.items() if index < len(cells) and cells[index]}
        if not values:
            continue  # text only in ignored columns
        rows.append((number, values))
        if len(rows) > MAX_ROWS:
            raise ImportFileError(
                "too_many_rows",
                _("The file has more than %(limit)s data rows; split it into smaller files.")
                % {"limit": f"{MAX_ROWS:,}"},
            )
    if not header_seen:
        raise ImportFileError("no_header", _("The file has no rows."))
    missing = [key for key in REQUIRED_COLUMNS if key not in headers]
    if missing:
        raise ImportFileError(
            "missing_columns",
            _(
                "The first row must hold the column headers, and the column “%(columns)s” is missing. "
                "Download the template to see them."
            )
            % {"columns": ", ".join(missing)},
        )
    if not rows:
        raise ImportFileError("no_rows", _("The file has column headers but no data rows."))
    return Table(kind, headers, rows, warnings)


def _read_header(cells: list[str], headers: dict[str, str], warnings: list[str]) -> dict[int, str]:
    positions: dict[int, str] = {}
    for index, text in enumerate(cells):
        if not text:
            continue
        column = column_for_header(text)
        if column is None:
            warnings.append(_("The column “%(header)s” is not known and was ignored.") % {"header": text})
            continue
        if column.key in headers:
            raise ImportFileError(
                "duplicate_columns",
                _("The columns “%(first)s” and “%(second)s” both mean %(key)s; keep one of them.")
                % {"first": headers[column.key], "second": text, "key": column.key},
            )
        headers[column.key] = text
        positions[index] = column.key
    return positions


# --- reading values ----------------------------------------------------------------------------


class _CellError(ValueError):
    pass


def _token(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


@functools.cache
def choice_lookup(choice_class: type[TextChoices]) -> dict[str, str]:
    """Code, English label and Chinese label (from the catalogue) → code. Cached: the catalogue is fixed."""
    lookup: dict[str, str] = {}
    for language in ("en", "zh-hans"):
        with translation.override(language):
            for value, label in choice_class.choices:
                lookup.setdefault(_token(str(label)), value)
    for value in choice_class.values:
        lookup[_token(value)] = value
    return lookup


def _choice(text: str, column: Column) -> str:
    value = choice_lookup(column.choices).get(_token(text))
    if value is None:
        raise _CellError(
            _("“%(value)s” is not one of: %(choices)s.") % {"value": text, "choices": choice_hint(column.choices)}
        )
    return value


def choice_hint(choice_class: type[TextChoices]) -> str:
    return ", ".join(f"{value} ({label})" for value, label in choice_class.choices)


_LIST_SEPARATORS = re.compile(r"[,;，；、|\n]+")


def _choices(text: str, column: Column) -> list[str]:
    values = [_choice(part.strip(), column) for part in _LIST_SEPARATORS.split(text) if part.strip()]
    return list(dict.fromkeys(values))


_YES = {"yes", "y", "true", "t", "1", "on", "是", "对", "有", "√", "✓", "✔"}
_NO = {"no", "n", "false", "f", "0", "off", "否", "不", "不是", "无", "×", "✗", "✘"}


def _yesno(text: str) -> bool:
    token = _token(text)
    if token in _YES:
        return True
    if token in _NO:
        return False
    raise _CellError(_("Enter yes or no."))


_DATE_FORMS = (
    re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})"),
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?"),
    re.compile(r"(\d{4})(\d{2})(\d{2})"),
)
_TIME_TAIL = re.compile(r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")


def parse_date(text: str) -> dt.date:
    """A date in one of the unambiguous spellings; day-first or month-first forms are refused."""
    text = unicodedata.normalize("NFKC", text).strip()
    for pattern in _DATE_FORMS:
        match = pattern.match(text)
        if match and _TIME_TAIL.fullmatch(text[match.end() :]):
            year, month, day = (int(part) for part in match.groups())
            try:
                return dt.date(year, month, day)
            except ValueError:
                raise _CellError(_("“%(value)s” is not a real date.") % {"value": text}) from None
    raise _CellError(_("Enter the date as YYYY-MM-DD, e.g. 2024-03-01 (not “%(value)s”).") % {"value": text})


def _integer(text: str) -> str:
    number = text.replace(",", "").strip()
    if re.fullmatch(r"[+-]?\d+\.0*", number):
        number = number.split(".", 1)[0]
    return number  # the form says what is wrong with anything else


def form_value(text: str, column: Column) -> Any:
    """The value the column's form field takes, or _CellError with a message for the user."""
    if column.kind == "choice":
        return _choice(text, column)
    if column.kind == "choices":
        return _choices(text, column)
    if column.kind == "yesno":
        return _yesno(text)
    if column.kind == "date":
        return parse_date(text).isoformat()
    if column.kind == "integer":
        return _integer(text)
    if column.kind == "country":
        return text.strip().upper()
    return text


# --- rows into vendors --------------------------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    """One problem, where the user will look for it: a row number and a column header."""

    row: int  # 0 when the problem is not in one row
    column: str  # the header as written in the file, the column key, or "" for the whole row
    message: str

    def to_json(self) -> dict:
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass
class _Cell:
    value: Any  # what the form field takes
    text: str  # what the file says
    row: int
    key: str  # the column key


@dataclass
class _Record:
    """What the file says about one vendor, contact or channel, field by field."""

    what: str  # VENDOR, CONTACT or CHANNEL
    first_row: int
    cells: dict[str, _Cell] = field(default_factory=dict)  # form field → cell

    def values(self) -> dict[str, Any]:
        return {name: cell.value for name, cell in self.cells.items()}


@dataclass
class _Group:
    """One vendor: its own record, and its contacts and channels by their identity."""

    name: str  # as the first row spells it
    first_row: int
    vendor: _Record
    row_numbers: list[int] = field(default_factory=list)
    contacts: dict[str, _Record] = field(default_factory=dict)  # lower-cased name → record
    channels: dict[tuple[str, str], _Record] = field(default_factory=dict)  # (kind, address) → record


class _Errors:
    def __init__(self, table: Table) -> None:
        self.table = table
        self.items: list[RowError] = []

    def add(self, row: int, key: str, message: Any) -> None:
        self.items.append(RowError(row, self.table.header(key) if key else "", str(message)))


_WHAT = {
    VENDOR: gettext_lazy("vendor"),
    CONTACT: gettext_lazy("contact"),
    CHANNEL: gettext_lazy("channel"),
}


def _merge(record: _Record, column: Column, cell: _Cell, errors: _Errors) -> None:
    """Keep the first value of a field; a different one on a later row is that cell's error."""
    earlier = record.cells.get(column.field)
    if earlier is None:
        record.cells[column.field] = cell
    elif earlier.value != cell.value:
        errors.add(
            cell.row,
            column.key,
            _(
                "Row %(row)d gives “%(value)s” here for the same %(what)s; "
                "leave this cell empty or repeat that value exactly."
            )
            % {"row": earlier.row, "value": earlier.text, "what": _WHAT[record.what]},
        )


def group_rows(table: Table, errors: _Errors) -> dict[str, _Group]:
    """The table's rows gathered per vendor (by lower-cased name), each cell read into its form value."""
    groups: dict[str, _Group] = {}
    for number, texts in table.rows:
        name = texts.get("name", "").strip()
        if not name:
            errors.add(number, "name", _("Every row needs the vendor's name."))
            continue
        group = groups.get(name.lower())
        if group is None:
            group = groups[name.lower()] = _Group(name, number, _Record(VENDOR, number))
            group.vendor.cells["name"] = _Cell(name, name, number, "name")
        group.row_numbers.append(number)
        cells = _read_cells(number, texts, errors)
        for key, cell in cells.items():
            column = COLUMNS_BY_KEY[key]
            if column.target == VENDOR and key != "name":
                _merge(group.vendor, column, cell, errors)
        if any(COLUMNS_BY_KEY[key].target == CONTACT for key in texts):
            _add_contact(group, number, cells, errors)
        if "channel_kind" in texts or "channel_address" in texts:
            _add_channel(group, number, texts, cells, errors)
    return groups


def _read_cells(number: int, texts: dict[str, str], errors: _Errors) -> dict[str, _Cell]:
    cells = {}
    for key, text in texts.items():
        try:
            cells[key] = _Cell(form_value(text, COLUMNS_BY_KEY[key]), text, number, key)
        except _CellError as exc:
            errors.add(number, key, exc)
    return cells


def _add_contact(group: _Group, number: int, cells: dict[str, _Cell], errors: _Errors) -> None:
    name = cells.get("contact_name")
    if name is None:
        errors.add(number, "contact_name", _("A row with contact details needs the contact's name."))
        return
    record = group.contacts.setdefault(name.text.lower(), _Record(CONTACT, number, {"name": name}))
    for key, cell in cells.items():
        column = COLUMNS_BY_KEY[key]
        if column.target == CONTACT and key != "contact_name":
            _merge(record, column, cell, errors)


def _add_channel(group: _Group, number: int, texts: dict[str, str], cells: dict[str, _Cell], errors: _Errors) -> None:
    for key in ("channel_kind", "channel_address"):
        if key not in texts:
            errors.add(number, key, _("A row that adds a channel needs both its kind and its address."))
    kind, address = cells.get("channel_kind"), cells.get("channel_address")
    if kind is None or address is None:
        return  # missing, or unreadable and already reported
    record = group.channels.setdefault(
        (kind.value, address.value), _Record(CHANNEL, number, {"kind": kind, "address": address})
    )
    for key, cell in cells.items():
        column = COLUMNS_BY_KEY[key]
        if column.target == CHANNEL and key not in ("channel_kind", "channel_address"):
            _merge(record, column, cell, errors)


# --- checking and saving -----------------------------------------------------------------------

ACTIONS = ("create", "update", "unchanged", "invalid")
KINDS = ("vendors", "contacts", "channels")


@dataclass
class Outcome:
    """What an import did, or would do: counts, the vendors one by one, and every error."""

    dry_run: bool
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys([f"{what}_{action}" for what in KINDS for action in ACTIONS], 0)
    )
    vendors: list[dict] = field(default_factory=list)  # the first MAX_PREVIEW_VENDORS
    vendor_total: int = 0
    applied: bool = False

    def to_json(self) -> dict:
        return {
            "dry_run": self.dry_run,
            "applied": self.applied,
            "counts": self.counts,
            "vendor_total": self.vendor_total,
            "vendors": self.vendors,
            "error_total": len(self.errors),
            "errors": [error.to_json() for error in self.errors[:MAX_REPORTED_ERRORS]],
            "warnings": self.warnings,
        }


Progress = Callable[[int, int], None]
Save = Callable[[], None]


def run(table: Table, *, dry_run: bool, progress: Progress | None = None) -> Outcome:
    """Check every row with the pages' forms, then (unless a dry run, or anything is wrong) save
    everything in one transaction.

    Checking only reads, so a long file does not hold the database's write lock while it is
    checked; saving writes what the checks built and nothing else. A change someone makes
    between the two that breaks a constraint (say, a vendor of the same name created meanwhile)
    rolls the whole import back and is reported. ``progress(done, total)`` counts steps: one per
    data row checked, and for an import one more per data row saved.
    """
    errors = _Errors(table)
    outcome = Outcome(dry_run=dry_run, warnings=list(table.warnings))
    groups = group_rows(table, errors)
    outcome.vendor_total = len(groups)
    total = len(table.rows) * (1 if dry_run else 2)
    done = 0
    _tell(progress, done, total)
    existing = _live_vendors(list(groups))
    plan: list[tuple[int, list[Save]]] = []
    for key, group in groups.items():
        saves: list[Save] = []
        entry = _check_group(group, existing.get(key), errors, outcome.counts, saves)
        if len(outcome.vendors) < MAX_PREVIEW_VENDORS:
            outcome.vendors.append(entry)
        plan.append((len(group.row_numbers), saves))
        done += len(group.row_numbers)
        _tell(progress, done, total)
    if not dry_run and not errors.items:
        _save(plan, errors, lambda rows: _tell(progress, len(table.rows) + rows, total))
    _tell(progress, total, total)
    outcome.errors = sorted(errors.items, key=lambda error: error.row)
    rows_with_errors = {error.row for error in outcome.errors}
    for entry, group in zip(outcome.vendors, groups.values(), strict=False):
        entry["error_rows"] = sorted(rows_with_errors.intersection(group.row_numbers))
    outcome.applied = not dry_run and not outcome.errors
    return outcome


def _save(plan: list[tuple[int, list[Save]]], errors: _Errors, saved_rows: Callable[[int], None]) -> None:
    rows = 0
    try:
        with transaction.atomic():
            for group_rows_count, saves in plan:
                for save in saves:
                    save()
                rows += group_rows_count
                saved_rows(rows)
    except IntegrityError:
        logger.warning("vendor import hit an integrity error", exc_info=True)
        message = _("Another change to the same vendors was saved meanwhile; nothing was imported. Try again.")
        errors.add(0, "", message)


def _tell(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _live_vendors(keys: list[str]) -> dict[str, Vendor]:
    """Live vendors whose lower-cased name is one of ``keys``, with what the forms compare against."""
    found: dict[str, Vendor] = {}
    for start in range(0, len(keys), 500):
        queryset = (
            Vendor.objects.alive()
            .annotate(lowered=Lower("name"))
            .filter(lowered__in=keys[start : start + 500])
            .prefetch_related("scenarios", "contacts", "channels")
        )
        for vendor in queryset:
            found.setdefault(vendor.name.lower(), vendor)
    return found


def _bound(form_class, instance, values: dict[str, Any], **kwargs):
    """A form bound to the instance's current values with the file's values on top: a cell the
    file leaves empty keeps what is stored (or the default, for a new record)."""
    current = form_class(instance=instance, **kwargs)
    data = {bound.name: bound.value() for bound in current}
    data.update(values)
    return form_class(data, instance=instance, **kwargs)


def _report_form_errors(form, record: _Record, errors: _Errors) -> None:
    for name, field_errors in form.errors.as_data().items():
        cell = record.cells.get(name)
        row = cell.row if cell else record.first_row
        key = cell.key if cell else _column_key(record.what, name)
        for error in field_errors:
            for message in error.messages:
                errors.add(row, key, message)


def _column_key(what: str, field_name: str) -> str:
    if field_name == NON_FIELD_ERRORS:
        return ""
    return next((c.key for c in COLUMNS if c.target == what and c.field == field_name), field_name)


def _check_group(
    group: _Group, vendor: Vendor | None, errors: _Errors, counts: dict[str, int], saves: list[Save]
) -> dict:
    """Check one vendor with its contacts and channels; what needs saving goes on ``saves``, in order."""
    values = group.vendor.values()
    values["name"] = vendor.name if vendor else group.name  # an existing vendor keeps its name as stored
    form = _bound(VendorForm, vendor or Vendor(), values)
    changes: list[str] = []
    if not form.is_valid():
        _report_form_errors(form, group.vendor, errors)
        action = "invalid"
    elif vendor is None:
        action = "create"
    elif form.has_changed():
        changes = [str(form.fields[name].label) for name in form.changed_data]
        action = "update"
    else:
        action = "unchanged"
    if action in ("create", "update"):
        saves.append(_vendor_saver(form))
    counts[f"vendors_{action}"] += 1
    # The form built the instance; a new vendor's contacts and channels are saved after it.
    target = form.instance
    return {
        "name": values["name"],
        "row": group.first_row,
        "pk": vendor.pk if vendor else None,
        "action": action,
        "changes": changes,
        "contacts": _check_contacts(group, vendor, target, errors, counts, saves),
        "channels": _check_channels(group, vendor, target, errors, counts, saves),
    }


def _vendor_saver(form: VendorForm) -> Save:
    """Save the vendor the form built (and its scenarios), without keeping the whole form alive."""
    instance = form.instance
    scenarios = list(form.cleaned_data["scenarios"]) if "scenarios" in form.changed_data else None

    def save() -> None:
        instance.save()
        if scenarios is not None:
            instance.scenarios.set(scenarios)

    return save


def _check_contacts(group, vendor, target, errors, counts, saves) -> list[dict]:
    stored: dict[str, list[Contact]] = {}
    for contact in vendor.contacts.all() if vendor else ():
        stored.setdefault(contact.name.strip().lower(), []).append(contact)
    entries = []
    for key, record in group.contacts.items():
        matches = stored.get(key, [])
        if len(matches) > 1:
            errors.add(
                record.first_row,
                "contact_name",
                _("This vendor has %(count)d contacts with this name; change them on the vendor page.")
                % {"count": len(matches)},
            )
            action = "invalid"
        else:
            instance = matches[0] if matches else Contact()
            values = {**record.values(), "name": instance.name or record.cells["name"].value}  # kept as stored
            action = _check_child(ContactForm, instance, values, record, target, errors, saves)
        counts[f"contacts_{action}"] += 1
        entries.append({"label": record.cells["name"].text, "action": action})
    return entries


def _check_channels(group, vendor, target, errors, counts, saves) -> list[dict]:
    stored = {(channel.kind, channel.address): channel for channel in (vendor.channels.all() if vendor else ())}
    entries = []
    for (kind, address), record in group.channels.items():
        instance = stored.get((kind, address), SupportChannel())
        action = _check_child(SupportChannelForm, instance, record.values(), record, target, errors, saves)
        counts[f"channels_{action}"] += 1
        entries.append({"label": f"{choices.ChannelKind(kind).label}: {address}", "action": action})
    return entries


def _check_child(form_class, instance, values, record: _Record, vendor: Vendor, errors: _Errors, saves) -> str:
    """Check one contact or channel; returns what importing would do with it."""
    form = _bound(form_class, instance, values, vendor=vendor)
    if vendor.pk is None:
        # A new vendor has no contacts or channels to clash with (the file's own repeats are
        # merged by identity), and the database cannot look up a vendor it does not have yet.
        form.also_validate = frozenset()
    if not form.is_valid():
        _report_form_errors(form, record, errors)
        return "invalid"
    if instance.pk is None:
        action = "create"
    elif form.has_changed():
        action = "update"
    else:
        return "unchanged"
    saves.append(form.instance.save)  # after its vendor's save: the vendor has its id by then
    return action


# --- jobs: the pages' two steps, run by a worker ----------------------------------------------------


def start_job(owner, file_name: str, table: Table, language: str) -> ImportJob:
    """Keep the table for its owner and ask a worker to check it (a dry run)."""
    ImportJob.objects.stale().delete()
    job = ImportJob.objects.create(
        owner=owner,
        file_name=file_name[-255:],
        language=language or "",
        table=table.to_json(),
        row_count=len(table.rows),
        status=ImportStatus.CHECKING,
    )
    if not _enqueue(job):
        job.finish(ImportStatus.FAILED, message=_("The task queue cannot be reached, so the file was not checked."))
    return job


def confirm_job(job: ImportJob) -> str | None:
    """Start the import of a checked job; None when it started (or had already), else why not."""
    if job.status != ImportStatus.CHECKED:
        return None if job.status in (ImportStatus.IMPORTING, ImportStatus.DONE) else _("This file cannot be imported.")
    if job.has_errors:
        return _("Correct the errors in the file and upload it again; nothing was imported.")
    if job.is_expired:
        return _("This preview has expired; upload the file again.")
    # Compare-and-swap: a second click (or a second tab) finds the job already taken.
    if not ImportJob.objects.filter(pk=job.pk, status=ImportStatus.CHECKED).update(
        status=ImportStatus.IMPORTING, updated_at=timezone.now()
    ):
        return None
    if not _enqueue(job):
        ImportJob.objects.filter(pk=job.pk, status=ImportStatus.IMPORTING).update(status=ImportStatus.CHECKED)
        return _("The task queue cannot be reached; nothing was imported. Try again in a moment.")
    return None


def _enqueue(job: ImportJob) -> bool:
    from vendors.tasks import run_import
    from vendorscore.tasks import wake

    return wake(run_import, str(job.pk))


def run_job(job_id: str) -> str:
    """Check (dry run) or import a job's table, whichever step it is waiting for; returns its new status."""
    job = ImportJob.objects.filter(pk=job_id).first()
    if job is None or not job.is_running:
        return "skipped"
    dry_run = job.status == ImportStatus.CHECKING
    with translation.override(job.language or None):
        try:
            outcome = run(Table.from_json(job.table), dry_run=dry_run, progress=_Throttled(job))
        except Exception:  # the page must learn that the job ended, whatever ended it
            logger.exception("vendor import %s failed", job_id)
            job.finish(ImportStatus.FAILED, message=_("The import stopped unexpectedly; nothing was imported."))
            return job.status
    if dry_run:
        job.finish(ImportStatus.CHECKED, outcome.to_json(), keep_table=not outcome.errors)
    else:
        job.finish(ImportStatus.DONE if outcome.applied else ImportStatus.FAILED, outcome.to_json())
    return job.status


class _Throttled:
    """Progress for the page, written about a hundred times per job rather than once per row."""

    def __init__(self, job: ImportJob) -> None:
        self.job = job
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        if self.last < 0 or done >= total or done - self.last >= max(1, total // 100):
            self.job.set_progress(done, total)
            self.last = done


# --- the template files -------------------------------------------------------------------------------


def _chinese() -> bool:
    return (translation.get_language() or "").startswith("zh")


def _example(column: Column) -> str:
    """The column's example value; choices by their labels in the current language."""
    if column.choices is None or not column.example:
        return column.example
    labels = [str(column.choices(value.strip()).label) for value in column.example.split(",")]
    return ("、" if _chinese() else ", ").join(labels)


def template_rows() -> list[list[str]]:
    """The header row (English keys, or Chinese headers when the page is in Chinese) and one example row."""
    headers = [column.zh[0] if _chinese() else column.key for column in COLUMNS]
    return [headers, [_example(column) for column in COLUMNS]]


def template_csv() -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(template_rows())
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")  # the BOM tells Excel it is UTF-8


def template_xlsx() -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Vendors")[:31]
    for row in template_rows():
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    # Only the first sheet is imported: the second explains the columns.
    help_sheet = workbook.create_sheet(_("Columns")[:31])
    help_sheet.append([_("Column"), _("Chinese header"), _("What"), _("Values")])
    for item in column_help():
        help_sheet.append([item["key"], item["zh"], item["description"], item["values"]])
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


_MODELS = {VENDOR: Vendor, CONTACT: Contact, CHANNEL: SupportChannel}


def column_help() -> list[dict[str, str]]:
    """Each column with its Chinese headers, what it is and the values it takes, for people."""
    items = []
    for column in COLUMNS:
        description = column.description or _MODELS[column.target]._meta.get_field(column.field).verbose_name
        if column.choices is not None:
            values = choice_hint(column.choices)
        elif column.kind == "yesno":
            values = _("yes or no")
        elif column.kind == "date":
            values = "YYYY-MM-DD"
        else:
            values = ""
        items.append(
            {
                "key": column.key,
                "zh": " / ".join(column.zh),
                "description": str(description)[:1].upper() + str(description)[1:],
                "values": values,
                "required": column.key in REQUIRED_COLUMNS,
            }
        )
    return items
