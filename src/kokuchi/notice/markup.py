"""The body markup (a small CommonMark subset), the only markdown-it-py user.

A body is split into blocks: paragraphs and ``-`` list items. Each block's text is
one translation unit, normalized the same way every time: lines are stripped and
joined, without a space between two Japanese characters (Japanese has no word
spaces, so a line break inside a sentence must not become one) and with one
space otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from markdown_it import MarkdownIt

from kokuchi.language.scripts import is_cjk


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph" or "list"
    items: tuple[str, ...]  # inline Markdown of each unit; a paragraph has one
    lines: tuple[int, ...] = ()  # where each item starts, counted from 0 in the body


class UnsupportedMarkup(ValueError):
    def __init__(self, line: int, what: str):
        super().__init__(
            f"unsupported Markdown at body line {line}: {what} (use paragraphs, '-' lists, **bold**, links)"
        )
        self.line = line


@cache
def _parser() -> MarkdownIt:
    # html=False: raw HTML in a notice is shown as text, never passed through.
    return MarkdownIt("commonmark", {"html": False, "linkify": False})


def join_lines(text: str) -> str:
    """Join the lines of one block, dropping the space at Japanese line breaks."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    result = ""
    for line in lines:
        if not line:
            continue
        if result and not (is_cjk(result[-1]) and is_cjk(line[0])):
            result += " "
        result += line
    return result


@lru_cache(maxsize=4096)
def blocks(body: str) -> tuple[Block, ...]:
    """Split a body into paragraphs and lists; raise UnsupportedMarkup otherwise.

    Cached: a body is parsed once however many pages and languages show it.
    """
    tokens = _parser().parse(body)
    result: list[Block] = []
    depth = 0  # nesting of lists; nested lists are not part of the subset
    items: list[str] = []
    lines: list[int] = []
    for token in tokens:
        line = (token.map[0] + 1) if token.map else 1
        if token.type == "bullet_list_open":
            if depth:
                raise UnsupportedMarkup(line, "a nested list")
            depth += 1
            items, lines = [], []
        elif token.type == "bullet_list_close":
            depth -= 1
            result.append(Block("list", tuple(items), tuple(lines)))
        elif token.type == "inline":
            text = join_lines(token.content)
            if depth:
                items.append(text)
                lines.append(line - 1)
            else:
                result.append(Block("paragraph", (text,), (line - 1,)))
        elif token.type in ("paragraph_open", "paragraph_close", "list_item_open", "list_item_close"):
            continue
        elif token.type == "ordered_list_open":
            raise UnsupportedMarkup(line, "a numbered list")
        else:
            what = token.type.removesuffix("_open").replace("_", " ")
            raise UnsupportedMarkup(line, f"a {what}")
    return tuple(result)


# The only link targets a notice may carry: a reader's click must go to a web
# page or a mail address, never run script (javascript:, vbscript:, data:).
LINK_SCHEMES = ("http", "https", "mailto")


@cache
def _permissive_parser() -> MarkdownIt:
    # Sees what the rendering parser hides: raw HTML, and links markdown-it
    # would leave as text (javascript:) but another Markdown reader would follow.
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
    reference, ``<autolink>``; and of every image (as ``image:<src>``)."""
    targets: list[str] = []

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
    """A body one line per block, list items after *bullet*: the Markdown of its blocks gone, inline Markdown kept."""
    lines = []
    for block in blocks(body):
        lines += [bullet + item if block.kind == "list" else item for item in block.items]
    return "\n".join(lines)
