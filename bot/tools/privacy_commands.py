"""`cavororo privacy retention [--dry-run] | export FAMILY_ID | erase FAMILY_ID --yes | statistics`.

``retention`` runs the retention job now (the scheduler runs it daily, see scheduler/retention.py) and prints what
it erased; ``--dry-run`` prints what it would erase and changes nothing. ``export`` prints everything stored about
one family as the JSON file a parent gets from /mydata (for a request made in person or on paper). ``erase``
erases a family as /delete does (actor "operator"), for a request that did not come through the chat.
``statistics`` prints the aggregate counts that outlive erasures, and the children removed by their family by
reason (``child_removed:<reason>``). See docs/privacy.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bot.clock import SystemClock
from bot.core.personal_data import Erasure, family_document
from bot.storage.child_removal import removal_counts
from bot.storage.privacy_store import statistics
from bot.tools.mediators_commands import open_database
from scheduler.retention import Retention, RetentionPolicy

OPERATOR = "operator"


async def _retention(args: argparse.Namespace) -> None:
    async with open_database(args) as (settings, database):
        policy = RetentionPolicy.from_settings(settings)
        report = await Retention(database, SystemClock(settings.timezone), policy).run(dry_run=args.dry_run)
    verb = "would erase" if report.dry_run else "erased"
    sys.stdout.write(
        f"{verb}: {report.children} children past {policy.child_max_age_years} years, "
        f"{report.childless_families} families left without children, "
        f"{report.inactive_families} families inactive for {policy.inactive_days} days, "
        f"{report.chats} chats without a family\n")


async def _export(args: argparse.Namespace) -> None:
    clock = SystemClock()
    async with open_database(args) as (_settings, database), database.transaction() as store:
        data = await store.family_data(args.family_id)
    if data is None:
        raise SystemExit(f"cavororo: no family {args.family_id}")
    sys.stdout.write(json.dumps(family_document(data, clock.now()), ensure_ascii=False, indent=2) + "\n")


async def _erase(args: argparse.Namespace) -> None:
    if not args.yes:
        raise SystemExit("cavororo: erasing cannot be undone; add --yes to erase")
    async with open_database(args) as (settings, database), database.transaction() as store:
        clock = SystemClock(settings.timezone)
        erasure = Erasure(OPERATOR, OPERATOR, clock.now(), clock.today())
        erased = await store.erase_family(args.family_id, erasure)
    if not erased:
        raise SystemExit(f"cavororo: no family {args.family_id}")
    sys.stdout.write(f"family {args.family_id} erased\n")


async def _statistics(args: argparse.Namespace) -> None:
    async with open_database(args) as (_settings, database), database.transaction() as store:
        rows = await statistics(store.session)
        rows += [(day, f"child_removed:{reason}", value) for day, reason, value in await removal_counts(store.session)]
    for day, name, value in sorted(rows):
        sys.stdout.write(f"{day.isoformat()}  {name:32} {value}\n")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("privacy", help="retention, a family's data export or erasure, statistics")
    actions = parser.add_subparsers(dest="privacy_command", required=True)
    retention = actions.add_parser("retention", help="erase children past the age limit and inactive families")
    retention.add_argument("--dry-run", action="store_true", help="print what would be erased, change nothing")
    retention.set_defaults(run=_retention)
    export = actions.add_parser("export", help="print everything stored about a family as JSON")
    export.add_argument("family_id", type=int)
    export.set_defaults(run=_export)
    erase = actions.add_parser("erase", help="erase a family and everything about it (cannot be undone)")
    erase.add_argument("family_id", type=int)
    erase.add_argument("--yes", action="store_true", help="really erase")
    erase.set_defaults(run=_erase)
    counts = actions.add_parser("statistics", help="the daily counts kept after erasures")
    counts.set_defaults(run=_statistics)
    for sub in (retention, export, erase, counts):
        sub.add_argument("--db", help="database URL (default: DATABASE_URL)")
