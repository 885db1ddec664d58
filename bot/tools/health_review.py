"""The health texts a doctor signs off: every tip, milestone note, milestone check-in (its questions, play ideas
and the act-early message) and "My child is ill" topic, with its
sources (content/data/sources.yaml) and medical review state; the content check's source rules and the
summary ``cavororo content coverage`` prints.

A text without sources is a warning (``content check --strict`` fails on it); a source id that sources.yaml
does not define is an error. A content directory without data/sources.yaml (the tools' small fixtures) is not
held to these rules. Nothing here marks anything reviewed: ``reviewed-by`` and ``reviewed-on`` are
written in the data files by hand, after a doctor has read the text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.catalog.sources import Source, load_sources
from bot.core.library import CHRONOLOGICAL, Library, Review
from bot.tools import Problem
from bot.tools.catalog_refs import DATA_FILES, EntryPositions

SOURCES_FILE = "sources.yaml"
ACT_EARLY_MESSAGE = "checkin-act-early"  # what a parent reads after an act-early answer (bot.core.checkin_dialog)
KINDS = ("tip", "milestone", "checkin", "illness")


@dataclass(frozen=True)
class HealthText:
    """One text to review: what it is, for which ages (days), and where it comes from."""

    kind: str  # "tip", "milestone", "checkin" or "illness"
    list_key: str  # the list in its data file (DATA_FILES)
    id: str  # the entry id (a tip's or note's message id; an illness topic's id)
    messages: tuple[str, ...]  # the Fluent messages it consists of
    start_days: int
    end_days: int | None
    review: Review
    age_basis: str = "corrected"
    months: tuple[int, ...] = ()

    @property
    def reviewed(self) -> bool:
        return self.review.by is not None


def health_texts(library: Library) -> list[HealthText]:
    """Every health text, by age (window start), then kind and id."""
    texts = [HealthText("tip", "tips", tip.id, (tip.id,), tip.start_days, tip.end_days, tip.review, tip.age,
                        tip.months) for tip in library.tips]
    texts += [HealthText("milestone", "milestones", m.id, (m.id,), m.start_days, m.end_days, m.review)
              for m in library.milestones]
    for index, checkpoint in enumerate(library.checkpoints):  # one text per check-in: its sources are the entry's
        after = library.checkpoints[index + 1].start_days - 1 if index + 1 < len(library.checkpoints) else None
        words = [f"checkin-q-{q.id}" for q in checkpoint.questions]
        words += [f"checkin-play-{q.id}" for q in checkpoint.questions if not q.act_early]
        if any(q.act_early for q in checkpoint.questions):
            words.append(ACT_EARLY_MESSAGE)
        texts.append(HealthText("checkin", "checkins", checkpoint.id or f"checkin-{checkpoint.months}m",
                                tuple(words), checkpoint.start_days, after, checkpoint.review))
    for topic in library.illness:
        messages = tuple(dict.fromkeys(text.id for text in topic.texts))
        texts.append(HealthText("illness", "topics", topic.id, messages, 0, None, topic.review, CHRONOLOGICAL))
    return sorted(texts, key=lambda t: (t.start_days, t.kind, t.id))


def check_health_sources(root: Path, library: Library) -> list[Problem]:
    """The source rules, for a content directory that defines its sources (data/sources.yaml: the shipped
    content does, and tests/tools/test_health_review.py holds it to that)."""
    data = root / "data"
    if not (data / SOURCES_FILE).is_file():
        return []
    sources = load_sources(data / SOURCES_FILE)
    positions = {key: EntryPositions(data / name, key) for key, name in DATA_FILES.items()}
    problems: list[Problem] = []
    for text in health_texts(library):
        path = data / DATA_FILES[text.list_key]
        line, column = positions[text.list_key].get(text.id)
        if not text.review.sources:
            problems.append(Problem(path, line, column, "warning",
                                    f"{text.id} names no source: add 'sources' (ids of data/{SOURCES_FILE})"))
        unknown = [s for s in text.review.sources if s not in sources]
        if unknown:
            problems.append(Problem(path, line, column, "error",
                                    f"{text.id} names source(s) data/{SOURCES_FILE} does not define: "
                                    f"{', '.join(unknown)}"))
    return problems


@dataclass(frozen=True)
class ReviewSummary:
    kind: str
    texts: int
    with_sources: int
    reviewed: int
    awaiting_ids: tuple[str, ...]
    unsourced_ids: tuple[str, ...]


def review_summary(library: Library) -> list[ReviewSummary]:
    texts = health_texts(library)
    rows = []
    for kind in KINDS:
        mine = [t for t in texts if t.kind == kind]
        rows.append(ReviewSummary(
            kind, len(mine), sum(bool(t.review.sources) for t in mine), sum(t.reviewed for t in mine),
            tuple(t.id for t in mine if not t.reviewed), tuple(t.id for t in mine if not t.review.sources)))
    return rows


def format_review_summary(rows: list[ReviewSummary], *, listing: bool = False) -> str:
    out = ["Health texts: sources and medical review",
           "kind       texts  with sources  reviewed  awaiting medical review"]
    for row in rows:
        out.append(f"{row.kind:<9}  {row.texts:>5}  {row.with_sources:>12}  {row.reviewed:>8}  "
                   f"{row.texts - row.reviewed:>23}")
    for row in rows if listing else ():
        out += [f"  {row.kind} without sources: {text_id}" for text_id in row.unsourced_ids]
        out += [f"  {row.kind} awaiting medical review: {text_id}" for text_id in row.awaiting_ids]
    return "\n".join(out) + "\n"


def sources_of(root: Path) -> dict[str, Source]:
    return load_sources(root / "data" / SOURCES_FILE)


def review_line(review: Review) -> str:
    """The review state in plain words, the same in the coverage and the reviewer's pack."""
    if review.by is None:
        return "awaiting medical review"
    when = review.on.isoformat() if isinstance(review.on, date) else "?"
    return f"reviewed by {review.by} on {when}"
