"""Where to get help: categories, short cards and their buttons, nearest first, stale presses, every language.

Loading the content takes a second or two, so the module shares one app (and its clock, put back after each
test); every test chats as a new user.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
import pytest_asyncio

from bot.app import App
from bot.catalog import load_library
from bot.catalog.services import parse_hours
from bot.channels.terminal import as_json
from bot.clock import FixedClock
from bot.core.messages import LOCALES, Inbound, Location, Serbian, Text
from bot.core.services_menu import (
    full_card,
    health_centre_card,
    pin_reply,
    service_for,
    service_reply,
    short_card,
)
from bot.i18n.render import render
from tests.fakes.chat import CONTENT, NOW, ChatDriver, make_app

LIBRARY = load_library(CONTENT)
MONDAY_MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 10:00 in Belgrade


CLOCK = FixedClock(NOW)  # Sunday 22 November 2026, 10:00 in Belgrade
ZONE = CLOCK.zone
USERS = itertools.count(1)
module_loop = pytest.mark.asyncio(loop_scope="module")


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def shared_app(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[App]:
    app = await make_app(f"sqlite+aiosqlite:///{tmp_path_factory.mktemp('services') / 'bot.sqlite3'}", CLOCK)
    yield app
    await app.close()


@pytest_asyncio.fixture(loop_scope="module")
async def app(shared_app: App) -> AsyncIterator[App]:
    yield shared_app
    CLOCK.instant = NOW


async def parent(app: App) -> ChatDriver:
    chat = ChatDriver(app, f"parent-{next(USERS)}")
    await chat.onboard("en")
    return chat


def by_name(chat: ChatDriver, service_id: str):
    name = chat.say(f"service-{service_id}-name")
    (card,) = [m for m in chat.last if m.text.splitlines()[0] == name]
    return card


@module_loop
async def test_where_to_get_help_opens_the_categories_and_each_lists_short_cards(app):
    chat = await parent(app)
    await chat.press_id("menu-services")
    assert chat.labels == [chat.say(f"services-category-{key}") for key in LIBRARY.categories] + [
        chat.say("button-back-to-menu")]
    await chat.press_id("services-category-health")
    names = [m.text.splitlines()[0] for m in chat.last[:-1]]
    assert names == [chat.say(f"service-{s.id}-name") for s in LIBRARY.services if s.category == "health"]
    health_centre = by_name(chat, "dz-zemun")
    assert [[b.data for b in row] for row in health_centre.buttons] == [
        ["svc:pin:dz-zemun", "svc:call:dz-zemun"], ["svc:docs:dz-zemun", "svc:info:dz-zemun"]]
    assert chat.say("service-dz-zemun-description") not in health_centre.text  # short: the description is in "more"
    assert chat.say("service-card-address", address="Rade Končara 46, 11080 Zemun") in health_centre.text
    assert chat.say("service-dz-zemun-landmark") in health_centre.text
    assert chat.say("service-on-duty-check") in health_centre.text
    helpline = by_name(chat, "halobeba")  # no coordinates, no phone, no documents: only "more"
    assert [[b.data for b in row] for row in helpline.buttons] == [["svc:info:halobeba"]]
    assert all(m.location is None for m in chat.last)


@module_loop
async def test_the_pin_button_sends_the_location_as_a_venue_with_title_and_address(app):
    chat = await parent(app)
    await chat.raw_press("svc:pin:dz-zemun")
    (pin,) = chat.last
    assert as_json(pin)["location"] == {"lat": 44.8456, "lon": 20.3858, "title": chat.say("service-dz-zemun-name"),
                                        "address": "Rade Končara 46, 11080 Zemun"}
    assert chat.say("service-card-pin-approximate") in pin.text  # the coordinates are not verified
    assert [b.data for row in pin.buttons for b in row] == ["cat:health", "menu"]


@module_loop
async def test_the_pin_is_a_core_location_that_every_script_renders(app):
    health_centre = service_for(LIBRARY, "health-centre")
    reply = pin_reply(health_centre)
    name = Text("service-dz-zemun-name")
    assert reply.location == Location(44.8456, 20.3858, name, Serbian("Rade Končara 46, 11080 Zemun"))
    assert reply.parts[0] == name
    cyrillic = render(app.translator, "sr-Cyrl", reply).location
    assert (cyrillic.title, cyrillic.address) == ("Дом здравља „Земун“", "Раде Кончара 46, 11080 Земун")


@module_loop
async def test_the_call_button_sends_the_number_alone_in_international_form(app):
    chat = await parent(app)
    await chat.raw_press("svc:call:dz-zemun")
    intro, number = chat.last
    assert number.text == "+381112195422"
    assert chat.say("service-call-unconfirmed") in intro.text
    await chat.raw_press("svc:call:pu-dr-sima-milosevic")
    intro, number = chat.last
    assert number.text == "+381112606662"
    assert chat.say("service-call-extension", phone="+381112606662", extension="22") in intro.text
    await chat.raw_press("svc:call:hitna-pomoc")
    assert chat.last[-1].text == "194"
    assert chat.say("service-call-unconfirmed") not in chat.transcript  # 194 is verified


@module_loop
async def test_what_do_i_bring_lists_the_documents_with_a_check_note_when_unverified(app):
    chat = await parent(app)
    await chat.raw_press("svc:docs:dz-zemun")
    assert chat.transcript.splitlines()[2:] == [
        chat.say("service-documents-item", document=chat.say("service-document-health-card")), "",
        chat.say("service-documents-check")]


@module_loop
async def test_more_shows_every_known_fact_and_says_when_nothing_was_checked(app):
    chat = await parent(app)
    await chat.raw_press("svc:info:go-zemun-prijem-gradjana")
    text = chat.transcript
    for expected in (chat.say("service-go-zemun-prijem-gradjana-description"),
                     chat.say("service-card-phone-check", phone="011 3168-088, 011 3778-470"),
                     chat.say("service-card-address-check", address="Magistratski trg 1, Zemun (visoko prizemlje, "
                                                                    "kanc. 20)"),
                     chat.say("hours-days", first=chat.say("weekday-mon"), last=chat.say("weekday-fri"),
                              times="09:00–15:00"),
                     chat.say("service-card-never-checked")):
        assert expected in text


@module_loop
async def test_open_now_follows_the_clock_and_unverified_hours_carry_the_note(app):
    chat = await parent(app)  # on Sunday at 10:00
    sunday = chat.say("service-status-unconfirmed", status=chat.say(
        "service-status-next", status=chat.say("service-status-closed-today"),
        next=chat.say("service-next-tomorrow", time="09:00")))
    await chat.press_id("menu-services")
    await chat.press_id("services-category-documents")
    assert sunday in by_name(chat, "go-zemun-prijem-gradjana").text
    CLOCK.instant = MONDAY_MORNING
    await chat.press_id("services-category-documents")
    monday = chat.say("service-status-unconfirmed", status=chat.say("service-status-open", until="15:00"))
    assert monday in by_name(chat, "go-zemun-prijem-gradjana").text
    await chat.press_id("services-category-emergency")
    assert chat.say("service-status-always") in by_name(chat, "hitna-pomoc").text


@module_loop
async def test_a_shared_location_lists_the_nearest_first_and_then_categories_by_distance(app):
    chat = await parent(app)
    await chat.send(Inbound(chat.user, location=(44.8470, 20.3858)))
    assert chat.last[0].text == chat.say("services-nearest", count=1)
    distance = chat.say("service-card-distance", distance=chat.say("distance-metres", metres=160))
    assert distance in by_name(chat, "dz-zemun").text
    assert chat.last[-1].text == chat.say("services-nearest-categories")
    assert chat.last[-1].buttons[0][0].data == "cat:health:44.8470:20.3858"
    await chat.press_id("services-category-health")
    names = [m.text.splitlines()[0] for m in chat.last[:-1]]
    assert names[0] == chat.say("service-dz-zemun-name") and distance in chat.last[0].text
    assert len(names) == len([s for s in LIBRARY.services if s.category == "health"])  # the rest after it
    assert all(b.data.endswith(":44.8470:20.3858") for row in chat.last[-1].buttons[:-1] for b in row)


STALE_PRESSES = ["svc:pin:nowhere", "svc:pin:halobeba", "svc:call:halobeba", "svc:docs:halobeba", "svc:fly:dz-zemun",
                 "svc:info:", "svc:", "cat:", "cat:health:91.0000:20.0000", "cat:health:44.8:", "cat:health:x:y",
                 "cat:health:44.8470:20.3858:1", "cat:health:1e3:20.0", "cat:nowhere", "svc:info:dz-zemun\x00"]


@module_loop
async def test_every_press_is_validated_and_a_stale_one_changes_nothing(app):
    chat = await parent(app)
    for forged in STALE_PRESSES:
        await chat.raw_press(forged)
        assert chat.last[0].text == chat.say("button-stale"), forged
        assert chat.say("menu-tip") in chat.labels, forged


def test_every_button_fits_in_64_bytes():
    now = MONDAY_MORNING
    replies = [full_card(s, LIBRARY, now, zone=ZONE) for s in LIBRARY.services]
    replies += [short_card(s, LIBRARY, now, zone=ZONE) for s in LIBRARY.services]
    data = [b.data for reply in replies for row in reply.buttons for b in row]
    data += [f"cat:{key}:-89.9999:-179.9999" for key in LIBRARY.categories]
    assert data and max(len(d.encode()) for d in data) <= 64


@module_loop
async def test_a_reminder_can_link_to_the_health_centre_card_and_its_buttons_work(app):
    assert service_for(LIBRARY, "vaccination").id == "dz-zemun"
    assert service_for(LIBRARY, "no-such-kind") is None
    assert service_reply(LIBRARY, "no-such-kind", MONDAY_MORNING, ZONE) is None
    card = health_centre_card(LIBRARY, MONDAY_MORNING, ZONE)
    assert card == short_card(service_for(LIBRARY, "health-centre"), LIBRARY, MONDAY_MORNING, zone=ZONE)
    chat = await parent(app)
    for data in [b.data for row in card.buttons for b in row]:
        await chat.raw_press(data)
        assert chat.say("button-stale") not in chat.transcript, data


# -- every field in every language ------------------------------------------------------------------------------

FULL = dataclasses.replace(
    next(s for s in LIBRARY.services if s.id == "dz-zemun"),
    address_verified=True, coordinates_verified=True, phones=("011/2195-422",), phone_verified=True,
    hours=parse_hours({"mon-fri": "07:00-12:00"}),
    hours_verified=True, documents_verified=True, romani_spoken=True, on_duty=True, on_duty_verified=True,
    last_checked=date(2026, 1, 15),
)
UNVERIFIED = dataclasses.replace(FULL, address_verified=False, coordinates_verified=False, phone_verified=False,
                                 hours_verified=False, on_duty_verified=False, last_checked=None)
EXPECTED = {
    "en": ["📍 Rade Končara 46, 11080 Zemun", "🔎 Near the bus stop", "☎️ 011/2195-422", "Mon–Fri 07:00–12:00",
           "🟢 Open now, until 12:00", "✔️ Children's doctor (pediatrician), Vaccinations", "📄 Bring: Health card",
           "🗣 Romani is spoken here.", "🌐 http://www.dzzemun.org.rs/", "checked on 15 January 2026"],
    "sr-Latn": ["📍 Rade Končara 46, 11080 Zemun", "🔎 Kod autobuske stanice", "☎️ 011/2195-422", "pon–pet 07:00–12:00",
                "🟢 Sada radi, do 12:00", "✔️ Lekar za decu (pedijatar), Vakcinacija", "📄 Ponesi: Zdravstvena knjižica",
                "🗣 Ovde se govori romski.", "🌐 http://www.dzzemun.org.rs/", "provereni 15. januara 2026."],
    "sr-Cyrl": ["📍 Раде Кончара 46, 11080 Земун", "🔎 Код аутобуске станице", "☎️ 011/2195-422", "пон–пет 07:00–12:00",
                "🟢 Сада ради, до 12:00", "✔️ Лекар за децу (педијатар), Вакцинација", "📄 Понеси: Здравствена књижица",
                "🗣 Овде се говори ромски.", "🌐 http://www.dzzemun.org.rs/", "проверени 15. јануара 2026."],
    "rom": ["📍 Rade Končara 46, 11080 Zemun", "🔎 Pašal i autobusko stanica", "☎️ 011/2195-422",
            "luja–paraštuj 07:00–12:00",
            "🟢 Akana si putardo, dži 12:00", "📄 Le tusa:", "🗣 Akate vakerel pe romanes.",
            "🌐 http://www.dzzemun.org.rs/", "Proverime 15.1.2026."],
}
CHECK_NOTES = {"en": "(please check by phone)", "sr-Latn": "(proveri telefonom)", "sr-Cyrl": "(провери телефоном)",
               "rom": "(phuč telefonosa)"}
DISTANCES = {"en": "🚶 2.4 km from you", "sr-Latn": "🚶 2,4 km od tebe", "sr-Cyrl": "🚶 2,4 км од тебе",
             "rom": "🚶 2,4 km katar tu"}


@module_loop
@pytest.mark.parametrize("locale", LOCALES)
async def test_each_field_renders_in_every_language(app, locale):
    translator = app.translator
    text = render(translator, locale, full_card(FULL, LIBRARY, MONDAY_MORNING, zone=ZONE)).text
    missing = [expected for expected in EXPECTED[locale] if expected not in text]
    assert not missing, text
    assert CHECK_NOTES[locale] not in text
    short = render(translator, locale, short_card(FULL, LIBRARY, MONDAY_MORNING, distance=2449.0, zone=ZONE)).text
    assert DISTANCES[locale] in short


@module_loop
@pytest.mark.parametrize("locale", LOCALES)
async def test_unverified_fields_carry_the_check_by_phone_note_in_every_language(app, locale):
    translator = app.translator
    text = render(translator, locale, full_card(UNVERIFIED, LIBRARY, MONDAY_MORNING, zone=ZONE)).text
    assert text.count(CHECK_NOTES[locale]) == 3  # address, hours, open now (open: no on-duty note)
    ids = [part.id for part in full_card(UNVERIFIED, LIBRARY, MONDAY_MORNING, zone=ZONE).parts]
    assert {"service-card-phone-check", "service-card-pin-approximate", "service-card-never-checked"} <= set(ids)
    assert translator.format(locale, Text("service-card-phone-check", {"phone": "011/2195-422"})) in text
