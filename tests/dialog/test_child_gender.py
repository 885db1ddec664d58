"""Girl or boy: asked in onboarding (may be skipped), stored on the child, set later from "My children", and the
words about the child agree with it in every language."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from tests.fakes.chat import ChatDriver, make_app

PICK = {"girl": "child-gender-girl", "boy": "child-gender-boy", None: "button-skip"}


@pytest.fixture
async def app(tmp_path):
    app = await make_app(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    yield app
    await app.close()


async def _genders(app) -> list[str | None]:
    async with app.database.engine.connect() as connection:
        return list((await connection.execute(sa.text("SELECT gender FROM child ORDER BY id"))).scalars())


async def _enter_child(app, locale: str, gender: str | None, nickname: str = "Džemila") -> ChatDriver:
    chat = ChatDriver(app)
    chat.locale = locale
    await chat.start()
    await chat.press_id(f"language-{locale.lower()}")
    await chat.press_id("onboarding-consent-yes")
    await chat.text(nickname)
    await chat.press_id(PICK[gender])
    await chat.text("7.9.2026")
    await chat.press_id("child-early-no")
    return chat


@pytest.mark.parametrize(
    ("locale", "gender", "asked", "listed"),
    [
        pytest.param("rom", "girl", "Kana bijandili Džemila?", "(bijandili 7.9.2026.)", id="rom-girl"),
        pytest.param("rom", "boy", "Kana bijandilo Džemila?", "(bijandilo 7.9.2026.)", id="rom-boy"),
        pytest.param("sr-Latn", "girl", "Kada je rođena Džemila?", "(rođena 7. septembra 2026.)", id="sr-girl"),
        pytest.param("sr-Cyrl", "boy", "Када је рођен Džemila?", "(рођен 7. септембра 2026.)", id="sr-cyrl-boy"),
        pytest.param("sr-Latn", None, "Datum rođenja za: Džemila.", "(rođeno 7. septembra 2026.)", id="sr-skipped"),
        pytest.param("en", "girl", "When was Džemila born?", "(born 7 September 2026)", id="en-girl"),
    ],
)
async def test_the_words_about_the_child_agree_with_the_answer_in_onboarding(app, locale, gender, asked, listed):
    chat = ChatDriver(app)
    chat.locale = locale
    await chat.start()
    await chat.press_id(f"language-{locale.lower()}")
    await chat.press_id("onboarding-consent-yes")
    await chat.text("Džemila")
    assert chat.transcript == chat.say("child-ask-gender-named", name="Džemila")
    await chat.press_id(PICK[gender])
    assert chat.transcript.startswith(asked)
    await chat.text("7.9.2026")
    await chat.press_id("child-early-no")
    assert await _genders(app) == [gender]
    await chat.press_id("menu-children")
    assert listed in chat.transcript


async def test_an_existing_child_gets_a_gender_from_my_children(app):
    chat = await _enter_child(app, "sr-Latn", None)
    await chat.press_id("menu-children")
    await chat.press_id("children-set-gender")
    assert chat.transcript == chat.say("child-ask-gender-of", name="Džemila")
    await chat.press_id("child-gender-girl")
    assert chat.say("child-gender-saved", name="Džemila", gender="girl") in chat.transcript
    assert await _genders(app) == ["girl"]
    await chat.press_id("menu-children")
    assert "(rođena 7. septembra 2026.)" in chat.transcript


async def test_an_unnamed_child_is_named_with_its_gender(app):
    chat = ChatDriver(app)
    chat.locale = "sr-Latn"
    await chat.start()
    await chat.press_id("language-sr-latn")
    await chat.press_id("onboarding-consent-yes")
    await chat.press_id("button-skip")
    assert chat.transcript == chat.say("child-ask-gender")
    await chat.press_id("child-gender-boy")
    await chat.text("7.9.2026")
    await chat.press_id("child-early-no")
    await chat.press_id("menu-children")
    assert "dečak rođen 7. septembra 2026." in chat.transcript
    assert chat.say("child-name-unnamed", born=date(2026, 9, 7), gender="boy") == "dečak rođen 7. septembra 2026."


@pytest.mark.parametrize("forged", ["gender:girl", "gender:other", "gender:", "sex:99999"])
async def test_a_gender_press_outside_its_question_changes_nothing(app, forged):
    chat = await _enter_child(app, "en", "boy")
    await chat.raw_press(forged)
    assert chat.say("button-stale") in chat.transcript
    assert await _genders(app) == ["boy"]


async def test_a_wrong_answer_to_the_gender_question_changes_nothing(app):
    chat = await _enter_child(app, "en", None)
    await chat.press_id("menu-children")
    await chat.press_id("children-set-gender")
    await chat.raw_press("gender:dragon")
    assert chat.say("button-stale") in chat.transcript
    assert await _genders(app) == [None]


async def test_words_typed_at_the_gender_question_ask_it_again(app):
    chat = ChatDriver(app)
    chat.locale = "en"
    await chat.start()
    await chat.press_id("language-en")
    await chat.press_id("onboarding-consent-yes")
    await chat.text("Mila")
    await chat.text("a girl")
    assert chat.transcript == "\n\n".join((chat.say("fallback-not-understood"),
                                          chat.say("child-ask-gender-named", name="Mila")))
