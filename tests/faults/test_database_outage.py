"""PostgreSQL stopped and started under the running bot (a real `cavororo serve` and a private cluster).

While the server is down the bot answers each update with one "try again in a moment" and the webhook still
answers 200 (Telegram would otherwise retry for hours); Telegram's retry of the same update gets no second
apology; /healthz reports the database not ok; the reminder ticks fail and are logged. When the server is back
the same process answers normally and sends reminders again: no restart.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from bot.core.messages import Text
from bot.storage.database import Database
from bot.storage.models import FamilyRow, OutboxRow
from tests.fakes.telegram_api import FakeTelegram
from tests.faults.cluster import PrivatePostgres
from tests.faults.served import RemoteChat, ServedBot, button_data, eventually, onboarding
from tests.scheduler.outbox_rows import translator

BORN = datetime.now(ZoneInfo("Europe/Belgrade")).date() - timedelta(days=107)  # the bot counts days in Belgrade


@pytest.fixture
async def served(private_pg_url: str, tmp_path: Path) -> AsyncIterator[ServedBot]:
    fake = await FakeTelegram().start()
    # Reminder ticks every second and no quiet hours, so the test sees ticks fail and then send again.
    bot = ServedBot(fake, private_pg_url, tmp_path, SCHEDULER_TICK_SECONDS="1", QUIET_HOURS_START="0",
                    QUIET_HOURS_END="0")
    try:
        await bot.start()
        yield bot
    finally:
        await bot.close()
        await fake.close()


def apology(locale: str) -> str:
    return translator().format(locale, Text("outage-try-again"))


def reminded(bot: ServedBot, chat: RemoteChat) -> bool:
    """A reminder (a message the bot sent on its own, with reminder answer buttons) reached the chat."""
    answers = {"rem", "rem-done", "rem-later"}
    return any(data.partition(":")[0] in answers for data in button_data(bot.fake.sent(chat.chat_id)))


async def due_now(url: str) -> None:
    """Make the newest family's planned reminders due now, whatever the time of day (they are planned for the family's
    hour: 10:00 in Belgrade by default, which a run at night has not reached)."""
    database = Database.from_url(url)
    try:
        deadline = time.monotonic() + 60
        while True:
            async with database.engine.begin() as connection:
                newest = sa.select(sa.func.max(FamilyRow.id)).scalar_subquery()  # the family just onboarded
                moved = (await connection.execute(sa.update(OutboxRow).where(
                    OutboxRow.state == "pending", OutboxRow.family_id == newest).values(
                    due_at=datetime.now(UTC) - timedelta(minutes=1)))).rowcount
            if moved:
                return
            assert time.monotonic() < deadline, "nothing was planned for the child"
            await asyncio.sleep(0.2)
    finally:
        await database.dispose()


async def onboard(chat: RemoteChat) -> None:
    for kind, value in onboarding(BORN.strftime("%d.%m.%Y")):
        await (chat.text(value) if kind == "text" else chat.press(value))
    assert "m:tip" in chat.button_data  # at the main menu


async def test_the_bot_apologises_while_postgres_is_down_and_recovers_without_a_restart(
        served: ServedBot, private_postgres: PrivatePostgres, private_pg_url: str) -> None:
    parent = RemoteChat(served, 9101)
    await onboard(parent)
    await due_now(private_pg_url)
    await eventually(lambda: reminded(served, parent), what="the first reminders")  # nothing in flight
    assert (await served.health())["database"]["ok"] is True
    pid = served.process.pid  # type: ignore[union-attr]

    private_postgres.stop()
    answer = await parent.press("m:tip")
    assert [call.text for call in answer] == [apology("en")]  # the chat's language, remembered from good turns
    assert (await served.health())["database"]["ok"] is False
    assert await parent.send(parent.last_update) == []  # Telegram's retry of the same update: no second apology
    assert [call.text for call in await parent.text("hello")] == [apology("en")]  # a new update: its own answer
    newcomer = RemoteChat(served, 9102, language_code="sr")
    assert [call.text for call in await newcomer.text("/start")] == [apology("sr-Latn")]  # unknown: Serbian
    await eventually(lambda: "reminders planning failed" in served.log(), what="a failed reminders tick")

    private_postgres.start()
    answer = await parent.press("m:tip")
    assert answer and apology("en") not in [call.text for call in answer]
    assert (await served.health())["database"]["ok"] is True
    await onboard(newcomer)  # a family that exists only since the recovery gets its reminders: ticks work again
    await due_now(private_pg_url)
    await eventually(lambda: reminded(served, newcomer), what="the newcomer's reminders")
    assert served.process is not None and served.process.returncode is None and served.process.pid == pid
    log = served.log()
    assert log.count("database unreachable") == 1 and log.count("database reachable again") == 1
    assert "Mila" not in log and BORN.strftime("%d.%m.%Y") not in log
