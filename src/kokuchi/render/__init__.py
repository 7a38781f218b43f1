"""The renderer registry: one module per output format, the same functions in each.

A renderer module defines one function per kind of view it can show, named
after the view's ``kind`` (``notice``, ``changes``, ``log``, ``review``,
``status``, ``notices``, ``site_index``, ``feed``), each taking the view and keyword options and
returning text. Renderers lay out finished strings: every label, bullet and
bracket comes with the view, so they know no language.

Adding a format: write ``render/<format>.py`` and add one line to FORMATS
naming the module and the views it shows. The CLI's ``--format`` choices come
from here; the module is imported only when its format is used.
"""

from __future__ import annotations

from importlib import import_module
from typing import NamedTuple


class Format(NamedTuple):  # not a dataclass: defined at every command's start-up in 0.1 ms, not 0.5
    module: str
    views: frozenset[str]


FORMATS: dict[str, Format] = {
    "text": Format("kokuchi.render.text", frozenset({"notice", "changes", "log", "review", "status", "notices"})),
    "md": Format("kokuchi.render.markdown", frozenset({"notice", "changes", "log", "review"})),
    "html": Format("kokuchi.render.html", frozenset({"notice", "changes", "review", "site_index", "site_row"})),
    "json": Format("kokuchi.render.json", frozenset({"notice", "changes", "log", "status", "notices"})),
    "atom": Format("kokuchi.render.atom", frozenset({"feed"})),
    "eml": Format("kokuchi.render.eml", frozenset({"notice"})),
    "csaf": Format("kokuchi.render.csaf", frozenset({"csaf"})),
    # The 新旧対照表 of two revisions: a printable HTML page, or a Markdown table.
    "table": Format("kokuchi.render.html", frozenset({"comparison"})),
    "table-md": Format("kokuchi.render.markdown", frozenset({"comparison"})),
}


def formats_for(kind: str) -> list[str]:
    """The formats that can show a view of *kind*, in registry order."""
    return [name for name, fmt in FORMATS.items() if kind in fmt.views]


def render(view, fmt: str, **options) -> str:
    """*view* in format *fmt*; *options* (width, color, …) go to renderers that use them."""
    spec = FORMATS.get(fmt)
    if spec is None or view.kind not in spec.views:
        raise ValueError(f"format {fmt!r} cannot show a {view.kind} view (use {', '.join(formats_for(view.kind))})")
    return getattr(import_module(spec.module), view.kind)(view, **options)
