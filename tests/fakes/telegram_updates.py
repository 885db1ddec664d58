"""Updates shaped as Telegram sends them (to getUpdates or a webhook), for the fake Bot API's tests and bench."""

from __future__ import annotations

from typing import Any

from tests.fakes.telegram_api import BOT, DATE


def _person(user_id: int, language_code: str | None) -> dict[str, Any]:
    person: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": "Parent"}
    if language_code:
        person["language_code"] = language_code
    return person


def _chat(chat_id: int, chat_type: str) -> dict[str, Any]:
    return {"id": chat_id, "type": chat_type, **({"first_name": "Parent"} if chat_type == "private" else
                                                 {"title": "Roditelji Zemun"})}


def message_update(update_id: int, chat_id: int, *, text: str | None = None, chat_type: str = "private",
                   from_id: int | None = None, language_code: str | None = "sr", kind: str = "message",
                   **content: Any) -> dict[str, Any]:
    """An update carrying a message; ``/commands`` get their bot_command entity as Telegram adds it."""
    message: dict[str, Any] = {"message_id": update_id, "date": DATE, "chat": _chat(chat_id, chat_type), **content}
    if kind != "channel_post":
        message["from"] = _person(from_id if from_id is not None else chat_id, language_code)
    if text is not None:
        message["text"] = text
        if text.startswith("/"):
            command = text.split(" ", 1)[0]
            length = len(command.encode("utf-16-le")) // 2
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    if kind == "edited_message":
        message["edit_date"] = DATE + 60
    return {"update_id": update_id, kind: message}


def callback_update(update_id: int, chat_id: int, data: str, *, from_id: int | None = None,
                    message_id: int = 1, language_code: str | None = "sr") -> dict[str, Any]:
    """A button press on one of the bot's messages in a private chat."""
    return {"update_id": update_id, "callback_query": {
        "id": f"cq-{update_id}", "from": _person(from_id if from_id is not None else chat_id, language_code),
        "message": {"message_id": message_id, "date": DATE, "chat": _chat(chat_id, "private"), "from": BOT,
                    "text": "…"},
        "chat_instance": f"ci-{chat_id}", "data": data}}


def membership_update(update_id: int, chat_id: int, status: str, *, chat_type: str = "private") -> dict[str, Any]:
    """my_chat_member: the bot's status in a chat changed ("kicked" = the parent blocked the bot)."""
    old = "member" if status == "kicked" else "kicked" if chat_type == "private" else "left"
    bot_member = {"user": BOT}
    return {"update_id": update_id, "my_chat_member": {
        "chat": _chat(chat_id, chat_type), "from": _person(abs(chat_id), "sr"), "date": DATE,
        "old_chat_member": {"status": old, **bot_member, **({"until_date": 0} if old == "kicked" else {})},
        "new_chat_member": {"status": status, **bot_member, **({"until_date": 0} if status == "kicked" else {})}}}


STICKER = {"sticker": {"file_id": "st-1", "file_unique_id": "s1", "type": "regular", "width": 512, "height": 512,
                       "is_animated": False, "is_video": False}}
