"""Server-rendered SVG charts of a :class:`~bot.dashboard.panels.Panel`: no script, no style attribute (the page's
Content-Security-Policy allows neither), colours that stay apart for colour-blind readers (Okabe-Ito).

The first column holds the labels (categories, or months for a line chart); every numeric column is one series.
A suppressed cell ("<5") or an empty one is drawn as nothing: the table under the chart says "<5".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from bot.dashboard.panels import Cell, Panel

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
WIDTH = 720
LABEL_W = 200
ROW_H = 22
PLOT_H = 240
LEGEND_H = 24


def number(cell: Cell) -> float:
    """A cell's value for drawing: counts and shares; a label, "<5" or nothing draws as 0."""
    if isinstance(cell, bool) or not isinstance(cell, int | float):
        return 0.0
    return float(cell)


def drawn(cell: Cell) -> bool:
    """A count or share to draw (not "<5", a label or nothing)."""
    return isinstance(cell, int | float) and not isinstance(cell, bool)


def _runs(indexes: list[int]) -> list[list[int]]:
    """Consecutive stretches of ``indexes``: the pieces of a line between hidden points."""
    runs: list[list[int]] = []
    for index in indexes:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def series_of(panel: Panel) -> list[int]:
    """The columns drawn: every column after the first with a number in some row."""
    return [i for i in range(1, len(panel.columns))
            if any(isinstance(row[i], int | float) and not isinstance(row[i], bool) for row in panel.rows)]


def _text(x: float, y: float, words: str, *, anchor: str = "start", size: int = 12) -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" '
            f'font-family="sans-serif" fill="#222">{escape(words)}</text>')


def _legend(names: Sequence[str], y: float) -> list[str]:
    parts, x = [], float(LABEL_W)
    for position, name in enumerate(names):
        colour = PALETTE[position % len(PALETTE)]
        parts.append(f'<rect x="{x:.1f}" y="{y - 10:.1f}" width="12" height="12" fill="{colour}"/>')
        parts.append(_text(x + 16, y, name))
        x += 24 + 7 * len(name)
    return parts


def _scale(top: float) -> float:
    return top if top > 0 else 1.0


def _bars(panel: Panel, series: list[int], names: list[str], *, stacked: bool) -> tuple[list[str], float]:
    plot_w = WIDTH - LABEL_W - 60
    per_row = 1 if stacked else max(1, len(series))
    bar_h = max(4.0, (ROW_H - 4) / per_row)
    if stacked:
        top = max((sum(number(row[i]) for i in series) for row in panel.rows), default=0.0)
    else:
        top = max((number(row[i]) for row in panel.rows for i in series), default=0.0)
    top = _scale(top)
    parts: list[str] = []
    y = float(LEGEND_H + 8)
    for row in panel.rows:
        parts.append(_text(LABEL_W - 6, y + ROW_H / 2 + 4, _label(row[0]), anchor="end"))
        x = float(LABEL_W)
        for position, column in enumerate(series):
            colour = PALETTE[position % len(PALETTE)]
            width = plot_w * number(row[column]) / top
            top_y = y + 2 if stacked else y + 2 + position * bar_h
            height = ROW_H - 4 if stacked else bar_h
            if not drawn(row[column]) and not stacked:  # the hidden count is said, not drawn
                parts.append(_text(x + 4, top_y + height - 1, _label(row[column]), size=10))
                continue
            parts.append(f'<rect x="{x:.1f}" y="{top_y:.1f}" width="{width:.1f}" height="{height:.1f}" '
                         f'fill="{colour}"><title>{escape(names[position])}: {escape(_label(row[column]))}</title>'
                         f'</rect>')
            if stacked:
                x += width
        y += ROW_H * (1 if stacked else max(1, per_row * 0.75))
    parts.extend(_legend(names, LEGEND_H - 6))
    return parts, y + 8


def _lines(panel: Panel, series: list[int], names: list[str]) -> tuple[list[str], float]:
    left, plot_w, top_y = 50.0, WIDTH - 80.0, float(LEGEND_H + 10)
    top = _scale(max((number(row[i]) for row in panel.rows for i in series), default=0.0))
    count = len(panel.rows)
    step = plot_w / max(1, count - 1)
    bottom = top_y + PLOT_H

    def point(index: int, value: float) -> tuple[float, float]:
        return left + index * step, bottom - PLOT_H * value / top

    parts = [f'<line x1="{left}" y1="{bottom}" x2="{left + plot_w}" y2="{bottom}" stroke="#888"/>',
             _text(left - 4, top_y + 4, _label(_tidy(top)), anchor="end"), _text(left - 4, bottom, "0", anchor="end")]
    for position, column in enumerate(series):
        colour = PALETTE[position % len(PALETTE)]
        for run in _runs([i for i, row in enumerate(panel.rows) if drawn(row[column])]):  # "<5" breaks the line
            points = " ".join(f"{x:.1f},{y:.1f}" for x, y in (point(i, number(panel.rows[i][column])) for i in run))
            parts.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for i, row in enumerate(panel.rows):
            if not drawn(row[column]):
                if row[column] is not None:  # "<5" where the point would be, above the axis
                    parts.append(_text(point(i, 0)[0], bottom - 6, _label(row[column]), anchor="middle", size=10))
                continue
            x, y = point(i, number(row[column]))
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{colour}"><title>{escape(_label(row[0]))}'
                         f' {escape(names[position])}: {escape(_label(row[column]))}</title></circle>')
    every = max(1, count // 8)  # at most about eight labels under the axis
    for i, row in enumerate(panel.rows):
        if i % every == 0 or i == count - 1:
            parts.append(_text(point(i, 0)[0], bottom + 16, _label(row[0]), anchor="middle", size=11))
    parts.extend(_legend(names, LEGEND_H - 6))
    return parts, bottom + 28


def _tidy(value: float) -> Cell:
    return int(value) if value == int(value) else round(value, 2)


def _label(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float):
        return f"{cell:.0%}" if 0 <= cell <= 1 else f"{cell:g}"
    return str(cell)


def svg(panel: Panel, words: Callable[[str], str], label: Callable[[Cell], str] | None = None) -> str:
    """The chart of ``panel`` (empty for a "table" panel or one without numbers); ``words`` turns the title
    and column message ids into words, ``label`` a label cell into words."""
    series = series_of(panel)
    if panel.chart == "table" or not series or not panel.rows:
        return ""
    names = [words(panel.columns[i]) for i in series]
    if label is not None:
        panel = Panel(panel.key, panel.title, panel.columns,
                      tuple((label(row[0]), *row[1:]) for row in panel.rows), panel.chart, panel.notes)
    if panel.chart == "line":
        parts, height = _lines(panel, series, names)
    else:
        parts, height = _bars(panel, series, names, stacked=panel.chart == "stacked")
    title = escape(words(panel.title))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="chart-{escape(panel.key)}" '
            f'viewBox="0 0 {WIDTH} {height:.0f}" width="100%" class="chart">'
            f'<title id="chart-{escape(panel.key)}">{title}</title>{"".join(parts)}</svg>')
