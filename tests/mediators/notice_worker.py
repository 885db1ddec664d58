"""Mediator notices sent from their own process, for the two-process test.

    python -m tests.mediators.notice_worker --db URL --api URL --now ISO [--batch N]

Prints ``ready`` once built and waits for a line on stdin (so two workers start together), then delivers until a
round sends nothing, and prints how many notices it sent as one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from datetime import datetime

from aiohttp import ClientSession, ClientTimeout

from bot.clock import FixedClock
from bot.mediator_notices import MediatorNotices
from bot.storage.database import Database
from tests.scheduler.dispatch_worker import HttpSender
from tests.scheduler.outbox_rows import translator


async def run(args: argparse.Namespace) -> None:
    database = Database.from_url(args.db)
    translator()
    async with ClientSession(timeout=ClientTimeout(total=120)) as session:
        notices = MediatorNotices(database, {"telegram": HttpSender(args.api, session)}, translator,
                                  FixedClock(datetime.fromisoformat(args.now)), batch=args.batch)
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        sent = 0
        while (round_sent := await notices.deliver()) > 0:
            sent += round_sent
    await database.dispose()
    sys.stdout.write(json.dumps({"sent": sent}) + "\n")
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--api", required=True)
    parser.add_argument("--now", required=True)
    parser.add_argument("--batch", type=int, default=4)
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
