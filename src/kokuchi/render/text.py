"""Document → terminal text through rich (the only rich user).

Renderables never write: ``render`` returns one, ``to_text`` draws it into a
string, with colour only when asked for (a terminal without NO_COLOR).
"""

from __future__ import annotations

import io

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from .. import markup
from ..present import Document


def inline(text: str) -> Text:
    result = Text()
    for span in markup.spans(text):
        style = " ".join(
            name for name, on in (("bold", span.bold), ("cyan", span.code), ("underline", bool(span.href))) if on
        )
        result.append(span.text, style=style or None)
    return result


def render(doc: Document) -> RenderableType:
    parts: list[RenderableType] = [
        Text(doc.title, style="bold"),
        Text(f"{doc.labels['revision']} · {doc.labels['published']}: {doc.published_text}", style="dim"),
    ]
    if doc.products:
        parts += [Text(""), Text(f"■ {doc.labels['products']}", style="bold")]
        parts += [Padding(Text(product), (0, 0, 0, 2)) for product in doc.products]
    if doc.periods:
        parts += [Text(""), Text(f"■ {doc.labels['periods']}", style="bold")]
        parts += [Padding(Text(period.line), (0, 0, 0, 2)) for period in doc.periods]
    for section in doc.sections:
        heading = Text(f"■ {section.heading}", style="bold")
        if section.state_label:
            heading.append(f" 〔{section.state_label}〕", style="bold yellow")
        parts += [Text(""), heading]
        body_style = "dim" if section.state_label else None
        for block in section.blocks:
            for item in block.items:
                line = Text("・", style=body_style) if block.kind == "list" else Text()
                if item in doc.untranslated:
                    line.append(f"{doc.labels['untranslated']} ", style="yellow")
                line.append_text(inline(item))
                if body_style:
                    line.stylize(body_style)
                parts.append(Padding(line, (0, 0, 0, 2)))
    if doc.updates:
        parts += [Text(""), Rule(doc.labels["updates"], align="left")]
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, style="bold")
        table.add_column(overflow="fold")
        for update in doc.updates:
            entry = Text(f"{update.label}: ", style="bold")
            if update.body in doc.untranslated:
                entry.append(f"{doc.labels['untranslated']} ", style="yellow")
            entry.append_text(inline(update.body))
            table.add_row(update.at_text, entry)
        parts.append(table)
    return Group(*parts)


def to_text(renderable: RenderableType, *, width: int = 100, color: bool = False) -> str:
    console = Console(
        file=io.StringIO(),
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        emoji=False,
        legacy_windows=False,
    )
    console.print(renderable)
    text = console.file.getvalue()
    if not color:
        # rich pads every line to the full width; plain text should not carry that.
        text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text


def notice_table(rows: list[dict]) -> RenderableType:
    """The `list` table; rich measures cells, so two-cell-wide Japanese aligns."""
    table = Table(box=None, header_style="bold", pad_edge=False)
    for column in ("id", "revision", "status", "published"):
        table.add_column(column, no_wrap=True, justify="right" if column == "revision" else "left")
    table.add_column("title", overflow="fold", min_width=20)
    for row in rows:
        table.add_row(row["id"], str(row["revision"]), row["status"], row["published"], row["title"])
    return table


_OP_STYLES = {-1: "red strike", 1: "green underline", 2: "dim"}
# Without colour, changes are marked the way `git diff --word-diff` does.
_OP_MARKS = {-1: ("[-", "-]"), 1: ("{+", "+}"), 0: ("", ""), 2: ("", "")}


def inline_ops(ops, *, marks: bool) -> Text:
    text = Text()
    for op, part in ops:
        if marks:
            before, after = _OP_MARKS[op]
            text.append(f"{before}{part}{after}")
        else:
            text.append(part, style=_OP_STYLES.get(op))
    return text


def render_diff(doc, *, marks: bool) -> RenderableType:
    parts: list[RenderableType] = [
        Text(doc.title, style="bold"),
        Text(f"{doc.notice_id} · {doc.heading}", style="dim"),
        Text(""),
        Text(f"■ {doc.labels['events']}", style="bold"),
    ]
    if not doc.summaries:
        parts.append(Padding(Text(doc.labels["none"]), (0, 0, 0, 2)))
    parts += [Padding(Text(f"・{summary}"), (0, 0, 0, 2)) for summary in doc.summaries]
    if doc.changes:
        parts += [Text(""), Text(f"■ {doc.labels['texts']}", style="bold")]
        for change in doc.changes:
            parts += [Text(""), Padding(Text(f"── {change.label} ──", style="bold"), (0, 0, 0, 2))]
            parts.append(Padding(inline_ops(change.ops, marks=marks), (0, 0, 0, 4)))
    return Group(*parts)


def render_log(doc) -> RenderableType:
    parts: list[RenderableType] = [Text(doc.title, style="bold"), Text(f"{doc.notice_id} · {doc.heading}", style="dim")]
    for entry in doc.entries:
        parts += [Text(""), Text(f"{entry.revision:>3}  {entry.published_text}  【{entry.status_label}】", style="bold")]
        parts += [Padding(Text(f"・{summary}"), (0, 0, 0, 5)) for summary in entry.summaries]
    return Group(*parts)


def status_table(rows: list[dict]) -> RenderableType:
    table = Table(box=None, header_style="bold", pad_edge=False)
    for column in ("lang", "notice", "revision", "translated", "fuzzy", "auto", "flips", "untranslated", "total"):
        table.add_column(column, justify="left" if column in ("lang", "notice") else "right", no_wrap=True)
    for row in rows:
        table.add_row(*(str(row[c]) for c in ("lang", "notice", "revision", "translated", "fuzzy", "auto", "flips", "untranslated", "total")))
    return table


def render_review(title: str, rows: list[dict], *, marks: bool) -> RenderableType:
    parts: list[RenderableType] = [Text(title, style="bold")]
    for row in rows:
        parts += [Text(""), Text(f"{row['location']}  {row['role']}  [{row['state']}]", style="bold")]
        parts.append(Padding(Text(row["where"], style="dim"), (0, 0, 0, 2)))
        source = Text("source:      ")
        source.append_text(inline_ops(row["ops"], marks=marks))
        parts.append(Padding(source, (0, 0, 0, 2)))
        parts.append(Padding(Text(f"translation: {row['translation'] or '—'}"), (0, 0, 0, 2)))
        parts += [Padding(Text(note, style="yellow"), (0, 0, 0, 2)) for note in row["notes"]]
    return Group(*parts)


class ProgressBar:
    """A progress bar on standard error for long builds: ``with ProgressBar("site") as tick: tick(done, total)``."""

    def __init__(self, description: str):
        from rich.progress import Progress

        self._progress = Progress(console=Console(stderr=True), transient=True)
        self._task = self._progress.add_task(description, total=None)

    def __enter__(self):
        self._progress.start()
        return self.tick

    def tick(self, done: int, total: int) -> None:
        self._progress.update(self._task, completed=done, total=total)

    def __exit__(self, *exc) -> None:
        self._progress.stop()
