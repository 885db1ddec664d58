"""Everyday date words (``content/data/date_words.yaml``) for reading dates the way parents type them.

Each entry has an ``id``, a ``role`` and its ``words`` (any language; every word works for every reader):

- ``role: day`` with ``days_before``: a whole answer naming a day ("juče": 1 day before today);
- ``role: ago-before`` / ``ago-after``: the word before the count ("pre 10 dana") or after the unit ("10 days
  ago");
- ``role: unit`` with ``unit: days | weeks | months``: the unit after the count.

The file is optional: without it only full dates are read.
"""

from __future__ import annotations

from pathlib import Path

from bot.catalog.reader import NOTES, CatalogError, Entry, read
from bot.core.dates import DateWords

_FIELDS = {"id", "role", "words", "days_before", "unit"} | NOTES
ROLES = ("day", "ago-before", "ago-after", "unit")
UNITS = ("days", "weeks", "months")


def load_date_words(path: Path) -> DateWords:
    if not path.is_file():
        return DateWords()
    _, entries = read(path, "words", _FIELDS)
    days: dict[str, int] = {}
    before: set[str] = set()
    after: set[str] = set()
    units: dict[str, str] = {}
    seen: dict[str, str] = {}
    for entry in entries:
        role = entry.one_of("role", ROLES)
        words = _words(entry, seen)
        if role == "day":
            count = entry.days("days_before")
            days.update(dict.fromkeys(words, count))
        elif role == "unit":
            units.update(dict.fromkeys(words, entry.one_of("unit", UNITS)))
        else:
            (before if role == "ago-before" else after).update(words)
    return DateWords(days, frozenset(before), frozenset(after), units)


def _words(entry: Entry, seen: dict[str, str]) -> tuple[str, ...]:
    """The entry's words, lower-cased; a word in two entries is refused (it would mean two things)."""
    words = tuple(word.strip().lower() for word in entry.keys("words", pattern=None))
    if not words:
        entry.fail("field 'words' is empty")
    for word in words:
        if not word or any(not ch.isalpha() for ch in word):
            entry.fail(f"word {word!r} must be letters only")
        if word in seen:
            raise CatalogError(entry.path, f"{entry.label}: word {word!r} is also in {seen[word]}")
        seen[word] = entry.label
    return words
