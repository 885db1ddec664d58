"""A dispatcher in its own process, for the SIGKILL and two-dispatcher tests.

    python -m tests.scheduler.dispatch_worker --db URL --api URL --now ISO [--batch N] [--concurrency N] [--go]

Sends through :class:`HttpSender` to a :class:`tests.fakes.recording_api.RecordingApi`. With ``--go`` it prints
``ready`` once built and waits for a line on stdin before dispatching (so two workers start together). At the
end it prints the DispatchReport as one JSON line.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import asdict
from datetime import datetime

from aiohttp import ClientError, ClientSession, ClientTimeout

from bot.channels.delivery import TransientDeliveryError
from bot.clock import FixedClock
from bot.core.messages import ChannelUser
from bot.i18n.render import RenderedMessage
from bot.storage.database import Database
from scheduler.dispatcher import Dispatcher, DispatchPolicy
from tests.scheduler.outbox_rows import library, translator


class HttpSender:
    channel = "telegram"

    def __init__(self, api: str, session: ClientSession) -> None:
        self._api = api
        self._session = session

    async def send(self, user: ChannelUser, messages: list[RenderedMessage]) -> list[str]:
        ids = []
        for message in messages:
            body = {"user": user.user_id, "text": message.text,
                    "buttons": [b.data for row in message.buttons for b in row]}
            try:
                async with self._session.post(f"{self._api}/send", json=body) as response:
                    if response.status >= 500:
                        raise TransientDeliveryError(f"http_{response.status}")
                    ids.append(str((await response.json())["id"]))
            except (ClientError, TimeoutError) as error:
                raise TransientDeliveryError("network", maybe_delivered=True) from error
        return ids


async def run(args: argparse.Namespace) -> None:
    database = Database.from_url(args.db)
    translator()  # load the content before saying "ready"
    async with ClientSession(timeout=ClientTimeout(total=120)) as session:
        policy = DispatchPolicy(batch=args.batch, concurrency=args.concurrency)
        dispatcher = Dispatcher(database, {"telegram": HttpSender(args.api, session)}, translator, library,
                                FixedClock(datetime.fromisoformat(args.now)), policy)
        if args.go:
            sys.stdout.write("ready\n")
            sys.stdout.flush()
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        report = await dispatcher.dispatch()
    await database.dispose()
    sys.stdout.write(json.dumps(asdict(report)) + "\n")
    sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--api", required=True)
    parser.add_argument("--now", required=True)
    parser.add_argument("--batch", type=int, default=5)
    parser.add_argument("--concurrency", type=int, default=3)
    parser.add_argument("--go", action="store_true")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()
