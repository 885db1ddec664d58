"""`cavororo content coverage`: translated, awaiting review, missing and falling back, per language and file."""

from __future__ import annotations

import pytest

from bot.cli import main
from bot.tools.coverage import coverage, format_coverage
from tests.tools.content_fixtures import GOOD, content_tree

COMPLETE = {"main.ftl": (38, 38, 0, 0), "milestones.ftl": (1, 1, 0, 0), "tips.ftl": (3, 3, 0, 0)}


def counts(tables, folder: str) -> dict[str, tuple[int, int, int | None, int, int]]:
    table = next(t for t in tables if t.folder == folder)
    return {row.file: (row.messages, row.translated, row.awaiting_review, row.missing, row.falling_back)
            for row in [*table.rows, table.total]}


def with_review(rows: dict[str, tuple[int, int, int, int]], review: int | None) -> dict[str, tuple]:
    return {name: (m, t, review, miss, fb) for name, (m, t, miss, fb) in rows.items()}


def test_a_complete_reviewed_library_has_nothing_missing_or_falling_back():
    tables = coverage(GOOD)
    assert [t.folder for t in tables] == ["rom", "sr", "en"]
    assert counts(tables, "rom") == with_review({**COMPLETE, "total": (42, 42, 0, 0)}, 0)
    for folder in ("sr", "en"):
        assert counts(tables, folder) == with_review({**COMPLETE, "total": (42, 42, 0, 0)}, None)


@pytest.mark.parametrize(
    ("show", "tips_row"),
    [pytest.param(True, (3, 3, 2, 0, 0), id="shown"), pytest.param(False, (3, 3, 2, 0, 2), id="hidden")],
)
def test_romani_awaiting_review_falls_back_only_when_the_setting_hides_it(tmp_path, show, tips_row):
    root = content_tree(tmp_path, "romani-awaiting-review")
    rows = counts(coverage(root, show_unreviewed_romani=show), "rom")
    assert rows["tips.ftl"] == tips_row
    assert rows["total"] == (42, 42, 2, 0, tips_row[4])


@pytest.mark.parametrize(
    ("case", "folder", "tips_row"),
    [
        pytest.param("missing-in-romani", "rom", (3, 2, 0, 1, 1), id="romani-falls-back-to-serbian"),
        pytest.param("missing-in-english", "en", (3, 2, None, 1, 0), id="english-has-no-fallback"),
        pytest.param("no-serbian-source", "sr", (4, 3, None, 1, 1), id="serbian-falls-back-to-english"),
    ],
)
def test_a_missing_message_is_counted_and_its_fallback_too(tmp_path, case, folder, tips_row):
    assert counts(coverage(content_tree(tmp_path, case)), folder)["tips.ftl"] == tips_row


def test_the_table_and_the_listing_name_each_missing_and_unreviewed_id(tmp_path):
    root = content_tree(tmp_path, "romani-awaiting-review")
    text = format_coverage(coverage(root), listing=True)
    lines = text.splitlines()
    assert lines[:2] == ["Romani (rom)",
                         "file            messages  translated  awaiting review  missing  falling back  reviewed  "
                         "proposed  recorded"]
    tips_line = ("tips.ftl               3           3                2        0             0         1         -  "
                 "       0")
    assert tips_line in lines
    assert "  tips.ftl awaiting review: tip-baby-talk" in lines
    assert "  tips.ftl awaiting review: tip-toddler-books" in lines
    assert "Serbian (sr-Latn, sr-Cyrl generated)" in lines


def test_the_command_prints_one_table_per_language(capsys):
    main(["content", "coverage", "--content", str(GOOD), "--romani", "reviewed"])
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if line and not line[0].isspace() and "(" in line] == [
        "Romani (rom)", "Serbian (sr-Latn, sr-Cyrl generated)", "English (en)"]
    assert out.count("total                 42          42") == 3


def test_reviewed_proposed_and_recorded_are_counted_per_language_and_file(tmp_path):
    root = content_tree(tmp_path, "romani-awaiting-review")
    for lang in ("rom", "en"):
        media = root / "media" / lang
        media.mkdir(parents=True)
        (media / "tip-baby-talk.ogg").write_bytes(b"OggS")
    (root / "media" / "rom" / "tip-toddler-books.yaml").write_text("text: abc\n")  # a sidecar alone: no recording
    tables = coverage(root, proposed={"tip-baby-talk", "tip-toddler-books", "no-such-message"})
    rows = {t.folder: {r.file: r for r in [*t.rows, t.total]} for t in tables}
    tips = rows["rom"]["tips.ftl"]
    assert (tips.reviewed, tips.proposed, tips.recorded) == (1, 2, 1)
    assert (rows["rom"]["total"].reviewed, rows["rom"]["total"].proposed, rows["rom"]["total"].recorded) == (40, 2, 1)
    assert (rows["en"]["tips.ftl"].reviewed, rows["en"]["tips.ftl"].proposed, rows["en"]["tips.ftl"].recorded) == (
        None, None, 1)
    assert rows["sr"]["total"].recorded == 0
    line = next(line for line in format_coverage(tables).splitlines() if line.startswith("tips.ftl"))
    assert line.split()[-3:] == ["1", "2", "1"]
