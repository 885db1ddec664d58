"""Claiming due outbox rows with a lease (what became of them is written by ``scheduler/outcomes.py``).

A claim is one short transaction. It picks families with something due, locks their ``family`` rows
(PostgreSQL ``FOR NO KEY UPDATE SKIP LOCKED``: another dispatcher skips a family being claimed, so one family's
rows are never split between two dispatchers; SQLite has one writer at a time and ignores the clause), and turns
every row of those families due by the end of the local day into ``sending`` with ``lease_until``. A process that
dies before recording leaves the rows ``sending``; when the lease ends, the next claim takes them again.

Mediator notices (kind ``notice``, bot/storage/notices.py) are claimed apart, by :meth:`OutboxClaims.claim_notices`:
they go to a mediator's chat, not the family's, so none of the family rules hold them (its daily message, its
pause, Viber's free window for parents). Their rows are locked one by one (PostgreSQL ``FOR UPDATE SKIP LOCKED``),
and all of one mediator's claimed notices go out as one message.

Activity check-backs (kind ``checkback``) are never taken before their time, and a due one makes a family with an
active Viber chat a candidate only inside the free window: otherwise it waits for (and then rides on) the next
message the family gets anyway (scheduler/checkback_planning.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.core.checkins import CheckinStatus
from bot.core.family import Chat, Child, VaccinationRecord
from bot.core.messages import ChannelUser
from bot.storage.database import Database
from bot.storage.models import (
    NOTICE,
    ChatRow,
    CheckinStatusRow,
    ChildRow,
    FamilyProfileRow,
    FamilyRow,
    MediatorRow,
    OutboxRow,
    VaccinationRecordRow,
)
from scheduler.compose import DueItem

OUTBOX = OutboxRow.__table__
FAMILY = FamilyRow.__table__
CHAT = ChatRow.__table__
CHILD = ChildRow.__table__
RECORD = VaccinationRecordRow.__table__
CHECKIN = CheckinStatusRow.__table__
MEDIATOR = MediatorRow.__table__
PROFILE = FamilyProfileRow.__table__
VIBER = "viber"
# activity check-backs: never a paid Viber message on their own (scheduler/checkback_planning.py)
CHECKBACK = "checkback"
# last_error of rows whose last send may or may not have arrived (a timeout): see scheduler/dispatcher.py
UNKNOWN_OUTCOME = "timeout-unknown"


@dataclass
class Claim:
    """The rows of one family claimed together: they go out as one message."""

    family_id: int
    lease_until: datetime
    items: list[DueItem] = field(default_factory=list)
    attempts: int = 0  # the highest attempt count among the rows, this attempt included
    uncertain: bool = False  # an earlier send of some of these rows may have arrived (UNKNOWN_OUTCOME)
    chats: list[Chat] = field(default_factory=list)  # the family's active chats
    children: dict[int, Child] = field(default_factory=dict)
    records: dict[int, list[VaccinationRecord]] = field(default_factory=dict)
    checkins: dict[int, dict[int, CheckinStatus]] = field(default_factory=dict)  # child -> checkpoint -> status
    voice_notes: bool | None = None  # the family's choice about voice recordings (None: the default)


@dataclass
class NoticeClaim:
    """One mediator's claimed notices: they go out as one message to her chat. ``user`` is None when she cannot
    be reached (not active, no active chat): the rows fail ``unreachable``, her work list still counts them."""

    mediator_id: int
    lease_until: datetime
    user: ChannelUser | None
    locale: str | None
    items: list[DueItem] = field(default_factory=list)  # item = the notice's kind
    caregivers: dict[int, str] = field(default_factory=dict)  # row id -> the family's caregiver nickname
    attempts: int = 0  # the highest attempt count among the rows, this attempt included
    uncertain: bool = False  # an earlier send of some of these rows may have arrived (UNKNOWN_OUTCOME)


@dataclass(frozen=True)
class Batch:
    """What one claim took. ``contended``: something was due but all of it was taken or locked by another
    dispatcher at that moment (PostgreSQL), so claiming again shortly may find more."""

    claims: list[Claim]
    contended: bool = False


@dataclass(frozen=True)
class Window:
    """What one claim may take: rows due by ``now``, and each family's rows up to its horizon day."""

    now: datetime
    today: date  # the local day of ``now``
    tomorrow_morning: datetime  # where a row waits when its family already had today's message
    free_until: date  # the horizon for families inside Viber's free 24-hour window
    free_families: frozenset[int] = frozenset()


def _due_notice(now: datetime) -> sa.ColumnElement[bool]:
    pending = sa.and_(OUTBOX.c.state == "pending", OUTBOX.c.due_at <= now,
                      sa.or_(OUTBOX.c.next_attempt_at.is_(None), OUTBOX.c.next_attempt_at <= now))
    expired = sa.and_(OUTBOX.c.state == "sending", OUTBOX.c.lease_until < now)
    return sa.and_(OUTBOX.c.kind == NOTICE, sa.or_(pending, expired))


def _claimable(now: datetime, horizon: date) -> sa.ColumnElement[bool]:
    pending = sa.and_(OUTBOX.c.state == "pending", OUTBOX.c.local_day <= horizon, OUTBOX.c.kind != NOTICE,
                      sa.or_(OUTBOX.c.next_attempt_at.is_(None), OUTBOX.c.next_attempt_at <= now),
                      sa.or_(OUTBOX.c.kind != CHECKBACK, OUTBOX.c.due_at <= now))  # never ahead of its time
    expired = sa.and_(OUTBOX.c.state == "sending", OUTBOX.c.lease_until < now, OUTBOX.c.kind != NOTICE)
    return sa.or_(pending, expired)


class OutboxClaims:
    def __init__(self, database: Database, zone: ZoneInfo, *, scan: int = 4000) -> None:
        self._database = database
        self._zone = zone
        self._scan = scan

    def window(self, now: datetime, *, morning_hour: int, free_days: int,
               free_families: Iterable[int] = ()) -> Window:
        today = now.astimezone(self._zone).date()
        morning = datetime.combine(today + timedelta(days=1), time(morning_hour), tzinfo=self._zone)
        return Window(now, today, morning, today + timedelta(days=free_days), frozenset(free_families))

    async def free_window_families(self, since: datetime) -> set[int]:
        """Families with an active Viber chat whose parent wrote after ``since`` (free session messages)."""
        query = sa.select(CHAT.c.family_id).distinct().where(
            CHAT.c.channel == VIBER, CHAT.c.active.is_(True), CHAT.c.family_id.is_not(None),
            CHAT.c.last_inbound_at >= since)
        async with self._database.engine.connect() as connection:
            return set(await connection.scalars(query))

    async def claim(self, window: Window, lease_until: datetime, limit: int) -> Batch:
        async with self._database.engine.begin() as session:
            candidates, families = await self._lock_families(session, window, limit)
            if not families:
                return Batch([], contended=bool(candidates))
            active = await self._skip_silenced(session, window, families)
            held = await self._already_messaged(session, window, active)
            claims = await self._take(session, window, lease_until, active, held)
            await self._load_context(session, claims)
            return Batch(list(claims.values()), contended=bool(candidates) and not claims)

    async def claim_notices(self, now: datetime, lease_until: datetime, limit: int) -> list[NoticeClaim]:
        """Lease up to ``limit`` due notices, oldest first, grouped by mediator; none is leased by two
        processes at once (rows another claim has locked are skipped)."""
        chat = CHAT.alias("mediator_chat")
        query = (sa.select(OUTBOX.c.id, OUTBOX.c.mediator_id, OUTBOX.c.item, OUTBOX.c.due_at, OUTBOX.c.attempts,
                           OUTBOX.c.last_error, MEDIATOR.c.active.label("mediator_active"), chat.c.channel,
                           chat.c.user_id, chat.c.locale, chat.c.active.label("chat_active"), PROFILE.c.caregiver)
                 .select_from(OUTBOX.outerjoin(MEDIATOR, MEDIATOR.c.id == OUTBOX.c.mediator_id)
                              .outerjoin(chat, chat.c.id == MEDIATOR.c.chat_id)
                              .outerjoin(PROFILE, PROFILE.c.family_id == OUTBOX.c.family_id))
                 .where(_due_notice(now)).order_by(OUTBOX.c.id).limit(limit)
                 .with_for_update(of=OUTBOX, skip_locked=True))
        async with self._database.engine.begin() as session:
            rows = list(await session.execute(query))
            if not rows:
                return []
            await session.execute(sa.update(OUTBOX).where(_among(session, OUTBOX.c.id, [r.id for r in rows]))
                                  .values(state="sending", lease_until=lease_until, attempts=OUTBOX.c.attempts + 1))
        claims: dict[int, NoticeClaim] = {}
        for r in rows:
            reachable = bool(r.mediator_active) and r.channel is not None and bool(r.chat_active)
            user = ChannelUser(r.channel, r.user_id) if reachable else None
            claim = claims.setdefault(r.mediator_id or 0, NoticeClaim(r.mediator_id or 0, lease_until, user, r.locale))
            claim.items.append(DueItem(r.id, None, NOTICE, r.item, "notice", r.due_at))
            claim.caregivers[r.id] = r.caregiver or ""
            claim.attempts = max(claim.attempts, r.attempts + 1)
            claim.uncertain = claim.uncertain or r.last_error == UNKNOWN_OUTCOME
        return list(claims.values())

    async def _lock_families(self, session: AsyncConnection, w: Window,
                             limit: int) -> tuple[list[int], dict[int, tuple[bool, datetime | None]]]:
        """Families with something due (the candidates), and those of them locked for this claim."""
        due = (sa.select(OUTBOX.c.family_id).where(OUTBOX.c.state == "pending", OUTBOX.c.due_at <= w.now,
                                                   sa.or_(OUTBOX.c.next_attempt_at.is_(None),
                                                          OUTBOX.c.next_attempt_at <= w.now),
                                                   OUTBOX.c.kind != NOTICE,
                                                   sa.or_(OUTBOX.c.kind != CHECKBACK, ~_has_viber()))
               .order_by(OUTBOX.c.due_at).limit(self._scan))
        expired = (sa.select(OUTBOX.c.family_id)
                   .where(OUTBOX.c.state == "sending", OUTBOX.c.lease_until < w.now, OUTBOX.c.kind != NOTICE)
                   .limit(self._scan))
        candidates = list(dict.fromkeys([*(await session.scalars(expired)), *(await session.scalars(due))]))
        if w.free_families:
            early = (sa.select(OUTBOX.c.family_id).distinct()
                     .where(_among(session, OUTBOX.c.family_id, sorted(w.free_families)),
                            _claimable(w.now, w.free_until))
                     .limit(self._scan))
            candidates = list(dict.fromkeys([*candidates, *(await session.scalars(early))]))
        if not candidates:
            return [], {}
        locked = (sa.select(FAMILY.c.id, FAMILY.c.reminders_stopped, FAMILY.c.reminders_paused_until)
                  .where(_among(session, FAMILY.c.id, candidates)).order_by(FAMILY.c.id).limit(limit)
                  .with_for_update(skip_locked=True, key_share=True))
        return candidates, {fid: (stopped, paused) for fid, stopped, paused in await session.execute(locked)}

    async def _skip_silenced(self, session: AsyncConnection, w: Window,
                             families: dict[int, tuple[bool, datetime | None]]) -> list[int]:
        """Rows of stopped or paused families that came due are cancelled: a pause skips, it does not delay."""
        reasons: dict[str, list[int]] = defaultdict(list)
        for family_id, (stopped, paused_until) in families.items():
            if stopped:
                reasons["stopped"].append(family_id)
            elif paused_until is not None and paused_until > w.now:
                reasons["paused"].append(family_id)
        for reason, ids in reasons.items():
            await session.execute(
                sa.update(OUTBOX)
                .where(_among(session, OUTBOX.c.family_id, ids), OUTBOX.c.due_at <= w.now, _claimable(w.now, w.today))
                .values(state="cancelled", last_error=reason, lease_until=None))
        silenced = {fid for ids in reasons.values() for fid in ids}
        return [fid for fid in families if fid not in silenced]

    async def _already_messaged(self, session: AsyncConnection, w: Window,
                                families: list[int]) -> set[int]:
        """Families (outside the free window) that got today's message, or are getting it right now: their new
        rows wait for tomorrow."""
        paid = [fid for fid in families if fid not in w.free_families]
        if not paid:
            return set()
        day_start = datetime.combine(w.today, time(0), tzinfo=self._zone)
        sent_today = sa.and_(OUTBOX.c.state == "sent", OUTBOX.c.sent_at >= day_start)
        being_sent = sa.and_(OUTBOX.c.state == "sending", OUTBOX.c.lease_until >= w.now)
        query = sa.select(OUTBOX.c.family_id).distinct().where(
            _among(session, OUTBOX.c.family_id, paid), OUTBOX.c.kind != NOTICE, sa.or_(sent_today, being_sent))
        held = set(await session.scalars(query))
        if held:
            await session.execute(
                sa.update(OUTBOX)
                .where(_among(session, OUTBOX.c.family_id, held), OUTBOX.c.state == "pending",
                       OUTBOX.c.local_day <= w.today, OUTBOX.c.kind != NOTICE)
                .values(next_attempt_at=w.tomorrow_morning))
        return held

    async def _take(self, session: AsyncConnection, w: Window, lease_until: datetime,
                    families: list[int], held: set[int]) -> dict[int, Claim]:
        """Every claimable row of the families, up to each family's horizon, becomes ``sending``."""
        claims: dict[int, Claim] = {}
        groups = ((w.today, [f for f in families if f not in w.free_families]),
                  (w.free_until, [f for f in families if f in w.free_families]))
        for horizon, ids in groups:
            if not ids:
                continue
            claim = (sa.update(OUTBOX)
                     .where(_among(session, OUTBOX.c.family_id, ids), _claimable(w.now, horizon))
                     .values(state="sending", lease_until=lease_until, attempts=OUTBOX.c.attempts + 1)
                     .returning(OUTBOX.c.id, OUTBOX.c.family_id, OUTBOX.c.child_id, OUTBOX.c.kind,
                                OUTBOX.c.item, OUTBOX.c.stage, OUTBOX.c.due_at, OUTBOX.c.attempts,
                                OUTBOX.c.last_error))
            for row in await session.execute(claim):
                entry = claims.setdefault(row.family_id, Claim(row.family_id, lease_until))
                entry.items.append(DueItem(row.id, row.child_id, row.kind, row.item, row.stage, row.due_at))
                entry.attempts = max(entry.attempts, row.attempts)
                entry.uncertain = entry.uncertain or row.last_error == UNKNOWN_OUTCOME
        return claims

    async def _load_context(self, session: AsyncConnection, claims: dict[int, Claim]) -> None:
        ids = sorted(claims)
        if not ids:
            return
        chats = sa.select(CHAT.c.id, CHAT.c.channel, CHAT.c.user_id, CHAT.c.locale, CHAT.c.family_id).where(
            _among(session, CHAT.c.family_id, ids), CHAT.c.active.is_(True)).order_by(CHAT.c.id)
        for row in await session.execute(chats):
            claims[row.family_id].chats.append(
                Chat(ChannelUser(row.channel, row.user_id), locale=row.locale, family_id=row.family_id, id=row.id))
        voice = sa.select(FAMILY.c.id, FAMILY.c.voice_notes).where(_among(session, FAMILY.c.id, ids))
        for family_id, voice_notes in await session.execute(voice):
            claims[family_id].voice_notes = voice_notes
        kids = sa.select(CHILD.c.id, CHILD.c.family_id, CHILD.c.birth_date, CHILD.c.nickname,
                         CHILD.c.gestational_weeks, CHILD.c.enrolled_on, CHILD.c.gender).where(
            _among(session, CHILD.c.family_id, ids))
        for kid in await session.execute(kids):
            claims[kid.family_id].children[kid.id] = Child(kid.family_id, kid.birth_date, kid.nickname,
                                                           kid.gestational_weeks, kid.id,
                                                           enrolled_on=kid.enrolled_on, gender=kid.gender)
        by_child = {child_id: claim for claim in claims.values() for child_id in claim.children}
        if by_child:
            records = sa.select(RECORD.c.child_id, RECORD.c.dose_id, RECORD.c.given_on, RECORD.c.recorded_by).where(
                _among(session, RECORD.c.child_id, sorted(by_child)))
            for record in await session.execute(records):
                by_child[record.child_id].records.setdefault(record.child_id, []).append(VaccinationRecord(*record))
            statuses = sa.select(CHECKIN.c.child_id, CHECKIN.c.months, CHECKIN.c.state, CHECKIN.c.not_before).where(
                _among(session, CHECKIN.c.child_id, sorted(by_child)))
            for status in await session.execute(statuses):
                by_child[status.child_id].checkins.setdefault(status.child_id, {})[status.months] = CheckinStatus(
                    status.months, status.state, status.not_before)


def _has_viber() -> sa.Exists:
    """The outbox row's family has an active Viber chat: a check-back alone would be a paid message there."""
    return sa.exists().where(CHAT.c.family_id == OUTBOX.c.family_id, CHAT.c.channel == VIBER,
                             CHAT.c.active.is_(True))


def _among(connection: AsyncConnection, column: sa.ColumnElement[int], values: Iterable[int]) -> sa.ColumnElement[bool]:
    """``column IN values``; on PostgreSQL ``column = ANY(:array)``, one parameter instead of hundreds (the
    statement is compiled once and cached, whatever the number of values)."""
    if connection.dialect.name == "postgresql":
        return column == sa.any_(sa.bindparam(None, list(values), type_=postgresql.ARRAY(column.type)))
    return column.in_(list(values))

