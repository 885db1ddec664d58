"""The mediators' part of the dialog, plugged into :class:`bot.core.conversation.Conversation`.

It answers three things before the parents' dialog sees them:

- a start code (``/start <code>`` on Telegram, the ``context`` of Viber's conversation_started): an
  invitation is opened (:mod:`bot.core.invitations`);
- anything from a chat bound to an active mediator: her own menu, enrolment, families, work list;
- a parent's "I need my mediator" button: the family lands on its mediator's work list and she gets a notice.

Mediator buttons carry ``md:<action>[:<ids>]``. A chat that is not a mediator's never reaches them: the parents'
dialog answers such a press as a stale button. A mediator's presses are checked against the step she is in
and every id against her own families.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from bot.core import (
    caseload,
    enrolment,
    family_join,
    fieldwork,
    invitation_codes,
    invitations,
    mediator_card,
    mediator_links,
    onboarding,
    romani_review,
)
from bot.core.desk import Desk
from bot.core.mediation import InvitationPublisher, MediatorStore, Settlement
from bot.core.messages import LOCALES, Inbound, Text
from bot.core.ports import Store
from bot.core.turn import Turn

HELP_PRESS = "m:mediator"
MAX_TEXT = 4096
Action = Callable[[Desk, str], Awaitable[None]]


class Mediation:
    def __init__(self, stores: Callable[[Store], MediatorStore], links: InvitationPublisher,
                 settlements: Sequence[Settlement], *, valid_days: int = invitation_codes.DEFAULT_VALID_DAYS,
                 reviews: Callable[[Store], romani_review.Reviews] | None = None) -> None:
        self._stores = stores
        self._reviews = reviews  # "🗣 Romani texts" (bot.core.romani_review); None: not wired
        self._links = links
        self._settlements = tuple(settlements)
        self._valid_days = valid_days

    async def handle(self, t: Turn, inbound: Inbound) -> bool:
        """True when this inbound event was answered here; False leaves it to the parents' dialog."""
        store = self._stores(t.store)
        mediator = await store.mediator_for_chat(t.chat.id) if t.chat.id is not None else None
        d = Desk(t, store, self._links, self._settlements, self._valid_days, mediator)
        if inbound.start and inbound.start.strip():
            return await invitations.redeem(d, inbound.start.strip())
        if mediator is not None:
            reviews = self._reviews(t.store) if self._reviews is not None else None
            if reviews is None or not await _review(d, reviews, inbound):
                await route(d, inbound)
            return True
        if inbound.press is not None and inbound.press.startswith(family_join.VERB + ":") and mediator is None:
            await family_join.answer(d, inbound.press.partition(":")[2])
            return True
        if inbound.press is not None and inbound.press.startswith(mediator_links.VERB + ":") and t.onboarded:
            await mediator_links.answer(d, inbound.press.partition(":")[2])
            return True
        if inbound.press == HELP_PRESS and t.onboarded:
            await ask_for_mediator(d)
            return True
        return False


async def _review(d: Desk, reviews: romani_review.Reviews, inbound: Inbound) -> bool:
    """The "🗣 Romani texts" presses, her better wording and her voice notes; False: not for the review."""
    step = d.t.chat.step
    if d.t.chat.locale is None:
        return False
    if inbound.press is not None:
        verb, _, rest = inbound.press.partition(":")
        action, _, arg = rest.partition(":")
        if verb != "md" or action not in ("rv", "rvok", "rvwr", "rvrec", "rvskip"):
            return False
        await romani_review.press(d, reviews, action, arg)
    elif inbound.voice is not None and step in (romani_review.STEP_SHOW, romani_review.STEP_RECORD):
        await romani_review.voice(d, reviews, inbound)
    elif inbound.text is not None and inbound.text.strip() and step == romani_review.STEP_WRITE:
        await romani_review.text(d, reviews, inbound.text)
    elif inbound.text is not None and step == romani_review.STEP_RECORD:
        d.t.say(Text("review-voice-expected"))
    else:
        return False
    return True


async def route(d: Desk, inbound: Inbound) -> None:
    t = d.t
    if inbound.press is not None:
        await _press(d, inbound.press)
    elif t.chat.locale is None or inbound.command == "language":
        onboarding.ask_language(t)
    elif inbound.start is not None or inbound.command == "menu":
        await show_menu(d)
    elif inbound.command == "help":
        await show_help(d, "")
    elif inbound.text is not None:
        await _text(d, inbound.text if len(inbound.text) <= MAX_TEXT else "")
    else:
        await prompt(d)


async def show_menu(d: Desk, _arg: str = "", *lead: Text) -> None:
    assert d.mediator is not None
    parts = list(lead) or [Text("mediator-menu-title", {"name": d.mediator.name})]
    unseen = await d.store.unseen_notices(d.mediator.id)
    if unseen:
        parts.append(Text("mediator-notices", {"count": unseen}))
    d.show_menu(*parts)


async def show_help(d: Desk, _arg: str) -> None:
    await show_menu(d, "", Text("mediator-help-text"))


async def _language(d: Desk, _arg: str) -> None:
    onboarding.ask_language(d.t)


async def _note(d: Desk, raw_id: str) -> None:
    profile = await d.my_family(raw_id)
    if profile is None:
        d.show_menu(Text("mediator-not-your-family"))
    else:
        caseload.ask_note(d, profile)


async def _find(d: Desk, _arg: str) -> None:
    caseload.ask_search(d)


async def _work(d: Desk, _arg: str) -> None:
    await caseload.show_work_list(d)


ACTIONS: dict[str, Action] = {
    "menu": show_menu,
    "help": show_help,
    "lang": _language,
    "enrol": lambda d, _arg: enrolment.begin(d),
    "fams": caseload.families,
    "find": _find,
    "work": _work,
    "fam": caseload.family_card,
    "vx": fieldwork.choose_child,
    "vxc": fieldwork.child_chosen,
    "vxd": fieldwork.dose_chosen,
    "vxf": mediator_card.family_asked,
    "note": _note,
    "inv": caseload.reissue,
    "ho": fieldwork.choose_mediator,
    "hot": fieldwork.hand_over,
    "pv": caseload.parent_view,
    "ok": caseload.help_handled,
    "lreq": mediator_links.requests,
    "adopt": mediator_links.adopt,
}
# Presses that only mean something in one step: step -> action -> handler.
STEP_PRESSES: dict[str, dict[str, Action]] = {**enrolment.PRESSES, **mediator_card.PRESSES}
TEXT_STEPS: dict[str, Callable[[Desk, str], Awaitable[None]]] = {
    **enrolment.TEXTS,
    "md-note": caseload.note,
    "md-search": caseload.search,
    mediator_card.DATE_STEP: mediator_card.date_typed,
}


async def _press(d: Desk, data: str) -> None:
    t = d.t
    verb, _, rest = data.partition(":")
    if verb == "lang" and rest in LOCALES:
        t.chat.locale = rest
        await show_menu(d, "", Text("language-changed"))
        return
    if t.chat.locale is None:
        onboarding.ask_language(t)
        return
    action, _, arg = rest.partition(":")
    step_action = STEP_PRESSES.get(t.chat.step, {}).get(action) if verb == "md" else None
    handler = step_action or (ACTIONS.get(action) if verb == "md" else None)
    if handler is None:
        t.say(Text("button-stale"))
        await prompt(d)
    else:
        await handler(d, arg)


async def _text(d: Desk, text: str) -> None:
    handler = TEXT_STEPS.get(d.t.chat.step)
    if handler is not None:
        await handler(d, text)
    else:
        d.t.say(Text("fallback-not-understood"))
        await prompt(d)


async def prompt(d: Desk) -> None:
    """Ask again what the current step waits for, or show her menu."""
    ask = enrolment.ASK.get(d.t.chat.step)
    if d.t.chat.locale is None:
        onboarding.ask_language(d.t)
    elif ask is not None:
        ask(d)
    elif d.t.chat.step == "md-search":
        caseload.ask_search(d)
    else:
        await show_menu(d)


async def ask_for_mediator(d: Desk) -> None:
    """A parent pressed "I need my mediator": put the family on her work list and tell her."""
    t = d.t
    assert t.family is not None and t.family.id is not None
    profile = await d.store.profile(t.family.id)
    if profile is None or mediator_links.pending(profile):  # enrolled alone: offer to ask for a mediator
        await mediator_links.offer(d, profile)
        return
    if profile.mediator_id is None:
        t.show_menu(Text("mediator-help-none"))
        return
    if profile.help_requested_at is None:
        profile.help_requested_at = t.now
        await d.store.save_profile(profile)
        await d.store.add_notice(profile.mediator_id, profile.family_id, "help", t.now)
    await d.audit("help_requested", profile.family_id)
    t.goto("")
    t.show_menu(Text("mediator-help-sent"))
