"""Viber's API status codes by name, and what each means for a send.

Viber answers HTTP 200 with ``{"status": <code>, "status_message": ...}``; a non-zero code is a refusal. Codes are
logged by their name from :data:`STATUS_NAMES` (never with the receiver id or the text). Errors, drawn once::

    ViberError                       the Viber API could not be used (raised by ViberClient)
    ├── ViberStatusError             Viber answered with a non-zero status (``status``, ``name``)
    ├── ViberUnavailable             network error, timeout, HTTP 5xx after the retries, unreadable answer
    └── ViberRequestTooLarge         a request body over 30 KB (never sent)

    bot.channels.delivery.DeliveryError       what the sender raises (see delivery_error)
    ├── TransientDeliveryError
    │   └── ViberQuotaError          23/24: the account's free messages or balance are used up (account-wide)
    └── PermanentDeliveryError       5, 6, 11: this receiver cannot get messages (the chat is marked unreachable)
"""

from __future__ import annotations

from bot.channels.delivery import DeliveryError, PermanentDeliveryError, TransientDeliveryError

# Viber REST Bot API error codes (developers.viber.com/docs/api/rest-bot-api/#error-codes).
STATUS_NAMES: dict[int, str] = {
    0: "ok",
    1: "invalidUrl",
    2: "invalidAuthToken",
    3: "badData",
    4: "missingData",
    5: "receiverNotRegistered",
    6: "receiverNotSubscribed",
    7: "publicAccountBlocked",
    8: "publicAccountNotFound",
    9: "publicAccountSuspended",
    10: "webhookNotSet",
    11: "receiverNoSuitableDevice",
    12: "tooManyRequests",
    13: "apiVersionNotSupported",
    14: "incompatibleWithVersion",
    15: "publicAccountNotAuthorized",
    16: "inchatReplyMessageNotAllowed",
    17: "publicAccountIsNotInline",
    18: "noPublicChat",
    19: "cannotSendBroadcast",
    20: "broadcastNotAllowed",
    21: "unsupportedCountry",
    22: "paymentUnsupported",
    23: "freeMessagesExceeded",
    24: "noBalance",
}
OK = 0
NOT_REGISTERED = 5
NOT_SUBSCRIBED = 6
NO_SUITABLE_DEVICE = 11
TOO_MANY_REQUESTS = 12
FREE_MESSAGES_EXCEEDED = 23
NO_BALANCE = 24

UNREACHABLE = frozenset({NOT_REGISTERED, NOT_SUBSCRIBED, NO_SUITABLE_DEVICE})
QUOTA = frozenset({FREE_MESSAGES_EXCEEDED, NO_BALANCE})
QUOTA_RETRY_AFTER_S = 3600.0  # an exhausted quota lasts until someone tops it up: look again in an hour


def status_name(status: int) -> str:
    return STATUS_NAMES.get(status, "generalError")


class ViberError(Exception):
    """The Viber API could not be used. ``code`` is stable and safe to log."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class ViberStatusError(ViberError):
    def __init__(self, status: int) -> None:
        super().__init__(f"viber_{status_name(status)}")
        self.status = status
        self.name = status_name(status)


class ViberUnavailable(ViberError):
    def __init__(self, code: str, *, maybe_delivered: bool = False) -> None:
        super().__init__(code)
        self.maybe_delivered = maybe_delivered


class ViberRequestTooLarge(ViberError):
    def __init__(self) -> None:
        super().__init__("viber_request_too_large")


class ViberQuotaError(TransientDeliveryError):
    """Status 23 (free messages exceeded) or 24 (no balance): every bot-initiated send fails until topped up."""


def delivery_error(error: ViberError, *, retry_after: float | None = None) -> DeliveryError:
    """The DeliveryError a sender raises for a client error (status 12's backoff is the caller's ``retry_after``)."""
    if isinstance(error, ViberStatusError):
        if error.status in UNREACHABLE:
            return PermanentDeliveryError(error.code)
        if error.status in QUOTA:
            return ViberQuotaError(error.code, retry_after=QUOTA_RETRY_AFTER_S)
        return TransientDeliveryError(error.code, retry_after=retry_after)
    if isinstance(error, ViberUnavailable):
        return TransientDeliveryError(error.code, maybe_delivered=error.maybe_delivered)
    return TransientDeliveryError(error.code)
