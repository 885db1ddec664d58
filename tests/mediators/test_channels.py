"""The whole enrolment in the messengers' fake servers: a mediator enrols a family on Telegram (the fake Bot API)
and on Viber (signed callbacks, the fake REST API), gets the QR picture, and the parent opens the invitation."""

from __future__ import annotations

import io
from typing import Any

import pytest
import zxingcpp
from PIL import Image

from bot.storage.mediators import SqlMediators
from tests.channels.telegram.harness import telegram_world
from tests.channels.viber.harness import ViberUser, running
from tests.mediators.field import BOT_USERNAME, CHAT_URI, LINK_SETTINGS, code_in, enrol, new_mediator


class ViberDriver:
    """A ViberUser with the ChatDriver verbs the enrolment helper uses."""

    def __init__(self, user: ViberUser) -> None:
        self.user = user

    async def text(self, text: str) -> Any:
        return await self.user.type(text)

    async def press(self, label: str) -> Any:
        return await self.user.press(label)

    async def press_id(self, message_id: str, **args: object) -> Any:
        return await self.user.press_id(message_id, **args)

    @property
    def transcript(self) -> str:
        return self.user.transcript


def qr_links(png: bytes) -> set[str]:
    return {found.text for found in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))}


async def test_enrolment_on_telegram_with_the_qr_photo_and_the_parents_start_link(tmp_path, monkeypatch) -> None:
    for key, value in LINK_SETTINGS.items():  # the links only: the picture needs no other setting on Telegram
        monkeypatch.setenv(key, value)
    async with telegram_world(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}") as world:
        mediator, code = await new_mediator(world.app, "Ana")
        ana = world.parent(7001, language_code="en")
        ana.locale = "en"
        await ana.text(f"/start {code}")
        assert ana.transcript.startswith(ana.say("mediator-welcome-any"))
        await ana.press_id("language-en")
        family_code = await enrol(ana, "Mira", language="sr-Latn", phone="0641234567")
        (photo,) = [call for call in ana.last if call.method == "sendPhoto"]
        telegram_link = f"https://t.me/{BOT_USERNAME}?start={family_code}"
        assert telegram_link in (photo.text or "") and photo.buttons  # the links are the photo's caption
        picture = photo.upload("photo")
        assert picture.filename == "cavororo-invitation.png"
        assert qr_links(picture.content) == {telegram_link, f"viber://pa?chatURI={CHAT_URI}&context={family_code}"}

        parent = world.parent(7002)
        await parent.text(f"/start {family_code}")
        assert parent.transcript.startswith(parent.say("invitation-family-welcome"))
        assert parent.transcript.endswith(parent.say("privacy-notice"))  # on Telegram too
        async with world.app.database.transaction() as store:
            chat = await store.get_chat(parent.user)
            assert chat is not None and chat.locale == "sr-Latn"
            assert (await SqlMediators(store.session).profile(chat.family_id)).mediator_id == mediator.id


async def test_enrolment_on_viber_with_the_qr_picture_served_to_viber_and_the_parent_opening_the_deep_link(
        tmp_path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    async with running(url, serve_files=True, GENERATED_MEDIA_DIR=str(tmp_path / "generated"),
                       **LINK_SETTINGS) as viber:
        _, code = await new_mediator(viber.app, "Ana")
        ana = viber.user()
        ana.locale = "en"
        await ana.open(context=code, subscribed=True)
        await viber.settle()
        await ana.press("English")
        family_code = await enrol(ViberDriver(ana), "Mira", language="rom")
        viber_link = f"viber://pa?chatURI={CHAT_URI}&context={family_code}"
        assert viber_link in ana.transcript
        assert code_in(ana.transcript) == family_code
        (picture,) = [m for m in ana.received if m["type"] == "picture"]
        assert picture["media"].startswith(viber.url + "/files/") and picture["media"].endswith(".png")
        async with viber.http.get(picture["media"]) as served:  # what Viber fetches
            assert (served.status, served.content_type) == (200, "image/png")
            assert viber_link in qr_links(await served.read())

        parent = viber.user()
        parent.locale = "rom"
        welcome = await parent.open(context=family_code)
        assert welcome is not None and welcome["text"].startswith(parent.say("invitation-family-welcome"))
        assert parent.say("privacy-notice") in welcome["text"]  # in Viber's one welcome message, with the notice
        chat = await viber.chat(parent.user_id)
        assert chat is not None and chat.family_id is not None and chat.locale == "rom"

        late = viber.user()
        answer = await late.open(context=family_code)
        assert answer is not None and answer["text"].startswith(late.say("invitation-used-any").splitlines()[0])


pytestmark = pytest.mark.filterwarnings("error")
