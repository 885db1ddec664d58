"""The weekly tip message: the milestone notes of the week ride along (once per checkpoint), and a baby born
early gets the corrected-age note once, in the first week after it was added."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.core.family import Child
from bot.core.messages import Text
from scheduler.compose import DueItem, compose
from tests.scheduler.planner_world import library

TODAY = date(2026, 11, 23)  # a Monday
WEEK_DAYS = 7


def _tip_message(child: Child, today: date) -> list[str]:
    lib = library()
    tip = lib.tips[0].id
    row = DueItem(1, child.id, "tip", tip, "weekly", datetime(today.year, today.month, today.day, 9, tzinfo=UTC))
    reply = compose([row], {child.id: child}, {}, lib, today).reply
    assert reply is not None
    return [part.id for part in reply.parts if isinstance(part, Text)]


def _born_days_ago(days: int, **kwargs) -> Child:
    return Child(1, TODAY - timedelta(days=days), "Mila", id=7, **kwargs)


@pytest.mark.parametrize("milestone", ["milestone-2m", "milestone-9m", "milestone-24m", "milestone-60m"])
def test_a_milestone_note_rides_in_exactly_one_weekly_message(milestone) -> None:
    note = next(m for m in library().milestones if m.id == milestone)
    carried = [age for age in range(note.start_days - 14, note.end_days + 14)
               if milestone in _tip_message(_born_days_ago(age), TODAY)]
    # One weekly message a week: each of seven consecutive ages is a different weekday, so exactly one of them
    # is the family's tip day; every one of those seven ages carries the note, no other age does.
    assert carried == list(range(note.start_days, note.start_days + WEEK_DAYS))


def test_a_week_without_a_checkpoint_carries_no_milestone_note() -> None:
    ids = _tip_message(_born_days_ago(100), TODAY)
    assert not [i for i in ids if i.startswith("milestone-")]


def test_milestone_notes_go_by_corrected_age_for_a_baby_born_early() -> None:
    early = _born_days_ago(61 + 8 * 7, gestational_weeks=32)  # corrected age 61 days: the 2-month checkpoint
    assert "milestone-2m" in _tip_message(early, TODAY)
    assert "milestone-2m" not in _tip_message(_born_days_ago(61 + 8 * 7), TODAY)


@pytest.mark.parametrize(("added_days_ago", "expected"), [(0, True), (6, True), (7, False), (40, False)],
                         ids=["added-today", "added-six-days-ago", "added-a-week-ago", "added-long-ago"])
def test_the_corrected_age_note_comes_once_in_the_first_week_after_a_baby_born_early_was_added(
        added_days_ago, expected) -> None:
    early = _born_days_ago(100, gestational_weeks=30, enrolled_on=TODAY - timedelta(days=added_days_ago))
    assert ("tip-corrected-age-note" in _tip_message(early, TODAY)) is expected


def test_a_baby_born_on_time_never_gets_the_corrected_age_note() -> None:
    child = _born_days_ago(100, enrolled_on=TODAY)
    assert "tip-corrected-age-note" not in _tip_message(child, TODAY)
