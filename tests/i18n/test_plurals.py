"""Explicit plural rules: Serbian and English from Babel (CLDR), agreeing with the hand-written rules they
replaced; Romani provisional one/other."""

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


def _hand_written_serbian(number: int | Decimal) -> str:
    """The rule bot/i18n/plurals.py had before Babel's (kept here as the reference it must agree with)."""
    op = plurals.operands(number)

    def one(value: int) -> bool:
        return value % 10 == 1 and value % 100 != 11

    def few(value: int) -> bool:
        return value % 10 in (2, 3, 4) and value % 100 not in (12, 13, 14)

    if one(op.i) and op.v == 0 or op.v and one(op.f):
        return "one"
    if few(op.i) and op.v == 0 or op.v and few(op.f):
        return "few"
    return "other"


def _hand_written_english(number: int | Decimal) -> str:
    op = plurals.operands(number)
    return "one" if op.i == 1 and op.v == 0 else "other"


@pytest.mark.parametrize(("rule", "hand_written"), [
    pytest.param(plurals.serbian, _hand_written_serbian, id="serbian"),
    pytest.param(plurals.english, _hand_written_english, id="english"),
])
def test_babel_rules_agree_with_the_hand_written_ones_on_every_count_and_on_decimals(rule, hand_written):
    for number in [*range(0, 1001), *DECIMALS]:
        assert rule(number) == hand_written(number), number


@pytest.mark.parametrize("locale", ["sr_Latn", "sr_Cyrl", "sr"])
def test_both_serbian_scripts_have_the_same_rule(locale):
    assert all(plurals.serbian(n) == CLDR_SERBIAN(n) == to_python(Locale.parse(locale).plural_form)(n)
               for n in range(0, 1001))


def test_english_rule_is_cldrs():
    assert all(plurals.english(n) == CLDR_ENGLISH(n) for n in [*range(0, 200), *DECIMALS])


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
