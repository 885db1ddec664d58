"""Outbound pacing: about one message a second per chat with bursts, ~30/s overall for bulk, retry_after holds."""

from __future__ import annotations

import pytest

from bot.channels.telegram.pacing import BULK_RATE, Pacer, Rate
from tests.channels.telegram.harness import VirtualTimer


def test_a_rate_lets_a_burst_through_then_spaces_calls() -> None:
    rate = Rate(1.0, burst=3)
    assert [rate.reserve(0.0) for _ in range(5)] == [0.0, 0.0, 0.0, 1.0, 2.0]


def test_a_rate_recovers_its_burst_after_a_pause() -> None:
    rate = Rate(2.0, burst=2)
    for _ in range(4):
        rate.reserve(0.0)
    assert rate.reserve(10.0) == 10.0
    assert rate.reserve(10.0) == 10.0
    assert rate.reserve(10.0) == 10.5


def test_a_hold_delays_the_next_call_by_retry_after() -> None:
    rate = Rate(1.0, burst=20)
    rate.hold(5.0, 7.0)
    assert rate.reserve(5.0) == 12.0


async def test_messages_to_one_chat_wait_once_the_burst_is_spent() -> None:
    timer = VirtualTimer()
    pacer = Pacer(timer, chat_rate=1.0, chat_burst=3)
    for _ in range(5):
        await pacer.wait(7)
    assert timer.slept == [1.0, 1.0]
    assert timer.now == pytest.approx(2.0)


async def test_chats_do_not_wait_for_each_other() -> None:
    timer = VirtualTimer()
    pacer = Pacer(timer, chat_rate=1.0, chat_burst=1)
    for chat in range(50):
        await pacer.wait(chat)
    assert timer.slept == []


async def test_bulk_messages_keep_about_thirty_a_second_overall() -> None:
    assert 25 <= BULK_RATE < 30, "a little under Telegram's limit, so jitter does not cause 429s"
    timer = VirtualTimer()
    pacer = Pacer(timer, bulk_rate=30.0)
    for chat in range(61):
        await pacer.wait(chat, bulk=True)
    assert timer.now == pytest.approx(2.0)


async def test_a_429_holds_only_that_chat() -> None:
    timer = VirtualTimer()
    pacer = Pacer(timer)
    pacer.hold(1, 30.0)
    await pacer.wait(2)
    assert timer.slept == []
    await pacer.wait(1)
    assert timer.slept == [30.0]


async def test_chats_that_recovered_are_forgotten() -> None:
    timer = VirtualTimer()
    pacer = Pacer(timer)
    for chat in range(10_000):
        await pacer.wait(chat)
    timer.now += 60.0
    await pacer.wait(-1)
    assert pacer.tracked() == 1
