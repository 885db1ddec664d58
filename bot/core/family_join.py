"""A parent who already has a family here opens another family's invitation (a mediator enrolled her too).

She is asked first; nothing moves silently. "Merge" puts her children into the invited family (the mediator's
profile, notes and reminders go on there) and deletes her first family, so no family is left without a chat,
outside /mydata and /delete. "Keep mine" leaves everything as it was and the invitation unused.

Button data: ``join:merge`` and ``join:keep``, valid only in step ``join`` (the code's hash waits in the chat's
data; the invitation is checked again on the answer).
"""

from __future__ import annotations

from bot.core.desk import Desk
from bot.core.family import Family
from bot.core.invitation_codes import VALID, hash_code, state_of
from bot.core.mediation import FAMILY_INVITATION, Invitation
from bot.core.messages import Lines, Text
from bot.core.turn import button, child_name

STEP = "join"
VERB = "join"


def applies(d: Desk, invitation: Invitation) -> bool:
    """A family invitation opened in a parent's chat that already belongs to another family."""
    family = d.t.family
    return (invitation.kind == FAMILY_INVITATION and d.mediator is None and family is not None
            and family.id is not None and family.id != invitation.family_id)


async def ask(d: Desk, code: str) -> bool:
    t = d.t
    kids = await t.children()
    names = Lines(tuple(child_name(child) for child in kids), ", ")
    t.goto(STEP, invitation=hash_code(code))
    t.say(Text("invitation-join-question", {"children": names, "count": len(kids)}),
          buttons=((button("join:merge", "invitation-join-merge"),), (button("join:keep", "invitation-join-keep"),)))
    return True


async def answer(d: Desk, arg: str) -> None:
    t = d.t
    code_hash = str(t.chat.data.get("invitation", ""))
    if t.chat.step != STEP or arg not in ("merge", "keep") or not code_hash:
        t.goto("")
        t.show_menu(Text("button-stale"))
        return
    if arg == "keep":
        t.goto("")
        t.show_menu(Text("invitation-join-kept"))
        return
    invitation = await d.store.find_invitation(code_hash)
    state = state_of(invitation, t.now)
    if invitation is None or invitation.id is None or state != VALID or not applies(d, invitation):
        t.goto("")
        t.show_menu(Text(f"invitation-{state if state != VALID else 'unknown'}"))
        return
    await _merge(d, invitation)


async def _merge(d: Desk, invitation: Invitation) -> None:
    t = d.t
    assert t.family is not None and t.family.id is not None and invitation.family_id is not None
    target = await t.store.get_family(invitation.family_id)
    if target is None or not await d.store.use_invitation(invitation.id or 0, await d.ensure_chat_id(), t.now):
        t.goto("")
        t.show_menu(Text("invitation-used"))
        return
    first = t.family.id
    await d.store.merge_family(first, invitation.family_id)
    await d.audit("families_merged", invitation.family_id, f"from:{first}")
    _joined(d, target)


def _joined(d: Desk, family: Family) -> None:
    d.t.chat.family_id = family.id
    d.t.family = family
    d.t.goto("")
    d.t.say(Text("invitation-join-merged"))
    show_privacy_notice(d)


def show_privacy_notice(d: Desk) -> None:
    """The privacy notice in writing, once per chat: when the parent's chat joins a family by invitation (the
    mediator read it aloud at enrolment; an invitation opened again only says "welcome back")."""
    d.t.show_menu(Text("invitation-privacy-intro"), Text("privacy-notice"))
