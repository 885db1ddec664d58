"""The health texts' sources and medical review: the shipped content names a source for every tip, note,
milestone check-in and illness topic, `content check --strict` fails on one without, `content coverage` shows
both, and the reviewer's pack holds every health text by age in Serbian and English (a check-in question with
its act-early flag, its play idea or the act-early message)."""

from __future__ import annotations

import html
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
    assert kinds == {"tip", "milestone", "checkin", "illness"}
    checkins = [text for text in health_texts(library) if text.kind == "checkin"]
    assert [text.id for text in checkins] == [f"checkin-{c.months}m" for c in library.checkpoints]
    first = checkins[0]  # 2 months, until the 4-month check-in starts
    assert (first.start_days, first.end_days) == (library.checkpoints[0].start_days,
                                                  library.checkpoints[1].start_days - 1)
    assert {"checkin-q-2m-smiles", "checkin-play-2m-calms", "checkin-q-lost-skills", "checkin-act-early"} \
        <= set(first.messages)
    assert "checkin-play-2m-smiles" not in first.messages  # an act-early sign has no play idea


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


def test_the_strict_check_fails_on_a_check_in_without_a_source_and_on_an_unknown_source(tmp_path, capsys) -> None:
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    milestones = root / "data" / "milestones.yaml"
    text = milestones.read_text(encoding="utf-8")
    sources = "    sources: [cdc-milestones-2022, dz-zemun-development]\n"
    entry = "  - id: checkin-9m\n    months: 9\n    start: 274\n" + sources
    assert entry in text
    milestones.write_text(text.replace(entry, entry.replace(sources, "")), encoding="utf-8")
    assert run(["content", "check", "--strict", "--content", str(root)]) == 1
    out = capsys.readouterr().out
    line = text[:text.index(entry)].count("\n") + 1
    assert re.search(rf"milestones\.yaml:{line}:5: \w+: checkin-9m names no source", out)  # at the entry
    milestones.write_text(text.replace(entry, entry.replace("dz-zemun-development]", "no-such-source]")),
                          encoding="utf-8")
    assert run(["content", "check", "--content", str(root)]) == 1
    assert "checkin-9m names source(s) data/sources.yaml does not define: no-such-source" in capsys.readouterr().out


def test_coverage_shows_the_sources_and_the_medical_review_state(library, capsys) -> None:
    assert run(["content", "coverage", "--content", str(CONTENT)]) == 0
    out = capsys.readouterr().out
    assert "Health texts: sources and medical review" in out
    tips = next(row for row in review_summary(library) if row.kind == "tip")
    assert tips.texts == tips.with_sources == len(library.tips)
    assert re.search(rf"tip\s+{tips.texts}\s+{tips.with_sources}\s+{tips.reviewed}\s+{tips.texts - tips.reviewed}",
                     out)
    checkins = len(library.checkpoints)
    assert re.search(rf"checkin\s+{checkins}\s+{checkins}\s+0\s+{checkins}", out)


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


def test_the_pack_holds_every_check_in_question_with_its_source_flag_and_what_the_parent_reads(library) -> None:
    document = review_pack(CONTENT, TODAY)
    translator = Translator.from_directory(CONTENT, strict=True)
    rows = {re.search(r"<code>([^<]+)</code>", row)[1]: row for row in document.split("<tr>")[2:]}
    for checkpoint in library.checkpoints:
        for question in checkpoint.questions:
            assert question.id in rows, question.id
    lost = rows["lost-skills"]  # asked at every check-in: in the pack at each (the last row of that id kept here)
    assert document.count("<code>lost-skills</code>") == len(library.checkpoints)
    assert "ACT EARLY sign" in lost
    smiles, calms = rows["2m-smiles"], rows["2m-calms"]
    assert "check-in 2 mo: question, ACT EARLY sign" in smiles and "ACT EARLY" not in calms
    assert "cdc.gov" in smiles and "awaiting medical review" in smiles
    for locale in (SERBIAN_LATIN, ENGLISH):
        def words(message_id: str, args: dict | None = None, locale: str = locale) -> str:
            return html.escape(translator.format(locale, Text(message_id, args or {})).splitlines()[0])
        assert words("checkin-q-2m-smiles") in smiles and words("checkin-act-early", {"name": "…"}) in smiles
        assert words("checkin-ask-tell") in smiles and words("checkin-button-not-sure") in smiles
        assert words("checkin-q-2m-calms") in calms
        assert html.escape(translator.format(locale, Text("checkin-play-2m-calms"))) in calms
        assert words("checkin-act-early", {"name": "…"}) not in calms


def test_the_pack_lists_texts_by_age(library) -> None:
    document = review_pack(CONTENT, TODAY)
    starts = [int(day) for day in re.findall(r"\(days (\d+)–", document)]
    assert starts == sorted(starts) and len(starts) > len(library.tips)
