"""render(): a neutral Reply in the reader's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.messages import ENGLISH, SERBIAN_CYRILLIC, SERBIAN_LATIN, Button, Location, Reply, Serbian, Text
from bot.i18n import RenderedButton, RenderedLocation, RenderedMessage, Translator, render

CONTENT = Path(__file__).parent.parent / "fixtures" / "i18n" / "content"


@pytest.fixture(scope="module")
def translator() -> Translator:
    return Translator.from_directory(CONTENT, strict=True)


def test_parts_are_joined_by_a_blank_line_and_empty_parts_dropped(translator):
    reply = Reply(
        parts=(Text("greeting", {"name": "Mila"}), Text("empty-text"), Text("days-count", {"count": 2}))
    )
    assert render(translator, ENGLISH, reply).text == "Hello, Mila!\n\n2 days"


def test_reply_with_only_empty_parts_has_empty_text(translator):
    assert render(translator, ENGLISH, Reply(parts=(Text("empty-text"),))).text == ""


def test_buttons_keep_rows_and_data(translator):
    reply = Reply(
        parts=(Text("menu-help"),),
        buttons=(
            (Button(Text("menu-help"), "help"), Button(Text("menu-help.hint"), "hint")),
            (Button(Text("en-only"), "x"),),
        ),
    )
    rendered = render(translator, SERBIAN_CYRILLIC, reply)
    assert rendered.buttons == (
        (RenderedButton("Помоћ", "help"), RenderedButton("Притисните дугме", "hint")),
        (RenderedButton("Only English.", "x"),),
    )


@pytest.mark.parametrize(
    ("locale", "title", "address"),
    [
        pytest.param(SERBIAN_CYRILLIC, "Помоћ", "Главна 1, Земун", id="sr-Cyrl-address-transliterated"),
        pytest.param(SERBIAN_LATIN, "Pomoć", "Glavna 1, Zemun", id="sr-Latn"),
        pytest.param(ENGLISH, "Help", "Glavna 1, Zemun", id="en-keeps-serbian-address"),
    ],
)
def test_location_title_and_address_are_in_the_readers_script(translator, locale, title, address):
    reply = Reply(parts=(), location=Location(44.84, 20.41, Text("menu-help"), Serbian("Glavna 1, Zemun")))
    assert render(translator, locale, reply).location == RenderedLocation(44.84, 20.41, title, address)


def test_location_without_address_and_media_pass_through(translator):
    reply = Reply(
        parts=(Text("menu-help"),), location=Location(1.5, 2.5, Text("menu-help")), media=("tips/a.jpg",)
    )
    assert render(translator, ENGLISH, reply) == RenderedMessage(
        text="Help", buttons=(), location=RenderedLocation(1.5, 2.5, "Help", None), media=("tips/a.jpg",)
    )
