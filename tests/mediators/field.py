"""Helpers for the mediator tests: a bot with invitation links configured, mediators, enrolment by dialog."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from pathlib import Path

from bot.app import App, build
from bot.cli import parser
from bot.clock import FixedClock
from bot.config import Settings
from bot.core.family import Chat, Child, Family
from bot.core.invitation_codes import make_invitation
from bot.core.mediation import FAMILY_INVITATION, MEDIATOR_INVITATION, FamilyProfile, Mediator
from bot.core.messages import ChannelUser
from bot.storage.mediators import SqlMediators
from tests.fakes.chat import CONTENT, NOW, ChatDriver

BOT_USERNAME = "cavororo_test_bot"
CHAT_URI = "cavororo"
CODE = re.compile(r"start=([A-Za-z0-9_-]+)")
LINK_SETTINGS = {"TELEGRAM_BOT_USERNAME": BOT_USERNAME, "VIBER_CHAT_URI": CHAT_URI}
LANGUAGE_LABELS = {"rom": "language-rom", "sr-Latn": "language-sr-latn", "sr-Cyrl": "language-sr-cyrl",
                   "en": "language-en"}


def settings(database_url: str, media: Path, **extra: object) -> Settings:
    values = {"DATABASE_URL": database_url, "CONTENT_DIR": CONTENT, "GENERATED_MEDIA_DIR": media,
              **LINK_SETTINGS, **extra}
    return Settings(**values)  # type: ignore[arg-type]


async def make_field_app(database_url: str, media: Path, clock: FixedClock | None = None) -> App:
    return await build(settings(database_url, media), clock=clock or FixedClock(NOW), strict_content=True)


async def new_mediator(app: App, name: str, *, valid_days: int = 14) -> tuple[Mediator, str]:
    """A mediator added as the operator does, with the code of her invitation."""
    async with app.database.transaction() as store:
        mediators = SqlMediators(store.session)
        mediator = await mediators.add_mediator(name)
        code, invitation = make_invitation(MEDIATOR_INVITATION, NOW, timedelta(days=valid_days), "operator",
                                           mediator_id=mediator.id)
        await mediators.add_invitation(invitation)
    return mediator, code


async def family_code(app: App, family_id: int, *, valid_days: int = 14) -> str:
    async with app.database.transaction() as store:
        code, invitation = make_invitation(FAMILY_INVITATION, NOW, timedelta(days=valid_days), "test",
                                           family_id=family_id)
        await SqlMediators(store.session).add_invitation(invitation)
    return code


async def mediator_chat(app: App, name: str, user_id: str, channel: str = "terminal",
                        locale: str = "en") -> tuple[Mediator, ChatDriver]:
    """A mediator who opened her invitation and chose a language: her chat is at her menu."""
    mediator, code = await new_mediator(app, name)
    chat = ChatDriver(app, user_id, channel)
    await chat.start(code)
    chat.locale = locale
    await chat.press_id(LANGUAGE_LABELS[locale])
    return mediator, chat


def code_in(text: str) -> str:
    found = CODE.search(text)
    assert found, f"no invitation link in {text!r}"
    return found.group(1)


async def enrol(chat: ChatDriver, caregiver: str = "Mira", *, language: str = "en", phone: str | None = None,
                settlement: str = "Altina", children: tuple[tuple[str | None, str, int | None], ...] = (
                    ("Luka", "3.3.2025", None),)) -> str:
    """The whole enrolment through the mediator's buttons; returns the family's invitation code."""
    await chat.press_id("mediator-menu-enrol")
    await chat.text(caregiver)
    await chat.press_id(LANGUAGE_LABELS[language])
    await (chat.text(phone) if phone else chat.press_id("button-skip"))
    await chat.press(settlement)
    for number, (nickname, born, weeks) in enumerate(children):
        if number:
            await chat.press_id("mediator-enrol-another-child")
        await (chat.text(nickname) if nickname else chat.press_id("button-skip"))
        await chat.text(born)
        if weeks is None:
            await chat.press_id("child-early-no")
        else:
            await chat.press_id("child-early-yes")
            await chat.text(str(weeks))
    await chat.press_id("mediator-enrol-no-more-children")
    await chat.press_id("mediator-enrol-consent-yes")
    return code_in(chat.transcript)


async def family_ids(app: App, mediator_id: int) -> list[int]:
    async with app.database.transaction() as store:
        return [p.family_id for p in await SqlMediators(store.session).profiles(mediator_id)]


async def seed_family(app: App, mediator_id: int, caregiver: str, born: date, *, enrolled: datetime = NOW,
                      chat: ChannelUser | None = None, active: bool = True) -> tuple[int, int]:
    """A family enrolled by this mediator with one child (and a bound chat), straight into the database:
    (family id, child id)."""
    async with app.database.transaction() as store:
        family = await store.create_family(Family(consent_at=enrolled, consent_by=f"mediator:{mediator_id}"))
        assert family.id is not None
        child = await store.add_child(Child(family.id, born, caregiver + " jr", enrolled_on=born))
        await SqlMediators(store.session).save_profile(
            FamilyProfile(family.id, mediator_id, caregiver, "en", "altina", None, "in_person", enrolled))
        if chat is not None:
            await store.save_chat(Chat(user=chat, locale="en", family_id=family.id, active=active))
    assert child.id is not None
    return family.id, child.id


async def run_cli(*argv: str) -> int:
    """Run a `cavororo` command in this event loop; its exit status (a message means 1, as Python exits)."""
    args = parser().parse_args(list(argv))
    try:
        await args.run(args)
    except SystemExit as end:
        return end.code if isinstance(end.code, int) else int(end.code is not None)
    return 0
