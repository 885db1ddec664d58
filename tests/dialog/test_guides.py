"""Documents and rights: the guides under "Where to get help" -> Documents / Money / Preschool, in every
language, with buttons to the service cards; tips and a newborn's enrolment point to them; stale presses."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from datetime import date

import pytest
import pytest_asyncio

from bot.app import App
from bot.catalog import load_library
from bot.clock import FixedClock
from bot.core.family import Child
from bot.core.guides import guide_reply
from bot.core.messages import LOCALES
from bot.i18n.render import render
from scheduler.compose import DueItem, compose
from tests.fakes.chat import CONTENT, NOW, ChatDriver, make_app

LIBRARY = load_library(CONTENT)
GUIDES = [pytest.param(g, id=g.id) for g in LIBRARY.guides]
USERS = itertools.count(1)
module_loop = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def app(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[App]:
    app = await make_app(f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('guides') / 'bot.sqlite3'}", FixedClock(NOW))
    yield app
    await app.close()


async def parent(app: App, locale: str = "en", born: str = "1.9.2026") -> ChatDriver:
    chat = ChatDriver(app, f"guide-parent-{next(USERS)}")
    await chat.onboard(locale, born=born)
    return chat


def test_every_topic_has_guides_and_each_links_services_and_names_sources() -> None:
    assert {g.topic for g in LIBRARY.guides} == {"documents", "social", "preschool"}
    assert {"birth-registration", "health-card", "parent-documents", "child-allowance", "parental-allowance",
            "city-benefits", "social-assistance", "kindergarten", "preschool-programme"} == {g.id for g in
                                                                                           LIBRARY.guides}
    services = {s.id for s in LIBRARY.services}
    for guide in LIBRARY.guides:
        assert guide.sources and set(guide.services) <= services and guide.services, guide.id


@pytest.mark.parametrize("locale", sorted(LOCALES))
@pytest.mark.parametrize("guide", GUIDES)
def test_every_guide_renders_in_every_language_with_unconfirmed_steps_marked(app, guide, locale) -> None:
    message = render(app.translator, locale, guide_reply(LIBRARY, guide))
    title = app.translator.format(locale, guide_reply(LIBRARY, guide).parts[0])
    assert message.text.startswith(title)
    assert len(message.text) < 4096
    ask = app.translator.format(locale, guide_reply(LIBRARY, guide).parts[-1])
    assert message.text.endswith(ask)
    unconfirmed = sum(not step.verified for step in guide.steps)
    marker = {"en": "Not confirmed", "sr-Latn": "Nije potvrđeno", "sr-Cyrl": "Није потврђено",
              "rom": "Naj potvrdime"}[locale]
    assert message.text.count(marker) == unconfirmed
    data = [b.data for row in message.buttons for b in row]
    assert data == [f"svc:info:{s}" for s in guide.services] + [f"cat:{guide.topic}", "menu"]
    assert all(len(b.label) <= 30 for row in message.buttons for b in row), [b.label for r in message.buttons
                                                                                for b in r]


@module_loop
@pytest.mark.parametrize(("category", "topic"), [pytest.param("services-category-documents", "documents",
                                                              id="documents"),
                                                 pytest.param("services-category-social", "social", id="money"),
                                                 pytest.param("services-category-preschool", "preschool",
                                                              id="preschool")])
async def test_where_to_get_help_lists_the_guides_of_documents_money_and_preschool(app, category, topic) -> None:
    chat = await parent(app)
    await chat.press_id("menu-services")
    assert len(chat.labels) == len(LIBRARY.categories) + 1  # the menu of categories is no longer than before
    await chat.press_id(category)
    (listing,) = [m for m in chat.last if m.text == chat.say("guide-list")]
    expected = [g for g in LIBRARY.guides if g.topic == topic]
    assert [b.data for row in listing.buttons for b in row] == [f"gd:{g.id}" for g in expected]
    await chat.press(chat.say(f"guide-{expected[0].id}-title"))
    assert chat.transcript.startswith(chat.say(f"guide-{expected[0].id}-title"))
    service = expected[0].services[0]
    await chat.press(chat.say("guide-button-service", name=chat.say(f"guide-service-{service}")))
    assert chat.transcript.startswith(chat.say(f"service-{service}-name"))


@module_loop
async def test_health_and_emergency_have_no_guides(app) -> None:
    chat = await parent(app)
    await chat.press_id("menu-services")
    await chat.press_id("services-category-health")
    assert chat.say("guide-list") not in chat.transcript


@module_loop
@pytest.mark.parametrize("locale", sorted(LOCALES))
async def test_a_guide_opens_in_the_familys_language(app, locale) -> None:
    chat = await parent(app, locale)
    await chat.raw_press("gd:child-allowance")
    assert chat.transcript.startswith(chat.say("guide-child-allowance-title"))
    assert chat.say("guide-child-allowance-step-year") in chat.transcript
    assert chat.say("guide-bring-income-proofs") in chat.transcript


@module_loop
@pytest.mark.parametrize("data", ["gd:nowhere", "gd:", "gd:../birth-registration", "gd:birth-registration:x"])
async def test_an_unknown_guide_is_a_stale_button(app, data) -> None:
    chat = await parent(app)
    await chat.raw_press(data)
    assert chat.say("button-stale") in chat.transcript


@module_loop
async def test_a_newborn_added_in_the_first_days_gets_the_birth_registration_guide(app) -> None:
    newborn = await parent(app, born="19.11.2026")  # 3 days old on 22 November
    assert chat_has_button(newborn, "gd:birth-registration")
    assert newborn.say("guide-birth-registration-nudge") in newborn.transcript
    assert newborn.say("menu-tip") in newborn.labels  # the menu stays under it
    older = await parent(app, born="1.9.2026")
    assert not chat_has_button(older, "gd:birth-registration")


@module_loop
async def test_tips_that_point_to_a_guide_carry_a_step_by_step_button(app) -> None:
    pointing = {t.id: t.guide for t in LIBRARY.tips if t.guide}
    assert pointing == {"tip-w03-birth-registration": "birth-registration", "tip-w19-health-card": "health-card",
                        "tip-x-kindergarten-enrolment": "kindergarten",
                        "tip-x-preschool-enrolment": "preschool-programme"}
    chat = await parent(app, born="1.11.2026")  # 21 days old: the birth-registration tip's week
    await chat.press_id("menu-tip")
    assert chat.say("tip-w03-birth-registration") in chat.transcript
    assert chat_has_button(chat, "gd:birth-registration")
    await chat.press_id("guide-button-open")
    assert chat.transcript.startswith(chat.say("guide-birth-registration-title"))


def chat_has_button(chat: ChatDriver, data: str) -> bool:
    return any(b.data == data for m in chat.last for row in m.buttons for b in row)


@pytest.mark.parametrize(("tip", "guide"), [pytest.param("tip-x-kindergarten-enrolment", "kindergarten",
                                                         id="kindergarten"),
                                            pytest.param("tip-x-preschool-enrolment", "preschool-programme",
                                                         id="preschool-programme"),
                                            pytest.param("tip-w00-breast-milk-only", None, id="no-guide")])
def test_the_weekly_tip_message_carries_the_guide_button_of_its_tip(tip, guide) -> None:
    child = Child(1, date(2024, 10, 1), "Mila", id=7)
    result = compose([DueItem(1, 7, "tip", tip, "weekly", NOW)], {7: child}, {}, LIBRARY, NOW.date())
    assert result.reply is not None
    data = [b.data for row in result.reply.buttons for b in row if not b.data.startswith("ci:")]  # the check-in
    assert data == ([f"gd:{guide}"] if guide else []) + ["menu"]  # offer follows the age, not the tip
