"""Fixtures of the reminder tests.

``fast_database``: a migrated, empty database per test without migrating per test (the dispatcher tests are many
and short). SQLite: one migrated template file per session, copied for each test. PostgreSQL: one migrated
schema per session, every table emptied before each test.
"""

from __future__ import annotations

import asyncio
import secrets
import shutil
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.storage import Database, make_engine, migrate
from bot.storage.models import Base
from tests.conftest import _admin, _postgres_missing, postgres_url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "migrated.sqlite3"
    asyncio.run(migrate(f"sqlite+aiosqlite:///{path}"))
    return path


@pytest.fixture(scope="session")
def postgres_schema() -> Iterator[str]:
    """A migrated schema's URL, or "!<reason>" when PostgreSQL is unreachable."""
    url = postgres_url()
    schema = f"test_dispatch_{secrets.token_hex(4)}"
    try:
        asyncio.run(_admin(url, f'CREATE SCHEMA "{schema}"'))
    except (OSError, TimeoutError, SQLAlchemyError) as error:
        yield f"!{type(error).__name__}: {error}".splitlines()[0]
        return
    schema_url = make_url(url).update_query_dict({"search_path": schema}).render_as_string(hide_password=False)
    try:
        asyncio.run(migrate(schema_url))
        yield schema_url
    finally:
        asyncio.run(_admin(url, f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))


async def _empty(database: Database) -> None:
    """Delete every row, children before parents (faster than TRUNCATE on tables this small)."""
    async with database.engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            await connection.execute(table.delete())


@pytest.fixture(params=[pytest.param("sqlite", id="sqlite"),
                        pytest.param("postgres", id="postgres", marks=pytest.mark.postgres)])
async def fast_database(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path,
                        postgres_schema: str) -> AsyncIterator[Database]:
    if request.param == "sqlite":
        path = tmp_path / "dispatch.sqlite3"
        shutil.copy(sqlite_template, path)
        database = Database(make_engine(f"sqlite+aiosqlite:///{path}"))
    else:
        if postgres_schema.startswith("!"):
            _postgres_missing(postgres_url(), postgres_schema[1:])
        database = Database(make_engine(postgres_schema))
        await _empty(database)
    try:
        yield database
    finally:
        await database.dispose()
