"""One aiohttp application for everything that arrives over HTTP: Telegram's and Viber's webhooks and
``GET /healthz``. Channels add their own routes; this module knows none of them."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from aiohttp import web

log = logging.getLogger(__name__)

HealthCheck = Callable[[], Awaitable[Mapping[str, Any]]]
CHECK_TIMEOUT_S = 3.0  # a check that takes longer is reported as failed (TimeoutError)


def make_web_app(checks: Mapping[str, HealthCheck], *, max_body_bytes: int) -> web.Application:
    """The shared server. ``checks`` name the parts /healthz reports on; each returns a mapping with ``ok``."""
    web_app = web.Application(client_max_size=max_body_bytes)

    async def run(name: str, check: HealthCheck) -> dict[str, Any]:
        try:
            async with asyncio.timeout(CHECK_TIMEOUT_S):
                return dict(await check())
        except Exception as error:  # a failing or hanging check is reported, never raised
            log.warning("health check %s failed: %s", name, type(error).__name__)
            return {"ok": False, "error": type(error).__name__}

    async def healthz(_request: web.Request) -> web.Response:
        # side by side: a database that is down costs one timeout, not one per check
        answers = await asyncio.gather(*(run(name, check) for name, check in checks.items()))
        report: dict[str, Any] = dict(zip(checks, answers, strict=True))
        healthy = all(part.get("ok") for part in report.values())
        return web.json_response({"ok": healthy, **report}, status=200 if healthy else 503)

    web_app.router.add_get("/healthz", healthz)
    return web_app
