"""The one question every bilingual field asks: is the reader reading Chinese?"""

from __future__ import annotations

from django.utils.translation import get_language


def reading_chinese() -> bool:
    return (get_language() or "").startswith("zh")


def in_reader_language(obj, field: str) -> str:
    """``obj.<field>_zh`` or ``obj.<field>_en`` by the active language, falling back to the other."""
    first, second = ("zh", "en") if reading_chinese() else ("en", "zh")
    return getattr(obj, f"{field}_{first}") or getattr(obj, f"{field}_{second}")
