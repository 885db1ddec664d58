"""``POST /viber``: the raw body checked before anything reads it, then one callback handed on, answered fast.

Order, and the answer at each step:

1. a body over ``max_body_bytes`` -> 413, before it is read;
2. ``X-Viber-Content-Signature`` must be the hex HMAC-SHA256 of the raw body keyed with the auth token, compared
   in constant time; missing or wrong -> 403, and nothing is parsed, stored or sent;
3. a signed body that is not JSON, or lacks what its event needs -> 200 and nothing done. Viber repeats every
   non-200 answer for about an hour, and a body that cannot be read now cannot be read on a retry either; only
   Viber (or someone holding the token) can sign, so a 400 would teach nobody anything. The log says why,
   never what the body held;
4. an unknown event -> 200, its name logged;
5. the callback is handled with a time budget: the handler runs as a task, the answer waits for it at most
   ``budget_s`` seconds and is 200 either way (the work goes on after it). A slow database must not turn into
   Viber's retries; duplicates that still arrive are dropped by the inbox's dedupe on ``message_token``.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from bot.channels.viber.client import encode
from bot.channels.viber.events import Callback, MalformedCallback, parse_callback

log = logging.getLogger(__name__)

SIGNATURE_HEADER = "X-Viber-Content-Signature"
ANSWER_BUDGET_S = 3.0

Handler = Callable[[Callback], Awaitable[dict[str, Any] | None]]


def signature(body: bytes, auth_token: str) -> str:
    """What Viber puts in X-Viber-Content-Signature for ``body``."""
    return hmac.new(auth_token.encode("utf-8"), body, hashlib.sha256).hexdigest()


def signed(body: bytes, header: str | None, auth_token: str) -> bool:
    if not header:
        return False
    expected = signature(body, auth_token).encode("ascii")
    return hmac.compare_digest(expected, header.strip().lower().encode("utf-8", "replace"))


class Webhook:
    def __init__(self, auth_token: str, max_body_bytes: int, handle: Handler) -> None:
        self._token = auth_token
        self._max_body_bytes = max_body_bytes
        self._handle = handle

    async def handle(self, request: web.Request) -> web.Response:
        if request.content_length is not None and request.content_length > self._max_body_bytes:
            return web.Response(status=413)
        try:
            raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            return web.Response(status=413)
        if len(raw) > self._max_body_bytes:
            return web.Response(status=413)
        if not signed(raw, request.headers.get(SIGNATURE_HEADER), self._token):
            log.warning("viber callback refused: missing or wrong signature")
            return web.Response(status=403)
        try:
            callback = parse_callback(raw)
        except MalformedCallback as error:
            log.warning("viber callback ignored: %s", error)
            return web.Response(status=200)
        if callback.event == "unknown":
            log.info("viber callback of unknown event %s ignored", callback.kind)
            return web.Response(status=200)
        answer = await self._handle(callback)
        if answer is None:
            return web.Response(status=200)
        return web.Response(status=200, body=encode(answer), content_type="application/json", charset="utf-8")
