"""Outbound pacing: about one message a second per chat with bursts, under 30 a second overall for bulk messages
even after the event loop stalls, retry_after holds."""

from __future__ import annotations

import asyncio
import bisect
import heapq
import itertools

import pytest

from bot.channels.telegram.pacing import BULK_GAP, BULK_LIMIT, BULK_MARGIN, Pacer, Rate
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


async def test_bulk_messages_keep_under_thirty_a_second_overall() -> None:
    assert BULK_LIMIT < 30, "Telegram's limit is 30: one fewer leaves room for skew on the way"
    timer = VirtualTimer()
    pacer = Pacer(timer)
    started = []
    for chat in range(300):
        await pacer.wait(chat, bulk=True)
        started.append(timer.now)
    assert busiest_second(started) <= BULK_LIMIT
    assert 27.0 <= 299 / started[-1] <= 28.0, "sustained 29 per 1.06 s"


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


class SteppedClock:
    """Virtual time for concurrent sleepers: time jumps to the earliest wake-up. ``stalls`` maps an instant to a
    length: the event loop is blocked then, so every sleeper due during the stall wakes at its end, together."""

    def __init__(self, stalls: dict[float, float] | None = None) -> None:
        self.now = 0.0
        self.stalls = sorted((stalls or {}).items())
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        woken = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + max(0.0, seconds), next(self._order), woken))
        await woken

    async def run(self, tasks: list[asyncio.Task[None]]) -> None:
        while not all(task.done() for task in tasks):
            for _ in range(50):  # let every runnable task go on until it sleeps, waits for a lock or ends
                await asyncio.sleep(0)
            if not self._sleepers:
                continue
            self.now = max(self.now, self._sleepers[0][0])
            while self.stalls and self.stalls[0][0] <= self.now:
                at, length = self.stalls.pop(0)
                self.now = max(self.now, at + length)
            while self._sleepers and self._sleepers[0][0] <= self.now:
                heapq.heappop(self._sleepers)[2].set_result(None)
        for task in tasks:
            task.result()


async def send_all(pacer: Pacer, clock: SteppedClock, chats: list[int], workers: int = 16) -> list[tuple[float, int]]:
    """Bulk messages to ``chats`` from ``workers`` concurrent senders (as the dispatcher's); (start, chat) each."""
    queue = list(reversed(chats))
    started: list[tuple[float, int]] = []

    async def worker() -> None:
        while queue:
            chat = queue.pop()
            await pacer.wait(chat, bulk=True)
            started.append((clock.monotonic(), chat))

    await clock.run([asyncio.create_task(worker()) for _ in range(workers)])
    return started


def busiest_second(instants: list[float], width: float = 1.0) -> int:
    """The most starts within any window of ``width`` seconds."""
    instants = sorted(instants)
    return max(bisect.bisect_left(instants, t + width) - i for i, t in enumerate(instants))


async def test_bulk_messages_never_burst_to_catch_up_after_the_event_loop_stalls() -> None:
    stalls = {1.0: 0.4, 3.3: 0.9, 5.05: 0.2, 8.0: 2.5}
    clock = SteppedClock(stalls=stalls)
    started = await send_all(Pacer(clock), clock, list(range(400)))
    instants = sorted(t for t, _ in started)
    assert len(instants) == 400
    assert min(b - a for a, b in itertools.pairwise(instants)) >= BULK_GAP - 1e-9
    assert busiest_second(instants) <= BULK_LIMIT, "a 30th in one second would leave no room for skew"
    assert busiest_second(instants, 1.0 + BULK_MARGIN) <= BULK_LIMIT
    assert instants[-1] <= 399 / BULK_LIMIT * (1 + BULK_MARGIN) + sum(stalls.values()), "a stall costs at most itself"


async def test_replies_count_toward_the_overall_gap_of_bulk_messages() -> None:
    timer = VirtualTimer()
    pacer = Pacer(timer, bulk_gap=0.05)
    await pacer.wait(1, bulk=True)
    timer.now = 0.04
    await pacer.wait(2)  # a reply: never waits for the bulk lane
    assert timer.now == 0.04
    await pacer.wait(3, bulk=True)
    assert timer.now == pytest.approx(0.09), "the next bulk message keeps its gap after the reply"


async def test_replies_take_their_room_in_the_overall_window() -> None:
    timer = VirtualTimer()
    pacer = Pacer(timer, bulk_limit=2, bulk_margin=0.0, bulk_gap=0.0)
    await pacer.wait(1)
    timer.now = 0.1
    await pacer.wait(2)
    await pacer.wait(3, bulk=True)
    assert timer.now == pytest.approx(1.0), "two messages in the last second already: the third waits"
