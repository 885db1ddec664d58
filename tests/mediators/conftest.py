"""A bot with invitation links configured, shared by the dialog tests of this package (starting one takes a second
or two); each test uses its own mediators and chats, and the shared clock is put back after each test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from bot.app import App
from bot.clock import FixedClock
from tests.fakes.chat import NOW
from tests.mediators.field import make_field_app


@pytest_asyncio.fixture(scope="package", loop_scope="package")
async def shared_field(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[tuple[App, FixedClock]]:
    folder = tmp_path_factory.mktemp("mediators")
    clock = FixedClock(NOW)
    app = await make_field_app(f"sqlite+aiosqlite:///{folder / 'bot.sqlite3'}", folder / "media", clock)
    yield app, clock
    await app.close()


@pytest_asyncio.fixture(loop_scope="package")
async def field(shared_field: tuple[App, FixedClock]) -> AsyncIterator[App]:
    app, clock = shared_field
    yield app
    clock.instant = NOW


@pytest.fixture
def clock(shared_field: tuple[App, FixedClock]) -> FixedClock:
    return shared_field[1]
