"""`cavororo content`: the editors' tools.

- ``check [--strict] [--content DIR]``: every check of the content; ``file:line:column: severity: message``
  lines, exit status 1 when there is an error (``--strict``: also a warning).
- ``preview --lang rom --age 9m`` (or ``--born 2025-03-12``; ``--weeks-early N``): what a parent receives.
- ``coverage``: per language, how many messages are translated, awaiting review, missing, falling back.
- ``reviews``: the Romani proposals mediators made in the chat; ``reviews apply ID...``, ``reviews reject ID``
  (bot/tools/reviews_commands.py).

See docs/content-guide.md.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from bot.core.messages import LOCALES
from bot.tools import Problem
from bot.tools.content_dir import content_dir

_LANGS = {locale.lower(): locale for locale in LOCALES} | {"sr": "sr-Latn"}


def _lang(value: str) -> str:
    try:
        return _LANGS[value.lower()]
    except KeyError:
        raise argparse.ArgumentTypeError(f"choose one of {', '.join(LOCALES)}") from None


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError("write the date as YYYY-MM-DD, e.g. 2025-03-12") from None


def _timezone(args: argparse.Namespace) -> str:
    from bot.config import settings_from

    return settings_from(args).timezone


def _show_unreviewed(args: argparse.Namespace) -> bool:
    if args.romani is not None:
        return args.romani == "all"
    from bot.config import settings_from

    return settings_from(args).show_unreviewed_romani


def _relative(problem: Problem) -> Problem:
    """The problem with its path relative to the working directory when it is inside it (shorter to read)."""
    try:
        return replace(problem, path=problem.path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return problem


async def _check(args: argparse.Namespace) -> None:
    from bot.clock import SystemClock
    from bot.tools.content_check import check_content

    folder = content_dir(args)
    sys.stderr.write(f"checking {folder}\n")
    report = check_content(folder, today=SystemClock(_timezone(args)).today())
    if args.strict:
        report = report.strict()
    sys.stderr.writelines(f"note: {note}\n" for note in report.notes)
    sys.stdout.writelines(f"{_relative(problem)}\n" for problem in report.problems)
    sys.stderr.write(f"{len(report.errors)} error(s), {len(report.warnings)} warning(s)\n")
    if report.errors:
        raise SystemExit(1)


async def _preview(args: argparse.Namespace) -> None:
    from bot.clock import SystemClock
    from bot.tools.preview import Content, birth_date_for_age, format_preview, preview

    today = args.today or SystemClock(_timezone(args)).today()
    try:
        born = args.born or birth_date_for_age(args.age, today)
        content = Content.load(content_dir(args), show_unreviewed_romani=_show_unreviewed(args))
        result = await preview(content, args.lang, born, today, weeks_early=args.weeks_early, nickname=args.name)
    except ValueError as error:
        raise SystemExit(f"cavororo: {error}") from None
    sys.stdout.write(format_preview(result))


async def _coverage(args: argparse.Namespace) -> None:
    from bot.catalog import load_library
    from bot.tools.coverage import coverage, format_coverage
    from bot.tools.health_review import format_review_summary, review_summary

    tables = coverage(content_dir(args), show_unreviewed_romani=_show_unreviewed(args),
                      proposed=await _proposed(args))
    sys.stdout.write(format_coverage(tables, listing=args.list))
    summary = review_summary(load_library(content_dir(args)))
    sys.stdout.write(format_review_summary(summary, listing=args.list))


async def _proposed(args: argparse.Namespace) -> set[str] | None:
    """Ids of Romani messages with a pending proposal, when a database is given (--db or DATABASE_URL)."""
    from bot.config import settings_from

    settings = settings_from(args)
    if not getattr(args, "db", None) and "database_url" not in settings.model_fields_set:
        return None
    from bot.tools.mediators_commands import open_database
    from bot.tools.reviews_commands import list_proposals

    async with open_database(args) as (_settings, database):
        return {stored.proposal.message_id for stored in await list_proposals(database)
                if stored.proposal.lang == "rom"}


async def _export(args: argparse.Namespace) -> None:
    from bot.clock import SystemClock
    from bot.tools.review_pack import export_for_review

    count = export_for_review(content_dir(args), args.for_review, SystemClock().today())
    sys.stderr.write(f"{count} health texts written to {args.for_review}\n")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--content", type=Path, help=(
        "content directory (default: CONTENT_DIR if set, else ./content when the working directory has one, "
        "else the content installed with the bot)"))


def _romani(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--romani", choices=("all", "reviewed"),
                        help="Romani texts shown: all, or only reviewed ones (default: SHOW_UNREVIEWED_ROMANI)")


def register(subparsers: argparse._SubParsersAction) -> None:
    content = subparsers.add_parser("content", help="check, preview and measure the content (for editors)")
    sub = content.add_subparsers(dest="content_command", required=True)
    check = sub.add_parser("check", help="check every content file; exit 1 on errors")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors")
    _common(check)
    check.set_defaults(run=_check)
    show = sub.add_parser("preview", help="what a parent of a child of this age receives")
    show.add_argument("--lang", type=_lang, required=True, help="rom, sr-Latn, sr-Cyrl or en")
    when = show.add_mutually_exclusive_group(required=True)
    when.add_argument("--age", help="the child's age today: 9m, 20w, 40d, 2y, 1y6m")
    when.add_argument("--born", type=_date, help="the birth date, YYYY-MM-DD")
    show.add_argument("--weeks-early", type=int, default=0, help="weeks born before term (default 0)")
    show.add_argument("--name", help="the child's nickname (default: none, as when a parent skips it)")
    show.add_argument("--today", type=_date, help="pretend today is this date, YYYY-MM-DD")
    _common(show)
    _romani(show)
    show.set_defaults(run=_preview)
    cover = sub.add_parser("coverage", help="translated, awaiting review, missing and falling back, per language")
    cover.add_argument("--list", action="store_true", help="also list the ids that are missing or awaiting review")
    cover.add_argument("--db", help="database URL for the mediators' pending proposals (default: DATABASE_URL "
                                    "when set; without one the proposed column shows -)")
    _common(cover)
    _romani(cover)
    cover.set_defaults(run=_coverage)
    export = sub.add_parser("export", help="the reviewer's pack: every health text by age, for the doctor")
    export.add_argument("--for-review", type=Path, required=True, metavar="OUT",
                        help="write one printable HTML document (Serbian with English beside it) to OUT")
    _common(export)
    export.set_defaults(run=_export)
    from bot.tools.reviews_commands import register as register_reviews

    register_reviews(sub)
