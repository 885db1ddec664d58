"""Dashboard benchmark: rebuild the daily rollup for N children (default 1,000,000), then time every panel.

    .venv/bin/python -m bench.dashboard_bench --db postgresql+asyncpg://postgres@127.0.0.1:5432/bench
    .venv/bin/python -m bench.dashboard_bench --children 100000                # SQLite /tmp/cavororo-dash.sqlite3

The data is the planning benchmark's (bench/plan_bench.py: families, children, vaccination records, seen tips,
14 days of outbox), generated when the database has no children, plus what the dashboard groups by: 20
mediators, a profile for one family in 100 (about 360 a mediator at 1,000,000 children: a real caseload), and
one chat per family (two in three on Viber, languages spread, 3 % blocked). Then: the rollup rebuild (the
nightly job; figures: seconds in all and per measure, rows), and each panel under four filters (everything, one
settlement, one mediator's limited view, the last 30 days), asked --rounds times; prints one JSON object per
panel with its slowest and median time. Target: every panel under 1 s on PostgreSQL.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from bench.plan_bench import DAY, count, generate
from bot.catalog import load_library
from bot.dashboard.aggregates import EXTRA_PANELS, PANELS
from bot.dashboard.panels import Filters
from bot.dashboard.rollup import rebuild
from bot.storage import Database, make_engine, migrate

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DB = "sqlite+aiosqlite:////tmp/cavororo-dash.sqlite3"
SETTLEMENTS = ("gornji-grad", "zemun-polje", "altina", "kamendin", "other")
MEDIATORS = 20


def emit(**figures: object) -> None:
    print(json.dumps(figures), flush=True)


async def dashboard_data(database: Database) -> None:
    """Mediators, profiles and chats for the plan benchmark's families (ids only: no personal value)."""
    settlements = " ".join(f"WHEN {n} THEN '{s}'" for n, s in enumerate(SETTLEMENTS))
    started = time.perf_counter()
    async with database.engine.begin() as connection:
        await connection.execute(sa.text(
            "INSERT INTO mediator (id, name, active, created_at, updated_at) "
            + " UNION ALL ".join(f"SELECT {m}, 'Mediator {m}', true, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP"
                                 for m in range(1, MEDIATORS + 1))))
        await connection.execute(sa.text(
            "INSERT INTO family_profile (family_id, mediator_id, caregiver, locale, settlement, consent_method, "
            "created_at, updated_at) "
            f"SELECT id, 1 + (id / 100) % {MEDIATORS}, 'x', 'rom', "
            f"CASE (id / 100) % {len(SETTLEMENTS)} {settlements} END, 'paper', "
            "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM family WHERE id % 100 = 0"))
        await connection.execute(sa.text(
            "INSERT INTO chat (id, channel, user_id, locale, family_id, step, data, active, last_inbound_at, "
            "created_at, updated_at) "
            "SELECT id, CASE WHEN id % 3 = 0 THEN 'telegram' ELSE 'viber' END, CAST(id AS VARCHAR(20)), "
            "CASE id % 4 WHEN 0 THEN 'rom' WHEN 1 THEN 'sr-Latn' WHEN 2 THEN 'sr-Cyrl' ELSE 'en' END, id, '', '{}', "
            "id % 33 <> 0, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM family"))
        if connection.dialect.name == "postgresql":
            for table in ("mediator", "chat"):
                await connection.execute(sa.text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"))
    emit(step="generated mediators, profiles and chats", seconds=round(time.perf_counter() - started, 1))


async def prepare(url: str, children: int) -> None:
    await migrate(url)
    database = Database(make_engine(url))
    try:
        have = await count(database, "child")
        if have and have < children:
            raise SystemExit(f"the database has {have} children, fewer than {children}: start from an empty one")
        if not have:
            await generate(database, children, DAY)
        if not await count(database, "mediator"):
            await dashboard_data(database)
        if database.engine.dialect.name == "postgresql":
            async with database.engine.connect() as connection:
                await connection.execute(sa.text("ANALYZE"))
    finally:
        await database.dispose()


async def measure(url: str, rounds: int) -> None:
    database = Database(make_engine(url))
    try:
        doses = load_library(ROOT / "content").doses
        started = time.perf_counter()
        timings: dict[str, float] = {}
        rows = await rebuild(database, DAY, datetime.combine(DAY, datetime.min.time(), tzinfo=UTC), doses, timings)
        emit(step="rollup rebuild", children=await count(database, "child"), rows=rows,
             seconds=round(time.perf_counter() - started, 2), load_average=round(os.getloadavg()[0], 1),
             measures={name: round(seconds, 2) for name, seconds in timings.items()})
        everything = Filters(DAY - timedelta(days=8 * 365), DAY)
        choices = (everything, Filters(everything.start, DAY, settlement="altina"),
                   Filters(everything.start, DAY, mediator_id=7), Filters(DAY - timedelta(days=30), DAY))
        slowest = 0.0
        async with database.engine.connect() as connection:
            for panel in (*PANELS, *EXTRA_PANELS):
                times, shown = [], 0
                for _ in range(rounds):
                    for filters in choices:
                        begun = time.perf_counter()
                        result = await panel(connection, filters)
                        times.append(time.perf_counter() - begun)
                        shown = max(shown, len(result.rows))
                emit(panel=result.key, max_seconds=round(max(times), 4),
                     median_seconds=round(sorted(times)[len(times) // 2], 4), rows=shown)
                slowest = max(slowest, max(times))
        emit(step="all panels", slowest_seconds=round(slowest, 4), under_1_s=slowest < 1.0)
    finally:
        await database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default=DEFAULT_DB, help=f"database URL (default {DEFAULT_DB})")
    parser.add_argument("--children", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=3, help="times each panel is asked under each filter")
    args = parser.parse_args()
    asyncio.run(prepare(args.db, args.children))
    asyncio.run(measure(args.db, args.rounds))


if __name__ == "__main__":
    main()
