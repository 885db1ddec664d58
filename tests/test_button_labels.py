"""Every answer button's label fits a phone: at most MAX_LABEL characters in every language and script.

Telegram and Viber cut longer labels with "…" on a phone, so the parent cannot read the end of the answer. The
labels are found where buttons are made: ``button(data, "label-id")`` in bot/ and scheduler/, the main menu's
rows, the service categories and the language names; variable parts get short sample values (a child's name is
limited on entry, NICKNAME_MAX).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from bot.core.messages import LOCALES, Text
from bot.core.turn import MENU_ROWS
from bot.i18n.reload import load_content

ROOT = Path(__file__).resolve().parents[1]
MAX_LABEL = 30
CONTENT = load_content(ROOT / "content", strict=True)
SAMPLE = {"days": 30, "date": date(2026, 12, 30), "name": "Mila", "count": 5, "caregiver": "Mira",
          "what": "BCG", "weeks": 34, "hour": 20, "number": 8}
_BUTTON = re.compile(r'Button\(Text\("([a-z0-9-]+)"|button\(\s*f?"[^"]*",\s*"([a-z0-9-]+)"')


def label_ids() -> list[str]:
    found: set[str] = set()
    for folder in ("bot", "scheduler"):
        for path in (ROOT / folder).rglob("*.py"):
            names = {a or b for a, b in _BUTTON.findall(path.read_text(encoding="utf-8"))}
            found |= {name for name in names if not name.endswith("-")}  # "vaccine-" + id: not a label
    found |= {label for row in MENU_ROWS for _, label in row}
    found |= {f"services-category-{key}" for key in CONTENT.library.categories}
    found |= {"language-rom", "language-sr-latn", "language-sr-cyrl", "language-en"}
    return sorted(found)


def test_the_labels_are_found_where_buttons_are_made() -> None:
    ids = label_ids()
    assert {"menu-tip", "button-skip", "child-early-no", "reminders-button-done",
            "services-category-health"} <= set(ids)
    assert len(ids) > 50


@pytest.mark.parametrize("locale", LOCALES)
def test_every_button_label_fits_a_phone(locale: str) -> None:
    translator = CONTENT.translator
    too_long = {}
    for label in label_ids():
        text = translator.format(locale, Text(label, SAMPLE))
        if len(text) > MAX_LABEL:
            too_long[label] = text
    assert too_long == {}, f"labels over {MAX_LABEL} characters in {locale}"
