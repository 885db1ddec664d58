"""Explicit plural rules for every content language.

fluent.runtime picks plural rules from Babel for the bundle's locale and, for a locale Babel does not know
(Romani, "rom"), silently uses the server's default locale. We never rely on that: each bundle gets one of
the rules below (see :func:`install`).

Rules follow CLDR operands (https://unicode.org/reports/tr35/tr35-numbers.html#Operands):
``n`` absolute value, ``i`` integer digits, ``v`` count of visible fraction digits, ``f`` visible fraction
digits as an integer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

PluralRule = Callable[[Any], str]


@dataclass(frozen=True)
class Operands:
    n: Decimal
    i: int
    v: int
    f: int


def operands(number: int | float | Decimal) -> Operands:
    """CLDR plural operands of a number as it is written (1.50 keeps v=2)."""
    if isinstance(number, int):
        return Operands(n=Decimal(abs(number)), i=abs(number), v=0, f=0)
    text = format(Decimal(str(number)).copy_abs(), "f")
    whole, _, fraction = text.partition(".")
    return Operands(n=Decimal(text), i=int(whole), v=len(fraction), f=int(fraction or "0"))


def serbian(number: int | float | Decimal) -> str:
    """CLDR Serbian: one (1, 21, 101), few (2-4, 22-24), other (0, 5-20, 25...); the same for fractions."""
    op = operands(number)
    if _serbian_one(op.i) and op.v == 0 or op.v and _serbian_one(op.f):
        return "one"
    if _serbian_few(op.i) and op.v == 0 or op.v and _serbian_few(op.f):
        return "few"
    return "other"


def _serbian_one(value: int) -> bool:
    return value % 10 == 1 and value % 100 != 11


def _serbian_few(value: int) -> bool:
    return value % 10 in (2, 3, 4) and value % 100 not in (12, 13, 14)


def english(number: int | float | Decimal) -> str:
    """CLDR English: one for exactly 1 written without fraction digits, other otherwise."""
    op = operands(number)
    return "one" if op.i == 1 and op.v == 0 else "other"


def romani(number: int | float | Decimal) -> str:
    """PROVISIONAL until reviewed by a native speaker: one when n == 1, other otherwise.

    CLDR has no Romani data. Gurbet and Arli nouns after numerals appear to distinguish only singular
    and plural; a reviewer may add categories, and content must always keep an ``*[other]`` variant.
    """
    return "one" if operands(number).n == 1 else "other"


RULES: dict[str, PluralRule] = {"sr": serbian, "en": english, "rom": romani}


def rule_for(language: str) -> PluralRule:
    """The rule for a content language ("sr", "en", "rom"); KeyError for any other."""
    return RULES[language]


def install(bundle: Any, language: str) -> None:
    """Replace the Babel-derived plural rule of a FluentBundle with ours.

    fluent.runtime 0.4 keeps the rule in the private attribute ``_plural_form`` and calls it when a
    number is matched against a plural category key; tests pin that this override takes effect.
    """
    bundle._plural_form = rule_for(language)
