from datetime import date

import pytest

from bot.core.age import add_months, age_in_days, completed_months, corrected_age_days, describe_age
from bot.core.messages import Text


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        pytest.param(date(2024, 1, 31), 1, date(2024, 2, 29), id="jan31-to-leap-feb"),
        pytest.param(date(2023, 1, 31), 1, date(2023, 2, 28), id="jan31-to-common-feb"),
        pytest.param(date(2024, 3, 31), 1, date(2024, 4, 30), id="mar31-to-apr30"),
        pytest.param(date(2024, 2, 29), 12, date(2025, 2, 28), id="leap-day-plus-a-year"),
        pytest.param(date(2024, 2, 29), 48, date(2028, 2, 29), id="leap-day-plus-four-years"),
        pytest.param(date(2024, 11, 15), 3, date(2025, 2, 15), id="across-new-year"),
        pytest.param(date(2025, 3, 31), -1, date(2025, 2, 28), id="backwards-clamps"),
        pytest.param(date(2025, 1, 10), -84, date(2018, 1, 10), id="seven-years-back"),
        pytest.param(date(2025, 5, 5), 0, date(2025, 5, 5), id="zero"),
    ],
)
def test_add_months_clamps_to_the_end_of_the_month(start, months, expected):
    assert add_months(start, months) == expected


def test_age_in_days_counts_from_zero_on_the_birth_day():
    assert age_in_days(date(2024, 3, 12), date(2024, 3, 12)) == 0
    assert age_in_days(date(2024, 2, 28), date(2024, 3, 1)) == 2  # 29 Feb 2024 in between


@pytest.mark.parametrize(
    ("birth", "on", "expected"),
    [
        pytest.param(date(2024, 3, 12), date(2024, 4, 11), 0, id="day-before-first-month"),
        pytest.param(date(2024, 3, 12), date(2024, 4, 12), 1, id="exactly-one-month"),
        pytest.param(date(2024, 1, 31), date(2024, 2, 28), 0, id="jan31-before-leap-feb-end"),
        pytest.param(date(2024, 1, 31), date(2024, 2, 29), 1, id="jan31-on-leap-feb-end"),
        pytest.param(date(2023, 1, 31), date(2023, 2, 28), 1, id="jan31-on-common-feb-end"),
        pytest.param(date(2023, 1, 31), date(2023, 3, 30), 1, id="jan31-before-mar31"),
        pytest.param(date(2023, 1, 31), date(2023, 3, 31), 2, id="jan31-on-mar31"),
        pytest.param(date(2024, 2, 29), date(2025, 2, 27), 11, id="leap-birth-day-before-birthday"),
        pytest.param(date(2024, 2, 29), date(2025, 2, 28), 12, id="leap-birth-one-year-on-feb28"),
        pytest.param(date(2024, 2, 29), date(2028, 2, 28), 47, id="leap-birth-before-leap-birthday"),
        pytest.param(date(2024, 2, 29), date(2028, 2, 29), 48, id="leap-birth-on-leap-birthday"),
        pytest.param(date(2020, 6, 15), date(2026, 12, 14), 77, id="six-years-and-five-months"),
    ],
)
def test_completed_months(birth, on, expected):
    assert completed_months(birth, on) == expected


def test_completed_months_refuses_a_day_before_the_birth():
    with pytest.raises(ValueError):
        completed_months(date(2024, 3, 12), date(2024, 3, 11))


@pytest.mark.parametrize(
    ("age", "weeks", "expected"),
    [
        pytest.param(100, None, 100, id="unknown-weeks-is-chronological"),
        pytest.param(100, 37, 100, id="term-is-chronological"),
        pytest.param(100, 40, 100, id="full-term-is-chronological"),
        pytest.param(100, 36, 72, id="four-weeks-early"),
        pytest.param(100, 28, 16, id="twelve-weeks-early"),
        pytest.param(50, 28, 0, id="floor-at-zero"),
        pytest.param(0, 30, 0, id="birth-day-of-preterm"),
        pytest.param(729, 30, 659, id="last-day-before-two-years"),
        pytest.param(730, 30, 730, id="from-two-years-chronological"),
        pytest.param(1000, 30, 1000, id="well-after-two-years"),
    ],
)
def test_corrected_age_days(age, weeks, expected):
    birth = date(2023, 1, 1)
    on = date.fromordinal(birth.toordinal() + age)
    assert corrected_age_days(birth, on, weeks) == expected


@pytest.mark.parametrize(
    ("birth", "on", "expected"),
    [
        pytest.param(date(2024, 3, 12), date(2024, 3, 12), Text("age-days", {"days": 0}), id="birth-day"),
        pytest.param(
            date(2024, 3, 12), date(2024, 4, 11), Text("age-days", {"days": 30}), id="last-day-in-days"
        ),
        pytest.param(
            date(2024, 3, 12), date(2024, 4, 12), Text("age-months", {"months": 1}), id="first-month"
        ),
        pytest.param(date(2024, 1, 31), date(2024, 2, 29), Text("age-months", {"months": 1}), id="month-end"),
        pytest.param(
            date(2022, 3, 12), date(2024, 3, 11), Text("age-months", {"months": 23}), id="last-month"
        ),
        pytest.param(
            date(2022, 3, 12),
            date(2024, 3, 12),
            Text("age-years-months", {"years": 2, "months": 0}),
            id="two-years",
        ),
        pytest.param(
            date(2019, 5, 1),
            date(2025, 10, 20),
            Text("age-years-months", {"years": 6, "months": 5}),
            id="six-years",
        ),
    ],
)
def test_describe_age_picks_the_message_by_completed_months(birth, on, expected):
    assert describe_age(birth, on) == expected
