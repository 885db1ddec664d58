"""/privacy, /mydata (in words and as a file) and /delete's confirmation, through the engine `cavororo chat` uses."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import pytest

from bot.app import App
from bot.channels.terminal import Keyboard, parse_typed
from bot.clock import FixedClock
from bot.core.commands import CHAT_COMMANDS
from bot.core.messages import ChannelUser, Inbound
from bot.core.onboarding import PRIVACY_NOTICE_VERSION
from bot.i18n.render import RenderedMessage
from tests.fakes.chat import NOW, ChatDriver
from tests.mediators.field import make_field_app, mediator_chat
from tests.privacy.scenes import answer_a_reminder, every_row, mediator_family, plan_reminders

LOCALES = [pytest.param(code, id=code) for code in ("rom", "sr-Latn", "sr-Cyrl", "en")]
LATIN_LETTER = re.compile(r"[A-Za-zČĆŽŠĐčćžšđ]")


@pytest.fixture
async def app(tmp_path: Path) -> AsyncIterator[App]:
    app = await make_field_app(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", tmp_path / "media", FixedClock(NOW))
    yield app
    await app.close()


async def command(chat: ChatDriver, name: str) -> list[RenderedMessage]:
    return await chat.send(Inbound(chat.user, command=name))


@pytest.mark.parametrize("locale", LOCALES)
async def test_mydata_shows_the_family_in_the_parents_language(app, locale: str) -> None:
    chat = ChatDriver(app, f"parent-{locale}")
    await chat.onboard(locale, "Mila", "1.9.2026")
    await command(chat, "mydata")
    summary, child, rights = (m.text for m in chat.last)
    assert summary.startswith(chat.say("privacy-data-family", consent=chat.say(
        "privacy-consent-parent", date=NOW, version=PRIVACY_NOTICE_VERSION),
        language=chat.say(f"language-{locale.lower()}"),
        reminders=chat.say("privacy-reminders-on", day=chat.say("weekday-on-tue"), hour=10),
        chats=chat.say("privacy-channel-terminal"), pending=0, children=1))
    assert child == chat.say("privacy-data-child", name="Mila", born=date(2026, 9, 1),
                             early=chat.say("privacy-child-on-time"), vaccines=chat.say("privacy-child-no-vaccines"),
                             tips=0, gender="unknown")
    assert rights == chat.say("privacy-data-rights")
    assert chat.labels == [chat.say("privacy-button-file"), chat.say("privacy-button-delete"),
                           chat.say("button-back-to-menu")]
    if locale == "sr-Cyrl":
        assert not LATIN_LETTER.search(re.sub(r"Mila|\d", "", summary + child + rights))


async def test_mydata_and_its_file_hold_what_a_mediator_recorded(app) -> None:
    mediator, ana = await mediator_chat(app, "Ana", "ana-mydata")
    family = await mediator_family(app, ana, mediator.id, "Mirabela", "064/123-4567",
                                   (("Lukica", "3.3.2025"), ("Sarita", "1.10.2026")), "mira-mydata", "Likes mornings")
    await plan_reminders(app, FixedClock(NOW))
    await answer_a_reminder(app, family, "rem-not")
    parent = family.chat
    await command(parent, "mydata")
    texts = [m.text for m in parent.last]
    assert len(texts) == 5  # summary, two children, the mediator's part, the rights
    assert "Telegram" in texts[0] and "Lukica" in texts[1] and "Sarita" in texts[2]
    assert parent.say("privacy-child-vaccine", vaccine=parent.say("vaccine-bcg-1"), date=date(2025, 3, 4),
                      by=parent.say("privacy-recorded-by-mediator")) in texts[1]
    assert "+381641234567" in texts[3] and "Likes mornings" in texts[3] and "Mirabela" in texts[3]
    assert parent.say("privacy-mediator-help", date=NOW) in texts[3]

    await parent.press_id("privacy-button-file")
    (message,) = parent.last
    assert message.text == parent.say("privacy-file-caption")
    file = message.attachment
    assert file is not None and file.media_type == "application/json"
    assert file.filename == "cavororo-my-data-2026-11-22.json"
    document = json.loads(file.content)
    assert document["family"]["consent"] == {"given_at": "2026-11-22T09:00:00+00:00",
                                             "given_by": f"mediator:{mediator.id}",
                                             "notice_version": PRIVACY_NOTICE_VERSION}
    assert [(c["nickname"], c["birth_date"]) for c in document["children"]] == [
        ("Lukica", "2025-03-03"), ("Sarita", "2026-10-01")]
    assert document["children"][0]["vaccinations"] == [
        {"dose": "bcg_1", "given_on": "2025-03-04", "recorded_by": f"mediator:{mediator.id}"}]
    assert document["chats"] == [{"channel": "telegram", "language": "en", "reachable": True}]
    assert document["family"]["reminders"]["planned_not_sent"] > 0
    profile = document["mediator_profile"]
    assert (profile["phone"], profile["caregiver"], profile["consent_method"]) == ("+381641234567", "Mirabela",
                                                                                    "in_person")
    assert [n["text"] for n in profile["notes"]] == ["Likes mornings"] and profile["help_requests"]
    assert "mira-mydata" not in file.content.decode()  # channel names only, not the user id


async def test_privacy_is_reachable_from_help_and_before_onboarding(app) -> None:
    chat = ChatDriver(app, "curious")
    chat.locale = "en"
    await chat.start()
    await chat.press_id("language-en")
    await command(chat, "privacy")
    assert [m.text for m in chat.last] == [chat.say("privacy-notice"), chat.say("onboarding-privacy-notice")]
    await command(chat, "mydata")
    assert chat.last[0].text == chat.say("privacy-data-chat-only", language="English")
    await chat.press_id("onboarding-consent-yes")
    await chat.text("Mila")
    await chat.text("1.9.2026")
    await chat.press_id("child-early-no")
    await chat.press_id("menu-settings")
    await chat.press_id("settings-help")
    assert chat.labels[0] == chat.say("privacy-menu-entry")
    await chat.press_id("privacy-menu-entry")
    assert chat.transcript == chat.say("privacy-notice")
    assert chat.labels == [chat.say("privacy-button-data"), chat.say("privacy-button-delete"),
                           chat.say("button-back-to-menu")]


async def test_a_chat_without_a_family_is_all_there_is_and_delete_forgets_it(app) -> None:
    chat = ChatDriver(app, "stranger")
    await command(chat, "mydata")
    assert chat.last[0].text == chat.say("privacy-data-chat-only", language=chat.say("privacy-language-none"))
    assert chat.last[1].text == chat.say("onboarding-choose-language")
    await command(chat, "delete")
    await chat.press_id("privacy-delete-yes")
    assert chat.transcript == chat.say("privacy-deleted")
    assert all(row["user_id"] != "stranger" for row in (await every_row(app))["chat"])


async def test_only_the_confirmation_erases_and_no_keeps_everything(app) -> None:
    chat = ChatDriver(app, "careful")
    await chat.onboard("en")
    before = await every_row(app)
    await chat.raw_press("privacy:delete-yes")  # forged: no confirmation was asked
    assert chat.last[0].text == chat.say("button-stale")
    await command(chat, "delete")
    await chat.press_id("privacy-delete-no")
    assert chat.transcript == chat.say("privacy-delete-cancelled")
    assert chat.say("menu-tip") in chat.labels
    await chat.raw_press("privacy:delete-yes")  # the same button again, now stale
    assert chat.last[0].text == chat.say("button-stale")
    await command(chat, "delete")
    await chat.text("what?")  # the question is asked again, nothing else happens
    assert chat.last[-1].text == chat.say("privacy-delete-confirm")
    await chat.press_id("privacy-delete-no")
    after = await every_row(app)
    assert {t: len(rows) for t, rows in after.items()} == {t: len(rows) for t, rows in before.items()}


def test_every_channel_knows_the_privacy_commands() -> None:
    from bot.channels.telegram.menu_commands import COMMANDS as TELEGRAM_MENU
    from bot.channels.telegram.updates import COMMANDS as TELEGRAM_UPDATES

    assert {"mydata", "delete", "privacy"} <= set(CHAT_COMMANDS)
    assert TELEGRAM_MENU == ("start", *CHAT_COMMANDS) and set(TELEGRAM_UPDATES) == set(CHAT_COMMANDS)
    user = ChannelUser("terminal", "local")
    assert [parse_typed(f"/{name}", user, Keyboard()).command for name in CHAT_COMMANDS] == list(CHAT_COMMANDS)


@pytest.mark.parametrize("locale", ["rom", "sr-Latn", "en"])
def test_the_ids_built_from_data_exist_in_every_language(locale: str) -> None:
    from bot.core import privacy_dialog as privacy
    from bot.i18n.translator import Translator
    from tests.fakes.chat import CONTENT

    translator = Translator.from_directory(CONTENT)
    ids = {*privacy.CHANNEL_LABELS.values(), *privacy.CONSENT_METHODS.values(), *privacy.LANGUAGE_LABELS.values()}
    ids |= {f"weekday-on-{day}" for day in privacy.WEEKDAYS}
    missing = sorted(i for i in ids if translator.resolve(locale, i) is None or translator.resolve(locale, i).fell_back)
    assert not missing
