"""Claiming benchmark on PostgreSQL: several dispatcher processes claim and record the same outbox at once.

    .venv/bin/python -m bench.claim_bench                          # 50,000 families x 2 rows, 4 processes
    .venv/bin/python -m bench.claim_bench --families 20000 --workers 2 --batch 200
    .venv/bin/python -m bench.claim_bench --db postgresql+asyncpg://postgres@127.0.0.1:5432/test

The data goes into a fresh schema (dropped at the end): families with one chat and one child, and two rows due
today per family. Each worker process loops: claim a batch of families (FOR NO KEY UPDATE SKIP LOCKED, the
dispatcher's own OutboxClaims), then record every claimed row as sent (the dispatcher's own ``record``) -
what a dispatcher does around the send, without the send. Prints one JSON object: rows claimed per second
over the whole run (first claim to last record, all workers), per worker, and the double-claim checks: every
row claimed exactly once (the ids the workers report) and no row with ``attempts`` > 1, and the CPU seconds
spent from the start line to the end: the workers' own and their PostgreSQL server processes' (read from /proc,
so the server must run on this host), which the machine's other load does not inflate.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import resource
import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from bot.storage import Database, make_engine, migrate
from bot.storage.models import OutboxRow
from scheduler.claims import OutboxClaims
from scheduler.outcomes import Outcome, record

DEFAULT_DB = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
NOW = datetime(2026, 4, 27, 8, 0, tzinfo=UTC)  # Monday 10:00 in Belgrade
OUTBOX = OutboxRow.__table__
SEED = [
    "INSERT INTO family (id, consent_at, consent_by) SELECT g, :now, 'parent' FROM generate_series(1, :n) g",
    "INSERT INTO chat (channel, user_id, locale, family_id, data) "
    "SELECT 'telegram', (100000 + g)::text, 'sr-Latn', g, '{}'::jsonb FROM generate_series(1, :n) g",
    "INSERT INTO child (id, family_id, nickname, birth_date, enrolled_on) "
    "SELECT g, g, 'Dete', DATE '2026-01-10', DATE '2026-01-10' "
    "FROM generate_series(1, :n) g",
    "INSERT INTO outbox (family_id, child_id, kind, item, stage, due_at, local_day, idempotency_key, created_at) "
    "SELECT g, g, k.kind, k.item, 'on', :due, DATE '2026-04-27', 'bench:' || g || ':' || k.item, :now "
    "FROM generate_series(1, :n) g CROSS JOIN (VALUES ('vaccine', 'pcv_2'), ('checkup', 'checkup_3_5m')) "
    "AS k(kind, item)",
    "ANALYZE",
]


async def seed(url: str, families: int) -> None:
    await migrate(url)
    engine = make_engine(url)
    async with engine.begin() as connection:
        for statement in SEED:
            await connection.execute(sa.text(statement), {"n": families, "now": NOW,
                                                          "due": NOW - timedelta(hours=2)})
    await engine.dispose()


def _cpu_seconds(pids: list[int]) -> float:
    """CPU seconds of these processes so far (user + system, from /proc; 0 for one that is gone)."""
    total = 0
    for pid in pids:
        stat = Path(f"/proc/{pid}/stat")
        if stat.exists():
            fields = stat.read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


async def _backends(database: Database, name: str) -> list[int]:
    async with database.engine.connect() as connection:
        query = sa.text("SELECT pid FROM pg_stat_activity WHERE application_name = :name")
        return list(await connection.scalars(query, {"name": name}))


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def claim_all(url: str, batch: int, start: Callable[[], object]) -> dict[str, object]:
    name = f"claim_bench_{os.getpid()}"
    database = Database(make_engine(url, pool_size=2, connect_args={"server_settings": {"application_name": name}}))
    claims = OutboxClaims(database, ZoneInfo("Europe/Belgrade"))
    assert await database.ping()  # connected and warm before the start line
    await asyncio.get_running_loop().run_in_executor(None, start)
    cpu_started, server_started = _own_cpu(), _cpu_seconds(await _backends(database, name))
    claimed: list[int] = []
    first = last = 0.0
    while True:
        window = claims.window(NOW, morning_hour=8, free_days=3)
        started = time.monotonic()
        taken = await claims.claim(window, NOW + timedelta(minutes=5), batch)
        batch_claims = taken.claims
        if not batch_claims:
            if taken.contended:  # the others hold what is due right now
                await asyncio.sleep(0.01)
                continue
            break
        first = first or started
        ids = [item.id for c in batch_claims for item in c.items]
        await record(database, [Outcome(c, sent_ids=[i.id for i in c.items], message_id="1") for c in batch_claims],
                     NOW)
        last = time.monotonic()
        claimed += ids
    server = _cpu_seconds(await _backends(database, name)) - server_started
    await database.dispose()
    return {"ids": claimed, "first": first, "last": last, "cpu": _own_cpu() - cpu_started, "server_cpu": server}


def worker(url: str, batch: int, barrier: Any, results: Any) -> None:
    results.put(asyncio.run(claim_all(url, batch, barrier.wait)))


async def checks(url: str) -> dict[str, object]:
    engine = make_engine(url)
    async with engine.connect() as connection:
        query = sa.select(OUTBOX.c.state, sa.func.count(), sa.func.max(OUTBOX.c.attempts)).group_by(OUTBOX.c.state)
        states = {state: {"rows": count, "max_attempts": most}
                  for state, count, most in await connection.execute(query)}
    await engine.dispose()
    return states


def run(args: argparse.Namespace) -> dict[str, object]:
    schema = f"bench_claim_{secrets.token_hex(4)}"
    url = f"{args.db}?search_path={schema}"
    asyncio.run(_schema(args.db, f'CREATE SCHEMA "{schema}"'))
    try:
        asyncio.run(seed(url, args.families))
        context = multiprocessing.get_context("spawn")
        results, barrier = context.Queue(), context.Barrier(args.workers)  # every worker starts together
        processes = [context.Process(target=worker, args=(url, args.batch, barrier, results))
                     for _ in range(args.workers)]
        for process in processes:
            process.start()
        outputs = [results.get(timeout=600) for _ in processes]
        for process in processes:
            process.join()
        states = asyncio.run(checks(url))
    finally:
        asyncio.run(_schema(args.db, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    every = [row_id for out in outputs for row_id in out["ids"]]  # type: ignore[attr-defined]
    span = max(o["last"] for o in outputs) - min(o["first"] for o in outputs if o["first"])  # type: ignore[type-var]
    return {"bench": "claiming", "database": "postgresql", "families": args.families, "rows": len(every),
            "workers": args.workers, "batch": args.batch, "seconds": round(span, 2),
            "claimed_rows_per_s": round(len(every) / span), "per_worker_rows": [len(o["ids"]) for o in outputs],
            "cpu_seconds": {"workers": round(sum(o["cpu"] for o in outputs), 2),  # type: ignore[misc]
                            "server": round(sum(o["server_cpu"] for o in outputs), 2)},  # type: ignore[misc]
            "load_average": round(os.getloadavg()[0], 1),
            "claimed_twice": len(every) - len(set(every)), "states": states}


async def _schema(url: str, statement: str) -> None:
    engine = make_engine(url)
    async with engine.begin() as connection:
        await connection.execute(sa.text(statement))
    await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=DEFAULT_DB, help="a PostgreSQL URL (a schema is created in it)")
    parser.add_argument("--families", type=int, default=50_000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--batch", type=int, default=500, help="families per claim")
    print(json.dumps(run(parser.parse_args())))


if __name__ == "__main__":
    main()
