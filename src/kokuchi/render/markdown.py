"""Views → Markdown (standard library only)."""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING

from kokuchi.notice import markup
from kokuchi.views.common import Untranslated

if TYPE_CHECKING:  # the views are only named in annotations: a renderer loads none of their builders
    from kokuchi.views.comparison import Cell, ComparisonView
    from kokuchi.views.history import ChangesView, LogView
    from kokuchi.views.notice import NoticeView
    from kokuchi.views.translation import ReviewView


def escape(text: str) -> str:
    """Plain text (titles, scopes, labels) as Markdown that shows it literally."""
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def _plain(view, text: str) -> str:
    return f"{escape(view.labels['untranslated'])} {escape(text)}" if isinstance(text, Untranslated) else escape(text)


def _inline(view, text: str) -> str:
    """Inline Markdown from a notice, which the format already restricts; marked if untranslated."""
    return f"{escape(view.labels['untranslated'])} {text}" if isinstance(text, Untranslated) else text


def _history(view: NoticeView) -> list[str]:
    if not view.page or not view.page.history:
        return []
    sep = escape(view.labels["separator"])
    out = [f"## {escape(view.labels['history'])}", ""]
    for entry in view.page.history:
        out += [f"### {escape(entry.label)}{sep}{escape(entry.published_text)}{sep}{escape(entry.status_label)}", ""]
        out += [f"- {escape(s)}" for s in entry.summaries] + [""]
    return out


def _blocks(view: NoticeView, blocks) -> list[str]:
    """Body blocks as Markdown: numbered items as an ordered list (the mark's number), sub-headings as ###."""
    out: list[str] = []
    for block in blocks:
        items = [_inline(view, item) for item in block.items]
        if block.kind == "list":
            out += [f"- {item}" for item in items]
        elif block.kind == "ordered":
            out += [
                f"{markup.marker_number(m) or i + 1}. {item}" for i, (m, item) in enumerate(zip(block.markers, items))
            ]
        elif block.kind == "heading":
            out.append(f"### {items[0]}")
        else:
            out += items
        out.append("")
    return out


def _notes(view: NoticeView, notes) -> list[str]:
    out: list[str] = []
    for note in notes:
        blocks = list(note.blocks)
        if blocks and blocks[0].kind == "paragraph":
            out += [f"{escape(note.mark)} {_inline(view, blocks.pop(0).items[0])}", ""]
        out += _blocks(view, blocks)
    return out


def notice(view: NoticeView, **_) -> str:
    sep = escape(view.labels["separator"])
    out: list[str] = [f"# {_plain(view, view.title)}", ""]
    out += [
        f"{escape(view.labels['revision'])}{sep}{escape(view.labels['published'])}: {escape(view.published_text)}",
        "",
    ]
    if view.withdrawn:
        out += [f"> **{escape(view.withdrawn)}**", ""]
    if view.news:
        out += [f"## {escape(view.news.heading)}", ""]
        for item in view.news.items:
            out.append(f"- {escape(item.text)}")
            if item.body:
                out.append(f"  {_inline(view, item.body)}")
        out.append("")
    out += _blocks(view, view.lead)
    if view.next_update_text:
        out += [f"## {escape(view.labels['next_update'])}", "", escape(view.next_update_text), ""]
    if view.products:
        out += [f"## {escape(view.labels['products'])}", ""]
        out += [f"- {_plain(view, p)}" for p in view.products] + [""]
    if view.periods:
        out += [f"## {escape(view.labels['periods'])}", ""]
        for p in view.periods:
            out.append(f"- {_plain(view, p.line)}")
            if p.note:
                out.append(f"  {_plain(view, p.note)}")
        out.append("")
    if view.advisory:
        out += [f"## {escape(view.labels['advisory'])}", ""]
        for group in view.advisory:
            title = _plain(view, group.title)
            out += [f"### [{title}]({group.href})" if group.href else f"### {title}", ""]
            out += [f"- {escape(fact.term)}: {escape(fact.value)}" for fact in group.facts] + [""]
    for section in view.sections:
        heading = _plain(view, section.heading)
        if section.state_label:
            heading += " " + escape(view.labels["state"].format(state=section.state_label))
        out += [f"## {heading}", ""]
        out += _blocks(view, section.blocks)
        out += _notes(view, section.notes)
    out += _blocks(view, view.closing)
    if view.updates:
        out += [f"## {escape(view.labels['updates'])}", ""]
        out += [f"- **{escape(u.at_text)}** {escape(u.label)}: {_inline(view, u.body)}" for u in view.updates] + [""]
    out += _history(view)
    return "\n".join(out).rstrip("\n") + "\n"


_OP_TAGS = {-1: ("<del>", "</del>"), 1: ("<ins>", "</ins>"), 0: ("", ""), 2: ("", "")}


def _ops(ops) -> str:
    """Ops as Markdown with inline <del>/<ins>; notice text is escaped for both.

    Each line's marks open and close on that line (a change never spans a
    ``<br>``), and a line that would start a Markdown block (``- item``,
    ``1. step``) is escaped, so the source shows as it is written.
    """
    out = []
    line_start = True
    for op, text in ops:
        before, after = _OP_TAGS[op]
        for index, line in enumerate(text.split("\n")):
            if index:
                out.append("<br>\n")
                line_start = True
            if not line:
                continue
            escaped = escape(html.escape(line, quote=False))
            if line_start and not before:
                escaped = _literal_line_start(escaped)
            out.append(f"{before}{escaped}{after}")
            line_start = False
    return "".join(out)


_BLOCK_START = re.compile(r"(\d{1,9})([.)])(?=\s|$)|([-+=~])")


def _literal_line_start(line: str) -> str:
    """A line whose start would make a Markdown block (list, setext underline, fence), made literal."""
    indent = len(line) - len(line.lstrip(" \t"))
    rest = line[indent:]
    match = _BLOCK_START.match(rest)
    if match:
        rest = f"{match.group(1)}\\{match.group(2)}{rest[match.end() :]}" if match.group(1) else "\\" + rest
    # Leading white space would make an indented code block: as character references it stays text.
    return "".join(f"&#{ord(ch)};" for ch in line[:indent]) + rest


def changes(view: ChangesView, **_) -> str:
    out = [
        f"# {escape(view.title)}",
        "",
        f"{view.notice_id}{escape(view.labels['separator'])}{escape(view.heading)}",
        "",
    ]
    out += [f"## {escape(view.labels['events'])}", ""]
    out += [f"- {escape(summary)}" for summary in view.summaries] or [escape(view.labels["none"])]
    out.append("")
    if view.changes:
        out += [f"## {escape(view.labels['texts'])}", ""]
        for change in view.changes:
            out += [f"### {escape(change.label)}", "", _ops(change.ops), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def log(view: LogView, **_) -> str:
    sep = escape(view.labels["separator"])
    out = [f"# {escape(view.title)}", "", f"## {escape(view.heading)}", ""]
    for entry in view.entries:
        out += [f"### {escape(entry.label)}{sep}{escape(entry.published_text)}{sep}{escape(entry.status_label)}", ""]
        for summary, body in zip(entry.summaries, entry.bodies or (None,) * len(entry.summaries)):
            out.append(f"- {escape(summary)}")
            if body:
                out += [f"  {line}" if line else "" for line in body.split("\n")]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def review(view: ReviewView, **_) -> str:
    sep = escape(view.labels["separator"])
    out = [f"# {escape(view.title)}", ""]
    for item in view.items:
        out += [f"## {escape(item.location)}{sep}{item.role}{sep}{item.state}", "", f"*{escape(item.where)}*", ""]
        out += [
            f"- {escape(view.labels['source'])} {_ops(item.source_ops)}",
            f"- {escape(view.labels['translation'])} {escape(item.translation) or escape(view.labels['none'])}",
        ]
        out += [f"- {escape(note)}" for note in item.notes]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _cell(cell: Cell) -> str:
    """One paragraph of a 新旧対照表 cell: changed words underlined (<u>), pipes escaped by ``escape``."""
    if cell.note:
        return escape(cell.note)
    return "".join(f"<u>{escape(text)}</u>" if underlined else escape(text) for underlined, text in cell.segments)


def comparison(view: ComparisonView, **_) -> str:
    """The 新旧対照表 as a Markdown table: the part's name in a row of its own, then its paragraphs side by side."""
    sep = escape(view.labels["separator"])
    first, second = ("new", "old") if view.new_left else ("old", "new")
    out = [f"# {escape(view.title)}", "", f"{escape(view.notice_id)}{sep}{escape(view.heading)}", ""]
    out += [f"| {escape(view.labels[first])} | {escape(view.labels[second])} |", "| --- | --- |"]
    for row in view.rows:
        out.append(f"| **{escape(row.label)}** | **{escape(row.label)}** |")
        for new, old in row.pairs:
            left, right = (new, old) if view.new_left else (old, new)
            out.append(f"| {_cell(left)} | {_cell(right)} |")
    return "\n".join(out) + "\n"
