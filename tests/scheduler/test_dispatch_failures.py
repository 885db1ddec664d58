"""What the dispatcher does when a send fails, and for families that paused or stopped reminders."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.channels.delivery import PermanentDeliveryError, TransientDeliveryError
from bot.clock import FixedClock
from bot.core.messages import ChannelUser
from bot.storage.database import Database
from tests.fakes.sender import FakeSender
from tests.scheduler.outbox_rows import add_family, add_row, chat_active, local, row
from tests.scheduler.test_dispatch import MONDAY_9, dispatcher


@pytest.fixture
def database(fast_database: Database) -> Database:
    """A migrated, empty database (SQLite and PostgreSQL), quick to make: see conftest.py."""
    return fast_database


class BrokenSender(FakeSender):
    async def send(self, user, messages):  # noqa: ANN001, ANN201 - the Sender signature
        raise KeyError("a bug")


async def one_due_row(database: Database, **family: object) -> tuple[int, ChannelUser]:
    seeded = await add_family(database, **family)  # type: ignore[arg-type]
    due = await add_row(database, seeded.id, seeded.children[0], "vaccine", "pcv_2", local(2026, 4, 27, 8))
    return due, seeded.users[0]


@pytest.mark.parametrize(
    ("error", "retry_in"),
    [
        (TransientDeliveryError("http_500"), timedelta(minutes=1)),
        (TransientDeliveryError("telegram_429", retry_after=300), timedelta(seconds=300)),
    ],
    ids=["5xx", "429-retry-after"],
)
async def test_a_transient_failure_is_retried_after_a_backoff(database: Database, error, retry_in) -> None:
    due, user = await one_due_row(database)
    clock, sender = FixedClock(MONDAY_9), FakeSender()
    sender.failures[user.user_id].append(error)

    report = await dispatcher(database, clock, sender).dispatch()
    waiting = await row(database, due)
    assert (report.retried, waiting.state, waiting.last_error) == (1, "pending", error.code)
    assert waiting.next_attempt_at == MONDAY_9 + retry_in

    clock.instant = MONDAY_9 + retry_in - timedelta(seconds=1)
    await dispatcher(database, clock, sender).dispatch()
    assert not sender.sent
    clock.instant = MONDAY_9 + retry_in
    await dispatcher(database, clock, sender).dispatch()
    assert len(sender.sent) == 1 and (await row(database, due)).state == "sent"


async def test_backoff_doubles_and_attempts_are_bounded(database: Database) -> None:
    due, user = await one_due_row(database)
    clock, sender = FixedClock(MONDAY_9), FakeSender()
    sender.always_fail[user.user_id] = TransientDeliveryError("http_502")
    waits = []
    for _ in range(4):
        await dispatcher(database, clock, sender, max_attempts=4).dispatch()
        current = await row(database, due)
        if current.state == "pending":
            waits.append(current.next_attempt_at - clock.now())
            clock.instant = current.next_attempt_at
    assert waits == [timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4)]
    final = await row(database, due)
    assert (final.state, final.attempts, final.last_error, sender.attempts) == ("failed", 4, "http_502", 4)


async def test_an_unexpected_error_in_a_sender_is_retried_not_lost(database: Database) -> None:
    due, _ = await one_due_row(database)
    await dispatcher(database, FixedClock(MONDAY_9), BrokenSender()).dispatch()
    waiting = await row(database, due)
    assert (waiting.state, waiting.last_error) == ("pending", "internal_KeyError")


@pytest.mark.parametrize("code", ["telegram_blocked", "viber_not_subscribed"], ids=["blocked", "unsubscribed"])
async def test_a_permanent_failure_marks_the_chat_inactive_and_fails_the_rows(database: Database, code: str) -> None:
    due, user = await one_due_row(database)
    clock, sender = FixedClock(MONDAY_9), FakeSender()
    sender.failures[user.user_id].append(PermanentDeliveryError(code))

    report = await dispatcher(database, clock, sender).dispatch()
    failed = await row(database, due)
    assert (report.failed, failed.state, failed.last_error) == (1, "failed", code)
    assert not await chat_active(database, user)

    seeded_later = await add_row(database, failed.family_id, failed.child_id, "vaccine", "dtap_ipv_hib_2",
                                 local(2026, 4, 28, 8))
    clock.instant = local(2026, 4, 28, 9)
    await dispatcher(database, clock, sender).dispatch()
    assert sender.attempts == 1  # an unreachable family is not tried again
    assert ((await row(database, seeded_later)).state, (await row(database, seeded_later)).last_error) == (
        "failed", "unreachable")


async def test_a_family_with_a_second_chat_still_gets_the_message(database: Database) -> None:
    due, user = await one_due_row(database, chats=(("telegram", "mum", "rom"), ("telegram", "dad", "sr-Latn")))
    sender = FakeSender()
    sender.failures["mum"].append(PermanentDeliveryError("telegram_blocked"))
    await dispatcher(database, FixedClock(MONDAY_9), sender).dispatch()
    assert [u.user_id for u, _ in sender.sent] == ["dad"]
    assert (await row(database, due)).state == "sent"
    assert not await chat_active(database, user)
    assert await chat_active(database, ChannelUser("telegram", "dad"))


async def test_a_chat_on_a_channel_without_a_sender_is_unreachable(database: Database) -> None:
    due, _ = await one_due_row(database, chats=(("viber", "v1", "en"),))
    await dispatcher(database, FixedClock(MONDAY_9), FakeSender("telegram")).dispatch()
    assert ((await row(database, due)).state, (await row(database, due)).last_error) == ("failed", "unreachable")


@pytest.mark.parametrize(
    ("family", "reason"),
    [({"reminders_stopped": True}, "stopped"), ({"reminders_paused_until": local(2026, 5, 11)}, "paused")],
    ids=["stopped", "paused"],
)
async def test_a_silenced_family_gets_nothing_and_due_rows_are_skipped(database: Database, family, reason) -> None:
    due, _ = await one_due_row(database, **family)
    sender = FakeSender()
    await dispatcher(database, FixedClock(MONDAY_9), sender).dispatch()
    assert sender.attempts == 0
    assert ((await row(database, due)).state, (await row(database, due)).last_error) == ("cancelled", reason)


async def test_reminders_come_again_when_a_pause_ends(database: Database) -> None:
    seeded = await add_family(database, reminders_paused_until=local(2026, 5, 11))
    after = await add_row(database, seeded.id, seeded.children[0], "vaccine", "dtap_ipv_hib_2",
                          local(2026, 5, 11, 9))
    clock, sender = FixedClock(MONDAY_9), FakeSender()
    await dispatcher(database, clock, sender).dispatch()
    clock.instant = local(2026, 5, 11, 10)
    await dispatcher(database, clock, sender).dispatch()
    assert len(sender.sent) == 1 and (await row(database, after)).state == "sent"


async def test_a_send_is_not_started_when_its_lease_is_nearly_over(database: Database) -> None:
    due, _ = await one_due_row(database)
    sender = FakeSender()
    policy = {"lease": timedelta(seconds=20), "lease_margin": timedelta(seconds=30)}
    report = await dispatcher(database, FixedClock(MONDAY_9), sender, max_attempts=1, **policy).dispatch(
        max_batches=1)
    released = await row(database, due)
    assert sender.attempts == 0 and report.failed == 0
    assert (released.state, released.attempts, released.lease_until) == ("pending", 0, None)
