"""The whole conversation through Telegram: the real aiogram client, the fake Bot API, HTTP both ways.

Every test runs twice: with the bot long polling, and with Telegram posting to the bot's webhook.
"""

from __future__ import annotations

import pytest

from bot.channels.telegram.menu_commands import COMMAND_LOCALES, COMMANDS
from bot.core.messages import Inbound, Text
from tests.channels.telegram.harness import World
from tests.fakes.telegram_updates import callback_update, message_update

pytestmark = pytest.mark.asyncio(loop_scope="session")
GROUP = -100_555


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)


@pytest.mark.parametrize("locale", ["rom", "sr-Latn", "sr-Cyrl", "en"])
async def test_onboarding_in_every_language_and_script_ends_at_the_menu(world: World, chat_ids, locale) -> None:
    parent = world.parent(next(chat_ids))
    await parent.onboard(locale, nickname="Mila")
    assert parent.say("onboarding-done") in parent.transcript
    assert [label for label, _ in parent.buttons][:2] == [parent.say("menu-ill"), parent.say("menu-tip")]
    assert _has_cyrillic(parent.transcript) == (locale == "sr-Cyrl")
    chat = await world.chat(parent.chat_id)
    assert chat is not None and chat.locale == locale and chat.active


async def test_the_first_answer_asks_for_the_language_with_one_button_each(world: World, chat_ids) -> None:
    parent = world.parent(next(chat_ids))
    (call,) = await parent.text("/start")
    assert call.text == parent.say("onboarding-choose-language")
    assert [[data for _, data in row] for row in call.buttons] == [["lang:rom"], ["lang:sr-Latn"], ["lang:sr-Cyrl"],
                                                                   ["lang:en"]]


async def test_a_tip_arrives_with_html_special_characters_intact(world: World, chat_ids) -> None:
    parent = world.parent(next(chat_ids))
    await parent.onboard("en", nickname="<Mila_*&>")
    await parent.press_id("menu-tip")
    assert parent.last[0].params["parse_mode"] == "HTML"
    assert parent.transcript.startswith("💡 <Mila_*&>")
    assert "&lt;Mila_*&amp;&gt;" in parent.last[0].params["text"]
    assert (parent.say("menu-tip"), "m:tip") in parent.buttons


async def test_the_vaccine_plan_names_the_vaccines_due(world: World, chat_ids) -> None:
    parent = world.parent(next(chat_ids))
    await parent.onboard("sr-Latn")
    await parent.press_id("menu-plan")
    assert parent.say("vaccine-bcg-1") in parent.transcript
    assert parent.say("vaccine-dtap-ipv-hib-1") in parent.transcript


async def test_a_service_pin_goes_out_as_a_venue(world: World, chat_ids) -> None:
    parent = world.parent(next(chat_ids))
    await parent.onboard("en")
    await parent.press_id("menu-services")
    await parent.press_id("services-category-health")
    pins = [data for _, data in parent.buttons if data.startswith("svc:pin:")]
    assert pins, "the health category shows at least one service with a map pin"
    await parent.press_data(pins[0])
    venue = [call for call in parent.last if call.method == "sendVenue"]
    assert len(venue) == 1
    name = parent.say(f"service-{pins[0].removeprefix('svc:pin:')}-name")
    assert venue[0].params["title"] == name and venue[0].params["address"]
    assert venue[0].buttons, "the back button rides on the venue, the last message"


async def test_a_shared_location_reaches_the_core_as_a_location(world: World, chat_ids) -> None:
    parent = world.parent(next(chat_ids))
    await parent.onboard("en")
    await parent.location(44.8470, 20.3858)
    assert world.inbox.inbound[-1] == Inbound(parent.user, location=(44.8470, 20.3858))
    assert parent.last


async def test_adding_a_second_child_makes_the_menu_ask_which_child(world: World, chat_ids) -> None:
    parent = world.parent(next(chat_ids))
    await parent.onboard("en", nickname="Mila")
    await parent.press_id("menu-children")
    await parent.press_id("children-add")
    await parent.text("Luka")
    await parent.text("3.5.2024")  # over two years: "born early?" is not asked
    assert [c.nickname for c in await world.children(parent.chat_id)] == ["Luka", "Mila"]
    await parent.press_id("menu-tip")
    assert parent.transcript == parent.say("choose-child-tip")
    assert [label for label, _ in parent.buttons][:2] == ["Luka", "Mila"]


async def test_start_with_an_invitation_code_reaches_the_core_as_the_code(world: World, chat_ids) -> None:
    parent = world.parent(next(chat_ids))
    await parent.text("/start inv-7Qx_2")
    assert world.inbox.inbound[-1] == Inbound(parent.user, start="inv-7Qx_2")
    assert parent.last, "the parent gets an answer"


@pytest.mark.parametrize("command", ["/help", "/menu", "/language"])
async def test_commands_work_in_the_middle_of_onboarding(world: World, chat_ids, command: str) -> None:
    parent = world.parent(next(chat_ids))
    parent.locale = "en"
    await parent.text("/start")
    await parent.press_id("language-en")
    await parent.press_id("onboarding-consent-yes")
    await parent.text(command)
    assert world.inbox.inbound[-1].command == command[1:]
    assert parent.last


async def test_a_forged_press_naming_another_familys_child_changes_nothing(world: World, chat_ids) -> None:
    owner, intruder = world.parent(next(chat_ids)), world.parent(next(chat_ids))
    await owner.onboard("en")
    await intruder.onboard("en")
    (child,) = await world.children(owner.chat_id)
    answered = len(world.fake.methods("answerCallbackQuery"))
    await intruder.press_data(f"tip:{child.id}")
    assert intruder.last[0].text == intruder.say("button-stale")
    assert len(world.fake.methods("answerCallbackQuery")) == answered + 1
    async with world.app.database.transaction() as store:
        assert await store.seen_tips(child.id) == set()
    assert world.fake.sent(owner.chat_id)[-1].text != intruder.say("button-stale")


async def test_every_press_is_answered_in_the_webhook_answer_or_by_a_call(world: World, chat_ids) -> None:
    parent = world.parent(next(chat_ids))
    await parent.text("/start")
    update = callback_update(world.fake.next_update_id(), parent.chat_id, "lang:en")
    await world.deliver(update)
    (answer,) = [c for c in world.fake.methods("answerCallbackQuery")
                 if c.params["callback_query_id"] == update["callback_query"]["id"]]
    assert answer.in_webhook_answer == (world.mode == "webhook")


@pytest.mark.parametrize("data", ["💣" * 16, "tip:99999999999", "rm-yes:1 OR 1=1", "lang:xx"],
                         ids=["garbage", "unknown-child", "injection", "unknown-language"])
async def test_garbage_button_data_gets_a_polite_answer(world: World, chat_ids, data: str) -> None:
    parent = world.parent(next(chat_ids))
    await parent.onboard("en")
    children = await world.children(parent.chat_id)
    await parent.press_data(data)
    assert parent.last, "a polite answer, never silence"
    assert await world.children(parent.chat_id) == children


async def test_a_duplicate_update_is_processed_once(world: World, chat_ids) -> None:
    parent = world.parent(next(chat_ids))
    await parent.onboard("en")
    before = len(world.fake.sent(parent.chat_id))
    await world.deliver_twice(callback_update(world.fake.next_update_id(), parent.chat_id, "m:tip"))
    assert len(world.fake.sent(parent.chat_id)) == before + 1
    (child,) = await world.children(parent.chat_id)
    async with world.app.database.transaction() as store:
        assert len(await store.seen_tips(child.id)) == 1


async def test_a_malformed_update_is_ignored_and_the_next_one_answered(world: World, chat_ids) -> None:
    parent = world.parent(next(chat_ids))
    await world.deliver({"update_id": world.fake.next_update_id(), "message": {"chat": parent.chat_id}})
    assert world.fake.sent(parent.chat_id) == []
    assert await parent.text("/start")


async def test_a_group_is_told_once_that_the_bot_talks_only_in_private(world: World) -> None:
    for text in ("/start", "hello bot"):
        await world.deliver(message_update(world.fake.next_update_id(), GROUP, text=text, chat_type="group",
                                           from_id=77, language_code="en"))
    (notice,) = world.fake.sent(GROUP)
    assert notice.text == world.app.translator.format("en", Text("telegram-private-only"))
    assert await world.chat(GROUP) is None


async def test_a_sticker_gets_an_answer_and_the_question_stays(world: World, chat_ids) -> None:
    parent = world.parent(next(chat_ids))
    parent.locale = "en"
    await parent.text("/start")
    await parent.press_id("language-en")
    await parent.press_id("onboarding-consent-yes")
    await parent.sticker()
    assert world.inbox.inbound[-1] == Inbound(parent.user, text="")
    assert parent.last and parent.buttons == [(parent.say("button-skip"), "skip")]
    chat = await world.chat(parent.chat_id)
    assert chat is not None and chat.step == "nickname"


@pytest.mark.parametrize("kind", ["edited_message", "channel_post"])
async def test_edits_and_channel_posts_get_no_answer(world: World, chat_ids, kind: str) -> None:
    chat_id = next(chat_ids) if kind == "edited_message" else GROUP - 1
    calls = len(world.fake.calls)
    await world.deliver(message_update(world.fake.next_update_id(), chat_id, text="/start", kind=kind,
                                       chat_type="private" if kind == "edited_message" else "channel"))
    assert world.fake.sent(chat_id) == []
    assert all(c.method == "getUpdates" for c in world.fake.calls[calls:])


async def test_the_command_list_is_registered_in_each_language(world: World) -> None:
    await world.fake.wait_for(lambda: len(world.fake.commands) == len(COMMAND_LOCALES))
    for code, locale in COMMAND_LOCALES.items():
        described = {c["command"]: c["description"] for c in world.fake.commands[code]}
        assert described == {name: world.app.translator.format(locale, Text(f"telegram-command-{name}"))
                             for name in COMMANDS}
    assert _has_cyrillic(world.fake.commands["sr"][0]["description"])


@pytest.mark.parametrize("locale", ["rom", "sr-Latn", "sr-Cyrl", "en"])
async def test_a_voice_note_gets_what_the_bot_can_read_and_the_menu_as_on_viber(
        world: World, chat_ids, locale: str) -> None:
    parent = world.parent(next(chat_ids))
    await parent.onboard(locale)
    await parent.voice()
    texts = [call.text for call in parent.last if call.text]
    assert texts == [parent.say("message-unsupported"), parent.say("menu-title")]
    assert parent.say("menu-tip") in [label for label, _ in parent.buttons]
    assert parent.say("fallback-not-understood") not in parent.transcript
