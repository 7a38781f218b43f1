"""The red-team sets of the safety corpus (tests/data/safety/redteam*.yaml): meaning changes written to get
through the guard. Each is blocked, but for the few listed here with the reason they stay offered."""

from __future__ import annotations

from pathlib import Path

import pytest

from kokuchi.catalog.suggest import AUTO, FLIP_KINDS, decide
from kokuchi.project import yamlio

SAFETY = Path(__file__).parent.parent / "data" / "safety"
CASES = [
    case
    for name in ("redteam.yaml", "redteam2.yaml", "redteam3.yaml")
    for case in yamlio.parse_config((SAFETY / name).read_bytes(), name).data
]
OFFERED = {
    # より before a noun of change (増加) reads as "from" as well as "than": 前年度より増加 is both.
    "redteam-r-003": "fuzzy",
    # 直接 ("in person") added: an adverb whose glosses restrict nothing (docs/catalogs.md, additions).
    "redteam2-s-047": "fuzzy",
    # 法人である場合 / であった場合: the past of a state in a condition, judged the same (docs/catalogs.md).
    "redteam2-s-111": "fuzzy",
    # 30秒ごと → 30分ごと: a value edit, rewritten right ("per 30 minutes"), not an old English reused.
    "redteam3-t-080": AUTO,
}


def test_the_red_team_sets_are_all_meaning_changes():
    assert len(CASES) == 400
    assert {case["kind"] for case in CASES} == {"meaning"}
    assert set(OFFERED) <= {case["id"] for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_a_red_team_meaning_change_is_blocked(case):
    decision = decide(case["old"], case["old_en"], case["new"])
    if case["id"] in OFFERED:
        assert decision.kind == OFFERED[case["id"]]
        if decision.kind == AUTO:
            assert decision.translation == case["new_en"]
    else:
        assert decision.kind in FLIP_KINDS, (case["note"], decision)
