"""Uploaded contracts: check the file before it is stored, and pull out its text.

A contract may be a PDF, a Word document (DOCX) or plain text. The kind is
decided by the bytes; the file name only has to agree with them:

* PDF: ``%PDF-x.y`` at the start, or within the first 1,024 bytes, which is
  as much leading junk as the PDF specification lets readers tolerate.
* DOCX: a ZIP archive holding ``[Content_Types].xml`` and ``word/document.xml``.
* Text: no control bytes other than tab, newline, carriage return and form
  feed, and it decodes as UTF-8 (BOM optional), as UTF-16 with a BOM, or as
  GB18030 (what Chinese editions of Windows Notepad save as "ANSI").

A PDF called ``.docx``, a PNG called ``.txt`` or text called ``.pdf`` is
refused, and the message says what the content looks like, so the user knows
what went wrong. Every refusal is a ``DocumentError`` whose ``code`` says why
(``empty``, ``too_large``, ``extension``, ``mismatch``, ``encrypted``,
``corrupt``, ``bomb``, ``encoding``, ``unreadable``) and whose text is a
translated sentence for the user. Any other exception from the parsers counts
as a damaged file; hostile input never escapes as anything but
``DocumentError``.

Limits, and what each one protects against:

* Size: ``settings.CONTRACT_MAX_MB`` (10 MB by default). ``read_upload``
  checks the size Django reports before reading, and never reads more than
  one byte past the limit even if that size was wrong.
* PDF: pypdf caps each decompressed stream at 75 MB and each array and
  dictionary at 100,000 items (``pypdf.Configuration``). A page whose content
  stream hits a cap simply gives no text; a cap hit anywhere else makes the
  file count as damaged (``corrupt``), as pypdf's limits also catch mangled
  structures that were never meant as bombs. Only the first
  ``MAX_PDF_PAGES`` pages are read; a longer PDF is accepted with
  ``truncated=True``, because the support clauses come early and the rest
  would only cost time. A PDF that needs a password is refused; one that is
  "encrypted" only to restrict printing or copying opens with the empty user
  password and is read. Without the ``cryptography`` package pypdf cannot
  decrypt AES, so such a PDF is refused as ``unreadable`` even when it needs
  no password; so is one using a security handler other than the standard one.
* DOCX: the ZIP directory is checked before anything is decompressed: at most
  ``MAX_DOCX_ENTRIES`` entries, at most ``MAX_DOCX_UNCOMPRESSED`` bytes in
  total, and no entry over 1 MB that is compressed more than 100:1 (text and
  XML compress about 10:1; bombs compress 1,000:1). ``zipfile`` never inflates
  an entry beyond the size the directory declares, so a lying directory
  yields a CRC error, not a flood. python-docx parses its XML with
  ``resolve_entities=False`` (both ``docx.oxml.parser`` and
  ``docx.opc.oxml``): external entities are not fetched and internal ones are
  not expanded, and libxml2 itself rejects "billion laughs" documents on its
  amplification limit.
* Text: at most ``MAX_TEXT_CHARS`` characters are returned, with
  ``truncated=True`` when more were there.

The text is made uniform for the clause detector: ``\\r\\n`` and ``\\r``
become ``\\n``, NUL characters are dropped, outer whitespace is stripped, and
Kangxi radicals are mapped to the ordinary ideographs. That last step matters
for PDFs: Chromium (Skia) writes the Noto CJK fonts with a reverse character
map that turns 支, 方, 一 and others into the look-alike radicals ⽀, ⽅, ⼀, so
"技术支持" in the PDF would otherwise extract as "技术⽀持" and no clause
pattern would match it.

DOCX text is the body in document order: each paragraph on its own line, each
table row on one line with its cells joined by `` | ``. Headers, footers,
footnotes and text boxes are left out. A PDF without a text layer (a scan)
gives ``text == ""``; that is not an error, and the caller decides what to
tell the user.

Parsing a 10 MB PDF can take seconds; callers on a request thread may prefer
to hand big files to a worker. Pure apart from reading the size limit from
settings: no models, no storage.
"""

from __future__ import annotations

import io
import logging
import math
import re
import threading
import unicodedata
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

import docx
from django.conf import settings
from django.utils.translation import gettext as _
from docx.table import Table
from pypdf import PasswordType, PdfReader
from pypdf.errors import DependencyError

if TYPE_CHECKING:
    from django.core.files.uploadedfile import UploadedFile

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TXT = "text/plain"
CONTENT_TYPES = {".pdf": PDF, ".docx": DOCX, ".txt": TXT}
ACCEPTED_EXTENSIONS = (".pdf", ".docx", ".txt")

ERROR_CODES = ("empty", "too_large", "extension", "mismatch", "encrypted", "corrupt", "bomb", "encoding", "unreadable")

MAX_TEXT_CHARS = 400_000
MAX_PDF_PAGES = 500
PDF_HEADER_WINDOW = 1024
MAX_DOCX_ENTRIES = 2_000
MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024
MAX_DOCX_RATIO = 100
DOCX_RATIO_FLOOR = 1024 * 1024  # entries smaller than this may compress as well as they like

_MB = 1024 * 1024
_DOCX_REQUIRED = ("[Content_Types].xml", "word/document.xml")
_PDF_HEADER = re.compile(rb"%PDF-\d\.\d")
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")  # a local file header, or the directory of an empty archive
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Control bytes that plain text does not contain; tab, newline, form feed and carriage return are fine.
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")

# Formats people upload by mistake, named in the "mismatch" message. Only checked at offset 0.
_OTHER_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"),  # OLE2 compound file: Word 97-2003 .doc (or .xls)
    (b"{\\rtf", "rtf"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
)

# Kangxi radicals and CJK radical supplements that have a compatibility mapping to an ordinary ideograph.
_RADICALS = {
    code: unicodedata.normalize("NFKC", chr(code))
    for code in range(0x2E80, 0x2FE0)
    if unicodedata.normalize("NFKC", chr(code)) != chr(code)
}


class DocumentError(ValueError):
    """A refused file; str(exc) is a clear, translated message for the user."""

    code: str

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code

    def __reduce__(self) -> tuple[type[DocumentError], tuple[str, str]]:
        # Keeps the code when the error is pickled, e.g. on its way back from a worker process.
        return type(self), (self.code, str(self))


@dataclass(frozen=True)
class Document:
    """An accepted file: its real type, the extension that goes with it, and its text."""

    content_type: str  # one of CONTENT_TYPES' values
    extension: str  # ".pdf", ".docx" or ".txt", lower case
    text: str  # "\n" newlines, no NULs; "" for a PDF without a text layer
    pages: int | None  # a PDF's page count (all pages, read or not); None for DOCX and text
    truncated: bool  # the text stops at MAX_TEXT_CHARS, or the PDF has more than MAX_PDF_PAGES pages


def max_bytes() -> int:
    """The upload limit in bytes, from settings.CONTRACT_MAX_MB."""
    return int(getattr(settings, "CONTRACT_MAX_MB", 10)) * _MB


def read_upload(uploaded: UploadedFile) -> Document:
    """read_document for a Django upload, refusing an oversized one by its .size before reading it.

    The file is left rewound to its start, so the caller can store it afterwards.
    """
    limit = max_bytes()
    try:
        if uploaded.size is not None and uploaded.size > limit:
            raise _too_large(uploaded.size, limit)
        uploaded.seek(0)
        # One byte past the limit is enough to know the reported size was wrong.
        data = uploaded.read(limit + 1)
        return read_document(uploaded.name or "", data)
    finally:
        uploaded.seek(0)


def read_document(name: str, data: bytes) -> Document:
    """The checked document, or DocumentError saying why the file is refused."""
    if not data:
        raise DocumentError("empty", _("The file is empty."))
    limit = max_bytes()
    if len(data) > limit:
        raise _too_large(len(data), limit)
    extension = extension_of(name)
    if extension not in ACCEPTED_EXTENSIONS:
        raise DocumentError("extension", _("Only PDF, DOCX and plain-text files are accepted."))

    kind = sniff(data)
    if kind == "zip" and extension == ".docx":
        text, truncated = _read_docx(data)  # it tells a Word document from another archive itself
        return Document(CONTENT_TYPES[".docx"], ".docx", text, None, truncated)
    if kind == "zip":
        kind = _zip_kind(data)
    if kind != extension:
        raise _mismatch(extension, kind)
    if kind == ".pdf":
        text, pages, truncated = _read_pdf(data)
        return Document(CONTENT_TYPES[".pdf"], ".pdf", text, pages, truncated)
    text, truncated = _finish(_decode_text(data))
    return Document(CONTENT_TYPES[".txt"], ".txt", text, None, truncated)


def extension_of(name: str) -> str:
    """The lower-cased extension of the last path component, with its dot; "" when there is none."""
    base = name.strip().replace("\\", "/").rsplit("/", 1)[-1]
    if "." not in base:
        return ""
    return "." + base.rsplit(".", 1)[1].lower()


def sniff(data: bytes) -> str | None:
    """What the bytes are: ".pdf", ".txt", "zip" (DOCX or not, undecided), another known format, or None."""
    if data.startswith(b"%PDF-"):
        return ".pdf"
    if data.startswith(_ZIP_MAGIC):
        return "zip"
    for signature, kind in _OTHER_SIGNATURES:
        if data.startswith(signature):
            return kind
    if _PDF_HEADER.search(data, 0, PDF_HEADER_WINDOW + 8):
        return ".pdf"
    if data.startswith(_UTF16_BOMS) or not _CONTROL_BYTES.search(data):
        return ".txt"
    return None


def _zip_kind(data: bytes) -> str:
    """The kind of a ZIP archive: ".docx" when it has the parts of a Word document, else "zip"."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except Exception:  # any damage: it is still a ZIP archive as far as the user is concerned
        return "zip"
    return ".docx" if names.issuperset(_DOCX_REQUIRED) else "zip"


def _describe(kind: str) -> str:
    return {
        ".pdf": _("a PDF document"),
        ".docx": _("a Word (DOCX) document"),
        ".txt": _("plain text"),
        "zip": _("a ZIP archive, not a Word document"),
        "doc": _("an old-format Word (.doc) document; save it as DOCX or PDF"),
        "rtf": _("an RTF document; save it as DOCX or PDF"),
        "png": _("a PNG image"),
        "jpeg": _("a JPEG image"),
        "gif": _("a GIF image"),
    }[kind]


def _mismatch(extension: str, kind: str | None) -> DocumentError:
    if kind is None:
        expected = {".pdf": _("a PDF"), ".docx": _("a DOCX"), ".txt": _("a plain-text")}[extension]
        message = _("The file name ends in %(extension)s, but its content is not %(expected)s file.") % {
            "extension": extension,
            "expected": expected,
        }
    else:
        message = _("The file name ends in %(extension)s, but its content is %(kind)s.") % {
            "extension": extension,
            "kind": _describe(kind),
        }
    return DocumentError("mismatch", message)


def _too_large(size: int, limit: int) -> DocumentError:
    # Rounded up, so a file just over the limit never reads as "1.0 MB; the limit is 1 MB".
    shown = math.ceil(size * 10 / _MB) / 10
    return DocumentError(
        "too_large",
        _("The file is %(size).1f MB; the limit is %(limit)d MB.") % {"size": shown, "limit": limit // _MB},
    )


def _corrupt(kind: str) -> DocumentError:
    if kind == ".pdf":
        return DocumentError("corrupt", _("The PDF file is damaged or incomplete and cannot be read."))
    return DocumentError("corrupt", _("The DOCX file is damaged or incomplete and cannot be read."))


def _finish(text: str) -> tuple[str, bool]:
    """Uniform newlines, no NULs, ordinary ideographs for radicals, cut at MAX_TEXT_CHARS."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").translate(_RADICALS).strip()
    if len(text) > MAX_TEXT_CHARS:
        return text[:MAX_TEXT_CHARS], True
    return text, False


# --- plain text ---------------------------------------------------------------------------------


def _decode_text(data: bytes) -> str:
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise _bad_encoding() from None
        if _CONTROL_CHARS.search(text):
            raise _mismatch(".txt", None)
        return text
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise _bad_encoding()


def _bad_encoding() -> DocumentError:
    return DocumentError(
        "encoding",
        _("The text file is not in UTF-8, UTF-16 or GB18030 encoding; save it as UTF-8 and upload it again."),
    )


# --- PDF ----------------------------------------------------------------------------------------


class _QuietPypdf:
    """Raise the "pypdf" logger to CRITICAL while any thread reads a PDF, then restore its level.

    Hostile files make pypdf log a warning per problem it works around; the user gets one
    DocumentError instead. A counter keeps overlapping reads in several threads from restoring
    the level early or restoring the wrong one.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._depth = 0
        self._saved = logging.NOTSET
        self._logger = logging.getLogger("pypdf")

    @contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            if self._depth == 0:
                self._saved = self._logger.level
                self._logger.setLevel(logging.CRITICAL)
            self._depth += 1
        try:
            yield
        finally:
            with self._lock:
                self._depth -= 1
                if self._depth == 0:
                    self._logger.setLevel(self._saved)


_quiet_pypdf = _QuietPypdf()


def _read_pdf(data: bytes) -> tuple[str, int, bool]:
    """(text, page count, truncated)."""
    with _quiet_pypdf():
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            _unlock(reader)
            page_count = len(reader.pages)
            parts: list[str] = []
            length = 0
            for index in range(min(page_count, MAX_PDF_PAGES)):
                part = reader.pages[index].extract_text() or ""
                parts.append(part)
                length += len(part) + 1
                if length > MAX_TEXT_CHARS:
                    break
        except DocumentError:
            raise
        except DependencyError:  # AES-encrypted strings and streams, met while reading pages
            raise _unreadable() from None
        except Exception:  # pypdf lets many kinds through on bad input: KeyError, struct.error, RecursionError…
            raise _corrupt(".pdf") from None
    text, truncated = _finish("\n".join(parts))
    return text, page_count, truncated or page_count > MAX_PDF_PAGES


def _unlock(reader: PdfReader) -> None:
    """Open an encrypted PDF with the empty user password, or refuse it."""
    if not reader.is_encrypted:
        return
    try:
        opened = reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except (DependencyError, NotImplementedError):  # AES-256 without `cryptography`; non-standard security handlers
        raise _unreadable() from None
    if not opened:
        raise DocumentError("encrypted", _("The PDF is password-protected; upload an unprotected copy."))


def _unreadable() -> DocumentError:
    return DocumentError(
        "unreadable", _("The PDF is encrypted in a way this site cannot open; upload an unprotected copy.")
    )


# --- DOCX ---------------------------------------------------------------------------------------


def _check_docx_package(data: bytes) -> None:
    """Look at the ZIP directory only; refuse bombs and archives that are not Word documents."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except Exception:  # BadZipFile mostly, but a hostile directory can raise others
        raise _corrupt(".docx") from None
    too_big = len(entries) > MAX_DOCX_ENTRIES or sum(entry.file_size for entry in entries) > MAX_DOCX_UNCOMPRESSED
    if too_big or any(_suspicious_ratio(entry) for entry in entries):
        raise DocumentError("bomb", _("The DOCX file unpacks to an unreasonable amount of data, so it was not opened."))
    if not {entry.filename for entry in entries}.issuperset(_DOCX_REQUIRED):
        raise _mismatch(".docx", "zip")


def _suspicious_ratio(entry: zipfile.ZipInfo) -> bool:
    return entry.file_size > DOCX_RATIO_FLOOR and entry.file_size > MAX_DOCX_RATIO * entry.compress_size


def _read_docx(data: bytes) -> tuple[str, bool]:
    _check_docx_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        length = 0
        for block in document.iter_inner_content():
            line = _table_text(block) if isinstance(block, Table) else block.text
            lines.append(line)
            length += len(line) + 1
            if length > MAX_TEXT_CHARS:
                break
    except Exception:  # python-docx and lxml on a damaged package: KeyError, XMLSyntaxError, ValueError…
        raise _corrupt(".docx") from None
    return _finish("\n".join(lines))


def _table_text(table: Table) -> str:
    """One line per row, cells joined by " | "; a merged cell is written once."""
    rows = []
    for row in table.rows:
        cells = []
        previous = None
        for cell in row.cells:
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            cells.append(cell.text.replace("\n", " "))
        rows.append(" | ".join(cells))
    return "\n".join(rows)
