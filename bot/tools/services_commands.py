"""`cavororo services check`: is content/data/services.yaml (and holidays.yaml) right, and is it fresh?

Errors (the bot would show something wrong, or refuse to start): a missing required field (write ``null`` for
an unknown fact, never a guess), an unknown field or category, a duplicate id or key, an id too long for button
data, a phone that is not a Serbian number, coordinates out of range, opening hours that do not read, a
verified flag that is true for an unknown fact, a last_checked date in the future, a Serbian or English Fluent
name/description/offer/document/landmark missing, a link to an unknown service, holidays.yaml missing or wrong.
Warnings (a person should look): coordinates outside greater Belgrade, a fact without its verified flag, no
source, a Romani text missing, a last_checked older than ``--stale-days`` (default 365) or missing.

Each problem is a line ``file:line:column: severity: message`` (positions from PyYAML's node marks).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml
from fluent.syntax import FluentParser, ast

from bot.catalog.reader import KEY, CatalogError
from bot.catalog.services import (
    SERVICE_FIELDS,
    TOP_FIELDS,
    load_holidays,
    load_links,
    load_services,
    parse_day_spec,
    parse_hours,
    parse_ranges,
)
from bot.core.directory import dial
from bot.core.services_menu import HEALTH_CENTRE
from bot.tools import Problem, Severity

DEFAULT_STALE_DAYS = 365
BELGRADE_BOX = ((44.2, 45.1), (19.9, 20.9))  # (lat, lon) ranges around the City of Belgrade's territory
REQUIRED = ("id", "category", "verified", "address", "coordinates", "phones", "hours", "sources")
FACTS = {"address": "address_verified", "coordinates": "coordinates_verified", "phones": "phone_verified",
         "hours": "hours_verified", "documents": "documents_verified", "on_duty": "on_duty_verified"}
FLAGS = (*FACTS.values(), "verified")
MAX_BUTTON_DATA = 64
LONGEST_BUTTON = "svc:docs:"  # the longest prefix put before an id in button data
LONGEST_WHERE = ":-89.9999:-179.9999"  # the longest location put after a category in button data
# a missing Romani text falls back to Serbian
FOLDERS: dict[str, Severity] = {"sr": "error", "en": "error", "rom": "warning"}


def check_services(content_dir: Path, *, today: date | None = None,
                   stale_days: int = DEFAULT_STALE_DAYS) -> list[Problem]:
    """Every problem of content_dir/data/services.yaml and holidays.yaml, sorted by position."""
    from bot.clock import SystemClock

    checker = _Checker(content_dir, today or SystemClock().today(), stale_days)
    checker.run()
    return sorted(set(checker.problems))


def fluent_ids(content_dir: Path) -> dict[str, set[str]]:
    """Message ids per language folder (a file that does not parse is the content check's to report)."""
    found: dict[str, set[str]] = {}
    for folder in FOLDERS:
        ids: set[str] = set()
        for path in sorted((content_dir / folder).glob("*.ftl")):
            resource = FluentParser().parse(path.read_text(encoding="utf-8-sig"))
            ids |= {entry.id.name for entry in resource.body if isinstance(entry, ast.Message)}
        found[folder] = ids
    return found


def _value(node: yaml.Node) -> Any:
    """The Python value of a node; the written text when it cannot be built (a date like 2026-13-01)."""
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError):
        return node.value if isinstance(node, yaml.ScalarNode) else None
    finally:
        loader.dispose()


class _Checker:
    def __init__(self, content_dir: Path, today: date, stale_days: int) -> None:
        self.path = content_dir / "data" / "services.yaml"
        self.holidays_path = content_dir / "data" / "holidays.yaml"
        self.fluent = fluent_ids(content_dir)
        self.today, self.stale_days = today, stale_days
        self.problems: list[Problem] = []
        self.categories: set[str] = set()
        self.ids: set[str] = set()

    def add(self, severity: Severity, node: yaml.Node | None, message: str, path: Path | None = None) -> None:
        line, column = (node.start_mark.line + 1, node.start_mark.column + 1) if node is not None else (1, 1)
        self.problems.append(Problem(path or self.path, line, column, severity, message))

    def mapping(self, node: yaml.Node, where: str) -> dict[str, tuple[yaml.Node, yaml.Node]] | None:
        """A mapping node's entries by key; duplicate keys reported."""
        if not isinstance(node, yaml.MappingNode):
            self.add("error", node, f"{where} must be a mapping")
            return None
        pairs: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key, value in node.value:
            name = str(_value(key))
            if name in pairs:
                self.add("error", key, f"{where}: key {name!r} is given twice")
            pairs[name] = (key, value)
        return pairs

    def run(self) -> None:
        self.check_holidays()
        try:
            root = yaml.compose(self.path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
        except OSError as error:
            self.add("error", None, f"cannot be read: {error.strerror}")
            return
        except yaml.YAMLError as error:
            mark = getattr(error, "problem_mark", None)
            line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            self.problems.append(Problem(self.path, line, column, "error", f"is not valid YAML: {error}"))
            return
        top = self.mapping(root, "the file") if root is not None else None
        if top is None:
            self.add("error", root, "must be a mapping with version, categories and services")
            return
        self.check_top(top)
        if not any(p.severity == "error" for p in self.problems if p.path == self.path):
            self.cross_check_loader()

    def check_top(self, top: dict[str, tuple[yaml.Node, yaml.Node]]) -> None:
        for name, (key, _) in top.items():
            if name not in {"version", "services", *TOP_FIELDS}:
                self.add("error", key, f"unknown top-level field {name!r}")
        if "version" not in top or _value(top["version"][1]) != 1:
            self.add("error", top["version"][1] if "version" in top else None, "'version' must be 1")
        self.check_categories(top.get("categories"))
        services = top.get("services")
        if services is None or not isinstance(services[1], yaml.SequenceNode):
            self.add("error", services[1] if services else None, "'services' must be a list")
            return
        used = set()
        for item in services[1].value:
            used.add(self.check_service(item))
        for name in sorted(self.categories - used):
            self.add("warning", top["categories"][1], f"category {name!r} has no services")
        self.check_links(top.get("links"))

    def check_categories(self, pair: tuple[yaml.Node, yaml.Node] | None) -> None:
        values = _value(pair[1]) if pair else None
        if not isinstance(values, list) or not values or not all(isinstance(v, str) and KEY.match(v) for v in values):
            self.add("error", pair[1] if pair else None, "'categories' must be a non-empty list of keys")
            return
        if len(set(values)) != len(values):
            self.add("error", pair[1] if pair else None, "'categories' lists a category twice")
        self.categories = set(values)
        assert pair is not None  # the values came from it
        for node, name in zip(pair[1].value, values, strict=True):
            self.need_messages(node, [f"services-category-{name}"])
            if len(f"cat:{name}{LONGEST_WHERE}".encode()) > MAX_BUTTON_DATA:
                self.add("error", node, f"category {name!r} is too long for button data ({MAX_BUTTON_DATA} bytes)")

    def need_messages(self, node: yaml.Node, ids: Iterable[str]) -> None:
        for msg_id in ids:
            for folder, severity in FOLDERS.items():
                if msg_id not in self.fluent[folder]:
                    self.add(severity, node, f"Fluent message {msg_id} is missing in content/{folder}/")

    def check_service(self, node: yaml.Node) -> str | None:
        fields = self.mapping(node, "a service")
        if fields is None:
            return None
        service_id = _value(fields["id"][1]) if "id" in fields else None
        label = f"service {service_id!r}"
        for name, (key, _) in fields.items():
            if name not in SERVICE_FIELDS:
                self.add("error", key, f"{label}: unknown field {name!r}")
        for name in REQUIRED:
            if name not in fields:
                self.add("error", node, f"{label}: missing field {name!r} (write null when it is unknown)")
        if not self.check_id(fields, label) or not isinstance(service_id, str):  # check_id: a key, so a str
            return None
        values = {name: _value(value) for name, (_, value) in fields.items()}
        category = values.get("category")
        if "category" in fields and category not in self.categories:
            self.add("error", fields["category"][1], f"{label}: unknown category {category!r}")
        self.check_flags(fields, values, label)
        self.check_facts(fields, values, label)
        self.check_texts(fields, values, label, service_id)
        self.check_freshness(node, fields, values, label)
        return category if isinstance(category, str) else None

    def check_id(self, fields: dict[str, tuple[yaml.Node, yaml.Node]], label: str) -> bool:
        if "id" not in fields:
            return False
        node = fields["id"][1]
        service_id = _value(node)
        if not isinstance(service_id, str) or not KEY.match(service_id):
            self.add("error", node, f"{label}: 'id' must be a key like 'dz-zemun'")
            return False
        if service_id in self.ids:
            self.add("error", node, f"{label}: duplicate id")
        self.ids.add(service_id)
        if len((LONGEST_BUTTON + service_id).encode()) > MAX_BUTTON_DATA:
            self.add("error", node, f"{label}: id too long for button data ({MAX_BUTTON_DATA} bytes)")
        return True

    def check_flags(self, fields: dict[str, Any], values: dict[str, Any], label: str) -> None:
        for flag in FLAGS:
            if flag in values and values[flag] not in (True, False, "partly"):
                self.add("error", fields[flag][1], f"{label}: {flag} must be true, false or partly")
        for fact, flag in FACTS.items():
            known = values.get(fact) not in (None, [], False)
            if values.get(flag) is True and not known:
                self.add("error", fields[flag][1], f"{label}: {flag} is true but {fact} is unknown")
            if known and flag not in values:
                self.add("warning", fields[fact][1], f"{label}: {fact} has no {flag}: it is shown as unconfirmed")
        for name, allowed in (("romani_spoken", (True, False, None)), ("open_on_holidays", (True, False, None)),
                              ("landmark", (True, False)), ("on_duty", (True, False))):
            if name in values and values[name] not in allowed:
                self.add("error", fields[name][1], f"{label}: {name} must be {' or '.join(map(str, allowed))}")

    def check_facts(self, fields: dict[str, Any], values: dict[str, Any], label: str) -> None:
        address = values.get("address")
        if address is not None and (not isinstance(address, str) or not address.strip()):
            self.add("error", fields["address"][1], f"{label}: address must be text or null")
        self.check_coordinates(fields.get("coordinates"), values.get("coordinates"), label)
        phones = values.get("phones")
        if phones is not None and not isinstance(phones, list):
            self.add("error", fields["phones"][1], f"{label}: phones must be a list (empty when unknown)")
        for node, phone in zip(fields["phones"][1].value if isinstance(phones, list) else [], phones or [],
                               strict=False):
            if not isinstance(phone, str) or dial(phone) is None:
                self.add("error", node, f"{label}: phone {phone!r} is not a Serbian number like 011 123-4567, "
                                        "+381 60 1234567 or 194")
        if values.get("hours") is not None:
            self.check_hours(fields["hours"][1], values["hours"], label)
        website = values.get("website")
        if website is not None and not (isinstance(website, str) and website.startswith(("http://", "https://"))):
            self.add("error", fields["website"][1], f"{label}: website must start with http:// or https://")

    def check_hours(self, node: yaml.Node, hours: Any, label: str) -> None:
        if not isinstance(hours, dict) or not isinstance(node, yaml.MappingNode):
            self.add("error", node, f'{label}: hours must map days to times, like {{mon-fri: "09:00-15:00"}}')
            return
        for key, value in node.value:  # each day spec at its own line
            try:
                parse_day_spec(_value(key))
                parse_ranges(_value(key), _value(value))
            except ValueError as error:
                self.add("error", key, f"{label}: {error}")
                return
        try:
            parse_hours(hours)
        except ValueError as error:
            self.add("error", node, f"{label}: {error}")

    def check_coordinates(self, pair: tuple[yaml.Node, yaml.Node] | None, value: Any, label: str) -> None:
        if pair is None or value is None:
            return
        lat, lon = (_number(value.get("lat")), _number(value.get("lon"))) if isinstance(value, dict) else (None, None)
        if lat is None or lon is None or set(value) != {"lat", "lon"} or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            self.add("error", pair[1], f"{label}: coordinates must be {{lat: 44.8456, lon: 20.3858}} in range")
            return
        (south, north), (west, east) = BELGRADE_BOX
        if not (south <= lat <= north and west <= lon <= east):
            self.add("warning", pair[1], f"{label}: coordinates {lat}, {lon} are outside greater Belgrade")

    def check_texts(self, fields: dict[str, Any], values: dict[str, Any], label: str, service_id: str) -> None:
        node = fields["id"][1]
        self.need_messages(node, [f"service-{service_id}-name", f"service-{service_id}-description"])
        landmark = f"service-{service_id}-landmark"
        if values.get("landmark") is True:
            self.need_messages(fields["landmark"][1], [landmark])
        elif landmark in self.fluent["sr"]:
            self.add("warning", node, f"{label}: {landmark} exists but landmark is not true, so it is not shown")
        for key, prefix in (("offers", "service-offer-"), ("documents", "service-document-")):
            items = values.get(key)
            if items is None:
                continue
            if not isinstance(items, list) or not all(isinstance(i, str) and KEY.match(i) for i in items):
                self.add("error", fields[key][1], f"{label}: {key} must be a list of keys")
                continue
            for item_node, item in zip(fields[key][1].value, items, strict=True):
                self.need_messages(item_node, [prefix + item])
        sources = values.get("sources")
        if not sources:
            self.add("warning", fields["sources"][1] if "sources" in fields else node, f"{label}: no source")

    def check_freshness(self, node: yaml.Node, fields: dict[str, Any], values: dict[str, Any], label: str) -> None:
        checked = values.get("last_checked")
        where = fields["last_checked"][1] if "last_checked" in fields else node
        if checked is None:
            self.add("warning", where, f"{label}: never checked (no last_checked date): call them and set it")
        elif not isinstance(checked, date) or isinstance(checked, datetime):
            self.add("error", where, f"{label}: last_checked must be a date like 2025-01-31")
        elif checked > self.today:
            self.add("error", where, f"{label}: last_checked {checked} is in the future")
        elif (self.today - checked).days > self.stale_days:
            self.add("warning", where, f"{label}: last checked {checked}, more than {self.stale_days} days ago")

    def check_links(self, pair: tuple[yaml.Node, yaml.Node] | None) -> None:
        links = self.mapping(pair[1], "links") if pair else {}
        for kind, (_, value) in (links or {}).items():
            if not KEY.match(kind) or _value(value) not in self.ids:
                self.add("error", value, f"links: {kind!r} must point to a service id of this file")
        if links is not None and HEALTH_CENTRE not in links:
            self.add("warning", pair[0] if pair else None, f"links: no {HEALTH_CENTRE!r} for reminders to point to")

    def check_holidays(self) -> None:
        try:
            rules = load_holidays(self.holidays_path)
        except CatalogError as error:
            self.add("error", None, error.message, self.holidays_path)
            return
        if rules is None:
            self.add("error", None, "holidays.yaml is missing: the bot cannot say whether a service is open now",
                     self.holidays_path)
        elif not rules.verified:
            self.add("warning", None, "holidays are not verified", self.holidays_path)

    def cross_check_loader(self) -> None:
        """What the bot's own loader refuses and the checks above missed (should never happen)."""
        try:
            _, services = load_services(self.path)
            load_links(self.path, services)
        except CatalogError as error:
            self.add("error", None, error.message)


# -- the command ---------------------------------------------------------------------------------------------------

def register(subparsers: Any) -> None:
    services = subparsers.add_parser("services", help="the local services directory")
    actions = services.add_subparsers(dest="services_command", required=True)
    check = actions.add_parser("check", help="check content/data/services.yaml and holidays.yaml")
    check.add_argument("--content", type=Path, help="content directory (default: CONTENT_DIR)")
    check.add_argument("--strict", action="store_true", help="treat warnings as errors (exit status 1)")
    check.add_argument("--stale-days", type=int, default=DEFAULT_STALE_DAYS, metavar="N",
                       help=f"warn when last_checked is older than N days (default {DEFAULT_STALE_DAYS})")
    check.add_argument("--today", type=date.fromisoformat, help="check as of this date (YYYY-MM-DD)")
    check.set_defaults(run=_check)


async def _check(args: argparse.Namespace) -> None:
    content = args.content
    if content is None:
        from bot.config import settings_from

        content = settings_from(args).content_dir
    if not (content / "data").is_dir():
        raise SystemExit(f"cavororo: {content} is not a content directory (it has no data/ folder)")
    from bot.clock import SystemClock
    from bot.config import settings_from

    today = args.today or SystemClock(settings_from(args).timezone).today()
    problems = check_services(content, today=today, stale_days=args.stale_days)
    if args.strict:
        problems = [replace(p, severity="error") for p in problems]
    for problem in problems:
        try:
            problem = replace(problem, path=problem.path.resolve().relative_to(Path.cwd()))
        except ValueError:
            pass
        sys.stdout.write(f"{problem}\n")
    errors = sum(p.severity == "error" for p in problems)
    sys.stderr.write(f"{errors} error(s), {len(problems) - errors} warning(s)\n")
    if errors:
        raise SystemExit(1)


def _number(value: Any) -> float | None:
    """An int or a float (a bool is neither), else None."""
    return value if isinstance(value, int | float) and not isinstance(value, bool) else None
