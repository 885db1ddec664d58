"""The conversation end to end on Viber: signed callbacks in over HTTP, the bot's messages out to the fake API."""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import AsyncIterator

import pytest

from bot.channels.delivery import PermanentDeliveryError
from bot.core.messages import ChannelUser
from bot.i18n.render import RenderedMessage
from tests.channels.viber.harness import TOKEN, Harness
from tests.fakes.chat import ChatDriver

pytestmark = pytest.mark.asyncio(loop_scope="module")

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN_WORD = re.compile(r"\b[a-zA-Z]{4,}\b")
LANGUAGE_LABELS = ["Romani čhib", "Srpski latinica", "Српски ћирилица", "English"]
MENU = ("menu-ill", "menu-tip", "menu-plan", "menu-services", "menu-children", "menu-settings")


async def test_opening_the_chat_answers_with_the_free_welcome_in_the_http_response(viber: Harness) -> None:
    user = viber.user()
    welcome = await user.open()
    assert welcome is not None
    assert welcome["sender"] == {"name": "Čavororo"}
    assert welcome["type"] == "text" and "Choose a language" in welcome["text"]
    assert user.labels == LANGUAGE_LABELS
    assert viber.api.attempts_to(user.user_id) == 0  # nothing sent: a user who only opened may not be messaged


@pytest.mark.parametrize("locale", ["rom", "sr-Latn", "sr-Cyrl", "en"])
async def test_onboarding_ends_at_the_menu_in_every_language_and_script(viber: Harness, locale: str) -> None:
    user = viber.user()
    await user.onboard(locale)
    assert user.say("onboarding-done") in user.transcript
    assert [user.say(item) for item in MENU] == [label for label in user.labels if label in
                                                 {user.say(i) for i in MENU}]
    chat = await viber.chat(user.user_id)
    assert (chat.locale, chat.step) == (locale, "")
    if locale == "sr-Cyrl":
        assert CYRILLIC.search(user.transcript)
        assert not LATIN_WORD.search(user.transcript.replace("Mila", ""))


async def test_a_question_without_buttons_still_offers_the_menu_button(viber: Harness) -> None:
    user = viber.user()
    user.locale = "en"
    await user.open()
    await user.press("English")
    await user.press_id("onboarding-consent-yes")
    await user.type("Mila")
    assert user.texts == [user.say("child-ask-gender-named", name="Mila")]
    await user.press_id("button-skip")
    asked = user.say("child-ask-birth-date-named", name="Mila", example="22.9.2025.", gender="unknown")
    assert user.texts == [asked]
    assert user.labels == ["☰ Menu"]  # the birth-date question has no buttons of its own
    await user.press("☰ Menu")
    assert user.texts == [user.say("menu-title")]
    assert user.say("menu-tip") in user.labels


async def test_a_tip_for_the_child_arrives_with_the_menu(viber: Harness) -> None:
    user = viber.user()
    await user.onboard("en")
    await user.press_id("menu-tip")
    assert user.texts[0].startswith("💡 Mila, 2 months")
    assert user.say("menu-tip") in user.labels


async def test_the_vaccine_plan_is_shown(viber: Harness) -> None:
    user = viber.user()
    await user.onboard("sr-Latn")
    await user.press_id("menu-plan")
    assert user.texts[0].startswith("💉")
    assert "Mila" in user.texts[0]
    assert user.say("record-button-calendar") in user.labels and user.say("button-back-to-menu") in user.labels


async def test_services_come_as_cards_with_their_buttons_and_a_pin_on_request(viber: Harness) -> None:
    user = viber.user()
    await user.onboard("en")
    await user.press_id("menu-services")
    await user.press_id("services-category-health")
    assert [m["type"] for m in user.received[:2]] == ["text", "rich_media"]  # each card keeps its buttons
    assert user.texts[0].startswith("Zemun Health Centre")
    assert user.say("services-category-health") in user.labels  # the last message's buttons: the keyboard
    await user.press_inline(user.say("service-button-pin"))
    assert [m["type"] for m in user.received] == ["text", "location"]
    assert user.received[1]["location"] == {"lat": 44.8456, "lon": 20.3858}
    assert "Rade Končara 46" in user.texts[0]


async def test_a_shared_location_lists_the_nearest_places(viber: Harness) -> None:
    user = viber.user()
    await user.onboard("en")
    await user.share_location(44.8456, 20.3858)
    cards = len(user.inline)  # each place is a card with its buttons under it
    assert 1 <= cards <= 5
    assert user.texts[0] == user.say("services-nearest", count=cards)
    assert user.texts[1].startswith("Zemun Health Centre")  # standing at its door
    assert user.say("services-category-health") in user.labels


async def test_a_repeated_message_token_is_processed_once(viber: Harness) -> None:
    user = viber.user()
    await user.onboard("en")
    body = user.action_body(user.say("menu-tip"))
    await user.type(body, token=990_001)
    first = user.received
    await user.type(body, token=990_001)  # Viber repeating the callback
    assert first and user.received == []
    await user.type(body, token=990_002)  # a new press is a new tip
    assert user.received and user.texts[0] != [m["text"] for m in first if m["type"] == "text"][0]


async def test_an_unsubscribed_user_gets_nothing_until_they_write_again(viber: Harness) -> None:
    user = viber.user()
    await user.onboard("en")
    await user.callback("unsubscribed", user_id=user.user_id)
    assert (await viber.chat(user.user_id)).active is False
    attempts = viber.api.attempts_to(user.user_id)
    with pytest.raises(PermanentDeliveryError):
        await viber.channel.send(ChannelUser("viber", user.user_id), [RenderedMessage("Reminder", (), None, ())])
    assert viber.api.attempts_to(user.user_id) == attempts
    await user.type("/menu")  # writing subscribes again on Viber
    assert (await viber.chat(user.user_id)).active is True
    assert user.say("menu-title") in user.transcript


async def test_subscribing_marks_the_chat_reachable(viber: Harness) -> None:
    user = viber.user()
    await user.onboard("en")
    await user.callback("unsubscribed", user_id=user.user_id)
    await user.callback("subscribed", user={"id": user.user_id, "name": "Parent"})
    assert (await viber.chat(user.user_id)).active is True


@pytest.mark.parametrize(
    ("message", "notice"),
    [
        pytest.param({"type": "contact", "contact": {"name": "Baba", "phone_number": "+381601234567"}},
                     "viber-contact-not-needed", id="contact"),
    ],
)
async def test_a_message_the_bot_cannot_read_gets_a_polite_note_once(
        viber: Harness, message: dict[str, object], notice: str) -> None:
    user = viber.user()
    await user.onboard("sr-Cyrl")
    step_before = (await viber.chat(user.user_id)).step
    token = 880_000 + int(user.user_id[:8])
    await user.message(message, token=token)
    assert user.texts == [user.say(notice)]
    assert user.labels == [user.say("viber-button-menu")]
    await user.message(message, token=token)  # repeated by Viber: no second note
    assert user.received == []
    assert (await viber.chat(user.user_id)).step == step_before


@pytest.mark.parametrize("locale", ["rom", "sr-Latn", "sr-Cyrl", "en"])
@pytest.mark.parametrize("message", [
    pytest.param({"type": "sticker", "sticker_id": 46105}, id="sticker"),
    pytest.param({"type": "picture", "media": "https://example.org/p.jpg", "text": ""}, id="picture"),
    pytest.param({"type": "video", "media": "https://example.org/voice.mp4", "size": 2000}, id="voice-as-video"),
    pytest.param({"type": "file", "media": "https://example.org/voice.m4a", "size": 2000, "file_name": "v.m4a"},
                 id="voice-as-file"),
])
async def test_media_the_bot_cannot_read_gets_what_it_can_read_and_the_menu_as_on_telegram(
        viber: Harness, message: dict[str, object], locale: str) -> None:
    user = viber.user()
    await user.onboard(locale)
    token = 890_000 + int(user.user_id[:8])
    await user.message(message, token=token)
    assert user.texts == [user.say("message-unsupported"), user.say("menu-title")]
    assert user.say("menu-tip") in user.labels
    await user.message(message, token=token)  # repeated by Viber: answered once
    assert user.received == []


async def test_the_same_person_on_viber_and_telegram_has_two_separate_chats(viber: Harness) -> None:
    user = viber.user()
    await user.onboard("en")
    telegram = ChatDriver(viber.app, user_id=user.user_id, channel="telegram")
    await telegram.start()
    assert telegram.labels == LANGUAGE_LABELS  # a new chat: nothing of the Viber family shows
    await telegram.press_id("language-sr-latn")
    viber_chat, telegram_chat = await viber.chat(user.user_id), await viber.chat(user.user_id, "telegram")
    assert viber_chat.family_id is not None and telegram_chat.family_id is None
    assert (viber_chat.locale, telegram_chat.locale) == ("en", "sr-Latn")
    sent = viber.api.attempts_to(user.user_id)
    await user.press_id("menu-tip")
    assert user.texts[0].startswith("💡 Mila")  # the Viber chat goes on in English
    assert viber.api.attempts_to(user.user_id) == sent + len(user.received)


async def test_logs_of_a_whole_conversation_hold_no_personal_data_or_token(
        viber: Harness, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="bot")
    user = viber.user()
    await user.onboard("en", nickname="Zlatija", born="3.8.2026")
    await user.press_id("menu-tip")
    await user.message({"type": "contact", "contact": {"name": "Baba", "phone_number": "+381601234567"}})
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("bot."))
    for secret in (user.user_id, "Zlatija", "3.8.2026", "2026-08-03", "+381601234567", TOKEN):
        assert secret not in ours


async def test_while_the_database_is_away_a_viber_parent_is_asked_to_try_again(
        viber: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    user = viber.user()
    await user.onboard("en")
    user.collect()

    @contextlib.asynccontextmanager
    async def unreachable() -> AsyncIterator[None]:
        raise ConnectionRefusedError(111, "Connect call failed")
        yield  # pragma: no cover

    monkeypatch.setattr(viber.app.database, "transaction", unreachable)
    answer = await user.message({"type": "text", "text": "hello"})
    assert answer.status == 200
    assert user.texts[-1] == user.say("outage-try-again")
