"""Stopping the channel ends long polling even when a cancel is lost on the way (aiohttp turns a cancel that meets
its own request timeout in the same loop turn into a timeout, which the poller retries)."""

from __future__ import annotations

import asyncio

from tests.channels.telegram.harness import telegram_world


async def _swallows_one_cancel(cancels: list[int]) -> None:
    try:
        await asyncio.Event().wait()
    except asyncio.CancelledError:
        cancels.append(1)  # as a retried timeout: polling goes on
    await asyncio.Event().wait()


async def test_stop_cancels_the_poller_until_it_has_ended(tmp_path) -> None:
    async with telegram_world(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", "polling") as world:
        channel = world.channel
        real = channel._polling
        assert real is not None
        real.cancel()
        await asyncio.wait({real})
        cancels: list[int] = []
        stubborn = channel._polling = asyncio.create_task(_swallows_one_cancel(cancels))
        await asyncio.sleep(0)
        await asyncio.wait_for(channel.stop(), timeout=30)  # a guard against hanging, not a timing assertion
        assert cancels == [1] and stubborn.cancelled() and channel._polling is None
