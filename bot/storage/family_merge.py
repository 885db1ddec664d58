"""Merging a parent's own family into the family a mediator prepared for her (one family, no orphan left).

Everything of the first family moves: its children (with their records, seen tips and outbox rows), its chats and
its audit trail; what belonged only to it (a profile, notes, notices, invitations) goes, and so does the family
row. The children are stamped as changed, so the planner re-plans them with the new family's day and hour.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import (
    NOTICE,
    AuditRow,
    ChatRow,
    ChildRow,
    FamilyNoteRow,
    FamilyProfileRow,
    FamilyRow,
    InvitationRow,
    MediatorNoticeRow,
    OutboxRow,
    utc_now,
)


async def merge_family(session: AsyncSession, from_id: int, into_id: int) -> bool:
    """Move family ``from_id`` into ``into_id``; False (nothing changed) when either is missing or they are one."""
    await session.flush()
    found = set(await session.scalars(sa.select(FamilyRow.id).where(FamilyRow.id.in_((from_id, into_id)))
                                      .with_for_update()))
    if from_id == into_id or found != {from_id, into_id}:
        return False
    now = utc_now()
    await session.execute(sa.update(ChildRow.__table__).where(ChildRow.family_id == from_id)
                          .values(family_id=into_id, updated_at=now))
    # the first family's mediator notices go with its profile (below), the outbox rows that send them too
    await session.execute(sa.delete(OutboxRow.__table__).where(OutboxRow.family_id == from_id,
                                                               OutboxRow.kind == NOTICE))
    for model in (OutboxRow, ChatRow, AuditRow):
        table = model.__table__
        await session.execute(sa.update(table).where(table.c.family_id == from_id).values(family_id=into_id))
    for dropped in (MediatorNoticeRow, FamilyNoteRow, InvitationRow, FamilyProfileRow):
        table = dropped.__table__
        await session.execute(sa.delete(table).where(table.c.family_id == from_id))
    await session.execute(sa.delete(FamilyRow.__table__).where(FamilyRow.id == from_id))
    await session.execute(sa.update(FamilyRow.__table__).where(FamilyRow.id == into_id).values(updated_at=now))
    return True
