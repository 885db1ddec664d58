"""The reminder stages, fingerprints and keys, checked against the schedule files themselves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
import yaml

from bot.core.age import corrected_age_days
from bot.core.library import TipEntry
from scheduler.timeline import (
    BEFORE_DAYS,
    ChildFacts,
    TipBook,
    catchup_slot,
    item_key,
    item_slots,
    missed_doses,
    schedule_items,
    tip_key,
    tip_slot_days,
    tip_slots,
)
from tests.scheduler.planner_world import CONTENT, edited, library

IMMUNIZATION = yaml.safe_load((CONTENT / "data" / "immunization.yaml").read_text(encoding="utf-8"))["doses"]
REMINDED = [dose for dose in IMMUNIZATION if dose["place"] != "porodiliste"]
BORN = date(2026, 1, 5)


def _stages(item_id: str, born: date = BORN) -> dict[str, int]:
    """Stage -> days after the birth date, for a child born on ``born`` (unverified items included)."""
    item = next(item for item in schedule_items(library(), remind_unverified=True) if item.item == item_id)
    return {name: (day - born).days for name, day in item.days(born).items()}


@pytest.mark.parametrize("dose", REMINDED, ids=[dose["id"] for dose in REMINDED])
@pytest.mark.parametrize("born", [BORN, date(2023, 12, 31), date(2024, 2, 29)], ids=["5-jan", "31-dec", "29-feb"])
def test_every_dose_is_reminded_before_and_on_its_day_then_at_growing_intervals_inside_its_window(dose, born) -> None:
    stages = _stages(dose["id"], born)
    found = next(d for d in library().doses if d.id == dose["id"])
    recommended = (found.recommended_age.on(born) - born).days
    latest = (found.latest_age.on(born) - born).days

    assert stages["before"] == recommended - BEFORE_DAYS
    assert stages["on"] == recommended
    follow_ups = [stages[name] for name in sorted((s for s in stages if s.startswith("followup-")),
                                                   key=lambda s: int(s.split("-")[1]))]
    assert all(recommended < day <= latest for day in follow_ups)
    gaps = [b - a for a, b in zip([recommended, *follow_ups], follow_ups, strict=False)]
    assert gaps == sorted(gaps) and len(set(gaps[1:])) == len(gaps[1:])  # growing (after the first week)
    next_gap = (gaps[-1] * 2) if gaps else 7
    assert (follow_ups[-1] if follow_ups else recommended) + next_gap > latest  # none left out while open


def test_unverified_doses_and_visits_are_reminded_only_with_the_setting() -> None:
    by_default = {item.item for item in schedule_items(library())}
    with_setting = {item.item for item in schedule_items(library(), remind_unverified=True)}
    unverified = {d.id for d in library().doses if not d.verified} | {v.id for v in library().visits if not v.verified}
    assert {"pcv_2", "pcv_3", "pcv_booster", "checkup_3_5m"} <= unverified
    assert not by_default & unverified and unverified <= with_setting


def test_maternity_ward_doses_get_no_reminders() -> None:
    reminded = {item.item for item in schedule_items(library(), remind_unverified=True)}
    at_birth = {dose["id"] for dose in IMMUNIZATION if dose["place"] == "porodiliste"}
    assert at_birth and not reminded & at_birth
    assert {dose["id"] for dose in REMINDED} <= reminded


def test_a_visit_is_reminded_before_and_on_its_day() -> None:
    assert _stages("checkup_2m") == {"before": 56, "on": 59}  # two calendar months: 5 January to 5 March
    assert _stages("patronage_newborn") == {"on": 0}  # nothing before the birth


def test_editing_one_dose_changes_only_its_fingerprint() -> None:
    before = {item.item: item.fingerprint for item in schedule_items(library())}
    after = {item.item: item.fingerprint for item in schedule_items(edited(library(), "mmr_1", latest_days=500))}

    assert {item for item in before if before[item] != after[item]} == {"mmr_1"}


def test_a_recorded_dose_has_no_reminders_and_an_answered_done_visit_neither() -> None:
    facts = ChildFacts(1, BORN, None, BORN, recorded=frozenset({"hepb_2"}), done=frozenset({("checkup", "checkup_1m")}))
    slots = item_slots(facts, schedule_items(library()), 10, BORN, BORN + timedelta(days=90))

    assert {slot.item for slot in slots} >= {"dtap_ipv_hib_1", "checkup_2m"}
    assert not {slot.item for slot in slots} & {"hepb_2", "checkup_1m"}


def test_keys_name_the_item_stage_slot_fingerprint_and_child() -> None:
    key = item_key(7, "vaccine", "mmr_1", "on", date(2027, 1, 5), 9, 0xABC)
    assert key == "vaccine:mmr_1:on:20270105T09:00000abc:7"
    assert tip_key(7, date(2027, 1, 5), 9) == "tip:20270105T09:7"


def test_tip_slot_days_fall_on_the_weekday() -> None:
    days = tip_slot_days(2, date(2026, 6, 1), date(2026, 6, 30))  # Wednesdays of June 2026
    assert days == [date(2026, 6, 3), date(2026, 6, 10), date(2026, 6, 17), date(2026, 6, 24)]


def test_weekly_tips_follow_the_corrected_age_and_skip_seen_and_taken_ones() -> None:
    tips = [TipEntry("a", 0, 13, "health"), TipEntry("b", 0, 13, "safety"), TipEntry("c", 14, 40, "learning")]
    book = TipBook.of(tips)
    born_early = ChildFacts(1, BORN, 34, BORN, seen_tips=frozenset({"a"}))  # corrected age = chronological - 42
    days = [BORN + timedelta(days=n) for n in (49, 56, 63)]  # corrected ages 7, 14, 21

    slots = tip_slots(born_early, book, days[0].weekday(), 10, days, taken=frozenset())

    assert [corrected_age_days(BORN, day, 34) for day in days] == [7, 14, 21]
    assert [(slot.day, slot.item) for slot in slots] == [(days[0], "b"), (days[1], "c")]  # none left for day 3
    assert tip_slots(born_early, book, days[0].weekday(), 10, days, taken=frozenset({"b"}))[0].item == "c"


def test_late_enrolment_has_one_catch_up_listing_the_doses_missed_before_it() -> None:
    enrolled = BORN + timedelta(days=426)  # about 14 months
    facts = ChildFacts(1, BORN, None, enrolled, recorded=frozenset({"hepb_2"}))
    items = schedule_items(library())

    missed = {item.item for item in missed_doses(facts, items)}
    slot = catchup_slot(facts, items, 10, enrolled)

    assert missed == {"dtap_ipv_hib_1", "pcv_1", "dtap_ipv_hib_2", "dtap_ipv_hib_3", "hepb_3", "mmr_1"}
    assert slot is not None and (slot.kind, slot.day, slot.key) == ("catchup", enrolled, "catchup:1")
    assert catchup_slot(replace(facts, enrolled_on=BORN), items, 10, BORN) is None  # enrolled at birth: none
