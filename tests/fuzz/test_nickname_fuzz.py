"""A nickname is shown to the parent, in reminders and in a mediator's lists: nothing invisible or steering survives.

Right-to-left overrides, zero-width joiners, NUL and every other control or format character (Unicode category C)
are removed before a nickname is kept; what is left is trimmed, its runs of spaces made one, and bounded in length.
"""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings

from bot.core.onboarding import NICKNAME_MAX, clean_nickname
from tests.fuzz.hostile import hostile_text


@settings(max_examples=300, deadline=None)
@given(typed=hostile_text)
def test_a_kept_nickname_has_no_control_or_format_characters_and_fits(typed: str) -> None:
    name = clean_nickname(typed)
    if name is None:
        return
    assert not [ch for ch in name if unicodedata.category(ch).startswith("C")]
    assert name == name.strip() and "  " not in name
    assert 1 <= len(name) <= NICKNAME_MAX


def test_a_right_to_left_override_and_zero_width_characters_are_dropped() -> None:
    assert clean_nickname("\u202eMila\u200b\u200d\x00 Jo") == "Mila Jo"
