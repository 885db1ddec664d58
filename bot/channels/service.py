"""A messenger connected to the bot, as the composition root (bot/app.py) sees it: its webhook routes on the shared
server (bot/web.py), its background work, its /healthz report. Sending is bot/channels/delivery.py."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from aiohttp import web


class ChannelService(Protocol):
    """A messenger connected to the bot: it adds its webhook routes and runs its own background work."""

    name: str

    def register(self, web_app: web.Application) -> None: ...

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def health(self) -> Mapping[str, Any]: ...
