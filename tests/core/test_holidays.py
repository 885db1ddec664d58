"""Serbian public holidays: the Orthodox Easter computus, fixed days, and the Sunday rule for state holidays."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.catalog.services import load_holidays
from bot.core.holidays import is_non_working, non_working_days, orthodox_easter

RULES = load_holidays(Path(__file__).resolve().parents[2] / "content" / "data" / "holidays.yaml")


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        # the published dates of shared/domain/holidays_rs.yaml (2024 matches the National Bank of Serbia)
        (2024, date(2024, 5, 5)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 12)), (2027, date(2027, 5, 2)),
        (2028, date(2028, 4, 16)), (2029, date(2029, 4, 8)), (2030, date(2030, 4, 28)),
        (2021, date(2021, 5, 2)), (2023, date(2023, 4, 16)),
        (2100, date(2100, 5, 2)),  # the Julian calendar is 14 days behind from March 2100
    ],
    ids=str,
)
def test_orthodox_easter_is_computed_with_the_julian_computus(year, easter):
    assert orthodox_easter(year) == easter
    assert easter.weekday() == 6


def test_the_shipped_rules_are_the_verified_serbian_ones():
    assert RULES is not None and RULES.verified
    assert sorted(RULES.fixed - RULES.sunday_rule) == [(1, 7)]  # Orthodox Christmas: no Sunday rule


@pytest.mark.parametrize(
    ("day", "non_working"),
    [
        pytest.param(date(2026, 1, 1), True, id="new-year"),
        pytest.param(date(2026, 1, 2), True, id="second-of-january"),
        pytest.param(date(2026, 1, 7), True, id="orthodox-christmas"),
        pytest.param(date(2026, 1, 27), False, id="saint-sava-is-a-working-day"),
        pytest.param(date(2026, 4, 10), True, id="good-friday-2026"),
        pytest.param(date(2026, 4, 11), True, id="holy-saturday-2026"),
        pytest.param(date(2026, 4, 13), True, id="easter-monday-2026"),
        pytest.param(date(2026, 4, 14), False, id="easter-tuesday-2026"),
        pytest.param(date(2026, 4, 3), False, id="catholic-good-friday-2026"),
        pytest.param(date(2026, 4, 8), False, id="roma-day-is-not-a-holiday"),
        pytest.param(date(2026, 2, 17), True, id="statehood-day-on-sunday-2026-frees-tuesday"),
        pytest.param(date(2026, 2, 18), False, id="only-one-extra-day-2026"),
        pytest.param(date(2023, 1, 3), True, id="new-year-on-sunday-2023-frees-tuesday"),
        pytest.param(date(2029, 11, 12), True, id="armistice-day-on-sunday-2029-frees-monday"),
        pytest.param(date(2029, 1, 8), False, id="christmas-on-sunday-2029-frees-nothing"),
        pytest.param(date(2021, 5, 4), True, id="labour-day-on-easter-sunday-2021-frees-tuesday"),
        pytest.param(date(2027, 1, 4), False, id="holiday-on-saturday-2027-frees-nothing"),
        pytest.param(date(2026, 11, 11), True, id="armistice-day"),
    ],
)
def test_non_working_days(day, non_working):
    assert RULES is not None
    assert is_non_working(day, RULES) is non_working


def test_a_year_has_the_fixed_days_easter_and_the_sunday_rule_days():
    assert RULES is not None
    assert len(non_working_days(2026, RULES)) == 8 + 4 + 1  # 17 February 2026
    assert len(non_working_days(2024, RULES)) == 8 + 4  # no state holiday on a Sunday in 2024
    # 2027: Labour Day on Holy Saturday, 2 May on Easter Sunday, so the free day after it is Tuesday 4 May
    assert len(non_working_days(2027, RULES)) == 8 + 4 - 2 + 1
    assert date(2027, 5, 4) in non_working_days(2027, RULES)
