"""The plan follows the child's real record: intervals after the previous dose, calendar-month ages, the
catch-up order of a child enrolled late, and doses the data does not confirm."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.catalog import load_doses
from bot.core.age import Age, add_months
from bot.core.family import VaccinationRecord
from bot.core.library import Dose
from bot.core.schedule import OPEN, Status, vaccine_plan

DOSES = load_doses(Path(__file__).resolve().parents[2] / "content" / "data" / "immunization.yaml")


def rec(dose_id: str, given_on: date, *, known: bool = True) -> VaccinationRecord:
    return VaccinationRecord(1, dose_id, given_on, date_known=known)


def item(birth: date, today: date, dose_id: str, records=()):
    return next(i for i in vaccine_plan(birth, today, DOSES, records) if i.dose.id == dose_id)


# -- intervals ------------------------------------------------------------------------------------------------

BIRTH = date(2026, 1, 10)


def test_dose_two_recorded_today_is_not_late_the_next_opens_after_the_interval() -> None:
    today = BIRTH + timedelta(days=125)  # dose 1 given very late, today
    dose2 = item(BIRTH, today, "dtap_ipv_hib_2", [rec("dtap_ipv_hib_1", today)])
    assert dose2.status is Status.UPCOMING
    assert (dose2.window_start, dose2.due_on) == (today + timedelta(days=28), today + timedelta(days=28))
    assert dose2.window_end == today + timedelta(days=28 + 130 - 107)  # the usual time after the due day


@pytest.mark.parametrize(("given_age", "opens_age"), [
    pytest.param(61, 100, id="on-time-dose-1-keeps-the-age-window"),
    pytest.param(80, 108, id="late-dose-1-moves-the-window"),
])
def test_window_opens_at_the_later_of_age_and_previous_dose_plus_interval(given_age, opens_age) -> None:
    given = BIRTH + timedelta(days=given_age)
    dose2 = item(BIRTH, BIRTH + timedelta(days=104), "dtap_ipv_hib_2", [rec("dtap_ipv_hib_1", given)])
    assert dose2.window_start == BIRTH + timedelta(days=opens_age)
    assert dose2.status is (Status.DUE if opens_age <= 104 else Status.UPCOMING)


def test_a_dose_whose_previous_dose_is_not_recorded_waits_for_it() -> None:
    dose2 = item(BIRTH, BIRTH + timedelta(days=110), "dtap_ipv_hib_2")
    assert dose2.status is Status.WAITING and dose2.after is not None and dose2.after.id == "dtap_ipv_hib_1"
    early = item(BIRTH, BIRTH + timedelta(days=90), "dtap_ipv_hib_2")
    assert early.status is Status.UPCOMING and early.previous_open


def test_a_maternity_ward_dose_counts_as_given_at_birth() -> None:
    hepb2 = item(BIRTH, BIRTH + timedelta(days=30), "hepb_2")
    assert hepb2.status is Status.DUE and not hepb2.previous_open


def test_an_undated_record_counts_as_given_on_its_recommended_day() -> None:
    today = BIRTH + timedelta(days=200)
    undated = item(BIRTH, today, "dtap_ipv_hib_2", [rec("dtap_ipv_hib_1", today, known=False)])
    assert undated.window_start == BIRTH + timedelta(days=100)  # dose 1 at 2 months + 28 days < day 100
    assert undated.status is Status.OVERDUE


# -- calendar months and years --------------------------------------------------------------------------------


def test_preschool_doses_of_a_child_born_15_june_2022_fall_on_the_sixth_birthday() -> None:
    birth = date(2022, 6, 15)
    for dose_id in ("mmr_2", "dtap_ipv_booster_2"):
        plan = item(birth, birth, dose_id, [])
        assert plan.due_on == date(2028, 6, 15) and plan.window_start == date(2028, 6, 15)


@pytest.mark.parametrize(("birth", "two_months", "first_birthday"), [
    pytest.param(date(2025, 12, 31), date(2026, 2, 28), date(2026, 12, 31), id="31-december-to-february"),
    pytest.param(date(2023, 12, 31), date(2024, 2, 29), date(2024, 12, 31), id="31-december-leap-february"),
    pytest.param(date(2024, 2, 29), date(2024, 4, 29), date(2025, 2, 28), id="born-on-29-february"),
    pytest.param(date(2024, 1, 31), date(2024, 3, 31), date(2025, 1, 31), id="31-january"),
    pytest.param(date(2024, 8, 31), date(2024, 10, 31), date(2025, 8, 31), id="31-august"),
])
def test_month_ages_are_calendar_months_at_month_ends_and_leap_days(birth, two_months, first_birthday) -> None:
    assert item(birth, birth, "dtap_ipv_hib_1").due_on == two_months
    assert item(birth, birth, "mmr_1").due_on == first_birthday


@pytest.mark.parametrize(("age", "day", "births"), [
    pytest.param(Age(1), date(2025, 2, 28), [date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30),
                                             date(2025, 1, 31)], id="month-end-takes-four-birth-days"),
    pytest.param(Age(1), date(2025, 3, 31), [], id="no-child-is-one-month-old-first-on-31-march"),
    pytest.param(Age(12), date(2025, 2, 28), [date(2024, 2, 28), date(2024, 2, 29)], id="leap-day-birthday"),
    pytest.param(Age(0, 30), date(2025, 3, 1), [date(2025, 1, 30)], id="plain-days"),
    pytest.param(Age(72), date(2028, 6, 15), [date(2022, 6, 15)], id="six-years"),
])
def test_births_for_a_day_are_exactly_the_birth_dates_reaching_the_age_that_day(age, day, births) -> None:
    assert age.births_for(day) == births
    assert all(age.on(birth) == day for birth in births)


def test_every_birth_date_of_four_years_reaches_each_age_on_exactly_one_day() -> None:
    start = date(2023, 1, 1)  # births of 2023 (and 2024's leap day) onwards
    for age in (Age(2), Age(17), Age(72), Age(3, 15)):
        found = {}
        for n in range(8 * 366):
            for birth in age.births_for(start + timedelta(days=n)):
                found.setdefault(birth, []).append(start + timedelta(days=n))
        births = [start + timedelta(days=n) for n in range(366)]
        assert all(found.get(b) == [age.on(b)] for b in births), age


def test_age_texts() -> None:
    assert [Age.parse(t) for t in ("6y", "17m", "3m15d", "30d", "1y6m")] == [
        Age(72), Age(17), Age(3, 15), Age(0, 30), Age(18)]
    with pytest.raises(ValueError):
        Age.parse("six years")
    assert add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)


# -- catch-up ---------------------------------------------------------------------------------------------------


def _open_now(birth: date, today: date, records=()) -> list[str]:
    return [i.dose.id for i in vaccine_plan(birth, today, DOSES, records) if i.status in OPEN]


@pytest.mark.parametrize(("months", "now"), [
    pytest.param(14, ["hepb_2", "dtap_ipv_hib_1", "pcv_1", "mmr_1"], id="enrolled-at-14-months"),
    pytest.param(48, ["hepb_2", "dtap_ipv_hib_1", "pcv_1", "mmr_1"], id="enrolled-at-4-years"),
])
def test_a_child_enrolled_late_gets_the_first_open_dose_of_each_series_in_schedule_order(months, now) -> None:
    birth = date(2022, 3, 5)
    assert _open_now(birth, add_months(birth, months)) == now


def test_catch_up_doses_follow_each_other_with_their_spacing() -> None:
    birth = date(2022, 3, 5)
    enrolled = add_months(birth, 14)
    given = enrolled + timedelta(days=2)
    records = [rec("hepb_2", given), rec("dtap_ipv_hib_1", given), rec("pcv_1", given), rec("mmr_1", given)]
    plan = {i.dose.id: i for i in vaccine_plan(birth, given + timedelta(days=10), DOSES, records)}
    assert plan["dtap_ipv_hib_2"].status is Status.UPCOMING
    assert plan["dtap_ipv_hib_2"].window_start == given + timedelta(days=28)
    assert plan["dtap_ipv_hib_3"].status is Status.WAITING  # first dose 2
    assert plan["hepb_3"].status is Status.DUE  # no minimum interval in the data: the order only
    later = {i.dose.id: i for i in vaccine_plan(birth, given + timedelta(days=28), DOSES, records)}
    assert later["dtap_ipv_hib_2"].status is Status.DUE


# -- unverified items --------------------------------------------------------------------------------------------


def test_unverified_doses_are_not_certain_and_verified_ones_are() -> None:
    plan = {i.dose.id: i for i in vaccine_plan(BIRTH, BIRTH, DOSES, [])}
    assert {d for d, i in plan.items() if not i.certain} == {"pcv_2", "pcv_3", "pcv_booster"}


def test_a_series_is_the_same_vaccine_in_schedule_order() -> None:
    doses = [Dose("a1", "A", 10, 10, 20, "dom_zdravlja", True), Dose("b1", "B", 10, 10, 20, "dom_zdravlja", True),
             Dose("a2", "A", 30, 30, 40, "dom_zdravlja", True, 28)]
    plan = {i.dose.id: i for i in vaccine_plan(BIRTH, BIRTH, doses, [rec("a1", BIRTH + timedelta(days=15))])}
    assert plan["a2"].after == doses[0] and plan["b1"].after is None
    assert plan["a2"].window_start == BIRTH + timedelta(days=43)
