"""Hostile input into the conversation engine (Inbox -> engine -> renderer, the path every channel takes).

SQLite only: fuzzing is about the engine, not the driver, and SQLite keeps a few hundred examples fast. One bot is
shared by the module (strict content: a missing message or a formatting error raises); it holds two onboarded
families with planned reminders. Every example checks that nothing raises and every reply renders to words; the
garbage ones (see tests/fuzz/hostile.py) also that no stored row outside the dialog's bookkeeping changed.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
import pytest_asyncio
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bot.app import App
from bot.clock import FixedClock
from bot.core.messages import Inbound
from bot.i18n.render import RenderedMessage
from scheduler.calendar import DeliveryCalendar
from scheduler.planner import Planner
from tests.fakes.chat import NOW, ChatDriver, make_app
from tests.fuzz.hostile import (
    commands,
    coordinates,
    dump,
    hostile_text,
    is_garbage_command,
    is_garbage_press,
    is_garbage_text,
    press_data,
    start_codes,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_fresh_ids = itertools.count(1)


@dataclass
class Bench:
    app: App
    parent: ChatDriver
    own_ids: set[int]
    foreign_ids: set[int]
    offered: set[str] = field(default_factory=set)  # every button data the bot ever showed the parent

    def fresh(self) -> ChatDriver:
        return ChatDriver(self.app, f"fuzz-fresh-{next(_fresh_ids)}", channel="telegram")

    async def send(self, driver: ChatDriver, inbound: Inbound) -> list[RenderedMessage]:
        replies = await driver.send(inbound)
        assert_rendered(replies)
        if driver is self.parent:
            self.offered |= {b.data for m in replies for row in m.buttons for b in row}
        return replies


def assert_rendered(replies: list[RenderedMessage]) -> None:
    for message in replies:
        assert message.text.strip() or message.attachment is not None or message.location is not None
        assert all(b.label.strip() and b.data for row in message.buttons for b in row)


async def family_ids(driver: ChatDriver) -> set[int]:
    async with driver.app.database.transaction() as store:
        chat = await store.get_chat(driver.user)
        assert chat is not None and chat.family_id is not None
        children = await store.children(chat.family_id)
    return {chat.family_id, *(c.id for c in children if c.id is not None)}


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def bench(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Bench]:
    app = await make_app(f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('fuzz') / 'bot.sqlite3'}")
    app.inbox.limiter = None  # thousands of inputs from one chat: fuzzing the engine, not the flood limit
    parent = ChatDriver(app, "fuzz-parent", channel="telegram")
    other = ChatDriver(app, "fuzz-other", channel="telegram")
    await parent.onboard("en", nickname="Mila", born="1.9.2026")
    await other.onboard("sr-Latn", nickname="Luka", born="3.3.2025")
    planner = Planner(app.database, app.content.library, DeliveryCalendar.from_settings(app.settings), FixedClock(NOW))
    await planner.tick()  # the outbox holds reminders, so "the outbox did not change" means something
    built = Bench(app, parent, await family_ids(parent), await family_ids(other))
    try:
        yield built
    finally:
        await app.close()


async def test_the_bench_has_something_to_lose(bench: Bench) -> None:
    rows = await dump(bench.app.database)
    assert len(rows["family"]) == 2 and len(rows["child"]) == 2 and rows["outbox"]


@FUZZ
@given(text=hostile_text)
async def test_hostile_text_is_answered_and_changes_nothing_at_the_menu(bench: Bench, text: str) -> None:
    assume(is_garbage_text(text, bench.offered, bench.own_ids))
    await bench.send(bench.parent, Inbound(bench.parent.user, command="menu"))  # at the menu, where text is chat
    before = await dump(bench.app.database)
    await bench.send(bench.parent, Inbound(bench.parent.user, text=text))
    assert await dump(bench.app.database) == before


@FUZZ
@given(text=hostile_text)
async def test_hostile_text_in_a_fresh_chat_and_at_the_birth_date_question(bench: Bench, text: str) -> None:
    fresh = bench.fresh()
    await bench.send(fresh, Inbound(fresh.user, text=text))  # before a language is chosen
    fresh.locale = "en"
    await fresh.start()
    await fresh.press_id("language-en")
    await fresh.press_id("onboarding-consent-yes")
    await bench.send(fresh, Inbound(fresh.user, text=text))  # as the child's nickname
    await bench.send(fresh, Inbound(fresh.user, text=text))  # as the birth date (the date parser)
    await bench.send(fresh, Inbound(fresh.user, text=text))  # whatever comes next


@FUZZ
@given(data=st.data())
async def test_garbage_button_data_changes_nothing(bench: Bench, data: st.DataObject) -> None:
    pressed = data.draw(press_data(bench.foreign_ids))
    assume(is_garbage_press(pressed, bench.offered, bench.own_ids))
    fresh = bench.fresh()
    before = await dump(bench.app.database)
    await bench.send(bench.parent, Inbound(bench.parent.user, press=pressed))
    await bench.send(fresh, Inbound(fresh.user, press=pressed))
    assert await dump(bench.app.database) == before


@FUZZ
@given(command=commands)
async def test_unknown_commands_change_nothing(bench: Bench, command: str) -> None:
    assume(is_garbage_command(command))
    before = await dump(bench.app.database)
    await bench.send(bench.parent, Inbound(bench.parent.user, command=command))
    fresh = bench.fresh()
    await bench.send(fresh, Inbound(fresh.user, command=command))
    assert await dump(bench.app.database) == before


@FUZZ
@given(lat=coordinates, lon=coordinates)
async def test_any_shared_location_is_answered_and_changes_nothing(bench: Bench, lat: float, lon: float) -> None:
    before = await dump(bench.app.database)
    await bench.send(bench.parent, Inbound(bench.parent.user, location=(lat, lon)))
    fresh = bench.fresh()
    await bench.send(fresh, Inbound(fresh.user, location=(lat, lon)))
    assert await dump(bench.app.database) == before


@FUZZ
@given(code=start_codes)
async def test_a_guessed_or_garbage_start_code_opens_nothing(bench: Bench, code: str) -> None:
    before = await dump(bench.app.database)
    await bench.send(bench.parent, Inbound(bench.parent.user, start=code))
    fresh = bench.fresh()
    await bench.send(fresh, Inbound(fresh.user, start=code))
    assert await dump(bench.app.database) == before
