"""The immunization and check-up plan of one child: what is done, due, overdue, waiting or still to come.

Plans use the chronological age only, never the corrected age: the Serbian calendar vaccinates children born
early by their birth date. Ages come from the schedule (``bot.core.library``) as :class:`~bot.core.age.Age`:
calendar months and years where the calendar says so, days otherwise.

A dose follows the dose before it in its series (the previous dose of the same vaccine in schedule order):

- when the previous dose is recorded on day P, the window opens at the later of its own start and
  P + ``min_interval_from_previous_days``; the recommended day moves the same way, and the window ends no
  earlier than it would have, nor earlier than the moved recommended day plus the window's usual length
  after it. A record without a known date counts as given on its own recommended day (or the day it was
  recorded, if earlier). A maternity-ward dose without a record counts as given at birth.
- when the previous dose is neither recorded nor a maternity-ward dose, the dose is ``WAITING``: first the
  dose before it. This is also the catch-up rule: a child enrolled late gets the first open dose of every
  series now, and each later dose only after the one before it, spaced by the interval.

Statuses of a dose without a record, on ``today``:

- ``UPCOMING`` before the window starts, ``DUE`` from its start to its end (both included), ``OVERDUE`` after;
- ``WAITING`` from the window start while the dose before it is open (before that: ``UPCOMING``, with
  ``previous_open`` set); ``AT_BIRTH`` for doses given in the maternity ward (BCG, hepatitis B 1) whatever the
  day: the parent is asked to check the discharge papers or the vaccination card rather than told it is late.

A dose with a record is ``DONE``. Visits are not recorded, so they are only ``UPCOMING``, ``DUE`` or
``OVERDUE`` (a visit whose window has passed); the caller decides which of them to show.
``verified`` false items keep their status: the callers never state them as certain (see ``certain``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Protocol, TypeVar

from bot.core.family import VaccinationRecord
from bot.core.library import Dose, Visit

MATERNITY_WARD = "porodiliste"


class Status(StrEnum):
    DONE = "done"
    DUE = "due"
    OVERDUE = "overdue"
    UPCOMING = "upcoming"
    WAITING = "waiting"  # the previous dose of the series is not recorded yet
    AT_BIRTH = "at_birth"


OPEN = frozenset({Status.DUE, Status.OVERDUE})  # what a parent can mark as given now


@dataclass(frozen=True)
class PlanItem:
    dose: Dose
    status: Status
    due_on: date  # the recommended day (moved by the interval after the previous dose)
    window_start: date
    window_end: date  # inclusive
    given_on: date | None  # set when DONE
    date_known: bool = True  # False for a DONE dose recorded without its date
    after: Dose | None = None  # the dose before it in its series
    previous_open: bool = False  # the dose before it is neither recorded nor given in the maternity ward

    @property
    def certain(self) -> bool:
        """False for a dose the data marks ``verified: false``: never stated as certain."""
        return self.dose.verified


@dataclass(frozen=True)
class VisitItem:
    visit: Visit
    status: Status
    due_on: date
    window_start: date
    window_end: date  # inclusive


class _HasStatus(Protocol):
    @property
    def status(self) -> Status: ...


_Item = TypeVar("_Item", bound=_HasStatus)


def previous_doses(doses: Sequence[Dose]) -> dict[str, Dose]:
    """Each dose id -> the dose before it in its series (the same vaccine, earlier in schedule order)."""
    last: dict[str, Dose] = {}
    before: dict[str, Dose] = {}
    for dose in doses:
        if dose.vaccine in last:
            before[dose.id] = last[dose.vaccine]
        last[dose.vaccine] = dose
    return before


def vaccine_plan(
    birth: date, today: date, doses: Sequence[Dose], records: Iterable[VaccinationRecord]
) -> list[PlanItem]:
    """Every dose of ``doses`` with its status on ``today``, sorted by due date, then schedule order.

    ``records`` are the child's vaccination records; a record for a dose id not in ``doses`` is ignored, and
    when a dose was recorded twice the earliest date counts.
    """
    given: dict[str, VaccinationRecord] = {}
    for record in records:
        earlier = given.get(record.dose_id)
        if earlier is None or record.given_on < earlier.given_on:
            given[record.dose_id] = record
    before = previous_doses(doses)
    planned: dict[str, PlanItem] = {}
    for dose in doses:  # schedule order: the dose before is always planned first
        previous = before.get(dose.id)
        planned[dose.id] = _plan_item(birth, today, dose, given.get(dose.id),
                                      planned[previous.id] if previous is not None else None)
    return sorted(planned.values(), key=lambda item: item.due_on)  # stable: ties keep schedule order


def checkup_plan(birth: date, today: date, visits: Sequence[Visit]) -> list[VisitItem]:
    """Every visit of ``visits`` with its status on ``today``, sorted by due date, then schedule order."""
    items = []
    for visit in visits:
        start, end = visit.start_age.on(birth), visit.end_age.on(birth)
        status = _window_status(today, start, end)
        items.append(VisitItem(visit, status, visit.age.on(birth), start, end))
    return sorted(items, key=lambda item: item.due_on)


def summary(items: Iterable[_Item]) -> dict[Status, list[_Item]]:
    """Items grouped by status, every status present (possibly empty), each group in the given order."""
    groups: dict[Status, list[_Item]] = {status: [] for status in Status}
    for item in items:
        groups[item.status].append(item)
    return groups


def counts_as_late(item: PlanItem, today: date) -> bool:
    """For counts of overdue doses (work list, reports): past its window without a record, waiting or not,
    and confirmed by the data (a ``verified: false`` dose is not certain to be needed)."""
    late = item.status is Status.OVERDUE or (item.status is Status.WAITING and item.window_end < today)
    return late and item.certain


def given_day(item: PlanItem, birth: date) -> date | None:
    """The day a dose counts as given for the next dose's interval, or None if it does not count yet."""
    if item.status is Status.AT_BIRTH:
        return birth
    if item.status is not Status.DONE or item.given_on is None:
        return None
    return item.given_on if item.date_known else min(item.given_on, item.due_on)


def _plan_item(birth: date, today: date, dose: Dose, record: VaccinationRecord | None,
               previous: PlanItem | None) -> PlanItem:
    start, due, end = dose.start_age.on(birth), dose.recommended_age.on(birth), dose.latest_age.on(birth)
    after = previous.dose if previous is not None else None
    since = given_day(previous, birth) if previous is not None else None
    if since is not None:
        earliest = since + timedelta(days=dose.min_interval_from_previous_days or 0)
        moved = max(due, earliest)
        start, due, end = max(start, earliest), moved, max(end, moved + (end - due))
    if record is not None:
        return PlanItem(dose, Status.DONE, due, start, end, record.given_on, record.date_known, after)
    previous_open = previous is not None and since is None
    status = _window_status(today, start, end)
    if dose.place == MATERNITY_WARD:
        status = Status.AT_BIRTH
    elif previous_open and status is not Status.UPCOMING:
        status = Status.WAITING
    return PlanItem(dose, status, due, start, end, None, True, after, previous_open)


def _window_status(today: date, start: date, end: date) -> Status:
    if today < start:
        return Status.UPCOMING
    if today <= end:
        return Status.DUE
    return Status.OVERDUE
