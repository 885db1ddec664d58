"""Check-back answers (:class:`bot.core.checkbacks.CheckbackStore`): a mixin of :class:`bot.storage.store.SqlStore`,
on the same session (one transaction with the rest of the turn), and the anonymous counts for the lab export.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from bot.core.checkbacks import KIND, CheckbackRow
from bot.core.personal_data import CheckbackAnswer
from bot.storage.models import CheckbackAnswerRow, OutboxRow

_OUTBOX = OutboxRow.__table__
_ANSWER = CheckbackAnswerRow.__table__


class CheckbackAnswers:
    _session: AsyncSession

    def _insert(self, table: sa.Table) -> Any:  # provided by SqlStore
        raise NotImplementedError

    async def checkback_row(self, row_id: int) -> CheckbackRow | None:
        columns = (_OUTBOX.c.id, _OUTBOX.c.family_id, _OUTBOX.c.child_id, _OUTBOX.c.kind, _OUTBOX.c.item,
                   _OUTBOX.c.state, _OUTBOX.c.sent_at)
        row = (await self._session.execute(sa.select(*columns).where(_OUTBOX.c.id == row_id))).first()
        return None if row is None else CheckbackRow(*row)

    async def checkback_answered(self, row_id: int) -> str | None:
        return await self._session.scalar(sa.select(_ANSWER.c.answer).where(_ANSWER.c.outbox_id == row_id))

    async def save_checkback_answer(self, row: CheckbackRow, child_id: int, answer: CheckbackAnswer) -> bool:
        insert = (self._insert(_ANSWER)
                  .values(outbox_id=row.id, child_id=child_id, tip_id=answer.tip_id, answer=answer.answer,
                          answered_at=answer.answered_at.astimezone(UTC), age_days=answer.age_days)
                  .on_conflict_do_nothing().returning(_ANSWER.c.outbox_id))
        # Only here, never in outbox.answer: the reminders' answers there ("not yet" twice) feed the work list.
        return (await self._session.execute(insert)).first() is not None

    async def cancel_checkbacks(self, family_id: int) -> int:
        result = await self._session.execute(
            sa.update(_OUTBOX)
            .where(_OUTBOX.c.family_id == family_id, _OUTBOX.c.kind == KIND, _OUTBOX.c.state == "pending")
            .values(state="cancelled", last_error="checkbacks_off", lease_until=None))
        return int(getattr(result, "rowcount", 0) or 0)

    async def checkback_answers(self, child_id: int) -> tuple[CheckbackAnswer, ...]:
        query = (sa.select(_ANSWER.c.tip_id, _ANSWER.c.answer, _ANSWER.c.answered_at, _ANSWER.c.age_days)
                 .where(_ANSWER.c.child_id == child_id).order_by(_ANSWER.c.answered_at, _ANSWER.c.outbox_id))
        return tuple(CheckbackAnswer(*row) for row in await self._session.execute(query))


async def answer_counts(connection: AsyncConnection | AsyncSession) -> list[tuple[str, str, int]]:
    """(tip id, answer, how many) over every kept answer: no child, family or date (the lab export)."""
    query = (sa.select(_ANSWER.c.tip_id, _ANSWER.c.answer, sa.func.count())
             .group_by(_ANSWER.c.tip_id, _ANSWER.c.answer).order_by(_ANSWER.c.tip_id, _ANSWER.c.answer))
    return [(tip, answer, int(n)) for tip, answer, n in (await connection.execute(query)).all()]
