"""A file made for the user (an invitation's QR picture, a data export) reaches Telegram as an upload from memory:
sendPhoto for a picture, sendDocument for anything else, with the text as caption when it fits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from aiogram.methods import SendDocument, SendMessage, SendPhoto
from aiogram.types import BufferedInputFile

from bot.channels.telegram import outbound
from bot.channels.telegram.outbound import CAPTION_LIMIT, calls_for
from bot.core.messages import Attachment, ChannelUser
from bot.i18n.render import RenderedButton, RenderedMessage
from tests.channels.telegram.harness import World
from tests.fakes.telegram_api import visible_text

pytestmark = pytest.mark.asyncio(loop_scope="session")

CHAT = 4242
PICTURE = Attachment("cavororo-invitation.png", b"\x89PNG\r\n\x1a\nfake-qr-picture", "image/png")
EXPORT = Attachment("cavororo-data.json", json.dumps({"family": {"language": "rom"}}).encode(), "application/json")
MENU = ((RenderedButton("Meni", "menu"),),)


def message(text: str, attachment: Attachment | None, media: tuple[str, ...] = (), buttons=MENU) -> RenderedMessage:
    return RenderedMessage(text, buttons, None, media, attachment)


def _upload(call: SendPhoto | SendDocument) -> BufferedInputFile:
    file = call.photo if isinstance(call, SendPhoto) else call.document
    assert isinstance(file, BufferedInputFile)
    return file


@pytest.mark.parametrize(("attachment", "method"), [
    pytest.param(PICTURE, SendPhoto, id="picture-as-photo"),
    pytest.param(EXPORT, SendDocument, id="data-as-document"),
    pytest.param(Attachment("scan.gif", b"GIF89a", "image/gif"), SendDocument, id="gif-as-document"),
])
async def test_an_attachment_carries_a_short_text_as_its_caption_and_the_buttons(attachment, method) -> None:
    (call,) = calls_for(CHAT, message("Pozivnica & linkovi", attachment), None)
    assert isinstance(call, method)
    assert visible_text(call.caption) == "Pozivnica & linkovi" and call.reply_markup is not None
    upload = _upload(call)
    assert (upload.filename, upload.data) == (attachment.filename, attachment.content)


async def test_a_text_too_long_for_a_caption_goes_first_and_the_attachment_with_the_buttons_last() -> None:
    text = "w" * (CAPTION_LIMIT + 1)
    text_call, photo = calls_for(CHAT, message(text, PICTURE), None)
    assert isinstance(text_call, SendMessage) and text_call.text == text and text_call.reply_markup is None
    assert isinstance(photo, SendPhoto) and photo.caption is None and photo.reply_markup is not None


async def test_with_a_tip_picture_too_nothing_is_a_caption_and_the_attachment_comes_last(tmp_path: Path) -> None:
    (tmp_path / "tips").mkdir()
    (tmp_path / "tips" / "reading.jpg").write_bytes(b"\xff\xd8\xff")
    tip, text, attached = calls_for(CHAT, message("Savet", EXPORT, media=("tips/reading.jpg",)), tmp_path)
    assert isinstance(tip, SendPhoto) and isinstance(attached, SendDocument) and isinstance(text, SendMessage)
    assert tip.caption is None and attached.caption is None and text.text == "Savet"


async def test_a_picture_larger_than_telegram_takes_as_a_photo_goes_as_a_document(monkeypatch) -> None:
    monkeypatch.setattr(outbound, "PHOTO_MAX_BYTES", len(PICTURE.content) - 1)
    (call,) = calls_for(CHAT, message("Slika", PICTURE), None)
    assert isinstance(call, SendDocument)


async def test_a_file_reaches_the_bot_api_as_an_upload_the_chat_can_open(webhook_world: World, chat_ids) -> None:
    chat_id = next(chat_ids)
    user = ChannelUser("telegram", str(chat_id))
    await webhook_world.channel.send(user, [message("Tvoji podaci", EXPORT), message("Pozivnica", PICTURE, buttons=())])
    document, photo = webhook_world.fake.sent(chat_id)
    assert (document.method, document.text, document.buttons) == ("sendDocument", "Tvoji podaci", [[("Meni", "menu")]])
    sent = document.upload("document")
    assert sent.filename == "cavororo-data.json" and json.loads(sent.content) == {"family": {"language": "rom"}}
    assert (photo.method, photo.text) == ("sendPhoto", "Pozivnica")
    assert photo.upload("photo").content == PICTURE.content
