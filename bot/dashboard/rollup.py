"""The dashboard's daily rollup: every count the panels show, pre-aggregated into ``dashboard_rollup``.

:func:`rebuild` recounts everything from the bot's tables in one transaction (GROUP BY in SQL; Python only sees
the groups) and replaces the table's rows, so readers see the old counts until the new ones are complete. It runs
once a day from the scheduler (:class:`DailyRollup`) and on demand (``cavororo dashboard-rollup``). The panels
(:mod:`bot.dashboard.aggregates`) then read a few hundred rows, fast at any size.

Each row is a count by ``measure``, ``day``, ``settlement`` ("" when the family has no profile), ``mediator_id``
(0: none) and up to three labels ``a``, ``b``, ``c``. Never an id of a family, child or chat, never a name, phone,
birth date or nickname. Measures (``day`` = the day of the event unless it says snapshot, then the rebuild's day):

- ``enrolled_families`` / ``enrolled_children``: a = channel, b = language, c = "mediator" | "self"; the day of
  the family's first child (``child.enrolled_on``) / of the child;
- ``status`` (snapshot): a = active | paused | stopped | unreachable;
- ``coverage`` (snapshot): a = dose id, b = birth year, c = "eligible" (window closed) | "recorded";
- ``overdue`` (snapshot): a = dose id: window closed, no record (the doses the work list counts);
- ``recorded`` (snapshot): a = "children" | "with_record";
- ``reminders``: a = kind, b = state, c = answer ("" none), day = the outbox row's local day;
- ``failed``: a = kind, b = error code; ``checkup``: a = visit id, b = state, c = answer;
- ``tip``: a = tip id, b = state, c = answer; ``tip_seen``: a = tip id, day = the UTC day it was seen;
- ``viber``: a = "free" | "paid" (sent within 24 h after the parent's last message: free);
- ``caseload`` (snapshot): a = "families" | "children" | "work_list";
- ``languages`` (snapshot): active chats, a = language, b = channel;
- ``checkin_answer``: milestone check-in answers, a = checkpoint months, b = yes | not_yet | not_sure, day = the
  day answered (re-checks included); ``checkin_children``: children with at least one answer, a = checkpoint
  months, day = the child's first answer at that checkpoint (so each child counts once per checkpoint);
- ``act_early``: children's check-ins, a = checkpoint months, b = "found" (an act-early sign; day = the last
  answer at that checkpoint) | "told" (the parent agreed to tell the mediator; the UTC day of it) | "handled"
  (the mediator marked it handled; the UTC day of it);
- ``checkback``: activity check-back answers, a = tip id, b = yes | not_yet | hard, day = the UTC day answered;
  ``checkback_asked``: check-back questions sent, a = tip id, day = the outbox row's local day.

More measures plug in through :data:`MEASURES`.
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.core.checkbacks import KIND as CHECKBACK
from bot.core.library import Dose
from bot.core.ports import Clock
from bot.core.worklist import assess
from bot.storage import Database, make_engine
from bot.storage.mediators import SqlMediators
from bot.storage.models import (
    NOTICE,
    ChatRow,
    CheckbackAnswerRow,
    CheckinAnswerRow,
    CheckinStatusRow,
    ChildRow,
    DashboardRollupRow,
    FamilyProfileRow,
    FamilyRow,
    MediatorRow,
    OutboxRow,
    TipSeenRow,
    VaccinationRecordRow,
)

log = logging.getLogger(__name__)

ROLLUP = DashboardRollupRow.__table__
REFRESHED = "_refreshed"  # the measure that says when the rollup was rebuilt (a = the instant, ISO)
MATERNITY = "porodiliste"  # doses given in the maternity ward: never overdue (their records are on the papers)
FREE_WINDOW_S = 24 * 3600  # Viber: messages within 24 h after the parent wrote are free

Row = tuple[str, date, str, int, str, str, str, int]  # measure, day, settlement, mediator_id, a, b, c, value


class Context:
    """What one rebuild knows: its day and instant, the dose list, and the connection it counts on."""

    def __init__(self, connection: AsyncConnection, today: date, now: datetime, doses: Sequence[Dose]) -> None:
        self.connection = connection
        self.today = today
        self.now = now
        self.doses = tuple(doses)

    @property
    def dialect(self) -> str:
        return self.connection.dialect.name


Measure = Callable[[Context], Awaitable[Iterable[Row]]]


def _families() -> sa.Subquery:
    """Every family with its settlement ("" without a profile) and mediator id (0: none), and whether a mediator
    (or an import) enrolled it."""
    return (sa.select(FamilyRow.id.label("family_id"),
                      sa.func.coalesce(FamilyProfileRow.settlement, "").label("settlement"),
                      sa.func.coalesce(FamilyProfileRow.mediator_id, 0).label("mediator_id"),
                      sa.case((FamilyProfileRow.family_id.is_(None), "self"), else_="mediator").label("by"),
                      FamilyProfileRow.locale.label("profile_locale"))
            .select_from(FamilyRow).outerjoin(FamilyProfileRow, FamilyProfileRow.family_id == FamilyRow.id)
            .subquery("fam"))


def _first_chats() -> sa.Subquery:
    """Per family, its first chat's channel and language."""
    first = (sa.select(ChatRow.family_id, sa.func.min(ChatRow.id).label("chat_id"))
             .where(ChatRow.family_id.is_not(None)).group_by(ChatRow.family_id).subquery("first_chat"))
    return (sa.select(first.c.family_id, ChatRow.channel, ChatRow.locale)
            .select_from(first).join(ChatRow, ChatRow.id == first.c.chat_id).subquery("fchat"))


def _as_date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _utc_day(column: Any, dialect: str) -> Any:
    """The UTC day of a stored instant, as a date (PostgreSQL) or 'YYYY-MM-DD' (SQLite)."""
    if dialect == "postgresql":
        return sa.cast(sa.func.timezone("UTC", column), sa.Date)
    return sa.func.date(column)


def _seconds_between(later: Any, earlier: Any, dialect: str) -> Any:
    if dialect == "postgresql":
        return sa.extract("epoch", later - earlier)
    return (sa.func.julianday(later) - sa.func.julianday(earlier)) * 86400.0


async def _enrolled(ctx: Context) -> list[Row]:
    fam, fchat = _families(), _first_chats()
    channel = sa.func.coalesce(fchat.c.channel, "")  # "": no chat (yet)
    locale = sa.func.coalesce(fchat.c.locale, fam.c.profile_locale, "")
    first_day = (sa.select(ChildRow.family_id, sa.func.min(ChildRow.enrolled_on).label("day"))
                 .group_by(ChildRow.family_id).subquery("first_day"))
    rows: list[Row] = []
    for measure, source, day, counted in (
            ("enrolled_families", first_day, first_day.c.day, first_day.c.family_id),
            ("enrolled_children", ChildRow.__table__, ChildRow.enrolled_on, ChildRow.id)):
        family_column = source.c.family_id
        query = (sa.select(day, fam.c.settlement, fam.c.mediator_id, channel, locale, fam.c.by,
                           sa.func.count(counted))
                 .select_from(source).join(fam, fam.c.family_id == family_column)
                 .outerjoin(fchat, fchat.c.family_id == family_column)
                 .group_by(day, fam.c.settlement, fam.c.mediator_id, channel, locale, fam.c.by))
        rows += [(measure, _as_date(d), s, m, a, b, c, n) for d, s, m, a, b, c, n in
                 await ctx.connection.execute(query)]
    return rows


async def _status(ctx: Context) -> list[Row]:
    fam = _families()
    chats = (sa.select(ChatRow.family_id, sa.func.max(sa.case((ChatRow.active, 1), else_=0)).label("any_active"))
             .where(ChatRow.family_id.is_not(None)).group_by(ChatRow.family_id).subquery("chats"))
    status = sa.case(
        (FamilyRow.reminders_stopped, "stopped"),
        (chats.c.any_active == 0, "unreachable"),
        (FamilyRow.reminders_paused_until > ctx.now, "paused"),
        else_="active")
    query = (sa.select(fam.c.settlement, fam.c.mediator_id, status, sa.func.count())
             .select_from(FamilyRow).join(fam, fam.c.family_id == FamilyRow.id)
             .outerjoin(chats, chats.c.family_id == FamilyRow.id)
             .group_by(fam.c.settlement, fam.c.mediator_id, status))
    return [("status", ctx.today, s, m, a, "", "", n) for s, m, a, n in await ctx.connection.execute(query)]


async def _coverage(ctx: Context) -> list[Row]:
    """Per dose whose window has closed for the child: children counted (eligible) and recorded, by birth year."""
    if not ctx.doses:
        return []
    fam = _families()
    doses = sa.union_all(*(
        sa.select(sa.literal(dose.id, sa.String).label("dose_id"),
                  sa.literal(ctx.today - timedelta(days=dose.latest_days + 1), sa.Date).label("closed"))
        for dose in ctx.doses)).subquery("doses")
    record = VaccinationRecordRow.__table__
    year = sa.extract("year", ChildRow.birth_date)
    query = (sa.select(doses.c.dose_id, year, fam.c.settlement, fam.c.mediator_id, sa.func.count(),
                       sa.func.count(record.c.id))
             .select_from(ChildRow)
             .join(doses, ChildRow.birth_date <= doses.c.closed)
             .join(fam, fam.c.family_id == ChildRow.family_id)
             .outerjoin(record, sa.and_(record.c.child_id == ChildRow.id, record.c.dose_id == doses.c.dose_id))
             .group_by(doses.c.dose_id, year, fam.c.settlement, fam.c.mediator_id))
    counted = {dose.id for dose in ctx.doses if dose.verified and dose.place != MATERNITY}
    rows: list[Row] = []
    overdue: dict[tuple[str, int, str], int] = defaultdict(int)
    for dose_id, birth_year, settlement, mediator_id, eligible, recorded in await ctx.connection.execute(query):
        cohort = str(int(birth_year))
        rows.append(("coverage", ctx.today, settlement, mediator_id, dose_id, cohort, "eligible", eligible))
        rows.append(("coverage", ctx.today, settlement, mediator_id, dose_id, cohort, "recorded", recorded))
        if dose_id in counted and eligible > recorded:
            overdue[(settlement, mediator_id, dose_id)] += eligible - recorded
    rows += [("overdue", ctx.today, s, m, d, "", "", n) for (s, m, d), n in overdue.items()]
    return rows


async def _recorded(ctx: Context) -> list[Row]:
    fam = _families()
    with_record = sa.select(VaccinationRecordRow.child_id).distinct().subquery("with_record")
    query = (sa.select(fam.c.settlement, fam.c.mediator_id, sa.func.count(), sa.func.count(with_record.c.child_id))
             .select_from(ChildRow).join(fam, fam.c.family_id == ChildRow.family_id)
             .outerjoin(with_record, with_record.c.child_id == ChildRow.id)
             .group_by(fam.c.settlement, fam.c.mediator_id))
    rows: list[Row] = []
    for settlement, mediator_id, children, recorded in await ctx.connection.execute(query):
        rows.append(("recorded", ctx.today, settlement, mediator_id, "children", "", "", children))
        rows.append(("recorded", ctx.today, settlement, mediator_id, "with_record", "", "", recorded))
    return rows


async def _outbox(ctx: Context) -> list[Row]:
    fam = _families()
    answer = sa.func.coalesce(OutboxRow.answer, "")
    error = sa.func.coalesce(OutboxRow.last_error, "unknown")
    rows: list[Row] = []
    for measure, a, b, c, where in (
            ("reminders", OutboxRow.kind, OutboxRow.state, answer, sa.true()),
            ("failed", OutboxRow.kind, error, sa.literal(""), OutboxRow.state == "failed"),
            ("checkup", OutboxRow.item, OutboxRow.state, answer, OutboxRow.kind == "checkup"),
            ("tip", OutboxRow.item, OutboxRow.state, answer, OutboxRow.kind == "tip")):
        query = (sa.select(OutboxRow.local_day, fam.c.settlement, fam.c.mediator_id, a, b, c, sa.func.count())
                 .select_from(OutboxRow).join(fam, fam.c.family_id == OutboxRow.family_id)
                 .where(where, OutboxRow.kind != NOTICE)  # mediator notices are not reminders
                 .group_by(OutboxRow.local_day, fam.c.settlement, fam.c.mediator_id, a, b, c))
        rows += [(measure, _as_date(d), s, m, x, y, z, n) for d, s, m, x, y, z, n in
                 await ctx.connection.execute(query)]
    return rows


async def _tips_seen(ctx: Context) -> list[Row]:
    fam = _families()
    day = _utc_day(TipSeenRow.seen_at, ctx.dialect)
    query = (sa.select(day, fam.c.settlement, fam.c.mediator_id, TipSeenRow.tip_id, sa.func.count())
             .select_from(TipSeenRow).join(ChildRow, ChildRow.id == TipSeenRow.child_id)
             .join(fam, fam.c.family_id == ChildRow.family_id)
             .group_by(day, fam.c.settlement, fam.c.mediator_id, TipSeenRow.tip_id))
    return [("tip_seen", _as_date(d), s, m, t, "", "", n) for d, s, m, t, n in await ctx.connection.execute(query)]


async def _viber(ctx: Context) -> list[Row]:
    fam = _families()
    viber = sa.and_(ChatRow.family_id == OutboxRow.family_id, ChatRow.channel == "viber")
    free_chat = sa.exists().where(viber, ChatRow.last_inbound_at.is_not(None),
                                  ChatRow.last_inbound_at <= OutboxRow.sent_at,
                                  _seconds_between(OutboxRow.sent_at, ChatRow.last_inbound_at, ctx.dialect)
                                  < FREE_WINDOW_S)
    kind = sa.case((free_chat, "free"), else_="paid")
    query = (sa.select(OutboxRow.local_day, fam.c.settlement, fam.c.mediator_id, kind, sa.func.count())
             .select_from(OutboxRow).join(fam, fam.c.family_id == OutboxRow.family_id)
             .where(OutboxRow.state == "sent", OutboxRow.sent_at.is_not(None), sa.exists().where(viber))
             .group_by(OutboxRow.local_day, fam.c.settlement, fam.c.mediator_id, kind))
    return [("viber", _as_date(d), s, m, a, "", "", n) for d, s, m, a, n in await ctx.connection.execute(query)]


async def _caseload(ctx: Context) -> list[Row]:
    """Families and children per mediator (by SQL), and the size of her work list (the work list's own rules,
    applied to her families only: a mediator's caseload is a few hundred families at most)."""
    profile = FamilyProfileRow.__table__
    children = (sa.select(ChildRow.family_id, sa.func.count().label("n")).group_by(ChildRow.family_id)
                .subquery("children"))
    query = (sa.select(profile.c.settlement, profile.c.mediator_id, sa.func.count(),
                       sa.func.coalesce(sa.func.sum(children.c.n), 0))
             .select_from(profile).outerjoin(children, children.c.family_id == profile.c.family_id)
             .where(profile.c.mediator_id.is_not(None))
             .group_by(profile.c.settlement, profile.c.mediator_id))
    rows: list[Row] = []
    for settlement, mediator_id, families, kids in await ctx.connection.execute(query):
        rows.append(("caseload", ctx.today, settlement, mediator_id, "families", "", "", families))
        rows.append(("caseload", ctx.today, settlement, mediator_id, "children", "", "", int(kids)))
    return rows


async def _work_lists(ctx: Context, database: Database) -> list[Row]:
    work: dict[tuple[str, int], int] = defaultdict(int)
    async with database.transaction(wait_s=None) as store:
        mediators = SqlMediators(store.session)
        ids = list(await store.session.scalars(sa.select(MediatorRow.id).order_by(MediatorRow.id)))
        for mediator_id in ids:
            for facts in await mediators.caseload(mediator_id):
                if assess(facts, ctx.today, ctx.now, ctx.doses).reasons:
                    work[(facts.profile.settlement, mediator_id)] += 1
    return [("caseload", ctx.today, s, m, "work_list", "", "", n) for (s, m), n in work.items()]


async def _languages(ctx: Context) -> list[Row]:
    fam = _families()
    settlement = sa.func.coalesce(fam.c.settlement, "")
    mediator = sa.func.coalesce(fam.c.mediator_id, 0)
    locale = sa.func.coalesce(ChatRow.locale, "")
    query = (sa.select(settlement, mediator, locale, ChatRow.channel, sa.func.count())
             .select_from(ChatRow).outerjoin(fam, fam.c.family_id == ChatRow.family_id)
             .outerjoin(MediatorRow, MediatorRow.chat_id == ChatRow.id)
             .where(ChatRow.active, MediatorRow.id.is_(None))  # parents' chats, not the mediators' own
             .group_by(settlement, mediator, locale, ChatRow.channel))
    return [("languages", ctx.today, s, m, a, b, "", n) for s, m, a, b, n in await ctx.connection.execute(query)]


async def _checkins(ctx: Context) -> list[Row]:
    """Milestone check-ins (issue 19): answers by checkpoint and answer, children who answered, act-early signs
    and what became of them. Counts only: the questions and the children stay in their tables."""
    fam = _families()
    answer = CheckinAnswerRow.__table__
    rows: list[Row] = []
    query = (sa.select(answer.c.answered_on, fam.c.settlement, fam.c.mediator_id, answer.c.months,
                       answer.c.answer, sa.func.count())
             .select_from(answer).join(ChildRow, ChildRow.id == answer.c.child_id)
             .join(fam, fam.c.family_id == ChildRow.family_id)
             .group_by(answer.c.answered_on, fam.c.settlement, fam.c.mediator_id, answer.c.months, answer.c.answer))
    rows += [("checkin_answer", _as_date(d), s, m, str(months), a, "", n)
             for d, s, m, months, a, n in await ctx.connection.execute(query)]
    per_child = (sa.select(answer.c.child_id, answer.c.months, sa.func.min(answer.c.answered_on).label("first"),
                           sa.func.max(answer.c.answered_on).label("last"))
                 .group_by(answer.c.child_id, answer.c.months).subquery("per_child"))
    query = (sa.select(per_child.c.first, fam.c.settlement, fam.c.mediator_id, per_child.c.months, sa.func.count())
             .select_from(per_child).join(ChildRow, ChildRow.id == per_child.c.child_id)
             .join(fam, fam.c.family_id == ChildRow.family_id)
             .group_by(per_child.c.first, fam.c.settlement, fam.c.mediator_id, per_child.c.months))
    rows += [("checkin_children", _as_date(d), s, m, str(months), "", "", n)
             for d, s, m, months, n in await ctx.connection.execute(query)]
    status = CheckinStatusRow.__table__
    found_day = sa.func.coalesce(per_child.c.last, sa.literal(ctx.today, sa.Date))  # no answer left: today
    for which, day, where in (
            ("found", found_day, status.c.act_early.is_(True)),
            ("told", _utc_day(status.c.told_at, ctx.dialect), status.c.told_at.is_not(None)),
            ("handled", _utc_day(status.c.handled_at, ctx.dialect), status.c.handled_at.is_not(None))):
        query = (sa.select(day, fam.c.settlement, fam.c.mediator_id, status.c.months, sa.func.count())
                 .select_from(status).join(ChildRow, ChildRow.id == status.c.child_id)
                 .join(fam, fam.c.family_id == ChildRow.family_id)
                 .outerjoin(per_child, sa.and_(per_child.c.child_id == status.c.child_id,
                                               per_child.c.months == status.c.months))
                 .where(where)
                 .group_by(day, fam.c.settlement, fam.c.mediator_id, status.c.months))
        rows += [("act_early", _as_date(d), s, m, str(months), which, "", n)
                 for d, s, m, months, n in await ctx.connection.execute(query)]
    return rows


async def _checkbacks(ctx: Context) -> list[Row]:
    """Activity check-backs (issue 19): answers by tip and answer, and the questions sent by tip."""
    fam = _families()
    answer = CheckbackAnswerRow.__table__
    day = _utc_day(answer.c.answered_at, ctx.dialect)
    query = (sa.select(day, fam.c.settlement, fam.c.mediator_id, answer.c.tip_id, answer.c.answer, sa.func.count())
             .select_from(answer).join(ChildRow, ChildRow.id == answer.c.child_id)
             .join(fam, fam.c.family_id == ChildRow.family_id)
             .group_by(day, fam.c.settlement, fam.c.mediator_id, answer.c.tip_id, answer.c.answer))
    rows: list[Row] = [("checkback", _as_date(d), s, m, tip, a, "", n)
                       for d, s, m, tip, a, n in await ctx.connection.execute(query)]
    query = (sa.select(OutboxRow.local_day, fam.c.settlement, fam.c.mediator_id, OutboxRow.item, sa.func.count())
             .select_from(OutboxRow).join(fam, fam.c.family_id == OutboxRow.family_id)
             .where(OutboxRow.kind == CHECKBACK, OutboxRow.state == "sent")
             .group_by(OutboxRow.local_day, fam.c.settlement, fam.c.mediator_id, OutboxRow.item))
    rows += [("checkback_asked", _as_date(d), s, m, tip, "", "", n)
             for d, s, m, tip, n in await ctx.connection.execute(query)]
    return rows


# The measures a rebuild counts, in order. Append a function here to count more; a panel reading its counts
# goes to bot/dashboard/aggregates.py (PANELS or EXTRA_PANELS).
MEASURES: list[Measure] = [_enrolled, _status, _coverage, _recorded, _outbox, _tips_seen, _viber, _caseload,
                           _languages, _checkins, _checkbacks]

_INSERT_CHUNK = 5000


async def rebuild(database: Database, today: date, now: datetime, doses: Sequence[Dose],
                  timings: dict[str, float] | None = None) -> int:
    """Recount everything and replace the rollup's rows in one transaction; returns how many rows it holds.
    ``timings``, when given, gets the seconds each measure took (for bench/dashboard_bench.py)."""
    timings = {} if timings is None else timings
    async with database.engine.connect() as reading:
        ctx = Context(reading, today, now, doses)
        rows: list[Row] = []
        for measure in MEASURES:
            started = time.perf_counter()
            rows += await measure(ctx)
            timings[measure.__name__.lstrip("_")] = time.perf_counter() - started
        await reading.rollback()
    started = time.perf_counter()
    rows += await _work_lists(ctx, database)
    timings["work_lists"] = time.perf_counter() - started
    rows.append((REFRESHED, today, "", 0, now.isoformat(), "", "", 1))
    keys = ("measure", "day", "settlement", "mediator_id", "a", "b", "c", "value")
    async with database.transaction(wait_s=None) as store:
        await store.session.execute(sa.delete(ROLLUP))
        for start in range(0, len(rows), _INSERT_CHUNK):
            chunk = [dict(zip(keys, row, strict=True)) for row in rows[start:start + _INSERT_CHUNK]]
            await store.session.execute(sa.insert(ROLLUP), chunk)
    log.info("dashboard rollup rebuilt: %s rows", len(rows))
    return len(rows)


async def last_rebuilt(database: Database) -> date | None:
    """The day of the last rebuild, or None when the rollup was never built."""
    async with database.engine.connect() as connection:
        day = await connection.scalar(sa.select(sa.func.max(ROLLUP.c.day)).where(ROLLUP.c.measure == REFRESHED))
    return None if day is None else _as_date(day)


REBUILD_STATEMENT_TIMEOUT_S = 3600.0  # the bot's own statements give up after 60 s; a rebuild at 1M takes longer


def rebuild_database(url: str) -> Database:
    """A Database for a rebuild: on PostgreSQL its statements may run up to an hour (dispose it afterwards)."""
    postgres = make_url(url).get_backend_name() == "postgresql"
    options = {"connect_args": {"command_timeout": REBUILD_STATEMENT_TIMEOUT_S}} if postgres else {}
    return Database(make_engine(url, **options))


class DailyRollup:
    """The scheduler's job: rebuild once a local day (the job runs every hour and does nothing when today's
    rebuild is done). With ``url`` the rebuild runs on its own connection of :func:`rebuild_database`."""

    EVERY_S = 3600.0

    def __init__(self, database: Database, clock: Clock, doses: Callable[[], Sequence[Dose]],
                 url: str | None = None) -> None:
        self._database = database
        self._clock = clock
        self._doses = doses
        self._url = url

    async def __call__(self) -> int:
        today = self._clock.today()
        if await last_rebuilt(self._database) == today:
            return 0
        if self._url is None or self._database.engine.dialect.name != "postgresql":
            return await rebuild(self._database, today, self._clock.now(), self._doses())
        database = rebuild_database(self._url)
        try:
            return await rebuild(database, today, self._clock.now(), self._doses())
        finally:
            await database.dispose()
