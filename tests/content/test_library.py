"""The shipped tip library and milestone notes: the whole age range is covered, the grid of weekly,
half-monthly and monthly tips holds, the five nurturing-care topics are spread, and every text is short.

The texts are formatted through the real translator, in every locale, so what is measured is what a parent reads.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import pairwise
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast

from bot.catalog.tips import load_milestones, load_tips
from bot.core.library import TOPICS, Milestone, TipEntry
from bot.core.messages import LOCALES, Text
from bot.i18n import Translator

CONTENT = Path(__file__).resolve().parents[2] / "content"
LAST_DAY = 2190  # 6 years
MAX_CHARACTERS = 600
TOPIC_BOUNDS = (18, 35)
CHECKPOINTS = (2, 4, 6, 9, 12, 15, 18, 24, 30, 36, 48, 60)  # CDC, shared/domain/nurturing_care.md
WEEKLY = re.compile(r"tip-w(?P<week>\d\d)-[a-z0-9-]+\Z")
HALF_MONTHLY = re.compile(r"tip-m(?P<month>1[2-9]|2[0-3])(?P<half>[ab])-[a-z0-9-]+\Z")
MONTHLY = re.compile(r"tip-m(?P<month>2[4-9]|[3-6]\d|7[01])-[a-z0-9-]+\Z")
EXTRA = re.compile(r"tip-x-[a-z0-9-]+\Z")
FILES = {"tips": ("tips.ftl", "tips-care.ftl", "tips-preschool.ftl"), "milestones": ("milestones.ftl",)}


@cache
def tips() -> tuple[TipEntry, ...]:
    return load_tips(CONTENT / "data" / "tips.yaml")


@cache
def milestones() -> tuple[Milestone, ...]:
    return load_milestones(CONTENT / "data" / "milestones.yaml")


@cache
def translator() -> Translator:
    return Translator.from_directory(CONTENT, strict=True)


def chain() -> list[TipEntry]:
    """The weekly chain: every tip but the extra ones."""
    return [tip for tip in tips() if not tip.extra]


def of_kind(pattern: re.Pattern[str]) -> list[TipEntry]:
    return [tip for tip in chain() if pattern.match(tip.id)]


def contiguous(entries: list[TipEntry]) -> bool:
    """Each window starts the day after the previous one ends."""
    return all(later.start_days == earlier.end_days + 1 for earlier, later in pairwise(entries))


def test_every_day_from_birth_to_six_years_has_a_tip():
    covered = {day for tip in chain() for day in range(tip.start_days, tip.end_days + 1)}
    missing = sorted(set(range(LAST_DAY + 1)) - covered)
    assert not missing, f"days without a tip: {missing[:20]}"
    assert max(tip.end_days for tip in tips()) == LAST_DAY


def test_every_tip_id_follows_the_weekly_half_monthly_or_monthly_scheme():
    odd = [tip.id for tip in chain() if not any(p.match(tip.id) for p in (WEEKLY, HALF_MONTHLY, MONTHLY))]
    assert not odd


def test_extra_tips_and_only_they_are_named_tip_x_and_only_they_have_a_season():
    assert [tip.id for tip in tips() if tip.extra and not EXTRA.match(tip.id)] == []
    assert [tip.id for tip in chain() if EXTRA.match(tip.id) or tip.months] == []


def test_the_first_year_has_one_tip_per_week():
    weekly = of_kind(WEEKLY)
    assert [int(WEEKLY.match(tip.id)["week"]) for tip in weekly] == list(range(53))
    assert [(tip.start_days, tip.end_days) for tip in weekly] == [(7 * w, 7 * w + 6) for w in range(53)]


def test_the_second_year_has_one_tip_per_half_month_without_gaps():
    half_monthly = of_kind(HALF_MONTHLY)
    assert [HALF_MONTHLY.match(tip.id).group("month", "half") for tip in half_monthly] == [
        (str(month), half) for month in range(12, 24) for half in "ab"
    ]
    assert half_monthly[0].start_days == 366 and half_monthly[-1].end_days == 730
    assert contiguous(half_monthly)
    assert all(14 <= tip.end_days - tip.start_days + 1 <= 16 for tip in half_monthly)


def test_years_three_to_six_have_one_tip_per_month_without_gaps():
    monthly = of_kind(MONTHLY)
    assert [int(MONTHLY.match(tip.id)["month"]) for tip in monthly] == list(range(24, 72))
    assert monthly[0].start_days == 731 and monthly[-1].end_days == LAST_DAY
    assert contiguous(monthly)
    assert all(29 <= tip.end_days - tip.start_days + 1 <= 32 for tip in monthly)


def test_each_nurturing_care_topic_is_covered_within_bounds():
    counts = Counter(tip.topic for tip in tips())
    low, high = TOPIC_BOUNDS
    assert {topic: counts[topic] for topic in TOPICS if not low <= counts[topic] <= high} == {}


def test_there_is_a_milestone_note_at_every_cdc_checkpoint():
    assert tuple(milestone.months for milestone in milestones()) == CHECKPOINTS
    for milestone in milestones():
        checkpoint = round(milestone.months * 365.25 / 12)
        assert abs(milestone.start_days - checkpoint) <= 1, milestone.id
        assert milestone.end_days - milestone.start_days == 14, milestone.id


@cache
def messages(folder: str, kind: str) -> dict[str, ast.Message]:
    found: dict[str, ast.Message] = {}
    for name in FILES[kind]:
        resource = FluentParser().parse((CONTENT / folder / name).read_text(encoding="utf-8"))
        found |= {entry.id.name: entry for entry in resource.body if isinstance(entry, ast.Message)}
    return found


def library_ids() -> list[tuple[str, str]]:
    return [("tips", tip.id) for tip in tips()] + [("milestones", m.id) for m in milestones()]


@pytest.mark.parametrize("folder", ["sr", "en", "rom"])
def test_every_tip_and_note_is_plain_text_in_every_language(folder):
    """Every entry has its own text in each language: no fallback, no placeholder, no attribute."""
    problems = []
    for kind, msg_id in library_ids():
        found = messages(folder, kind).get(msg_id)
        if found is None:
            problems.append(f"{folder}/{'|'.join(FILES[kind])}: {msg_id} is missing")
        elif found.attributes or not all(isinstance(e, ast.TextElement) for e in found.value.elements):
            problems.append(f"{folder}/{'|'.join(FILES[kind])}: {msg_id} is not plain text")
    assert not problems


@pytest.mark.parametrize("locale", LOCALES)
def test_every_tip_and_note_is_at_most_600_characters(locale):
    lengths = {msg_id: len(translator().format(locale, Text(msg_id))) for _, msg_id in library_ids()}
    assert {msg_id: n for msg_id, n in lengths.items() if n > MAX_CHARACTERS} == {}
    assert min(lengths.values()) > 100  # a real tip, not a stub


@pytest.mark.parametrize("name", [name for names in FILES.values() for name in names])
def test_romani_files_are_marked_as_drafts(name):
    first_line = (CONTENT / "rom" / name).read_text(encoding="utf-8").splitlines()[0]
    assert first_line == "### Romani draft: awaiting review by a native speaker"
