"""The sidecar format of message recordings (bot.catalog.recordings)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.catalog import recordings
from bot.catalog.recordings import Recording, RecordingError

FTL = """
# reviewed: MJ 2026-01-02
hello = Hello,   { $name }!
    .title = Greeting
other = Something else
"""


def test_fingerprint_ignores_whitespace_and_comments_but_not_words() -> None:
    sources = recordings.message_sources(FTL)
    assert set(sources) == {"hello", "other"}
    assert "reviewed" not in sources["hello"]
    same = recordings.message_sources(FTL.replace("Hello,   ", "Hello, ").replace("# reviewed: MJ 2026-01-02\n", ""))
    assert recordings.text_fingerprint(sources["hello"]) == recordings.text_fingerprint(same["hello"])
    changed = recordings.message_sources(FTL.replace("Hello", "Hi"))
    assert recordings.text_fingerprint(sources["hello"]) != recordings.text_fingerprint(changed["hello"])


def test_sidecar_round_trip_and_staleness(tmp_path: Path) -> None:
    (tmp_path / "rom").mkdir()
    (tmp_path / "rom" / "a.ftl").write_text(FTL, encoding="utf-8")
    current = recordings.current_fingerprints(tmp_path, "rom")
    made = Recording("rom", "hello", current["hello"], 12.34, "MJ", date(2026, 12, 1))
    recordings.write_sidecar(tmp_path, made)
    read = recordings.read_recording(tmp_path, "rom", "hello")
    assert read == Recording("rom", "hello", current["hello"], 12.3, "MJ", date(2026, 12, 1))
    assert not read.reviewed
    assert not read.is_stale(current["hello"])
    assert read.is_stale(current["other"])
    assert read.is_stale(None)
    assert list(recordings.iter_recordings(tmp_path)) == [("rom", "hello")]
    assert recordings.read_recording(tmp_path, "rom", "other") is None


BAD_SIDECARS = [
    "[1, 2]",
    "duration-s: 3\n",
    "text: abc\ncolour: red\n",
    "text: abc\nrecorded-on: soon\n",
    "text: abc\nrecorded-by: 'M J 2'\n",
    "text: abc\nduration-s: long\n",
    "text: [abc\n",
]


@pytest.mark.parametrize("body", BAD_SIDECARS)
def test_malformed_sidecars_are_refused(tmp_path: Path, body: str) -> None:
    path = recordings.sidecar_path(tmp_path, "sr", "hello")
    path.parent.mkdir(parents=True)
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RecordingError):
        recordings.read_recording(tmp_path, "sr", "hello")


@pytest.mark.parametrize(("lang", "message_id"), [("de", "hello"), ("rom", "../x"), ("rom", "")])
def test_paths_stay_inside_the_media_folder(tmp_path: Path, lang: str, message_id: str) -> None:
    with pytest.raises(RecordingError):
        recordings.recording_path(tmp_path, lang, message_id)
