"""guides.yaml: a broken file is refused with a clear error naming the file and the guide, and `cavororo content
check` reports a guide that links to no service, names no source, or misses a message, at the guide's line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.catalog import CatalogError, load_library
from bot.tools.content_check import check_content
from tests.fakes.chat import CONTENT

GOOD = """version: 1
guides:
  - id: birth-registration
    topic: documents
    steps:
      - id: ward
        verified: true
      - id: deadline
        verified: false
    bring: [parents-ids]
    services: [maticna-sluzba-zemun]
    verified: false
    sources: ["shared/domain/rights.md"]
"""

BROKEN = {
    "unknown-service": ("[maticna-sluzba-zemun]", "[maticna-sluzba-zemun, town-hall]",
                        "entry 'birth-registration': names service(s) town-hall that services.yaml does not have"),
    "no-sources": ('    sources: ["shared/domain/rights.md"]\n', "",
                   "entry 'birth-registration': needs 'sources': at least one public source"),
    "empty-source": ('["shared/domain/rights.md"]', '["  "]', "field 'sources' holds an empty source"),
    "unknown-topic": ("topic: documents", "topic: health", "unknown topic 'health'; expected one of documents"),
    "step-unflagged": ("        verified: false\n", "", "step 'deadline': missing field 'verified'"),
    "step-twice": ("id: deadline", "id: ward", "step 'ward' is given twice"),
    "no-steps": (GOOD[GOOD.index("    steps:"):GOOD.index("    bring")], "    steps: []\n",
                 "entry 'birth-registration': needs at least one step"),
    "steps-missing": (GOOD[GOOD.index("    steps:"):GOOD.index("    bring")], "",
                      "entry 'birth-registration': missing field 'steps'"),
    "unknown-field": ("    bring: [parents-ids]\n", "    bring: [parents-ids]\n    deadline_days: 15\n",
                      "unknown field(s) deadline_days"),
    "not-yaml": ("steps:", "steps: [", "is not valid YAML"),
}


def content_with(tmp_path: Path, guides: str) -> Path:
    root = tmp_path / "content"
    shutil.copytree(CONTENT, root)
    (root / "data" / "guides.yaml").write_text(guides, encoding="utf-8")
    return root


def test_a_small_good_guides_file_loads() -> None:
    guide = next(g for g in load_library(CONTENT).guides if g.id == "birth-registration")
    assert [s.verified for s in guide.steps] == [True, True, False, False]
    assert guide.services == ("maticna-sluzba-zemun", "zdravstvena-medijatorka-zemun")
    assert guide.enrolment_days == 15 and not guide.verified and guide.sources


@pytest.mark.parametrize(("old", "new", "expected"), list(BROKEN.values()), ids=list(BROKEN))
def test_a_broken_guides_file_is_refused_with_a_clear_error(tmp_path, old, new, expected) -> None:
    assert old in GOOD
    root = content_with(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(CatalogError) as caught:
        load_library(root)
    assert caught.value.path == root / "data" / "guides.yaml"
    assert expected in caught.value.message


def test_a_tip_pointing_to_a_missing_guide_is_refused(tmp_path) -> None:
    root = content_with(tmp_path, GOOD)  # no kindergarten guide, but a tip points to it
    with pytest.raises(CatalogError, match="entry 'tip-w19-health-card': guide 'health-card' is not in guides.yaml"):
        load_library(root)


@pytest.mark.parametrize(("old", "new", "expected"), [
    pytest.param("[maticna-sluzba-zemun, zdravstvena-medijatorka-zemun]", "[maticna-sluzba-zemun, town-hall]",
                 "names service(s) town-hall that services.yaml does not have", id="link-to-no-service"),
    pytest.param('    sources: ["shared/domain/rights.md: Preschool", "Zakon o osnovama sistema obrazovanja i '
                 'vaspitanja"]\n', "", "entry 'preschool-programme': needs 'sources'", id="no-sources"),
])
def test_content_check_reports_a_broken_guide_at_its_line(tmp_path, old, new, expected) -> None:
    real = (CONTENT / "data" / "guides.yaml").read_text(encoding="utf-8")
    assert old in real
    root = content_with(tmp_path, real.replace(old, new, 1))
    errors = [p for p in check_content(root, services=False).problems if p.severity == "error"]
    assert len(errors) == 1 and expected in errors[0].message
    assert errors[0].path == root / "data" / "guides.yaml" and errors[0].line > 1


def test_content_check_reports_a_guide_step_without_its_message(tmp_path) -> None:
    root = content_with(tmp_path, (CONTENT / "data" / "guides.yaml").read_text(encoding="utf-8"))
    sr = root / "sr" / "guides.ftl"
    sr.write_text("\n".join(line for line in sr.read_text(encoding="utf-8").splitlines()
                            if not line.startswith("guide-kindergarten-step-priority")) + "\n", encoding="utf-8")
    messages = [p.message for p in check_content(root, services=False).problems if p.severity == "error"]
    assert ("kindergarten needs the message guide-kindergarten-step-priority, which sr/*.ftl does not define"
            in messages)
