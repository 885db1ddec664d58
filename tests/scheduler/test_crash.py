"""A real dispatcher process killed with SIGKILL in the middle of sending, then started again.

The "messenger" (tests/fakes/recording_api.py) answers the first sends, then stalls: it receives messages but
never answers, as when a process dies waiting. After the kill, a new process, started once the lease has ended,
finishes the work. Nothing may be lost, and only the messages that were in flight at the kill may arrive twice.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa

from bot.storage import Database, make_engine, migrate
from tests.fakes.recording_api import RecordingApi
from tests.scheduler.outbox_rows import OUTBOX, local, seed_many

ROOT = Path(__file__).resolve().parents[2]
NOW = local(2026, 4, 27, 9)
FAMILIES = 20
ANSWERED_BEFORE_STALL = 8


async def start_worker(db_url: str, api: RecordingApi, now: object, *extra: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.scheduler.dispatch_worker", "--db", db_url, "--api", api.url,
        "--now", str(now), *extra, cwd=ROOT, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)


async def wait_until(condition: Callable[[], object], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not await condition():  # type: ignore[misc]
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def states(database: Database) -> dict[str, int]:
    async with database.engine.connect() as connection:
        query = sa.select(OUTBOX.c.state, sa.func.count()).group_by(OUTBOX.c.state)
        return {state: count for state, count in await connection.execute(query)}


async def test_a_dispatcher_killed_mid_send_loses_nothing_and_repeats_only_what_was_in_flight(tmp_path: Path) -> None:
    db_url = f"sqlite+aiosqlite:///{tmp_path / 'crash.sqlite3'}"
    await migrate(db_url)
    database = Database(make_engine(db_url))
    users = await seed_many(database, FAMILIES, "c", (("vaccine", "pcv_2", local(2026, 4, 27, 8)),))
    api = await RecordingApi().start()
    api.answer_first = ANSWERED_BEFORE_STALL
    try:
        first = await start_worker(db_url, api, NOW.isoformat())
        later = NOW + timedelta(minutes=5, seconds=1)  # when the first worker's leases have ended
        second = await start_worker(db_url, api, later.isoformat(), "--go")  # started now, waits for "go"

        async def stalled_with_answers_recorded() -> bool:
            assert first.returncode is None, (await first.stderr.read()).decode()  # type: ignore[union-attr]
            done = (await states(database)).get("sent", 0)
            return bool(api.stalled) and done == ANSWERED_BEFORE_STALL

        await wait_until(stalled_with_answers_recorded)
        os.kill(first.pid, signal.SIGKILL)
        assert await first.wait() == -signal.SIGKILL
        in_flight = set(api.stalled)
        left = await states(database)
        assert left["sent"] == ANSWERED_BEFORE_STALL and left["sending"] >= len(in_flight)

        api.answer_first = None
        assert second.stdout is not None
        assert (await asyncio.wait_for(second.stdout.readline(), timeout=60)) == b"ready\n"
        out, err = await asyncio.wait_for(second.communicate(b"go\n"), timeout=60)
        assert second.returncode == 0, err.decode()
        report = json.loads(out.decode().splitlines()[-1])
    finally:
        await api.close()

    received = api.per_user()
    assert set(received) == set(users), "a family lost its reminder"
    assert {user for user, count in received.items() if count > 1} <= in_flight
    assert report["sent"] == FAMILIES - ANSWERED_BEFORE_STALL
    assert await states(database) == {"sent": FAMILIES}
    await database.dispose()
