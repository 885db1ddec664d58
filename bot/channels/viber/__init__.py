"""The Viber channel: our own async REST client, the signed webhook, keyboards and the sender.

Channels never import each other; ``bot.app`` builds :class:`ViberChannel` with ``from_settings``.
"""

from bot.channels.viber.channel import ViberChannel
from bot.channels.viber.client import ViberClient

__all__ = ["ViberChannel", "ViberClient"]
