"""Seeding families, chats, children and outbox rows for dispatcher tests, and reading the rows back."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from bot.catalog import load_library
from bot.core.family import Chat, Child, Family, VaccinationRecord
from bot.core.library import Library
from bot.core.messages import ChannelUser
from bot.i18n.translator import Translator
from bot.storage.database import Database
from bot.storage.models import ChatRow, ChildRow, FamilyRow, OutboxRow

CONTENT = Path(__file__).resolve().parents[2] / "content"
BELGRADE = ZoneInfo("Europe/Belgrade")
OUTBOX = OutboxRow.__table__
_keys = itertools.count(1)


@cache
def library() -> Library:
    return load_library(CONTENT)


@cache
def translator() -> Translator:
    return Translator.from_directory(CONTENT, strict=True)


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A Belgrade wall-clock time as an aware UTC instant."""
    return datetime(year, month, day, hour, minute, tzinfo=BELGRADE).astimezone(UTC)


@dataclass
class Seeded:
    id: int
    children: list[int] = field(default_factory=list)
    users: list[ChannelUser] = field(default_factory=list)


# The 2-month doses of a child born 10 January 2026, recorded: its dose-2 reminders are not "first the dose before".
CARD = (("dtap_ipv_hib_1", date(2026, 3, 10)), ("pcv_1", date(2026, 3, 10)))


async def add_family(database: Database, *, chats: tuple[tuple[str, str, str], ...] = (("telegram", "u1", "en"),),
                     children: tuple[tuple[str | None, date], ...] = (("Mila", date(2026, 1, 10)),),
                     card: tuple[tuple[str, date], ...] = CARD, **family: Any) -> Seeded:
    """A family that consented, with chats ``(channel, user id, locale)`` and children ``(nickname, born)``, each
    with the doses of ``card`` recorded."""
    async with database.transaction() as store:
        made = await store.create_family(Family(consent_at=datetime(2026, 1, 1, tzinfo=UTC), consent_by="parent",
                                                **family))
        assert made.id is not None
        seeded = Seeded(made.id)
        for channel, user_id, locale in chats:
            user = ChannelUser(channel, user_id)
            await store.save_chat(Chat(user, locale=locale, family_id=made.id))
            seeded.users.append(user)
        for nickname, born in children:
            child = await store.add_child(Child(made.id, born, nickname, enrolled_on=born))
            assert child.id is not None
            seeded.children.append(child.id)
            for dose_id, given in card:
                await store.add_record(VaccinationRecord(child.id, dose_id, given))
    return seeded


async def add_row(database: Database, family_id: int, child_id: int | None, kind: str, item: str, due_at: datetime,
                  *, stage: str = "on", **extra: Any) -> int:
    values = {"family_id": family_id, "child_id": child_id, "kind": kind, "item": item, "stage": stage,
              "due_at": due_at, "local_day": due_at.astimezone(BELGRADE).date(),
              "idempotency_key": f"test:{next(_keys)}", "created_at": due_at, **extra}
    async with database.engine.begin() as connection:
        return int((await connection.execute(sa.insert(OUTBOX).values(**values).returning(OUTBOX.c.id))).scalar_one())


async def rows(database: Database, *where: sa.ColumnElement[bool]) -> list[sa.Row[Any]]:
    async with database.engine.connect() as connection:
        return list(await connection.execute(sa.select(OUTBOX).where(*where).order_by(OUTBOX.c.id)))


async def row(database: Database, row_id: int) -> sa.Row[Any]:
    (found,) = await rows(database, OUTBOX.c.id == row_id)
    return found


async def set_last_inbound(database: Database, user: ChannelUser, at: datetime) -> None:
    table = ChatRow.__table__
    async with database.engine.begin() as connection:
        await connection.execute(sa.update(table).where(table.c.channel == user.channel,
                                                        table.c.user_id == user.user_id).values(last_inbound_at=at))


async def chat_active(database: Database, user: ChannelUser) -> bool:
    table = ChatRow.__table__
    async with database.engine.connect() as connection:
        query = sa.select(table.c.active).where(table.c.channel == user.channel, table.c.user_id == user.user_id)
        return bool((await connection.execute(query)).scalar_one())


async def family_row(database: Database, family_id: int) -> sa.Row[Any]:
    table = FamilyRow.__table__
    async with database.engine.connect() as connection:
        return (await connection.execute(sa.select(table).where(table.c.id == family_id))).one()


async def seed_many(database: Database, count: int, prefix: str, due: tuple[tuple[str, str, datetime], ...],
                    born: date = date(2026, 1, 10)) -> list[str]:
    """``count`` families in one transaction, each with one Telegram chat ``<prefix><n>``, one child and one
    outbox row per ``(kind, item, due_at)``; returns the chat user ids."""
    family, chat, child = FamilyRow.__table__, ChatRow.__table__, ChildRow.__table__
    users = []
    async with database.engine.begin() as connection:
        for n in range(count):
            family_id = (await connection.execute(sa.insert(family).values(
                consent_at=datetime(2026, 1, 1, tzinfo=UTC), consent_by="parent").returning(family.c.id))).scalar_one()
            user_id = f"{prefix}{n}"
            await connection.execute(sa.insert(chat).values(channel="telegram", user_id=user_id, locale="en",
                                                             family_id=family_id, data={}))
            child_id = (await connection.execute(sa.insert(child).values(
                family_id=family_id, nickname="Mila", birth_date=born, enrolled_on=born,
            ).returning(child.c.id))).scalar_one()
            await connection.execute(sa.insert(OUTBOX), [
                {"family_id": family_id, "child_id": child_id, "kind": kind, "item": item, "stage": "on",
                 "due_at": at, "local_day": at.astimezone(BELGRADE).date(), "idempotency_key": f"seed:{next(_keys)}",
                 "created_at": at} for kind, item, at in due])
            users.append(user_id)
    return users
