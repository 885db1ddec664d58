"""The milestone check-ins of ``milestones.yaml`` (issue 19): ``checkins`` (``id``, ``months``, ``start``: the
corrected age in days from which it is offered, ``questions``: ``{id, act_early, media}``, review fields),
``every_checkin`` (questions asked at the end of every check-in: lost skills) and ``act_early_answers`` (which
answers to an act-early sign suggest a check). No ``checkins`` key: no check-ins."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath

from bot.catalog.reader import NOTES, CatalogError, Entry, read
from bot.catalog.sources import REVIEW_FIELDS, review_of
from bot.core.checkins import ANSWERS, YES
from bot.core.library import CheckinQuestion, Checkpoint

_FIELDS = {"id", "months", "start", "questions"} | REVIEW_FIELDS | NOTES
_QUESTION_FIELDS = {"id", "act_early", "media"} | NOTES
QUESTION_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")  # inside Fluent ids: checkin-q-<id>
TOP_KEYS = ("checkins", "every_checkin", "act_early_answers")


def load_checkins(path: Path) -> tuple[tuple[Checkpoint, ...], frozenset[str]]:
    """The checkpoints by age, and the answers to an act-early sign that suggest a check."""
    if not path.is_file():
        return (), frozenset()
    top, _ = read(path, "milestones", (), TOP_KEYS)
    if "checkins" not in top.raw:
        return (), frozenset()
    answers = top.keys("act_early_answers", pattern=None) or ("not_yet", "not_sure")
    if any(a not in ANSWERS or a == YES for a in answers):
        top.fail(f"field 'act_early_answers' must list not_yet and/or not_sure, not {list(answers)!r}")
    always = tuple(_question(q) for q in _questions(top, "every_checkin", optional=True))
    checkpoints: list[Checkpoint] = []
    seen: set[str] = {q.id for q in always}
    for number, raw in enumerate(top.value("checkins", list, "a list"), 1):
        if not isinstance(raw, dict):
            raise CatalogError(path, f"checkin #{number} must be a mapping")
        entry = Entry(path, raw, f"checkin {raw.get('id', number)!r}", _FIELDS)
        months = entry.value("months", int, "a whole number of months")
        start = entry.days("start")
        if not 0 < months <= 72:
            entry.fail(f"field 'months' must be a checkpoint from 1 to 72, not {months}")
        questions = tuple(_question(q) for q in _questions(entry, "questions"))
        if not 3 <= len(questions) <= 6:
            entry.fail(f"a check-in asks 3 to 6 questions (besides every_checkin), not {len(questions)}")
        for question in questions:
            if question.id in seen:
                entry.fail(f"question {question.id!r} appears twice")
            seen.add(question.id)
        checkpoints.append(Checkpoint(months, start, questions + always, review_of(entry),
                                      str(raw.get("id") or f"checkin-{months}m")))
    checkpoints.sort(key=lambda c: c.start_days)
    if len({c.start_days for c in checkpoints}) != len(checkpoints):
        top.fail("two check-ins start on the same day")
    return tuple(checkpoints), frozenset(answers)


def _questions(entry: Entry, key: str, *, optional: bool = False) -> list[Entry]:
    items = entry.value(key, list, "a list of questions", optional=optional) or []
    result = []
    for number, raw in enumerate(items, 1):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not QUESTION_ID.match(raw["id"]):
            entry.fail(f"{key} #{number} must be a mapping with an 'id' like '2m-smiles'")
        result.append(Entry(entry.path, raw, f"{entry.label}, question {raw['id']!r}", _QUESTION_FIELDS))
    return result


def _question(entry: Entry) -> CheckinQuestion:
    act_early = entry.value("act_early", bool, "true or false", optional=True) or False
    media = entry.text("media", optional=True)
    if media is not None:
        parts = PurePosixPath(media).parts
        if not parts or media.startswith("/") or ".." in parts:
            entry.fail(f"media {media!r} must be a path inside content/media/")
    return CheckinQuestion(entry.raw["id"], act_early, media)
