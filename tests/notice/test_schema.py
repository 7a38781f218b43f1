"""The published JSON Schema is the one `check` validates with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLES, run
from jsonschema import Draft202012Validator
from ruamel.yaml import YAML


def _as_json_data(path: Path):
    # Editors' tools read YAML timestamps as strings in JSON Schema terms.
    data = YAML(typ="safe").load(path.read_text("utf-8"))
    return json.loads(json.dumps(data, default=lambda v: v.isoformat()))


def test_schema_command_prints_a_valid_draft_2020_12_schema(root):
    result = run(root, "schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    Draft202012Validator.check_schema(schema)
    assert schema["required"] == ["revision", "published", "status", "title"]


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("*/*.yaml")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_sample_validates_against_the_schema(root, path):
    schema = json.loads(run(root, "schema").stdout)
    errors = list(Draft202012Validator(schema).iter_errors(_as_json_data(path)))
    assert errors == []


def test_schema_rejects_what_check_rejects(root):
    schema = json.loads(run(root, "schema").stdout)
    data = _as_json_data(SAMPLES / "aozora-sentinel-alerts" / "003.yaml")
    data["sections"][0]["state"] = "gone"
    assert [e.validator for e in Draft202012Validator(schema).iter_errors(data)] == ["enum"]
