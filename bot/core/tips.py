"""Which tip of the catalog fits a child's age, and which one to send next.

A tip goes by the age its ``age`` field names: the corrected age (``bot.core.age.corrected_age_days``; the
default, for development) or the chronological age (appointments, vaccines, documents). Callers pass the
corrected age and, for a baby born early, the chronological one too (``chronological=None``: the same). A tip
with a season (``months``) fits only in those months (``month=None``: any month). It fits when its inclusive
window ``[start_days, end_days]`` contains its age.

Sending order: the weekly chain before the extra tips, seasonal extras before the others (their weeks are few),
chronological tips before corrected ones (appointments cannot wait), then the earliest window start, then
catalog order.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.core.library import CHRONOLOGICAL, Milestone, TipEntry


def age_for(tip: TipEntry, corrected: int, chronological: int | None = None) -> int:
    """The age ``tip`` goes by."""
    return chronological if tip.age == CHRONOLOGICAL and chronological is not None else corrected


def sending_order(tip: TipEntry) -> tuple[bool, bool, bool, int]:
    return (tip.extra, not tip.months, tip.age != CHRONOLOGICAL, tip.start_days)


def tips_for_age(
    tips: Sequence[TipEntry], age_days: int, *, chronological: int | None = None, month: int | None = None
) -> list[TipEntry]:
    """The tips that fit, in sending order (``age_days``: the corrected age)."""
    fitting = [tip for tip in tips if tip.start_days <= age_for(tip, age_days, chronological) <= tip.end_days
               and (month is None or tip.in_season(month))]
    return sorted(fitting, key=sending_order)  # stable: ties keep catalog order


def next_tip(
    tips: Sequence[TipEntry], age_days: int, seen: Collection[str], *, chronological: int | None = None,
    month: int | None = None,
) -> TipEntry | None:
    """The first unseen tip for the age in sending order, or None when every fitting tip was seen."""
    for tip in tips_for_age(tips, age_days, chronological=chronological, month=month):
        if tip.id not in seen:
            return tip
    return None


def tip_for_now(
    tips: Sequence[TipEntry], age_days: int, seen: Collection[str], *, chronological: int | None = None,
    month: int | None = None,
) -> TipEntry | None:
    """What "Tip for my child now" gives: the next unseen tip for the age, else a recent one the child missed.

    When every tip of the age was seen, the most recent earlier unseen tip is given (latest window end first),
    as long as it still fits: the child is at most a third older than the end of the tip's window, so a
    five-year-old is never told about newborns. None when nothing is left. Out-of-season tips never come.
    """
    current = next_tip(tips, age_days, seen, chronological=chronological, month=month)
    if current is not None:
        return current
    missed = [tip for tip in tips
              if tip.end_days < age_for(tip, age_days, chronological) <= tip.end_days * 4 // 3
              and tip.id not in seen and (month is None or tip.in_season(month))]
    return max(missed, key=lambda tip: (tip.end_days, tip.start_days), default=None)


def milestones_due(milestones: Sequence[Milestone], age_days: int) -> list[Milestone]:
    """The milestone notes whose window contains the (corrected) age, earliest checkpoint first."""
    return sorted((m for m in milestones if m.start_days <= age_days <= m.end_days), key=lambda m: m.months)


WEEK_DAYS = 7


def milestones_this_week(milestones: Sequence[Milestone], age_days: int) -> list[Milestone]:
    """The milestone notes a weekly message carries: those whose window starts in the last seven days of the
    (corrected) age, so that exactly one weekly message (one a week) carries each note."""
    return sorted((m for m in milestones if m.start_days <= age_days < m.start_days + WEEK_DAYS),
                  key=lambda m: m.months)
