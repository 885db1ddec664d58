"""Group commit: write results as soon as possible, many at once when they arrive faster than one write.

``add`` returns once the item is written. The first caller writes; items added while a write runs are written
together by the next one. At 30 messages a second that is one small transaction per message (the least a crash
can repeat); at thousands a second the writes batch themselves.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class GroupCommit(Generic[T]):
    def __init__(self, write: Callable[[list[T]], Awaitable[None]]) -> None:
        self._write = write
        self._pending: list[tuple[T, asyncio.Future[None]]] = []
        self._writing = False

    async def add(self, item: T) -> None:
        """Write ``item`` (with whatever else is waiting); raises what the write raised."""
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending.append((item, done))
        if not self._writing:
            self._writing = True
            try:
                while self._pending:
                    batch, self._pending = self._pending, []
                    await self._write_batch(batch)
            finally:
                self._writing = False
                stranded, self._pending = self._pending, []  # only when the write loop was interrupted
                for _, waiting in stranded:
                    waiting.set_exception(RuntimeError("write interrupted"))
        await done

    async def _write_batch(self, batch: list[tuple[T, asyncio.Future[None]]]) -> None:
        try:
            await self._write([item for item, _ in batch])
        except BaseException as error:
            for _, done in batch:
                if not done.done():
                    done.set_exception(error if isinstance(error, Exception) else RuntimeError("write cancelled"))
            if not isinstance(error, Exception):
                raise
            return
        for _, done in batch:
            if not done.done():
                done.set_result(None)
