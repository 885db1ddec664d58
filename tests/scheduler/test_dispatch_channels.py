"""The dispatcher through the real channels (aiogram's Telegram client, our Viber client) against the fake APIs:
what a 5xx, a 429, a blocked chat or an unsubscribed user does to the outbox."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import pytest

from bot.channels.telegram import TelegramChannel
from bot.channels.viber import ViberChannel
from bot.clock import FixedClock
from bot.config import Settings
from bot.core.conversation import Conversation
from bot.core.messages import ChannelUser
from bot.inbound.inbox import Inbox
from bot.storage.database import Database
from scheduler.dispatcher import Dispatcher
from tests.fakes.telegram_api import TOKEN, FakeTelegram, Fault
from tests.fakes.viber_api import FakeViberApi
from tests.scheduler.outbox_rows import CONTENT, add_family, add_row, chat_active, library, local, row, translator

MONDAY_9 = local(2026, 4, 27, 9)
VIBER_TOKEN = "viber-test-token-0123456789"
TELEGRAM_CHAT = "424242"
VIBER_USER = "v1+user=="


class InstantTimer:
    """Channel pacing and retry waits that take no real time."""

    def __init__(self) -> None:
        self.now = 0.0

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)


@dataclass
class World:
    database: Database
    telegram_api: FakeTelegram
    viber_api: FakeViberApi
    dispatcher: Dispatcher
    telegram_row: int
    viber_row: int


@pytest.fixture
def database(fast_database: Database) -> Database:
    return fast_database


@pytest.fixture
async def world(database: Database) -> AsyncIterator[World]:
    telegram_api, viber_api = await FakeTelegram().start(), FakeViberApi(VIBER_TOKEN)
    await viber_api.start()
    settings = Settings(CONTENT_DIR=CONTENT, TELEGRAM_BOT_TOKEN=TOKEN,  # type: ignore[call-arg]
                        TELEGRAM_API_BASE=telegram_api.base_url, VIBER_AUTH_TOKEN=VIBER_TOKEN,
                        VIBER_API_BASE=viber_api.url)
    clock = FixedClock(MONDAY_9)
    inbox = Inbox(database, Conversation(library, clock), translator, clock)
    telegram = TelegramChannel.from_settings(settings, inbox, database, translator(), timer=InstantTimer())
    viber = ViberChannel.from_settings(settings, inbox, database, translator(), clock=clock, retry_delays=())
    rows = []
    for channel, user in (("telegram", TELEGRAM_CHAT), ("viber", VIBER_USER)):
        family = await add_family(database, chats=((channel, user, "sr-Latn"),))
        rows.append(await add_row(database, family.id, family.children[0], "vaccine", "pcv_2", local(2026, 4, 27, 8)))
    dispatcher = Dispatcher(database, {"telegram": telegram, "viber": viber}, translator, library, clock)
    yield World(database, telegram_api, viber_api, dispatcher, *rows)
    await telegram.bot.session.close()
    await viber.client.close()
    await telegram_api.close()
    await viber_api.close()


async def test_both_channels_deliver_the_reminder_with_its_buttons(world: World) -> None:
    report = await world.dispatcher.dispatch()
    assert report.sent == 2
    (telegram,) = world.telegram_api.sent(int(TELEGRAM_CHAT))
    assert "pneumokok" in (telegram.text or "") and telegram.buttons[0][0][1] == f"rem-done:{world.telegram_row}"
    (viber,) = world.viber_api.sent_to(VIBER_USER)
    assert "pneumokok" in viber["text"]
    for row_id in (world.telegram_row, world.viber_row):
        sent = await row(world.database, row_id)
        assert sent.state == "sent" and sent.channel_message_id


@pytest.mark.parametrize(
    ("fault", "code", "wait"),
    [(Fault(500, times=10), "server_error", timedelta(minutes=1)),
     (Fault(429, retry_after=600, times=10), "rate_limited", timedelta(seconds=600))],
    ids=["5xx", "429"],
)
async def test_telegram_trouble_puts_the_reminder_back_for_later(world: World, fault: Fault, code: str,
                                                                 wait: timedelta) -> None:
    world.telegram_api.faults.append(fault)
    await world.dispatcher.dispatch()
    waiting = await row(world.database, world.telegram_row)
    assert (waiting.state, waiting.last_error, waiting.next_attempt_at) == ("pending", code, MONDAY_9 + wait)
    assert (await row(world.database, world.viber_row)).state == "sent"  # one family's trouble is its own


async def test_a_telegram_chat_that_blocked_the_bot_is_unreachable(world: World) -> None:
    world.telegram_api.blocked.add(int(TELEGRAM_CHAT))
    await world.dispatcher.dispatch()
    failed = await row(world.database, world.telegram_row)
    assert (failed.state, failed.last_error) == ("failed", "blocked")
    assert not await chat_active(world.database, ChannelUser("telegram", TELEGRAM_CHAT))


async def test_a_viber_user_who_unsubscribed_is_unreachable(world: World) -> None:
    world.viber_api.answer(VIBER_USER, 6)
    await world.dispatcher.dispatch()
    failed = await row(world.database, world.viber_row)
    assert failed.state == "failed"
    assert not await chat_active(world.database, ChannelUser("viber", VIBER_USER))


async def test_a_viber_server_error_puts_the_reminder_back_for_later(world: World) -> None:
    world.viber_api.http_errors.extend([503] * 3)
    await world.dispatcher.dispatch()
    states = {(await row(world.database, r)).state for r in (world.telegram_row, world.viber_row)}
    assert states == {"pending", "sent"}
    assert (await row(world.database, world.viber_row)).next_attempt_at == MONDAY_9 + timedelta(minutes=1)
