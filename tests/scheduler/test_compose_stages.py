"""What a reminder says fits its stage and the child's record: before / on the day / follow-up / late, "first the
dose before it", and "ask the pediatrician" for what the data does not confirm."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot.core.family import Child, VaccinationRecord
from bot.core.messages import Text
from scheduler.compose import DueItem, compose
from tests.scheduler.outbox_rows import library, translator

BORN = date(2026, 1, 10)
MILA = Child(1, BORN, "Mila", id=7)
ON_TIME = [VaccinationRecord(7, "dtap_ipv_hib_1", date(2026, 3, 10)), VaccinationRecord(7, "pcv_1", date(2026, 3, 10))]
AT = datetime(2026, 1, 1, tzinfo=UTC)


def _say(parts) -> list[str]:
    return [translator().format("en", part) for part in parts]


def _one(kind: str, item: str, stage: str, today: date, records=ON_TIME):
    return compose([DueItem(1, 7, kind, item, stage, AT)], {7: MILA}, {7: records}, library(), today)


def _en(message_id: str, **args: object) -> str:
    return translator().format("en", Text(message_id, args))


@pytest.mark.parametrize(("stage", "today", "message", "args"), [
    pytest.param("before", date(2026, 4, 24), "reminders-vaccine-before",
                 {"date": date(2026, 4, 27), "place": Text("place-dom-zdravlja")}, id="before-when-where-what"),
    pytest.param("on", date(2026, 4, 27), "reminders-vaccine-on", {"until": date(2026, 5, 20)}, id="on-the-day"),
    pytest.param("followup-1", date(2026, 5, 4), "reminders-vaccine-followup", {"until": date(2026, 5, 20)},
                 id="follow-up-not-too-late"),
    pytest.param("followup-2", date(2026, 5, 21), "reminders-vaccine-late", {"since": date(2026, 5, 20)},
                 id="late-after-the-window"),
])
def test_a_dose_reminder_says_what_fits_its_stage(stage, today, message, args) -> None:
    composed = _one("vaccine", "dtap_ipv_hib_2", stage, today)
    assert composed.reply is not None
    assert _en(message, name=_en("child-name", name="Mila"), vaccine=_en("vaccine-dtap-ipv-hib-2"), **args) \
        in _say(composed.reply.parts)


def test_a_dose_whose_previous_dose_is_not_recorded_says_first_the_dose_before_it() -> None:
    composed = _one("vaccine", "dtap_ipv_hib_2", "on", date(2026, 4, 27), records=[])
    assert composed.reply is not None
    text = "\n".join(_say(composed.reply.parts))
    assert _en("record-reminder-waiting", name=_en("child-name", name="Mila"), vaccine=_en("vaccine-dtap-ipv-hib-2"),
               previous=_en("vaccine-dtap-ipv-hib-1")) in text
    assert [b.data for row in composed.reply.buttons for b in row][0] == "plan:7"  # mark dose 1 there
    both = compose([DueItem(1, 7, "vaccine", "dtap_ipv_hib_2", "on", AT),
                    DueItem(2, 7, "vaccine", "dtap_ipv_hib_1", "followup-9", AT)], {7: MILA}, {7: []}, library(),
                   date(2026, 4, 27))
    assert both.dropped == {1: "previous_in_message"} and both.included == [2]


def test_an_unverified_dose_or_visit_asks_the_pediatrician_and_is_never_late() -> None:
    dose = _one("vaccine", "pcv_2", "followup-3", date(2026, 7, 1))
    visit = _one("checkup", "checkup_3_5m", "on", date(2026, 4, 27))
    assert dose.reply is not None and visit.reply is not None
    dose_text, visit_text = "\n".join(_say(dose.reply.parts)), "\n".join(_say(visit.reply.parts))
    assert "Ask the pediatrician whether Mila needs it now" in dose_text and "late" not in dose_text
    assert "Ask the pediatrician whether Mila needs it now" in visit_text


def test_a_planner_row_for_a_dose_moved_later_is_not_sent_before_its_time() -> None:
    late_dose_1 = [VaccinationRecord(7, "dtap_ipv_hib_1", date(2026, 4, 20))]  # dose 2 opens on 18 May
    composed = _one("vaccine", "dtap_ipv_hib_2", "on", date(2026, 4, 27), records=late_dose_1)
    assert composed.reply is None and composed.dropped == {1: "not_open_yet"}
    asked_later = _one("vaccine", "dtap_ipv_hib_2", "later-5", date(2026, 4, 27), records=late_dose_1)
    assert asked_later.reply is not None  # the parent's "remind me later" is always answered
