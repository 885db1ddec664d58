"""Milestone check-ins (issue 19): which check-in is due for a child, re-checks after "Not yet", and the
"act early" decisions. Pure: the dialog (bot.core.checkin_dialog) and the weekly message (scheduler/compose.py)
decide with these functions; storage keeps the answers and one status per child and checkpoint.

Rules:

- The check-in of a checkpoint (2, 4, ... 60 months, content/data/milestones.yaml ``checkins``) is due from the
  child's corrected age ``start_days`` until the next checkpoint starts (the last one until 6 years). Corrected
  age is used until 2 years (bot.core.age.corrected_age_days), as for the tips.
- A status per checkpoint changes that: ``done`` and ``skipped`` end it; ``postponed`` ("ask me next week") and
  ``recheck`` (after an ordinary "Not yet") make it due again from ``not_before`` on.
- A re-check asks again only the questions last answered "Not yet" or "Not sure", 2-4 weeks later
  (RECHECK_DAYS). A "Not yet" in a re-check is an act-early answer: the skill did not come in the weeks since.
- An act-early sign (``act_early: true`` in the data, e.g. no smile at 2 months, no words at 15-18 months, and the
  "lost skills" question asked at every age) answered with one of ``Library.act_early_answers`` ("Not yet",
  "Not sure") suggests a check at the development counselling service.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.core.library import CheckinQuestion, Checkpoint

YES, NOT_YET, NOT_SURE = "yes", "not_yet", "not_sure"
ANSWERS: tuple[str, ...] = (YES, NOT_YET, NOT_SURE)
CODES: Mapping[str, str] = {"y": YES, "n": NOT_YET, "u": NOT_SURE}  # the answer in button data (short)
DONE, SKIPPED, POSTPONED, RECHECK = "done", "skipped", "postponed", "recheck"
STATES: tuple[str, ...] = (DONE, SKIPPED, POSTPONED, RECHECK)
POSTPONE_DAYS = 7  # "ask me next week"
RECHECK_DAYS = 21  # a gentle re-check 2-4 weeks after "Not yet" (3 weeks: inside that range)
LAST_AGE_DAYS = 2191  # the programme ends at 6 years: no check-in from then on
LOST_SKILLS = "lost-skills"  # the question asked at every checkpoint (loss of skills is an act-early sign)


@dataclass(frozen=True)
class CheckinStatus:
    """Where one child's check-in of one checkpoint stands."""

    months: int
    state: str  # one of STATES
    not_before: date | None = None  # postponed / recheck: due again from this day
    act_early: bool = False  # an act-early answer was given
    told_at: datetime | None = None  # the parent agreed to tell the mediator (the notice was written)
    handled_at: datetime | None = None  # the mediator marked it handled


@dataclass(frozen=True)
class CheckinAnswer:
    """One answer, kept with the day and the child's (corrected) age in days when it was given."""

    months: int
    question: str
    answer: str  # one of ANSWERS
    answered_on: date
    age_days: int
    recheck: bool = False


@dataclass(frozen=True)
class Due:
    checkpoint: Checkpoint
    recheck: bool = False


def current_checkpoint(checkpoints: Sequence[Checkpoint], age_days: int) -> Checkpoint | None:
    """The latest checkpoint the (corrected) age has reached; None before the first one and from 6 years on."""
    if age_days >= LAST_AGE_DAYS:
        return None
    reached = [c for c in checkpoints if c.start_days <= age_days]
    return max(reached, key=lambda c: c.start_days) if reached else None


def next_checkpoint(checkpoints: Sequence[Checkpoint], age_days: int) -> Checkpoint | None:
    """The first checkpoint still ahead of this age."""
    ahead = [c for c in checkpoints if c.start_days > age_days]
    return min(ahead, key=lambda c: c.start_days) if ahead else None


def due(checkpoints: Sequence[Checkpoint], age_days: int, statuses: Mapping[int, CheckinStatus],
        today: date) -> Due | None:
    """The check-in to offer now (in the weekly message), or None."""
    checkpoint = current_checkpoint(checkpoints, age_days)
    if checkpoint is None:
        return None
    status = statuses.get(checkpoint.months)
    if status is None:
        return Due(checkpoint)
    if status.state in (DONE, SKIPPED):
        return None
    if status.not_before is not None and status.not_before > today:
        return None
    return Due(checkpoint, recheck=status.state == RECHECK)


def latest_answers(answers: Sequence[CheckinAnswer], months: int) -> dict[str, str]:
    """Question id -> the latest answer given at this checkpoint (answers in the order they were given)."""
    latest: dict[str, str] = {}
    for answer in answers:
        if answer.months == months:
            latest[answer.question] = answer.answer
    return latest


def questions_for(found: Due, answers: Sequence[CheckinAnswer]) -> tuple[CheckinQuestion, ...]:
    """The questions to ask: all of them, or in a re-check those last answered "Not yet" / "Not sure" (all of
    them again if none is left, e.g. the answers were erased)."""
    questions = found.checkpoint.questions
    if not found.recheck:
        return questions
    latest = latest_answers(answers, found.checkpoint.months)
    open_ones = tuple(q for q in questions if latest.get(q.id) in (NOT_YET, NOT_SURE))
    return open_ones or questions


def is_act_early(question: CheckinQuestion, answer: str, *, recheck: bool,
                 act_early_answers: Collection[str]) -> bool:
    """Does this answer suggest a check? An act-early sign answered as the data says, or a "Not yet" that a
    re-check found again."""
    if question.act_early and answer in act_early_answers:
        return True
    return recheck and answer == NOT_YET


def needs_play_idea(question: CheckinQuestion, answer: str) -> bool:
    """An ordinary milestone answered "Not yet": a play idea for that skill (the lost-skills question has none)."""
    return answer == NOT_YET and not question.act_early


def outcome(months: int, given: Sequence[tuple[CheckinQuestion, str]], *, recheck: bool,
            act_early_answers: Collection[str], today: date) -> CheckinStatus:
    """The status after a finished check-in: act early (the check is suggested; no re-check), a re-check in
    RECHECK_DAYS when something is "Not yet" / "Not sure", or done."""
    act_early = any(is_act_early(q, a, recheck=recheck, act_early_answers=act_early_answers) for q, a in given)
    if act_early:
        return CheckinStatus(months, DONE, None, act_early=True)
    if any(a in (NOT_YET, NOT_SURE) for _, a in given):
        return CheckinStatus(months, RECHECK, today + timedelta(days=RECHECK_DAYS))
    return CheckinStatus(months, DONE)


def postponed(months: int, today: date) -> CheckinStatus:
    return CheckinStatus(months, POSTPONED, today + timedelta(days=POSTPONE_DAYS))


@dataclass(frozen=True)
class HistoryLine:
    months: int
    question: str
    answer: str
    answered_on: date


def history(checkpoints: Sequence[Checkpoint], answers: Sequence[CheckinAnswer]) -> list[HistoryLine]:
    """The latest answer to every question answered, by checkpoint age, in the data's question order."""
    order = {(c.months, q.id): (c.start_days, i) for c in checkpoints for i, q in enumerate(c.questions)}
    latest: dict[tuple[int, str], CheckinAnswer] = {}
    for answer in answers:
        latest[(answer.months, answer.question)] = answer
    known = [a for key, a in latest.items() if key in order]
    known.sort(key=lambda a: order[(a.months, a.question)])
    return [HistoryLine(a.months, a.question, a.answer, a.answered_on) for a in known]


def open_act_early(statuses: Sequence[CheckinStatus]) -> int:
    """How many act-early check-ins the parent told the mediator about and she has not marked handled."""
    return sum(1 for s in statuses if s.told_at is not None and s.handled_at is None)
