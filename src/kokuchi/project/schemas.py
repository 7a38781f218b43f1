"""The JSON Schemas of kokuchi's files, and their verdicts as located problems.

One machinery for every file a person writes: a revision
(``schema/revision.schema.json``), ``kokuchi.yaml``, the glossary, the
meaning-flip pairs and the compendia list (``schema/<name>.schema.json``).
The data is validated with jsonschema-rs (Draft 2020-12); each error becomes
one ``Problem`` located at the line and column of its key in the YAML file,
every problem of the file at once.

A keyword of our own, which validators ignore, words the messages:
``x-expected`` says what a value should be (``an absolute http(s) URL``, ``a
pair of words``): a pattern's failure reads ``'…' is not <x-expected>``, a
type's or a list size's ``expected <x-expected>, got …``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from kokuchi.core.errors import Problem
from kokuchi.project import yamlio

if TYPE_CHECKING:
    import jsonschema_rs

_JSON_TYPES = {
    "object": "a mapping",
    "array": "a list",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}


def schema_text(name: str) -> str:
    """The text of ``kokuchi/schema/<name>.schema.json``."""
    return resources.files("kokuchi").joinpath(f"schema/{name}.schema.json").read_text("utf-8")


@cache
def schema(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(schema_text(name))
    return data


@cache
def _validator(name: str) -> jsonschema_rs.Draft202012Validator:
    # jsonschema-rs: the same Draft 2020-12 semantics as the reference
    # implementation, compiled, and it loads in a fraction of the time. Loaded
    # here, when a file is validated, not when a command that may read none starts.
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator(schema(name))


def subschema(name: str, path: Iterable[str | int]) -> Any:
    """The part of schema *name* at *path* (a schema path), following local $refs."""
    node: Any = schema(name)
    for part in path:
        node = node[part]
        while isinstance(node, dict) and "$ref" in node and len(node) == 1:
            node = subschema(name, node["$ref"].removeprefix("#/").split("/"))
    return node


def type_name(value: Any) -> str:
    """How a message names the kind of *value*: ``text``, ``a list``, ``a whole number``…"""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def _path_of(parts: Iterable[str | int]) -> str:
    path = ""
    for part in parts:
        path = yamlio.join_path(path, part)
    return path


def did_you_mean(key: str, allowed: Iterable[str]) -> str:
    """`` (did you mean 'namespace'?)`` when *key* is close to one of *allowed*, else nothing."""
    from difflib import get_close_matches  # only when a key is unknown

    close = get_close_matches(key, list(allowed), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


class Report:
    """Problems for one file, located through its composed YAML document."""

    def __init__(self, file: str, doc: yamlio.YamlDocument | None = None):
        self.file = file
        self.doc = doc
        self.problems: list[Problem] = []

    def at(self, path: str, message: str, *, position: tuple[int, int] | None = None) -> None:
        if position is None:
            position = self.position(path)
        self.problems.append(Problem(self.file, position[0], position[1], path or "(document)", message))

    def position(self, path: str) -> tuple[int, int]:
        if self.doc is None:
            return (1, 1)
        # A keyed value is located at its key (where the editor's eye goes);
        # a list item at the item itself.
        if path in self.doc.keys:
            return self.doc.keys[path]
        # A path with no value of its own (a missing key) points at its parent.
        while path not in self.doc.values and path:
            path = path[: path.rindex("[")] if path.endswith("]") else path.rpartition(".")[0]
        return self.doc.values.get(path, (1, 1))


def schema_problems(name: str, data: Any, report: Report) -> None:
    """Add to *report* every way *data* breaks schema *name*, each at its key."""
    from jsonschema_rs import ValidationErrorKind as Kind

    for error in _validator(name).iter_errors(data):
        path = _path_of(error.instance_path)
        *where, keyword = error.schema_path
        value = subschema(name, error.schema_path)
        parent = subschema(name, where)
        expected = parent.get("x-expected") if isinstance(parent, dict) else None
        kind = error.kind
        if isinstance(kind, Kind.AdditionalProperties):
            allowed = parent.get("properties", {})
            for key in sorted(kind.unexpected):
                child = yamlio.join_path(path, key)
                report.at(child, f"unknown key {key!r}{did_you_mean(key, allowed)} (allowed: {', '.join(allowed)})")
        elif isinstance(kind, Kind.Required):
            report.at(yamlio.join_path(path, kind.property), "missing required key")
        elif keyword == "enum":
            options = ", ".join(str(v) for v in value)
            report.at(path, f"{error.instance!r} is not one of {options}")
        elif keyword == "type":
            types = value if isinstance(value, list) else [value]
            names = expected or " or ".join(_JSON_TYPES[t] for t in types)
            report.at(path, f"expected {names}, got {type_name(error.instance)}")
        elif keyword == "minLength":
            report.at(path, "must not be empty")
        elif keyword == "maxLength":
            report.at(path, f"is longer than {value} characters")
        elif keyword == "minimum":
            report.at(path, f"must be at least {value}")
        elif isinstance(kind, (Kind.MinItems, Kind.MaxItems)):
            count = len(error.instance) if isinstance(error.instance, list) else 0
            bound = "at least" if isinstance(kind, Kind.MinItems) else "at most"
            report.at(path, f"expected {expected or f'{bound} {kind.limit} items'}, got {count} item(s)")
        elif keyword == "pattern":
            if expected:
                report.at(path, f"{error.instance!r} is not {expected}")
            else:
                report.at(path, f"{error.instance!r} must match {value}")
        else:  # pragma: no cover - the schemas use only the keywords above
            report.at(path, error.message)
