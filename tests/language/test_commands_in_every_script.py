"""Commands are shown and read in Latin in every language and script; a Cyrillic-typed command is understood."""

from __future__ import annotations

import pytest

from bot.channels.telegram.updates import read_text
from bot.channels.terminal import Keyboard, parse_typed
from bot.channels.viber.events import _text as viber_text
from bot.core.commands import CHAT_COMMANDS, command_named
from bot.core.messages import ChannelUser, Inbound
from bot.i18n import latin_to_cyrillic

USER = ChannelUser("test", "1")


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        pytest.param("menu", "menu", id="latin"),
        pytest.param("MENU", "menu", id="latin-capitals"),
        pytest.param("мену", "menu", id="cyrillic-menu"),
        pytest.param("Мену", "menu", id="cyrillic-title-case"),
        pytest.param("хелп", "help", id="cyrillic-help"),
        pytest.param("лангуаге", "language", id="cyrillic-language"),
        pytest.param("паусе", "pause", id="cyrillic-pause"),
        pytest.param("стоп", "stop", id="cyrillic-stop"),
        pytest.param("старт", "start", id="cyrillic-start"),
        pytest.param("мајдата", "mydata", id="cyrillic-y-as-aj"),
        pytest.param("приваци", "privacy", id="cyrillic-y-as-i"),
        pytest.param("делете", "delete", id="cyrillic-delete"),
        pytest.param("meni", None, id="not-a-command"),
        pytest.param("мени", None, id="cyrillic-not-a-command"),
        pytest.param("midata", None, id="latin-is-read-as-written"),
    ],
)
def test_a_typed_command_is_read_as_its_latin_name(typed, name):
    assert command_named(typed) == name


@pytest.mark.parametrize("name", CHAT_COMMANDS)
def test_every_command_typed_on_a_cyrillic_keyboard_is_understood(name):
    typed = latin_to_cyrillic(name).replace("y", "и")
    assert command_named(typed) == name


@pytest.mark.parametrize(
    "read",
    [
        pytest.param(lambda text: read_text(USER, text), id="telegram"),
        pytest.param(lambda text: viber_text(USER, text), id="viber"),
        pytest.param(lambda text: parse_typed(text, USER, Keyboard()), id="terminal"),
    ],
)
@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        pytest.param("/мену", Inbound(USER, command="menu"), id="menu"),
        pytest.param("/Лангуаге", Inbound(USER, command="language"), id="language"),
        pytest.param("/старт", Inbound(USER, start=""), id="start"),
        pytest.param("/стоп", Inbound(USER, command="stop"), id="stop"),
    ],
)
def test_every_channel_reads_a_cyrillic_command(read, typed, expected):
    assert read(typed) == expected


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        pytest.param("Napiši /menu ili /language.", "Напиши /menu или /language.", id="commands"),
        pytest.param("napiši /start", "напиши /start", id="start"),
        pytest.param("/pause pauzira, /stop isključuje", "/pause паузира, /stop искључује", id="line-start"),
        pytest.param("dan/mesec", "дан/месец", id="a-slash-between-words-is-no-command"),
        pytest.param("Vidi https://dz.rs/nj i 011/123-456", "Види https://dz.rs/nj и 011/123-456", id="url-phone"),
    ],
)
def test_transliteration_keeps_commands_urls_and_phone_numbers(latin, cyrillic):
    assert latin_to_cyrillic(latin) == cyrillic
