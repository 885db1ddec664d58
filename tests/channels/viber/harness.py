"""The whole Viber path over real HTTP: signed callbacks POSTed to the shared aiohttp app, sends to a fake API.

:class:`Harness` runs the bot (database, engine, translator) with a fixed clock, the Viber channel registered
on ``bot.web.make_web_app`` on a random port, and :class:`~tests.fakes.viber_api.FakeViberApi`. A
:class:`ViberUser` acts like a person in the Viber app: opens the chat (optionally through a deep link), types,
presses the keyboard's buttons by their labels, shares a location, unsubscribes.
"""

from __future__ import annotations

import html
import itertools
import json
import socket
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

from bot.app import App, build
from bot.channels.viber import ViberChannel
from bot.channels.viber.webhook import SIGNATURE_HEADER, signature
from bot.clock import FixedClock
from bot.config import Settings
from bot.core.messages import ChannelUser, Text
from bot.web import make_web_app
from tests.fakes.chat import CONTENT, NOW
from tests.fakes.viber_api import FakeViberApi

TOKEN = "4f1c2b9a8d7e6f50-1a2b3c4d5e6f7a8b-9c0d1e2f3a4b5c6d"
MAX_BODY_BYTES = 64 * 1024
_tokens = itertools.count(4_912_661_846_655_238_145)
_user_ids = itertools.count(1)
SIGN = object()  # "sign the body correctly"


@dataclass
class Answer:
    status: int
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None


@dataclass
class Harness:
    app: App
    api: FakeViberApi
    channel: ViberChannel
    clock: FixedClock
    url: str
    http: aiohttp.ClientSession
    inbox: Any  # what the channel hands inbound events to: the app's inbox, or a test's wrapper around it
    users: list[ViberUser] = field(default_factory=list)

    async def post(self, body: dict[str, Any] | bytes, signature_value: object = SIGN,
                   headers: dict[str, str] | None = None, settle: bool = True) -> Answer:
        """POST a callback to /viber; signed with the real HMAC unless another signature (or None) is given.

        ``settle`` waits for the work the callback started (replies sent) before returning.
        """
        raw = body if isinstance(body, bytes) else json.dumps(body).encode("utf-8")
        sent = {"Content-Type": "application/json", **(headers or {})}
        if signature_value is SIGN:
            sent[SIGNATURE_HEADER] = signature(raw, TOKEN)
        elif isinstance(signature_value, str):
            sent[SIGNATURE_HEADER] = signature_value
        async with self.http.post(self.url + "/viber", data=raw, headers=sent) as response:
            answer = Answer(response.status, await response.read())
        if settle:
            await self.settle()
        return answer

    async def settle(self) -> None:
        """Wait for the channel's work under way; each user then holds what the bot sent them meanwhile."""
        await self.channel.background.drain()
        for user in self.users:
            user.collect()

    def user(self, user_id: str | None = None) -> ViberUser:
        """A new person (a fresh Viber id unless given): tests sharing a harness never share a chat."""
        user = ViberUser(self, user_id or f"{next(_user_ids):08d}AbCdEfGhIjKl==")
        self.users.append(user)
        return user

    def say(self, locale: str, message_id: str, **args: object) -> str:
        return self.app.translator.format(locale, Text(message_id, args))

    async def chat(self, user_id: str, channel: str = "viber") -> Any:
        async with self.app.database.transaction() as store:
            return await store.get_chat(ChannelUser(channel, user_id))


@dataclass
class ViberUser:
    harness: Harness
    user_id: str
    locale: str = "sr-Latn"
    received: list[dict[str, Any]] = field(default_factory=list)  # what the bot sent since the last action
    keyboard: dict[str, Any] | None = None  # the keyboard Viber shows now
    _seen: int = 0

    @property
    def api(self) -> FakeViberApi:
        return self.harness.api

    async def callback(self, event: str, settle: bool = True, **fields: Any) -> Answer:
        body = {"event": event, "timestamp": 1_795_000_000_000, "message_token": next(_tokens), **fields}
        return await self.harness.post(body, settle=settle)

    async def open(self, context: str | None = None, subscribed: bool = False,
                   settle: bool = True) -> dict[str, Any] | None:
        """Open the chat (a deep link's ``context`` included): the welcome message from the HTTP answer."""
        fields: dict[str, Any] = {"type": "open", "subscribed": subscribed,
                                  "user": {"id": self.user_id, "name": "Parent", "language": "sr", "api_version": 8}}
        if context is not None:
            fields["context"] = context
        answer = await self.callback("conversation_started", settle=settle, **fields)
        assert answer.status == 200
        welcome = answer.json()
        if welcome and welcome.get("keyboard"):
            self.keyboard = welcome["keyboard"]
        return welcome

    async def message(self, message: dict[str, Any], token: int | None = None, settle: bool = True) -> Answer:
        body = {"event": "message", "timestamp": 1_795_000_000_000, "message_token": token or next(_tokens),
                "sender": {"id": self.user_id, "name": "Parent", "api_version": 8}, "message": message}
        return await self.harness.post(body, settle=settle)

    async def type(self, text: str, token: int | None = None) -> list[dict[str, Any]]:
        await self.message({"type": "text", "text": text}, token)
        return self.received

    def action_body(self, label: str) -> str:
        """What the Viber app sends when the button with this label (on the keyboard shown now) is pressed."""
        assert self.keyboard is not None, "no keyboard is shown"
        bodies = [b["ActionBody"] for b in self.keyboard["Buttons"] if html.unescape(b["Text"]) == label]
        assert bodies, f"no button {label!r} in {self.labels}"
        return bodies[0]

    async def press(self, label: str, token: int | None = None) -> list[dict[str, Any]]:
        return await self.type(self.action_body(label), token)

    async def press_id(self, message_id: str, **args: object) -> list[dict[str, Any]]:
        return await self.press(self.harness.say(self.locale, message_id, **args))

    @property
    def inline(self) -> list[dict[str, str]]:
        """The buttons under each rich media message received last: label -> ActionBody, one dict a message."""
        return [{html.unescape(b["Text"]): b["ActionBody"] for b in m["rich_media"]["Buttons"] if "Text" in b}
                for m in self.received if m["type"] == "rich_media"]

    async def press_inline(self, label: str, card: int = 0) -> list[dict[str, Any]]:
        """Press a button under the ``card``-th message that has buttons in the chat (rich media)."""
        return await self.type(self.inline[card][label])

    async def share_location(self, lat: float, lon: float) -> list[dict[str, Any]]:
        await self.message({"type": "location", "location": {"lat": lat, "lon": lon}})
        return self.received

    def say(self, message_id: str, **args: object) -> str:
        return self.harness.say(self.locale, message_id, **args)

    @property
    def labels(self) -> list[str]:
        return [html.unescape(b["Text"]) for b in (self.keyboard or {}).get("Buttons", [])]

    @property
    def texts(self) -> list[str]:
        return [m["text"] for m in self.received if m["type"] == "text"]

    @property
    def transcript(self) -> str:
        return "\n\n".join(self.texts)

    def collect(self) -> None:
        sent = self.api.sent_to(self.user_id)
        self.received = sent[self._seen:]
        self._seen = len(sent)
        for message in self.received:
            self.keyboard = message.get("keyboard")

    async def onboard(self, locale: str, nickname: str = "Mila", born: str = "1.9.2026") -> None:
        """Language, consent, nickname, birth date, born on time: ends at the main menu."""
        self.locale = locale
        await self.open()
        await self.press_id({"rom": "language-rom", "sr-Latn": "language-sr-latn",
                             "sr-Cyrl": "language-sr-cyrl", "en": "language-en"}[locale])
        await self.press_id("onboarding-consent-yes")
        await self.type(nickname)
        await self.type(born)
        if self.say("child-early-no") in self.labels:  # not asked for a child over two years
            await self.press_id("child-early-no")


def settings_for(database_url: str, api_url: str, **extra: Any) -> Settings:
    values = {"DATABASE_URL": database_url, "CONTENT_DIR": CONTENT, "VIBER_AUTH_TOKEN": TOKEN,
              "VIBER_API_BASE": api_url, "MAX_BODY_BYTES": MAX_BODY_BYTES, **extra}
    return Settings(**values)  # type: ignore[arg-type]


@asynccontextmanager
async def running(database_url: str, *, budget_s: float = 3.0, inbox_wrapper: Any = None, serve_files: bool = False,
                  **settings: Any) -> AsyncIterator[Harness]:
    """Bot, channel, web server and fake API, all started; everything closed afterwards.

    ``serve_files`` sets PUBLIC_BASE_URL to the web server's own address, so files made for users are served."""
    async with AsyncExitStack() as stack:
        api = FakeViberApi(TOKEN)
        stack.push_async_callback(api.close)
        await api.start()
        clock = FixedClock(NOW)
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        stack.callback(sock.close)
        sock.bind(("127.0.0.1", 0))
        base = f"http://127.0.0.1:{sock.getsockname()[1]}"
        if serve_files:
            settings.setdefault("PUBLIC_BASE_URL", base)
        config = settings_for(database_url, api.url, **settings)
        app = await build(config, clock=clock, strict_content=True)
        stack.push_async_callback(app.close)
        inbox = inbox_wrapper(app.inbox) if inbox_wrapper else app.inbox
        channel = ViberChannel.from_settings(config, inbox, app.database, lambda: app.translator, clock=clock,
                                             budget_s=budget_s, retry_delays=(0.0, 0.0), timeout=2.0)
        stack.push_async_callback(channel.stop)
        web_app: web.Application = make_web_app({"viber": channel.health}, max_body_bytes=config.max_body_bytes)
        channel.register(web_app)
        runner = web.AppRunner(web_app, access_log=None)
        await runner.setup()
        stack.push_async_callback(runner.cleanup)
        await web.SockSite(runner, sock).start()
        http = await stack.enter_async_context(aiohttp.ClientSession())
        yield Harness(app, api, channel, clock, base, http, inbox)
