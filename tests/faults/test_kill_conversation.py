"""SIGKILL of the real `cavororo serve` in the middle of conversations (SQLite file and PostgreSQL).

A parent is half-way through onboarding and a mediator half-way through enrolling a family when the process is
killed at a random moment, possibly while an update is being processed. The process is started again and both
carry on. Nothing acknowledged is lost: an update answered 200 is in the database; an update whose webhook call
broke is delivered again by "Telegram" (the same update id) and is applied exactly once, whether or not it was
committed before the kill. At the end the parent's child and the mediator's family exist once each, as typed.

Known and accepted: the reply to the update in flight can be lost (it goes out after the commit and, for a
redelivered update that was committed, the dedupe answers nothing); the next input gets its normal answer.
The kill during dispatch is tests/scheduler/test_crash.py.
"""

from __future__ import annotations

import asyncio
import os
import random
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.core.invitation_codes import make_invitation
from bot.core.mediation import MEDIATOR_INVITATION
from bot.core.messages import ChannelUser
from bot.storage.database import Database, make_engine, migrate
from bot.storage.mediators import SqlMediators
from tests.fakes.telegram_api import FakeTelegram
from tests.faults.served import RemoteChat, ServedBot, onboarding

BORN = datetime.now(UTC).date() - timedelta(days=200)
KILL_DELAY_S = (0.0, 0.06)  # after the update left: before, during or just after the bot's transaction


@dataclass
class Kill:
    step: str
    status: int | None  # the webhook's answer before the kill (None: the call broke)
    answered_again: bool | None = None  # the redelivered update got an answer (None: not redelivered)


@dataclass
class Run:
    bot: ServedBot
    rng: random.Random
    seed: int
    kills: list[Kill] = field(default_factory=list)

    async def step(self, chat: RemoteChat, kind: str, value: str, *, kill: bool) -> None:
        update = chat.text_update(value) if kind == "text" else chat.press_update(value)
        if not kill:
            answer = await chat.send(update)
            assert answer, f"no answer to {kind} {value!r} (seed {self.seed})"
            return
        posted = asyncio.create_task(self.bot.post(update))
        await asyncio.sleep(self.rng.uniform(*KILL_DELAY_S))
        self.bot.kill()
        await self.bot.wait()
        record = Kill(f"{kind} {value}", await posted)
        self.kills.append(record)
        await self.bot.start()
        if record.status != 200:  # not acknowledged: Telegram delivers the same update again
            record.answered_again = bool(await chat.send(update))


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    api = await FakeTelegram().start()
    yield api
    await api.close()


async def seed_mediator(url: str) -> tuple[int, str]:
    """A mediator with a fresh invitation, as `cavororo mediators add` makes them."""
    await migrate(url)
    database = Database(make_engine(url))
    try:
        async with database.transaction() as store:
            mediators = SqlMediators(store.session)
            mediator = await mediators.add_mediator("Ana")
            assert mediator.id is not None
            code, invitation = make_invitation(MEDIATOR_INVITATION, datetime.now(UTC), timedelta(days=14),
                                               "operator", mediator_id=mediator.id)
            await mediators.add_invitation(invitation)
    finally:
        await database.dispose()
    return mediator.id, code


def enrolment(code: str) -> list[tuple[str, str]]:
    """The mediator opens her invitation, then enrols Mira's family with one child, Luka."""
    return [("text", f"/start {code}"), ("press", "lang:en"), ("press", "md:enrol"), ("text", "Mira"),
            ("press", "md:el:sr-Latn"), ("press", "md:skip"), ("press", "md:es:altina"), ("text", "Luka"),
            ("text", "3.3.2025"), ("press", "md:ee:no"), ("press", "md:more:no"), ("press", "md:consent:yes")]


async def final_state(url: str, parent: ChannelUser, mediator_id: int) -> dict[str, Any]:
    database = Database(make_engine(url))
    try:
        async with database.transaction() as store:
            chat = await store.get_chat(parent)
            assert chat is not None and chat.family_id is not None
            kids = [(c.nickname, c.birth_date) for c in await store.children(chat.family_id)]
            profiles = await SqlMediators(store.session).profiles(mediator_id)
            enrolled = [(p.caregiver, p.settlement, [(c.nickname, c.birth_date) for c in
                                                     await store.children(p.family_id)]) for p in profiles]
            return {"parent_step": chat.step, "parent_children": kids, "enrolled": enrolled}
    finally:
        await database.dispose()


async def test_killed_mid_conversation_the_bot_loses_nothing_and_applies_each_update_once(
        database_url: str, fake: FakeTelegram, tmp_path: Path) -> None:
    seed = int(os.environ.get("CAVORORO_KILL_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    mediator_id, code = await seed_mediator(database_url)
    bot = ServedBot(fake, database_url, tmp_path)
    run = Run(bot, rng, seed)
    parent_steps = onboarding(BORN.strftime("%d.%m.%Y"))
    mediator_steps = enrolment(code)
    # One kill (a restart costs seconds: importing aiogram), during a random update of either conversation while
    # both are half-way: after their first step, before the parent's last.
    kill_at = (rng.choice(("parent", "mediator")), rng.randrange(1, len(parent_steps) - 1))
    parent, mediator = RemoteChat(bot, 9301), RemoteChat(bot, 9302)
    try:
        await bot.start()
        for index in range(max(len(parent_steps), len(mediator_steps))):  # the two conversations interleaved
            for who, chat, steps in (("parent", parent, parent_steps), ("mediator", mediator, mediator_steps)):
                if index < len(steps):
                    await run.step(chat, *steps[index], kill=(who, index) == kill_at)
        assert len(run.kills) == 1
        state = await final_state(database_url, parent.user, mediator_id)
    finally:
        await bot.close()
    context = f"seed {seed}, kills {run.kills}"
    assert state == {"parent_step": "", "parent_children": [("Mila", BORN)],
                     "enrolled": [("Mira", "altina", [("Luka", date(2025, 3, 3))])]}, context
    # after the restart both conversations went on to their ends: the parent's menu, the family's invitation
    assert "m:tip" in parent.button_data, context
    assert any("start=" in (call.text or "") for call in mediator.last), context
    assert "Mila" not in bot.log() and "Luka" not in bot.log(), "personal data in the log"
