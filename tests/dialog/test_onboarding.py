"""The whole onboarding in each language and script, through the engine `cavororo chat` uses."""

from __future__ import annotations

import re
from datetime import date

import pytest
import sqlalchemy as sa

from tests.fakes.chat import ChatDriver, make_app

LOCALES = [pytest.param(code, id=code) for code in ("rom", "sr-Latn", "sr-Cyrl", "en")]
LATIN_LETTER = re.compile(r"[A-Za-zČĆŽŠĐčćžšđ]")
ENGLISH_MONTHS = re.compile(r"January|February|March|April|May|June|July|August|September|October|November|"
                            r"December", re.IGNORECASE)


@pytest.fixture
async def app(database_url: str):
    app = await make_app(database_url)
    yield app
    await app.close()


async def _count(app, table: str) -> int:
    async with app.database.engine.connect() as connection:
        return (await connection.execute(sa.text(f"SELECT count(*) FROM {table}"))).scalar_one()


@pytest.mark.parametrize("locale", LOCALES)
async def test_onboarding_reaches_the_menu_in_every_language(app, locale: str) -> None:
    chat = ChatDriver(app)
    chat.locale = locale
    await chat.start()
    assert chat.labels == ["Romani čhib", "Srpski latinica", "Српски ћирилица", "English"]

    await chat.press(chat.labels.index(chat.say(f"language-{locale.lower()}")) + 1)
    assert chat.transcript == chat.say("onboarding-privacy-notice")
    assert chat.labels == [chat.say("onboarding-consent-yes"), chat.say("onboarding-consent-no")]

    await chat.press_id("onboarding-consent-yes")
    assert chat.say("child-ask-nickname") in chat.transcript

    await chat.text("Mila")
    assert chat.say("child-ask-gender-named", name="Mila") == chat.transcript
    assert chat.labels == [chat.say("child-gender-girl"), chat.say("child-gender-boy"), chat.say("button-skip")]

    await chat.press_id("child-gender-girl")
    assert chat.say("child-ask-birth-date-named", name="Mila", example="22.9.2025.", gender="girl") == chat.transcript

    await chat.text("1.9.2026")
    assert chat.app.translator.date(locale, date(2026, 9, 1)) in chat.transcript

    await chat.press_id("child-early-no")
    assert chat.say("onboarding-done") in chat.transcript
    assert chat.labels == [chat.say(i) for i in ("menu-ill", "menu-tip", "menu-plan", "menu-services", "menu-children",
                                                  "menu-mediator", "menu-settings")]
    assert await _count(app, "child") == 1


@pytest.mark.parametrize("locale", LOCALES)
async def test_every_menu_item_answers_in_the_chosen_language(app, locale: str) -> None:
    chat = ChatDriver(app)
    await chat.onboard(locale)
    seen: list[str] = []
    for item in ("menu-ill", "menu-tip", "menu-plan", "menu-services", "menu-children", "settings-help"):
        if item == "settings-help":
            await chat.press_id("menu-settings")
        await chat.press_id(item)
        assert chat.last, item
        seen.append(chat.transcript)
        await chat.press_id("button-back-to-menu") if chat.say("button-back-to-menu") in chat.labels else None
    ill, tip, plan, services, children, help_text = seen
    assert chat.say("illness-danger-child") in ill
    assert chat.say("tip-header", name="Mila", age=chat.say("age-months", months=2)) in tip
    assert plan.startswith(chat.say("plan-header", name="Mila", age=chat.say("age-months", months=2)))
    assert services == chat.say("services-intro")
    assert "Mila" in children
    assert help_text == chat.say("help-text")
    everything = "\n".join(seen)
    assert "…" not in everything and "{" not in everything
    if locale == "sr-Cyrl":
        assert not LATIN_LETTER.search(re.sub(r"Mila|/menu|/language|/pause|/stop|\d", "", everything))
    if locale == "rom":
        assert not ENGLISH_MONTHS.search(everything)
        assert "1.9.2026." in children


async def test_a_restart_in_the_middle_of_onboarding_resumes(tmp_path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    first = await make_app(url)
    chat = ChatDriver(first)
    chat.locale = "en"
    await chat.start()
    await chat.press_id("language-en")
    await chat.press_id("onboarding-consent-yes")
    await chat.text("Mila")
    await first.close()

    second = await make_app(url)
    chat = ChatDriver(second)
    chat.locale = "en"
    await chat.text("not a date")
    assert chat.transcript == "\n\n".join((chat.say("fallback-not-understood"),
                                            chat.say("child-ask-gender-named", name="Mila")))
    await chat.start()  # /start again: the question comes back, not the language choice
    assert chat.say("child-ask-gender-named", name="Mila") in chat.transcript
    await chat.press_id("button-skip")
    assert chat.say("child-ask-birth-date-named", name="Mila", example="22.9.2025.", gender="unknown") \
        == chat.transcript
    await chat.text("2026-09-01")
    await chat.press_id("child-early-no")
    await second.close()

    third = await make_app(url)
    chat = ChatDriver(third)
    chat.locale = "en"
    await chat.start()
    assert chat.say("menu-welcome-back") == chat.transcript
    assert await _count(third, "child") == 1
    await third.close()


async def test_declining_consent_stores_nothing_and_says_how_to_come_back(app) -> None:
    chat = ChatDriver(app)
    chat.locale = "sr-Latn"
    await chat.start()
    await chat.press_id("language-sr-latn")
    await chat.press_id("onboarding-consent-no")
    assert chat.transcript == chat.say("onboarding-declined")
    await chat.text("12.3.2025")
    assert await _count(app, "family") == 0
    assert await _count(app, "child") == 0
    await chat.press_id("onboarding-start-again")
    assert chat.labels[0] == "Romani čhib"


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        pytest.param("31.02.2025", "date-impossible", id="impossible"),
        pytest.param("1.1.2027", "date-future", id="future"),
        pytest.param("1.1.2019", "date-too-old", id="too-old"),
        pytest.param("last spring", "date-unreadable", id="unreadable"),
    ],
)
async def test_refused_birth_date_says_what_to_type_and_stores_nothing(app, typed: str, error: str) -> None:
    chat = ChatDriver(app)
    chat.locale = "en"
    await chat.start()
    await chat.press_id("language-en")
    await chat.press_id("onboarding-consent-yes")
    await chat.press_id("button-skip")  # no nickname
    await chat.press_id("button-skip")  # girl or boy not said
    await chat.text(typed)
    assert chat.transcript == chat.say(f"birth-date-error-{error}", example="22.9.2025.")
    assert await _count(app, "child") == 0
    await chat.text("12. mart 2025")  # still waiting for the date
    assert chat.say("child-ask-early", born=date(2025, 3, 12), gender="unknown") == chat.transcript


async def test_weeks_of_pregnancy_are_kept_for_a_baby_born_early(app) -> None:
    chat = ChatDriver(app)
    chat.locale = "en"
    await chat.start()
    await chat.press_id("language-en")
    await chat.press_id("onboarding-consent-yes")
    await chat.text("Ana")
    await chat.text("20.10.2026")
    await chat.press_id("child-early-yes")
    await chat.text("15")
    assert chat.transcript == chat.say("child-weeks-invalid")
    await chat.text("32")
    assert chat.say("onboarding-done") in chat.transcript
    async with app.database.engine.connect() as connection:
        weeks = (await connection.execute(sa.text("SELECT gestational_weeks FROM child"))).scalar_one()
    assert weeks == 32
