"""aiosqlite with one trip to its thread per SQL statement.

aiosqlite runs each sqlite3 call on the connection's own thread and wakes the event loop with the answer.
SQLAlchemy's adapter makes four such calls for a query (open a cursor, execute, fetch the rows, close the cursor)
and three for a write. Each trip costs 50-150 microseconds of CPU, and on a busy event loop waits in line for
its turn, while SQLite's one write lock is held. Here the cursor is opened, executed, read to the end and closed
in one call; the rows, the description, the row count and the last row id come back together.

Nothing else changes: the same aiosqlite thread, connection, transactions and errors. Server-side cursors
(``stream_results``) get the whole result at once, which fits what this project reads (a chat, a family's
children; bulk work goes through ``INSERT ... SELECT``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Generator, Iterable, Sequence
from functools import partial
from typing import Any

import aiosqlite

_Outcome = tuple[list[Any], Any, int, int | None]


class OneTripConnection(aiosqlite.Connection):
    """An aiosqlite connection whose cursors make one trip to the thread per statement."""

    def cursor(self) -> OneTripCursor:  # type: ignore[override]
        return OneTripCursor(self)

    async def run(self, fn: Callable[[sqlite3.Connection], _Outcome]) -> _Outcome:
        return await self._execute(lambda: fn(self._conn))


def connect(database: str, **kwargs: Any) -> OneTripConnection:
    """Like ``aiosqlite.connect`` (await the result to open it)."""
    connection = OneTripConnection(partial(sqlite3.connect, database, **kwargs), iter_chunk_size=64)
    # As SQLAlchemy does for aiosqlite: a forgotten connection never blocks exit (aiosqlite 0.22 keeps its
    # thread in ``_thread``; before, the connection was itself the thread).
    connection._thread.daemon = True
    return connection


class OneTripCursor:
    """The part of aiosqlite's cursor that SQLAlchemy uses, with the rows read in the same trip."""

    arraysize = 1

    def __init__(self, connection: OneTripConnection) -> None:
        self._connection = connection
        self._rows: list[Any] = []
        self.description: Any = None
        self.rowcount = -1
        self.lastrowid: int | None = None

    def __await__(self) -> Generator[Any, None, OneTripCursor]:
        # SQLAlchemy 2.0 awaits ``connection.cursor()`` (aiosqlite's cursor() is awaitable), 2.1 enters it.
        return self._opened().__await__()

    async def _opened(self) -> OneTripCursor:
        return self

    async def __aenter__(self) -> OneTripCursor:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    async def execute(self, sql: str, parameters: Sequence[Any] | None = None) -> OneTripCursor:
        outcome = await self._connection.run(partial(_execute, sql, () if parameters is None else parameters))
        self._rows, self.description, self.rowcount, self.lastrowid = outcome
        return self

    async def executemany(self, sql: str, parameters: Iterable[Sequence[Any]]) -> OneTripCursor:
        outcome = await self._connection.run(partial(_executemany, sql, parameters))
        self._rows, self.description, self.rowcount, self.lastrowid = outcome
        return self

    async def fetchall(self) -> list[Any]:
        rows, self._rows = self._rows, []
        return rows

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        count = self.arraysize if size is None else size
        rows, self._rows = self._rows[:count], self._rows[count:]
        return rows

    async def fetchone(self) -> Any:
        return self._rows.pop(0) if self._rows else None

    async def close(self) -> None:
        self._rows = []


def _execute(sql: str, parameters: Sequence[Any], connection: sqlite3.Connection) -> _Outcome:
    cursor = connection.cursor()
    try:
        cursor.execute(sql, parameters)
        return _drain(cursor)
    finally:
        cursor.close()


def _executemany(sql: str, parameters: Iterable[Sequence[Any]], connection: sqlite3.Connection) -> _Outcome:
    cursor = connection.cursor()
    try:
        cursor.executemany(sql, parameters)
        return _drain(cursor)
    finally:
        cursor.close()


def _drain(cursor: sqlite3.Cursor) -> _Outcome:
    rows = cursor.fetchall() if cursor.description else []
    return rows, cursor.description, cursor.rowcount, cursor.lastrowid
