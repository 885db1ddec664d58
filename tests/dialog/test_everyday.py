"""Everyday conversation as a new parent meets it (issue 17): a date typed as the name, everyday dates, free text
at the menu, the emergency number and a location far from Zemun; in all four language choices.

The module shares one app (content loads once); each test chats as a new user. Today is Sunday 22 November 2026.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from datetime import date

import pytest
import pytest_asyncio

from bot.app import App
from bot.clock import FixedClock
from tests.fakes.chat import NOW, ChatDriver, make_app

CLOCK = FixedClock(NOW)
USERS = itertools.count(1)
LOCALES = ["rom", "sr-Latn", "sr-Cyrl", "en"]
LANGUAGE = {"rom": "language-rom", "sr-Latn": "language-sr-latn", "sr-Cyrl": "language-sr-cyrl", "en": "language-en"}
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shared_app(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[App]:
    app = await make_app(f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('everyday') / 'bot.sqlite3'}", CLOCK)
    yield app
    await app.close()


@pytest_asyncio.fixture(loop_scope="module")
async def app(shared_app: App) -> AsyncIterator[App]:
    yield shared_app
    CLOCK.instant = NOW


async def at_birth_date(app: App, locale: str) -> ChatDriver:
    """A new parent who has named the child "Mila" and skipped girl or boy: the bot asks for the birth date."""
    chat = await at_nickname(app, locale)
    await chat.text("Mila")
    await chat.press_id("button-skip")
    return chat


async def at_nickname(app: App, locale: str) -> ChatDriver:
    """A new parent who has chosen a language and agreed: the bot asks for the child's name."""
    chat = ChatDriver(app, f"everyday-{next(USERS)}")
    chat.locale = locale
    await chat.start()
    await chat.press_id(LANGUAGE[locale])
    await chat.press_id("onboarding-consent-yes")
    return chat


async def onboarded(app: App, locale: str) -> ChatDriver:
    chat = ChatDriver(app, f"everyday-{next(USERS)}")
    await chat.onboard(locale)
    return chat


# -- 1. a date typed where the name is asked --------------------------------------------------------------------

@pytest.mark.parametrize("locale", LOCALES)
async def test_a_date_typed_as_the_name_is_asked_about_and_can_be_the_birth_date(app, locale: str) -> None:
    """Confirmed as the birth date, the date is not asked again and neither is girl or boy (that can be set
    later from "My children"): the child is saved with neutral wording."""
    chat = await at_nickname(app, locale)
    await chat.text("12.3.2025")
    assert chat.transcript == chat.say("conversation-name-looks-like-date", typed="12.3.2025",
                                       born=date(2025, 3, 12))
    await chat.press_id("conversation-it-is-the-birth-date")
    assert chat.transcript == chat.say("child-ask-early", born=date(2025, 3, 12), gender="unknown")
    await chat.press_id("child-early-no")
    assert chat.transcript.startswith(chat.say("child-added", name=chat.say("child-name-unnamed",
                                      born=date(2025, 3, 12), gender="unknown"),
                                      age=chat.say("age-months", months=20)))


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_date_typed_as_the_name_can_be_kept_as_the_name(app, locale: str) -> None:
    chat = await at_nickname(app, locale)
    await chat.text("12.3.2025")
    await chat.press_id("conversation-it-is-the-name")
    assert chat.transcript == chat.say("child-ask-gender-named", name="12.3.2025")
    await chat.press_id("child-gender-girl")
    assert chat.transcript.startswith(chat.say("child-ask-birth-date-named", name="12.3.2025", example="22.9.2025.",
                                               gender="girl"))


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_name_is_taken_as_a_name_without_a_question(app, locale: str) -> None:
    """A name goes straight on to the next question, girl or boy, with no "is it the birth date?" question."""
    chat = await at_nickname(app, locale)
    await chat.text("Mila")
    assert chat.transcript == chat.say("child-ask-gender-named", name="Mila")
    await chat.press_id("button-skip")
    assert chat.transcript == chat.say("child-ask-birth-date-named", name="Mila", example="22.9.2025.",
                                       gender="unknown")


# -- 2. everyday date forms ---------------------------------------------------------------------------------------

EVERYDAY = [
    pytest.param("juče", date(2026, 11, 21), id="juce"),
    pytest.param("danas", date(2026, 11, 22), id="danas"),
    pytest.param("Yesterday", date(2026, 11, 21), id="yesterday"),
    pytest.param("ič", date(2026, 11, 21), id="romani-yesterday"),
    pytest.param("pre 10 dana", date(2026, 11, 12), id="pre-10-dana"),
    pytest.param("пре 10 дана", date(2026, 11, 12), id="pre-10-dana-cyrillic"),
    pytest.param("10 days ago", date(2026, 11, 12), id="10-days-ago"),
    pytest.param("pre 2 nedelje", date(2026, 11, 8), id="pre-2-nedelje"),
    pytest.param("3 nov", date(2026, 11, 3), id="3-nov"),
    pytest.param("27 okt", date(2026, 10, 27), id="27-okt"),
    pytest.param("27.10", date(2026, 10, 27), id="27.10"),
    pytest.param("27.10.", date(2026, 10, 27), id="27.10."),
    pytest.param("Oct 27", date(2026, 10, 27), id="oct-27"),
]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("typed", "born"), EVERYDAY)
async def test_everyday_date_forms_are_read_and_the_date_read_is_confirmed(
        app, locale: str, typed: str, born: date) -> None:
    chat = await at_birth_date(app, locale)
    await chat.text(typed)
    assert chat.transcript == chat.say("child-ask-early", born=born, gender="unknown")


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("typed", "error"), [
    pytest.param("27.11", "birth-date-error-date-year-missing", id="27.11-almost-a-year-ago"),
    pytest.param("3 dec", "birth-date-error-date-year-missing", id="3-dec-next-month"),
    pytest.param("31.4", "birth-date-error-date-impossible", id="31.4"),
    pytest.param("pre 10", "birth-date-error-date-unreadable", id="no-unit"),
    pytest.param("sutra", "birth-date-error-date-unreadable", id="tomorrow"),
])
async def test_ambiguous_everyday_dates_are_still_refused(app, locale: str, typed: str, error: str) -> None:
    chat = await at_birth_date(app, locale)
    await chat.text(typed)
    assert chat.transcript == chat.say(error, example="22.9.2025.")


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_yearless_date_of_a_newborn_is_read_in_the_right_year_after_new_year(app, locale: str) -> None:
    CLOCK.instant = NOW.replace(year=2027, month=1, day=5)
    chat = await at_birth_date(app, locale)
    await chat.text("27.12")
    assert chat.transcript == chat.say("child-ask-early", born=date(2026, 12, 27), gender="unknown")


# -- 5. free text at the menu -------------------------------------------------------------------------------------

@pytest.mark.parametrize("locale", LOCALES)
async def test_free_text_at_the_menu_shows_the_menu_under_the_please_choose_line(app, locale: str) -> None:
    chat = await onboarded(app, locale)
    await chat.text("zdravo, šta sad?")
    assert len(chat.last) == 1
    assert chat.transcript == chat.say("fallback-not-understood")
    assert chat.say("menu-tip") in chat.labels and chat.say("menu-plan") in chat.labels


# -- 8. the emergency number, and a location far from Zemun ------------------------------------------------------

@pytest.mark.parametrize("locale", LOCALES)
async def test_the_emergency_card_shows_194_directly(app, locale: str) -> None:
    chat = await onboarded(app, locale)
    await chat.press_id("menu-services")
    await chat.press_id("services-category-emergency")
    assert chat.say("service-card-call-now", phone="194") in chat.transcript


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_location_far_from_zemun_gets_i_only_know_zemun(app, locale: str) -> None:
    chat = await onboarded(app, locale)
    await chat.press_id("menu-services")
    await chat.location(45.2671, 19.8335)  # Novi Sad, about 70 km away
    assert chat.transcript == chat.say("services-only-zemun")
    assert chat.say("services-category-emergency") in chat.labels
    assert " km" not in chat.transcript


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_location_in_zemun_still_lists_the_nearest_places(app, locale: str) -> None:
    chat = await onboarded(app, locale)
    await chat.location(44.8456, 20.3858)
    assert chat.say("services-only-zemun") not in chat.transcript
    located = [s for s in app.library.services if s.lat is not None]
    assert chat.transcript.startswith(chat.say("services-nearest", count=min(5, len(located))))
