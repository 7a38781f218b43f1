"""YAML reading with positions, and in-place scalar edits (the only ruamel.yaml user).

We compose the node graph instead of constructing Python objects: nodes keep
their exact line and column, scalars keep their source text (a timestamp stays
the string the editor wrote), and duplicate keys can be reported instead of
silently overwritten.

Every document is bounded before it is composed: its size, its nesting depth
and its aliases (a recursive alias is refused; the expansion of aliases counts
against a budget of nodes), so that a hostile file costs milliseconds, never a
traceback, a MemoryError or a crash inside libyaml.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kokuchi.core.controls import text_problem
from kokuchi.core.errors import InvalidInput, Problem, position
from kokuchi.project.files import read_bytes

_TAG = "tag:yaml.org,2002:"

MAX_CHARS = 1 << 20  # characters in one document
MAX_DEPTH = 32  # nested collections; a notice needs four
MAX_ALIASES = 100
MAX_NODES = 20_000  # values after expanding aliases; a notice has about a hundred


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
    tag = (node.tag or "").removeprefix(_TAG)
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

    Raises YamlProblem-bearing ``YamlSyntaxError`` for syntax errors and for
    documents past the bounds; semantic oddities (duplicate keys, unsupported
    tags, non-string keys) are collected in ``YamlDocument.problems`` so that every
    one of them can be reported.
    """
    if len(text) > MAX_CHARS:
        raise YamlSyntaxError(YamlProblem(1, 1, "(file)", f"the document is longer than {MAX_CHARS} characters"))
    try:
        _check_bounds(text)
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
    doc.data = _convert(root, "", doc, _Budget())
    return doc


def _check_bounds(text: str) -> None:
    """Walk the parser's events (a flat stream: no recursion) and stop at the
    first collection nested too deep, the first alias too many and the first
    alias to a collection that contains it; composing such a document would
    recurse without end or past the C stack."""
    from ruamel.yaml.events import AliasEvent, CollectionEndEvent, CollectionStartEvent

    open_anchors: list[str | None] = []
    aliases = 0
    for event in _yaml().parse(text):
        if isinstance(event, CollectionStartEvent):
            open_anchors.append(event.anchor)
            if len(open_anchors) > MAX_DEPTH:
                _refuse(event, f"nested more than {MAX_DEPTH} levels deep")
        elif isinstance(event, CollectionEndEvent):
            open_anchors.pop()
        elif isinstance(event, AliasEvent):
            aliases += 1
            if aliases > MAX_ALIASES:
                _refuse(event, f"more than {MAX_ALIASES} aliases")
            if event.anchor in open_anchors:
                _refuse(event, f"the alias *{event.anchor} refers to a collection that contains it")


def _refuse(event, message: str):
    mark = event.start_mark
    raise YamlSyntaxError(YamlProblem(mark.line + 1, mark.column + 1, "(yaml)", f"YAML refused: {message}"))


class _Budget:
    """Nodes left to convert: aliases may repeat a collection, not explode it."""

    def __init__(self) -> None:
        self.left = MAX_NODES

    def spend(self, node: Node) -> None:
        self.left -= 1
        if self.left < 0:
            line, column = _pos(node)
            raise YamlSyntaxError(
                YamlProblem(
                    line, column, "(yaml)", f"YAML refused: more than {MAX_NODES} values once aliases are expanded"
                )
            )


def _first_line(exc: Exception) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def _convert(node: Node, path: str, doc: YamlDocument, budget: _Budget, depth: int = 0) -> Any:
    budget.spend(node)
    if depth > MAX_DEPTH:
        line, column = _pos(node)
        raise YamlSyntaxError(
            YamlProblem(
                line,
                column,
                "(yaml)",
                f"YAML refused: nested more than {MAX_DEPTH} levels deep once aliases are expanded",
            )
        )
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
        return [_convert(item, join_path(path, i), doc, budget, depth + 1) for i, item in enumerate(node.value)]
    if isinstance(node, MappingNode):
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or (key_node.tag or "").removeprefix(_TAG) not in (
                "str",
                "int",
                "bool",
                "null",
            ):
                doc.problems.append(YamlProblem(*_pos(key_node), path or "(document)", "keys must be plain text"))
                continue
            key = key_node.value
            child = join_path(path, key)
            if key in result:
                first = doc.keys[child]
                doc.problems.append(
                    YamlProblem(*_pos(key_node), child, f"duplicate key (first given at line {first[0]})")
                )
                continue
            doc.keys[child] = _pos(key_node)
            result[key] = _convert(value_node, child, doc, budget, depth + 1)
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
    edits = sorted(((doc.spans[path], new) for path, new in replacements.items()), reverse=True)
    for (start, end), new in edits:
        text = text[:start] + new + text[end:]
    return text


def read_config(path: Path, name: str | None = None) -> YamlDocument:
    """A small YAML settings file of the project (glossary, meaning flips), bounded.

    Raises InvalidInput with one located problem per problem: a link or a
    special file, a file too large, bytes that are not UTF-8, a syntax error, a
    bound passed, a duplicate key, a control character.
    """
    name = name or path.as_posix()
    return parse_config(read_bytes(path, name=name), name)


def parse_config(raw: bytes, name: str) -> YamlDocument:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, column = position(raw, exc.start)
        raise InvalidInput(
            [Problem(name, line, column, "(file)", f"not UTF-8 text (byte 0x{raw[exc.start]:02x})")]
        ) from None
    try:
        doc = parse(text)
    except YamlSyntaxError as exc:
        p = exc.problem
        raise InvalidInput([Problem(name, p.line, p.column, p.path, p.message)]) from None
    problems = [Problem(name, p.line, p.column, p.path, p.message) for p in doc.problems]
    for where, value, is_key in walk(doc.data):
        message = text_problem(value, multiline=False)
        if message:
            line, column = (doc.keys if is_key else doc.values).get(where, (1, 1))
            problems.append(Problem(name, line, column, where or "(document)", ("key " if is_key else "") + message))
    if problems:
        raise InvalidInput(problems)
    return doc


def walk(data: Any, path: str = ""):
    """(path, text, is_key) of every string in *data*, keys included."""
    if isinstance(data, str):
        yield path, data, False
    elif isinstance(data, list):
        for i, item in enumerate(data):
            yield from walk(item, join_path(path, i))
    elif isinstance(data, dict):
        for key, value in data.items():
            child = join_path(path, key)
            yield child, key, True
            yield from walk(value, child)
