"""Outbound pacing: about one message a second per chat (bursts tolerated) and a little under 30 a second
overall for what the bot sends on its own, plus Telegram's ``retry_after`` holds.

Each limit is a GCRA ("generic cell rate algorithm") reservation: a call is given the earliest start time that
keeps the limit, so callers queue without a lock and a burst of ``burst`` calls passes at once. Time comes from a
:class:`Timer`, so tests run on a virtual clock and never really sleep.
"""

from __future__ import annotations

import asyncio
import math
import time
from typing import Protocol

CHAT_RATE = 1.0  # messages per second to one chat
CHAT_BURST = 20  # messages to one chat that may go at once (a list of service cards)
# Messages per second overall, for messages the bot sends on its own: Telegram allows about 30; a little under
# it absorbs jitter (bench/dispatch_bench.py: 33 answers 429 per 1,200 messages at 30, none at 28).
BULK_RATE = 28.0
_SWEEP_AT = 10_000  # forget recovered chats when this many are tracked


class Timer(Protocol):
    def monotonic(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class SystemTimer:
    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class Rate:
    """``per_second`` calls a second, ``burst`` of them at once, as GCRA's theoretical arrival time."""

    def __init__(self, per_second: float, burst: int = 1) -> None:
        self.interval = 1.0 / per_second
        self.tolerance = (burst - 1) * self.interval
        self.tat = -math.inf

    def reserve(self, now: float) -> float:
        """Book the next call; returns the instant it may start (``now`` or later)."""
        tat = max(self.tat, now)
        start = max(now, tat - self.tolerance)
        self.tat = tat + self.interval
        return start

    def hold(self, now: float, seconds: float) -> None:
        """Nothing may start for ``seconds`` (Telegram's retry_after); then a fresh burst is allowed."""
        self.tat = max(self.tat, now + seconds + self.tolerance)

    def recovered(self, now: float) -> bool:
        return self.tat <= now


class Pacer:
    def __init__(self, timer: Timer, *, chat_rate: float = CHAT_RATE, chat_burst: int = CHAT_BURST,
                 bulk_rate: float = BULK_RATE) -> None:
        self._timer = timer
        self._chat_rate = chat_rate
        self._chat_burst = chat_burst
        self._chats: dict[int, Rate] = {}
        self._bulk = Rate(bulk_rate)

    async def wait(self, chat_id: int, *, bulk: bool = False) -> None:
        """Wait until a message to ``chat_id`` may go; ``bulk`` also keeps the overall limit."""
        now = self._timer.monotonic()
        start = self._chat(chat_id, now).reserve(now)
        if bulk:
            start = self._bulk.reserve(start)
        if start > now:
            await self._timer.sleep(start - now)

    def hold(self, chat_id: int, seconds: float) -> None:
        now = self._timer.monotonic()
        self._chat(chat_id, now).hold(now, seconds)

    def tracked(self) -> int:
        return len(self._chats)

    def _chat(self, chat_id: int, now: float) -> Rate:
        rate = self._chats.get(chat_id)
        if rate is None:
            if len(self._chats) >= _SWEEP_AT:
                self._chats = {key: r for key, r in self._chats.items() if not r.recovered(now)}
            rate = self._chats[chat_id] = Rate(self._chat_rate, self._chat_burst)
        return rate
