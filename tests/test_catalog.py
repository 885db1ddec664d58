import shutil
from datetime import date, time
from pathlib import Path

import pytest

from bot.catalog import CatalogError, load_library, month_names
from bot.core.library import TOPICS, Dose, Hours, Service, TipEntry, Visit

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = Path(__file__).resolve().parent / "fixtures" / "catalog"
MONTHS = month_names()


def test_fixture_files_load_into_domain_records():
    library = load_library(FIXTURE)
    assert library.doses == (
        Dose("bcg_1", "BCG", 0, 0, 365, "porodiliste", verified=True),
        Dose(
            "hepb_2", "HepB", 30, 30, 60, "dom_zdravlja", verified=False, min_interval_from_previous_days=30
        ),
        Dose("mmr_1", "MMR", 365, 365, 456, "dom_zdravlja", verified=False),
    )
    assert library.visits == (
        Visit("patronage_newborn", "patronage_home_visit", 0, 0, 30, (), verified=True, count=5),
        Visit("checkup_1m", "pediatric_preventive", 30, 20, 60, ("hepb_2",), verified=False),
    )
    assert library.tips == (
        TipEntry("tip-newborn-skin-to-skin", 0, 31, "responsive", ("tips/skin.jpg",)),
        TipEntry("tip-first-year-vaccines", 0, 365, "health"),
        TipEntry("tip-toddler-reading", 365, 730, "learning"),
    )
    assert library.categories == ("health", "emergency")
    assert library.month_names == MONTHS


def test_fixture_services_keep_every_fact_and_its_flag():
    clinic, helpline = load_library(FIXTURE).services
    morning_afternoon = ((time(7), time(12)), (time(13), time(19)))
    assert clinic == Service(
        id="clinic-one",
        category="health",
        address="Test street 1, 11080 Zemun",
        address_verified=True,
        lat=44.8,
        lon=20.4,
        coordinates_verified=False,
        phones=("011/000-000", "060/000-000"),
        phone_verified=False,
        hours=Hours({**dict.fromkeys(range(5), morning_afternoon), 5: ((time(8), time(12)),)}),
        hours_verified=False,
        offers=("pediatrics", "vaccination"),
        documents=("health-card",),
        romani_spoken=True,
        website="https://example.org",
        verified=True,
        sources=("https://example.org/about",),
        last_checked=date(2025, 5, 1),
    )
    assert helpline == Service(
        id="helpline", category="emergency", hours=Hours(dict.fromkeys(range(7), ((time(0), time.max),)))
    )


def broken(tmp_path: Path, name: str, old: str, new: str) -> Path:
    """A copy of the fixture content directory with ``old`` replaced by ``new`` in data/``name``."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    path = content / "data" / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} must occur once in {name}"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return content


IMM, CHECK, TIPS, SERV = "immunization.yaml", "checkups.yaml", "tips.yaml", "services.yaml"

# Each case: the file, a text that occurs once in it, its replacement, and what the error message must say.
MALFORMED = {
    "missing-field": (IMM, "    vaccine: MMR\n", "", "entry 'mmr_1': missing field 'vaccine'"),
    "text-for-days": (IMM, "age_days: 30\n", "age_days: x\n", "'hepb_2': field 'recommended_age_days'"),
    "bool-for-days": (IMM, "age_days: 365\n", "age_days: true\n", "'mmr_1': field 'recommended_age_days'"),
    "dose-window-reversed": (IMM, "latest_days: 456", "latest_days: 300", "'mmr_1': window ends (day 300)"),
    "outside-window": (IMM, "age_days: 365\n", "age_days: 500\n", "'mmr_1': recommended day 500 is outside"),
    "unknown-place": (IMM, "place: porodiliste", "place: home", "entry 'bcg_1': unknown place 'home'"),
    "misspelt-field": (IMM, "place: porodiliste", "plase: porodiliste", "'bcg_1': unknown field(s) plase"),
    "bad-verified": (IMM, "verified: partly", "verified: maybe", "'hepb_2': field 'verified' must be"),
    "missing-verified": (IMM, "verified: false", "", "entry 'mmr_1': missing field 'verified'"),
    "duplicate-dose": (IMM, "id: mmr_1", "id: bcg_1", "entry 'bcg_1': duplicate id"),
    "unsupported-version": (IMM, "version: 1", "version: 2", "top level: unsupported version 2"),
    "missing-version": (IMM, "version: 1\n", "", "top level: missing field 'version'"),
    "visit-window-reversed": (
        CHECK,
        "{start: 20, end: 60}",
        "{start: 20, end: 10}",
        "'checkup_1m': window ends",
    ),
    "unknown-dose": (CHECK, "[hepb_2]", "[hepb_9]", "entry 'checkup_1m': unknown vaccine dose 'hepb_9'"),
    "unknown-visit-type": (CHECK, "type: patronage_home_visit", "type: party", "unknown type 'party'"),
    "negative-count": (
        CHECK,
        "count: 5",
        "count: -5",
        "'patronage_newborn': field 'count' must not be negative",
    ),
    "tip-window-reversed": (
        TIPS,
        "days: [0, 31]",
        "days: [31, 0]",
        "'tip-newborn-skin-to-skin': window ends",
    ),
    "tip-window-one-number": (TIPS, "days: [0, 31]", "days: [0]", "'tip-newborn-skin-to-skin': field 'days'"),
    "tip-window-not-a-list": (TIPS, "days: [0, 31]", "days: 31", "'tip-newborn-skin-to-skin': field 'days'"),
    "unknown-topic": (
        TIPS,
        "topic: learning",
        "topic: fun",
        "entry 'tip-toddler-reading': unknown topic 'fun'",
    ),
    "duplicate-tip": (TIPS, "id: tip-toddler-reading", "id: tip-first-year-vaccines", "duplicate id"),
    "media-outside": (TIPS, "tips/skin.jpg", "../secret.jpg", "entry 'tip-newborn-skin-to-skin': media"),
    "id-with-space": (TIPS, "id: tip-toddler-reading", "id: tip toddler", "entry #3: 'id' must be a key"),
    "unknown-category": (
        SERV,
        "category: emergency",
        "category: food",
        "'helpline': unknown category 'food'",
    ),
    "duplicate-category": (SERV, "[health, emergency]", "[health, health]", "top level: 'categories'"),
    "hours-reversed": (SERV, 'sat: "08:00-12:00', 'sat: "12:00-08:00', "sat: '12:00-08:00' closes before"),
    "hours-not-clock": (SERV, 'sat: "08:00-12:00', 'sat: "8-12:00', "hours sat: '8-12:00' is not a range"),
    "hours-open-at-24": (SERV, 'sat: "08:00-12:00', 'sat: "24:00-24:00', "hours sat: '24:00-24:00' is not"),
    "hours-day-twice": (SERV, 'sat: "08:00', 'fri: "08:00', "'clinic-one': hours for fri are given twice"),
    "hours-unknown-day": (SERV, 'sat: "08:00', 'weekend: "08:00', "unknown day spec 'weekend'"),
    "hours-backwards-range": (SERV, 'sat: "08:00', 'sun-sat: "08:00', "unknown day spec 'sun-sat'"),
    "hours-open-ended-range": (SERV, 'sat: "08:00', 'sat-: "08:00', "unknown day spec 'sat-'"),
    "hours-overlap": (SERV, "12:00, 13:00", "12:00, 11:00", "'clinic-one': hours mon-fri: ranges overlap"),
    "hours-empty": (SERV, 'hours: {all_days: "00:00-24:00"}', "hours: {}", "'helpline': 'hours' is empty"),
    "latitude": (SERV, "lat: 44.8", "lat: 144.8", "'clinic-one', coordinates: lat 144.8 is out of range"),
    "missing-latitude": (SERV, "lat: 44.8, ", "", "'clinic-one', coordinates: missing field 'lat'"),
    "phone-not-a-list": (SERV, "phones: []", 'phones: "011/1"', "'helpline': field 'phones' must be a list"),
    "romani-not-bool": (SERV, "romani_spoken: true", "romani_spoken: often", "field 'romani_spoken' must be"),
    "bad-date": (
        SERV,
        "last_checked: 2025-05-01",
        "last_checked: May",
        "field 'last_checked' must be a date",
    ),
    "timestamp": (SERV, "checked: 2025-05-01", "checked: 2025-05-01 10:00:00", "date without a time"),
    "missing-id": (SERV, "  - id: helpline", "  - name: helpline", "entry #2: 'id' must be a key"),
    "invalid-yaml": (SERV, "[health, emergency]", "[health, emergency", "is not valid YAML"),
    "duplicate-key": (SERV, "    phones: []\n", "    phones: []\n    phones: []\n", "duplicate key 'phones'"),
}


@pytest.mark.parametrize(("name", "old", "new", "expected"), list(MALFORMED.values()), ids=list(MALFORMED))
def test_malformed_entries_are_refused_naming_file_and_entry(tmp_path, name, old, new, expected):
    content = broken(tmp_path, name, old, new)
    with pytest.raises(CatalogError) as caught:
        load_library(content)
    assert caught.value.path == content / "data" / name
    assert expected in caught.value.message
    assert str(caught.value).startswith(str(content / "data" / name))


def test_a_missing_file_is_named(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    (content / "data" / "tips.yaml").unlink()
    with pytest.raises(CatalogError, match="tips.yaml: cannot be read"):
        load_library(content)


def test_a_file_that_is_not_a_mapping_is_refused(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    (content / "data" / "services.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="must be a mapping with 'version' and 'services'"):
        load_library(content)


@pytest.mark.parametrize(
    ("word", "month"),
    [
        pytest.param("mart", 3, id="sr-latn-wide"),
        pytest.param("marta", 3, id="sr-latn-genitive"),
        pytest.param("mar.", 3, id="sr-latn-abbreviated-dot"),
        pytest.param("septembra", 9, id="sr-latn-genitive-fleeting-a"),
        pytest.param("januara", 1, id="sr-latn-genitive-januar"),
        pytest.param("avg", 8, id="sr-latn-abbreviated"),
        pytest.param("март", 3, id="sr-cyrl-wide"),
        pytest.param("марта", 3, id="sr-cyrl-genitive"),
        pytest.param("децембра", 12, id="sr-cyrl-genitive-fleeting-a"),
        pytest.param("јун", 6, id="sr-cyrl-june"),
        pytest.param("may", 5, id="en-wide"),
        pytest.param("maj", 5, id="sr-may"),
        pytest.param("oct", 10, id="en-abbreviated"),
        pytest.param("september", 9, id="en-september"),
    ],
)
def test_month_names_cover_serbian_scripts_and_english(word, month):
    assert MONTHS[word] == month


def test_month_names_are_lower_case_and_every_month_has_names():
    assert all(word == word.lower() for word in MONTHS)
    assert set(MONTHS.values()) == set(range(1, 13))
    assert all(MONTHS[word.rstrip(".")] == month for word, month in MONTHS.items())


def test_real_content_directory_loads():
    """The shipped content/ must always load; schedules match the domain reference in size."""
    library = load_library(ROOT / "content")
    assert len(library.doses) == 15
    assert len(library.visits) == 16
    assert {dose.place for dose in library.doses if dose.id in ("bcg_1", "hepb_1")} == {"porodiliste"}
    assert library.tips and {tip.topic for tip in library.tips} <= set(TOPICS)
    assert library.services and library.categories
    assert {service.category for service in library.services} <= set(library.categories)
