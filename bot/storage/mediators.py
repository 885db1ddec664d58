"""The mediators' tables on one transaction: :class:`SqlMediators` implements
:class:`bot.core.mediation.MediatorStore` for the dialog and adds what the operators' commands need.

Rows never leave this module: methods take and return the core's dataclasses.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.family import Child, VaccinationRecord
from bot.core.mediation import CONSENT_IN_CHAT, AuditEntry, FamilyFacts, FamilyProfile, Invitation, Mediator, Note
from bot.core.ports import Store
from bot.storage.checkin_answers import act_early_handled, act_early_open
from bot.storage.family_handover import plan_handover_message
from bot.storage.family_merge import merge_family
from bot.storage.models import (
    AuditRow,
    ChatRow,
    ChildRow,
    FamilyNoteRow,
    FamilyProfileRow,
    InvitationRow,
    MediatorNoticeRow,
    MediatorRow,
    OutboxRow,
    VaccinationRecordRow,
)
from bot.storage.notices import notices_seen, write_notice
from bot.storage.store import SqlStore

NOT_YET = "not_yet"


def mediator_store_for(store: Store) -> SqlMediators:
    """The mediators' repository on the same transaction as the dialog's store (the SQL store: nothing else is
    wired with it)."""
    if not isinstance(store, SqlStore):
        raise TypeError(f"the mediators' tables need the SQL store, not {type(store).__name__}")
    return SqlMediators(store.session)


class SqlMediators:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    # -- mediators -------------------------------------------------------------------------------------------

    async def add_mediator(self, name: str) -> Mediator:
        row = MediatorRow(name=name, active=True)
        self._session.add(row)
        await self._session.flush()
        return _mediator(row)

    async def get_mediator(self, mediator_id: int) -> Mediator | None:
        row = await self._session.get(MediatorRow, mediator_id)
        return None if row is None else _mediator(row)

    async def mediator_for_chat(self, chat_id: int) -> Mediator | None:
        query = sa.select(MediatorRow).where(MediatorRow.chat_id == chat_id, MediatorRow.active.is_(True))
        row = await self._session.scalar(query)
        return None if row is None else _mediator(row)

    async def active_mediators(self) -> list[Mediator]:
        return [m for m in await self.mediators() if m.active]

    async def mediators(self) -> list[Mediator]:
        rows = await self._session.scalars(sa.select(MediatorRow).order_by(MediatorRow.id))
        return [_mediator(row) for row in rows]

    async def family_counts(self) -> dict[int, int]:
        query = (sa.select(FamilyProfileRow.mediator_id, sa.func.count())
                 .where(FamilyProfileRow.mediator_id.is_not(None)).group_by(FamilyProfileRow.mediator_id))
        rows = await self._session.execute(query)
        return {mediator_id: count for mediator_id, count in rows if mediator_id is not None}

    async def bind_mediator_chat(self, mediator_id: int, chat_id: int) -> None:
        await self._session.execute(sa.update(MediatorRow).where(MediatorRow.chat_id == chat_id,
                                                                 MediatorRow.id != mediator_id).values(chat_id=None))
        await self._session.execute(sa.update(MediatorRow).where(MediatorRow.id == mediator_id)
                                    .values(chat_id=chat_id))

    async def disable_mediator(self, mediator_id: int, at: datetime, hand_over_to: int | None = None) -> bool:
        """Disable a mediator (her chat stops being a mediator's) and revoke her unused invitations; her
        families go to ``hand_over_to`` if given. False if there is no such active mediator."""
        changed = await self._session.execute(
            sa.update(MediatorRow).where(MediatorRow.id == mediator_id, MediatorRow.active.is_(True))
            .values(active=False, disabled_at=at))
        if _rowcount(changed) != 1:
            return False
        await self.revoke_invitations(mediator_id=mediator_id, at=at)
        if hand_over_to is not None:
            await self._session.execute(sa.update(FamilyProfileRow).where(FamilyProfileRow.mediator_id == mediator_id)
                                        .values(mediator_id=hand_over_to))
        return True

    # -- invitations -----------------------------------------------------------------------------------------

    async def add_invitation(self, invitation: Invitation) -> Invitation:
        row = InvitationRow(
            code_hash=invitation.code_hash, kind=invitation.kind, mediator_id=invitation.mediator_id,
            family_id=invitation.family_id, created_by=invitation.created_by, created_at=invitation.created_at,
            expires_at=invitation.expires_at)
        self._session.add(row)
        await self._session.flush()
        return _invitation(row)

    async def merge_family(self, from_id: int, into_id: int) -> bool:
        return await merge_family(self._session, from_id, into_id)

    async def find_invitation(self, code_hash: str) -> Invitation | None:
        row = await self._session.scalar(sa.select(InvitationRow).where(InvitationRow.code_hash == code_hash))
        return None if row is None else _invitation(row)

    async def use_invitation(self, invitation_id: int, chat_id: int, at: datetime) -> bool:
        result = await self._session.execute(
            sa.update(InvitationRow)
            .where(InvitationRow.id == invitation_id, InvitationRow.used_at.is_(None),
                   InvitationRow.revoked_at.is_(None), InvitationRow.expires_at > at)
            .values(used_at=at, used_by_chat_id=chat_id))
        return _rowcount(result) == 1

    async def revoke_invitations(self, *, family_id: int | None = None, mediator_id: int | None = None,
                                 at: datetime) -> int:
        query = sa.update(InvitationRow).where(InvitationRow.used_at.is_(None), InvitationRow.revoked_at.is_(None))
        if family_id is not None:
            query = query.where(InvitationRow.family_id == family_id)
        elif mediator_id is not None:
            query = query.where(InvitationRow.mediator_id == mediator_id)
        else:
            raise ValueError("revoke_invitations needs a family or a mediator")
        return _rowcount(await self._session.execute(query.values(revoked_at=at)))

    async def family_invitation_opened(self, family_id: int) -> bool:
        query = sa.select(sa.func.count()).where(InvitationRow.family_id == family_id,
                                                 InvitationRow.used_at.is_not(None))
        return bool(await self._session.scalar(query))

    # -- family profiles and facts ---------------------------------------------------------------------------

    async def save_profile(self, profile: FamilyProfile) -> None:
        row = await self._session.get(FamilyProfileRow, profile.family_id)
        if row is None:
            row = FamilyProfileRow(family_id=profile.family_id)
            self._session.add(row)
        row.mediator_id = profile.mediator_id
        row.caregiver = profile.caregiver
        row.locale = profile.locale
        row.settlement = profile.settlement
        row.phone = profile.phone
        row.consent_method = profile.consent_method
        row.enrolled_at = profile.enrolled_at
        row.help_requested_at = profile.help_requested_at
        await self._session.flush()

    async def act_early_handled(self, family_id: int, at: datetime) -> None:
        await act_early_handled(self._session, family_id, at)

    async def profile(self, family_id: int) -> FamilyProfile | None:
        row = await self._session.get(FamilyProfileRow, family_id)
        return None if row is None else _profile(row)

    async def profiles(self, mediator_id: int | None = None) -> list[FamilyProfile]:
        query = sa.select(FamilyProfileRow).order_by(FamilyProfileRow.family_id)
        if mediator_id is not None:
            query = query.where(FamilyProfileRow.mediator_id == mediator_id)
        return [_profile(row) for row in await self._session.scalars(query)]

    async def find_profiles(self, *, phone: str | None, settlement: str | None) -> list[FamilyProfile]:
        """Profiles with this phone; without a phone: the profiles without one in this settlement."""
        query = sa.select(FamilyProfileRow).order_by(FamilyProfileRow.family_id)
        if phone is not None:
            query = query.where(FamilyProfileRow.phone == phone)
        else:
            query = query.where(FamilyProfileRow.phone.is_(None), FamilyProfileRow.settlement == settlement)
        return [_profile(row) for row in await self._session.scalars(query)]

    async def link_requests(self) -> list[FamilyProfile]:
        query = (sa.select(FamilyProfileRow).where(FamilyProfileRow.mediator_id.is_(None),
                                                   FamilyProfileRow.consent_method == CONSENT_IN_CHAT)
                 .order_by(FamilyProfileRow.enrolled_at, FamilyProfileRow.family_id))
        return [_profile(row) for row in await self._session.scalars(query)]

    async def adopt(self, family_id: int, mediator_id: int) -> bool:
        changed = await self._session.execute(
            sa.update(FamilyProfileRow).where(FamilyProfileRow.family_id == family_id,
                                              FamilyProfileRow.mediator_id.is_(None),
                                              FamilyProfileRow.consent_method == CONSENT_IN_CHAT)
            .values(mediator_id=mediator_id))
        return _rowcount(changed) == 1

    async def tell_family_of_mediator(self, family_id: int, mediator_id: int, item: str, at: datetime,
                                      local_day: date) -> None:
        await plan_handover_message(self._session, family_id, mediator_id, item, at, local_day)

    async def caseload(self, mediator_id: int) -> list[FamilyFacts]:
        return await self.facts_of(await self.profiles(mediator_id))

    async def facts(self, family_id: int) -> FamilyFacts | None:
        profile = await self.profile(family_id)
        return None if profile is None else (await self.facts_of([profile]))[0]

    async def facts_of(self, profiles: Sequence[FamilyProfile]) -> list[FamilyFacts]:
        """Children, records, chats and "Not yet" answers of these families, in a handful of queries."""
        ids = [p.family_id for p in profiles]
        if not ids:
            return []
        child_rows = list(await self._session.scalars(
            sa.select(ChildRow).where(ChildRow.family_id.in_(ids)).order_by(ChildRow.birth_date, ChildRow.id)))
        children: dict[int, list[Child]] = {}
        for row in child_rows:
            children.setdefault(row.family_id, []).append(
                Child(row.family_id, row.birth_date, row.nickname, row.gestational_weeks, row.id,
                      enrolled_on=row.enrolled_on, gender=row.gender))
        records = await self._records([row.id for row in child_rows])
        chats: dict[int, list[bool]] = {}
        for family_id, active in await self._session.execute(
                sa.select(ChatRow.family_id, ChatRow.active).where(ChatRow.family_id.in_(ids))):
            if family_id is not None:  # always: the rows are picked by family_id
                chats.setdefault(family_id, []).append(active)
        not_yet = await self._not_yet_twice(ids)
        act_early = await act_early_open(self._session, ids)
        return [FamilyFacts(p, children.get(p.family_id, []), records, chats.get(p.family_id, []),
                            not_yet.get(p.family_id, 0), act_early.get(p.family_id, 0)) for p in profiles]

    async def _records(self, child_ids: list[int]) -> dict[int, list[VaccinationRecord]]:
        table = VaccinationRecordRow.__table__
        query = sa.select(table.c.child_id, table.c.dose_id, table.c.given_on, table.c.recorded_by).where(
            table.c.child_id.in_(child_ids))
        records: dict[int, list[VaccinationRecord]] = {}
        for row in await self._session.execute(query) if child_ids else ():
            records.setdefault(row[0], []).append(VaccinationRecord(*row))
        return records

    async def _not_yet_twice(self, family_ids: list[int]) -> dict[int, int]:
        """Per family: how many reminders (child, kind, item) were answered "Not yet" at least twice."""
        per_item = (sa.select(OutboxRow.family_id).where(OutboxRow.family_id.in_(family_ids),
                                                         OutboxRow.answer == NOT_YET)
                    .group_by(OutboxRow.family_id, OutboxRow.child_id, OutboxRow.kind, OutboxRow.item)
                    .having(sa.func.count() >= 2).subquery())
        query = sa.select(per_item.c.family_id, sa.func.count()).group_by(per_item.c.family_id)
        return {family_id: count for family_id, count in await self._session.execute(query)}

    async def family_of_child(self, child_id: int) -> int | None:
        return await self._session.scalar(sa.select(ChildRow.family_id).where(ChildRow.id == child_id))

    # -- notes, notices, audit -------------------------------------------------------------------------------

    async def add_note(self, note: Note) -> None:
        self._session.add(FamilyNoteRow(family_id=note.family_id, mediator_id=note.mediator_id, text=note.text,
                                        created_at=note.created_at))
        await self._session.flush()

    async def notes(self, family_id: int, limit: int) -> list[Note]:
        query = (sa.select(FamilyNoteRow).where(FamilyNoteRow.family_id == family_id)
                 .order_by(FamilyNoteRow.created_at.desc(), FamilyNoteRow.id.desc()).limit(limit))
        return [Note(r.family_id, r.mediator_id, r.text, r.created_at) for r in await self._session.scalars(query)]

    async def add_notice(self, mediator_id: int, family_id: int | None, kind: str, at: datetime) -> None:
        await write_notice(self._session, mediator_id, family_id, kind, at)

    async def unseen_notices(self, mediator_id: int) -> int:
        query = sa.select(sa.func.count()).where(MediatorNoticeRow.mediator_id == mediator_id,
                                                 MediatorNoticeRow.seen_at.is_(None))
        return int(await self._session.scalar(query) or 0)

    async def mark_notices_seen(self, mediator_id: int, at: datetime) -> None:
        await notices_seen(self._session, mediator_id, at)

    async def audit(self, entry: AuditEntry) -> None:
        self._session.add(AuditRow(at=entry.at, actor=entry.actor, action=entry.action, family_id=entry.family_id,
                                   mediator_id=entry.mediator_id, detail=entry.detail))
        await self._session.flush()

    async def audit_trail(self, family_id: int | None = None) -> list[AuditEntry]:
        query = sa.select(AuditRow).order_by(AuditRow.id)
        if family_id is not None:
            query = query.where(AuditRow.family_id == family_id)
        return [AuditEntry(r.actor, r.action, _utc(r.at), r.family_id, r.mediator_id, r.detail)
                for r in await self._session.scalars(query)]


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


def _mediator(row: MediatorRow) -> Mediator:
    return Mediator(row.id, row.name, row.active, row.chat_id)


def _profile(row: FamilyProfileRow) -> FamilyProfile:
    return FamilyProfile(row.family_id, row.mediator_id, row.caregiver, row.locale, row.settlement, row.phone,
                         row.consent_method, row.enrolled_at, row.help_requested_at)


def _invitation(row: InvitationRow) -> Invitation:
    return Invitation(kind=row.kind, code_hash=row.code_hash, created_at=row.created_at, expires_at=row.expires_at,
                      created_by=row.created_by, mediator_id=row.mediator_id, family_id=row.family_id,
                      used_at=row.used_at, revoked_at=row.revoked_at, id=row.id)


def _rowcount(result: sa.Result[Any]) -> int:
    """The rows an UPDATE changed (SQLAlchemy 2.1 types every ``execute`` as a plain Result)."""
    return result.rowcount if isinstance(result, sa.CursorResult) else 0
