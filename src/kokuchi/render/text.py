"""Views → terminal text through rich.

Renderables never write: each function builds one and ``to_text`` draws it
into a string, with colour only when asked for (a terminal without NO_COLOR).
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from kokuchi.language.linebreak import cell_width
from kokuchi.notice import markup
from kokuchi.views.common import Untranslated
from kokuchi.views.translation import STATUS_COLUMNS

if TYPE_CHECKING:  # the views are only named in annotations: a renderer loads none of their builders
    from kokuchi.views.history import ChangesView, LogView
    from kokuchi.views.notice import NoticeListView, NoticeView
    from kokuchi.views.translation import ReviewView, StatusView


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


def wrapped(line: Text, width: int, keep: frozenset[int] = frozenset()) -> Text:
    """*line* broken into lines of at most *width* cells between phrases, by kinsoku.

    rich would break Japanese anywhere (``恒久対⏎策``, a line starting with 。);
    lines that already fit are left alone by it. *keep*: positions not to break at.
    """
    from kokuchi.language.linebreak import line_spans

    plain = line.plain
    spans: list[tuple[int, int]] = []
    offset = 0
    for hard in plain.split("\n"):
        shifted = frozenset(position - offset for position in keep if offset <= position <= offset + len(hard))
        spans += [(offset + start, offset + end) for start, end in line_spans(hard, width, cell_width, shifted)]
        offset += len(hard) + 1
    # One division at every cut (slicing a Text once per line re-reads all of
    # its styles each time: quadratic on a long, much-edited paragraph).
    cuts = sorted({position for span in spans for position in span} - {0})
    divided = line.divide(cuts)
    piece_at = {0: 0} | {cut: index + 1 for index, cut in enumerate(cuts)}
    return Text("\n").join(divided[piece_at[start]] if start < end else Text() for start, end in spans)


def _indented(line: Text, indent: int, width: int, keep: frozenset[int] = frozenset()) -> Padding:
    return Padding(wrapped(line, width - indent, keep), (0, 0, 0, indent))


def _heading(view, text: str) -> Text:
    return Text(view.labels["heading"].format(heading=text), style="bold")


def _hanging(prefix: Text, line: Text, indent: int, width: int, keep: frozenset[int] = frozenset()) -> Padding:
    """*prefix* then *line* wrapped under itself (a hanging indent): a bullet's text never runs under its bullet.

    The budget counts the prefix by kokuchi's cell table (an ambiguous • as 2, safe
    on a CJK terminal); the continuation lines line up with it as most terminals draw it.
    """
    body = wrapped(line, width - indent - cell_width(prefix.plain), keep).split("\n")
    pad = Text(" " * cell_len(prefix.plain))
    return Padding(Text("\n").join([prefix + body[0], *(pad + part for part in body[1:])]), (0, 0, 0, indent))


def _bullet(view, line: Text, width: int, indent: int = 2) -> Padding:
    return _hanging(Text(view.labels["bullet"]), line, indent, width)


def _blocks(view, blocks, width: int, style: str | None = None, indent: int = 2) -> list[RenderableType]:
    """Body blocks: paragraphs, bullets, numbered items after their marks, sub-headings in bold."""
    parts: list[RenderableType] = []
    for block in blocks:
        for index, item in enumerate(block.items):
            line = _inline(view, item)
            if block.kind == "heading":
                line.stylize("bold")
            if style:
                line.stylize(style)
            if block.kind in ("list", "ordered"):
                mark = view.labels["bullet"] if block.kind == "list" else f"{block.markers[index]} "
                parts.append(_hanging(Text(mark, style=style or ""), line, indent, width))
            else:
                parts.append(_indented(line, indent, width))
    return parts


def _notes(view, notes, width: int, style: str | None = None) -> list[RenderableType]:
    parts: list[RenderableType] = []
    for note in notes:
        for index, block in enumerate(note.blocks):
            if index == 0 and block.kind == "paragraph":
                line = _inline(view, block.items[0])
                if style:
                    line.stylize(style)
                parts.append(_hanging(Text(f"{note.mark} ", style=style or ""), line, 2, width))
            else:
                parts += _blocks(view, (block,), width, style, indent=4)
    return parts


def notice(view: NoticeView, *, width: int = 100, color: bool = False, **_) -> str:
    parts: list[RenderableType] = [
        wrapped(_plain(view, view.title, "bold"), width),
        Text(
            f"{view.labels['revision']}{view.labels['separator']}{view.labels['published']}: {view.published_text}",
            style="dim",
        ),
    ]
    if view.withdrawn:
        parts.append(wrapped(Text(view.withdrawn, style="bold yellow"), width))
    if view.news:
        parts += [Text(""), _heading(view, view.news.heading)]
        for item in view.news.items:
            parts.append(_bullet(view, Text(item.text), width))
            if item.body:
                parts.append(_indented(_inline(view, item.body), 2 + cell_len(view.labels["bullet"]), width))
    if view.lead:
        parts += [Text("")] + _blocks(view, view.lead, width, indent=0)
    if view.next_update_text:
        parts += [
            Text(""),
            _heading(view, view.labels["next_update"]),
            _indented(Text(view.next_update_text), 2, width),
        ]
    if view.products:
        parts += [Text(""), _heading(view, view.labels["products"])]
        parts += [_indented(_plain(view, product), 2, width) for product in view.products]
    if view.periods:
        parts += [Text(""), _heading(view, view.labels["periods"])]
        for period in view.periods:
            parts.append(_indented(_plain(view, period.line), 2, width))
            if period.note:
                parts.append(_indented(_plain(view, period.note), 4, width))
    if view.advisory:
        parts += [Text(""), _heading(view, view.labels["advisory"])]
        for group in view.advisory:
            parts.append(_indented(_plain(view, group.title, "bold"), 2, width))
            parts += [_indented(Text(f"{fact.term}: {fact.value}"), 4, width) for fact in group.facts]
    for section in view.sections:
        heading = _heading(view, section.heading)
        if isinstance(section.heading, Untranslated):
            heading = _heading(view, f"{view.labels['untranslated']} {section.heading}")
        # A section no longer in force is dimmed, its mark too; a completed one (a permanent fix done) is
        # good news: its mark green, its text as usual.
        ended = section.state in ("unnecessary", "withdrawn")
        if section.state_label:
            chip = "bold green" if section.state == "completed" else "dim" if ended else "bold yellow"
            heading.append(" " + view.labels["state"].format(state=section.state_label), style=chip)
        parts += [Text(""), wrapped(heading, width)]
        body_style = "dim" if ended else None
        parts += _blocks(view, section.blocks, width, body_style)
        parts += _notes(view, section.notes, width, body_style)
    if view.closing:
        parts += [Text("")] + _blocks(view, view.closing, width, indent=0)
    if view.updates:
        parts += [Text(""), _heading(view, view.labels["updates"])]
        at_width = max(cell_width(update.at_text) for update in view.updates)
        entry_width = width - 2 - at_width - 2
        if entry_width >= 30:  # the time beside its entry
            table = Table.grid(padding=(0, 2))
            table.add_column(no_wrap=True, style="bold")
            table.add_column(overflow="fold")
            for update in view.updates:
                entry = Text(f"{update.label}: ", style="bold")
                entry.append_text(_inline(view, update.body))
                table.add_row(update.at_text, wrapped(entry, entry_width))
            parts.append(Padding(table, (0, 0, 0, 2)))
        else:  # a narrow terminal: the time on its own line, the entry under it
            for update in view.updates:
                parts.append(_indented(Text(update.at_text, style="bold"), 2, width))
                entry = Text(f"{update.label}: ", style="bold")
                entry.append_text(_inline(view, update.body))
                parts.append(_indented(entry, 4, width))
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
    # rich pads every line to the full width; no line carries trailing spaces,
    # coloured or not (colour codes after the padding stay).
    return "\n".join(_rstrip(line) for line in console.file.getvalue().split("\n"))  # type: ignore[attr-defined]  # a StringIO


_TRAILING = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$")


def _rstrip(line: str) -> str:
    """*line* without trailing blanks, even between the colour codes that close it."""
    while True:
        stripped = _TRAILING.sub(r"\1", line)
        if stripped == line:
            return line
        line = stripped


def _cells(values: list[str], widths: list[int], right: frozenset[int] = frozenset()) -> str:
    """Values padded to their column widths (by kokuchi's cell table), two spaces apart."""
    padded = []
    for index, (value, column) in enumerate(zip(values, widths)):
        fill = " " * max(column - cell_width(value), 0)
        padded.append(fill + value if index in right else value + fill)
    return "  ".join(padded)


def notices(view: NoticeListView, *, width: int = 100, color: bool = False, terminal: bool = False, **_) -> str:
    """The `list` table, aligned by terminal cells (Japanese is two cells wide).

    Not on a terminal, every row is printed whole on one line, for grep and
    pipes. On a terminal the title wraps in its column by kinsoku; when the
    terminal is too narrow for a useful title column, the title goes on its
    own indented lines under the row; when even the other columns do not fit,
    each notice is stacked: its id, then its report, status and published time,
    then its title, each line indented under the id. No character is ever dropped.
    """
    columns = ("id", "revision", "status", "published")
    header = [view.labels[column] for column in columns]
    rows = [[row.id, str(row.revision), row.status, row.published] for row in view.rows]
    widths = [max(cell_width(cells[index]) for cells in [header, *rows]) for index in range(len(columns))]
    right = frozenset({1})
    lead = sum(widths) + 2 * len(widths)
    if not terminal:
        lines = [Text(_cells(header, widths, right) + "  " + view.labels["title"], style="bold")]
        lines += [Text(_cells(values, widths, right) + "  " + row.title) for values, row in zip(rows, view.rows)]
        text = Text("\n").join(lines)
        return to_text(text, width=max(width, max(cell_width(line.plain) for line in lines)), color=color)
    lines = []
    if lead + 20 <= width:  # the title beside the row
        lines.append(Text(_cells(header, widths, right) + "  " + view.labels["title"], style="bold"))
        for values, row in zip(rows, view.rows):
            title = wrapped(Text(row.title), width - lead).split("\n")
            lines.append(Text(_cells(values, widths, right) + "  ") + title[0])
            lines += [Text(" " * lead) + part for part in title[1:]]
    elif lead - 2 <= width:  # the title under the row
        lines.append(Text(_cells(header, widths, right), style="bold"))
        for values, row in zip(rows, view.rows):
            lines.append(Text(_cells(values, widths, right)))
            lines += [Text("    ") + part for part in wrapped(Text(row.title), width - 4).split("\n")]
    else:  # stacked: the id, then the other columns and the title under it
        rest = [max(cell_width(values[index]) for values in rows) for index in range(1, len(columns))]
        for values, row in zip(rows, view.rows):
            lines.append(Text(values[0], style="bold"))
            lines += [
                Text("    ") + part
                for part in wrapped(Text(_cells(values[1:], rest, frozenset())), width - 4).split("\n")
            ]
            lines += [Text("    ") + part for part in wrapped(Text(row.title), width - 4).split("\n")]
    return to_text(Text("\n").join(lines), width=width, color=color)


_OP_STYLES = {-1: "red strike", 1: "green underline", 2: "dim"}
# Without colour, changes are marked the way `git diff --word-diff` does.
_OP_MARKS = {-1: ("[-", "-]"), 1: ("{+", "+}"), 0: ("", ""), 2: ("", "")}


def inline_ops(ops, *, marks: bool) -> tuple[Text, frozenset[int]]:
    """The ops as one text, and the positions where a line must not break.

    No break just inside a mark (``{+`` at a line end), and none inside or
    beside a change of white space only, which would vanish at a line end
    (a space changed to U+3000 must still show).
    """
    text = Text()
    keep: set[int] = set()
    for op, part in ops:
        start = len(text)
        if marks:
            before, after = _OP_MARKS[op]
            core = part.strip("\n") if op in (-1, 1) else part
            if not core:
                core = part  # a change of line breaks alone keeps them inside its marks
            # Line breaks that open or close a change go outside its marks, so
            # that no line starts with "+}" or ends with "{+".
            head = part[: part.index(core)]
            text.append(head)
            mark = len(text)
            text.append(f"{before}{core}{after}")
            text.append(part[len(head) + len(core) :])
            if op in (-1, 1):
                # Not just inside a mark, nor after the spaces that open a change ("{+ throughout+}").
                lead = len(core) - len(core.lstrip(" \t"))
                keep.update(range(mark + 1, mark + 3 + lead))
                keep.update((mark + len(before) + len(core), mark + len(before) + len(core) + 1))
        else:
            text.append(part, style=_OP_STYLES.get(op) if part.strip() or op not in (-1, 1) else "reverse")
        if op in (-1, 1) and not part.strip():
            keep.update(range(start, len(text) + 1))
    return text, frozenset(keep)


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
    parts += [_bullet(view, Text(summary), width) for summary in view.summaries]
    if view.changes:
        parts += [Text(""), _heading(view, view.labels["texts"])]
        for change in view.changes:
            parts += [Text(""), _indented(Text(f"── {change.label} ──", style="bold"), 2, width)]
            ops, keep = inline_ops(change.ops, marks=marks)
            parts.append(_indented(ops, 4, width, keep))
    return to_text(Group(*parts), width=width, color=color)


def log(view: LogView, *, width: int = 100, color: bool = False, **_) -> str:
    parts: list[RenderableType] = [
        Text(view.title, style="bold"),
        Text(f"{view.notice_id}{view.labels['separator']}{view.heading}", style="dim"),
    ]
    for entry in view.entries:
        status = view.labels["status"].format(status=entry.status_label)
        parts += [Text(""), Text(f"{entry.revision:>3}  {entry.published_text}  {status}", style="bold")]
        for summary, body in zip(entry.summaries, entry.bodies or (None,) * len(entry.summaries)):
            parts.append(_bullet(view, Text(summary), width, 5))
            if body:
                parts.append(_indented(_inline(view, body), 7, width))
    return to_text(Group(*parts), width=width, color=color)


def _pack(items: list[str], width: int) -> list[str]:
    """*items* on lines of at most *width* cells, a space apart, never breaking one (unless it alone is wider)."""
    lines: list[str] = []
    for item in items:
        if lines and cell_width(f"{lines[-1]} {item}") <= width:
            lines[-1] = f"{lines[-1]} {item}"
        else:
            lines.append(item)
    return lines or [""]


def status(view: StatusView, *, width: int = 100, color: bool = False, **_) -> str:
    """The translator's overview: one table when it fits; else a table of counts under each notice
    and language; on a very narrow terminal, each report's counts as one wrapped line. Nothing is cut."""
    rows = [[str(row[key]) for key in STATUS_COLUMNS] for row in view.rows]
    header = list(view.columns)
    right = frozenset(range(2, len(STATUS_COLUMNS)))

    def widths(table: list[list[str]]) -> list[int]:
        return [max(cell_width(cells[index]) for cells in table) for index in range(len(table[0]))]

    full = widths([header, *rows])
    lines: list[Text] = []
    if sum(full) + 2 * (len(full) - 1) <= width:
        lines.append(Text(_cells(header, full, right), style="bold"))
        lines += [Text(_cells(values, full, right)) for values in rows]
        return to_text(Text("\n").join(lines), width=width, color=color)
    counts = [values[2:] for values in rows]
    narrow = widths([header[2:], *counts])
    groups: dict[tuple[str, str], list[list[str]]] = {}
    for values in rows:
        groups.setdefault((values[1], values[0]), []).append(values[2:])
    table_fits = 2 + sum(narrow) + 2 * (len(narrow) - 1) <= width
    every = frozenset(range(len(narrow)))
    for (notice_id, lang), members in groups.items():
        lines.append(Text(f"{notice_id} ({lang})", style="bold"))
        if table_fits:
            lines.append(Text("  " + _cells(header[2:], narrow, every), style="bold"))
            lines += [Text("  " + _cells(values, narrow, every)) for values in members]
            continue
        for values in members:
            prefix = f"  {header[2]} {values[0]}: "
            facts = [f"{name} {value}" for name, value in zip(header[3:], values[1:])]
            body = _pack([f"{fact}," for fact in facts[:-1]] + facts[-1:], width - cell_width(prefix))
            lines.append(Text(prefix + body[0]))
            lines += [Text(" " * cell_width(prefix) + part) for part in body[1:]]
    return to_text(Text("\n").join(lines), width=width, color=color)


def review(view: ReviewView, *, width: int = 100, color: bool = False, **_) -> str:
    marks = not color
    source_label, translation_label = (
        view.labels["field"].format(label=view.labels[k]) for k in ("source", "translation")
    )
    pad = max(cell_len(source_label), cell_len(translation_label)) + 1
    parts: list[RenderableType] = [Text(view.title, style="bold")]
    for item in view.items:
        parts += [Text(""), Text(f"{item.location}  {item.role}  [{item.state}]", style="bold")]
        parts.append(Padding(Text(item.where, style="dim"), (0, 0, 0, 2)))
        source = Text(source_label.ljust(pad))
        ops, keep = inline_ops(item.source_ops, marks=marks)
        source.append_text(ops)
        parts.append(
            _indented(source, 2, width, frozenset(position + len(source_label.ljust(pad)) for position in keep))
        )
        parts.append(
            _indented(Text(f"{translation_label.ljust(pad)}{item.translation or view.labels['none']}"), 2, width)
        )
        parts += [_indented(Text(note, style="yellow"), 2, width) for note in item.notes]
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
