"""The immunization and check-up plan of one child: what is done, due, overdue or still to come.

Plans use the chronological age only, never the corrected age: the Serbian calendar vaccinates children born
early by their birth date. Every date is the birth date plus a number of days from the schedule
(``bot.core.library``).

Statuses of a dose without a record, on ``today``:

- ``UPCOMING`` before the window starts,
- ``DUE`` from the window start to the window end, both days included,
- ``OVERDUE`` from the day after the window end,
- ``AT_BIRTH`` for doses given in the maternity ward (BCG, hepatitis B 1) whatever the day: the parent is
  asked to check the discharge papers or the vaccination card rather than told the dose is late.

A dose with a record is ``DONE``. Visits are not recorded, so they are only ``UPCOMING``, ``DUE`` or
``OVERDUE`` (a visit whose window has passed); the caller decides which of them to show.
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
    AT_BIRTH = "at_birth"


@dataclass(frozen=True)
class PlanItem:
    dose: Dose
    status: Status
    due_on: date  # the recommended day
    window_start: date
    window_end: date  # inclusive
    given_on: date | None  # set when DONE


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


def vaccine_plan(
    birth: date, today: date, doses: Sequence[Dose], records: Iterable[VaccinationRecord]
) -> list[PlanItem]:
    """Every dose of ``doses`` with its status on ``today``, sorted by due date, then schedule order.

    ``records`` are the child's vaccination records; a record for a dose id not in ``doses`` is ignored, and
    when a dose was recorded twice the earliest date counts.
    """
    given: dict[str, date] = {}
    for record in records:
        earlier = given.get(record.dose_id)
        if earlier is None or record.given_on < earlier:
            given[record.dose_id] = record.given_on
    items = [_plan_item(birth, today, dose, given.get(dose.id)) for dose in doses]
    return sorted(items, key=lambda item: item.due_on)  # stable: ties keep schedule order


def checkup_plan(birth: date, today: date, visits: Sequence[Visit]) -> list[VisitItem]:
    """Every visit of ``visits`` with its status on ``today``, sorted by due date, then schedule order."""
    items = []
    for visit in visits:
        start = _day(birth, visit.start_days)
        end = _day(birth, visit.end_days)
        status = _window_status(today, start, end)
        items.append(VisitItem(visit, status, _day(birth, visit.age_days), start, end))
    return sorted(items, key=lambda item: item.due_on)


def summary(items: Iterable[_Item]) -> dict[Status, list[_Item]]:
    """Items grouped by status, every status present (possibly empty), each group in the given order."""
    groups: dict[Status, list[_Item]] = {status: [] for status in Status}
    for item in items:
        groups[item.status].append(item)
    return groups


def _plan_item(birth: date, today: date, dose: Dose, given_on: date | None) -> PlanItem:
    start = _day(birth, dose.start_days)
    end = _day(birth, dose.latest_days)
    if given_on is not None:
        status = Status.DONE
    elif dose.place == MATERNITY_WARD:
        status = Status.AT_BIRTH
    else:
        status = _window_status(today, start, end)
    return PlanItem(dose, status, _day(birth, dose.recommended_age_days), start, end, given_on)


def _window_status(today: date, start: date, end: date) -> Status:
    if today < start:
        return Status.UPCOMING
    if today <= end:
        return Status.DUE
    return Status.OVERDUE


def _day(birth: date, days: int) -> date:
    return birth + timedelta(days=days)
