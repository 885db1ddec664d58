"""Mediator notices are an outbox kind (issue 18, defect 2): claimed with a lease so two processes on PostgreSQL
never send one twice, one message per mediator per batch, the dispatcher's quiet hours and backoff, and none of the
family rules (its daily message, its pause) holds them back."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from bot.channels.delivery import PermanentDeliveryError, TransientDeliveryError
from bot.clock import FixedClock
from bot.core.messages import ChannelUser, Text
from bot.storage import Database, make_engine, migrate
from bot.storage.mediators import SqlMediators
from bot.storage.models import NOTICE, ChatRow, FamilyRow, MediatorRow
from bot.storage.notices import notices_seen, write_notice
from scheduler.dispatcher import Dispatcher, DispatchPolicy
from tests.conftest import _postgres_schema_url
from tests.fakes.recording_api import RecordingApi
from tests.fakes.sender import FakeSender
from tests.scheduler.outbox_rows import OUTBOX, add_family, add_row, chat_active, library, rows, translator
from tests.scheduler.test_crash import ROOT

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)  # 10:00 in Belgrade


async def seed(database: Database, mediators: int, notices_each: int, prefix: str = "m") -> list[str]:
    """Mediators with a Telegram chat each and ``notices_each`` notices about one family of hers (without a
    profile: the caregiver's name is empty); their chat user ids."""
    users = [f"{prefix}{i}" for i in range(mediators)]
    async with database.transaction() as store:
        for user in users:
            chat = ChatRow(channel="telegram", user_id=user, locale="en")
            family = FamilyRow(consent_by="parent")
            store.session.add_all([chat, family])
            await store.session.flush()
            mediator = MediatorRow(name=f"Ana {user}", chat_id=chat.id)
            store.session.add(mediator)
            await store.session.flush()
            for _ in range(notices_each):
                await write_notice(store.session, mediator.id, family.id, "help", NOW)
    return users


async def _mediator(database: Database, user: str | None) -> int:
    async with database.transaction() as store:
        chat = ChatRow(channel="telegram", user_id=user, locale="en") if user else None
        if chat is not None:
            store.session.add(chat)
            await store.session.flush()
        mediator = MediatorRow(name="Ana", chat_id=chat.id if chat else None)
        store.session.add(mediator)
        await store.session.flush()
        return mediator.id


async def notices(database: Database, *states: str) -> list[sa.Row]:
    return await rows(database, OUTBOX.c.kind == NOTICE, *([OUTBOX.c.state.in_(states)] if states else []))


def dispatcher(database: Database, clock: FixedClock, sender: FakeSender, **policy: object) -> Dispatcher:
    return Dispatcher(database, {sender.channel: sender}, translator, library, clock,
                      DispatchPolicy(**policy))  # type: ignore[arg-type]


def _help(caregiver: str = "") -> str:
    return translator().format("en", Text("mediator-notice-help", {"caregiver": caregiver}))


async def start_worker(url: str, api: RecordingApi) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.scheduler.dispatch_worker", "--db", url, "--api", api.url, "--now",
        NOW.isoformat(), "--batch", "3", "--go", cwd=ROOT, stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


@pytest.mark.postgres
async def test_two_processes_on_postgresql_never_send_a_notice_twice() -> None:
    async with _postgres_schema_url() as url:
        await migrate(url)
        database = Database(make_engine(url))
        users = await seed(database, 30, 1)
        api = await RecordingApi().start()
        api.delay = 0.02
        try:
            workers = [await start_worker(url, api) for _ in range(2)]
            for worker in workers:
                assert worker.stdout is not None
                assert (await asyncio.wait_for(worker.stdout.readline(), timeout=60)) == b"ready\n"
            results = await asyncio.wait_for(asyncio.gather(*(w.communicate(b"go\n") for w in workers)), 90)
        finally:
            await api.close()
        for worker, (_, err) in zip(workers, results, strict=True):
            assert worker.returncode == 0, err.decode()
        sent = [json.loads(out.decode().splitlines()[-1])["notices"] for out, _ in results]
        assert sorted(api.per_user().items()) == sorted((user, 1) for user in users)
        assert sum(sent) == 30 and all(s > 0 for s in sent), sent
        assert [r.state for r in await notices(database)] == ["sent"] * 30
        await database.dispose()


async def test_a_mediators_notices_of_one_batch_go_out_as_one_message(database: Database) -> None:
    (user,) = await seed(database, 1, 3)
    sender = FakeSender("telegram")
    report = await dispatcher(database, FixedClock(NOW), sender).dispatch()
    assert (report.notices, report.notice_rows, report.sent) == (1, 3, 1)
    (message,) = sender.to(user)
    assert message.text.count(_help()) == 3
    assert [b.data for row in message.buttons for b in row] == ["md:work"]
    assert (await dispatcher(database, FixedClock(NOW), sender).dispatch()).notices == 0
    assert [r.state for r in await notices(database)] == ["sent"] * 3


async def test_a_failed_notice_waits_the_dispatchers_backoff(database: Database) -> None:
    (user,) = await seed(database, 1, 1)
    sender = FakeSender("telegram")
    sender.failures[user].append(TransientDeliveryError("http_502"))
    clock = FixedClock(NOW)
    send = dispatcher(database, clock, sender)
    report = await send.dispatch()
    assert (report.notices, report.retried, sender.attempts) == (0, 1, 1)
    (row,) = await notices(database)
    assert (row.state, row.last_error, row.attempts) == ("pending", "http_502", 1)
    assert row.next_attempt_at == NOW + send.policy.backoff(1, None)
    assert (await send.dispatch()).notices == 0 and sender.attempts == 1  # waiting: backoff_first is one minute
    clock.instant = NOW + send.policy.backoff(1, None) + timedelta(seconds=1)
    assert (await send.dispatch()).notices == 1 and sender.attempts == 2
    assert [r.state for r in await notices(database)] == ["sent"]


async def test_a_notice_gives_up_after_max_attempts(database: Database) -> None:
    (user,) = await seed(database, 1, 1)
    sender = FakeSender("telegram")
    sender.always_fail[user] = TransientDeliveryError("http_502")
    clock = FixedClock(NOW)
    send = dispatcher(database, clock, sender, max_attempts=2)
    await send.dispatch()
    clock.instant = NOW + timedelta(hours=1)
    await send.dispatch()
    (row,) = await notices(database)
    assert (row.state, row.last_error, row.attempts, sender.attempts) == ("failed", "http_502", 2, 2)


async def test_a_notice_in_quiet_hours_waits_for_the_morning(database: Database) -> None:
    (user,) = await seed(database, 1, 1)
    sender = FakeSender("telegram")
    clock = FixedClock(datetime(2026, 11, 22, 21, 30, tzinfo=UTC))  # 22:30 in Belgrade: quiet
    assert (await dispatcher(database, clock, sender).dispatch()).quiet
    assert sender.to(user) == [] and [r.state for r in await notices(database)] == ["pending"]
    clock.instant = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)  # 08:00: quiet hours are over
    assert (await dispatcher(database, clock, sender).dispatch()).notices == 1
    assert len(sender.to(user)) == 1


async def test_a_familys_daily_message_and_pause_do_not_hold_a_notice_back(database: Database) -> None:
    """The family got today's message and paused its reminders: its notice still goes, to the mediator's chat."""
    family = await add_family(database, chats=(("telegram", "parent", "en"),),
                              reminders_paused_until=NOW + timedelta(days=7))
    await add_row(database, family.id, family.children[0], "tip", "t1", NOW - timedelta(hours=1), state="sent",
                  sent_at=NOW - timedelta(hours=1))
    mediator = await _mediator(database, "ana")
    async with database.transaction() as store:
        await write_notice(store.session, mediator, family.id, "help", NOW)
    sender = FakeSender("telegram")
    report = await dispatcher(database, FixedClock(NOW), sender).dispatch()
    assert report.notices == 1 and len(sender.to("ana")) == 1 and sender.to("parent") == []
    assert [r.state for r in await notices(database)] == ["sent"]


async def test_a_notice_sent_does_not_take_the_familys_message_of_the_day(database: Database) -> None:
    family = await add_family(database, chats=(("telegram", "parent", "en"),))
    mediator = await _mediator(database, "ana")
    async with database.transaction() as store:
        await write_notice(store.session, mediator, family.id, "help", NOW - timedelta(hours=1))
    sender = FakeSender("telegram")
    assert (await dispatcher(database, FixedClock(NOW), sender).dispatch()).notices == 1
    dose = await add_row(database, family.id, family.children[0], "vaccine", "dtap_ipv_hib_2", NOW)
    report = await dispatcher(database, FixedClock(NOW + timedelta(minutes=5)), sender).dispatch()
    assert (report.sent, report.notices) == (1, 0)
    assert len(sender.to("parent")) == 1 and [r.state for r in await rows(database, OUTBOX.c.id == dose)] == ["sent"]


async def test_a_mediator_without_a_chat_fails_the_notice_and_her_menu_keeps_it(database: Database) -> None:
    family = await add_family(database, chats=(("telegram", "parent", "en"),))
    mediator = await _mediator(database, None)
    async with database.transaction() as store:
        await write_notice(store.session, mediator, family.id, "help", NOW)
    report = await dispatcher(database, FixedClock(NOW), FakeSender("telegram")).dispatch()
    assert report.notices == 0 and report.errors == {"unreachable": 1}
    (notice,) = await notices(database)
    assert (notice.state, notice.last_error) == ("failed", "unreachable")
    async with database.transaction() as store:
        assert await SqlMediators(store.session).unseen_notices(mediator) == 1


async def test_a_blocked_mediator_chat_fails_the_notices_and_stays_hers(database: Database) -> None:
    (user,) = await seed(database, 1, 2)
    sender = FakeSender("telegram")
    sender.always_fail[user] = PermanentDeliveryError("blocked")
    await dispatcher(database, FixedClock(NOW), sender).dispatch()
    assert [(r.state, r.last_error) for r in await notices(database)] == [("failed", "blocked")] * 2
    assert sender.attempts == 1 and await chat_active(database, ChannelUser("telegram", user))


async def test_a_notice_she_saw_in_her_work_list_is_not_sent(database: Database) -> None:
    (user,) = await seed(database, 1, 1)
    async with database.transaction() as store:
        mediator_id = await store.session.scalar(sa.select(MediatorRow.id))
        assert mediator_id is not None
        await notices_seen(store.session, mediator_id, NOW)
    sender = FakeSender("telegram")
    assert (await dispatcher(database, FixedClock(NOW), sender).dispatch()).notices == 0
    assert sender.to(user) == []
    assert [(r.state, r.last_error) for r in await notices(database)] == [("cancelled", "seen")]


async def test_a_notice_whose_send_may_have_arrived_is_repeated_once_after_the_lease(database: Database) -> None:
    (user,) = await seed(database, 1, 1)
    sender = FakeSender("telegram")
    sender.always_fail[user] = TransientDeliveryError("timeout", maybe_delivered=True)
    clock = FixedClock(NOW)
    send = dispatcher(database, clock, sender)
    await send.dispatch()
    (row,) = await notices(database)
    assert (row.state, row.last_error, row.next_attempt_at) == ("pending", "timeout-unknown", NOW + send.policy.lease)
    clock.instant = NOW + send.policy.lease + timedelta(seconds=1)
    await send.dispatch()
    (row,) = await notices(database)
    assert (row.state, row.last_error, sender.attempts) == ("failed", "timeout-unknown", 2)
