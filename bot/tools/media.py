"""Checks of the pictures and voice recordings tips carry (files under content/media/).

Kinds, told by the file name's ending and confirmed by the file's first bytes (a renamed file is caught):

- picture: JPEG or PNG, what both Telegram (sendPhoto) and Viber (picture message) show inline;
- voice: OGG/Opus (Telegram's voice-note format), MP3 or M4A.

Sizes: at most 1 MB for a picture, because Viber refuses larger picture messages and many parents pay for
mobile data by the megabyte; at most 1 MB for a voice recording, which is about four minutes of Opus speech at
32 kbit/s: a "short voice recording" is well under that, and the same data cost applies. A tip has at most one
picture and one voice recording.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from bot.catalog import recordings
from bot.core.library import TipEntry
from bot.tools import Problem, Severity
from bot.tools.catalog_refs import EntryPositions

MEDIA_DIR = "media"
PICTURE, VOICE = "picture", "voice"
KINDS: Mapping[str, str] = {".jpg": PICTURE, ".jpeg": PICTURE, ".png": PICTURE,
                            ".ogg": VOICE, ".opus": VOICE, ".mp3": VOICE, ".m4a": VOICE}
MAX_BYTES: Mapping[str, int] = {PICTURE: 1024 * 1024, VOICE: 1024 * 1024}


def kind_of(path: str) -> str | None:
    return KINDS.get(PurePosixPath(path).suffix.lower())


def _signature_fits(suffix: str, head: bytes) -> bool:
    if suffix in (".jpg", ".jpeg"):
        return head.startswith(b"\xff\xd8\xff")
    if suffix == ".png":
        return head.startswith(b"\x89PNG\r\n\x1a\n")
    if suffix in (".ogg", ".opus"):
        return head.startswith(b"OggS")
    if suffix == ".mp3":
        return head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)
    return head[4:8] == b"ftyp"  # .m4a


def _size(count: int) -> str:
    return f"{count / (1024 * 1024):.1f} MB" if count >= 100 * 1024 else f"{count // 1024} KB"


def check_file(root: Path, item: str) -> list[str]:
    """What is wrong with one media file named by the catalog (empty when nothing)."""
    kind = kind_of(item)
    if kind is None:
        return [f"media {item!r} is neither a picture (.jpg, .png) nor a voice recording (.ogg, .mp3, .m4a)"]
    path = root / MEDIA_DIR / item
    if not path.is_file():
        return [f"media file {MEDIA_DIR}/{item} does not exist"]
    with path.open("rb") as handle:
        head = handle.read(16)
    found = []
    if not _signature_fits(PurePosixPath(item).suffix.lower(), head):
        found.append(f"media file {MEDIA_DIR}/{item} is not really a {PurePosixPath(item).suffix} file")
    size = path.stat().st_size
    if size > MAX_BYTES[kind]:
        found.append(f"{kind} {MEDIA_DIR}/{item} is {_size(size)}: at most {_size(MAX_BYTES[kind])}, so parents "
                     "on mobile data can afford it (and Viber accepts it)")
    return found


def check_media(root: Path, yaml_path: Path, tips: Iterable[TipEntry], where: EntryPositions) -> list[Problem]:
    """Every media file of the catalog exists, is what its name says and is small enough; unused files."""
    problems: list[Problem] = []
    used: set[str] = set()
    for tip in tips:
        kinds = [kind_of(item) for item in tip.media]
        for kind in (PICTURE, VOICE):
            if kinds.count(kind) > 1:
                problems.append(Problem(yaml_path, *where.get(tip.id), "error", f"{tip.id} has more than one {kind}"))
        for item in tip.media:
            used.add(item)
            problems += [Problem(yaml_path, *where.get(tip.id), "error", f"{tip.id}: {found}")
                         for found in check_file(root, item)]
    media_root = root / MEDIA_DIR
    if media_root.is_dir():
        for path in sorted(p for p in media_root.rglob("*") if p.is_file() and kind_of(p.name)):
            if is_recording_file(media_root, path):
                continue
            if path.relative_to(media_root).as_posix() not in used:
                problems.append(Problem(path, 1, 1, "warning", "no tip uses this file"))
    return problems


# Per-message voice recordings (content/media/<lang>/<message-id>.ogg with a sidecar, bot.catalog.recordings).

@dataclass(frozen=True)
class Probe:
    """What a recording file is: Ogg/Opus or not (``problem`` says why not), and how long it plays."""

    problem: str | None
    duration_s: float | None = None


def probe_opus(path: Path) -> Probe:
    """Ogg/Opus and its length: by ``ffprobe`` when installed, else by the Ogg pages and the OpusHead header."""
    ffprobe = shutil.which("ffprobe")
    if ffprobe is not None:
        return _ffprobe(ffprobe, path)
    return _ogg_header(path)


def _ffprobe(ffprobe: str, path: Path) -> Probe:
    try:
        done = subprocess.run([ffprobe, "-v", "error", "-show_entries", "format=format_name,duration:stream=codec_name",
                               "-of", "json", str(path)], capture_output=True, timeout=30, check=False)
        found = json.loads(done.stdout or b"{}")
    except (OSError, subprocess.TimeoutExpired, ValueError):
        return Probe("ffprobe cannot read it")
    formats = str(found.get("format", {}).get("format_name", "")).split(",")
    codecs = [stream.get("codec_name") for stream in found.get("streams", [])]
    if done.returncode != 0 or "ogg" not in formats or codecs != ["opus"]:
        return Probe(f"not Ogg/Opus (ffprobe: format {','.join(f for f in formats if f) or '?'}, "
                     f"codecs {','.join(str(c) for c in codecs) or 'none'})")
    try:
        return Probe(None, float(found["format"]["duration"]))
    except (KeyError, TypeError, ValueError):
        return Probe(None, None)


def _ogg_header(path: Path) -> Probe:
    seconds = recordings.opus_duration(path)
    if seconds is None:
        return Probe("not Ogg/Opus (no OggS page starting with an OpusHead header)")
    return Probe(None, seconds)


def _recording_problems(root: Path, lang: str, message_id: str, fingerprints: dict[str, str]) -> list[Problem]:
    audio = recordings.recording_path(root, lang, message_id)
    side = recordings.sidecar_path(root, lang, message_id)
    where = audio if audio.is_file() else side
    found: list[Problem] = []

    def say(severity: Severity, message: str, path: Path = where) -> None:
        found.append(Problem(path, 1, 1, severity, message))

    if not audio.is_file():
        say("error", f"a sidecar without its recording {audio.name}", side)
    else:
        probe = probe_opus(audio)
        if probe.problem is not None:
            say("error", f"recording {probe.problem}: record or convert it to Ogg/Opus (see content/media/README.md)")
        elif probe.duration_s is not None and probe.duration_s > recordings.MAX_SECONDS:
            say("error", f"recording is {probe.duration_s:.0f} s long: at most {recordings.MAX_SECONDS:.0f} s")
    try:
        recording = recordings.read_recording(root, lang, message_id)
    except recordings.RecordingError as error:
        say("error", f"sidecar unreadable: {error}", side)
        return found
    if recording is None:
        say("error", f"recording without its sidecar {side.name} (which text it speaks, who recorded it)")
        return found
    if message_id not in fingerprints:
        say("error", f"recording of {message_id!r}, a message that does not exist in content/{lang}")
    elif recording.is_stale(fingerprints[message_id]):
        say("warning", f"stale recording: the text of {message_id} changed after it was recorded, so it is not "
                       "sent; record it again (or, if only spelling changed, update 'text:' in the sidecar)", side)
    elif lang == "rom" and not recording.reviewed:
        say("warning", f"Romani recording of {message_id} awaiting review by a native speaker (a draft, sent only "
                       "while SHOW_UNREVIEWED_ROMANI is on)", side)
    return found


def check_recordings(root: Path) -> list[Problem]:
    """Every per-message recording: Ogg/Opus, at most 90 s, a readable sidecar, an existing message, not stale.

    Errors: a file that is not Ogg/Opus, too long, a sidecar missing or unreadable, a message that does not exist.
    Warnings: a stale recording (never sent, so it cannot mislead; an edited text must not be refused by hot
    reload while it waits for a new recording; ``--strict`` makes it an error) and a Romani recording awaiting
    review.
    """
    problems: list[Problem] = []
    fingerprints: dict[str, dict[str, str]] = {}
    for lang, message_id in recordings.iter_recordings(root):
        if lang not in fingerprints:
            fingerprints[lang] = recordings.current_fingerprints(root, lang)
        problems += _recording_problems(root, lang, message_id, fingerprints[lang])
    return problems


def is_recording_file(media_root: Path, path: Path) -> bool:
    """A file of the per-message recordings (content/media/<lang>/...), which tips do not name."""
    parts = path.relative_to(media_root).parts
    return len(parts) == 2 and parts[0] in recordings.LANGUAGE_FOLDERS
