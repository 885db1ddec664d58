"""What the dashboard's aggregates hand to its page: plain tables, already safe to show.

A cell is an ``int`` (a count), a ``str`` (a label such as a settlement's name or a month ``2026-11``), a ``float``
(a share between 0 and 1), or :data:`SUPPRESSED` where a count of 1 to 4 was hidden. Counts are suppressed by the
aggregates, never by the page: any count below :data:`MIN_CELL` but above zero becomes :data:`SUPPRESSED` (and a
share computed from such a count too), because the settlements are small and a count of 2 can name a family.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

MIN_CELL = 5
SUPPRESSED = "<5"

Cell = int | float | str | None
Chart = Literal["line", "bar", "stacked", "table"]


def suppress(count: int) -> int | str:
    """A count as it may be shown: 1-4 become "<5"."""
    return SUPPRESSED if 0 < count < MIN_CELL else count


@dataclass(frozen=True)
class Filters:
    """What the coordinator chose above the page. ``mediator_id`` is also forced for a mediator's limited view."""

    start: date
    end: date  # inclusive
    settlement: str | None = None  # a settlement id of content/data/settlements.yaml
    mediator_id: int | None = None


@dataclass(frozen=True)
class Panel:
    """One chart and its table. ``title`` and each column are message ids of content/<lang>/dashboard.ftl;
    a column whose cells are labels comes first."""

    key: str  # stable, used in URLs: /dashboard/csv/<key>
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    chart: Chart = "bar"
    notes: tuple[str, ...] = field(default=())  # message ids shown under the chart (e.g. "how much is recorded")
