"""The core's buttons as a Viber keyboard, and a pressed button read back.

A Viber keyboard is a grid six columns wide; a button is 1-6 columns wide and 1-2 rows high, and buttons flow
left to right, so every row of ours adds up to exactly six columns. A core row keeps its buttons side by side
when its longest label fits on one line of its share of the width; otherwise each button gets a full-width row
(two lines high if the label needs it). Widths are measured in the reader's language, on the labels as rendered.

A reply button sends its ``ActionBody`` back as the user's message: ours is ``press:<data>`` (or
``command:<name>`` for the menu button this channel adds), so a press is told from typed text, and ``Silent``
keeps that body out of the chat. Anyone can type ``press:whatever``: the engine checks every press.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence
from typing import Any

from bot.i18n.render import RenderedButton

PRESS_PREFIX = "press:"
COMMAND_PREFIX = "command:"
MENU_COMMAND = "menu"
GRID_COLUMNS = 6
CHARS_PER_COLUMN = 6  # a phone shows about 36 characters across the keyboard: 6 per column
MAX_GROUP = 3  # at most three buttons side by side (two columns each)
MAX_BUTTONS = 24  # a keyboard shows at most 24 buttons
RICH_MEDIA_MAX_ROWS = 7
KEYBOARD_COLOR = "#FFFFFF"
BUTTON_COLOR = "#DDF0EA"
MENU_BUTTON_COLOR = "#EDEDED"


def label_width(label: str) -> int:
    """Display width in narrow characters: emoji, symbols and wide characters count 2, combining marks and
    variation selectors 0."""
    width = 0
    for char in label:
        category = unicodedata.category(char)
        if unicodedata.combining(char) or category in ("Mn", "Me", "Cf"):
            continue
        wide = category == "So" or unicodedata.east_asian_width(char) in ("W", "F") or ord(char) > 0xFFFF
        width += 2 if wide else 1
    return width


def _lines(label: str, columns: int) -> int:
    per_line = columns * CHARS_PER_COLUMN
    return max(1, -(-label_width(label) // per_line))


def _groups(row: Sequence[RenderedButton]) -> list[list[RenderedButton]]:
    """A core row cut into groups of at most three, as even as possible (five: three and two)."""
    count = -(-len(row) // MAX_GROUP)
    size, extra = divmod(len(row), count)
    groups, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        groups.append(list(row[start:end]))
        start = end
    return groups


def layout(rows: Sequence[Sequence[RenderedButton]]) -> list[list[tuple[RenderedButton, int, int]]]:
    """Viber rows of (button, columns, rows): each row six columns wide, labels on as few lines as they need."""
    grid: list[list[tuple[RenderedButton, int, int]]] = []
    for row in rows:
        if not row:
            continue
        for group in _groups(row):
            columns = GRID_COLUMNS // len(group)
            if len(group) > 1 and max(_lines(b.label, columns) for b in group) == 1:
                grid.append([(b, columns, 1) for b in group])
            else:
                grid.extend([[(b, GRID_COLUMNS, min(_lines(b.label, GRID_COLUMNS), 2))] for b in group])
    return grid


def _button(label: str, body: str, columns: int, rows: int, color: str) -> dict[str, Any]:
    return {
        "Columns": columns,
        "Rows": rows,
        "ActionType": "reply",
        "ActionBody": body,
        "Text": html.escape(label, quote=False),  # Viber reads a few HTML tags in button texts
        "TextSize": "regular",
        "TextHAlign": "center",
        "TextVAlign": "middle",
        "BgColor": color,
        "Silent": True,
    }


def _keyboard(buttons: list[dict[str, Any]]) -> dict[str, Any]:
    return {"Type": "keyboard", "DefaultHeight": False, "BgColor": KEYBOARD_COLOR, "Buttons": buttons}


def _press_buttons(grid: Sequence[Sequence[tuple[RenderedButton, int, int]]]) -> list[dict[str, Any]]:
    return [
        _button(b.label, PRESS_PREFIX + b.data, columns, height,
                MENU_BUTTON_COLOR if b.data == MENU_COMMAND else BUTTON_COLOR)
        for row in grid for b, columns, height in row
    ]


def build_keyboard(rows: Sequence[Sequence[RenderedButton]]) -> dict[str, Any] | None:
    """The keyboard for a message's buttons, or None when it has none."""
    buttons = _press_buttons(layout(rows))
    return _keyboard(buttons[:MAX_BUTTONS]) if buttons else None


def build_rich_media(rows: Sequence[Sequence[RenderedButton]]) -> dict[str, Any] | None:
    """A message's buttons as Viber rich media: buttons that stay under that message in the chat.

    Viber shows one keyboard, the last one sent; when the core sends several messages with buttons (service
    cards), the earlier ones keep theirs this way. Rich media groups are at most seven rows high and all
    groups have the same height: more rows make a carousel, and a shorter group is padded with a blank cell.
    """
    groups: list[list[list[tuple[RenderedButton, int, int]]]] = [[]]
    for row in layout(rows):
        if groups[-1] and _height(groups[-1]) + row[0][2] > RICH_MEDIA_MAX_ROWS:
            groups.append([])
        groups[-1].append(row)
    if not groups[0]:
        return None
    group_rows = max(_height(group) for group in groups)
    buttons: list[dict[str, Any]] = []
    for group in groups:
        buttons += _press_buttons(group)
        if (missing := group_rows - _height(group)) > 0:
            buttons.append({"Columns": GRID_COLUMNS, "Rows": missing, "ActionType": "none", "BgColor": KEYBOARD_COLOR})
    return {"Type": "rich_media", "ButtonsGroupColumns": GRID_COLUMNS, "ButtonsGroupRows": group_rows,
            "BgColor": KEYBOARD_COLOR, "Buttons": buttons}


def _height(grid: Sequence[Sequence[tuple[RenderedButton, int, int]]]) -> int:
    return sum(row[0][2] for row in grid)


def menu_keyboard(label: str) -> dict[str, Any]:
    """One full-width button that asks for the menu: the engine shows it, or asks again what it was waiting for."""
    height = min(_lines(label, GRID_COLUMNS), 2)
    return _keyboard([_button(label, COMMAND_PREFIX + MENU_COMMAND, GRID_COLUMNS, height, MENU_BUTTON_COLOR)])


def read_action(text: str) -> tuple[str, str] | None:
    """("press", data) or ("command", name) when ``text`` is one of our ActionBodies, else None (typed text)."""
    for kind, prefix in (("press", PRESS_PREFIX), ("command", COMMAND_PREFIX)):
        if text.startswith(prefix):
            return kind, text[len(prefix):]
    return None
