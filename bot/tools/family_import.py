"""Importing checked roster rows into the database, idempotently.

Rows of one family (same ``family`` label, else same phone) become one family; a family already in the
database (same phone; without a phone: same caregiver nickname and settlement) gets only the children it does
not have yet. A child it has (same duplicate key, see :mod:`bot.core.roster`) is counted as already imported.
New families get their consent recorded as given on paper to their mediator (``consent_method`` "imported")
and a family invitation.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from bot.core.family import Child, Family
from bot.core.invitation_codes import make_invitation
from bot.core.mediation import CONSENT_IMPORTED, FAMILY_INVITATION, AuditEntry, FamilyProfile
from bot.core.onboarding import PRIVACY_NOTICE_VERSION
from bot.core.roster import RosterRow, RowProblem, duplicate_key
from bot.storage.database import Database
from bot.storage.mediators import SqlMediators
from bot.storage.store import SqlStore

ACTOR = "import"
FAMILIES_PER_TRANSACTION = 50  # ~0.1 s of writing on SQLite
PAUSE_BETWEEN_TRANSACTIONS_S = 0.02


class _RollBack(Exception):
    """Ends a dry run's transaction without committing it."""


class ImportRefused(Exception):
    """The whole import is refused before anything is written (the message says why, for the operator)."""


@dataclass(frozen=True)
class NewInvitation:
    family_id: int
    caregiver: str
    rows: tuple[int, ...]
    code: str
    expires_at: datetime


@dataclass
class ImportReport:
    families_created: int = 0
    children_added: int = 0
    already_imported: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    invitations: list[NewInvitation] = field(default_factory=list)


class Importer:
    def __init__(self, now: datetime, today: date, valid_for: timedelta, default_mediator: int | None) -> None:
        self.now, self.today, self.valid_for, self.default_mediator = now, today, valid_for, default_mediator

    async def run(self, database: Database, rows: Sequence[RosterRow], *, dry_run: bool = False) -> ImportReport:
        """Import ``rows``, FAMILIES_PER_TRANSACTION families per short transaction (a dry run rolls each back).

        A long import never holds the database for long: a running bot's turns get in between the chunks
        (SQLite has one writer; a turn that waited 5 s would get "try again in a moment")."""
        report = ImportReport()
        async with database.transaction() as store:
            mediators = await SqlMediators(store.session).active_mediators()
        active = {m.id for m in mediators}
        reachable = {m.id for m in mediators if m.chat_id is not None}  # disabled or not opened: no families
        self._refuse_default(active, reachable)
        groups: dict[str, list[RosterRow]] = {}
        for row in rows:
            groups.setdefault(row.family, []).append(row)
        todo: list[tuple[list[RosterRow], int]] = []
        for group in groups.values():
            mediator_id = group[0].mediator_id or self.default_mediator
            if mediator_id is None or mediator_id not in reachable:
                code = ("missing" if mediator_id is None else
                        "unknown_mediator" if mediator_id not in active else "mediator_not_opened")
                report.problems += [RowProblem(r.row, "mediator", code, str(mediator_id or "")) for r in group]
                continue
            todo.append((group, mediator_id))
        for start in range(0, len(todo), FAMILIES_PER_TRANSACTION):
            if start:
                await asyncio.sleep(PAUSE_BETWEEN_TRANSACTIONS_S)  # the bot's waiting writers go first
            await self._chunk(database, todo[start:start + FAMILIES_PER_TRANSACTION], report, dry_run)
        return report

    def _refuse_default(self, active: set[int], reachable: set[int]) -> None:
        """``--mediator ID`` must name an active mediator who opened her invitation, else nothing is imported."""
        mediator_id = self.default_mediator
        if mediator_id is None or mediator_id in reachable:
            return
        if mediator_id not in active:
            raise ImportRefused(f"mediator {mediator_id} is not an active mediator (see `cavororo mediators list`); "
                                f"nothing imported")
        raise ImportRefused(
            f"mediator {mediator_id} has not opened her invitation yet, so her families could not reach her; "
            f"nothing imported. Send her one (`cavororo mediators invite {mediator_id}`) and import once "
            f"`cavororo mediators list` shows her chat")

    async def _chunk(self, database: Database, chunk: list[tuple[list[RosterRow], int]], report: ImportReport,
                     dry_run: bool) -> None:
        try:
            async with database.transaction() as store:
                mediators = SqlMediators(store.session)
                for group, mediator_id in chunk:
                    await self._family(store, mediators, group, mediator_id, report)
                if dry_run:
                    raise _RollBack
        except _RollBack:
            pass

    async def _family(self, store: SqlStore, mediators: SqlMediators, group: list[RosterRow], mediator_id: int,
                      report: ImportReport) -> None:
        first = group[0]
        profile = await self._existing(mediators, first)
        known: set[tuple[str, ...]] = set()
        if profile is not None:
            known = {duplicate_key(profile.phone, profile.caregiver, profile.settlement, c.birth_date, c.nickname)
                     for c in await store.children(profile.family_id)}
        new = [row for row in group if row.duplicate_key not in known]
        report.already_imported += len(group) - len(new)
        if not new:
            return
        if profile is None:
            profile = await self._create(store, mediators, first, mediator_id, report)
            report.invitations.append(await self._invite(mediators, profile, tuple(r.row for r in new)))
        for row in new:
            await store.add_child(Child(profile.family_id, row.birth_date, row.child_nickname, row.weeks,
                                        enrolled_on=self.today))
        report.children_added += len(new)
        await mediators.audit(AuditEntry(ACTOR, "import_children", self.now, profile.family_id, mediator_id,
                                         f"children:{len(new)}"))

    async def _existing(self, mediators: SqlMediators, row: RosterRow) -> FamilyProfile | None:
        for profile in await mediators.find_profiles(phone=row.phone, settlement=None if row.phone else row.settlement):
            if row.phone or (profile.phone is None and profile.caregiver.casefold() == row.caregiver.casefold()):
                return profile
        return None

    async def _create(self, store: SqlStore, mediators: SqlMediators, row: RosterRow, mediator_id: int,
                      report: ImportReport) -> FamilyProfile:
        family = await store.create_family(Family(consent_at=self.now, consent_by=f"mediator:{mediator_id}",
                                                  notice_version=PRIVACY_NOTICE_VERSION))
        assert family.id is not None
        profile = FamilyProfile(family.id, mediator_id, row.caregiver, row.locale, row.settlement, row.phone,
                                CONSENT_IMPORTED, self.now)
        await mediators.save_profile(profile)
        await mediators.audit(AuditEntry(ACTOR, "import_family", self.now, family.id, mediator_id,
                                         f"{CONSENT_IMPORTED}:{PRIVACY_NOTICE_VERSION}"))
        report.families_created += 1
        return profile

    async def _invite(self, mediators: SqlMediators, profile: FamilyProfile, rows: tuple[int, ...]) -> NewInvitation:
        code, invitation = make_invitation(FAMILY_INVITATION, self.now, self.valid_for, ACTOR,
                                           family_id=profile.family_id)
        await mediators.add_invitation(invitation)
        return NewInvitation(profile.family_id, profile.caregiver, rows, code, invitation.expires_at)
