"""A minimal HTTP "messenger" that records every send, for tests that run the dispatcher in another process.

``POST /send`` with JSON ``{"user": ..., "text": ..., "buttons": [...]}`` answers ``{"id": "<n>"}``. It can stall:
with ``answer_first = n`` only the first n sends are answered and later ones are received (recorded) but never
answered, like a messenger that took the message while the sender died waiting. ``delay`` slows every answer.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

from aiohttp import web


class RecordingApi:
    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []  # in arrival order
        self.answered: list[str] = []  # user ids whose send got an answer
        self.stalled: list[str] = []  # user ids received but not answered
        self.answer_first: int | None = None
        self.delay = 0.0
        self.url = ""
        self._release = asyncio.Event()
        self._runner: web.AppRunner | None = None

    async def start(self) -> RecordingApi:
        app = web.Application()
        app.router.add_post("/send", self._send)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.5)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def close(self) -> None:
        self._release.set()
        if self._runner is not None:
            await self._runner.cleanup()

    def per_user(self) -> Counter[str]:
        """How many messages each user received (answered or not: a stalled send may well have arrived)."""
        return Counter(body["user"] for body in self.received)

    async def _send(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.received.append(body)
        if self.answer_first is not None and len(self.answered) >= self.answer_first:
            self.stalled.append(body["user"])
            await self._release.wait()
            return web.json_response({"error": "stalled"}, status=503)
        if self.delay:
            await asyncio.sleep(self.delay)
        self.answered.append(body["user"])
        return web.json_response({"id": str(len(self.received))})
