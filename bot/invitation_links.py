"""Invitation links and QR code images (implements :class:`bot.core.mediation.InvitationPublisher`).

- Telegram: ``https://t.me/<TELEGRAM_BOT_USERNAME>?start=<code>`` arrives as ``/start <code>``.
- Viber: ``viber://pa?chatURI=<VIBER_CHAT_URI>&context=<code>`` arrives as the ``context`` of
  conversation_started.

The image is one PNG with a QR code per configured messenger side by side, each named under its code
("Viber", "Telegram": brand names, the same in every language), so a parent points the camera at the one of
the app she uses. For the chat it is made in memory (:meth:`InvitationLinks.publish`): the core's reply carries
the bytes as an attachment and each channel delivers them its own way (see docs/mediators.md, "How the QR
picture reaches the chat"). The operator's commands write it to a file they name (:meth:`write_image`, mode 0600:
a QR code holds a live invitation).
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from urllib.parse import quote

import qrcode
from PIL import Image, ImageDraw, ImageFont
from qrcode.image.pil import PilImage

from bot.core.mediation import PublishedInvitation

BOX_SIZE = 8  # pixels per QR module: scans well from a phone screen held next to another phone
LABEL_HEIGHT = 48
GAP = 24


class InvitationLinks:
    def __init__(self, telegram_username: str | None, viber_chat_uri: str | None) -> None:
        self.telegram_username = (telegram_username or "").lstrip("@") or None
        self.viber_chat_uri = viber_chat_uri or None

    def telegram(self, code: str) -> str | None:
        return None if self.telegram_username is None else f"https://t.me/{self.telegram_username}?start={code}"

    def viber(self, code: str) -> str | None:
        if self.viber_chat_uri is None:
            return None
        return f"viber://pa?chatURI={quote(self.viber_chat_uri, safe='')}&context={code}"

    def links(self, code: str) -> list[tuple[str, str]]:
        """(messenger, link) for each configured messenger, Viber first (most families use it)."""
        pairs = [("Viber", self.viber(code)), ("Telegram", self.telegram(code))]
        return [(name, link) for name, link in pairs if link is not None]

    def publish(self, code: str) -> PublishedInvitation:
        """The links and, when there is a link, the QR picture as PNG bytes (nothing is written to disk)."""
        image = self.png(code) if self.links(code) else None
        return PublishedInvitation(code, self.telegram(code), self.viber(code), image)

    def png(self, code: str) -> bytes:
        """The QR picture of ``code`` as PNG bytes; ValueError when no messenger is configured."""
        buffer = io.BytesIO()
        qr_image(self._pairs(code)).save(buffer, format="PNG")
        return buffer.getvalue()

    def write_image(self, code: str, path: Path) -> Path:
        """Write the QR image of ``code`` to ``path`` (mode 0600); ValueError when no messenger is configured."""
        image = self.png(code)
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as out:
            out.write(image)
        return path.resolve()

    def _pairs(self, code: str) -> list[tuple[str, str]]:
        pairs = self.links(code)
        if not pairs:
            raise ValueError("no messenger configured: set TELEGRAM_BOT_USERNAME or VIBER_CHAT_URI")
        return pairs


def qr_code(link: str) -> Image.Image:
    made = qrcode.make(link, image_factory=PilImage, box_size=BOX_SIZE, border=4,
                       error_correction=qrcode.constants.ERROR_CORRECT_M)
    return made.get_image().convert("L")


def qr_image(pairs: list[tuple[str, str]]) -> Image.Image:
    """One white picture: each (name, link) as a QR code with its name underneath, side by side."""
    codes = [(name, qr_code(link)) for name, link in pairs]
    width = sum(code.width for _, code in codes) + GAP * (len(codes) - 1)
    height = max(code.height for _, code in codes) + LABEL_HEIGHT
    picture = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=28)
    left = 0
    for name, code in codes:
        picture.paste(code, (left, 0))
        text_width = draw.textlength(name, font=font)
        draw.text((left + (code.width - text_width) / 2, code.height), name, fill=0, font=font)
        left += code.width + GAP
    return picture
