"""When the shipped tips reach a child (issues 15 and 17), planned week by week with fixed dates (never today):

- extra tips reach a first-year child in turn, one week in four, and never take the week of a chain tip about
  appointments, vaccines, documents, health, safety or feeding;
- the kindergarten pointer (the guide's button) comes at about 2½ years, not at 2;
- the preparatory preschool programme's pointer comes in the spring of the year the child starts it (about 5½ by
  the autumn), not a year early and not by season alone;
- the birth-registration tip and guide give the same, more cautious deadline (15 days) and name the law.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.catalog import load_library
from bot.core.library import CHRONOLOGICAL, TipEntry
from bot.core.messages import LOCALES, Text
from bot.core.tips import extra_weeks, tips_for_age, yields
from bot.i18n import Translator
from scheduler.timeline import ChildFacts, TipBook, tip_slots

CONTENT = Path(__file__).resolve().parents[2] / "content"
LIBRARY = load_library(CONTENT)
BOOK = TipBook.of(LIBRARY.tips)
BY_ID = {tip.id: tip for tip in LIBRARY.tips}


def weekly_plan(born: date, first: date, last: date, gestational_weeks: int | None = None) -> dict[date, str]:
    """The weekly tip of each week (on the birth date's weekday) from ``first`` to ``last``, each sent once."""
    facts = ChildFacts(1, born, gestational_weeks, born)
    days = [day for day in (first + timedelta(days=n) for n in range((last - first).days + 1))
            if day.weekday() == born.weekday()]
    return {slot.day: slot.item for slot in tip_slots(facts, BOOK, born.weekday(), 10, days, frozenset())}


# --- extra tips in the first year (issue 15) ------------------------------------------------------------------


@pytest.mark.parametrize("born", [date(2026, 1, 5), date(2026, 6, 1)], ids=["born-in-winter", "born-in-summer"])
def test_a_first_year_child_receives_extra_tips_in_turn_over_the_weeks(born: date) -> None:
    plan = weekly_plan(born, born, born + timedelta(days=363))  # weeks 0-51
    by_week = {(day - born).days // 7: tip for day, tip in plan.items()}
    extras = [tip for tip in by_week.values() if BY_ID[tip].extra]

    assert sorted(by_week) == list(range(52))  # a tip every week
    assert len(extras) == len(set(extras)) >= 9  # nine or more different extra tips, none twice
    assert {week for week, tip in by_week.items() if BY_ID[tip].extra} <= extra_weeks(LIBRARY.tips)
    # every extra tip of the first year without a season gets its turn, the short windows too (breastfeeding
    # help and the born-early tip end at day 120)
    first_year = {tip.id for tip in LIBRARY.tips if tip.extra and not tip.months and tip.start_days < 300}
    assert {"tip-x-breastfeeding-help", "tip-x-born-early", "tip-x-no-honey-milk-tea"} <= first_year
    assert first_year <= set(extras)
    assert set(extras) & {"tip-x-hot-weather", "tip-x-winter-heating"}  # and a seasonal one in its season
    # the season: the hot-weather tip only in summer, the winter-heating tip only in winter
    for day, tip in plan.items():
        assert BY_ID[tip].in_season(day.month)


def test_extra_tips_never_take_the_week_of_an_age_critical_chain_tip() -> None:
    born = date(2026, 3, 2)
    plan = weekly_plan(born, born, born + timedelta(days=363))
    sent = set(plan.values())
    critical = [tip for tip in LIBRARY.tips if not tip.extra and tip.start_days < 364 and not yields(tip)]
    assert [tip.id for tip in critical if tip.id not in sent] == []
    assert any(tip.age == CHRONOLOGICAL for tip in critical)  # appointments, vaccines, documents among them


def test_extra_weeks_are_one_in_four_after_the_first_two_weeks_and_only_in_the_first_year() -> None:
    weeks = sorted(extra_weeks(LIBRARY.tips))
    assert weeks[0] >= 2 and weeks[-1] <= 51
    assert all(week // 4 != other // 4 for week, other in zip(weeks, weeks[1:], strict=False))  # one per block
    assert len(weeks) >= 10
    # outside the first year the chain goes first, as before
    older = tips_for_age(LIBRARY.tips, 400, month=4)
    assert not older[0].extra


def test_a_catalog_without_play_tips_has_no_extra_week() -> None:
    chain = [TipEntry(f"tip-w{w:02d}-x", 7 * w, 7 * w + 6, "health") for w in range(53)]
    extra = TipEntry("tip-x-water", 0, 2190, "health", extra=True)
    assert extra_weeks([*chain, extra]) == frozenset()
    assert [tip.id for tip in tips_for_age([*chain, extra], 70)] == ["tip-w10-x", "tip-x-water"]


# --- kindergarten at about 2½ (issue 17) ------------------------------------------------------------------------


def pointers(guide: str) -> set[str]:
    return {tip.id for tip in LIBRARY.tips if tip.guide == guide}


def test_the_kindergarten_guide_comes_at_about_two_and_a_half() -> None:
    assert pointers("kindergarten") == {"tip-x-kindergarten-enrolment"}
    born = date(2024, 5, 20)
    plan = weekly_plan(born, born + timedelta(days=700), born + timedelta(days=1000))
    days = [day for day, tip in plan.items() if tip == "tip-x-kindergarten-enrolment"]
    assert len(days) == 1
    age = (days[0] - born).days
    assert 913 <= age <= 973  # 30-32 months: half a year before kindergarten from 3
    assert "tip-m24-kindergarten" in plan.values()  # the month-24 tip still speaks of kindergarten, without the button


# --- the preparatory preschool programme: the spring of the year the child starts it (issue 17) -----------------


@pytest.mark.parametrize(
    ("born", "spring"),
    [
        pytest.param(date(2021, 1, 10), 2026, id="5-and-8-months-in-september-2026"),
        pytest.param(date(2021, 6, 15), 2027, id="5-and-2-months-in-september-2026-waits-a-year"),
        pytest.param(date(2021, 10, 10), 2027, id="4-and-11-months-in-september-2026-waits-a-year"),
    ],
)
def test_the_preschool_programme_guide_comes_in_the_spring_of_the_year_the_child_starts(born: date,
                                                                                        spring: int) -> None:
    assert pointers("preschool-programme") == {"tip-x-preschool-enrolment"}
    plan = weekly_plan(born, date(2025, 9, 1), born + timedelta(days=2190))
    days = [day for day, tip in plan.items() if tip == "tip-x-preschool-enrolment"]
    assert len(days) == 1
    day = days[0]
    assert day.year == spring and day.month in (3, 4, 5)
    september = date(spring, 9, 1)
    assert 5.4 <= (september - born).days / 365.25 < 6.5  # about 5½ or older when the programme starts


# --- birth registration: tip and guide agree (issue 15) ---------------------------------------------------------


@pytest.mark.parametrize("locale", LOCALES)
def test_the_birth_registration_tip_and_guide_give_the_same_cautious_deadline_and_name_the_law(locale: str) -> None:
    translator = Translator.from_directory(CONTENT, strict=True, show_unreviewed_romani=True)
    tip = translator.format(locale, Text("tip-w03-birth-registration"))
    step = translator.format(locale, Text("guide-birth-registration-step-deadline"))
    law = "Закон о матичним књигама" if locale == "sr-Cyrl" else "Zakon o matičnim knjigama"
    for text in (tip, step):
        assert "15" in text and law in text
    assert "30" not in tip
    assert "rs-birth-registration-deadline" in BY_ID["tip-w03-birth-registration"].review.sources
