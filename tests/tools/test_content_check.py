"""`cavororo content check`: each broken fixture fails for its own reason, at the right place, and nothing else.

Each case in tests/fixtures/content_tools/broken/ holds only the files that differ from good/; the expected
problems below are every problem the check reports for it (so a check that fires for the wrong reason fails).
"""

from __future__ import annotations

import sys
import types

import pytest

from bot.tools import Problem
from bot.tools.content_check import SERVICES_CHECK, check_content
from tests.tools.content_fixtures import CASES, TODAY, column_of, content_tree

CYRILLIC_ADVICE = (
    "add it to data/sr-cyrillic-exceptions.toml: under [split] when the j or ž starts a new letter "
    "(in-jekcija = инјекција), under [one_letter] when not (konj = коњ)"
)
AWAITING = "Romani messages await review by a native speaker"
MARK_ADVICE = "after review write '# reviewed: <initials> <YYYY-MM-DD>' above each"

def found(path: str, line: int, column: int | None, severity: str, *message: str) -> tuple:
    """One expected problem; column None: the column of 'injekcije' in the file (computed in the test)."""
    return path, line, column, severity, "".join(message)


EXPECTED: dict[str, list[tuple]] = {
    "junk": [found("sr/tips.ftl", 13, 12, "error",
                   "Fluent syntax error E0003: Expected token: \"=\" in 'tip-broken Pričaj sa bebom.'")],
    "duplicate-id": [found("sr/tips.ftl", 12, 1, "error", "tip-toddler-books is already defined at tips.ftl:8")],
    "missing-in-english": [found("sr/tips.ftl", 10, 1, "error",
                                 "tip-child-rules has no English translation in en/tips.ftl")],
    "missing-in-romani": [found("sr/tips.ftl", 10, 1, "warning",
                                "tip-child-rules has no Romani translation in rom/tips.ftl")],
    "no-serbian-source": [found("en/tips.ftl", 12, 1, "error",
                                "tip-extra has no Serbian source in sr/: add it there first (or fix the id)")],
    "placeholder-differs": [found("rom/main.ftl", 27, 1, "error",
                                  "tip-header: placeholders $age, $nam differ from Serbian ($age, $name)")],
    "selector-differs": [found("en/main.ftl", 14, 1, "error",
                               "age-months: selectors none differ from Serbian ($months)")],
    "over-telegram-limit": [found("en/main.ftl", 57, 1, "error",
                                  "plan-footer in English is 4553 characters: over Telegram's limit of 4096")],
    "tip-too-long": [
        found("en/tips.ftl", 3, 1, "warning", "tip in English is 680 characters: a tip should be at most 600"),
        found("en/tips.ftl", 3, 1, "warning", "tip with a picture in English is 707 characters with its header: ",
              "over Viber's caption limit of 512, so it goes out after the picture, not with it"),
    ],
    "voice-caption-too-long": [
        found("en/tips.ftl", 10, 1, "warning", "tip in English is 1158 characters: a tip should be at most 600"),
        found("en/tips.ftl", 10, 1, "warning", "tip with a voice recording in English is 1185 characters with its ",
              "header: over Telegram's caption limit of 1024, so it goes out after the voice recording, not with it"),
    ],
    "does-not-format": [found("rom/main.ftl", 58, 1, "error", "plan-footer does not format in Romani: ",
                              "plan-footer in rom (rom): Unknown message: health-card-words")],
    "catalog-names-missing-message": [found("data/tips.yaml", 14, 5, "error", "tip-nowhere needs the message ",
                                            "tip-nowhere, which sr/*.ftl does not define")],
    "catalog-names-missing-media": [found("data/tips.yaml", 8, 5, "error",
                                          "tip-toddler-books: media file media/pictures/books.png does not exist")],
    "media-not-what-its-name-says": [found("data/tips.yaml", 8, 5, "error", "tip-toddler-books: media file ",
                                           "media/pictures/scan.png is not really a .png file")],
    "media-of-unknown-kind": [found("data/tips.yaml", 4, 5, "error", "tip-baby-talk: media 'leaflets/vaccines.pdf' ",
                                    "is neither a picture (.jpg, .png) nor a voice recording (.ogg, .mp3, .m4a)")],
    "media-too-large": [found("data/tips.yaml", 8, 5, "error", "tip-toddler-books: picture media/pictures/poster.png ",
                              "is 1.1 MB: at most 1.0 MB, so parents on mobile data can afford it ",
                              "(and Viber accepts it)")],
    "two-pictures": [found("data/tips.yaml", 4, 5, "error", "tip-baby-talk has more than one picture")],
    "unused-media": [found("media/pictures/old.png", 1, 1, "warning", "no tip uses this file")],
    "age-gap": [found("data/tips.yaml", 4, 5, "error", "no tip for days 365-399 (month 12 to month 13): ",
                      "a parent of a child this age would get no tip")],
    "catalog-not-yaml": [found("data/tips.yaml", 14, 4, "error", "not valid YAML: while parsing a block collection ",
                               "expected <block end>, but found '<block sequence start>'")],
    "catalog-bad-entry": [found("data/tips.yaml", 11, 5, "error", "entry 'tip-child-rules': unknown topic ",
                                "'friendship'; expected one of health, nutrition, responsive, learning, safety")],
    "ambiguous-cyrillic": [found("sr/tips.ftl", 10, None, "error", "'injekcije' may be wrong in Cyrillic: ",
                                 CYRILLIC_ADVICE)],
    "exceptions-file-wrong": [found("data/sr-cyrillic-exceptions.toml", 4, 1, "error", "split entry 'odjek': ",
                                    "the Latin stem has no lj, nj or dž, so it needs no exception")],
    "review-mark-unreadable": [
        found("rom/tips.ftl", 10, 1, "error", "cannot read the review mark 'reviewed: MJ yesterday': ",
              "write it as '# reviewed: <initials> <YYYY-MM-DD>'"),
        found("rom/tips.ftl", 11, 1, "warning", f"1 of 3 {AWAITING}, first tip-toddler-books; {MARK_ADVICE}"),
    ],
    "review-mark-detached": [
        found("rom/tips.ftl", 10, 1, "error", "this review mark belongs to no message: put '# reviewed: ...' ",
              "directly above the message (no blank line), or '### reviewed: ...' for the whole file"),
        found("rom/tips.ftl", 12, 1, "warning", f"1 of 3 {AWAITING}, first tip-toddler-books; {MARK_ADVICE}"),
    ],
    "review-mark-in-future": [found("rom/tips.ftl", 10, 1, "error",
                                    "the review mark is dated in the future (2999-05-02)")],
    "romani-rejected-variant": [
        found("rom/main.ftl", 7, 30, "error",
              "'pomoć' is not the bot's Romani: write 'žutipe' (help; rom/glossary.md line 5)"),
        found("rom/main.ftl", 10, 13, "error",
              "'Pomoć' is not the bot's Romani: write 'žutipe' (help; rom/glossary.md line 5)"),
    ],
    "romani-awaiting-review": [found("rom/tips.ftl", 4, 1, "warning",
                                     f"2 of 3 {AWAITING}, first tip-baby-talk; {MARK_ADVICE}")],
    "unsourced-tip": [found("data/tips.yaml", 13, 5, "warning",
                            "tip-child-rules names no source: add 'sources' (ids of data/sources.yaml)")],
    "unknown-source": [found("data/tips.yaml", 13, 5, "error", "tip-child-rules names source(s) data/sources.yaml ",
                             "does not define: who-nurturing-care-2081")],
}


def test_every_broken_fixture_has_an_expectation():
    assert sorted(EXPECTED) == CASES


def test_the_good_fixture_passes_even_strictly(tmp_path):
    report = check_content(content_tree(tmp_path), today=TODAY, services=False).strict()
    assert report.problems == []


@pytest.mark.parametrize("case", CASES)
def test_broken_fixture_fails_for_its_own_reason(tmp_path, case):
    root = content_tree(tmp_path, case)
    found = [
        (str(p.path.relative_to(root)), p.line, p.column, p.severity, p.message)
        for p in check_content(root, today=TODAY, services=False).problems
    ]
    expected = [
        (path, line, column_of(root / path, "injekcije") if column is None else column, severity, message)
        for path, line, column, severity, message in EXPECTED[case]
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("case", "errors_without_strict"),
    [pytest.param("romani-awaiting-review", 0, id="warning"), pytest.param("junk", 1, id="error"),
     pytest.param("unsourced-tip", 0, id="health-text-without-a-source")],
)
def test_strict_turns_warnings_into_errors(tmp_path, case, errors_without_strict):
    report = check_content(content_tree(tmp_path, case), today=TODAY, services=False)
    assert len(report.errors) == errors_without_strict
    assert len(report.strict().errors) == len(report.problems) == 1
    assert report.strict().warnings == []


def test_a_missing_services_check_is_noted_not_fatal(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, SERVICES_CHECK, None)  # as if the module were not installed
    report = check_content(content_tree(tmp_path), today=TODAY)
    assert report.notes == ["services not checked: bot.tools.services_commands is not available"]
    assert report.problems == []


def test_the_services_check_adds_its_problems(tmp_path, monkeypatch):
    root = content_tree(tmp_path)
    finding = Problem(root / "data" / "services.yaml", 7, 5, "warning", "phone not verified")
    module = types.ModuleType(SERVICES_CHECK)
    module.check_services = lambda content_dir: [finding] if content_dir == root else []
    monkeypatch.setitem(sys.modules, SERVICES_CHECK, module)
    report = check_content(root, today=TODAY)
    assert report.problems == [finding]
    assert report.notes == []
