"""A send whose outcome is unknown (a timeout: the message may have arrived) is repeated once, after the lease,
and never a third time; see the policy in scheduler/dispatcher.py."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.channels.delivery import TransientDeliveryError
from bot.clock import FixedClock
from bot.storage.database import Database
from scheduler.claims import UNKNOWN_OUTCOME
from scheduler.dispatcher import DispatchPolicy
from tests.fakes.sender import FakeSender
from tests.scheduler.test_dispatch import MONDAY_9, dispatcher
from tests.scheduler.test_dispatch_failures import one_due_row, row

LEASE = DispatchPolicy().lease


@pytest.fixture
def database(fast_database: Database) -> Database:
    """A migrated, empty database (SQLite and PostgreSQL), quick to make: see conftest.py."""
    return fast_database


def timed_out() -> TransientDeliveryError:
    return TransientDeliveryError("timeout", maybe_delivered=True)


async def test_a_send_that_timed_out_is_repeated_once_after_the_lease(database: Database) -> None:
    due, user = await one_due_row(database)
    clock, sender = FixedClock(MONDAY_9), FakeSender()
    sender.failures[user.user_id].append(timed_out())

    report = await dispatcher(database, clock, sender).dispatch()
    waiting = await row(database, due)
    assert (report.retried, report.unknown_outcome, report.errors) == (1, 1, {UNKNOWN_OUTCOME: 1})
    assert (waiting.state, waiting.last_error, waiting.next_attempt_at) == ("pending", UNKNOWN_OUTCOME,
                                                                          MONDAY_9 + LEASE)
    clock.instant = MONDAY_9 + LEASE - timedelta(seconds=1)
    await dispatcher(database, clock, sender).dispatch()
    assert sender.attempts == 1, "not before the lease has passed, although the backoff has"
    clock.instant = MONDAY_9 + LEASE
    await dispatcher(database, clock, sender).dispatch()
    sent = await row(database, due)
    assert (sender.attempts, len(sender.sent), sent.state, sent.last_error) == (2, 1, "sent", None)


async def test_a_second_unknown_outcome_fails_the_rows_instead_of_a_third_send(database: Database) -> None:
    due, user = await one_due_row(database)
    clock, sender = FixedClock(MONDAY_9), FakeSender()
    sender.failures[user.user_id] += [timed_out(), timed_out()]

    await dispatcher(database, clock, sender).dispatch()
    clock.instant = MONDAY_9 + LEASE
    report = await dispatcher(database, clock, sender).dispatch()
    given_up = await row(database, due)
    assert (report.failed, report.unknown_outcome) == (1, 1)
    assert (given_up.state, given_up.last_error, given_up.attempts) == ("failed", UNKNOWN_OUTCOME, 2)
    clock.instant = MONDAY_9 + timedelta(hours=3)
    await dispatcher(database, clock, sender).dispatch()
    assert sender.attempts == 2 and not sender.sent


async def test_the_unknown_mark_outlives_a_definite_failure_in_between(database: Database) -> None:
    due, user = await one_due_row(database)
    clock, sender = FixedClock(MONDAY_9), FakeSender()
    sender.failures[user.user_id] += [timed_out(), TransientDeliveryError("http_502"), timed_out()]

    for _ in range(3):
        await dispatcher(database, clock, sender).dispatch()
        current = await row(database, due)
        if current.state == "pending":
            assert current.last_error == UNKNOWN_OUTCOME, "the first message may have arrived: still unknown"
            clock.instant = current.next_attempt_at
    assert ((await row(database, due)).state, sender.attempts) == ("failed", 3)


async def test_a_send_not_started_for_a_short_lease_keeps_the_unknown_mark(database: Database) -> None:
    due, user = await one_due_row(database)
    clock, sender = FixedClock(MONDAY_9), FakeSender()
    sender.failures[user.user_id] += [timed_out(), timed_out()]
    await dispatcher(database, clock, sender).dispatch()

    clock.instant = MONDAY_9 + LEASE
    short = {"lease": timedelta(seconds=20), "lease_margin": timedelta(seconds=30)}
    await dispatcher(database, clock, sender, **short).dispatch(max_batches=1)
    assert sender.attempts == 1
    kept = await row(database, due)
    assert (kept.state, kept.last_error) == ("pending", UNKNOWN_OUTCOME)
    await dispatcher(database, clock, sender).dispatch()
    assert ((await row(database, due)).state, sender.attempts) == ("failed", 2)
