"""`cavororo content coverage`: for each language, per file, how far the translation is.

Columns, counted against the Serbian source (for Serbian itself: against every id any language defines):

- translated: the language has the message;
- awaiting review: Romani only, no native speaker has marked it reviewed (``bot.i18n.review``);
- missing: the language does not have it;
- falling back: what a reader of the language gets from another language, as the real Translator resolves it
  (a missing Romani text, and an unreviewed one when ``SHOW_UNREVIEWED_ROMANI=false``, come from Serbian; a
  missing Serbian text from English; English has no fallback, so its missing texts show "…").

- reviewed: Romani only, messages with a native speaker's review mark;
- proposed: Romani only, messages with a pending proposal from a mediator ("🗣 Romani texts",
  bot/tools/reviews_commands.py; read from the database when one is given, else "-");
- recorded: messages with a voice recording (content/media/<lang>/<id>.ogg, bot.catalog.recordings).

Serbian Cyrillic is generated from Serbian Latin and has the same counts.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from bot.catalog.recordings import iter_recordings
from bot.core.messages import ENGLISH, ROMANI, SERBIAN_LATIN
from bot.i18n.review import review_marks
from bot.i18n.translator import FOLDERS, Translator
from bot.tools.content_tree import LANGUAGE_NAMES, SOURCE, ContentTree

LOCALE_OF = {"rom": ROMANI, "sr": SERBIAN_LATIN, "en": ENGLISH}
COLUMNS = ("file", "messages", "translated", "awaiting review", "missing", "falling back", "reviewed", "proposed",
           "recorded")


@dataclass
class Row:
    file: str
    messages: int = 0
    translated: int = 0
    awaiting_review: int | None = None  # None: not a reviewed language
    missing: int = 0
    falling_back: int = 0
    reviewed: int | None = None  # Romani only
    proposed: int | None = None  # Romani only, when the proposals were read
    recorded: int = 0
    missing_ids: list[str] = field(default_factory=list)
    unreviewed_ids: list[str] = field(default_factory=list)

    def add(self, other: Row) -> None:
        self.messages += other.messages
        self.translated += other.translated
        if other.awaiting_review is not None:
            self.awaiting_review = (self.awaiting_review or 0) + other.awaiting_review
        self.missing += other.missing
        self.falling_back += other.falling_back
        if other.reviewed is not None:
            self.reviewed = (self.reviewed or 0) + other.reviewed
        if other.proposed is not None:
            self.proposed = (self.proposed or 0) + other.proposed
        self.recorded += other.recorded


@dataclass
class Table:
    folder: str
    locale: str
    rows: list[Row]

    @property
    def total(self) -> Row:
        rom = self.folder == "rom"
        total = Row("total", awaiting_review=0 if rom else None, reviewed=0 if rom else None,
                    proposed=0 if rom and any(r.proposed is not None for r in self.rows) else None)
        for row in self.rows:
            total.add(row)
        return total


def _expected(tree: ContentTree, folder: str, name: str) -> list[str]:
    """Ids a file should define in ``folder``: the Serbian ones, or for Serbian every id of that file name."""
    folders = FOLDERS if folder == SOURCE else (SOURCE,)
    ids = [msg_id for f in folders if name in tree.files[f] for msg_id in tree.files[f][name].messages]
    return list(dict.fromkeys(ids))


def _row(tree: ContentTree, translator: Translator, folder: str, name: str, recorded: Collection[str],
         proposed: Collection[str] | None) -> Row:
    expected = _expected(tree, folder, name)
    ftl = tree.files[folder].get(name)
    own = ftl.messages if ftl is not None else {}
    marks = review_marks(ftl.resource) if ftl is not None and folder == "rom" else {}
    rom = folder == "rom"
    row = Row(name, messages=len(expected), awaiting_review=0 if rom else None,
              proposed=sum(msg_id in proposed for msg_id in own) if rom and proposed is not None else None,
              recorded=sum(msg_id in recorded for msg_id in own))
    for msg_id in expected:
        if msg_id in own:
            row.translated += 1
            if folder == "rom" and marks.get(msg_id) is None:
                row.unreviewed_ids.append(msg_id)
        else:
            row.missing_ids.append(msg_id)
        found = translator.resolve(LOCALE_OF[folder], msg_id)
        row.falling_back += found is not None and found.fell_back
    row.missing = len(row.missing_ids)
    if row.awaiting_review is not None:
        row.awaiting_review = len(row.unreviewed_ids)
        row.reviewed = row.translated - row.awaiting_review
    return row


def coverage(root: Path, *, show_unreviewed_romani: bool = True,
             proposed: Collection[str] | None = None) -> list[Table]:
    """One table per language (Romani, Serbian, English), a row per .ftl file.

    ``proposed``: ids of the Romani messages with a pending proposal (None: not known, shown as "-")."""
    tree = ContentTree.load(root)
    resources = {folder: [ftl.resource for ftl in tree.files[folder].values()] for folder in FOLDERS}
    translator = Translator(resources, exceptions=tree.exceptions, show_unreviewed_romani=show_unreviewed_romani)
    names = sorted({name for folder in FOLDERS for name in tree.files[folder]})
    recorded: dict[str, set[str]] = {"rom": set(), "sr": set(), "en": set()}
    for lang, msg_id in iter_recordings(root):
        if (root / "media" / lang / f"{msg_id}.ogg").is_file():
            recorded[lang].add(msg_id)
    return [Table(folder, LOCALE_OF[folder], [_row(tree, translator, folder, name, recorded[folder], proposed)
                                              for name in names])
            for folder in ("rom", "sr", "en")]


def _cells(row: Row) -> list[str]:
    def shown(value: int | None) -> str:
        return "-" if value is None else str(value)

    return [row.file, str(row.messages), str(row.translated), shown(row.awaiting_review), str(row.missing),
            str(row.falling_back), shown(row.reviewed), shown(row.proposed), str(row.recorded)]


def format_coverage(tables: list[Table], *, listing: bool = False) -> str:
    out: list[str] = []
    for table in tables:
        cells = [list(COLUMNS)] + [_cells(row) for row in table.rows] + [_cells(table.total)]
        widths = [max(len(line[i]) for line in cells) for i in range(len(COLUMNS))]
        title = f"{LANGUAGE_NAMES[table.folder]} ({table.locale}" + (", sr-Cyrl generated)" if table.folder == SOURCE
                                                                    else ")")
        out += [title] + ["  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in
                                    enumerate(zip(line, widths, strict=True))) for line in cells]
        for row in table.rows if listing else ():
            out += [f"  {row.file} missing: {msg_id}" for msg_id in row.missing_ids]
            out += [f"  {row.file} awaiting review: {msg_id}" for msg_id in row.unreviewed_ids]
        out.append("")
    return "\n".join(out)
