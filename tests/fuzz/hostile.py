"""What the fuzz tests feed the bot, and how they tell "nothing changed".

Strategies: hostile text (every code point but surrogates, RTL overrides, zero-width joiners, NUL and other control
characters, markup and format strings, 10k+ characters), button data (random, and well-formed verbs with hostile
arguments: other families' ids, huge and negative numbers, non-ASCII digits), commands, locations (NaN, infinity,
out of range), start codes, and JSON values of any shape.

"Garbage" excludes what the parent may legitimately do and what legitimately changes their own data: a button the
bot showed that chat, a menu action, an argument that is one of the family's own ids, "/stop". Everything else must
leave :func:`dump` (every table except the conversation's own bookkeeping) exactly as it was.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import sqlalchemy as sa
from hypothesis import strategies as st

from bot.core.commands import CHAT_COMMANDS
from bot.storage.database import Database
from bot.storage.models import Base

# The conversation's own bookkeeping: where each chat is in the dialog (chat.step, chat.data, last_inbound_at) and
# which inbound ids were processed. Garbage may move a chat back to its menu; it may not touch anything else.
BOOKKEEPING = frozenset({"chat", "processed_inbound"})

SPECIAL = ("\u202e", "\u202d", "\u200f", "\u200b", "\u200d", "\u2060", "\ufeff", "\x00", "\x07", "\x1b[31m", "\r\n",
           "\u2028", "\u0301" * 20, "<b>", "</a>", "&amp;", "&#0;", "{ $nickname }", "{", "}", "' OR 1=1 --",
           "%s%s%n", "${jndi:x}", "\U0001f476", "𝟙𝟚.𝟛.𝟚𝟘𝟚𝟝", "١٢.٣.٢٠٢٥", "31.2.2025", "0.0.0", "9" * 40,
           "/start", "/menu extra", "press:", "command:", "lang:", "md:", "\\", "\"", "null", "[]", "{}")

hostile_chars = st.characters(codec="utf-8")  # every code point Python can hold in a str (no surrogates)
hostile_text = st.one_of(
    st.text(hostile_chars, max_size=120),
    st.lists(st.one_of(st.sampled_from(SPECIAL), st.text(hostile_chars, max_size=4)), max_size=24).map("".join),
    st.builds(lambda chunk, size: (chunk * (size // len(chunk) + 1))[:size],
              st.text(hostile_chars, min_size=1, max_size=6), st.integers(10_000, 40_000)),
)

VERBS = ("tip", "plan", "date", "rm", "rm-yes", "rmw", "loss", "lang", "consent", "early", "pause", "rem", "rem-done",
         "rem-today", "rem-date", "rem-not", "rem-later", "rem-on", "privacy", "cat", "row", "svc", "kids", "m", "md",
         "md:fam", "md:vx", "md:vxc", "md:ho", "md:inv", "md:ok", "md:pv", "md:note", "md:es", "md:el", "md:ee",
         "md:consent", "chk")
# Menu actions a parent may press at any time; they change nothing but the dialog, or the parent's own data.
OWN_ACTIONS = frozenset({"menu", "start", "skip", "m:tip", "m:plan", "m:services", "m:kids", "m:lang", "m:help",
                         "m:mediator", "kids:add", "kids:date", "kids:remove", "rem-on", "privacy:notice",
                         "privacy:data", "privacy:file", "privacy:delete", "privacy:delete-no"})


def hostile_arguments(foreign_ids: Iterable[int]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from([str(i) for i in foreign_ids] or ["0"]),  # another family's child, family or row
        st.integers(-(2**70), 2**70).map(str),
        st.sampled_from(["", " ", "0", "-1", "1e9", "0x1", "1_0", "١", "١٢", "NaN", "None", "null", "*", "%", "../",
                         "1;DROP TABLE child", "1 OR 1=1", "yes", "no", "delete-yes", "file", "data"]),
        st.text(hostile_chars, max_size=40),
    )


def press_data(foreign_ids: Iterable[int]) -> st.SearchStrategy[str]:
    """Random button data, and forged data: a real verb with a hostile argument (within 64 bytes or not)."""
    return st.one_of(
        st.text(hostile_chars, max_size=80),
        st.builds(lambda verb, arg: f"{verb}:{arg}", st.sampled_from(VERBS), hostile_arguments(foreign_ids)),
    )


commands = st.one_of(st.text(hostile_chars, max_size=40), st.sampled_from(["", "start", "Menu", "HELP", "stop "]))
coordinates = st.floats(allow_nan=True, allow_infinity=True) | st.floats(-1e3, 1e3)
start_codes = st.one_of(st.text(hostile_chars, max_size=300), st.text("abcdefghijklmnopqrstuvwxyz0123456789_-",
                                                                       min_size=16, max_size=64))
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**64), 2**64) | st.floats() | st.text(hostile_chars, max_size=40),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=12,
)


def _number(value: str) -> int | None:
    try:
        return int(value)  # what an id parser may accept: " 12", "+12", "1_2", "١٢"
    except ValueError:
        return None


def is_garbage_press(data: str, offered: set[str], own_ids: set[int]) -> bool:
    """Not something the parent may do to their own data: not offered, not a menu action, no own id in it."""
    if data in offered or data in OWN_ACTIONS:
        return False
    _, _, arg = data.rpartition(":")
    return _number(arg) not in own_ids


def is_garbage_command(command: str) -> bool:
    return command.strip().lower() not in {*CHAT_COMMANDS, "start"}


def is_garbage_text(text: str, offered: set[str], own_ids: set[int]) -> bool:
    """Typed text, as a channel reads it: our keyboard's ``press:``/``command:`` bodies and ``/commands`` too."""
    for prefix in ("press:", "command:"):
        if text.startswith(prefix):
            rest = text[len(prefix):]
            return is_garbage_press(rest, offered, own_ids) and is_garbage_command(rest)
    head = text.strip().split(" ", 1)[0].split("@", 1)[0]
    return not head.startswith("/") or is_garbage_command(head[1:])


async def dump(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table but the dialog's bookkeeping, in primary-key order."""
    tables = [t for t in Base.metadata.sorted_tables if t.name not in BOOKKEEPING]
    async with database.engine.connect() as connection:
        return {t.name: [tuple(row) for row in await connection.execute(sa.select(t).order_by(*t.primary_key))]
                for t in tables}
