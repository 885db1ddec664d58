"""Outbound pacing: about one message a second per chat (short bursts tolerated) and a little under 30 a
second overall for what the bot sends on its own, plus Telegram's ``retry_after`` holds.

Per chat, a GCRA ("generic cell rate algorithm") reservation: a call is given the earliest start time that keeps
the limit, so a burst of ``burst`` messages (a list of service cards) passes at once, as Telegram tolerates in a
private chat; then one a second.

Overall, bulk messages go through a :class:`BulkLane`: one at a time, in arrival order, judged by the instants the
earlier ones really started (replies count too: they never wait, but they take their room): at most BULK_LIMIT
(29) in any second plus BULK_MARGIN, and BULK_GAP apart. Nothing is booked in advance, so after the event loop
stalls the messages that waited go out BULK_GAP apart until the window is full again, never as a burst that
catches up the whole stall. A 429 at Telegram needs 31 arrivals within one second, that is 31 starts squeezed
by more than the margin plus the gap (85 ms) on the way: the margin absorbs the skew between our start instant
and Telegram's receipt (a busy event loop, a slow connection).

Time comes from a :class:`Timer`, so tests run on a virtual clock and never really sleep.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from typing import Protocol

CHAT_RATE = 1.0  # messages per second to one chat
CHAT_BURST = 20  # messages to one chat that may go at once (a list of service cards)
# Messages the bot sends on its own: at most BULK_LIMIT in any second plus BULK_MARGIN, at least BULK_GAP apart.
# Telegram allows 30 in any second; one message and the margin absorb the skew between our start instants and
# their arrival at Telegram (see the module doc). Sustained: 29 / 1.06 s = 27.4 messages a second.
BULK_LIMIT = 29
BULK_MARGIN = 0.06
BULK_GAP = 0.025
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


class BulkLane:
    """Starts one at a time, in arrival order, judged by the instants they really started: at most ``limit`` in
    any ``period + margin`` seconds, and each at least ``gap`` after the one before."""

    def __init__(self, timer: Timer, limit: int, *, period: float = 1.0, margin: float = 0.0,
                 gap: float = 0.0) -> None:
        self._timer = timer
        self.limit = limit
        self.window = period + margin
        self.gap = gap
        self._starts: deque[float] = deque(maxlen=limit)
        self._turn = asyncio.Lock()

    async def start(self) -> float:
        """Wait for this caller's turn and room; returns the instant it started (now, when it returns)."""
        async with self._turn:
            while True:
                now = self._timer.monotonic()
                ready = self._starts[-1] + self.gap if self._starts else -math.inf
                if len(self._starts) == self.limit:
                    ready = max(ready, self._starts[0] + self.window)
                if now >= ready:
                    self._starts.append(now)
                    return now
                await self._timer.sleep(ready - now)

    def note(self, started: float) -> None:
        """A message that did not queue here (a reply) started then: it takes its room in the window."""
        if not self._starts or started >= self._starts[-1]:
            self._starts.append(started)


class Pacer:
    def __init__(self, timer: Timer, *, chat_rate: float = CHAT_RATE, chat_burst: int = CHAT_BURST,
                 bulk_limit: int = BULK_LIMIT, bulk_margin: float = BULK_MARGIN, bulk_gap: float = BULK_GAP) -> None:
        self._timer = timer
        self._chat_rate = chat_rate
        self._chat_burst = chat_burst
        self._chats: dict[int, Rate] = {}
        self._bulk = BulkLane(timer, bulk_limit, margin=bulk_margin, gap=bulk_gap)

    async def wait(self, chat_id: int, *, bulk: bool = False) -> None:
        """Wait until a message to ``chat_id`` may go; ``bulk`` also keeps the overall limit."""
        now = self._timer.monotonic()
        start = self._chat(chat_id, now).reserve(now)
        if start > now:
            await self._timer.sleep(start - now)
        if bulk:
            await self._bulk.start()
        else:
            self._bulk.note(self._timer.monotonic())

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
