"""Views → Atom 1.0 feeds (RFC 4287), built with xml.etree: every text escaped by the library.

A feed carries a ``self`` link only when it knows its absolute URL (the site's base
URL): a relative one is resolved against wherever the reader found the feed, which
is not where it is served, and the W3C feed validator warns about it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

if TYPE_CHECKING:  # the views are only named in annotations: a renderer loads none of their builders
    from kokuchi.views.listing import FeedView


ATOM = "http://www.w3.org/2005/Atom"
XML_NS = "http://www.w3.org/XML/1998/namespace"
ET.register_namespace("", ATOM)


def _el(parent: ET.Element, tag: str, text: str | None = None, **attrs: str | None) -> ET.Element:
    values = {k.replace("_", ""): v for k, v in attrs.items() if v is not None}
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", values)
    if text is not None:
        element.text = text
    return element


def _absolute(href: str) -> bool:
    parts = urlsplit(href)
    return bool(parts.scheme and parts.netloc)


def feed(view: FeedView, **_) -> str:
    root = ET.Element(f"{{{ATOM}}}feed", {f"{{{XML_NS}}}lang": view.lang})
    if view.base:
        root.set(f"{{{XML_NS}}}base", view.base)
    _el(root, "id", view.id)
    _el(root, "title", view.title)
    _el(root, "updated", view.updated)
    author = _el(root, "author")
    _el(author, "name", view.author)
    if _absolute(view.self_href):  # a self link names where the feed is served: never a guess (RFC 4287 4.2.7.2)
        _el(root, "link", rel="self", type="application/atom+xml", href=view.self_href)
    _el(root, "link", rel="alternate", type="text/html", hreflang=view.lang, href=view.page.href)
    for alt in view.alternates:
        _el(root, "link", rel="alternate", type="application/atom+xml", hreflang=alt.lang, href=alt.href)
    _el(root, "generator", "kokuchi")
    for item in view.entries:
        entry = _el(root, "entry")
        _el(entry, "id", item.id)
        _el(entry, "title", item.title)
        _el(entry, "updated", item.updated)
        _el(entry, "published", item.updated)
        _el(entry, "link", rel="alternate", type="text/html", hreflang=view.lang, href=item.href)
        for alt in item.alternates:
            _el(entry, "link", rel="alternate", type="text/html", hreflang=alt.lang, href=alt.href)
        for term in item.categories:
            _el(entry, "category", term=term)
        _el(entry, "summary", item.summary, type="text")
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
