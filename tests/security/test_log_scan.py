"""A full run with every log record captured: no name, birth date, phone, message text, token or secret in any.

The run: a parent onboards over the Telegram webhook (fake Bot API, its token in every request URL) with a
distinctive nickname and birth date, types free text with a marker (at the menu and as a wrong birth date), and
meets a 429 and a 502; reminders are planned and dispatched to that chat through the Telegram channel; a mediator
enrols a family with a caregiver's name and a phone number; a parent onboards over the Viber webhook (signed with
the auth token) and a signed garbage callback, a forged signature and a wrong Telegram secret are refused.

Logging is configured as `cavororo serve` does (bot/app.py configure_logging), then the root logger and our
own (``bot``, ``scheduler``) are put at DEBUG, so every record anything emits at DEBUG reaches the scan; libraries
silenced by configure_logging stay at WARNING, and the test checks that they are.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa

from bot.app import configure_logging
from bot.clock import FixedClock
from scheduler.calendar import DeliveryCalendar
from scheduler.dispatcher import Dispatcher
from scheduler.planner import Planner
from tests.channels.telegram.harness import SECRET, World, telegram_world
from tests.channels.viber.harness import TOKEN as VIBER_TOKEN
from tests.channels.viber.harness import running
from tests.fakes.chat import NOW, ChatDriver
from tests.fakes.telegram_api import SENDING, Fault
from tests.fakes.telegram_api import TOKEN as TELEGRAM_TOKEN
from tests.mediators.field import enrol, make_field_app, mediator_chat

NICKNAME, BORN = "Kvirinela", "14.03.2025"
VIBER_NICKNAME, VIBER_BORN = "Ornelija", "27.06.2024"
CAREGIVER, MEDIATOR, ENROLLED_CHILD = "Smiljanka", "Radmilka", "Dobrivoje"
PHONE = "064/987-6543"
MARKER = "MARKER-tajna-poruka-7731"
SILENCED = ("aiohttp.access", "aiohttp.client", "httpx", "httpcore", "aiogram.event", "aiosqlite", "asyncpg",
            "sqlalchemy.engine", "sqlalchemy.pool")


def date_forms(day: int, month: int, year: int) -> set[str]:
    """A date as it could end up in a log: ISO, Serbian and other numeric forms, with and without leading zeros."""
    forms = {f"{year}-{month:02}-{day:02}", f"{year}{month:02}{day:02}", f"{year}/{month:02}/{day:02}"}
    for d, m in ((f"{day:02}", f"{month:02}"), (str(day), str(month))):
        forms |= {f"{d}.{m}.{year}", f"{d}. {m}. {year}", f"{d}/{m}/{year}", f"{m}/{d}/{year}", f"{d}-{m}-{year}"}
    return forms


NEEDLES = {
    "nickname": {NICKNAME, VIBER_NICKNAME, ENROLLED_CHILD},
    "name": {CAREGIVER, MEDIATOR},
    "birth date": date_forms(14, 3, 2025) | date_forms(27, 6, 2024) | date_forms(2, 2, 2026),
    "phone": {PHONE, "0649876543", "649876543", "+381649876543", "987-6543", "9876543"},
    "message text": {MARKER},
    "token": {TELEGRAM_TOKEN, TELEGRAM_TOKEN.split(":", 1)[1], VIBER_TOKEN, SECRET},
}


class Everything(logging.Handler):
    """Keeps every record, formatted as an operator would read it (exception and stack included)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        self.lines: list[tuple[str, str]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append((record.name, self.format(record) + repr(record.args)))

    def leaks(self) -> list[tuple[str, str, str]]:
        """(kind, what, the line) for every needle found in any captured line."""
        return [(kind, needle, line) for _, line in self.lines for kind, needles in NEEDLES.items()
                for needle in needles if needle in line]


@pytest.fixture
def captured() -> Iterator[Everything]:
    root = logging.getLogger()
    names = ("bot", "scheduler", *SILENCED)
    saved = (root.level, list(root.handlers), {name: logging.getLogger(name).level for name in names})
    configure_logging("DEBUG")  # what `cavororo serve` does; basicConfig is a no-op under pytest's handlers
    handler = Everything()
    root.addHandler(handler)
    for name in ("", "bot", "scheduler"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    try:
        yield handler
    finally:
        root.setLevel(saved[0])
        root.handlers[:] = saved[1]
        for name, level in saved[2].items():
            logging.getLogger(name).setLevel(level)


async def telegram_part(world: World) -> list[str]:
    """Onboarding, free text, faults, reminders: the texts the parent received (to prove the data flowed)."""
    parent = world.parent(7_310_001)
    await parent.text("/start")
    await parent.press_id("language-en")
    parent.locale = "en"
    await parent.press_id("onboarding-consent-yes")
    await parent.text(NICKNAME)
    await parent.text(MARKER)  # a wrong birth date
    await parent.text(BORN)
    await parent.press_id("child-early-no")
    await parent.text(MARKER)  # free text at the menu
    world.fake.faults += [Fault(429, chat_id=parent.chat_id, retry_after=1), Fault(502, chat_id=parent.chat_id)]
    await parent.press_id("menu-tip")
    assert await world.fake.post_update({"update_id": 1}, secret="wrong") == 401
    clock = FixedClock(NOW)
    app = world.app
    planner = Planner(app.database, app.content.library, DeliveryCalendar.from_settings(app.settings), clock)
    dispatcher = Dispatcher(app.database, {"telegram": world.channel}, app.content.translator,
                            app.content.library, clock)
    for _ in range(4):  # four days of planning and sending
        await planner.tick()
        await dispatcher.dispatch()
        clock.advance(days=1)
    async with app.database.engine.connect() as connection:
        sent = (await connection.execute(sa.text("SELECT count(*) FROM outbox WHERE state = 'sent'"))).scalar()
    assert sent, "no reminder was dispatched"
    return [c.text or "" for c in world.fake.calls if c.method in SENDING and c.chat_id == parent.chat_id]


async def mediator_part(tmp_path) -> list[str]:
    """An enrolment with a phone number; the phones stored (to prove the number went through)."""
    app = await make_field_app(f"sqlite+aiosqlite:///{tmp_path / 'field.sqlite3'}", tmp_path / "media")
    app.inbox.limiter = None
    try:
        _, chat = await mediator_chat(app, MEDIATOR, "mediator-1", channel="telegram")
        await enrol(chat, CAREGIVER, phone=PHONE, children=((ENROLLED_CHILD, "2.2.2026", None),))
        family = ChatDriver(app, "enrolled-parent", channel="viber")
        await family.text(MARKER)
        async with app.database.engine.connect() as connection:
            return list((await connection.execute(sa.text("SELECT phone FROM family_profile"))).scalars())
    finally:
        await app.close()


async def viber_part(tmp_path) -> list[str]:
    async with running(f"sqlite+aiosqlite:///{tmp_path / 'viber.sqlite3'}") as harness:
        user = harness.user()
        await user.onboard("en", nickname=VIBER_NICKNAME, born=VIBER_BORN)
        texts = list(user.texts)
        await user.type(MARKER)
        assert (await harness.post(b'{"event": "message", "sender": 5}')).status == 200  # signed garbage
        assert (await harness.post({"event": "message"}, signature_value="0" * 64)).status == 403
        return texts + user.texts


async def test_a_full_run_logs_no_personal_data_and_no_secrets(tmp_path, captured: Everything) -> None:
    async with telegram_world(f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}", "webhook") as world:
        world.app.inbox.limiter = None
        telegram_texts = await telegram_part(world)
    phones = await mediator_part(tmp_path)
    viber_texts = await viber_part(tmp_path)

    # the personal data really went through the bot (so not finding it in the logs means something)
    assert any(NICKNAME in text for text in telegram_texts[-3:]), "no reminder naming the child was sent"
    assert phones == ["+381649876543"]
    assert any(VIBER_NICKNAME in text for text in viber_texts)
    ours = [name for name, _ in captured.lines if name.startswith(("bot.", "scheduler."))]
    assert len(ours) >= 10, "our loggers said little: is DEBUG capture working?"

    leaks = captured.leaks()
    assert leaks == [], "\n".join(f"{kind} {needle!r} in: {line[:300]}" for kind, needle, line in leaks)


def test_the_scan_finds_a_planted_leak(captured: Everything) -> None:
    logging.getLogger("bot.canary").debug("child %s born %s", NICKNAME, date(2025, 3, 14))
    logging.getLogger("scheduler.canary").info("token %r", {"token": VIBER_TOKEN})
    assert {(kind, needle) for kind, needle, _ in captured.leaks()} == {
        ("nickname", NICKNAME), ("birth date", "2025-03-14"), ("token", VIBER_TOKEN)}


def test_configure_logging_keeps_noisy_libraries_at_warning(captured: Everything) -> None:
    for name in SILENCED:
        assert logging.getLogger(name).getEffectiveLevel() >= logging.WARNING, name
    assert logging.getLogger("bot").getEffectiveLevel() == logging.DEBUG


def test_the_date_forms_cover_what_people_and_programs_write() -> None:
    assert {"2025-03-14", "14.03.2025", "14.3.2025", "3/14/2025"} <= date_forms(14, 3, 2025)
