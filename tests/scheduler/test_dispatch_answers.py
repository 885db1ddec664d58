"""The parent answers a reminder: Done (today or another date), Not yet, Remind me later; /stop and /pause.

Each test sends a real reminder through the dispatcher to a terminal chat, then presses its buttons through the
same path as `cavororo chat` (tests/fakes/chat.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from bot.clock import FixedClock
from bot.core.conversation import Conversation
from bot.core.family import VaccinationRecord
from bot.core.library import Library
from bot.core.messages import Inbound
from bot.i18n.translator import Translator
from bot.inbound.inbox import Inbox
from bot.storage.database import Database
from bot.storage.models import ChatRow
from scheduler.dispatcher import Dispatcher
from tests.fakes.chat import ChatDriver
from tests.fakes.sender import FakeSender
from tests.scheduler.outbox_rows import (
    OUTBOX,
    add_family,
    add_row,
    family_row,
    library,
    local,
    row,
    rows,
    translator,
)

MONDAY_9 = local(2026, 4, 27, 9)


@pytest.fixture
def database(fast_database: Database) -> Database:
    """A migrated, empty database (SQLite and PostgreSQL), quick to make: see conftest.py."""
    return fast_database


SQLITE_ONLY = pytest.mark.parametrize("fast_database", ["sqlite"], indirect=True)  # dialog logic, not SQL


@pytest.fixture
async def clock() -> FixedClock:
    return FixedClock(MONDAY_9)


@dataclass
class ReminderApp:
    """What ChatDriver and the dispatcher need of the bot, with the content loaded once per test run."""

    database: Database
    inbox: Inbox
    translator: Translator
    library: Library


@pytest.fixture
async def app(database: Database, clock: FixedClock) -> ReminderApp:
    inbox = Inbox(database, Conversation(library, clock), translator, clock)
    return ReminderApp(database, inbox, translator(), library())


@pytest.fixture
async def parent(app: ReminderApp) -> ChatDriver:
    driver = ChatDriver(app)  # type: ignore[arg-type]
    await driver.onboard("en", nickname="Mila", born="10.1.2026")
    _, child_id = await ids_of(driver)
    async with app.database.transaction() as store:  # the 2-month doses are on the card: dose 2 is not waiting
        for dose in ("dtap_ipv_hib_1", "pcv_1"):
            await store.add_record(VaccinationRecord(child_id, dose, date(2026, 3, 10)))
    return driver


async def ids_of(parent: ChatDriver) -> tuple[int, int]:
    async with parent.app.database.transaction() as store:
        chat = await store.get_chat(parent.user)
        assert chat is not None and chat.family_id is not None
        (child,) = await store.children(chat.family_id)
        assert child.id is not None
        return chat.family_id, child.id


async def deliver(parent: ChatDriver, clock: FixedClock) -> FakeSender:
    """Run the dispatcher; the reminder it sends becomes the chat's last message (its buttons can be pressed)."""
    sender = FakeSender("terminal")
    await Dispatcher(parent.app.database, {"terminal": sender}, translator, library, clock).dispatch()
    parent.last = sender.to(parent.user.user_id)
    parent.keyboard.update(parent.last)
    return sender


async def vaccine_reminder(parent: ChatDriver, clock: FixedClock, dose: str = "dtap_ipv_hib_2") -> int:
    family_id, child_id = await ids_of(parent)
    row_id = await add_row(parent.app.database, family_id, child_id, "vaccine", dose, local(2026, 4, 27, 8))
    await deliver(parent, clock)
    return row_id


async def test_done_today_records_the_dose_stops_follow_ups_and_shows_in_the_plan(parent, clock) -> None:
    row_id = await vaccine_reminder(parent, clock)
    family_id, child_id = await ids_of(parent)
    follow_up = await add_row(parent.app.database, family_id, child_id, "vaccine", "dtap_ipv_hib_2",
                              local(2026, 5, 4, 10), stage="followup-1")

    await parent.press_id("reminders-button-done")
    assert "When did Mila get DTaP-IPV-Hib (5-in-1), dose 2?" in parent.transcript
    await parent.press_id("reminders-button-today", date=date(2026, 4, 27))

    assert "Recorded: DTaP-IPV-Hib (5-in-1), dose 2 for Mila on 27 April 2026" in parent.transcript
    async with parent.app.database.transaction() as store:
        assert [(r.dose_id, r.given_on) for r in await store.records(child_id)][-1:] == [("dtap_ipv_hib_2",
                                                                                        date(2026, 4, 27))]
    assert ((await row(parent.app.database, row_id)).answer, (await row(parent.app.database, row_id)).answered_at) \
        == ("done", MONDAY_9)
    assert (await row(parent.app.database, follow_up)).state == "cancelled"
    await parent.press_id("reminders-button-plan")
    assert "✅ Done:\n" in parent.transcript and "• DTaP-IPV-Hib (5-in-1), dose 2 (27 April 2026)" in parent.transcript


@SQLITE_ONLY
async def test_done_on_another_date_asks_for_the_date_until_it_is_valid(parent, clock) -> None:
    await vaccine_reminder(parent, clock)
    _, child_id = await ids_of(parent)
    await parent.press_id("reminders-button-done")
    await parent.press_id("reminders-button-other-date")
    assert "Type the date" in parent.transcript

    await parent.text("31.2.2026")
    assert "does not exist" in parent.transcript
    await parent.text("1.1.2026")
    assert "before Mila was born" in parent.transcript
    await parent.text("1.5.2026")
    assert "in the future" in parent.transcript
    await parent.text("20.4.2026")

    assert "on 20 April 2026" in parent.transcript
    async with parent.app.database.transaction() as store:
        assert [r.given_on for r in await store.records(child_id) if r.dose_id == "dtap_ipv_hib_2"] == [
            date(2026, 4, 20)]


async def test_done_again_corrects_the_recorded_date(parent, clock) -> None:
    await vaccine_reminder(parent, clock)
    _, child_id = await ids_of(parent)
    await parent.press_id("reminders-button-done")
    await parent.press_id("reminders-button-today", date=date(2026, 4, 27))
    await parent.raw_press(f"rem-date:{(await rows(parent.app.database))[0].id}")
    await parent.text("24.4.2026")
    async with parent.app.database.transaction() as store:
        assert [r.given_on for r in await store.records(child_id) if r.dose_id == "dtap_ipv_hib_2"] == [
            date(2026, 4, 24)]


@pytest.mark.parametrize(
    ("label", "answer", "stage", "due"),
    [("reminders-button-not-yet", "not_yet", "notyet", local(2026, 5, 4, 10)),
     ("reminders-button-later", "later", "later", local(2026, 4, 29, 10))],
    ids=["not-yet-in-a-week", "later-in-two-days"],
)
async def test_not_yet_and_later_plan_one_more_reminder(parent, clock, label, answer, stage, due) -> None:
    row_id = await vaccine_reminder(parent, clock)
    await parent.press_id(label)
    assert "I will remind you" in parent.transcript
    await parent.raw_press({"not_yet": "rem-not", "later": "rem-later"}[answer] + f":{row_id}")  # pressed twice

    database = parent.app.database
    assert (await row(database, row_id)).answer == answer
    (again,) = await rows(database, OUTBOX.c.stage == f"{stage}-{row_id}")
    assert (again.kind, again.item, again.state, again.due_at) == ("vaccine", "dtap_ipv_hib_2", "pending", due)

    clock.instant = due
    sender = await deliver(parent, clock)
    assert len(sender.sent) == 1 and "DTaP-IPV-Hib (5-in-1), dose 2" in sender.sent[0][1].text


async def test_a_check_up_reminder_answered_done_is_noted_without_a_record(parent, clock) -> None:
    family_id, child_id = await ids_of(parent)
    row_id = await add_row(parent.app.database, family_id, child_id, "checkup", "checkup_3_5m", local(2026, 4, 27, 8))
    await deliver(parent, clock)
    await parent.press_id("reminders-button-done")
    assert "Noted: Check-up at 3½ months for Mila" in parent.transcript
    assert (await row(parent.app.database, row_id)).answer == "done"
    async with parent.app.database.transaction() as store:
        assert {r.dose_id for r in await store.records(child_id)} == {"dtap_ipv_hib_1", "pcv_1"}  # the card only


@SQLITE_ONLY
async def test_a_message_with_several_items_asks_which_one_first(parent, clock) -> None:
    family_id, child_id = await ids_of(parent)
    vaccine = await add_row(parent.app.database, family_id, child_id, "vaccine", "pcv_2", local(2026, 4, 27, 8))
    await add_row(parent.app.database, family_id, child_id, "checkup", "checkup_3_5m", local(2026, 4, 27, 8))
    await deliver(parent, clock)
    assert parent.labels[:2] == ["Mila: Pneumococcal (PCV), dose 2", "Mila: Check-up at 3½ months"]
    await parent.press("Mila: Pneumococcal (PCV), dose 2")
    assert parent.labels[:3] == ["✅ Done", "⏳ Not yet", "⏰ Remind me later"]
    await parent.press_id("reminders-button-later")
    assert (await row(parent.app.database, vaccine)).answer == "later"


async def test_presses_naming_rows_the_family_may_not_answer_are_stale(parent, clock, app) -> None:
    other = await add_family(app.database, chats=(("telegram", "stranger", "en"),))
    theirs = await add_row(app.database, other.id, other.children[0], "vaccine", "pcv_2", local(2026, 4, 27, 8),
                           state="sent")
    family_id, child_id = await ids_of(parent)
    tip = await add_row(app.database, family_id, child_id, "tip", app.library.tips[0].id, local(2026, 4, 27, 8),
                        state="sent")
    unsent = await add_row(app.database, family_id, child_id, "vaccine", "pcv_2", local(2026, 5, 27, 8))
    for data in (f"rem-done:{theirs}", f"rem-not:{theirs}", f"rem-later:{tip}", f"rem-done:{unsent}",
                 "rem-done:99999999", "rem-done:x1", "rem-later:" + "9" * 40, "pause:99", "rem-on:1"):
        await parent.raw_press(data)
        assert "That button no longer works here" in parent.transcript, data
    assert all(r.answer is None for r in await rows(app.database))
    assert len(await rows(app.database)) == 3


@SQLITE_ONLY
async def test_a_catch_up_reminder_offers_the_plan_and_later_only(parent, clock) -> None:
    family_id, child_id = await ids_of(parent)
    catchup = await add_row(parent.app.database, family_id, child_id, "catchup", "catchup", local(2026, 4, 27, 8))
    await deliver(parent, clock)
    assert "Mila is missing some vaccines" in parent.transcript
    assert parent.labels == ["💉 Vaccine plan", "⏰ Remind me later", "⬅️ Menu"]
    await parent.raw_press(f"rem-done:{catchup}")
    assert "That button no longer works here" in parent.transcript


async def test_stop_silences_reminders_until_they_are_turned_on(parent, clock) -> None:
    family_id, child_id = await ids_of(parent)
    await parent.send(Inbound(parent.user, command="stop"))
    assert "Reminders are off" in parent.transcript
    assert (await family_row(parent.app.database, family_id)).reminders_stopped
    skipped = await add_row(parent.app.database, family_id, child_id, "vaccine", "pcv_2", local(2026, 4, 27, 8))
    assert not (await deliver(parent, clock)).sent
    assert (await row(parent.app.database, skipped)).state == "cancelled"

    await parent.raw_press("rem-on")
    assert "Reminders are on again" in parent.transcript
    await add_row(parent.app.database, family_id, child_id, "vaccine", "dtap_ipv_hib_2", local(2026, 4, 27, 8))
    assert len((await deliver(parent, clock)).sent) == 1


@SQLITE_ONLY
async def test_pause_asks_how_long_and_pauses_until_that_day(parent, clock) -> None:
    family_id, _ = await ids_of(parent)
    await parent.send(Inbound(parent.user, command="pause"))
    assert parent.labels == ["7 days", "14 days", "30 days", "Cancel"]
    await parent.press("14 days")
    assert "paused until 11 May 2026" in parent.transcript
    assert (await family_row(parent.app.database, family_id)).reminders_paused_until == local(2026, 5, 11)


async def test_writing_to_the_bot_is_remembered_for_the_free_window(parent, clock, app) -> None:
    clock.advance(hours=1)
    await parent.text("hello")
    table = ChatRow.__table__
    async with app.database.engine.connect() as connection:
        seen = (await connection.execute(table.select().where(table.c.user_id == parent.user.user_id))).one()
    assert seen.last_inbound_at == MONDAY_9 + timedelta(hours=1)
