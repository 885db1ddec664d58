"""A rendered message becomes Bot API calls: escaped HTML, long texts split, keyboards, venues and media."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiogram.methods import SendLocation, SendMessage, SendPhoto, SendVenue, SendVoice
from hypothesis import given
from hypothesis import strategies as st

from bot.channels.telegram.outbound import (
    CAPTION_LIMIT,
    TEXT_LIMIT,
    calls_for,
    escape,
    keyboard,
    split_text,
    telegram_length,
)
from bot.i18n.render import RenderedButton, RenderedLocation, RenderedMessage
from tests.fakes.telegram_api import visible_text

CHAT = 4242


def message(text: str = "Zdravo", buttons=(), location=None, media=()) -> RenderedMessage:
    return RenderedMessage(text, tuple(tuple(row) for row in buttons), location, tuple(media))


@pytest.mark.parametrize("text", ["snake_case and *stars*", "a < b > c", "Tom & Jerry", "<b>not bold</b>",
                                  "&amp; stays as typed"],
                         ids=["underscore-star", "angle-brackets", "ampersand", "tag-like", "entity-like"])
def test_text_from_content_and_users_arrives_intact_through_html(text: str) -> None:
    (call,) = calls_for(CHAT, message(text), None)
    assert isinstance(call, SendMessage) and call.parse_mode == "HTML"
    assert visible_text(call.text) == text


def test_link_previews_are_off_so_parents_do_not_pay_for_them() -> None:
    (call,) = calls_for(CHAT, message("https://dzzemun.org.rs"), None)
    assert call.link_preview_options is not None and call.link_preview_options.is_disabled


def test_a_long_text_is_split_at_paragraph_boundaries() -> None:
    paragraphs = [f"{i}: " + "x" * 1500 for i in range(6)]
    pieces = split_text("\n\n".join(paragraphs))
    assert [len(p) for p in pieces] == [len(paragraphs[0]) * 2 + 2] * 3
    assert "\n\n".join(pieces) == "\n\n".join(paragraphs)


def test_a_paragraph_longer_than_the_limit_is_split_at_lines() -> None:
    lines = ["y" * 1000] * 6
    pieces = split_text("\n".join(lines))
    assert pieces == ["\n".join(lines[:4]), "\n".join(lines[4:])]


def test_a_line_longer_than_the_limit_is_cut_without_breaking_an_emoji() -> None:
    text = "a" + "👶" * 3000  # 6001 UTF-16 units
    pieces = split_text(text)
    assert "".join(pieces) == text
    assert [telegram_length(p) for p in pieces] == [TEXT_LIMIT - 1, 6001 - (TEXT_LIMIT - 1)]


def test_emoji_outside_the_basic_plane_count_twice() -> None:
    assert telegram_length("👶a") == 3
    assert split_text("👶" * 2048) == ["👶" * 2048]
    assert len(split_text("👶" * 2049)) == 2


@given(st.lists(st.text(alphabet=st.sampled_from("ab 👶\n&<"), max_size=3000), max_size=6))
def test_split_pieces_fit_and_keep_every_visible_character(blocks: list[str]) -> None:
    text = "\n\n".join(blocks)
    pieces = split_text(text, limit=500)
    assert all(1 <= telegram_length(p) <= 500 for p in pieces)
    assert "".join(pieces).replace("\n", "").replace(" ", "") == text.replace("\n", "").replace(" ", "")


def test_escaping_happens_after_splitting_so_entities_are_never_cut() -> None:
    calls = calls_for(CHAT, message("&" * 5000), None)
    assert [visible_text(c.text) for c in calls] == ["&" * TEXT_LIMIT, "&" * (5000 - TEXT_LIMIT)]


def test_buttons_become_an_inline_keyboard_on_the_last_call() -> None:
    buttons = [[RenderedButton("💡 Savet", "m:tip")],
               [RenderedButton("Deca", "m:kids"), RenderedButton("Jezik", "m:lang")]]
    calls = calls_for(CHAT, message("\n\n".join(["z" * 3000] * 2), buttons=buttons), None)
    assert [c.reply_markup is None for c in calls] == [True, False]
    rows = calls[-1].reply_markup.inline_keyboard
    assert [[(b.text, b.callback_data) for b in row] for row in rows] == [
        [("💡 Savet", "m:tip")], [("Deca", "m:kids"), ("Jezik", "m:lang")]]


@pytest.mark.parametrize("data", ["x" * 65, "č" * 33, ""], ids=["65-ascii-bytes", "66-utf8-bytes", "empty"])
def test_button_data_telegram_would_refuse_is_a_bug_caught_before_sending(data: str) -> None:
    with pytest.raises(ValueError, match="bytes"):
        keyboard(((RenderedButton("label", data),),))


def test_button_data_of_exactly_64_bytes_is_accepted() -> None:
    assert keyboard(((RenderedButton("label", "ž" * 32),),)) is not None


def test_a_location_with_an_address_goes_out_as_a_venue_after_the_text() -> None:
    pin = RenderedLocation(44.8456, 20.3858, "Dom zdravlja Zemun", "Rade Končara 46")
    text_call, venue = calls_for(CHAT, message("Dom zdravlja", location=pin), None)
    assert isinstance(text_call, SendMessage)
    assert isinstance(venue, SendVenue)
    assert (venue.latitude, venue.longitude, venue.title, venue.address) == (
        44.8456, 20.3858, "Dom zdravlja Zemun", "Rade Končara 46")


def test_a_location_without_an_address_goes_out_as_a_plain_location() -> None:
    pin = RenderedLocation(44.84, 20.39, "Mesto", None)
    assert isinstance(calls_for(CHAT, message("Mesto", location=pin), None)[-1], SendLocation)


@pytest.fixture
def media_dir(tmp_path: Path) -> Path:
    root = tmp_path / "media"
    (root / "tips").mkdir(parents=True)
    (root / "tips" / "reading.jpg").write_bytes(b"\xff\xd8\xff")
    (root / "tips" / "lullaby.ogg").write_bytes(b"OggS")
    (root / "tips" / "notes.pdf").write_bytes(b"%PDF")
    (tmp_path / "secret.jpg").write_bytes(b"\xff\xd8\xff")
    return root


def test_one_photo_carries_a_short_text_as_its_caption(media_dir: Path) -> None:
    (call,) = calls_for(CHAT, message("Čitajte zajedno & pevajte", buttons=[[RenderedButton("Meni", "menu")]],
                                      media=["tips/reading.jpg"]), media_dir)
    assert isinstance(call, SendPhoto)
    assert visible_text(call.caption) == "Čitajte zajedno & pevajte"
    assert call.reply_markup is not None


def test_a_text_too_long_for_a_caption_follows_the_photo(media_dir: Path) -> None:
    text = "w" * (CAPTION_LIMIT + 1)
    photo, text_call = calls_for(CHAT, message(text, media=["tips/reading.jpg"]), media_dir)
    assert isinstance(photo, SendPhoto) and photo.caption is None
    assert isinstance(text_call, SendMessage) and text_call.text == text


def test_an_ogg_file_goes_out_as_a_voice_message(media_dir: Path) -> None:
    (call,) = calls_for(CHAT, message("Uspavanka", media=["tips/lullaby.ogg"]), media_dir)
    assert isinstance(call, SendVoice)


@pytest.mark.parametrize("path", ["tips/missing.jpg", "../secret.jpg", "tips/notes.pdf", "/etc/passwd"],
                         ids=["missing", "outside-media", "not-photo-or-voice", "absolute"])
def test_media_that_cannot_be_sent_leaves_the_text_alone(media_dir: Path, path: str) -> None:
    (call,) = calls_for(CHAT, message("Savet", media=[path]), media_dir)
    assert isinstance(call, SendMessage) and call.text == "Savet"


def test_escape_leaves_quotes_alone() -> None:
    assert escape('"a" \'b\' <c> & d') == '"a" \'b\' &lt;c&gt; &amp; d'
