"""Viber keyboards from the core's buttons: six columns a row, labels that fit, presses told from typed text."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from bot.channels.viber.keyboard import (
    CHARS_PER_COLUMN,
    GRID_COLUMNS,
    build_keyboard,
    build_rich_media,
    label_width,
    layout,
    menu_keyboard,
    read_action,
)
from bot.core.messages import LOCALES
from bot.core.turn import menu_buttons
from bot.i18n.render import RenderedButton
from bot.i18n.translator import Translator

CONTENT = Path(__file__).resolve().parents[3] / "content"


@cache
def _translator() -> Translator:
    return Translator.from_directory(CONTENT, strict=True)


def _row(*labels: str) -> tuple[RenderedButton, ...]:
    return tuple(RenderedButton(label, f"d{i}") for i, label in enumerate(labels))


def _row_widths(grid: list[list[tuple[RenderedButton, int, int]]]) -> list[int]:
    return [sum(columns for _, columns, _ in row) for row in grid]


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 6, 7])
def test_every_keyboard_row_is_exactly_six_columns_wide(count: int) -> None:
    grid = layout([_row(*["OK"] * count)])
    assert _row_widths(grid) == [GRID_COLUMNS] * len(grid)
    assert sum(len(row) for row in grid) == count
    assert max(len(row) for row in grid) <= 3


def test_short_labels_of_one_core_row_stay_side_by_side() -> None:
    grid = layout([_row("Da", "Ne")])
    assert [[(b.label, c, r) for b, c, r in row] for row in grid] == [[("Da", 3, 1), ("Ne", 3, 1)]]


def test_a_label_too_long_for_half_the_width_puts_each_button_on_its_own_row() -> None:
    long = "x" * (3 * CHARS_PER_COLUMN + 1)
    grid = layout([_row("Da", long)])
    assert [[(b.label, c) for b, c, _ in row] for row in grid] == [[("Da", 6)], [(long, 6)]]


@pytest.mark.parametrize(
    ("label", "rows"),
    [
        pytest.param("x" * (GRID_COLUMNS * CHARS_PER_COLUMN), 1, id="one-line"),
        pytest.param("x" * (GRID_COLUMNS * CHARS_PER_COLUMN + 1), 2, id="two-lines"),
        pytest.param("x" * 500, 2, id="never-more-than-two"),
    ],
)
def test_a_long_label_gets_a_button_two_rows_high(label: str, rows: int) -> None:
    [[(_, columns, height)]] = layout([_row(label)])
    assert (columns, height) == (GRID_COLUMNS, rows)


@pytest.mark.parametrize("locale", LOCALES)
def test_the_main_menu_fits_in_every_language_and_script(locale: str) -> None:
    translator = _translator()
    rows = [tuple(RenderedButton(translator.format(locale, b.label), b.data) for b in row) for row in menu_buttons()]
    grid = layout(rows)
    assert _row_widths(grid) == [GRID_COLUMNS] * len(grid)
    for row in grid:
        for button, columns, height in row:
            assert label_width(button.label) <= columns * CHARS_PER_COLUMN * height, button.label


@pytest.mark.parametrize(
    ("label", "width"),
    [
        pytest.param("Meni", 4, id="latin"),
        pytest.param("Мени", 4, id="cyrillic"),
        pytest.param("💡 Savet", 8, id="emoji-counts-two"),
        pytest.param("⬅️ Meni", 7, id="variation-selector-counts-nothing"),
        pytest.param("c\u030cavororo", 8, id="combining-mark-counts-nothing"),
    ],
)
def test_label_width_counts_what_a_phone_shows(label: str, width: int) -> None:
    assert label_width(label) == width


def test_buttons_are_reply_buttons_whose_body_is_the_press_and_whose_text_is_escaped() -> None:
    keyboard = build_keyboard([(RenderedButton("<b>Mila & Ana</b>", "tip:12"),)])
    assert keyboard is not None
    [button] = keyboard["Buttons"]
    assert button["ActionType"] == "reply"
    assert button["ActionBody"] == "press:tip:12"
    assert button["Text"] == "&lt;b&gt;Mila &amp; Ana&lt;/b&gt;"
    assert button["Silent"] is True
    assert keyboard["DefaultHeight"] is False


def test_no_buttons_make_no_keyboard() -> None:
    assert build_keyboard([]) is None
    assert build_rich_media([()]) is None


def test_the_menu_button_asks_for_the_menu_command() -> None:
    [button] = menu_keyboard("☰ Menu")["Buttons"]
    assert read_action(button["ActionBody"]) == ("command", "menu")


@pytest.mark.parametrize(
    ("text", "action"),
    [
        pytest.param("press:m:tip", ("press", "m:tip"), id="press"),
        pytest.param("command:menu", ("command", "menu"), id="command"),
        pytest.param("Mila", None, id="typed-text"),
        pytest.param(" press:m:tip", None, id="not-at-the-start"),
    ],
)
def test_a_press_is_told_from_typed_text(text: str, action: tuple[str, str] | None) -> None:
    assert read_action(text) == action


def test_rich_media_groups_are_at_most_seven_rows_high_and_padded_to_the_same_height() -> None:
    rows = [_row(f"Service {i}") for i in range(9)]
    media = build_rich_media(rows)
    assert media is not None
    assert media["ButtonsGroupColumns"] == GRID_COLUMNS
    assert media["ButtonsGroupRows"] == 7
    cells = sum(b["Columns"] * b["Rows"] for b in media["Buttons"])
    assert cells == 2 * 7 * GRID_COLUMNS  # two full groups: seven buttons, then two and a blank filler
    assert [b["ActionType"] for b in media["Buttons"]].count("none") == 1
