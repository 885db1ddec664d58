from datetime import date, timedelta
from pathlib import Path

import pytest

from bot.catalog import load_doses, load_visits
from bot.core.family import VaccinationRecord
from bot.core.library import Dose, Visit
from bot.core.schedule import PlanItem, Status, checkup_plan, summary, vaccine_plan

DATA = Path(__file__).resolve().parents[2] / "content" / "data"
DOSES = load_doses(DATA / "immunization.yaml")
VISITS = load_visits(DATA / "checkups.yaml", {dose.id for dose in DOSES})
BIRTH = date(2024, 1, 10)

AT_BIRTH, DONE, DUE, OVERDUE, UPCOMING, WAITING = (
    Status.AT_BIRTH,
    Status.DONE,
    Status.DUE,
    Status.OVERDUE,
    Status.UPCOMING,
    Status.WAITING,
)
ALL_IDS = """bcg_1 hepb_1 hepb_2 dtap_ipv_hib_1 pcv_1 dtap_ipv_hib_2 pcv_2 dtap_ipv_hib_3 pcv_3 hepb_3 mmr_1
    pcv_booster dtap_ipv_hib_booster mmr_2 dtap_ipv_booster_2""".split()  # the schedule order


def day(n: int) -> date:
    return BIRTH + timedelta(days=n)


def record(dose_id: str, given_on: date) -> VaccinationRecord:
    return VaccinationRecord(child_id=1, dose_id=dose_id, given_on=given_on)


def statuses(items) -> dict[str, Status]:
    return {item.dose.id: item.status for item in items}


def expect(at_birth=(), done=(), due=(), overdue=(), waiting=()) -> dict[str, Status]:
    """The expected statuses: the doses named, every other dose UPCOMING."""
    named = {**dict.fromkeys(at_birth, AT_BIRTH), **dict.fromkeys(done, DONE), **dict.fromkeys(waiting, WAITING)}
    named |= {**dict.fromkeys(due, DUE), **dict.fromkeys(overdue, OVERDUE)}
    return {dose_id: named.get(dose_id, UPCOMING) for dose_id in ALL_IDS}


MATERNITY = ("bcg_1", "hepb_1")
PRIMARY = (
    "hepb_2",
    "dtap_ipv_hib_1",
    "pcv_1",
    "dtap_ipv_hib_2",
    "pcv_2",
    "dtap_ipv_hib_3",
    "pcv_3",
    "hepb_3",
)
FIRSTS = ("hepb_2", "dtap_ipv_hib_1", "pcv_1")  # the first open dose of each series after birth
LATER_PRIMARY = tuple(d for d in PRIMARY if d not in FIRSTS)


@pytest.mark.parametrize(
    ("age_days", "expected"),
    [
        pytest.param(0, expect(at_birth=MATERNITY), id="newborn"),
        pytest.param(
            61, expect(at_birth=MATERNITY, due=("dtap_ipv_hib_1", "pcv_1"), overdue=("hepb_2",)), id="2m"
        ),
        pytest.param(
            122,
            expect(
                at_birth=MATERNITY,
                waiting=("dtap_ipv_hib_2", "pcv_2"),  # first the dose before it
                overdue=("hepb_2", "dtap_ipv_hib_1", "pcv_1"),
            ),
            id="4m",
        ),
        pytest.param(
            426,
            expect(at_birth=MATERNITY, due=("mmr_1",), overdue=FIRSTS,
                   waiting=(*LATER_PRIMARY, "pcv_booster")),
            id="14m-nothing-recorded",
        ),
        pytest.param(
            2374,
            expect(
                at_birth=MATERNITY,
                due=("dtap_ipv_booster_2",),  # DTaP-IPV, not the same vaccine as the 5-in-1 series
                overdue=(*FIRSTS, "mmr_1"),
                waiting=(*LATER_PRIMARY, "pcv_booster", "dtap_ipv_hib_booster", "mmr_2"),
            ),
            id="6.5y-nothing-recorded",
        ),
    ],
)
def test_vaccine_plan_without_records(age_days, expected):
    plan = vaccine_plan(BIRTH, day(age_days), DOSES, [])
    assert statuses(plan) == expected
    assert [item.dose.id for item in plan] == ALL_IDS


def test_recorded_doses_are_done_with_their_date():
    given = {d.id: d.recommended_age.on(BIRTH) + timedelta(days=3) for d in DOSES}
    records = [record(dose_id, given[dose_id]) for dose_id in ALL_IDS[:13]]
    plan = vaccine_plan(BIRTH, day(2374), DOSES, records)
    assert statuses(plan) == expect(done=ALL_IDS[:13], due=("mmr_2", "dtap_ipv_booster_2"))
    assert {item.dose.id: item.given_on for item in plan if item.status is DONE} == {
        i: given[i] for i in ALL_IDS[:13]
    }
    assert all(item.given_on is None for item in plan if item.status is not DONE)


def test_maternity_ward_dose_with_a_record_is_done():
    plan = vaccine_plan(BIRTH, day(2), DOSES, [record("hepb_1", BIRTH)])
    assert statuses(plan)["hepb_1"] is DONE
    assert statuses(plan)["bcg_1"] is AT_BIRTH


def test_maternity_ward_dose_without_a_record_is_never_called_overdue():
    plan = vaccine_plan(BIRTH, day(400), DOSES, [])  # past the BCG catch-up window
    assert statuses(plan)["bcg_1"] is AT_BIRTH


def test_records_of_unknown_doses_are_ignored_and_the_earliest_record_counts():
    records = [record("rotavirus_1", day(60)), record("hepb_2", day(45)), record("hepb_2", day(35))]
    plan = vaccine_plan(BIRTH, day(61), DOSES, records)
    hepb_2 = next(item for item in plan if item.dose.id == "hepb_2")
    assert (hepb_2.status, hepb_2.given_on) == (DONE, day(35))
    assert len(plan) == len(DOSES)


def test_plan_dates_are_birth_plus_schedule_ages():
    plan = vaccine_plan(BIRTH, BIRTH, DOSES, [])
    mmr_1 = next(item for item in plan if item.dose.id == "mmr_1")  # 12 to 15 calendar months
    assert (mmr_1.due_on, mmr_1.window_start, mmr_1.window_end) == (
        date(2025, 1, 10), date(2025, 1, 10), date(2025, 4, 10))
    hepb_2 = next(item for item in plan if item.dose.id == "hepb_2")  # days
    assert (hepb_2.due_on, hepb_2.window_start, hepb_2.window_end) == (day(30), day(30), day(60))


def dose(
    dose_id: str, start: int, end: int, place: str = "dom_zdravlja", recommended: int | None = None
) -> Dose:
    return Dose(dose_id, "X", start if recommended is None else recommended, start, end, place, True)


@pytest.mark.parametrize(
    ("age_days", "status"),
    [
        pytest.param(9, UPCOMING, id="day-before-start"),
        pytest.param(10, DUE, id="start-day"),
        pytest.param(20, DUE, id="end-day"),
        pytest.param(21, OVERDUE, id="day-after-end"),
    ],
)
def test_window_edges(age_days, status):
    (item,) = vaccine_plan(BIRTH, day(age_days), [dose("d", 10, 20)], [])
    assert item.status is status


def test_plan_is_sorted_by_due_date_then_schedule_order():
    doses = [
        dose("late", 50, 60),
        dose("early-b", 10, 20),
        dose("early-a", 10, 30),
        dose("middle", 5, 40, recommended=30),
    ]
    plan = vaccine_plan(BIRTH, BIRTH, doses, [])
    assert [item.dose.id for item in plan] == ["early-b", "early-a", "middle", "late"]


def visit_statuses(age_days: int) -> dict[str, Status]:
    return {item.visit.id: item.status for item in checkup_plan(BIRTH, day(age_days), VISITS)}


def test_checkups_of_a_newborn():
    found = visit_statuses(0)
    assert {visit_id for visit_id, status in found.items() if status is DUE} == {
        "patronage_newborn",
        "newborn_screening",
    }
    assert set(found.values()) == {DUE, UPCOMING}


def test_checkups_at_two_months():
    found = visit_statuses(61)
    assert found["checkup_2m"] is DUE
    assert found["checkup_1m"] is OVERDUE
    assert found["patronage_newborn"] is OVERDUE
    assert found["checkup_3_5m"] is UPCOMING


@pytest.mark.parametrize(
    ("age_days", "status"),
    [
        pytest.param(49, UPCOMING, id="day-before-start"),
        pytest.param(50, DUE, id="start-day"),
        pytest.param(91, DUE, id="end-day"),
        pytest.param(92, OVERDUE, id="day-after-end"),
    ],
)
def test_checkup_window_edges(age_days, status):
    assert visit_statuses(age_days)["checkup_2m"] is status


def test_checkup_plan_dates_and_order():
    plan = checkup_plan(BIRTH, BIRTH, VISITS)
    assert [item.due_on for item in plan] == sorted(item.due_on for item in plan)
    assert [item.visit.id for item in plan][:2] == ["patronage_newborn", "newborn_screening"]
    assert len(plan) == len(VISITS)
    visit = Visit("v", "screening", age_days=7, start_days=3, end_days=9, vaccines=(), verified=True)
    (item,) = checkup_plan(BIRTH, BIRTH, [visit])
    assert (item.due_on, item.window_start, item.window_end) == (day(7), day(3), day(9))


def test_summary_groups_items_by_status_in_order():
    plan = vaccine_plan(BIRTH, day(122), DOSES, [record("hepb_2", day(40)), record("pcv_1", day(70))])
    groups = summary(plan)
    assert set(groups) == set(Status)
    assert [item.dose.id for item in groups[DONE]] == ["hepb_2", "pcv_1"]
    assert [item.dose.id for item in groups[OVERDUE]] == ["dtap_ipv_hib_1"]
    assert [item.dose.id for item in groups[DUE]] == ["pcv_2"]
    assert [item.dose.id for item in groups[WAITING]] == ["dtap_ipv_hib_2"]
    assert all(isinstance(item, PlanItem) for items in groups.values() for item in items)
    assert summary([]) == {status: [] for status in Status}
