"""A flood from one chat cannot starve the others (bot/inbound/ratelimit.py applied in bot/inbound/inbox.py).

The limiter runs on a :class:`Ticker` (time moves only when the test says so); everything else is the real bot:
the engine on SQLite, and for the webhooks the real channels over HTTP against the fake platform APIs.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import Any

from bot.app import App, mediation
from bot.clock import FixedClock
from bot.core.conversation import Conversation
from bot.core.messages import Text
from bot.inbound.inbox import Inbox
from bot.inbound.ratelimit import InboundLimiter
from bot.storage.database import Database
from bot.storage.store import SqlStore
from tests.channels.telegram.harness import telegram_world
from tests.channels.viber.harness import running
from tests.fakes.chat import NOW, ChatDriver, make_app
from tests.fakes.telegram_api import SENDING
from tests.fakes.telegram_updates import message_update
from tests.security.ticker import Ticker

RATE, BURST = 20, 10
FLOOD = 500


class CountingDatabase:
    """The real Database, counting the transactions the inbox opens (a working wrapper, not a mock)."""

    def __init__(self, inner: Database) -> None:
        self.inner = inner
        self.transactions = 0

    def transaction(self, wait_s: float | None = None) -> AbstractAsyncContextManager[SqlStore]:
        self.transactions += 1
        return self.inner.transaction(wait_s)


def limited_inbox(app: App, ticker: Ticker) -> tuple[Inbox, CountingDatabase]:
    database = CountingDatabase(app.database)
    conversation = Conversation(app.content.library, FixedClock(NOW), mediation(app.settings))
    limiter = InboundLimiter(RATE, BURST, monotonic=ticker)
    return Inbox(database, conversation, app.content.translator, FixedClock(NOW), limiter=limiter), database  # type: ignore[arg-type]


async def test_a_flood_from_one_chat_is_dropped_without_database_work_and_others_are_answered(tmp_path) -> None:
    app = await make_app(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    ticker = Ticker()
    app.inbox, database = limited_inbox(app, ticker)
    flooder, other = ChatDriver(app, "1001", channel="telegram"), ChatDriver(app, "1002", channel="telegram")
    try:
        await flooder.onboard("en")  # 6 of the 10
        answers = [await flooder.text("hello") for _ in range(FLOOD)]
        transactions = database.transactions
        await other.onboard("sr-Latn")
        other_answer = other.transcript
        ticker.advance(60)
        again = await flooder.text("hello")
    finally:
        await app.close()
    assert all(answers[:4]) and answers[4] and not any(answers[5:])
    assert [m.text for m in answers[4]] == [flooder.say("security-too-many-messages")]  # in the chat's language
    assert transactions == BURST  # the 490 dropped updates opened no transaction
    assert other_answer and other_answer != flooder.say("security-too-many-messages")  # answered normally
    assert again and again[0].text != flooder.say("security-too-many-messages")


async def test_a_flooded_telegram_webhook_answers_200_and_serves_other_chats(tmp_path) -> None:
    async with telegram_world(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", "webhook") as world:
        ticker = Ticker()
        world.app.inbox.limiter = InboundLimiter(RATE, BURST, monotonic=ticker)
        fake = world.fake
        statuses = [await fake.post_update(message_update(fake.next_update_id(), 501, text="hello"))
                    for _ in range(200)]
        await world.channel.drain()
        to_flooder = [c for c in fake.calls if c.method in SENDING and c.chat_id == 501]
        other = world.parent(502)
        await other.onboard("en")
        ticker.advance(60)
        await world.deliver(message_update(fake.next_update_id(), 501, text="/menu"))
        after_window = [c for c in fake.calls if c.method in SENDING and c.chat_id == 501][len(to_flooder):]
        warning = world.app.translator.format("sr-Latn", Text("security-too-many-messages"))
    assert set(statuses) == {200}  # Telegram must not retry a dropped update
    assert [c.text for c in to_flooder].count(warning) == 1
    assert len(to_flooder) <= BURST * 2 + 1  # each answered update is one or two messages, then one warning
    assert other.transcript and other.say("security-too-many-messages") not in other.transcript
    assert after_window and warning not in [c.text for c in after_window]


async def test_a_flooded_viber_webhook_answers_200_and_serves_other_chats(tmp_path) -> None:
    async with running(f"sqlite+aiosqlite:///{tmp_path / 'viber.sqlite3'}") as harness:
        ticker = Ticker()
        harness.app.inbox.limiter = InboundLimiter(RATE, BURST, monotonic=ticker)
        flooder, other = harness.user(), harness.user()
        await flooder.onboard("en")
        answers: list[Any] = []
        flood_texts: list[str] = []
        for _ in range(100):
            answers.append(await flooder.message({"type": "text", "text": "hello"}))
            flood_texts.extend(flooder.texts)
        received = len(harness.api.sent_to(flooder.user_id))
        await other.onboard("en")
        other_texts = other.texts
        ticker.advance(60)
        await flooder.type("hello")
    assert {a.status for a in answers} == {200}  # Viber must not retry a dropped callback
    assert flood_texts.count(flooder.say("security-too-many-messages")) == 1
    assert flood_texts[-1] == flooder.say("security-too-many-messages")  # then nothing more
    assert received <= BURST * 2 + 1
    assert other_texts and flooder.say("security-too-many-messages") not in other_texts
    assert flooder.texts and flooder.say("security-too-many-messages") not in flooder.texts


