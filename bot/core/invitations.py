"""Invitation codes, and what happens when someone opens one.

A code is 128 random bits from :mod:`secrets`, written as 22 characters of ``[A-Za-z0-9_-]`` (Telegram's
deep-link payload allows 64 of them). Only its SHA-256 is stored, so a copy of the database holds no usable
code. A code works once, until it expires (14 days by default) or a newer one replaces it.

Opening a family invitation binds the chat to the family a mediator prepared: no onboarding questions, just a
welcome in the family's language. Opening a mediator invitation binds the chat to that mediator. A used,
expired, replaced or unknown code gets a clear answer and changes nothing; before the chat has a language the
answer is in all three languages, like the language prompt.
"""

from __future__ import annotations

from bot.core import family_join, onboarding
from bot.core.desk import Desk, back_to_menu
from bot.core.family import Family
from bot.core.family_join import show_privacy_notice
from bot.core.invitation_codes import (
    EXPIRED,
    UNKNOWN,
    USED,
    VALID,
    hash_code,
    looks_like_code,
    make_invitation,
    state_of,
)
from bot.core.mediation import FAMILY_INVITATION, Invitation, Mediator
from bot.core.messages import SERBIAN_LATIN, Attachment, Reply, Text
from bot.core.turn import button

INVITATION_PICTURE = "cavororo-invitation.png"  # the name the mediator sees on the QR picture


async def redeem(d: Desk, code: str) -> bool:
    """Open an invitation code; True when the turn is answered, False to let the dialog resume as usual."""
    invitation = await d.store.find_invitation(hash_code(code)) if looks_like_code(code) else None
    state = state_of(invitation, d.t.now)
    if state == USED and invitation is not None and _own_family(d, invitation):
        d.t.goto("")
        d.t.show_menu(Text("invitation-welcome-back"))  # her own invitation, opened again: nothing to fear
        return True
    if state != VALID or invitation is None or invitation.id is None:
        return _refuse(d, state)
    if invitation.kind == FAMILY_INVITATION:
        if d.mediator is not None:  # her own test scan must not use up the family's code
            d.show_menu(Text("invitation-family-in-mediator-chat"))
            return True
        family = await d.t.store.get_family(invitation.family_id) if invitation.family_id else None
        if family is None:
            return _refuse(d, UNKNOWN)
        if family_join.applies(d, invitation):  # she has a family already: ask before anything moves
            return await family_join.ask(d, code)
        if not await _claim(d, invitation.id):
            return _refuse(d, USED)
        return await _bind_family(d, family)
    mediator = await d.store.get_mediator(invitation.mediator_id) if invitation.mediator_id else None
    if mediator is None or not mediator.active:
        return _refuse(d, EXPIRED)
    if not await _claim(d, invitation.id):
        return _refuse(d, USED)
    return await _bind_mediator(d, mediator)


def _own_family(d: Desk, invitation: Invitation) -> bool:
    """A family invitation of the family this chat already belongs to."""
    return (invitation.kind == FAMILY_INVITATION and invitation.family_id is not None
            and d.mediator is None and d.t.chat.family_id == invitation.family_id)


async def _claim(d: Desk, invitation_id: int) -> bool:
    """Use the invitation for this chat; False when another chat opened it a moment earlier."""
    return await d.store.use_invitation(invitation_id, await d.ensure_chat_id(), d.t.now)


def _refuse(d: Desk, state: str) -> bool:
    d.t.say(Text(f"invitation-{state}-any" if d.t.chat.locale is None else f"invitation-{state}"))
    if d.mediator is not None:
        d.show_menu()
        return True
    return False


async def _bind_mediator(d: Desk, mediator: Mediator) -> bool:
    await d.store.bind_mediator_chat(mediator.id, await d.ensure_chat_id())
    d.mediator = mediator
    await d.audit("mediator_bound")
    if d.t.chat.locale is None:
        d.t.say(Text("mediator-welcome-any"))
        onboarding.ask_language(d.t)
    else:
        d.show_menu(Text("mediator-welcome"))
    return True


async def _bind_family(d: Desk, family: Family) -> bool:
    assert family.id is not None
    profile = await d.store.profile(family.id)
    d.t.chat.family_id = family.id
    d.t.family = family
    if d.t.chat.locale is None:
        d.t.chat.locale = profile.locale if profile is not None else SERBIAN_LATIN
    await d.audit("invitation_opened", family.id)
    d.t.goto("")
    d.t.say(Text("invitation-family-welcome"))
    show_privacy_notice(d)
    return True


async def send_family_invitation(d: Desk, family_id: int, *lead: Text) -> None:
    """Issue the family's invitation (replacing any unused one) and show its links and QR code."""
    t = d.t
    await d.store.revoke_invitations(family_id=family_id, at=t.now)
    code, invitation = make_invitation(FAMILY_INVITATION, t.now, d.valid_for, d.actor, family_id=family_id)
    await d.store.add_invitation(invitation)
    await d.audit("invitation_issued", family_id)
    published = d.links.publish(code)
    until = invitation.expires_at.astimezone(t.zone).date()
    parts = [*lead, Text("mediator-invitation-family", {"until": until})]
    if published.viber:
        parts.append(Text("mediator-invitation-viber", {"link": published.viber}))
    if published.telegram:
        parts.append(Text("mediator-invitation-telegram", {"link": published.telegram}))
    if not (published.viber or published.telegram):
        parts.append(Text("mediator-invitation-code", {"code": code}))
    picture = None
    if published.image_png:
        parts.append(Text("mediator-invitation-qr"))
        picture = Attachment(INVITATION_PICTURE, published.image_png, "image/png")
    buttons = ((button(f"md:fam:{family_id}", "mediator-family-open"),), back_to_menu())
    t.replies.append(Reply(parts=tuple(parts), buttons=buttons, attachment=picture))
