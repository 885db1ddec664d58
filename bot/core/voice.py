"""Voice recordings after a message (issue 20): who gets them, and which language's recording they hear.

A family chooses in ⚙️ Settings -> 🔔 Reminders ("🔊 Also send voice messages"); until it chooses
(``Family.voice_notes is None``) the default is on for a chat reading Romani and off for the others: the
parents who read least are most often Romani readers, and a Romani text has no other way to be heard. There is no
extra onboarding step: the default needs no question, and the choice is one tap away in the settings.

A voice note is sent only where a fresh recording exists (see bot.catalog.recordings), at most one per weekly
message (the first tip in it that has one). On Viber, where every message the bot starts outside the free 24-hour
window is billed and the parent pays the data, the default alone is not enough there: outside the free window a
recording goes only to a family that chose it.
"""

from __future__ import annotations

from bot.core.messages import ENGLISH, ROMANI

VIBER = "viber"


def voice_default(locale: str | None) -> bool:
    return locale == ROMANI


def voice_on(choice: bool | None, locale: str | None) -> bool:
    """The family's setting as it stands: its choice, else the default for the chat's language."""
    return voice_default(locale) if choice is None else choice


def send_voice(choice: bool | None, locale: str | None, *, channel: str, free_window: bool) -> bool:
    """Whether a message to this chat may carry a recording (data use and Viber's billing, issue 20 item 3)."""
    if not voice_on(choice, locale):
        return False
    return channel != VIBER or free_window or choice is True


def recording_language(locale: str | None) -> str:
    """The content folder whose recordings a reader of ``locale`` hears: both Serbian scripts hear ``sr``."""
    if locale == ROMANI:
        return "rom"
    if locale == ENGLISH:
        return "en"
    return "sr"
