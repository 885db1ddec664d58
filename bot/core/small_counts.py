"""Small-count suppression for what leaves the bot as counts (the lab's CSVs): a count of 1-4 is written as
"<5", so a single family cannot be picked out of a table. The same rule as the dashboard's
(``bot.dashboard.panels.suppress``; bot.tools may not import bot.dashboard, so it lives here for the tools, and
tests/core/test_small_counts.py holds the two to the same answers)."""

from __future__ import annotations

MIN_CELL = 5  # the smallest count shown as it is
SUPPRESSED = "<5"


def suppress(count: int) -> int | str:
    """A count as it may be written: 0 and 5 or more as they are, 1-4 as "<5"."""
    return SUPPRESSED if 0 < count < MIN_CELL else count
