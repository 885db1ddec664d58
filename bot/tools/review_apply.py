"""Writing mediators' accepted proposals into the content (``cavororo content reviews apply``).

- a better text replaces the Romani message's value (its attributes stay) with ``# reviewed: <initials> <date>``
  directly above it; the rest of the file is left byte for byte (the message's span is spliced);
- confirmations (two mediators, ``ROMANI_TWO_CONFIRMATIONS``) add the mark with both initials, the text unchanged;
- a recording goes to ``content/media/rom/<message-id>.ogg`` (converted to Opus when it came as MP4 or another
  format) with its sidecar (bot.catalog.recordings) naming the fingerprint of the message as it is now.

:class:`Edit` keeps every file's old bytes so the whole batch is undone when the content check fails.
"""

from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from fluent.syntax import FluentParser, FluentSerializer, ast

from bot.catalog.recordings import (
    Recording,
    current_fingerprints,
    recording_path,
    sidecar_path,
    text_fingerprint,
    write_sidecar,
)
from bot.i18n.review import review_marks

ROMANI = "rom"
MAX_INITIALS = 8


class ApplyError(ValueError):
    """A proposal that cannot be applied (its message is gone, its text changed, broken Fluent, ...)."""


def initials(name: str) -> str:
    """A mediator's initials for a review mark: "Mira Jovanović" -> "MJ", "Ana" -> "AN"."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if not words:
        return "M"
    if len(words) == 1:
        return words[0][:2].upper()
    return "".join(w[0] for w in words).upper()[:MAX_INITIALS]


def joint_initials(names: list[str]) -> str:
    """Both confirmers in one mark ("MJ/DS"), within the 8 characters a mark's initials may have."""
    joined = "/".join(dict.fromkeys(initials(name) for name in names))
    if len(joined) > MAX_INITIALS:
        joined = "/".join(dict.fromkeys(initials(name)[0] for name in names))
    return joined[:MAX_INITIALS]


def same_words(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


@dataclass
class Edit:
    """One batch of changes to the content tree, undoable as a whole."""

    root: Path
    originals: dict[Path, bytes | None] = field(default_factory=dict)  # None: the file did not exist

    def _keep(self, path: Path) -> None:
        if path not in self.originals:
            self.originals[path] = path.read_bytes() if path.exists() else None

    def _find(self, message_id: str) -> tuple[Path, str, ast.Message]:
        for path in sorted((self.root / ROMANI).glob("*.ftl")):
            source = path.read_text(encoding="utf-8")
            for entry in FluentParser().parse(source).body:
                if isinstance(entry, ast.Message) and entry.id.name == message_id:
                    return path, source, entry
        raise ApplyError(f"{message_id}: no such Romani message any more")

    def value_of(self, message_id: str) -> str:
        from bot.i18n.review_catalog import message_value

        return message_value(self._find(message_id)[2])

    def fingerprint(self, message_id: str) -> str | None:
        return current_fingerprints(self.root, ROMANI).get(message_id)

    def mark(self, message_id: str, who: str, on: date, new_value: str | None = None) -> Path:
        """Put ``# reviewed: <who> <on>`` above the message, its value replaced by ``new_value`` when given."""
        path, source, message = self._find(message_id)
        value = message.value
        if new_value is not None:
            value = _parse_value(message_id, new_value)
        old_comment = (message.comment.content or "") if message.comment is not None else ""
        comment_lines = [line for line in old_comment.splitlines()
                         if not line.strip().lower().startswith("reviewed")]
        comment_lines.append(f"reviewed: {who} {on.isoformat()}")
        updated = ast.Message(ast.Identifier(message_id), value, message.attributes,
                              comment=ast.Comment("\n".join(comment_lines)))
        text = FluentSerializer().serialize_entry(updated)
        assert message.span is not None
        start = message.comment.span.start if message.comment is not None and message.comment.span else \
            message.span.start
        end = message.span.end
        rest = source[end:]
        spliced = source[:start] + text.rstrip("\n") + ("\n" if not rest.startswith("\n") else "") + rest
        resource = FluentParser().parse(spliced)
        if any(isinstance(entry, ast.Junk) for entry in resource.body):
            raise ApplyError(f"{message_id}: the file would not be valid Fluent")
        if review_marks(resource).get(message_id) is None:
            raise ApplyError(f"{message_id}: the review mark could not be attached")
        self._keep(path)
        path.write_text(spliced, encoding="utf-8")
        return path

    def record(self, message_id: str, voice: bytes, media_type: str | None, duration_s: float | None,
               who: str, on: date) -> Path:
        """The recording as content/media/rom/<id>.ogg (Opus) and its sidecar, for the message as it is now."""
        fingerprint = self.fingerprint(message_id)
        if fingerprint is None:
            raise ApplyError(f"{message_id}: no such Romani message any more")
        target = recording_path(self.root, ROMANI, message_id)
        sidecar = sidecar_path(self.root, ROMANI, message_id)
        self._keep(target)
        self._keep(sidecar)
        target.parent.mkdir(parents=True, exist_ok=True)
        if media_type in ("audio/ogg", "audio/opus") and voice[:4] == b"OggS":
            target.write_bytes(voice)
        else:
            _to_opus(voice, target)
        write_sidecar(self.root, Recording(ROMANI, message_id, fingerprint, duration_s=duration_s,
                                           recorded_by=who, recorded_on=on))
        return target

    def undo(self) -> None:
        for path, content in self.originals.items():
            if content is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(content)


def _parse_value(message_id: str, value: str) -> ast.Pattern:
    lines = value.strip().splitlines()
    source = f"{message_id} =\n" + "".join(f"    {line}\n" if line.strip() else "\n" for line in lines)
    resource = FluentParser().parse(source)
    entries = [entry for entry in resource.body if not isinstance(entry, ast.BaseComment)]
    if len(entries) != 1 or not isinstance(entries[0], ast.Message) or entries[0].value is None:
        raise ApplyError(f"{message_id}: the proposed text is not valid Fluent (check the {{ }} parts)")
    return entries[0].value


def _to_opus(media: bytes, target: Path) -> None:
    """Convert a recording (MP4 video, M4A, MP3, ...) to Opus in Ogg with ffmpeg (from Debian)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in"
        source.write_bytes(media)
        try:
            subprocess.run(["ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-i", str(source), "-vn",
                            "-c:a", "libopus", "-b:a", "32k", "-ac", "1", str(target)],
                           check=True, capture_output=True, timeout=120)
        except (OSError, subprocess.SubprocessError) as error:
            target.unlink(missing_ok=True)
            raise ApplyError(f"the recording could not be converted to Opus ({type(error).__name__})") from None


def fingerprint_of_value(message_id: str, value: str) -> str:
    """What a message's fingerprint would be with this value and no attributes (for tests and checks)."""
    message = ast.Message(ast.Identifier(message_id), _parse_value(message_id, value))
    return text_fingerprint(FluentSerializer().serialize_entry(message))
