"""Invitation codes: random, Telegram-safe, stored only as a hash, and when they stop working."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from bot.core.invitation_codes import (
    EXPIRED,
    UNKNOWN,
    USED,
    VALID,
    hash_code,
    looks_like_code,
    make_invitation,
    new_code,
    state_of,
)
from bot.core.mediation import FAMILY_INVITATION

NOW = datetime(2026, 11, 22, 9, 0, tzinfo=UTC)
TELEGRAM_PAYLOAD = re.compile(r"[A-Za-z0-9_-]{1,64}\Z")


def test_codes_are_telegram_deep_link_payloads_with_at_least_96_random_bits() -> None:
    codes = {new_code() for _ in range(500)}
    assert len(codes) == 500
    assert all(TELEGRAM_PAYLOAD.match(code) for code in codes)
    assert all(len(code) * 6 >= 96 for code in codes)  # base64url: 6 bits a character


def test_the_stored_record_holds_the_hash_and_not_the_code() -> None:
    code, invitation = make_invitation(FAMILY_INVITATION, NOW, timedelta(days=14), "mediator:1", family_id=7)
    assert invitation.code_hash == hash_code(code) and len(invitation.code_hash) == 64
    assert code not in repr(invitation)
    assert invitation.expires_at == NOW + timedelta(days=14)


@pytest.mark.parametrize(("changes", "moment", "expected"), [
    ({}, NOW, VALID),
    ({}, NOW + timedelta(days=14) - timedelta(seconds=1), VALID),
    ({}, NOW + timedelta(days=14), EXPIRED),
    ({"used_at": NOW}, NOW, USED),
    ({"revoked_at": NOW}, NOW, EXPIRED),
    ({"used_at": NOW, "revoked_at": NOW}, NOW + timedelta(days=30), USED),
], ids=["fresh", "last-second", "expired", "used", "replaced", "used-wins"])
def test_an_invitation_works_once_until_it_expires_or_is_replaced(changes, moment, expected) -> None:
    _, invitation = make_invitation(FAMILY_INVITATION, NOW, timedelta(days=14), "test", family_id=1)
    assert state_of(replace(invitation, **changes), moment) == expected


def test_no_invitation_is_unknown() -> None:
    assert state_of(None, NOW) == UNKNOWN


@pytest.mark.parametrize(("text", "ok"), [("AbC_12-x", True), ("", False), ("a" * 65, False), ("a b", False),
                                          ("ünï", False), ("a/b", False)],
                         ids=["code", "empty", "too-long", "space", "non-ascii", "slash"])
def test_only_text_shaped_like_a_code_is_looked_up(text: str, ok: bool) -> None:
    assert looks_like_code(text) is ok
