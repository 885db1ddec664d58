"""Month words for reading birth dates, from Babel's CLDR data."""

from __future__ import annotations

from babel import Locale

MONTH_LOCALES = ("sr_Latn", "sr_Cyrl", "en")
_SERBIAN_LOCALES = ("sr_Latn", "sr_Cyrl")


def month_names() -> dict[str, int]:
    """Lower-cased month words -> 1..12, from Babel for Serbian (Latin, Cyrillic) and English.

    Wide and abbreviated names, format and stand-alone contexts, each with and without a trailing dot, plus
    the Serbian genitive of wide names ("12. marta", "12. септембра"), which CLDR does not list.
    """
    names: dict[str, int] = {}
    for code in MONTH_LOCALES:
        months = Locale.parse(code).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for month, name in months[context][width].items():
                    words = {name.lower().rstrip(".")}
                    if code in _SERBIAN_LOCALES and width == "wide":
                        words.add(_serbian_genitive(name.lower()))
                    for word in words:
                        _add_month(names, word, month)
                        _add_month(names, word + ".", month)
    return names


def _serbian_genitive(name: str) -> str:
    """Genitive of a Serbian month name: mart -> marta; a fleeting a drops: septembar -> septembra."""
    cyrillic = any("\u0400" <= char <= "\u04ff" for char in name)
    ending = "\u0430" if cyrillic else "a"
    if name[-2:] in ("ar", "\u0430\u0440") and name[-3] not in "aeiou\u0430\u0435\u0438\u043e\u0443":
        return name[:-2] + name[-1] + ending
    return name + ending


def _add_month(names: dict[str, int], word: str, month: int) -> None:
    if names.setdefault(word, month) != month:
        raise ValueError(f"month word {word!r} means both {names[word]} and {month}")
