"""`cavororo content check`: every check of a content directory, as a list of :class:`~bot.tools.Problem`.

Errors are what would break or mislead a reader (Fluent syntax errors, an English or Serbian message missing,
placeholders that differ between languages, a text over a channel's limit, a catalog entry naming a missing
message or media file, media too large, a voice recording that is not Ogg/Opus, longer than 90 s, without
a readable sidecar or of a message that does not exist, an age with no tip, a Serbian word that would come out
wrong in Cyrillic, a Romani spelling the glossary content/rom/glossary.md rejects, an unreadable review mark).
Warnings are what an editor should look at but the bot survives: a Romani
translation missing (Serbian is shown), Romani awaiting review, a tip longer than 600 characters or than a
caption, an unused media file, a stale voice recording (its text changed since) or a Romani one awaiting
review, a health text (tip, milestone note, illness topic) that names no source.
``strict`` turns warnings into errors (CI). A source id that content/data/sources.yaml does not define is an
error.

The same check guards hot reload (``bot.i18n.reload``): content with errors is refused.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from bot.catalog import CatalogError, load_library
from bot.clock import SystemClock
from bot.tools import Problem
from bot.tools.catalog_refs import DATA_FILES, EntryPositions, catalog_problem, check_age_gaps, check_references
from bot.tools.channel_limits import check_formatting, check_tips
from bot.tools.content_tree import SOURCE, ContentTree
from bot.tools.cyrillic import check_cyrillic
from bot.tools.glossary import check_glossary
from bot.tools.health_review import check_health_sources
from bot.tools.media import check_media, check_recordings
from bot.tools.translations import check_languages, check_review

log = logging.getLogger(__name__)
SERVICES_CHECK = "bot.tools.services_commands"


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # what was not checked, and why

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.severity == "warning"]

    def strict(self) -> Report:
        """The same report with every warning turned into an error."""
        return Report([replace(p, severity="error") for p in self.problems], list(self.notes))


def check_content(root: Path, *, today: date | None = None, services: bool = True) -> Report:
    """Run every check on the content directory ``root``; problems sorted by file and position."""
    today = today or SystemClock().today()
    tree = ContentTree.load(root)
    report = Report([*tree.problems, *tree.duplicates()])
    report.problems += check_languages(tree)
    report.problems += check_review(tree, today)
    report.problems += check_cyrillic(tree)
    report.problems += check_glossary(tree, root)
    translator = tree.translator(strict=True)
    report.problems += check_formatting(tree, translator)
    try:
        library = load_library(root)
    except CatalogError as error:
        report.problems.append(catalog_problem(error))
    else:
        tips_yaml = root / "data" / DATA_FILES["tips"]
        positions = EntryPositions(tips_yaml, "tips")
        report.problems += check_references(root, library, set(tree.messages(SOURCE)))
        report.problems += check_media(root, tips_yaml, library.tips, positions)
        report.problems += check_age_gaps(tips_yaml, [tip for tip in library.tips if not tip.extra], positions)
        report.problems += check_health_sources(root, library)
        report.problems += check_tips(tree, translator, library.tips)
    report.problems += check_recordings(root)
    if services:
        _check_services(root, report)
    report.problems = sorted(set(report.problems))
    return report


def _check_services(root: Path, report: Report) -> None:
    """The services directory check of ``bot.tools.services_commands``, when that module is installed."""
    try:
        module = importlib.import_module(SERVICES_CHECK)
    except ModuleNotFoundError as error:
        if error.name != SERVICES_CHECK:
            raise
        report.notes.append(f"services not checked: {SERVICES_CHECK} is not available")
        return
    check = getattr(module, "check_services", None)
    if check is None:
        report.notes.append(f"services not checked: {SERVICES_CHECK} has no check_services")
        return
    report.problems += list(check(root))


def content_errors(root: Path) -> list[Problem]:
    """The errors that make hot reload refuse a change (warnings let it through).

    Fluent syntax errors are returned at once, without the slower checks: the change is refused anyway.
    """
    broken = [problem for problem in ContentTree.load(root).problems if problem.severity == "error"]
    return broken or check_content(root).errors
