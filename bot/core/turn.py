"""One turn of the dialog: what the engine knows while it answers one inbound event."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from bot.core.age import describe_age
from bot.core.family import UNKNOWN_GENDER, Chat, Child, Family
from bot.core.library import Library
from bot.core.messages import Button, Location, Reply, Text
from bot.core.ports import Store

# The main menu: (button data, label message id), in rows.
# Language and Help live in ⚙️ Settings (bot.core.settings_menu); their old buttons ("m:lang", "m:help") still work.
MENU_ROWS: tuple[tuple[tuple[str, str], ...], ...] = (
    (("m:ill", "menu-ill"),),  # "My child is ill": bot.core.illness
    (("m:tip", "menu-tip"),),
    (("m:plan", "menu-plan"),),
    (("m:services", "menu-services"),),
    (("m:kids", "menu-children"), ("m:mediator", "menu-mediator")),  # "I need my mediator": bot.core.mediator
    (("m:settings", "menu-settings"),),
)


def button(data: str, label_id: str, **args: object) -> Button:
    return Button(Text(label_id, args), data)


def menu_buttons() -> tuple[tuple[Button, ...], ...]:
    return tuple(tuple(button(data, label) for data, label in row) for row in MENU_ROWS)


def child_name(child: Child) -> Text:
    """How the bot names a child: the nickname, or "your child born <date>".

    The name carries the child's grammatical gender (``$gender``: "girl", "boy" or "unknown"); a message that
    takes this name as an argument may select on ``$gender`` too (see bot.i18n.translator).
    """
    gender = child.gender or UNKNOWN_GENDER
    if child.nickname:
        return Text("child-name", {"name": child.nickname, "gender": gender})
    return Text("child-name-unnamed", {"born": child.birth_date, "gender": gender})


@dataclass
class Turn:
    store: Store
    chat: Chat
    family: Family | None
    library: Library
    now: datetime
    today: date
    zone: tzinfo  # the local time zone of ``today`` (the Clock's, from the TIMEZONE setting)
    replies: list[Reply] = field(default_factory=list)

    @property
    def onboarded(self) -> bool:
        return self.family is not None and self.family.consent_at is not None

    def say(
        self,
        *parts: Text,
        buttons: tuple[tuple[Button, ...], ...] = (),
        location: Location | None = None,
        media: tuple[str, ...] = (),
        voice: tuple[str, ...] = (),
    ) -> None:
        self.replies.append(Reply(parts=parts, buttons=buttons, location=location, media=media, voice=voice))

    def say_with_menu(self, *parts: Text, media: tuple[str, ...] = ()) -> None:
        self.say(*parts, buttons=menu_buttons(), media=media)

    def show_menu(self, *lead: Text) -> None:
        self.say_with_menu(*(lead or (Text("menu-title"),)))

    def goto(self, step: str, **data: object) -> None:
        self.chat.step = step
        self.chat.data = dict(data)

    async def children(self) -> list[Child]:
        if self.family is None or self.family.id is None:
            return []
        return await self.store.children(self.family.id)

    async def child(self, raw_id: str) -> Child | None:
        """The family's child with this id, or None for anything else (another family's child, garbage)."""
        if not raw_id.isascii() or not raw_id.isdigit() or len(raw_id) > 12:
            return None
        wanted = int(raw_id)
        for child in await self.children():
            if child.id == wanted:
                return child
        return None

    def age(self, child: Child) -> Text:
        return describe_age(child.birth_date, self.today)

    def child_buttons(self, verb: str, children: list[Child]) -> tuple[tuple[Button, ...], ...]:
        rows = tuple((Button(child_name(c), f"{verb}:{c.id}"),) for c in children)
        return rows + ((button("menu", "button-back-to-menu"),),)
