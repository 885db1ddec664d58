"""👶 My children: rename a child, and change "born early" after the fact (the week of pregnancy at birth).

Button data: ``kids:rename`` / ``kids:early`` (which child, when there are several), ``rn:<child id>`` (asks
the new name: step ``rename``), ``erl:<child id>`` (asks the week: step ``change_weeks``) and
``wk-on-time:<child id>`` (born on time; only right after that question about that child).
"""

from __future__ import annotations

from bot.core.family import Child
from bot.core.messages import Button, Text
from bot.core.onboarding import EARLY_WEEKS, NICKNAME_MAX, clean_nickname
from bot.core.turn import Turn, button, child_name

RENAME_STEP = "rename"
WEEKS_STEP = "change_weeks"
ON_TIME = "wk-on-time"


def _cancel() -> tuple[tuple[Button, ...], ...]:
    return ((button("menu", "button-cancel"),),)


async def ask_rename(t: Turn, child: Child) -> None:
    t.goto(RENAME_STEP, child=child.id)
    t.say(Text("children-ask-new-name", {"name": child_name(child)}), buttons=_cancel())


async def _asked_about(t: Turn) -> Child | None:
    """The child the open question is about, or None (and the menu) when it is gone."""
    child = await t.child(str(t.chat.data.get("child", "")))
    if child is None:
        t.goto("")
        t.show_menu(Text("button-stale"))
    return child


async def rename(t: Turn, text: str) -> None:
    child = await _asked_about(t)
    if child is None:
        return
    name = clean_nickname(text)
    if name is None:
        t.say(Text("children-name-invalid", {"max": NICKNAME_MAX}), buttons=_cancel())
        return
    child.nickname = name
    await t.store.save_child(child)
    t.goto("")
    t.show_menu(Text("children-renamed", {"name": name}))


async def ask_weeks(t: Turn, child: Child) -> None:
    t.goto(WEEKS_STEP, child=child.id)
    now = (Text("children-early-now-weeks", {"name": child_name(child), "weeks": child.gestational_weeks})
           if child.gestational_weeks else Text("children-early-now-on-time", {"name": child_name(child)}))
    t.say(now, Text("children-ask-weeks"),
          buttons=((button(f"{ON_TIME}:{child.id}", "children-born-on-time"),),) + _cancel())


async def on_time(t: Turn, child: Child) -> None:
    """Only right after the question about this very child: a replayed press changes nothing."""
    if t.chat.step != WEEKS_STEP or str(t.chat.data.get("child")) != str(child.id):
        t.goto("")
        t.show_menu(Text("button-stale"))
        return
    await _save_weeks(t, child, None)


async def change_weeks(t: Turn, text: str) -> None:
    child = await _asked_about(t)
    if child is None:
        return
    raw = text.strip().split()[0] if text.strip() else ""
    weeks = int(raw) if raw.isascii() and raw.isdigit() and len(raw) <= 2 else 0
    if weeks >= 37:
        await _save_weeks(t, child, None)
    elif weeks in EARLY_WEEKS:
        await _save_weeks(t, child, weeks)
    else:
        t.say(Text("children-weeks-invalid"),
              buttons=((button(f"{ON_TIME}:{child.id}", "children-born-on-time"),),) + _cancel())


async def _save_weeks(t: Turn, child: Child, weeks: int | None) -> None:
    child.gestational_weeks = weeks
    await t.store.save_child(child)
    t.goto("")
    if weeks is None:
        t.show_menu(Text("children-early-saved-on-time", {"name": child_name(child)}))
    else:
        t.show_menu(Text("children-early-saved-weeks", {"name": child_name(child), "weeks": weeks}))
