"""The fake Bot API answering 5xx, 429 or too late for a long stretch ("minutes" and "hours" on virtual clocks).

Conversation replies: each is tried a bounded number of times (bot/channels/telegram/courier.py), then dropped
and logged; the parent's turn itself was committed, and once Telegram answers again the next reply arrives.
Long polling backs off up to 30 s between failed getUpdates calls and loses no update. Reminders: every failed
attempt puts the row back to pending with a growing backoff, or fails it for good after ``max_attempts``; once
Telegram answers again every pending row goes out, each exactly once (twice at most where a call timed out
after the message had arrived: the dispatcher repeats such a send once, then fails the rows).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from bot.clock import FixedClock
from scheduler.calendar import DeliveryCalendar
from scheduler.claims import UNKNOWN_OUTCOME
from scheduler.dispatcher import Dispatcher, DispatchPolicy
from tests.channels.telegram.harness import World, telegram_world
from tests.fakes.telegram_api import SENDING, Fault
from tests.fakes.telegram_updates import message_update
from tests.scheduler.outbox_rows import OUTBOX, add_family, add_row, library, local, rows, translator

FOREVER = 10**9  # a fault's ``times``: until the test removes it
# The client's request timeout, and a fake answer late enough to miss it even on a loaded machine (or under
# libfaketime, which slows every clock call): a tighter pair made healthy calls time out in CI.
REQUEST_TIMEOUT_S, TOO_LATE_S = 1.5, 3.0
NO_QUIET = DeliveryCalendar(quiet_start=0, quiet_end=0)  # hours of virtual time pass: keep sending all day


async def world_on(tmp_path: Path, mode: str = "webhook", **options: object) -> AsyncIterator[World]:
    async with telegram_world(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", mode, **options) as built:
        yield built


@pytest.fixture
async def webhook(tmp_path: Path) -> AsyncIterator[World]:
    async for built in world_on(tmp_path, request_timeout=REQUEST_TIMEOUT_S):
        yield built


@pytest.fixture
async def polling(tmp_path: Path) -> AsyncIterator[World]:
    async for built in world_on(tmp_path, "polling"):
        yield built


def calls_to(world: World, chats: range, since: int = 0) -> int:
    return sum(1 for c in world.fake.calls[since:] if c.method in SENDING and c.chat_id in chats)


@pytest.mark.parametrize(("fault", "per_reply", "waits"), [
    (Fault(502, times=FOREVER), 4, [0.5, 1.0, 2.0]),
    (Fault(429, retry_after=5, times=FOREVER), 4, [5.0, 5.0, 5.0]),
    (Fault(429, retry_after=120, times=FOREVER), 1, []),
    (Fault(200, delay=TOO_LATE_S, times=FOREVER), 1, []),  # too late: the client gives up, the message may have arrived
], ids=["5xx", "429-short", "429-long", "timeout"])
async def test_replies_while_telegram_fails_are_tried_a_bounded_number_of_times(
        webhook: World, fault: Fault, per_reply: int, waits: list[float]) -> None:
    chats = range(8101, 8101 + (12 if fault.delay else 40))  # parents writing while Telegram is in trouble
    webhook.fake.faults.append(fault)
    for chat in chats:
        await webhook.deliver(message_update(webhook.fake.next_update_id(), chat, text="/start"))  # 200 each
    assert calls_to(webhook, chats) == len(chats) * per_reply  # bounded: no retry storm
    sleeps = [w for w in webhook.timer.slept if w > 0]
    assert sleeps[:len(waits)] == waits
    if fault.retry_after == 5:
        assert sum(sleeps) >= len(chats) * 15  # minutes of virtual time: each chat waited retry_after out
    for chat in chats:  # the turns were kept though their replies were not delivered
        assert await webhook.chat(chat) is not None

    webhook.fake.faults.clear()
    answer = await webhook.parent(chats[0]).text("/start")
    assert "lang:en" in {data for call in answer for row in call.buttons for _, data in row}


async def test_polling_backs_off_while_get_updates_fails_for_minutes_and_loses_no_update(polling: World) -> None:
    failing = 25
    polling.fake.faults.append(Fault(502, method="getUpdates", times=failing))
    update = polling.fake.queue(message_update(polling.fake.next_update_id(), 8201, text="/start"))
    await polling.fake.wait_for(lambda: polling.fake.confirmed > update["update_id"], timeout=30)
    await polling.channel.drain()
    backoff = [w for w in polling.timer.slept if w >= 1.0]
    assert len(polling.fake.methods("getUpdates")) <= failing + 3  # one call per backoff step: no flood
    assert max(backoff) == 30.0 and sum(backoff) >= 10 * 60  # ten minutes of Telegram trouble, virtually
    assert polling.fake.sent(8201), "the update waiting in Telegram was answered once it answered again"


@dataclass
class Reminders:
    world: World
    clock: FixedClock
    dispatcher: Dispatcher
    chats: list[int]
    row_ids: list[int]

    async def tick_every_minute(self, minutes: int) -> None:
        for _ in range(minutes):
            await self.dispatcher.dispatch()
            self.clock.advance(minutes=1)

    async def states(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for row in await rows(self.world.app.database, OUTBOX.c.id.in_(self.row_ids)):
            found[row.state] = found.get(row.state, 0) + 1
        return found

    def delivered(self) -> dict[int, int]:
        return {chat: len(self.world.fake.sent(chat)) for chat in self.chats}


FAMILIES = 6


@pytest.fixture
async def reminders(tmp_path: Path) -> AsyncIterator[Reminders]:
    async for world in world_on(tmp_path, request_timeout=REQUEST_TIMEOUT_S):
        database = world.app.database
        chats, row_ids = [], []
        for n in range(FAMILIES):
            chat = 8300 + n
            family = await add_family(database, chats=(("telegram", str(chat), "en"),))
            row_ids.append(await add_row(database, family.id, family.children[0], "vaccine", "pcv_2",
                                         local(2026, 4, 27, 8)))
            chats.append(chat)
        clock = FixedClock(local(2026, 4, 27, 9))
        dispatcher = Dispatcher(database, {"telegram": world.channel}, translator, library, clock,
                                DispatchPolicy(calendar=NO_QUIET))
        yield Reminders(world, clock, dispatcher, chats, row_ids)


async def test_reminders_wait_out_half_an_hour_of_5xx_and_each_goes_out_once_after(reminders: Reminders) -> None:
    reminders.world.fake.faults.append(Fault(502, times=FOREVER))
    await reminders.tick_every_minute(30)
    assert await reminders.states() == {"pending": FAMILIES}  # a clear retry state, nothing given up
    attempts = len(reminders.world.fake.calls)
    # 1, 2, 4, 8, 16 minutes apart: at most 6 attempts in 30 minutes, each of 1 call + 3 quick retries
    assert sum(1 for c in reminders.world.fake.calls if c.method in SENDING) <= FAMILIES * 6 * 4

    reminders.world.fake.faults.clear()
    await reminders.tick_every_minute(40)
    assert await reminders.states() == {"sent": FAMILIES}
    assert reminders.delivered() == dict.fromkeys(reminders.chats, 1)  # nothing lost, nothing twice
    assert len(reminders.world.fake.calls) - attempts <= FAMILIES + 1


async def test_reminders_fail_for_good_after_hours_of_5xx_with_a_bounded_number_of_calls(
        reminders: Reminders) -> None:
    reminders.world.fake.faults.append(Fault(500, times=FOREVER))
    await reminders.tick_every_minute(6 * 60)
    found = await rows(reminders.world.app.database, OUTBOX.c.id.in_(reminders.row_ids))
    assert {(r.state, r.last_error, r.attempts) for r in found} == {("failed", "server_error", 8)}
    assert sum(1 for c in reminders.world.fake.calls if c.method in SENDING) == FAMILIES * 8 * 4


async def test_reminders_under_long_429s_wait_at_least_retry_after_and_then_go_out(reminders: Reminders) -> None:
    reminders.world.fake.faults.append(Fault(429, retry_after=600, times=FOREVER))
    await reminders.tick_every_minute(30)  # every 10 minutes one call per family: retry_after is obeyed
    assert sum(1 for c in reminders.world.fake.calls if c.method in SENDING) == FAMILIES * 3
    found = await rows(reminders.world.app.database, OUTBOX.c.id.in_(reminders.row_ids))
    assert {(r.state, r.last_error) for r in found} == {("pending", "rate_limited")}
    assert all(r.next_attempt_at - reminders.clock.now() <= timedelta(minutes=10) for r in found)

    reminders.world.fake.faults.clear()
    await reminders.tick_every_minute(15)
    assert await reminders.states() == {"sent": FAMILIES}
    assert reminders.delivered() == dict.fromkeys(reminders.chats, 1)


@pytest.mark.parametrize("timeouts", [1, FOREVER], ids=["once", "always"])
async def test_reminders_whose_sends_time_out_are_repeated_once_at_most(reminders: Reminders, timeouts: int) -> None:
    # the message arrives, the answer comes too late: the outcome is unknown (see scheduler/dispatcher.py)
    reminders.world.fake.faults.append(Fault(200, delay=TOO_LATE_S, times=timeouts * FAMILIES))
    await reminders.tick_every_minute(20)  # the repeat waits for the lease (5 minutes) to settle the first
    found = await rows(reminders.world.app.database, OUTBOX.c.id.in_(reminders.row_ids))
    if timeouts == 1:
        assert {r.state for r in found} == {"sent"}
    else:  # a clear failed state, not a message every few minutes
        assert {(r.state, r.last_error) for r in found} == {("failed", UNKNOWN_OUTCOME)}
    assert reminders.delivered() == dict.fromkeys(reminders.chats, 2)  # at least once, at most twice
