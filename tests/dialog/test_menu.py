"""Main-menu behaviour: tips, the vaccine plan, services, several children, stale and forged buttons."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from bot.core.messages import ChannelUser, Inbound
from bot.core.tips import tip_for_now
from tests.fakes.chat import ChatDriver, make_app


@pytest.fixture
async def app(tmp_path):
    app = await make_app(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    yield app
    await app.close()


async def _english_parent(app, user_id: str = "parent-1", **onboard) -> ChatDriver:
    chat = ChatDriver(app, user_id)
    await chat.onboard("en", **onboard)
    return chat


async def test_tips_are_never_repeated_for_the_same_child(app) -> None:
    chat = await _english_parent(app)
    shown: list[str] = []
    for _ in range(12):
        await chat.press_id("menu-tip")
        shown.append(chat.transcript)
    band: list = []  # the week's tip, then recent ones the child missed (one tip a week in the first year)
    while (entry := tip_for_now(app.library.tips, 82, {t.id for t in band})) is not None:
        band.append(entry)
    assert len(band) >= 2 and band[0].start_days <= 82 <= band[0].end_days
    assert chat.say(band[0].id) in shown[0]
    tips = shown[: len(band)]
    assert len(set(tips)) == len(band)
    assert all(chat.say("tip-none-left", name="Mila") == s for s in shown[len(band):])


async def test_vaccine_plan_of_an_82_day_old_lists_due_overdue_and_next(app) -> None:
    chat = await _english_parent(app)  # born 1.9.2026, 82 days old on 22.11.2026
    await chat.press_id("menu-plan")
    text = chat.transcript
    due = text.index(chat.say("plan-due", items="").splitlines()[0])
    overdue = text.index(chat.say("plan-overdue", items="").splitlines()[0])
    upcoming = text.index(chat.say("plan-next", items="").splitlines()[0])
    at_birth = text.index(chat.say("plan-at-birth", items="").splitlines()[0])
    assert overdue < text.index(chat.say("vaccine-hepb-2")) < due
    assert due < text.index(chat.say("vaccine-dtap-ipv-hib-1")) < upcoming
    assert upcoming < text.index(chat.say("vaccine-dtap-ipv-hib-2")) < at_birth
    assert chat.say("plan-item-next", name=chat.say("vaccine-dtap-ipv-hib-2"), date=date(2026, 12, 17)) in text
    assert at_birth < text.index(chat.say("plan-item-at-birth", name=chat.say("vaccine-bcg-1")))
    assert chat.say("plan-unverified-note") in text  # PCV doses are disputed in the data


async def test_with_two_children_the_bot_asks_which_child(app) -> None:
    chat = await _english_parent(app)
    await chat.press_id("menu-children")
    await chat.press_id("children-add")
    await chat.text("Luka")
    await chat.text("3.4.2023")  # over two years: "born early?" is not asked
    assert chat.transcript.startswith(chat.say("conversation-date-read", born=date(2023, 4, 3)))
    assert chat.say("child-added", name="Luka", age=chat.say("age-years-months", years=3, months=7)) \
        in chat.transcript
    await chat.press_id("menu-tip")
    assert chat.transcript == chat.say("choose-child-tip")
    assert chat.labels == ["Luka", "Mila", chat.say("button-back-to-menu")]  # oldest first
    await chat.press("Luka")
    assert chat.transcript.startswith(chat.say("tip-header", name="Luka", age=chat.say(
        "age-years-months", years=3, months=7)))


async def test_changing_a_birth_date_and_removing_a_child(app) -> None:
    chat = await _english_parent(app)
    await chat.press_id("menu-children")
    await chat.press_id("children-change-date")
    await chat.text("32.1.2026")
    assert chat.transcript == chat.say("birth-date-error-date-impossible", example="22.9.2025.")
    await chat.text("15.8.2026")
    assert chat.say("child-birth-date-changed", name="Mila", born=date(2026, 8, 15)) in chat.transcript
    await chat.press_id("menu-children")
    await chat.press_id("children-remove")
    await chat.press_id("removal-reason-mistake")
    assert chat.say("child-removed", name="Mila") in chat.transcript
    async with app.database.engine.connect() as connection:
        assert (await connection.execute(sa.text("SELECT count(*) FROM child"))).scalar_one() == 0


async def test_a_replayed_remove_confirmation_changes_nothing(app) -> None:
    chat = await _english_parent(app)
    await chat.press_id("menu-children")
    await chat.press_id("children-remove")
    confirm = next(b.data for row in chat.last[-1].buttons for b in row if b.data.startswith("rmw:mistake:"))
    await chat.press_id("child-remove-no")  # back to the menu: the question is no longer open
    await chat.raw_press(confirm)
    assert chat.say("button-stale") in chat.transcript
    async with app.database.engine.connect() as connection:
        assert (await connection.execute(sa.text("SELECT count(*) FROM child"))).scalar_one() == 1


async def test_a_press_naming_another_familys_child_changes_nothing(app) -> None:
    alice = await _english_parent(app, "alice")
    await _english_parent(app, "bob", nickname="Bo")
    async with app.database.engine.connect() as connection:
        alices_child = (await connection.execute(
            sa.text("SELECT child.id FROM child JOIN chat ON chat.family_id = child.family_id "
                    "WHERE chat.user_id = 'alice'"))).scalar_one()
    bob = ChatDriver(app, "bob")
    bob.locale = "en"
    for forged in (f"tip:{alices_child}", f"rm-yes:{alices_child}", f"rmw:died:{alices_child}",
                   f"date:{alices_child}", "tip:-1",
                   "tip:99999999999999999999", "cat:nowhere", "lang:xx", "\x00\xff", "", "m:tip" * 40):
        await bob.raw_press(forged)
        assert bob.say("button-stale") in bob.transcript or bob.labels[0] == "Romani čhib", forged
    async with app.database.engine.connect() as connection:
        assert (await connection.execute(sa.text("SELECT count(*) FROM child"))).scalar_one() == 2
        assert (await connection.execute(sa.text("SELECT count(*) FROM tip_seen"))).scalar_one() == 0
    await alice.press_id("menu-tip")
    assert alice.transcript.startswith(alice.say("tip-header", name="Mila", age=alice.say("age-months", months=2)))


async def test_free_text_gets_a_friendly_answer_and_the_menu(app) -> None:
    chat = await _english_parent(app)
    await chat.text("hello?? 🙂")
    assert chat.say("fallback-not-understood") in chat.transcript
    assert chat.say("menu-tip") in chat.labels


async def test_commands_work_at_any_time(app) -> None:
    chat = await _english_parent(app)
    await chat.send(Inbound(chat.user, command="language"))
    assert chat.labels == ["Romani čhib", "Srpski latinica", "Српски ћирилица", "English"]
    await chat.press("Srpski latinica")
    chat.locale = "sr-Latn"
    assert chat.say("language-changed") in chat.transcript
    await chat.send(Inbound(chat.user, command="help"))
    assert chat.say("help-text") == chat.transcript
    await chat.send(Inbound(chat.user, command="menu"))
    assert chat.transcript == chat.say("menu-title")


async def test_a_new_user_who_types_first_is_asked_for_a_language(app) -> None:
    chat = ChatDriver(app, "newcomer")
    await chat.send(Inbound(ChannelUser("terminal", "newcomer"), text="hi"))
    assert chat.labels == ["Romani čhib", "Srpski latinica", "Српски ћирилица", "English"]
