"""Romani review status: marks an editor writes in the .ftl files, and SHOW_UNREVIEWED_ROMANI."""

from __future__ import annotations

from datetime import date

import pytest
from fluent.syntax import FluentParser

from bot.app import build
from bot.clock import FixedClock
from bot.config import Settings
from bot.core.messages import ROMANI, Text
from bot.i18n.review import ReviewMark, file_mark, hide_unreviewed, mark_problems, review_marks, unreviewed_ids
from bot.i18n.translator import Translator
from tests.fakes.chat import CONTENT, NOW, ChatDriver
from tests.tools.content_fixtures import content_tree

SERBIAN = """
greeting = Dobar dan
tip-talk = Pričaj sa bebom.
tip-read = Čitaj bebi.
tip-both = { tip-talk } { tip-read }
"""
ROMANI_DRAFT = """### Romani draft: awaiting review by a native speaker

# reviewed: MJ 2025-04-02
greeting = Lačho đes

# A note for translators.
# reviewed: SB 2025-05-10
tip-talk = Vaker e bebasa.

tip-read = Čitin e bebake.

# reviewed: MJ 2025-04-02
tip-both = { tip-talk } { tip-read }
"""


def parse(source: str):
    return FluentParser().parse(source)


def translator(show: bool) -> Translator:
    resources = {"sr": [parse(SERBIAN)], "rom": [parse(ROMANI_DRAFT)], "en": []}
    return Translator(resources, strict=True, show_unreviewed_romani=show)


def test_each_message_carries_its_own_mark_and_an_unmarked_one_awaits_review():
    assert review_marks(parse(ROMANI_DRAFT)) == {
        "greeting": ReviewMark("MJ", date(2025, 4, 2)),
        "tip-talk": ReviewMark("SB", date(2025, 5, 10)),
        "tip-read": None,
        "tip-both": ReviewMark("MJ", date(2025, 4, 2)),
    }
    assert unreviewed_ids([parse(ROMANI_DRAFT)]) == {"tip-read"}


def test_a_file_level_mark_signs_off_every_message_of_the_file():
    resource = parse("### Romani draft: awaiting review by a native speaker\n### reviewed: MJ 2025-04-02\n\n"
                     "a = Lačho đes\nb = Sar san?\n")
    assert file_mark(resource) == ReviewMark("MJ", date(2025, 4, 2))
    assert set(review_marks(resource).values()) == {ReviewMark("MJ", date(2025, 4, 2))}


def test_the_draft_header_alone_leaves_every_message_awaiting_review():
    resource = parse("### Romani draft: awaiting review by a native speaker\n\na = Lačho đes\n")
    assert review_marks(resource) == {"a": None}


@pytest.mark.parametrize(
    ("source", "problem"),
    [
        pytest.param("# reviewed: MJ\na = x\n", "cannot read the review mark 'reviewed: MJ'", id="no-date"),
        pytest.param("# Reviewed by MJ\na = x\n", "cannot read the review mark 'Reviewed by MJ'", id="prose"),
        pytest.param("# reviewed: MJ 2025-02-30\na = x\n", "has no valid date", id="impossible-date"),
        pytest.param("# reviewed: MJ 2026-01-01\na = x\n", "dated in the future (2026-01-01)", id="future"),
        pytest.param("# reviewed: MJ 2025-01-01\n\na = x\n", "belongs to no message", id="blank-line"),
        pytest.param("## reviewed: MJ 2025-01-01\na = x\n", "belongs to no message", id="group-comment"),
    ],
)
def test_a_mark_that_cannot_be_trusted_is_reported(source, problem):
    found = mark_problems(parse(source), today=date(2025, 12, 1))
    assert [p.offset for p in found] == [0]
    assert problem in found[0].message


def test_a_good_mark_is_no_problem():
    assert mark_problems(parse(ROMANI_DRAFT), today=date(2025, 12, 1)) == []


def test_unreviewed_romani_is_shown_when_the_setting_allows_it():
    shown = translator(show=True)
    assert shown.format(ROMANI, Text("tip-read")) == "Čitin e bebake."
    assert shown.resolve(ROMANI, "tip-read").fell_back is False


def test_unreviewed_romani_gives_way_to_serbian_latin_when_the_setting_hides_it():
    hidden = translator(show=False)
    assert hidden.format(ROMANI, Text("tip-read")) == "Čitaj bebi."
    assert hidden.resolve(ROMANI, "tip-read").folder == "sr"
    assert hidden.format(ROMANI, Text("tip-talk")) == "Vaker e bebasa."  # reviewed: still Romani
    assert hidden.fallback_ids(ROMANI) == {"tip-read": "sr", "tip-both": "sr"}


def test_a_reviewed_message_using_an_unreviewed_one_falls_back_whole():
    hidden = translator(show=False)
    assert hidden.format(ROMANI, Text("tip-both")) == "Pričaj sa bebom. Čitaj bebi."
    kept = hide_unreviewed([parse(ROMANI_DRAFT)])
    assert sorted(e.id.name for e in kept[0].body if hasattr(e, "id")) == ["greeting", "tip-talk"]


@pytest.mark.parametrize(("show", "expected"), [pytest.param(True, "Vaker e bebasa kana parues la.", id="shown"),
                                                pytest.param(False, "Pričaj sa bebom dok je presvlačiš.", id="hidden")])
def test_the_setting_reaches_translators_built_from_a_directory(tmp_path, show, expected):
    root = content_tree(tmp_path, "romani-awaiting-review")
    loaded = Translator.from_directory(root, strict=True, show_unreviewed_romani=show)
    assert loaded.format(ROMANI, Text("tip-baby-talk")).splitlines()[0] == expected
    assert loaded.format(ROMANI, Text("tip-child-rules")).startswith("Ćeren")  # reviewed in that file


async def test_the_deployment_setting_gives_romani_parents_serbian_until_review(tmp_path):
    settings = Settings(DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",  # type: ignore[call-arg]
                        CONTENT_DIR=CONTENT, SHOW_UNREVIEWED_ROMANI="false")
    app = await build(settings, clock=FixedClock(NOW), strict_content=True)
    try:
        assert app.translator.show_unreviewed_romani is False
        chat = ChatDriver(app)
        await chat.start()
        chat.locale = ROMANI
        await chat.press_id("language-rom")
        notice = chat.last[0]
        # every shipped Romani text still awaits review, so the Romani parent reads Serbian (Latin)
        assert notice.text == app.translator.format("sr-Latn", Text("onboarding-privacy-notice"))
        assert notice.buttons[0][0].label == app.translator.format("sr-Latn", Text("onboarding-consent-yes"))
        shown = Translator.from_directory(CONTENT, show_unreviewed_romani=True)
        assert notice.text != shown.format(ROMANI, Text("onboarding-privacy-notice"))
    finally:
        await app.close()
