"""Reference data the core works from: the immunization and check-up schedules, the tip catalog and the
services directory. Loaded from content/data/ by ``bot.catalog``; the core only reads these records."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time

from bot.core.dates import DateWords
from bot.core.holidays import HolidayRules

TOPICS: tuple[str, ...] = ("health", "nutrition", "responsive", "learning", "safety")


@dataclass(frozen=True)
class Dose:
    """One vaccine dose of the Serbian calendar. Ages are completed days of chronological age."""

    id: str  # "dtap_ipv_hib_1"; its name is the Fluent message "vaccine-<id with - for _>"
    vaccine: str  # "DTaP-IPV-Hib"
    recommended_age_days: int
    start_days: int
    latest_days: int
    place: str  # "porodiliste" (maternity ward) or "dom_zdravlja" (health centre)
    verified: bool
    min_interval_from_previous_days: int | None = None


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


@dataclass(frozen=True)
class TipEntry:
    """A tip in the catalog: its Fluent message id and the (corrected) age window it fits, in days."""

    id: str
    start_days: int
    end_days: int  # inclusive
    topic: str  # one of TOPICS
    media: tuple[str, ...] = ()


@dataclass(frozen=True)
class Milestone:
    """A milestone note at a CDC checkpoint: its Fluent message id and the (corrected) age window, in days."""

    id: str
    months: int  # the checkpoint
    start_days: int
    end_days: int  # inclusive


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
    date_words: DateWords = field(default_factory=DateWords)  # "juče", "pre 10 dana" (content/data/date_words.yaml)
