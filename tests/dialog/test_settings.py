"""⚙️ Settings in the main menu: reminders (pause, stop, on again, day and hour), language, privacy, help."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from datetime import date

import pytest
import pytest_asyncio
import sqlalchemy as sa

from bot.app import App
from bot.catalog.recordings import RecordingIndex, Sendable
from bot.clock import FixedClock
from bot.core.messages import Inbound
from tests.fakes.chat import NOW, ChatDriver, make_app

CLOCK = FixedClock(NOW)  # Sunday 22 November 2026
USERS = itertools.count(1)
LOCALES = ["rom", "sr-Latn", "sr-Cyrl", "en"]
pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shared_app(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[App]:
    app = await make_app(f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('settings') / 'bot.sqlite3'}", CLOCK)
    yield app
    await app.close()


@pytest_asyncio.fixture(loop_scope="module")
async def app(shared_app: App) -> AsyncIterator[App]:
    yield shared_app
    CLOCK.instant = NOW


async def settings(app: App, locale: str) -> ChatDriver:
    chat = ChatDriver(app, f"settings-{next(USERS)}")
    await chat.onboard(locale)
    await chat.press_id("menu-settings")
    return chat


async def family(app: App, chat: ChatDriver) -> sa.Row:
    async with app.database.engine.connect() as connection:
        return (await connection.execute(sa.text(
            "SELECT family.* FROM family JOIN chat ON chat.family_id = family.id WHERE chat.user_id = :user"),
            {"user": chat.user.user_id})).one()


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_main_menu_is_short_and_settings_holds_language_privacy_and_help(app, locale: str) -> None:
    chat = await settings(app, locale)
    assert chat.transcript == chat.say("settings-title")
    assert chat.labels == [chat.say(i) for i in ("settings-reminders", "settings-language", "settings-privacy",
                                                 "settings-help", "button-back-to-menu")]
    await chat.press_id("settings-language")
    assert chat.labels == ["Romani čhib", "Srpski latinica", "Српски ћирилица", "English"]
    await chat.press(["Romani čhib", "Srpski latinica", "Српски ћирилица", "English"][LOCALES.index(locale)])
    await chat.press_id("menu-settings")
    await chat.press_id("settings-privacy")
    assert chat.transcript == chat.say("privacy-notice")
    await chat.press_id("menu-settings") if chat.say("menu-settings") in chat.labels else await chat.send(
        Inbound(chat.user, command="menu"))


@pytest.mark.parametrize("locale", LOCALES)
async def test_help_names_settings_pause_and_stop(app, locale: str) -> None:
    chat = await settings(app, locale)
    await chat.press_id("settings-help")
    assert "/pause" in chat.transcript and "/stop" in chat.transcript
    assert chat.say("menu-settings").split()[-1] in chat.transcript


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_weekly_day_and_hour_are_chosen_and_saved(app, locale: str) -> None:
    chat = await settings(app, locale)
    await chat.press_id("settings-reminders")
    assert chat.say("settings-reminders-on") in chat.transcript
    assert chat.say("settings-reminders-weekly", day=chat.say("weekday-on-tue"), hour=10) in chat.transcript
    await chat.press_id("settings-button-day")
    await chat.press_id("settings-day-fri")
    await chat.press_id("settings-button-hour")
    assert chat.say("settings-hour", hour=21) not in chat.labels  # quiet hours are not offered
    await chat.press_id("settings-hour", hour=18)
    assert chat.transcript.startswith(chat.say("settings-saved"))
    assert chat.say("settings-reminders-weekly", day=chat.say("weekday-on-fri"), hour=18) in chat.transcript
    saved = await family(app, chat)
    assert (saved.tip_weekday, saved.tip_hour) == (4, 18)


@pytest.mark.parametrize("locale", LOCALES)
async def test_reminders_pause_stop_and_on_again_from_settings(app, locale: str) -> None:
    chat = await settings(app, locale)
    await chat.press_id("settings-reminders")
    await chat.press_id("settings-button-pause")
    await chat.press_id("reminders-pause-days", days=14)
    await chat.press_id("menu-settings") if chat.say("menu-settings") in chat.labels else None
    await chat.send(Inbound(chat.user, press="set:rem"))
    assert chat.say("settings-reminders-paused", date=date(2026, 12, 6)) in chat.transcript
    await chat.press_id("reminders-button-on")
    assert chat.say("reminders-on") in chat.transcript
    await chat.raw_press("set:rem")
    await chat.press_id("settings-button-stop")
    assert (await family(app, chat)).reminders_stopped
    await chat.raw_press("set:rem")
    assert chat.say("settings-reminders-stopped") in chat.transcript


@pytest.mark.parametrize("forged", ["set:day:7", "set:hour:3", "set:hour:21", "set:day:-1", "set:nope", "set:day:01x"])
async def test_a_forged_settings_button_changes_nothing(app, forged: str) -> None:
    chat = await settings(app, "en")
    before = await family(app, chat)
    await chat.raw_press(forged)
    assert chat.say("button-stale") in chat.transcript
    after = await family(app, chat)
    assert (after.tip_weekday, after.tip_hour) == (before.tip_weekday, before.tip_hour)


@pytest.mark.parametrize("locale", LOCALES)
async def test_voice_messages_default_on_for_romani_and_are_switched_per_family(app, locale: str) -> None:
    chat = await settings(app, locale)
    await chat.press_id("settings-reminders")
    default_on = locale == "rom"
    assert chat.say("settings-voice-on" if default_on else "settings-voice-off") in chat.transcript
    assert (await family(app, chat)).voice_notes is None  # the default, not yet a choice
    await chat.press_id("settings-button-voice-off" if default_on else "settings-button-voice-on")
    assert chat.say("settings-saved") in chat.transcript
    assert chat.say("settings-voice-off" if default_on else "settings-voice-on") in chat.transcript
    assert bool((await family(app, chat)).voice_notes) is not default_on
    await chat.press_id("settings-button-voice-on" if default_on else "settings-button-voice-off")
    assert bool((await family(app, chat)).voice_notes) is default_on


@pytest.mark.parametrize("data", ["set:voice:maybe", "set:voice:", "set:voice:on:on", "set:voice:ON"])
async def test_forged_voice_buttons_change_nothing(app, data: str) -> None:
    chat = await settings(app, "rom")
    await chat.raw_press(data)
    assert (await family(app, chat)).voice_notes is None


@pytest.mark.parametrize(("locale", "folder"), [("rom", "rom"), ("sr-Cyrl", "sr"), ("sr-Latn", "sr"), ("en", "en")])
async def test_a_tip_asked_for_in_the_chat_carries_its_recording_when_voice_is_on(app, locale: str,
                                                                                  folder: str) -> None:
    tips = [tip.id for tip in app.library.tips]
    app.inbox.voices = lambda: RecordingIndex({(lang, tip): Sendable(f"{lang}/{tip}.ogg", 2.0)
                                               for tip in tips for lang in ("rom", "sr", "en")})

    async def tip_voices() -> list[str | None]:
        await chat.send(Inbound(chat.user, command="menu"))
        await chat.press_id("menu-tip")
        return [message.voice for message in chat.last]

    try:
        chat = await settings(app, locale)
        voices = await tip_voices()
        if locale == "rom":  # the default: on for Romani readers only
            assert len(voices) == 1 and (voices[0] or "").startswith("rom/tip-")
            return
        assert voices == [None]
        await chat.press_id("menu-settings")
        await chat.press_id("settings-reminders")
        await chat.press_id("settings-button-voice-on")
        voices = await tip_voices()
        assert len(voices) == 1 and (voices[0] or "").startswith(f"{folder}/tip-")
    finally:
        app.inbox.voices = None
