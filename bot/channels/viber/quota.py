"""Viber's pace for messages the bot starts: at most 100 per user per hour without a reply, and a pause after 12.

Both are counted in memory, per process: enough for one bot process (the default), and with several processes
each keeps its own count, so the real limit can be exceeded by that factor; Viber then answers status 12 and
:class:`Backoff` pauses that user. A user's own message resets their count: Viber's limit is per hour *without a
reply*.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.core.messages import ChannelUser

HOURLY_LIMIT = 100
WINDOW = timedelta(hours=1)
BACKOFF_FIRST_S = 60.0
BACKOFF_MAX_S = 3600.0

Now = Callable[[], datetime]


class HourlyQuota:
    """A sliding one-hour window of bot-initiated messages per user."""

    def __init__(self, now: Now, limit: int = HOURLY_LIMIT) -> None:
        self._now = now
        self.limit = limit
        self._sent: dict[ChannelUser, deque[datetime]] = {}

    def wait_for(self, user: ChannelUser, count: int) -> float:
        """Seconds until ``count`` more messages fit in the user's window (0.0: they fit now)."""
        window = self._window(user)
        if len(window) + count <= self.limit:
            return 0.0
        if count > self.limit:
            return WINDOW.total_seconds()
        oldest_to_expire = window[len(window) + count - self.limit - 1]
        return (oldest_to_expire + WINDOW - self._now()).total_seconds()

    def record(self, user: ChannelUser, count: int = 1) -> None:
        window = self._sent.setdefault(user, deque())
        window.extend([self._now()] * count)

    def reset(self, user: ChannelUser) -> None:
        """The user wrote: their count starts again."""
        self._sent.pop(user, None)

    def _window(self, user: ChannelUser) -> deque[datetime]:
        window = self._sent.get(user)
        if window is None:
            return deque()
        start = self._now() - WINDOW
        while window and window[0] <= start:
            window.popleft()
        if not window:
            del self._sent[user]
        return window


class Backoff:
    """After status 12 a user's sends pause: 60 s, then doubling up to an hour; a delivered message ends it."""

    def __init__(self, now: Now) -> None:
        self._now = now
        self._until: dict[ChannelUser, datetime] = {}
        self._strikes: dict[ChannelUser, int] = {}

    def remaining(self, user: ChannelUser) -> float:
        until = self._until.get(user)
        if until is None:
            return 0.0
        left = (until - self._now()).total_seconds()
        return left if left > 0 else 0.0

    def strike(self, user: ChannelUser) -> float:
        """Status 12 for this user: the pause, in seconds, before the next try."""
        strikes = self._strikes.get(user, 0)
        pause = min(BACKOFF_FIRST_S * 2**strikes, BACKOFF_MAX_S)
        self._strikes[user] = strikes + 1
        self._until[user] = self._now() + timedelta(seconds=pause)
        return pause

    def clear(self, user: ChannelUser) -> None:
        self._until.pop(user, None)
        self._strikes.pop(user, None)
