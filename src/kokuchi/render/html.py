"""Document → a standalone HTML page, through jinja2 templates with autoescape."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from .. import markup
from ..present import Document


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
    return env


def render(doc: Document, page=None) -> str:
    """A standalone page; *page* adds a release's navigation, banner and history."""
    return environment().get_template("notice.html.j2").render(doc=doc, page=page)


def render_bilingual(docs: list[Document], page) -> str:
    return environment().get_template("bilingual.html.j2").render(docs=docs, page=page)


def render_index(rows: list[dict], page) -> str:
    return environment().get_template("index.html.j2").render(rows=rows, page=page)


def render_diff(doc) -> str:
    return environment().get_template("diff.html.j2").render(doc=doc)


def render_review(title: str, lang: str, rows: list[dict]) -> str:
    return environment().get_template("review.html.j2").render(title=title, lang=lang, rows=rows)
