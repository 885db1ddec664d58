"""The webhook endpoint on the shared aiohttp app.

Checks in this order, each answering before anything is read or
stored: the secret header (401, compared in constant time), the body size (413), the JSON (400, also for JSON nested
too deep to parse). A good update is processed (the core's transaction is committed) before the 200, so a crash
means Telegram retries it; the replies are sent afterwards in the background. A button press is answered
(answerCallbackQuery) in the 200 itself: one request fewer per press. A failure while processing answers 500, and
Telegram retries later (the dedupe claim was rolled back with everything else); while the bot stops, 503.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web

from bot.config import Settings

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 (a header name)

# Processes one update; may return a Bot API call to make in the webhook's answer (Telegram allows one).
Receive = Callable[[dict[str, Any]], Awaitable[dict[str, Any] | None]]


class Unavailable(Exception):
    """The channel is stopping: Telegram gets 503 and delivers the update again later."""


@dataclass(frozen=True)
class Webhook:
    url: str  # the public https URL Telegram posts to
    secret: str = ""

    @classmethod
    def from_settings(cls, settings: Settings) -> Webhook | None:
        """Webhook mode when TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET are both set; polling when neither."""
        url, secret = settings.telegram_webhook_url, settings.telegram_webhook_secret
        if url is None and secret is None:
            return None
        if url is None or secret is None:
            raise ValueError("TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET must be set together")
        return cls(url, secret.get_secret_value())

    @property
    def path(self) -> str:
        return urlsplit(self.url).path or "/"

    def __repr__(self) -> str:
        return f"Webhook(path={self.path!r})"


def webhook_handler(webhook: Webhook, receive: Receive, *, max_body_bytes: int) -> Callable[
        [web.Request], Awaitable[web.Response]]:
    expected = webhook.secret.encode("utf-8")

    async def handle(request: web.Request) -> web.Response:
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        if not hmac.compare_digest(given, expected):
            log.warning("telegram webhook call with a wrong secret refused")
            return web.Response(status=401)
        if request.content_length is not None and request.content_length > max_body_bytes:
            return web.Response(status=413)
        try:
            body = await request.read()  # the app's client_max_size refuses a longer chunked body
        except web.HTTPRequestEntityTooLarge:
            return web.Response(status=413)
        if len(body) > max_body_bytes:
            return web.Response(status=413)
        raw = _update(body)
        if raw is None:
            log.warning("telegram webhook body is not an update, refused")
            return web.Response(status=400)
        try:
            answer = await receive(raw)
        except Unavailable:
            return web.Response(status=503)
        except Exception as error:  # Telegram retries a non-2xx answer; the transaction was rolled back
            log.error("telegram update %s failed: %s", raw["update_id"], type(error).__name__)
            return web.Response(status=500)
        return web.json_response(answer) if answer else web.Response(status=200)

    return handle


def _update(body: bytes) -> dict[str, Any] | None:
    try:
        raw = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):  # RecursionError: JSON nested too deep to parse
        return None
    if not isinstance(raw, dict):
        return None
    update_id = raw.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool) or update_id < 0:
        return None
    return raw
