"""The body markup (a small CommonMark subset), the only markdown-it-py user.

A body is split into blocks: paragraphs, ``-`` list items, numbered items (in
the forms Japanese notices use: ``1.``, ``(1)``, ``①``, ``[1]``, ``手順1``) and
sub-headings (``###``). Each block's text is one translation unit, normalized
the same way every time by ``join_lines``: lines are stripped and joined with
nothing where either side of the break is a wide (East Asian) character or
Japanese punctuation (Japanese has no word spaces, so a line break inside a
sentence must not become one), and with one space between two narrow
characters. Every output and every catalog unit goes through it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # markdown-it loads with the first parse (~20 ms): a catalog merge may need none
    from markdown_it import MarkdownIt


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph", "list" (bullets), "ordered" (numbered items) or "heading" (a sub-heading)
    items: tuple[str, ...]  # inline Markdown of each unit; a paragraph and a heading have one
    lines: tuple[int, ...] = ()  # where each item starts, counted from 0 in the body
    # An ordered list's marks, one per item, as the source writes them:
    # "1.", "(1)", "①", "[1]", "手順1" (the views localize 手順N).
    markers: tuple[str, ...] = ()


class UnsupportedMarkup(ValueError):
    def __init__(self, line: int, what: str):
        super().__init__(
            f"unsupported Markdown at body line {line}: {what} "
            "(use paragraphs, '-' lists, numbered items, ### sub-headings, **bold**, links)"
        )
        self.line = line


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # html=False: raw HTML in a notice is shown as text, never passed through.
    return MarkdownIt("commonmark", {"html": False, "linkify": False})


def _wide(char: str) -> bool:
    """A character after or before which a line break is no space: East Asian
    wide and full-width characters, and the ambiguous-width symbols Japanese
    text sets wide (※, ①, …), but not the ambiguous letters (Greek, Cyrillic)."""
    width = unicodedata.east_asian_width(char)
    return width in ("W", "F") or (width == "A" and not unicodedata.category(char).startswith("L"))


def join_lines(text: str) -> str:
    """Join the lines of one block: nothing where either side of the break is
    wide (``、⏎2023`` → ``、2023``, ``)⏎を`` → ``)を``), one space between two
    narrow characters (``Cloud One -⏎Endpoint``)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    result = ""
    for line in lines:
        if not line:
            continue
        if result and not (_wide(result[-1]) or _wide(line[0])):
            result += " "
        result += line
    return result


# The numbered-item forms of Japanese notices besides CommonMark's ``1.`` and
# ``1)``: (1) （1） ① [1] 手順1, at the start of a line, then a space and text.
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_NUMBERED = re.compile(
    rf"^( {{0,3}})(?:\(([0-9]{{1,3}})\)|（([0-9]{{1,3}})）|([{_CIRCLED}])|\[([0-9]{{1,3}})\]|手順([0-9]{{1,3}}))"
    r"[ \u3000]+(?=\S)",
    re.MULTILINE,
)
_FORMS = ("({n})", "（{n}）", "", "[{n}]", "手順{n}")


def _numbered(body: str) -> tuple[str, dict[int, str]]:
    """*body* with the Japanese numbered forms rewritten as ``N.`` items (same
    lines), and the mark each rewritten line had, by line (from 0)."""
    if not any(c in body for c in "(（[手" + _CIRCLED):
        return body, {}
    marks: dict[int, str] = {}
    lines = body.split("\n")
    for index, line in enumerate(lines):
        match = _NUMBERED.match(line)
        if not match:
            continue
        groups = match.groups()[1:]
        form = next(i for i, g in enumerate(groups) if g)
        number = _CIRCLED.index(groups[2]) + 1 if form == 2 else int(groups[form])
        marks[index] = groups[2] if form == 2 else _FORMS[form].format(n=number)
        lines[index] = f"{match.group(1)}{number}. {line[match.end() :]}"
    return "\n".join(lines), marks


def marker_number(marker: str) -> int | None:
    """The number of an ordered item's mark (``(3)`` → 3, ``③`` → 3)."""
    if marker and marker[-1] in _CIRCLED:
        return _CIRCLED.index(marker[-1]) + 1
    digits = re.search(r"[0-9]+", marker)
    return int(digits.group()) if digits else None


@lru_cache(maxsize=4096)
def _parse(body: str) -> tuple[tuple[Block, ...], tuple[tuple[int, str], ...]]:
    """The blocks of a body, and every problem (line from 1 in the body, message)."""
    source, marks = _numbered(body)
    tokens = _parser().parse(source)
    result: list[Block] = []
    problems: list[tuple[int, str]] = []
    depth = 0  # nesting of lists; nested lists are not part of the subset
    skip = 0  # inside a refused block
    items: list[str] = []
    lines: list[int] = []
    markers: list[str] = []
    heading = False
    for token in tokens:
        line = (token.map[0] + 1) if token.map else 1
        if skip:
            skip += token.nesting
            continue
        if token.type in ("bullet_list_open", "ordered_list_open"):
            if depth:
                problems.append((line, f"unsupported Markdown at body line {line}: a nested list"))
                skip = 1
                continue
            depth += 1
            items, lines, markers = [], [], []
        elif token.type == "bullet_list_close":
            depth -= 1
            result.append(Block("list", tuple(items), tuple(lines)))
        elif token.type == "ordered_list_close":
            depth -= 1
            result += _split_ordered(items, lines, markers)
        elif token.type == "list_item_open" and depth:
            mark = marks.get(line - 1)
            markers.append(mark or f"{token.info}{token.markup}")
        elif token.type == "inline":
            text = join_lines(token.content)
            if heading:
                result.append(Block("heading", (text,), (line - 1,)))
            elif depth:
                items.append(text)
                lines.append(line - 1)
            else:
                result.append(Block("paragraph", (text,), (line - 1,)))
        elif token.type == "heading_open":
            heading = True
        elif token.type == "heading_close":
            heading = False
        elif token.type in ("paragraph_open", "paragraph_close", "list_item_close"):
            continue
        else:
            what = {"hr": "horizontal rule", "fence": "code block"}.get(token.type) or token.type.removesuffix(
                "_open"
            ).replace("_", " ")
            problems.append((line, str(UnsupportedMarkup(line, f"a {what}"))))
            skip = token.nesting if token.nesting > 0 else 0
    body_lines = body.split("\n")
    for index, text in enumerate(body_lines[:-1]):
        if text.rstrip(" \t").endswith("\\") and body_lines[index + 1].strip():
            problems.append(
                (
                    index + 1,
                    "a '\\' at the end of a line is a hard line break, which a notice does not use: "
                    "join the lines, or end the paragraph with a blank line",
                )
            )
    problems.sort()
    return tuple(result), tuple(problems)


def _form(marker: str) -> str:
    return "①" if marker[-1:] in _CIRCLED else re.sub(r"[0-9]+", "N", marker)


def _split_ordered(items: list[str], lines: list[int], markers: list[str]) -> list[Block]:
    """One list per run of items in the same form, numbered upwards: ``(1)(2)``
    then ``①②`` are two lists even when markdown-it read one."""
    result: list[Block] = []
    start = 0
    for i in range(1, len(items) + 1):
        if (
            i == len(items)
            or _form(markers[i]) != _form(markers[i - 1])
            or ((marker_number(markers[i]) or 0) <= (marker_number(markers[i - 1]) or 0))
        ):
            result.append(Block("ordered", tuple(items[start:i]), tuple(lines[start:i]), tuple(markers[start:i])))
            start = i
    return result


def blocks(body: str) -> tuple[Block, ...]:
    """Split a body into paragraphs, lists, numbered items and sub-headings;
    raise UnsupportedMarkup (at the first problem) otherwise.

    Cached: a body is parsed once however many pages and languages show it.
    """
    result, problems = _parse(body)
    if problems:
        line, message = problems[0]
        error = UnsupportedMarkup(line, "")
        error.args = (message,)
        raise error
    return result


def body_problems(body: str) -> tuple[tuple[int, str], ...]:
    """Every block a body may not hold, as (line in the body from 1, message)."""
    return _parse(body)[1]


# A line that starts with a bullet pasted from a document (・ ● ○ ◦ ▪) rather
# than a Markdown list mark: it is shown merged into its paragraph.
_PASTED_BULLET = re.compile(r"^[ \u3000]*[・●○◦▪]")


def pasted_bullets(body: str) -> tuple[int, ...]:
    """Lines (from 1 in the body) that start with a pasted bullet such as ・."""
    return tuple(i + 1 for i, line in enumerate(body.split("\n")) if _PASTED_BULLET.match(line))


def compose(body_blocks: tuple[Block, ...], text=lambda item: item) -> str:
    """Blocks back as a body (each item through *text*, e.g. a translation)."""
    parts = []
    for block in body_blocks:
        items = [text(item) for item in block.items]
        if block.kind == "list":
            parts.append("\n".join(f"- {item}" for item in items))
        elif block.kind == "ordered":
            parts.append("\n".join(f"{marker} {item}" for marker, item in zip(block.markers, items)))
        elif block.kind == "heading":
            parts.append(f"### {items[0]}")
        else:
            parts.append(items[0])
    return "\n\n".join(parts) + "\n"


# The only link targets a notice may carry: a reader's click must go to a web
# page or a mail address, never run script (javascript:, vbscript:, data:).
LINK_SCHEMES = ("http", "https", "mailto")


@cache
def _permissive_parser() -> MarkdownIt:
    # Sees what the rendering parser hides: raw HTML, and links markdown-it
    # would leave as text (javascript:) but another Markdown reader would follow.
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", {"html": True, "linkify": False})
    parser.validateLink = lambda url: True  # type: ignore[method-assign]  # markdown-it-py's documented hook
    return parser


@lru_cache(maxsize=4096)
def markup_problems(text: str) -> tuple[tuple[int, str], ...]:
    """(line in *text*, counted from 1; message) for what a body may not hold:
    raw HTML (tags, comments), images, and links that are not http(s) or mailto.

    Cached (a body repeats in every revision), and parsed only when it could
    hold any of them: each needs a ``<`` or a ``[``.
    """
    if "<" not in text and "[" not in text:
        return ()
    problems: list[tuple[int, str]] = []

    def visit(tokens, line: int) -> None:
        for token in tokens:
            here = token.map[0] + 1 if token.map else line
            if token.type in ("html_block", "html_inline"):
                snippet = token.content.strip().splitlines()[0] if token.content.strip() else token.content
                problems.append(
                    (here, f"raw HTML is not allowed: {snippet[:60]!r} (write text, **bold** or [links](https://…))")
                )
            elif token.type == "image":
                problems.append((here, f"images are not allowed: {str(token.attrs.get('src', ''))[:80]!r}"))
            elif token.type == "link_open":
                href = str(token.attrs.get("href", ""))
                scheme = href.split(":", 1)[0].strip().lower() if ":" in href else ""
                if scheme not in LINK_SCHEMES:
                    problems.append(
                        (
                            here,
                            f"link target {href[:80]!r} is not allowed: links must start with https://, http:// or "
                            "mailto:",
                        )
                    )
            if token.children:
                visit(token.children, here)

    visit(_permissive_parser().parse(text), 1)
    return tuple(problems)


def link_targets(text: str) -> list[str]:
    """The target of every link in *text*, however written: inline, titled,
    reference, ``<autolink>``; and of every image (as ``image:<src>``).
    Each needs a ``[`` or a ``<``: a text without either is not parsed."""
    targets: list[str] = []
    if "<" not in text and "[" not in text:
        return targets

    def visit(tokens) -> None:
        for token in tokens:
            if token.type == "link_open":
                targets.append(str(token.attrs.get("href", "")))
            elif token.type == "image":
                targets.append(f"image:{token.attrs.get('src', '')}")
            if token.children:
                visit(token.children)

    visit(_permissive_parser().parse(text))
    return targets


# What a block other than a paragraph can start with (CommonMark): indentation,
# a heading, quote, list, rule or fence mark, an HTML block, an ordered list.
_BLOCK_START = re.compile(r"[ \t#>*+\-=_~`<]|[0-9]{1,9}[.)]")


def single_paragraph(text: str) -> bool:
    """True when *text* reads as inline Markdown alone: one paragraph, no block
    (heading, list, quote, code block, rule) that would break the page it goes in."""
    if "\n" not in text and text and not _BLOCK_START.match(text):
        return True  # one line that starts no block: parsing would say the same
    tokens = _parser().parse(text)
    return [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]


@lru_cache(maxsize=16384)
def inline_html(text: str) -> str:
    """One unit's inline Markdown as HTML; all text is escaped, raw HTML included."""
    return _parser().renderInline(text)


@dataclass(frozen=True)
class Span:
    text: str
    bold: bool = False
    code: bool = False
    href: str | None = None


def spans(text: str) -> list[Span]:
    """One unit's inline Markdown as styled runs of plain text (for terminals)."""
    tokens = _parser().parseInline(text)
    children = (tokens[0].children or []) if tokens else []
    result: list[Span] = []
    bold = False
    href: str | None = None
    for token in children:
        if token.type == "strong_open":
            bold = True
        elif token.type == "strong_close":
            bold = False
        elif token.type == "link_open":
            href = str(token.attrs.get("href", ""))
        elif token.type == "link_close":
            result.append(Span(f" ({href})"))
            href = None
        elif token.type == "code_inline":
            result.append(Span(token.content, bold=bold, code=True))
        elif token.type in ("softbreak", "hardbreak"):
            result.append(Span(" "))
        elif token.content:
            result.append(Span(token.content, bold=bold, href=href))
    return result


def block_text(body: str, bullet: str) -> str:
    """A body one line per block, list items after *bullet*, numbered items after their marks:
    the Markdown of its blocks gone, inline Markdown kept."""
    lines = []
    for block in blocks(body):
        if block.kind == "ordered":
            lines += [f"{marker} {item}" for marker, item in zip(block.markers, block.items)]
        else:
            lines += [bullet + item if block.kind == "list" else item for item in block.items]
    return "\n".join(lines)
