"""Per-chat limits on inbound messages: a flood from one chat cannot starve the others.

A token bucket per (channel, user id): ``burst`` messages at once, then ``rate_per_minute`` on average. The
inbox asks :meth:`InboundLimiter.check` before it opens a database transaction, so a dropped update costs no
database work at all. Over the limit, the first update gets :data:`Verdict.WARN` (the inbox answers once with
"too many messages, wait a minute"), later ones :data:`Verdict.DROP` (no answer) until the bucket has a token
again, which ends the warning window.

Memory stays bounded: buckets are kept in least-recently-used order, a bucket idle long enough to have refilled
is the same as a new one and is dropped, and above ``max_buckets`` the least recently used are dropped even if
not full (a few chats may then get a fresh burst early; nothing grows without limit).

The limit is per process: with N bot processes behind a load balancer a chat can get up to N times the rate.
Time is a monotonic clock in seconds, injectable for tests (a domain ``Clock`` stands still in tests).
"""

from __future__ import annotations

import enum
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from bot.core.messages import ChannelUser

log = logging.getLogger(__name__)

DEFAULT_RATE_PER_MINUTE = 20
DEFAULT_BURST = 20
DEFAULT_MAX_BUCKETS = 100_000
# A person at a local terminal (or a script feeding `cavororo chat --jsonl`): nobody to protect from.
UNLIMITED_CHANNELS = frozenset({"terminal"})


class Verdict(enum.Enum):
    ALLOW = "allow"  # handle the update
    WARN = "warn"  # over the limit for the first time in this window: drop it, answer once
    DROP = "drop"  # over the limit again: drop it silently


@dataclass
class _Bucket:
    tokens: float
    updated: float
    warned: bool = False


class InboundLimiter:
    def __init__(self, rate_per_minute: float = DEFAULT_RATE_PER_MINUTE, burst: int = DEFAULT_BURST, *,
                 monotonic: Callable[[], float] = time.monotonic, max_buckets: int = DEFAULT_MAX_BUCKETS,
                 unlimited_channels: frozenset[str] = UNLIMITED_CHANNELS) -> None:
        if rate_per_minute <= 0 or burst < 1 or max_buckets < 1:
            raise ValueError("rate_per_minute must be > 0, burst and max_buckets >= 1")
        self._per_second = rate_per_minute / 60.0
        self._burst = float(burst)
        self._refill_s = burst / self._per_second  # an idle bucket is full again after this long
        self._monotonic = monotonic
        self._max_buckets = max_buckets
        self._unlimited = unlimited_channels
        self._buckets: OrderedDict[tuple[str, str], _Bucket] = OrderedDict()

    def __len__(self) -> int:
        return len(self._buckets)

    def check(self, user: ChannelUser) -> Verdict:
        """Take one token for this chat; what to do with its update."""
        if user.channel in self._unlimited:
            return Verdict.ALLOW
        now = self._monotonic()
        key = (user.channel, user.user_id)
        self._evict(now, room_for_one=key not in self._buckets)
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(self._burst, now)
        else:
            self._buckets.move_to_end(key)
            bucket.tokens = min(self._burst, bucket.tokens + (now - bucket.updated) * self._per_second)
            bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            bucket.warned = False
            return Verdict.ALLOW
        if bucket.warned:
            return Verdict.DROP
        bucket.warned = True
        log.warning("inbound flood on %s: updates dropped for a while", user.channel)
        return Verdict.WARN

    def _evict(self, now: float, *, room_for_one: bool) -> None:
        """Drop buckets that have refilled (oldest first), and the least recently used above the cap."""
        buckets, cap = self._buckets, self._max_buckets - 1 if room_for_one else self._max_buckets
        while buckets:
            oldest = next(iter(buckets.values()))
            if now - oldest.updated < self._refill_s and len(buckets) <= cap:
                return
            buckets.popitem(last=False)
