"""Telegram: aiogram 3 as the Bot API client and update parser; the core owns the conversation.

Modules: ``updates`` (an update -> what it means), ``outbound`` (a rendered message -> Bot API calls),
``courier`` (calls with pacing, retries and the delivery error tree), ``pacing``, ``chats`` (per-chat lanes),
``errands`` (background work), ``webhook``, ``polling``, ``commands`` (setMyCommands per language) and
``channel`` (all of it together).
"""

from bot.channels.telegram.channel import TelegramChannel

__all__ = ["TelegramChannel"]
