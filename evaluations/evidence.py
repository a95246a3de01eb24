"""Evidence files: what we accept, decided by the bytes, not by the name.

Pure: callers pass the first bytes and the size.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

MAX_EVIDENCE_BYTES = 5 * 1024 * 1024
SNIFF_BYTES = 2048

# Magic numbers of the formats people attach as evidence: screenshots, PDFs, text logs.
_SIGNATURES: list[tuple[bytes, int, str, str]] = [
    (b"%PDF-", 0, "application/pdf", ".pdf"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png", ".png"),
    (b"\xff\xd8\xff", 0, "image/jpeg", ".jpg"),
    (b"GIF87a", 0, "image/gif", ".gif"),
    (b"GIF89a", 0, "image/gif", ".gif"),
    (b"WEBP", 8, "image/webp", ".webp"),
]


# Control bytes that plain text (logs, transcripts) does not contain; tab, newlines and form feed are fine.
_BINARY_BYTES = frozenset(range(32)) - {9, 10, 12, 13} | {127}


class EvidenceError(ValueError):
    pass


def sniff(head: bytes) -> tuple[str, str] | None:
    """(content type, extension) of an accepted format, or None."""
    for signature, offset, content_type, extension in _SIGNATURES:
        if head[offset : offset + len(signature)] == signature and (offset == 0 or head[:4] == b"RIFF"):
            return content_type, extension
    if head and not _BINARY_BYTES.intersection(head):
        try:
            head.decode("utf-8")
        except UnicodeDecodeError as exc:
            # A multi-byte character cut at the sniff boundary is still text.
            if exc.start < len(head) - 3:
                return None
        return "text/plain", ".txt"
    return None


def check(head: bytes, size: int) -> tuple[str, str]:
    """Raise EvidenceError unless the file is small enough and of an accepted kind."""
    if size == 0:
        raise EvidenceError(_("The file is empty."))
    if size > MAX_EVIDENCE_BYTES:
        raise EvidenceError(
            _("The file is %(size).1f MB; the limit is %(limit)d MB.")
            % {"size": size / 1024 / 1024, "limit": MAX_EVIDENCE_BYTES // 1024 // 1024}
        )
    kind = sniff(head)
    if kind is None:
        raise EvidenceError(_("Only PDF, PNG, JPEG, GIF, WebP and plain-text files are accepted."))
    return kind
