"""⚙️ Settings: reminders (pause, stop or on again, the weekly message's day and hour), language, privacy, help.

Button data (each checked; anything else is stale and changes nothing)::

    m:settings        the settings group
    set:rem           the reminders screen: how they stand, and what can be changed
    set:pause         how long to pause (the same choices as /pause)
    set:stop          reminders off (as /stop)
    set:day           the weekday of the weekly message: set:day:<0-6>, 0 = Monday
    set:hour          its hour: set:hour:<8-20> (Belgrade time, outside the quiet hours)
    set:chk:off|on    the "Did you try ...?" questions after activity tips off or on (bot/core/checkbacks.py)
    set:voice         also send voice recordings: set:voice:on or set:voice:off (issue 20, bot.core.voice)

A new day or hour is saved on the family; the planner re-plans the family's pending weekly messages at its next
tick (a changed family is re-planned, see scheduler/planner.py), so nothing is sent at the old time.
"""

from __future__ import annotations

from bot.core import checkbacks, reminders
from bot.core.directory import WEEKDAYS
from bot.core.messages import Button, Text
from bot.core.turn import Turn, button
from bot.core.voice import voice_on

VERB = "set"
HOURS: tuple[int, ...] = tuple(range(8, 21))  # 8:00-20:00: reminders are never sent in the quiet hours
HOURS_PER_ROW = 4
Rows = tuple[tuple[Button, ...], ...]


def settings(t: Turn) -> None:
    t.goto("")
    t.say(Text("settings-title"), buttons=(
        (button("set:rem", "settings-reminders"),),
        (button("m:lang", "settings-language"), button("privacy:notice", "settings-privacy")),
        (button("m:help", "settings-help"),),
        (button("menu", "button-back-to-menu"),),
    ))


def _state(t: Turn) -> Text:
    family = t.family
    assert family is not None
    if family.reminders_stopped:
        return Text("settings-reminders-stopped")
    paused = family.reminders_paused_until
    if paused is not None and paused > t.now:
        return Text("settings-reminders-paused", {"date": paused.astimezone(t.zone).date()})
    return Text("settings-reminders-on")


def reminders_screen(t: Turn, *lead: Text) -> None:
    assert t.family is not None
    weekly = Text("settings-reminders-weekly", {"day": Text(f"weekday-on-{WEEKDAYS[t.family.tip_weekday % 7]}"),
                                                "hour": t.family.tip_hour})
    state = _state(t)
    if state.id == "settings-reminders-on":
        switch: tuple[Button, ...] = (button("set:pause", "settings-button-pause"),
                                      button("set:stop", "settings-button-stop"))
    else:
        switch = (button("rem-on", "reminders-button-on"),)
    if voice_on(t.family.voice_notes, t.chat.locale):
        voice, voice_button = Text("settings-voice-on"), button("set:voice:off", "settings-button-voice-off")
    else:
        voice, voice_button = Text("settings-voice-off"), button("set:voice:on", "settings-button-voice-on")
    t.goto("")
    t.say(*lead, state, weekly, checkbacks.settings_line(t), voice, buttons=(
        switch,
        (button("set:day", "settings-button-day"), button("set:hour", "settings-button-hour")),
        (checkbacks.settings_button(t),),
        (voice_button,),
        (button("m:settings", "settings-button-back"),),
    ))


def _ask_day(t: Turn) -> None:
    rows = tuple((button(f"set:day:{number}", f"settings-day-{name}"),) for number, name in enumerate(WEEKDAYS))
    t.say(Text("settings-ask-day"), buttons=rows + ((button("set:rem", "button-cancel"),),))


def _ask_hour(t: Turn) -> None:
    hours = [button(f"set:hour:{hour}", "settings-hour", hour=hour) for hour in HOURS]
    rows = tuple(tuple(hours[i:i + HOURS_PER_ROW]) for i in range(0, len(hours), HOURS_PER_ROW))
    t.say(Text("settings-ask-hour"), buttons=rows + ((button("set:rem", "button-cancel"),),))


def _number(raw: str, allowed: range | tuple[int, ...]) -> int | None:
    if not raw.isascii() or not raw.isdigit() or len(raw) > 2 or int(raw) not in allowed:
        return None
    return int(raw)


async def press(t: Turn, arg: str) -> bool:
    """A ``set:`` button; False when it is stale (the caller says so)."""
    if t.family is None:
        return False
    what, _, value = arg.partition(":")
    if what == "rem" and not value:
        reminders_screen(t)
    elif what == "pause" and not value:
        reminders.ask_pause(t)
    elif what == "stop" and not value:
        await reminders.stop(t)
    elif what == "day" and not value:
        _ask_day(t)
    elif what == "hour" and not value:
        _ask_hour(t)
    elif what == "day" and (day := _number(value, range(7))) is not None:
        t.family.tip_weekday = day
        await t.store.save_family(t.family)
        reminders_screen(t, Text("settings-saved"))
    elif what == "chk" and await checkbacks.switch(t, value):
        reminders_screen(t, Text("settings-saved"))
    elif what == "hour" and (hour := _number(value, HOURS)) is not None:
        t.family.tip_hour = hour
        await t.store.save_family(t.family)
        reminders_screen(t, Text("settings-saved"))
    elif what == "voice" and value in ("on", "off"):
        t.family.voice_notes = value == "on"
        await t.store.save_family(t.family)
        reminders_screen(t, Text("settings-saved"))
    else:
        return False
    return True


