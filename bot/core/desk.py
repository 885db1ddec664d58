"""A mediator's desk for one turn: the dialog turn plus the mediators' storage, links and settlements.

Every family or child id that arrives in button data or chat state is checked here against the mediator's own
families (:meth:`Desk.my_family`, :meth:`Desk.my_child`): a forged or stale id gets None, never data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bot.core.family import Child
from bot.core.mediation import AuditEntry, FamilyProfile, InvitationPublisher, Mediator, MediatorStore, Settlement
from bot.core.messages import Button, Serbian, Text
from bot.core.turn import Turn, button

MAX_ID_DIGITS = 12

MENU_ROWS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("md:enrol", "mediator-menu-enrol"),),
    (("md:work", "mediator-menu-worklist"), ("md:rv", "mediator-menu-romani")),  # bot.core.romani_review
    (("md:fams", "mediator-menu-families"), ("md:find", "mediator-menu-find")),
    (("md:lang", "menu-language"), ("md:help", "menu-help")),
)
LANGUAGE_NAMES = {
    "rom": "language-rom",
    "sr-Latn": "language-sr-latn",
    "sr-Cyrl": "language-sr-cyrl",
    "en": "language-en",
}


def parse_id(raw: str) -> int | None:
    """A database id from button data or chat state; None for anything that is not one."""
    raw = str(raw)
    if not raw.isascii() or not raw.isdigit() or len(raw) > MAX_ID_DIGITS:
        return None
    return int(raw)


def back_to_menu() -> tuple[Button, ...]:
    return (button("md:menu", "button-back-to-menu"),)


@dataclass
class Desk:
    t: Turn
    store: MediatorStore
    links: InvitationPublisher
    settlements: tuple[Settlement, ...]
    valid_days: int
    mediator: Mediator | None = None

    @property
    def mediator_id(self) -> int:
        assert self.mediator is not None
        return self.mediator.id

    @property
    def actor(self) -> str:
        if self.mediator is not None:
            return f"mediator:{self.mediator.id}"
        return f"chat:{self.t.chat.id}"

    @property
    def valid_for(self) -> timedelta:
        return timedelta(days=self.valid_days)

    async def audit(self, action: str, family_id: int | None = None, detail: str = "") -> None:
        mediator_id = self.mediator.id if self.mediator is not None else None
        await self.store.audit(AuditEntry(self.actor, action, self.t.now, family_id, mediator_id, detail))

    async def ensure_chat_id(self) -> int:
        """The chat's id, saving a new chat first (bindings refer to it)."""
        if self.t.chat.id is None:
            self.t.chat.id = (await self.t.store.save_chat(self.t.chat)).id
        assert self.t.chat.id is not None
        return self.t.chat.id

    def menu_buttons(self) -> tuple[tuple[Button, ...], ...]:
        return tuple(tuple(button(data, label) for data, label in row) for row in MENU_ROWS)

    def show_menu(self, *lead: Text) -> None:
        self.t.goto("")
        self.t.say(*(lead or (Text("mediator-menu-title"),)), buttons=self.menu_buttons())

    async def my_family(self, raw_id: str) -> FamilyProfile | None:
        """The profile of one of this mediator's families, or None (someone else's, unknown, garbage)."""
        family_id = parse_id(raw_id)
        if family_id is None or self.mediator is None:
            return None
        profile = await self.store.profile(family_id)
        if profile is None or profile.mediator_id != self.mediator.id:
            return None
        return profile

    async def my_child(self, raw_id: str) -> tuple[FamilyProfile, Child] | None:
        child_id = parse_id(raw_id)
        family_id = await self.store.family_of_child(child_id) if child_id is not None else None
        profile = await self.my_family(str(family_id)) if family_id is not None else None
        if profile is None:
            return None
        for child in await self.t.store.children(profile.family_id):
            if child.id == child_id:
                return profile, child
        return None

    def settlement_name(self, key: str) -> Text:
        for settlement in self.settlements:
            if settlement.key == key:
                return Text("mediator-settlement", {"name": Serbian(settlement.name)})
        return Text("mediator-settlement-other")

    def language_name(self, locale: str) -> Text:
        return Text(LANGUAGE_NAMES.get(locale, "language-sr-latn"))
