"""Per-chat bookkeeping: FIFO lanes that keep one chat's work in order, and bounded sets of chat ids.

Both forget chats nobody is using, so memory stays flat however many chats the bot has seen.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager


class Lanes:
    """One FIFO lock per chat: work for one chat runs in the order it asked, chats run side by side.

    ``asyncio.Lock`` wakes its waiters in the order they called ``acquire``, so tasks created in order for one
    chat run in that order. A chat's lock is dropped as soon as nobody holds or waits for it.
    """

    def __init__(self) -> None:
        self._locks: dict[int, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, chat_id: int) -> AsyncIterator[None]:
        lock, users = self._locks.get(chat_id, (None, 0))
        if lock is None:
            lock = asyncio.Lock()
        self._locks[chat_id] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[chat_id]
            if users <= 1:
                del self._locks[chat_id]
            else:
                self._locks[chat_id] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)


class ChatSet:
    """A set of chat ids that keeps only the ``capacity`` most recently added (a hint, never the truth)."""

    def __init__(self, capacity: int = 100_000) -> None:
        self._capacity = capacity
        self._ids: OrderedDict[int, None] = OrderedDict()

    def add(self, chat_id: int) -> None:
        self._ids[chat_id] = None
        self._ids.move_to_end(chat_id)
        while len(self._ids) > self._capacity:
            self._ids.popitem(last=False)

    def discard(self, chat_id: int) -> None:
        self._ids.pop(chat_id, None)

    def __contains__(self, chat_id: object) -> bool:
        return chat_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)
