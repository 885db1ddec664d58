"""The outbox as the dialog sees it: the parent's answers to a reminder (:class:`bot.core.reminders.ReminderStore`),
and when a user last wrote (the start of Viber's free 24-hour window).

A mixin of :class:`bot.storage.store.SqlStore`, on the same session (one transaction with the rest of the turn).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.messages import ChannelUser
from bot.core.reminders import Reminder
from bot.storage.models import ChatRow, OutboxRow, utc_now

_OUTBOX = OutboxRow.__table__
_CHAT = ChatRow.__table__
# Built once (every turn runs it): reused with parameters, it skips SQLAlchemy's construction and cache key.
_NOTE_INBOUND = (
    sa.update(_CHAT)
    .where(_CHAT.c.channel == sa.bindparam("b_channel"), _CHAT.c.user_id == sa.bindparam("b_user_id"))
    .values(last_inbound_at=sa.bindparam("b_at", type_=_CHAT.c.last_inbound_at.type))
)
WAITING = ("pending",)  # rows a "done" answer cancels (a row being sent right now is left to finish)


def reminder_key(child_id: int | None, kind: str, item: str, stage: str, version: int) -> str:
    """The outbox idempotency key, as in the shared contract: ``child:kind:item:stage:version``."""
    return f"{child_id}:{kind}:{item}:{stage}:{version}"


class ReminderAnswers:
    _session: AsyncSession

    def _insert(self, table: sa.Table) -> Any:  # provided by SqlStore
        raise NotImplementedError

    async def reminder(self, reminder_id: int) -> Reminder | None:
        columns = (_OUTBOX.c.id, _OUTBOX.c.family_id, _OUTBOX.c.child_id, _OUTBOX.c.kind, _OUTBOX.c.item,
                   _OUTBOX.c.stage, _OUTBOX.c.state, _OUTBOX.c.answer)
        row = (await self._session.execute(sa.select(*columns).where(_OUTBOX.c.id == reminder_id))).first()
        return None if row is None else Reminder(*row)

    async def answer_reminder(self, reminder_id: int, answer: str, at: datetime) -> None:
        await self._session.execute(
            sa.update(_OUTBOX).where(_OUTBOX.c.id == reminder_id).values(answer=answer, answered_at=at.astimezone(UTC))
        )

    async def cancel_reminders(self, child_id: int, kind: str, item: str) -> int:
        result = await self._session.execute(
            sa.update(_OUTBOX)
            .where(_OUTBOX.c.child_id == child_id, _OUTBOX.c.kind == kind, _OUTBOX.c.item == item,
                   _OUTBOX.c.state.in_(WAITING))
            .values(state="cancelled", last_error="answered_done", lease_until=None)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def add_reminder(self, base: Reminder, stage: str, due_at: datetime, local_day: date) -> bool:
        version = await self._session.scalar(sa.select(_OUTBOX.c.schedule_version).where(_OUTBOX.c.id == base.id))
        insert = (
            self._insert(_OUTBOX)
            .values(
                family_id=base.family_id, child_id=base.child_id, kind=base.kind, item=base.item, stage=stage,
                due_at=due_at.astimezone(UTC), local_day=local_day,
                idempotency_key=reminder_key(base.child_id, base.kind, base.item, stage, version or 1),
                schedule_version=version or 1, state="pending", attempts=0, created_at=utc_now(),
            )
            .on_conflict_do_nothing()
            .returning(_OUTBOX.c.id)
        )
        return (await self._session.execute(insert)).first() is not None

    async def note_inbound(self, user: ChannelUser, at: datetime) -> None:
        """The user wrote at ``at`` (Viber's free 24-hour window starts again); unknown chats are ignored."""
        values = {"b_channel": user.channel, "b_user_id": user.user_id, "b_at": at.astimezone(UTC)}
        await self._session.execute(_NOTE_INBOUND, values)
