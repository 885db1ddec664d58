"""Mediator notices delivered like reminders (issue 18, defect 2): claimed with a lease so two processes on
PostgreSQL never send one twice, one message per mediator per batch, the dispatcher's quiet hours and backoff."""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from bot.channels.delivery import TransientDeliveryError
from bot.clock import FixedClock
from bot.mediator_notices import MediatorNotices
from bot.storage import Database, make_engine, migrate
from bot.storage.models import ChatRow, MediatorNoticeRow, MediatorRow
from tests.conftest import _postgres_schema_url
from tests.fakes.recording_api import RecordingApi
from tests.fakes.sender import FakeSender
from tests.scheduler.outbox_rows import translator
from tests.scheduler.test_crash import ROOT

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)  # 10:00 in Belgrade


async def seed(database: Database, mediators: int, notices_each: int, prefix: str = "m") -> list[str]:
    """Mediators with a Telegram chat each and ``notices_each`` unsent notices; their chat user ids."""
    users = [f"{prefix}{i}" for i in range(mediators)]
    async with database.transaction() as store:
        for user in users:
            chat = ChatRow(channel="telegram", user_id=user, locale="en")
            store.session.add(chat)
            await store.session.flush()
            mediator = MediatorRow(name=f"Ana {user}", chat_id=chat.id)
            store.session.add(mediator)
            await store.session.flush()
            store.session.add_all(MediatorNoticeRow(mediator_id=mediator.id, kind="help", created_at=NOW)
                                  for _ in range(notices_each))
    return users


async def unsent(database: Database) -> int:
    async with database.transaction() as store:
        return int(await store.session.scalar(sa.select(sa.func.count()).where(MediatorNoticeRow.sent_at.is_(None))))


async def start_worker(url: str, api: RecordingApi) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.mediators.notice_worker", "--db", url, "--api", api.url, "--now",
        NOW.isoformat(), "--batch", "3", cwd=ROOT, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE)


@pytest.mark.postgres
async def test_two_processes_on_postgresql_never_send_a_notice_twice() -> None:
    async with _postgres_schema_url() as url:
        await migrate(url)
        database = Database(make_engine(url))
        users = await seed(database, 30, 1)
        api = await RecordingApi().start()
        api.delay = 0.02
        try:
            workers = [await start_worker(url, api) for _ in range(2)]
            for worker in workers:
                assert worker.stdout is not None
                assert (await asyncio.wait_for(worker.stdout.readline(), timeout=60)) == b"ready\n"
            results = await asyncio.wait_for(asyncio.gather(*(w.communicate(b"go\n") for w in workers)), 90)
        finally:
            await api.close()
        for worker, (_, err) in zip(workers, results, strict=True):
            assert worker.returncode == 0, err.decode()
        sent = [json.loads(out.decode().splitlines()[-1])["sent"] for out, _ in results]
        assert sorted(api.per_user().items()) == sorted((user, 1) for user in users)
        assert sum(sent) == 30 and all(s > 0 for s in sent), sent
        assert await unsent(database) == 0
        await database.dispose()


async def test_a_mediators_notices_of_one_batch_go_out_as_one_message(database: Database) -> None:
    (user,) = await seed(database, 1, 3)
    sender = FakeSender("telegram")
    notices = MediatorNotices(database, {"telegram": sender}, translator, FixedClock(NOW))
    assert await notices.deliver() == 3
    (message,) = sender.to(user)
    assert message.text.count(translator().format("en", _help())) == 3
    assert await notices.deliver() == 0 and await unsent(database) == 0


def _help():  # the notice's text with an empty caregiver (no family in this seed)
    from bot.core.messages import Text

    return Text("mediator-notice-help", {"caregiver": ""})


async def test_a_failed_notice_waits_the_dispatchers_backoff_and_nothing_goes_out_in_quiet_hours(
        database: Database) -> None:
    (user,) = await seed(database, 1, 1)
    sender = FakeSender("telegram")
    sender.failures[user].append(TransientDeliveryError("http_502"))
    clock = FixedClock(NOW)
    notices = MediatorNotices(database, {"telegram": sender}, translator, clock)
    assert await notices.deliver() == 0 and sender.attempts == 1
    assert await notices.deliver() == 0 and sender.attempts == 1  # waiting: backoff_first is one minute
    clock.instant = NOW + notices.policy.backoff(1, None) + timedelta(seconds=1)
    assert await notices.deliver() == 1 and sender.attempts == 2

    (late,) = await seed(database, 1, 1, prefix="late")
    clock.instant = datetime(2026, 11, 22, 21, 30, tzinfo=UTC)  # 22:30 in Belgrade: quiet
    assert await notices.deliver() == 0 and sender.to(late) == []
