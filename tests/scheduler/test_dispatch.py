"""The dispatcher on SQLite and PostgreSQL: one message per family per day, quiet hours, what is dropped,
the Viber free window, leases, and bounded concurrency. Failures are in test_dispatch_failures.py."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.clock import FixedClock
from bot.core.family import VaccinationRecord
from bot.core.messages import ChannelUser
from bot.storage.database import Database
from scheduler.calendar import DeliveryCalendar
from scheduler.claims import OutboxClaims
from scheduler.dispatcher import Dispatcher, DispatchPolicy
from tests.fakes.sender import FakeSender
from tests.scheduler.outbox_rows import (
    BELGRADE,
    OUTBOX,
    add_family,
    add_row,
    library,
    local,
    row,
    rows,
    set_last_inbound,
    translator,
)

MONDAY_9 = local(2026, 4, 27, 9)  # Mila, born 10 Jan 2026, is due for her 2nd DTaP-IPV-Hib and PCV doses


@pytest.fixture
def database(fast_database: Database) -> Database:
    """A migrated, empty database (SQLite and PostgreSQL), quick to make: see conftest.py."""
    return fast_database


def dispatcher(database: Database, clock: FixedClock, *senders: FakeSender, **policy: object) -> Dispatcher:
    chosen = senders or (FakeSender(),)
    return Dispatcher(database, {s.channel: s for s in chosen}, translator, library, clock,
                      DispatchPolicy(**policy))  # type: ignore[arg-type]


def tip_id(index: int = 20) -> str:
    return library().tips[index].id


async def test_everything_due_for_a_family_on_one_day_goes_out_as_one_message(database: Database) -> None:
    family = await add_family(database, children=(("Mila", date(2026, 1, 10)), ("Nela", date(2025, 3, 1))))
    mila, nela = family.children
    first = await add_row(database, family.id, mila, "vaccine", "dtap_ipv_hib_2", local(2026, 4, 27, 8))
    second = await add_row(database, family.id, mila, "vaccine", "pcv_2", local(2026, 4, 27, 8))
    tip = await add_row(database, family.id, nela, "tip", tip_id(), local(2026, 4, 27, 10), stage="weekly")
    tomorrow = await add_row(database, family.id, mila, "checkup", "checkup_3_5m", local(2026, 4, 28, 10))
    sender = FakeSender()

    report = await dispatcher(database, FixedClock(MONDAY_9), sender).dispatch()

    assert report.sent == 1 and len(sender.sent) == 1
    text = sender.sent[0][1].text
    assert "Mila" in text and "Nela" in text and "DTaP-IPV-Hib (5-in-1), dose 2" in text and "PCV" in text
    for row_id in (first, second, tip):
        sent = await row(database, row_id)
        assert (sent.state, sent.channel_message_id, sent.sent_at) == ("sent", "telegram-1", MONDAY_9)
    assert (await row(database, tomorrow)).state == "pending"


async def test_a_family_already_messaged_today_gets_a_new_row_tomorrow_morning(database: Database) -> None:
    family = await add_family(database)
    await add_row(database, family.id, family.children[0], "vaccine", "dtap_ipv_hib_2", local(2026, 4, 27, 8))
    clock, sender = FixedClock(MONDAY_9), FakeSender()
    await dispatcher(database, clock, sender).dispatch()
    late = await add_row(database, family.id, family.children[0], "checkup", "checkup_3_5m", local(2026, 4, 27, 15))

    clock.instant = local(2026, 4, 27, 16)
    await dispatcher(database, clock, sender).dispatch()
    assert len(sender.sent) == 1
    waiting = await row(database, late)
    assert (waiting.state, waiting.next_attempt_at) == ("pending", local(2026, 4, 28, 8))

    clock.instant = local(2026, 4, 28, 8)
    await dispatcher(database, clock, sender).dispatch()
    assert len(sender.sent) == 2 and (await row(database, late)).state == "sent"


async def test_many_families_each_get_exactly_one_message(database: Database) -> None:
    families = [await add_family(database, chats=(("telegram", f"u{n}", "sr-Latn"),)) for n in range(12)]
    for family in families:
        for dose in ("dtap_ipv_hib_2", "pcv_2"):
            await add_row(database, family.id, family.children[0], "vaccine", dose, local(2026, 4, 27, 8))
    sender = FakeSender()

    report = await dispatcher(database, FixedClock(MONDAY_9), sender, batch=5).dispatch()

    assert report.sent == 12 and report.claimed_rows == 24
    assert sorted(user.user_id for user, _ in sender.sent) == sorted(f"u{n}" for n in range(12))
    assert {r.state for r in await rows(database)} == {"sent"}


SQLITE_ONLY = pytest.mark.parametrize("fast_database", ["sqlite"], indirect=True)  # the rule is not SQL


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("hour", "minute", "sends"),
    [(20, 59, True), (21, 0, False), (23, 59, False), (3, 0, False), (7, 59, False), (8, 0, True)],
    ids=["20:59", "21:00", "23:59", "03:00", "07:59", "08:00"],
)
async def test_nothing_goes_out_in_quiet_hours(database: Database, hour: int, minute: int, sends: bool) -> None:
    family = await add_family(database)
    due = await add_row(database, family.id, family.children[0], "vaccine", "dtap_ipv_hib_2", local(2026, 4, 25, 8))
    sender = FakeSender()

    report = await dispatcher(database, FixedClock(local(2026, 4, 27, hour, minute)), sender).dispatch()

    assert (len(sender.sent) == 1) is sends
    assert report.quiet is not sends
    assert (await row(database, due)).state == ("sent" if sends else "pending")


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("moment", "quiet"),
    [(local(2026, 3, 29, 7, 59), True), (local(2026, 3, 29, 8), False),
     (local(2026, 10, 25, 7, 59), True), (local(2026, 10, 25, 8), False)],
    ids=["spring-forward-07:59", "spring-forward-08:00", "fall-back-07:59", "fall-back-08:00"],
)
async def test_quiet_hours_follow_belgrade_wall_clock_on_dst_days(database: Database, moment, quiet: bool) -> None:
    family = await add_family(database, card=())
    await add_row(database, family.id, family.children[0], "vaccine", "dtap_ipv_hib_1", local(2026, 3, 20, 8))
    sender = FakeSender()
    await dispatcher(database, FixedClock(moment), sender).dispatch()
    assert (not sender.sent) is quiet


async def test_a_recorded_dose_is_dropped_and_the_rest_still_goes(database: Database) -> None:
    family = await add_family(database)
    child = family.children[0]
    recorded = await add_row(database, family.id, child, "vaccine", "dtap_ipv_hib_2", local(2026, 4, 27, 8))
    open_dose = await add_row(database, family.id, child, "vaccine", "pcv_2", local(2026, 4, 27, 8))
    async with database.transaction() as store:
        await store.add_record(VaccinationRecord(child, "dtap_ipv_hib_2", date(2026, 4, 24)))
    sender = FakeSender()

    await dispatcher(database, FixedClock(MONDAY_9), sender).dispatch()

    assert (await row(database, recorded)).state == "cancelled"
    assert (await row(database, recorded)).last_error == "recorded"
    assert (await row(database, open_dose)).state == "sent"
    assert "DTaP" not in sender.sent[0][1].text


async def test_a_family_with_only_obsolete_rows_gets_nothing(database: Database) -> None:
    family = await add_family(database)
    stale = await add_row(database, family.id, family.children[0], "checkup", "checkup_1m", local(2026, 4, 27, 8))
    unknown = await add_row(database, family.id, family.children[0], "vaccine", "no_such_dose", local(2026, 4, 27, 8))
    sender = FakeSender()
    await dispatcher(database, FixedClock(MONDAY_9), sender).dispatch()
    assert not sender.sent and sender.attempts == 0
    assert [(r.state, r.last_error) for r in await rows(database, OUTBOX.c.id.in_([stale, unknown]))] == [
        ("cancelled", "window_passed"), ("cancelled", "unknown_item")]


async def test_older_rows_for_the_same_item_are_superseded_by_the_newest(database: Database) -> None:
    family = await add_family(database)
    child = family.children[0]
    before = await add_row(database, family.id, child, "vaccine", "dtap_ipv_hib_2", local(2026, 4, 24, 8),
                           stage="before")
    on = await add_row(database, family.id, child, "vaccine", "dtap_ipv_hib_2", local(2026, 4, 27, 8))
    sender = FakeSender()
    await dispatcher(database, FixedClock(MONDAY_9), sender).dispatch()
    assert sender.sent[0][1].text.count("DTaP") == 1
    assert ((await row(database, before)).state, (await row(database, before)).last_error) == ("cancelled",
                                                                                               "superseded")
    assert (await row(database, on)).state == "sent"


async def test_the_message_is_in_the_chat_language_and_script(database: Database) -> None:
    family = await add_family(database, chats=(("telegram", "u1", "sr-Cyrl"),))
    await add_row(database, family.id, family.children[0], "vaccine", "dtap_ipv_hib_2", local(2026, 4, 27, 8))
    sender = FakeSender()
    await dispatcher(database, FixedClock(MONDAY_9), sender).dispatch()
    message = sender.sent[0][1]
    assert "Подсетници" in message.text
    assert [b.data for row_ in message.buttons for b in row_][:3] == [
        f"rem-done:{(await rows(database))[0].id}", f"rem-not:{(await rows(database))[0].id}",
        f"rem-later:{(await rows(database))[0].id}"]


@pytest.mark.parametrize(
    ("wrote_hours_ago", "due_in_days", "sent_now"),
    [(2, 2, True), (2, 3, True), (2, 4, False), (22, 1, True), (25, 1, False)],
    ids=["wrote-2h-due-in-2d", "due-in-3d", "due-in-4d-waits", "wrote-22h-ago", "wrote-25h-ago-waits"],
)
async def test_viber_free_window_brings_the_next_days_forward(database: Database, wrote_hours_ago: int,
                                                              due_in_days: int, sent_now: bool) -> None:
    family = await add_family(database, chats=(("viber", "v1", "rom"),))
    await set_last_inbound(database, ChannelUser("viber", "v1"), MONDAY_9 - timedelta(hours=wrote_hours_ago))
    upcoming = await add_row(database, family.id, family.children[0], "checkup", "checkup_3_5m",
                             MONDAY_9 + timedelta(days=due_in_days))
    viber = FakeSender("viber")
    await dispatcher(database, FixedClock(MONDAY_9), viber).dispatch()
    assert (len(viber.sent) == 1) is sent_now
    assert (await row(database, upcoming)).state == ("sent" if sent_now else "pending")


async def test_the_free_window_does_not_help_a_telegram_family(database: Database) -> None:
    family = await add_family(database)
    await set_last_inbound(database, family.users[0], MONDAY_9 - timedelta(hours=1))
    await add_row(database, family.id, family.children[0], "checkup", "checkup_3_5m", MONDAY_9 + timedelta(days=1))
    sender = FakeSender()
    await dispatcher(database, FixedClock(MONDAY_9), sender).dispatch()
    assert not sender.sent


async def test_a_claim_whose_process_died_is_taken_again_when_the_lease_ends(database: Database) -> None:
    family = await add_family(database)
    due = await add_row(database, family.id, family.children[0], "vaccine", "dtap_ipv_hib_2", local(2026, 4, 27, 8))
    claims = OutboxClaims(database, BELGRADE)
    clock = FixedClock(MONDAY_9)
    window = claims.window(clock.now(), morning_hour=8, free_days=3)
    lost = await claims.claim(window, clock.now() + timedelta(minutes=5), 10)  # the process dies now
    assert [i.id for c in lost.claims for i in c.items] == [due]
    sender = FakeSender()

    await dispatcher(database, clock, sender).dispatch()
    assert not sender.sent and (await row(database, due)).state == "sending"

    clock.advance(minutes=5, seconds=1)
    await dispatcher(database, clock, sender).dispatch()
    assert len(sender.sent) == 1
    assert ((await row(database, due)).state, (await row(database, due)).attempts) == ("sent", 2)


async def test_sends_in_flight_never_exceed_the_concurrency_bound(database: Database) -> None:
    for n in range(10):
        family = await add_family(database, chats=(("telegram", f"u{n}", "en"),))
        await add_row(database, family.id, family.children[0], "vaccine", "pcv_2", local(2026, 4, 27, 8))
    sender = FakeSender()
    sender.delay = 0.002
    await dispatcher(database, FixedClock(MONDAY_9), sender, concurrency=3).dispatch()
    assert len(sender.sent) == 10 and sender.max_in_flight == 3


@SQLITE_ONLY
async def test_quiet_hours_can_be_configured(database: Database) -> None:
    family = await add_family(database)
    await add_row(database, family.id, family.children[0], "vaccine", "pcv_2", local(2026, 4, 27, 8))
    sender = FakeSender()
    calendar = DeliveryCalendar(BELGRADE, quiet_start=8, quiet_end=10)
    await dispatcher(database, FixedClock(MONDAY_9), sender, calendar=calendar).dispatch()
    assert not sender.sent
