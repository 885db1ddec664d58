"""Helpers for the Romani review tests: a bot on a copy of the content (apply writes into it), real recordings."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from bot.app import App, build
from bot.clock import FixedClock
from bot.core.messages import Inbound, VoiceNote
from bot.storage.reviews import SqlReviews, StoredProposal
from tests.fakes.chat import CONTENT, NOW, ChatDriver
from tests.mediators.field import settings


def content_copy(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    return root


async def review_app(tmp_path: Path, **extra: object) -> tuple[App, Path, str]:
    """A bot on its own content copy and database: (app, content root, database URL)."""
    root = content_copy(tmp_path)
    url = f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}"
    app = await build(settings(url, tmp_path / "media", CONTENT_DIR=root, **extra), clock=FixedClock(NOW),
                      strict_content=True)
    return app, root, url


def opus(path: Path, seconds: float = 2.0) -> bytes:
    """A real Opus voice note (a tone), made with ffmpeg."""
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    f"sine=frequency=440:duration={seconds}", "-c:a", "libopus", "-b:a", "24k", str(path)], check=True)
    return path.read_bytes()


def mp4(path: Path, seconds: float = 2.0) -> bytes:
    """A real short MP4 video with sound, as a Viber user's video message."""
    subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    f"color=c=black:s=64x64:d={seconds}", "-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}",
                    "-c:v", "mpeg4", "-c:a", "aac", "-shortest", str(path)], check=True)
    return path.read_bytes()


def probe(path: Path) -> tuple[str, float]:
    """(audio codec, duration in seconds) of a media file."""
    out = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries",
                          "stream=codec_name:format=duration", "-of", "default=noprint_wrappers=1", str(path)],
                         check=True, capture_output=True, text=True).stdout
    values = dict(line.split("=", 1) for line in out.splitlines() if "=" in line)
    return values["codec_name"], float(values["duration"])


async def send_voice(chat: ChatDriver, content: bytes, duration: float = 2.0, media_type: str = "audio/ogg") -> None:
    await chat.send(Inbound(chat.user, text="", voice=VoiceNote(content, media_type, duration)))


async def current_item(app: App, chat: ChatDriver) -> str:
    """The id of the Romani message in front of the mediator."""
    async with app.database.transaction() as store:
        found = await store.get_chat(chat.user)
    assert found is not None
    return str(found.data["item"])


async def skip_to_plain_text(app: App, chat: ChatDriver) -> str:
    """Skip to the first message without placeholders (a parent's text that needs no arguments): its id."""
    from bot.i18n.review_catalog import ContentReviewCatalog

    items = {item.message_id: item for item in ContentReviewCatalog(app.settings.content_dir).items()}
    for _ in range(200):
        item = await current_item(app, chat)
        if "{" not in items[item].romani:
            return item
        await chat.press_id("review-button-skip")
    raise AssertionError("no message without placeholders")


async def proposals(app: App) -> list[StoredProposal]:
    async with app.database.transaction() as store:
        return await SqlReviews(store.session).proposals(state=None, with_voice=True)
