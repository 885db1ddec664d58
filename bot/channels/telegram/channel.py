"""The Telegram channel: updates in (webhook or long polling), the core's replies and the bot's own messages out.

``TelegramChannel`` is a :class:`bot.channels.service.ChannelService` (routes, start, stop, health) and a
:class:`bot.channels.delivery.Sender` (``send``). Each update goes through the chat's inbound lane (one chat's updates
in order, chats side by side) into ``Inbox.handle`` (dedupe on the update id, one transaction); the replies then go
out in the background through the chat's outbound lane, which the bot's own messages share, so nothing interleaves.
A reply that cannot be delivered is logged and dropped (the parent can ask again); ``send`` raises instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

import aiohttp
from aiogram import Bot
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import PRODUCTION, TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramAPIError
from aiogram.methods import AnswerCallbackQuery, SetWebhook
from aiohttp import web

from bot.channels.background import BackgroundWork
from bot.channels.delivery import DeliveryError, PermanentDeliveryError, TransientDeliveryError
from bot.channels.telegram.chats import ChatSet, Lanes
from bot.channels.telegram.courier import Courier
from bot.channels.telegram.menu_commands import command_lists, locale_for
from bot.channels.telegram.outbound import CALLBACK_DATA_LIMIT, calls_for
from bot.channels.telegram.pacing import Pacer, SystemTimer, Timer
from bot.channels.telegram.polling import POLL_TIMEOUT_S, Poller
from bot.channels.telegram.updates import (
    ALLOWED_UPDATES,
    CHANNEL,
    Elsewhere,
    Membership,
    Said,
    VoiceFile,
    parse_update,
    read_update,
    user_of,
)
from bot.channels.telegram.webhook import Unavailable, Webhook, webhook_handler
from bot.config import Settings
from bot.core.messages import ChannelUser, Text, VoiceNote
from bot.i18n.render import RenderedMessage
from bot.i18n.translator import Translator
from bot.inbound.inbox import Inbox
from bot.storage.database import Database
from bot.storage.reviews import awaits_recording

log = logging.getLogger(__name__)

REQUEST_TIMEOUT_S = 10.0  # one Bot API call; a send that takes longer may still have arrived
STOP_GRACE_S = 5.0  # replies still going out when the bot stops get this long
MAX_PENDING = 1000  # replies waiting to go out before polling stops fetching more
# Updates handed to the core at the same time on PostgreSQL: about the pool's size (more would only wait for a
# connection). On SQLite, Database.transaction queues the turns for its one writer.
POSTGRES_TURNS = 10
MAX_VOICE_BYTES = 2_000_000  # a recording for the Romani review: 90 s of Opus is about 0.4 MB
BATCH_TRIES = 3  # polling: an update the core failed on is tried again (0.5 s, then 1 s later), then dropped


class TelegramChannel:
    name = CHANNEL  # ChannelService
    channel = CHANNEL  # Sender

    def __init__(self, bot: Bot, inbox: Inbox, database: Database,
                 translator: Translator | Callable[[], Translator], *,
                 webhook: Webhook | None = None, max_body_bytes: int = 256 * 1024, media_dir: Path | None = None,
                 timer: Timer | None = None, pacer: Pacer | None = None,
                 request_timeout: float = REQUEST_TIMEOUT_S, poll_timeout: int = POLL_TIMEOUT_S) -> None:
        self.bot = bot
        self._inbox = inbox
        self._database = database
        # The content may be reloaded while the bot runs: a callable gives the current translator.
        self._translator = (lambda: translator) if isinstance(translator, Translator) else translator
        self._accepting = True
        self._webhook = webhook
        self._max_body_bytes = max_body_bytes
        self._media_dir = media_dir
        self._timer = timer = timer or SystemTimer()
        self.courier = Courier(bot, pacer or Pacer(timer), timer, request_timeout=request_timeout)
        self.poller = None if webhook else Poller(self.courier, self._receive_batch, timer, poll_timeout=poll_timeout)
        self._polling: asyncio.Task[None] | None = None
        self._inbound = Lanes()
        self._outbound = Lanes()
        self._background = BackgroundWork("telegram")
        self._turns: contextlib.AbstractAsyncContextManager[Any] = (
            asyncio.Semaphore(POSTGRES_TURNS) if database.engine.dialect.name == "postgresql"
            else contextlib.nullcontext())
        self._reachable = ChatSet()  # chats known reachable since this process started
        self._blocked = ChatSet()  # chats that blocked the bot
        self._told = ChatSet()  # group chats already told "private chats only"

    @classmethod
    def from_settings(cls, settings: Settings, inbox: Inbox, database: Database,
                      translator: Translator | Callable[[], Translator], **options: Any) -> TelegramChannel:
        if settings.telegram_bot_token is None:
            raise ValueError("TELEGRAM_BOT_TOKEN is not set")
        base = settings.telegram_api_base
        api = TelegramAPIServer.from_base(base) if base else PRODUCTION
        bot = Bot(settings.telegram_bot_token.get_secret_value(), session=AiohttpSession(api=api),
                  default=DefaultBotProperties(parse_mode=ParseMode.HTML, link_preview_is_disabled=True))
        options.setdefault("media_dir", settings.content_dir / "media")
        return cls(bot, inbox, database, translator, webhook=Webhook.from_settings(settings),
                   max_body_bytes=settings.max_body_bytes, **options)

    # -- ChannelService ----------------------------------------------------------------------------------

    def register(self, web_app: web.Application) -> None:
        if self._webhook is not None:
            handler = webhook_handler(self._webhook, self.receive, max_body_bytes=self._max_body_bytes)
            web_app.router.add_post(self._webhook.path, handler)

    async def start(self) -> None:
        self._background.spawn(self._register_commands())
        if self._webhook is not None:
            method = SetWebhook(url=self._webhook.url, secret_token=self._webhook.secret,
                                allowed_updates=list(ALLOWED_UPDATES), drop_pending_updates=False)
            try:
                await self.courier.call(method)
            except DeliveryError as error:
                raise RuntimeError(f"Telegram did not accept the webhook ({error.code})") from None
            log.info("telegram webhook registered at path %s", self._webhook.path)
        elif self.poller is not None:
            self._polling = asyncio.create_task(self.poller.run())
            log.info("telegram long polling started")

    async def stop(self) -> None:
        self._accepting = False
        if self._polling is not None:
            # A cancel that meets aiohttp's own request timeout in the same loop turn comes back to the poller as a
            # timeout, which it retries: cancel until the task has ended.
            while not self._polling.done():
                self._polling.cancel()
                await asyncio.wait({self._polling}, timeout=1.0)
            if not self._polling.cancelled() and self._polling.exception() is not None:
                log.warning("telegram polling ended with %s", type(self._polling.exception()).__name__)
            self._polling = None
        await self.drain(STOP_GRACE_S)
        await self.bot.session.close()

    async def health(self) -> Mapping[str, Any]:
        report: dict[str, Any] = {"mode": "webhook" if self._webhook else "polling", "pending": len(self._background)}
        if self.poller is not None:
            running = self._polling is not None and not self._polling.done()
            report["ok"] = running and self.poller.failures < 3
            if self.poller.last_error:
                report["error"] = self.poller.last_error
        else:
            report["ok"] = self._accepting
        return report

    async def drain(self, timeout: float | None = None) -> None:
        """Wait for the replies being sent; after ``timeout`` seconds the rest are cancelled."""
        await self._background.drain(timeout)

    # -- inbound -----------------------------------------------------------------------------------------

    async def receive(self, raw: dict[str, Any]) -> dict[str, Any] | None:
        """One update (a webhook body or a getUpdates item). Raises when the core failed: nothing was kept.

        In webhook mode a button press is answered in the webhook's answer: the returned Bot API call.
        """
        if not self._accepting:
            raise Unavailable
        update = parse_update(raw, self.bot)
        event = read_update(update) if update is not None else None
        if update is None or event is None:
            log.info("telegram update %s ignored (%s)", raw.get("update_id"),
                     "malformed" if update is None else "not for the bot")
            return None
        if isinstance(event, Membership):
            await self._membership(event)
            return None
        inline = self._webhook is not None and event.callback_id is not None
        if isinstance(event, Said):
            await self._converse(update.update_id, event, answer=not inline)
        else:
            self._elsewhere(event, answer=not inline)
        return {"method": "answerCallbackQuery", "callback_query_id": event.callback_id} if inline else None

    async def _receive_batch(self, batch: list[dict[str, Any]]) -> None:
        await self._background.below(MAX_PENDING)
        for attempt in range(BATCH_TRIES):
            if attempt:
                await self._timer.sleep(0.5 * 2 ** (attempt - 1))
            results = await asyncio.gather(*(self.receive(raw) for raw in batch), return_exceptions=True)
            failed = [(raw, result) for raw, result in zip(batch, results, strict=True)
                      if isinstance(result, Exception)]
            for raw, result in failed:
                log.error("telegram update %s failed (try %s of %s): %s", raw.get("update_id"), attempt + 1,
                          BATCH_TRIES, type(result).__name__)
            batch = [raw for raw, _ in failed]
            if not batch:
                return

    async def _converse(self, update_id: int, event: Said, *, answer: bool) -> None:
        if event.voice is not None and await awaits_recording(self._database, event.inbound.user):
            event = replace(event, inbound=replace(event.inbound, voice=await self._download(event.voice)))
        async with self._inbound.hold(event.chat_id):
            async with self._turns:
                await self._came_back(event.chat_id, event.inbound.user)
                messages = await self._inbox.handle(event.inbound, inbound_id=str(update_id))
            if messages is not None:  # None: a duplicate, already answered
                self._background.spawn(self._reply(event.chat_id, messages, event.callback_id if answer else None))

    async def _download(self, voice: VoiceFile) -> VoiceNote | None:
        """The recording's bytes (getFile, then the file URL), or None when too large or not downloadable."""
        if voice.size is not None and voice.size > MAX_VOICE_BYTES:
            return None
        try:
            buffer = io.BytesIO()
            await self.bot.download(voice.file_id, destination=buffer, timeout=30)
        except (TimeoutError, TelegramAPIError, aiohttp.ClientError) as error:
            log.warning("telegram voice download failed: %s", type(error).__name__)
            return None
        content = buffer.getvalue()
        if len(content) > MAX_VOICE_BYTES:
            return None
        return VoiceNote(content, voice.media_type, voice.duration_s)

    async def _came_back(self, chat_id: int, user: ChannelUser) -> None:
        """A parent who writes can be written to: mark the chat reachable (once per process, or after a block)."""
        if chat_id in self._reachable and chat_id not in self._blocked:
            return
        await self._inbox.set_reachable(user, True)
        self._blocked.discard(chat_id)
        self._reachable.add(chat_id)

    async def _membership(self, event: Membership) -> None:
        async with self._inbound.hold(event.chat_id), self._turns:
            await self._inbox.set_reachable(event.user, event.reachable)
        if event.reachable:
            self._blocked.discard(event.chat_id)
            self._reachable.add(event.chat_id)
        else:
            self._blocked.add(event.chat_id)
            self._reachable.discard(event.chat_id)

    def _elsewhere(self, event: Elsewhere, *, answer: bool) -> None:
        if event.callback_id is not None and answer:
            self._background.spawn(self._answer(event.callback_id))
        if event.chat_id is not None and event.chat_id not in self._told:
            self._told.add(event.chat_id)
            text = self._translator().format(locale_for(event.language_code), Text("telegram-private-only"))
            self._background.spawn(self._reply(event.chat_id, [RenderedMessage(text, (), None, ())], None))

    # -- outbound ----------------------------------------------------------------------------------------

    async def send(self, user: ChannelUser, messages: list[RenderedMessage]) -> list[str]:
        """Sender: the bot's own messages (reminders). Raises bot.channels.delivery's errors; see courier.py."""
        if user.channel != CHANNEL or not user.user_id.removeprefix("-").isdigit():
            raise PermanentDeliveryError("not_a_telegram_chat")
        chat_id = int(user.user_id)
        if chat_id in self._blocked or not await self._active(user):
            raise PermanentDeliveryError("blocked")
        ids: list[str] = []
        async with self._outbound.hold(chat_id):
            try:
                await self._deliver(chat_id, messages, ids, bulk=True)
            except PermanentDeliveryError as error:
                if error.code == "blocked":
                    await self._block(chat_id)
                raise
            except TransientDeliveryError as error:
                if ids and not error.maybe_delivered:  # a repeat would duplicate what already arrived
                    raise TransientDeliveryError(error.code, retry_after=error.retry_after,
                                                 maybe_delivered=True) from None
                raise
        return ids

    async def _reply(self, chat_id: int, messages: list[RenderedMessage], callback_id: str | None) -> None:
        async with self._outbound.hold(chat_id):
            if callback_id is not None:
                await self._answer(callback_id)
            if chat_id in self._blocked:
                return
            try:
                await self._deliver(chat_id, messages, [], bulk=False)
            except PermanentDeliveryError as error:
                if error.code == "blocked":
                    await self._block(chat_id)
                log.info("telegram reply not delivered (%s)", error.code)
            except DeliveryError as error:  # a timeout is not repeated: the parent may have it already
                log.warning("telegram reply not delivered (%s)", error.code)

    async def _deliver(self, chat_id: int, messages: list[RenderedMessage], ids: list[str], *, bulk: bool) -> None:
        for message in messages:
            try:
                calls = calls_for(chat_id, message, self._media_dir)
            except ValueError:  # button data Telegram would refuse: a bug in the core, never worth a retry
                log.error("telegram message not sendable: button data over %s bytes", CALLBACK_DATA_LIMIT)
                raise PermanentDeliveryError("rejected") from None
            for call in calls:
                sent = await self.courier.call(call, chat_id=chat_id, bulk=bulk)
                ids.append(str(sent.message_id))

    async def _answer(self, callback_id: str) -> None:
        """Stop the button's spinner; a query that is too old to answer does not matter."""
        try:
            await self.courier.call(AnswerCallbackQuery(callback_query_id=callback_id))
        except DeliveryError as error:
            log.info("telegram callback query not answered (%s)", error.code)

    async def _block(self, chat_id: int) -> None:
        self._blocked.add(chat_id)
        self._reachable.discard(chat_id)
        await self._inbox.set_reachable(user_of(chat_id), False)

    async def _active(self, user: ChannelUser) -> bool:
        async with self._database.transaction() as store:
            chat = await store.get_chat(user)
        return chat is None or chat.active

    async def _register_commands(self) -> None:
        for method in command_lists(self._translator()):
            try:
                await self.courier.call(method)
            except DeliveryError as error:
                log.warning("telegram command list not registered (%s)", error.code)
                return
