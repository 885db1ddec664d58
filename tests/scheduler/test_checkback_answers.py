"""The parent answers a check-back ("Did you try ...?"): each of the three buttons in the four language choices;
forged, late and repeated presses; turning check-backs off in Settings; the answers in /mydata, gone after
/delete and with a removed child; the storage on SQLite and PostgreSQL; the lab's counts without ids.

Each dialog test sends a real check-back through the dispatcher to a terminal chat, then presses its buttons
through the same path as `cavororo chat` (tests/fakes/chat.py).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import timedelta

import pytest
import sqlalchemy as sa

from bot.clock import FixedClock
from bot.core.checkbacks import CheckbackRow
from bot.core.conversation import Conversation
from bot.core.library import Library
from bot.core.messages import Inbound
from bot.core.personal_data import CheckbackAnswer, family_document
from bot.i18n.translator import Translator
from bot.inbound.inbox import Inbox
from bot.storage.checkback_answers import answer_counts
from bot.storage.database import Database
from bot.storage.models import CheckbackAnswerRow, FamilyRow
from scheduler.dispatcher import Dispatcher
from scheduler.retention import Retention, RetentionPolicy
from tests.fakes.chat import ChatDriver
from tests.fakes.sender import FakeSender
from tests.mediators.field import run_cli
from tests.scheduler.outbox_rows import OUTBOX, add_family, add_row, library, local, row, translator

MONDAY_9 = local(2026, 4, 27, 9)
MARKED = "tip-w10-tummy-time"
ANSWER = CheckbackAnswerRow.__table__
SQLITE_ONLY = pytest.mark.parametrize("fast_database", ["sqlite"], indirect=True)  # dialog logic, not SQL
BUTTONS = {"yes": "checkback-button-yes", "not_yet": "checkback-button-not-yet", "hard": "checkback-button-hard"}


@pytest.fixture
def database(fast_database: Database) -> Database:
    return fast_database


@pytest.fixture
async def clock() -> FixedClock:
    return FixedClock(MONDAY_9)


@dataclass
class App:
    database: Database
    inbox: Inbox
    translator: Translator
    library: Library


@pytest.fixture
async def app(database: Database, clock: FixedClock) -> App:
    return App(database, Inbox(database, Conversation(library, clock), translator, clock), translator(), library())


async def parent_in(app: App, locale: str) -> ChatDriver:
    driver = ChatDriver(app)  # type: ignore[arg-type]
    await driver.onboard(locale, nickname="Mila", born="10.1.2026")
    return driver


async def ids_of(parent: ChatDriver) -> tuple[int, int]:
    async with parent.app.database.transaction() as store:
        chat = await store.get_chat(parent.user)
        assert chat is not None and chat.family_id is not None
        (child,) = await store.children(chat.family_id)
        assert child.id is not None
        return chat.family_id, child.id


async def ask(parent: ChatDriver, clock: FixedClock) -> int:
    """A check-back due now, delivered: its buttons are the chat's last keyboard."""
    family_id, child_id = await ids_of(parent)
    row_id = await add_row(parent.app.database, family_id, child_id, "checkback", MARKED, clock.now() - timedelta(
        minutes=5), stage="checkback")
    sender = FakeSender("terminal")
    await Dispatcher(parent.app.database, {"terminal": sender}, translator, library, clock).dispatch()
    parent.last = sender.to(parent.user.user_id)
    parent.keyboard.update(parent.last)
    assert parent.say(f"checkback-{MARKED}") in parent.transcript
    return row_id


async def answers(database: Database) -> list[sa.Row[object]]:
    async with database.engine.connect() as connection:
        return list(await connection.execute(sa.select(ANSWER).order_by(ANSWER.c.outbox_id)))


@SQLITE_ONLY
@pytest.mark.parametrize("locale", ["rom", "sr-Latn", "sr-Cyrl", "en"])
@pytest.mark.parametrize("answer", ["yes", "not_yet", "hard"])
async def test_each_answer_in_each_language_gets_its_own_line_and_is_kept(app, clock, locale, answer) -> None:
    parent = await parent_in(app, locale)
    row_id = await ask(parent, clock)
    _, child_id = await ids_of(parent)

    await parent.press_id(BUTTONS[answer])
    assert parent.say("checkback-answer-" + answer.replace("_", "-")) in parent.transcript
    (kept,) = await answers(app.database)
    assert (kept.outbox_id, kept.child_id, kept.tip_id, kept.answer, kept.answered_at, kept.age_days) == (
        row_id, child_id, MARKED, answer, MONDAY_9, 107)
    others = set(BUTTONS) - {answer}
    assert not any(parent.say("checkback-answer-" + a.replace("_", "-")) in parent.transcript for a in others)


@SQLITE_ONLY
async def test_a_second_press_says_it_was_answered_and_keeps_the_first(app, clock) -> None:
    parent = await parent_in(app, "en")
    row_id = await ask(parent, clock)
    await parent.press_id("checkback-button-yes")
    await parent.raw_press(f"chk:{row_id}:h")  # the old keyboard is still on the screen
    assert "You answered this question already" in parent.transcript
    assert [a.answer for a in await answers(app.database)] == ["yes"]


@SQLITE_ONLY
async def test_forged_presses_are_stale_and_change_nothing(app, clock) -> None:
    parent = await parent_in(app, "en")
    row_id = await ask(parent, clock)
    stranger = await add_family(app.database, chats=(("telegram", "t9", "en"),))
    theirs = await add_row(app.database, stranger.id, stranger.children[0], "checkback", MARKED, MONDAY_9,
                           stage="checkback", state="sent", sent_at=MONDAY_9)
    family_id, child_id = await ids_of(parent)
    unsent = await add_row(app.database, family_id, child_id, "checkback", MARKED, MONDAY_9 + timedelta(days=1),
                           stage="checkback")
    tip = await add_row(app.database, family_id, child_id, "tip", MARKED, MONDAY_9, stage="weekly", state="sent",
                        sent_at=MONDAY_9)
    for data in (f"chk:{theirs}:y", f"chk:{unsent}:y", f"chk:{tip}:y", f"chk:{row_id}:x", f"chk:{row_id}",
                 "chk:99999999:n", "chk:-1:y", f"chk:{row_id}:y:y", "chk:1e3:y", "chk:" + "9" * 40 + ":y"):
        await parent.raw_press(data)
        assert parent.say("button-stale") in parent.transcript, data
    assert await answers(app.database) == []
    assert (await row(app.database, theirs)).answer is None


@SQLITE_ONLY
async def test_a_press_weeks_later_is_answered_clearly_and_changes_nothing(app, clock) -> None:
    parent = await parent_in(app, "sr-Latn")
    await ask(parent, clock)
    clock.advance(days=15)
    await parent.press_id("checkback-button-yes")
    assert "Ovo pitanje je sada zatvoreno" in parent.transcript
    assert await answers(app.database) == []


@SQLITE_ONLY
async def test_settings_turn_check_backs_off_and_on(app, clock) -> None:
    parent = await parent_in(app, "en")
    family_id, child_id = await ids_of(parent)
    waiting = await add_row(app.database, family_id, child_id, "checkback", MARKED, MONDAY_9 + timedelta(days=1),
                            stage="checkback")
    await parent.press_id("menu-settings")
    await parent.press_id("settings-reminders")
    assert parent.say("checkback-settings-on") in parent.transcript
    await parent.press_id("checkback-settings-button-off")
    assert parent.say("checkback-settings-off") in parent.transcript
    async with app.database.engine.connect() as connection:
        off = await connection.scalar(sa.select(FamilyRow.checkbacks_off).where(FamilyRow.id == family_id))
    assert off is True
    assert ((await row(app.database, waiting)).state, (await row(app.database, waiting)).last_error) == (
        "cancelled", "checkbacks_off")
    await parent.press_id("checkback-settings-button-on")
    assert parent.say("checkback-settings-on") in parent.transcript
    await parent.raw_press("set:chk:maybe")
    assert parent.say("button-stale") in parent.transcript


@SQLITE_ONLY
async def test_mydata_shows_the_answers_and_delete_erases_them(app, clock) -> None:
    parent = await parent_in(app, "en")
    await ask(parent, clock)
    await parent.press_id("checkback-button-not-yet")
    await parent.send(Inbound(parent.user, command="mydata"))
    assert "Your answers about Mila" in parent.transcript
    assert "Did you try putting your baby on their tummy" in parent.transcript and "🙁 Not yet" in parent.transcript
    family_id, _ = await ids_of(parent)
    async with app.database.transaction() as store:
        data = await store.family_data(family_id)
    assert data is not None and [a.answer for a in data.children[0].checkbacks] == ["not_yet"]
    assert family_document(data, MONDAY_9)["children"][0]["checkback_answers"] == [
        {"tip": MARKED, "answer": "not_yet", "answered_at": "2026-04-27T07:00:00+00:00", "age_days": 107}]

    await parent.send(Inbound(parent.user, command="delete"))
    await parent.press_id("privacy-delete-yes")
    assert await answers(app.database) == []


@SQLITE_ONLY
async def test_retention_erasing_the_child_erases_its_answers(app, clock) -> None:
    parent = await parent_in(app, "en")
    await ask(parent, clock)
    await parent.press_id("checkback-button-hard")
    seven_years_on = FixedClock(local(2033, 2, 1, 10))  # Mila (born 10 January 2026) is past 7
    report = await Retention(app.database, seven_years_on, RetentionPolicy()).run()
    assert report.children == 1
    assert await answers(app.database) == []


@SQLITE_ONLY
async def test_removing_the_child_erases_its_answers(app, clock) -> None:
    parent = await parent_in(app, "en")
    await ask(parent, clock)
    await parent.press_id("checkback-button-yes")
    _, child_id = await ids_of(parent)
    async with app.database.transaction() as store:
        assert await store.remove_child_for(child_id, "mistake", MONDAY_9.date())
    assert await answers(app.database) == []


async def test_storage_keeps_one_answer_per_question_and_counts_without_ids(database: Database) -> None:
    family = await add_family(database, children=(("Mila", MONDAY_9.date() - timedelta(days=80)),
                                                  ("Lena", MONDAY_9.date() - timedelta(days=900))))
    first = await add_row(database, family.id, family.children[0], "checkback", MARKED, MONDAY_9, stage="checkback",
                          state="sent", sent_at=MONDAY_9)
    second = await add_row(database, family.id, family.children[1], "checkback", "tip-m25-pretend-play", MONDAY_9,
                           stage="checkback", state="sent", sent_at=MONDAY_9)
    async with database.transaction() as store:
        found = await store.checkback_row(first)
        assert found == CheckbackRow(first, family.id, family.children[0], "checkback", MARKED, "sent", MONDAY_9)
        assert await store.checkback_answered(first) is None
        assert await store.save_checkback_answer(found, family.children[0],
                                                 CheckbackAnswer(MARKED, "yes", MONDAY_9, 80))
        assert not await store.save_checkback_answer(found, family.children[0],
                                                     CheckbackAnswer(MARKED, "hard", MONDAY_9, 80))
        other = await store.checkback_row(second)
        assert other is not None
        await store.save_checkback_answer(other, family.children[1],
                                          CheckbackAnswer("tip-m25-pretend-play", "hard", MONDAY_9, 900))
    async with database.transaction() as store:
        assert await store.checkback_answered(first) == "yes"
        assert await store.checkback_answers(family.children[0]) == (CheckbackAnswer(MARKED, "yes", MONDAY_9, 80),)
        assert await answer_counts(store.session) == [("tip-m25-pretend-play", "hard", 1), (MARKED, "yes", 1)]
        assert await store.checkback_row(999999) is None
    assert (await row(database, first)).answer is None  # the reminders' answers (work list) stay apart
    async with database.transaction() as store:
        assert await store.cancel_checkbacks(family.id) == 0  # nothing pending
    async with database.engine.connect() as connection:
        assert await connection.scalar(sa.select(sa.func.count()).select_from(OUTBOX)) == 2


@SQLITE_ONLY
async def test_the_lab_gets_counts_per_tip_and_answer_without_ids(app, clock, tmp_path, capsys, monkeypatch) -> None:
    presses = (("p1", "checkback-button-yes"), ("p2", "checkback-button-yes"), ("p3", "checkback-button-hard"))
    for user, answer in presses:
        parent = ChatDriver(app, user_id=user)  # type: ignore[arg-type]
        await parent.onboard("en", nickname="Mila", born="10.1.2026")
        await ask(parent, clock)
        await parent.press_id(answer)
    url = app.database.engine.url.render_as_string(hide_password=False)
    monkeypatch.delenv("DATABASE_URL", raising=False)

    assert await run_cli("families", "checkbacks", "--db", url) == 0
    out = capsys.readouterr().out
    assert list(csv.reader(io.StringIO(out))) == [["tip", "answer", "count"], [MARKED, "hard", "<5"],
                                                  [MARKED, "yes", "<5"]]  # 1 and 2: small counts suppressed
    for identity in ("Mila", "p1", "2026"):
        assert identity not in out
