"""Shared fixtures.

Databases: ``database_url`` runs a test once on SQLite (a fresh file) and once on PostgreSQL (a fresh schema
on the server named by CAVORORO_TEST_PG_URL, dropped afterwards). An unreachable PostgreSQL skips its half
unless CAVORORO_REQUIRE_PG=1 (CI), which turns it into a failure. ``database`` is a migrated
:class:`Database` on it.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import create_async_engine

from bot.storage import Database, make_engine, migrate

POSTGRES_DEFAULT_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
POSTGRES_CONNECT_TIMEOUT_S = 5

# Reason PostgreSQL was unreachable, remembered so later tests do not wait for the timeout again.
_postgres_unreachable: dict[str, str] = {}


def postgres_url() -> str:
    return os.environ.get("CAVORORO_TEST_PG_URL", POSTGRES_DEFAULT_URL)


def _postgres_missing(url: str, reason: str) -> None:
    shown = make_url(url).render_as_string(hide_password=True)
    message = f"PostgreSQL not reachable at {shown}: {reason}"
    if os.environ.get("CAVORORO_REQUIRE_PG") == "1":
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


async def _admin(url: str, statement: str) -> None:
    engine = create_async_engine(
        url, poolclass=sa.pool.NullPool, connect_args={"timeout": POSTGRES_CONNECT_TIMEOUT_S}
    )
    try:
        async with engine.begin() as connection:
            await connection.execute(sa.text(statement))
    finally:
        await engine.dispose()


@asynccontextmanager
async def _postgres_schema_url() -> AsyncIterator[str]:
    """A URL whose search_path is a new empty schema; the schema is dropped afterwards."""
    url = postgres_url()
    schema = f"test_{secrets.token_hex(6)}"
    if url not in _postgres_unreachable:
        try:
            await _admin(url, f'CREATE SCHEMA "{schema}"')
        except (OSError, TimeoutError, SQLAlchemyError) as error:
            _postgres_unreachable[url] = f"{type(error).__name__}: {error}".splitlines()[0]
    if url in _postgres_unreachable:
        _postgres_missing(url, _postgres_unreachable[url])
    try:
        yield make_url(url).update_query_dict({"search_path": schema}).render_as_string(hide_password=False)
    finally:
        await _admin(url, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(
    params=[
        pytest.param("sqlite", id="sqlite"),
        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
    ]
)
async def database_url(request: pytest.FixtureRequest, tmp_path) -> AsyncIterator[str]:
    """An empty database: a SQLite file in tmp_path, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'cavororo.sqlite3'}"
        return
    async with _postgres_schema_url() as url:
        yield url


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    """A migrated Database on ``database_url``, disposed afterwards."""
    await migrate(database_url)
    db = Database(make_engine(database_url))
    try:
        yield db
    finally:
        await db.dispose()
