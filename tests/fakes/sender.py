"""A working in-memory :class:`bot.channels.delivery.Sender`: records what it sends, fails on cue."""

from __future__ import annotations

import asyncio
from collections import defaultdict

from bot.channels.delivery import DeliveryError
from bot.core.messages import ChannelUser
from bot.i18n.render import RenderedMessage


class FakeSender:
    """``failures[user_id]`` lists errors raised by that user's next sends, in order (then sends succeed);
    ``always_fail[user_id]`` is raised on every send to that user."""

    def __init__(self, channel: str = "telegram") -> None:
        self.channel = channel
        self.sent: list[tuple[ChannelUser, RenderedMessage]] = []
        self.failures: dict[str, list[DeliveryError]] = defaultdict(list)
        self.always_fail: dict[str, DeliveryError] = {}
        self.attempts = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.delay = 0.0  # seconds each send takes (0: none)

    async def send(self, user: ChannelUser, messages: list[RenderedMessage]) -> list[str]:
        self.attempts += 1
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if self.delay:
                await asyncio.sleep(self.delay)
            if user.user_id in self.always_fail:
                raise self.always_fail[user.user_id]
            if self.failures[user.user_id]:
                raise self.failures[user.user_id].pop(0)
            ids = []
            for message in messages:
                self.sent.append((user, message))
                ids.append(f"{self.channel}-{len(self.sent)}")
            return ids
        finally:
            self.in_flight -= 1

    def to(self, user_id: str) -> list[RenderedMessage]:
        return [message for user, message in self.sent if user.user_id == user_id]
