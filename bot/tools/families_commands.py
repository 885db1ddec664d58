"""`cavororo families import FILE.csv|FILE.xlsx [--dry-run]` and `cavororo families export`.

Import: one row per child (columns in docs/mediators.md), day-first dates, a progress line on stderr, a line
per problem (``row 17: birth date 31.02.2024 is not a date``), good rows imported even when others are bad
(exit status 1 then). A child already in the database or earlier in the file (same caregiver phone and birth
date) is skipped, so importing the same file twice changes nothing. Each new family gets an invitation: the
links and QR codes go to a folder (``--invitations DIR``, default ``<file>-invitations/``) readable only by
this user. ``--dry-run`` checks everything against the database and writes nothing.

Export: one CSV row per child for the lab's reports, without names, phones, birth dates or chat ids (columns
in docs/mediators.md); ``--mediator ID`` keeps one mediator's families.

Check-backs (``cavororo families checkbacks``): the answers to the "Did you try ...?" questions after activity
tips, one CSV row per tip and answer with its count (columns ``tip``, ``answer``, ``count``): no ids at all, and
a count of 1-4 is written "<5" (bot.core.small_counts, the dashboard's rule).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date, timedelta, tzinfo
from pathlib import Path
from typing import Any

from bot.catalog import load_doses, month_names
from bot.catalog.settlements import load_settlements
from bot.clock import SystemClock
from bot.core.age import completed_months
from bot.core.roster import RosterRow, RowProblem, find_duplicates, read_row
from bot.core.schedule import counts_as_late, vaccine_plan
from bot.core.small_counts import suppress
from bot.core.worklist import assess
from bot.storage.checkback_answers import answer_counts as checkback_counts
from bot.storage.checkin_answers import answer_counts
from bot.storage.mediators import SqlMediators
from bot.tools.family_files import (
    RosterFileError,
    private_file,
    read_roster,
    write_export,
    write_invitations,
    write_rows,
)
from bot.tools.family_import import Importer, ImportRefused, ImportReport
from bot.tools.mediators_commands import links_from, open_database

_DATE_PROBLEMS = {"date_unreadable": "is not a date", "date_impossible": "is not a date",
                  "date_future": "is in the future", "date_too_old": "is more than 7 years ago"}


def describe(problem: RowProblem) -> str:
    """One line for the operator: ``row 17: birth date 31.02.2024 is not a date``."""
    label = problem.field.replace("_", " ")
    start = f"row {problem.row}: {label}"
    if problem.code in _DATE_PROBLEMS:
        return f"{start} {problem.value} {_DATE_PROBLEMS[problem.code]}"
    if problem.code == "missing":
        return f"{start} is missing"
    if problem.code == "no_consent":
        return f"row {problem.row}: consent is {problem.value!r}, not yes: the family cannot be imported"
    if problem.code == "duplicate":
        return f"row {problem.row}: the same child as row {problem.other_row} (same caregiver and birth date)"
    if problem.code == "unknown_mediator":
        return f"{start} {problem.value} is not an active mediator"
    if problem.code == "mediator_not_opened":
        return f"{start} {problem.value} has not opened her invitation yet: her families could not reach her"
    return f"{start} {problem.value!r} is not valid"


class Progress:
    """``reading 37/120`` on stderr, rewritten in place, at most about a hundred times."""

    def __init__(self, label: str, total: int) -> None:
        self.label, self.total, self.done = label, total, 0
        self.every = max(1, total // 100)

    def step(self) -> None:
        self.done += 1
        if self.done % self.every == 0 or self.done == self.total:
            sys.stderr.write(f"\r{self.label} {self.done}/{self.total}")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def _read(args: argparse.Namespace, content_dir: Path, today: date) -> tuple[list[RosterRow], list[RowProblem]]:
    try:
        roster = read_roster(args.file)
    except RosterFileError as error:
        raise SystemExit(f"cavororo: {error}") from None
    if roster.ignored_columns:
        sys.stderr.write(f"cavororo: ignoring column(s) {', '.join(roster.ignored_columns)}\n")
    months, settlements = month_names(), load_settlements(content_dir)
    rows: list[RosterRow] = []
    problems: list[RowProblem] = []
    progress = Progress("reading", len(roster.rows))
    for number, cells in roster.rows:
        result = read_row(number, cells, today, months, settlements)
        if isinstance(result, RosterRow):
            rows.append(result)
        else:
            problems.extend(result)
        progress.step()
    kept, duplicates = find_duplicates(rows)
    return kept, problems + duplicates


async def _import(args: argparse.Namespace) -> None:
    async with open_database(args) as (settings, database):
        clock = SystemClock(settings.timezone)
        rows, problems = _read(args, settings.content_dir, clock.today())
        importer = Importer(clock.now(), clock.today(), timedelta(days=settings.invitation_days), args.mediator)
        try:
            report = await importer.run(database, rows, dry_run=args.dry_run)
        except ImportRefused as refused:
            raise SystemExit(f"cavororo: {refused}") from None
        problems += report.problems
        for problem in sorted(problems, key=lambda p: (p.row, p.field)):
            sys.stderr.write(describe(problem) + "\n")
        if report.invitations and not args.dry_run:
            folder = args.invitations or args.file.with_name(args.file.stem + "-invitations")
            _write_invitations(folder, report, links_from(settings), clock.zone)
        _summary(report, problems, args.dry_run)
    if problems:
        raise SystemExit(1)


def _write_invitations(folder: Path, report: ImportReport, links: Any, zone: tzinfo) -> None:
    rows = []
    for invitation in report.invitations:
        qr = folder / f"family-{invitation.family_id}.png"
        has_links = bool(links.links(invitation.code))
        if has_links:
            links.write_image(invitation.code, qr)
        rows.append({"family_id": invitation.family_id, "caregiver": invitation.caregiver,
                     "rows": " ".join(str(r) for r in invitation.rows),
                     "valid_until": invitation.expires_at.astimezone(zone).strftime("%d.%m.%Y"),
                     "viber_link": links.viber(invitation.code) or "",
                     "telegram_link": links.telegram(invitation.code) or "",
                     "qr_file": qr.name if has_links else "",
                     "terminal_code": "" if has_links else f"/start {invitation.code}"})
    write_invitations(folder / "invitations.csv", rows)
    sys.stdout.write(f"invitations: {folder / 'invitations.csv'}\n")


def _summary(report: ImportReport, problems: list[RowProblem], dry_run: bool) -> None:
    would = "would be " if dry_run else ""
    sys.stdout.write(
        f"{report.families_created} families {would}created, {report.children_added} children {would}added, "
        f"{report.already_imported} already imported, {len(problems)} problem(s)"
        f"{' (dry run: nothing written)' if dry_run else ''}\n")


CHECKBACK_COLUMNS = ("tip", "answer", "count")


async def _export(args: argparse.Namespace) -> None:
    async with open_database(args) as (settings, database):
        clock = SystemClock(settings.timezone)
        today, now = clock.today(), clock.now()
        doses = load_doses(settings.content_dir / "data" / "immunization.yaml")
        async with database.transaction() as store:
            mediators = SqlMediators(store.session)
            facts = await mediators.facts_of(await mediators.profiles(args.mediator))
            checkins = await answer_counts(store.session, [c.id for f in facts for c in f.children if c.id])
    rows = []
    for family in facts:
        assessment, profile = assess(family, today, now, doses), family.profile
        base = {"family_id": profile.family_id, "mediator_id": profile.mediator_id or "",
                "settlement": profile.settlement, "language": profile.locale,
                "enrolled_on": profile.enrolled_at.astimezone(clock.zone).date().isoformat()
                if profile.enrolled_at else "", "consent_method": profile.consent_method,
                "invitation_opened": "yes" if family.chats_active else "no",
                "reachable": ("yes" if any(family.chats_active) else "no") if family.chats_active else "",
                "asked_for_help": "yes" if profile.help_requested_at else "no", "status": assessment.status}
        for child in family.children:
            records = family.records.get(child.id or 0, [])
            plan = vaccine_plan(child.birth_date, today, doses, records)
            rows.append({**base, "child_id": child.id, "child_age_months": completed_months(child.birth_date, today),
                         "born_early_weeks": child.gestational_weeks or "", "doses_recorded": len(records),
                         "doses_overdue": sum(counts_as_late(item, today) for item in plan),
                         **dict(zip(("checkin_answers", "checkin_not_yet", "checkin_act_early"),
                                    checkins.get(child.id or 0, (0, 0, 0)), strict=True))})
    if args.out is None:
        write_export(sys.stdout, rows)
    else:
        with private_file(args.out) as out:
            write_export(out, rows)
        sys.stderr.write(f"{len(rows)} row(s) written to {args.out}\n")


def checkback_rows(counts: Sequence[tuple[str, str, int]]) -> list[dict[str, object]]:
    """The CSV's rows: tip, answer and the count, 1-4 suppressed as "<5"."""
    return [{"tip": tip, "answer": answer, "count": suppress(count)} for tip, answer, count in counts]


async def _checkbacks(args: argparse.Namespace) -> None:
    """The answers to the activity check-backs, counted per tip and answer: no child, family or date."""
    async with open_database(args) as (_settings, database), database.transaction() as store:
        counts = await checkback_counts(store.session)
    rows = checkback_rows(counts)
    if args.out is None:
        write_rows(sys.stdout, CHECKBACK_COLUMNS, rows)
    else:
        with private_file(args.out) as out:
            write_rows(out, CHECKBACK_COLUMNS, rows)
        sys.stderr.write(f"{len(rows)} row(s) written to {args.out}\n")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("families", help="bulk import of families, export for reports")
    actions = parser.add_subparsers(dest="families_command", required=True)
    load = actions.add_parser("import", help="import families from a .csv or .xlsx file (one row per child)")
    load.add_argument("file", type=Path)
    load.add_argument("--mediator", type=int, metavar="ID", help="mediator of rows without a mediator column")
    load.add_argument("--dry-run", action="store_true", help="check everything, write nothing")
    load.add_argument("--invitations", type=Path, metavar="DIR",
                      help="folder for the invitations of new families (default: <file>-invitations/)")
    load.set_defaults(run=_import)
    export = actions.add_parser("export", help="CSV for the lab's reports: one row per child, no names")
    export.add_argument("--mediator", type=int, metavar="ID", help="only this mediator's families")
    export.add_argument("--out", type=Path, help="write to this file (default: standard output)")
    export.set_defaults(run=_export)
    checkbacks = actions.add_parser(
        "checkbacks", help="CSV for the lab: answers to the activity check-backs counted per tip and answer")
    checkbacks.add_argument("--out", type=Path, help="write to this file (default: standard output)")
    checkbacks.set_defaults(run=_checkbacks)
    for sub in (load, export, checkbacks):
        sub.add_argument("--db", help="database URL (default: DATABASE_URL)")
