"""Invitation codes: making one, and what state an invitation is in (bot/core/invitations.py opens them).

A code is 128 random bits from :mod:`secrets`, written as 22 characters of ``[A-Za-z0-9_-]`` (Telegram's
deep-link payload allows 64 of them). Only its SHA-256 is stored, so a copy of the database holds no usable
code. A code works once, until it expires (14 days by default) or a newer one replaces it.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from bot.core.mediation import Invitation

CODE_BYTES = 16  # 128 bits
CODE_ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
MAX_CODE_LENGTH = 64
DEFAULT_VALID_DAYS = 14

VALID = "valid"
UNKNOWN = "unknown"
USED = "used"
EXPIRED = "expired"


def new_code() -> str:
    return secrets.token_urlsafe(CODE_BYTES)


def hash_code(code: str) -> str:
    return hashlib.sha256(code.encode("ascii")).hexdigest()


def looks_like_code(text: str) -> bool:
    return 0 < len(text) <= MAX_CODE_LENGTH and all(ch in CODE_ALPHABET for ch in text)


def state_of(invitation: Invitation | None, now: datetime) -> str:
    """VALID, or why the invitation cannot be used (a replaced invitation counts as expired)."""
    if invitation is None:
        return UNKNOWN
    if invitation.used_at is not None:
        return USED
    if invitation.revoked_at is not None or now >= invitation.expires_at:
        return EXPIRED
    return VALID


def make_invitation(kind: str, now: datetime, valid_for: timedelta, created_by: str, *,
                    family_id: int | None = None, mediator_id: int | None = None) -> tuple[str, Invitation]:
    """A fresh code and the record to store for it."""
    code = new_code()
    invitation = Invitation(kind=kind, code_hash=hash_code(code), created_at=now, expires_at=now + valid_for,
                            created_by=created_by, family_id=family_id, mediator_id=mediator_id)
    return code, invitation
