"""The Viber channel: the webhook's callbacks into the conversation, and the bot's messages out.

:class:`ViberChannel` is a :class:`bot.channels.service.ChannelService` (``POST /viber`` on the shared server) and a
:class:`bot.channels.delivery.Sender` (``send`` for reminders). With ``PUBLIC_BASE_URL`` set it also serves the files
made for users (``GET /files/<token>.<ext>``, :mod:`bot.channels.viber.generated_files`), which Viber fetches by URL.
Per callback event:

- ``conversation_started``: the engine's answer to a start, its ``context`` as the invitation code, goes back
  in the HTTP answer as Viber's one free welcome message. If the engine is not done within the budget the
  answer leaves empty; the welcome then goes out as a normal message when the user already follows the bot,
  and is dropped otherwise (Viber allows no message to a user who only opened the chat).
- ``message``: the user is reachable again; text, presses, commands and locations go to the engine (deduped on
  ``message_token``) and its replies go out as session messages; a contact or a sticker gets a polite note.
- ``subscribed`` / ``unsubscribed``: the chat is marked reachable / unreachable (every send stops).

Every callback that changes something is processed once: a repeated ``message_token`` (Viber's retry, or a
replayed signed body) changes nothing, whatever the event.
- ``delivered``, ``seen``, ``failed``, ``webhook``: logged (``failed`` at warning), nothing else.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.channels.background import BackgroundWork
from bot.channels.viber.client import ViberClient
from bot.channels.viber.events import Callback
from bot.channels.viber.generated_files import GeneratedFiles
from bot.channels.viber.sender import Translators, ViberSender
from bot.channels.viber.status import ViberError
from bot.channels.viber.voice_video import VoiceVideos
from bot.channels.viber.webhook import ANSWER_BUDGET_S, Webhook
from bot.clock import SystemClock
from bot.config import Settings
from bot.core.messages import ChannelUser, VoiceNote
from bot.core.ports import Clock
from bot.i18n.render import RenderedMessage
from bot.inbound.inbox import Inbox
from bot.storage.database import Database
from bot.storage.file_ledger import FileLedger
from bot.storage.reviews import awaits_recording

log = logging.getLogger(__name__)

PATH = "/viber"
CONTACT_NOTICE = "viber-contact-not-needed"
UNSUPPORTED_NOTICE = "viber-message-unsupported"
STOP_TIMEOUT_S = 5.0
MAX_VOICE_BYTES = 2_000_000  # a recording for the Romani review (bot.core.romani_review)


class ViberChannel:
    name = "viber"
    channel = "viber"

    def __init__(self, client: ViberClient, inbox: Inbox, database: Database, translator: Translators, *,
                 auth_token: str, max_body_bytes: int, clock: Clock | None = None,
                 media_base_url: str | None = None, files: GeneratedFiles | None = None,
                 budget_s: float = ANSWER_BUDGET_S, media_dir: Path | None = None,
                 videos: VoiceVideos | None = None) -> None:
        self.client = client
        self._inbox = inbox
        self._database = database
        clock = clock or SystemClock()
        self.files = files
        self.sender = ViberSender(client, inbox, database, translator, now=clock.now,
                                  media_base_url=media_base_url, files=files, media_dir=media_dir, videos=videos)
        self.background = BackgroundWork("viber", budget_s)
        self.webhook = Webhook(auth_token, max_body_bytes, self._on_callback)
        self._account_error: str | None = None

    @classmethod
    def from_settings(cls, settings: Settings, inbox: Inbox, database: Database, translator: Translators, *,
                      clock: Clock | None = None, budget_s: float = ANSWER_BUDGET_S,
                      **client_options: Any) -> ViberChannel:
        """The channel the settings describe; ``client_options`` (timeout, retry_delays) go to the client."""
        if settings.viber_auth_token is None:
            raise ValueError("VIBER_AUTH_TOKEN is not set")
        token = settings.viber_auth_token.get_secret_value()
        client = ViberClient(token, sender_name=settings.viber_bot_name, sender_avatar=settings.viber_bot_avatar,
                             api_base=settings.viber_api_base, **client_options)
        clock = clock or SystemClock()
        files = None
        if settings.public_base_url:
            files = GeneratedFiles(settings.generated_media_dir, settings.public_base_url,
                                   lambda: clock.now().timestamp(), ledger=FileLedger(database))
        return cls(client, inbox, database, translator, auth_token=token, max_body_bytes=settings.max_body_bytes,
                   clock=clock, media_base_url=settings.viber_media_base_url, files=files, budget_s=budget_s,
                   media_dir=settings.content_dir / "media", videos=VoiceVideos(settings.generated_media_dir / "voice"))

    # -- ChannelService -----------------------------------------------------------------------------------

    def register(self, web_app: web.Application) -> None:
        web_app.router.add_post(PATH, self.webhook.handle)
        if self.files is not None:
            self.files.register(web_app)

    async def start(self) -> None:
        """Nothing to poll; the token is checked once so /healthz can tell a wrong one. Expired files go."""
        if self.files is not None:
            await asyncio.to_thread(self.files.sweep)
            await self.files.forget_erased()
        try:
            await self.client.get_account_info()
        except ViberError as error:
            self._account_error = error.code
            log.error("viber account check failed: %s", error.code)
        else:
            self._account_error = None
            log.info("viber account checked")

    async def stop(self) -> None:
        await self.background.drain(timeout=STOP_TIMEOUT_S)
        await self.client.close()

    async def health(self) -> Mapping[str, Any]:
        report: dict[str, Any] = {"ok": self._account_error is None, "pending": len(self.background)}
        if self._account_error is not None:
            report["error"] = self._account_error
        return report

    # -- Sender ---------------------------------------------------------------------------------------------

    async def send(self, user: ChannelUser, messages: list[RenderedMessage]) -> list[str]:
        return await self.sender.send(user, messages)

    # -- callbacks ------------------------------------------------------------------------------------------

    async def _on_callback(self, callback: Callback) -> dict[str, Any] | None:
        if callback.event == "conversation_started":
            return await self._conversation_started(callback)
        if callback.event in ("message", "subscribed", "unsubscribed"):
            await self.background.within_budget(self.background.spawn(self._process(callback)))
        elif callback.event == "failed":
            log.warning("viber reports a message that could not be delivered")
        else:
            log.debug("viber %s event", callback.event)
        return None

    async def _conversation_started(self, callback: Callback) -> dict[str, Any] | None:
        assert callback.inbound is not None and callback.user is not None
        user, inbound, subscribed = callback.user, callback.inbound, callback.subscribed
        answered = asyncio.Event()  # set when the HTTP answer left without the welcome

        async def work() -> list[RenderedMessage] | None:
            messages = await self._inbox.handle(inbound, inbound_id=callback.token)
            if answered.is_set():
                if messages and subscribed:
                    await self.sender.reply(user, messages)
                return None
            return messages

        task = self.background.spawn(work())
        if await self.background.within_budget(task):
            messages = None if task.cancelled() or task.exception() is not None else task.result()
            return self.sender.welcome(messages) if messages else None
        answered.set()
        log.info("viber welcome not ready within %ss", self.background.budget_s)
        return None

    async def _process(self, callback: Callback) -> None:
        user = callback.user
        assert user is not None
        if callback.event in ("subscribed", "unsubscribed"):
            await self._inbox.set_reachable(user, callback.event == "subscribed", _claim(callback, callback.event))
        else:
            await self._message(callback, user)

    async def _message(self, callback: Callback, user: ChannelUser) -> None:
        self.sender.user_wrote(user)
        # a user who writes is subscribed again; a replayed message does not undo a later unsubscribe
        await self._inbox.set_reachable(user, True, _claim(callback, "reachable"))
        if callback.inbound is None:
            notice = CONTACT_NOTICE if callback.kind == "contact" else UNSUPPORTED_NOTICE
            if await self._first_time(callback):
                await self.sender.notice(user, notice)
            return
        inbound = callback.inbound
        media = callback.media
        if media is not None and (media.size is None or media.size <= MAX_VOICE_BYTES) \
                and await awaits_recording(self._database, user):
            content = await self.client.download(media.url, MAX_VOICE_BYTES)
            if content:  # a mediator's recording of a Romani text (bot.core.romani_review); else unreadable media
                inbound = replace(inbound, voice=VoiceNote(content, media.media_type, media.duration_s))
        messages = await self._inbox.handle(inbound, inbound_id=callback.token)
        if messages:
            await self.sender.reply(user, messages)

    async def _first_time(self, callback: Callback) -> bool:
        """Claim the callback's token for a message the engine does not see (Viber may repeat it)."""
        if callback.token is None:
            return True
        async with self._database.transaction() as store:
            return await store.claim_inbound(self.channel, callback.token)


def _claim(callback: Callback, kind: str) -> str | None:
    """The dedupe id of what a callback changes besides the dialog (the dialog claims the bare token itself)."""
    return None if callback.token is None else f"{kind}:{callback.token}"
