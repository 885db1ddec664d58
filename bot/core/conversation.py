"""The dialog engine: one inbound event + the stored state -> replies + the new state.

Every button press is checked against what it may do now: a step's buttons only work in that step, a child id
must belong to the sender's family, and anything else (a stale keyboard, forged or garbage data) gets a polite
"that button is no longer active" and changes nothing.
"""

from __future__ import annotations

import copy
from collections.abc import Awaitable, Callable

from bot.core import (
    card,
    checkbacks,
    checkin_dialog,
    children_menu,
    gender,
    guides,
    illness,
    menu,
    onboarding,
    privacy_dialog,
    reminders,
    removal,
    services_menu,
    settings_menu,
    whole_calendar,
)
from bot.core.family import Chat
from bot.core.library import Library
from bot.core.mediator import Mediation
from bot.core.messages import SERBIAN_LATIN, Inbound, Response, Text
from bot.core.ports import Clock, Store
from bot.core.turn import Turn, button

MAX_TEXT = 4096  # longer inputs are not read (no step needs them)

# Button verbs that name a child of the family ("tip:12"): verb -> action.
_CHILD_VERBS: dict[str, menu.ChildAction] = {
    "tip": menu.tip,
    "plan": menu.plan,
    "cal": whole_calendar.show,
    "date": menu.ask_new_birth_date,
    "rm": removal.ask_reason,
    illness.VERB: illness.show,
    "rn": children_menu.ask_rename,
    "erl": children_menu.ask_weeks,
    children_menu.ON_TIME: children_menu.on_time,
    "sex": gender.ask_change,
    "ci-how": checkin_dialog.how,  # 📈 How is my child doing (issue 19)
}
# Menu buttons that act on one child: data -> (child verb, question when there are several children).
_MENU: dict[str, tuple[str, str]] = {
    "m:ill": (illness.VERB, "choose-child-ill"),
    "m:tip": ("tip", "choose-child-tip"),
    "m:plan": ("plan", "choose-child-plan"),
    "kids:date": ("date", "choose-child-date"),
    "kids:remove": ("rm", "choose-child-remove"),
    "kids:rename": ("rn", "choose-child-rename"),
    "kids:early": ("erl", "choose-child-early"),
    "kids:gender": ("sex", "choose-child-gender"),
    "kids:how": ("ci-how", "choose-child-how"),
}


class Conversation:
    """Stateless between calls: all state lives in the Store, so any process can answer any chat."""

    def __init__(self, library: Callable[[], Library], clock: Clock, mediation: Mediation | None = None) -> None:
        self._library = library
        self._clock = clock
        self._mediation = mediation  # the mediators' part: invitation codes, mediator chats, "I need my mediator"

    async def handle(self, store: Store, inbound: Inbound) -> Response:
        chat = await store.get_chat(inbound.user) or Chat(user=inbound.user)
        before = copy.deepcopy(chat)
        family = await store.get_family(chat.family_id) if chat.family_id is not None else None
        t = Turn(store, chat, family, self._library(), self._clock.now(), self._clock.today(), self._clock.zone)
        if self._mediation is None or not await self._mediation.handle(t, inbound):
            await self._route(t, inbound)
        if not privacy_dialog.erased(chat.step) and (chat != before or chat.id is None):  # /delete: nothing to save
            await store.save_chat(chat)
        return Response(locale=chat.locale or SERBIAN_LATIN, replies=tuple(t.replies))

    async def _route(self, t: Turn, inbound: Inbound) -> None:
        if inbound.start is not None:
            await self._start(t)
        elif inbound.command is not None:
            await self._command(t, inbound.command)
        elif t.chat.locale is None and not (inbound.press or "").startswith(privacy_dialog.VERB + ":"):
            press = inbound.press or ""
            if press.startswith("lang:"):
                await onboarding.choose_language(t, press[5:])
            else:
                onboarding.ask_language(t)
        elif inbound.press is not None:
            await self._press(t, inbound.press)
        elif inbound.location is not None:
            await self._location(t, inbound.location)
        elif inbound.text is not None:
            await self._text(t, inbound.text)
        else:
            await self.prompt(t)

    async def _start(self, t: Turn) -> None:
        if t.chat.data.get("purpose") == "first":  # still entering the first child: resume there
            await self.prompt(t)
        elif t.onboarded:
            t.goto("")
            t.show_menu(Text("menu-welcome-back"))
        elif t.chat.locale is None or t.chat.step == "declined":
            onboarding.ask_language(t)
        else:
            await self.prompt(t)

    async def _command(self, t: Turn, command: str) -> None:
        if command == "language":
            onboarding.ask_language(t)
        elif command == "help":
            privacy_dialog.help_text(t)
            if not t.onboarded:
                await self.prompt(t)
        elif command in privacy_dialog.COMMANDS:
            await privacy_dialog.command(t, command)
            await self._after_privacy(t)
        elif command == "menu" and t.onboarded:
            t.goto("")
            t.show_menu()
        elif command == "ill" and t.onboarded:
            t.goto("")
            await menu.with_child(t, illness.VERB, "choose-child-ill", illness.show)
        elif command == "stop" and t.onboarded:
            await reminders.stop(t)
        elif command == "pause" and t.onboarded:
            reminders.ask_pause(t)
        else:
            await self.prompt(t)

    async def prompt(self, t: Turn) -> None:
        """Ask again for what the current step is waiting for (or show the menu)."""
        step, data = t.chat.step, t.chat.data
        if t.chat.locale is None or step == "language":
            onboarding.ask_language(t)
        elif step in ("", "consent") and not t.onboarded:
            onboarding.ask_consent(t)
        elif step == "declined":
            t.say(Text("onboarding-declined"), buttons=((button("start", "onboarding-start-again"),),))
        elif step == "nickname":
            onboarding.ask_nickname(t, str(data.get("purpose", "first")))
        elif step == onboarding.NAME_OR_DATE_STEP:
            onboarding.ask_name_or_date(t)
        elif step == "gender":
            nickname = data.get("nickname")
            onboarding.ask_gender(t, str(data.get("purpose", "first")), str(nickname) if nickname else None)
        elif step == "birth_date":
            nickname, said = data.get("nickname"), data.get("gender")
            onboarding.ask_birth_date(t, str(data.get("purpose", "first")), str(nickname) if nickname else None,
                                      str(said) if said else None)
        elif step == "early":
            onboarding.ask_early(t)
        elif step == "weeks":
            onboarding.ask_weeks(t)
        elif step == "change_date" and (child := await t.child(str(data.get("child", "")))) is not None:
            await menu.ask_new_birth_date(t, child)
        elif step == gender.CHANGE_STEP and (child := await t.child(str(data.get("child", "")))) is not None:
            await gender.ask_change(t, child)
        elif step == reminders.DATE_STEP and t.onboarded:
            reminders.ask_date(t)
        elif step == card.DATE_STEP and t.onboarded:
            card.ask_date(t)
        elif step in (children_menu.RENAME_STEP, children_menu.WEEKS_STEP) \
                and (child := await t.child(str(data.get("child", "")))) is not None:
            await (children_menu.ask_rename if step == children_menu.RENAME_STEP else children_menu.ask_weeks)(t, child)
        elif step == checkin_dialog.STEP and t.onboarded and await checkin_dialog.reask(t):
            pass
        elif step == privacy_dialog.DELETE_STEP:
            privacy_dialog.ask_delete(t)
        elif step in (removal.TELL_STEP, removal.PAUSE_STEP) and t.onboarded:
            removal.ask_again(t)
        else:
            t.goto("")
            t.show_menu()

    async def _press(self, t: Turn, data: str) -> None:
        verb, _, arg = data.partition(":")
        step_handlers: dict[str, Callable[[], Awaitable[None]]] = {
            "language": lambda: onboarding.choose_language(t, arg) if verb == "lang" else self._stale(t),
            "consent": lambda: onboarding.answer_consent(t, arg) if verb == "consent" else self._stale(t),
            "nickname": lambda: onboarding.answer_nickname(t, None) if data == "skip" else self._stale(t),
            onboarding.NAME_OR_DATE_STEP: lambda: (
                onboarding.answer_name_or_date(t, arg) if verb == "nick" else self._stale(t)),
            "gender": lambda: onboarding.answer_gender(t, arg if verb == "gender" else None)
            if verb == "gender" or data == "skip" else self._stale(t),
            "early": lambda: onboarding.answer_early(t, arg) if verb == "early" else self._stale(t),
            "weeks": lambda: onboarding.answer_weeks(t, None) if data == "skip" else self._stale(t),
        }
        if data == "start" and t.chat.step == "declined":
            onboarding.ask_language(t)
        elif verb == "lang" and len(data) <= 16:
            await onboarding.choose_language(t, arg)
        elif verb == privacy_dialog.VERB:
            if await privacy_dialog.press(t, arg):
                await self._after_privacy(t)
            else:
                await self._stale(t)
        elif not t.onboarded:
            await step_handlers.get(t.chat.step, lambda: self._stale(t))()
        elif t.chat.step in ("nickname", "gender", "early", "weeks", onboarding.NAME_OR_DATE_STEP) \
                and verb in ("skip", "early", "nick", "gender"):
            await step_handlers[t.chat.step]()
        else:
            await self._menu_press(t, verb, arg, data)

    async def _menu_press(self, t: Turn, verb: str, arg: str, data: str) -> None:
        if data == "menu":
            t.goto("")
            t.show_menu()
        elif data in _MENU:
            child_verb, question = _MENU[data]
            await menu.with_child(t, child_verb, question, _CHILD_VERBS[child_verb])
        elif data == "m:services":
            services_menu.services(t)
        elif data == "m:kids":
            await menu.children(t)
        elif data == "m:settings":
            settings_menu.settings(t)
        elif verb == settings_menu.VERB:
            if not await settings_menu.press(t, arg):
                await self._stale(t)
        elif data == "m:lang":
            onboarding.ask_language(t)
        elif data == "m:help":
            privacy_dialog.help_text(t)
        elif data == "kids:add":
            onboarding.ask_nickname(t, "add")
        elif verb == "gender" and t.chat.step == gender.CHANGE_STEP:
            if not await gender.change(t, arg):
                await self._stale(t)
        elif verb in services_menu.VERBS:
            if not services_menu.press(t, verb, arg):
                await self._stale(t)
        elif verb in guides.VERBS:
            if not guides.press(t, verb, arg):
                await self._stale(t)
        elif verb in removal.VERBS:
            if not await removal.press(t, verb, arg):
                await self._stale(t)
        elif verb == illness.VERB and ":" in arg:
            if not await illness.press(t, arg):
                await self._stale(t)
        elif verb in reminders.VERBS:
            if not await reminders.press(t, verb, arg):
                await self._stale(t)
        elif verb in checkin_dialog.VERBS:
            if not await checkin_dialog.press(t, verb, arg):
                await self._stale(t)
        elif verb == checkbacks.VERB:
            if not await checkbacks.press(t, arg):
                await self._stale(t)
        elif verb in card.VERBS:
            if not await card.press(t, verb, arg):
                await self._stale(t)
        elif verb in _CHILD_VERBS:
            child = await t.child(arg)
            if child is None:
                await self._stale(t)
            else:
                await _CHILD_VERBS[verb](t, child)
        else:
            await self._stale(t)

    async def _after_privacy(self, t: Turn) -> None:
        """Before onboarding ends, ask again what the step waits for (privacy is reachable at any step)."""
        if not t.onboarded and t.chat.step not in (privacy_dialog.DELETE_STEP, privacy_dialog.ERASED_STEP):
            await self.prompt(t)

    async def _stale(self, t: Turn) -> None:
        t.say(Text("button-stale"))
        await self.prompt(t)

    async def _location(self, t: Turn, where: tuple[float, float]) -> None:
        lat, lon = where
        if t.onboarded and -90 <= lat <= 90 and -180 <= lon <= 180:
            services_menu.nearest(t, lat, lon)
        else:
            await self.prompt(t)

    async def _text(self, t: Turn, text: str) -> None:
        if text == "":  # what a channel cannot read (a voice note, a sticker, a photo): the same on both
            t.say(Text("message-unsupported"))
            await self.prompt(t)
            return
        if len(text) > MAX_TEXT:
            text = " "
        step = t.chat.step
        if step in ("nickname", onboarding.NAME_OR_DATE_STEP):
            await onboarding.answer_nickname(t, text)
        elif step == "gender":
            await onboarding.typed_at_gender(t, text)
        elif step == "birth_date":
            await onboarding.answer_birth_date(t, text)
        elif step == "weeks":
            await onboarding.answer_weeks(t, text)
        elif step == "change_date" and t.onboarded:
            await menu.change_birth_date(t, text)
        elif step == reminders.DATE_STEP and t.onboarded:
            await reminders.answer_date(t, text)
        elif step == card.DATE_STEP and t.onboarded:
            await card.answer_date(t, text)
        elif step == children_menu.RENAME_STEP and t.onboarded:
            await children_menu.rename(t, text)
        elif step == children_menu.WEEKS_STEP and t.onboarded:
            await children_menu.change_weeks(t, text)
        elif t.onboarded and step == "":  # at the menu: the "please choose" line with the menu under it
            t.show_menu(Text("fallback-not-understood"))
        else:
            t.say(Text("fallback-not-understood"))
            await self.prompt(t)
