"""Document → Markdown (standard library only)."""

from __future__ import annotations

import html

from ..present import Document


def _escape_line(text: str) -> str:
    # Text that came from plain fields (titles, scopes) must not turn into markup.
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


def _marked(doc: Document, item: str) -> str:
    return f"{_escape_line(doc.labels['untranslated'])} {item}" if item in doc.untranslated else item


def render(doc: Document) -> str:
    out: list[str] = [f"# {_escape_line(doc.title)}", ""]
    out += [f"{doc.labels['revision']} · {doc.labels['published']}: {doc.published_text}", ""]
    if doc.products:
        out += [f"## {doc.labels['products']}", ""]
        out += [f"- {_escape_line(p)}" for p in doc.products] + [""]
    if doc.periods:
        out += [f"## {doc.labels['periods']}", ""]
        out += [f"- {_escape_line(p.line)}" for p in doc.periods] + [""]
    for section in doc.sections:
        heading = _escape_line(section.heading)
        if section.state_label:
            heading += f" 〔{section.state_label}〕"
        out += [f"## {heading}", ""]
        for block in section.blocks:
            items = [_marked(doc, item) for item in block.items]
            out += [f"- {item}" for item in items] if block.kind == "list" else items
            out.append("")
    if doc.updates:
        out += [f"## {doc.labels['updates']}", ""]
        out += [f"- **{u.at_text}** {u.label}: {_marked(doc, u.body)}" for u in doc.updates] + [""]
    return "\n".join(out).rstrip("\n") + "\n"


_OP_TAGS = {-1: ("<del>", "</del>"), 1: ("<ins>", "</ins>"), 0: ("", ""), 2: ("", "")}


def _ops(ops) -> str:
    """Ops as Markdown with inline <del>/<ins>; notice text is escaped for both."""
    out = []
    for op, text in ops:
        before, after = _OP_TAGS[op]
        escaped = _escape_line(html.escape(text, quote=False)).replace("\n", "<br>\n")
        out.append(f"{before}{escaped}{after}")
    return "".join(out)


def render_diff(doc) -> str:
    out = [f"# {_escape_line(doc.title)}", "", f"{doc.notice_id} · {doc.heading}", "", f"## {doc.labels['events']}", ""]
    out += [f"- {_escape_line(summary)}" for summary in doc.summaries] or [doc.labels["none"]]
    out.append("")
    if doc.changes:
        out += [f"## {doc.labels['texts']}", ""]
        for change in doc.changes:
            out += [f"### {_escape_line(change.label)}", "", _ops(change.ops), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def render_log(doc) -> str:
    out = [f"# {_escape_line(doc.title)}", "", f"## {doc.heading}", ""]
    for entry in doc.entries:
        out += [f"### {doc.labels['revision']} {entry.revision} · {entry.published_text} · {entry.status_label}", ""]
        out += [f"- {_escape_line(summary)}" for summary in entry.summaries] + [""]
    return "\n".join(out).rstrip("\n") + "\n"


def render_review(title: str, rows: list[dict]) -> str:
    out = [f"# {_escape_line(title)}", ""]
    for row in rows:
        out += [f"## {_escape_line(row['location'])} · {row['role']} · {row['state']}", "", f"*{_escape_line(row['where'])}*", ""]
        out += [f"- source: {_ops(row['ops'])}", f"- translation: {_escape_line(row['translation']) or '—'}"]
        out += [f"- {_escape_line(note)}" for note in row["notes"]]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
