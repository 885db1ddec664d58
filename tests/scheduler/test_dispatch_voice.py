"""Voice recordings after the weekly message (issue 20), through the real channels against the fake APIs, with real
Opus recordings made by ffmpeg: Telegram gets a voice note (sendVoice) after the text; Viber a short MP4 video
message, counted like any message; who gets one (the family's choice, the Romani default, Viber's free window),
in which language, and never more than one per message."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from bot.catalog import recordings
from bot.catalog.recordings import LiveRecordings, Recording, RecordingIndex
from bot.channels.telegram import TelegramChannel
from bot.channels.telegram.outbound import calls_for
from bot.channels.viber import ViberChannel
from bot.channels.viber.voice_video import VoiceVideos
from bot.clock import FixedClock
from bot.config import Settings
from bot.core.conversation import Conversation
from bot.core.messages import ChannelUser
from bot.i18n.render import RenderedMessage
from bot.inbound.inbox import Inbox
from bot.storage.database import Database
from scheduler.dispatcher import Dispatcher
from tests.fakes.audio import codecs, duration, make_opus, probe
from tests.fakes.telegram_api import TOKEN, FakeTelegram
from tests.fakes.viber_api import FakeViberApi
from tests.scheduler.outbox_rows import CONTENT, add_family, add_row, library, local, row, set_last_inbound, translator
from tests.scheduler.test_dispatch_channels import InstantTimer

MONDAY_9 = local(2026, 4, 27, 9)
DUE = MONDAY_9 - timedelta(hours=1)
VIBER_TOKEN = "viber-test-token-0123456789"
TIP = "tip-w02-skin-to-skin"
OTHER_TIP = "tip-w03-birth-registration"
SECONDS = {"rom": 3.0, "sr": 4.0, "en": 5.0}  # each language's recording has its own length, to tell them apart


@dataclass
class World:
    database: Database
    content: Path
    telegram_api: FakeTelegram
    viber_api: FakeViberApi
    viber: ViberChannel
    dispatcher: Dispatcher


def record(content: Path, lang: str, message_id: str, seconds: float, *, reviewed: bool = False,
           text: str | None = None) -> None:
    make_opus(recordings.recording_path(content, lang, message_id), seconds)
    fingerprint = text or recordings.current_fingerprints(content, lang)[message_id]
    recordings.write_sidecar(content, Recording(lang, message_id, fingerprint, seconds, "MJ", date(2026, 4, 1),
                                                "DS" if reviewed else None, date(2026, 4, 2) if reviewed else None))


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real content with a recording of TIP in every language (Romani unreviewed: a draft) and of OTHER_TIP
    in Romani."""
    root = tmp_path_factory.mktemp("voice") / "content"
    shutil.copytree(CONTENT, root)
    for lang, seconds in SECONDS.items():
        record(root, lang, TIP, seconds, reviewed=lang != "rom")
    record(root, "rom", OTHER_TIP, 7.0)
    return root


@pytest.fixture
def database(fast_database: Database) -> Database:
    return fast_database


@pytest.fixture
async def world(database: Database, content: Path, tmp_path: Path) -> AsyncIterator[World]:
    telegram_api, viber_api = await FakeTelegram().start(), FakeViberApi(VIBER_TOKEN)
    await viber_api.start()
    settings = Settings(CONTENT_DIR=content, TELEGRAM_BOT_TOKEN=TOKEN,  # type: ignore[call-arg]
                        TELEGRAM_API_BASE=telegram_api.base_url, VIBER_AUTH_TOKEN=VIBER_TOKEN,
                        VIBER_API_BASE=viber_api.url, PUBLIC_BASE_URL="https://bot.example",
                        GENERATED_MEDIA_DIR=tmp_path / "generated")
    clock = FixedClock(MONDAY_9)
    inbox = Inbox(database, Conversation(library, clock), translator, clock)
    telegram = TelegramChannel.from_settings(settings, inbox, database, translator(), timer=InstantTimer())
    viber = ViberChannel.from_settings(settings, inbox, database, translator(), clock=clock, retry_delays=())
    dispatcher = Dispatcher(database, {"telegram": telegram, "viber": viber}, translator, library, clock,
                            voices=LiveRecordings(content))
    yield World(database, content, telegram_api, viber_api, viber, dispatcher)
    await telegram.bot.session.close()
    await viber.client.close()
    await telegram_api.close()
    await viber_api.close()


async def family_with_tip(world: World, channel: str, user: str, locale: str, *, voice: bool | None = None,
                          tips: tuple[str, ...] = (TIP,)) -> int:
    children = tuple((f"Child{index}", date(2026, 1, 10 + index)) for index in range(len(tips)))
    family = await add_family(world.database, chats=((channel, user, locale),), children=children,
                              voice_notes=voice)
    for child, tip in zip(family.children, tips, strict=True):
        last = await add_row(world.database, family.id, child, "tip", tip, DUE)
    return last


def telegram_voices(world: World, chat: int) -> list[bytes]:
    return [call.upload("voice").content for call in world.telegram_api.sent(chat) if call.method == "sendVoice"]


@pytest.mark.parametrize(("locale", "folder"), [("rom", "rom"), ("sr-Latn", "sr"), ("sr-Cyrl", "sr"), ("en", "en")])
async def test_telegram_sends_the_recording_as_a_voice_note_after_the_text(world: World, tmp_path: Path,
                                                                           locale: str, folder: str) -> None:
    tip_row = await family_with_tip(world, "telegram", "5001", locale, voice=True)
    assert (await world.dispatcher.dispatch()).sent == 1
    calls = world.telegram_api.sent(5001)
    assert [call.method for call in calls] == ["sendMessage", "sendVoice"]  # the words first, then their voice
    assert calls[-1].buttons  # the answer buttons stay at the bottom of the chat, on the voice note
    assert int(calls[-1].params["duration"]) == int(SECONDS[folder])
    (voice,) = telegram_voices(world, 5001)
    assert codecs(voice, tmp_path) == ["opus"]
    assert duration(voice, tmp_path) == pytest.approx(SECONDS[folder], abs=0.1)
    assert (await row(world.database, tip_row)).state == "sent"


@pytest.mark.parametrize(("locale", "choice", "voices"), [("rom", None, 1), ("rom", False, 0), ("sr-Latn", None, 0),
                                                          ("en", None, 0), ("sr-Cyrl", True, 1)])
async def test_the_default_is_on_for_romani_readers_and_the_familys_choice_wins(world: World, locale: str,
                                                                                choice: bool | None,
                                                                                voices: int) -> None:
    await family_with_tip(world, "telegram", "5002", locale, voice=choice)
    await world.dispatcher.dispatch()
    assert len(telegram_voices(world, 5002)) == voices
    assert world.telegram_api.sent(5002)[0].method == "sendMessage"  # the text always goes


async def test_at_most_one_recording_per_weekly_message(world: World, tmp_path: Path) -> None:
    await family_with_tip(world, "telegram", "5003", "rom", tips=(TIP, OTHER_TIP))  # two children, two tips
    assert (await world.dispatcher.dispatch()).sent == 1
    (voice,) = telegram_voices(world, 5003)
    assert duration(voice, tmp_path) == pytest.approx(SECONDS["rom"], abs=0.1)  # the first tip's (older child)


async def test_a_message_without_a_tip_recording_has_no_voice(world: World) -> None:
    family = await add_family(world.database, chats=(("telegram", "5004", "rom"),), voice_notes=True)
    await add_row(world.database, family.id, family.children[0], "vaccine", "pcv_2", DUE)
    await world.dispatcher.dispatch()
    assert [call.method for call in world.telegram_api.sent(5004)] == ["sendMessage"]


def viber_file(world: World, url: str) -> Path:
    files = world.viber.files
    assert files is not None
    found = files.find(urlsplit(url).path.rsplit("/", 1)[-1])
    assert found is not None, "the video is served at the URL Viber was given"
    return found


async def test_viber_gets_the_recording_as_a_short_mp4_counted_like_a_message(world: World) -> None:
    await family_with_tip(world, "viber", "v-voice", "rom", voice=True)
    assert (await world.dispatcher.dispatch()).sent == 1
    sent = world.viber_api.sent_to("v-voice")
    assert [payload["type"] for payload in sent] == ["text", "video"]
    video = sent[-1]
    assert video["duration"] == 3 and "keyboard" in video
    path = viber_file(world, video["media"])
    assert video["size"] == path.stat().st_size < 1024 * 1024
    assert codecs(path) == ["aac", "h264"]
    assert duration(path) == pytest.approx(SECONDS["rom"], abs=0.3)
    user = ChannelUser("viber", "v-voice")
    assert world.viber.sender.quota.wait_for(user, world.viber.sender.quota.limit - 2) == 0.0
    assert world.viber.sender.quota.wait_for(user, world.viber.sender.quota.limit - 1) > 0  # two messages counted


async def test_viber_makes_each_video_once(world: World) -> None:
    videos = world.viber.sender.videos
    assert videos is not None
    recording = recordings.recording_path(world.content, "rom", TIP)
    first = await videos.video_for(recording)
    assert first is not None
    made = first.stat().st_mtime_ns
    assert await videos.video_for(recording) == first and first.stat().st_mtime_ns == made


@pytest.mark.parametrize(("choice", "wrote", "videos"), [(None, False, 0), (None, True, 1), (True, False, 1),
                                                          (False, True, 0)])
async def test_viber_sends_voice_outside_the_free_window_only_to_families_who_chose_it(
        world: World, choice: bool | None, wrote: bool, videos: int) -> None:
    await family_with_tip(world, "viber", "v-window", "rom", voice=choice)
    if wrote:
        await set_last_inbound(world.database, ChannelUser("viber", "v-window"), MONDAY_9 - timedelta(hours=2))
    await world.dispatcher.dispatch()
    sent = world.viber_api.sent_to("v-window")
    assert sent[0]["type"] == "text"
    assert [payload["type"] for payload in sent].count("video") == videos


def test_stale_and_unreviewed_recordings_are_not_sendable(content: Path, tmp_path: Path) -> None:
    root = tmp_path / "content"
    shutil.copytree(content, root)
    index = RecordingIndex.load(root)
    assert index.first("rom", [TIP]) is not None and index.first("sr", ["tip-w00-breast-milk-only", TIP]) is not None
    hidden = RecordingIndex.load(root, show_unreviewed_romani=False)  # the rule of the Romani text
    assert hidden.first("rom", [TIP, OTHER_TIP]) is None and hidden.first("sr", [TIP]) is not None
    record(root, "en", TIP, 5.0, reviewed=True, text="0123456789abcdef")  # made for another text: stale
    live = LiveRecordings(root)
    assert live().first("en", [TIP]) is None
    record(root, "en", TIP, 5.0, reviewed=True)  # recorded again for the current text
    assert live().first("en", [TIP]) is not None


async def test_viber_video_shows_the_tips_picture(world: World, tmp_path: Path) -> None:
    videos = world.viber.sender.videos
    assert videos is not None
    picture = tmp_path / "tip.png"
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i", "color=c=red:s=640x360", "-frames:v", "1",
                    str(picture)], check=True, timeout=60)
    recording = recordings.recording_path(world.content, "sr", TIP)
    plain, pictured = await videos.video_for(recording), await videos.video_for(recording, picture)
    assert plain is not None and pictured is not None and plain != pictured  # one video per recording and picture
    found = probe(pictured)
    video = next(stream for stream in found["streams"] if stream["codec_type"] == "video")
    assert (video["codec_name"], video["width"], video["height"]) == ("h264", 480, 480)
    assert duration(pictured) == pytest.approx(SECONDS["sr"], abs=0.3)


def test_a_broken_recording_makes_no_video(tmp_path: Path) -> None:
    broken = tmp_path / "broken.ogg"
    broken.write_bytes(b"OggS not really")
    assert VoiceVideos(tmp_path / "videos")._video_for(broken, None) is None
    assert not (tmp_path / "videos").exists() or not any((tmp_path / "videos").iterdir())


def test_telegram_sends_no_voice_outside_the_media_folder_or_of_another_format(tmp_path: Path) -> None:
    media = tmp_path / "media"
    make_opus(media / "rom" / "tip.ogg", 1.0)
    make_opus(tmp_path / "outside.ogg", 1.0)
    (media / "rom" / "tip.mp3").write_bytes(b"ID3")
    for voice, methods in (("rom/tip.ogg", ["SendMessage", "SendVoice"]), ("../outside.ogg", ["SendMessage"]),
                           ("rom/tip.mp3", ["SendMessage"]), ("rom/missing.ogg", ["SendMessage"])):
        message = RenderedMessage("Text", (), None, (), voice=voice, voice_duration_s=1.0)
        assert [type(call).__name__ for call in calls_for(1, message, media)] == methods, voice
