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
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench import plan_bench  # the planning data and the planner

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
        await plan_bench.generate(app.database, args.plan_children, plan_bench.DAY)
    ids = itertools.count(1)
    born = (datetime.now(UTC).date() - timedelta(days=100)).strftime("%d.%m.%Y")
    users = [ChannelUser("telegram", str(1000 + n)) for n in range(args.users)]
    for user in users:
        for step in ONBOARDING:
            await app.inbox.handle(inbound(user, step, born), inbound_id=str(next(ids)))
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
    planning = asyncio.create_task(plan_meanwhile(app.database, args.plan_children))
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
    if planned is not None:
        began, ended, rows = planned
        overlapping = [end - start for start, end in spans if start < ended and end > began]
        figures |= {"planning_s": round(ended - began, 2), "planned_rows": rows,
                    "turns_while_planning": len(overlapping),
                    "p99_turn_ms_while_planning": round(1000 * _p99(overlapping), 1),
                    "max_turn_ms_while_planning": round(1000 * max(overlapping, default=0.0), 1)}
    return figures


def _p99(values: list[float]) -> float:
    if len(values) < 2:
        return max(values, default=0.0)
    return statistics.quantiles(values, n=100, method="inclusive")[98]


async def plan_meanwhile(database: object, children: int) -> tuple[float, float, int] | None:
    """Plan plan_bench's day for its children once the turns are under way: (start, end, rows added)."""
    if not children:
        return None
    await asyncio.sleep(1.0)
    planner = plan_bench._planner(database, plan_bench.DAY)
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
    parser.add_argument("--tiny", action="store_true",
                        help="a few seconds' run for smoke tests: 5 parents, 400 turns, 2,000 children planned")
    args = parser.parse_args()
    if args.tiny:
        args.users, args.turns, args.plan_children = 5, 400, 2000
    asyncio.run(main_async(args))


if __name__ == "__main__":
    main()
