"""The entity layer and the gate on the build halves of the safety corpora (tests/data/safety/build.yaml, build2.yaml,
build3.yaml, build4.yaml).

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
    for name in ("build.yaml", "build2.yaml", "build3.yaml", "build4.yaml")
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


def test_no_change_of_a_value_relation_or_kind_reuses_the_old_english():
    """build4's meaning edits keep the numbers and change what they say (以内 → 後, 午前 → 午後, 円 → ドル)."""
    from kokuchi.catalog.suggest import FLIP_KINDS

    meaning = [case for case in CASES if case["kind"] == "meaning" and case["id"].startswith("build4-")]
    assert len(meaning) == 12
    reused = [case["id"] for case in meaning if decide(case["old"], case["old_en"], case["new"]).kind not in FLIP_KINDS]
    assert reused == []


@pytest.mark.parametrize("name", ["build.yaml", "build2.yaml", "build4.yaml"])
def test_a_merge_loses_no_edit_the_guard_shows_the_same(name):
    """One catalog of every old sentence, one template of every new one, merged: each same-meaning edit the
    guard reuses the translation for gets it in the merge too, however little of its wording the matcher
    finds kept (浴槽 → 湯船 in a short message); no meaning change gets its old English."""
    from kokuchi.catalog import po
    from kokuchi.catalog.merge import MergeOptions, merge
    from kokuchi.catalog.suggest import FLIP_KINDS

    cases = yamlio.parse_config((SAFETY / name).read_bytes(), name).data
    catalog, template = po.new_catalog(), po.new_catalog()
    for case in cases:
        catalog.append(po.POEntry(msgid=case["old"], msgstr=case["old_en"]))
        template.append(po.POEntry(msgid=case["new"]))
    merged, _ = merge(template, catalog, None, MergeOptions(japanese=True))
    written = {entry.msgid: entry.msgstr for entry in merged if not entry.obsolete}
    shown = [
        case["id"]
        for case in cases
        if case["kind"] == "same" and decide(case["old"], case["old_en"], case["new"]).kind not in FLIP_KINDS
    ]
    offered = [case["id"] for case in cases if case["kind"] == "same" and written[case["new"]] == case["old_en"]]
    assert sorted(set(shown) - set(offered)) == []
    reused = [case["id"] for case in cases if case["kind"] == "meaning" and written[case["new"]] == case["old_en"]]
    assert reused == []
