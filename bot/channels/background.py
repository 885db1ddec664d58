"""Work a channel starts and does not wait for at once (sending replies, answering button presses, a webhook
callback's processing), kept track of: stopping waits for it, Telegram's polling slows down while too much is
waiting (:meth:`below`), and Viber's webhook waits for a callback's work up to its answer budget
(:meth:`within_budget`). One class for every channel."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)


class BackgroundWork:
    def __init__(self, channel: str, budget_s: float = 3.0) -> None:
        self.channel = channel  # for the log lines: "telegram", "viber"
        self.budget_s = budget_s  # what :meth:`within_budget` waits
        self.tasks: set[asyncio.Task[Any]] = set()

    def __len__(self) -> int:
        return len(self.tasks)

    def spawn(self, work: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task = asyncio.create_task(work)
        self.tasks.add(task)
        task.add_done_callback(self._finished)
        return task

    async def within_budget(self, task: asyncio.Task[Any]) -> bool:
        """True when the task ended (well or not) within the budget; it keeps running otherwise."""
        done, _ = await asyncio.wait({task}, timeout=self.budget_s)
        return task in done

    async def below(self, limit: int) -> None:
        """Wait until fewer than ``limit`` pieces of work are running."""
        while len(self.tasks) >= limit:
            await asyncio.wait(set(self.tasks), return_when=asyncio.FIRST_COMPLETED)

    async def drain(self, timeout: float | None = None) -> None:
        """Wait for all the work (also work started meanwhile); after ``timeout`` seconds the rest is cancelled."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while self.tasks:
            left = None if deadline is None else max(0.0, deadline - loop.time())
            _done, pending = await asyncio.wait(set(self.tasks), timeout=left)
            if pending and deadline is not None and loop.time() >= deadline:
                for task in pending:
                    task.cancel()
                await asyncio.gather(*pending, return_exceptions=True)
                log.warning("%s: %s pieces of background work cancelled at stop", self.channel, len(pending))

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self.tasks.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            log.error("%s background work failed: %s", self.channel, type(error).__name__)
