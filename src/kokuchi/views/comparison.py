"""The 新旧対照表 (``diff --format table``): two revisions side by side, new text left, old text right.

Each part of a notice is one row in both columns, aligned: the title, the
status, the periods, the products, then every section (a removed section at
its old place). Within a part, paragraphs and list items are aligned
(``core.align``); unchanged ones are shortened to (略), an added one faces
(新設) in the old column and a removed one (削る) in the new column, and in a
changed one the changed words are underlined on both sides, on word
boundaries (the hunks of ``diff.textdiff.diff``).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import zip_longest

from kokuchi.core.align import align
from kokuchi.core.model import Revision, Section
from kokuchi.diff.textdiff import DELETE, EQUAL, INSERT, diff
from kokuchi.language.dates import format_period, format_timestamp
from kokuchi.language.labels import Labels, labels
from kokuchi.notice import markup
from kokuchi.views.common import (
    STATE_LABELS,
    UPDATE_LABELS,
    headline,
    marks,
    period_heading,
    section_heading,
    status_label,
)

Segment = tuple[bool, str]  # (underlined, text)


@dataclass(frozen=True)
class Cell:
    """One paragraph in one column: its segments, or only a note ((新設), (削る), (略))."""

    segments: tuple[Segment, ...] = ()
    note: str | None = None


@dataclass(frozen=True)
class ComparisonRow:
    kind: str  # title, status, periods, products, section
    label: str  # the part's name, in the new revision (the old one for a removed section)
    pairs: tuple[tuple[Cell, Cell], ...]  # (new, old), aligned
    changed: bool


@dataclass(frozen=True)
class ComparisonView:
    kind = "comparison"

    lang: str
    notice_id: str
    old: int
    new: int
    title: str
    heading: str
    labels: dict[str, str]
    rows: tuple[ComparisonRow, ...]
    new_left: bool = True  # the Japanese order: 改正後 left, 改正前 right


def _plain(text: str) -> str:
    """Inline Markdown as the reader reads it (a link keeps its address in parentheses)."""
    return "".join(span.text for span in markup.spans(text)) if text else ""


def _paragraphs(body: str, bullet: str) -> list[str]:
    return [_plain(line) for line in markup.block_text(body, bullet).split("\n") if line.strip()]


def _segments(ops, side: int) -> list[list[Segment]]:
    """One side of *ops* (DELETE: old, INSERT: new) as paragraphs of segments, the changes underlined."""
    paragraphs: list[list[Segment]] = [[]]
    for op, text in ops:
        if op not in (EQUAL, side):
            continue
        for index, piece in enumerate(text.split("\n")):
            if index:
                paragraphs.append([])
            if piece:
                paragraphs[-1].append((op == side and bool(piece.strip()), piece))
    return paragraphs


def _pairs(old: list[str], new: list[str], lab: Labels, notes: dict[str, str]) -> tuple[list[tuple[Cell, Cell]], bool]:
    """Paragraphs of both sides aligned: (略) for unchanged runs, (新設)/(削る) opposite additions and removals."""
    pairs: list[tuple[Cell, Cell]] = []
    changed = False
    for tag, i1, i2, j1, j2 in align(old, new):
        if tag == "equal":
            omitted = Cell(note=notes["omitted"])
            if not pairs or pairs[-1] != (omitted, omitted):
                pairs.append((omitted, omitted))
            continue
        changed = True
        if tag == "insert":
            pairs += [(Cell(((True, text),)), Cell(note=notes["added"])) for text in new[j1:j2]]
        elif tag == "delete":
            pairs += [(Cell(note=notes["removed"]), Cell(((True, text),))) for text in old[i1:i2]]
        else:
            ops = diff("\n".join(old[i1:i2]), "\n".join(new[j1:j2]))
            olds, news = _segments(ops, DELETE), _segments(ops, INSERT)
            pairs += [(Cell(tuple(n or ())), Cell(tuple(o or ()))) for n, o in zip_longest(news, olds) if (n or o)]
    return pairs, changed


def _section_text(section: Section, revision: Revision, lab: Labels) -> tuple[str, list[str]]:
    heading = section.heading or section_heading(section.kind, revision, lab)
    if section.state in STATE_LABELS:
        heading = f"{heading} {marks(lab)['state'].format(state=lab('state', STATE_LABELS[section.state]))}"
    return heading, _paragraphs(section.body, marks(lab)["bullet"])


def comparison_view(
    notice_id: str, old: Revision, new: Revision, lang: str, *, new_left: bool = True
) -> ComparisonView:
    """The 新旧対照表 of *old* → *new* (both already in *lang*)."""
    lab = labels(lang)
    notes = {
        "added": lab("table", "(new)"),
        "removed": lab("table", "(deleted)"),
        "omitted": lab("table", "(unchanged)"),
    }
    rows: list[ComparisonRow] = []

    def row(kind: str, label: str, before: list[str], after: list[str]) -> None:
        if not before and not after:
            return
        if not before:
            pairs = [(Cell(((True, text),)), Cell(note=notes["added"])) for text in after]
            rows.append(ComparisonRow(kind, label, tuple(pairs), True))
            return
        if not after:
            pairs = [(Cell(note=notes["removed"]), Cell(((True, text),))) for text in before]
            rows.append(ComparisonRow(kind, label, tuple(pairs), True))
            return
        pairs, changed = _pairs(before, after, lab, notes)
        rows.append(ComparisonRow(kind, label, tuple(pairs), changed))

    row("title", lab("label", "Title"), [old.title], [new.title])
    row("status", lab("label", "Status"), [status_label(old.status, lab)], [status_label(new.status, lab)])

    def period_lines(revision: Revision) -> list[str]:
        return [
            lab("period", "{scope}: {period}", scope=p.scope, period=format_period(p, lab))
            if p.scope
            else format_period(p, lab)
            for p in revision.periods
        ]

    row("periods", period_heading(new.status, lab), period_lines(old), period_lines(new))
    row("products", lab("heading", "Affected products and services"), list(old.products), list(new.products))
    # Sections in the new order; a removed one where it stood in the old revision.
    new_ids = {section.id for section in new.sections}
    order: list[tuple[Section | None, Section | None]] = []
    removed_before: dict[str | None, list[Section]] = {}
    anchor: str | None = None
    for section in old.sections:
        if section.id in new_ids:
            anchor = section.id
        else:
            removed_before.setdefault(anchor, []).append(section)
    order += [(section, None) for section in removed_before.get(None, [])]
    for section in new.sections:
        order.append((old.section(section.id), section))
        order += [(gone, None) for gone in removed_before.get(section.id, [])]
    for before, after in order:
        if after is not None and before is not None and before is not after:
            before_heading, before_text = _section_text(before, old, lab)
            after_heading, after_text = _section_text(after, new, lab)
            pairs: list[tuple[Cell, Cell]] = []
            changed = before_heading != after_heading
            if changed:
                ops = diff(before_heading, after_heading)
                pairs.append((Cell(tuple(_segments(ops, INSERT)[0])), Cell(tuple(_segments(ops, DELETE)[0]))))
            body, body_changed = _pairs(before_text, after_text, lab, notes)
            label = after.heading or section_heading(after.kind, new, lab)
            rows.append(ComparisonRow("section", label, tuple(pairs + body), changed or body_changed))
        elif after is not None:
            heading, text = _section_text(after, new, lab)
            pairs = [(Cell(((True, line),)), Cell(note=notes["added"])) for line in text]
            rows.append(ComparisonRow("section", heading, tuple(pairs), True))
        elif before is not None:
            heading, text = _section_text(before, old, lab)
            pairs = [(Cell(note=notes["removed"]), Cell(((True, line),))) for line in text]
            rows.append(ComparisonRow("section", heading, tuple(pairs), True))

    def update_lines(revision: Revision) -> list[str]:
        return [
            f"{format_timestamp(u.at, lab)} {lab('update', UPDATE_LABELS[u.kind])}: {_plain(markup.join_lines(u.body))}"
            for u in revision.updates
        ]

    row("updates", lab("heading", "Updates"), update_lines(old), update_lines(new))
    newer, older = lab("table", "New text"), lab("table", "Previous text")
    return ComparisonView(
        lang=lang,
        notice_id=notice_id,
        old=old.number,
        new=new.number,
        title=headline(new.status, new.title, lab),
        heading=lab("table", "Comparison of report {new} with report {old}", new=new.number, old=old.number),
        labels={
            "new": lab("table", "{name} (report {number})", name=newer, number=new.number),
            "old": lab("table", "{name} (report {number})", name=older, number=old.number),
            "caption": lab("table", "Comparison table"),
            "part": lab("table", "Part"),
            **notes,
            **marks(lab),
        },
        rows=tuple(rows),
        new_left=new_left,
    )
