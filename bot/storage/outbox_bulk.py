"""Set-based planning in the database: one ``INSERT ... SELECT ... ON CONFLICT DO NOTHING`` per kind of row.

The planner hands over plain values computed for one day (which birth dates have which dose stage that day,
the instant each family hour maps to, which tips fit which corrected age); the database finds the children,
skips what is recorded, answered, seen or planned already, and writes the rows. Nothing is loaded into Python,
so a day for a million children costs a few index range scans and the inserted rows themselves.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql import ColumnElement

from bot.core.age import CORRECTION_UNTIL_DAYS, PRETERM_BELOW_WEEKS, TERM_WEEKS
from bot.storage.models import ChildRow, FamilyRow, OutboxRow, TipSeenRow, UtcDateTime, VaccinationRecordRow

OUTBOX = OutboxRow.__table__
DEFAULT_HOUR = 10  # family.tip_hour's default
INSERTED_COLUMNS = (
    "family_id", "child_id", "kind", "item", "stage", "due_at", "local_day", "idempotency_key",
    "schedule_version", "state", "attempts", "created_at",
)


# INSERT_ORDER: rows are written by family, then child. The outbox indexes on (family_id, local_day) and on
# (child_id, kind, item) then grow in one pass from start to end instead of at random places, and the keys of
# one day are neighbours anyway (see scheduler/timeline.py): far fewer index pages to read and write.


@dataclass(frozen=True)
class HourSlot:
    """Family hour ``hour`` on the planned day: when its rows go out (UTC) and the local day that falls on."""

    hour: int
    due_at: datetime
    local_day: date


@dataclass(frozen=True)
class StageTarget:
    """Children born on ``birth_date`` have stage ``stage`` of ``item`` on the planned day.

    Their key is ``head + <hour, two digits> + tail + <child id>``.
    """

    kind: str
    item: str
    stage: str
    birth_date: date
    head: str
    tail: str
    fingerprint: int
    dose_id: str | None  # a record of this dose makes the reminder unnecessary
    previous: str | None = None  # a record of this dose given after ``moved_after`` moves the reminder: left out
    moved_after: date | None = None


@dataclass(frozen=True)
class TipChoice:
    """At age ``age`` days, ``tip`` fits: the corrected age (``basis`` "c") or the chronological one ("a");
    among the tips fitting a child, the lowest ``seq`` is sent first."""

    age: int
    tip: str
    seq: int
    fingerprint: int
    basis: str = "c"


@dataclass(frozen=True)
class TipBookRows:
    """The tip catalog by age, serialised once (it is the same every day); ``digest`` names its content."""

    document: str
    size: int
    digest: str = ""

    @classmethod
    def of(cls, choices: Sequence[TipChoice]) -> TipBookRows:
        rows = [[c.age, c.tip, c.seq, c.fingerprint, c.basis] for c in choices]
        document = _document("sqlite", _BOOK_COLUMNS, rows)
        return cls(document, len(rows), hashlib.sha256(document.encode("utf-8")).hexdigest())


# On SQLite the book is a table of the connection's own temporary database, filled from the JSON document when a
# chunk finds another book there (or none): reading 12,000 rows of JSON cost about 30 ms of CPU per chunk, and
# each chunk holds the one writer's queue that parents' turns wait in. Temporary tables belong to one connection
# and go with it; a rolled-back chunk rolls the filling back too, digest included.
SQLITE_BOOK = sa.table("tip_book", *(sa.column(column, sql_type) for column, sql_type, _ in
                                      [("basis", sa.String, ""), ("age", sa.Integer, ""), ("tip", sa.String, ""),
                                       ("seq", sa.Integer, ""), ("fp", sa.Integer, "")]), schema="temp")
SQLITE_BOOK_SETUP = (
    "CREATE TEMP TABLE IF NOT EXISTS tip_book (basis TEXT, age INTEGER, tip TEXT, seq INTEGER, fp INTEGER)",
    "CREATE INDEX IF NOT EXISTS temp.tip_book_basis_age ON tip_book (basis, age)",
    "CREATE TEMP TABLE IF NOT EXISTS tip_book_digest (digest TEXT)",
)
SQLITE_BOOK_DIGEST = "SELECT digest FROM temp.tip_book_digest"
SQLITE_BOOK_FILL = (
    "DELETE FROM temp.tip_book",
    "INSERT INTO temp.tip_book (basis, age, tip, seq, fp) SELECT json_extract(value, '$.basis'), "
    "json_extract(value, '$.age'), json_extract(value, '$.tip'), json_extract(value, '$.seq'), "
    "json_extract(value, '$.fp') FROM json_each(:book)",
    "DELETE FROM temp.tip_book_digest",
    "INSERT INTO temp.tip_book_digest (digest) VALUES (:digest)",
)


def insert_ignoring(dialect: str) -> sa.Insert:
    """``INSERT INTO outbox`` that skips rows whose idempotency key exists (``ON CONFLICT DO NOTHING``)."""
    if dialect == "postgresql":
        return postgresql.insert(OUTBOX).on_conflict_do_nothing(index_elements=["idempotency_key"])
    if dialect == "sqlite":
        return sqlite.insert(OUTBOX).on_conflict_do_nothing(index_elements=["idempotency_key"])
    raise ValueError(f"unsupported database dialect: {dialect}")


_BOOK_COLUMNS = [("age", sa.Integer, "int"), ("tip", sa.String, "text"), ("seq", sa.Integer, "int"),
                 ("fp", sa.Integer, "int"), ("basis", sa.String, "text")]


def _document(dialect: str, columns: Sequence[tuple[str, Any, str]], rows: Iterable[Sequence[Any]]) -> str:
    names = [column for column, _, _ in columns]
    return json.dumps([dict(zip(names, (_json_value(dialect, v) for v in row), strict=True)) for row in rows])


def _json_table(dialect: str, name: str, columns: Sequence[tuple[str, Any, str]]) -> sa.CTE:
    """A CTE of the rows of the JSON document passed as parameter ``name`` (``json_each`` on SQLite,
    ``json_to_recordset`` on PostgreSQL): however many rows there are, the statement stays the same."""
    names = [column for column, _, _ in columns]
    if dialect == "postgresql":
        fields = ", ".join(f"{column} {pg_type}" for column, _, pg_type in columns)
        text = f"SELECT {', '.join(names)} FROM json_to_recordset(CAST(:{name} AS json)) AS x({fields})"
    else:
        text = "SELECT " + ", ".join(f"json_extract(value, '$.{column}') AS {column}" for column in names)
        text += f" FROM json_each(:{name})"
    typed = [sa.column(column, sql_type) for column, sql_type, _ in columns]
    # MATERIALIZED: read the document once, not once per row of the join.
    return sa.text(text).columns(*typed).cte(name, nesting=True).prefix_with("MATERIALIZED")


def _json_value(dialect: str, value: Any) -> Any:
    """A value as the database stores it: UTC timestamps as text without offset on SQLite (UtcDateTime)."""
    if isinstance(value, datetime):
        utc = value.astimezone(UTC)
        return utc.strftime("%Y-%m-%d %H:%M:%S.%f") if dialect == "sqlite" else utc.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class _Hours:
    """The family hour's slot as SQL: a CASE on family.tip_hour (cheaper than joining a table of 24 rows)."""

    due_at: ColumnElement[datetime]
    local_day: ColumnElement[date]
    tag: ColumnElement[str]


def _hours(hour: sa.SQLColumnExpression[int] = FamilyRow.tip_hour) -> _Hours:
    """Parameters ``due_<h>`` and ``day_<h>`` for each hour h: see :func:`hour_parameters`."""

    def case(name: str, sql_type: Any) -> ColumnElement[Any]:
        slots = {h: sa.bindparam(f"{name}_{h}", type_=sql_type) for h in range(24)}
        return sa.case(slots, value=hour, else_=slots[DEFAULT_HOUR])  # an impossible hour: the default one

    tags = sa.case({h: sa.literal(f"{h:02d}") for h in range(24)}, value=hour, else_=sa.literal(f"{DEFAULT_HOUR:02d}"))
    return _Hours(case("due", UtcDateTime), case("day", sa.Date), tags)


def hour_parameters(hours: Sequence[HourSlot]) -> dict[str, Any]:
    if sorted(h.hour for h in hours) != list(range(24)):
        raise ValueError("one HourSlot for each hour 0-23 is needed")
    return {f"due_{h.hour}": h.due_at for h in hours} | {f"day_{h.hour}": h.local_day for h in hours}


def _family_allows(family: type[FamilyRow], due_at: ColumnElement[datetime]) -> ColumnElement[bool]:
    paused = family.reminders_paused_until
    return sa.and_(sa.not_(family.reminders_stopped), sa.or_(paused.is_(None), paused <= due_at))


def open_tip_condition(outbox: sa.FromClause) -> list[ColumnElement[bool]]:
    """Tips planned and not sent yet (a sent tip is in tip_seen), with the constants written out so that the
    partial index ix_outbox_open_tip (models.py) serves the lookup."""
    return [outbox.c.kind == sa.literal_column("'tip'"),
            outbox.c.state.in_([sa.literal_column("'pending'"), sa.literal_column("'sending'")])]


def _not_answered_done(child_id: sa.SQLColumnExpression[int], kind: ColumnElement[str],
                       item: ColumnElement[str]) -> ColumnElement[bool]:
    answered = OUTBOX.alias("answered")
    return _absent(answered, answered.c.child_id == child_id, answered.c.kind == kind, answered.c.item == item,
                   answered.c.answer == "done")


def _absent(table: sa.FromClause, *conditions: ColumnElement[bool]) -> ColumnElement[bool]:
    """NOT EXISTS (one index lookup per row asking). ``OFFSET 0`` keeps PostgreSQL from turning it into an
    anti-join, whose plan follows the table statistics: on a freshly filled outbox they say "empty", and the
    anti-join then rescans every open tip for every child."""
    return ~sa.select(sa.literal(1)).select_from(table).where(*conditions).offset(0).exists()


_TARGET_COLUMNS = [
    ("kind", sa.String, "text"), ("item", sa.String, "text"), ("stage", sa.String, "text"),
    ("birth_date", sa.Date, "date"), ("head", sa.String, "text"), ("tail", sa.String, "text"),
    ("fp", sa.Integer, "int"), ("dose_id", sa.String, "text"), ("previous", sa.String, "text"),
    ("moved_after", sa.Date, "date"),
]


@lru_cache(maxsize=4)
def stage_statement(dialect: str) -> sa.Insert:
    """INSERT of the dose and visit rows of the planned day: one index lookup on child.birth_date per target.

    Parameters: :func:`stage_parameters`, the hours (:func:`hour_parameters`), ``created_at``.
    """
    t = _json_table(dialect, "targets", _TARGET_COLUMNS)
    h = _hours()
    record = VaccinationRecordRow
    key = t.c.head + h.tag + t.c.tail + sa.cast(ChildRow.id, sa.String)
    rows = (
        sa.select(
            ChildRow.family_id, ChildRow.id.label("child_id"), t.c.kind, t.c.item, t.c.stage,
            h.due_at.label("due_at"), h.local_day.label("local_day"), key.label("idempotency_key"),
            t.c.fp.label("schedule_version"),
        )
        .select_from(t)
        .join(ChildRow, ChildRow.birth_date == t.c.birth_date)
        .join(FamilyRow, FamilyRow.id == ChildRow.family_id)
        .where(
            _in_part(ChildRow.family_id),  # read from the birth date index, before the family is looked up
            _family_allows(FamilyRow, h.due_at),
            _absent(record.__table__, record.child_id == ChildRow.id, record.dose_id == t.c.dose_id),
            _absent(record.__table__, record.child_id == ChildRow.id, record.dose_id == t.c.previous,
                    record.given_on > t.c.moved_after),
            _not_answered_done(ChildRow.id, t.c.kind, t.c.item),
        )
        .subquery("planned")
    )
    return _insert(dialect, rows)


def _insert(dialect: str, rows: sa.Subquery) -> sa.Insert:
    """INSERT ... SELECT of ``rows`` (the first nine INSERTED_COLUMNS), new rows pending, in INSERT_ORDER.

    The WITH clauses stay inside the SELECT ("nesting"), so the statement starts with INSERT: Python's
    sqlite3 opens a transaction only before a statement it recognises as a write.
    """
    select = sa.select(
        *(rows.c[name] for name in INSERTED_COLUMNS[:9]), sa.literal("pending"), sa.literal(0),
        sa.bindparam("created_at", type_=UtcDateTime),
    ).order_by(rows.c.family_id, rows.c.child_id)
    return insert_ignoring(dialect).from_select(INSERTED_COLUMNS, select)


ALL_FAMILIES = (0, 2**31 - 1)  # family ids (a 32-bit integer column) from, through


def stage_parameters(dialect: str, targets: Sequence[StageTarget], part: int = 0, parts: int = 1) -> dict[str, Any]:
    """Parameters of :func:`stage_statement`, for the families whose id is ``part`` modulo ``parts``."""
    rows = [[x.kind, x.item, x.stage, x.birth_date, x.head, x.tail, x.fingerprint, x.dose_id, x.previous,
             x.moved_after] for x in targets]
    return {"targets": _document(dialect, _TARGET_COLUMNS, rows), "part": part, "parts": parts,
            "first_family": ALL_FAMILIES[0], "last_family": ALL_FAMILIES[1]}


def _in_part(family_id: sa.SQLColumnExpression[int]) -> ColumnElement[bool]:
    """The family belongs to part ``:part`` of ``:parts`` (parallel transactions never share a family, nor lock
    the same family and child rows for their foreign-key checks) and to the chunk of family ids
    ``:first_family`` through ``:last_family`` (planning commits chunk by chunk: scheduler/planner.py)."""
    return sa.and_(family_id % sa.bindparam("parts", type_=sa.Integer) == sa.bindparam("part", type_=sa.Integer),
                   family_id.between(sa.bindparam("first_family", type_=sa.Integer),
                                     sa.bindparam("last_family", type_=sa.Integer)))


def _age_on(dialect: str, day: ColumnElement[date]) -> ColumnElement[int]:
    """Days from the child's birth date to ``day``, in the database's own date arithmetic."""
    if dialect == "sqlite":
        return sa.cast(sa.func.julianday(day) - sa.func.julianday(ChildRow.birth_date), sa.Integer)
    return sa.cast(day - ChildRow.birth_date, sa.Integer)


def _corrected(dialect: str, day: ColumnElement[date]) -> ColumnElement[int]:
    """bot.core.age.corrected_age_days in SQL."""
    age = _age_on(dialect, day)
    weeks = ChildRow.gestational_weeks
    shifted = age - (TERM_WEEKS - weeks) * 7
    chronological = sa.or_(weeks.is_(None), weeks >= PRETERM_BELOW_WEEKS, age >= CORRECTION_UNTIL_DAYS)
    return sa.case((chronological, age), (shifted < 0, 0), else_=shifted)


@dataclass(frozen=True)
class TipDay:
    """The weekly-tip slot of one day: the families whose tip weekday it is, and the catalog by age."""

    day: date
    weekday: int
    key_head: str  # key = key_head + <hour, two digits> + ":" + <child id>
    book: TipBookRows


@lru_cache(maxsize=4)
def tip_statement(dialect: str) -> sa.Insert:
    """INSERT of the weekly tips of the planned day: the first tip for each child's age (corrected or
    chronological, as the book row says) that was neither seen nor planned, for the children of the families
    whose tip weekday it is. The book holds only the tips in season in the day's month: on PostgreSQL the JSON
    document passed as ``book``, on SQLite the connection's ``temp.tip_book`` (:data:`SQLITE_BOOK_FILL`).

    Parameters: :func:`tip_parameters`, the hours (:func:`hour_parameters`), ``created_at``.
    """
    book = SQLITE_BOOK if dialect == "sqlite" else _json_table(dialect, "book", _BOOK_COLUMNS)
    day = sa.bindparam("day", type_=sa.Date)
    week = (  # narrow rows: the send time is worked out for the chosen tips only, at the end
        sa.select(
            ChildRow.id.label("child_id"), ChildRow.family_id, FamilyRow.tip_hour.label("hour"),
            _corrected(dialect, day).label("corrected"), _age_on(dialect, day).label("real_age"),
        )
        .select_from(FamilyRow)
        .join(ChildRow, ChildRow.family_id == FamilyRow.id)
        .where(
            FamilyRow.tip_weekday == sa.bindparam("weekday", type_=sa.Integer),
            _in_part(FamilyRow.id),
            _family_allows(FamilyRow, _hours().due_at),
        )
        .cte("week", nesting=True)
        .prefix_with("MATERIALIZED")  # first the week's children, then their tips (not the other way round)
    )
    # Each child twice, once per age basis, so that the book is joined on plain equality (basis, age).
    kids = sa.union_all(
        sa.select(week.c.child_id, week.c.family_id, week.c.hour, sa.literal("c").label("basis"),
                  week.c.corrected.label("age")),
        sa.select(week.c.child_id, week.c.family_id, week.c.hour, sa.literal("a").label("basis"),
                  week.c.real_age.label("age")),
    ).cte("kids", nesting=True)
    # The candidate tips of each child, in child order: the "seen?" and "planned?" lookups below then walk
    # their indexes (both lead with child_id) in order instead of jumping around them.
    candidates = (
        sa.select(kids, book.c.tip, book.c.fp, book.c.seq)
        .join(book, sa.and_(book.c.basis == kids.c.basis, book.c.age == kids.c.age))
        .order_by(kids.c.child_id, book.c.seq)
        .cte("candidates", nesting=True)
        .prefix_with("MATERIALIZED")
    )
    seen, planned = TipSeenRow, OUTBOX.alias("open_tip")
    rank = sa.func.row_number().over(partition_by=candidates.c.child_id, order_by=candidates.c.seq).label("rn")
    choice = (
        sa.select(candidates, rank)
        .where(
            _absent(seen.__table__, seen.child_id == candidates.c.child_id, seen.tip_id == candidates.c.tip),
            _absent(planned, planned.c.child_id == candidates.c.child_id, planned.c.item == candidates.c.tip,
                    *open_tip_condition(planned)),
        )
        .subquery("choice")
    )
    h = _hours(choice.c.hour)
    key = sa.bindparam("key_head", type_=sa.String) + h.tag + ":" + sa.cast(choice.c.child_id, sa.String)
    rows = sa.select(
        choice.c.family_id, choice.c.child_id, sa.literal("tip").label("kind"), choice.c.tip.label("item"),
        sa.literal("weekly").label("stage"), h.due_at.label("due_at"), h.local_day.label("local_day"),
        key.label("idempotency_key"), choice.c.fp.label("schedule_version"),
    ).where(choice.c.rn == 1).subquery("planned")
    return _insert(dialect, rows)


def tip_parameters(slot: TipDay, part: int = 0, parts: int = 1,
                   families: tuple[int, int] = ALL_FAMILIES) -> dict[str, Any]:
    """Parameters of :func:`tip_statement`, for the families whose id is ``part`` modulo ``parts``, with ids
    from ``families[0]`` through ``families[1]``."""
    return {"book": slot.book.document, "day": slot.day, "weekday": slot.weekday, "key_head": slot.key_head,
            "part": part, "parts": parts, "first_family": families[0], "last_family": families[1]}
