"""Reading a birth date the way parents type it.

Day first, as in Serbia: ``12.3.2024``, ``12.03.2024.``, ``12/03/2024``, ``12-3-2024``, ``12 3 2024``, with a
month word in any language the caller knows (``12. mart 2024``, ``12. marta 2024.``, ``12. март 2024``, ``12
March 2024``, ``12 Mar 2024``; a month word may also come first: ``March 12, 2024``), or ISO ``2024-03-12``
(year first when the first number has four digits). Whitespace, commas and dots around the parts are ignored.

A two-digit year means the latest year ending in those digits that is not after today's year ("12.3.24" typed
in 2025 is 2024; "12.3.99" is 1999 and so refused as too old).

Everyday forms, with the words of :class:`DateWords` (from ``content/data/date_words.yaml``): a day word alone
(``danas``, ``juče``, ``yesterday``, ``ič``), a count of days, weeks or months ago (``pre 10 dana``, ``10 days
ago``, ``пре 2 недеље``), and a day and month without the year (``27.11``, ``27. nov``, ``3 dec``, ``Dec 3``),
read as the latest such day not after today and accepted only within :data:`YEARLESS_MAX_DAYS` (a newborn's
year is obvious; for an older child it is not, so the year is asked for).

Every refusal is a :class:`BirthDateError` with a stable ``code``:

- ``date_unreadable``: not a date in any accepted shape (also: longer than 40 characters, control characters,
  non-ASCII digits, an unknown month word)
- ``date_impossible``: no such day (31.02.2024, month 13, day 0)
- ``date_future``: after today
- ``date_too_old``: more than 7 years before today (the bot is for children up to 6)
- ``date_year_missing``: a day and month without the year, too long ago to guess the year
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import MINYEAR, date, timedelta

from bot.core.age import add_months

DATE_UNREADABLE = "date_unreadable"
DATE_IMPOSSIBLE = "date_impossible"
DATE_FUTURE = "date_future"
DATE_TOO_OLD = "date_too_old"
DATE_YEAR_MISSING = "date_year_missing"
YEARLESS_MAX_DAYS = 92  # "27.11" is read without the year only when it is at most this many days ago
MAX_AGO = 999  # "pre 1000 dana" is not an everyday form

MAX_LENGTH = 40
MAX_AGE_MONTHS = 7 * 12

_SEPARATORS = frozenset(" .,/-")
# ASCII digit runs, or runs of letters (Unicode letters; digits of other scripts and "_" excluded).
_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+")


@dataclass(frozen=True)
class DateWords:
    """Everyday date words, lower-cased (from content data, in every language the bot speaks)."""

    days_before: Mapping[str, int] = field(default_factory=dict)  # "danas": 0, "juče": 1, "prekjuče": 2
    ago_before: frozenset[str] = frozenset()  # before the count: "pre" (pre 10 dana)
    ago_after: frozenset[str] = frozenset()  # after the unit: "ago" (10 days ago)
    units: Mapping[str, str] = field(default_factory=dict)  # "dana": "days", "nedelje": "weeks", "meseca": "months"


class BirthDateError(ValueError):
    """A birth date that cannot be accepted; ``code`` is one of the ``DATE_*`` constants."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def earliest_birth_date(today: date) -> date:
    """The earliest birth date accepted on ``today``: exactly 7 years before (28 Feb for a 29 Feb today)."""
    return add_months(today, -MAX_AGE_MONTHS)


def parse_birth_date(text: str, today: date, month_names: Mapping[str, int], words: DateWords | None = None) -> date:
    """The birth date in ``text``, within ``[earliest_birth_date(today), today]``.

    ``month_names`` maps lower-cased month words (without a trailing dot) to 1..12; with ``words`` the everyday
    forms are read too. Raises only :class:`BirthDateError`.
    """
    tokens = _tokens(text)
    born = _everyday(tokens, today, month_names, words) if words is not None else None
    if born is None:
        if len(tokens) != 3:
            raise BirthDateError(DATE_UNREADABLE)
        born = _dated(*_read_parts(tokens, month_names, today))
    if born > today:
        raise BirthDateError(DATE_FUTURE)
    if born < earliest_birth_date(today):
        raise BirthDateError(DATE_TOO_OLD)
    return born


def _dated(year: int, month: int, day: int) -> date:
    if year < MINYEAR:
        raise BirthDateError(DATE_TOO_OLD)
    try:
        return date(year, month, day)
    except ValueError:
        raise BirthDateError(DATE_IMPOSSIBLE) from None


def _everyday(tokens: list[str], today: date, month_names: Mapping[str, int], words: DateWords) -> date | None:
    """The date of an everyday form, or None when ``tokens`` are not one."""
    if len(tokens) == 1 and tokens[0] in words.days_before:
        return today - timedelta(days=words.days_before[tokens[0]])
    if len(tokens) == 3:
        first, count, unit = tokens
        if first not in words.ago_before:
            count, unit, last = tokens
            if last not in words.ago_after:
                return None
        if not count.isdigit() or unit not in words.units:
            return None
        return _ago(int(count), words.units[unit], today)
    if len(tokens) == 2:
        return _yearless(tokens, today, month_names)
    return None


def _ago(count: int, unit: str, today: date) -> date:
    if count > MAX_AGO:
        raise BirthDateError(DATE_TOO_OLD)
    if unit == "months":
        return add_months(today, -count)
    return today - timedelta(days=count * (7 if unit == "weeks" else 1))


def _yearless(tokens: list[str], today: date, month_names: Mapping[str, int]) -> date:
    """``27 11``, ``27 nov``, ``nov 27``: the latest such day not after today, if recent enough to be sure."""
    first, second = tokens
    if first.isdigit() and second.isdigit():
        day, month = _number(first), _number(second)
    elif first.isdigit():
        day, month = _number(first), _month_word(second, month_names)
    elif second.isdigit():
        day, month = _number(second), _month_word(first, month_names)
    else:
        raise BirthDateError(DATE_UNREADABLE)
    possible = [d for year in (today.year, today.year - 1) if (d := _maybe(year, month, day)) and d <= today]
    if not possible:
        raise BirthDateError(DATE_IMPOSSIBLE if _maybe(2000, month, day) is None else DATE_YEAR_MISSING)
    if (today - possible[0]).days > YEARLESS_MAX_DAYS:
        raise BirthDateError(DATE_YEAR_MISSING)
    return possible[0]


def _maybe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _tokens(text: str) -> list[str]:
    """The digit runs and words of ``text``, lower-cased; any other character but separators is refused."""
    if len(text) > MAX_LENGTH:
        raise BirthDateError(DATE_UNREADABLE)
    cleaned = unicodedata.normalize("NFC", text).strip().lower()
    for char in cleaned:
        if not (char.isascii() and char.isdigit()) and not char.isalpha() and char not in _SEPARATORS:
            if not char.isspace():
                raise BirthDateError(DATE_UNREADABLE)
    tokens = _TOKEN.findall(cleaned)
    if not 1 <= len(tokens) <= 3:
        raise BirthDateError(DATE_UNREADABLE)
    return tokens


def _read_parts(tokens: list[str], month_names: Mapping[str, int], today: date) -> tuple[int, int, int]:
    """(year, month, day) from three tokens, by their shape."""
    first, second, third = tokens
    if first.isdigit() and second.isdigit() and third.isdigit():
        if len(first) == 4:  # ISO: year first
            return _year(first, today), _number(second), _number(third)
        return _year(third, today), _number(second), _number(first)
    if first.isdigit() and third.isdigit():  # 12 mart 2024
        return _year(third, today), _month_word(second, month_names), _number(first)
    if second.isdigit() and third.isdigit():  # March 12, 2024
        return _year(third, today), _month_word(first, month_names), _number(second)
    raise BirthDateError(DATE_UNREADABLE)


def _number(token: str) -> int:
    """A day or month number: one or two ASCII digits."""
    if not token.isdigit() or len(token) > 2:
        raise BirthDateError(DATE_UNREADABLE)
    return int(token)


def _year(token: str, today: date) -> int:
    """A four-digit year, or a two-digit one read as the latest such year not after today's year."""
    if not token.isdigit() or len(token) not in (2, 4):
        raise BirthDateError(DATE_UNREADABLE)
    year = int(token)
    if len(token) == 4:
        return year
    candidate = today.year - today.year % 100 + year
    return candidate if candidate <= today.year else candidate - 100


def _month_word(token: str, month_names: Mapping[str, int]) -> int:
    month = month_names.get(token)
    if month is None:
        raise BirthDateError(DATE_UNREADABLE)
    return month
