"""Fixtures of the fault tests: a private PostgreSQL cluster the tests may stop and start.

The shared server on port 5432 is never touched. Without PostgreSQL's server programs (or, as root, without a
``postgres`` user to run them) the tests that need the private cluster skip with the reason, unless
``CAVORORO_REQUIRE_PG=1`` (CI), which turns that into a failure.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import AsyncIterator, Iterator

import pytest

from tests.conftest import _admin
from tests.faults.cluster import PrivatePostgres, missing_reason


@pytest.fixture(scope="session")
def private_cluster() -> Iterator[PrivatePostgres]:
    reason = missing_reason()
    if reason is not None:
        if os.environ.get("CAVORORO_REQUIRE_PG") == "1":
            pytest.fail(f"private PostgreSQL cluster: {reason}", pytrace=False)
        pytest.skip(f"private PostgreSQL cluster: {reason}")
    cluster = PrivatePostgres().init()
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture
async def private_postgres(private_cluster: PrivatePostgres) -> AsyncIterator[PrivatePostgres]:
    """The private cluster, running (a test that stopped it and failed left it stopped)."""
    if not private_cluster.running():
        private_cluster.start()
    yield private_cluster


@pytest.fixture
async def private_pg_url(private_postgres: PrivatePostgres) -> str:
    """A URL whose search_path is a new empty schema on the private cluster."""
    schema = f"faults_{secrets.token_hex(4)}"
    await _admin(private_postgres.admin_url, f'CREATE SCHEMA "{schema}"')
    return f"{private_postgres.admin_url}?search_path={schema}"
