"""Reference data the core works from: the immunization and check-up schedules, the tip catalog, the
services directory and the documents-and-rights guides. Loaded from content/data/ by ``bot.catalog``; the core
only reads these records."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time

from bot.core.age import Age
from bot.core.dates import DateWords
from bot.core.holidays import HolidayRules

TOPICS: tuple[str, ...] = ("health", "nutrition", "responsive", "learning", "safety")
CORRECTED, CHRONOLOGICAL = "corrected", "chronological"  # the age a tip goes by (premature babies differ)
AGE_BASES: tuple[str, ...] = (CORRECTED, CHRONOLOGICAL)


@dataclass(frozen=True)
class Review:
    """Where a health text comes from and whether a doctor signed it off: source ids (content/data/sources.yaml)
    and the medical review (empty ``by``: awaiting medical review)."""

    sources: tuple[str, ...] = ()
    by: str | None = None
    on: date | None = None


def _fill(item: object, pairs: tuple[tuple[str, str], ...]) -> None:
    """Give every age field without a value the plain-days age of its ``*_days`` field."""
    for age_field, days_field in pairs:
        if getattr(item, age_field) is None:
            object.__setattr__(item, age_field, Age(days=getattr(item, days_field)))


@dataclass(frozen=True)
class Dose:
    """One vaccine dose of the Serbian calendar, at ages of chronological age.

    The ``*_days`` fields are whole days (or, for an age the calendar states in months or years, about as many
    days: for ordering only); the :class:`Age` fields say how to find the day: always use those for dates.
    """

    id: str  # "dtap_ipv_hib_1"; its name is the Fluent message "vaccine-<id with - for _>"
    vaccine: str  # "DTaP-IPV-Hib"
    recommended_age_days: int
    start_days: int
    latest_days: int
    place: str  # "porodiliste" (maternity ward) or "dom_zdravlja" (health centre)
    verified: bool
    min_interval_from_previous_days: int | None = None
    recommended_age: Age = None  # type: ignore[assignment]  # filled from the days when not given
    start_age: Age = None  # type: ignore[assignment]
    latest_age: Age = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        _fill(self, (("recommended_age", "recommended_age_days"), ("start_age", "start_days"),
                     ("latest_age", "latest_days")))


@dataclass(frozen=True)
class Visit:
    """A preventive check-up or patronage-nurse visit."""

    id: str
    type: str  # pediatric_preventive, pediatric_systematic, pediatric_control_if_needed, patronage_home_visit, ...
    age_days: int
    start_days: int
    end_days: int
    vaccines: tuple[str, ...]
    verified: bool  # False also for "partly" verified
    count: int | None = None
    age: Age = None  # type: ignore[assignment]  # filled from the days when not given
    start_age: Age = None  # type: ignore[assignment]
    end_age: Age = None  # type: ignore[assignment]

    def __post_init__(self) -> None:
        _fill(self, (("age", "age_days"), ("start_age", "start_days"), ("end_age", "end_days")))


@dataclass(frozen=True)
class TipEntry:
    """A tip in the catalog: its Fluent message id and the (corrected) age window it fits, in days."""

    id: str
    start_days: int
    end_days: int  # inclusive
    topic: str  # one of TOPICS
    media: tuple[str, ...] = ()
    age: str = CORRECTED  # CHRONOLOGICAL for appointments, vaccines and documents
    months: tuple[int, ...] = ()  # the season (1-12) in which it is sent; empty: all year
    extra: bool = False  # outside the weekly chain: sent in a week whose own tip was seen (and by the button)
    review: Review = Review()
    guide: str | None = None  # a guide of guides.yaml this tip points to (a "step by step" button)
    checkback: bool = False  # two days after it is sent: "Did you try ...?" (message checkback-<id>, issue 19)

    def in_season(self, month: int) -> bool:
        return not self.months or month in self.months


@dataclass(frozen=True)
class Milestone:
    """A milestone note at a CDC checkpoint: its Fluent message id and the (corrected) age window, in days."""

    id: str
    months: int  # the checkpoint
    start_days: int
    end_days: int  # inclusive
    review: Review = Review()


@dataclass(frozen=True)
class CheckinQuestion:
    """One check-in question (Fluent ``checkin-q-<id>``; its play idea after "Not yet": ``checkin-play-<id>``).
    ``act_early``: an "act early" sign (CDC 2022): an answer in ``Library.act_early_answers`` suggests a check."""

    id: str
    act_early: bool = False
    media: str | None = None  # an optional picture, a path inside content/media/


@dataclass(frozen=True)
class Checkpoint:
    """A milestone check-in at a CDC checkpoint (content/data/milestones.yaml ``checkins``): offered from the
    (corrected) age ``start_days`` until the next checkpoint starts."""

    months: int
    start_days: int
    questions: tuple[CheckinQuestion, ...]
    review: Review = Review()
    id: str = ""  # the entry id in milestones.yaml (checkin-2m): where the content check points an editor


@dataclass(frozen=True)
class IllnessText:
    """One text of an illness topic for an age window (chronological days, inclusive; ``end_days`` None: on)."""

    id: str  # the Fluent message id
    start_days: int
    end_days: int | None
    args: Mapping[str, object] = field(default_factory=dict)  # thresholds from the data, e.g. {"threshold": 38}


@dataclass(frozen=True)
class IllnessTopic:
    """A topic of "My child is ill" (danger signs, fever, ...): its texts by age and whom to call, in order."""

    id: str
    texts: tuple[IllnessText, ...]
    call: tuple[str, ...]  # service ids
    review: Review = Review()

    def texts_for(self, age_days: int) -> tuple[IllnessText, ...]:
        return tuple(text for text in self.texts
                     if text.start_days <= age_days and (text.end_days is None or age_days <= text.end_days))


@dataclass(frozen=True)
class Hours:
    """Opening hours: weekday (0 = Monday) -> list of (opens, closes) in local time."""

    by_weekday: Mapping[int, tuple[tuple[time, time], ...]]


@dataclass(frozen=True)
class Service:
    """A local service. Names, descriptions and landmarks live in Fluent (``service-<id>-name``, ...).

    Every fact carries its own verified flag; ``None`` means unknown and is never guessed.
    """

    id: str
    category: str
    address: str | None = None
    address_verified: bool = False
    lat: float | None = None
    lon: float | None = None
    coordinates_verified: bool = False
    phones: tuple[str, ...] = ()
    phone_verified: bool = False
    hours: Hours | None = None
    hours_verified: bool = False
    offers: tuple[str, ...] = ()  # keys; Fluent "service-offer-<key>"
    documents: tuple[str, ...] = ()  # keys; Fluent "service-document-<key>"
    romani_spoken: bool | None = None
    website: str | None = None
    verified: bool = False  # the service exists as described
    sources: tuple[str, ...] = ()
    last_checked: date | None = None
    landmark: bool = False  # Fluent "service-<id>-landmark" exists: how to find the door
    documents_verified: bool = False
    open_on_holidays: bool | None = None  # None: unknown, so a public holiday gets a "call first" note
    on_duty: bool = False  # an on-duty service (dežurstvo) works outside the hours, e.g. at a health centre
    on_duty_verified: bool = False


@dataclass(frozen=True)
class GuideStep:
    """One step of a guide: Fluent "guide-<guide id>-step-<id>"; an unverified step is shown with "ask"."""

    id: str
    verified: bool = False


@dataclass(frozen=True)
class Guide:
    """A documents-and-rights guide (content/data/guides.yaml): steps, what to bring, where to go."""

    id: str  # Fluent "guide-<id>-title" (the button) and the steps' messages
    topic: str  # the services category it is listed under: documents | social | preschool
    steps: tuple[GuideStep, ...]
    bring: tuple[str, ...] = ()  # keys; Fluent "guide-bring-<key>"
    bring_verified: bool = False
    services: tuple[str, ...] = ()  # service ids of services.yaml: where to go (buttons to their cards)
    verified: bool = False  # every step as stated was confirmed in a source
    sources: tuple[str, ...] = ()
    enrolment_days: int | None = None  # a child added at most this many days old gets "guide-<id>-nudge"


@dataclass(frozen=True)
class Library:
    doses: tuple[Dose, ...]
    visits: tuple[Visit, ...]
    tips: tuple[TipEntry, ...]
    services: tuple[Service, ...]
    categories: tuple[str, ...]  # service categories in menu order; Fluent "services-category-<key>"
    month_names: Mapping[str, int] = field(default_factory=dict)  # lower-cased month word -> 1..12, for parsing
    holidays: HolidayRules | None = None  # Serbian public holidays; None: unknown (no "open now" shown)
    service_links: Mapping[str, str] = field(default_factory=dict)  # kind ("vaccination") -> service id
    milestones: tuple[Milestone, ...] = ()  # milestone notes (content/data/milestones.yaml)
    checkpoints: tuple[Checkpoint, ...] = ()  # milestone check-ins (milestones.yaml ``checkins``), by age
    act_early_answers: frozenset[str] = frozenset({"not_yet", "not_sure"})  # answers to an act-early sign that count
    illness: tuple[IllnessTopic, ...] = ()  # "My child is ill" (content/data/illness.yaml), in menu order
    guides: tuple[Guide, ...] = ()  # documents and rights (content/data/guides.yaml), in menu order
    date_words: DateWords = field(default_factory=DateWords)  # "juče", "pre 10 dana" (content/data/date_words.yaml)
