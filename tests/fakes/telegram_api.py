"""A fake Telegram Bot API: an aiohttp server on 127.0.0.1 (random port) that the real aiogram client talks to.

It implements every method the bot calls (getMe, getUpdates with offset/timeout, setWebhook, deleteWebhook,
getWebhookInfo, setMyCommands, sendMessage, sendVenue, sendLocation, sendPhoto, sendVoice, sendDocument,
answerCallbackQuery) with Telegram-shaped JSON, and checks what Telegram checks (telegram_checks.py): HTML that
parses (only Telegram's tags, ``&`` only in entities), 4096 characters of text and 1024 of caption (UTF-16 units),
callback data of 1-64 bytes, a photo or document actually uploaded.

aiogram posts multipart form data with nested JSON in fields such as ``reply_markup`` and files as
``attach://<name>`` form parts: parsed from ``await request.post()``. Every call is recorded (:class:`Call`), with
the uploaded files' bytes (``Call.uploads``, ``Call.upload``) so a test can decode a QR picture or read a file.
Updates are queued for getUpdates or posted to the registered webhook; a Bot API call in the webhook's answer is
made, as Telegram does. Faults are injected per method and/or chat (:class:`Fault`): 429 with retry_after, 5xx,
403, or a late answer (the client times out, the message arrives anyway); a chat id in ``blocked`` answers 403 to
every message, as a parent who blocked the bot.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import ClientSession, web

from tests.fakes.telegram_checks import ApiError, Upload, check_html, check_markup, read_params, upload, visible_text

BOT_ID = 123456789
TOKEN = f"{BOT_ID}:AAFakeTokenForTheFakeBotApi_0123456789"
BOT_USERNAME = "cavororo_test_bot"
DATE = 1795338000  # 2026-11-22 09:00 UTC, tests/fakes/chat.py NOW
SENDING = frozenset({"sendMessage", "sendVenue", "sendLocation", "sendPhoto", "sendVoice", "sendDocument"})
BOT = {"id": BOT_ID, "is_bot": True, "first_name": "Čavororo", "username": BOT_USERNAME}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    files: dict[str, int]  # form field -> size in bytes
    at: float  # time.monotonic() when it arrived
    status: int = 200
    in_webhook_answer: bool = False  # made by Telegram from the bot's answer to a webhook call
    uploads: dict[str, Upload] = field(default_factory=dict)  # form field -> the uploaded file

    def upload(self, name: str) -> Upload:
        """The file sent as parameter ``name`` ("photo", "document"): its bytes, file name and type."""
        return upload(self.params, self.uploads, name)

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    @property
    def text(self) -> str | None:
        """What the reader sees: the text or caption with entities decoded."""
        raw = self.params.get("text", self.params.get("caption"))
        return visible_text(raw) if raw is not None else None

    @property
    def buttons(self) -> list[list[tuple[str, str]]]:
        markup = self.params.get("reply_markup") or {}
        return [[(b["text"], b.get("callback_data", "")) for b in row] for row in markup.get("inline_keyboard", [])]


@dataclass
class Fault:
    status: int  # 429, 403, 5xx; 200 with ``delay`` = a late answer (the client times out, the call arrives)
    method: str | None = None  # None: any message-sending method
    chat_id: int | None = None
    retry_after: int | None = None
    delay: float = 0.0
    times: int = 1
    skip: int = 0  # let this many matching calls through first


class FakeTelegram:
    def __init__(self, token: str = TOKEN) -> None:
        self.token = token
        self.calls: list[Call] = []
        self.faults: list[Fault] = []
        self.blocked: set[int] = set()
        self.webhook: dict[str, Any] | None = None
        self.commands: dict[str | None, list[dict[str, str]]] = {}
        self.confirmed = 0  # the highest offset getUpdates was called with: updates below it are confirmed
        self.delivered_at: dict[int, float] = {}  # update id -> when it first left (getUpdates or webhook)
        self.on_call: Callable[[Call], None] | None = None
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1000)
        self._message_ids = itertools.count(1)
        self._changed = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._client: ClientSession | None = None
        self.base_url = ""
        self.files: dict[str, bytes] = {}  # file_id -> bytes a user "uploaded" (voice notes): getFile serves them

    # -- server --------------------------------------------------------------------------------------

    async def start(self) -> FakeTelegram:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_post("/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._file)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"
        self._client = ClientSession()
        return self

    async def close(self) -> None:
        self._closing = True
        self._notify()
        if self._client is not None:
            await self._client.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def add_file(self, file_id: str, content: bytes) -> None:
        """A file a user sent (a voice note): getFile names it, /file/bot<token>/<path> serves its bytes."""
        self.files[file_id] = content

    async def _file(self, request: web.Request) -> web.Response:
        content = self.files.get(request.match_info["path"].removeprefix("voice/"))
        if request.match_info["token"] != self.token or content is None:
            return web.Response(status=404)
        return web.Response(body=content, content_type="application/octet-stream")

    async def _m_getFile(self, params: dict[str, Any]) -> Any:
        file_id = str(params.get("file_id"))
        if file_id not in self.files:
            raise ApiError(400, "Bad Request: invalid file_id")
        return {"file_id": file_id, "file_unique_id": file_id[:8], "file_size": len(self.files[file_id]),
                "file_path": f"voice/{file_id}"}

    async def _api(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return _error(ApiError(401, "Unauthorized"))
        params, uploads = await read_params(request)
        return await self._call(request.match_info["method"], params, uploads)

    async def _call(self, method: str, params: dict[str, Any], uploads: dict[str, Upload], *,
                    in_webhook_answer: bool = False) -> web.Response:
        files = {name: len(sent.content) for name, sent in uploads.items()}
        call = Call(method, params, files, time.monotonic(), in_webhook_answer=in_webhook_answer, uploads=uploads)
        self.calls.append(call)
        try:
            fault = self._fault(method, call.chat_id)
            if fault is not None and fault.delay:
                await asyncio.sleep(fault.delay)
            if fault is not None and fault.status != 200:
                raise ApiError(fault.status, _DESCRIPTIONS.get(fault.status, "Internal Server Error"),
                               fault.retry_after)
            if method in SENDING and call.chat_id in self.blocked:
                raise ApiError(403, _DESCRIPTIONS[403])
            handler = getattr(self, "_m_" + method, None)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            result = await handler(params) if method not in _UPLOADING else await handler(params, uploads)
        except ApiError as error:
            call.status = error.status
            self._notify(call)
            return _error(error)
        self._notify(call)
        return web.json_response({"ok": True, "result": result})

    def _fault(self, method: str, chat_id: int | None) -> Fault | None:
        for fault in self.faults:
            wanted = method == fault.method if fault.method is not None else method in SENDING
            if fault.times > 0 and wanted and fault.chat_id in (None, chat_id):
                if fault.skip > 0:
                    fault.skip -= 1
                    return None
                fault.times -= 1
                return fault
        return None

    def _notify(self, call: Call | None = None) -> None:
        if call is not None and self.on_call is not None:
            self.on_call(call)
        self._changed.set()
        self._changed = asyncio.Event()

    # -- methods -------------------------------------------------------------------------------------

    async def _m_getMe(self, params: dict[str, Any]) -> Any:
        return {**BOT, "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    async def _m_getUpdates(self, params: dict[str, Any]) -> Any:
        if self.webhook is not None:
            raise ApiError(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        if offset > self.confirmed:
            self.confirmed = offset
            self._updates = [u for u in self._updates if _id(u) is None or _id(u) >= offset]
            self._notify()
        while True:
            ready = [u for u in self._updates if _id(u) is None or _id(u) >= offset][:limit]
            left = deadline - time.monotonic()
            if ready or left <= 0 or self._closing:
                break
            changed = self._changed
            try:
                await asyncio.wait_for(changed.wait(), left)
            except TimeoutError:
                break
        now = time.monotonic()
        for update in ready:
            if isinstance(_id(update), int):
                self.delivered_at.setdefault(_id(update), now)  # type: ignore[arg-type]
        return ready

    async def _m_setWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = {"url": params["url"], "secret_token": params.get("secret_token"),
                        "allowed_updates": params.get("allowed_updates"),
                        "drop_pending_updates": params.get("drop_pending_updates")}
        return True

    async def _m_deleteWebhook(self, params: dict[str, Any]) -> Any:
        self.webhook = None
        return True

    async def _m_getWebhookInfo(self, params: dict[str, Any]) -> Any:
        url = self.webhook["url"] if self.webhook else ""
        return {"url": url, "has_custom_certificate": False, "pending_update_count": len(self._updates)}

    async def _m_setMyCommands(self, params: dict[str, Any]) -> Any:
        self.commands[params.get("language_code") or None] = params["commands"]
        return True

    async def _m_answerCallbackQuery(self, params: dict[str, Any]) -> Any:
        return True

    async def _m_sendMessage(self, params: dict[str, Any]) -> Any:
        text = check_html(params.get("text", ""), 4096, "message text")
        return self._message(params, text=text)

    async def _m_sendVenue(self, params: dict[str, Any]) -> Any:
        if not params.get("title") or not params.get("address"):
            raise ApiError(400, "Bad Request: venue title and address are required")
        where = {"latitude": float(params["latitude"]), "longitude": float(params["longitude"])}
        return self._message(params, location=where, venue={"location": where, "title": params["title"],
                                                             "address": params["address"]})

    async def _m_sendLocation(self, params: dict[str, Any]) -> Any:
        return self._message(params, location={"latitude": float(params["latitude"]),
                                               "longitude": float(params["longitude"])})

    async def _m_sendPhoto(self, params: dict[str, Any], uploads: dict[str, Upload]) -> Any:
        sent = upload(params, uploads, "photo")
        if len(sent.content) > 10 * 1024 * 1024:
            raise ApiError(400, "Bad Request: PHOTO_INVALID_DIMENSIONS")
        photo = [{"file_id": "photo-1", "file_unique_id": "p1", "width": 640, "height": 480,
                  "file_size": len(sent.content)}]
        return self._message(params, photo=photo, **self._caption(params))

    async def _m_sendVoice(self, params: dict[str, Any], uploads: dict[str, Upload]) -> Any:
        upload(params, uploads, "voice")
        return self._message(params, voice={"file_id": "voice-1", "file_unique_id": "v1", "duration": 3},
                             **self._caption(params))

    async def _m_sendDocument(self, params: dict[str, Any], uploads: dict[str, Upload]) -> Any:
        sent = upload(params, uploads, "document")
        document = {"file_id": "document-1", "file_unique_id": "d1", "file_name": sent.filename,
                    "file_size": len(sent.content)}
        return self._message(params, document=document, **self._caption(params))

    def _caption(self, params: dict[str, Any]) -> dict[str, str]:
        raw = params.get("caption")
        return {"caption": check_html(raw, 1024, "message caption")} if raw else {}

    def _message(self, params: dict[str, Any], **content: Any) -> dict[str, Any]:
        check_markup(params.get("reply_markup"))
        chat_id = int(params["chat_id"])
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "group", "first_name": "Parent"}
        return {"message_id": next(self._message_ids), "date": DATE, "chat": chat, "from": BOT, **content}

    # -- updates -------------------------------------------------------------------------------------

    def queue(self, update: dict[str, Any]) -> dict[str, Any]:
        """Make an update available to getUpdates."""
        self._updates.append(update)
        self._notify()
        return update

    async def post_update(self, update: dict[str, Any] | None = None, *, body: bytes | None = None,
                          secret: str | None = None, headers: dict[str, str] | None = None) -> int:
        """POST an update (or a raw body) to the registered webhook as Telegram does; returns the HTTP status."""
        assert self.webhook is not None and self._client is not None, "no webhook registered"
        secret = self.webhook["secret_token"] if secret is None else secret
        sent_headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret or ""}
        sent_headers.update(headers or {})
        if update is not None and isinstance(_id(update), int):
            self.delivered_at.setdefault(_id(update), time.monotonic())  # type: ignore[arg-type]
        data = body if body is not None else json.dumps(update).encode()
        async with self._client.post(self.webhook["url"], data=data, headers=sent_headers) as response:
            answer = await response.read()
            status = response.status
        if status == 200 and answer:  # a Bot API call made in the webhook's answer, as Telegram allows
            params = json.loads(answer)
            await self._call(params.pop("method"), params, {}, in_webhook_answer=True)
        return status

    def next_update_id(self) -> int:
        return next(self._update_ids)

    # -- what was sent -------------------------------------------------------------------------------

    def sent(self, chat_id: int | None = None) -> list[Call]:
        """Messages that reached Telegram (to one chat), in order."""
        return [c for c in self.calls if c.method in SENDING and c.status == 200
                and (chat_id is None or c.chat_id == chat_id)]

    def methods(self, name: str) -> list[Call]:
        return [c for c in self.calls if c.method == name]

    async def wait_for(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the fake Telegram did not see what the test waited for")
            changed = self._changed
            try:
                await asyncio.wait_for(changed.wait(), left)
            except TimeoutError:
                pass


_UPLOADING = frozenset({"sendPhoto", "sendVoice", "sendDocument"})
_DESCRIPTIONS = {
    429: "Too Many Requests: retry later",
    403: "Forbidden: bot was blocked by the user",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


def _id(update: dict[str, Any]) -> Any:
    return update.get("update_id")


def _error(error: ApiError) -> web.Response:
    body: dict[str, Any] = {"ok": False, "error_code": error.status, "description": error.description}
    if error.retry_after is not None:
        body["parameters"] = {"retry_after": error.retry_after}
    return web.json_response(body, status=error.status)
