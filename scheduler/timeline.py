"""What a child's reminders are, as plain values: schedule items with their stages, fingerprints and keys.

Pure (no I/O): the planner (``scheduler/planner.py``) turns these into outbox rows, in bulk in SQL or one
child at a time, and the preview shows them all. Both paths build keys here, so they always agree.

Stages, counted from the recommended day: the birth date plus the item's age (calendar months and years where
the schedule says so; chronological age: the Serbian calendar vaccinates children born early by their birth
date), moved later for a dose whose previous dose was recorded late (``bot.core.schedule``):

- vaccine dose: ``before`` (BEFORE_DAYS before the recommended day), ``on`` (the recommended day), then
  ``followup-1``, ``followup-2``... FOLLOW_UP_OFFSETS days after it, as long as the window is still open;
  doses given in the maternity ward get none (the parent checks the discharge papers instead); doses and
  visits marked ``verified: false`` only with the setting REMIND_UNVERIFIED;
- check-up or visit: ``before`` and ``on``;
- weekly tip (``weekly``): on the family's weekday and hour, the first unseen tip in season for the child's
  age (corrected or chronological, as the tip says: ``bot.core.tips``);
- catch-up (``catchup``): ONE message for a child enrolled late, listing what was missed.

Keys: ``<kind>:<item>:<stage>:<YYYYMMDD>T<HH>:<fingerprint>:<child>`` for doses and visits (the planned local
day and hour), ``tip:<YYYYMMDD>T<HH>:<child>`` for the tip slot, ``catchup:<child>`` for the one catch-up. The
child comes last so that one day's keys are neighbours in the key index: planning a day appends to a few places
of the index instead of touching it all over.
A fingerprint is 31 bits of a hash of an item's timing and the stage rules (POLICY): editing one dose changes
its fingerprint and so its keys, while every other item keeps its own.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from bot.core.age import Age, age_in_days, corrected_age_days
from bot.core.family import VaccinationRecord
from bot.core.library import CHRONOLOGICAL, CORRECTED, Dose, Library, TipEntry
from bot.core.schedule import MATERNITY_WARD, previous_doses, vaccine_plan
from bot.core.tips import extra_weeks, sending_order, sending_rank, tips_for_age

BEFORE_DAYS = 3
FOLLOW_UP_OFFSETS: tuple[int, ...] = (7, 21, 49, 105, 217, 441)  # gaps of 7, 14, 28, 56, 112, 224 days
POLICY = "stages-2"  # change when the stage rules change: every fingerprint changes and everything re-plans

VACCINE, CHECKUP, TIP, CATCHUP = "vaccine", "checkup", "tip", "catchup"
WEEKLY = "weekly"
PLANNED_STAGES = ("before", "on", WEEKLY, CATCHUP)  # plus followup-N: the stages the planner owns


def is_planner_stage(stage: str) -> bool:
    """True for the stages the planner writes (others, like "later-<id>", come from the parent's answers)."""
    return stage in PLANNED_STAGES or stage.startswith("followup-")


def fingerprint(*parts: object) -> int:
    """A stable 31-bit number for ``parts`` (fits a signed INTEGER column on every database)."""
    text = "|".join(str(part) for part in (POLICY, *parts))
    return zlib.crc32(text.encode("utf-8")) & 0x7FFFFFFF


@dataclass(frozen=True)
class Stage:
    name: str
    after_due: int  # days after the item's recommended day (negative: before it)

    def day(self, due: date, end: date) -> date | None:
        """The stage's day for an item due on ``due`` whose window ends on ``end``; None for a follow-up
        that would fall after the window."""
        day = due + timedelta(days=self.after_due)
        return None if self.name.startswith("followup-") and day > end else day


@dataclass(frozen=True)
class ScheduleItem:
    """A dose or a visit with the stages it is reminded at."""

    kind: str  # VACCINE or CHECKUP
    item: str  # dose id or visit id
    due: Age  # the recommended age
    end: Age  # the last day of the window (inclusive)
    stages: tuple[Stage, ...]
    fingerprint: int
    start: Age = Age()  # the window's first day
    previous: str | None = None  # the dose before it in its series (a record of it may move this one)
    interval: int = 0  # min_interval_from_previous_days

    @property
    def dose_id(self) -> str | None:
        return self.item if self.kind == VACCINE else None

    def days(self, birth: date) -> dict[str, date]:
        """Stage name -> day for a child born on ``birth``, at the item's natural ages."""
        return _stage_days(self.stages, self.due.on(birth), self.end.on(birth))

    def moved_after(self, birth: date) -> date | None:
        """A record of the previous dose given after this day moves this dose later (see bot.core.schedule):
        the day planner leaves such a child out and re-planning the child plans the moved stages."""
        if self.previous is None:
            return None
        return self.start.on(birth) - timedelta(days=self.interval)


def _stage_days(stages: Sequence[Stage], due: date, end: date) -> dict[str, date]:
    return {stage.name: day for stage in stages if (day := stage.day(due, end)) is not None}


def schedule_items(library: Library, remind_unverified: bool = False) -> tuple[ScheduleItem, ...]:
    """Every reminded dose and visit of the library, in schedule order. Doses and visits the data does not
    confirm (``verified`` false) only when ``remind_unverified`` (setting REMIND_UNVERIFIED)."""
    items: list[ScheduleItem] = []
    previous = previous_doses(library.doses)
    for dose in library.doses:
        if dose.place == MATERNITY_WARD or not (dose.verified or remind_unverified):
            continue
        r, end = dose.recommended_age, dose.latest_age
        length = end.approx_days - r.approx_days + 3  # the longest the window can be after the due day
        stages = _before_and_on(r) + tuple(
            Stage(f"followup-{n}", offset) for n, offset in enumerate(FOLLOW_UP_OFFSETS, start=1) if offset <= length
        )
        before = previous.get(dose.id)
        interval = dose.min_interval_from_previous_days or 0
        fp = fingerprint(VACCINE, dose.id, r, dose.start_age, end, dose.place, BEFORE_DAYS, FOLLOW_UP_OFFSETS,
                         before.id if before else None, interval, dose.verified)
        items.append(ScheduleItem(VACCINE, dose.id, r, end, stages, fp, dose.start_age,
                                  before.id if before else None, interval))
    for visit in library.visits:
        if not (visit.verified or remind_unverified):
            continue
        fp = fingerprint(CHECKUP, visit.id, visit.age, visit.start_age, visit.end_age, BEFORE_DAYS, visit.verified)
        stages = _before_and_on(visit.age)
        items.append(ScheduleItem(CHECKUP, visit.id, visit.age, visit.end_age, stages, fp, visit.start_age))
    return tuple(items)


def _before_and_on(recommended: Age) -> tuple[Stage, ...]:
    before = (Stage("before", -BEFORE_DAYS),) if recommended.approx_days >= BEFORE_DAYS else ()
    return (*before, Stage("on", 0))


def tip_fingerprint(tip: TipEntry) -> int:
    """Changes when the tip's timing changes (its window, and its age basis, season and place in the chain when
    they differ from the defaults, so that older fingerprints stay as they were)."""
    choice = (tip.age, tip.months, tip.extra) if (tip.age, tip.months, tip.extra) != (CORRECTED, (), False) else ()
    return fingerprint(TIP, tip.id, tip.start_days, tip.end_days, *choice)


@dataclass(frozen=True)
class TipBook:
    """The tip catalog for choosing: every tip in sending order (``bot.core.tips.sending_order``), each with
    the age it goes by (corrected or chronological) and its season, and the first year's extra weeks
    (``bot.core.tips.extra_weeks``: the weeks an extra tip goes before the chain's play or talk tip)."""

    tips: tuple[TipEntry, ...]  # in sending order
    order: tuple[str, ...]  # their ids
    fingerprints: dict[str, int]
    windows: dict[str, tuple[int, int]]
    weeks: frozenset[int] = frozenset()

    @classmethod
    def of(cls, tips: Sequence[TipEntry]) -> TipBook:
        ordered = tuple(sorted(tips, key=sending_order))
        return cls(
            ordered,
            tuple(tip.id for tip in ordered),
            {tip.id: tip_fingerprint(tip) for tip in tips},
            {tip.id: (tip.start_days, tip.end_days) for tip in tips},
            extra_weeks(ordered),
        )

    def candidates(self, corrected: int, chronological: int | None = None, month: int | None = None
                   ) -> tuple[str, ...]:
        """The ids of the tips fitting a child of these ages in ``month`` (None: any), in sending order."""
        return tuple(tip.id for tip in tips_for_age(self.tips, corrected, chronological=chronological, month=month,
                                                    weeks=self.weeks))

    def fits(self, tip_id: str, corrected: int, chronological: int | None = None, month: int | None = None) -> bool:
        return tip_id in self.candidates(corrected, chronological, month)

    def choices(self, month: int) -> list[tuple[int, str, str, int]]:
        """(age, basis, tip id, rank) for every day of every tip's window in season in ``month``: what the
        bulk planner joins children to (basis "a" = chronological, "c" = corrected; rank = sending order at
        that age: ``bot.core.tips.sending_rank`` first, so that an extra week puts the extra tips first)."""
        size = len(self.tips)
        return [(age, "a" if tip.age == CHRONOLOGICAL else "c", tip.id,
                 sending_rank(tip, age, self.weeks) * size + rank)
                for rank, tip in enumerate(self.tips) if tip.in_season(month)
                for age in range(tip.start_days, tip.end_days + 1)]


def day_tag(day: date) -> str:
    return f"{day:%Y%m%d}T"


def slot_tag(day: date, hour: int) -> str:
    return f"{day_tag(day)}{hour:02d}"


def item_key(child_id: int, kind: str, item: str, stage: str, day: date, hour: int, fp: int) -> str:
    return f"{item_key_head(kind, item, stage, day)}{hour:02d}{item_key_tail(fp)}{child_id}"


def item_key_head(kind: str, item: str, stage: str, day: date) -> str:
    return f"{kind}:{item}:{stage}:{day_tag(day)}"


def item_key_tail(fp: int) -> str:
    return f":{fp:08x}:"


def tip_key(child_id: int, day: date, hour: int) -> str:
    return f"{tip_key_head(day)}{hour:02d}:{child_id}"


def tip_key_head(day: date) -> str:
    return f"{TIP}:{day_tag(day)}"


def catchup_key(child_id: int) -> str:
    return f"{CATCHUP}:{child_id}"


@dataclass(frozen=True)
class Slot:
    """One planned reminder before it gets an instant: what, for which child, on which local day and hour."""

    kind: str
    item: str
    stage: str
    day: date
    hour: int
    key: str
    fingerprint: int


@dataclass(frozen=True)
class ChildFacts:
    """What planning one child needs to know about it."""

    child_id: int
    birth_date: date
    gestational_weeks: int | None
    enrolled_on: date  # local day the child was added
    recorded: frozenset[str] = frozenset()  # dose ids with a vaccination record
    done: frozenset[tuple[str, str]] = frozenset()  # (kind, item) the parent answered "done"
    seen_tips: frozenset[str] = frozenset()
    records: tuple[VaccinationRecord, ...] = ()  # with their dates: they move the doses after them


def item_slots(
    facts: ChildFacts, items: Sequence[ScheduleItem], hour: int, first: date, last: date,
    doses: Sequence[Dose] = (), moved_until: date | None = None,
) -> list[Slot]:
    """Dose and visit reminders of one child whose day is in ``[first, last]`` and that are still open.

    With ``doses`` (the whole calendar) a dose's days follow the child's records (bot.core.schedule: a late
    previous dose moves the next one). A dose the day planner leaves out because a record moved it is
    planned up to ``moved_until`` instead of ``last``: nothing else would plan it."""
    timing = {i.dose.id: (i.due_on, i.window_end) for i in vaccine_plan(facts.birth_date, first, doses,
                                                                       facts.records)} if doses else {}
    given = {record.dose_id: record.given_on for record in facts.records}
    slots = []
    for item in items:
        if item.dose_id in facts.recorded or (item.kind, item.item) in facts.done:
            continue
        until = last
        moved_after = item.moved_after(facts.birth_date)
        if moved_until is not None and moved_after is not None and given.get(item.previous or "", moved_after) \
                > moved_after:
            until = max(last, moved_until)
        days = _stage_days(item.stages, *timing[item.item]) if item.item in timing else item.days(facts.birth_date)
        for stage, day in days.items():
            if first <= day <= until:
                key = item_key(facts.child_id, item.kind, item.item, stage, day, hour, item.fingerprint)
                slots.append(Slot(item.kind, item.item, stage, day, hour, key, item.fingerprint))
    return slots


def tip_slot_days(weekday: int, first: date, last: date) -> list[date]:
    """The days in ``[first, last]`` that fall on ``weekday`` (0 = Monday)."""
    start = first + timedelta(days=(weekday - first.weekday()) % 7)
    return [start + timedelta(days=7 * n) for n in range(max(0, (last - start).days // 7 + 1))]


def corrected_age(facts: ChildFacts, day: date) -> int:
    return corrected_age_days(facts.birth_date, day, facts.gestational_weeks)


def tip_slots(
    facts: ChildFacts, book: TipBook, weekday: int, hour: int, days: Sequence[date], taken: frozenset[str]
) -> list[Slot]:
    """A weekly tip for each of ``days`` (tip slots, oldest first): the first tip for the corrected age that
    was neither seen nor ``taken`` (planned already) nor chosen for an earlier slot. A slot with no tip left
    is skipped."""
    chosen = set(taken) | facts.seen_tips
    slots = []
    for day in days:
        if day.weekday() != weekday or day < facts.birth_date:
            continue
        ages = corrected_age(facts, day), age_in_days(facts.birth_date, day)
        tip = next((t for t in book.candidates(*ages, day.month) if t not in chosen), None)
        if tip is not None:
            chosen.add(tip)
            key = tip_key(facts.child_id, day, hour)
            slots.append(Slot(TIP, tip, WEEKLY, day, hour, key, book.fingerprints[tip]))
    return slots


def missed_doses(facts: ChildFacts, items: Sequence[ScheduleItem]) -> list[ScheduleItem]:
    """Open doses whose recommended day came before the child was enrolled: what a catch-up lists."""
    missed = []
    for item in items:
        if item.kind != VACCINE or item.item in facts.recorded or (VACCINE, item.item) in facts.done:
            continue
        if item.due.on(facts.birth_date) < facts.enrolled_on:
            missed.append(item)
    return missed


def catchup_slot(facts: ChildFacts, items: Sequence[ScheduleItem], hour: int, today: date) -> Slot | None:
    """The one catch-up reminder of a child enrolled late (on its enrolment day, or today if that passed)."""
    if not missed_doses(facts, items):
        return None
    day = max(facts.enrolled_on, today)
    return Slot(CATCHUP, CATCHUP, CATCHUP, day, hour, catchup_key(facts.child_id), 1)
