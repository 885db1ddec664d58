"""A SQLite file that cannot be opened (its folder is gone) leaves no aiosqlite worker thread behind: the thread's
last answer would otherwise land on the test's (or the bot's) event loop after it closed, an error in a thread
that surfaces in whatever runs next (once: tests/ops/test_healthz.py)."""

from __future__ import annotations

import threading

from bot.storage.database import Database


def _workers() -> set[threading.Thread]:
    return {t for t in threading.enumerate() if "_connection_worker_thread" in t.name and t.is_alive()}


async def test_a_failed_open_waits_for_aiosqlite_to_stop_its_thread(tmp_path) -> None:
    before = _workers()
    database = Database.from_url(f"sqlite+aiosqlite:///{tmp_path / 'no-such-dir' / 'x.sqlite3'}")
    try:
        for _ in range(5):
            assert await database.ping() is False
            assert _workers() - before == set()
    finally:
        await database.dispose()
