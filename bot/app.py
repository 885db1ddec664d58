"""The composition root: the only place that builds infrastructure and wires it together."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC
from functools import partial
from pathlib import Path

from aiohttp import web
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.catalog.recordings import LiveRecordings
from bot.catalog.settlements import load_settlements
from bot.channels.delivery import Sender
from bot.channels.service import ChannelService
from bot.clock import SystemClock
from bot.config import Settings
from bot.core.conversation import Conversation
from bot.core.library import Library
from bot.core.mediator import Mediation
from bot.core.ports import Clock, Store
from bot.core.romani_review import Reviews
from bot.dashboard import aggregates
from bot.dashboard.coordinators_commands import accounts_for
from bot.dashboard.pages import Choices, ChoicesProvider, Dashboard, PanelsProvider, as_choices, mount
from bot.dashboard.rollup import DailyRollup
from bot.health import OutboxBacklog, database_health
from bot.i18n.reload import LiveContent, load_content
from bot.i18n.review_catalog import ContentReviewCatalog
from bot.i18n.translator import Translator
from bot.inbound.inbox import Inbox
from bot.inbound.ratelimit import InboundLimiter
from bot.invitation_links import InvitationLinks
from bot.storage.database import Database, migrate
from bot.storage.mediators import mediator_store_for
from bot.storage.reviews import SqlReviews
from bot.storage.store import SqlStore
from bot.tools.content_check import content_errors
from bot.web import HealthCheck, make_web_app
from scheduler.calendar import DeliveryCalendar
from scheduler.runner import ReminderRunner

log = logging.getLogger(__name__)


@dataclass
class App:
    settings: Settings
    database: Database
    content: LiveContent  # the last good content; hot reload replaces it while the bot runs
    inbox: Inbox
    channels: list[ChannelService] = field(default_factory=list)

    @property
    def library(self) -> Library:
        return self.content.library()

    @property
    def translator(self) -> Translator:
        return self.content.translator()

    async def close(self) -> None:
        await self.database.dispose()


def configure_logging(level: str) -> None:
    logging.basicConfig(level=level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # HTTP clients log request URLs (Telegram's contain the bot token); database drivers log SQL parameters
    # (nicknames, birth dates) at DEBUG. Keep them quiet whatever LOG_LEVEL says.
    for noisy in ("aiohttp.access", "aiohttp.client", "httpx", "httpcore", "aiogram.event",
                  "aiosqlite", "asyncpg", "sqlalchemy.engine", "sqlalchemy.pool"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


async def build(settings: Settings, clock: Clock | None = None, *, strict_content: bool = False) -> App:
    """Everything the bot needs, with the database migrated to the newest schema.

    ``strict_content`` makes a missing message or a Fluent formatting error raise (tests) instead of being
    logged and replaced.
    """
    clock = clock or SystemClock(settings.timezone)
    if str(clock.zone) != settings.timezone:  # one time zone: the days of the dialog are those of the reminders
        raise ValueError(f"the clock's zone {clock.zone} is not the TIMEZONE setting {settings.timezone}")
    content = LiveContent(settings.content_dir, partial(
        load_content, strict=strict_content, show_unreviewed_romani=settings.show_unreviewed_romani, zone=clock.zone
    ), check=content_errors)
    await migrate(settings.database_url, settings.timezone)
    database = Database.from_url(settings.database_url)
    conversation = Conversation(content.library, clock, mediation(settings))
    inbox = Inbox(database, conversation, content.translator, clock, limiter=inbound_limiter(settings),
                  voices=LiveRecordings(settings.content_dir, show_unreviewed_romani=settings.show_unreviewed_romani))
    return App(settings, database, content, inbox)


def inbound_limiter(settings: Settings) -> InboundLimiter | None:
    """The per-chat flood limit on a monotonic clock (None: INBOUND_RATE_PER_MINUTE=0 turns it off)."""
    if settings.inbound_rate_per_minute == 0:
        return None
    return InboundLimiter(settings.inbound_rate_per_minute, settings.inbound_burst)


def mediation(settings: Settings) -> Mediation:
    """The mediators' part of the dialog: their tables, invitation links and QR images, settlements."""
    links = InvitationLinks(settings.telegram_bot_username, settings.viber_chat_uri)
    settlements = load_settlements(settings.content_dir)
    catalog = ContentReviewCatalog(settings.content_dir)

    def reviews(store: Store) -> Reviews:  # "🗣 Romani texts": proposals on the dialog's transaction
        if not isinstance(store, SqlStore):
            raise TypeError(f"the review proposals need the SQL store, not {type(store).__name__}")
        return Reviews(catalog, SqlReviews(store.session))

    return Mediation(mediator_store_for, links, settlements, valid_days=settings.invitation_days, reviews=reviews)


def connect_channels(app: App) -> None:
    """The messengers that have a token in the settings."""
    settings = app.settings
    if settings.telegram_bot_token is not None:
        from bot.channels.telegram import TelegramChannel

        app.channels.append(TelegramChannel.from_settings(settings, app.inbox, app.database, app.content.translator))
    if settings.viber_auth_token is not None:
        from bot.channels.viber import ViberChannel

        # a translator provider: content reloaded while the bot runs reaches Viber's own texts too
        app.channels.append(ViberChannel.from_settings(settings, app.inbox, app.database, app.content.translator))


def reminder_runner(app: App) -> ReminderRunner:
    """The planner and dispatcher, to tick on this event loop, sending through the channels that are Senders."""
    senders = _senders(app)
    reminders = ReminderRunner.build(app.database, senders, app.content.translator, app.content.library,
                                     SystemClock(app.settings.timezone), app.settings)
    return reminders


def _senders(app: App) -> dict[str, Sender]:
    """The channels that send (reminders, notices), by channel name."""
    return {c.channel: c for c in app.channels if isinstance(c, Sender) and isinstance(c.channel, str)}


GENERATED_FILES_EVERY_S = 300.0  # files of erased families are unservable at once; their bytes go within this


CONTENT_RELOAD_JOB = "content-reload"


def content_reload(content: LiveContent) -> Callable[[], Awaitable[bool | None]]:
    """One look at the content directory (and a reload when it changed), in a worker thread."""
    return partial(asyncio.to_thread, content.reload_if_changed)


def chat_jobs(content: LiveContent) -> AsyncIOScheduler:
    """`cavororo chat`'s only periodic job, content reload, on APScheduler like every job of `serve`: edited
    content shows up in the running chat. The caller starts it and shuts it down."""
    jobs = AsyncIOScheduler(timezone=UTC)
    jobs.add_job(content_reload(content), "interval", seconds=content.poll_seconds, id=CONTENT_RELOAD_JOB,
                 coalesce=True, max_instances=1, misfire_grace_time=None)
    return jobs


def periodic_work(app: App, runner: ReminderRunner) -> None:
    """Every periodic job besides the reminders (and mediator notices: an outbox kind, sent with them), on the
    one scheduler: content reload, the clean-up of generated files (Viber's /files/) whose chat was erased."""
    runner.add_periodic(CONTENT_RELOAD_JOB, content_reload(app.content), app.content.poll_seconds)
    rollup = DailyRollup(app.database, SystemClock(app.settings.timezone), lambda: app.library.doses,
                         app.settings.database_url)
    runner.add_periodic("dashboard-rollup", rollup, DailyRollup.EVERY_S)  # the dashboard's counts, once a day
    for channel in app.channels:
        files = getattr(channel, "files", None)
        if files is not None:
            runner.add_periodic(f"{channel.name}-files", files.forget_erased, GENERATED_FILES_EVERY_S)


def health_checks(app: App, reminders: ReminderRunner, clock: Clock | None = None) -> dict[str, HealthCheck]:
    """What /healthz reports on (bot/health.py): database, scheduler, outbox backlog, each channel."""
    clock = clock or SystemClock(app.settings.timezone)
    backlog = OutboxBacklog(app.database, DeliveryCalendar.from_settings(app.settings), clock.now)
    checks: dict[str, HealthCheck] = {"database": partial(database_health, app.database),
                                      "scheduler": reminders.health, "outbox": backlog.check}
    checks.update({channel.name: channel.health for channel in app.channels})
    return checks


def web_app_for(app: App, reminders: ReminderRunner) -> web.Application:
    """The shared web server: /healthz, every channel's routes (deploy/nginx/cavororo.conf proxies them) and the
    lab's dashboard at /dashboard."""
    web_app = make_web_app(health_checks(app, reminders), max_body_bytes=app.settings.max_body_bytes)
    for channel in app.channels:
        channel.register(web_app)
    mount(web_app, dashboard(app.settings, app.database, app.content.translator))
    return web_app


def dashboard_sources(database: Database, content_dir: Path) -> tuple[PanelsProvider, ChoicesProvider]:
    """The dashboard's aggregates (bot/dashboard/aggregates.py) bound to the database."""

    async def choices() -> Choices:
        return as_choices(await aggregates.settlements_and_mediators(database, content_dir))

    return partial(aggregates.panels, database), choices


def dashboard(settings: Settings, database: Database, translator: Callable[[], Translator],
              clock: Clock | None = None) -> Dashboard:
    """The lab's dashboard on the bot's database (docs/dashboard.md)."""
    panels, choices = dashboard_sources(database, settings.content_dir)
    return Dashboard(accounts_for(settings, database), panels, choices, translator,
                     clock or SystemClock(settings.timezone), secure_cookies=settings.dashboard_secure_cookies)


async def serve_dashboard(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """`cavororo dashboard`: only /dashboard, on the same database (a laptop next to the bot's database)."""
    await migrate(settings.database_url, settings.timezone)
    database = Database.from_url(settings.database_url)
    translator = Translator.from_directory(settings.content_dir, zone=SystemClock(settings.timezone).zone)
    web_app = web.Application()
    mount(web_app, dashboard(settings, database, lambda: translator))
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await web.TCPSite(runner, settings.host, settings.port).start()
        log.info("dashboard at http://%s:%s/dashboard/", settings.host, settings.port)
        await stop.wait()
    finally:
        await runner.cleanup()
        await database.dispose()


async def serve(settings: Settings, stop: asyncio.Event | None = None) -> None:
    """Run the web server, the channels and the scheduler until SIGINT/SIGTERM (or ``stop`` is set)."""
    app = await build(settings)
    connect_channels(app)
    reminders = reminder_runner(app)  # started once the channels are
    runner = web.AppRunner(web_app_for(app, reminders), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, settings.host, settings.port)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await site.start()
        log.info("listening on %s:%s with channels: %s", settings.host, settings.port,
                 ", ".join(c.name for c in app.channels) or "none")
        for channel in app.channels:
            await channel.start()
        periodic_work(app, reminders)  # notices, content reload, files: on the same scheduler
        reminders.start()
        await stop.wait()
    finally:
        await reminders.stop()
        for channel in reversed(app.channels):
            await channel.stop()
        await runner.cleanup()
        await app.close()
