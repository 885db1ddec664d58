"""Serbian public holidays: which days are non-working, for the "open now" of services.

The rules come from content/data/holidays.yaml (the Law on state and other holidays, Sl. glasnik RS 43/2001,
101/2007, 92/2011), read into :class:`HolidayRules`:

- fixed days (1-2 January, 7 January, 15-16 February, 1-2 May, 11 November);
- Orthodox Easter from Good Friday to Easter Monday, computed with the Julian computus and converted to the
  Gregorian calendar (+13 days from 1900 to 2099);
- the Sunday rule: when a *state* holiday falls on a Sunday, the first following working day is also
  non-working (1 January 2023 was a Sunday, 2 January a holiday anyway, so 3 January was free). The rule does
  not apply to the religious holidays (7 January, Easter).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MonthDay = tuple[int, int]  # (month, day)
SUNDAY = 6


@dataclass(frozen=True)
class HolidayRules:
    fixed: frozenset[MonthDay]
    sunday_rule: frozenset[MonthDay]  # the state holidays the Sunday rule applies to (a subset of ``fixed``)
    easter_offsets: tuple[int, ...] = (-2, -1, 0, 1)  # days from Orthodox Easter Sunday: Friday to Monday
    verified: bool = False


def julian_to_gregorian_days(year: int) -> int:
    """Days the Gregorian calendar is ahead of the Julian one between March and December of ``year``."""
    return year // 100 - year // 400 - 2


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday of ``year`` as a Gregorian date (Meeus' Julian algorithm)."""
    if year < 1583:
        raise ValueError("the Gregorian calendar starts in 1582")
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    julian = date(year, month, day + 1)  # a Julian date written with Gregorian numbers, shifted below
    return julian + timedelta(days=julian_to_gregorian_days(year))


@lru_cache(maxsize=64)
def non_working_days(year: int, rules: HolidayRules) -> frozenset[date]:
    """Every public non-working day of ``year``, including the days added by the Sunday rule."""
    days = {date(year, month, day) for month, day in rules.fixed if _exists(year, month, day)}
    easter = orthodox_easter(year)
    days |= {easter + timedelta(days=offset) for offset in rules.easter_offsets}
    for month, day in sorted(rules.sunday_rule):
        if not _exists(year, month, day) or date(year, month, day).weekday() != SUNDAY:
            continue
        shifted = date(year, month, day) + timedelta(days=1)
        while shifted in days or shifted.weekday() >= 5:
            shifted += timedelta(days=1)
        days.add(shifted)
    return frozenset(days)


def is_non_working(day: date, rules: HolidayRules) -> bool:
    return day in non_working_days(day.year, rules)


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
