"""Load under trust: parents chatting through the real `cavororo serve` while a big reminder batch goes out.

    .venv/bin/python -m bench.trust_load                                     # 1,000 parents, 100,000 children, 60 s
    .venv/bin/python -m bench.trust_load --parents 50 --children 2000 --duration 15       # a quick check
    .venv/bin/python -m bench.trust_load --db postgresql+asyncpg://postgres@127.0.0.1:5432/test?search_path=trust

The database (a fresh SQLite file, or an EMPTY database or schema given with ``--db``) is seeded in SQL: the
parents' families, onboarded and at the main menu, with reminders stopped so that only the batch goes out; and
``--children`` families of one child each, born 200 days ago with no vaccination recorded, each with a
catch-up reminder due now. `cavororo serve` then runs in Telegram webhook mode against the fake Bot API in this
process, which enforces Telegram's broadcast limits on the reminder chats (30 messages in any second, one a
second per chat, else 429) and answers the parents' chats without limits. As soon as the webhook is registered
the parents chat (bench/telegram_load.py's loop: a menu button or a text, wait for the answer, think
``--think`` seconds on average) while the scheduler's first tick plans and dispatches; after ``--duration``
seconds the chat stops and the server is stopped with SIGTERM (it finishes the batch it is sending).

Prints one JSON object: chat updates answered per second, server-side latency p50/p99/max (from the webhook
POST to the first answering message), updates lost (no answer in 10 s) or refused (webhook not 200), reminder
messages sent per second and 429s, the outbox rows due by the end by state (and error), chats that got a
reminder twice, and ``dropped``: lost + refused updates + rows failed + due rows pending with an error. The batch
cannot all go out in a short run at 30/s: the rows not sent yet must be pending, without error.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url

from bench.dispatch_bench import LimitedTelegram
from bench.telegram_load import SECRET, Load, _free_port, _percentile, serving
from bot.storage import make_engine, migrate
from bot.storage.models import OutboxRow, UtcDateTime
from tests.fakes import telegram_updates as updates
from tests.fakes.telegram_api import SENDING, TOKEN, FakeTelegram, Fault

REMINDER_CHATS = 10_000_000  # chat id of reminder family n: REMINDER_CHATS + n; parents are chats 1..parents
OUTBOX = OutboxRow.__table__


class BroadcastLimitedTelegram(LimitedTelegram):
    """Telegram's broadcast limits on the reminder chats; the parents' conversations are not limited."""

    def _fault(self, method: str, chat_id: int | None) -> Fault | None:
        if chat_id is not None and chat_id < REMINDER_CHATS:
            return FakeTelegram._fault(self, method, chat_id)
        return super()._fault(method, chat_id)


def _series(dialect: str, count: int) -> str:
    if dialect == "postgresql":
        return f"SELECT generate_series(1::bigint, {count}) AS n"
    return f"WITH RECURSIVE s(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM s WHERE n < {count}) SELECT n FROM s"


async def seed(url: str, children: int, parents: int) -> None:
    """Families 1..children get the batch (catch-up due now); children+1..children+parents are the parents."""
    await migrate(url)
    engine = make_engine(url)
    now = datetime.now(UTC)
    old = now - timedelta(days=2)  # before the planner's first look: nothing is "changed", nothing re-planned
    # Enrolled two days ago at 200 days old: late, so each child's catch-up reminder is the batch.
    stamp = sa.bindparam("old", old, type_=UtcDateTime())
    due = sa.bindparam("due", now - timedelta(minutes=5), type_=UtcDateTime())
    born, day = now.date() - timedelta(days=200), now.date()
    total = children + parents
    try:
        async with engine.begin() as connection:
            dialect = connection.dialect.name
            if (await connection.execute(sa.text("SELECT count(*) FROM family"))).scalar_one():
                raise SystemExit("trust_load: the database is not empty; give an empty database or schema")
            series = f"({_series(dialect, total)}) s"
            empty = "CAST('{}' AS JSONB)" if dialect == "postgresql" else "'{}'"
            await connection.execute(sa.text(
                "INSERT INTO family (id, consent_at, consent_by, reminders_stopped, created_at, updated_at) "
                f"SELECT n, :old, 'parent', n > {children}, :old, :old FROM {series}").bindparams(stamp))
            await connection.execute(sa.text(
                "INSERT INTO chat (channel, user_id, locale, family_id, step, data, active, created_at, updated_at) "
                f"SELECT 'telegram', CAST(CASE WHEN n > {children} THEN n - {children} ELSE {REMINDER_CHATS} + n END"
                f" AS VARCHAR(32)), 'en', n, '', {empty}, TRUE, :old, :old FROM {series}").bindparams(stamp))
            await connection.execute(sa.text(
                "INSERT INTO child (id, family_id, birth_date, enrolled_on, created_at, updated_at) "
                f"SELECT n, n, :born, :enrolled, :old, :old FROM {series}").bindparams(stamp, born=born,
                                                                                   enrolled=old.date()))
            await connection.execute(sa.text(
                "INSERT INTO outbox (family_id, child_id, kind, item, stage, due_at, local_day, idempotency_key, "
                f"created_at) SELECT n, n, 'catchup', 'catchup', 'catchup', :due, :day, 'catchup:' || n, :old "
                f"FROM {series} WHERE n <= {children}").bindparams(stamp, due, day=day))
    finally:
        await engine.dispose()


async def outcome(url: str) -> dict[str, int]:
    """The rows due by now (the batch and whatever the planner found due), by state and error."""
    engine = make_engine(url)
    try:
        async with engine.connect() as connection:
            due = OUTBOX.c.due_at <= sa.bindparam("now", datetime.now(UTC), type_=UtcDateTime())
            query = sa.select(OUTBOX.c.state, OUTBOX.c.last_error, sa.func.count()).where(due).group_by(
                OUTBOX.c.state, OUTBOX.c.last_error)
            return {f"{state}:{error}" if error else state: count
                    for state, error, count in await connection.execute(query)}
    finally:
        await engine.dispose()


async def chat_and_dispatch(args: argparse.Namespace, url: str, work: Path) -> dict[str, Any]:
    fake = await BroadcastLimitedTelegram().start()
    port = _free_port()
    env = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE": fake.base_url, "HOST": "127.0.0.1", "PORT": str(port),
           "DATABASE_URL": url, "LOG_LEVEL": "WARNING", "SCHEDULER_TICK_SECONDS": "5", "QUIET_HOURS_START": "0",
           "QUIET_HOURS_END": "0", "TELEGRAM_WEBHOOK_URL": f"http://127.0.0.1:{port}/telegram/hook",
           "TELEGRAM_WEBHOOK_SECRET": SECRET}
    load = Load(fake, updates, "webhook", args.parents, args.think)
    try:
        async with serving(env, work / "serve.log", None) as process:
            await fake.wait_for(lambda: bool(fake.webhook) or process.poll() is not None, timeout=180)
            if process.poll() is not None:
                raise SystemExit(f"cavororo serve ended early; see {work / 'serve.log'}")
            load.measuring, started = True, time.monotonic()
            chats = [asyncio.create_task(load.chat(parent)) for parent in load.parents.values()]
            await asyncio.sleep(args.duration)
            load.measuring, elapsed = False, time.monotonic() - started
            for task in chats:
                task.cancel()
            await asyncio.gather(*chats, return_exceptions=True)
        # the server has stopped (SIGTERM): what it sent is recorded
    finally:
        await fake.close()
    reminders = Counter(c.chat_id for c in fake.calls if c.method in SENDING and c.status == 200
                        and (c.chat_id or 0) >= REMINDER_CHATS)
    stats = load.stats
    return {"elapsed": elapsed, "stats": stats, "reminders": reminders, "answered_429": fake.too_many,
            "times": fake.times}


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="cavororo-trust-") as tmp:
        work = Path(args.workdir) if args.workdir else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        url = args.db or f"sqlite+aiosqlite:///{work / 'trust.sqlite3'}"
        began = time.monotonic()
        await seed(url, args.children, args.parents)
        seeded_s = time.monotonic() - began
        run = await chat_and_dispatch(args, url, work)
        rows = await outcome(url)
    stats, elapsed, times = run["stats"], run["elapsed"], run["times"]
    span = times[-1] - times[0] if len(times) > 1 else 0.0
    failed = sum(count for key, count in rows.items() if key.startswith("failed"))
    pending_errors = sum(count for key, count in rows.items() if key.startswith("pending:"))
    twice = sum(1 for count in run["reminders"].values() if count > 1)
    return {"bench": "trust_load", "db": make_url(url).get_backend_name(), "parents": args.parents,
            "children": args.children, "seed_s": round(seeded_s, 1), "seconds": round(elapsed, 1),
            "updates": stats.sent, "updates_per_s": round(stats.sent / elapsed, 1),
            "p50_ms": round(_percentile(stats.server_ms, 50), 1), "p99_ms": round(_percentile(stats.server_ms, 99), 1),
            "max_ms": round(max(stats.server_ms, default=0.0), 1), "lost": stats.lost, "refused": stats.refused,
            "reminders_sent": sum(run["reminders"].values()),
            "reminders_per_s": round((len(times) - 1) / span, 1) if span else 0.0,
            "answered_429": run["answered_429"], "rows": rows, "chats_reminded_twice": twice,
            "dropped": stats.lost + stats.refused + failed + pending_errors}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parents", type=int, default=1000, help="simulated parents chatting (default 1,000)")
    parser.add_argument("--children", type=int, default=100_000, help="children in the batch (default 100,000)")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of chatting (default 60)")
    parser.add_argument("--think", type=float, default=10.0, help="mean pause between a parent's inputs, s")
    parser.add_argument("--db", help="an EMPTY database or schema (default: a fresh SQLite file)")
    parser.add_argument("--workdir", help="keep the database and the server log here (default: a temporary folder)")
    print(json.dumps(asyncio.run(main_async(parser.parse_args()))))


if __name__ == "__main__":
    main()
