"""Random and hostile bodies POSTed to both webhooks over real HTTP, authenticated as the platform would.

Telegram: JSON of any shape and update-shaped JSON with random fields, and bytes that are not JSON, with the right
secret header. Viber: the same with a valid HMAC signature over the random body. Every answer is 2xx or 4xx (never
5xx), nothing is logged at ERROR (no crash in the work the call started), and garbage (tests/fuzz/hostile.py)
changes no stored row outside the dialog's bookkeeping. An onboarded parent's chat id is among the senders, so
forged presses and texts reach a real family.

SQLite only, for speed: the webhooks' parsing and authorisation do not depend on the database driver.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import pytest_asyncio
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from bot.channels.viber.events import EVENTS, MalformedCallback, parse_callback
from bot.core.messages import ChannelUser
from tests.channels.telegram.harness import Parent, World, telegram_world
from tests.channels.viber.harness import Harness, ViberUser, running
from tests.fakes.telegram_api import SENDING
from tests.fakes.telegram_updates import callback_update, message_update
from tests.fuzz.hostile import (
    coordinates,
    dump,
    hostile_text,
    is_garbage_press,
    is_garbage_text,
    json_values,
    press_data,
    start_codes,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
PARENT_CHAT = 424_242
short_text = st.text(max_size=30)
small_ints = st.integers(-(2**40), 2**40)


def errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [f"{r.name}: {r.getMessage()}" for r in caplog.records if r.levelno >= logging.ERROR]


def collect(value: Any, key: str) -> list[Any]:
    """Every value stored under ``key`` anywhere in a JSON-like value."""
    if isinstance(value, dict):
        return [v for k, v in value.items() if k == key] + [x for v in value.values() for x in collect(v, key)]
    if isinstance(value, list):
        return [x for v in value for x in collect(v, key)]
    return []


@dataclass
class Family:
    own_ids: set[int]
    offered: set[str] = field(default_factory=set)

    def garbage(self, body: Any) -> bool:
        texts = [t for t in collect(body, "text") if isinstance(t, str)]
        presses = [d for d in collect(body, "data") if isinstance(d, str)]
        return (all(is_garbage_text(t, self.offered, self.own_ids) for t in texts)
                and all(is_garbage_press(d, self.offered, self.own_ids) for d in presses))


async def own_ids(app: Any, user: Any) -> set[int]:
    async with app.database.transaction() as store:
        chat = await store.get_chat(user)
        assert chat is not None and chat.family_id is not None
        return {chat.family_id, *(c.id for c in await store.children(chat.family_id) if c.id is not None)}


# -- Telegram --------------------------------------------------------------------------------------------------

def _telegram_update() -> st.SearchStrategy[Any]:
    chat_id = st.sampled_from([PARENT_CHAT, -PARENT_CHAT, 7]) | small_ints
    chat = st.fixed_dictionaries({"id": chat_id, "type": st.sampled_from(["private", "group", "channel"]) | short_text},
                                 optional={"first_name": short_text, "title": short_text})
    person = st.fixed_dictionaries({"id": chat_id, "is_bot": st.booleans(), "first_name": short_text},
                                   optional={"language_code": st.sampled_from(["sr", "en", "rom", ""]) | short_text})
    message = st.fixed_dictionaries(
        {"message_id": small_ints, "date": small_ints, "chat": chat},
        optional={"from": person, "text": hostile_text, "location": st.fixed_dictionaries(
            {"latitude": coordinates, "longitude": coordinates}), "sticker": json_values, "entities": json_values})
    callback = st.fixed_dictionaries({"id": short_text, "from": person, "chat_instance": short_text},
                                     optional={"message": message, "data": press_data([1, 2, 3])})
    return st.fixed_dictionaries({"update_id": st.integers(0, 2**40) | json_values}, optional={
        "message": message | json_values, "edited_message": message, "callback_query": callback | json_values,
        "my_chat_member": json_values, "channel_post": message, "poll": json_values})


def _telegram_well_formed() -> st.SearchStrategy[dict[str, Any]]:
    """Updates Telegram could send from a private chat (the parent's or a new one), with hostile contents."""
    update_id = st.integers(10**9, 2**40)
    chat_id = st.sampled_from([PARENT_CHAT]) | st.integers(1, 2**40)
    language = st.sampled_from(["sr", "en", None]) | short_text
    texts = st.builds(lambda i, c, text, lang: message_update(i, c, text=text, language_code=lang),
                      update_id, chat_id, hostile_text | start_codes.map(lambda code: f"/start {code}"), language)
    presses = st.builds(callback_update, update_id, chat_id, press_data([1, 2, 3]).filter(
        lambda data: 1 <= len(data.encode()) <= 64))
    places = st.builds(lambda i, c, lat, lon: message_update(i, c, location={"latitude": lat, "longitude": lon}),
                       update_id, chat_id, coordinates, coordinates)
    return st.one_of(texts, presses, places)


telegram_bodies = st.one_of(_telegram_well_formed(), _telegram_update(), json_values)


@dataclass
class TelegramBench:
    world: World
    parent: Parent
    family: Family

    def refresh_offered(self) -> None:
        self.family.offered |= {data for call in self.world.fake.calls if call.method in SENDING
                                and call.chat_id == PARENT_CHAT for row in call.buttons for _, data in row}


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def telegram(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[TelegramBench]:
    url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('fuzz-telegram') / 'bot.sqlite3'}"
    async with telegram_world(url, "webhook") as world:
        world.app.inbox.limiter = None  # many updates from the parent's chat: fuzzing parsing, not the flood limit
        parent = world.parent(PARENT_CHAT)
        await parent.onboard("en")
        yield TelegramBench(world, parent, Family(await own_ids(world.app, parent.user)))


async def _post_telegram(bench: TelegramBench, caplog: pytest.LogCaptureFixture, body: bytes, garbage: bool) -> None:
    caplog.clear()
    bench.refresh_offered()
    before = await dump(bench.world.app.database)
    handed_in = len(bench.world.inbox.inbound)
    status = await bench.world.fake.post_update(body=body)
    await bench.world.channel.drain()
    event(f"HTTP {status}, {'reached' if len(bench.world.inbox.inbound) > handed_in else 'did not reach'} the engine")
    assert 200 <= status < 500
    assert errors(caplog) == []
    if garbage:
        assert await dump(bench.world.app.database) == before


@FUZZ
@given(body=telegram_bodies)
async def test_random_json_to_the_telegram_webhook(telegram: TelegramBench, caplog: pytest.LogCaptureFixture,
                                                   body: Any) -> None:
    telegram.refresh_offered()
    assume(telegram.family.garbage(body))
    await _post_telegram(telegram, caplog, json.dumps(body).encode(), garbage=True)


@FUZZ
@given(raw=st.binary(max_size=2000) | hostile_text.map(lambda text: text.encode("utf-8")))
async def test_bytes_that_are_not_json_to_the_telegram_webhook(telegram: TelegramBench,
                                                               caplog: pytest.LogCaptureFixture, raw: bytes) -> None:
    await _post_telegram(telegram, caplog, raw, garbage=True)


# -- Viber -----------------------------------------------------------------------------------------------------

def _viber_body(parent_id: str) -> st.SearchStrategy[Any]:
    user_id = st.sampled_from([parent_id, "x" * 129, ""]) | short_text | json_values
    person = st.fixed_dictionaries({"id": user_id}, optional={"name": short_text, "api_version": small_ints,
                                                              "language": short_text})
    location = st.fixed_dictionaries({"lat": coordinates | json_values, "lon": coordinates | json_values})
    kinds = st.sampled_from(["text", "location", "contact", "picture", "sticker", "url", "file"]) | short_text
    text = hostile_text | press_data([1, 2, 3]).map(lambda data: f"press:{data}") | json_values
    message = st.fixed_dictionaries({"type": kinds}, optional={"text": text, "location": location,
                                                               "tracking_data": json_values})
    well_formed = st.one_of(
        st.builds(lambda uid, text, token: {"event": "message", "timestamp": 1, "message_token": token,
                                            "sender": {"id": uid, "name": "Parent"},
                                            "message": {"type": "text", "text": text}},
                  st.sampled_from([parent_id]) | st.text(min_size=1, max_size=40), text, small_ints),
        st.builds(lambda uid, context: {"event": "conversation_started", "message_token": 1, "type": "open",
                                        "user": {"id": uid, "name": "Parent"}, "context": context},
                  st.sampled_from([parent_id]) | st.text(min_size=1, max_size=40), start_codes),
        st.builds(lambda lat, lon: {"event": "message", "message_token": 2, "sender": {"id": parent_id},
                                    "message": {"type": "location", "location": {"lat": lat, "lon": lon}}},
                  coordinates, coordinates),
    )
    return well_formed | st.fixed_dictionaries({"event": st.sampled_from(sorted(EVENTS)) | short_text | json_values},
                                               optional={
        "timestamp": small_ints | json_values, "message_token": small_ints | short_text | json_values,
        "sender": person | json_values, "user": person, "user_id": user_id, "message": message | json_values,
        "context": start_codes | json_values, "subscribed": json_values})


@dataclass
class ViberBench:
    harness: Harness
    parent: ViberUser
    family: Family

    def refresh_offered(self) -> None:
        bodies = collect(self.harness.api.sent_to(self.parent.user_id), "ActionBody")
        self.family.offered |= {b.removeprefix("press:") for b in bodies if isinstance(b, str)}


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def viber(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[ViberBench]:
    url = f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('fuzz-viber') / 'viber.sqlite3'}"
    async with running(url) as harness:
        harness.app.inbox.limiter = None
        parent = harness.user()
        await parent.onboard("en")
        yield ViberBench(harness, parent, Family(await own_ids(harness.app, ChannelUser("viber", parent.user_id))))


async def _post_viber(bench: ViberBench, caplog: pytest.LogCaptureFixture, body: bytes, garbage: bool) -> None:
    caplog.clear()
    before = await dump(bench.harness.app.database)
    answer = await bench.harness.post(body)  # signed with the auth token, as Viber signs
    try:
        kind = parse_callback(body).event
    except MalformedCallback:
        kind = "malformed"
    event(f"HTTP {answer.status}, {kind}")
    assert 200 <= answer.status < 500
    assert errors(caplog) == []
    if garbage:
        assert await dump(bench.harness.app.database) == before


@FUZZ
@given(data=st.data())
async def test_random_signed_json_to_the_viber_webhook(viber: ViberBench, caplog: pytest.LogCaptureFixture,
                                                       data: st.DataObject) -> None:
    body = data.draw(_viber_body(viber.parent.user_id) | json_values)
    viber.refresh_offered()
    assume(viber.family.garbage(body))
    await _post_viber(viber, caplog, json.dumps(body).encode(), garbage=True)


@FUZZ
@given(raw=st.binary(max_size=2000) | hostile_text.map(lambda text: text.encode("utf-8")))
async def test_signed_bytes_that_are_not_json_to_the_viber_webhook(viber: ViberBench,
                                                                   caplog: pytest.LogCaptureFixture,
                                                                   raw: bytes) -> None:
    await _post_viber(viber, caplog, raw, garbage=True)
