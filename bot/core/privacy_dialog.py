"""Privacy in the chat: the plain-language notice (/privacy), everything stored about the family (/mydata, also
as a JSON file) and erasure (/delete, after a confirmation). Withdrawing consent is /delete.

Button data (at most 64 bytes)::

    privacy:notice       the notice
    privacy:data         what is stored
    privacy:file         the same as a JSON file (an attachment)
    privacy:delete       asks "delete everything?" (step DELETE_STEP)
    privacy:delete-yes   erases; works only in DELETE_STEP, so a stale or forged press changes nothing
    privacy:delete-no    keeps everything

Erasure removes the family, its children and everything recorded about them, and the family's chats, in the
turn's one transaction (``Store.erase_family``, ``Store.erase_chat``); the chat is left in ERASED_STEP, which
tells the engine not to save it again (:func:`erased`). What storage keeps afterwards: docs/privacy.md.
"""

from __future__ import annotations

import json

from bot.core import checkbacks, checkin_dialog
from bot.core.family import Family
from bot.core.mediation import CONSENT_IMPORTED, CONSENT_IN_CHAT, CONSENT_IN_PERSON
from bot.core.messages import Attachment, Button, Lines, Reply, Serbian, Text
from bot.core.personal_data import ChildData, Erasure, FamilyData, chat_document, family_document
from bot.core.turn import Turn, button, child_name, menu_buttons

VERB = "privacy"
COMMANDS = frozenset({"mydata", "delete", "privacy"})
DELETE_STEP = "privacy-delete"
ERASED_STEP = "privacy-erased"
PARENT = "parent"  # the actor and reason of an erasure the family asked for
LANGUAGE_LABELS = {"rom": "language-rom", "sr-Latn": "language-sr-latn", "sr-Cyrl": "language-sr-cyrl",
                   "en": "language-en"}
CHANNEL_LABELS = {"telegram": "privacy-channel-telegram", "viber": "privacy-channel-viber",
                  "terminal": "privacy-channel-terminal"}
CONSENT_METHODS = {CONSENT_IN_PERSON: "privacy-consent-method-in-person",
                   CONSENT_IMPORTED: "privacy-consent-method-imported",
                   CONSENT_IN_CHAT: "privacy-consent-method-in-chat"}
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # as in bot.core.directory
# Rows of buttons (data "privacy:<action>", see above).
NOTICE_ROW = (button("privacy:notice", "privacy-menu-entry"),)
DATA_ROW = (button("privacy:data", "privacy-button-data"),)
FILE_ROW = (button("privacy:file", "privacy-button-file"),)
DELETE_ROW = (button("privacy:delete", "privacy-button-delete"),)
CONFIRM_ROWS = ((button("privacy:delete-yes", "privacy-delete-yes"),),
                (button("privacy:delete-no", "privacy-delete-no"),))


def erased(chat_step: str) -> bool:
    """True when this turn erased the chat: the engine must not save it again."""
    return chat_step == ERASED_STEP


def _closing_rows(t: Turn, *rows: tuple[Button, ...]) -> tuple[tuple[Button, ...], ...]:
    return rows + (((button("menu", "button-back-to-menu"),),) if t.onboarded else ())


async def command(t: Turn, name: str) -> None:
    if name == "privacy":
        notice(t)
    elif name == "mydata":
        await show_data(t)
    else:
        ask_delete(t)


async def press(t: Turn, action: str) -> bool:
    """A privacy button; False when the press is stale (the caller says so and changes nothing)."""
    if action == "notice":
        notice(t)
    elif action == "data":
        await show_data(t)
    elif action == "file":
        return await send_file(t)
    elif action == "delete":
        ask_delete(t)
    elif action == "delete-yes":
        return await delete(t)
    elif action == "delete-no" and t.chat.step == DELETE_STEP:
        t.goto(str(t.chat.data.get("back", "")))
        t.say(Text("privacy-delete-cancelled"), buttons=menu_buttons() if t.onboarded else ())
    else:
        return False
    return True


def notice(t: Turn) -> None:
    t.say(Text("privacy-notice"), buttons=_closing_rows(t, DATA_ROW, DELETE_ROW))


def help_text(t: Turn) -> None:
    """The help text, with a way to the privacy notice and the family's data (the main menu stays short)."""
    rows = (NOTICE_ROW,) + (menu_buttons() if t.onboarded else ())
    t.say(Text("help-text"), buttons=rows)


# -- /mydata -------------------------------------------------------------------------------------------------


async def show_data(t: Turn) -> None:
    data = await _family_data(t)
    if data is None:
        _nothing_but_the_chat(t)
        return
    t.say(_summary(t, data))
    known = {dose.id for dose in t.library.doses}
    tip_ids = {tip.id for tip in t.library.tips}
    for item in data.children:
        t.say(_child_text(item, known), *checkin_dialog.mydata_text(
            item.checkins, {q.id for c in t.library.checkpoints for q in c.questions}))
        if item.checkbacks:
            t.say(checkbacks.answers_text(item.child, item.checkbacks, tip_ids))
    if data.profile is not None:
        t.say(_mediator_text(data))
    t.say(Text("privacy-data-rights"), buttons=_closing_rows(t, FILE_ROW, DELETE_ROW))


async def _family_data(t: Turn) -> FamilyData | None:
    if t.family is None or t.family.id is None:
        return None
    return await t.store.family_data(t.family.id)


def _nothing_but_the_chat(t: Turn) -> None:
    """No family: only the chat itself is stored (the engine saves it after any first contact)."""
    language = _language(t.chat.locale)
    t.say(Text("privacy-data-chat-only", {"language": language}),
          buttons=_closing_rows(t, DELETE_ROW))


def _language(locale: str | None) -> Text:
    return Text(LANGUAGE_LABELS.get(locale or "", "privacy-language-none"))


def _summary(t: Turn, data: FamilyData) -> Text:
    family = data.family
    channels = tuple(Text(CHANNEL_LABELS.get(c.channel, "privacy-channel-other"), {"name": c.channel})
                     for c in data.chats)
    return Text("privacy-data-family", {
        "consent": _consent(data),
        "language": _language(t.chat.locale),
        "reminders": _reminders(family),
        "chats": Lines(channels, ", ") if channels else Text("privacy-data-no-chats"),
        "pending": data.pending_reminders,
        "children": len(data.children),
    })


def _consent(data: FamilyData) -> Text:
    family = data.family
    if family.consent_at is None:
        return Text("privacy-consent-none")
    args: dict[str, object] = {"date": family.consent_at, "version": family.notice_version or "-"}
    if family.consent_by.startswith("mediator"):
        method = data.profile.consent_method if data.profile is not None else CONSENT_IN_PERSON
        args["method"] = Text(CONSENT_METHODS.get(method, "privacy-consent-method-other"))
        return Text("privacy-consent-mediator", args)
    return Text("privacy-consent-parent", args)


def _reminders(family: Family) -> Text:
    weekly = {"day": Text(f"weekday-on-{WEEKDAYS[family.tip_weekday % 7]}"), "hour": family.tip_hour}
    if family.reminders_stopped:
        return Text("privacy-reminders-stopped", weekly)
    if family.reminders_paused_until is not None:
        return Text("privacy-reminders-paused", {**weekly, "until": family.reminders_paused_until})
    return Text("privacy-reminders-on", weekly)


def _recorded_by(who: str) -> Text:
    if who == PARENT:
        return Text("privacy-recorded-by-parent")
    if who.startswith("mediator"):
        return Text("privacy-recorded-by-mediator")
    return Text("privacy-recorded-by-other")


def _vaccine(dose_id: str, known: set[str]) -> Text | str:
    """The dose's name; its stored id when the schedule no longer has it."""
    return Text("vaccine-" + dose_id.replace("_", "-")) if dose_id in known else dose_id


def _child_text(item: ChildData, known: set[str]) -> Text:
    child = item.child
    early = (Text("privacy-child-early", {"weeks": child.gestational_weeks}) if child.gestational_weeks
             else Text("privacy-child-on-time"))
    vaccines: Text | Lines = Text("privacy-child-no-vaccines")
    if item.records:
        vaccines = Lines(tuple(Text("privacy-child-vaccine", {
            "vaccine": _vaccine(r.dose_id, known), "date": r.given_on,
            "by": _recorded_by(r.recorded_by)}) for r in item.records))
    return Text("privacy-data-child", {"name": child_name(child), "born": child.birth_date, "early": early,
                                       "vaccines": vaccines, "tips": item.tips_seen})


def _mediator_text(data: FamilyData) -> Text:
    profile = data.profile
    assert profile is not None
    settlement: Text | Serbian = (Text("mediator-settlement-other") if profile.settlement == "other"
                                  else Serbian(profile.settlement))
    notes: Text | Lines = Text("privacy-mediator-no-notes")
    if data.notes:
        notes = Lines(tuple(Text("privacy-mediator-note", {"date": n.created_at, "text": n.text})
                            for n in data.notes))
    helps: Text | Lines = Text("privacy-mediator-no-help")
    if data.help_requests:
        helps = Lines(tuple(Text("privacy-mediator-help", {"date": at}) for at in data.help_requests))
    return Text("privacy-data-mediator", {
        "caregiver": profile.caregiver,
        "settlement": settlement,
        "phone": profile.phone or Text("privacy-mediator-no-phone"),
        "language": _language(profile.locale),
        "method": Text(CONSENT_METHODS.get(profile.consent_method, "privacy-consent-method-other")),
        "enrolled": profile.enrolled_at or Text("privacy-mediator-no-date"),
        "notes": notes,
        "help": helps,
    })


# -- the file and /delete ------------------------------------------------------------------------------------


async def send_file(t: Turn) -> bool:
    """Everything stored, as a JSON file."""
    data = await _family_data(t)
    document = (family_document(data, t.now) if data is not None
                else chat_document(t.chat.user.channel, t.chat.locale, t.now))
    content = json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")
    attachment = Attachment(f"cavororo-my-data-{t.today.isoformat()}.json", content, "application/json")
    t.replies.append(Reply(parts=(Text("privacy-file-caption"),), attachment=attachment))
    return True


def ask_delete(t: Turn) -> None:
    back = t.chat.data.get("back", "") if t.chat.step == DELETE_STEP else t.chat.step
    t.goto(DELETE_STEP, back=back if back == "declined" else "")  # "No, keep" returns there
    t.say(Text("privacy-delete-confirm"), buttons=CONFIRM_ROWS)


async def delete(t: Turn) -> bool:
    """Erase the family and this chat; only from the confirmation step (anything else is stale)."""
    if t.chat.step != DELETE_STEP:
        return False
    erasure = Erasure(actor=PARENT, reason=PARENT, at=t.now, day=t.today)
    if t.family is not None and t.family.id is not None:
        await t.store.erase_family(t.family.id, erasure)  # its chats, this one included, go with it
    if t.chat.id is not None:
        await t.store.erase_chat(t.chat.user, erasure)  # a chat without a family (declined, mid-onboarding)
    t.family = None
    t.chat.family_id = None
    t.chat.id = None
    t.goto(ERASED_STEP)
    t.say(Text("privacy-deleted"), buttons=((button("start", "onboarding-start-again"),),))
    return True
