"""What the core needs from the outside world, as small Protocols.

Storage implements :class:`Store` (``bot.storage``); tests use the same SQL implementation on SQLite or a
fixed :class:`Clock`. A :class:`Store` is one transaction: the caller commits when the engine returns and
rolls back if it raises, so a crash mid-dialog changes nothing.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Protocol

from bot.core.family import Chat, Child, Family, VaccinationRecord
from bot.core.messages import ChannelUser
from bot.core.personal_data import Erasure, FamilyData

DEFAULT_TIMEZONE = "Europe/Belgrade"  # the TIMEZONE setting's default; the composition root passes the setting


class Clock(Protocol):
    @property
    def zone(self) -> tzinfo:
        """The local time zone (the TIMEZONE setting): the zone of local days and hours."""
        ...

    def now(self) -> datetime:
        """The current instant, timezone-aware (UTC)."""
        ...

    def today(self) -> date:
        """Today's date in :attr:`zone`."""
        ...


class Store(Protocol):
    async def get_chat(self, user: ChannelUser) -> Chat | None: ...

    async def save_chat(self, chat: Chat) -> Chat:
        """Insert or update; returns the chat with its id set."""
        ...

    async def create_family(self, family: Family) -> Family: ...

    async def get_family(self, family_id: int) -> Family | None: ...

    async def save_family(self, family: Family) -> None: ...

    async def children(self, family_id: int) -> list[Child]:
        """The family's children, oldest first (by birth date, then id)."""
        ...

    async def add_child(self, child: Child) -> Child: ...

    async def save_child(self, child: Child) -> None: ...

    async def remove_child(self, child_id: int) -> None:
        """Delete the child and everything recorded about it."""
        ...

    async def records(self, child_id: int) -> list[VaccinationRecord]: ...

    async def add_record(self, record: VaccinationRecord) -> None:
        """Record a dose; recording the same dose again corrects its date and who recorded it."""
        ...

    async def remove_record(self, child_id: int, dose_id: str) -> bool:
        """Undo a dose recorded by mistake (its reminders are planned again); False if it was not recorded."""
        ...

    async def seen_tips(self, child_id: int) -> set[str]: ...

    async def mark_tip_seen(self, child_id: int, tip_id: str, at: datetime) -> None: ...

    async def family_data(self, family_id: int) -> FamilyData | None:
        """Everything stored about the family (/mydata), or None if there is no such family."""
        ...

    async def erase_family(self, family_id: int, erasure: Erasure) -> bool:
        """Delete the family, its children, records, chats and everything else that identifies it; the audit log
        keeps one row without ids saying an erasure happened. False if there was no such family."""
        ...

    async def erase_chat(self, user: ChannelUser, erasure: Erasure) -> bool:
        """Delete a chat that belongs to no family (and what refers to it); False if there is none."""
        ...
