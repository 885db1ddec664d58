"""Writing a mediator notice ("a family needs you"), in the transaction of the turn that causes it.

Two rows: the ``mediator_notice`` her work list counts until she has seen it, and the outbox row of kind
:data:`~bot.storage.models.NOTICE` that sends it to her chat: claimed, retried and held back in quiet hours by the
dispatcher like every other message (scheduler/claims.py, scheduler/dispatcher.py). The outbox row's key is
``notice:<mediator_notice id>``; once she has seen her notices, those not sent yet are cancelled (``seen``).
"""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.storage.models import NOTICE, MediatorNoticeRow, OutboxRow

STAGE = "notice"
SEEN = "seen"  # last_error of a notice cancelled because she saw it in her work list first


def notice_key(notice_id: int) -> str:
    return f"notice:{notice_id}"


async def write_notice(session: AsyncSession, mediator_id: int, family_id: int | None, kind: str,
                       at: datetime) -> None:
    """The notice and its outbox row. A notice about a family goes with the family when it is erased; one about
    no family (a thank-you for an applied Romani proposal) goes with the mediator."""
    notice = MediatorNoticeRow(mediator_id=mediator_id, family_id=family_id, kind=kind, created_at=at)
    session.add(notice)
    await session.flush()
    session.add(OutboxRow(family_id=family_id, mediator_id=mediator_id, kind=NOTICE, item=kind, stage=STAGE,
                          due_at=at, local_day=at.astimezone(UTC).date(), idempotency_key=notice_key(notice.id),
                          created_at=at))
    await session.flush()


async def notices_seen(session: AsyncSession, mediator_id: int, at: datetime) -> None:
    """She opened her work list: her notices are seen, and those not sent yet need not be."""
    await session.execute(sa.update(MediatorNoticeRow).where(
        MediatorNoticeRow.mediator_id == mediator_id, MediatorNoticeRow.seen_at.is_(None)).values(seen_at=at))
    await session.execute(sa.update(OutboxRow).where(
        OutboxRow.mediator_id == mediator_id, OutboxRow.kind == NOTICE, OutboxRow.state == "pending")
        .values(state="cancelled", last_error=SEEN, next_attempt_at=None))
