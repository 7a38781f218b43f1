"""The entity layer and the gate on the build halves of the safety corpora (tests/data/safety/build.yaml, build2.yaml, build3.yaml).

Every new_en (and old_en) is a correct translation of its source: the gate
refuses none. Entity-only edits are auto-updated to a translation the gate
accepts, or declined; none is written wrong. The held-out halves are measured by
bench/safety_eval.py, not here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import AUTO, KEPT, decide
from kokuchi.project import yamlio

SAFETY = Path(__file__).parent.parent / "data" / "safety"
CASES = [
    case
    for name in ("build.yaml", "build2.yaml", "build3.yaml")
    for case in yamlio.parse_config((SAFETY / name).read_bytes(), name).data
]
NO_GLOSSARY = Glossary({}, ())


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_the_gate_refuses_no_correct_translation(case):
    assert check_unit(case["new"], case["new_en"], NO_GLOSSARY) == []
    assert check_unit(case["old"], case["old_en"], NO_GLOSSARY) == []


def test_entity_only_edits_are_rewritten_and_none_is_written_wrong():
    entity = [case for case in CASES if case["kind"] == "entity"]
    rewritten, wrong = [], []
    for case in entity:
        decision = decide(case["old"], case["old_en"], case["new"])
        if decision.kind == KEPT or (
            decision.kind == AUTO and check_unit(case["new"], decision.translation, NO_GLOSSARY)
        ):
            wrong.append(case["id"])
        elif decision.kind == AUTO:
            rewritten.append(case["id"])
    assert wrong == []
    assert len(rewritten) >= 0.9 * len(entity), sorted({c["id"] for c in entity} - set(rewritten))
