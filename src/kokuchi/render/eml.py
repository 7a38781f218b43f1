"""Views → RFC 5322 mail messages, built with the standard library's ``email`` package.

The notice's text goes only into the Subject (unfolded and with every control
character replaced, then RFC 2047-encoded by the library) and the body; no
notice text can add a header. The body is text/plain in UTF-8, wrapped at 72
columns by the language layer's line breaker: between phrases, with kinsoku in
Japanese, at spaces in English.
"""

from __future__ import annotations

import re
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from typing import TYPE_CHECKING

from rich.cells import cell_len

from kokuchi.language.linebreak import wrap
from kokuchi.notice import markup
from kokuchi.views.common import Untranslated

if TYPE_CHECKING:  # the views are only named in annotations: a renderer loads none of their builders
    from kokuchi.views.notice import NoticeView

WIDTH = 72
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]+")


def _one_line(text: str) -> str:
    return _CONTROL.sub(" ", text).strip()


def _plain(text: str) -> str:
    return "".join(span.text for span in markup.spans(text))


def _paragraph(view: NoticeView, text: str, indent: str, first: str = "") -> list[str]:
    """*text* wrapped under *indent*, after *first* (a bullet), later lines aligned with the text."""
    if isinstance(text, Untranslated):
        first += view.labels["untranslated"] + " "
    hang = " " * cell_len(first)
    lines = wrap(_plain(text), max(WIDTH - len(indent) - len(hang), 20)) or [""]
    return [indent + first + lines[0]] + [indent + hang + line for line in lines[1:]]


def body(view: NoticeView, link: str | None) -> str:
    labels = view.labels
    heading = labels["heading"]
    out = [
        *(wrap(_one_line(view.title), WIDTH)),
        f"{view.report_label or labels['revision']}{labels['separator']}{labels['published']}: {view.published_text}",
    ]
    if view.page and view.page.freshness:
        out += wrap(view.page.freshness.text, WIDTH)
    if view.page and view.page.banner:
        out += wrap(view.page.banner, WIDTH)
    out += wrap(view.withdrawn, WIDTH) if view.withdrawn else []
    if view.news:  # what this report changed, first (views.history.latest_news)
        out += ["", heading.format(heading=view.news.heading)]
        for item in view.news.items:
            out += _paragraph(view, item.text, "  ", labels["bullet"])
            out += _paragraph(view, item.body, "    ") if item.body else []
    if view.lead:
        out.append("")
        out += _blocks(view, view.lead, "")
    if view.next_update_text:
        out += ["", heading.format(heading=labels["next_update"])]
        out += _paragraph(view, view.next_update_text, "  ")
    if view.products:
        out += ["", heading.format(heading=labels["products"])]
        for product in view.products:
            out += _paragraph(view, product, "  ", labels["bullet"])
    if view.periods:
        out += ["", heading.format(heading=labels["periods"])]
        for period in view.periods:
            out += _paragraph(view, period.line, "  ")
            if period.note:
                out += _paragraph(view, period.note, "    ")
    if view.advisory:
        out += ["", heading.format(heading=labels["advisory"])]
        for group in view.advisory:
            out += _paragraph(view, group.title, "  ")
            if group.href:
                out.append(f"    {group.href}")
            for fact in group.facts:
                out += ["    " + line for line in wrap(f"{fact.term}: {fact.value}", WIDTH - 4)]
    for section in view.sections:
        title = heading.format(heading=section.heading)
        if section.state_label:
            title += " " + labels["state"].format(state=section.state_label)
        out += ["", title]
        out += _blocks(view, section.blocks, "  ")
        for note in section.notes:
            blocks = list(note.blocks)
            if blocks and blocks[0].kind == "paragraph":
                out += _paragraph(view, blocks.pop(0).items[0], "  ", f"{note.mark} ")
            out += _blocks(view, tuple(blocks), "    ")
    if view.closing:
        out.append("")
        out += _blocks(view, view.closing, "")
    if view.updates:
        out += ["", heading.format(heading=labels["updates"])]
        for update in view.updates:
            out.append(f"  {update.at_text} {update.label}")
            out += _paragraph(view, update.body, "    ")
    if link:
        out += ["", labels["web"], link]
    return "\n".join(out) + "\n"


def _blocks(view: NoticeView, blocks, indent: str) -> list[str]:
    """Body blocks as mail lines: bullets, numbered items after their marks, sub-headings on their own line."""
    out: list[str] = []
    for block in blocks:
        for index, item in enumerate(block.items):
            if block.kind == "heading":
                out.append("")
            prefix = {"list": view.labels["bullet"], "ordered": f"{block.markers[index]} " if block.markers else ""}
            out += _paragraph(view, item, indent, prefix.get(block.kind, ""))
    return out


def notice(
    view: NoticeView,
    *,
    link: str | None = None,
    sender: str = "noreply@kokuchi.invalid",
    message_id: str | None = None,
    **_,
) -> str:
    """The revision as one mail message (RFC 5322, CRLF line ends)."""
    message = EmailMessage(policy=policy.SMTP)
    message["Subject"] = _one_line(view.title)
    message["From"] = sender
    message["Date"] = format_datetime(datetime.fromisoformat(view.published))
    if message_id:
        message["Message-ID"] = message_id
    message.set_content(body(view, link), subtype="plain", charset="utf-8", cte="8bit")
    message["Content-Language"] = view.lang  # after set_content, which replaces every Content-* header
    return message.as_bytes().decode("utf-8")
