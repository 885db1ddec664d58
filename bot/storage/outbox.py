"""The outbox as the planner sees it: planned rows in (insert-ignore), obsolete rows out, and what is planned.

An :class:`OutboxRepository` works on one ``AsyncSession`` (one transaction). Rows are written with
``INSERT ... ON CONFLICT (idempotency_key) DO NOTHING``: planning the same thing twice writes nothing.
Cancelling a pending row as obsolete also frees its key (``<key>#<id>``), so the same reminder can be planned
afresh later (a birth date corrected and then put back); sent rows keep their keys for ever.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from bot.core.family import VaccinationRecord
from bot.storage.models import NOTICE, ChatRow, ChildRow, FamilyRow, TipSeenRow, VaccinationRecordRow
from bot.storage.outbox_bulk import (
    ALL_FAMILIES,
    OUTBOX,
    SQLITE_BOOK_DIGEST,
    SQLITE_BOOK_FILL,
    SQLITE_BOOK_SETUP,
    HourSlot,
    StageTarget,
    TipDay,
    hour_parameters,
    insert_ignoring,
    stage_parameters,
    stage_statement,
    tip_parameters,
    tip_statement,
)

REPLANNED = "replanned"  # last_error of a row the planner cancelled because the plan no longer wants it
# Settings for the bulk planning statements (outbox_bulk.py), on the planning connection or transaction:
# - SQLite: a 64 MB page cache instead of the default 2 MB, which would read and write the outbox's index pages
#   again for every few rows of a day (per connection; it counts toward the planner's memory);
# - PostgreSQL: the joins in the order written (the JSON tables' row counts are unknown to the planner, which
#   then prefers scanning every child to a few hundred index lookups), and no JIT compilation (half a second
#   per statement for these long CASE expressions, more than the statements themselves), sorts of a day's
#   candidates in memory rather than on disk, and a commit that does not wait for the disk: a crash can lose
#   only rows the next tick plans again.
PLANNING_SETTINGS = {
    "sqlite": ("PRAGMA cache_size=-65536",),
    "postgresql": (
        "SET LOCAL join_collapse_limit = 1", "SET LOCAL jit = off", "SET LOCAL work_mem = '32MB'",
        "SET LOCAL synchronous_commit = off",
    ),
}


@dataclass(frozen=True)
class PlannedRow:
    family_id: int
    child_id: int | None
    kind: str
    item: str
    stage: str
    due_at: datetime  # aware UTC
    local_day: date
    key: str
    schedule_version: int


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    family_id: int
    child_id: int | None
    kind: str
    item: str
    stage: str
    key: str
    state: str
    answer: str | None
    due_at: datetime
    local_day: date
    schedule_version: int


@dataclass(frozen=True)
class ChildSnapshot:
    """One child and its family's reminder settings, with what is recorded and seen."""

    child_id: int
    family_id: int
    birth_date: date
    gestational_weeks: int | None
    enrolled_on: date  # the local day the child was added
    tip_weekday: int
    tip_hour: int
    paused_until: datetime | None
    stopped: bool
    recorded: frozenset[str]
    seen_tips: frozenset[str]
    records: tuple[VaccinationRecord, ...] = ()  # with their dates (they move the doses after them)


@dataclass(frozen=True)
class FamilyAddress:
    family_id: int
    channel: str | None
    locale: str | None


_ENTRY_COLUMNS = (
    OUTBOX.c.id, OUTBOX.c.family_id, OUTBOX.c.child_id, OUTBOX.c.kind, OUTBOX.c.item, OUTBOX.c.stage,
    OUTBOX.c.idempotency_key, OUTBOX.c.state, OUTBOX.c.answer, OUTBOX.c.due_at, OUTBOX.c.local_day,
    OUTBOX.c.schedule_version,
)


class OutboxRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    @property
    def dialect(self) -> str:
        return self._session.get_bind().dialect.name

    @property
    def session(self) -> AsyncSession:
        """The transaction it works in (``Planner.tick_in`` plans the check-backs in it too)."""
        return self._session

    # -- writing planned rows ---------------------------------------------------------------------------------

    async def insert(self, rows: Sequence[PlannedRow], created_at: datetime) -> int:
        """Insert ``rows``, skipping keys that exist; returns how many were new."""
        if not rows:
            return 0
        values = [
            {
                "family_id": r.family_id, "child_id": r.child_id, "kind": r.kind, "item": r.item,
                "stage": r.stage, "due_at": r.due_at, "local_day": r.local_day, "idempotency_key": r.key,
                "schedule_version": r.schedule_version, "state": "pending", "attempts": 0,
                "created_at": created_at,
            }
            for r in rows
        ]
        statement = insert_ignoring(self.dialect).returning(OUTBOX.c.id)
        result = await self._session.execute(statement, values)
        return len(result.all())

    async def plan_stages(self, targets: Sequence[StageTarget], hours: Sequence[HourSlot], created_at: datetime,
                          part: int = 0, parts: int = 1) -> int:
        """Insert the dose and visit rows of one day for every child they concern (of the families whose id is
        ``part`` modulo ``parts``); returns how many were new."""
        if not targets:
            return 0
        parameters = stage_parameters(self.dialect, targets, part, parts) | hour_parameters(hours)
        parameters["created_at"] = created_at
        return await self._insert_from(stage_statement(self.dialect), parameters)

    async def plan_tips(
        self, slot: TipDay, hours: Sequence[HourSlot], created_at: datetime, part: int = 0, parts: int = 1,
        families: tuple[int, int] = ALL_FAMILIES,
    ) -> int:
        """Insert the weekly tips of one day (of the families whose id is ``part`` modulo ``parts``, ids from
        ``families[0]`` through ``families[1]``); returns how many were new."""
        if not slot.book.size:
            return 0
        parameters = (tip_parameters(slot, part, parts, families) | hour_parameters(hours)
                      | {"created_at": created_at})
        if self.dialect == "sqlite":
            await self._sqlite_book(slot)
            del parameters["book"]
        return await self._insert_from(tip_statement(self.dialect), parameters)

    async def _sqlite_book(self, slot: TipDay) -> None:
        """This connection's ``temp.tip_book`` holds ``slot``'s book (filled only when it holds another one)."""
        for statement in SQLITE_BOOK_SETUP:
            await self._session.execute(sa.text(statement))
        if await self._session.scalar(sa.text(SQLITE_BOOK_DIGEST)) == slot.book.digest:
            return
        for statement in SQLITE_BOOK_FILL:
            await self._session.execute(sa.text(statement), {"book": slot.book.document, "digest": slot.book.digest})

    async def _insert_from(self, statement: sa.Insert, parameters: dict[str, object]) -> int:
        for setting in PLANNING_SETTINGS.get(self.dialect, ()):
            await self._session.execute(sa.text(setting))
        result = await self._session.execute(statement, parameters)
        return int(getattr(result, "rowcount", 0) or 0)

    # -- cancelling -------------------------------------------------------------------------------------------

    async def cancel(self, ids: Iterable[int], reason: str = REPLANNED) -> int:
        """Cancel these rows if they are still pending, freeing their keys; returns how many."""
        wanted = sorted(set(ids))
        if not wanted:
            return 0
        return await self._cancel_where(OUTBOX.c.id.in_(wanted), reason)

    async def cancel_stale(self, current: Iterable[tuple[str, str, int]], kinds: Sequence[str]) -> int:
        """Cancel pending planner rows of ``kinds`` whose (kind, item, schedule_version) is not in ``current``:
        the rows of schedule items that were edited or removed since they were planned.

        First the few distinct versions among the pending rows (one pass), then an update only for the stale
        ones: an unchanged schedule costs one read."""
        planned = sa.and_(
            OUTBOX.c.state == "pending", OUTBOX.c.kind.in_(kinds),
            sa.or_(OUTBOX.c.stage.in_(("before", "on", "weekly")), OUTBOX.c.stage.like("followup-%")),
        )
        versions = sa.select(OUTBOX.c.kind, OUTBOX.c.item, OUTBOX.c.schedule_version).where(planned).distinct()
        if self.dialect == "postgresql":  # a hash of the ~150 versions, never a sort of every pending row
            await self._session.execute(sa.text("SET LOCAL enable_sort = off"))
        stale = set(map(tuple, await self._session.execute(versions))) - set(current)
        if not stale:
            return 0
        version = sa.tuple_(OUTBOX.c.kind, OUTBOX.c.item, OUTBOX.c.schedule_version)
        return await self._cancel_where(sa.and_(planned, version.in_(sorted(stale))), REPLANNED)

    async def _cancel_where(self, condition: sa.ColumnElement[bool], reason: str) -> int:
        freed_key = OUTBOX.c.idempotency_key + "#" + sa.cast(OUTBOX.c.id, sa.String)
        statement = (
            sa.update(OUTBOX)
            .where(condition, OUTBOX.c.state == "pending")
            .values(state="cancelled", last_error=reason, idempotency_key=freed_key, lease_until=None)
        )
        result = await self._session.execute(statement)
        return int(getattr(result, "rowcount", 0) or 0)

    # -- reading ----------------------------------------------------------------------------------------------

    async def child_rows(self, child_id: int) -> list[OutboxEntry]:
        query = sa.select(*_ENTRY_COLUMNS).where(OUTBOX.c.child_id == child_id).order_by(OUTBOX.c.due_at, OUTBOX.c.id)
        return [OutboxEntry(*tuple(row)) for row in await self._session.execute(query)]

    async def day_rows(self, day: date, states: Sequence[str] = ("pending",)) -> list[OutboxEntry]:
        """Rows of local day ``day`` in ``states`` (mediator notices aside), by family, send time and id."""
        query = (
            sa.select(*_ENTRY_COLUMNS)
            .where(OUTBOX.c.local_day == day, OUTBOX.c.state.in_(states), OUTBOX.c.kind != NOTICE)
            .order_by(OUTBOX.c.family_id, OUTBOX.c.due_at, OUTBOX.c.id)
        )
        return [OutboxEntry(*tuple(row)) for row in await self._session.execute(query)]

    async def snapshot(self, child_id: int) -> ChildSnapshot | None:
        """The child with its family's settings, records and seen tips; None when it is gone."""
        query = (
            sa.select(
                ChildRow.id, ChildRow.family_id, ChildRow.birth_date, ChildRow.gestational_weeks,
                ChildRow.enrolled_on, FamilyRow.tip_weekday, FamilyRow.tip_hour,
                FamilyRow.reminders_paused_until, FamilyRow.reminders_stopped,
            )
            .join(FamilyRow, FamilyRow.id == ChildRow.family_id)
            .where(ChildRow.id == child_id)
        )
        row = (await self._session.execute(query)).first()
        if row is None:
            return None
        record, seen = VaccinationRecordRow, TipSeenRow
        records = tuple(VaccinationRecord(child_id, *found) for found in await self._session.execute(
            sa.select(record.dose_id, record.given_on, record.recorded_by, record.date_known)
            .where(record.child_id == child_id)))
        seen_tips = await self._session.scalars(sa.select(seen.tip_id).where(seen.child_id == child_id))
        return ChildSnapshot(*row, recorded=frozenset(r.dose_id for r in records), seen_tips=frozenset(seen_tips),
                             records=records)

    async def changed_children(self, since: datetime) -> dict[int, datetime]:
        """Children added or changed after ``since``, of families changed then, or with a new record: each
        with the time of its latest such change."""
        changes = sa.union_all(
            sa.select(ChildRow.id.label("child_id"), ChildRow.updated_at.label("at"))
            .where(ChildRow.updated_at > since),
            sa.select(ChildRow.id, FamilyRow.updated_at).join(FamilyRow, FamilyRow.id == ChildRow.family_id)
            .where(FamilyRow.updated_at > since),
            sa.select(VaccinationRecordRow.child_id, VaccinationRecordRow.created_at)
            .where(VaccinationRecordRow.created_at > since),
        ).subquery()
        query = sa.select(changes.c.child_id, sa.func.max(changes.c.at)).group_by(changes.c.child_id)
        found = {}
        for child_id, at in await self._session.execute(query):
            found[child_id] = at if isinstance(at, datetime) else _parse_moment(at)
        return found

    async def family_id_range(self) -> tuple[int, int] | None:
        """The lowest and highest family id, or None when there is no family (planning's chunks)."""
        low, high = (await self._session.execute(sa.select(sa.func.min(FamilyRow.id), sa.func.max(FamilyRow.id)))).one()
        return None if low is None else (int(low), int(high))

    async def newest_created_at(self) -> datetime | None:
        """When the newest outbox row was written (the last time anything was planned), if any."""
        query = sa.select(OUTBOX.c.created_at).order_by(OUTBOX.c.id.desc()).limit(1)
        return await self._session.scalar(query)

    async def addresses(self, family_ids: Iterable[int]) -> dict[int, FamilyAddress]:
        """Each family's channel and language, from its first active chat (None when it has none)."""
        wanted = sorted(set(family_ids))
        found = {family_id: FamilyAddress(family_id, None, None) for family_id in wanted}
        if not wanted:
            return found
        query = (
            sa.select(ChatRow.family_id, ChatRow.channel, ChatRow.locale)
            .where(ChatRow.family_id.in_(wanted), ChatRow.active)
            .order_by(ChatRow.family_id, ChatRow.id.desc())
        )
        for family_id, channel, locale in await self._session.execute(query):
            if family_id is not None:  # always: the rows are picked by family_id
                found[family_id] = FamilyAddress(family_id, channel, locale)
        return found

    async def child_family(self, child_id: int) -> int | None:
        return await self._session.scalar(sa.select(ChildRow.family_id).where(ChildRow.id == child_id))


def _parse_moment(value: object) -> datetime:
    """A timestamp that came back as text (SQLite loses the column type through max() of a UNION)."""
    moment = datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
