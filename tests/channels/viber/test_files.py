"""Files made for a user on Viber: stored and served at PUBLIC_BASE_URL/files/ for Viber to fetch (a picture message
for a picture, a file message otherwise), and without PUBLIC_BASE_URL a note that the file could not be attached."""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio

from bot.channels.viber.generated_files import PublishedFile
from bot.channels.viber.payloads import MAX_PICTURE_BYTES, file_message
from bot.core.messages import Attachment, ChannelUser
from bot.i18n.render import RenderedButton, RenderedMessage
from tests.channels.viber.harness import Harness, ViberUser, running
from tests.fakes.chat import NOW

pytestmark = pytest.mark.asyncio(loop_scope="module")

PICTURE = Attachment("cavororo-invitation.png", b"\x89PNG\r\n\x1a\nfake-qr-picture", "image/png")
EXPORT = Attachment("cavororo-data.json", json.dumps({"family": {"language": "rom"}}).encode(), "application/json")
BUTTONS = ((RenderedButton("👪 Family", "md:fam:1"),),)


def message(text: str, attachment: Attachment | None, buttons=()) -> RenderedMessage:
    return RenderedMessage(text, buttons, None, (), attachment)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def served(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[Harness]:
    folder: Path = tmp_path_factory.mktemp("viber-files")
    async with running(f"sqlite+aiosqlite:///{folder / 'viber.sqlite3'}", serve_files=True,
                       GENERATED_MEDIA_DIR=str(folder / "generated")) as harness:
        yield harness


@pytest_asyncio.fixture(loop_scope="module")
async def files(served: Harness) -> AsyncIterator[Harness]:
    yield served
    served.clock.instant = NOW


async def _onboarded(harness: Harness) -> tuple[ViberUser, ChannelUser]:
    user = harness.user()
    await user.onboard("en")
    return user, ChannelUser("viber", user.user_id)


async def _fetch(harness: Harness, url: str) -> tuple[int, str, bytes]:
    async with harness.http.get(url) as answer:
        return answer.status, answer.content_type, await answer.read()


async def test_a_picture_goes_out_as_a_picture_message_that_viber_can_fetch(files: Harness) -> None:
    user, chat = await _onboarded(files)
    await files.channel.send(chat, [message("Scan the code", PICTURE, BUTTONS)])
    text, picture = files.api.sent_to(user.user_id)[-2:]  # the code to scan ends up at the bottom of the chat
    assert text["text"] == "Scan the code" and "keyboard" not in text
    assert picture["type"] == "picture" and picture["text"] == ""
    assert picture["media"].startswith(files.url + "/files/") and picture["media"].endswith(".png")
    assert picture["keyboard"]["Buttons"][0]["ActionBody"] == "press:md:fam:1"
    assert await _fetch(files, picture["media"]) == (200, "image/png", PICTURE.content)


async def test_a_data_export_goes_out_as_a_file_message_and_expires_after_an_hour(files: Harness) -> None:
    user, chat = await _onboarded(files)
    await files.channel.send(chat, [message("Your data", EXPORT), message("Invitation", PICTURE)])
    sent = files.api.sent_to(user.user_id)[-4:]
    assert [m["type"] for m in sent] == ["text", "file", "text", "picture"]
    export, picture = sent[1], sent[3]
    assert (export["file_name"], export["size"]) == ("cavororo-data.json", len(EXPORT.content))
    status, media_type, body = await _fetch(files, export["media"])
    assert (status, media_type, json.loads(body)) == (200, "application/json", {"family": {"language": "rom"}})
    files.clock.advance(hours=1)
    assert (await _fetch(files, export["media"]))[0] == 404
    assert (await _fetch(files, picture["media"]))[0] == 200  # a picture lasts a day
    files.clock.advance(hours=23)
    assert (await _fetch(files, picture["media"]))[0] == 404


@pytest.mark.parametrize("name", ["A" * 32 + ".png", "..%2F..%2Fviber.sqlite3", "%2E%2E", "generated.png"],
                         ids=["unknown-token", "traversal", "dots", "not-a-token"])
async def test_a_forged_or_traversing_file_address_answers_404(files: Harness, name: str) -> None:
    status, _, body = await _fetch(files, f"{files.url}/files/{name}")
    assert status == 404 and b"SQLite" not in body


async def test_starting_the_channel_deletes_expired_files(files: Harness) -> None:
    folder = files.channel.files.folder if files.channel.files else None
    assert folder is not None
    expired = folder / ("E" * 32 + ".png")
    expired.write_bytes(b"old")
    os.utime(expired, (NOW.timestamp() - 1, NOW.timestamp() - 1))
    await files.channel.start()
    assert not expired.exists()


async def test_without_a_public_address_the_text_says_the_file_could_not_be_attached(viber: Harness) -> None:
    user, chat = await _onboarded(viber)
    user.collect()
    await viber.channel.sender.reply(chat, [message("Viber: viber://pa?chatURI=x", PICTURE, BUTTONS)])
    await viber.settle()
    (text,) = user.received
    assert text["text"] == "Viber: viber://pa?chatURI=x\n\n" + user.say("viber-attachment-unavailable")
    assert text["keyboard"]["Buttons"][0]["ActionBody"] == "press:md:fam:1"


@pytest.mark.parametrize(("file", "kind"), [
    pytest.param(PublishedFile("https://b.org/files/a.png", "qr.png", MAX_PICTURE_BYTES, "image/png"), "picture",
                 id="picture"),
    pytest.param(PublishedFile("https://b.org/files/a.png", "qr.png", MAX_PICTURE_BYTES + 1, "image/png"), "file",
                 id="picture-over-1-mb"),
    pytest.param(PublishedFile("https://b.org/files/a.webp", "qr.webp", 10, "image/webp"), "file", id="webp"),
    pytest.param(PublishedFile("https://b.org/files/a.json", "data.json", 10, "application/json"), "file",
                 id="json"),
])
async def test_only_pictures_every_viber_app_shows_are_picture_messages(file: PublishedFile, kind: str) -> None:
    assert file_message(file)["type"] == kind


async def test_a_file_name_longer_than_viber_takes_keeps_its_extension() -> None:
    payload = file_message(PublishedFile("https://b.org/files/a.json", "x" * 300 + ".json", 10, "application/json"))
    assert len(payload["file_name"]) == 256 and payload["file_name"].endswith("x.json")
