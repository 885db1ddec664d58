"""Small-count suppression for the lab's CSVs (bot.core.small_counts): 1-4 become "<5", the dashboard's rule."""

from __future__ import annotations

import pytest

from bot.core.small_counts import SUPPRESSED, suppress
from bot.dashboard import panels
from bot.tools.families_commands import checkback_rows


@pytest.mark.parametrize(("count", "written"), [(0, 0), (1, "<5"), (4, "<5"), (5, 5), (6, 6), (120, 120)])
def test_counts_of_one_to_four_are_written_as_less_than_five(count: int, written: int | str) -> None:
    assert suppress(count) == written


def test_the_rule_is_the_dashboards() -> None:
    assert SUPPRESSED == panels.SUPPRESSED
    assert [suppress(n) for n in range(12)] == [panels.suppress(n) for n in range(12)]


def test_the_check_backs_csv_suppresses_small_counts_and_keeps_the_others() -> None:
    counts = [("tip-a", "hard", 1), ("tip-a", "yes", 4), ("tip-b", "not_yet", 5), ("tip-b", "yes", 37)]
    assert checkback_rows(counts) == [
        {"tip": "tip-a", "answer": "hard", "count": "<5"}, {"tip": "tip-a", "answer": "yes", "count": "<5"},
        {"tip": "tip-b", "answer": "not_yet", "count": 5}, {"tip": "tip-b", "answer": "yes", "count": 37}]
