"""The editors' tools on the shipped content/: it passes the check, previews cleanly, and nothing is missing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.core.age import corrected_age_days
from bot.core.messages import LOCALES, Text
from bot.core.tips import tips_for_age
from bot.tools.content_check import check_content
from bot.tools.coverage import coverage
from bot.tools.preview import Content, birth_date_for_age, preview

CONTENT = Path(__file__).resolve().parents[2] / "content"
TODAY = date(2026, 11, 22)


@pytest.fixture(scope="module")
def shipped() -> Content:
    return Content.load(CONTENT, show_unreviewed_romani=True)


def test_the_shipped_content_has_no_errors():
    assert [str(problem) for problem in check_content(CONTENT, today=TODAY).errors] == []


def test_serbian_and_english_miss_nothing_and_romani_falls_back_to_nothing_else():
    tables = {table.folder: table.total for table in coverage(CONTENT)}
    assert (tables["sr"].missing, tables["en"].missing) == (0, 0)
    assert tables["sr"].falling_back == tables["en"].falling_back == 0
    assert tables["rom"].translated + tables["rom"].missing == tables["sr"].messages


@pytest.mark.parametrize("age", ["40d", "20w", "9m", "2y", "5y"])
@pytest.mark.parametrize("locale", LOCALES)
async def test_a_preview_of_the_shipped_content_gives_the_tip_of_the_age_and_no_holes(shipped, locale, age):
    born = birth_date_for_age(age, TODAY)
    result = await preview(shipped, locale, born, TODAY)
    expected = [tip.id for tip in tips_for_age(shipped.library.tips, corrected_age_days(born, TODAY, None),
                                               month=TODAY.month)]
    tips = [s for s in result.sections if s.title.startswith("tip ")]
    assert len(tips) == len(expected) >= 1
    for tip_id, section in zip(expected, tips, strict=True):
        assert section.message.text.endswith(shipped.translator.format(locale, Text(tip_id)))
    assert [f for s in result.sections for f in s.fallbacks if f.reason == "exists in no language"] == []
    assert result.sections[-1].title == "vaccines and check-ups"
