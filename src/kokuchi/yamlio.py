"""YAML reading with positions, and in-place scalar edits (the only ruamel.yaml user).

We compose the node graph instead of constructing Python objects: nodes keep
their exact line and column, scalars keep their source text (a timestamp stays
the string the editor wrote), and duplicate keys can be reported instead of
silently overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .errors import KokuchiError, position

_TAG = "tag:yaml.org,2002:"


@dataclass
class YamlProblem:
    line: int
    column: int
    path: str
    message: str


@dataclass
class YamlDocument:
    """Plain data (dict/list/str/int/float/bool/None) plus where each path starts.

    Paths look like ``sections[1].state``; the root is ``""``. ``values`` maps a
    path to the position of its value, ``keys`` to the position of its key.
    Positions are 1-based (line, column).
    """

    data: Any
    values: dict[str, tuple[int, int]] = field(default_factory=dict)
    keys: dict[str, tuple[int, int]] = field(default_factory=dict)
    problems: list[YamlProblem] = field(default_factory=list)
    # Source spans (start, end offsets) of scalar values, for in-place edits.
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    # The line where a scalar's text starts: the line after `|` or `>` for a
    # block scalar, the value's own line otherwise.
    content_lines: dict[str, int] = field(default_factory=dict)


def join_path(parent: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else key


def _pos(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _scalar(node: ScalarNode) -> Any:
    tag = node.tag.removeprefix(_TAG)
    text = node.value
    if tag in ("str", "timestamp"):
        return text
    if tag == "null":
        return None
    if tag == "bool":
        return text.lower() == "true"
    if tag == "int":
        try:
            return int(text.replace("_", ""), 0)
        except ValueError:
            return int(text.replace("_", ""))
    if tag == "float":
        return float(text.replace("_", ""))
    raise ValueError(f"unsupported YAML tag {node.tag!r}")


@cache
def _yaml() -> YAML:
    # typ="safe" composes with libyaml (ruamel.yaml.clib) where it is installed,
    # ten times faster than the pure-Python round-trip composer; both give the
    # same nodes and marks (character offsets).
    return YAML(typ="safe")


def parse(text: str) -> YamlDocument:
    """Compose *text* (one YAML document) into a YamlDocument.

    Raises YamlProblem-bearing ``YamlSyntaxError`` for syntax errors; semantic
    oddities (duplicate keys, unsupported tags, non-string keys) are collected in
    ``YamlDocument.problems`` so that every one of them can be reported.
    """
    try:
        root = _yaml().compose(text)
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = exc.problem or exc.context or "invalid YAML"
        raise YamlSyntaxError(YamlProblem(line, column, "(yaml)", f"YAML syntax error: {message}")) from None
    except YAMLError as exc:
        mark = getattr(exc, "position", None)
        line, column = position(text, mark) if isinstance(mark, int) else (1, 1)
        raise YamlSyntaxError(YamlProblem(line, column, "(yaml)", f"YAML error: {_first_line(exc)}")) from None
    doc = YamlDocument(data=None)
    if root is None:
        return doc
    doc.data = _convert(root, "", doc)
    return doc


def read_config(path: Path) -> Any:
    """A small YAML settings file (glossary, meaning flips) as plain data.

    Every problem, a syntax error or bytes that are not UTF-8, is raised as a
    KokuchiError located as file:line:column.
    """
    return parse_config(path.read_bytes(), path.as_posix())


def parse_config(raw: bytes | str, name: str) -> Any:
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line, column = position(raw, exc.start)
            raise KokuchiError(f"{name}:{line}:{column}: not UTF-8 text (byte 0x{raw[exc.start]:02x})") from None
    try:
        return parse(raw).data
    except YamlSyntaxError as exc:
        p = exc.problem
        raise KokuchiError(f"{name}:{p.line}:{p.column}: {p.message}") from None


def _first_line(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _convert(node: Node, path: str, doc: YamlDocument) -> Any:
    doc.values[path] = _pos(node)
    if isinstance(node, ScalarNode):
        doc.spans[path] = (node.start_mark.index, node.end_mark.index)
        block = node.style in ("|", ">")
        doc.content_lines[path] = node.start_mark.line + (2 if block else 1)
        try:
            return _scalar(node)
        except ValueError as exc:
            doc.problems.append(YamlProblem(*_pos(node), path or "(document)", str(exc)))
            return None
    if isinstance(node, SequenceNode):
        return [_convert(item, join_path(path, i), doc) for i, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag.removeprefix(_TAG) not in ("str", "int", "bool", "null"):
                doc.problems.append(
                    YamlProblem(*_pos(key_node), path or "(document)", "keys must be plain text")
                )
                continue
            key = key_node.value
            child = join_path(path, key)
            if key in result:
                first = doc.keys[child]
                doc.problems.append(
                    YamlProblem(
                        *_pos(key_node), child, f"duplicate key (first given at line {first[0]})"
                    )
                )
                continue
            doc.keys[child] = _pos(key_node)
            result[key] = _convert(value_node, child, doc)
        return result
    doc.problems.append(YamlProblem(*_pos(node), path or "(document)", "unsupported YAML node"))
    return None


class YamlSyntaxError(Exception):
    def __init__(self, problem: YamlProblem):
        super().__init__(problem.message)
        self.problem = problem


def replace_scalars(text: str, doc: YamlDocument, replacements: dict[str, str]) -> str:
    """Return *text* with the scalar at each path replaced by new plain text.

    Everything else, comments and layout included, stays byte for byte.
    """
    edits = sorted(
        ((doc.spans[path], new) for path, new in replacements.items()), reverse=True
    )
    for (start, end), new in edits:
        text = text[:start] + new + text[end:]
    return text
