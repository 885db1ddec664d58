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

from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath

from bot.core.library import TipEntry
from bot.tools import Problem
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
            if path.relative_to(media_root).as_posix() not in used:
                problems.append(Problem(path, 1, 1, "warning", "no tip uses this file"))
    return problems
