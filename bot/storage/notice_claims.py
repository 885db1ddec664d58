"""Claiming mediator notices with a lease, as the dispatcher claims reminders (scheduler/claims.py).

A claim is one short transaction: due notices (not sent, not seen, no live lease, past their backoff) of active
mediators whose chat is reachable on a channel that can send are locked (PostgreSQL ``FOR UPDATE SKIP LOCKED``:
another process skips them; SQLite has one writer) and leased. What became of them is written afterwards:
sent, given up, or back with a ``next_attempt_at``. A process that dies leaves the lease to run out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa

from bot.storage.database import Database
from bot.storage.models import ChatRow, FamilyProfileRow, MediatorNoticeRow, MediatorRow

NOTICE = MediatorNoticeRow


@dataclass(frozen=True)
class ClaimedNotice:
    """A notice to send: to whom (the mediator's chat), what (its kind, the caregiver's nickname), which attempt."""

    id: int
    mediator_id: int
    channel: str
    user_id: str
    locale: str
    kind: str
    caregiver: str
    attempts: int  # this attempt included


def _due(now: datetime, channels: Sequence[str]) -> sa.ColumnElement[bool]:
    return sa.and_(NOTICE.sent_at.is_(None), NOTICE.seen_at.is_(None),
                   sa.or_(NOTICE.lease_until.is_(None), NOTICE.lease_until < now),
                   sa.or_(NOTICE.next_attempt_at.is_(None), NOTICE.next_attempt_at <= now),
                   MediatorRow.active.is_(True), ChatRow.active.is_(True), ChatRow.channel.in_(channels))


async def claim_notices(database: Database, channels: Sequence[str], now: datetime, lease_until: datetime,
                        limit: int) -> list[ClaimedNotice]:
    """Lease up to ``limit`` due notices, oldest first; none is leased by two processes at once."""
    query = (sa.select(NOTICE.id, NOTICE.mediator_id, ChatRow.channel, ChatRow.user_id, ChatRow.locale, NOTICE.kind,
                       FamilyProfileRow.caregiver, NOTICE.attempts)
             .join(MediatorRow, MediatorRow.id == NOTICE.mediator_id)
             .join(ChatRow, ChatRow.id == MediatorRow.chat_id)
             .outerjoin(FamilyProfileRow, FamilyProfileRow.family_id == NOTICE.family_id)
             .where(_due(now, channels)).order_by(NOTICE.id).limit(limit)
             .with_for_update(of=NOTICE, skip_locked=True))
    async with database.transaction() as store:
        rows = list(await store.session.execute(query))
        if not rows:
            return []
        await store.session.execute(sa.update(NOTICE).where(NOTICE.id.in_([r[0] for r in rows]))
                                    .values(lease_until=lease_until, attempts=NOTICE.attempts + 1))
    return [ClaimedNotice(i, mediator, channel, user_id, locale or "sr-Latn", kind, caregiver or "", attempts + 1)
            for i, mediator, channel, user_id, locale, kind, caregiver, attempts in rows]


async def notices_done(database: Database, ids: Sequence[int], at: datetime) -> None:
    """Sent (or given up for good: the chat is gone, or too many attempts): never claimed again."""
    async with database.transaction() as store:
        await store.session.execute(sa.update(NOTICE).where(NOTICE.id.in_(ids))
                                    .values(sent_at=at, lease_until=None))


async def notices_later(database: Database, ids: Sequence[int], not_before: datetime) -> None:
    """A send that failed for now: claimed again from ``not_before`` on (the backoff)."""
    async with database.transaction() as store:
        await store.session.execute(sa.update(NOTICE).where(NOTICE.id.in_(ids))
                                    .values(next_attempt_at=not_before, lease_until=None))
