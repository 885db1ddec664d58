"""The SQL implementation of :class:`bot.core.ports.Store` on one ``AsyncSession`` (one transaction).

Rows never leave this module: every method takes and returns the core's dataclasses. Writes that may repeat
(a vaccination corrected, a tip marked twice, an update delivered twice) are ``INSERT ... ON CONFLICT`` so a
repeat never aborts the transaction.
"""

from __future__ import annotations

import functools
import json
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.family import Chat, Child, Family, VaccinationRecord
from bot.core.messages import ChannelUser
from bot.core.personal_data import Erasure, FamilyData
from bot.storage.checkback_answers import CheckbackAnswers
from bot.storage.checkin_answers import CheckinAnswers
from bot.storage.child_removal import ChildRemovals
from bot.storage.models import (
    ChatRow,
    ChildRow,
    FamilyRow,
    ProcessedInboundRow,
    TipSeenRow,
    VaccinationRecordRow,
    utc_now,
)
from bot.storage.privacy_store import SqlPrivacy
from bot.storage.reminder_answers import ReminderAnswers


class NotFound(LookupError):
    """A save named a row that does not exist (code ``storage_not_found``)."""

    code = "storage_not_found"


class SqlStore(ReminderAnswers, ChildRemovals, CheckinAnswers, CheckbackAnswers):  # + bot.core.reminders.ReminderStore,
    # bot.core.removal.RemovalStore, bot.core.checkin_dialog.CheckinStore, bot.core.checkbacks.CheckbackStore
    def __init__(self, session: AsyncSession) -> None:
        self._session = session
        self._family_ahead: FamilyRow | None = None  # loaded with the last chat, for the get_family that follows

    @property
    def session(self) -> AsyncSession:
        """This transaction's session, for the other repositories of bot.storage that join the transaction."""
        return self._session

    # -- chats -----------------------------------------------------------------------------------------------

    async def get_chat(self, user: ChannelUser) -> Chat | None:
        row = await self._chat_row(user)
        return None if row is None else _chat(row)

    async def save_chat(self, chat: Chat) -> Chat:
        """Insert or update the chat of ``chat.user`` (one row per channel user); returns it with its id."""
        row = await self._session.get(ChatRow, chat.id) if chat.id is not None else None
        if row is None:
            row = await self._chat_row(chat.user)
        if row is None:
            row = ChatRow()
            self._session.add(row)
        row.channel = chat.user.channel
        row.user_id = chat.user.user_id
        row.locale = chat.locale
        row.family_id = chat.family_id
        row.step = chat.step
        row.data = _json_copy(chat.data)  # always a new object: in-place changes would go unnoticed
        row.active = chat.active
        await self._session.flush()
        return _chat(row)

    async def _chat_row(self, user: ChannelUser) -> ChatRow | None:
        """The chat's row; its family's row comes in the same query, for the get_family that follows."""
        found = await self._session.execute(_CHAT_WITH_FAMILY, {"channel": user.channel, "user_id": user.user_id})
        row = found.first()
        if row is None:
            return None
        self._family_ahead = row[1]
        return row[0]

    # -- families --------------------------------------------------------------------------------------------

    async def create_family(self, family: Family) -> Family:
        row = FamilyRow()
        _fill_family(row, family)
        self._session.add(row)
        await self._session.flush()
        return _family(row)

    async def get_family(self, family_id: int) -> Family | None:
        ahead, self._family_ahead = self._family_ahead, None  # a turn reads its chat, then the chat's family
        row = ahead if ahead is not None and ahead.id == family_id else await self._session.get(FamilyRow, family_id)
        return None if row is None else _family(row)

    async def save_family(self, family: Family) -> None:
        row = await self._session.get(FamilyRow, family.id) if family.id is not None else None
        if row is None:
            raise NotFound(f"family {family.id}")
        _fill_family(row, family)
        await self._session.flush()

    # -- children --------------------------------------------------------------------------------------------

    async def children(self, family_id: int) -> list[Child]:
        return [_child(row) for row in await self._session.scalars(_CHILDREN, {"family_id": family_id})]

    async def add_child(self, child: Child) -> Child:
        if child.enrolled_on is None:
            raise ValueError("a child is added with its enrolment day (Child.enrolled_on, from the Clock)")
        row = ChildRow()
        _fill_child(row, child)
        self._session.add(row)
        await self._session.flush()
        return _child(row)

    async def save_child(self, child: Child) -> None:
        row = await self._session.get(ChildRow, child.id) if child.id is not None else None
        if row is None:
            raise NotFound(f"child {child.id}")
        _fill_child(row, child)
        await self._session.flush()

    async def remove_child(self, child_id: int) -> None:
        """Delete the child; its vaccination records and seen tips go with it (ON DELETE CASCADE)."""
        await self._session.execute(sa.delete(ChildRow).where(ChildRow.id == child_id))

    # -- vaccination records and tips ------------------------------------------------------------------------

    async def records(self, child_id: int) -> list[VaccinationRecord]:
        return [VaccinationRecord(*row) for row in await self._session.execute(_RECORDS, {"child_id": child_id})]

    async def add_record(self, record: VaccinationRecord) -> None:
        """Record a dose; recording the same dose again corrects its date and who recorded it."""
        table = VaccinationRecordRow.__table__
        insert = self._insert(table).values(
            child_id=record.child_id,
            dose_id=record.dose_id,
            given_on=record.given_on,
            recorded_by=record.recorded_by,
            date_known=record.date_known,
            created_at=utc_now(),
        )
        update = {"given_on": insert.excluded.given_on, "recorded_by": insert.excluded.recorded_by,
                  "date_known": insert.excluded.date_known, "created_at": insert.excluded.created_at}
        await self._session.execute(
            insert.on_conflict_do_update(index_elements=["child_id", "dose_id"], set_=update)
        )

    async def remove_record(self, child_id: int, dose_id: str) -> bool:
        """Undo a dose recorded by mistake; the child is marked changed so that its reminders are planned again.
        False if there was no such record."""
        table = VaccinationRecordRow.__table__
        removed = await self._session.execute(
            sa.delete(table).where(table.c.child_id == child_id, table.c.dose_id == dose_id))
        if not (removed.rowcount if isinstance(removed, sa.CursorResult) else 0):
            return False
        await self._session.execute(sa.update(ChildRow).where(ChildRow.id == child_id).values(updated_at=utc_now()))
        return True

    async def seen_tips(self, child_id: int) -> set[str]:
        return set(await self._session.scalars(_SEEN_TIPS, {"child_id": child_id}))

    async def mark_tip_seen(self, child_id: int, tip_id: str, at: datetime) -> None:
        """Remember a tip as sent; marking it again keeps the first time."""
        values = {"b_child_id": child_id, "b_tip_id": tip_id, "b_seen_at": _utc(at)}
        await self._session.execute(_mark_tip_seen(self._dialect()), values)

    # -- privacy: /mydata and erasure (bot.storage.privacy_store) -------------------------------------------------

    async def family_data(self, family_id: int) -> FamilyData | None:
        return await SqlPrivacy(self).family_data(family_id)

    async def erase_family(self, family_id: int, erasure: Erasure) -> bool:
        return await SqlPrivacy(self).erase_family(family_id, erasure)

    async def erase_chat(self, user: ChannelUser, erasure: Erasure) -> bool:
        return await SqlPrivacy(self).erase_chat(user, erasure)

    # -- inbound dedupe --------------------------------------------------------------------------------------

    async def claim_inbound(self, channel: str, inbound_id: str) -> bool:
        """True the first time this inbound id is seen on ``channel``; False if it was already processed.

        The claim is part of this transaction: if it rolls back, the update can be processed again.
        """
        values = {"b_channel": channel, "b_inbound_id": inbound_id, "b_processed_at": utc_now()}
        return (await self._session.execute(_claim_inbound(self._dialect()), values)).first() is not None

    def _insert(self, table: sa.Table) -> Any:
        """``INSERT`` with ``ON CONFLICT`` support for the session's dialect."""
        return _insert(self._dialect(), table)

    def _dialect(self) -> str:
        return self._session.get_bind().dialect.name


# Statements of every turn, built once: a statement object reused with parameters skips SQLAlchemy's construction
# and cache key on each call (0.1-0.5 ms of CPU each).
_CHAT_WITH_FAMILY = (
    sa.select(ChatRow, FamilyRow)
    .outerjoin(FamilyRow, FamilyRow.id == ChatRow.family_id)
    .where(ChatRow.channel == sa.bindparam("channel"), ChatRow.user_id == sa.bindparam("user_id"))
)
_CHILDREN = (
    sa.select(ChildRow)
    .where(ChildRow.family_id == sa.bindparam("family_id"))
    .order_by(ChildRow.birth_date, ChildRow.id)
)
_RECORD = VaccinationRecordRow.__table__
_RECORDS = (
    sa.select(_RECORD.c.child_id, _RECORD.c.dose_id, _RECORD.c.given_on, _RECORD.c.recorded_by,
              _RECORD.c.date_known)
    .where(_RECORD.c.child_id == sa.bindparam("child_id"))
    .order_by(_RECORD.c.given_on, _RECORD.c.dose_id)
)
_TIP_SEEN = TipSeenRow.__table__
_SEEN_TIPS = sa.select(_TIP_SEEN.c.tip_id).where(_TIP_SEEN.c.child_id == sa.bindparam("child_id"))
_PROCESSED = ProcessedInboundRow.__table__


def _insert(dialect: str, table: sa.Table) -> Any:
    if dialect == "postgresql":
        return postgresql.insert(table)
    if dialect == "sqlite":
        return sqlite.insert(table)
    raise ValueError(f"unsupported database dialect: {dialect}")


def _params(table: sa.Table, *names: str) -> dict[str, Any]:
    """``column=bindparam("b_column")`` for an INSERT's values (``b_``: SQLAlchemy reserves the column names)."""
    return {name: sa.bindparam(f"b_{name}", type_=table.c[name].type) for name in names}


@functools.cache
def _claim_inbound(dialect: str) -> Any:
    values = _params(_PROCESSED, "channel", "inbound_id", "processed_at")
    return _insert(dialect, _PROCESSED).values(**values).on_conflict_do_nothing().returning(_PROCESSED.c.inbound_id)


@functools.cache
def _mark_tip_seen(dialect: str) -> Any:
    values = _params(_TIP_SEEN, "child_id", "tip_id", "seen_at")
    return _insert(dialect, _TIP_SEEN).values(**values).on_conflict_do_nothing()


def _json_copy(data: dict[str, Any]) -> dict[str, Any]:
    """A deep copy that also proves the value is JSON (raises TypeError otherwise)."""
    return json.loads(json.dumps(data))


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("naive datetime refused: pass an aware datetime (UTC)")
    return moment.astimezone(UTC)


def _chat(row: ChatRow) -> Chat:
    return Chat(
        user=ChannelUser(row.channel, row.user_id),
        locale=row.locale,
        family_id=row.family_id,
        step=row.step,
        data=_json_copy(row.data),
        active=row.active,
        id=row.id,
    )


def _family(row: FamilyRow) -> Family:
    consent_at = None if row.consent_at is None else _utc(row.consent_at)
    paused_until = None if row.reminders_paused_until is None else _utc(row.reminders_paused_until)
    return Family(
        consent_at=consent_at,
        consent_by=row.consent_by,
        notice_version=row.notice_version,
        id=row.id,
        tip_weekday=row.tip_weekday,
        tip_hour=row.tip_hour,
        reminders_paused_until=paused_until,
        reminders_stopped=row.reminders_stopped,
        checkbacks_off=row.checkbacks_off,
        voice_notes=row.voice_notes,
    )


def _fill_family(row: FamilyRow, family: Family) -> None:
    row.consent_at = None if family.consent_at is None else _utc(family.consent_at)
    row.consent_by = family.consent_by
    row.notice_version = family.notice_version
    row.tip_weekday = family.tip_weekday
    row.tip_hour = family.tip_hour
    paused_until = family.reminders_paused_until
    row.reminders_paused_until = None if paused_until is None else _utc(paused_until)
    row.reminders_stopped = family.reminders_stopped
    row.checkbacks_off = family.checkbacks_off
    row.voice_notes = family.voice_notes


def _child(row: ChildRow) -> Child:
    return Child(
        family_id=row.family_id,
        birth_date=row.birth_date,
        nickname=row.nickname,
        gestational_weeks=row.gestational_weeks,
        id=row.id,
        enrolled_on=row.enrolled_on,
        gender=row.gender,
    )


def _fill_child(row: ChildRow, child: Child) -> None:
    row.family_id = child.family_id
    row.birth_date = child.birth_date
    row.nickname = child.nickname
    row.gestational_weeks = child.gestational_weeks
    if child.enrolled_on is not None:  # the enrolment day is written once, when the child is added
        row.enrolled_on = child.enrolled_on
    row.gender = child.gender
