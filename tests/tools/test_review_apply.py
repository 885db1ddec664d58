"""Writing an accepted proposal into a .ftl file: only that message changes, the mark is attached, undo restores."""

from __future__ import annotations

from datetime import date

import pytest
from fluent.syntax import FluentParser

from bot.i18n.review import review_marks
from bot.tools.review_apply import ApplyError, Edit, initials, joint_initials

SOURCE = """### Romani draft: awaiting review by a native speaker

## Tips
# A comment the editor wrote
tip-a = Purano teksto.
tip-b =
    Duje redura
    { $name } si akate.
    .title = Naslov
tip-c = Trito.
"""


def tree(tmp_path):
    for lang in ("rom", "sr", "en"):
        (tmp_path / lang).mkdir()
    path = tmp_path / "rom" / "tips.ftl"
    path.write_text(SOURCE, encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "expected"), [("Mira Jovanović", "MJ"), ("Ana", "AN"), ("Dana Stojković-Ilić", "DSI"),
                                                ("  ", "M")])
def test_initials(name, expected):
    assert initials(name) == expected


def test_joint_initials_fit_in_a_mark():
    assert joint_initials(["Mira Jovanović", "Dana Stojković"]) == "MJ/DS"
    assert len(joint_initials(["Mira Ana Jovanović Petrović", "Dana Sara Stojković Ilić"])) <= 8


def test_a_new_value_replaces_only_that_message_and_gets_the_mark(tmp_path):
    path = tree(tmp_path)
    edit = Edit(tmp_path)
    edit.mark("tip-b", "MJ", date(2026, 11, 22), new_value="Nevo teksto\n{ $name } si akate.")
    text = path.read_text(encoding="utf-8")
    assert text.startswith(SOURCE.split("tip-b")[0])  # everything before it byte for byte
    assert "tip-a = Purano teksto.\n" in text and text.endswith("tip-c = Trito.\n")
    assert "# reviewed: MJ 2026-11-22\ntip-b =\n    Nevo teksto\n    { $name } si akate.\n    .title = Naslov\n" in text
    marks = review_marks(FluentParser().parse(text))
    assert marks["tip-b"] is not None and marks["tip-a"] is None and marks["tip-c"] is None
    assert "# A comment the editor wrote\ntip-a" in text
    edit.undo()
    assert path.read_text(encoding="utf-8") == SOURCE


def test_a_broken_proposal_is_refused_and_nothing_is_written(tmp_path):
    path = tree(tmp_path)
    with pytest.raises(ApplyError):
        Edit(tmp_path).mark("tip-a", "MJ", date(2026, 11, 22), new_value="{ broken")
    with pytest.raises(ApplyError):
        Edit(tmp_path).mark("tip-gone", "MJ", date(2026, 11, 22), new_value="Teksto")
    assert path.read_text(encoding="utf-8") == SOURCE


def test_a_comment_above_the_message_is_kept_with_the_mark(tmp_path):
    path = tree(tmp_path)
    Edit(tmp_path).mark("tip-a", "DS", date(2026, 11, 22))
    text = path.read_text(encoding="utf-8")
    assert "# A comment the editor wrote\n# reviewed: DS 2026-11-22\ntip-a = Purano teksto.\n" in text
