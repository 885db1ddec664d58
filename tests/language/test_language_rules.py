"""The rules behind the rendered text: the prefix check for Cyrillic, dates from the content, one full stop,
grammatical gender carried by a child's name, the Romani glossary, and the Child record's gender in storage."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.core.family import Child
from bot.core.messages import Text
from bot.core.turn import child_name
from bot.i18n.formatting import one_full_stop
from bot.i18n.transliteration import suspicious_words
from bot.tools.glossary import Glossary
from tests.language.rendering import CONTENT, translator


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        pytest.param("vanjezički", ["vanjezički"], id="van"),
        pytest.param("panjevropski", ["panjevropski"], id="pan"),
        pytest.param("sredžupanijski", ["sredžupanijski"], id="sred"),
        pytest.param("neodživljen", ["neodživljen"], id="ne-od"),
        pytest.param("prepodžupan", ["prepodžupan"], id="pre-pod"),
        pytest.param("najinjektivniji", ["najinjektivniji"], id="naj-in"),
        pytest.param("ljubav njiva džep panj konj", ["panj", "konj"], id="one-letter-words-need-a-decision"),
        pytest.param("podne, nadležni, prednja, odnos", [], id="no-digraph-at-the-boundary"),
    ],
)
def test_digraphs_after_any_listed_prefix_or_stacked_prefixes_are_flagged(text, flagged):
    assert suspicious_words(text) == flagged


@pytest.mark.parametrize(
    ("locale", "day", "shown"),
    [
        pytest.param("sr-Latn", date(2027, 1, 15), "15. januara 2027.", id="sr-january"),
        pytest.param("sr-Latn", date(2026, 9, 7), "7. septembra 2026.", id="sr-september"),
        pytest.param("sr-Latn", date(2026, 3, 1), "1. marta 2026.", id="sr-march"),
        pytest.param("sr-Cyrl", date(2026, 5, 31), "31. маја 2026.", id="sr-cyrillic-may"),
        pytest.param("en", date(2026, 12, 24), "24 December 2026", id="en"),
        pytest.param("rom", date(2026, 9, 7), "7.9.2026.", id="rom-numbers"),
    ],
)
def test_dates_come_from_the_content_with_the_serbian_month_in_the_genitive(locale, day, shown):
    assert translator().date(locale, day) == shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("do 15. januara 2027..", "do 15. januara 2027.", id="date-ends-the-sentence"),
        pytest.param("Bijandilo: 27.11.2026..", "Bijandilo: 27.11.2026.", id="numeric-date"),
        pytest.param("Čekaj...", "Čekaj...", id="ellipsis-stays"),
        pytest.param("2026... i dalje", "2026... i dalje", id="ellipsis-after-a-number"),
        pytest.param("od 1. do 3.", "od 1. do 3.", id="nothing-doubled"),
    ],
)
def test_a_date_at_the_end_of_a_sentence_keeps_one_full_stop(text, expected):
    assert one_full_stop(text) == expected


@pytest.mark.parametrize(
    ("gender", "expected"),
    [
        pytest.param("girl", "👶 Džemila: 2 meseca (rođena 7. septembra 2026.)", id="girl"),
        pytest.param("boy", "👶 Džemila: 2 meseca (rođen 7. septembra 2026.)", id="boy"),
        pytest.param(None, "👶 Džemila: 2 meseca (rođeno 7. septembra 2026.)", id="not-said"),
    ],
)
def test_a_message_naming_a_child_agrees_with_the_gender_its_name_carries(gender, expected):
    child = Child(family_id=1, birth_date=date(2026, 9, 7), nickname="Džemila", gender=gender)
    age = Text("age-months", {"months": 2})
    shown = translator().format("sr-Latn", Text("children-item", {"name": child_name(child), "age": age,
                                                                  "born": child.birth_date}))
    assert shown == expected


def test_an_explicit_gender_argument_wins_over_the_one_the_name_carries():
    name = Text("child-name", {"name": "Džemila", "gender": "boy"})
    shown = translator().format("rom", Text("child-gender-saved", {"name": name, "gender": "girl"}))
    assert shown == "✅ Ićardem: Džemila si čhaj."


def test_the_shipped_glossary_has_the_key_terms_and_refuses_the_arli_forms():
    glossary = Glossary.load(CONTENT / "rom" / "glossary.md")
    spellings = {entry.term: entry for entry in glossary.entries}
    assert spellings["today"].spelling == "ađes" and "adadive" in spellings["today"].rejected
    rejected = {variant for entry in glossary.entries for variant in entry.rejected}
    assert {"inćar", "nane", "adadive", "našti", "vakti", "akava", "već", "ništa", "saglasno", "jaslice",
            "pomoć", "leso", "tikno metalo", "ponedeljak"} <= rejected
    assert all(entry.spelling for entry in glossary.entries)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("Adadive si o đes", ["Adadive"], id="any-case"),
        pytest.param("na kerel buti", ["kerel", "na kerel buti"], id="word-and-phrase"),
        pytest.param("Nanaj khanči", ["Nanaj"], id="whole-words-only"),
        pytest.param("kanenane ađes", [], id="not-inside-a-word"),
    ],
)
def test_glossary_variants_are_found_as_whole_words_or_phrases(tmp_path: Path, text, found):
    path = tmp_path / "glossary.md"
    path.write_text("intro\n\n| term | spelling | rejected variants |\n| --- | --- | --- |\n"
                    "| today | ađes | adadive |\n| do | ćerel | kerel, na kerel buti |\n"
                    "| is not | naj | nane, nanaj |\n"
                    "\nafter the table | not | read |\n", encoding="utf-8")
    glossary = Glossary.load(path)
    assert [entry.term for entry in glossary.entries] == ["today", "do", "is not"]
    assert [written for written, _ in glossary.variants_in(text)] == found
