"""Hot reload: a running bot picks up edited content without a restart.

:class:`LiveContent` holds the content being served (a :class:`Translator` and the reference
:class:`~bot.core.library.Library`). :meth:`LiveContent.reload_if_changed`, a job every few seconds on the
scheduler (bot/app.py), looks at the content directory (file names, sizes and modification times: no extra
dependency, works on every file system and in containers where inotify does not reach mounted volumes). When
something changed it runs the content check; content with errors is refused and logged, and the last good content
keeps serving. The composition root hands :meth:`LiveContent.translator` and :meth:`LiveContent.library` to the
engine and the inbox as providers, so the next message uses the new content.

A refused change is not retried until a file changes again, so a broken file is logged once, not every poll.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from bot.catalog import load_library
from bot.core.library import Library
from bot.i18n.translator import DEFAULT_ZONE, Translator

log = logging.getLogger(__name__)

POLL_SECONDS = 3.0
MAX_LOGGED_PROBLEMS = 20
Fingerprint = frozenset[tuple[str, int, int]]


@dataclass(frozen=True)
class Content:
    translator: Translator
    library: Library


def load_content(
    root: Path, *, strict: bool = False, show_unreviewed_romani: bool = True, zone: tzinfo = DEFAULT_ZONE
) -> Content:
    """The Fluent files and the data of a content directory, as the bot serves them (dates in ``zone``)."""
    translator = Translator.from_directory(root, strict=strict, show_unreviewed_romani=show_unreviewed_romani,
                                           zone=zone)
    return Content(translator, load_library(root))


def fingerprint(root: Path) -> Fingerprint:
    """Every file under ``root`` (hidden files and editors' backups left out) with its size and mtime."""
    found: set[tuple[str, int, int]] = set()
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or name.endswith(("~", ".swp", ".tmp")):
                continue
            path = os.path.join(folder, name)
            with contextlib.suppress(OSError):  # deleted while we looked: the next poll sees it
                stat = os.stat(path)
                found.add((os.path.relpath(path, root), stat.st_mtime_ns, stat.st_size))
    return frozenset(found)


class LiveContent:
    """The last good content of a directory; :meth:`reload_if_changed` replaces it when a change passes."""

    def __init__(
        self,
        root: Path,
        load: Callable[[Path], Content],
        check: Callable[[Path], Sequence[object]] = lambda root: (),
        *,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        """Load the content now (without the check: the bot starts on what loads); ``check`` returns the
        errors that refuse a later change (an empty sequence lets it through)."""
        self.root = root
        self._load = load
        self._check = check
        self.poll_seconds = poll_seconds
        self._seen = fingerprint(root)
        self.current = load(root)

    def translator(self) -> Translator:
        return self.current.translator

    def library(self) -> Library:
        return self.current.library

    def reload_if_changed(self) -> bool | None:
        """None when nothing changed; True when the change was loaded; False when it was refused."""
        now = fingerprint(self.root)
        if now == self._seen:
            return None
        self._seen = now
        try:
            errors = list(self._check(self.root))
            content = None if errors else self._load(self.root)
        except Exception as error:  # noqa: BLE001 - whatever breaks, the running bot keeps its content
            errors = [f"{type(error).__name__}: {error}"]
            content = None
        if content is None:
            log.error("content change refused (%s errors); the previous content keeps serving", len(errors))
            for problem in errors[:MAX_LOGGED_PROBLEMS]:
                log.error("content: %s", problem)
            return False
        self.current = content
        log.info("content reloaded from %s", self.root)
        return True
