"""Ages of a child: days, completed months, corrected age for babies born early, and a describable age.

All ages are counted from the birth date to a given day (``on``), both plain calendar dates in
the local zone (TIMEZONE). "Completed" months follow the Serbian health-card convention ("navršenih"): a child born on
12 March is one month old from 12 April. When the birth day does not exist in the target month the month's
last day counts instead, so a child born on 31 January is one month old on 28 (or 29) February, and a child
born on 29 February turns one year old on 28 February of a non-leap year.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.core.messages import Text

TERM_WEEKS = 40  # a full-term pregnancy, the reference for corrected age
PRETERM_BELOW_WEEKS = 37  # born before 37 completed weeks = born early
CORRECTION_UNTIL_DAYS = 730  # corrected age is used only during the first two years


def add_months(d: date, months: int) -> date:
    """``d`` moved by ``months`` calendar months (may be negative), clamped to the end of the target month.

    ``add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)``; ``add_months(date(2023, 1, 31), 1) ==
    date(2023, 2, 28)``.
    """
    years, month_index = divmod(d.month - 1 + months, 12)
    year = d.year + years
    month = month_index + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


_AGE_TEXT = re.compile(r"^(?:(\d+)y)?(?:(\d+)m)?(?:(\d+)d)?$")


@dataclass(frozen=True)
class Age:
    """An age as the calendar states it: calendar months (a year is 12) plus days.

    ``Age(months=2).on(birth)`` is the day the child completes two months (``add_months``: month ends clamp, so
    a child born on 31 December completes two months on 28 or 29 February); ``Age(days=30)`` is 30 days.
    """

    months: int = 0
    days: int = 0

    @classmethod
    def parse(cls, text: str) -> Age:
        """``"6y"``, ``"17m"``, ``"3m15d"``, ``"30d"`` (years, months, days in that order); ValueError if not."""
        match = _AGE_TEXT.match(text.strip())
        if match is None or not any(match.groups()):
            raise ValueError(f"not an age like 6y, 17m, 3m15d or 30d: {text!r}")
        years, months, days = (int(group or 0) for group in match.groups())
        return cls(12 * years + months, days)

    def on(self, birth: date) -> date:
        """The day a child born on ``birth`` reaches this age."""
        return add_months(birth, self.months) + timedelta(days=self.days)

    def births_for(self, day: date) -> list[date]:
        """Every birth date whose child reaches this age exactly on ``day`` (none, one, or several at month
        ends: 28 February 2025 is one month after 28, 29, 30 and 31 January)."""
        base = day - timedelta(days=self.days)
        if self.months == 0:
            return [base]
        guess = add_months(base, -self.months)
        candidates = (guess + timedelta(days=shift) for shift in range(-3, 4))
        return [birth for birth in candidates if add_months(birth, self.months) == base]

    @property
    def approx_days(self) -> int:
        """About how many days this age is (for ordering and sanity checks, never for a date)."""
        return round(self.months * 30.4375) + self.days


def age_in_days(birth: date, on: date) -> int:
    """Days from ``birth`` to ``on`` (0 on the birth day; negative if ``on`` is before the birth)."""
    return (on - birth).days


def completed_months(birth: date, on: date) -> int:
    """The largest ``n`` with ``add_months(birth, n) <= on``.

    Because of month-end clamping, a child born on 29 February is 12 months old on 28 February of a non-leap
    year, and a child born on 31 January is one month old on the last day of February.

    Raises ValueError if ``on`` is before ``birth``.
    """
    if on < birth:
        raise ValueError("the day is before the birth date")
    months = (on.year - birth.year) * 12 + on.month - birth.month
    if add_months(birth, months) > on:
        months -= 1
    return months


def corrected_age_days(birth: date, on: date, gestational_weeks: int | None) -> int:
    """Age in days corrected for prematurity, for tips and development (never for vaccinations).

    A baby born before 37 weeks (``gestational_weeks < 37``) gets ``(40 - gestational_weeks) * 7`` days
    subtracted, never going below 0, while the chronological age is under two years (730 days). From then on,
    and for ``None`` or 37 weeks and more, the chronological age is returned.
    """
    days = age_in_days(birth, on)
    if gestational_weeks is None or gestational_weeks >= PRETERM_BELOW_WEEKS or days >= CORRECTION_UNTIL_DAYS:
        return days
    return max(0, days - (TERM_WEEKS - gestational_weeks) * 7)


def describe_age(birth: date, on: date) -> Text:
    """The child's age as a Fluent message, chosen by completed months.

    - under one completed month: ``Text("age-days", {"days": n})``
    - under 24 completed months: ``Text("age-months", {"months": n})``
    - from 24 months on: ``Text("age-years-months", {"years": y, "months": m})``, ``m`` in 0..11 (may be 0)

    Raises ValueError if ``on`` is before ``birth``.
    """
    months = completed_months(birth, on)
    if months < 1:
        return Text("age-days", {"days": age_in_days(birth, on)})
    if months < 24:
        return Text("age-months", {"months": months})
    years, rest = divmod(months, 12)
    return Text("age-years-months", {"years": years, "months": rest})
