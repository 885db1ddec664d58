"""A small world for the planner tests: families and children with a chosen enrolment time, a fake parent who
records doses, and a fake dispatcher that "sends" due rows (marks them sent and the tips seen)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from bot.catalog import load_library
from bot.clock import FixedClock
from bot.core.age import Age
from bot.core.library import Library
from bot.storage.database import Database
from bot.storage.models import ChildRow, FamilyRow, OutboxRow, TipSeenRow, VaccinationRecordRow
from scheduler.calendar import DeliveryCalendar
from scheduler.planner import Planner

CONTENT = Path(__file__).resolve().parents[2] / "content"
BELGRADE = ZoneInfo("Europe/Belgrade")
OUTBOX = OutboxRow.__table__


@cache
def library() -> Library:
    return load_library(CONTENT)


def edited(library: Library, dose_id: str, **changes: Any) -> Library:
    """``library`` with one dose changed (a change in days also sets the age it stands for)."""
    ages = {"recommended_age_days": "recommended_age", "start_days": "start_age", "latest_days": "latest_age"}
    changes |= {ages[key]: Age(days=value) for key, value in changes.items() if key in ages}
    doses = tuple(replace(dose, **changes) if dose.id == dose_id else dose for dose in library.doses)
    return replace(library, doses=doses)


def local(day: date, hour: int = 0, minute: int = 0) -> datetime:
    """A Belgrade wall-clock time as an aware UTC instant."""
    return datetime.combine(day, time(hour, minute), tzinfo=BELGRADE).astimezone(UTC)


def planner(database: Database, clock: FixedClock, lib: Library | None = None, horizon: int = 14) -> Planner:
    return Planner(database, lib or library(), DeliveryCalendar(), clock, horizon_days=horizon)


async def add_family(database: Database, *, weekday: int = 1, hour: int = 10, stopped: bool = False,
                     paused_until: datetime | None = None) -> int:
    async with database.engine.begin() as connection:
        result = await connection.execute(sa.insert(FamilyRow.__table__).values(
            consent_by="parent", tip_weekday=weekday, tip_hour=hour, reminders_stopped=stopped,
            reminders_paused_until=paused_until,
        ).returning(FamilyRow.__table__.c.id))
        return result.scalar_one()


async def add_child(database: Database, family_id: int, born: date, *, weeks: int | None = None,
                    enrolled: datetime | None = None) -> int:
    """A child added at ``enrolled`` (default: noon of its birth day)."""
    at = enrolled or local(born, 12)
    async with database.engine.begin() as connection:
        result = await connection.execute(sa.insert(ChildRow.__table__).values(
            family_id=family_id, birth_date=born, gestational_weeks=weeks, created_at=at, updated_at=at,
            enrolled_on=at.astimezone(BELGRADE).date(),
        ).returning(ChildRow.__table__.c.id))
        return result.scalar_one()


async def set_child(database: Database, child_id: int, **values: Any) -> None:
    """Change a child as the dialog would (updated_at moves on)."""
    async with database.engine.begin() as connection:
        await connection.execute(sa.update(ChildRow.__table__).where(ChildRow.__table__.c.id == child_id)
                                 .values(updated_at=datetime.now(UTC), **values))


async def set_family(database: Database, family_id: int, **values: Any) -> None:
    async with database.engine.begin() as connection:
        await connection.execute(sa.update(FamilyRow.__table__).where(FamilyRow.__table__.c.id == family_id)
                                 .values(updated_at=datetime.now(UTC), **values))


async def record(database: Database, child_id: int, dose_id: str, given_on: date) -> None:
    async with database.engine.begin() as connection:
        await connection.execute(sa.insert(VaccinationRecordRow.__table__).values(
            child_id=child_id, dose_id=dose_id, given_on=given_on, recorded_by="parent", created_at=datetime.now(UTC),
        ))


async def outbox(database: Database, **where: Any) -> list[dict[str, Any]]:
    """Outbox rows (as dicts), filtered by column values, in due order."""
    query = sa.select(OUTBOX).order_by(OUTBOX.c.due_at, OUTBOX.c.id)
    for column, value in where.items():
        query = query.where(OUTBOX.c[column] == value)
    async with database.engine.connect() as connection:
        return [dict(row._mapping) for row in await connection.execute(query)]


async def deliver(database: Database, until: datetime) -> list[dict[str, Any]]:
    """The fake dispatcher: every pending row due by ``until`` is sent; a sent tip counts as seen."""
    statement = (
        sa.update(OUTBOX).where(OUTBOX.c.state == "pending", OUTBOX.c.due_at <= until)
        .values(state="sent", sent_at=until).returning(*OUTBOX.c)
    )
    async with database.engine.begin() as connection:
        due = [dict(row._mapping) for row in await connection.execute(statement)]
        tips = [{"child_id": r["child_id"], "tip_id": r["item"], "seen_at": until} for r in due if r["kind"] == "tip"]
        if tips:
            await connection.execute(sa.insert(TipSeenRow.__table__), tips)
    return due


async def answer(database: Database, row_id: int, answer: str) -> None:
    async with database.engine.begin() as connection:
        await connection.execute(sa.update(OUTBOX).where(OUTBOX.c.id == row_id).values(answer=answer))
