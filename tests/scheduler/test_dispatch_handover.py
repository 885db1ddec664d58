"""The family-level "a mediator now looks after your family" row (kind ``handover``, no child) in the one message
of the day: first, before the reminders; alone, the whole message; only the latest; an unknown item dropped."""

from __future__ import annotations

import pytest

from bot.clock import FixedClock
from bot.core.mediation import HANDOVER
from bot.core.messages import Text
from bot.storage.database import Database
from scheduler.dispatcher import Dispatcher, DispatchPolicy
from tests.fakes.sender import FakeSender
from tests.scheduler.outbox_rows import add_family, add_row, library, local, row, translator

MONDAY_9 = local(2026, 4, 27, 9)


@pytest.fixture
def database(fast_database: Database) -> Database:
    return fast_database


async def dispatch(database: Database, sender: FakeSender) -> None:
    await Dispatcher(database, {sender.channel: sender}, translator, library, FixedClock(MONDAY_9),
                     DispatchPolicy()).dispatch()


def say(message_id: str, locale: str = "en") -> str:
    return translator().format(locale, Text(message_id))


async def test_the_handover_note_comes_first_in_the_days_message(database: Database) -> None:
    family = await add_family(database)
    vaccine = await add_row(database, family.id, family.children[0], "vaccine", "dtap_ipv_hib_2", local(2026, 4, 27, 8))
    note = await add_row(database, family.id, None, HANDOVER, "moved", local(2026, 4, 27, 8, 30), stage="now")
    sender = FakeSender()
    await dispatch(database, sender)

    [(_, message)] = sender.sent
    assert message.text.startswith(say("handover-moved") + "\n\n" + say("reminders-header"))
    assert "DTaP-IPV-Hib" in message.text
    assert [(await row(database, i)).state for i in (vaccine, note)] == ["sent", "sent"]


async def test_a_handover_alone_is_the_whole_message_and_only_the_latest_is_said(database: Database) -> None:
    family = await add_family(database, chats=(("viber", "v1", "rom"),), children=())
    taken = await add_row(database, family.id, None, HANDOVER, "taken", local(2026, 4, 27, 8), stage="now")
    moved = await add_row(database, family.id, None, HANDOVER, "moved", local(2026, 4, 27, 8, 30), stage="now")
    sender = FakeSender("viber")
    await dispatch(database, sender)

    [(_, message)] = sender.sent
    assert message.text == say("handover-moved", "rom")
    assert say("reminders-header", "rom") not in message.text
    assert ((await row(database, taken)).state, (await row(database, taken)).last_error) == ("cancelled", "superseded")
    assert (await row(database, moved)).state == "sent"


async def test_an_unknown_handover_item_is_dropped_not_sent(database: Database) -> None:
    family = await add_family(database)
    odd = await add_row(database, family.id, None, HANDOVER, "stolen", local(2026, 4, 27, 8), stage="now")
    sender = FakeSender()
    await dispatch(database, sender)
    assert sender.sent == []
    assert ((await row(database, odd)).state, (await row(database, odd)).last_error) == ("cancelled", "unknown_item")
