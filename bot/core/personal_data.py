"""What the bot stores about one family, gathered in one record (:class:`FamilyData`), and the same as the
JSON document a parent gets with "Send as a file" (/mydata).

The document's keys are English, dates and instants ISO 8601 (instants in UTC), values as stored: it is a
copy of the family's data, not a translation of it. ``format`` numbers the shape; add keys, never rename.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from bot.core.checkins import CheckinAnswer
from bot.core.family import Child, Family, VaccinationRecord
from bot.core.mediation import AuditEntry, FamilyProfile, Note

FILE_FORMAT = 1


@dataclass(frozen=True)
class CheckbackAnswer:
    """A parent's answer to "Did you try ...?" (bot/core/checkbacks.py), as kept per child."""

    tip_id: str
    answer: str  # yes | not_yet | hard
    answered_at: datetime
    age_days: int


@dataclass(frozen=True)
class ChildData:
    child: Child
    records: tuple[VaccinationRecord, ...] = ()
    tips_seen: int = 0
    checkins: tuple[CheckinAnswer, ...] = ()  # milestone check-in answers, in the order given
    checkbacks: tuple[CheckbackAnswer, ...] = ()  # answers to "Did you try ...?" (issue 19), oldest first


@dataclass(frozen=True)
class ChatData:
    """A chat linked to the family: which messenger, in which language (the chat's own id stays out)."""

    channel: str
    locale: str | None
    active: bool = True


@dataclass(frozen=True)
class FamilyData:
    """Everything stored about one family (``bot.storage.privacy_store`` gathers it)."""

    family: Family
    children: tuple[ChildData, ...] = ()
    chats: tuple[ChatData, ...] = ()
    pending_reminders: int = 0  # planned and not sent yet
    profile: FamilyProfile | None = None  # what a mediator recorded when she enrolled the family
    notes: tuple[Note, ...] = ()  # a mediator's notes, oldest first
    help_requests: tuple[datetime, ...] = ()  # "I need my mediator", oldest first
    audit: tuple[AuditEntry, ...] = ()  # who did what to the family, oldest first


@dataclass(frozen=True)
class Erasure:
    """Who erases (the audit row's actor), why (a statistic's reason), when, and the local day it counts on.

    Reasons: "parent" (/delete), "inactive", "no_children" (families); "age" (children); "operator".
    """

    actor: str
    reason: str
    at: datetime
    day: date


def _iso(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    return value.isoformat()


def chat_document(channel: str, locale: str | None, now: datetime) -> dict[str, Any]:
    """The file of a chat that has no family: only the chat itself is stored."""
    return {"format": FILE_FORMAT, "exported_at": _iso(now), "family": None,
            "chats": [{"channel": channel, "language": locale}]}


def family_document(data: FamilyData, now: datetime) -> dict[str, Any]:
    family = data.family
    return {
        "format": FILE_FORMAT,
        "exported_at": _iso(now),
        "family": {
            "consent": {"given_at": _iso(family.consent_at), "given_by": family.consent_by,
                        "notice_version": family.notice_version},
            "reminders": {"tip_weekday": family.tip_weekday, "tip_hour": family.tip_hour,
                          "paused_until": _iso(family.reminders_paused_until), "stopped": family.reminders_stopped,
                          "planned_not_sent": data.pending_reminders,
                          "voice_messages": family.voice_notes},  # None: the default (bot.core.voice)
        },
        "chats": [{"channel": c.channel, "language": c.locale, "reachable": c.active} for c in data.chats],
        "children": [_child(item) for item in data.children],
        "mediator_profile": _profile(data),
        "audit_trail": [{"at": _iso(e.at), "actor": e.actor, "action": e.action, "detail": e.detail}
                        for e in data.audit],
    }


def _child(item: ChildData) -> dict[str, Any]:
    child = item.child
    return {
        "nickname": child.nickname,
        "birth_date": _iso(child.birth_date),
        "born_in_pregnancy_week": child.gestational_weeks,
        "gender": child.gender,
        "vaccinations": [{"dose": r.dose_id, "given_on": _iso(r.given_on), "recorded_by": r.recorded_by}
                         for r in item.records],
        "tips_seen": item.tips_seen,
        "checkin_answers": [{"checkpoint_months": a.months, "question": a.question, "answer": a.answer,
                             "answered_on": _iso(a.answered_on), "age_days": a.age_days, "recheck": a.recheck}
                            for a in item.checkins],
        "checkback_answers": [{"tip": a.tip_id, "answer": a.answer, "answered_at": _iso(a.answered_at),
                               "age_days": a.age_days} for a in item.checkbacks],
    }


def _profile(data: FamilyData) -> dict[str, Any] | None:
    profile = data.profile
    if profile is None:
        return None
    return {
        "caregiver": profile.caregiver,
        "language": profile.locale,
        "settlement": profile.settlement,
        "phone": profile.phone,
        "consent_method": profile.consent_method,
        "enrolled_at": _iso(profile.enrolled_at),
        "help_requested_at": _iso(profile.help_requested_at),
        "help_requests": [_iso(at) for at in data.help_requests],
        "notes": [{"written_at": _iso(n.created_at), "text": n.text} for n in data.notes],
    }
