"""`cavororo dashboard-rollup [--db URL]`: rebuild the dashboard's daily counts now.

The scheduler of `cavororo serve` rebuilds them once a day by itself (bot/dashboard/rollup.py, DailyRollup); run
this after an import, a restore, or to see today's numbers at once. Prints how many rows the rollup holds and how
long the rebuild took. See docs/dashboard.md, "What each panel counts".
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from bot.catalog import load_library
from bot.clock import SystemClock
from bot.config import settings_from
from bot.dashboard.rollup import rebuild, rebuild_database
from bot.storage import migrate


async def _rollup(args: argparse.Namespace) -> None:
    settings = settings_from(args)
    await migrate(settings.database_url, settings.timezone)
    database = rebuild_database(settings.database_url)  # statements may run longer than the bot's 60 s
    clock = SystemClock(settings.timezone)
    started = time.perf_counter()
    try:
        rows = await rebuild(database, clock.today(), clock.now(), load_library(settings.content_dir).doses)
    finally:
        await database.dispose()
    sys.stdout.write(f"dashboard rollup rebuilt: {rows} rows in {time.perf_counter() - started:.1f} s\n")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "dashboard-rollup", help="rebuild the dashboard's daily counts now (the scheduler does it once a day)",
        description="Recount every dashboard panel from the bot's tables into dashboard_rollup, in one transaction.")
    parser.add_argument("--db", help="database URL (default: DATABASE_URL)")
    parser.set_defaults(run=_rollup)
