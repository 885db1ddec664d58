"""Sending benchmark: the dispatcher and the real Telegram channel (aiogram) against a fake Bot API that
enforces Telegram's limits: at most 30 messages in any second overall and one a second per chat, else 429.

    .venv/bin/python -m bench.dispatch_bench                    # 1,200 families, SQLite file in /tmp
    .venv/bin/python -m bench.dispatch_bench --families 600 --concurrency 16 --bulk-limit 30 --bulk-margin 0

Each family has one chat and two reminders due today (a vaccine and a check-up): one message per family. The
clock starts on a weekday at 10:00 in Belgrade and runs in real time. Prints one JSON object: messages sent,
429 answers, the sustained rate (messages / seconds from the first send to the last) and the slowest 5-second
window, and a check that every row ended "sent".
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from collections import deque
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from bot.app import build, connect_channels
from bot.channels.telegram import TelegramChannel
from bot.channels.telegram.pacing import BULK_LIMIT, BULK_MARGIN, Pacer, SystemTimer
from bot.config import Settings
from bot.storage.models import ChatRow, ChildRow, FamilyRow, OutboxRow
from scheduler.dispatcher import Dispatcher, DispatchPolicy
from tests.fakes.telegram_api import SENDING, TOKEN, FakeTelegram, Fault

START = datetime(2026, 4, 27, 8, 0, tzinfo=UTC)  # Monday 10:00 in Belgrade
BORN = date(2026, 1, 10)
OUTBOX = OutboxRow.__table__


class LimitedTelegram(FakeTelegram):
    """The fake Bot API, answering 429 (retry_after 1) when a send would break Telegram's limits."""

    def __init__(self, overall_per_second: int = 30, per_chat_seconds: float = 1.0) -> None:
        super().__init__()
        self.overall = overall_per_second
        self.per_chat = per_chat_seconds
        self.window: deque[float] = deque()
        self.last_to: dict[int | None, float] = {}
        self.too_many = 0
        self.times: list[float] = []

    def _fault(self, method: str, chat_id: int | None) -> Fault | None:
        fault = super()._fault(method, chat_id)
        if fault is not None or method not in SENDING:
            return fault
        now = time.monotonic()
        while self.window and self.window[0] <= now - 1.0:
            self.window.popleft()
        if len(self.window) >= self.overall or now - self.last_to.get(chat_id, -1e9) < self.per_chat:
            self.too_many += 1
            return Fault(429, retry_after=1)
        self.window.append(now)
        self.last_to[chat_id] = now
        self.times.append(now)
        return None


@dataclass
class RunningClock:
    """Real time, started at ``START``."""

    origin: float

    def now(self) -> datetime:
        return START + timedelta(seconds=time.monotonic() - self.origin)

    def today(self) -> date:
        return self.now().date()


async def seed(url: str, families: int) -> None:
    from bot.storage import make_engine

    engine = make_engine(url)
    family, chat, child = FamilyRow.__table__, ChatRow.__table__, ChildRow.__table__
    ids = range(1, families + 1)
    due = START - timedelta(hours=2)
    async with engine.begin() as connection:
        await connection.execute(sa.insert(family), [{"id": i, "consent_at": START, "consent_by": "parent"}
                                                     for i in ids])
        await connection.execute(sa.insert(chat), [{"channel": "telegram", "user_id": str(100_000 + i),
                                                    "locale": "sr-Latn", "family_id": i, "data": {}} for i in ids])
        await connection.execute(sa.insert(child), [{"id": i, "family_id": i, "nickname": f"Dete {i}",
                                                     "birth_date": BORN, "enrolled_on": BORN} for i in ids])
        rows = [{"family_id": i, "child_id": i, "kind": kind, "item": item, "stage": "on", "due_at": due,
                 "local_day": date(2026, 4, 27), "idempotency_key": f"bench:{i}:{item}", "created_at": due}
                for i in ids for kind, item in (("vaccine", "pcv_2"), ("checkup", "checkup_3_5m"))]
        await connection.execute(sa.insert(OUTBOX), rows)
    await engine.dispose()


def slowest_window(times: list[float], width: float = 5.0) -> float:
    """The lowest rate over any ``width``-second window between the first and the last send."""
    if not times or times[-1] - times[0] < width:
        return 0.0
    lowest, j = float("inf"), 0
    for i, start in enumerate(times):
        if start + width > times[-1]:
            break
        while j < len(times) and times[j] < start + width:
            j += 1
        lowest = min(lowest, (j - i) / width)
    return lowest


async def run(args: argparse.Namespace) -> dict[str, object]:
    folder = Path(tempfile.mkdtemp(prefix="cavororo-dispatch-"))
    url = f"sqlite+aiosqlite:///{folder / 'bench.sqlite3'}"
    fake = await LimitedTelegram().start()
    settings = Settings(DATABASE_URL=url, TELEGRAM_BOT_TOKEN=TOKEN,  # type: ignore[call-arg]
                        TELEGRAM_API_BASE=fake.base_url, LOG_LEVEL="WARNING")
    app = await build(settings)
    await seed(url, args.families)
    if args.bulk_limit is None and args.bulk_margin is None:  # the channel exactly as `cavororo serve` builds it
        connect_channels(app)
        (telegram,) = [c for c in app.channels if c.name == "telegram"]
    else:
        pacer = Pacer(SystemTimer(), bulk_limit=args.bulk_limit or BULK_LIMIT,
                      bulk_margin=BULK_MARGIN if args.bulk_margin is None else args.bulk_margin)
        telegram = TelegramChannel.from_settings(settings, app.inbox, app.database, app.translator, pacer=pacer)
    clock = RunningClock(time.monotonic())
    dispatcher = Dispatcher(app.database, {"telegram": telegram}, app.content.translator,  # type: ignore[dict-item]
                            app.content.library, clock, DispatchPolicy(batch=args.batch, concurrency=args.concurrency))
    started = time.monotonic()
    report = await dispatcher.dispatch()
    elapsed = time.monotonic() - started
    async with app.database.engine.connect() as connection:
        states = dict((await connection.execute(sa.select(OUTBOX.c.state, sa.func.count()).group_by(
            OUTBOX.c.state))).all())
    await telegram.stop()
    await app.close()
    await fake.close()
    span = fake.times[-1] - fake.times[0] if len(fake.times) > 1 else 0.0
    return {"bench": "sending", "families": args.families, "batch": args.batch, "concurrency": args.concurrency,
            "bulk_limit": args.bulk_limit or BULK_LIMIT,
            "bulk_margin": BULK_MARGIN if args.bulk_margin is None else args.bulk_margin,
            "messages": len(fake.times), "answered_429": fake.too_many, "seconds": round(elapsed, 2),
            "msg_per_s": round((len(fake.times) - 1) / span, 2) if span else None,
            "slowest_5s_window_msg_per_s": round(slowest_window(fake.times), 2),
            "rows": states, "all_sent": states == {"sent": 2 * args.families}, "report_sent": report.sent}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=1200)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=DispatchPolicy().concurrency)
    parser.add_argument("--bulk-limit", type=int, help="the Telegram pacer's messages a second (default: its own)")
    parser.add_argument("--bulk-margin", type=float, help="seconds added to the pacer's one-second window")
    print(json.dumps(asyncio.run(run(parser.parse_args()))))


if __name__ == "__main__":
    main()
