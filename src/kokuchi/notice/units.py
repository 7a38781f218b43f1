"""Revision → translation units: the segmentation rules.

Every translatable text becomes one gettext message: the title, custom
headings, period scopes and notes, product names, each body block (paragraph,
list item, numbered item, sub-heading) of the lead, the sections, their notes
and the closing, and each update body and the reason it was amended. The
role is the message context (msgctxt), so a title and a paragraph with the
same words are different messages, and a suggestion never crosses roles.
Texts are normalized by ``markup.join_lines`` every time, so an unchanged
paragraph is the same message in every revision. Dates and times are never
messages: they are formatted per language.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kokuchi.core.model import Revision
from kokuchi.notice import markup
from kokuchi.project.layout import revision_filename


@dataclass(frozen=True)
class Unit:
    role: str  # the msgctxt
    text: str  # the msgid
    file: str  # notices/<id>/<NNN>.yaml
    line: int
    comment: str  # where it lives, for translators

    @property
    def key(self) -> tuple[str, str]:
        return (self.role, self.text)

    @property
    def location(self) -> str:
        return f"{self.file}:{self.line}"


def revision_file(revision: Revision) -> str:
    return f"notices/{revision.notice_id}/{revision_filename(revision.number)}"


def units(revision: Revision) -> Iterator[Unit]:
    file = revision_file(revision)
    notice = revision.notice_id

    def line(path: str) -> int:
        return revision.content_lines.get(path) or revision.positions.get(path, (1, 1))[0]

    yield Unit("title", markup.join_lines(revision.title), file, line("title"), f"{notice}: title")
    for i, product in enumerate(revision.products):
        yield Unit("product", markup.join_lines(product), file, line(f"products[{i}]"), f"{notice}: product name")
    for i, period in enumerate(revision.periods):
        if period.scope:
            yield Unit(
                "scope", markup.join_lines(period.scope), file, line(f"periods[{i}].scope"), f"{notice}: period scope"
            )
        if period.note:
            yield Unit(
                "period note",
                markup.join_lines(period.note),
                file,
                line(f"periods[{i}].note"),
                f"{notice}: period note",
            )

    def body(path: str, text: str, where: str) -> Iterator[Unit]:
        start = line(path)
        for block in markup.blocks(text):
            role_name = _BLOCK_ROLES[block.kind]
            for item, offset in zip(block.items, block.lines):
                yield Unit("body", item, file, start + offset, f"{where}, {role_name}")

    if revision.lead:
        yield from body("lead", revision.lead, f"{notice}: lead")
    for i, section in enumerate(revision.sections):
        where = f"{notice}: section {section.id} ({section.kind})"
        if section.heading:
            yield Unit(
                "heading", markup.join_lines(section.heading), file, line(f"sections[{i}].heading"), f"{where}, heading"
            )
        yield from body(f"sections[{i}].body", section.body, where)
        for j, note in enumerate(section.notes):
            yield from body(f"sections[{i}].notes[{j}].body", note.body, f"{where}, note {note.mark}")
    if revision.closing:
        yield from body("closing", revision.closing, f"{notice}: closing")
    for i, update in enumerate(revision.updates):
        yield Unit(
            "update",
            markup.join_lines(update.body),
            file,
            line(f"updates[{i}].body"),
            f"{notice}: update {update.at.isoformat()} ({update.kind})",
        )
        if update.amended:
            yield Unit(
                "amended",
                markup.join_lines(update.amended),
                file,
                line(f"updates[{i}].amended"),
                f"{notice}: update {update.at.isoformat()}, why it was amended",
            )


_BLOCK_ROLES = {"paragraph": "paragraph", "list": "list item", "ordered": "numbered item", "heading": "sub-heading"}


def unique_units(revisions: Iterable[Revision]) -> Iterator[Unit]:
    """The units of *revisions*, each message once, where it first occurs."""
    seen: set[tuple[str, str]] = set()
    for revision in revisions:
        for unit in units(revision):
            if unit.key not in seen:
                seen.add(unit.key)
                yield unit
