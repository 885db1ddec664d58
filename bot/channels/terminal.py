"""A local chat in the terminal, and the same conversation as JSON lines for scripts and tests.

Interactive: bot messages print with their buttons numbered; the user types text, a button's number, a button's
label (case-insensitive), or a command (/start [code], /menu, /help, /language, /pause, /stop, /mydata,
/delete, /privacy, /location LAT LON).

JSON lines: one object per input line: {"text": "..."}, {"press": "label" or 1-based index},
{"location": [lat, lon]}, {"start": "code"}, {"command": "menu"}; one object per bot message on output:
{"text": ..., "buttons": [[labels]], "location": {...}, "media": [...], "attachment": {"filename", "media_type",
"size"}}. A line that cannot be read gets {"error": ...} and changes nothing. Both modes end with status 0 at the
end of input. A file the bot made for the chat (an attachment) is shown as one line, not saved.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Awaitable, Callable
from typing import IO, TYPE_CHECKING, Any

from bot.core.commands import CHAT_COMMANDS, command_named
from bot.core.messages import SERBIAN_LATIN, Attachment, ChannelUser, Inbound, Text
from bot.i18n.render import RenderedButton, RenderedMessage

if TYPE_CHECKING:
    from bot.i18n.translator import Translator
    from bot.storage.database import Database

CHANNEL = "terminal"
COMMANDS = CHAT_COMMANDS  # /menu, /ill, /help, /language, /pause, /stop, /mydata, /delete, /privacy
Handler = Callable[[Inbound], Awaitable[list[RenderedMessage] | None]]
Describe = Callable[[Attachment], Awaitable[str]]  # an attachment as one line in the chat's language


def describe_in_chat_language(database: Database, translator: Callable[[], Translator],
                              user: ChannelUser) -> Describe:
    """Describe attachments with ``mediator-terminal-file`` in the language the chat has chosen (else Serbian)."""

    async def describe(attachment: Attachment) -> str:
        async with database.transaction() as store:
            chat = await store.get_chat(user)
        locale = chat.locale if chat is not None and chat.locale else SERBIAN_LATIN
        args = {"name": attachment.filename, "size": len(attachment.content)}
        return translator().format(locale, Text("mediator-terminal-file", args))

    return describe


class Keyboard:
    """The buttons of the bot's latest answer, so a number or a label can be turned into a press."""

    def __init__(self) -> None:
        self.buttons: list[RenderedButton] = []

    def update(self, messages: list[RenderedMessage]) -> None:
        flat = [b for m in messages for row in m.buttons for b in row]
        if messages:
            self.buttons = flat

    def by_index(self, index: int) -> str | None:
        return self.buttons[index - 1].data if 1 <= index <= len(self.buttons) else None

    def by_label(self, label: str) -> str | None:
        wanted = label.strip().casefold()
        for b in self.buttons:
            if b.label.strip().casefold() == wanted:
                return b.data
        return None


def parse_command(line: str, user: ChannelUser) -> Inbound | None:
    """A typed ``/command`` (``/start [code]``, ``/delete``, ``/location LAT LON``, ...), or None for other text.

    The interactive chat and ``{"text": ...}`` JSON lines both read commands here, as Telegram and Viber read
    a typed ``/delete``."""
    text = line.strip()
    if not text.startswith("/"):
        return None
    typed, _, rest = text[1:].partition(" ")
    command = command_named(typed) or typed.lower()
    if command == "start":
        return Inbound(user, start=rest.strip())
    if command in COMMANDS:
        return Inbound(user, command=command)
    if command == "location":
        try:
            lat, lon = (float(x) for x in rest.split())
            return Inbound(user, location=(lat, lon))
        except ValueError:
            return None
    return None


def parse_typed(line: str, user: ChannelUser, keyboard: Keyboard) -> Inbound:
    """What a line typed in the interactive terminal means."""
    text = line.strip()
    if (command := parse_command(line, user)) is not None:
        return command
    if text.isascii() and text.isdigit() and (data := keyboard.by_index(int(text))) is not None:
        return Inbound(user, press=data)
    if (data := keyboard.by_label(text)) is not None:
        return Inbound(user, press=data)
    return Inbound(user, text=line.rstrip("\n"))


def parse_json(obj: Any, user: ChannelUser, keyboard: Keyboard) -> Inbound:
    """What one JSON input line means; ValueError with a reason if it means nothing."""
    if not isinstance(obj, dict) or len(obj) != 1:
        raise ValueError("expected an object with exactly one of: text, press, location, start, command")
    (key, value), = obj.items()
    if key == "text" and isinstance(value, str):
        return parse_command(value, user) or Inbound(user, text=value)
    if key == "start" and isinstance(value, str):
        return Inbound(user, start=value)
    if key == "command" and value in COMMANDS:
        return Inbound(user, command=value)
    if key == "location" and isinstance(value, list) and len(value) == 2 \
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value):
        return Inbound(user, location=(float(value[0]), float(value[1])))
    if key == "press" and isinstance(value, int | str) and not isinstance(value, bool):
        raw = str(value)
        data = keyboard.by_index(int(raw)) if raw.isascii() and raw.isdigit() else keyboard.by_label(raw)
        if data is None:
            raise ValueError(f"no button {raw!r} in the last message")
        return Inbound(user, press=data)
    raise ValueError(f"cannot read {key!r} with value of type {type(value).__name__}")


def as_json(message: RenderedMessage) -> dict[str, Any]:
    out: dict[str, Any] = {"text": message.text, "buttons": [[b.label for b in row] for row in message.buttons]}
    if message.location is not None:
        loc = message.location
        out["location"] = {"lat": loc.lat, "lon": loc.lon, "title": loc.title, "address": loc.address}
    if message.media:
        out["media"] = list(message.media)
    if message.attachment is not None:
        file = message.attachment
        out["attachment"] = {"filename": file.filename, "media_type": file.media_type, "size": len(file.content)}
    return out


def show(message: RenderedMessage, out: IO[str], keyboard_start: int, attachment: str | None = None) -> int:
    """Print one message for a person (``attachment``: the line describing its file); returns the next button
    number."""
    out.write("\n" + message.text + "\n")
    if message.location is not None:
        loc = message.location
        out.write(f"📍 {loc.title}: {loc.lat:.5f}, {loc.lon:.5f}\n")
    for path in message.media:
        out.write(f"🖼 {path}\n")
    if attachment is not None:
        out.write(attachment + "\n")
    number = keyboard_start
    for row in message.buttons:
        out.write("   ".join(f"[{number + i}] {b.label}" for i, b in enumerate(row)) + "\n")
        number += len(row)
    return number


async def _lines(stream: IO[str]) -> Any:
    while True:
        line = await asyncio.to_thread(stream.readline)
        if not line:
            return
        yield line


async def _attachment_line(message: RenderedMessage, describe: Describe | None) -> str | None:
    if message.attachment is None:
        return None
    return await describe(message.attachment) if describe is not None else f"📎 {message.attachment.filename}"


async def run_interactive(handle: Handler, user: ChannelUser, stdin: IO[str], stdout: IO[str],
                          describe: Describe | None = None) -> None:
    keyboard = Keyboard()

    async def send(inbound: Inbound) -> None:
        messages = await handle(inbound) or []
        keyboard.update(messages)
        number = 1
        for message in messages:
            number = show(message, stdout, number, await _attachment_line(message, describe))
        stdout.write("> ")
        stdout.flush()

    await send(Inbound(user, start=""))
    async for line in _lines(stdin):
        if line.strip():
            await send(parse_typed(line, user, keyboard))
        else:
            stdout.write("> ")
            stdout.flush()
    stdout.write("\n")


async def run_jsonl(handle: Handler, user: ChannelUser, stdin: IO[str], stdout: IO[str]) -> None:
    keyboard = Keyboard()
    async for line in _lines(stdin):
        if not line.strip():
            continue
        try:
            inbound = parse_json(json.loads(line), user, keyboard)
        except ValueError as error:  # json.JSONDecodeError is a ValueError
            stdout.write(json.dumps({"error": str(error)}, ensure_ascii=False) + "\n")
            stdout.flush()
            continue
        messages = await handle(inbound) or []
        keyboard.update(messages)
        for message in messages:
            stdout.write(json.dumps(as_json(message), ensure_ascii=False) + "\n")
        stdout.flush()


async def chat(handle: Handler, user_id: str, *, jsonl: bool, stdin: IO[str] = sys.stdin,
               stdout: IO[str] = sys.stdout, describe: Callable[[ChannelUser], Describe] | None = None) -> None:
    """``describe`` makes the attachment describer for the chat (:func:`describe_in_chat_language`)."""
    user = ChannelUser(CHANNEL, user_id)
    if jsonl:
        await run_jsonl(handle, user, stdin, stdout)
    else:
        await run_interactive(handle, user, stdin, stdout, describe(user) if describe is not None else None)
