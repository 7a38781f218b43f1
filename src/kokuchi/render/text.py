"""Views → terminal text through rich.

Renderables never write: each function builds one and ``to_text`` draws it
into a string, with colour only when asked for (a terminal without NO_COLOR).
"""

from __future__ import annotations

import io

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from rich.cells import cell_len

from .. import markup
from ..views import STATUS_COLUMNS, ChangesView, LogView, NoticeListView, NoticeView, ReviewView, StatusView, Untranslated


def inline(text: str) -> Text:
    result = Text()
    for span in markup.spans(text):
        style = " ".join(
            name for name, on in (("bold", span.bold), ("cyan", span.code), ("underline", bool(span.href))) if on
        )
        result.append(span.text, style=style or None)
    return result


def _plain(view, text: str, style: str | None = None) -> Text:
    """A plain string, with the untranslated mark where it has one."""
    line = Text()
    if isinstance(text, Untranslated):
        line.append(f"{view.labels['untranslated']} ", style="yellow")
    line.append(text, style=style)
    return line


def _inline(view, text: str) -> Text:
    """Inline Markdown, with the untranslated mark where it has one."""
    line = Text()
    if isinstance(text, Untranslated):
        line.append(f"{view.labels['untranslated']} ", style="yellow")
    line.append_text(inline(text))
    return line


def _heading(view, text: str) -> Text:
    return Text(view.labels["heading"].format(heading=text), style="bold")


def _bullet(view, line: Text, indent: int = 2) -> Padding:
    return Padding(Text(view.labels["bullet"]) + line, (0, 0, 0, indent))


def notice(view: NoticeView, *, width: int = 100, color: bool = False, **_) -> str:
    parts: list[RenderableType] = [
        _plain(view, view.title, "bold"),
        Text(f"{view.labels['revision']}{view.labels['separator']}{view.labels['published']}: {view.published_text}", style="dim"),
    ]
    if view.products:
        parts += [Text(""), _heading(view, view.labels["products"])]
        parts += [Padding(_plain(view, product), (0, 0, 0, 2)) for product in view.products]
    if view.periods:
        parts += [Text(""), _heading(view, view.labels["periods"])]
        parts += [Padding(_plain(view, period.line), (0, 0, 0, 2)) for period in view.periods]
    for section in view.sections:
        heading = _heading(view, section.heading)
        if isinstance(section.heading, Untranslated):
            heading = _heading(view, f"{view.labels['untranslated']} {section.heading}")
        if section.state_label:
            heading.append(" " + view.labels["state"].format(state=section.state_label), style="bold yellow")
        parts += [Text(""), heading]
        body_style = "dim" if section.state_label else None
        for block in section.blocks:
            for item in block.items:
                line = _inline(view, item)
                if block.kind == "list":
                    line = Text(view.labels["bullet"]) + line
                if body_style:
                    line.stylize(body_style)
                parts.append(Padding(line, (0, 0, 0, 2)))
    if view.updates:
        parts += [Text(""), Rule(view.labels["updates"], align="left")]
        table = Table.grid(padding=(0, 2))
        table.add_column(no_wrap=True, style="bold")
        table.add_column(overflow="fold")
        for update in view.updates:
            entry = Text(f"{update.label}: ", style="bold")
            entry.append_text(_inline(view, update.body))
            table.add_row(update.at_text, entry)
        parts.append(table)
    return to_text(Group(*parts), width=width, color=color)


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


def notices(view: NoticeListView, *, width: int = 100, color: bool = False, **_) -> str:
    """The `list` table; rich measures cells, so two-cell-wide Japanese aligns."""
    table = Table(box=None, header_style="bold", pad_edge=False)
    for column in ("id", "revision", "status", "published"):
        table.add_column(view.labels[column], no_wrap=True, justify="right" if column == "revision" else "left")
    table.add_column(view.labels["title"], overflow="fold", min_width=20)
    for row in view.rows:
        table.add_row(row.id, str(row.revision), row.status, row.published, row.title)
    return to_text(table, width=width, color=color)


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


def changes(view: ChangesView, *, width: int = 100, color: bool = False, **_) -> str:
    marks = not color
    parts: list[RenderableType] = [
        Text(view.title, style="bold"),
        Text(f"{view.notice_id}{view.labels['separator']}{view.heading}", style="dim"),
        Text(""),
        _heading(view, view.labels["events"]),
    ]
    if not view.summaries:
        parts.append(Padding(Text(view.labels["none"]), (0, 0, 0, 2)))
    parts += [_bullet(view, Text(summary)) for summary in view.summaries]
    if view.changes:
        parts += [Text(""), _heading(view, view.labels["texts"])]
        for change in view.changes:
            parts += [Text(""), Padding(Text(f"── {change.label} ──", style="bold"), (0, 0, 0, 2))]
            parts.append(Padding(inline_ops(change.ops, marks=marks), (0, 0, 0, 4)))
    return to_text(Group(*parts), width=width, color=color)


def log(view: LogView, *, width: int = 100, color: bool = False, **_) -> str:
    parts: list[RenderableType] = [
        Text(view.title, style="bold"),
        Text(f"{view.notice_id}{view.labels['separator']}{view.heading}", style="dim"),
    ]
    for entry in view.entries:
        status = view.labels["status"].format(status=entry.status_label)
        parts += [Text(""), Text(f"{entry.revision:>3}  {entry.published_text}  {status}", style="bold")]
        parts += [_bullet(view, Text(summary), 5) for summary in entry.summaries]
    return to_text(Group(*parts), width=width, color=color)


def status(view: StatusView, *, width: int = 100, color: bool = False, **_) -> str:
    table = Table(box=None, header_style="bold", pad_edge=False)
    for index, column in enumerate(view.columns):
        table.add_column(column, justify="left" if index < 2 else "right", no_wrap=True)
    for row in view.rows:
        table.add_row(*(str(row[key]) for key in STATUS_COLUMNS))
    return to_text(table, width=width, color=color)


def review(view: ReviewView, *, width: int = 100, color: bool = False, **_) -> str:
    marks = not color
    source_label, translation_label = (view.labels["field"].format(label=view.labels[k]) for k in ("source", "translation"))
    pad = max(cell_len(source_label), cell_len(translation_label)) + 1
    parts: list[RenderableType] = [Text(view.title, style="bold")]
    for item in view.items:
        parts += [Text(""), Text(f"{item.location}  {item.role}  [{item.state}]", style="bold")]
        parts.append(Padding(Text(item.where, style="dim"), (0, 0, 0, 2)))
        source = Text(source_label.ljust(pad))
        source.append_text(inline_ops(item.source_ops, marks=marks))
        parts.append(Padding(source, (0, 0, 0, 2)))
        parts.append(Padding(Text(f"{translation_label.ljust(pad)}{item.translation or view.labels['none']}"), (0, 0, 0, 2)))
        parts += [Padding(Text(note, style="yellow"), (0, 0, 0, 2)) for note in item.notes]
    return to_text(Group(*parts), width=width, color=color)


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
