""""Tip for my child now": the next unseen tip of the age, then a recent one the child missed; never a repeat.

The last tests run on the real library (content/data/tips.yaml) and through the real dialog.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalog import load_library
from bot.core.library import Milestone, TipEntry
from bot.core.tips import milestones_due, tip_for_now, tips_for_age
from tests.fakes.chat import ChatDriver, make_app

CONTENT = Path(__file__).resolve().parents[2] / "content"
WEEKLY = (
    TipEntry("tip-w10", 70, 76, "learning"),
    TipEntry("tip-w11", 77, 83, "health"),
    TipEntry("tip-w12", 84, 90, "safety"),
    TipEntry("tip-w12-extra", 84, 90, "nutrition"),
    TipEntry("tip-w13", 91, 97, "responsive"),
)


@pytest.mark.parametrize(
    ("age", "seen", "expected"),
    [
        pytest.param(85, set(), "tip-w12", id="the-tip-of-the-age"),
        pytest.param(85, {"tip-w12"}, "tip-w12-extra", id="then-the-rest-of-the-age"),
        pytest.param(85, {"tip-w12", "tip-w12-extra"}, "tip-w11", id="then-the-latest-missed"),
        pytest.param(85, {"tip-w12", "tip-w12-extra", "tip-w11"}, "tip-w10", id="then-the-one-before"),
        pytest.param(102, {"tip-w13"}, "tip-w12", id="missed-tip-still-fits-a-third-older"),
        pytest.param(98, set(), "tip-w13", id="after-the-last-window-the-latest-tip"),
        pytest.param(85, {"tip-w12", "tip-w12-extra", "tip-w11", "tip-w10"}, None, id="nothing-left"),
        pytest.param(130, set(), None, id="too-old-for-every-tip"),
    ],
)
def test_tip_for_now_prefers_the_age_then_the_most_recent_missed_tip(age, seen, expected):
    found = tip_for_now(WEEKLY, age, seen)
    assert (found.id if found else None) == expected


def test_a_tip_is_not_offered_once_the_child_is_more_than_a_third_older_than_its_window():
    newborn = (TipEntry("tip-newborn", 0, 30, "health"),)
    assert tip_for_now(newborn, 40, set()).id == "tip-newborn"
    assert tip_for_now(newborn, 41, set()) is None


@pytest.mark.parametrize(
    ("age", "due"),
    [pytest.param(60, [], id="before"), pytest.param(61, ["m2"], id="first-day"),
     pytest.param(75, ["m2"], id="last-day"), pytest.param(76, [], id="after")],
)
def test_a_milestone_note_is_due_inside_its_window(age, due):
    notes = (Milestone("m4", 4, 122, 136), Milestone("m2", 2, 61, 75))
    assert [m.id for m in milestones_due(notes, age)] == due


@pytest.fixture(scope="module")
def real_tips() -> tuple[TipEntry, ...]:
    return load_library(CONTENT).tips


def test_every_day_from_birth_to_six_years_has_a_tip_in_the_real_library(real_tips):
    assert [day for day in range(0, 2191) if not tips_for_age(real_tips, day)] == []


def test_a_daily_press_from_birth_to_six_years_gives_every_tip_once(real_tips):
    seen: list[str] = []
    for day in range(0, 2191):
        found = tip_for_now(real_tips, day, set(seen))
        if found is not None:
            assert found.start_days <= day, f"day {day} got {found.id} before its age"
            seen.append(found.id)
    assert len(seen) == len(set(seen)), "a tip was given twice"
    assert sorted(seen) == sorted(tip.id for tip in real_tips)


async def test_tip_for_my_child_now_gives_new_tips_then_says_none_is_left(tmp_path):
    app = await make_app(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    try:
        chat = ChatDriver(app)
        await chat.onboard("en")  # born 1.9.2026: 82 days old on the fixed day, in week 11 (days 77-83)
        by_end = {tip.end_days: tip.id for tip in app.library.tips if not tip.extra}
        extras = [tip.id for tip in tips_for_age(app.library.tips, 82, month=11) if tip.extra]
        assert "tip-x-winter-heating" in extras and "tip-x-hot-weather" not in extras  # November
        # week 11, the extra tips in season for the age, then the weeks the child missed while a tip still fits
        # (ended at most a third earlier)
        expected = [chat.say(tip) for tip in (by_end[83], *extras, by_end[76], by_end[69], by_end[62])]
        shown = []
        for _ in range(len(expected) + 2):
            await chat.press_id("menu-tip")
            shown.append(chat.last[0].text)
        header = chat.say("tip-header", name=chat.say("child-name", name="Mila"), age=chat.say("age-months", months=2))
        assert shown[: len(expected)] == [f"{header}\n\n{tip}" for tip in expected]
        assert shown[len(expected):] == [chat.say("tip-none-left", name=chat.say("child-name", name="Mila"))] * 2
    finally:
        await app.close()
