"""The core turn alone: ``Inbox.handle`` in-process (no HTTP, no channel), on a fresh SQLite file.

    .venv/bin/python -m bench.turn_bench                       # 200 parents, 3,000 turns, one at a time
    .venv/bin/python -m bench.turn_bench --concurrency 8       # eight turns under way at once (the channel's shape)
    .venv/bin/python -m bench.turn_bench --profile /tmp/turn.prof   # cProfile of the measured turns
    .venv/bin/python -m bench.turn_bench --plan-children 100000     # the planner plans a day meanwhile
    .venv/bin/python -m bench.turn_bench --plan-children 1000000 --db postgresql+asyncpg://...   # PostgreSQL
    .venv/bin/python -m bench.turn_bench --tiny                      # seconds: for smoke tests

Each parent onboards first (language, consent, nickname, birth date: not measured), then the measured turns pick a
random parent and a random step of what parents do most (the menu's buttons, /menu, free text), each with a new
inbound id, so dedupe runs as in production. Prints one JSON object: turns/s (wall), CPU ms per turn (this
process, all threads: what machine load does not inflate), and the p50/p99 wall time of one turn.

With ``--plan-children N`` the database also holds N children of other families (bench/plan_bench.py's data) and
the reminder planner plans a day for them while the turns run (in chunks, each a short transaction through
``Database.transaction``: scheduler/planner.py): the figures then say how long planning took and how long the
turns that came meanwhile took (p99 and max; the target is under 100 ms, docs/performance.md).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import itertools
import json
import os
import random
import statistics
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

import sqlalchemy as sa

from bench import plan_bench  # the planning data and the planner
from bot.storage import Database
from bot.storage.models import OutboxRow
from bot.storage.outbox import OutboxRepository
from scheduler.planner import Planner

ROOT = Path(__file__).resolve().parents[1]

ONBOARDING = (("start", ""), ("press", "lang:en"), ("press", "consent:yes"), ("text", "Mila"),
              ("text", "{born}"), ("press", "early:no"))
LOOP = (("press", "m:tip"), ("press", "m:plan"), ("press", "menu"), ("press", "m:help"), ("press", "m:kids"),
        ("command", "menu"), ("text", "hello"))


def inbound(user: object, step: tuple[str, str], born: str) -> object:
    from bot.core.messages import Inbound

    kind, value = step
    return Inbound(user, **{kind: value.format(born=born)})  # type: ignore[arg-type]


async def run(args: argparse.Namespace, work: Path) -> dict[str, object]:
    from bot.app import build
    from bot.config import Settings
    from bot.core.messages import ChannelUser

    settings = Settings(DATABASE_URL=args.db or f"sqlite+aiosqlite:///{work / 'turns.sqlite3'}",  # type: ignore[call-arg]
                        CONTENT_DIR=ROOT / "content", LOG_LEVEL="WARNING",
                        INBOUND_RATE_PER_MINUTE=0)  # the flood limit would drop the bench's fast parents
    app = await build(settings)
    if args.plan_children:
        await _prepare(app.database, args.plan_children)
    born = (datetime.now(UTC).date() - timedelta(days=100)).strftime("%d.%m.%Y")
    # New parents and new inbound ids in every run, also in a database kept from an earlier one (dedupe would
    # otherwise drop every turn as a repeat of the earlier run's).
    first = 1000 + 1000 * int(time.time())
    ids = itertools.count(first)
    users = [ChannelUser("telegram", str(first + n)) for n in range(args.users)]
    for user in users:
        for step in ONBOARDING:
            await app.inbox.handle(inbound(user, step, born), inbound_id=str(next(ids)))
    # The planner is built (content read, schedule and tip books computed: about 1 s of CPU) before the turns
    # start, as the long-lived planner of `cavororo serve` is: the figures are a planned day's, not a start's.
    planner = plan_bench._planner(app.database, plan_bench.DAY) if args.plan_children else None
    if planner is not None:
        await planner.reconcile_schedule()
    rng = random.Random(7)
    plan = [(rng.choice(users), rng.choice(LOOP)) for _ in range(args.turns)]
    queue = iter(plan)
    walls: list[float] = []
    spans: list[tuple[float, float]] = []  # (start, end) of each turn

    async def worker() -> None:
        for user, step in queue:
            started = time.perf_counter()
            await app.inbox.handle(inbound(user, step, born), inbound_id=str(next(ids)))
            spans.append((started, time.perf_counter()))
            walls.append(spans[-1][1] - started)

    profiler = cProfile.Profile(time.thread_time) if args.profile else None  # this thread's CPU
    cpu, started = time.process_time(), time.perf_counter()
    if profiler is not None:
        profiler.enable()
    holds: list[float] = []  # each planning transaction, from its turn through its commit
    planning = asyncio.create_task(plan_meanwhile(planner, holds))
    await asyncio.gather(*(worker() for _ in range(args.concurrency)))
    planned = await planning
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(args.profile)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    await app.close()
    quantiles = statistics.quantiles(walls, n=100, method="inclusive")
    figures = {"turns": len(walls), "concurrency": args.concurrency, "seconds": round(elapsed, 2),
               "turns_per_s": round(len(walls) / elapsed, 1), "cpu_ms_per_turn": round(1000 * cpu / len(walls), 2),
               "p50_ms": round(1000 * quantiles[49], 2), "p99_ms": round(1000 * quantiles[98], 2),
               "max_ms": round(1000 * max(walls), 1), "load_avg_1m": round(os.getloadavg()[0], 1)}
    if args.holds:
        Path(args.holds).write_text(json.dumps([round(1000 * hold, 2) for hold in holds]))
    if planned is not None:
        began, ended, rows = planned
        overlapping = [end - start for start, end in spans if start < ended and end > began]
        figures |= {"planning_s": round(ended - began, 2), "planned_rows": rows,
                    "turns_while_planning": len(overlapping),
                    "p99_turn_ms_while_planning": round(1000 * _p99(overlapping), 1),
                    "max_turn_ms_while_planning": round(1000 * max(overlapping, default=0.0), 1),
                    "planning_transactions": len(holds),
                    "transaction_ms_p50": round(1000 * statistics.median(holds), 1) if holds else 0.0,
                    "transaction_ms_p90": round(1000 * _quantile(holds, 89), 1),
                    "transaction_ms_max": round(1000 * max(holds, default=0.0), 1)}
    return figures


def _p99(values: list[float]) -> float:
    return _quantile(values, 98)


def _quantile(values: list[float], index: int) -> float:
    """quantiles(n=100)[index]: index 98 is the 99th percentile."""
    if len(values) < 2:
        return max(values, default=0.0)
    return statistics.quantiles(values, n=100, method="inclusive")[index]


async def _prepare(database: Database, children: int) -> None:
    """plan_bench's data for ``children`` children: generated in an empty database; in one that holds it from an
    earlier run (--db naming a kept file or schema), the measured day's outbox rows are deleted instead, so the
    day is planned again from scratch."""
    have = await plan_bench.count(database, "child")
    if not have:
        await plan_bench.generate(database, children, plan_bench.DAY)
        return
    if have < children:
        raise SystemExit(f"the database has {have} children, fewer than {children}: start from an empty one")
    started = time.perf_counter()
    async with database.engine.begin() as connection:
        deleted = (await connection.execute(
            sa.delete(OutboxRow).where(OutboxRow.local_day == plan_bench.DAY))).rowcount
    plan_bench.emit(step="reused the data; deleted the measured day's rows", children=have, rows=deleted,
                    seconds=round(time.perf_counter() - started, 1))


@asynccontextmanager
async def _timed_transaction(planner: Planner, holds: list[float]) -> AsyncIterator[OutboxRepository]:
    """Planner._transaction, timed from the moment the transaction has its turn through its commit: how long
    one chunk holds SQLite's write queue (what a turn that comes meanwhile may wait for)."""
    async with AsyncExitStack() as stack:
        store = await stack.enter_async_context(planner._database.transaction())
        started = time.perf_counter()
        stack.callback(lambda: holds.append(time.perf_counter() - started))  # runs after the commit
        yield OutboxRepository(store.session)


async def plan_meanwhile(planner: Planner | None, holds: list[float]) -> tuple[float, float, int] | None:
    """Plan plan_bench's day for its children once the turns are under way: (start, end, rows added)."""
    if planner is None:
        return None
    await asyncio.sleep(1.0)
    planner._transaction = partial(_timed_transaction, planner, holds)  # type: ignore[method-assign]
    began = time.perf_counter()
    rows = await planner.plan_day(plan_bench.DAY)
    return began, time.perf_counter(), rows


async def main_async(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="cavororo-turn-bench-") as tmp:
        print(json.dumps(await run(args, Path(tmp))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200, help="parents (default 200)")
    parser.add_argument("--turns", type=int, default=3000, help="measured turns (default 3000)")
    parser.add_argument("--concurrency", type=int, default=1, help="turns under way at once (default 1)")
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file; a PostgreSQL schema must be empty)")
    parser.add_argument("--profile", metavar="FILE", help="write a cProfile of the measured turns to FILE")
    parser.add_argument("--plan-children", type=int, default=0, metavar="N",
                        help="also N children of other families, and the planner plans a day for them meanwhile")
    parser.add_argument("--holds", metavar="FILE", help="write each planning transaction's ms (in order) to FILE")
    parser.add_argument("--tiny", action="store_true",
                        help="a few seconds' run for smoke tests: 5 parents, 400 turns, 2,000 children planned")
    args = parser.parse_args()
    if args.tiny:
        args.users, args.turns, args.plan_children = 5, 400, 2000
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
