"""Families with everything a family can leave in the database, made the way people make them: through the chat
(onboarding, a mediator's enrolment, notes, help, reminders answered) and the planner."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa

from bot.app import App
from bot.core.family import VaccinationRecord
from bot.core.mediation import AuditEntry
from bot.core.ports import Clock
from bot.storage.mediators import SqlMediators
from bot.storage.models import Base, ChatRow, ChildRow, FamilyProfileRow, OutboxRow
from scheduler.calendar import DeliveryCalendar
from scheduler.planner import Planner
from tests.fakes.chat import NOW, ChatDriver
from tests.mediators.field import enrol, family_ids

SETTINGS = SimpleNamespace(timezone="Europe/Belgrade", quiet_hours_start=21, quiet_hours_end=8,
                           scheduler_tick_seconds=30)


@dataclass
class Family:
    """One family as the test knows it, and the words and numbers that must disappear with it."""

    id: int
    chat: ChatDriver
    children: list[int] = field(default_factory=list)
    chat_ids: list[int] = field(default_factory=list)
    secrets: set[str] = field(default_factory=set)  # nicknames, phone, user id, notes, birth dates (ISO)
    dates: set[date] = field(default_factory=set)


async def describe(app: App, family_id: int, chat: ChatDriver, *secrets: str) -> Family:
    async with app.database.engine.connect() as connection:
        kids = (await connection.execute(sa.select(ChildRow.id, ChildRow.birth_date, ChildRow.nickname)
                                         .where(ChildRow.family_id == family_id))).all()
        chats = (await connection.execute(sa.select(ChatRow.id, ChatRow.user_id)
                                          .where(ChatRow.family_id == family_id))).all()
        phone = await connection.scalar(sa.select(FamilyProfileRow.phone)
                                        .where(FamilyProfileRow.family_id == family_id))
    found = Family(family_id, chat, [k.id for k in kids], [c.id for c in chats])
    found.secrets = {*secrets, *(c.user_id for c in chats), *(k.nickname for k in kids if k.nickname),
                     *(k.birth_date.isoformat() for k in kids), *([phone] if phone else [])}
    found.dates = {k.birth_date for k in kids}
    return found


async def parent_family(app: App, user_id: str, channel: str, *kids: tuple[str, str]) -> Family:
    """Onboarding with two children (the second born early) and a tip read."""
    (first, first_born), (second, second_born) = kids
    chat = ChatDriver(app, user_id, channel)
    await chat.onboard("en", first, first_born)
    await chat.raw_press("kids:add")
    await chat.text(second)
    await chat.text(second_born)
    await chat.press_id("child-early-yes")
    await chat.text("35")
    async with app.database.transaction() as store:
        family_id = (await store.get_chat(chat.user)).family_id
    family = await describe(app, family_id, chat)
    await chat.raw_press(f"tip:{family.children[0]}")
    return family


async def mediator_family(app: App, ana: ChatDriver, mediator_id: int, caregiver: str, phone: str,
                          kids: tuple[tuple[str, str], ...], parent_user: str, note: str) -> Family:
    """A mediator's enrolment with a phone, the parent opening the invitation, a note, a vaccination she
    recorded, a new invitation, the parent's call for help."""
    before = set(await family_ids(app, mediator_id))
    await ana.raw_press("md:menu")
    code = await enrol(ana, caregiver, phone=phone, children=tuple((n, born, None) for n, born in kids))
    (family_id,) = set(await family_ids(app, mediator_id)) - before
    parent = ChatDriver(app, parent_user, "telegram")
    parent.locale = "en"
    await parent.start(code)
    await ana.raw_press(f"md:note:{family_id}")
    await ana.text(note)
    await ana.raw_press(f"md:inv:{family_id}")
    family = await describe(app, family_id, parent, caregiver, note)
    async with app.database.transaction() as store:
        child = family.children[0]
        await store.add_record(VaccinationRecord(child, "bcg_1", date(2025, 3, 4), f"mediator:{mediator_id}"))
        await SqlMediators(store.session).audit(AuditEntry(f"mediator:{mediator_id}", "record_vaccination", NOW,
                                                           family_id, mediator_id, f"child:{child}:dose:bcg_1"))
    await parent.raw_press("m:mediator")
    return family


async def plan_reminders(app: App, clock: Clock) -> None:
    await Planner(app.database, app.content.library, DeliveryCalendar.from_settings(SETTINGS), clock).tick()


async def answer_a_reminder(app: App, family: Family, answer: str) -> None:
    """Mark the family's first vaccine reminder sent, then press its answer (e.g. "rem-not", "rem-done")."""
    async with app.database.engine.begin() as connection:
        reminder = (await connection.execute(sa.select(OutboxRow.id).where(
            OutboxRow.family_id == family.id, OutboxRow.kind == "vaccine").order_by(OutboxRow.id))).scalars().first()
        assert reminder is not None, "the planner planned no vaccine reminder"
        await connection.execute(sa.update(OutboxRow).where(OutboxRow.id == reminder).values(state="sent"))
    await family.chat.raw_press(f"{answer}:{reminder}")
    if answer == "rem-done":
        await family.chat.raw_press(f"rem-today:{reminder}")


async def every_row(app: App) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table the models know (new tables are covered without changing this test)."""
    async with app.database.engine.connect() as connection:
        return {table.name: [dict(row) for row in (await connection.execute(sa.select(table))).mappings()]
                for table in Base.metadata.sorted_tables}


async def rows_of(app: App, family_id: int) -> dict[str, int]:
    """How many rows of each table name this family (directly or through its children)."""
    everything = await every_row(app)
    children = {r["id"] for r in everything["child"] if r["family_id"] == family_id}
    return {name: sum(1 for r in rows if r.get("family_id") == family_id or r.get("child_id") in children
                      or (name == "family" and r["id"] == family_id)) for name, rows in everything.items()}
