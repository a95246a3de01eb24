"""Evidence files are judged by their bytes."""

from __future__ import annotations

import pytest

from evaluations.evidence import MAX_EVIDENCE_BYTES, EvidenceError, check, sniff


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b"%PDF-1.7\n...", ("application/pdf", ".pdf")),
        (b"\x89PNG\r\n\x1a\n....", ("image/png", ".png")),
        (b"\xff\xd8\xff\xe0..JFIF", ("image/jpeg", ".jpg")),
        (b"GIF89a....", ("image/gif", ".gif")),
        (b"RIFF\x10\x00\x00\x00WEBPVP8 ", ("image/webp", ".webp")),
        ("工单回复记录 10:02 已确认".encode(), ("text/plain", ".txt")),
    ],
)
def test_accepted_formats_are_recognised_by_content(head, expected):
    assert sniff(head) == expected


@pytest.mark.parametrize(
    "head",
    [b"MZ\x90\x00\x03", b"PK\x03\x04 zip or docx", b"\x7fELF\x02\x01", b"\x00\x01binary", b"RIFF\x10\x00\x00\x00WAVE"],
)
def test_other_formats_are_refused(head):
    assert sniff(head) is None
    with pytest.raises(EvidenceError, match="Only PDF"):
        check(head, len(head))


def test_a_multibyte_character_cut_at_the_sniff_boundary_is_still_text():
    head = ("证" * 700).encode()[:2048]
    assert sniff(head) == ("text/plain", ".txt")


def test_size_limits():
    with pytest.raises(EvidenceError, match="empty"):
        check(b"%PDF-", 0)
    with pytest.raises(EvidenceError, match="limit is 5 MB"):
        check(b"%PDF-", MAX_EVIDENCE_BYTES + 1)
    assert check(b"%PDF-", MAX_EVIDENCE_BYTES) == ("application/pdf", ".pdf")
