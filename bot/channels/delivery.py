"""Sending on the bot's own initiative (reminders, notifications): the port every channel implements.

Errors, drawn once::

    DeliveryError                 base; ``code`` is stable and safe to log
    ├── TransientDeliveryError    try again later (5xx, network, 429 after ``retry_after``, Viber status 12)
    └── PermanentDeliveryError    stop sending to this chat (blocked: Telegram 403; Viber status 5 or 6)

A send that timed out may have been delivered: channels raise ``TransientDeliveryError(code="timeout",
maybe_delivered=True)`` and the dispatcher decides whether to repeat it.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from bot.core.messages import ChannelUser
from bot.i18n.render import RenderedMessage


class DeliveryError(Exception):
    def __init__(self, code: str, *, retry_after: float | None = None, maybe_delivered: bool = False) -> None:
        super().__init__(code)
        self.code = code
        self.retry_after = retry_after
        self.maybe_delivered = maybe_delivered


class TransientDeliveryError(DeliveryError):
    pass


class PermanentDeliveryError(DeliveryError):
    pass


@runtime_checkable
class Sender(Protocol):
    channel: str

    async def send(self, user: ChannelUser, messages: list[RenderedMessage]) -> list[str]:
        """Deliver the messages in order; return the channel's message ids. Raises DeliveryError."""
        ...
