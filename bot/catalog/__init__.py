"""Loading the reference data of content/data/ into a :class:`bot.core.library.Library`.

Files, each a mapping with ``version: 1``:

- ``immunization.yaml``: ``doses`` (``id``, ``vaccine``, ``recommended_age_days``, ``window: {start_days,
  latest_days}``, ``place``, ``verified``, optional ``min_interval_from_previous_days``) and a free ``meta``.
- ``checkups.yaml``: ``visits`` (``id``, ``type``, ``window_days: {start, end}``, ``verified``, optional
  ``age_days`` (default: the window start), ``vaccines`` (dose ids), ``count``) and a free ``meta``.
- ``tips.yaml``: ``tips`` (``id``, ``days: [start, end]``, ``topic``, optional ``media`` and ``guide``).
- ``guides.yaml`` (optional): the documents-and-rights guides (see :mod:`bot.catalog.guides`).
- ``milestones.yaml`` (optional): ``milestones`` (``id``, ``months``, ``days: [start, end]``, review fields), and
  the check-ins (``checkins``, ``every_checkin``, ``act_early_answers``: :mod:`bot.catalog.checkins`).
- ``illness.yaml`` (optional): the topics of "My child is ill" (:mod:`bot.catalog.illness`).
- ``sources.yaml`` (optional): the sources the health texts name (:mod:`bot.catalog.sources`; tools only).
- ``services.yaml``: ``categories`` (menu order), ``services`` (see :func:`load_services`) and ``links``.
- ``holidays.yaml``: the Serbian public holidays (optional; see :func:`load_holidays`).
- ``date_words.yaml``: everyday date words, "juče", "pre 10 dana" (optional; see :mod:`bot.catalog.date_words`).

Any malformed entry raises :class:`CatalogError` naming the file and the entry: a missing field, a wrong type,
a window ending before it starts, an unknown topic, category, place, visit type or dose, a duplicate id, and
also an unknown field (usually a typo that would silently hide a fact) or a key given twice in one mapping.
Fields kept only for human readers (sources, notes, Serbian labels) are accepted and ignored.

A ``verified`` flag is true, false or ``partly``; ``partly`` is read as False.

Opening hours: a closing time of ``24:00`` is represented as ``datetime.time.max`` (23:59:59.999999), so a
range ``(opens, closes)`` means ``opens <= t < closes``, and ``closes == time.max`` means open until midnight.
"""

from __future__ import annotations

import logging
from pathlib import Path

from bot.catalog.checkins import load_checkins
from bot.catalog.date_words import load_date_words
from bot.catalog.guides import load_guides
from bot.catalog.illness import load_illness
from bot.catalog.months import month_names
from bot.catalog.reader import CatalogError
from bot.catalog.schedules import load_doses, load_visits
from bot.catalog.services import load_holidays, load_links, load_services
from bot.catalog.tips import load_milestones, load_tips
from bot.core.library import Library

__all__ = ["CatalogError", "load_doses", "load_library", "load_services", "load_tips", "load_visits", "month_names"]

logger = logging.getLogger(__name__)


def load_library(content_dir: Path) -> Library:
    """The whole reference library from ``content_dir/data``, with month names for date parsing."""
    data = content_dir / "data"
    doses = load_doses(data / "immunization.yaml")
    visits = load_visits(data / "checkups.yaml", {dose.id for dose in doses})
    categories, services = load_services(data / "services.yaml")
    guides = load_guides(data / "guides.yaml", {service.id for service in services})
    tips = load_tips(data / "tips.yaml", {guide.id for guide in guides})
    links, holidays = load_links(data / "services.yaml", services), load_holidays(data / "holidays.yaml")
    checkpoints, act_early_answers = load_checkins(data / "milestones.yaml")
    logger.info(
        "catalog loaded: %s doses, %s visits, %s tips, %s services",
        len(doses),
        len(visits),
        len(tips),
        len(services),
    )
    return Library(
        doses, visits, tips, services, categories, month_names(), holidays=holidays, service_links=links,
        milestones=load_milestones(data / "milestones.yaml"), guides=guides, checkpoints=checkpoints,
        act_early_answers=act_early_answers or frozenset({"not_yet", "not_sure"}),
        date_words=load_date_words(data / "date_words.yaml"),
        illness=load_illness(data / "illness.yaml", {service.id for service in services}),
    )
