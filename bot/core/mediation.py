"""Records and ports of the mediators' work: who a mediator is, what she recorded about a family she enrolled,
invitations, notes, the audit trail, and the storage the dialog needs for them.

A mediator is a chat bound to a :class:`Mediator` record by a one-time mediator invitation that an operator
issued; nothing a user types or presses can make a chat a mediator. A mediator sees and changes only the
families whose :class:`FamilyProfile` names her.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from bot.core.family import Child, VaccinationRecord

MEDIATOR_INVITATION = "mediator"
FAMILY_INVITATION = "family"
CONSENT_IN_PERSON = "in_person"  # the mediator explained the privacy notice and the caregiver agreed
CONSENT_IMPORTED = "imported"  # consent recorded on paper and brought in by `cavororo families import`
CONSENT_IN_CHAT = "in_chat"  # a parent who enrolled alone pressed "Yes, I want a mediator" (mediator_links.py)
# Outbox kind of the message telling a parent that a mediator now looks after the family (content handover.ftl):
# item "taken" (she took a family that asked for one) or "moved" (another mediator handed it over to her).
HANDOVER = "handover"
HANDOVER_TAKEN = "taken"
HANDOVER_MOVED = "moved"


@dataclass(frozen=True)
class Mediator:
    id: int
    name: str
    active: bool = True
    chat_id: int | None = None


@dataclass
class FamilyProfile:
    """What a mediator recorded when she enrolled a family (one per family)."""

    family_id: int
    mediator_id: int | None
    caregiver: str  # the caregiver's nickname, as the mediator calls her or him
    locale: str
    settlement: str  # a key of content/data/settlements.yaml
    phone: str | None = None  # normalised: "+381..." digits only
    consent_method: str = CONSENT_IN_PERSON
    enrolled_at: datetime | None = None
    help_requested_at: datetime | None = None  # the family pressed "I need my mediator"


@dataclass(frozen=True)
class Invitation:
    kind: str  # MEDIATOR_INVITATION or FAMILY_INVITATION
    code_hash: str  # sha256 of the code, hex; the code itself is never stored
    created_at: datetime
    expires_at: datetime
    created_by: str  # "operator", "mediator:<id>", "import"
    mediator_id: int | None = None  # the mediator to bind (mediator invitations)
    family_id: int | None = None  # the family to bind (family invitations)
    used_at: datetime | None = None
    revoked_at: datetime | None = None
    id: int | None = None


@dataclass(frozen=True)
class Note:
    family_id: int
    mediator_id: int | None
    text: str
    created_at: datetime


@dataclass(frozen=True)
class AuditEntry:
    """Who did what to which family, and when. ``detail`` holds codes and ids only, never names or dates."""

    actor: str  # "mediator:<id>", "chat:<id>", "operator", "import"
    action: str
    at: datetime
    family_id: int | None = None
    mediator_id: int | None = None
    detail: str = ""


@dataclass(frozen=True)
class Settlement:
    key: str
    name: str  # Serbian Latin place name, transliterated for Cyrillic readers


@dataclass(frozen=True)
class FamilyFacts:
    """Everything the work list and the family list need about one family of a mediator."""

    profile: FamilyProfile
    children: Sequence[Child]
    records: Mapping[int, Sequence[VaccinationRecord]] = field(default_factory=dict)  # by child id
    chats_active: Sequence[bool] = ()  # one flag per chat bound to the family
    not_yet_twice: int = 0  # reminders the family answered "Not yet" to at least twice
    act_early: int = 0  # milestone check-ins suggesting a check that the parent asked to tell her (not handled)


@dataclass(frozen=True)
class PublishedInvitation:
    """An invitation code as the people in the field get it."""

    code: str
    telegram: str | None  # https://t.me/<bot>?start=<code>, when the bot's username is configured
    viber: str | None  # viber://pa?chatURI=<uri>&context=<code>, when the chat URI is configured
    image_png: bytes | None = None  # the QR codes as a PNG, made in memory (see docs/mediators.md)


class InvitationPublisher(Protocol):
    def publish(self, code: str) -> PublishedInvitation:
        """Links (and a QR image) for a fresh invitation code."""
        ...


class MediatorStore(Protocol):
    """The mediators' tables, on the same transaction as the dialog's :class:`bot.core.ports.Store`."""

    async def act_early_handled(self, family_id: int, at: datetime) -> None:
        """The mediator handled the family's act-early check-ins (bot.core.checkins): off her work list."""
        ...

    async def mediator_for_chat(self, chat_id: int) -> Mediator | None:
        """The active mediator bound to this chat, if any."""
        ...

    async def get_mediator(self, mediator_id: int) -> Mediator | None: ...

    async def active_mediators(self) -> list[Mediator]: ...

    async def bind_mediator_chat(self, mediator_id: int, chat_id: int) -> None:
        """Make ``chat_id`` the mediator's only chat (another mediator's binding to it is removed)."""
        ...

    async def add_invitation(self, invitation: Invitation) -> Invitation: ...

    async def find_invitation(self, code_hash: str) -> Invitation | None: ...

    async def merge_family(self, from_id: int, into_id: int) -> bool:
        """Move a family's children, chats and history into another family and delete the first; False when
        either family is missing."""
        ...

    async def use_invitation(self, invitation_id: int, chat_id: int, at: datetime) -> bool:
        """Mark an unused, unrevoked invitation used; False if another chat was first."""
        ...

    async def revoke_invitations(self, *, family_id: int | None = None, mediator_id: int | None = None,
                                 at: datetime) -> int:
        """Revoke the unused invitations of a family or a mediator; returns how many."""
        ...

    async def save_profile(self, profile: FamilyProfile) -> None:
        """Insert or update the family's profile."""
        ...

    async def profile(self, family_id: int) -> FamilyProfile | None: ...

    async def caseload(self, mediator_id: int) -> list[FamilyFacts]:
        """The facts of every family of this mediator, by family id."""
        ...

    async def facts(self, family_id: int) -> FamilyFacts | None:
        """The same facts for one family (whoever its mediator is: the caller checks)."""
        ...

    async def family_of_child(self, child_id: int) -> int | None: ...

    async def add_note(self, note: Note) -> None: ...

    async def notes(self, family_id: int, limit: int) -> list[Note]:
        """The family's newest notes first."""
        ...

    async def add_notice(self, mediator_id: int, family_id: int | None, kind: str, at: datetime) -> None:
        """Something the mediator should hear about (a family asked for help, a family was handed to her)."""
        ...

    async def unseen_notices(self, mediator_id: int) -> int: ...

    async def link_requests(self) -> list[FamilyProfile]:
        """Families that asked in the chat to be linked to a mediator and have none yet, oldest first."""
        ...

    async def adopt(self, family_id: int, mediator_id: int) -> bool:
        """Give a pending (asking) family to this mediator; False if it is not pending (taken, never asked)."""
        ...

    async def tell_family_of_mediator(self, family_id: int, mediator_id: int, item: str, at: datetime,
                                      local_day: date) -> None:
        """Plan the parent's one message that this mediator now looks after the family (outbox kind
        ``HANDOVER``, ``item`` taken or moved), due at ``at``; nothing for a family without an active chat."""
        ...

    async def mark_notices_seen(self, mediator_id: int, at: datetime) -> None: ...

    async def audit(self, entry: AuditEntry) -> None: ...
