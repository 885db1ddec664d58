"""Hot reload: edited content is served without a restart; an edit that fails the check is refused, logged,
and the last good content keeps serving, while a conversation goes on."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
from pathlib import Path

import pytest

from bot.app import build, chat_jobs
from bot.clock import FixedClock
from bot.config import Settings
from bot.core.messages import ENGLISH, Text
from bot.i18n.reload import LiveContent, fingerprint, load_content
from bot.tools.content_check import check_content
from tests.fakes.chat import CONTENT, NOW, ChatDriver
from tests.tools.content_fixtures import content_tree

TALK = "Talk to your baby while you change her."


def edit(path: Path, old: str, new: str) -> None:
    """Replace text in a content file and move its modification time on (as a later save would)."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    before = path.stat().st_mtime_ns
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    os.utime(path, ns=(before + 1_000_000_000, before + 1_000_000_000))


def fixture_errors(root: Path) -> list:
    """The content check without the services directory's (the fixture does not carry its data files)."""
    return check_content(root, services=False).errors


def live(root: Path, **options) -> LiveContent:
    return LiveContent(root, load_content, check=fixture_errors, **options)


def tip(content: LiveContent) -> str:
    return content.translator().format(ENGLISH, Text("tip-baby-talk")).splitlines()[0]


def test_nothing_changed_means_nothing_reloaded(tmp_path):
    content = live(content_tree(tmp_path))
    first = content.current
    assert content.reload_if_changed() is None
    assert content.current is first


def test_a_good_edit_is_served_at_once(tmp_path):
    root = content_tree(tmp_path)
    content = live(root)
    edit(root / "en" / "tips.ftl", TALK, "Sing to your baby while you change her.")
    assert content.reload_if_changed() is True
    assert tip(content) == "Sing to your baby while you change her."


@pytest.mark.parametrize(
    ("path", "old", "new", "logged"),
    [
        pytest.param("en/tips.ftl", "tip-toddler-books =", "tip-toddler-books", "Expected token", id="fluent-syntax"),
        pytest.param("data/tips.yaml", "topic: responsive", "topic: friendship", "unknown topic", id="catalog"),
        pytest.param("en/tips.ftl", "tip-toddler-books =", "tip-kid-books =", "no English translation", id="id"),
    ],
)
def test_a_bad_edit_is_refused_logged_and_the_last_good_content_keeps_serving(tmp_path, caplog, path, old, new,
                                                                               logged):
    root = content_tree(tmp_path)
    content = live(root)
    edit(root / "en" / "tips.ftl", TALK, "Sing to your baby while you change her.")
    assert content.reload_if_changed() is True
    good = content.current
    edit(root / path, old, new)
    with caplog.at_level(logging.ERROR, logger="bot.i18n.reload"):
        assert content.reload_if_changed() is False
    assert content.current is good
    assert tip(content) == "Sing to your baby while you change her."
    assert "content change refused" in caplog.text and logged in caplog.text
    caplog.clear()
    assert content.reload_if_changed() is None  # not retried (nor logged again) until a file changes again
    assert caplog.text == ""


def test_fixing_a_refused_edit_is_picked_up(tmp_path):
    root = content_tree(tmp_path)
    content = live(root)
    edit(root / "en" / "tips.ftl", "tip-toddler-books =", "tip-toddler-books")
    assert content.reload_if_changed() is False
    edit(root / "en" / "tips.ftl", "tip-toddler-books", "tip-toddler-books =")
    edit(root / "en" / "tips.ftl", TALK, "Hum to your baby while you change her.")
    assert content.reload_if_changed() is True
    assert tip(content) == "Hum to your baby while you change her."


def test_hidden_and_backup_files_do_not_count_as_changes(tmp_path):
    root = content_tree(tmp_path)
    before = fingerprint(root)
    (root / "en" / ".tips.ftl.swp").write_bytes(b"x")
    (root / "en" / "tips.ftl~").write_text("old", encoding="utf-8")
    assert fingerprint(root) == before


async def test_the_reload_job_polls_on_the_scheduler_until_shut_down(tmp_path):
    root = content_tree(tmp_path)
    content = live(root, poll_seconds=0.01)
    jobs = chat_jobs(content)
    jobs.start()
    try:
        assert [job.id for job in jobs.get_jobs()] == ["content-reload"]
        edit(root / "en" / "tips.ftl", TALK, "Read to your baby while you change her.")
        for _ in range(500):  # at most about 5 s; the check takes a fraction of a second
            if tip(content).startswith("Read"):
                break
            await asyncio.sleep(0.01)
    finally:
        jobs.shutdown(wait=False)
    assert tip(content) == "Read to your baby while you change her."


@pytest.fixture
async def app(tmp_path):
    """The real bot on a copy of the real content, so editing it touches nothing else."""
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    settings = Settings(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", CONTENT_DIR=root)  # type: ignore[call-arg]
    app = await build(settings, clock=FixedClock(NOW), strict_content=True)
    yield app
    await app.close()


async def test_a_conversation_goes_on_through_a_good_and_a_bad_edit(app, caplog):
    root = app.settings.content_dir
    chat = ChatDriver(app)
    await chat.onboard("en")
    await chat.press_id("menu-settings")
    await chat.press_id("settings-help")
    first_line = chat.last[0].text.splitlines()[0]
    assert first_line == "I am Čavororo. I help you care for your small child."

    edit(root / "en" / "menu.ftl", first_line, "I am Čavororo, and I help you care for your child.")
    assert app.content.reload_if_changed() is True
    await chat.press_id("menu-settings")
    await chat.press_id("settings-help")
    assert chat.last[0].text.splitlines()[0] == "I am Čavororo, and I help you care for your child."

    edit(root / "en" / "menu.ftl", "help-text =", "help-text")  # a Fluent syntax error
    with caplog.at_level(logging.ERROR, logger="bot.i18n.reload"):
        assert app.content.reload_if_changed() is False
    assert "menu.ftl" in caplog.text
    await chat.press_id("menu-settings")
    await chat.press_id("settings-help")
    assert chat.last[0].text.splitlines()[0] == "I am Čavororo, and I help you care for your child."
    await chat.press_id("menu-tip")  # the rest of the bot is untouched
    assert chat.last[0].text.startswith(chat.say("tip-header", name="Mila", age=chat.say("age-months", months=2)))
