"""The notice type: given, inferred from the status track, labelled, noted once by check."""

from __future__ import annotations

import json

import pytest
from conftest import MINIMAL, run, write

from kokuchi.core.model import NoticeType
from kokuchi.language.labels import labels
from kokuchi.notice.load import load_all, type_notes
from kokuchi.project.layout import Store
from kokuchi.views.common import TYPE_LABELS

SAMPLE_TYPES = {
    "aozora-sentinel-alerts": "incident",
    "hikari-storage-latency": "incident",
    "kumo-gateway-header-advisory": "advisory",
    "sakura-db-maintenance": "maintenance",
}


def test_every_sample_revision_says_its_type(root):
    notices = load_all(Store(root))
    assert {n.id: {str(r.type) for r in n.revisions} for n in notices if n.id in SAMPLE_TYPES} == {
        k: {v} for k, v in SAMPLE_TYPES.items()
    }
    assert all(r.type_given for n in notices for r in n.revisions)
    assert type_notes(notices) == []


def test_show_json_carries_the_type(root):
    result = run(root, "show", "kumo-gateway-header-advisory", "--format", "json")
    assert json.loads(result.stdout)["type"] == "advisory"


@pytest.mark.parametrize(
    "status,expected",
    [
        ("investigating", "incident"),
        ("resolved", "incident"),
        ("scheduled", "maintenance"),
        ("in-progress", "maintenance"),
        ("completed", "maintenance"),
        ("informational", "information"),
    ],
)
def test_type_is_inferred_from_the_status_track(empty_root, status, expected):
    write(empty_root, "demo", "001.yaml", MINIMAL.format(n=1).replace("investigating", status))
    result = run(empty_root, "show", "demo", "--format", "json")
    assert json.loads(result.stdout)["type"] == expected


def test_an_omitted_type_is_noted_once_per_notice(empty_root):
    write(empty_root, "demo", "001.yaml", MINIMAL.format(n=1))
    write(empty_root, "demo", "002.yaml", MINIMAL.format(n=2))
    write(empty_root, "given", "001.yaml", "type: advisory\n" + MINIMAL.format(n=1))
    notes = type_notes(load_all(Store(empty_root)))
    assert [(n.file, n.line, n.column, n.path) for n in notes] == [("notices/demo/001.yaml", 3, 1, "type")]
    assert "inferred as incident" in notes[0].message and "type: advisory" in notes[0].message


def test_check_says_once_what_it_inferred(empty_root):
    write(empty_root, "demo", "001.yaml", MINIMAL.format(n=1))
    write(empty_root, "demo", "002.yaml", MINIMAL.format(n=2))
    result = run(empty_root, "check")
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "notices/demo/001.yaml:3:1: type: note: not given; inferred as incident from the status investigating "
        "(add type: incident; an advisory must say type: advisory)"
    ]
    assert result.stdout == "ok: 1 notice(s) valid\n"


def test_unknown_type_is_refused_with_the_choices(empty_root):
    write(empty_root, "demo", "001.yaml", "type: outage\n" + MINIMAL.format(n=1))
    result = run(empty_root, "check")
    assert result.exit_code == 1
    assert (
        "notices/demo/001.yaml:1:1: type: 'outage' is not one of incident, maintenance, advisory, information"
        in result.stderr + result.stdout
    )


def test_new_template_names_the_type(empty_root):
    run(empty_root, "new", "demo-incident")
    text = (empty_root / "notices" / "demo-incident" / "001.yaml").read_text("utf-8")
    assert "\ntype: incident\n" in text
    assert type_notes(load_all(Store(empty_root))) == []


def test_type_labels_in_both_languages():
    ja, en = labels("ja"), labels("en")
    assert [ja("type", TYPE_LABELS[t]) for t in NoticeType] == ["障害", "メンテナンス", "脆弱性", "お知らせ"]
    assert [en("type", TYPE_LABELS[t]) for t in NoticeType] == [
        "Incident",
        "Maintenance",
        "Security advisory",
        "Information",
    ]
