"""What the fake Telegram Bot API (telegram_api.py) checks and reads in a request, as Telegram does: HTML that
parses (only Telegram's tags, ``&`` only in entities), text and caption lengths in UTF-16 units, callback data of
1-64 bytes, and multipart form data with nested JSON fields and uploaded files (kept whole as :class:`Upload`)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

from aiohttp import web

JSON_FIELDS = frozenset({"reply_markup", "allowed_updates", "commands", "scope", "link_preview_options",
                         "entities", "caption_entities", "reply_parameters"})
HTML_TAGS = frozenset({"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
                       "code", "pre", "blockquote", "tg-emoji"})
_BARE_AMPERSAND = re.compile(r"&(?!(?:amp|lt|gt|quot|#\d+|#x[0-9a-fA-F]+);)")
_BARE_LESS_THAN = re.compile(r"<(?!/?(?:" + "|".join(sorted(HTML_TAGS)) + r")[\s>])")


class ApiError(Exception):
    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status, self.description, self.retry_after = status, description, retry_after


@dataclass(frozen=True)
class Upload:
    """A file the bot uploaded in a multipart form field."""

    filename: str | None
    content_type: str
    content: bytes


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.data: list[str] = []
        self.bad: str | None = None

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag not in HTML_TAGS:
            self.bad = tag

    def handle_endtag(self, tag: str) -> None:
        if tag not in HTML_TAGS:
            self.bad = tag

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def visible_text(raw: str) -> str:
    parser = _Html()
    parser.feed(raw)
    parser.close()
    return "".join(parser.data)


def check_html(raw: str, limit: int, what: str) -> str:
    parser = _Html()
    parser.feed(raw)
    parser.close()
    if parser.bad is not None or _BARE_AMPERSAND.search(raw) or _BARE_LESS_THAN.search(raw):
        raise ApiError(400, "Bad Request: can't parse entities")
    text = "".join(parser.data)
    if not text.strip():
        raise ApiError(400, f"Bad Request: {what} is empty")
    if len(text.encode("utf-16-le")) // 2 > limit:
        raise ApiError(400, f"Bad Request: {what} is too long")
    return text


def check_markup(markup: Any) -> None:
    for row in (markup or {}).get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if not button.get("text") or data is None or not 1 <= len(data.encode("utf-8")) <= 64:
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")


def upload(params: dict[str, Any], uploads: dict[str, Upload], field: str) -> Upload:
    """The file sent for ``field``: uploaded in the form as ``attach://<name>`` or directly in the field.

    A file id or a URL (Telegram fetches those) is not something this fake accepts: the bot always uploads."""
    value = params.get(field)
    name = value.removeprefix("attach://") if isinstance(value, str) else field
    found = uploads.get(name) or uploads.get(field)
    if found is None or not found.content:
        raise ApiError(400, f"Bad Request: there is no {field} in the request")
    return found


async def read_params(request: web.Request) -> tuple[dict[str, Any], dict[str, Upload]]:
    """The call's parameters (nested JSON decoded) and the uploaded files by form field."""
    if request.content_type == "application/json":
        return dict(await request.json()), {}
    params: dict[str, Any] = {}
    uploads: dict[str, Upload] = {}
    for name, value in (await request.post()).items():
        if isinstance(value, web.FileField):
            uploads[name] = Upload(value.filename, value.content_type, value.file.read())
        elif name in JSON_FIELDS:
            params[name] = json.loads(value)
        else:
            params[name] = value
    return params, uploads
