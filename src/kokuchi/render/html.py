"""Views → standalone HTML pages, through jinja2 templates with autoescape."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .. import markup
from ..views import ChangesView, NoticeView, ReviewView, SiteIndexView, SiteRowView, Untranslated


def _inline(text: str) -> Markup:
    # markup.inline_html escapes every character of notice text itself.
    return Markup(markup.inline_html(text))


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
    env.tests["untranslated"] = lambda value: isinstance(value, Untranslated)
    return env


def _page(template: str, **context) -> str:
    return environment().get_template(template).render(**context)


def notice(view: NoticeView, **_) -> str:
    """A standalone page; the view's ``page`` adds a site's navigation, banner and history."""
    return _page("notice.html.j2", doc=view)


def changes(view: ChangesView, **_) -> str:
    return _page("diff.html.j2", doc=view)


def review(view: ReviewView, **_) -> str:
    return _page("review.html.j2", doc=view)


def bilingual(views: list[NoticeView], *, nav_label: str, alternates) -> str:
    """Every language of one revision side by side, paragraph by paragraph."""
    return _page("bilingual.html.j2", docs=views, nav_label=nav_label, alternates=alternates)


def site_index(view: SiteIndexView, **_) -> str:
    """A site's list of notices: the home page or one product's page."""
    return _page("index.html.j2", doc=view)


def site_row(view: SiteRowView, **_) -> str:
    """One notice in a site's lists: an ``<li>`` for site_index."""
    return _page("row.html.j2", doc=view)
