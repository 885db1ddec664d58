"""The parent's answers to a reminder (Done / Not yet / Remind me later), and /stop and /pause.

A reminder message (``scheduler/compose.py``) carries buttons naming the outbox row ("reminder") they answer.
Button data, each at most 64 bytes::

    rem:<id>         a message with several items: answer this one (shows its three answers)
    rem-done:<id>    done: a vaccine asks when (today / another date); a check-up is noted at once
    rem-today:<id>   the vaccine was given today
    rem-date:<id>    the vaccine was given on another day: asks for the date (step "reminder_date")
    rem-not:<id>     not yet: reminded again in NOT_YET_DAYS days
    rem-later:<id>   remind me later: reminded again in LATER_DAYS days
    pause:<days>     pause reminders for one of PAUSE_CHOICES days
    rem-on           reminders on again (after /stop or /pause)

Every press is checked like any other: the row must exist, belong to the sender's family and take that
answer; anything else is a stale button and changes nothing. A new reminder ("later-<id>", "notyet-<id>") has
an idempotency key made from the answered row's id, so pressing the same button twice plans it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol, runtime_checkable

from bot.core.dates import BirthDateError, parse_birth_date
from bot.core.family import Child, VaccinationRecord
from bot.core.library import Dose, Visit
from bot.core.messages import Button, Text
from bot.core.turn import Turn, button, child_name

NOT_YET_DAYS = 7
LATER_DAYS = 2
PAUSE_CHOICES: tuple[int, ...] = (7, 14, 30)
ANSWERABLE = frozenset({"vaccine", "checkup"})  # kinds that take Done / Not yet / Later
LATER_ONLY = frozenset({"catchup"})  # kinds that take only "Remind me later"
ANSWERED_STATES = frozenset({"sent", "sending"})  # a reminder the parent may have seen
DATE_STEP = "reminder_date"
VERBS = frozenset({"rem", "rem-done", "rem-today", "rem-date", "rem-not", "rem-later", "pause", "rem-on"})


@dataclass(frozen=True)
class Reminder:
    """One outbox row as the dialog sees it."""

    id: int
    family_id: int
    child_id: int | None
    kind: str  # tip | vaccine | checkup | catchup | milestone
    item: str  # tip id, dose id, visit id or "catchup"
    stage: str
    state: str  # pending | sending | sent | failed | cancelled
    answer: str | None = None  # done | not_yet | later


@runtime_checkable
class ReminderStore(Protocol):
    """What the answers need from storage, on the same transaction as the dialog's Store."""

    async def reminder(self, reminder_id: int) -> Reminder | None: ...

    async def answer_reminder(self, reminder_id: int, answer: str, at: datetime) -> None: ...

    async def cancel_reminders(self, child_id: int, kind: str, item: str) -> int:
        """Cancel the pending reminders of one item of one child (follow-ups after Done); returns how many."""
        ...

    async def add_reminder(self, base: Reminder, stage: str, due_at: datetime, local_day: date) -> bool:
        """Plan one more reminder like ``base`` at ``due_at``; False when that stage was planned already."""
        ...


def answer_buttons(reminder_id: int, kind: str) -> tuple[Button, ...]:
    """The answers a reminder of ``kind`` takes, as one row of buttons (empty for tips)."""
    if kind in ANSWERABLE:
        return (button(f"rem-done:{reminder_id}", "reminders-button-done"),
                button(f"rem-not:{reminder_id}", "reminders-button-not-yet"),
                button(f"rem-later:{reminder_id}", "reminders-button-later"))
    if kind in LATER_ONLY:
        return (button(f"rem-later:{reminder_id}", "reminders-button-later"),)
    return ()


def item_name(kind: str, item: str) -> Text:
    """What a reminder is about: a vaccine dose, a visit, or the catch-up list."""
    if kind == "vaccine":
        return Text("vaccine-" + item.replace("_", "-"))
    if kind == "checkup":
        return Text("visit-" + item.replace("_", "-"))
    return Text("reminders-item-" + kind)


def _store(t: Turn) -> ReminderStore:
    if not isinstance(t.store, ReminderStore):
        raise TypeError("the store cannot answer reminders")
    return t.store


def _when(t: Turn, days: int) -> tuple[datetime, date]:
    """The family's reminder hour ``days`` days from today: the instant (UTC) and the local day."""
    hour = t.family.tip_hour if t.family is not None else 10
    day = t.today + timedelta(days=days)
    moment = datetime.combine(day, time(hour), tzinfo=t.zone)
    return moment.astimezone(UTC), day


# -- pressing a reminder's buttons -------------------------------------------------------------------------


async def press(t: Turn, verb: str, arg: str) -> bool:
    """Handle a reminder or pause button; False when the press is stale (the caller says so)."""
    if verb == "pause":
        return await _pause(t, arg)
    if verb == "rem-on":
        return await resume(t) if arg == "" else False
    found = await _own(t, arg)
    if found is None:
        return False
    reminder, child = found
    verbs = {"rem", "rem-later"} if reminder.kind in LATER_ONLY else VERBS - {"pause", "rem-on"}
    if verb not in verbs:
        return False
    if verb == "rem":
        t.say(Text("reminders-item-question", {"name": child_name(child), "what": item_name(reminder.kind,
              reminder.item)}), buttons=(answer_buttons(reminder.id, reminder.kind), _menu_row()))
        return True
    handlers = {"rem-done": _done, "rem-today": _done_today, "rem-date": _ask_date, "rem-not": _not_yet,
                "rem-later": _later}
    return await handlers[verb](t, reminder, child)


async def _own(t: Turn, raw_id: str) -> tuple[Reminder, Child] | None:
    """The reminder and its child when both belong to the sender's family and the row takes answers."""
    if not raw_id.isascii() or not raw_id.isdigit() or len(raw_id) > 18 or t.family is None:
        return None
    reminder = await _store(t).reminder(int(raw_id))
    if reminder is None or reminder.family_id != t.family.id or reminder.child_id is None:
        return None
    if reminder.state not in ANSWERED_STATES or reminder.kind not in ANSWERABLE | LATER_ONLY:
        return None
    child = await t.child(str(reminder.child_id))
    return None if child is None else (reminder, child)


def _dose(t: Turn, reminder: Reminder) -> Dose | None:
    return next((d for d in t.library.doses if d.id == reminder.item), None) if reminder.kind == "vaccine" else None


def _visit(t: Turn, reminder: Reminder) -> Visit | None:
    return next((v for v in t.library.visits if v.id == reminder.item), None) if reminder.kind == "checkup" else None


def _menu_row() -> tuple[Button, ...]:
    return (button("menu", "button-back-to-menu"),)


async def _done(t: Turn, reminder: Reminder, child: Child) -> bool:
    if _visit(t, reminder) is not None:
        await _close(t, reminder, child)
        t.say(Text("reminders-checkup-noted", {"name": child_name(child), "visit": item_name("checkup",
              reminder.item)}), buttons=(_menu_row(),))
        return True
    if _dose(t, reminder) is None:
        return False
    t.say(Text("reminders-ask-when", {"name": child_name(child), "vaccine": item_name("vaccine", reminder.item)}),
          buttons=((button(f"rem-today:{reminder.id}", "reminders-button-today", date=t.today),),
                   (button(f"rem-date:{reminder.id}", "reminders-button-other-date"),), _menu_row()))
    return True


async def _done_today(t: Turn, reminder: Reminder, child: Child) -> bool:
    if _dose(t, reminder) is None:
        return False
    await _record(t, reminder, child, t.today)
    return True


async def _ask_date(t: Turn, reminder: Reminder, child: Child) -> bool:
    if _dose(t, reminder) is None:
        return False
    t.goto(DATE_STEP, reminder=reminder.id)
    ask_date(t)
    return True


def ask_date(t: Turn) -> None:
    t.say(Text("reminders-ask-date", {"example": _example(t.today)}), buttons=((button("menu", "button-cancel"),),))


def _example(today: date) -> str:
    sample = today - timedelta(days=3)
    return f"{sample.day}.{sample.month}.{sample.year}."


async def answer_date(t: Turn, text: str) -> None:
    """The date typed after "another date": recorded, or explained and asked again."""
    found = await _own(t, str(t.chat.data.get("reminder", "")))
    if found is None or _dose(t, found[0]) is None:
        t.goto("")
        t.show_menu(Text("button-stale"))
        return
    reminder, child = found
    try:
        given = parse_birth_date(text, t.today, t.library.month_names, t.library.date_words)
    except BirthDateError as error:
        t.say(Text("reminders-date-error-" + error.code.removeprefix("date_").replace("_", "-"),
                   {"example": _example(t.today)}), buttons=((button("menu", "button-cancel"),),))
        return
    if given < child.birth_date:
        t.say(Text("reminders-date-error-before-birth", {"name": child_name(child), "born": child.birth_date}),
              buttons=((button("menu", "button-cancel"),),))
        return
    t.goto("")
    await _record(t, reminder, child, given)


async def _record(t: Turn, reminder: Reminder, child: Child, given: date) -> None:
    assert child.id is not None
    await t.store.add_record(VaccinationRecord(child.id, reminder.item, given, recorded_by="parent"))
    await _close(t, reminder, child)
    t.say(Text("reminders-recorded", {"name": child_name(child), "vaccine": item_name("vaccine", reminder.item),
                                      "date": given}),
          buttons=((button(f"plan:{child.id}", "reminders-button-plan"),), _menu_row()))


async def _close(t: Turn, reminder: Reminder, child: Child) -> None:
    """Done: the answer is kept and every follow-up still waiting for this item is cancelled."""
    assert child.id is not None
    store = _store(t)
    await store.answer_reminder(reminder.id, "done", t.now)
    await store.cancel_reminders(child.id, reminder.kind, reminder.item)


async def _not_yet(t: Turn, reminder: Reminder, child: Child) -> bool:
    if _dose(t, reminder) is None and _visit(t, reminder) is None:
        return False
    day = await _again(t, reminder, "not_yet", f"notyet-{reminder.id}", NOT_YET_DAYS)
    t.say(Text("reminders-not-yet", {"date": day}),
          buttons=((button("m:services", "menu-services"),), _menu_row()))
    return True


async def _later(t: Turn, reminder: Reminder, child: Child) -> bool:
    day = await _again(t, reminder, "later", f"later-{reminder.id}", LATER_DAYS)
    t.say(Text("reminders-later", {"date": day}), buttons=(_menu_row(),))
    return True


async def _again(t: Turn, reminder: Reminder, answer: str, stage: str, days: int) -> date:
    store = _store(t)
    await store.answer_reminder(reminder.id, answer, t.now)
    due_at, day = _when(t, days)
    await store.add_reminder(reminder, stage, due_at, day)
    return day


# -- /stop, /pause and back on ------------------------------------------------------------------------------


async def stop(t: Turn) -> None:
    assert t.family is not None
    t.family.reminders_stopped = True
    t.family.reminders_paused_until = None
    await t.store.save_family(t.family)
    t.goto("")
    t.say(Text("reminders-stopped"), buttons=((button("rem-on", "reminders-button-on"),), _menu_row()))


def ask_pause(t: Turn) -> None:
    rows = tuple((button(f"pause:{days}", "reminders-pause-days", days=days),) for days in PAUSE_CHOICES)
    t.say(Text("reminders-ask-pause"), buttons=rows + ((button("menu", "button-cancel"),),))


async def _pause(t: Turn, arg: str) -> bool:
    if t.family is None or not arg.isascii() or not arg.isdigit() or int(arg) not in PAUSE_CHOICES:
        return False
    until_day = t.today + timedelta(days=int(arg))
    t.family.reminders_paused_until = datetime.combine(until_day, time(0), tzinfo=t.zone).astimezone(UTC)
    t.family.reminders_stopped = False
    await t.store.save_family(t.family)
    t.goto("")
    t.say(Text("reminders-paused", {"date": until_day}),
          buttons=((button("rem-on", "reminders-button-on"),), _menu_row()))
    return True


async def resume(t: Turn) -> bool:
    if t.family is None:
        return False
    t.family.reminders_stopped = False
    t.family.reminders_paused_until = None
    await t.store.save_family(t.family)
    t.goto("")
    t.show_menu(Text("reminders-on"))
    return True
