"""The slash commands a parent or mediator can type in any channel, at any step of the dialog.

Channels turn ``/name`` into ``Inbound(command=name)`` only for these names (``/start`` is separate: it may carry
an invitation code); Telegram also lists them in the chat's menu (setMyCommands). Commands are always shown in
Latin; a command typed with a Cyrillic keyboard (``/мену``, ``/старт``) is read as its Latin name
(:func:`command_named`).
"""

from __future__ import annotations

# In the order Telegram shows them.
CHAT_COMMANDS: tuple[str, ...] = ("menu", "ill", "help", "language", "pause", "stop", "mydata", "delete", "privacy")
START = "start"

# Serbian Cyrillic letters and the Latin letters a reader types for them (the fixed mapping of Serbian).
_CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџш"
_LATIN = ("a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r",
          "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š")
_TO_LATIN = dict(zip(_CYRILLIC, _LATIN, strict=True))


def _fold(name: str) -> str:
    """What a Cyrillic keyboard can spell of a Latin name: y is typed и (/мидата) or ај (/мајдата)."""
    return name.replace("aj", "i").replace("y", "i")


_FOLDED = {_fold(name): name for name in (*CHAT_COMMANDS, START)}


def command_named(typed: str) -> str | None:
    """The Latin name of a typed command word (without the slash), or None when it names no command.

    ``menu``, ``MENU``, ``мену`` and ``Мену`` all give ``"menu"``; ``старт`` gives ``"start"``.
    """
    lower = typed.lower()
    latin = "".join(_TO_LATIN.get(letter, letter) for letter in lower)
    if latin in (*CHAT_COMMANDS, START):
        return latin
    if not lower.isascii():
        return _FOLDED.get(_fold(latin))
    return None
