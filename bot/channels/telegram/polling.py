"""Long polling: getUpdates in a loop, each batch processed before the next call confirms it.

Telegram forgets updates once getUpdates is called with a higher offset, so a batch is handed to the channel
and awaited first: a crash mid-batch means the batch comes again, and the core's dedupe on update ids keeps
that harmless. Updates are fetched as plain JSON and parsed one by one, so one malformed update cannot block
the queue.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiogram.exceptions import ClientDecodeError, TelegramAPIError, TelegramConflictError
from aiogram.methods import DeleteWebhook, GetUpdates

from bot.channels.delivery import DeliveryError
from bot.channels.telegram.courier import Courier, classify
from bot.channels.telegram.pacing import Timer
from bot.channels.telegram.updates import ALLOWED_UPDATES

log = logging.getLogger(__name__)

POLL_TIMEOUT_S = 25
BATCH = 100
BACKOFF_S = (1.0, 2.0, 5.0, 10.0, 30.0)  # waits after consecutive failed getUpdates calls

Batch = Callable[[list[dict[str, Any]]], Awaitable[None]]


class RawGetUpdates(GetUpdates):
    """getUpdates answered as plain JSON objects: each update is parsed (or refused) on its own."""

    __returning__ = list[dict[str, Any]]


class Poller:
    def __init__(self, courier: Courier, process: Batch, timer: Timer, *, poll_timeout: int = POLL_TIMEOUT_S) -> None:
        self._courier = courier
        self._process = process
        self._timer = timer
        self._poll_timeout = poll_timeout
        self.offset: int | None = None
        self.failures = 0
        self.last_error: str | None = None

    async def run(self) -> None:
        """Poll until cancelled."""
        await self._retrying(self._drop_webhook)
        while True:
            batch = await self._retrying(self._fetch)
            if batch:
                await self._process(batch)
                ids = [item["update_id"] for item in batch if _valid_id(item)]
                if ids:
                    self.offset = max(ids) + 1

    async def _drop_webhook(self) -> list[dict[str, Any]]:
        await self._courier.call(DeleteWebhook(drop_pending_updates=False))
        return []

    async def _fetch(self) -> list[dict[str, Any]]:
        method = RawGetUpdates(offset=self.offset, limit=BATCH, timeout=self._poll_timeout,
                               allowed_updates=list(ALLOWED_UPDATES))
        # aiogram types the answer as GetUpdates' (Update objects); RawGetUpdates answers the JSON objects
        raw: list[Any] = await self._courier.bot(method, request_timeout=self._poll_timeout + 10)
        return [item for item in raw if isinstance(item, dict)]

    async def _retrying(self, step: Callable[[], Awaitable[list[dict[str, Any]]]]) -> list[dict[str, Any]]:
        while True:
            try:
                result = await step()
            except (TelegramAPIError, ClientDecodeError, DeliveryError) as error:
                self.last_error = _code(error)
                wait = BACKOFF_S[min(self.failures, len(BACKOFF_S) - 1)]
                self.failures += 1
                log.warning("telegram polling failed (%s), next try in %s s", self.last_error, wait)
                await self._timer.sleep(wait)
                continue
            self.failures = 0
            self.last_error = None
            return result


def _valid_id(item: dict[str, Any]) -> bool:
    value = item.get("update_id")
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _code(error: Exception) -> str:
    """A stable code for the log: another poller or a webhook holds the updates ("conflict"), or the courier's."""
    if isinstance(error, TelegramConflictError):
        return "conflict"
    return error.code if isinstance(error, DeliveryError) else classify(error).code
