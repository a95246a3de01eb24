"""contracts.documents: which uploads are accepted, which are refused and why, and the text we get out.

Two fixtures are files (see fixtures/make_fixtures.py); everything else is built here.
"""

from __future__ import annotations

import io
import logging
import pickle
import zipfile
import zlib
from pathlib import Path

import docx
import pypdf._encryption
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter
from pypdf.generic import EncodedStreamObject, NameObject

from contracts import documents
from contracts.documents import (
    ACCEPTED_EXTENSIONS,
    MAX_TEXT_CHARS,
    Document,
    DocumentError,
    max_bytes,
    read_document,
    read_upload,
)

FIXTURES = Path(__file__).parent / "fixtures"
CONTRACT_PDF = (FIXTURES / "contract_zh.pdf").read_bytes()
ENCRYPTED_PDF = (FIXTURES / "encrypted.pdf").read_bytes()
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MB = 1024 * 1024
CODES = {"empty", "too_large", "extension", "mismatch", "encrypted", "corrupt", "bomb", "encoding", "unreadable"}


def refused(name: str, data: bytes, code: str) -> str:
    """Read the file, insist it is refused with `code`, and return the message after checking it is a sentence."""
    with pytest.raises(DocumentError) as caught:
        read_document(name, data)
    assert caught.value.code == code, str(caught.value)
    message = str(caught.value)
    assert len(message.split()) >= 4
    assert message[0].isupper()
    assert message.endswith(".")
    return message


def pdf_bytes(writer: PdfWriter) -> bytes:
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def contract_docx() -> bytes:
    document = docx.Document()
    document.add_heading("直播系统源码售后服务协议", level=1)
    document.add_paragraph("第一条 紧急故障：乙方应在30分钟内响应，4小时内修复。")
    table = document.add_table(rows=3, cols=3)
    for row, values in zip(
        table.rows, [("级别", "响应", "修复"), ("紧急", "30分钟", "4小时"), ("备注", "", "")], strict=True
    ):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    merged = table.rows[2].cells[0].merge(table.rows[2].cells[2])
    merged.text = "节假日同样适用"
    document.add_paragraph("Severity 2: the vendor answers within one business day.")
    return docx_bytes(document)


def replace_part(package: bytes, part: str, content: bytes) -> bytes:
    """A copy of a ZIP package with one entry's content replaced."""
    source = zipfile.ZipFile(io.BytesIO(package))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            target.writestr(entry, content if entry.filename == part else source.read(entry))
    return buffer.getvalue()


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def zeros_docx(megabytes: int) -> bytes:
    """A DOCX-shaped ZIP whose document.xml inflates to `megabytes` MB of zeros, written in chunks."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        chunk = bytes(MB)
        with archive.open("word/document.xml", "w") as part:
            for _ in range(megabytes):
                part.write(chunk)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def docx_bomb() -> bytes:
    return zeros_docx(200)


# --- PDF ----------------------------------------------------------------------------------------


def test_chromium_pdf_gives_chinese_and_english_text():
    document = read_document("合同.pdf", CONTRACT_PDF)
    assert document.content_type == "application/pdf"
    assert document.extension == ".pdf"
    assert document.pages == 1
    assert document.truncated is False
    assert "乙方应在30分钟内响应，4小时内修复。" in document.text
    assert "Severity 1: response within 1 hour, service restored within 4 hours." in document.text
    # Chromium's font maps give Kangxi radicals (⽀, ⼀, ⽅) for these characters; they come back as ideographs.
    assert "技术支持协议" in document.text
    assert "第一条" in document.text
    assert not any("\u2e80" <= char <= "\u2fdf" for char in document.text)
    assert "\r" not in document.text


def test_raw_pypdf_output_really_has_radicals():
    """Guards the test above: if Chromium stops writing radicals, the normalisation is no longer exercised."""
    raw = PdfReader(io.BytesIO(CONTRACT_PDF)).pages[0].extract_text()
    assert "⽀" in raw
    assert "支" not in raw


def test_extension_is_case_insensitive_and_path_is_ignored():
    assert read_document(r"C:\合同\CONTRACT.PDF", CONTRACT_PDF).extension == ".pdf"


def test_pdf_header_may_follow_some_junk():
    document = read_document("contract.pdf", b"\n" * 200 + CONTRACT_PDF)
    assert "30分钟内响应" in document.text


def test_pdf_header_beyond_first_kilobyte_is_not_a_pdf():
    refused("contract.pdf", b" " * 2000 + CONTRACT_PDF, "mismatch")


def test_first_half_of_a_pdf_is_corrupt():
    message = refused("contract.pdf", CONTRACT_PDF[: len(CONTRACT_PDF) // 2], "corrupt")
    assert "PDF" in message


def test_pdf_header_then_garbage_is_corrupt():
    refused("contract.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 40, "corrupt")


def test_password_protected_pdf_is_refused():
    assert PdfReader(io.BytesIO(ENCRYPTED_PDF)).is_encrypted
    message = refused("contract.pdf", ENCRYPTED_PDF, "encrypted")
    assert "password" in message


def test_permissions_only_encryption_opens_with_the_empty_password():
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(CONTRACT_PDF)))
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    data = pdf_bytes(writer)
    assert PdfReader(io.BytesIO(data)).is_encrypted
    document = read_document("contract.pdf", data)
    assert "30分钟内响应" in document.text


def test_aes_pdf_without_cryptography_is_unreadable(monkeypatch):
    """pypdf needs `cryptography` for AES, which is not installed; such PDFs get a clear refusal.

    To write an AES-128 file without it, the AES step is replaced by a stand-in while writing.
    The reader then meets pypdf's real AES fallback, which raises DependencyError.
    """
    try:
        import cryptography  # noqa: F401

        pytest.skip("cryptography is installed, so pypdf can read AES")
    except ImportError:
        pass

    class StandInAES:
        def __init__(self, key: bytes) -> None:
            pass

        def encrypt(self, data: bytes) -> bytes:
            return bytes(16) + data + bytes(16 - len(data) % 16)

    with monkeypatch.context() as patched:
        patched.setattr(pypdf._encryption, "CryptAES", StandInAES)
        writer = PdfWriter(clone_from=PdfReader(io.BytesIO(CONTRACT_PDF)))
        writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
        data = pdf_bytes(writer)
    refused("contract.pdf", data, "unreadable")


def test_pdf_without_text_layer_is_accepted_with_empty_text():
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_blank_page(595, 842)
    document = read_document("scan.pdf", pdf_bytes(writer))
    assert document.text == ""
    assert document.pages == 2
    assert document.truncated is False


def test_only_the_first_pages_are_read(monkeypatch):
    monkeypatch.setattr(documents, "MAX_PDF_PAGES", 2)
    writer = PdfWriter()
    for _ in range(3):
        writer.append(PdfReader(io.BytesIO(CONTRACT_PDF)))
    document = read_document("long.pdf", pdf_bytes(writer))
    assert document.pages == 3
    assert document.truncated is True
    assert document.text.count("30分钟内响应") == 2


def test_pdf_stream_bomb_is_harmless():
    """A content stream that inflates to 80 MB: pypdf stops at its 75 MB cap and the page has no text."""
    writer = PdfWriter()
    page = writer.add_blank_page(100, 100)
    compressor = zlib.compressobj(9)
    line = b"0 0 m\n" * (MB // 6)
    deflated = b"".join(compressor.compress(line) for _ in range(80)) + compressor.flush()
    stream = EncodedStreamObject()
    stream._data = deflated  # already deflated; set_data() would inflate and deflate 80 MB again
    stream[NameObject("/Filter")] = NameObject("/FlateDecode")
    page[NameObject("/Contents")] = writer._add_object(stream)
    data = pdf_bytes(writer)
    assert len(data) < 1 * MB
    document = read_document("bomb.pdf", data)
    assert document.text == ""
    assert document.pages == 1


def test_pypdf_logging_is_quiet_and_restored(caplog):
    logger = logging.getLogger("pypdf")
    before = logger.level
    with caplog.at_level(logging.WARNING):
        refused("contract.pdf", CONTRACT_PDF[:-200], "corrupt")
        read_document("contract.pdf", b"\n" * 200 + CONTRACT_PDF)  # pypdf warns about the header and the xref
    assert [r for r in caplog.records if r.name.startswith("pypdf")] == []
    assert logger.level == before


# --- DOCX ---------------------------------------------------------------------------------------


def test_docx_paragraphs_and_table_in_document_order():
    document = read_document("合同.docx", contract_docx())
    assert document.content_type == DOCX_TYPE
    assert document.extension == ".docx"
    assert document.pages is None
    assert document.truncated is False
    assert document.text.split("\n") == [
        "直播系统源码售后服务协议",
        "第一条 紧急故障：乙方应在30分钟内响应，4小时内修复。",
        "级别 | 响应 | 修复",
        "紧急 | 30分钟 | 4小时",
        "节假日同样适用",
        "Severity 2: the vendor answers within one business day.",
    ]


def test_docx_bomb_by_total_size_is_refused_before_parsing(docx_bomb, monkeypatch):
    assert len(docx_bomb) < 2 * MB
    monkeypatch.setattr(docx, "Document", lambda *args: pytest.fail("python-docx must not see a bomb"))
    message = refused("bomb.docx", docx_bomb, "bomb")
    assert "DOCX" in message


def test_docx_bomb_by_compression_ratio_is_refused():
    refused("bomb.docx", zeros_docx(5), "bomb")


def test_docx_with_too_many_entries_is_refused():
    entries = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}
    entries.update({f"word/media/image{i}.png": b"x" for i in range(documents.MAX_DOCX_ENTRIES)})
    refused("many.docx", zip_bytes(entries), "bomb")


def test_docx_with_many_small_entries_under_the_limit_is_not_a_bomb():
    package = contract_docx()
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        existing = len(archive.infolist())
    buffer = io.BytesIO(package)
    with zipfile.ZipFile(buffer, "a") as archive:
        for i in range(documents.MAX_DOCX_ENTRIES - existing):
            archive.writestr(f"customXml/extra{i}.xml", b"<x/>")
    assert "30分钟内响应" in read_document("contract.docx", buffer.getvalue()).text


def test_billion_laughs_document_xml_is_refused_quickly():
    package = contract_docx()
    xml = zipfile.ZipFile(io.BytesIO(package)).read("word/document.xml").decode()
    entities = '<!ENTITY lol0 "lol">' + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    xml = xml.replace("?>", f"?><!DOCTYPE w:document [{entities}]>", 1).replace("级别", "&lol9;", 1)
    refused("laughs.docx", replace_part(package, "word/document.xml", xml.encode()), "corrupt")


def test_internal_entities_are_not_expanded():
    package = contract_docx()
    xml = zipfile.ZipFile(io.BytesIO(package)).read("word/document.xml").decode()
    entities = '<!ENTITY lol0 "lol">' + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 3))
    xml = xml.replace("?>", f"?><!DOCTYPE w:document [{entities}]>", 1).replace("级别", "&lol2;", 1)
    document = read_document("laughs.docx", replace_part(package, "word/document.xml", xml.encode()))
    assert "lol" not in document.text
    assert "30分钟内响应" in document.text


def test_external_entities_are_not_fetched(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-MARKER")
    package = contract_docx()
    xml = zipfile.ZipFile(io.BytesIO(package)).read("word/document.xml").decode()
    doctype = f'<!DOCTYPE w:document [<!ENTITY leak SYSTEM "{secret.as_uri()}">]>'
    xml = xml.replace("?>", f"?>{doctype}", 1).replace("级别", "&leak;", 1)
    document = read_document("leak.docx", replace_part(package, "word/document.xml", xml.encode()))
    assert "TOP-SECRET-MARKER" not in document.text
    assert " | 响应 | 修复" in document.text  # the entity's cell is simply empty


def test_zip_that_is_not_a_word_document():
    message = refused(
        "contract.docx", zip_bytes({"readme.txt": b"hello", "[Content_Types].xml": b"<Types/>"}), "mismatch"
    )
    assert "ZIP archive" in message


def test_damaged_docx_is_corrupt():
    package = contract_docx()
    refused("contract.docx", package[: len(package) // 2], "corrupt")
    refused("contract.docx", replace_part(package, "word/document.xml", b"<w:document"), "corrupt")


# --- plain text ---------------------------------------------------------------------------------


def test_utf8_text_with_bom_and_mixed_newlines():
    data = "\ufeff第一条 乙方应在30分钟内响应。\r\nSeverity 1: one hour.\rEnd\n".encode()
    document = read_document("contract.txt", data)
    assert document.content_type == "text/plain"
    assert document.extension == ".txt"
    assert document.pages is None
    assert document.text == "第一条 乙方应在30分钟内响应。\nSeverity 1: one hour.\nEnd"


def test_gb18030_text():
    text = "第一条 紧急故障：乙方应在30分钟内响应，4小时内修复。"
    data = text.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert read_document("contract.txt", data).text == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_text_with_bom(encoding):
    text = "第一条 乙方应在30分钟内响应。\r\nTab\there."
    data = text.encode(encoding)
    if encoding != "utf-16":  # the -le/-be codecs write no BOM of their own
        data = "\ufeff".encode(encoding) + data
    assert read_document("contract.txt", data).text == "第一条 乙方应在30分钟内响应。\nTab\there."


def test_utf16_without_bom_is_binary():
    refused("contract.txt", "contract".encode("utf-16-le"), "mismatch")


def test_utf16_with_control_characters_is_refused():
    refused("contract.txt", "\ufeffabc\x01def".encode("utf-16"), "mismatch")


def test_text_with_nul_bytes_is_refused():
    message = refused("contract.txt", b"first line\x00second line", "mismatch")
    assert "plain-text" in message


def test_text_in_an_unsupported_encoding():
    message = refused("contract.txt", "Café, naïve résumé".encode("latin-1"), "encoding")
    assert "UTF-8" in message


def test_text_longer_than_the_limit_is_truncated():
    document = read_document("long.txt", b"a" * (MAX_TEXT_CHARS + 10))
    assert document.truncated is True
    assert len(document.text) == MAX_TEXT_CHARS


# --- names that disagree with the content -------------------------------------------------------


def test_pdf_named_docx():
    assert "PDF document" in refused("contract.docx", CONTRACT_PDF, "mismatch")


def test_docx_named_pdf():
    assert "Word (DOCX) document" in refused("contract.pdf", contract_docx(), "mismatch")


def test_docx_named_txt():
    assert "Word (DOCX) document" in refused("contract.txt", contract_docx(), "mismatch")


def test_png_named_txt():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    assert "PNG image" in refused("contract.txt", png, "mismatch")


def test_old_word_doc_named_docx():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    assert ".doc" in refused("contract.docx", ole, "mismatch")


def test_text_named_pdf():
    assert "plain text" in refused("contract.pdf", "第一条 乙方应在30分钟内响应。".encode(), "mismatch")


def test_unknown_binary_named_pdf():
    assert "not a PDF file" in refused("contract.pdf", bytes(range(256)), "mismatch")


@pytest.mark.parametrize("name", ["contract.exe", "contract", "contract.pdf.zip", "contract.doc", ".bashrc"])
def test_other_extensions_are_refused(name):
    assert refused(name, CONTRACT_PDF, "extension") == "Only PDF, DOCX and plain-text files are accepted."


# --- size ---------------------------------------------------------------------------------------


def test_error_codes_are_the_documented_ones():
    assert set(documents.ERROR_CODES) == CODES


def test_refusal_survives_pickling():
    error = pickle.loads(pickle.dumps(DocumentError("encrypted", "The PDF is password-protected.")))  # noqa: S301 (our own bytes)
    assert (error.code, str(error)) == ("encrypted", "The PDF is password-protected.")


def test_empty_file():
    refused("contract.pdf", b"", "empty")


def test_default_limit_is_ten_megabytes():
    assert max_bytes() == 10 * MB


@override_settings(CONTRACT_MAX_MB=1)
def test_one_byte_over_the_limit():
    assert max_bytes() == MB
    message = refused("contract.txt", b"a" * (MB + 1), "too_large")
    assert message == "The file is 1.1 MB; the limit is 1 MB."
    assert read_document("contract.txt", b"a" * MB).truncated is True  # exactly at the limit is fine


# --- uploads ------------------------------------------------------------------------------------


def test_read_upload_reads_and_rewinds():
    upload = SimpleUploadedFile("合同.pdf", CONTRACT_PDF, content_type="application/octet-stream")
    upload.read(10)
    document = read_upload(upload)
    assert "30分钟内响应" in document.text
    assert upload.tell() == 0
    assert upload.read() == CONTRACT_PDF


def test_read_upload_rewinds_after_a_refusal():
    upload = SimpleUploadedFile("contract.docx", CONTRACT_PDF)
    with pytest.raises(DocumentError) as caught:
        read_upload(upload)
    assert caught.value.code == "mismatch"
    assert upload.tell() == 0


class UnreadableUpload:
    """Reports a size over the limit and fails the test if anyone reads it."""

    name = "huge.pdf"
    size = 50 * MB

    def __init__(self) -> None:
        self.seeks: list[int] = []

    def read(self, *args):
        pytest.fail("an oversized upload must be refused before it is read")

    def seek(self, offset: int) -> None:
        self.seeks.append(offset)


def test_oversized_upload_is_refused_by_its_size_without_reading():
    upload = UnreadableUpload()
    with pytest.raises(DocumentError) as caught:
        read_upload(upload)
    assert caught.value.code == "too_large"
    assert str(caught.value) == "The file is 50.0 MB; the limit is 10 MB."
    assert upload.seeks == [0]


class CountingUpload(io.BytesIO):
    """An upload whose .size understates its content, counting the bytes handed out."""

    name = "liar.txt"
    size = 100

    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.handed_out = 0

    def read(self, size: int | None = -1) -> bytes:
        chunk = super().read(size)
        self.handed_out += len(chunk)
        return chunk


@override_settings(CONTRACT_MAX_MB=1)
def test_upload_with_a_wrong_size_is_read_only_one_byte_past_the_limit():
    upload = CountingUpload(b"a" * (3 * MB))
    with pytest.raises(DocumentError) as caught:
        read_upload(upload)
    assert caught.value.code == "too_large"
    assert upload.handed_out == MB + 1
    assert upload.tell() == 0


# --- nothing but Document or DocumentError --------------------------------------------------------


def outcome(name: str, data: bytes) -> Document | DocumentError:
    try:
        return read_document(name, data)
    except DocumentError as exc:
        return exc


def check_outcome(name: str, data: bytes) -> None:
    result = outcome(name, data)  # any other exception fails the test
    if isinstance(result, DocumentError):
        event(f"refused: {result.code}")
        assert result.code in CODES
        assert str(result)
    else:
        event(f"read: {result.extension}")
        assert isinstance(result, Document)
        assert result.extension == Path(name).suffix.lower()
        assert "\x00" not in result.text
        assert "\r" not in result.text
        assert len(result.text) <= MAX_TEXT_CHARS


PREFIXES = [b"", b"%PDF-1.7\n", b"PK\x03\x04", b"PK\x05\x06", b"\xff\xfe", b"\xef\xbb\xbf", b"{\\rtf1"]
NAMES = [f"contract{extension}" for extension in ACCEPTED_EXTENSIONS] + ["contract.PDF", "contract.bin"]
SEEDS = [
    ("contract.pdf", CONTRACT_PDF),
    ("contract.docx", contract_docx()),
    ("contract.txt", "第一条 乙方应在30分钟内响应。\nSeverity 1.".encode("gb18030")),
]


@settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(NAMES), prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=2048))
def test_random_bytes_give_a_document_or_a_refusal(name, prefix, body):
    check_outcome(name, prefix + body)


@pytest.mark.parametrize(("name", "content"), SEEDS, ids=[name for name, _ in SEEDS])
@settings(max_examples=35, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    keep=st.one_of(st.just(1.0), st.floats(min_value=0.5, max_value=1.0)),
    flips=st.lists(st.tuples(st.floats(min_value=0.0, max_value=1.0), st.integers(0, 255)), max_size=8),
)
def test_damaged_real_files_give_a_document_or_a_refusal(name, content, keep, flips):
    """Real files, cut short and with a few bytes overwritten (past their signature), under their own names."""
    data = bytearray(content[: max(16, round(len(content) * keep))])
    for where, value in flips:
        data[min(len(data) - 1, 8 + int(where * (len(data) - 8)))] = value
    check_outcome(name, bytes(data))
