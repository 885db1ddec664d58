"""Answering Viber fast: the HTTP answer waits for the engine at most the budget, the work goes on after it."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot.core.messages import ChannelUser, Inbound
from bot.i18n.render import RenderedMessage
from tests.channels.viber.harness import Harness, running

pytestmark = pytest.mark.asyncio(loop_scope="module")

BUDGET_S = 0.2


class GatedInbox:
    """The real inbox behind a gate (closed: a database that hangs), remembering what reached it."""

    def __init__(self, inbox: object) -> None:
        self.inbox = inbox
        self.gate = asyncio.Event()
        self.gate.set()
        self.seen: list[Inbound] = []

    async def handle(self, inbound: Inbound, inbound_id: str | None = None) -> list[RenderedMessage] | None:
        self.seen.append(inbound)
        await self.gate.wait()
        return await self.inbox.handle(inbound, inbound_id)  # type: ignore[attr-defined]

    async def set_reachable(self, user: ChannelUser, reachable: bool, inbound_id: str | None = None) -> None:
        await self.inbox.set_reachable(user, reachable, inbound_id)  # type: ignore[attr-defined]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def gated(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    folder: Path = tmp_path_factory.mktemp("viber-budget")
    async with running(f"sqlite+aiosqlite:///{folder / 'viber.sqlite3'}", budget_s=BUDGET_S,
                       inbox_wrapper=GatedInbox) as harness:
        yield harness
        harness.inbox.gate.set()


async def test_a_deep_link_context_reaches_the_engine_as_a_start_code(gated: Harness) -> None:
    user = gated.user()
    await user.open(context="INV-7Q2K")
    assert gated.inbox.seen[-1] == Inbound(ChannelUser("viber", user.user_id), start="INV-7Q2K")


async def test_a_slow_engine_does_not_keep_viber_waiting(gated: Harness) -> None:
    user = gated.user()
    await user.open()
    gated.inbox.gate.clear()
    started = time.monotonic()
    answer = await user.message({"type": "text", "text": "press:lang:en"}, settle=False)
    assert answer.status == 200
    assert time.monotonic() - started < BUDGET_S + 2.0  # the engine is still stuck behind the gate
    assert gated.api.attempts_to(user.user_id) == 0
    gated.inbox.gate.set()
    await gated.settle()  # the work went on after the answer: the reply is sent
    assert user.texts == [user.harness.say("en", "onboarding-privacy-notice")]


async def test_a_late_welcome_goes_out_as_a_message_to_a_subscriber(gated: Harness) -> None:
    user = gated.user()
    gated.inbox.gate.clear()
    welcome = await user.open(subscribed=True, settle=False)
    assert welcome is None  # the answer left empty, within the budget
    gated.inbox.gate.set()
    await gated.settle()
    assert "Choose a language" in user.texts[0]
    assert user.labels[-1] == "English"


async def test_a_late_welcome_is_dropped_for_a_user_who_only_opened_the_chat(gated: Harness) -> None:
    user = gated.user()
    gated.inbox.gate.clear()
    assert await user.open(subscribed=False, settle=False) is None
    gated.inbox.gate.set()
    await gated.settle()
    assert gated.api.attempts_to(user.user_id) == 0  # Viber forbids messages to users who only opened
    assert (await gated.chat(user.user_id)).step == "language"  # the engine did its work all the same
