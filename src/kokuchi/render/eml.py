"""Views → RFC 5322 mail messages (RFC 2045-2047 MIME).

The header lines are written here, never parsed: no notice text is ever read as
header syntax, on any Python version. The notice's text goes only into the
Subject (on one line, every control character replaced) and the body. A Subject
that is printable ASCII without anything that looks like an RFC 2047 encoded word
is written as it is, folded at spaces with its first word on the ``Subject:``
line; any other (Japanese, or text holding ``=?``) is written whole as encoded
words of at most 75 characters by ``email.header.Header``, so a reader decodes
them to the very text of the notice and never further. Every header line is at
most 78 characters unless one word is longer.

The body is text/plain in UTF-8, wrapped at 72 columns by the language layer's
line breaker (between phrases, with kinsoku in Japanese, at spaces in English);
it is sent as 7bit when it is ASCII with lines of at most 78 octets, otherwise
quoted-printable, so that no line on the wire exceeds 78 octets (RFC 5322 2.1.1).
"""

from __future__ import annotations

import re
from datetime import datetime
from email import policy
from email.header import Header
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, parseaddr
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


LINE = 78  # RFC 5322 2.1.1: a line SHOULD be at most 78 characters
_PRINTABLE_ASCII = re.compile(r"[ -~]*")


def _plain_header(name: str, text: str) -> str | None:
    """*text* folded at spaces under ``name:``, or None when it must be encoded."""
    if not _PRINTABLE_ASCII.fullmatch(text) or "=?" in text:
        return None
    lines, line = [], f"{name}:"
    for word in text.split():
        if len(line) + 1 + len(word) > LINE and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = ""
        line += " " + word
    return "\r\n".join([*lines, line])


def header(name: str, text: str) -> str:
    """The header line(s) ``name: text``, CRLF between folded lines, none after."""
    text = _one_line(text)
    plain = _plain_header(name, text)
    if plain is not None:
        return plain
    # Header writes lines of at most 76 characters (RFC 2047 2), so encoded words of at most 75,
    # splitting between characters,
    # and counts the name in the first line; the value starts on the name's line.
    return f"{name}: " + Header(text, "utf-8", maxlinelen=76, header_name=name).encode(linesep="\r\n")


def address(name: str, sender: str) -> str:
    """The ``From`` line of *sender* (``addr@domain`` or ``Display Name <addr@domain>``)."""
    display, addr = parseaddr(sender)
    display = _one_line(display)
    if not display:
        return f"{name}: {addr}"
    if _PRINTABLE_ASCII.fullmatch(display) and "=?" not in display:
        return f"{name}: {formataddr((display, addr))}"
    words = Header(display, "utf-8", maxlinelen=76, header_name=name).encode(linesep="\r\n")
    return f"{name}: {words} <{addr}>"


def _transfer_encoding(text: str) -> str:
    data = text.encode("utf-8")
    if data.isascii() and all(len(line) <= LINE for line in data.splitlines()):
        return "7bit"
    return "quoted-printable"


def notice(
    view: NoticeView,
    *,
    link: str | None = None,
    sender: str = "noreply@kokuchi.invalid",
    message_id: str | None = None,
    **_,
) -> str:
    """The revision as one mail message (RFC 5322, CRLF line ends)."""
    text = body(view, link)
    # The MIME part comes from the email package: its headers are fixed words, not text.
    part = EmailMessage(policy=policy.SMTP)
    part.set_content(text, subtype="plain", charset="utf-8", cte=_transfer_encoding(text))
    part["Content-Language"] = view.lang  # after set_content, which replaces every Content-* header
    lines = [
        "Date: " + format_datetime(datetime.fromisoformat(view.published)),
        address("From", sender),
        header("Subject", view.title),
    ]
    if message_id:
        lines.append(f"Message-ID: {message_id}")
    return "\r\n".join(lines) + "\r\n" + part.as_bytes().decode("ascii")
