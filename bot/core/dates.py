"""Reading a birth date the way parents type it.

Day first, as in Serbia: ``12.3.2024``, ``12.03.2024.``, ``12/03/2024``, ``12-3-2024``, ``12 3 2024``, with a
month word in any language the caller knows (``12. mart 2024``, ``12. marta 2024.``, ``12. март 2024``, ``12
March 2024``, ``12 Mar 2024``; a month word may also come first: ``March 12, 2024``), or ISO ``2024-03-12``
(year first when the first number has four digits). Whitespace, commas and dots around the parts are ignored.

A two-digit year means the latest year ending in those digits that is not after today's year ("12.3.24" typed
in 2025 is 2024; "12.3.99" is 1999 and so refused as too old).

Every refusal is a :class:`BirthDateError` with a stable ``code``:

- ``date_unreadable``: not a date in any accepted shape (also: longer than 40 characters, control characters,
  non-ASCII digits, an unknown month word)
- ``date_impossible``: no such day (31.02.2024, month 13, day 0)
- ``date_future``: after today
- ``date_too_old``: more than 7 years before today (the bot is for children up to 6)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import MINYEAR, date

from bot.core.age import add_months

DATE_UNREADABLE = "date_unreadable"
DATE_IMPOSSIBLE = "date_impossible"
DATE_FUTURE = "date_future"
DATE_TOO_OLD = "date_too_old"

MAX_LENGTH = 40
MAX_AGE_MONTHS = 7 * 12

_SEPARATORS = frozenset(" .,/-")
# ASCII digit runs, or runs of letters (Unicode letters; digits of other scripts and "_" excluded).
_TOKEN = re.compile(r"[0-9]+|[^\W\d_]+")


class BirthDateError(ValueError):
    """A birth date that cannot be accepted; ``code`` is one of the ``DATE_*`` constants."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def earliest_birth_date(today: date) -> date:
    """The earliest birth date accepted on ``today``: exactly 7 years before (28 Feb for a 29 Feb today)."""
    return add_months(today, -MAX_AGE_MONTHS)


def parse_birth_date(text: str, today: date, month_names: Mapping[str, int]) -> date:
    """The birth date in ``text``, within ``[earliest_birth_date(today), today]``.

    ``month_names`` maps lower-cased month words (without a trailing dot) to 1..12. Raises only
    :class:`BirthDateError`.
    """
    year, month, day = _read_parts(_tokens(text), month_names, today)
    if year < MINYEAR:
        raise BirthDateError(DATE_TOO_OLD)
    try:
        born = date(year, month, day)
    except ValueError:
        raise BirthDateError(DATE_IMPOSSIBLE) from None
    if born > today:
        raise BirthDateError(DATE_FUTURE)
    if born < earliest_birth_date(today):
        raise BirthDateError(DATE_TOO_OLD)
    return born


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
    if len(tokens) != 3:
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
