"""The bot's tables as SQLAlchemy 2 declarative models (``*Row``), kept apart from the core's dataclasses.

Alembic migrations (``bot/storage/migrations``) create these tables; a test checks that models and migrations
agree. Timestamps are :class:`UtcDateTime`: aware UTC in and out on every database, naive values refused.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so later migrations (and SQLite batch mode) can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(sa.types.TypeDecorator[datetime]):
    """``DateTime(timezone=True)`` that stores UTC and always reads back an aware UTC datetime.

    SQLite has no time zones: values are stored as UTC without an offset and get UTC attached on the way out.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("naive datetime refused: pass an aware datetime (UTC)")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


# JSON on SQLite, JSONB on PostgreSQL (indexable, compared by value).
JsonDocument = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    __table__: ClassVar[sa.Table]  # every model here maps one Table (SQLAlchemy types it as any FromClause)


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, server_default=sa.func.now())
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime, default=utc_now, onupdate=utc_now, server_default=sa.func.now()
    )


EMPTY_TEXT = sa.text("''")  # server default for text columns (a literal "" confuses Alembic on SQLite)


class FamilyRow(Timestamped, Base):
    __tablename__ = "family"
    # The planner re-plans families changed since its last look, and plans a day's tips by tip weekday.
    __table_args__ = (sa.Index(None, "updated_at"), sa.Index(None, "tip_weekday"))

    id: Mapped[int] = mapped_column(primary_key=True)
    consent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    consent_by: Mapped[str] = mapped_column(sa.String(64), default="", server_default=EMPTY_TEXT)
    notice_version: Mapped[str] = mapped_column(sa.String(32), default="", server_default=EMPTY_TEXT)
    tip_weekday: Mapped[int] = mapped_column(sa.Integer, default=1, server_default=sa.text("1"))  # 0 = Monday
    tip_hour: Mapped[int] = mapped_column(sa.Integer, default=10, server_default=sa.text("10"))
    reminders_paused_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reminders_stopped: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default=sa.false())
    checkbacks_off: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default=sa.false())  # issue 19
    # Also send voice recordings: NULL = the default (on for Romani readers), else the parent's choice (issue 20).
    voice_notes: Mapped[bool | None] = mapped_column(sa.Boolean, nullable=True)


class ChatRow(Timestamped, Base):
    """One messenger chat; at most one per (channel, user_id)."""

    __tablename__ = "chat"
    __table_args__ = (sa.UniqueConstraint("channel", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(16))
    user_id: Mapped[str] = mapped_column(sa.String(128))
    locale: Mapped[str | None] = mapped_column(sa.String(16))
    family_id: Mapped[int | None] = mapped_column(sa.ForeignKey("family.id", ondelete="SET NULL"), index=True)
    step: Mapped[str] = mapped_column(sa.String(64), default="", server_default=EMPTY_TEXT)
    data: Mapped[dict[str, Any]] = mapped_column(JsonDocument, default=dict)
    active: Mapped[bool] = mapped_column(sa.Boolean, default=True, server_default=sa.true())
    last_inbound_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class ChildRow(Timestamped, Base):
    __tablename__ = "child"
    # The planner finds children by birth date (what is due on a day; with the family, so the index alone
    # answers) and by updated_at (what changed).
    __table_args__ = (sa.Index(None, "birth_date", "family_id"), sa.Index(None, "updated_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(sa.ForeignKey("family.id", ondelete="CASCADE"), index=True)
    nickname: Mapped[str | None] = mapped_column(sa.Text)
    birth_date: Mapped[date] = mapped_column(sa.Date)
    gestational_weeks: Mapped[int | None] = mapped_column(sa.Integer)
    # The local day the child was added, from the adding turn's Clock (created_at is an audit fact only).
    enrolled_on: Mapped[date] = mapped_column(sa.Date)
    gender: Mapped[str | None] = mapped_column(sa.String(8))  # "girl", "boy" or NULL (not given)


class VaccinationRecordRow(Base):
    __tablename__ = "vaccination_record"
    __table_args__ = (sa.UniqueConstraint("child_id", "dose_id"), sa.Index(None, "created_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(sa.ForeignKey("child.id", ondelete="CASCADE"))
    dose_id: Mapped[str] = mapped_column(sa.String(64))
    given_on: Mapped[date] = mapped_column(sa.Date)  # date_known false: the day it was recorded
    recorded_by: Mapped[str] = mapped_column(sa.String(64))
    date_known: Mapped[bool] = mapped_column(default=True, server_default=sa.true())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, server_default=sa.func.now())


class TipSeenRow(Base):
    __tablename__ = "tip_seen"

    child_id: Mapped[int] = mapped_column(sa.ForeignKey("child.id", ondelete="CASCADE"), primary_key=True)
    tip_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    seen_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ProcessedInboundRow(Base):
    """An inbound update already handled (Telegram update_id, Viber message_token): processed once."""

    __tablename__ = "processed_inbound"

    channel: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    inbound_id: Mapped[str] = mapped_column(sa.String(128), primary_key=True)
    processed_at: Mapped[datetime] = mapped_column(
        UtcDateTime, default=utc_now, server_default=sa.func.now(), index=True
    )


OPEN_TIP = sa.text("kind = 'tip' AND state IN ('pending', 'sending')")
ANSWERED = sa.text("answer IS NOT NULL")


class OutboxRow(Base):
    """One planned message: the truth the dispatcher works from (see scheduler/planner.py).

    ``idempotency_key`` is unique, so planning the same reminder twice inserts nothing; ``local_day`` is the
    local date (TIMEZONE setting) of ``due_at``, the unit of "one message per family per day".
    """

    __tablename__ = "outbox"
    __table_args__ = (
        sa.Index(None, "state", "due_at"),
        sa.Index(None, "family_id"),  # claims, erasure, work list (with local_day it cost more and served no query)
        sa.Index(None, "child_id"),  # cascades from child; a child's rows
        sa.Index(None, "mediator_id"),  # cascades from mediator (only notices have one)
        # Small partial indexes for the planner's questions "is this tip planned already?" and "did the parent
        # answer done?", asked for every child concerned by a day.
        sa.Index("ix_outbox_open_tip", "child_id", "item", sqlite_where=OPEN_TIP, postgresql_where=OPEN_TIP),
        sa.Index("ix_outbox_answered", "child_id", "kind", "item", sqlite_where=ANSWERED, postgresql_where=ANSWERED),
    )

    id: Mapped[int] = mapped_column(
        sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True, autoincrement=True
    )
    # None only for a mediator notice about no family (a thank-you for an applied Romani proposal)
    family_id: Mapped[int | None] = mapped_column(sa.ForeignKey("family.id", ondelete="CASCADE"))
    child_id: Mapped[int | None] = mapped_column(sa.ForeignKey("child.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(sa.String(16))  # tip | vaccine | checkup | catchup | milestone | notice
    item: Mapped[str] = mapped_column(sa.String(64))  # tip id, dose id, visit id or "catchup"
    stage: Mapped[str] = mapped_column(sa.String(32))  # before | on | followup-N | weekly | later-N
    due_at: Mapped[datetime] = mapped_column(UtcDateTime)
    local_day: Mapped[date] = mapped_column(sa.Date)
    idempotency_key: Mapped[str] = mapped_column(sa.String(200), unique=True)
    schedule_version: Mapped[int] = mapped_column(sa.Integer, default=1, server_default=sa.text("1"))
    state: Mapped[str] = mapped_column(sa.String(16), default="pending", server_default=sa.text("'pending'"))
    attempts: Mapped[int] = mapped_column(sa.Integer, default=0, server_default=sa.text("0"))
    lease_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    channel_message_id: Mapped[str | None] = mapped_column(sa.String(128))
    last_error: Mapped[str | None] = mapped_column(sa.String(64))  # a stable error code, never personal data
    answer: Mapped[str | None] = mapped_column(sa.String(16))  # done | not_yet | later
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, server_default=sa.func.now())
    # A mediator notice (kind NOTICE) goes to this mediator's chat, not to the family's (scheduler/notices.py).
    mediator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("mediator.id", ondelete="CASCADE"))


NOTICE = "notice"  # outbox kind of a mediator notice: item = the notice's kind (help, handed_over, ...)


# -- mediators (issue 8) -------------------------------------------------------------------------------------


class MediatorRow(Timestamped, Base):
    """A Roma health mediator; ``chat_id`` is the chat her mediator invitation was opened in."""

    __tablename__ = "mediator"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(100))
    active: Mapped[bool] = mapped_column(sa.Boolean, default=True, server_default=sa.true())
    chat_id: Mapped[int | None] = mapped_column(sa.ForeignKey("chat.id", ondelete="SET NULL"), unique=True)
    disabled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class FamilyProfileRow(Timestamped, Base):
    """What a mediator recorded when she enrolled a family (or an import brought in)."""

    __tablename__ = "family_profile"

    family_id: Mapped[int] = mapped_column(sa.ForeignKey("family.id", ondelete="CASCADE"), primary_key=True)
    mediator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("mediator.id", ondelete="SET NULL"), index=True)
    caregiver: Mapped[str] = mapped_column(sa.String(64))
    locale: Mapped[str] = mapped_column(sa.String(16))
    settlement: Mapped[str] = mapped_column(sa.String(64))
    phone: Mapped[str | None] = mapped_column(sa.String(20), index=True)
    consent_method: Mapped[str] = mapped_column(sa.String(32))
    enrolled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    help_requested_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class InvitationRow(Base):
    """A one-time invitation; only the SHA-256 of its code is stored."""

    __tablename__ = "invitation"

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    kind: Mapped[str] = mapped_column(sa.String(16))  # mediator | family
    mediator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("mediator.id", ondelete="CASCADE"), index=True)
    family_id: Mapped[int | None] = mapped_column(sa.ForeignKey("family.id", ondelete="CASCADE"), index=True)
    created_by: Mapped[str] = mapped_column(sa.String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    used_by_chat_id: Mapped[int | None] = mapped_column(sa.ForeignKey("chat.id", ondelete="SET NULL"))
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class FamilyNoteRow(Base):
    __tablename__ = "family_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(sa.ForeignKey("family.id", ondelete="CASCADE"), index=True)
    mediator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("mediator.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class MediatorNoticeRow(Base):
    """Something a mediator should hear about, seen when she opens her work list (her menu counts the unseen).
    It is sent to her chat by an outbox row of kind NOTICE written with it (bot/storage/notices.py)."""

    __tablename__ = "mediator_notice"
    __table_args__ = (sa.Index(None, "mediator_id", "seen_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mediator_id: Mapped[int] = mapped_column(sa.ForeignKey("mediator.id", ondelete="CASCADE"))
    family_id: Mapped[int | None] = mapped_column(sa.ForeignKey("family.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(sa.String(16))  # help | handed_over
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class GeneratedFileRow(Base):
    """A file made for one chat and served at /files/ (bot/channels/viber/generated_files.py) while this row exists:
    it goes when the file expires, and with the chat when the chat or its family is erased."""

    __tablename__ = "generated_file"

    name: Mapped[str] = mapped_column(sa.String(64), primary_key=True)  # <token>.<ext>
    chat_id: Mapped[int | None] = mapped_column(sa.ForeignKey("chat.id", ondelete="CASCADE"), index=True)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)


class AuditRow(Base):
    """Who did what to which family, and when. Ids and codes only: never names, phones or birth dates.

    ``family_id`` and ``mediator_id`` are plain numbers, not foreign keys, so the trail outlives a deletion.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    actor: Mapped[str] = mapped_column(sa.String(64))
    action: Mapped[str] = mapped_column(sa.String(32))
    family_id: Mapped[int | None] = mapped_column(sa.Integer, index=True)
    mediator_id: Mapped[int | None] = mapped_column(sa.Integer)
    detail: Mapped[str] = mapped_column(sa.String(128), default="", server_default=EMPTY_TEXT)


# -- privacy (issue 9) ---------------------------------------------------------------------------------------


class StatisticRow(Base):
    """A daily count kept after the data it counts is gone (erasures by reason): aggregates only, no ids."""

    __tablename__ = "statistic"

    day: Mapped[date] = mapped_column(sa.Date, primary_key=True)  # local day (TIMEZONE setting)
    name: Mapped[str] = mapped_column(sa.String(64), primary_key=True)  # "family_erased:inactive", ...
    value: Mapped[int] = mapped_column(sa.BigInteger().with_variant(sa.Integer, "sqlite"), default=0,
                                       server_default=sa.text("0"))


# -- removing a child (issue 17) -----------------------------------------------------------------------------


class ChildRemovalRow(Base):
    """Children removed by their family, counted by day and reason (mistake, moved, died, other): no ids."""

    __tablename__ = "child_removal"

    day: Mapped[date] = mapped_column(sa.Date, primary_key=True)  # Europe/Belgrade
    reason: Mapped[str] = mapped_column(sa.String(16), primary_key=True)
    value: Mapped[int] = mapped_column(sa.Integer, default=0, server_default=sa.text("0"))


class CheckinAnswerRow(Base):
    """One answer to a milestone check-in question (issue 19), with the day and the child's corrected age."""

    __tablename__ = "checkin_answer"
    __table_args__ = (sa.Index(None, "child_id", "months"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(sa.ForeignKey("child.id", ondelete="CASCADE"))
    months: Mapped[int] = mapped_column()  # the checkpoint
    question: Mapped[str] = mapped_column(sa.String(64))
    answer: Mapped[str] = mapped_column(sa.String(16))  # yes | not_yet | not_sure
    answered_on: Mapped[date] = mapped_column(sa.Date)
    age_days: Mapped[int] = mapped_column()  # corrected age in days on that day
    recheck: Mapped[bool] = mapped_column(default=False)


class CheckinStatusRow(Base):
    """Where one child's check-in of one checkpoint stands (bot.core.checkins.CheckinStatus)."""

    __tablename__ = "checkin_status"

    child_id: Mapped[int] = mapped_column(sa.ForeignKey("child.id", ondelete="CASCADE"), primary_key=True)
    months: Mapped[int] = mapped_column(primary_key=True)
    state: Mapped[str] = mapped_column(sa.String(16))  # done | skipped | postponed | recheck
    not_before: Mapped[date | None] = mapped_column(sa.Date)
    act_early: Mapped[bool] = mapped_column(default=False)
    told_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # the parent agreed to tell the mediator
    handled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # the mediator marked it handled


# -- activity check-backs (issue 19) -------------------------------------------------------------------------


class CheckbackAnswerRow(Base):
    """A parent's answer to a check-back ("Did you try ...?"): one per check-back row, erased with the child."""

    __tablename__ = "checkback_answer"

    # The outbox row asked (no foreign key: an outbox row may be cleaned up while the answer is kept).
    outbox_id: Mapped[int] = mapped_column(sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
                                           autoincrement=False)
    child_id: Mapped[int] = mapped_column(sa.ForeignKey("child.id", ondelete="CASCADE"), index=True)
    tip_id: Mapped[str] = mapped_column(sa.String(64))
    answer: Mapped[str] = mapped_column(sa.String(16))  # yes | not_yet | hard
    answered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    age_days: Mapped[int] = mapped_column(sa.Integer)  # the child's age (from birth) on the day of the answer


# -- the lab's dashboard (issue 21) --------------------------------------------------------------------------


class DashboardAccountRow(Base):
    """A coordinator who may open /dashboard; ``mediator_id`` limits the view to that mediator's families."""

    __tablename__ = "dashboard_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(100))
    mediator_id: Mapped[int | None] = mapped_column(sa.ForeignKey("mediator.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class DashboardLinkRow(Base):
    """A one-time sign-in link; only the SHA-256 of its token is stored."""

    __tablename__ = "dashboard_link"

    token_hash: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(sa.ForeignKey("dashboard_account.id", ondelete="CASCADE"), index=True)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class DashboardSessionRow(Base):
    """A signed-in browser: the SHA-256 of its cookie, and the token its forms must carry (CSRF)."""

    __tablename__ = "dashboard_session"

    token_hash: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    account_id: Mapped[int] = mapped_column(sa.ForeignKey("dashboard_account.id", ondelete="CASCADE"), index=True)
    csrf: Mapped[str] = mapped_column(sa.String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)


class DashboardAuditRow(Base):
    """Every sign-in, sign-out and export of the dashboard: the account's id and what it did, nothing else.

    ``account_id`` is a plain number, not a foreign key, so the trail outlives the account."""

    __tablename__ = "dashboard_audit"

    id: Mapped[int] = mapped_column(sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    account_id: Mapped[int] = mapped_column(sa.Integer)
    action: Mapped[str] = mapped_column(sa.String(32))  # sign_in | sign_out | export
    detail: Mapped[str] = mapped_column(sa.String(128), default="", server_default=EMPTY_TEXT)


# -- Romani review by mediators (issue 20) -------------------------------------------------------------------


class ReviewProposalRow(Base):
    """A mediator's answer to one Romani message: confirm it, a better text, or a voice recording.

    ``state``: "pending" until an editor applies or rejects it (``cavororo content reviews``); ``fingerprint`` is
    the message's source when she saw it (bot.catalog.recordings.text_fingerprint). The voice note's bytes are kept
    here until applied to content/media/.
    """

    __tablename__ = "review_proposal"

    id: Mapped[int] = mapped_column(primary_key=True)
    lang: Mapped[str] = mapped_column(sa.String(8))
    message_id: Mapped[str] = mapped_column(sa.String(128), index=True)
    kind: Mapped[str] = mapped_column(sa.String(16))  # confirm, text, voice
    fingerprint: Mapped[str] = mapped_column(sa.String(64))
    mediator_id: Mapped[int] = mapped_column(sa.Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    text: Mapped[str | None] = mapped_column(sa.Text)
    voice: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    media_type: Mapped[str | None] = mapped_column(sa.String(64))
    duration_s: Mapped[float | None] = mapped_column(sa.Float)
    state: Mapped[str] = mapped_column(sa.String(16), default="pending", server_default=sa.text("'pending'"))
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    reason: Mapped[str | None] = mapped_column(sa.Text)


# -- the dashboard's daily rollup (issue 21) -----------------------------------------------------------------


class DashboardRollupRow(Base):
    """A pre-aggregated count the dashboard reads (bot/dashboard/rollup.py): counts only, never an id of a family,
    child or chat. ``measure`` names what is counted; ``a``, ``b``, ``c`` are its labels (a dose id, a channel, a
    state...); ``day`` is the day of the event, or of the rebuild for a snapshot; ``mediator_id`` 0 is none."""

    __tablename__ = "dashboard_rollup"
    __table_args__ = (sa.Index(None, "measure", "day"),)

    id: Mapped[int] = mapped_column(sa.BigInteger().with_variant(sa.Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    measure: Mapped[str] = mapped_column(sa.String(32))
    day: Mapped[date] = mapped_column(sa.Date)
    settlement: Mapped[str] = mapped_column(sa.String(64), default="", server_default=EMPTY_TEXT)
    mediator_id: Mapped[int] = mapped_column(sa.Integer, default=0, server_default=sa.text("0"))
    a: Mapped[str] = mapped_column(sa.String(64), default="", server_default=EMPTY_TEXT)
    b: Mapped[str] = mapped_column(sa.String(64), default="", server_default=EMPTY_TEXT)
    c: Mapped[str] = mapped_column(sa.String(64), default="", server_default=EMPTY_TEXT)
    value: Mapped[int] = mapped_column(sa.BigInteger().with_variant(sa.Integer, "sqlite"), default=0,
                                       server_default=sa.text("0"))
