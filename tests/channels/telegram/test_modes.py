"""Webhook mode (secret, size and shape checks before anything is touched) and long-polling mode."""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator

import pytest
import sqlalchemy as sa
from aiohttp import ClientSession

from bot.channels.telegram.updates import ALLOWED_UPDATES
from bot.channels.telegram.webhook import Webhook
from bot.config import Settings
from tests.channels.telegram.harness import SECRET, World, telegram_world
from tests.fakes.chat import CONTENT
from tests.fakes.telegram_api import Fault
from tests.fakes.telegram_updates import message_update

pytestmark = pytest.mark.asyncio(loop_scope="session")


async def _post(world: World, body: bytes | AsyncIterator[bytes], secret: str | None = SECRET) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    async with ClientSession() as client, client.post(f"{world.web_url}/telegram/updates", data=body,
                                                      headers=headers) as response:
        return response.status


async def _processed(world: World) -> int:
    async with world.app.database.engine.connect() as connection:
        return (await connection.execute(sa.text("SELECT count(*) FROM processed_inbound"))).scalar_one()


def _update(world: World, chat_id: int, text: str = "/start") -> bytes:
    return json.dumps(message_update(world.fake.next_update_id(), chat_id, text=text)).encode()


async def test_the_webhook_is_registered_with_its_secret_and_the_updates_the_bot_reads(webhook_world: World) -> None:
    assert webhook_world.fake.webhook == {
        "url": f"{webhook_world.web_url}/telegram/updates", "secret_token": SECRET,
        "allowed_updates": list(ALLOWED_UPDATES), "drop_pending_updates": "false"}


@pytest.mark.parametrize("secret", [None, "", "wrong", SECRET[:-1], SECRET + "x", SECRET.upper()],
                         ids=["no-header", "empty", "wrong", "prefix", "longer", "other-case"])
async def test_a_wrong_secret_is_refused_and_touches_nothing(webhook_world: World, chat_ids, secret) -> None:
    world = webhook_world
    seen, calls, processed = len(world.inbox.inbound), len(world.fake.calls), await _processed(world)
    assert await _post(world, _update(world, next(chat_ids)), secret) == 401
    await world.channel.drain()
    assert (len(world.inbox.inbound), len(world.fake.calls), await _processed(world)) == (seen, calls, processed)


async def test_a_wrong_secret_is_refused_before_the_body_is_even_measured(webhook_world: World) -> None:
    assert await _post(webhook_world, b"x" * 200_000, "wrong") == 401


async def _chunks(total: int) -> AsyncIterator[bytes]:
    for _ in range(total // 8192):
        yield b" " * 8192


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
async def test_an_oversized_body_is_refused(webhook_world: World, chunked: bool) -> None:
    size = 64 * 1024 + 8192
    body: bytes | AsyncIterator[bytes] = _chunks(size) if chunked else b" " * size
    seen = len(webhook_world.inbox.inbound)
    assert await _post(webhook_world, body) == 413
    assert len(webhook_world.inbox.inbound) == seen


@pytest.mark.parametrize("body", [b"{", b"[]", b'{"update_id": "7"}', b'{"message": {}}', b"\xff\xfe", b""],
                         ids=["broken-json", "not-an-object", "id-not-a-number", "no-id", "not-utf8", "empty"])
async def test_a_body_that_is_not_an_update_is_refused_and_the_bot_goes_on(webhook_world: World, chat_ids,
                                                                           body: bytes) -> None:
    assert await _post(webhook_world, body) == 400
    parent = webhook_world.parent(next(chat_ids))
    assert await parent.text("/start")


async def test_an_update_of_an_unknown_type_is_acknowledged_and_ignored(webhook_world: World) -> None:
    calls = len(webhook_world.fake.calls)
    body = json.dumps({"update_id": webhook_world.fake.next_update_id(), "business_thing": {"x": 1}}).encode()
    assert await _post(webhook_world, body) == 200
    await webhook_world.channel.drain()
    assert len(webhook_world.fake.calls) == calls


async def test_a_crash_in_the_core_answers_500_and_telegrams_retry_is_answered_once(webhook_world: World,
                                                                                  chat_ids) -> None:
    world = webhook_world
    chat_id = next(chat_ids)
    update = message_update(world.fake.next_update_id(), chat_id, text="/start")
    world.inbox.fail_next = RuntimeError("database went away")
    assert await world.fake.post_update(update) == 500
    await world.channel.drain()
    assert world.fake.sent(chat_id) == []
    assert await world.fake.post_update(update) == 200
    assert await world.fake.post_update(update) == 200
    await world.channel.drain()
    assert len(world.fake.sent(chat_id)) == 1


async def test_health_reports_the_webhook_mode(webhook_world: World) -> None:
    async with ClientSession() as client, client.get(f"{webhook_world.web_url}/healthz") as response:
        assert response.status == 200
        report = await response.json()
    assert report["telegram"] == {"ok": True, "mode": "webhook", "pending": 0}


async def test_polling_deletes_the_webhook_before_asking_for_updates(polling_world: World, chat_ids) -> None:
    await polling_world.parent(next(chat_ids)).text("/start")
    methods = [c.method for c in polling_world.fake.calls]
    assert methods.index("deleteWebhook") < methods.index("getUpdates")
    polls = polling_world.fake.methods("getUpdates")
    assert polls[0].params["allowed_updates"] == list(ALLOWED_UPDATES)
    assert polls[0].params["timeout"] == "5"
    assert polling_world.fake.methods("deleteWebhook")[0].params.get("drop_pending_updates") == "false"


async def test_polling_backs_off_after_errors_and_then_delivers(polling_world: World, chat_ids) -> None:
    world = polling_world
    world.fake.faults.append(Fault(502, method="getUpdates", times=2))
    slept = len(world.timer.slept)
    parent = world.parent(next(chat_ids))
    assert await parent.text("/start")
    assert world.timer.slept[slept:][:2] == [1.0, 2.0]
    assert (await world.channel.health())["ok"]


async def test_polling_tries_an_update_again_after_a_crash_in_the_core(polling_world: World, chat_ids) -> None:
    world = polling_world
    parent = world.parent(next(chat_ids))
    world.inbox.fail_next = RuntimeError("database went away")
    assert len(await parent.text("/start")) == 1
    assert world.inbox.inbound[-2:] == [world.inbox.inbound[-1]] * 2


async def test_stop_ends_a_pending_long_poll_at_once(tmp_path) -> None:
    async with telegram_world(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", "polling") as world:
        await world.fake.wait_for(lambda: bool(world.fake.methods("getUpdates")))
        assert (await world.channel.health())["ok"]
        started = time.monotonic()
        await world.channel.stop()
        assert time.monotonic() - started < 2.0
        assert not (await world.channel.health())["ok"]


async def test_a_webhook_that_is_stopping_asks_telegram_to_come_back_later(tmp_path, chat_ids) -> None:
    async with telegram_world(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", "webhook") as world:
        await world.channel.stop()
        chat_id = next(chat_ids)
        assert await world.fake.post_update(message_update(world.fake.next_update_id(), chat_id, text="/start")) == 503
        assert world.inbox.inbound == []


@pytest.mark.parametrize("env", [{"TELEGRAM_WEBHOOK_URL": "https://bot.example.org/tg"},
                                 {"TELEGRAM_WEBHOOK_SECRET": SECRET}], ids=["url-only", "secret-only"])
async def test_half_a_webhook_configuration_is_refused(env: dict[str, str]) -> None:
    settings = Settings(CONTENT_DIR=CONTENT, **env)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="together"):
        Webhook.from_settings(settings)


async def test_the_webhook_path_comes_from_its_url() -> None:
    assert Webhook("https://bot.example.org/hooks/telegram?x=1", SECRET).path == "/hooks/telegram"
    assert SECRET not in repr(Webhook("https://bot.example.org/tg", SECRET))
