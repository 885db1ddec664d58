"""Which tip a child gets: the age each tip goes by (corrected or chronological), its season, and extra tips
after the weekly chain; in the menu's choice, the child planner's and the bulk planner's book."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.core.library import CHRONOLOGICAL, TipEntry
from bot.core.tips import tip_for_now, tips_for_age
from scheduler.timeline import ChildFacts, TipBook, tip_slots

DEVELOPMENT = TipEntry("tip-play", 0, 30, "learning")
REGISTRATION = TipEntry("tip-register", 21, 27, "safety", age=CHRONOLOGICAL)
SUMMER = TipEntry("tip-x-heat", 0, 182, "nutrition", months=(6, 7, 8), extra=True)
EXTRA = TipEntry("tip-x-water", 0, 2190, "health", extra=True)
CATALOG = (EXTRA, SUMMER, DEVELOPMENT, REGISTRATION)


def ids(tips) -> list[str]:
    return [tip.id for tip in tips]


@pytest.mark.parametrize(
    ("corrected", "chronological", "expected"),
    [(10, 10, ["tip-play"]), (24, 24, ["tip-register", "tip-play"]), (0, 24, ["tip-register", "tip-play"]),
     (24, 80, ["tip-play"])],
    ids=["on-time-10-days", "on-time-24-days", "born-early-registration-by-real-age",
         "born-early-registration-window-passed"],
)
def test_each_tip_goes_by_its_own_age(corrected, chronological, expected) -> None:
    chain = [tip for tip in tips_for_age(CATALOG, corrected, chronological=chronological, month=1) if not tip.extra]
    assert ids(chain) == expected


@pytest.mark.parametrize(("month", "in_season"), [(1, False), (5, False), (6, True), (8, True), (9, False)],
                         ids=["january", "may", "june", "august", "september"])
def test_a_seasonal_tip_fits_only_in_its_months(month, in_season) -> None:
    assert (SUMMER in tips_for_age(CATALOG, 50, month=month)) is in_season
    assert (SUMMER.id in TipBook.of(CATALOG).candidates(50, 50, month)) is in_season


def test_extra_tips_come_after_the_weekly_chain() -> None:
    assert ids(tips_for_age(CATALOG, 10, month=7)) == ["tip-play", "tip-x-heat", "tip-x-water"]


def test_tip_now_never_gives_an_out_of_season_tip() -> None:
    seen = {"tip-play", "tip-x-water"}
    assert tip_for_now(CATALOG, 10, seen, month=7).id == "tip-x-heat"
    assert tip_for_now(CATALOG, 10, seen, month=1) is None


def test_the_bulk_planners_book_holds_each_tip_with_its_basis_and_only_in_season() -> None:
    book = TipBook.of(CATALOG)
    january = {(basis, tip) for _, basis, tip, _ in book.choices(1)}
    july = {(basis, tip) for _, basis, tip, _ in book.choices(7)}
    assert ("a", "tip-register") in january and ("c", "tip-play") in january
    assert ("c", "tip-x-heat") not in january and ("c", "tip-x-heat") in july


def test_a_baby_born_early_gets_the_registration_tip_by_real_age_in_the_weekly_plan() -> None:
    born = date(2026, 1, 1)  # a Thursday; 10 weeks early: corrected age 0 until day 70
    facts = ChildFacts(1, born, 30, born)
    days = [born + timedelta(days=n) for n in range(0, 35, 7)]
    slots = tip_slots(facts, TipBook.of(CATALOG), born.weekday(), 9, days, frozenset())
    by_day = {(slot.day - born).days: slot.item for slot in slots}
    assert by_day[21] == "tip-register"  # chronological day 21, while the corrected age is still 0
    assert by_day[0] == "tip-play"
