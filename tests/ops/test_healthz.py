"""GET /healthz of the real web app, wired as `cavororo serve` wires it: database, scheduler, outbox backlog."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from bot.app import App, health_checks
from bot.clock import FixedClock
from bot.health import OutboxBacklog, database_health
from bot.storage.database import Database
from bot.web import make_web_app
from scheduler.calendar import DeliveryCalendar
from scheduler.runner import ReminderRunner
from tests.fakes.chat import NOW, make_app
from tests.scheduler.outbox_rows import add_family, add_row, local


class Steps:
    """Planning and dispatch steps for the runner that succeed, or fail when told to."""

    def __init__(self) -> None:
        self.fail = False

    async def plan(self) -> object:
        if self.fail:
            raise RuntimeError("planning broke")
        return None

    async def dispatch(self) -> object:
        return None


@dataclass
class Bot:
    app: App
    clock: FixedClock
    runner: ReminderRunner
    steps: Steps
    url: str
    http: aiohttp.ClientSession

    async def healthz(self) -> tuple[int, dict[str, Any], str]:
        async with self.http.get(f"{self.url}/healthz") as response:
            return response.status, await response.json(), await response.text()


@asynccontextmanager
async def running(database_url: str, *, database: Database | None = None) -> AsyncIterator[Bot]:
    clock = FixedClock(NOW)
    app = await make_app(database_url, clock)
    steps = Steps()
    runner = ReminderRunner(steps.plan, steps.dispatch, 30, now=clock.now)
    if database is not None:
        await app.database.dispose()
        app.database = database
    server = TestServer(make_web_app(health_checks(app, runner, clock), max_body_bytes=64 * 1024), host="127.0.0.1")
    await server.start_server()
    try:
        async with aiohttp.ClientSession() as http:
            yield Bot(app, clock, runner, steps, str(server.make_url("")).rstrip("/"), http)
    finally:
        await server.close()
        await app.close()


async def test_a_healthy_bot_reports_every_part_with_200(database_url: str) -> None:
    async with running(database_url) as bot:
        family = await add_family(bot.app.database)  # a child called Mila, with a reminder due a minute ago
        await add_row(bot.app.database, family.id, family.children[0], "vaccine", "bcg", NOW - timedelta(minutes=1))
        await bot.runner.tick()
        status, body, text = await bot.healthz()
    assert status == 200 and body["ok"] is True
    assert body["database"]["ok"] is True and body["database"]["latency_ms"] >= 0
    scheduler = body["scheduler"]
    assert scheduler["ok"] is True and scheduler["lag_s"] == 0 and scheduler["last_tick_failed"] is False
    assert scheduler["last_tick_finished_at"] == "2026-11-22T09:00:00+00:00" and scheduler["running"] is False
    assert body["outbox"] == {"ok": True, "due": 1, "oldest_due_s": 60.0, "max_wait_s": 3600.0}
    assert "Mila" not in text  # figures only, no personal data


async def test_a_failed_tick_answers_503(database_url: str) -> None:
    async with running(database_url) as bot:
        bot.steps.fail = True
        await bot.runner.tick()
        status, body, _ = await bot.healthz()
    assert status == 503 and body["ok"] is False
    assert body["scheduler"]["ok"] is False and body["scheduler"]["last_tick_failed"] is True
    assert body["database"]["ok"] is True and body["outbox"]["ok"] is True


async def test_a_scheduler_three_ticks_behind_answers_503(database_url: str) -> None:
    async with running(database_url) as bot:
        await bot.runner.tick()
        bot.clock.advance(seconds=90)  # three ticks of 30 s: still fine
        assert (await bot.healthz())[0] == 200
        bot.clock.advance(seconds=1)
        status, body, _ = await bot.healthz()
    assert status == 503 and body["scheduler"]["ok"] is False and body["scheduler"]["lag_s"] == 91


async def test_a_scheduler_that_never_ticked_is_not_ok(database_url: str) -> None:
    async with running(database_url) as bot:
        status, body, _ = await bot.healthz()
    assert status == 503 and body["scheduler"]["ok"] is False and body["scheduler"]["error"] == "not started"


async def test_a_backlog_of_old_due_rows_answers_503(database_url: str) -> None:
    async with running(database_url) as bot:
        database = bot.app.database
        family = await add_family(database)
        child = family.children[0]
        await add_row(database, family.id, child, "vaccine", "bcg", NOW - timedelta(hours=2))
        await add_row(database, family.id, child, "vaccine", "hepb", NOW - timedelta(hours=3), state="sent")
        await add_row(database, family.id, child, "vaccine", "mmr", NOW - timedelta(hours=4),
                      next_attempt_at=NOW + timedelta(minutes=5))  # a retry waiting: not due yet
        await add_row(database, family.id, child, "vaccine", "dtp", NOW + timedelta(hours=1))
        await bot.runner.tick()
        status, body, _ = await bot.healthz()
    assert status == 503 and body["ok"] is False
    assert body["outbox"] == {"ok": False, "due": 1, "oldest_due_s": 7200.0, "max_wait_s": 3600.0}
    assert body["scheduler"]["ok"] is True


@pytest.mark.parametrize(("now", "due_at", "ok"), [
    pytest.param(local(2026, 11, 22, 23), local(2026, 11, 22, 20, 30), True, id="in-quiet-hours"),
    pytest.param(local(2026, 11, 23, 8, 30), local(2026, 11, 22, 20, 30), True, id="half-an-hour-after-quiet"),
    pytest.param(local(2026, 11, 23, 9, 30), local(2026, 11, 22, 20, 30), False, id="an-hour-and-a-half-after"),
    pytest.param(local(2026, 11, 23, 12), local(2026, 11, 23, 10, 30), False, id="daytime-backlog"),
])
async def test_quiet_hours_do_not_count_as_waiting(database: Database, now: datetime, due_at: datetime,
                                                   ok: bool) -> None:
    family = await add_family(database)
    await add_row(database, family.id, family.children[0], "vaccine", "bcg", due_at)
    report = await OutboxBacklog(database, DeliveryCalendar(), FixedClock(now).now).check()
    assert report["ok"] is ok and report["due"] == 1
    assert report["oldest_due_s"] == (now - due_at).total_seconds()


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("unreachable", [
    pytest.param(lambda tmp: f"sqlite+aiosqlite:///{tmp / 'no-such-dir' / 'x.sqlite3'}", id="sqlite-no-dir"),
    pytest.param(lambda tmp: f"postgresql+asyncpg://cavororo:pw@127.0.0.1:{_closed_port()}/cavororo",
                 id="postgres-refused"),
])
async def test_an_unreachable_database_answers_503(tmp_path, unreachable) -> None:
    gone = Database.from_url(unreachable(tmp_path))
    try:
        async with running(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", database=gone) as bot:
            await bot.runner.tick()
            status, body, text = await bot.healthz()
    finally:
        await gone.dispose()
    assert status == 503 and body["ok"] is False
    assert body["database"]["ok"] is False and body["outbox"]["ok"] is False
    assert "pw" not in text and "127.0.0.1" not in text


async def test_a_database_that_never_answers_does_not_hang_the_checks() -> None:
    release = asyncio.Event()
    writers: list[asyncio.StreamWriter] = []

    async def silent(_reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writers.append(writer)
        await release.wait()  # accepts the connection and never says a word

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    hung = Database.from_url(f"postgresql+asyncpg://cavororo:pw@127.0.0.1:{port}/cavororo")
    try:
        database = await database_health(hung, timeout=0.2)
        backlog = await OutboxBacklog(hung, DeliveryCalendar(), FixedClock(NOW).now, timeout=0.2).check()
    finally:
        release.set()
        for writer in writers:
            writer.close()
        server.close()
        await server.wait_closed()
        await hung.dispose()
    assert database == {"ok": False, "error": "TimeoutError"}
    assert backlog == {"ok": False, "error": "TimeoutError"}


def test_the_backlog_counts_waiting_from_when_sending_resumed() -> None:
    backlog = OutboxBacklog(Database.from_url("sqlite+aiosqlite://"), DeliveryCalendar(quiet_start=21, quiet_end=8))
    morning = datetime(2026, 11, 23, 7, 45, tzinfo=UTC)  # 08:45 in Belgrade
    assert backlog.waited(local(2026, 11, 22, 20), morning) == timedelta(minutes=45)
    assert backlog.waited(local(2026, 11, 23, 8, 30), morning) == timedelta(minutes=15)
    never_quiet = OutboxBacklog(Database.from_url("sqlite+aiosqlite://"), DeliveryCalendar(quiet_start=0, quiet_end=0))
    assert never_quiet.waited(local(2026, 11, 22, 20), morning) == timedelta(hours=12, minutes=45)
