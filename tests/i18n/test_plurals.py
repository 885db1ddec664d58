"""Explicit plural rules: Serbian agrees with CLDR, English one/other, Romani provisional one/other."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel import Locale
from babel.plural import to_python
from fluent.runtime import FluentBundle

from bot.i18n import plurals

CLDR_SERBIAN = to_python(Locale.parse("sr_Latn").plural_form)
CLDR_ENGLISH = to_python(Locale.parse("en").plural_form)
DECIMALS = [
    Decimal(text) for text in ("0.0", "0.1", "1.0", "1.1", "1.5", "2.3", "2.11", "10.21", "12.50", "14.4")
]


@pytest.mark.parametrize(
    ("number", "category"),
    [
        pytest.param(0, "other", id="0"),
        pytest.param(1, "one", id="1"),
        pytest.param(2, "few", id="2"),
        pytest.param(4, "few", id="4"),
        pytest.param(5, "other", id="5"),
        pytest.param(11, "other", id="11"),
        pytest.param(12, "other", id="12"),
        pytest.param(14, "other", id="14"),
        pytest.param(21, "one", id="21"),
        pytest.param(22, "few", id="22"),
        pytest.param(25, "other", id="25"),
        pytest.param(111, "other", id="111"),
        pytest.param(101, "one", id="101"),
        pytest.param(-1, "one", id="minus-1"),
        pytest.param(Decimal("1.1"), "one", id="1.1"),
        pytest.param(Decimal("2.3"), "few", id="2.3"),
        pytest.param(Decimal("1.0"), "other", id="1.0"),
    ],
)
def test_serbian_rule(number, category):
    assert plurals.serbian(number) == category


def test_serbian_rule_agrees_with_cldr_for_integers_and_decimals():
    for number in [*range(0, 1001), *DECIMALS]:
        assert plurals.serbian(number) == CLDR_SERBIAN(number), number


def test_english_rule_agrees_with_cldr():
    for number in [*range(0, 200), *DECIMALS]:
        assert plurals.english(number) == CLDR_ENGLISH(number), number


@pytest.mark.parametrize(
    ("number", "category"),
    [
        pytest.param(0, "other", id="0"),
        pytest.param(1, "one", id="1"),
        pytest.param(1.0, "one", id="1.0"),
        pytest.param(2, "other", id="2"),
        pytest.param(21, "other", id="21"),
        pytest.param(-1, "one", id="minus-1"),
    ],
)
def test_romani_rule_is_one_for_exactly_one(number, category):
    assert plurals.romani(number) == category


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        pytest.param(5, plurals.Operands(Decimal(5), 5, 0, 0), id="int"),
        pytest.param(
            Decimal("12.50"), plurals.Operands(Decimal("12.50"), 12, 2, 50), id="decimal-keeps-zeros"
        ),
        pytest.param(2.5, plurals.Operands(Decimal("2.5"), 2, 1, 5), id="float"),
        pytest.param(-3, plurals.Operands(Decimal(3), 3, 0, 0), id="negative"),
    ],
)
def test_operands(number, expected):
    assert plurals.operands(number) == expected


def test_unknown_language_has_no_rule():
    with pytest.raises(KeyError):
        plurals.rule_for("de")


def test_install_replaces_the_bundle_rule():
    bundle = FluentBundle(["sr-Latn"])
    assert bundle._plural_form(21) == "one"
    plurals.install(bundle, "rom")
    assert bundle._plural_form(21) == "other"
