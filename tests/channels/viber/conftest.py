"""Fixtures for the Viber channel.

Starting the bot takes most of a second (content loading), so each test module shares one running harness
(``pytestmark = pytest.mark.asyncio(loop_scope="module")`` in the module) and every test talks as a new
Viber user; ``viber`` puts the shared clock and the fake API's failure switches back after each test. Tests that
need other settings start their own with ``running``; ``database_url`` runs a test on both databases.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from tests.channels.viber.harness import TOKEN, Harness, running
from tests.fakes.chat import NOW


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shared_viber(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    folder: Path = tmp_path_factory.mktemp("viber")
    async with running(f"sqlite+aiosqlite:///{folder / 'viber.sqlite3'}",
                       VIBER_MEDIA_BASE_URL="https://media.example.org/m/") as harness:
        yield harness


@pytest_asyncio.fixture(loop_scope="module")
async def viber(shared_viber: Harness) -> AsyncIterator[Harness]:
    yield shared_viber
    shared_viber.clock.instant = NOW
    shared_viber.api.http_errors.clear()
    shared_viber.api.delay = 0.0
    shared_viber.api.token = TOKEN
    await shared_viber.settle()
