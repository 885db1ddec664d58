"""Engine, migrations and transactions.

URLs are SQLAlchemy async URLs: ``sqlite+aiosqlite:///cavororo.sqlite3`` (the default, a file in the working
directory) or ``postgresql+asyncpg://user:password@host:5432/db``. A PostgreSQL URL may end in
``?search_path=<schema>`` to keep the bot's tables in one schema (asyncpg itself has no such URL option;
we turn it into a server setting).
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

from bot.storage.sqlite_connection import OneTripConnection
from bot.storage.sqlite_connection import connect as sqlite_connect
from bot.storage.store import SqlStore

log = logging.getLogger(__name__)

ALEMBIC_INI = Path(__file__).with_name("alembic.ini")
SQLITE_BUSY_TIMEOUT_MS = 5000
QUEUE_WAIT_S = SQLITE_BUSY_TIMEOUT_MS / 1000  # the longest wait in this process's write queue (SQLite)
# Arbitrary constant: the PostgreSQL advisory lock taken while migrating, so two processes starting
# together do not both try to create the tables.
MIGRATION_LOCK_KEY = 0x636176_0001


def make_engine(url: str, **engine_options: Any) -> AsyncEngine:
    """An async engine for ``url``; SQLite gets foreign keys, a busy timeout, (for files) WAL with
    ``synchronous=NORMAL``, and connections that make one trip to aiosqlite's thread per statement."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return _sqlite_engine(parsed, engine_options)
    if parsed.get_backend_name() == "postgresql":
        return _postgres_engine(parsed, engine_options)
    raise ValueError(f"unsupported database backend: {parsed.get_backend_name()}")


WORKER_STOP_S = 5.0  # how long a failed SQLite open waits for aiosqlite's thread to stop


def _sqlite_engine(url: URL, engine_options: dict[str, Any]) -> AsyncEngine:
    async def one_trip_connection() -> OneTripConnection:  # see bot/storage/sqlite_connection.py
        args, kwargs = engine.dialect.create_connect_args(url)
        connection = sqlite_connect(*args, **kwargs)
        try:
            await connection  # opens it (aiosqlite's await answers the base class)
        except BaseException:
            # aiosqlite stops its worker thread after a failed open without waiting for it: wait here, while this
            # event loop still runs, or the thread's last answer may land on a closed loop (an error in a thread).
            worker = getattr(connection, "_thread", connection)  # aiosqlite < 0.22: the connection is the thread
            if isinstance(worker, threading.Thread) and worker.is_alive():
                await asyncio.to_thread(worker.join, WORKER_STOP_S)
            raise
        return connection

    if "async_creator" not in engine_options and "creator" not in engine_options:
        engine_options["async_creator"] = one_trip_connection
    engine = create_async_engine(url, **engine_options)
    in_memory = url.database in (None, "", ":memory:") or "mode=memory" in str(url)

    @sa.event.listens_for(engine.sync_engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
            if not in_memory:
                cursor.execute("PRAGMA journal_mode=WAL")
                # A commit is written to the log without waiting for the disk (fsync costs 10-20 ms a commit
                # here, and SQLite's one writer waits for it). WAL stays consistent; a power cut (not a crash of
                # the bot) may lose the last commits. Production runs PostgreSQL.
                cursor.execute("PRAGMA synchronous=NORMAL")
        finally:
            cursor.close()

    return engine


# A server that is away must not hold a webhook (Telegram waits for its answer) or a tick for long: a connection
# attempt gives up after 5 s, a statement after 60 s; the inbox then answers "try again in a moment"
# (bot/inbound/outage.py). ``?timeout=`` / ``?command_timeout=`` in the URL override them.
POSTGRES_CONNECT_TIMEOUT_S = 5.0
POSTGRES_COMMAND_TIMEOUT_S = 60.0


def _postgres_engine(url: URL, engine_options: dict[str, Any]) -> AsyncEngine:
    connect_args = dict(engine_options.pop("connect_args", {}))
    for name, seconds in (("timeout", POSTGRES_CONNECT_TIMEOUT_S), ("command_timeout", POSTGRES_COMMAND_TIMEOUT_S)):
        if name not in url.query:
            connect_args.setdefault(name, seconds)
    search_path = url.query.get("search_path")
    if search_path is not None:
        url = url.difference_update_query(["search_path"])
        settings = dict(connect_args.get("server_settings", {}))
        settings["search_path"] = search_path if isinstance(search_path, str) else ",".join(search_path)
        connect_args["server_settings"] = settings
    engine_options["connect_args"] = connect_args
    # A pooled connection is checked before it is lent: after the server restarts, the bot reconnects by itself.
    engine_options.setdefault("pool_pre_ping", True)
    return create_async_engine(url, **engine_options)


def alembic_config() -> Config:
    """The packaged alembic.ini, without its sys.path entry (only the alembic command line needs that)."""
    config = Config(str(ALEMBIC_INI))
    config.set_main_option("prepend_sys_path", "")
    return config


async def migrate(target: str | AsyncEngine, timezone: str | None = None) -> None:
    """Bring the database to the newest schema; a no-op when it is already there.

    ``target`` is a URL (an engine is made and disposed here) or an engine, which stays open: the way to
    migrate an in-memory SQLite database, which lives only as long as its engine. ``timezone`` (the
    ``TIMEZONE`` setting) is the zone in which migrations turn stored instants into local days.
    """
    engine = make_engine(target) if isinstance(target, str) else target
    try:
        async with engine.connect() as connection:
            sqlite = connection.dialect.name == "sqlite"
            if sqlite:
                # A batch migration copies a table and drops the old one; with foreign keys on, dropping ``family``
                # or ``child`` deletes every row that refers to them (children, records). Off for the migration
                # (SQLite honours it outside a transaction: the pysqlite driver begins one at the first write),
                # checked after it, on again before the connection goes back to the pool.
                await connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            try:
                await connection.run_sync(_upgrade, timezone)
                if sqlite:
                    broken = (await connection.exec_driver_sql("PRAGMA foreign_key_check")).fetchall()
                    if broken:
                        raise RuntimeError(f"migration left {len(broken)} rows whose reference is gone")
                await connection.commit()
            finally:
                if sqlite:
                    await connection.rollback()  # nothing left to roll back after the commit
                    await connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                    await connection.commit()
    finally:
        if isinstance(target, str):
            await engine.dispose()


@asynccontextmanager
async def migrated(url: str, timezone: str | None = None) -> AsyncIterator[Database]:
    """For a command: the database at ``url`` migrated to the newest schema, disposed of when the block ends."""
    await migrate(url, timezone)
    database = Database.from_url(url)
    try:
        yield database
    finally:
        await database.dispose()


def _upgrade(connection: Connection, timezone: str | None) -> None:
    if connection.dialect.name == "postgresql":
        connection.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
    config = alembic_config()
    config.attributes["connection"] = connection
    config.attributes["timezone"] = timezone
    command.upgrade(config, "head")
    log.info("database schema is at the newest revision")


class DatabaseBusy(Exception):
    """This process's SQLite write queue did not move in time (another writer holds it): not an outage."""


class Database:
    """The engine and its sessions; hands out one :class:`SqlStore` per transaction."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)
        # SQLite has one writer. Transactions of this process queue here, in order, instead of racing for
        # SQLite's lock: its busy handler sleeps in growing steps and, under load, gives up with "database is
        # locked". The scheduler's own connections (planning, claims) still meet ours at SQLite's lock.
        self._writer = asyncio.Lock() if engine.dialect.name == "sqlite" else None
        self._writing: asyncio.Task[Any] | None = None  # the task holding _writer

    @classmethod
    def from_url(cls, url: str) -> Database:
        return cls(make_engine(url))

    @asynccontextmanager
    async def transaction(self, wait_s: float | None = QUEUE_WAIT_S) -> AsyncIterator[SqlStore]:
        """A store on one transaction: committed when the block ends, rolled back if it raises.

        On SQLite one transaction of this Database runs at a time (the others wait their turn, in order); a
        transaction opened inside another one in the same task does not wait for itself. ``wait_s`` bounds that
        wait (None: no bound): past it :class:`DatabaseBusy` is raised, as SQLite itself gives up on another
        process's lock after ``busy_timeout`` (a parent's turn then gets "try again in a moment").
        """
        if self._writer is None or self._writing is asyncio.current_task():
            async with self._sessions() as session, session.begin():
                yield SqlStore(session)
            return
        try:
            async with asyncio.timeout(wait_s):
                await self._writer.acquire()
        except TimeoutError:
            raise DatabaseBusy(f"no turn in the write queue within {wait_s} s") from None
        self._writing = asyncio.current_task()
        try:
            async with self._sessions() as session, session.begin():
                yield SqlStore(session)
        finally:
            self._writing = None
            self._writer.release()

    async def ping(self, timeout: float = 5.0) -> bool:
        """True when the database answers a trivial query within ``timeout`` seconds."""
        try:
            async with asyncio.timeout(timeout), self.engine.connect() as connection:
                await connection.execute(sa.text("SELECT 1"))
        except (SQLAlchemyError, OSError, TimeoutError) as error:
            log.warning("database ping failed: %s", type(error).__name__)
            return False
        return True

    async def dispose(self) -> None:
        await self.engine.dispose()
