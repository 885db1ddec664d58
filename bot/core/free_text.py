"""Free text a person typed, made safe to store and to show again: one cleaner for every such field.

NFC; every control, format (bidi overrides such as U+202E, zero-width characters), unassigned, private-use and
surrogate code point becomes a space; runs of spaces and line breaks fold into one space. A NUL (which PostgreSQL
refuses in text) and a lone surrogate (which no UTF-8 database stores) are gone, and a note cannot show reversed.
"""

from __future__ import annotations

import unicodedata


def clean_free_text(text: str, max_length: int) -> str | None:
    """``text`` cleaned (see above); None when nothing is left or it is longer than ``max_length``."""
    text = unicodedata.normalize("NFC", text)  # a lone surrogate (category Cs) passes through, to be replaced
    kept = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    cleaned = " ".join(kept.split())
    if not cleaned or len(cleaned) > max_length:
        return None
    return cleaned

