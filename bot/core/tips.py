"""Which tip of the catalog fits a child's age, and which one to send next.

Ages here are corrected ages in days (``bot.core.age.corrected_age_days``); a tip fits when its inclusive
window ``[start_days, end_days]`` contains the age. A parent receives the tips of an age band in order: the
earliest window start first, then catalog order.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.core.library import Milestone, TipEntry


def tips_for_age(tips: Sequence[TipEntry], age_days: int) -> list[TipEntry]:
    """The tips whose window contains ``age_days``, in sending order (earliest start, then catalog order)."""
    fitting = [tip for tip in tips if tip.start_days <= age_days <= tip.end_days]
    return sorted(fitting, key=lambda tip: tip.start_days)  # stable: ties keep catalog order


def next_tip(tips: Sequence[TipEntry], age_days: int, seen: Collection[str]) -> TipEntry | None:
    """The first unseen tip for ``age_days`` in sending order, or None when every fitting tip was seen."""
    for tip in tips_for_age(tips, age_days):
        if tip.id not in seen:
            return tip
    return None


def tip_for_now(tips: Sequence[TipEntry], age_days: int, seen: Collection[str]) -> TipEntry | None:
    """What "Tip for my child now" gives: the next unseen tip for the age, else a recent one the child missed.

    When every tip of the age was seen, the most recent earlier unseen tip is given (latest window end first),
    as long as it still fits: the child is at most a third older than the end of the tip's window, so a
    five-year-old is never told about newborns. None when nothing is left.
    """
    current = next_tip(tips, age_days, seen)
    if current is not None:
        return current
    missed = [tip for tip in tips if tip.end_days < age_days <= tip.end_days * 4 // 3 and tip.id not in seen]
    return max(missed, key=lambda tip: (tip.end_days, tip.start_days), default=None)


def milestones_due(milestones: Sequence[Milestone], age_days: int) -> list[Milestone]:
    """The milestone notes whose window contains the (corrected) age, earliest checkpoint first."""
    return sorted((m for m in milestones if m.start_days <= age_days <= m.end_days), key=lambda m: m.months)
