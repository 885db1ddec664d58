"""Explicit plural rules for every content language.

fluent.runtime picks plural rules from Babel for the bundle's locale and, for a locale Babel does not know
(Romani, "rom"), silently uses the server's default locale. We never rely on that: each bundle gets one of
the rules below (see :func:`install`): Babel's CLDR rules for Serbian and English, our own for Romani.

The Romani rule uses CLDR operands (https://unicode.org/reports/tr35/tr35-numbers.html#Operands):
``n`` absolute value, ``i`` integer digits, ``v`` count of visible fraction digits, ``f`` visible fraction
digits as an integer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from babel import Locale

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


# CLDR's rules as Babel ships them (sr_Latn and sr_Cyrl share one rule). tests/i18n/test_plurals.py pins that they
# agree with the hand-written rules they replaced on every count 0..1000 and on decimals.
serbian: PluralRule = Locale.parse("sr_Latn").plural_form
english: PluralRule = Locale.parse("en").plural_form


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
