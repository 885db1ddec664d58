"""The inbox while the database is away (bot/inbound/outage.py): which errors count, the apology, the dedupe in memory,
one log line per change, and the reminders' tick when PostgreSQL stops in the middle of a dispatch."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
import pytest
import sqlalchemy as sa
from sqlalchemy import exc
from sqlalchemy.ext.asyncio import create_async_engine

from bot.clock import FixedClock
from bot.core.conversation import Conversation
from bot.core.messages import ChannelUser, Inbound, Text
from bot.inbound.inbox import Inbox
from bot.inbound.outage import is_busy, is_outage
from bot.storage.database import Database, DatabaseBusy, make_engine, migrate
from bot.storage.store import SqlStore
from scheduler.dispatcher import Dispatcher
from scheduler.runner import ReminderRunner
from tests.fakes.chat import NOW
from tests.fakes.sender import FakeSender
from tests.faults.cluster import PrivatePostgres
from tests.scheduler.outbox_rows import add_family, add_row, chat_active, library, local, rows, translator

PARENT = ChannelUser("telegram", "4242")
ONBOARDING = (Inbound(PARENT, start=""), Inbound(PARENT, press="lang:en"), Inbound(PARENT, press="consent:yes"),
              Inbound(PARENT, text="Mila"), Inbound(PARENT, text="1.9.2026"), Inbound(PARENT, press="early:no"))


class SwitchableDatabase(Database):
    """A real database that can be made unreachable: while ``down`` every transaction fails to connect."""

    down = False

    @asynccontextmanager
    async def transaction(self, wait_s: float | None = None) -> AsyncIterator[SqlStore]:
        if self.down:
            raise ConnectionRefusedError(111, "Connect call failed")
        async with super().transaction(wait_s) as store:
            yield store


def _sqlite_error(tmp_path: Path, work: str) -> exc.DBAPIError:
    """A real error from SQLite: "locked" (another connection holds the write lock), "unopenable", "duplicate"."""
    path = tmp_path / "errors.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY)")
    holder.execute("INSERT OR IGNORE INTO t VALUES (1)")
    url = f"sqlite:///{tmp_path / 'missing' / 'x.sqlite3'}" if work == "unopenable" else f"sqlite:///{path}"
    engine = sa.create_engine(url, connect_args={"timeout": 0}, poolclass=sa.pool.NullPool)
    if work == "locked":
        holder.execute("BEGIN EXCLUSIVE")
    try:
        with engine.begin() as connection:
            connection.execute(sa.text("INSERT INTO t VALUES (1)"))
    except exc.DBAPIError as error:
        return error
    finally:
        holder.close()
        engine.dispose()
    raise AssertionError("no error")


@pytest.mark.parametrize(("make", "outage"), [
    (lambda _: ConnectionRefusedError(111, "refused"), True),
    (lambda _: TimeoutError(), True),
    (lambda _: OSError(113, "No route to host"), True),
    (lambda _: PermissionError(13, "Permission denied"), False),
    (lambda _: exc.TimeoutError("QueuePool limit reached"), True),
    (lambda _: exc.DBAPIError("SELECT 1", {}, Exception("closed"), connection_invalidated=True), True),
    (lambda _: asyncpg.exceptions.CannotConnectNowError("the database system is starting up"), True),
    (lambda _: asyncpg.exceptions.AdminShutdownError("terminating connection"), True),
    (lambda path: _sqlite_error(path, "unopenable"), True),
    (lambda path: _sqlite_error(path, "locked"), False),
    (lambda path: _sqlite_error(path, "duplicate"), False),
    (lambda _: asyncpg.exceptions.UniqueViolationError("duplicate key"), False),
    (lambda _: ValueError("a bug"), False),
], ids=["refused", "timeout", "no-route", "file", "pool-timeout", "invalidated", "pg-starting", "pg-shutdown",
        "sqlite-unopenable", "sqlite-locked", "sqlite-duplicate", "pg-duplicate", "bug"])
def test_only_errors_of_reaching_the_database_count_as_an_outage(tmp_path: Path, make, outage: bool) -> None:
    error = make(tmp_path)
    assert is_outage(error) is outage
    try:  # also when it is the cause of what reaches the inbox
        raise RuntimeError("while handling") from error
    except RuntimeError as wrapped:
        assert is_outage(wrapped) is outage


@pytest.mark.parametrize(("make", "busy"), [
    (lambda path: _sqlite_error(path, "locked"), True),
    (lambda _: DatabaseBusy("no turn in the write queue"), True),
    (lambda path: _sqlite_error(path, "unopenable"), False),
    (lambda _: ConnectionRefusedError(111, "Connection refused"), False),
    (lambda _: ValueError("a bug"), False),
], ids=["sqlite-locked", "write-queue", "sqlite-unopenable", "refused", "bug"])
def test_another_writer_holding_the_database_is_busy_not_an_outage(tmp_path: Path, make, busy: bool) -> None:
    error = make(tmp_path)
    assert is_busy(error) is busy
    assert not (busy and is_outage(error))


@pytest.fixture
async def switchable(tmp_path: Path) -> AsyncIterator[SwitchableDatabase]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    await migrate(url)
    database = SwitchableDatabase(make_engine(url))
    yield database
    await database.dispose()


def inbox_on(database: Database) -> Inbox:
    clock = FixedClock(NOW)
    return Inbox(database, Conversation(library, clock), translator, clock)


async def test_an_outage_gets_one_apology_per_update_and_the_next_turn_after_it_is_normal(
        switchable: SwitchableDatabase, caplog: pytest.LogCaptureFixture) -> None:
    inbox = inbox_on(switchable)
    for number, inbound in enumerate(ONBOARDING):
        assert await inbox.handle(inbound, f"u{number}")
    sorry = translator().format("en", Text("outage-try-again"))

    switchable.down = True
    with caplog.at_level(logging.INFO):
        first = await inbox.handle(Inbound(PARENT, press="m:tip"), "u10")
        again = await inbox.handle(Inbound(PARENT, press="m:tip"), "u10")  # the platform's retry
        other = await inbox.handle(Inbound(PARENT, text="hello"), "u11")
        stranger = await inbox.handle(Inbound(ChannelUser("telegram", "7"), start=""), "u12")
        await inbox.set_reachable(PARENT, False)  # blocked meanwhile: kept for later, not raised
        switchable.down = False
        after = await inbox.handle(Inbound(PARENT, press="m:tip"), "u10")  # processed normally once it is back
    assert [m.text for m in first or []] == [sorry] and again is None and [m.text for m in other or []] == [sorry]
    assert [m.text for m in stranger or []] == [translator().format("sr-Latn", Text("outage-try-again"))]
    assert after and after[0].text != sorry
    assert not await chat_active(switchable, PARENT)  # the hint that came during the outage was recorded
    outage_lines = [r.getMessage() for r in caplog.records if r.name == "bot.inbound.outage"]
    assert outage_lines == ['database unreachable (ConnectionRefusedError): answering "try again in a moment" '
                            "until it is back", "database reachable again"]


async def test_sqlite_contention_is_answered_try_again_and_the_next_message_gets_a_real_answer(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "busy.sqlite3"
    await migrate(f"sqlite+aiosqlite:///{path}")
    database = Database(create_async_engine(f"sqlite+aiosqlite:///{path}", connect_args={"timeout": 0}))
    inbox = inbox_on(database)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another writer holds the database (a long import, issue 18)
    try:
        (busy,) = await inbox.handle(ONBOARDING[0], "u1") or []  # not a 500 without an answer
    finally:
        holder.close()
    assert busy.text == translator().format("sr-Latn", Text("outage-try-again"))
    answered = await inbox.handle(ONBOARDING[0], "u2")
    assert answered and "lang:en" in {b.data for row in answered[0].buttons for b in row}
    assert not [r for r in caplog.records if r.name == "bot.inbound.outage"]  # busy, not away: no outage logged
    await database.dispose()


class StoppingSender(FakeSender):
    """Stops PostgreSQL once, after its first send was delivered: the result cannot be recorded."""

    def __init__(self, cluster: PrivatePostgres) -> None:
        super().__init__()
        self.cluster: PrivatePostgres | None = cluster

    async def send(self, user: ChannelUser, messages: list) -> list[str]:
        ids = await super().send(user, messages)
        if self.cluster is not None:
            await asyncio.to_thread(self.cluster.stop)
            self.cluster = None  # once
        return ids


async def test_postgres_stopping_mid_dispatch_fails_the_tick_and_a_later_tick_loses_nothing(
        private_postgres: PrivatePostgres, private_pg_url: str, caplog: pytest.LogCaptureFixture) -> None:
    await migrate(private_pg_url)
    database = Database(make_engine(private_pg_url))
    family = await add_family(database, chats=(("telegram", "55", "en"),))
    row_id = await add_row(database, family.id, family.children[0], "vaccine", "pcv_2", local(2026, 4, 27, 8))
    clock = FixedClock(local(2026, 4, 27, 9))
    sender = StoppingSender(private_postgres)
    dispatcher = Dispatcher(database, {"telegram": sender}, translator, library, clock)

    async def plan() -> None:
        return None

    runner = ReminderRunner(plan, dispatcher.dispatch, 30)
    try:
        with caplog.at_level(logging.ERROR):
            assert (await runner.tick()).failed  # sent, but the database went away before it was recorded
        assert "reminders dispatch failed" in caplog.text
        assert (await runner.tick()).failed  # still down: the tick fails again, and the runner goes on
        private_postgres.start()
        (left,) = await rows(database)
        assert left.state == "sending"  # claimed under a lease: nobody else sends it meanwhile
        clock.advance(minutes=6)  # the lease has ended
        report = await runner.tick()
        assert not report.failed and report.sent == 1
        (done,) = await rows(database)
        assert (done.id, done.state) == (row_id, "sent")
        assert len(sender.sent) == 2  # at least once: only the send in flight at the outage was repeated
    finally:
        if not private_postgres.running():
            private_postgres.start()
        await database.dispose()
