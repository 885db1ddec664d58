"""The bot's tables as SQLAlchemy 2 declarative models (``*Row``), kept apart from the core's dataclasses.

Alembic migrations (``bot/storage/migrations``) create these tables; a test checks that models and migrations
agree. Timestamps are :class:`UtcDateTime`: aware UTC in and out on every database, naive values refused.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

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


class Timestamped:
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utc_now, server_default=sa.func.now())
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime, default=utc_now, onupdate=utc_now, server_default=sa.func.now()
    )


EMPTY_TEXT = sa.text("''")  # server default for text columns (a literal "" confuses Alembic on SQLite)


class FamilyRow(Timestamped, Base):
    __tablename__ = "family"

    id: Mapped[int] = mapped_column(primary_key=True)
    consent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    consent_by: Mapped[str] = mapped_column(sa.String(64), default="", server_default=EMPTY_TEXT)
    notice_version: Mapped[str] = mapped_column(sa.String(32), default="", server_default=EMPTY_TEXT)


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

    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(sa.ForeignKey("family.id", ondelete="CASCADE"), index=True)
    nickname: Mapped[str | None] = mapped_column(sa.Text)
    birth_date: Mapped[date] = mapped_column(sa.Date)
    gestational_weeks: Mapped[int | None] = mapped_column(sa.Integer)


class VaccinationRecordRow(Base):
    __tablename__ = "vaccination_record"
    __table_args__ = (sa.UniqueConstraint("child_id", "dose_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    child_id: Mapped[int] = mapped_column(sa.ForeignKey("child.id", ondelete="CASCADE"))
    dose_id: Mapped[str] = mapped_column(sa.String(64))
    given_on: Mapped[date] = mapped_column(sa.Date)
    recorded_by: Mapped[str] = mapped_column(sa.String(64))
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
