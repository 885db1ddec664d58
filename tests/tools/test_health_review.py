"""The health texts' sources and medical review: the shipped content names a source for every tip, note and
illness topic, `content check --strict` fails on one without, `content coverage` shows both, and the
reviewer's pack holds every health text by age in Serbian and English."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from bot.catalog import load_library
from bot.cli import main
from bot.core.messages import ENGLISH, SERBIAN_LATIN, Text
from bot.i18n import Translator
from bot.tools.health_review import check_health_sources, health_texts, review_summary
from bot.tools.review_pack import review_pack

CONTENT = Path(__file__).resolve().parents[2] / "content"
TODAY = date(2026, 12, 7)


def run(argv: list[str]) -> int:
    try:
        main(argv)
    except SystemExit as stopped:
        return int(stopped.code or 0)
    return 0


@pytest.fixture(scope="module")
def library():
    return load_library(CONTENT)


def test_the_shipped_content_defines_its_sources_and_every_health_text_names_known_ones(library) -> None:
    assert (CONTENT / "data" / "sources.yaml").is_file()  # the source rules apply to the shipped content
    assert [str(problem) for problem in check_health_sources(CONTENT, library)] == []
    kinds = {text.kind for text in health_texts(library)}
    assert kinds == {"tip", "milestone", "illness"}


def test_the_strict_check_fails_on_a_shipped_tip_without_a_source(tmp_path, capsys) -> None:
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    tips = root / "data" / "tips.yaml"
    text = tips.read_text(encoding="utf-8")
    unsourced = re.sub(r"(  - id: tip-w43-hand-washing\n(?:    (?!sources).*\n)*)    sources: .*\n", r"\1", text)
    assert unsourced != text
    tips.write_text(unsourced, encoding="utf-8")
    assert run(["content", "check", "--strict", "--content", str(root)]) == 1
    assert "tip-w43-hand-washing names no source" in capsys.readouterr().out


def test_coverage_shows_the_sources_and_the_medical_review_state(library, capsys) -> None:
    assert run(["content", "coverage", "--content", str(CONTENT)]) == 0
    out = capsys.readouterr().out
    assert "Health texts: sources and medical review" in out
    tips = next(row for row in review_summary(library) if row.kind == "tip")
    assert tips.texts == tips.with_sources == len(library.tips)
    assert re.search(rf"tip\s+{tips.texts}\s+{tips.with_sources}\s+{tips.reviewed}\s+{tips.texts - tips.reviewed}",
                     out)


def test_the_reviewers_pack_holds_every_health_text_in_serbian_and_english_with_sources(library, tmp_path) -> None:
    out = tmp_path / "pack.html"
    assert run(["content", "export", "--for-review", str(out), "--content", str(CONTENT)]) == 0
    document = out.read_text(encoding="utf-8")
    assert document.startswith("<!DOCTYPE html>")
    translator = Translator.from_directory(CONTENT, strict=True)
    for tip in library.tips + tuple(library.milestones):
        assert f"<code>{tip.id}</code>" in document
    for topic in library.illness:
        assert all(f"<code>{text.id}</code>" in document for text in topic.texts)
    sample = "tip-x-no-honey-milk-tea"
    for locale in (SERBIAN_LATIN, ENGLISH):
        first_line = translator.format(locale, Text(sample)).splitlines()[0]
        assert first_line.replace("'", "&#x27;") in document
    assert "https://www.nice.org.uk/guidance/ng143" in document
    assert "awaiting medical review" in document and "reviewed by" not in document


def test_the_pack_lists_texts_by_age(library) -> None:
    document = review_pack(CONTENT, TODAY)
    starts = [int(day) for day in re.findall(r"\(days (\d+)–", document)]
    assert starts == sorted(starts) and len(starts) > len(library.tips)
