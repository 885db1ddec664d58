"""A real-looking card, several doses recorded late: its plan on the day, and the next 60 days of reminders
(planner ticks and the dispatcher's messages) checked item by item.

A child born 14 March 2026 (no nickname): the maternity-ward doses on the card, hepatitis B 2 on 2 May (due
13 April), the 2-month doses on 10 June (due 14 May), 5-in-1 dose 2 on 20 July (its window moved to 8 July by
dose 1). Looked at on 10 August 2026; the parent records 5-in-1 dose 3 on 26 August, after its first follow-up.
"""

from __future__ import annotations

from datetime import date, timedelta

from bot.clock import FixedClock
from bot.config import Settings
from bot.core.family import VaccinationRecord
from bot.core.messages import Text
from bot.core.schedule import Status, vaccine_plan
from bot.storage.database import Database
from scheduler.calendar import DeliveryCalendar
from scheduler.dispatcher import Dispatcher
from scheduler.planner import Planner
from tests.fakes.sender import FakeSender
from tests.scheduler.outbox_rows import add_family, library, local, rows, translator
from tests.scheduler.planner_world import add_child, planner, record

BORN = date(2026, 3, 14)
START = date(2026, 8, 10)
CARD = [("hepb_1", BORN), ("bcg_1", date(2026, 3, 15)), ("hepb_2", date(2026, 5, 2)),
        ("dtap_ipv_hib_1", date(2026, 6, 10)), ("pcv_1", date(2026, 6, 10)), ("dtap_ipv_hib_2", date(2026, 7, 20))]
D = date


def test_the_plan_of_the_card_item_by_item() -> None:
    records = [VaccinationRecord(1, dose, given) for dose, given in CARD]
    plan = {i.dose.id: i for i in vaccine_plan(BORN, START, library().doses, records)}
    expected = {  # dose: (status, due, window start, window end)
        "dtap_ipv_hib_3": (Status.UPCOMING, D(2026, 8, 17), D(2026, 8, 17), D(2026, 9, 17)),  # 20.7 + 28 days
        "pcv_2": (Status.OVERDUE, D(2026, 7, 8), D(2026, 7, 8), D(2026, 7, 31)),  # 10.6 + 28, not confirmed
        "pcv_3": (Status.UPCOMING, D(2026, 8, 14), D(2026, 8, 14), D(2026, 9, 14)),  # after PCV 2
        "hepb_3": (Status.UPCOMING, D(2026, 9, 14), D(2026, 9, 14), D(2026, 10, 20)),
        "mmr_1": (Status.UPCOMING, D(2027, 3, 14), D(2027, 3, 14), D(2027, 6, 14)),
        "pcv_booster": (Status.UPCOMING, D(2027, 3, 14), D(2027, 3, 14), D(2028, 3, 14)),
        "dtap_ipv_hib_booster": (Status.UPCOMING, D(2027, 9, 14), D(2027, 8, 14), D(2028, 3, 14)),
        "mmr_2": (Status.UPCOMING, D(2032, 3, 14), D(2032, 3, 14), D(2034, 3, 14)),
        "dtap_ipv_booster_2": (Status.UPCOMING, D(2032, 3, 14), D(2032, 3, 14), D(2034, 3, 14)),
    }
    for dose, (status, due, start, end) in expected.items():
        item = plan[dose]
        assert (item.status, item.due_on, item.window_start, item.window_end) == (status, due, start, end), dose
    assert {d for d, i in plan.items() if i.status is Status.DONE} == {dose for dose, _ in CARD}
    assert plan["pcv_3"].previous_open and not plan["pcv_2"].certain
    assert plan["dtap_ipv_hib_2"].window_start == D(2026, 7, 8)  # moved by the late dose 1: given on time


def _en(message_id: str, **args: object) -> str:
    return translator().format("en", Text(message_id, args))


async def test_the_next_60_days_of_reminders_item_by_item(fast_database: Database) -> None:
    family = await add_family(fast_database, children=(), card=(), tip_weekday=6)  # tips on Sundays
    child = await add_child(fast_database, family.id, BORN, enrolled=local(2026, 3, 16, 12))
    for dose, given in CARD:
        await record(fast_database, child, dose, given)
    clock = FixedClock(local(2026, 8, 10, 6))
    plan = planner(fast_database, clock)
    await plan.replan_children([child])
    sender = FakeSender()
    sent: dict[date, tuple[set[tuple[str, str, str]], str]] = {}
    for offset in range(60):
        day = START + timedelta(days=offset)
        clock.instant = local(day.year, day.month, day.day, 6)
        await plan.tick()
        if day == D(2026, 8, 26):
            await record(fast_database, child, "dtap_ipv_hib_3", day)
            await plan.replan_children([child])
        clock.instant = local(day.year, day.month, day.day, 10, 5)
        before = len(sender.sent)
        await Dispatcher(fast_database, {"telegram": sender}, translator, library, clock).dispatch()
        items = {(r.kind, r.item, r.stage) for r in await rows(fast_database)
                 if r.state == "sent" and r.local_day == day and r.kind != "tip"}
        if items:
            sent[day] = (items, "\n".join(m.text for _, m in sender.sent[before:]))

    mila = _en("child-name-unnamed", born=BORN, gender="unknown")
    dtap3, hepb3 = _en("vaccine-dtap-ipv-hib-3"), _en("vaccine-hepb-3")
    visit, place = _en("visit-checkup-6m"), _en("place-dom-zdravlja")
    expected = {
        D(2026, 8, 14): ({("vaccine", "dtap_ipv_hib_3", "before")},
                         [_en("reminders-vaccine-before", name=mila, vaccine=dtap3, date=D(2026, 8, 17), place=place)]),
        D(2026, 8, 17): ({("vaccine", "dtap_ipv_hib_3", "on")},
                         [_en("reminders-vaccine-on", name=mila, vaccine=dtap3, until=D(2026, 9, 17))]),
        D(2026, 8, 24): ({("vaccine", "dtap_ipv_hib_3", "followup-1")},
                         [_en("reminders-vaccine-followup", name=mila, vaccine=dtap3, until=D(2026, 9, 17))]),
        # 7 September: dose 3's second follow-up is gone, recorded on 26 August
        D(2026, 9, 11): ({("vaccine", "hepb_3", "before"), ("checkup", "checkup_6m", "before")},
                         [_en("reminders-vaccine-before", name=mila, vaccine=hepb3, date=D(2026, 9, 14), place=place),
                          _en("reminders-checkup-before", name=mila, visit=visit, date=D(2026, 9, 14))]),
        D(2026, 9, 14): ({("vaccine", "hepb_3", "on"), ("checkup", "checkup_6m", "on")},
                         [_en("reminders-vaccine-on", name=mila, vaccine=hepb3, until=D(2026, 10, 20)),
                          _en("reminders-checkup-on", name=mila, visit=visit, until=D(2026, 10, 20))]),
        D(2026, 9, 21): ({("vaccine", "hepb_3", "followup-1")},
                         [_en("reminders-vaccine-followup", name=mila, vaccine=hepb3, until=D(2026, 10, 20))]),
        D(2026, 10, 5): ({("vaccine", "hepb_3", "followup-2")},
                         [_en("reminders-vaccine-followup", name=mila, vaccine=hepb3, until=D(2026, 10, 20))]),
    }
    assert sorted(sent) == sorted(expected)
    for day, (items, texts) in expected.items():
        assert sent[day][0] == items, day
        assert all(text in sent[day][1] for text in texts), (day, sent[day][1])
    everything = "\n".join(text for _, text in sent.values())
    assert _en("vaccine-pcv-2") not in everything and _en("vaccine-pcv-3") not in everything  # not confirmed
    assert "is late" not in everything  # nothing chased before its moved window


async def test_remind_unverified_decides_whether_unconfirmed_doses_are_planned(fast_database: Database) -> None:
    family = await add_family(fast_database, children=(), card=())
    child = await add_child(fast_database, family.id, START - timedelta(days=100))  # PCV 2 at day 107
    found = {}
    for setting in (False, True):
        plan = Planner(fast_database, library(), DeliveryCalendar(), FixedClock(local(2026, 8, 10, 6)),
                       remind_unverified=setting)
        await plan.replan_children([child])
        found[setting] = {r.item for r in await rows(fast_database) if r.state == "pending"}
    assert "pcv_2" not in found[False] and "checkup_3_5m" not in found[False] and "dtap_ipv_hib_2" in found[False]
    assert {"pcv_2", "checkup_3_5m"} <= found[True]
    assert Settings(REMIND_UNVERIFIED="true").remind_unverified and not Settings().remind_unverified  # type: ignore[call-arg]
