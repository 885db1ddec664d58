"""The ticker: plan then dispatch, one coalescing job on the bot's loop, a graceful stop, and serve() wiring."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest
from apscheduler.triggers.interval import IntervalTrigger

from bot.app import serve
from bot.clock import FixedClock
from bot.config import Settings
from bot.storage.database import Database, make_engine, migrate
from scheduler.runner import JOB_ID, ReminderRunner
from tests.fakes.sender import FakeSender
from tests.scheduler.outbox_rows import CONTENT, add_family, add_row, library, local, row, rows, translator

SETTINGS = SimpleNamespace(timezone="Europe/Belgrade", quiet_hours_start=21, quiet_hours_end=8,
                           scheduler_tick_seconds=30)


async def test_a_tick_plans_first_then_dispatches() -> None:
    calls: list[str] = []

    async def plan() -> object:
        calls.append("plan")
        return SimpleNamespace(added=3)

    async def dispatch() -> object:
        calls.append("dispatch")
        return SimpleNamespace(sent=2)

    report = await ReminderRunner(plan, dispatch, 30).tick()
    assert calls == ["plan", "dispatch"]
    assert (report.planned, report.sent, report.failed) == (3, 2, False)


async def test_a_failing_planning_step_still_lets_due_reminders_go_out() -> None:
    sent: list[bool] = []

    async def plan() -> object:
        raise ConnectionError("database away")

    async def dispatch() -> object:
        sent.append(True)
        return SimpleNamespace(sent=1)

    report = await ReminderRunner(plan, dispatch, 30).tick()
    assert sent == [True] and report.failed and report.sent == 1


async def test_start_adds_one_coalescing_job_that_never_overlaps_and_stop_lets_the_tick_finish() -> None:
    started, halted, finished = asyncio.Event(), asyncio.Event(), []

    async def plan() -> object:
        return None

    async def dispatch() -> object:
        started.set()
        await halted.wait()  # a long dispatch: ends when asked to halt
        finished.append(True)
        return None

    runner = ReminderRunner(plan, dispatch, 45, halt=halted.set)
    runner.start()
    assert runner.scheduler is not None
    job = runner.scheduler.get_job(JOB_ID)
    assert job.coalesce is True and job.max_instances == 1
    assert isinstance(job.trigger, IntervalTrigger) and job.trigger.interval.total_seconds() == 45
    await asyncio.wait_for(started.wait(), timeout=5)  # the first tick runs right away

    await runner.stop()
    assert finished == [True] and runner.scheduler is None


@pytest.fixture
async def sqlite_database(tmp_path: Path) -> AsyncIterator[Database]:
    """SQLite only: the planner and the dispatcher have their own tests on both databases."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'runner.sqlite3'}"
    await migrate(url)
    database = Database(make_engine(url))
    yield database
    await database.dispose()


async def test_a_tick_plans_a_new_child_and_sends_today_s_reminder(sqlite_database: Database) -> None:
    database = sqlite_database
    family = await add_family(database, children=(("Mila", date(2026, 1, 10)),))
    clock, sender = FixedClock(local(2026, 4, 27, 12)), FakeSender()
    runner = ReminderRunner.build(database, {"telegram": sender}, translator, library, clock, SETTINGS)

    report = await runner.tick()

    assert not report.failed and report.planned > 0 and report.sent == 1
    assert [user.user_id for user, _ in sender.sent] == [family.users[0].user_id]
    assert "DTaP-IPV-Hib (5-in-1), dose 2" in sender.sent[0][1].text
    assert {r.state for r in await rows(database) if r.local_day == date(2026, 4, 27)} <= {"sent", "cancelled"}
    assert (await runner.tick()).sent == 0  # nothing twice


async def test_serve_runs_the_reminders_next_to_the_web_server(sqlite_database: Database, tmp_path: Path) -> None:
    family = await add_family(sqlite_database)  # a Telegram chat, but no Telegram token: no sender for it
    later = await add_row(sqlite_database, family.id, family.children[0], "vaccine", "mmr_1",
                          datetime.now(UTC) - timedelta(hours=1), stage="later-1")  # a "remind me later"
    url = sqlite_database.engine.url.render_as_string(hide_password=False)
    settings = Settings(DATABASE_URL=url, CONTENT_DIR=CONTENT, PORT=0,  # type: ignore[call-arg]
                        QUIET_HOURS_START=0, QUIET_HOURS_END=0, SCHEDULER_TICK_SECONDS=3600)
    stop = asyncio.Event()
    server = asyncio.create_task(serve(settings, stop))

    async def tried() -> bool:
        return (await row(sqlite_database, later)).state != "pending"

    deadline = asyncio.get_running_loop().time() + 30
    while not await tried():
        assert not server.done() and asyncio.get_running_loop().time() < deadline
        await asyncio.sleep(0.05)
    stop.set()
    await asyncio.wait_for(server, timeout=30)
    tried_row = await row(sqlite_database, later)
    assert (tried_row.state, tried_row.last_error) == ("failed", "unreachable")
