"""Which tip of the catalog fits a child's age, and which one to send next.

Ages here are corrected ages in days (``bot.core.age.corrected_age_days``); a tip fits when its inclusive
window ``[start_days, end_days]`` contains the age. A parent receives the tips of an age band in order: the
earliest window start first, then catalog order.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from bot.core.library import TipEntry


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
