"""A typed command means the same in the interactive terminal, in `chat --jsonl` and on both messengers."""

from __future__ import annotations

import pytest

from bot.channels.telegram.updates import read_text
from bot.channels.terminal import Keyboard, parse_json, parse_typed
from bot.channels.viber.events import _text as viber_text
from bot.core.commands import CHAT_COMMANDS
from bot.core.messages import ChannelUser, Inbound

USER = ChannelUser("terminal", "local")


def _everywhere(typed: str) -> list[Inbound]:
    """What ``typed`` becomes on each channel, with the channel's user replaced by one user."""
    keyboard = Keyboard()
    readings = [parse_typed(typed, USER, keyboard), parse_json({"text": typed}, USER, keyboard),
                read_text(USER, typed), viber_text(USER, typed)]
    return readings


@pytest.mark.parametrize("command", sorted(CHAT_COMMANDS))
def test_a_typed_command_is_a_command_in_all_three(command: str) -> None:
    assert _everywhere(f"/{command}") == [Inbound(USER, command=command)] * 4


def test_a_typed_start_with_a_code_is_a_start_in_all_three() -> None:
    assert _everywhere("/start abc123") == [Inbound(USER, start="abc123")] * 4


@pytest.mark.parametrize("typed", ["12.3.2024", "Mila", "/nonsense"], ids=["date", "name", "unknown-command"])
def test_other_text_stays_text_in_all_three(typed: str) -> None:
    assert _everywhere(typed) == [Inbound(USER, text=typed)] * 4


async def test_delete_as_a_json_text_line_asks_to_confirm_the_erasure(tmp_path) -> None:
    from tests.fakes.chat import ChatDriver, make_app

    app = await make_app(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}")
    try:
        chat = ChatDriver(app, "ana")
        await chat.onboard("en")
        await chat.send(parse_json({"text": "/delete"}, chat.user, chat.keyboard))
        typed = chat.transcript
        other = ChatDriver(app, "bo")
        await other.onboard("en")
        await other.send(Inbound(other.user, command="delete"))
        assert typed == other.transcript and typed != chat.say("fallback-not-understood")
    finally:
        await app.close()
