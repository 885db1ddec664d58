"""Worlds (fake Bot API + bot + web server) shared by all Telegram tests: each test uses its own chat ids.

Building a world loads all content and migrates a database; sharing one per mode keeps the tests fast.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio

from tests.channels.telegram.harness import World, telegram_world


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def polling_world(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('polling') / 'bot.sqlite3'}"
    async with telegram_world(url, "polling") as built:
        yield built


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def webhook_world(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    root = tmp_path_factory.mktemp("webhook")
    media = root / "media"
    (media / "tips").mkdir(parents=True)
    (media / "tips" / "reading.jpg").write_bytes(b"\xff\xd8\xff\xe0fake-jpeg")
    async with telegram_world(f"sqlite+aiosqlite:///{root / 'bot.sqlite3'}", "webhook", media_dir=media) as built:
        yield built


@pytest.fixture(params=["polling", "webhook"])
def world(request: pytest.FixtureRequest) -> World:
    """The bot in long-polling mode, then in webhook mode."""
    return request.getfixturevalue(f"{request.param}_world")


_chat_ids = itertools.count(10_000)


@pytest.fixture
def chat_ids() -> Iterator[int]:
    """Fresh private chat ids, never used by another test in the session."""
    return _chat_ids
