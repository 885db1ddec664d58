"""`cavororo content export --for-review OUT`: the reviewer's pack, one printable HTML document of every health
text by age (tips, milestone notes, milestone check-in questions, "My child is ill" texts), Serbian with the English
beside it, each with its age window, age basis, season, sources and medical review state, and an empty column for
the doctor's notes.

A check-in question's row holds the question and what the parent then reads: after "Not yet" the play idea (an
ordinary milestone), or after "Not yet" / "Not sure" the act-early message (an act-early sign, marked ACT EARLY);
the questions asked at every check-in (lost skills) are listed at each checkpoint. The row's sources and review
are those of its check-in entry (content/data/milestones.yaml ``checkins``)."""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from bot.catalog import load_library
from bot.catalog.sources import Source
from bot.core.library import Checkpoint, Library, Review
from bot.core.messages import ENGLISH, SERBIAN_LATIN, Text
from bot.i18n import Translator
from bot.tools.health_review import ACT_EARLY_MESSAGE, review_line, sources_of

_STYLE = """
body { font-family: sans-serif; font-size: 10pt; margin: 1.5em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: 4px; vertical-align: top; text-align: left; }
th { background: #eee; }
tr { page-break-inside: avoid; }
.text { white-space: pre-wrap; width: 30%; }
.notes { width: 14%; }
.awaiting { color: #a00; }
@media print { body { margin: 0; } }
"""


Line = tuple[tuple[Text, ...], ...]  # one line of a cell: steps joined by " → ", a step's texts by " / "


@dataclass(frozen=True)
class _Row:
    start: int
    end: int | None
    kind: str
    id: str
    texts: tuple[Line, ...]
    basis: str
    months: tuple[int, ...]
    review: Review
    order: int = 0  # a check-in's questions in the data's order


_NOT_YET, _NOT_SURE = Text("checkin-button-not-yet"), Text("checkin-button-not-sure")


def _checkin_rows(checkpoint: Checkpoint, end: int | None) -> Iterator[_Row]:
    for order, question in enumerate(checkpoint.questions):
        asked: Line = ((Text("checkin-q-" + question.id),),)
        after: Line
        if question.act_early:
            kind = f"check-in {checkpoint.months} mo: question, ACT EARLY sign"
            after = ((_NOT_YET, _NOT_SURE), (Text(ACT_EARLY_MESSAGE, {"name": "…"}),), (Text("checkin-ask-tell"),))
        else:
            kind = f"check-in {checkpoint.months} mo: question"
            after = ((_NOT_YET,), (Text("checkin-play-idea", {"idea": Text("checkin-play-" + question.id)}),))
        yield _Row(checkpoint.start_days, end, kind, question.id, (asked, after), "corrected", (),
                   checkpoint.review, order)


def _rows(library: Library) -> Iterator[_Row]:
    for tip in library.tips:
        kind = "tip (extra)" if tip.extra else "tip"
        yield _Row(tip.start_days, tip.end_days, kind, tip.id, (((Text(tip.id),),),), tip.age, tip.months,
                   tip.review)
    for m in library.milestones:
        yield _Row(m.start_days, m.end_days, "milestone note", m.id, (((Text(m.id),),),), "corrected", (), m.review)
    for index, checkpoint in enumerate(library.checkpoints):
        later = library.checkpoints[index + 1:]
        yield from _checkin_rows(checkpoint, later[0].start_days - 1 if later else None)
    for topic in library.illness:
        for text in topic.texts:
            yield _Row(text.start_days, text.end_days, f"ill: {topic.id}", text.id,
                       (((Text(text.id, dict(text.args)),),),), "chronological", (), topic.review)


def _age(start: int, end: int | None) -> str:
    def one(day: int) -> str:
        if day < 91:
            return f"{day} d"
        return f"{day / 30.44:.1f} mo" if day < 731 else f"{day / 365.25:.1f} y"
    return f"{one(start)} – {one(end) if end is not None else '…'} (days {start}–{'' if end is None else end})"


def _source(source_id: str, sources: dict[str, Source]) -> str:
    found = sources.get(source_id)
    if found is None:
        return f"<li>{html.escape(source_id)}: <b>not defined in sources.yaml</b></li>"
    year = f", {found.year}" if found.year else ""
    where = (f' <a href="{html.escape(found.address)}">{html.escape(found.address)}</a>' if found.address
             else " (no address recorded)")
    return f"<li>{html.escape(found.title)}. {html.escape(found.publisher)}{year}.{where}</li>"


def _cell(translator: Translator, locale: str, lines: tuple[Line, ...]) -> str:
    return "\n".join(" → ".join(" / ".join(translator.format(locale, text) for text in step) for step in line)
                     for line in lines)


def review_pack(root: Path, today: date) -> str:
    library, sources = load_library(root), sources_of(root)
    translator = Translator.from_directory(root, strict=True)
    rows = sorted(_rows(library), key=lambda r: (r.start, r.kind.partition(",")[0], r.order, r.id))
    body = []
    for row in rows:
        sr, en = (html.escape(_cell(translator, locale, row.texts)) for locale in (SERBIAN_LATIN, ENGLISH))
        season = ", ".join(str(m) for m in row.months) or "all year"
        state = review_line(row.review)
        listed = "".join(_source(s, sources) for s in row.review.sources) or "<li><b>no source</b></li>"
        body.append(
            f"<tr><td>{_age(row.start, row.end)}<br>{html.escape(row.kind)}<br><code>{html.escape(row.id)}</code>"
            f"<br>age: {row.basis}<br>season: {season}</td><td class=text>{sr}</td><td class=text>{en}</td>"
            f"<td><ul>{listed}</ul><span class={'reviewed' if row.review.by else 'awaiting'}>"
            f"{html.escape(state)}</span></td><td class=notes></td></tr>")
    head = ("<tr><th>Uzrast / age, vrsta / kind</th><th>Srpski (latinica)</th><th>English</th>"
            "<th>Izvori / sources, pregled / review</th><th>Beleške lekara / doctor's notes</th></tr>")
    return (f"<!DOCTYPE html>\n<html lang=sr><head><meta charset=utf-8><title>Čavororo: zdravstveni tekstovi na "
            f"pregled ({today.isoformat()})</title><style>{_STYLE}</style></head><body>"
            f"<h1>Čavororo: zdravstveni tekstovi na pregled / health texts for review</h1>"
            f"<p>{len(rows)} tekstova po uzrastu, {today.isoformat()}. Romski prevodi nisu ovde: pregleda ih izvorni "
            f"govornik. Upiši primedbe u poslednju kolonu; kada tekst odobriš, urednik upisuje "
            f"<code>reviewed-by</code> i <code>reviewed-on</code> u content/data. / {len(rows)} texts by age. "
            f"Write remarks in the last column; when a text is approved, an editor sets "
            f"<code>reviewed-by</code> and <code>reviewed-on</code> in content/data.</p>"
            f"<table><thead>{head}</thead><tbody>{''.join(body)}</tbody></table></body></html>\n")


def export_for_review(root: Path, out: Path, today: date) -> int:
    """Write the pack to ``out``; returns the number of texts."""
    document = review_pack(root, today)
    out.write_text(document, encoding="utf-8")
    return document.count("<tr><td>")
