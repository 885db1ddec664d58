"""Activity check-backs (issue 19): planned two days after a marked tip was delivered, at the family's hour and
out of the quiet hours; on Viber never a paid message of their own (held for the free window or the next
message, dropped when too old); on Telegram sent at their time. SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import sqlalchemy as sa

from bot.clock import FixedClock
from bot.core.messages import ChannelUser
from bot.storage.database import Database
from scheduler.calendar import DeliveryCalendar
from scheduler.dispatcher import Dispatcher
from scheduler.planner import Planner
from tests.fakes.sender import FakeSender
from tests.scheduler.outbox_rows import (
    BELGRADE,
    OUTBOX,
    add_family,
    add_row,
    library,
    local,
    row,
    rows,
    set_last_inbound,
    translator,
)

MARKED = "tip-w10-tummy-time"  # checkback: true in content/data/tips.yaml
UNMARKED = "tip-w07-mother-wellbeing"
TUESDAY_10 = local(2026, 4, 28, 10)  # the weekly tip went out then
THURSDAY = date(2026, 4, 30)  # two days later


@pytest.fixture
def database(fast_database: Database) -> Database:
    return fast_database


def planner(database: Database, now: datetime) -> Planner:
    return Planner(database, library(), DeliveryCalendar(), FixedClock(now))


def dispatcher(database: Database, now: datetime, *senders: FakeSender) -> Dispatcher:
    return Dispatcher(database, {s.channel: s for s in senders}, translator, library, FixedClock(now))


async def sent_tip(database: Database, family_id: int, child_id: int, tip: str = MARKED,
                   at: datetime = TUESDAY_10) -> int:
    return await add_row(database, family_id, child_id, "tip", tip, at, stage="weekly", state="sent", sent_at=at)


async def checkbacks(database: Database) -> list[sa.Row[object]]:
    return await rows(database, OUTBOX.c.kind == "checkback")


async def test_a_marked_tip_gets_one_check_back_two_days_later_at_the_family_hour(database: Database) -> None:
    family = await add_family(database, tip_hour=17)
    tip_row = await sent_tip(database, family.id, family.children[0])
    await sent_tip(database, family.id, family.children[0], UNMARKED, TUESDAY_10 - timedelta(days=7))

    soon, later = TUESDAY_10 + timedelta(hours=1), TUESDAY_10 + timedelta(hours=2)
    assert await planner(database, soon).plan_checkbacks(soon) == 1
    assert await planner(database, later).plan_checkbacks(later) == 0  # planned once

    (planned,) = await checkbacks(database)
    assert (planned.item, planned.child_id, planned.stage, planned.state) == (MARKED, family.children[0], "checkback",
                                                                             "pending")
    assert planned.due_at == local(2026, 4, 30, 17) and planned.local_day == THURSDAY
    assert planned.idempotency_key == f"checkback:{tip_row}"


async def test_the_check_back_moves_out_of_the_quiet_hours(database: Database) -> None:
    family = await add_family(database, tip_hour=22)  # an hour inside the quiet hours (21:00-8:00)
    await sent_tip(database, family.id, family.children[0])
    await planner(database, TUESDAY_10).plan_checkbacks(TUESDAY_10)
    (planned,) = await checkbacks(database)
    assert planned.due_at == local(2026, 5, 1, 8)  # the morning after its evening
    assert not DeliveryCalendar().is_quiet(planned.due_at)


@pytest.mark.parametrize("setting", [{"checkbacks_off": True}, {"reminders_stopped": True}], ids=["off", "stopped"])
async def test_no_check_back_when_the_family_turned_them_off(database: Database, setting: dict[str, bool]) -> None:
    family = await add_family(database, **setting)
    await sent_tip(database, family.id, family.children[0])
    assert await planner(database, TUESDAY_10).plan_checkbacks(TUESDAY_10) == 0


async def test_a_planner_that_was_down_does_not_ask_late(database: Database) -> None:
    family = await add_family(database)
    await sent_tip(database, family.id, family.children[0])
    later = local(2026, 5, 1, 9)  # the check-back's day (Thursday) has passed
    assert await planner(database, later).plan_checkbacks(later) == 0


async def test_on_telegram_the_check_back_goes_out_at_its_time_with_three_answers(database: Database) -> None:
    family = await add_family(database)
    await sent_tip(database, family.id, family.children[0])
    await planner(database, TUESDAY_10).plan_checkbacks(TUESDAY_10)
    telegram = FakeSender("telegram")

    await dispatcher(database, local(2026, 4, 30, 9, 30), telegram).dispatch()  # half an hour early
    assert not telegram.sent
    await dispatcher(database, local(2026, 4, 30, 10, 5), telegram).dispatch()
    (message,) = telegram.to("u1")
    (planned,) = await checkbacks(database)
    assert "Did you try putting your baby on their tummy" in message.text and "Mila" in message.text
    assert [b.data for line in message.buttons for b in line][:3] == [
        f"chk:{planned.id}:y", f"chk:{planned.id}:n", f"chk:{planned.id}:h"]
    assert planned.state == "sent"


async def test_on_viber_a_check_back_alone_is_held_outside_the_free_window(database: Database) -> None:
    family = await add_family(database, chats=(("viber", "v1", "rom"),))
    await sent_tip(database, family.id, family.children[0])
    await planner(database, TUESDAY_10).plan_checkbacks(TUESDAY_10)
    viber = FakeSender("viber")

    await dispatcher(database, local(2026, 4, 30, 12), viber).dispatch()
    assert not viber.sent  # it would be a paid message
    (held,) = await checkbacks(database)
    assert held.state == "pending"

    await set_last_inbound(database, ChannelUser("viber", "v1"), local(2026, 5, 1, 18))  # the parent writes
    await dispatcher(database, local(2026, 5, 1, 18, 1), viber).dispatch()
    (message,) = viber.to("v1")
    assert "Zumavdan te čhives" in message.text
    assert (await row(database, held.id)).state == "sent"


async def test_in_the_free_window_a_check_back_still_waits_for_its_day(database: Database) -> None:
    family = await add_family(database, chats=(("viber", "v1", "en"),))
    await sent_tip(database, family.id, family.children[0])
    await planner(database, TUESDAY_10).plan_checkbacks(TUESDAY_10)
    await set_last_inbound(database, ChannelUser("viber", "v1"), local(2026, 4, 29, 11))
    viber = FakeSender("viber")
    await dispatcher(database, local(2026, 4, 29, 12), viber).dispatch()  # the day before: not asked early
    assert not viber.sent


async def test_on_viber_a_held_check_back_rides_on_the_next_weekly_message(database: Database) -> None:
    family = await add_family(database, chats=(("viber", "v1", "en"),))
    await sent_tip(database, family.id, family.children[0])
    await planner(database, TUESDAY_10).plan_checkbacks(TUESDAY_10)
    next_week = local(2026, 5, 5, 10)
    weekly = await add_row(database, family.id, family.children[0], "tip", "tip-w16-never-shake", next_week,
                           stage="weekly")
    viber = FakeSender("viber")
    await dispatcher(database, next_week + timedelta(minutes=1), viber).dispatch()
    (message,) = viber.to("v1")  # one message: the new tip and the question
    (held,) = await checkbacks(database)
    assert (await row(database, weekly)).state == "sent" and held.state == "sent"
    assert "Did you try putting your baby on their tummy" in message.text


async def test_on_viber_a_check_back_held_too_long_is_dropped(database: Database) -> None:
    family = await add_family(database, chats=(("viber", "v1", "en"),))
    await sent_tip(database, family.id, family.children[0])
    await planner(database, TUESDAY_10).plan_checkbacks(TUESDAY_10)
    (held,) = await checkbacks(database)

    on_day_five = local(2026, 5, 5, 9)
    await planner(database, on_day_five).plan_checkbacks(on_day_five)
    assert (await row(database, held.id)).state == "pending"  # it can still ride on the weekly message
    on_day_six = local(2026, 5, 6, 9)
    await planner(database, on_day_six).plan_checkbacks(on_day_six)
    dropped = await row(database, held.id)
    assert (dropped.state, dropped.last_error) == ("cancelled", "too_old")


async def test_the_composer_drops_a_check_back_claimed_too_late(database: Database) -> None:
    family = await add_family(database)
    old = await add_row(database, family.id, family.children[0], "checkback", MARKED, local(2026, 4, 20, 10),
                        stage="checkback")
    telegram = FakeSender("telegram")
    await dispatcher(database, local(2026, 4, 27, 10), telegram).dispatch()
    assert not telegram.sent
    assert ((await row(database, old)).state, (await row(database, old)).last_error) == ("cancelled", "too_old")


async def test_the_planner_tick_plans_check_backs(database: Database) -> None:
    family = await add_family(database)
    await sent_tip(database, family.id, family.children[0])
    report = await planner(database, TUESDAY_10).tick()
    assert report.added >= 1
    assert [r.local_day for r in await checkbacks(database)] == [THURSDAY]
    assert BELGRADE  # the rows' local days are Belgrade days
