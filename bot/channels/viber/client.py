"""Our own small async client of the Viber REST Bot API, on aiohttp.

The official ``viberbot`` SDK is synchronous and unmaintained; the API is three POST calls here. The base URL is
configurable (``VIBER_API_BASE``) so tests talk to a fake API on 127.0.0.1. The token travels in the
``X-Viber-Auth-Token`` header only, never in a URL, and is never logged.

Retries are bounded: a connection that could not be made, or an HTTP 5xx, is tried again after each of
``retry_delays``; a timeout is not (the message may have arrived: ``ViberUnavailable(maybe_delivered=True)``).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any

import aiohttp

from bot.channels.viber.status import (
    OK,
    ViberRequestTooLarge,
    ViberStatusError,
    ViberUnavailable,
    status_name,
)

log = logging.getLogger(__name__)

DEFAULT_API_BASE = "https://chatapi.viber.com/pa"
MAX_REQUEST_BYTES = 30 * 1024  # Viber refuses larger send_message bodies
SENDER_NAME_MAX = 28
DEFAULT_TIMEOUT_S = 10.0
DEFAULT_RETRY_DELAYS: tuple[float, ...] = (0.5, 2.0)
# Every callback our webhook understands; "subscribed" and "conversation_started" are always sent.
WEBHOOK_EVENTS: tuple[str, ...] = ("delivered", "seen", "failed", "subscribed", "unsubscribed",
                                   "conversation_started", "message")


class ViberClient:
    """``set_webhook``, ``get_account_info`` and ``send_message``; one aiohttp session, opened on first use."""

    def __init__(
        self,
        auth_token: str,
        *,
        sender_name: str,
        sender_avatar: str | None = None,
        api_base: str = DEFAULT_API_BASE,
        timeout: float = DEFAULT_TIMEOUT_S,
        retry_delays: Sequence[float] = DEFAULT_RETRY_DELAYS,
    ) -> None:
        if not 1 <= len(sender_name) <= SENDER_NAME_MAX:
            raise ValueError(f"the Viber sender name must have 1-{SENDER_NAME_MAX} characters")
        self._token = auth_token
        self._api_base = api_base.rstrip("/")
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._retry_delays = tuple(retry_delays)
        self._session: aiohttp.ClientSession | None = None
        self.sender: dict[str, str] = {"name": sender_name}
        if sender_avatar:
            self.sender["avatar"] = sender_avatar

    async def set_webhook(self, url: str, event_types: Sequence[str] = WEBHOOK_EVENTS) -> dict[str, Any]:
        """Register ``url`` as the webhook; Viber calls it with a ``webhook`` event before answering."""
        return await self.call("set_webhook", {"url": url, "event_types": list(event_types),
                                               "send_name": False, "send_photo": False})

    async def get_account_info(self) -> dict[str, Any]:
        return await self.call("get_account_info", {})

    async def send_message(self, receiver: str, message: Mapping[str, Any]) -> str:
        """Send one message (``type`` text, picture, location, url ...; optional ``keyboard``); its token."""
        body = {"receiver": receiver, "sender": self.sender, **message}
        answer = await self.call("send_message", body)
        return str(answer.get("message_token", ""))

    def welcome(self, message: Mapping[str, Any]) -> dict[str, Any]:
        """The body of a welcome message returned in the HTTP answer to ``conversation_started``."""
        return {"sender": self.sender, **message}

    async def call(self, method: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """POST one API method; the decoded answer when its status is 0, else ViberStatusError."""
        data = encode(body)
        if len(data) > MAX_REQUEST_BYTES:
            raise ViberRequestTooLarge()
        answer = await self._post(method, data)
        status = answer.get("status")
        if not isinstance(status, int) or isinstance(status, bool):
            raise ViberUnavailable("viber_bad_answer")
        if status != OK:
            log.warning("viber %s refused: status %s (%s)", method, status, status_name(status))
            raise ViberStatusError(status)
        return answer

    async def _post(self, method: str, data: bytes) -> dict[str, Any]:
        session = self._open()
        headers = {"X-Viber-Auth-Token": self._token, "Content-Type": "application/json; charset=utf-8"}
        url = f"{self._api_base}/{method}"
        for attempt, delay in enumerate((*self._retry_delays, None)):
            try:
                async with session.post(url, data=data, headers=headers) as response:
                    if response.status >= 500 or response.status == 429:
                        raise _RetryableHttp(response.status)
                    if response.status != 200:
                        log.warning("viber %s answered HTTP %s", method, response.status)
                        raise ViberUnavailable(f"viber_http_{response.status}")
                    answer = await response.json(content_type=None)
            except TimeoutError:
                log.warning("viber %s timed out", method)
                raise ViberUnavailable("timeout", maybe_delivered=True) from None
            except (_RetryableHttp, aiohttp.ClientConnectionError) as error:
                reason = f"HTTP {error.status}" if isinstance(error, _RetryableHttp) else type(error).__name__
                if delay is None:
                    log.warning("viber %s failed after %s attempts: %s", method, attempt + 1, reason)
                    raise ViberUnavailable("viber_unavailable") from None
                log.info("viber %s failed (%s), retrying in %ss", method, reason, delay)
                await asyncio.sleep(delay)
                continue
            except (aiohttp.ContentTypeError, json.JSONDecodeError, UnicodeDecodeError):
                raise ViberUnavailable("viber_bad_answer") from None
            except aiohttp.ClientError as error:  # the answer broke off: the request itself may have been served
                log.warning("viber %s failed: %s", method, type(error).__name__)
                raise ViberUnavailable("viber_unavailable", maybe_delivered=True) from None
            if not isinstance(answer, dict):
                raise ViberUnavailable("viber_bad_answer")
            return answer
        raise AssertionError("unreachable")  # the loop returns or raises

    async def download(self, url: str, max_bytes: int) -> bytes | None:
        """A media file a user sent (Viber's media URL): its bytes, or None when larger or not downloadable.

        The URL is never logged (it is the file's only key)."""
        try:
            async with self._open().get(url) as response:
                if response.status != 200:
                    return None
                content = await response.content.read(max_bytes + 1)
        except (aiohttp.ClientError, TimeoutError) as error:
            log.warning("viber media download failed: %s", type(error).__name__)
            return None
        return content if len(content) <= max_bytes else None

    def _open(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


class _RetryableHttp(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


def encode(body: Mapping[str, Any]) -> bytes:
    """JSON as UTF-8 without ``\\u`` escapes: Cyrillic stays 2 bytes a letter (6 escaped), under the 30 KB limit."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
