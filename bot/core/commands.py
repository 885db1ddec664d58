"""The slash commands a parent or mediator can type in any channel, at any step of the dialog.

Channels turn ``/name`` into ``Inbound(command=name)`` only for these names (``/start`` is separate: it may carry
an invitation code); Telegram also lists them in the chat's menu (setMyCommands).
"""

from __future__ import annotations

# In the order Telegram shows them.
CHAT_COMMANDS: tuple[str, ...] = ("menu", "ill", "help", "language", "pause", "stop", "mydata", "delete", "privacy")
