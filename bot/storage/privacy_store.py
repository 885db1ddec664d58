"""Privacy on one transaction: everything stored about a family (/mydata), erasure (/delete, retention, the
operator) and the questions the retention job asks. See docs/privacy.md for what is kept, and why.

Erasure deletes rows with explicit statements in dependency order instead of trusting ON DELETE CASCADE, so it
works the same on SQLite and PostgreSQL and nothing is forgotten when a foreign key is missing (the audit log's
ids are plain numbers). It then writes one audit row without ids and counts the erasure in ``statistic``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.checkins import CheckinAnswer
from bot.core.mediation import AuditEntry, FamilyProfile, Note
from bot.core.messages import ChannelUser
from bot.core.personal_data import ChatData, CheckbackAnswer, ChildData, Erasure, FamilyData
from bot.core.ports import Store
from bot.storage.models import (
    NOTICE,
    AuditRow,
    ChatRow,
    CheckbackAnswerRow,
    CheckinAnswerRow,
    CheckinStatusRow,
    ChildRow,
    FamilyNoteRow,
    FamilyProfileRow,
    FamilyRow,
    GeneratedFileRow,
    InvitationRow,
    MediatorNoticeRow,
    MediatorRow,
    OutboxRow,
    ProcessedInboundRow,
    StatisticRow,
    TipSeenRow,
    VaccinationRecordRow,
)

FAMILY_ERASED = "family_erased"
CHAT_ERASED = "chat_erased"
HELP_REQUESTED = "help_requested"


class OpenStore(Store, Protocol):
    """What the privacy queries need of the store they run on (bot/storage/store.py's ``SqlStore``, which
    imports this module): the core's reads, the answers kept per child, and its transaction's session."""

    @property
    def session(self) -> AsyncSession: ...

    async def checkin_answers(self, child_id: int) -> list[CheckinAnswer]: ...

    async def checkback_answers(self, child_id: int) -> tuple[CheckbackAnswer, ...]: ...


class SqlPrivacy:
    """The privacy queries on the transaction of a ``SqlStore``."""

    def __init__(self, store: OpenStore) -> None:
        self._store = store
        self._session: AsyncSession = store.session

    # -- /mydata ---------------------------------------------------------------------------------------------

    async def family_data(self, family_id: int) -> FamilyData | None:
        family = await self._store.get_family(family_id)
        if family is None:
            return None
        children = await self._store.children(family_id)
        seen = dict((await self._session.execute(
            sa.select(TipSeenRow.child_id, sa.func.count()).where(TipSeenRow.child_id.in_([c.id for c in children]))
            .group_by(TipSeenRow.child_id))).all())
        kids = [ChildData(c, tuple(await self._store.records(_id(c.id))), int(seen.get(_id(c.id), 0)),
                          tuple(await self._store.checkin_answers(_id(c.id))),
                          await self._store.checkback_answers(_id(c.id)))
                for c in children]
        chats = (await self._session.execute(sa.select(ChatRow.channel, ChatRow.locale, ChatRow.active).where(
            ChatRow.family_id == family_id).order_by(ChatRow.id))).all()
        pending = await self._session.scalar(sa.select(sa.func.count()).where(
            OutboxRow.family_id == family_id, OutboxRow.state == "pending", OutboxRow.kind != NOTICE))
        audit = await self._audit(family_id)
        profile = await self._profile(family_id)
        helps = [e.at for e in audit if e.action == HELP_REQUESTED]
        if profile is not None and profile.help_requested_at is not None and profile.help_requested_at not in helps:
            helps.append(profile.help_requested_at)
        return FamilyData(family, tuple(kids), tuple(ChatData(*chat) for chat in chats), int(pending or 0),
                          profile, await self._notes(family_id), tuple(sorted(helps)), tuple(audit))

    async def _profile(self, family_id: int) -> FamilyProfile | None:
        row = await self._session.get(FamilyProfileRow, family_id)
        if row is None:
            return None
        return FamilyProfile(row.family_id, row.mediator_id, row.caregiver, row.locale, row.settlement, row.phone,
                             row.consent_method, row.enrolled_at, row.help_requested_at)

    async def _notes(self, family_id: int) -> tuple[Note, ...]:
        query = (sa.select(FamilyNoteRow).where(FamilyNoteRow.family_id == family_id)
                 .order_by(FamilyNoteRow.created_at, FamilyNoteRow.id))
        return tuple(Note(r.family_id, r.mediator_id, r.text, r.created_at) for r in await self._session.scalars(query))

    async def _audit(self, family_id: int) -> list[AuditEntry]:
        query = sa.select(AuditRow).where(AuditRow.family_id == family_id).order_by(AuditRow.at, AuditRow.id)
        return [AuditEntry(r.actor, r.action, r.at, r.family_id, r.mediator_id, r.detail)
                for r in await self._session.scalars(query)]

    # -- erasure ---------------------------------------------------------------------------------------------

    async def erase_family(self, family_id: int, erasure: Erasure) -> bool:
        session = self._session
        await session.flush()
        if await session.scalar(sa.select(FamilyRow.id).where(FamilyRow.id == family_id).with_for_update()) is None:
            return False
        child_ids = list(await session.scalars(sa.select(ChildRow.id).where(ChildRow.family_id == family_id)))
        chat_ids = list(await session.scalars(sa.select(ChatRow.id).where(ChatRow.family_id == family_id)))
        kept = set(await session.scalars(sa.select(MediatorRow.chat_id).where(MediatorRow.chat_id.in_(chat_ids))))
        await self._forget_audit(sa.or_(AuditRow.family_id == family_id, *_child_details(child_ids)), chat_ids)
        for model in (MediatorNoticeRow, FamilyNoteRow, InvitationRow, FamilyProfileRow):
            await session.execute(sa.delete(model.__table__).where(model.__table__.c.family_id == family_id))
        await session.execute(sa.delete(OutboxRow.__table__).where(
            sa.or_(OutboxRow.family_id == family_id, OutboxRow.child_id.in_(child_ids))))
        await self._delete_children(child_ids)
        # files made for these chats (a /mydata export) stop being served now; the rest go with their chats
        await session.execute(sa.delete(GeneratedFileRow.__table__).where(GeneratedFileRow.chat_id.in_(kept)))
        if kept:  # a mediator's own chat that was also the family's: it stays hers, unlinked
            await session.execute(sa.update(ChatRow.__table__).where(ChatRow.id.in_(kept))
                                  .values(family_id=None, step="", data={}))
        await self._delete_chats([i for i in chat_ids if i not in kept])
        await session.execute(sa.delete(FamilyRow.__table__).where(FamilyRow.id == family_id))
        await self._record(FAMILY_ERASED, erasure)
        return True

    async def erase_child(self, child_id: int, erasure: Erasure) -> bool:
        """Delete one child and everything recorded about it (the family stays)."""
        await self._session.flush()
        if await self._session.scalar(sa.select(ChildRow.id).where(ChildRow.id == child_id).with_for_update()) is None:
            return False
        await self._forget_audit(sa.or_(*_child_details([child_id])), [])
        await self._session.execute(sa.delete(OutboxRow.__table__).where(OutboxRow.child_id == child_id))
        await self._delete_children([child_id])
        await count(self._session, erasure.day, f"child_erased:{erasure.reason}")
        return True

    async def erase_chat(self, user: ChannelUser, erasure: Erasure) -> bool:
        """Delete a chat that belongs to no family and is no mediator's."""
        await self._session.flush()
        chat_id = await self._session.scalar(sa.select(ChatRow.id).where(
            ChatRow.channel == user.channel, ChatRow.user_id == user.user_id, ChatRow.family_id.is_(None)))
        if chat_id is None:
            return False
        return await self.erase_chat_id(chat_id, erasure)

    async def erase_chat_id(self, chat_id: int, erasure: Erasure) -> bool:
        if await self._session.scalar(sa.select(MediatorRow.id).where(MediatorRow.chat_id == chat_id)) is not None:
            return False
        await self._forget_audit(sa.false(), [chat_id])
        await self._delete_chats([chat_id])
        await self._record(CHAT_ERASED, erasure)
        return True

    async def _forget_audit(self, condition: sa.ColumnElement[bool], chat_ids: Sequence[int]) -> None:
        actors = [f"chat:{chat_id}" for chat_id in chat_ids]
        await self._session.execute(sa.delete(AuditRow.__table__).where(sa.or_(condition, AuditRow.actor.in_(actors))))

    async def _delete_children(self, child_ids: Sequence[int]) -> None:
        for model in (TipSeenRow, VaccinationRecordRow, CheckinAnswerRow, CheckinStatusRow, CheckbackAnswerRow):
            await self._session.execute(sa.delete(model.__table__).where(model.__table__.c.child_id.in_(child_ids)))
        await self._session.execute(sa.delete(ChildRow.__table__).where(ChildRow.id.in_(child_ids)))

    async def _delete_chats(self, chat_ids: Sequence[int]) -> None:
        await self._session.execute(sa.update(InvitationRow.__table__).where(
            InvitationRow.used_by_chat_id.in_(chat_ids)).values(used_by_chat_id=None))
        await self._session.execute(sa.delete(ChatRow.__table__).where(ChatRow.id.in_(chat_ids)))

    async def _record(self, action: str, erasure: Erasure) -> None:
        """The one trace of an erasure: who, when, why; no family, chat or mediator id."""
        await self._session.execute(sa.insert(AuditRow.__table__).values(
            at=erasure.at, actor=erasure.actor, action=action, family_id=None, mediator_id=None,
            detail=erasure.reason))
        await count(self._session, erasure.day, f"{action}:{erasure.reason}")

    # -- retention -------------------------------------------------------------------------------------------

    async def children_born_before(self, born_before: date, limit: int | None) -> list[tuple[int, int]]:
        """(child id, family id) of children born before that day, by id."""
        query = sa.select(ChildRow.id, ChildRow.family_id).where(ChildRow.birth_date < born_before)
        return [(c, f) for c, f in await self._session.execute(query.order_by(ChildRow.id).limit(limit))]

    async def childless(self, family_ids: Sequence[int]) -> list[int]:
        query = sa.select(FamilyRow.id).where(FamilyRow.id.in_(family_ids), ~_has(ChildRow.family_id))
        return list(await self._session.scalars(query.order_by(FamilyRow.id)))

    async def inactive_families(self, cutoff: datetime, limit: int | None) -> list[int]:
        """Families with no sign of life since ``cutoff`` (the definition is in docs/privacy.md, "Retention")."""
        record_since = (sa.select(VaccinationRecordRow.id).join(ChildRow, ChildRow.id == VaccinationRecordRow.child_id)
                        .where(ChildRow.family_id == FamilyRow.id, VaccinationRecordRow.created_at >= cutoff))
        query = sa.select(FamilyRow.id).where(
            FamilyRow.created_at < cutoff, FamilyRow.updated_at < cutoff,
            sa.or_(FamilyRow.consent_at.is_(None), FamilyRow.consent_at < cutoff),
            ~_has(ChatRow.family_id, ChatRow.last_inbound_at >= cutoff),
            ~_has(ChildRow.family_id, ChildRow.updated_at >= cutoff),
            ~_has(FamilyProfileRow.family_id, FamilyProfileRow.updated_at >= cutoff),
            ~_has(FamilyNoteRow.family_id, FamilyNoteRow.created_at >= cutoff),
            ~_has(AuditRow.family_id, AuditRow.at >= cutoff),
            ~_has(OutboxRow.family_id, OutboxRow.answered_at >= cutoff),
            ~sa.exists(record_since))
        return list(await self._session.scalars(query.order_by(FamilyRow.id).limit(limit)))

    async def inactive_lone_chats(self, cutoff: datetime, limit: int | None) -> list[int]:
        """Chats of no family and no mediator that nobody wrote in since ``cutoff``."""
        mediator_chats = sa.select(MediatorRow.chat_id).where(MediatorRow.chat_id.is_not(None))
        query = sa.select(ChatRow.id).where(
            ChatRow.family_id.is_(None), ChatRow.id.not_in(mediator_chats), ChatRow.updated_at < cutoff,
            sa.or_(ChatRow.last_inbound_at.is_(None), ChatRow.last_inbound_at < cutoff))
        return list(await self._session.scalars(query.order_by(ChatRow.id).limit(limit)))

    async def forget_processed_inbound(self, before: datetime) -> int:
        """Drop the dedupe marks of updates handled before ``before``: no platform redelivers that late."""
        result = await self._session.execute(sa.delete(ProcessedInboundRow).where(
            ProcessedInboundRow.processed_at < before))
        return int(getattr(result, "rowcount", 0) or 0)


def _id(value: int | None) -> int:
    assert value is not None
    return value


def _child_details(child_ids: Sequence[int]) -> list[sa.ColumnElement[bool]]:
    """Audit rows whose detail names one of these children ("child:<id>:dose:<dose>")."""
    return [AuditRow.detail.like(f"child:{child_id}:%") for child_id in child_ids]


def _has(family_column: sa.SQLColumnExpression[int | None], *conditions: sa.ColumnElement[bool]) -> sa.Exists:
    return sa.exists().where(family_column == FamilyRow.id, *conditions)


async def count(session: AsyncSession, day: date, name: str, value: int = 1) -> None:
    """Add ``value`` to the day's statistic ``name``."""
    table = StatisticRow.__table__
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    statement = insert(table).values(day=day, name=name, value=value)
    await session.execute(statement.on_conflict_do_update(
        index_elements=["day", "name"], set_={"value": table.c.value + statement.excluded.value}))


async def statistics(session: AsyncSession, since: date | None = None) -> list[tuple[date, str, int]]:
    query = sa.select(StatisticRow.day, StatisticRow.name, StatisticRow.value).order_by(StatisticRow.day,
                                                                                       StatisticRow.name)
    if since is not None:
        query = query.where(StatisticRow.day >= since)
    return [(day, name, int(value)) for day, name, value in await session.execute(query)]
