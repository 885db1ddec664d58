"""A mediator's work list: which of her families need her, and in what order.

Reasons, most urgent first:

- ``help``: the family pressed "I need my mediator" and she has not marked it handled;
- ``act_early``: a milestone check-in suggested a development check and the parent agreed to tell her (until
  she marks the family's help handled);
- ``overdue``: a child has a vaccine dose whose window has closed without a record (doses given in the
  maternity ward are never counted: their records are on the discharge papers; a dose waiting for the dose
  before it counts once its own window has closed; a dose the data does not confirm, ``verified: false``,
  never counts: it is not certain the child needs it);
- ``not_yet``: the family answered "Not yet" at least twice to the same reminder;
- ``unreachable``: every chat of the family blocked the bot or unsubscribed;
- ``not_opened``: nobody opened the family's invitation within a day of the enrolment.

Families are sorted by their most urgent reason, then by how many reasons they have, then by the longest
overdue dose, then by family id (stable for the same data).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.core.library import Dose
from bot.core.mediation import FamilyFacts
from bot.core.schedule import counts_as_late, vaccine_plan

HELP = "help"
ACT_EARLY = "act_early"
OVERDUE = "overdue"
NOT_YET = "not_yet"
UNREACHABLE = "unreachable"
NOT_OPENED = "not_opened"
REASONS: tuple[str, ...] = (HELP, ACT_EARLY, OVERDUE, NOT_YET, UNREACHABLE, NOT_OPENED)  # most urgent first
OPENING_GRACE = timedelta(days=1)


@dataclass(frozen=True)
class Assessment:
    facts: FamilyFacts
    reasons: tuple[str, ...]  # in REASONS order
    overdue_days: int  # days since the window of the longest overdue dose closed (0 if none)
    overdue_doses: int

    @property
    def family_id(self) -> int:
        return self.facts.profile.family_id

    @property
    def status(self) -> str:
        """The most urgent reason, or "ok"."""
        return self.reasons[0] if self.reasons else "ok"


def assess(facts: FamilyFacts, today: date, now: datetime, doses: Sequence[Dose]) -> Assessment:
    reasons: set[str] = set()
    if facts.profile.help_requested_at is not None:
        reasons.add(HELP)
    if facts.act_early:
        reasons.add(ACT_EARLY)
    overdue_days, overdue_doses = _overdue(facts, today, doses)
    if overdue_doses:
        reasons.add(OVERDUE)
    if facts.not_yet_twice:
        reasons.add(NOT_YET)
    if facts.chats_active and not any(facts.chats_active):
        reasons.add(UNREACHABLE)
    enrolled = facts.profile.enrolled_at
    if not facts.chats_active and (enrolled is None or now - enrolled >= OPENING_GRACE):
        reasons.add(NOT_OPENED)
    ordered = tuple(reason for reason in REASONS if reason in reasons)
    return Assessment(facts, ordered, overdue_days, overdue_doses)


def _overdue(facts: FamilyFacts, today: date, doses: Sequence[Dose]) -> tuple[int, int]:
    longest, count = 0, 0
    for child in facts.children:
        records = facts.records.get(child.id, ()) if child.id is not None else ()
        for item in vaccine_plan(child.birth_date, today, doses, records):
            if counts_as_late(item, today):
                count += 1
                longest = max(longest, (today - item.window_end).days)
    return longest, count


def urgency(assessment: Assessment) -> tuple[int, int, int, int]:
    first = REASONS.index(assessment.reasons[0]) if assessment.reasons else len(REASONS)
    return first, -len(assessment.reasons), -assessment.overdue_days, assessment.family_id


def work_list(caseload: Iterable[FamilyFacts], today: date, now: datetime,
              doses: Sequence[Dose]) -> list[Assessment]:
    """The families that need the mediator, most urgent first."""
    assessed = (assess(facts, today, now, doses) for facts in caseload)
    return sorted((a for a in assessed if a.reasons), key=urgency)
