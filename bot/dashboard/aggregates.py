"""The dashboard's panels: counts read from the daily rollup (:mod:`bot.dashboard.rollup`), filtered, suppressed.

Every panel is one small GROUP BY over ``dashboard_rollup`` (a few hundred rows), so each answers in
milliseconds at any database size; the rollup is rebuilt once a day and by ``cavororo dashboard-rollup``.
Event counts (enrolments, reminders, tips seen, Viber messages, check-in and check-back answers) follow the
date range; snapshot counts (status, coverage, overdue, caseload, languages) are as of the last rebuild and say so
in a note. Settlement and mediator filters apply to all. A count of 1-4 becomes "<5"
(:func:`bot.dashboard.panels.suppress`), and so does a share computed from such a count. Labels are codes
(settlement ids, dose and visit ids, channel and language codes, tip ids, checkpoint months; the page names doses
and visits: bot.dashboard.pages.NAMED_CODES) or message ids of content/<lang>/dashboard-panels.ftl
(``dashboard-value-*``); a mediator is shown by name (staff).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.catalog.settlements import RESERVED, load_settlements
from bot.config import default_content_dir
from bot.dashboard.panels import SUPPRESSED, Cell, Chart, Filters, Panel, suppress
from bot.dashboard.rollup import ROLLUP
from bot.storage import Database
from bot.storage.models import FamilyProfileRow, MediatorRow

PanelFunction = Callable[[AsyncConnection, Filters], Awaitable[Panel]]

NONE = "dashboard-value-none"  # a family without a profile (no settlement), a chat without a language
SNAPSHOT_NOTE = "dashboard-note-snapshot"  # "as of the last nightly count; the date range does not apply"


def share(part: int, whole: int) -> Cell:
    """part / whole, rounded to 3 places; "<5" when either count is 1-4; None when whole is 0."""
    if suppress(part) == SUPPRESSED or suppress(whole) == SUPPRESSED:
        return SUPPRESSED
    return None if whole == 0 else round(part / whole, 3)


def _label(value: str) -> str:
    return value if value else NONE


async def _counts(connection: AsyncConnection, measure: str | Sequence[str], filters: Filters,
                  *columns: Any, dated: bool = True) -> list[tuple[Any, ...]]:
    """SUM(value) of ``measure`` grouped by ``columns`` (rollup columns or expressions), filtered."""
    measures = [measure] if isinstance(measure, str) else list(measure)
    query = (sa.select(*columns, sa.func.sum(ROLLUP.c.value)).where(ROLLUP.c.measure.in_(measures))
             .group_by(*columns).order_by(*columns))
    if dated:
        query = query.where(ROLLUP.c.day >= filters.start, ROLLUP.c.day <= filters.end)
    if filters.settlement is not None:
        query = query.where(ROLLUP.c.settlement == filters.settlement)
    if filters.mediator_id is not None:
        query = query.where(ROLLUP.c.mediator_id == filters.mediator_id)
    return [tuple(row) for row in await connection.execute(query)]


def _month(connection: AsyncConnection) -> Any:
    if connection.dialect.name == "postgresql":
        return sa.func.to_char(ROLLUP.c.day, "YYYY-MM")
    return sa.func.strftime("%Y-%m", ROLLUP.c.day)


def _pivot(rows: Iterable[tuple[Any, ...]], keys: Sequence[str]) -> dict[Any, dict[str, int]]:
    """(label, key, count) rows into {label: {key: count}}, labels in their first order."""
    table: dict[Any, dict[str, int]] = {}
    for label, key, count in rows:
        cells = table.setdefault(label, dict.fromkeys(keys, 0))
        if key in cells:
            cells[key] += int(count)
    return table


# -- enrolment -----------------------------------------------------------------------------------------------

FAMILIES, CHILDREN = "enrolled_families", "enrolled_children"


async def _enrolled(connection: AsyncConnection, filters: Filters, key: str, title: str, label: Any,
                    head: str, chart: Chart = "bar", labelled: Callable[[Any], Cell] = _label) -> Panel:
    rows = await _counts(connection, (FAMILIES, CHILDREN), filters, label, ROLLUP.c.measure)
    table = _pivot(rows, (FAMILIES, CHILDREN))
    return Panel(key, title, (head, "dashboard-col-families", "dashboard-col-children"),
                 tuple((labelled(name), suppress(c[FAMILIES]), suppress(c[CHILDREN])) for name, c in table.items()),
                 chart=chart)


async def enrolled_by_month(connection: AsyncConnection, filters: Filters) -> Panel:
    return await _enrolled(connection, filters, "enrolled-month", "dashboard-panel-enrolled-month",
                           _month(connection).label("month"), "dashboard-col-month", "line", str)


async def enrolled_by_settlement(connection: AsyncConnection, filters: Filters) -> Panel:
    return await _enrolled(connection, filters, "enrolled-settlement", "dashboard-panel-enrolled-settlement",
                           ROLLUP.c.settlement, "dashboard-col-settlement")


async def enrolled_by_channel(connection: AsyncConnection, filters: Filters) -> Panel:
    return await _enrolled(connection, filters, "enrolled-channel", "dashboard-panel-enrolled-channel",
                           ROLLUP.c.a, "dashboard-col-channel")


async def enrolled_by_language(connection: AsyncConnection, filters: Filters) -> Panel:
    return await _enrolled(connection, filters, "enrolled-language", "dashboard-panel-enrolled-language",
                           ROLLUP.c.b, "dashboard-col-language")


async def enrolled_by_whom(connection: AsyncConnection, filters: Filters) -> Panel:
    return await _enrolled(connection, filters, "enrolled-by", "dashboard-panel-enrolled-by", ROLLUP.c.c,
                           "dashboard-col-enrolled-by", labelled=lambda by: f"dashboard-value-by-{by}")


STATUSES = ("active", "paused", "stopped", "unreachable")


async def family_status(connection: AsyncConnection, filters: Filters) -> Panel:
    counts = {a: int(n) for a, n in await _counts(connection, "status", filters, ROLLUP.c.a, dated=False)}
    return Panel("status", "dashboard-panel-status", ("dashboard-col-status", "dashboard-col-families"),
                 tuple((f"dashboard-value-{s}", suppress(counts.get(s, 0))) for s in STATUSES),
                 notes=(SNAPSHOT_NOTE,))


# -- vaccination -----------------------------------------------------------------------------------------------


async def coverage(connection: AsyncConnection, filters: Filters) -> Panel:
    rows = await _counts(connection, "coverage", filters, ROLLUP.c.a, ROLLUP.c.b, ROLLUP.c.c, dated=False)
    table: dict[tuple[str, str], dict[str, int]] = defaultdict(lambda: {"eligible": 0, "recorded": 0})
    for dose, cohort, which, count in rows:
        table[(dose, cohort)][which] += int(count)
    return Panel("coverage", "dashboard-panel-coverage",
                 ("dashboard-col-dose", "dashboard-col-cohort", "dashboard-col-eligible", "dashboard-col-recorded",
                  "dashboard-col-share"),
                 tuple((dose, cohort, suppress(c["eligible"]), suppress(c["recorded"]),
                        share(c["recorded"], c["eligible"])) for (dose, cohort), c in table.items()),
                 chart="table", notes=(SNAPSHOT_NOTE, "dashboard-note-coverage"))


async def recorded_at_all(connection: AsyncConnection, filters: Filters) -> Panel:
    table = _pivot(await _counts(connection, "recorded", filters, ROLLUP.c.settlement, ROLLUP.c.a, dated=False),
                   ("children", "with_record"))
    return Panel("recorded", "dashboard-panel-recorded",
                 ("dashboard-col-settlement", "dashboard-col-children", "dashboard-col-with-record",
                  "dashboard-col-share"),
                 tuple((_label(s), suppress(c["children"]), suppress(c["with_record"]),
                        share(c["with_record"], c["children"])) for s, c in table.items()),
                 notes=(SNAPSHOT_NOTE, "dashboard-note-recorded"))


async def overdue(connection: AsyncConnection, filters: Filters) -> Panel:
    rows = await _counts(connection, "overdue", filters, ROLLUP.c.a, dated=False)
    return Panel("overdue", "dashboard-panel-overdue", ("dashboard-col-dose", "dashboard-col-children"),
                 tuple((dose, suppress(int(n))) for dose, n in rows), notes=(SNAPSHOT_NOTE, "dashboard-note-overdue"))


# -- reminders -------------------------------------------------------------------------------------------------

OUTCOMES = ("planned", "sent", "failed", "done", "not_yet")


def _outcomes(rows: Iterable[tuple[Any, ...]]) -> dict[str, dict[str, int]]:
    """(label, state, answer, count) rows into {label: {planned, sent, failed, done, not_yet}}."""
    table: dict[str, dict[str, int]] = {}
    for label, state, answer, count in rows:
        cells = table.setdefault(label, dict.fromkeys(OUTCOMES, 0))
        n = int(count)
        if state != "cancelled":
            cells["planned"] += n
        if state in ("sent", "failed"):
            cells[state] += n
        if answer in ("done", "not_yet"):
            cells[answer] += n
    return table


OUTCOME_COLUMNS = tuple(f"dashboard-col-{o.replace('_', '-')}" for o in OUTCOMES)


async def reminders(connection: AsyncConnection, filters: Filters) -> Panel:
    table = _outcomes(await _counts(connection, "reminders", filters, ROLLUP.c.a, ROLLUP.c.b, ROLLUP.c.c))
    return Panel("reminders", "dashboard-panel-reminders", ("dashboard-col-kind", *OUTCOME_COLUMNS),
                 tuple((f"dashboard-value-kind-{kind}", *(suppress(c[o]) for o in OUTCOMES))
                       for kind, c in table.items()), chart="stacked")


async def failures(connection: AsyncConnection, filters: Filters) -> Panel:
    rows = await _counts(connection, "failed", filters, ROLLUP.c.a, ROLLUP.c.b)
    return Panel("failures", "dashboard-panel-failures",
                 ("dashboard-col-kind", "dashboard-col-reason", "dashboard-col-messages"),
                 tuple((f"dashboard-value-kind-{kind}", reason, suppress(int(n))) for kind, reason, n in rows),
                 chart="table", notes=("dashboard-note-failures",))


async def checkups(connection: AsyncConnection, filters: Filters) -> Panel:
    table = _outcomes(await _counts(connection, "checkup", filters, ROLLUP.c.a, ROLLUP.c.b, ROLLUP.c.c))
    return Panel("checkups", "dashboard-panel-checkups", ("dashboard-col-visit", *OUTCOME_COLUMNS),
                 tuple((visit, *(suppress(c[o]) for o in OUTCOMES)) for visit, c in table.items()),
                 chart="table", notes=("dashboard-note-checkups",))


async def viber_paid_free(connection: AsyncConnection, filters: Filters) -> Panel:
    counts = {a: int(n) for a, n in await _counts(connection, "viber", filters, ROLLUP.c.a)}
    return Panel("viber", "dashboard-panel-viber", ("dashboard-col-price", "dashboard-col-messages"),
                 tuple((f"dashboard-value-{a}", suppress(counts.get(a, 0))) for a in ("free", "paid")),
                 notes=("dashboard-note-viber",))


# -- mediators and content -------------------------------------------------------------------------------------


async def caseload(connection: AsyncConnection, filters: Filters) -> Panel:
    rows = await _counts(connection, "caseload", filters, ROLLUP.c.mediator_id, ROLLUP.c.a, dated=False)
    table = _pivot(rows, ("families", "children", "work_list"))
    names = {mediator_id: name for mediator_id, name in await connection.execute(
        sa.select(MediatorRow.id, MediatorRow.name).where(MediatorRow.id.in_(list(table))))}
    return Panel("caseload", "dashboard-panel-caseload",
                 ("dashboard-col-mediator", "dashboard-col-families", "dashboard-col-children",
                  "dashboard-col-work-list"),
                 tuple((names.get(m, NONE), suppress(c["families"]), suppress(c["children"]), suppress(c["work_list"]))
                       for m, c in table.items()), notes=(SNAPSHOT_NOTE, "dashboard-note-work-list"))


async def tips(connection: AsyncConnection, filters: Filters) -> Panel:
    rows = await _counts(connection, "tip", filters, ROLLUP.c.a, ROLLUP.c.b, ROLLUP.c.c)
    sent = _outcomes(rows)
    seen = {t: int(n) for t, n in await _counts(connection, "tip_seen", filters, ROLLUP.c.a)}
    answered: dict[str, int] = defaultdict(int)
    for tip, _state, answer, n in rows:
        if answer:
            answered[tip] += int(n)
    ids = sorted(set(sent) | set(seen))
    return Panel("tips", "dashboard-panel-tips",
                 ("dashboard-col-tip", "dashboard-col-sent", "dashboard-col-seen", "dashboard-col-answered"),
                 tuple((tip, suppress(sent[tip]["sent"] if tip in sent else 0), suppress(seen.get(tip, 0)),
                        suppress(answered.get(tip, 0))) for tip in ids),
                 chart="table", notes=("dashboard-note-tips",))


async def languages(connection: AsyncConnection, filters: Filters) -> Panel:
    rows = await _counts(connection, "languages", filters, ROLLUP.c.a, ROLLUP.c.b, dated=False)
    return Panel("languages", "dashboard-panel-languages",
                 ("dashboard-col-language", "dashboard-col-channel", "dashboard-col-chats"),
                 tuple((_label(locale), channel, suppress(int(n))) for locale, channel, n in rows),
                 notes=(SNAPSHOT_NOTE,))


# The panels, in page order.
PANELS: list[PanelFunction] = [
    enrolled_by_month, enrolled_by_settlement, enrolled_by_channel, enrolled_by_language, enrolled_by_whom,
    family_status, coverage, recorded_at_all, overdue, checkups, reminders, failures, viber_paid_free, caseload,
    tips, languages,
]

# -- check-ins and answers (issue 19) ----------------------------------------------------------------------

CHECKIN_ANSWERS = ("yes", "not_yet", "not_sure")


def _by_months(table: dict[Any, dict[str, int]]) -> list[tuple[str, dict[str, int]]]:
    """Checkpoints ("2", "12", ...) in the order of age, not of text."""
    return sorted(table.items(), key=lambda item: int(item[0]) if str(item[0]).isdigit() else 10**6)


async def milestone_checkins(connection: AsyncConnection, filters: Filters) -> Panel:
    """Per checkpoint: children whose parent answered at least one question (each child once, on the day of the
    first answer), then the answers (re-checks included) and the share of "Yes" among them."""
    table = _pivot(await _counts(connection, "checkin_answer", filters, ROLLUP.c.a, ROLLUP.c.b), CHECKIN_ANSWERS)
    children = {months: int(n) for months, n in await _counts(connection, "checkin_children", filters, ROLLUP.c.a)}
    for months in children:
        table.setdefault(months, dict.fromkeys(CHECKIN_ANSWERS, 0))
    return Panel("checkins", "dashboard-panel-checkins",
                 ("dashboard-col-checkpoint", "dashboard-col-children-asked", "dashboard-col-answer-yes",
                  "dashboard-col-answer-not-yet", "dashboard-col-answer-not-sure", "dashboard-col-share-yes"),
                 tuple((months, suppress(children.get(months, 0)), *(suppress(c[a]) for a in CHECKIN_ANSWERS),
                        share(c["yes"], sum(c.values()))) for months, c in _by_months(table)),
                 chart="table", notes=("dashboard-note-checkins",))


ACT_EARLY = ("found", "told", "handled")


async def act_early(connection: AsyncConnection, filters: Filters) -> Panel:
    """Per checkpoint: children with an act-early sign, those whose parent agreed to tell the mediator, and those
    the mediator marked handled (each by the day it happened)."""
    table = _pivot(await _counts(connection, "act_early", filters, ROLLUP.c.a, ROLLUP.c.b), ACT_EARLY)
    return Panel("act-early", "dashboard-panel-act-early",
                 ("dashboard-col-checkpoint", "dashboard-col-signs-found", "dashboard-col-told-mediator",
                  "dashboard-col-handled"),
                 tuple((months, *(suppress(c[x]) for x in ACT_EARLY)) for months, c in _by_months(table)),
                 notes=("dashboard-note-act-early",))


CHECKBACK_ANSWERS = ("yes", "not_yet", "hard")


async def checkbacks(connection: AsyncConnection, filters: Filters) -> Panel:
    """Per activity tip: check-back questions sent, and the answers "Yes", "Not yet", "It was hard"."""
    table = _pivot(await _counts(connection, "checkback", filters, ROLLUP.c.a, ROLLUP.c.b), CHECKBACK_ANSWERS)
    asked = {tip: int(n) for tip, n in await _counts(connection, "checkback_asked", filters, ROLLUP.c.a)}
    ids = sorted(set(table) | set(asked))
    empty = dict.fromkeys(CHECKBACK_ANSWERS, 0)
    return Panel("checkbacks", "dashboard-panel-checkbacks",
                 ("dashboard-col-tip", "dashboard-col-asked", "dashboard-col-checkback-yes",
                  "dashboard-col-checkback-not-yet", "dashboard-col-checkback-hard"),
                 tuple((tip, suppress(asked.get(tip, 0)), *(suppress(table.get(tip, empty)[a])
                                                           for a in CHECKBACK_ANSWERS)) for tip in ids),
                 chart="table", notes=("dashboard-note-checkbacks",))


# More panels plug in here: append a PanelFunction (reading measures that a function added to
# bot.dashboard.rollup.MEASURES counts), and it is shown after the panels above, filtered the same way.
EXTRA_PANELS: list[PanelFunction] = [milestone_checkins, act_early, checkbacks]


async def panels(database: Database, filters: Filters) -> list[Panel]:
    """Every panel for these filters (``filters.mediator_id`` set: only that mediator's families)."""
    async with database.engine.connect() as connection:
        return [await panel(connection, filters) for panel in (*PANELS, *EXTRA_PANELS)]


async def settlements_and_mediators(database: Database, content_dir: Path | None = None,
                                    ) -> tuple[list[tuple[str, str]], list[tuple[int, str]]]:
    """The filter choices: (settlement id, name) of content/data/settlements.yaml, then any other id families
    have, then "other"; (mediator id, name) of every mediator. Staff and places only, never family data."""
    configured = [(s.key, s.name) for s in load_settlements(content_dir or default_content_dir())]
    async with database.engine.connect() as connection:
        used = list(await connection.scalars(
            sa.select(FamilyProfileRow.settlement).distinct().order_by(FamilyProfileRow.settlement)))
        mediators = [(mediator_id, name) for mediator_id, name in await connection.execute(
            sa.select(MediatorRow.id, MediatorRow.name).order_by(MediatorRow.name, MediatorRow.id))]
    known = {key for key, _ in configured}
    extra = [(key, key) for key in used if key and key not in known and key != RESERVED]
    return [*configured, *extra, (RESERVED, "dashboard-value-other")], list(mediators)
