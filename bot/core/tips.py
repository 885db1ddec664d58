"""Which tip of the catalog fits a child's age, and which one to send next.

A tip goes by the age its ``age`` field names: the corrected age (``bot.core.age.corrected_age_days``; the
default, for development) or the chronological age (appointments, vaccines, documents). Callers pass the
corrected age and, for a baby born early, the chronological one too (``chronological=None``: the same). A tip
with a season (``months``) fits only in those months (``month=None``: any month). It fits when its inclusive
window ``[start_days, end_days]`` contains its age.

Sending order: the weekly chain before the extra tips, seasonal extras before the others (their weeks are few),
chronological tips before corrected ones (appointments cannot wait), then the earliest window start (for extra
tips: the window that closes first, so that a short window gets its turn before a long one), then catalog order.

Extra weeks (the first year, where the chain has a new tip every week and would leave no week for an extra tip):
in each block of four weeks of age (none in the first two weeks), the first week whose chain tip is a play or
talk tip (``YIELDING_TOPICS``, by corrected age) lets the extra tips go before it. The extras take those weeks in
turn (each is sent once), and a chain tip about appointments, vaccines or documents (chronological), health,
safety or feeding is never moved: it goes first in its week as always. The play or talk tip of an extra week
stays in the library ("Tip for my child now" gives it when the extra tips of the age were seen).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.core.library import CHRONOLOGICAL, Milestone, TipEntry


def age_for(tip: TipEntry, corrected: int, chronological: int | None = None) -> int:
    """The age ``tip`` goes by."""
    return chronological if tip.age == CHRONOLOGICAL and chronological is not None else corrected


WEEK_DAYS = 7
FIRST_YEAR_WEEKS = 52  # weeks 0-51: the weekly chain (week 52 overlaps the half-monthly tips)
EXTRA_BLOCK_WEEKS = 4  # one extra week in every block of four weeks of the first year
FIRST_EXTRA_WEEK = 2  # the first two weeks (the newborn's) carry the chain only
YIELDING_TOPICS = frozenset({"responsive", "learning"})  # play and talk: the chain tips an extra tip may go before


def sending_order(tip: TipEntry) -> tuple[bool, bool, bool, int, int]:
    """The order outside the extra weeks (and the base order within each rank of :func:`sending_rank`)."""
    return (tip.extra, not tip.months, tip.age != CHRONOLOGICAL, tip.end_days if tip.extra else tip.start_days,
            tip.start_days)


def yields(tip: TipEntry) -> bool:
    """A chain tip an extra tip may go before in an extra week: play or talk, by corrected age."""
    return not tip.extra and tip.age != CHRONOLOGICAL and tip.topic in YIELDING_TOPICS


def extra_weeks(tips: Sequence[TipEntry]) -> frozenset[int]:
    """The weeks of age (0-51) in which the extra tips go before the chain's play or talk tip: in each block of
    four weeks (from week 2), the first week whose chain tips (on its first day) all yield."""
    chain = [tip for tip in tips if not tip.extra]
    weeks: set[int] = set()
    for block in range(0, FIRST_YEAR_WEEKS, EXTRA_BLOCK_WEEKS):
        for week in range(max(block, FIRST_EXTRA_WEEK), min(block + EXTRA_BLOCK_WEEKS, FIRST_YEAR_WEEKS)):
            fitting = [tip for tip in chain if tip.start_days <= WEEK_DAYS * week <= tip.end_days]
            if fitting and all(yields(tip) for tip in fitting):
                weeks.add(week)
                break
    return frozenset(weeks)


def is_extra_week(age_days: int, weeks: frozenset[int]) -> bool:
    return age_days // WEEK_DAYS in weeks if age_days < WEEK_DAYS * FIRST_YEAR_WEEKS else False


def sending_rank(tip: TipEntry, age_days: int, weeks: frozenset[int]) -> int:
    """0: the chain (outside an extra week, and any chain tip that does not yield); 1: an extra tip in an extra
    week; 2: a yielding chain tip in an extra week; 3: an extra tip in any other week. ``age_days``: the age the
    tip goes by; ``weeks``: :func:`extra_weeks` of the catalog."""
    extra_week = is_extra_week(age_days, weeks)
    if tip.extra:
        return 1 if extra_week else 3
    return 2 if extra_week and yields(tip) else 0


def tips_for_age(
    tips: Sequence[TipEntry], age_days: int, *, chronological: int | None = None, month: int | None = None,
    weeks: frozenset[int] | None = None,
) -> list[TipEntry]:
    """The tips that fit, in sending order (``age_days``: the corrected age; ``weeks``: the catalog's
    :func:`extra_weeks`, worked out when not given)."""
    fitting = [tip for tip in tips if tip.start_days <= age_for(tip, age_days, chronological) <= tip.end_days
               and (month is None or tip.in_season(month))]
    if weeks is None:
        weeks = extra_weeks(tips)
    # stable: ties keep catalog order
    return sorted(fitting, key=lambda tip: (sending_rank(tip, age_for(tip, age_days, chronological), weeks),
                                            sending_order(tip)))


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


def milestones_this_week(milestones: Sequence[Milestone], age_days: int) -> list[Milestone]:
    """The milestone notes a weekly message carries: those whose window starts in the last seven days of the
    (corrected) age, so that exactly one weekly message (one a week) carries each note."""
    return sorted((m for m in milestones if m.start_days <= age_days < m.start_days + WEEK_DAYS),
                  key=lambda m: m.months)
