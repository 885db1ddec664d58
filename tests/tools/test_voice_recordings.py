"""The content check of per-message voice recordings (content/media/<lang>/<id>.ogg + sidecar; issue 20), on real
Opus files made with ffmpeg: format, length, sidecar, message, staleness, review."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from bot.catalog import recordings
from bot.catalog.recordings import Recording
from bot.tools import media
from bot.tools.content_check import check_content
from tests.fakes.audio import make_mp3, make_opus
from tests.tools.content_fixtures import TODAY, content_tree


def _record(root: Path, lang: str, message_id: str, *, seconds: float = 3.0, reviewed: bool = True,
            fingerprint: str | None = None) -> Path:
    audio = make_opus(recordings.recording_path(root, lang, message_id), seconds)
    text = fingerprint or recordings.current_fingerprints(root, lang)[message_id]
    recordings.write_sidecar(root, Recording(lang, message_id, text, seconds, "MJ", date(2025, 11, 1),
                                             "DS" if reviewed else None, date(2025, 11, 2) if reviewed else None))
    return audio


def _voice_problems(root: Path) -> list[tuple[str, str, str]]:
    media_root = root / "media"
    return [(p.severity, p.path.relative_to(media_root).as_posix(), p.message)
            for p in check_content(root, today=TODAY, services=False).problems
            if p.path.is_relative_to(media_root) and p.path.parent.name in recordings.LANGUAGE_FOLDERS]


def test_a_good_recording_passes_even_strictly(tmp_path: Path) -> None:
    root = content_tree(tmp_path)
    audio = _record(root, "en", "tip-baby-talk")
    assert media.probe_opus(audio).problem is None
    assert media.probe_opus(audio).duration_s == pytest.approx(3.0, abs=0.1)
    assert check_content(root, today=TODAY, services=False).strict().errors == []


def test_the_ogg_header_is_read_without_ffprobe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    audio = make_opus(tmp_path / "a.ogg", 4.0)
    mp3 = make_mp3(tmp_path / "b.ogg")
    monkeypatch.setattr(media.shutil, "which", lambda name: None)
    assert media.probe_opus(audio).problem is None
    assert media.probe_opus(audio).duration_s == pytest.approx(4.0, abs=0.1)
    assert "not Ogg/Opus" in (media.probe_opus(mp3).problem or "")


def test_wrong_format_is_an_error(tmp_path: Path) -> None:
    root = content_tree(tmp_path)
    _record(root, "en", "tip-baby-talk")
    make_mp3(recordings.recording_path(root, "en", "tip-baby-talk"))  # an MP3 renamed .ogg
    [(severity, path, message)] = _voice_problems(root)
    assert (severity, path) == ("error", "en/tip-baby-talk.ogg")
    assert "not Ogg/Opus" in message


def test_a_recording_over_90_seconds_is_an_error(tmp_path: Path) -> None:
    root = content_tree(tmp_path)
    _record(root, "sr", "tip-baby-talk", seconds=91)
    [(severity, path, message)] = _voice_problems(root)
    assert (severity, path) == ("error", "sr/tip-baby-talk.ogg")
    assert "91 s long: at most 90 s" in message


def test_stale_text_is_flagged_and_strict_makes_it_an_error(tmp_path: Path) -> None:
    root = content_tree(tmp_path)
    _record(root, "en", "tip-baby-talk", fingerprint="0123456789abcdef")
    [(severity, path, message)] = _voice_problems(root)
    assert (severity, path) == ("warning", "en/tip-baby-talk.yaml")
    assert message.startswith("stale recording: the text of tip-baby-talk changed")
    assert check_content(root, today=TODAY, services=False).errors == []  # hot reload still takes the edit
    assert any("stale" in p.message for p in check_content(root, today=TODAY, services=False).strict().errors)


def test_a_text_edited_after_recording_makes_it_stale(tmp_path: Path) -> None:
    root = content_tree(tmp_path)
    _record(root, "en", "tip-baby-talk")
    assert _voice_problems(root) == []
    tips = root / "en" / "tips.ftl"
    tips.write_text(tips.read_text(encoding="utf-8").replace("tip-baby-talk =", "tip-baby-talk = Now: "),
                    encoding="utf-8")
    assert [problem[0] for problem in _voice_problems(root)] == ["warning"]


def test_a_recording_of_an_unknown_message_is_an_error(tmp_path: Path) -> None:
    root = content_tree(tmp_path)
    _record(root, "en", "tip-baby-talk")
    for suffix in (".ogg", ".yaml"):
        shutil.move(root / "media" / "en" / f"tip-baby-talk{suffix}", root / "media" / "en" / f"tip-gone{suffix}")
    [(severity, path, message)] = _voice_problems(root)
    assert severity == "error" and path.startswith("en/tip-gone")
    assert "a message that does not exist in content/en" in message


@pytest.mark.parametrize("sidecar", ["text: [unclosed\n", "duration-s: 3\n", "text: abc\nspeaker: MJ\n",
                                     "text: abc\nrecorded-on: yesterday\n"])
def test_a_malformed_sidecar_is_an_error(tmp_path: Path, sidecar: str) -> None:
    root = content_tree(tmp_path)
    _record(root, "en", "tip-baby-talk")
    recordings.sidecar_path(root, "en", "tip-baby-talk").write_text(sidecar, encoding="utf-8")
    [(severity, path, message)] = _voice_problems(root)
    assert (severity, path) == ("error", "en/tip-baby-talk.yaml")
    assert message.startswith("sidecar unreadable")


def test_a_recording_without_sidecar_and_a_sidecar_without_recording_are_errors(tmp_path: Path) -> None:
    root = content_tree(tmp_path)
    make_opus(recordings.recording_path(root, "en", "tip-baby-talk"))
    _record(root, "sr", "tip-baby-talk")
    recordings.recording_path(root, "sr", "tip-baby-talk").unlink()
    found = _voice_problems(root)
    assert [(s, p) for s, p, _ in found] == [("error", "en/tip-baby-talk.ogg"), ("error", "sr/tip-baby-talk.yaml")]
    assert "without its sidecar" in found[0][2] and "without its recording" in found[1][2]


def test_an_unreviewed_romani_recording_is_a_draft(tmp_path: Path) -> None:
    root = content_tree(tmp_path)
    _record(root, "rom", "tip-baby-talk", reviewed=False)
    _record(root, "en", "tip-baby-talk", reviewed=False)  # only Romani needs a native speaker's review
    [(severity, path, message)] = _voice_problems(root)
    assert (severity, path) == ("warning", "rom/tip-baby-talk.yaml")
    assert "awaiting review" in message


def test_recordings_are_not_reported_as_unused_tip_media(tmp_path: Path) -> None:
    root = content_tree(tmp_path)
    _record(root, "en", "tip-baby-talk")
    assert not [p for p in check_content(root, today=TODAY, services=False).problems if "no tip uses" in p.message
                and "tip-baby-talk" in p.path.name]
