"""Transactions side by side: SQLite's one writer is queued in Database.transaction, PostgreSQL's are not;
and SQLite's statements go through the one-trip connection (bot/storage/sqlite_connection.py)."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from bot.core.family import Chat
from bot.core.messages import ChannelUser
from bot.storage import Database, make_engine, migrate
from bot.storage.sqlite_connection import OneTripConnection
from bot.storage.sqlite_connection import connect as sqlite_connect

TURNS = 8


def _impatient(database_url: str) -> Database:
    """A Database whose SQLite connections give up at once on a locked database (no busy handler)."""
    engine = make_engine(database_url)

    @sa.event.listens_for(engine.sync_engine, "connect")
    def _no_waiting(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout=0")
        cursor.close()

    return Database(engine)


async def test_concurrent_sqlite_transactions_take_turns_instead_of_failing(tmp_path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'turns.sqlite3'}"
    await migrate(url)
    database = _impatient(url)
    events: list[tuple[str, int]] = []

    async def turn(n: int) -> None:
        async with database.transaction() as store:
            assert await store.claim_inbound("telegram", str(n))  # holds SQLite's write lock from here
            events.append(("begin", n))
            await asyncio.sleep(0.005)  # the other turns run meanwhile; without the queue they hit the lock
            await store.save_chat(Chat(user=ChannelUser("telegram", str(n))))
            events.append(("end", n))

    try:
        await asyncio.gather(*(turn(n) for n in range(TURNS)))
        async with database.transaction() as store:
            chats = [await store.get_chat(ChannelUser("telegram", str(n))) for n in range(TURNS)]
    finally:
        await database.dispose()
    assert events == [(step, n) for n in range(TURNS) for step in ("begin", "end")]  # one at a time, in order
    assert all(chat is not None for chat in chats)


async def test_a_transaction_opened_inside_another_does_not_wait_for_itself(database: Database) -> None:
    user = ChannelUser("telegram", "77")
    async with database.transaction() as store:
        await store.save_chat(Chat(user=user))
    async with asyncio.timeout(30), database.transaction() as outer:  # the timeout only turns a hang into a failure
        assert await outer.get_chat(user) is not None
        async with database.transaction() as inner:
            assert await inner.get_chat(user) is not None


async def test_transactions_overlap_on_postgres_and_take_turns_on_sqlite(database: Database) -> None:
    postgres = database.engine.dialect.name == "postgresql"
    events: list[str] = []
    second_in = asyncio.Event()

    async def first() -> None:
        async with database.transaction() as store:
            await store.get_chat(ChannelUser("telegram", "1"))
            events.append("first in")
            with contextlib.suppress(TimeoutError):  # on SQLite the second waits for this one: stop waiting
                async with asyncio.timeout(30 if postgres else 0.2):
                    await second_in.wait()
            events.append("first out")

    async def second() -> None:
        while not events:
            await asyncio.sleep(0.001)
        async with database.transaction() as store:
            await store.get_chat(ChannelUser("telegram", "2"))
            events.append("second in")
            second_in.set()

    await asyncio.gather(first(), second())
    if postgres:
        assert events == ["first in", "second in", "first out"]
    else:
        assert events == ["first in", "first out", "second in"]


async def test_sqlite_statements_use_the_one_trip_connection(tmp_path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'trips.sqlite3'}"
    engine = make_engine(url)
    try:
        async with engine.begin() as connection:
            raw = await connection.get_raw_connection()
            assert isinstance(raw.driver_connection, OneTripConnection)
            await connection.execute(sa.text("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT UNIQUE)"))
            inserted = await connection.execute(sa.text("INSERT INTO item (name) VALUES ('a')"))
            assert inserted.lastrowid == 1
            await connection.execute(sa.text("INSERT INTO item (name) VALUES (:name)"), [{"name": "b"}, {"name": "c"}])
            updated = await connection.execute(sa.text("UPDATE item SET name = name || '!' WHERE id > 1"))
            assert updated.rowcount == 2
            returned = await connection.execute(sa.text("DELETE FROM item WHERE id = 3 RETURNING name"))
            assert returned.all() == [("c!",)]
            assert (await connection.execute(sa.text("SELECT name FROM item ORDER BY id"))).all() == [("a",), ("b!",)]
        with pytest.raises(IntegrityError):
            async with engine.begin() as connection:
                await connection.execute(sa.text("INSERT INTO item (name) VALUES ('a')"))
        async with engine.connect() as connection:  # the failed statement left the connection usable
            assert await connection.scalar(sa.text("SELECT count(*) FROM item")) == 2
    finally:
        await engine.dispose()


@pytest.mark.parametrize("opening", ["awaited", "entered"])
async def test_the_one_trip_cursor_opens_both_ways_sqlalchemy_opens_it(tmp_path, opening: str) -> None:
    """SQLAlchemy 2.0 awaits ``connection.cursor()``, 2.1 enters it with ``async with``: both must give the cursor."""
    connection = await sqlite_connect(str(tmp_path / "open.sqlite3"))
    try:
        if opening == "awaited":
            cursor = await connection.cursor()
        else:
            async with connection.cursor() as cursor:
                pass
        await cursor.execute("SELECT 1 + 1")
        assert await cursor.fetchall() == [(2,)]
    finally:
        await connection.close()
