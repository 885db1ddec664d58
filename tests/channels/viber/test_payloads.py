"""Rendered messages as Viber messages: text split to Viber's limits, pictures, pins, keyboards on the last."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.channels.viber.payloads import MAX_TEXT_BYTES, MAX_TEXT_CHARS, messages_for, split_text
from bot.i18n.render import RenderedLocation, RenderedMessage

_WHITESPACE = re.compile(r"\s")
KEYBOARD = {"Type": "keyboard", "Buttons": []}
PIECES = ["a", "ž", "ш", "💉", " ", "\n", "\n\n", "Mila", "вакцина"]


def _message(text: str = "Hello", *, media: tuple[str, ...] = (), location: RenderedLocation | None = None) -> (
        RenderedMessage):
    return RenderedMessage(text=text, buttons=(), location=location, media=media)


@settings(max_examples=100, deadline=None)
@given(
    text=st.lists(st.sampled_from(PIECES), max_size=100).map("".join),
    max_chars=st.integers(min_value=4, max_value=60),
)
def test_split_pieces_keep_within_both_limits_and_lose_only_the_separators(text: str, max_chars: int) -> None:
    max_bytes = max_chars * 2
    pieces = split_text(text, max_chars, max_bytes)
    assert all(len(p) <= max_chars and len(p.encode()) <= max_bytes for p in pieces)
    assert _WHITESPACE.sub("", "".join(pieces)) == _WHITESPACE.sub("", text)


def test_a_long_text_is_cut_at_paragraph_boundaries() -> None:
    paragraphs = [f"{i}. " + "вакцина " * 500 for i in range(4)]  # about 4000 characters each
    pieces = split_text("\n\n".join(paragraphs))
    assert pieces == paragraphs
    assert all(len(p) <= MAX_TEXT_CHARS for p in pieces)


def test_cyrillic_text_is_also_held_to_the_byte_budget() -> None:
    text = "ш" * 12_000  # 24,000 bytes of UTF-8 in 12,000 characters: over the byte budget, not the characters
    pieces = split_text(text)
    assert len(pieces) == 2
    assert all(len(p.encode()) <= MAX_TEXT_BYTES for p in pieces)


def test_a_short_text_is_one_piece_and_an_empty_one_none() -> None:
    assert split_text("Zdravo") == ["Zdravo"]
    assert split_text("") == []


def test_a_pin_follows_its_text_and_the_keyboard_rides_on_the_last_message() -> None:
    pin = RenderedLocation(44.8456, 20.3858, "Dom zdravlja Zemun", "Rade Končara 46")
    payloads = messages_for(_message("Dom zdravlja Zemun", location=pin), KEYBOARD)
    assert [p["type"] for p in payloads] == ["text", "location"]
    assert payloads[1]["location"] == {"lat": 44.8456, "lon": 20.3858}
    assert "keyboard" not in payloads[0]
    assert payloads[1]["keyboard"] == KEYBOARD


def test_pictures_go_out_only_when_a_public_media_address_is_set() -> None:
    message = _message("Tip", media=("tips/reading together.jpg",))
    assert [p["type"] for p in messages_for(message, None)] == ["text"]
    with_media = messages_for(message, None, "https://media.example.org/m/")
    assert with_media[0] == {"type": "picture", "text": "", "media": "https://media.example.org/m/tips/reading%20together.jpg"}
    assert [p["type"] for p in with_media] == ["picture", "text"]


def test_buttons_of_an_earlier_message_go_under_its_text_as_rich_media() -> None:
    inline = {"Type": "rich_media", "Buttons": []}
    payloads = messages_for(_message("Card"), None, None, inline)
    assert [p["type"] for p in payloads] == ["text", "rich_media"]
    assert payloads[1]["rich_media"] == inline
    assert payloads[1]["min_api_version"] == 2
