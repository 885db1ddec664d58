"""Bot API calls for the channel: paced per chat, retried when that is safe, failing with bot.channels.delivery's tree.

================================  =========================================  ===============================
Telegram says                     what the courier does                      raises (after the retries)
================================  =========================================  ===============================
429 Too Many Requests             holds the chat for ``retry_after``, then   TransientDeliveryError
                                  retries (when the wait is short enough)    ``rate_limited`` (retry_after)
403 Forbidden (blocked)           nothing more                               PermanentDeliveryError ``blocked``
5xx, could not connect            retries with backoff, a bounded number     TransientDeliveryError
                                  of times                                   ``server_error`` / ``network``
request timed out                 never repeats it: it may have arrived      TransientDeliveryError
                                                                             ``timeout``, maybe_delivered
401 (bad token)                   nothing more                               TransientDeliveryError
                                                                             ``unauthorized``
400, 404, 413, anything else      nothing more                               PermanentDeliveryError
                                                                             ``rejected``
an answer that is not JSON        nothing more                               TransientDeliveryError
                                                                             ``bad_response``, maybe_delivered
================================  =========================================  ===============================

Error messages from aiogram are never passed on: only the stable codes above (the messages may quote a URL,
and Telegram's URLs contain the bot token).
"""

from __future__ import annotations

import asyncio
from typing import Any

from aiogram import Bot
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
    TelegramUnauthorizedError,
)
from aiogram.methods import TelegramMethod

from bot.channels.delivery import DeliveryError, PermanentDeliveryError, TransientDeliveryError
from bot.channels.telegram.pacing import Pacer, Timer

RETRIES = 3  # further attempts after a 5xx, a network error or a 429
BACKOFF_S = 0.5  # first wait after a 5xx or network error; doubles each time
LONGEST_WAIT_S = 30.0  # a longer retry_after is not waited out here: the caller gets it back


class Courier:
    def __init__(self, bot: Bot, pacer: Pacer, timer: Timer, *, request_timeout: float,
                 retries: int = RETRIES) -> None:
        self.bot = bot
        self._pacer = pacer
        self._timer = timer
        self._timeout = request_timeout
        self._retries = retries

    async def call(self, method: TelegramMethod[Any], *, chat_id: int | None = None, bulk: bool = False,
                   timeout: float | None = None) -> Any:
        """Make one call; messages to a chat (``chat_id``) are paced, ``bulk`` ones also overall."""
        attempt = 0
        while True:
            if chat_id is not None:
                await self._pacer.wait(chat_id, bulk=bulk)
            try:
                return await self.bot(method, request_timeout=timeout or self._timeout)  # type: ignore[arg-type]
            except TelegramRetryAfter as error:
                if chat_id is not None:
                    self._pacer.hold(chat_id, error.retry_after)
                if attempt >= self._retries or error.retry_after > LONGEST_WAIT_S:
                    raise TransientDeliveryError("rate_limited", retry_after=error.retry_after) from None
                if chat_id is None:
                    await self._timer.sleep(error.retry_after)
            except (TelegramServerError, TelegramNetworkError, ClientDecodeError) as error:
                failure = classify(error)
                if failure.maybe_delivered or attempt >= self._retries:
                    raise failure from None
                await self._timer.sleep(BACKOFF_S * 2**attempt)
            except TelegramAPIError as error:
                raise classify(error) from None
            attempt += 1


def classify(error: Exception) -> DeliveryError:
    """The delivery error for an aiogram error (see the table in this module's docstring)."""
    if isinstance(error, TelegramRetryAfter):
        return TransientDeliveryError("rate_limited", retry_after=error.retry_after)
    if isinstance(error, TelegramForbiddenError):
        return PermanentDeliveryError("blocked")
    if isinstance(error, TelegramUnauthorizedError):
        return TransientDeliveryError("unauthorized")
    if isinstance(error, TelegramServerError):
        return TransientDeliveryError("server_error")
    if isinstance(error, TelegramEntityTooLarge):
        return PermanentDeliveryError("rejected")
    if isinstance(error, TelegramNetworkError):
        if isinstance(error.__cause__, asyncio.TimeoutError):
            return TransientDeliveryError("timeout", maybe_delivered=True)
        return TransientDeliveryError("network")
    if isinstance(error, ClientDecodeError):
        return TransientDeliveryError("bad_response", maybe_delivered=True)
    return PermanentDeliveryError("rejected")
