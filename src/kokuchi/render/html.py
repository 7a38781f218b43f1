"""Views → standalone HTML pages, through jinja2 templates with autoescape."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import Environment, FileSystemBytecodeCache, PackageLoader, select_autoescape
from markupsafe import Markup

from kokuchi.notice import markup
from kokuchi.views.common import Untranslated

if TYPE_CHECKING:  # the views are only named in annotations: a renderer loads none of their builders
    from kokuchi.views.comparison import ComparisonView
    from kokuchi.views.history import ChangesView
    from kokuchi.views.listing import SiteIndexView, SiteRowView
    from kokuchi.views.notice import NoticeView
    from kokuchi.views.translation import ReviewView


def _inline(text: str) -> Markup:
    # markup.inline_html escapes every character of notice text itself.
    return Markup(markup.inline_html(text))


# Noncharacters, never in interchange text: they mark where each op starts and
# ends while the whole text is rendered as Markdown at once, so that **bold**
# or a link that spans a change still renders.
_OPEN = {-1: "\ufdd0", 1: "\ufdd2", 2: "\ufdd4"}
_CLOSE = {-1: "\ufdd1", 1: "\ufdd3", 2: "\ufdd5"}
_TAGS = {
    "\ufdd0": "<del>",
    "\ufdd1": "</del>",
    "\ufdd2": "<ins>",
    "\ufdd3": "</ins>",
    "\ufdd4": '<span class="elided">',
    "\ufdd5": "</span>",
}


def _diff_html(ops) -> Markup:
    """Text diff ops as HTML: the notice's inline Markdown rendered, deletions and insertions marked."""
    parts = []
    for op, text in ops:
        text = "".join(ch for ch in text if ch not in _TAGS)
        parts.append(f"{_OPEN[op]}{text}{_CLOSE[op]}" if op in _OPEN else text)
    html = markup.inline_html("".join(parts))
    return Markup("".join(_TAGS.get(ch, ch) for ch in html))


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("kokuchi", "render/templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["inline"] = _inline
    env.filters["diff_html"] = _diff_html
    env.tests["untranslated"] = lambda value: isinstance(value, Untranslated)
    return env


class _CompiledTemplates(FileSystemBytecodeCache):
    """jinja2's cache of compiled templates, its files written by *write* (jinja2's own
    writer makes every file 0600, whatever the umask)."""

    def __init__(self, folder: str, write: Callable[[Path, bytes], None]):
        super().__init__(folder)
        self.write = write

    def dump_bytecode(self, bucket) -> None:
        data = BytesIO()
        bucket.write_bytecode(data)
        self.write(Path(self._get_cache_filename(bucket)), data.getvalue())


def cache_compiled_templates(folder: str, write: Callable[[Path, bytes], None]) -> None:
    """Keep the compiled templates in *folder* (a site's own), sparing a build their compilation;
    *write* writes each file the way the caller writes its others."""
    Path(folder).mkdir(parents=True, exist_ok=True)
    environment().bytecode_cache = _CompiledTemplates(folder, write)


def _page(template: str, **context) -> str:
    return environment().get_template(template).render(**context)


def notice(view: NoticeView, **_) -> str:
    """A standalone page; the view's ``page`` adds a site's navigation, banner and history."""
    return _page("notice.html.j2", doc=view)


def changes(view: ChangesView, **_) -> str:
    return _page("diff.html.j2", doc=view)


def comparison(view: ComparisonView, **_) -> str:
    """The 新旧対照表 as a printable page (A4 landscape, a part never split across pages where it fits)."""
    return _page("comparison.html.j2", doc=view)


def review(view: ReviewView, **_) -> str:
    return _page("review.html.j2", doc=view)


def bilingual(views: list[NoticeView], *, nav_label: str, bilingual_label: str, alternates) -> str:
    """Every language of one revision side by side, paragraph by paragraph, under the pages' own header
    (this page, then each language) and with their status badges."""
    return _page(
        "bilingual.html.j2", docs=views, nav_label=nav_label, bilingual_label=bilingual_label, alternates=alternates
    )


def site_index(view: SiteIndexView, **_) -> str:
    """A site's list of notices: the home page or one product's page."""
    return _page("index.html.j2", doc=view)


def site_row(view: SiteRowView, **_) -> str:
    """One notice in a site's lists: an ``<li>`` for site_index."""
    return _page("row.html.j2", doc=view)
