"""Domain records for a family: the chat that talks to the bot, the family, its children and their records."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from bot.core.messages import ChannelUser


@dataclass
class Chat:
    """One messenger chat and where it stands in the dialog.

    ``step`` names the dialog step waiting for input ("" = none); ``data`` holds what the current step has
    collected so far (JSON-serialisable values only), so a restart resumes where the user was.
    """

    user: ChannelUser
    locale: str | None = None
    family_id: int | None = None
    step: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    active: bool = True  # False once the user blocked the bot or unsubscribed
    id: int | None = None


@dataclass
class Family:
    consent_at: datetime | None = None  # aware, UTC
    consent_by: str = ""  # "parent" or "mediator:<id>"
    notice_version: str = ""
    id: int | None = None
    tip_weekday: int = 1  # weekday of the weekly tip, 0 = Monday
    tip_hour: int = 10  # local hour (TIMEZONE setting) of the weekly tip
    reminders_paused_until: datetime | None = None  # aware, UTC; nothing is sent before it
    reminders_stopped: bool = False  # the parent sent /stop: nothing is planned or sent
    checkbacks_off: bool = False  # no "Did you try ...?" questions after activity tips (issue 19)
    voice_notes: bool | None = None  # also send voice recordings; None: the default (bot.core.voice)


@dataclass
class Child:
    family_id: int
    birth_date: date
    nickname: str | None = None
    gestational_weeks: int | None = None  # weeks of pregnancy at birth when born early (< 37), else None
    id: int | None = None
    enrolled_on: date | None = None  # local day the child was added (the adding turn's Clock.today()); required to add
    gender: str | None = None  # "girl", "boy", or None when the parent did not say: words about the child agree


GENDERS: tuple[str, ...] = ("girl", "boy")
UNKNOWN_GENDER = "unknown"  # what messages see for a child whose gender was not given: neutral wording


@dataclass(frozen=True)
class VaccinationRecord:
    child_id: int
    dose_id: str
    given_on: date  # when the date is not known: the day it was recorded (the dose was given by then)
    recorded_by: str = "parent"
    date_known: bool = True  # False: "given, I don't know the date" (a complete card, a lost paper)
