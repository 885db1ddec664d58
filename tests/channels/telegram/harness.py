"""The Telegram channel wired as `cavororo serve` wires it, against the fake Bot API, for end-to-end tests.

:func:`telegram_world` starts the fake Bot API, the bot (fixed clock, strict content), the shared web app on a
random port and the channel, in polling or webhook mode. :class:`Parent` is one person in a private chat: what
they type or press goes to the fake as an update, and ``last`` holds the calls the bot made to that chat in answer.
Pacing and retries run on a :class:`VirtualTimer`, so a 429 with retry_after=30 costs no real time.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from bot.app import App
from bot.channels.telegram import TelegramChannel
from bot.channels.telegram.menu_commands import COMMAND_LOCALES
from bot.config import Settings
from bot.core.family import Chat, Child
from bot.core.messages import ChannelUser, Inbound, Text
from bot.i18n.render import RenderedMessage
from bot.inbound.inbox import Inbox
from bot.web import make_web_app
from tests.fakes.chat import CONTENT, make_app
from tests.fakes.telegram_api import SENDING, TOKEN, Call, FakeTelegram
from tests.fakes.telegram_updates import STICKER, callback_update, message_update

SECRET = "webhook-secret_0123456789"
LANGUAGE_LABELS = {"rom": "language-rom", "sr-Latn": "language-sr-latn", "sr-Cyrl": "language-sr-cyrl",
                   "en": "language-en"}


class VirtualTimer:
    """Pacing and retry time that passes only when someone sleeps; every sleep is recorded."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)


class RecordingInbox:
    """The real Inbox, remembering what the channel handed it (a working wrapper, not a mock)."""

    def __init__(self, inner: Inbox) -> None:
        self.inner = inner
        self.inbound: list[Inbound] = []
        self.reachable: list[tuple[ChannelUser, bool]] = []
        self.fail_next: Exception | None = None  # raised by the next handle, as a crashing core would

    async def handle(self, inbound: Inbound, inbound_id: str | None = None) -> list[RenderedMessage] | None:
        self.inbound.append(inbound)
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error
        return await self.inner.handle(inbound, inbound_id)

    async def set_reachable(self, user: ChannelUser, reachable: bool, inbound_id: str | None = None) -> None:
        self.reachable.append((user, reachable))
        await self.inner.set_reachable(user, reachable, inbound_id)


@dataclass
class World:
    fake: FakeTelegram
    app: App
    channel: TelegramChannel
    inbox: RecordingInbox
    timer: VirtualTimer
    mode: str
    web_url: str

    async def deliver(self, update: dict[str, Any], *, expect: int = 200) -> None:
        """Hand an update to the bot as Telegram would and wait until it is processed and answered."""
        if self.mode == "webhook":
            assert await self.fake.post_update(update) == expect
        else:
            self.fake.queue(update)
            await self.fake.wait_for(lambda: self.fake.confirmed > update["update_id"])
        await self.channel.drain()

    async def deliver_twice(self, update: dict[str, Any]) -> None:
        """The same update twice, as after a retry: back to back to the webhook, in one getUpdates batch."""
        if self.mode == "webhook":
            assert [await self.fake.post_update(update) for _ in range(2)] == [200, 200]
        else:
            self.fake.queue(update)
            self.fake.queue(update)
            await self.fake.wait_for(lambda: self.fake.confirmed > update["update_id"])
        await self.channel.drain()

    async def chat(self, chat_id: int) -> Chat | None:
        async with self.app.database.transaction() as store:
            return await store.get_chat(ChannelUser("telegram", str(chat_id)))

    async def children(self, chat_id: int) -> list[Child]:
        chat = await self.chat(chat_id)
        assert chat is not None and chat.family_id is not None
        async with self.app.database.transaction() as store:
            return await store.children(chat.family_id)

    def parent(self, chat_id: int, language_code: str | None = "sr") -> Parent:
        return Parent(self, chat_id, language_code)


@dataclass
class Parent:
    world: World
    chat_id: int
    language_code: str | None = "sr"
    locale: str = "sr-Latn"
    last: list[Call] = field(default_factory=list)
    buttons: list[tuple[str, str]] = field(default_factory=list)

    @property
    def user(self) -> ChannelUser:
        return ChannelUser("telegram", str(self.chat_id))

    async def send(self, update: dict[str, Any]) -> list[Call]:
        fake = self.world.fake
        before = len(fake.calls)
        await self.world.deliver(update)
        self.last = [c for c in fake.calls[before:] if c.method in SENDING and c.status == 200
                     and c.chat_id == self.chat_id]
        pressed = [b for call in self.last for row in call.buttons for b in row]
        if pressed:
            self.buttons = pressed
        return self.last

    def _next(self) -> int:
        return self.world.fake.next_update_id()

    async def text(self, text: str) -> list[Call]:
        return await self.send(message_update(self._next(), self.chat_id, text=text,
                                              language_code=self.language_code))

    async def sticker(self) -> list[Call]:
        return await self.send(message_update(self._next(), self.chat_id, language_code=self.language_code,
                                              **STICKER))

    async def voice(self) -> list[Call]:
        return await self.send(message_update(self._next(), self.chat_id, language_code=self.language_code,
                                              voice={"file_id": "v", "file_unique_id": "v", "duration": 3}))

    async def location(self, lat: float, lon: float) -> list[Call]:
        return await self.send(message_update(self._next(), self.chat_id, location={"latitude": lat,
                                                                                    "longitude": lon}))

    async def press_data(self, data: str) -> list[Call]:
        return await self.send(callback_update(self._next(), self.chat_id, data))

    async def press(self, label: str) -> list[Call]:
        matches = [data for text, data in self.buttons if text == label]
        assert matches, f"no button {label!r} among {[text for text, _ in self.buttons]}"
        return await self.press_data(matches[0])

    async def press_id(self, message_id: str, **args: object) -> list[Call]:
        return await self.press(self.say(message_id, **args))

    def say(self, message_id: str, **args: object) -> str:
        return self.world.app.translator.format(self.locale, Text(message_id, args))

    @property
    def transcript(self) -> str:
        return "\n\n".join(call.text for call in self.last if call.text)

    async def onboard(self, locale: str = "en", nickname: str | None = "Mila", born: str = "1.9.2026") -> None:
        """/start, language, consent, nickname, birth date, born on time: ends at the main menu."""
        self.locale = locale
        await self.text("/start")
        await self.press_id(LANGUAGE_LABELS[locale])
        await self.press_id("onboarding-consent-yes")
        if nickname is None:
            await self.press_id("button-skip")
        else:
            await self.text(nickname)
        await self.text(born)
        await self.press_id("child-early-no")


def _free_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock


@asynccontextmanager
async def telegram_world(database_url: str, mode: str = "polling", *, request_timeout: float = 2.0,
                         max_body_bytes: int = 64 * 1024, **options: Any) -> AsyncIterator[World]:
    fake = await FakeTelegram().start()
    app = await make_app(database_url)
    sock = _free_socket()
    web_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    env: dict[str, Any] = {"TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE": fake.base_url,
                           "DATABASE_URL": database_url, "CONTENT_DIR": CONTENT, "MAX_BODY_BYTES": max_body_bytes}
    if mode == "webhook":
        env |= {"TELEGRAM_WEBHOOK_URL": f"{web_url}/telegram/updates", "TELEGRAM_WEBHOOK_SECRET": SECRET}
    settings = Settings(**env)
    timer = VirtualTimer()
    inbox = RecordingInbox(app.inbox)
    channel = TelegramChannel.from_settings(settings, inbox, app.database, app.content.translator,  # type: ignore[arg-type]
                                            timer=timer, request_timeout=request_timeout, poll_timeout=5, **options)
    web_app = make_web_app({"telegram": channel.health}, max_body_bytes=settings.max_body_bytes)
    channel.register(web_app)
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    await web.SockSite(runner, sock).start()
    await channel.start()
    await fake.wait_for(lambda: len(fake.commands) == len(COMMAND_LOCALES))  # registered in the background
    try:
        yield World(fake, app, channel, inbox, timer, mode, web_url)
    finally:
        await channel.stop()
        await runner.cleanup()
        await app.close()
        await fake.close()
