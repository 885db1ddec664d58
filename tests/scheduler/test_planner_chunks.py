"""A planned day commits chunk by chunk (issue 18, defect 3): small chunks give exactly the rows one big
transaction gives, each chunk is its own transaction of the Database (on SQLite, the queue parents' turns wait
in), and a turn that comes while a day is planned waits for one chunk, not for the day."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, timedelta

import pytest
import sqlalchemy as sa

from bot.clock import FixedClock
from bot.storage.database import Database
from bot.storage.store import SqlStore
from scheduler import planner as planning
from tests.scheduler.planner_world import add_child, add_family, local, outbox, planner

TODAY = date(2026, 6, 1)


class CountingDatabase(Database):
    """The real Database, counting the transactions it hands out."""

    def __init__(self, inner: Database) -> None:
        super().__init__(inner.engine)
        self.transactions = 0

    @asynccontextmanager
    async def transaction(self, wait_s: float | None = None) -> AsyncIterator[SqlStore]:
        self.transactions += 1
        async with super().transaction(wait_s) as store:
            yield store


async def _families(database: Database, count: int) -> None:
    for n in range(count):
        family = await add_family(database, weekday=TODAY.weekday(), hour=9 + n % 10)
        await add_child(database, family, TODAY - timedelta(days=55 + 7 * n))


@pytest.mark.parametrize(("targets", "families"), [(1, 1), (3, 2), (1000, 10_000)], ids=["tiny", "small", "whole"])
async def test_small_chunks_plan_the_same_rows_as_one_transaction(fast_database: Database, monkeypatch,
                                                                  targets: int, families: int) -> None:
    await _families(fast_database, 12)
    monkeypatch.setattr(planning, "STAGE_TARGETS_PER_CHUNK", targets)
    monkeypatch.setattr(planning, "TIP_FAMILIES_PER_CHUNK", families)
    counting = CountingDatabase(fast_database)
    added = await planner(counting, FixedClock(local(TODAY, 6))).plan_day(TODAY)
    rows = await outbox(fast_database)
    assert added == len(rows) > 12  # every child: a weekly tip and vaccine stages
    keys = sorted(row["idempotency_key"] for row in rows)

    async with fast_database.transaction() as store:  # the same day again, planned in one go
        await store.session.execute(sa.text("DELETE FROM outbox"))
    monkeypatch.setattr(planning, "STAGE_TARGETS_PER_CHUNK", 10_000)
    monkeypatch.setattr(planning, "TIP_FAMILIES_PER_CHUNK", 10_000_000)
    await planner(fast_database, FixedClock(local(TODAY, 6))).plan_day(TODAY)
    assert sorted(row["idempotency_key"] for row in await outbox(fast_database)) == keys
    if targets == 1:
        assert counting.transactions > 12  # one per stage target and per family chunk, at least


async def test_a_turn_waits_for_one_chunk_not_for_the_whole_day(fast_database: Database, monkeypatch) -> None:
    await _families(fast_database, 30)
    monkeypatch.setattr(planning, "STAGE_TARGETS_PER_CHUNK", 1)
    monkeypatch.setattr(planning, "TIP_FAMILIES_PER_CHUNK", 1)
    waits: list[float] = []
    planning_task = asyncio.create_task(planner(fast_database, FixedClock(local(TODAY, 6))).plan_day(TODAY))
    while not planning_task.done():
        started = time.perf_counter()
        async with fast_database.transaction(wait_s=5.0) as store:  # what a parent's turn does first
            await store.claim_inbound("telegram", f"chunk-{len(waits)}")
        waits.append(time.perf_counter() - started)
        await asyncio.sleep(0)
    assert await planning_task > 0
    assert len(waits) > 3, "the turns got in only after the whole day was planned"


async def test_a_planner_serialises_only_the_tip_book_of_the_month_it_plans(fast_database: Database,
                                                                              monkeypatch) -> None:
    """All twelve months' books took about 1 s of CPU in the event loop at every start or content reload."""
    built: list[int] = []
    of = planning.TipBookRows.of

    def counted(choices):  # type: ignore[no-untyped-def]
        built.append(len(choices))
        return of(choices)

    monkeypatch.setattr(planning.TipBookRows, "of", counted)
    await _families(fast_database, 3)
    day_planner = planner(fast_database, FixedClock(local(TODAY, 6)))
    await day_planner.plan_day(TODAY)
    await day_planner.plan_day(TODAY + timedelta(days=1))  # the same month: the same book
    assert len(built) == 1
    await day_planner.plan_day(date(2026, 7, 1))
    assert len(built) == 2


@pytest.mark.parametrize("fast_database", ["sqlite"], indirect=True)  # PostgreSQL reads it from the parameter
async def test_on_sqlite_a_connection_reads_the_tip_book_once_not_once_per_chunk(fast_database: Database,
                                                                                 monkeypatch) -> None:
    """Reading the book's JSON cost about 30 ms of CPU a chunk while parents' turns waited: on SQLite each
    connection fills its temp.tip_book once per book, and a new month's book replaces it."""
    fills: list[str] = []

    def count(_conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("INSERT INTO temp.tip_book "):
            fills.append(statement)

    sa.event.listen(fast_database.engine.sync_engine, "before_cursor_execute", count)
    await _families(fast_database, 12)
    monkeypatch.setattr(planning, "TIP_FAMILIES_PER_CHUNK", 1)  # a chunk per family
    counting = CountingDatabase(fast_database)
    day_planner = planner(counting, FixedClock(local(TODAY, 6)))
    added = await day_planner.plan_day(TODAY)
    tips = [row for row in await outbox(fast_database) if row["kind"] == "tip"]
    assert added > 0 and len(tips) == 12  # every child got its weekly tip, chunk by chunk
    assert 1 <= len(fills) <= 2  # once per pooled connection, however many chunks
    first = len(fills)
    await day_planner.plan_day(TODAY + timedelta(days=7))  # the same book: the connection has it
    assert len(fills) == first
    of = planning.TipBookRows.of
    monkeypatch.setattr(planning.TipBookRows, "of",  # July's book, whatever its tips, as another book
                        lambda choices: dataclasses.replace(of(choices), digest="another book"))
    await day_planner.plan_day(date(2026, 7, 6))
    assert len(fills) > first
