"""The SVG charts: one series per numeric column, "<5" said and never drawn, labels escaped, no script or style."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from bot.dashboard.charts import svg
from bot.dashboard.panels import SUPPRESSED, Panel

SVG = "{http://www.w3.org/2000/svg}"


def words(msg_id: str) -> str:
    return msg_id.upper()


def test_a_bar_chart_draws_counts_and_says_hidden_ones():
    panel = Panel("p", "title", ("settlement", "families", "children"),
                  (("<script>alert(1)</script>", 10, SUPPRESSED), ("b", 20, 40)))
    drawing = svg(panel, words)
    root = ET.fromstring(drawing)  # well-formed XML
    bars = [rect for rect in root.iter(f"{SVG}rect") if rect.find(f"{SVG}title") is not None]
    assert len(bars) == 3  # 10, 20, 40: the "<5" cell has no bar
    widths = sorted(float(rect.get("width", "0")) for rect in bars)
    assert widths[0] * 4 == widths[2]  # 10 against 40: one scale for the panel
    texts = [text.text for text in root.iter(f"{SVG}text")]
    assert "<5" in texts and "<script>alert(1)</script>" in texts and "FAMILIES" in texts
    assert "<script" not in drawing and "style=" not in drawing
    assert root.find(f"{SVG}title").text == "TITLE"


def test_a_line_breaks_at_a_hidden_month_and_a_table_panel_has_no_chart():
    panel = Panel("l", "t", ("month", "n"), (("2026-01", 7), ("2026-02", 9), ("2026-03", SUPPRESSED),
                                             ("2026-04", 12)), "line")
    drawing = svg(panel, words)
    lines = re.findall(r'<polyline points="([^"]+)"', drawing)
    assert [len(points.split()) for points in lines] == [2, 1]
    assert ">&lt;5<" in drawing
    assert svg(Panel("t", "t", ("a", "b"), (("x", 1),), "table"), words) == ""
    assert svg(Panel("e", "t", ("a", "b"), (), "bar"), words) == ""
    assert svg(Panel("s", "t", ("a", "b"), (("x", SUPPRESSED),), "bar"), words) == ""  # nothing to draw
