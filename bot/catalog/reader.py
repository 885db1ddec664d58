"""Reading one data file: safe YAML without duplicate keys, a version check, and typed entry accessors
that fail naming the file and the entry."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping
from pathlib import Path
from typing import Any, Literal, NoReturn, overload

import yaml

from bot.core.age import Age

SUPPORTED_VERSION = 1
KEY = re.compile(r"[a-zA-Z][a-zA-Z0-9_-]*\Z")  # ids and keys: usable inside Fluent message ids
NOTES = frozenset({"sources", "note", "notes"})

class CatalogError(Exception):
    """A data file that cannot be read or holds a malformed entry."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class UniqueKeyLoader(yaml.SafeLoader):
    """Safe YAML loading that refuses a key given twice in a mapping (plain YAML silently keeps the last)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        keys = [self.construct_object(key, deep=True) for key, _ in node.value]
        for key in keys:
            if keys.count(key) > 1:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", node.start_mark)
        return super().construct_mapping(node, deep=deep)


class Entry:
    """One mapping of a data file, with typed accessors that fail naming the file and the entry."""

    def __init__(self, path: Path, raw: Mapping[str, Any], label: str, fields: Collection[str]) -> None:
        self.path, self.raw, self.label = path, raw, label
        unknown = sorted(str(key) for key in raw if key not in fields)
        if unknown:
            self.fail(f"unknown field(s) {', '.join(unknown)}")

    def fail(self, message: str) -> NoReturn:
        raise CatalogError(self.path, f"{self.label}: {message}")

    def value(self, key: str, kind: type | tuple[type, ...], what: str, *, optional: bool = False) -> Any:
        """The value, checked to be ``kind`` (a bool is no int); None if optional and absent or null."""
        value = self.raw.get(key)
        if value is None:
            if optional:
                return None
            self.fail(f"missing field {key!r}")
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            self.fail(f"field {key!r} must be {what}, not {value!r}")
        return value

    @overload
    def text(self, key: str, *, optional: Literal[False] = False) -> str: ...
    @overload
    def text(self, key: str, *, optional: bool) -> str | None: ...

    def text(self, key: str, *, optional: bool = False) -> str | None:
        value = self.value(key, str, "text", optional=optional)
        if value is not None and not value.strip():
            self.fail(f"field {key!r} is empty")
        return value

    @overload
    def days(self, key: str, *, optional: Literal[False] = False) -> int: ...
    @overload
    def days(self, key: str, *, optional: bool) -> int | None: ...

    def days(self, key: str, *, optional: bool = False) -> int | None:
        value = self.value(key, int, "a whole number of days", optional=optional)
        if value is not None and value < 0:
            self.fail(f"field {key!r} must not be negative")
        return value

    def age(self, key: str, *, optional: bool = False) -> Age | None:
        """An age: whole days (``61``) or calendar years, months and days (``"6y"``, ``"17m"``, ``"3m15d"``)."""
        value = self.value(key, (int, str), "days or an age like 6y, 17m, 3m15d", optional=optional)
        if value is None:
            return None
        if isinstance(value, int):
            return Age(days=self.days(key))
        try:
            return Age.parse(value)
        except ValueError as error:
            self.fail(f"field {key!r}: {error}")

    def one_of(self, key: str, allowed: Collection[str]) -> str:
        value = self.text(key)
        if value not in allowed:
            self.fail(f"unknown {key} {value!r}; expected one of {', '.join(allowed)}")
        return value

    def flag(self, key: str, *, required: bool = False) -> bool:
        """A verified flag: true, false or "partly" (read as False); absent means False unless required."""
        if key not in self.raw and not required:
            return False
        value = self.value(key, (bool, str), "true, false or partly")
        if value != "partly" and not isinstance(value, bool):
            self.fail(f"field {key!r} must be true, false or partly, not {value!r}")
        return value is True

    def keys(self, key: str, *, pattern: re.Pattern[str] | None = KEY) -> tuple[str, ...]:
        """A list of texts (absent or null: empty), each matching ``pattern``."""
        values = self.value(key, list, "a list", optional=True) or []
        for value in values:
            if not isinstance(value, str) or (pattern is not None and not pattern.match(value)):
                self.fail(f"field {key!r} holds {value!r}, which is not a valid entry")
        return tuple(values)

    def child(self, key: str, fields: Collection[str]) -> Entry:
        return Entry(self.path, self.value(key, dict, "a mapping"), f"{self.label}, {key}", fields)



def read(
    path: Path, list_key: str, fields: Collection[str], extra_top: Collection[str] = ()
) -> tuple[Entry, Iterator[Entry]]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=UniqueKeyLoader)  # a SafeLoader
    except OSError as error:
        raise CatalogError(path, f"cannot be read: {error.strerror}") from None
    except yaml.YAMLError as error:
        raise CatalogError(path, f"is not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise CatalogError(path, f"must be a mapping with 'version' and {list_key!r}")
    top = Entry(path, data, "top level", {"version", list_key, *extra_top})
    if top.value("version", int, "a whole number") != SUPPORTED_VERSION:
        top.fail(f"unsupported version {data['version']!r}; this program reads version {SUPPORTED_VERSION}")
    return top, entries(path, top.value(list_key, list, "a list"), fields)


def entries(path: Path, items: list[Any], fields: Collection[str]) -> Iterator[Entry]:
    seen: set[str] = set()
    for number, raw in enumerate(items, 1):
        if not isinstance(raw, dict):
            raise CatalogError(path, f"entry #{number} must be a mapping")
        entry_id = raw.get("id")
        if not isinstance(entry_id, str) or not KEY.match(entry_id):
            raise CatalogError(path, f"entry #{number}: 'id' must be a key like 'abc-1', not {entry_id!r}")
        if entry_id in seen:
            raise CatalogError(path, f"entry {entry_id!r}: duplicate id")
        seen.add(entry_id)
        yield Entry(path, raw, f"entry {entry_id!r}", fields)
