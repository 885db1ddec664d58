"""Telegram: aiogram 3 as the Bot API client and update parser; the core owns the conversation.

Modules: ``updates`` (an update -> what it means), ``outbound`` (a rendered message -> Bot API calls),
``courier`` (calls with pacing, retries and the delivery error tree), ``pacing``, ``chats`` (per-chat lanes),
``webhook``, ``polling``, ``menu_commands`` (setMyCommands per language) and
``channel`` (all of it together). Background work is bot/channels/background.py, shared with Viber.
"""

from bot.channels.telegram.channel import TelegramChannel

__all__ = ["TelegramChannel"]
