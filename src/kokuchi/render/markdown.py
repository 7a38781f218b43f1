"""Document → Markdown (standard library only)."""

from __future__ import annotations

from ..present import Document


def _escape_line(text: str) -> str:
    # Text that came from plain fields (titles, scopes) must not turn into markup.
    return "".join("\\" + ch if ch in "\\`*_[]<>#|" else ch for ch in text)


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
            if block.kind == "list":
                out += [f"- {item}" for item in block.items]
            else:
                out += list(block.items)
            out.append("")
    if doc.updates:
        out += [f"## {doc.labels['updates']}", ""]
        out += [f"- **{u.at_text}** {u.label}: {u.body}" for u in doc.updates] + [""]
    return "\n".join(out).rstrip("\n") + "\n"
