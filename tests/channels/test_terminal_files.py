"""`cavororo chat` shows a file the bot made (the family's QR picture) as one line in the chat's language, and the
JSON-lines mode describes it as data."""

from __future__ import annotations

import io
import json
from functools import partial

from bot.channels.terminal import chat, describe_in_chat_language, run_jsonl
from bot.core.messages import Attachment, ChannelUser, Inbound, Text
from bot.i18n.render import RenderedMessage
from tests.fakes.chat import ChatDriver
from tests.mediators.field import LANGUAGE_LABELS, enrol, make_field_app, new_mediator

EXPORT = Attachment("cavororo-data.json", b'{"family": {}}', "application/json")


async def test_the_interactive_chat_shows_the_invitation_picture_as_a_line_in_the_chats_language(tmp_path) -> None:
    app = await make_field_app(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", tmp_path / "media")
    try:
        _, code = await new_mediator(app, "Ana")
        ana = ChatDriver(app, "ana")
        await ana.start(code)
        ana.locale = "en"
        await ana.press_id(LANGUAGE_LABELS["en"])
        await enrol(ana)
        answer = ana.last
        picture = answer[-1].attachment
        assert picture is not None

        async def handle(inbound: Inbound) -> list[RenderedMessage]:
            return answer

        out = io.StringIO()
        await chat(handle, "ana", jsonl=False, stdin=io.StringIO(""), stdout=out,
                   describe=partial(describe_in_chat_language, app.database, app.content.translator))
        line = app.translator.format("en", Text("mediator-terminal-file", {"name": picture.filename,
                                                                          "size": len(picture.content)}))
        assert f"\n{line}\n" in out.getvalue()
        assert line == f"📎 [file: cavororo-invitation.png, {len(picture.content):,} bytes]"
        stranger = describe_in_chat_language(app.database, app.content.translator, ChannelUser("terminal", "new"))
        assert await stranger(EXPORT) == "📎 [fajl: cavororo-data.json, 14 bajtova]"  # no language yet: Serbian
    finally:
        await app.close()


async def test_the_jsonl_chat_describes_an_attachment_as_data() -> None:
    async def handle(inbound: Inbound) -> list[RenderedMessage]:
        return [RenderedMessage("Your data", (), None, (), EXPORT)]

    out = io.StringIO()
    await run_jsonl(handle, ChannelUser("terminal", "x"), io.StringIO('{"command": "menu"}\n'), out)
    (line,) = out.getvalue().splitlines()
    assert json.loads(line)["attachment"] == {"filename": "cavororo-data.json", "media_type": "application/json",
                                              "size": 14}
