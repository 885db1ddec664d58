"""A fake Viber REST Bot API: an aiohttp server on 127.0.0.1 (a random port) that records what it is sent.

It checks what the real API checks that matters to us (the auth token header, a body of at most 30 KB, text of at
most 7000 characters, a sender name of at most 28; a picture's URL ending in .jpeg, .jpg, .png or .gif and a
caption of at most 512; a file's URL, size and name of at most 256 characters) and answers like Viber: HTTP 200
with a ``status``. Tests choose the answers: ``answer(receiver, status, times)`` for Viber statuses per receiver,
``http_errors`` for HTTP failures (5xx) of the next calls, ``delay`` to be slow.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

MAX_BODY_BYTES = 30 * 1024
MAX_TEXT = 7000
MAX_VIDEO_BYTES = 26 * 1024 * 1024
MAX_VIDEO_SECONDS = 180
MAX_CAPTION = 512
PICTURE_SUFFIXES = (".jpeg", ".jpg", ".png", ".gif")
STATUS_MESSAGES = {0: "ok", 2: "invalidAuthToken", 3: "badData", 4: "missingData"}


@dataclass
class Call:
    method: str
    body: dict[str, Any]
    size: int  # bytes of the request body
    status: int = -1  # what the fake answered


class FakeViberApi:
    def __init__(self, token: str) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.http_errors: list[int] = []  # HTTP statuses for the next calls, in order
        self.delay = 0.0
        self.account: dict[str, Any] = {"id": "pa:1", "name": "Čavororo", "uri": "cavororo",
                                        "subscribers_count": 0, "webhook": ""}
        self._statuses: dict[str, list[int]] = {}
        self._forever: dict[str, int] = {}
        self._tokens = itertools.count(5_000_000_000_000_000_000)
        self._runner: web.AppRunner | None = None
        self.url = ""
        self.media: dict[str, bytes] = {}  # name -> bytes of a file a user sent (Viber's media URLs)

    # -- controls -------------------------------------------------------------------------------------------

    def answer(self, receiver: str, status: int, times: int | None = None) -> None:
        """Answer ``status`` to sends to ``receiver``: ``times`` times, or always (None) until ``reset``."""
        if times is None:
            self._forever[receiver] = status
        else:
            self._statuses.setdefault(receiver, []).extend([status] * times)

    def reset(self, receiver: str) -> None:
        self._forever.pop(receiver, None)
        self._statuses.pop(receiver, None)

    # -- what was sent ----------------------------------------------------------------------------------------

    @property
    def sent(self) -> list[dict[str, Any]]:
        """Every send_message body that was accepted (status 0)."""
        return [c.body for c in self.calls if c.method == "send_message" and c.status == 0]

    def sent_to(self, receiver: str) -> list[dict[str, Any]]:
        return [body for body in self.sent if body.get("receiver") == receiver]

    def attempts_to(self, receiver: str) -> int:
        return sum(1 for c in self.calls if c.method == "send_message" and c.body.get("receiver") == receiver)

    # -- server -----------------------------------------------------------------------------------------------

    async def start(self) -> str:
        app = web.Application(client_max_size=1024 * 1024)
        app.router.add_post("/pa/{method}", self._handle)
        app.router.add_get("/media/{name}", self._media)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}/pa"
        return self.url

    def media_url(self, name: str, content: bytes) -> str:
        """The URL Viber would give for a file a user sent (a video, an audio file): served by this fake."""
        self.media[name] = content
        return self.url.removesuffix("/pa") + f"/media/{name}"

    async def _media(self, request: web.Request) -> web.Response:
        content = self.media.get(request.match_info["name"])
        if content is None:
            return web.Response(status=404)
        return web.Response(body=content, content_type="application/octet-stream")

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    async def _handle(self, request: web.Request) -> web.Response:
        raw = await request.read()
        method = request.match_info["method"]
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.http_errors:
            return web.Response(status=self.http_errors.pop(0))
        body = json.loads(raw)
        call = Call(method, body, len(raw))
        self.calls.append(call)
        status = call.status = self._status(request, method, call)
        answer: dict[str, Any] = {"status": status, "status_message": STATUS_MESSAGES.get(status, "error")}
        if status == 0 and method == "send_message":
            answer["message_token"] = next(self._tokens)
        elif status == 0 and method == "get_account_info":
            answer.update(self.account)
        elif status == 0 and method == "set_webhook":
            self.account["webhook"] = body.get("url", "")
            answer["event_types"] = body.get("event_types", [])
        return web.json_response(answer)

    def _status(self, request: web.Request, method: str, call: Call) -> int:
        if request.headers.get("X-Viber-Auth-Token") != self.token:
            return 2
        if call.size > MAX_BODY_BYTES:
            return 3
        if method != "send_message":
            return 0
        body = call.body
        receiver = body.get("receiver")
        if not isinstance(receiver, str) or not isinstance(body.get("type"), str):
            return 4
        if not 1 <= len(body.get("sender", {}).get("name", "")) <= 28:
            return 3
        if body["type"] == "text" and not 1 <= len(body.get("text", "")) <= MAX_TEXT:
            return 3
        if not _media_fits(body):
            return 3
        queued = self._statuses.get(receiver)
        if queued:
            return queued.pop(0)
        return self._forever.get(receiver, 0)


def _media_fits(body: dict[str, Any]) -> bool:
    """A picture names an http(s) URL whose last segment is a picture file, a file names its URL, size and name;
    a video its URL and size (at most 26 MB) and, when given, a duration of 1-180 s (Viber's video limits)."""
    kind, media = body["type"], body.get("media")
    if kind not in ("picture", "file", "video"):
        return True
    url = urlsplit(media) if isinstance(media, str) else None
    if url is None or url.scheme not in ("http", "https") or not url.netloc:
        return False
    if kind == "video":
        size, duration = body.get("size"), body.get("duration", 1)
        return (isinstance(size, int) and 0 < size <= MAX_VIDEO_BYTES and isinstance(duration, int)
                and 1 <= duration <= MAX_VIDEO_SECONDS)
    if kind == "picture":
        caption = body.get("text")
        return url.path.lower().endswith(PICTURE_SUFFIXES) and isinstance(caption, str) and len(caption) <= MAX_CAPTION
    name, size = body.get("file_name"), body.get("size")
    return isinstance(name, str) and 1 <= len(name) <= 256 and isinstance(size, int) and size > 0
