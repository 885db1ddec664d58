"""The command list Telegram shows in the chat's menu, in each language (setMyCommands).

Telegram picks the list by the language of the parent's Telegram app. Serbian Latin is the default (no
language code); Telegram's own Serbian interface is Cyrillic, so "sr" gets the Cyrillic words; Romani has no
Telegram language code and gets the default.
"""

from __future__ import annotations

from aiogram.methods import SetMyCommands
from aiogram.types import BotCommand

from bot.core.commands import CHAT_COMMANDS
from bot.core.messages import ENGLISH, SERBIAN_CYRILLIC, SERBIAN_LATIN, Text
from bot.i18n.translator import Translator

COMMANDS = ("start", *CHAT_COMMANDS)  # "start" first: Telegram shows them in this order
# Telegram language code (None: everyone else) -> the reader locale whose words describe the commands.
COMMAND_LOCALES: dict[str | None, str] = {None: SERBIAN_LATIN, "sr": SERBIAN_CYRILLIC, "en": ENGLISH}


def locale_for(language_code: str | None) -> str:
    """The reader locale for someone the bot knows only by their Telegram app's language."""
    base = (language_code or "").split("-")[0].lower()
    return COMMAND_LOCALES.get(base) or COMMAND_LOCALES[None]


def command_lists(translator: Translator) -> list[SetMyCommands]:
    return [
        SetMyCommands(
            commands=[
                BotCommand(command=name, description=translator.format(locale, Text(f"telegram-command-{name}")))
                for name in COMMANDS
            ],
            language_code=code,
        )
        for code, locale in COMMAND_LOCALES.items()
    ]
