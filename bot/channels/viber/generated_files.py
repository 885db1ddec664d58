"""Files made for one user that a channel can only send by URL (Viber), served for a while by this server.

Viber cannot upload: a picture or file message names a URL that Viber fetches. :class:`GeneratedFiles` writes an
attachment's bytes (:class:`bot.core.messages.Attachment`: an invitation's QR picture, a family's data export) to
``GENERATED_MEDIA_DIR`` as ``<token>.<ext>``, readable by this user only (0600), and serves it at ``GET
{PUBLIC_BASE_URL}/files/<token>.<ext>`` until it expires: pictures after 24 hours (a QR code is scanned on the
spot; a voice recording's video likewise), other files after one hour. The token is
``secrets.token_urlsafe(24)`` (192 random bits): the URL is the only
key, so it is never logged.

The expiry is the file's modification time: every process sharing the folder agrees on it and a restart forgets
nothing. Expired files are deleted on each write and at start, and never served. With a ledger
(:mod:`bot.storage.file_ledger`, what the Viber channel uses) a file is also served only while its chat exists:
erasing a family (/delete, the operator, retention) stops its /mydata file at once, and the bytes are deleted at the
next request for it or the next :meth:`GeneratedFiles.forget_erased` (at start and every few minutes). Only names of
exactly that shape are served or deleted (a regular expression, checked before any path is built): no listing, no
other file of the folder, no path outside it. Answers carry ``Cache-Control: no-store``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from aiohttp import web

from bot.core.messages import Attachment, ChannelUser
from bot.storage.file_ledger import FileLedger

log = logging.getLogger(__name__)

TOKEN_BYTES = 24  # 192 bits, 32 characters of [A-Za-z0-9_-]
ROUTE = "/files/{name}"
PICTURE_LIFETIME_S = 24 * 3600
FILE_LIFETIME_S = 3600
# Extension -> media type: the only kinds of file written and served.
MEDIA_TYPES = {"png": "image/png", "jpg": "image/jpeg", "gif": "image/gif", "webp": "image/webp",
               "json": "application/json", "csv": "text/csv", "txt": "text/plain", "pdf": "application/pdf",
               "zip": "application/zip", "mp4": "video/mp4", "bin": "application/octet-stream"}
EXTENSIONS = {media_type: extension for extension, media_type in MEDIA_TYPES.items()}
NAME = re.compile(r"[A-Za-z0-9_-]{32}\.(" + "|".join(MEDIA_TYPES) + ")")
NO_STORE = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


@dataclass(frozen=True)
class PublishedFile:
    """Where a channel finds one stored attachment."""

    url: str
    name: str  # the attachment's file name, as the user sees it
    size: int  # bytes
    media_type: str  # of the stored file (application/octet-stream for a type this module does not know)


def media_type_of(attachment: Attachment) -> str:
    """The attachment's media type without parameters, or application/octet-stream when it is not one we serve."""
    media_type = attachment.media_type.split(";")[0].strip().lower()
    return media_type if media_type in EXTENSIONS else MEDIA_TYPES["bin"]


def lifetime_s(media_type: str) -> int:
    return PICTURE_LIFETIME_S if media_type.startswith(("image/", "video/")) else FILE_LIFETIME_S


class GeneratedFiles:
    def __init__(self, folder: Path, base_url: str, now: Callable[[], float] = time.time,
                 ledger: FileLedger | None = None) -> None:
        self.folder = folder
        self.base_url = base_url.rstrip("/")
        self._now = now
        self.ledger = ledger  # which files may be served (bot/storage/file_ledger.py); None: every unexpired one

    def publish(self, attachment: Attachment) -> PublishedFile:
        """Store the bytes under a fresh token (deleting expired files first); raises OSError when it cannot."""
        name, expires = self._fresh(attachment)
        return self._write(name, attachment, expires)

    async def publish_for(self, attachment: Attachment, owner: ChannelUser | None) -> PublishedFile:
        """:meth:`publish` for ``owner``'s chat: with a ledger, recorded first, so erasing the chat (or its
        family) stops the file being served at once and deletes it (see :meth:`forget_erased`)."""
        if self.ledger is None:
            return await asyncio.to_thread(self.publish, attachment)
        name, expires = self._fresh(attachment)
        await self.ledger.record(name, owner, datetime.fromtimestamp(expires, UTC))
        return await asyncio.to_thread(self._write, name, attachment, expires)

    def _fresh(self, attachment: Attachment) -> tuple[str, float]:
        media_type = media_type_of(attachment)
        return (f"{secrets.token_urlsafe(TOKEN_BYTES)}.{EXTENSIONS[media_type]}",
                self._now() + lifetime_s(media_type))

    def _write(self, name: str, attachment: Attachment, expires: float) -> PublishedFile:
        self.sweep()
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = self.folder / name
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(attachment.content)
        os.utime(path, (expires, expires))
        return PublishedFile(f"{self.base_url}/files/{name}", attachment.filename, len(attachment.content),
                             MEDIA_TYPES[name.rsplit(".", 1)[1]])

    async def forget_erased(self) -> int:
        """Delete the files whose chat was erased (no ledger row any more); returns how many."""
        if self.ledger is None:
            return 0
        names = await asyncio.to_thread(self._names)
        gone = await self.ledger.unknown(names, datetime.fromtimestamp(self._now(), UTC)) if names else set()
        for name in gone:
            (self.folder / name).unlink(missing_ok=True)
        if gone:
            log.info("generated files: %s file(s) of erased chats deleted", len(gone))
        return len(gone)

    def _names(self) -> list[str]:
        try:
            return [entry.name for entry in os.scandir(self.folder) if NAME.fullmatch(entry.name)]
        except FileNotFoundError:
            return []

    def sweep(self) -> int:
        """Delete the expired files; returns how many."""
        now, removed = self._now(), 0
        try:
            entries = list(os.scandir(self.folder))
        except FileNotFoundError:
            return 0
        for entry in entries:
            try:
                if NAME.fullmatch(entry.name) and entry.stat().st_mtime <= now:
                    os.unlink(entry.path)
                    removed += 1
            except FileNotFoundError:  # another process removed it first
                continue
        if removed:
            log.info("generated files: %s expired file(s) deleted", removed)
        return removed

    def find(self, name: str) -> Path | None:
        """The stored file of this URL name while it has not expired; None for anything else."""
        if not NAME.fullmatch(name):
            return None
        path = self.folder / name
        try:
            return path if path.stat().st_mtime > self._now() else None
        except OSError:
            return None

    # -- web ------------------------------------------------------------------------------------------------

    def register(self, web_app: web.Application) -> None:
        """``GET /files/<token>.<ext>`` (and HEAD) on the shared web server."""
        web_app.router.add_get(ROUTE, self.serve)

    async def serve(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        path = self.find(name)
        if path is not None and self.ledger is not None and not await self.ledger.holds(
                name, datetime.fromtimestamp(self._now(), UTC)):
            path.unlink(missing_ok=True)  # its chat or family was erased
            path = None
        if path is None:
            raise web.HTTPNotFound(headers=NO_STORE)
        try:
            body = await asyncio.to_thread(path.read_bytes)
        except OSError:  # expired and swept between the check and the read
            raise web.HTTPNotFound(headers=NO_STORE) from None
        media_type = MEDIA_TYPES[name.rsplit(".", 1)[1]]
        return web.Response(body=body, content_type=media_type, headers=NO_STORE)
