import pytest

from bot.core.library import TipEntry
from bot.core.tips import next_tip, tips_for_age

CATALOG = (
    TipEntry("tip-a-newborn", 0, 30, "responsive"),
    TipEntry("tip-b-first-year", 0, 365, "health"),
    TipEntry("tip-c-second-month", 31, 60, "learning"),
    TipEntry("tip-d-newborn-late", 0, 30, "safety"),
    TipEntry("tip-e-one-day", 45, 45, "nutrition"),
)


def ids(tips) -> list[str]:
    return [tip.id for tip in tips]


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        pytest.param(0, ["tip-a-newborn", "tip-b-first-year", "tip-d-newborn-late"], id="birth-day"),
        pytest.param(
            30, ["tip-a-newborn", "tip-b-first-year", "tip-d-newborn-late"], id="window-end-inclusive"
        ),
        pytest.param(31, ["tip-b-first-year", "tip-c-second-month"], id="next-band"),
        pytest.param(45, ["tip-b-first-year", "tip-c-second-month", "tip-e-one-day"], id="one-day-window"),
        pytest.param(365, ["tip-b-first-year"], id="last-day-of-long-window"),
        pytest.param(366, [], id="nothing-fits"),
    ],
)
def test_tips_for_age_in_sending_order(age, expected):
    assert ids(tips_for_age(CATALOG, age)) == expected


def test_next_tip_walks_the_band_in_order_then_returns_none():
    seen: set[str] = set()
    sent = []
    while (tip := next_tip(CATALOG, 10, seen)) is not None:
        sent.append(tip.id)
        seen.add(tip.id)
    assert sent == ["tip-a-newborn", "tip-b-first-year", "tip-d-newborn-late"]


def test_next_tip_prefers_the_earliest_window_start_over_catalog_order():
    catalog = (TipEntry("tip-late-start", 40, 60, "health"), TipEntry("tip-early-start", 20, 60, "health"))
    assert next_tip(catalog, 50, set()).id == "tip-early-start"
    assert next_tip(catalog, 50, {"tip-early-start"}).id == "tip-late-start"


def test_next_tip_skips_seen_tips_of_earlier_bands():
    assert next_tip(CATALOG, 45, {"tip-b-first-year"}).id == "tip-c-second-month"


def test_next_tip_is_none_when_everything_was_seen_or_nothing_fits():
    assert next_tip(CATALOG, 31, {"tip-b-first-year", "tip-c-second-month"}) is None
    assert next_tip(CATALOG, 400, set()) is None
    assert next_tip((), 0, set()) is None
