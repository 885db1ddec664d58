"""The real `cavororo serve` as a subprocess, in Telegram webhook mode against the fake Bot API in the test.

:class:`ServedBot` starts, kills (SIGKILL) and stops (SIGTERM) the process and reads its /healthz.
:class:`RemoteChat` is one parent in a private chat: each input is POSTed to the webhook as Telegram would, and
``send`` waits until the bot has sent everything it answered (/healthz reports no Telegram errand pending).
The process logs to a file per start in the test's folder, at INFO, so a test can read what was logged.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiohttp import ClientError, ClientSession, ClientTimeout

from bot.core.messages import ChannelUser
from tests.fakes.telegram_api import BOT_USERNAME, SENDING, TOKEN, Call, FakeTelegram
from tests.fakes.telegram_updates import callback_update, message_update
from tests.faults.cluster import free_port

ROOT = Path(__file__).resolve().parents[2]
SECRET = "faults-webhook-secret_0123456789"
START_TIMEOUT_S = 120.0
ANSWER_TIMEOUT_S = 60.0


class ServedBot:
    def __init__(self, fake: FakeTelegram, database_url: str, workdir: Path, **env: str) -> None:
        self.fake = fake
        self.port = free_port()
        self.workdir = workdir
        self.env = {
            "DATABASE_URL": database_url, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE": fake.base_url,
            "TELEGRAM_WEBHOOK_URL": f"{self.url}/telegram/hook", "TELEGRAM_WEBHOOK_SECRET": SECRET,
            "HOST": "127.0.0.1", "PORT": str(self.port), "LOG_LEVEL": "INFO", "TELEGRAM_BOT_USERNAME": BOT_USERNAME,
            "GENERATED_MEDIA_DIR": str(workdir / "generated"), "SCHEDULER_TICK_SECONDS": "86400", **env,
        }
        self.process: asyncio.subprocess.Process | None = None
        self.logs: list[Path] = []
        self._client = ClientSession(timeout=ClientTimeout(total=30))

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        """Start the process and wait until it registered its webhook with the fake."""
        self.fake.webhook = None
        log = self.workdir / f"serve-{len(self.logs) + 1}.log"
        self.logs.append(log)
        with log.open("wb") as out:
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "serve", cwd=ROOT, env={**os.environ, **self.env},
                stdout=out, stderr=asyncio.subprocess.STDOUT)
        deadline = time.monotonic() + START_TIMEOUT_S
        while self.fake.webhook is None:
            assert self.process.returncode is None, f"cavororo serve ended early:\n{self.log()}"
            assert time.monotonic() < deadline, f"cavororo serve did not register its webhook:\n{self.log()}"
            await asyncio.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL: no handler, no cleanup, as when the machine loses power."""
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)

    async def wait(self) -> int:
        assert self.process is not None
        return await self.process.wait()

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), 30)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()

    async def close(self) -> None:
        await self.stop()
        await self._client.close()

    def log(self) -> str:
        return "\n".join(path.read_text(errors="replace") for path in self.logs if path.exists())

    async def health(self) -> dict[str, Any]:
        async with self._client.get(f"{self.url}/healthz") as response:
            return dict(await response.json())

    async def settle(self, timeout: float = ANSWER_TIMEOUT_S) -> None:
        """Wait until the bot has no Telegram reply left to send."""
        deadline = time.monotonic() + timeout
        while (await self.health()).get("telegram", {}).get("pending", 1):
            assert time.monotonic() < deadline, "the bot's replies did not finish"
            await asyncio.sleep(0.02)

    async def post(self, update: dict[str, Any]) -> int | None:
        """POST an update to the webhook; None when the connection broke (the process died under it)."""
        try:
            return await self.fake.post_update(update)
        except (ClientError, ConnectionError):
            return None


async def eventually(predicate: Callable[[], object], timeout: float = ANSWER_TIMEOUT_S, what: str = "") -> None:
    """Poll ``predicate`` until it is true (a real process does things on its own time)."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"timed out waiting for {what or predicate}"
        await asyncio.sleep(0.05)


_update_ids = itertools.count(500_000)


class RemoteChat:
    def __init__(self, bot: ServedBot, chat_id: int, language_code: str = "en") -> None:
        self.bot = bot
        self.chat_id = chat_id
        self.language_code = language_code
        self.last: list[Call] = []
        self.last_update: dict[str, Any] = {}

    def text_update(self, text: str) -> dict[str, Any]:
        return message_update(next(_update_ids), self.chat_id, text=text, language_code=self.language_code)

    def press_update(self, data: str) -> dict[str, Any]:
        return callback_update(next(_update_ids), self.chat_id, data)

    async def send(self, update: dict[str, Any]) -> list[Call]:
        """Deliver an update (200 expected) and return the messages the bot sent to this chat in answer."""
        before = len(self.bot.fake.calls)
        self.last_update = update
        status = await self.bot.post(update)
        assert status == 200, f"webhook answered {status}:\n{self.bot.log()[-3000:]}"
        await self.bot.settle()
        self.last = self.sent_since(before)
        return self.last

    def sent_since(self, index: int) -> list[Call]:
        return [c for c in self.bot.fake.calls[index:] if c.method in SENDING and c.status == 200
                and c.chat_id == self.chat_id]

    async def text(self, text: str) -> list[Call]:
        return await self.send(self.text_update(text))

    async def press(self, data: str) -> list[Call]:
        return await self.send(self.press_update(data))

    @property
    def user(self) -> ChannelUser:
        return ChannelUser("telegram", str(self.chat_id))

    @property
    def button_data(self) -> set[str]:
        return button_data(self.last)


def button_data(calls: list[Call]) -> set[str]:
    return {data for call in calls for row in call.buttons for _, data in row}


def onboarding(born: str) -> list[tuple[str, str]]:
    """A parent's onboarding in English as (kind, value): ends at the main menu."""
    return [("text", "/start"), ("press", "lang:en"), ("press", "consent:yes"), ("text", "Mila"), ("text", born),
            ("press", "early:no")]
