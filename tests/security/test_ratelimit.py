"""The per-chat token bucket (bot/inbound/ratelimit.py) on its own: burst, rate, the one warning, bounded memory."""

from __future__ import annotations

import pytest

from bot.app import inbound_limiter
from bot.config import Settings
from bot.core.messages import ChannelUser
from bot.inbound.ratelimit import InboundLimiter, Verdict
from tests.fakes.chat import CONTENT
from tests.security.ticker import Ticker

A = ChannelUser("telegram", "1")
B = ChannelUser("telegram", "2")


def limiter(ticker: Ticker, **options: object) -> InboundLimiter:
    return InboundLimiter(rate_per_minute=6, burst=3, monotonic=ticker, **options)  # type: ignore[arg-type]


def test_a_burst_passes_then_one_warning_then_silence() -> None:
    bucket = limiter(Ticker())
    assert [bucket.check(A) for _ in range(6)] == [Verdict.ALLOW] * 3 + [Verdict.WARN] + [Verdict.DROP] * 2


def test_tokens_come_back_at_the_rate_and_a_new_flood_warns_again() -> None:
    ticker = Ticker()
    bucket = limiter(ticker)
    for _ in range(5):
        bucket.check(A)
    ticker.advance(9.9)  # 6 a minute: one token every 10 s
    assert bucket.check(A) is Verdict.DROP
    ticker.advance(0.1)
    assert bucket.check(A) is Verdict.ALLOW
    assert bucket.check(A) is Verdict.WARN  # a new window: warned once more


def test_a_full_bucket_holds_no_more_than_the_burst() -> None:
    ticker = Ticker()
    bucket = limiter(ticker)
    ticker.advance(3600)
    assert [bucket.check(A) for _ in range(4)] == [Verdict.ALLOW] * 3 + [Verdict.WARN]


def test_one_chat_over_its_limit_leaves_the_others_alone() -> None:
    bucket = limiter(Ticker())
    for _ in range(500):
        bucket.check(A)
    assert bucket.check(B) is Verdict.ALLOW
    assert bucket.check(ChannelUser("viber", "1")) is Verdict.ALLOW  # the same id on another channel


def test_the_local_terminal_is_never_limited() -> None:
    bucket = limiter(Ticker())
    local = ChannelUser("terminal", "local")
    assert all(bucket.check(local) is Verdict.ALLOW for _ in range(100))
    assert len(bucket) == 0


def test_idle_buckets_are_forgotten() -> None:
    ticker = Ticker()
    bucket = limiter(ticker)
    for user_id in range(1000):
        bucket.check(ChannelUser("viber", str(user_id)))
    ticker.advance(30)  # burst 3 at 6 a minute: full again after 30 s, the same as a new bucket
    bucket.check(A)
    assert len(bucket) == 1


def test_a_chat_whose_bucket_was_forgotten_starts_with_a_full_one() -> None:
    ticker = Ticker()
    bucket = limiter(ticker)
    for _ in range(5):
        bucket.check(A)
    ticker.advance(45)
    assert [bucket.check(A) for _ in range(4)] == [Verdict.ALLOW] * 3 + [Verdict.WARN]


def test_memory_is_capped_even_when_nobody_is_idle() -> None:
    bucket = limiter(Ticker(), max_buckets=50)
    for user_id in range(10_000):
        bucket.check(ChannelUser("viber", str(user_id)))
    assert len(bucket) == 50


def test_the_chat_that_was_just_seen_is_kept_over_older_ones() -> None:
    bucket = limiter(Ticker(), max_buckets=2)
    for _ in range(4):
        bucket.check(A)  # A is over its limit
    bucket.check(B)
    bucket.check(A)
    bucket.check(ChannelUser("telegram", "3"))  # evicts B, the least recently seen
    assert bucket.check(A) is Verdict.DROP


@pytest.mark.parametrize(("rate", "burst"), [(0, 3), (-1, 3), (6, 0)], ids=["zero-rate", "negative-rate", "no-burst"])
def test_nonsense_limits_are_refused(rate: float, burst: int) -> None:
    with pytest.raises(ValueError):
        InboundLimiter(rate, burst)


def test_the_composition_root_builds_the_limit_from_the_settings() -> None:
    def settings(**values: object) -> Settings:
        return Settings(CONTENT_DIR=CONTENT, **values)  # type: ignore[arg-type]

    assert inbound_limiter(settings(INBOUND_RATE_PER_MINUTE=0)) is None  # 0 turns it off
    built = inbound_limiter(settings(INBOUND_RATE_PER_MINUTE=6, INBOUND_BURST=2))
    assert built is not None
    assert [built.check(A) for _ in range(3)] == [Verdict.ALLOW, Verdict.ALLOW, Verdict.WARN]
    assert inbound_limiter(settings()) is not None  # on by default
