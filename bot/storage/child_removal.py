"""Removing a child for a reason (:class:`bot.core.removal.RemovalStore`), and the counts of the reasons.

A mixin of :class:`bot.storage.store.SqlStore`, on the same session: the child, its records, seen tips, every
outbox row about it (planned or sent) and the audit rows naming it go in the transaction of the turn that
removed it, so nothing more is sent about the child once the parent has the answer. Only the reason survives,
as a daily count in ``child_removal`` without any id.
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import (
    AuditRow,
    CheckbackAnswerRow,
    CheckinAnswerRow,
    CheckinStatusRow,
    ChildRemovalRow,
    ChildRow,
    FamilyProfileRow,
    MediatorRow,
    OutboxRow,
    TipSeenRow,
    VaccinationRecordRow,
)
from bot.storage.notices import write_notice


class ChildRemovals:
    _session: AsyncSession

    async def remove_child_for(self, child_id: int, reason: str, day: date) -> bool:
        session = self._session
        await session.flush()
        if await session.scalar(sa.select(ChildRow.id).where(ChildRow.id == child_id).with_for_update()) is None:
            return False
        await session.execute(sa.delete(OutboxRow.__table__).where(OutboxRow.child_id == child_id))
        await session.execute(sa.delete(AuditRow.__table__).where(AuditRow.detail.like(f"child:{child_id}:%")))
        for model in (TipSeenRow, VaccinationRecordRow, CheckinAnswerRow, CheckinStatusRow, CheckbackAnswerRow):
            await session.execute(sa.delete(model.__table__).where(model.__table__.c.child_id == child_id))
        await session.execute(sa.delete(ChildRow.__table__).where(ChildRow.id == child_id))
        await count_removal(session, day, reason)
        return True

    async def family_mediator(self, family_id: int) -> int | None:
        query = (sa.select(FamilyProfileRow.mediator_id)
                 .join(MediatorRow, MediatorRow.id == FamilyProfileRow.mediator_id)
                 .where(FamilyProfileRow.family_id == family_id, MediatorRow.active.is_(True)))
        return await self._session.scalar(query)

    async def tell_mediator(self, mediator_id: int, family_id: int, kind: str, at: datetime) -> None:
        await write_notice(self._session, mediator_id, family_id, kind, at)


async def count_removal(session: AsyncSession, day: date, reason: str) -> None:
    """Add one removal for ``reason`` to the day's count."""
    table = ChildRemovalRow.__table__
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(table).values(day=day, reason=reason, value=1)
    await session.execute(statement.on_conflict_do_update(
        index_elements=["day", "reason"], set_={"value": table.c.value + statement.excluded.value}))


async def removal_counts(session: AsyncSession, since: date | None = None) -> list[tuple[date, str, int]]:
    """(day, reason, count) of the children removed, by day then reason."""
    table = ChildRemovalRow
    query = sa.select(table.day, table.reason, table.value).order_by(table.day, table.reason)
    if since is not None:
        query = query.where(table.day >= since)
    return [(day, reason, int(value)) for day, reason, value in await session.execute(query)]
