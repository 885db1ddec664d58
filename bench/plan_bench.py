"""Planning benchmark: plan one day for N children (default 1,000,000), then plan it again.

    .venv/bin/python -m bench.plan_bench                                   # SQLite file /tmp/cavororo-plan.sqlite3
    .venv/bin/python -m bench.plan_bench --db postgresql+asyncpg://postgres@127.0.0.1:5432/test

The data is generated first when the database has fewer children than asked (in SQL, a few minutes at most):
families (1.4 children each, tip weekdays and hours spread), children born over the last seven years (8 %
born early), vaccination records for 85 % of the doses whose window has closed, the tips seen in the last
eight weeks, and the outbox of the 14 days before the measured day (planned the same way, so the indexes hold
a realistic number of rows). The measurement then runs in a fresh process, so its peak memory (ru_maxrss) is
the planner's own: plan the day (figures: seconds, rows), plan the same day again (0 rows expected).
Prints one JSON object per step.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.catalog import load_library
from bot.clock import FixedClock
from bot.storage import Database, make_engine, migrate
from bot.storage.outbox import OutboxRepository
from scheduler.calendar import DeliveryCalendar
from scheduler.planner import Planner
from scheduler.timeline import schedule_items

ROOT = Path(__file__).resolve().parents[1]

DEFAULT_DB = "sqlite+aiosqlite:////tmp/cavororo-plan.sqlite3"
DAY = date(2026, 12, 1)
HISTORY_DAYS = 14
SPAN_DAYS = 7 * 365  # children born over the last seven years
CHUNK = 100_000


def emit(**figures: object) -> None:
    print(json.dumps(figures), flush=True)


def _series(dialect: str, count: int) -> str:
    """SQL for the numbers 1..count as a table ``s(n)``."""
    if dialect == "postgresql":
        return f"SELECT generate_series(1::bigint, {count}) AS n"
    return f"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {count}) SELECT n FROM s"


async def generate(database: Database, children: int, day: date) -> None:
    engine = database.engine
    dialect = engine.dialect.name
    families = children * 5 // 7
    started = time.perf_counter()
    async with engine.begin() as connection:
        await _fast_bulk_load(connection)
        stamp = "CURRENT_TIMESTAMP"
        await connection.execute(sa.text(
            "INSERT INTO family (id, consent_by, notice_version, tip_weekday, tip_hour, reminders_stopped, "
            "created_at, updated_at) "
            f"SELECT n, 'parent', '1', n % 7, 9 + n % 3, n % 100 = 0, {stamp}, {stamp} "
            f"FROM ({_series(dialect, families)}) f"
        ))
        birth = _birth_expression(dialect, day)
        await connection.execute(sa.text(
            "INSERT INTO child (id, family_id, birth_date, gestational_weeks, enrolled_on, created_at, updated_at) "
            f"SELECT n, 1 + (n - 1) * {families} / {children}, {birth}, "
            f"CASE WHEN n % 13 = 0 THEN 28 + n % 9 END, {_date_sql(dialect, day - timedelta(days=HISTORY_DAYS))}, "
            f"{stamp}, {stamp} FROM ({_series(dialect, children)}) c"
        ))
        if dialect == "postgresql":  # the ids were given: the sequences go on after them (new parents, the bot)
            for table in ("family", "child"):
                await connection.execute(sa.text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"))
    emit(step="generated families and children", children=children, families=families,
         seconds=round(time.perf_counter() - started, 1))
    await _generate_history(database, day)


def _birth_expression(dialect: str, day: date) -> str:
    offset = f"CAST((n * 7919) % {SPAN_DAYS} AS INTEGER)"  # spread evenly, not in id order
    if dialect == "postgresql":
        return f"DATE '{day.isoformat()}' - {offset}"
    return f"date('{day.isoformat()}', '-' || ({offset}) || ' days')"


async def _generate_history(database: Database, day: date) -> None:
    engine = database.engine
    library = load_library(ROOT / "content")
    started = time.perf_counter()
    start = day - timedelta(days=HISTORY_DAYS)
    doses = " UNION ALL ".join(  # born on or before `closed`: the dose's window had closed by the history
        f"SELECT '{dose.id}' AS dose_id, {_date_sql(engine.dialect.name, start - timedelta(days=dose.latest_days + 1))}"
        f" AS closed, {n} AS salt"
        for n, dose in enumerate(library.doses)
    )
    tips = " UNION ALL ".join(  # seen: the window ended in the eight weeks before the history
        f"SELECT '{tip.id}' AS tip_id, {_date_sql(engine.dialect.name, start - timedelta(days=tip.end_days + 56))} "
        f"AS oldest, {_date_sql(engine.dialect.name, start - timedelta(days=tip.end_days + 1))} AS youngest"
        for tip in library.tips
    )
    async with engine.begin() as connection:
        await _fast_bulk_load(connection)
        # In child order, so the indexes grow at their end instead of everywhere at once.
        await connection.execute(sa.text(
            "INSERT INTO vaccination_record (child_id, dose_id, given_on, recorded_by, created_at) "
            f"SELECT c.id, d.dose_id, c.birth_date, 'parent', CURRENT_TIMESTAMP FROM child c JOIN ({doses}) d "
            "ON c.birth_date <= d.closed WHERE (c.id * 31 + d.salt) % 100 < 85 ORDER BY c.id, d.dose_id"
        ))
        # Seen: the tips whose window ended in the eight weeks before the history (chronological age).
        await connection.execute(sa.text(
            "INSERT INTO tip_seen (child_id, tip_id, seen_at) "
            f"SELECT c.id, t.tip_id, CURRENT_TIMESTAMP FROM child c JOIN ({tips}) t "
            "ON c.birth_date BETWEEN t.oldest AND t.youngest ORDER BY c.id, t.tip_id"
        ))
    emit(step="generated records and seen tips", seconds=round(time.perf_counter() - started, 1),
         doses_reminded=len(schedule_items(library)))
    planner = _planner(database, day)
    started = time.perf_counter()
    rows = 0
    for back in range(HISTORY_DAYS, 0, -1):  # each day in one transaction: nobody waits for it here, and the
        planned = day - timedelta(days=back)  # chunks of plan_day would read the tip book again for each one
        async with database.transaction() as store:
            rows += await planner.plan_day_in(OutboxRepository(store.session), planned,
                                              now=datetime.combine(planned, datetime.min.time(), tzinfo=UTC))
    emit(step=f"generated the outbox of the {HISTORY_DAYS} previous days", rows=rows,
         seconds=round(time.perf_counter() - started, 1))


def _date_sql(dialect: str, day: date) -> str:
    return f"DATE '{day.isoformat()}'" if dialect == "postgresql" else f"'{day.isoformat()}'"


async def _fast_bulk_load(connection: AsyncConnection) -> None:
    """Generation only: a big page cache on SQLite (the default 2 MB thrashes on millions of rows)."""
    if connection.dialect.name == "sqlite":
        await connection.execute(sa.text("PRAGMA cache_size=-1000000"))
        await connection.execute(sa.text("PRAGMA synchronous=OFF"))


def _planner(database: Database, day: date) -> Planner:
    clock = FixedClock(datetime.combine(day, datetime.min.time(), tzinfo=UTC))
    return Planner(database, load_library(ROOT / "content"), DeliveryCalendar(), clock)


def peak_rss_mb() -> int:
    """This process's peak resident memory (VmHWM). Not ru_maxrss: Linux carries that over an exec from the
    parent, which here is the generator with its 1 GB page cache."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


async def count(database: Database, table: str) -> int:
    async with database.engine.connect() as connection:
        return int(await connection.scalar(sa.text(f"SELECT count(*) FROM {table}")) or 0)


class CpuMeter:
    """CPU seconds spent on the work, which the machine's other load does not inflate: this process (Python,
    and SQLite in aiosqlite's thread) plus, for PostgreSQL on this host, the server processes serving the
    benchmark's connections (application_name plan_bench, read from /proc)."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.seen: dict[int, float] = {}

    async def read(self) -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        total = usage.ru_utime + usage.ru_stime
        if self.database.engine.dialect.name == "postgresql":
            async with self.database.engine.connect() as connection:
                pids = await connection.scalars(sa.text(
                    "SELECT pid FROM pg_stat_activity WHERE application_name = 'plan_bench'"))
                for pid in pids:
                    stat = Path(f"/proc/{pid}/stat")
                    if stat.exists():
                        fields = stat.read_text().rsplit(")", 1)[1].split()
                        self.seen[pid] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
            total += sum(self.seen.values())
        return total


async def measure(url: str, day: date) -> None:
    settings = {"connect_args": {"server_settings": {"application_name": "plan_bench"}}} if "postgresql" in url else {}
    database = Database(make_engine(url, **settings))
    try:
        cpu = CpuMeter(database)
        planner = _planner(database, day)
        for attempt in ("plan", "re-plan"):
            started, cpu_started = time.perf_counter(), await cpu.read()
            added = await planner.plan_day(day)
            seconds, cpu_seconds = time.perf_counter() - started, await cpu.read() - cpu_started
            emit(step=f"{attempt} {day.isoformat()}", children=await count(database, "child"), rows_added=added,
                 seconds=round(seconds, 2), cpu_seconds=round(cpu_seconds, 2), peak_rss_mb=peak_rss_mb(),
                 load_average=round(os.getloadavg()[0], 1))
        started = time.perf_counter()  # what every start does: look for rows of edited schedule items
        cancelled = await planner.reconcile_schedule()
        emit(step="schedule check at start", pending_rows=await count(database, "outbox WHERE state = 'pending'"),
             rows_cancelled=cancelled, seconds=round(time.perf_counter() - started, 2), peak_rss_mb=peak_rss_mb())
    finally:
        await database.dispose()


async def prepare(url: str, children: int, day: date) -> date:
    """Generate the data if needed; returns the first day not planned yet."""
    await migrate(url)
    database = Database(make_engine(url))
    try:
        have = await count(database, "child")
        if have < children:
            if have:
                raise SystemExit(f"the database has {have} children, fewer than {children}: start from an empty one")
            await generate(database, children, day)
        if database.engine.dialect.name == "postgresql":
            async with database.engine.connect() as connection:
                await connection.execute(sa.text("ANALYZE"))
        async with database.engine.connect() as connection:  # a re-run measures a day not planned yet
            last = await connection.scalar(sa.text("SELECT max(local_day) FROM outbox"))
    finally:
        await database.dispose()
    return day if last is None else date.fromisoformat(str(last)) + timedelta(days=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default=DEFAULT_DB, help=f"database URL (default {DEFAULT_DB})")
    parser.add_argument("--children", type=int, default=1_000_000)
    parser.add_argument("--day", type=date.fromisoformat,
                        help=f"the day planned (default: {DAY}, or the day after the last one planned in a re-run)")
    parser.add_argument("--measure-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_only:
        asyncio.run(measure(args.db, args.day))
        return
    day = asyncio.run(prepare(args.db, args.children, args.day or DAY))
    command = [sys.executable, "-m", "bench.plan_bench", "--db", args.db, "--day", (args.day or day).isoformat(),
               "--measure-only"]
    subprocess.run(command, check=True, cwd=ROOT)


if __name__ == "__main__":
    main()
