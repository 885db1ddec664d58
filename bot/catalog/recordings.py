"""Voice recordings of messages, one per message and language (issue 20).

A recording lives at ``content/media/<lang>/<message-id>.ogg`` (Opus in an Ogg container: what Telegram plays as a
voice note) with a sidecar ``content/media/<lang>/<message-id>.yaml`` that says which text it speaks and who made
and reviewed it::

    text: 3f2a9c0d1e5b7a46        # fingerprint of the message's Fluent source when it was recorded
    duration-s: 23.4
    recorded-by: MJ              # initials, as in '# reviewed:' marks
    recorded-on: 2026-12-07
    reviewed-by: DS              # absent: awaiting review (Romani recordings, like Romani text)
    reviewed-on: 2026-12-09

``<lang>`` is a content folder: ``rom``, ``sr`` (both Serbian scripts hear the same recording) or ``en``. A recording
whose ``text`` no longer matches the message's current source is *stale*: the words changed after it was made, so it
is not sent and the content check flags it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from fluent.syntax import FluentParser, FluentSerializer, ast

MEDIA_DIR = "media"
LANGUAGE_FOLDERS = ("rom", "sr", "en")
RECORDING_SUFFIX = ".ogg"
SIDECAR_SUFFIX = ".yaml"
MAX_SECONDS = 90.0
_ID = re.compile(r"[a-zA-Z][a-zA-Z0-9_-]*\Z")
_INITIALS = re.compile(r"[^\s\d]{1,8}\Z")


class RecordingError(ValueError):
    """A sidecar that cannot be read, or a path that is not a recording's."""


@dataclass(frozen=True)
class Recording:
    lang: str
    message_id: str
    text: str  # fingerprint of the message source it speaks
    duration_s: float | None = None
    recorded_by: str | None = None
    recorded_on: date | None = None
    reviewed_by: str | None = None
    reviewed_on: date | None = None

    @property
    def reviewed(self) -> bool:
        return self.reviewed_by is not None and self.reviewed_on is not None

    def is_stale(self, current_fingerprint: str | None) -> bool:
        """True when the message is gone or its words changed since the recording was made."""
        return current_fingerprint is None or current_fingerprint != self.text


def _check(lang: str, message_id: str) -> None:
    if lang not in LANGUAGE_FOLDERS:
        raise RecordingError(f"unknown language folder {lang!r}: one of {', '.join(LANGUAGE_FOLDERS)}")
    if not _ID.match(message_id):
        raise RecordingError(f"not a message id: {message_id!r}")


def recording_path(content_root: Path, lang: str, message_id: str) -> Path:
    _check(lang, message_id)
    return content_root / MEDIA_DIR / lang / f"{message_id}{RECORDING_SUFFIX}"


def sidecar_path(content_root: Path, lang: str, message_id: str) -> Path:
    _check(lang, message_id)
    return content_root / MEDIA_DIR / lang / f"{message_id}{SIDECAR_SUFFIX}"


def text_fingerprint(message_source: str) -> str:
    """A short, stable fingerprint of a message's words: whitespace differences do not count."""
    normalized = " ".join(message_source.split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()[:16]


def message_sources(ftl_text: str) -> dict[str, str]:
    """Every message of a Fluent file, serialized without its comment (what a recording speaks)."""
    resource = FluentParser(with_spans=False).parse(ftl_text)
    serializer = FluentSerializer()
    found: dict[str, str] = {}
    for entry in resource.body:
        if isinstance(entry, ast.Message):
            bare = ast.Message(entry.id, entry.value, entry.attributes, comment=None)
            found[entry.id.name] = serializer.serialize_entry(bare)
    return found


def current_fingerprints(content_root: Path, lang: str) -> dict[str, str]:
    """Message id -> fingerprint of its current source, over every .ftl file of one language folder."""
    _check(lang, "x")
    fingerprints: dict[str, str] = {}
    for ftl in sorted((content_root / lang).glob("*.ftl")):
        for message_id, source in message_sources(ftl.read_text(encoding="utf-8")).items():
            fingerprints[message_id] = text_fingerprint(source)
    return fingerprints


def _date(value: Any, key: str, where: Path) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise RecordingError(f"{where}: {key} is not a date (YYYY-MM-DD): {value!r}") from error


def _initials(value: Any, key: str, where: Path) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _INITIALS.match(value):
        raise RecordingError(f"{where}: {key} must be initials (letters, at most 8): {value!r}")
    return value


def read_recording(content_root: Path, lang: str, message_id: str) -> Recording | None:
    """The sidecar of one recording, or None when there is none. Raises RecordingError on a malformed sidecar."""
    where = sidecar_path(content_root, lang, message_id)
    if not where.is_file():
        return None
    try:
        data = yaml.safe_load(where.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise RecordingError(f"{where}: not valid YAML: {error}") from error
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise RecordingError(f"{where}: needs 'text:', the fingerprint of the message it speaks")
    unknown = set(data) - {"text", "duration-s", "recorded-by", "recorded-on", "reviewed-by", "reviewed-on"}
    if unknown:
        raise RecordingError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    duration = data.get("duration-s")
    if duration is not None and (isinstance(duration, bool) or not isinstance(duration, int | float)):
        raise RecordingError(f"{where}: duration-s must be a number of seconds: {duration!r}")
    return Recording(
        lang=lang,
        message_id=message_id,
        text=data["text"],
        duration_s=float(duration) if duration is not None else None,
        recorded_by=_initials(data.get("recorded-by"), "recorded-by", where),
        recorded_on=_date(data.get("recorded-on"), "recorded-on", where),
        reviewed_by=_initials(data.get("reviewed-by"), "reviewed-by", where),
        reviewed_on=_date(data.get("reviewed-on"), "reviewed-on", where),
    )


def write_sidecar(content_root: Path, recording: Recording) -> Path:
    where = sidecar_path(content_root, recording.lang, recording.message_id)
    data: dict[str, Any] = {"text": recording.text}
    if recording.duration_s is not None:
        data["duration-s"] = round(recording.duration_s, 1)
    for key, value in (("recorded-by", recording.recorded_by), ("recorded-on", recording.recorded_on),
                       ("reviewed-by", recording.reviewed_by), ("reviewed-on", recording.reviewed_on)):
        if value is not None:
            data[key] = value.isoformat() if isinstance(value, date) else value
    where.parent.mkdir(parents=True, exist_ok=True)
    where.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return where


def iter_recordings(content_root: Path) -> Iterator[tuple[str, str]]:
    """(lang, message id) of every recording file or sidecar under content/media/<lang>/, sorted."""
    seen: set[tuple[str, str]] = set()
    for lang in LANGUAGE_FOLDERS:
        folder = content_root / MEDIA_DIR / lang
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.suffix in (RECORDING_SUFFIX, SIDECAR_SUFFIX) and _ID.match(path.stem):
                seen.add((lang, path.stem))
    yield from sorted(seen)


@dataclass(frozen=True)
class Sendable:
    """A recording the bot may send: fresh, with a readable sidecar, and reviewed where review is required."""

    path: str  # relative to content/media/, e.g. "rom/tip-w02-skin-to-skin.ogg"
    duration_s: float | None


class RecordingIndex:
    """The sendable recordings of a content directory, looked up by language folder and message id."""

    def __init__(self, found: dict[tuple[str, str], Sendable] | None = None) -> None:
        self._found = dict(found or {})

    def __len__(self) -> int:
        return len(self._found)

    @classmethod
    def load(cls, content_root: Path, *, show_unreviewed_romani: bool = True) -> RecordingIndex:
        """Every recording with its audio file and a fresh text; a Romani one without review only while
        unreviewed Romani is shown (the rule of the text, SHOW_UNREVIEWED_ROMANI). Broken ones are left out
        (the content check reports them)."""
        found: dict[tuple[str, str], Sendable] = {}
        fingerprints: dict[str, dict[str, str]] = {}
        for lang, message_id in iter_recordings(content_root):
            if not recording_path(content_root, lang, message_id).is_file():
                continue
            try:
                recording = read_recording(content_root, lang, message_id)
            except RecordingError:
                continue
            if lang not in fingerprints:
                fingerprints[lang] = current_fingerprints(content_root, lang)
            if recording is None or recording.is_stale(fingerprints[lang].get(message_id)):
                continue
            if lang == "rom" and not recording.reviewed and not show_unreviewed_romani:
                continue
            found[(lang, message_id)] = Sendable(f"{lang}/{message_id}{RECORDING_SUFFIX}", recording.duration_s)
        return cls(found)

    def first(self, lang: str, message_ids: Iterable[str]) -> Sendable | None:
        """The recording of the first of these messages that has one in ``lang`` (at most one per message)."""
        for message_id in message_ids:
            if (found := self._found.get((lang, message_id))) is not None:
                return found
        return None


class LiveRecordings:
    """The :class:`RecordingIndex` of a content directory, loaded again when a recording, a sidecar or a .ftl
    file changed (content is edited while the bot runs); call it for the current index."""

    def __init__(self, content_root: Path, *, show_unreviewed_romani: bool = True) -> None:
        self.content_root = content_root
        self.show_unreviewed_romani = show_unreviewed_romani
        self._signature: tuple[tuple[str, int, int], ...] | None = None
        self._index = RecordingIndex()

    def _files(self) -> Iterator[Path]:
        for lang in LANGUAGE_FOLDERS:
            yield from (self.content_root / MEDIA_DIR / lang).glob("*")
            yield from (self.content_root / lang).glob("*.ftl")

    def __call__(self) -> RecordingIndex:
        signature = []
        for path in self._files():
            try:
                stat = path.stat()
            except OSError:
                continue
            signature.append((str(path), stat.st_mtime_ns, stat.st_size))
        current = tuple(sorted(signature))
        if current != self._signature:
            self._index = RecordingIndex.load(self.content_root, show_unreviewed_romani=self.show_unreviewed_romani)
            self._signature = current
        return self._index


OPUS_RATE = 48000  # Ogg/Opus granule positions count 48 kHz samples whatever the input rate


def opus_duration(path: Path) -> float | None:
    """Seconds of an Ogg/Opus file, read from its OpusHead header and last Ogg page; None when it is not one."""
    data = path.read_bytes()
    if not data.startswith(b"OggS") or len(data) < 47 or data[28:36] != b"OpusHead":
        return None
    pre_skip = int.from_bytes(data[38:40], "little")
    last = data.rfind(b"OggS")
    granule = int.from_bytes(data[last + 6:last + 14], "little", signed=True)
    return max(granule - pre_skip, 0) / OPUS_RATE if granule >= 0 else None
