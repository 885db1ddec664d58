"""Deeply nested JSON with the right secret (issue 18, defect 4): a 4xx or a 200, never a 500, and nothing stored.

Python's JSON parser raises RecursionError past about a thousand levels; below that the update parses and the
nesting sits in a field the bot does not read. Both answer without a crash and change no row.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator

import pytest
import pytest_asyncio

from tests.channels.telegram.harness import World, telegram_world
from tests.fuzz.hostile import dump

pytestmark = pytest.mark.asyncio(loop_scope="module")


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


BODIES = {
    "a bare list nested 20,000 deep": nested(20_000),
    "an update whose text is nested 20,000 deep": '{"update_id": 5, "message": {"text": ' + nested(20_000) + "}}",
    "an update with an unknown field nested 900 deep": '{"update_id": 6, "poll": ' + nested(900) + "}",
    "a message nested 900 deep in its entities": json.dumps({"update_id": 7, "message": {
        "message_id": 1, "date": 1, "chat": {"id": 5, "type": "private"}, "text": "hi"}})[:-2]
        + ', "entities": ' + nested(900) + "}}",
}


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def world(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[World]:
    url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('nested') / 'bot.sqlite3'}"
    async with telegram_world(url, "webhook") as world:
        world.app.inbox.limiter = None
        yield world


@pytest.mark.parametrize("body", list(BODIES.values()), ids=list(BODIES))
async def test_deeply_nested_json_to_the_telegram_webhook_is_refused_without_a_crash(
        world: World, caplog: pytest.LogCaptureFixture, body: str) -> None:
    before = await dump(world.app.database)
    caplog.clear()
    status = await world.fake.post_update(body=body.encode())
    await world.channel.drain()
    assert status in (200, 400)
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert await dump(world.app.database) == before
