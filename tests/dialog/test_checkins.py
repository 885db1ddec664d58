"""Milestone check-ins (issue 19) in the chat, in all four language choices: the offer on the weekly message,
"ask me next week", a whole check-in one question at a time with warm answers, a play idea and a re-check after
"Not yet", 📈 in 👶 My children, an act-early answer with the development service's card that reaches the
mediator's work list only when the parent agrees, /mydata, and erasure. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from bot.catalog import load_library
from bot.core.checkins import DONE, RECHECK, CheckinStatus
from bot.core.family import Child
from bot.core.mediation import FamilyProfile
from bot.core.messages import Inbound
from bot.core.personal_data import Erasure
from bot.storage.mediators import SqlMediators
from scheduler.compose import DueItem, compose
from tests.fakes.chat import CONTENT, NOW, ChatDriver, make_app
from tests.mediators.field import mediator_chat

LOCALES = [pytest.param(locale, id=locale) for locale in ("rom", "sr-Latn", "sr-Cyrl", "en")]
TODAY = NOW.astimezone(ZoneInfo("Europe/Belgrade")).date()  # Mila, born 1.9.2026, is 82 days old: 2 months
LIBRARY = load_library(CONTENT)
TWO_MONTHS = ["2m-calms", "2m-smiles", "2m-sounds", "2m-head", "lost-skills"]


@pytest.fixture
async def app(database_url: str):
    app = await make_app(database_url)
    yield app
    await app.close()


async def _rows(app, query: str, **params: Any) -> list[Any]:
    async with app.database.engine.connect() as connection:
        rows = await connection.execute(sa.text(query), params)
        return [tuple(v.isoformat() if isinstance(v, date) else v for v in row) for row in rows]  # as SQLite has it


async def _parent(app, locale: str, *, mediator: bool = False,
                  mediator_id: int | None = None) -> tuple[ChatDriver, int, int]:
    chat = ChatDriver(app, f"checkin-{locale}")
    await chat.onboard(locale)
    (child, family), = await _rows(app, "SELECT id, family_id FROM child WHERE nickname = 'Mila'")
    if mediator or mediator_id is not None:
        async with app.database.transaction() as store:
            mediators = SqlMediators(store.session)
            mediator_id = mediator_id if mediator_id is not None else (await mediators.add_mediator("Ana")).id
            await mediators.save_profile(FamilyProfile(family, mediator_id, "Rada", locale, "altina", None,
                                                       "in_person", NOW))
    return chat, child, family


async def _answer(chat: ChatDriver, *answers: str) -> None:
    for number, answer in enumerate(answers, 1):
        assert chat.say("checkin-question-number", number=number, count=len(answers)) in chat.transcript
        await chat.press_id({"y": "checkin-button-yes", "n": "checkin-button-not-yet",
                             "u": "checkin-button-not-sure"}[answer])


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_whole_check_in_with_postponing_a_play_idea_and_a_recheck(app, locale: str) -> None:
    chat, child, _ = await _parent(app, locale)
    await chat.raw_press(f"ci:{child}")  # the weekly message's button
    assert chat.say("checkin-intro", name="Mila", months=2) in chat.transcript
    await chat.press_id("checkin-button-later")
    assert chat.say("checkin-postponed") in chat.transcript
    assert await _rows(app, "SELECT state, not_before FROM checkin_status") == [
        ("postponed", str(TODAY + timedelta(days=7)))]

    await chat.press_id("menu-children")
    await chat.press_id("children-how")  # one child: straight to it
    assert chat.say("checkin-how-empty") in chat.transcript
    assert chat.say("checkin-how-next", months=4) in chat.transcript
    await chat.press_id("checkin-button-now")
    assert chat.say("checkin-q-2m-calms") in chat.transcript
    await chat.press_id("checkin-button-yes")
    assert chat.say("checkin-warm-yes") in chat.transcript
    assert chat.say("checkin-q-2m-smiles") in chat.transcript
    await chat.press_id("checkin-button-yes")
    await chat.press_id("checkin-button-not-yet")  # 2m-sounds: an ordinary milestone
    assert chat.say("checkin-warm-not-yet") in chat.transcript
    assert chat.say("checkin-play-idea", idea=chat.say("checkin-play-2m-sounds")) in chat.transcript
    await chat.text("hm?")  # typing instead of pressing asks the same question again
    assert chat.say("checkin-q-2m-head") in chat.transcript
    await chat.press_id("checkin-button-not-sure")
    assert chat.say("checkin-warm-not-sure") in chat.transcript
    await chat.press_id("checkin-button-yes")  # lost skills: none
    assert chat.say("checkin-recheck-planned") in chat.transcript
    assert chat.say("checkin-act-early", name="Mila") not in chat.transcript
    answers = await _rows(app, "SELECT question, answer, answered_on, age_days, recheck FROM checkin_answer "
                               "ORDER BY id")
    assert answers == [(q, a, str(TODAY), 82, False) for q, a in zip(
        TWO_MONTHS, ["yes", "yes", "not_yet", "not_sure", "yes"], strict=True)]
    assert await _rows(app, "SELECT state, not_before, act_early FROM checkin_status") == [
        ("recheck", str(TODAY + timedelta(days=21)), False)]

    await chat.raw_press(f"ci-a:{child}:4:n")  # a replayed press of the last question changes nothing
    assert chat.say("button-stale") in chat.transcript
    assert len(await _rows(app, "SELECT id FROM checkin_answer")) == 5

    await chat.press_id("menu-children")
    await chat.press_id("children-how")
    assert chat.say("checkin-how-age", months=2) in chat.transcript
    assert chat.say("checkin-how-line", answer=chat.say("checkin-button-not-yet"),
                    question=chat.say("checkin-q-2m-sounds")) in chat.transcript


@pytest.mark.parametrize("locale", LOCALES)
async def test_an_act_early_answer_shows_the_service_and_reaches_the_mediators_work_list(app, locale) -> None:
    mediator, ana = await mediator_chat(app, "Ana", f"ana-{locale}")
    chat, child, family = await _parent(app, locale, mediator_id=mediator.id)
    await chat.raw_press(f"ci:{child}")
    await chat.press_id("checkin-button-start")
    await _answer(chat, "y", "n", "y", "y", "y")  # no smile at 2 months: an act-early sign
    assert chat.say("checkin-act-early", name="Mila") in chat.transcript
    assert chat.say("service-dz-zemun-razvojno-name") in chat.transcript  # the service card
    assert chat.say("checkin-ask-tell") in chat.transcript
    assert chat.say("checkin-play-idea", idea=chat.say("checkin-play-2m-calms")) not in chat.transcript
    await ana.raw_press("md:work")
    assert ana.say("mediator-reason-act-early") not in ana.transcript  # not before the parent agrees

    await chat.press_id("checkin-button-tell")
    assert chat.say("checkin-told") in chat.transcript
    assert await _rows(app, "SELECT kind FROM mediator_notice WHERE family_id = :f", f=family) == [("act_early",)]
    assert await _rows(app, "SELECT item, state FROM outbox WHERE family_id = :f AND kind = 'notice'",
                       f=family) == [("act_early", "pending")]  # sent to her chat by the dispatcher
    await ana.raw_press("md:work")
    assert ana.say("mediator-reason-act-early") in ana.transcript and "Rada" in ana.transcript
    await chat.raw_press(f"ci-tell:{child}")  # again: stale, no second notice
    assert chat.say("button-stale") in chat.transcript
    assert len(await _rows(app, "SELECT id FROM mediator_notice")) == 1
    assert len(await _rows(app, "SELECT id FROM outbox WHERE kind = 'notice'")) == 1

    await ana.press("Rada")  # her card: "handled" takes it off the list
    await ana.press_id("mediator-help-handled")
    await ana.raw_press("md:work")
    assert ana.say("mediator-reason-act-early") not in ana.transcript


async def test_without_agreement_the_mediator_hears_nothing_and_mydata_shows_the_answers(app) -> None:
    chat, child, _ = await _parent(app, "en", mediator=True)
    await chat.raw_press(f"ci:{child}")
    await chat.press_id("checkin-button-start")
    await _answer(chat, "y", "y", "y", "y", "u")  # not sure about lost skills: act early
    assert chat.say("checkin-act-early", name="Mila") in chat.transcript
    await chat.press_id("checkin-button-no-tell")
    assert await _rows(app, "SELECT id FROM mediator_notice") == []
    assert await _rows(app, "SELECT id FROM outbox WHERE kind = 'notice'") == []
    await chat.send(Inbound(chat.user, command="mydata"))
    assert chat.say("checkin-q-lost-skills") in chat.transcript
    assert chat.say("checkin-button-not-sure") in chat.transcript


async def test_skip_forged_presses_and_a_child_of_another_family(app) -> None:
    chat, child, _ = await _parent(app, "en")
    for forged in (f"ci:{child + 100}", f"ci-a:{child}:0:y", f"ci-a:{child}:x:y", f"ci-go:{child}:1",
                   f"ci-tell:{child}", "ci:", f"ci-a:{child}:0:z"):
        await chat.raw_press(forged)
        assert chat.say("button-stale") in chat.transcript, forged
    assert await _rows(app, "SELECT id FROM checkin_answer") == []
    await chat.raw_press(f"ci:{child}")
    await chat.press_id("checkin-button-start")
    await chat.raw_press(f"ci-a:{child}:1:y")  # not the question asked
    assert chat.say("button-stale") in chat.transcript
    await chat.raw_press(f"ci-skip:{child}")
    assert chat.say("checkin-skipped") in chat.transcript
    assert await _rows(app, "SELECT state FROM checkin_status") == [("skipped",)]


async def test_erasing_the_family_erases_its_answers(app) -> None:
    chat, child, family = await _parent(app, "en")
    await chat.raw_press(f"ci:{child}")
    await chat.press_id("checkin-button-start")
    await _answer(chat, "y", "y", "n", "y", "y")
    assert len(await _rows(app, "SELECT id FROM checkin_answer")) == 5
    async with app.database.transaction() as store:
        assert await store.erase_family(family, Erasure("test", "parent", NOW, TODAY))
    assert await _rows(app, "SELECT id FROM checkin_answer") == []
    assert await _rows(app, "SELECT child_id FROM checkin_status") == []


def test_the_weekly_tip_offers_a_due_check_in_and_not_one_answered() -> None:
    mila = Child(1, date(2026, 9, 1), "Mila", id=7)
    tip = next(t.id for t in LIBRARY.tips if t.start_days <= 82 <= t.end_days)
    row = DueItem(1, 7, "tip", tip, "weekly", NOW)

    def data(statuses: dict[int, CheckinStatus]) -> list[str]:
        reply = compose([row], {7: mila}, {}, LIBRARY, TODAY, {7: statuses}).reply
        assert reply is not None
        return [b.data for line in reply.buttons for b in line]

    assert "ci:7" in data({})
    assert "ci:7" not in data({2: CheckinStatus(2, DONE)})
    assert "ci:7" not in data({2: CheckinStatus(2, RECHECK, TODAY + timedelta(days=3))})
    assert "ci:7" in data({2: CheckinStatus(2, RECHECK, TODAY)})
