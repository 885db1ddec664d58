"""The parent's message that a mediator now looks after the family: one outbox row of kind ``handover``
(bot.core.mediation), family-level (no child), due now; the dispatcher sends it like any planned message
(scheduler/compose.py words it). Written in the same transaction as the change of mediator.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.mediation import HANDOVER
from bot.storage.models import ChatRow, OutboxRow

STAGE = "now"


def handover_key(family_id: int, mediator_id: int, item: str, at: datetime) -> str:
    """One message per change: the family, the mediator, taken or moved, and the moment of the change."""
    return f"{HANDOVER}:{family_id}:{mediator_id}:{item}:{at.astimezone(UTC):%Y%m%dT%H%M%S%f}"


async def plan_handover_message(session: AsyncSession, family_id: int, mediator_id: int, item: str, at: datetime,
                                local_day: date) -> bool:
    """Add the row unless the family has no active chat (nobody to tell: an imported family that has not opened
    its invitation yet hears of its mediator from her). True when a row was added."""
    reachable = await session.scalar(sa.select(sa.func.count()).where(ChatRow.family_id == family_id,
                                                                      ChatRow.active.is_(True)))
    if not reachable:
        return False
    outbox = OutboxRow.__table__
    dialect = session.get_bind().dialect.name
    insert = (postgresql.insert(outbox) if dialect == "postgresql" else sqlite.insert(outbox)).values(
        family_id=family_id, child_id=None, kind=HANDOVER, item=item, stage=STAGE, due_at=at.astimezone(UTC),
        local_day=local_day, idempotency_key=handover_key(family_id, mediator_id, item, at), state="pending",
        attempts=0, created_at=at.astimezone(UTC))
    result = await session.execute(insert.on_conflict_do_nothing().returning(outbox.c.id))
    return result.first() is not None
