"""A curious mediator: she reaches only the families she enrolled, and what she opens is on the audit trail.

Authorisation per family is tested in depth in tests/mediators/test_authorization.py; this pins the other half of
the defence: opening a family (her own) leaves an audit entry naming her, a refused attempt on another mediator's
family shows nothing, and the trail holds ids and codes, never a name, phone or date of birth.
"""

from __future__ import annotations

from datetime import date

from bot.storage.mediators import SqlMediators
from tests.mediators.field import make_field_app, mediator_chat, seed_family

BORN = date(2025, 5, 17)


async def test_what_a_mediator_opens_is_audited_and_another_mediators_family_stays_closed(tmp_path) -> None:
    app = await make_field_app(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", tmp_path / "media")
    try:
        ana, ana_chat = await mediator_chat(app, "Ana", "curious-ana")
        bojana, _ = await mediator_chat(app, "Bojana", "curious-bojana")
        own, _ = await seed_family(app, ana.id, "Vera", BORN)
        foreign, _ = await seed_family(app, bojana.id, "Zorica", BORN)
        await ana_chat.raw_press(f"md:fam:{own}")
        opened = ana_chat.transcript
        await ana_chat.raw_press(f"md:fam:{foreign}")
        refused = ana_chat.transcript
        async with app.database.transaction() as store:
            own_trail = await SqlMediators(store.session).audit_trail(own)
            foreign_trail = await SqlMediators(store.session).audit_trail(foreign)
            everything = await SqlMediators(store.session).audit_trail()
    finally:
        await app.close()
    assert "Vera" in opened
    assert refused == ana_chat.say("mediator-not-your-family") and "Zorica" not in refused
    assert [(e.actor, e.action) for e in own_trail] == [(f"mediator:{ana.id}", "view_family")]
    assert not [e for e in foreign_trail if e.actor == f"mediator:{ana.id}"]
    for entry in everything:
        written = f"{entry.actor} {entry.action} {entry.detail}"
        assert not any(word in written for word in ("Vera", "Zorica", "Ana", "Bojana", "2025-05-17", "17.5.2025"))
