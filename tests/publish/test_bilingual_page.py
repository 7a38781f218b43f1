"""The bilingual page looks like the other pages of a release: the same header and the status badges."""

from __future__ import annotations

from html.parser import HTMLParser

from conftest import run

NOTICE = "aozora-sentinel-alerts"


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str | None]] = []
        self.badges: list[str] = []
        self.articles: list[str] = []
        self._in_site_header = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "header" and attributes.get("class") == "site":
            self._in_site_header = True
        if tag == "a" and self._in_site_header:
            self.links.append((attributes["href"], attributes.get("aria-current")))
        if tag == "span" and "badge status" in (attributes.get("class") or ""):
            self.badges.append(attributes["class"])
        if tag == "article":
            self.articles.append(attributes.get("class") or "")

    def handle_endtag(self, tag):
        if tag == "header":
            self._in_site_header = False


def _read(path) -> _Collect:
    collected = _Collect()
    collected.feed(path.read_text("utf-8"))
    return collected


def test_the_bilingual_page_has_the_pages_header_and_their_status_styling(root):
    assert run(root, "release", NOTICE, "--out", str(root / "dist")).exit_code == 0
    folder = root / "dist" / NOTICE / "003"
    page, bilingual = _read(folder / "index.ja.html"), _read(folder / "bilingual.html")
    # The same header: the bilingual page and each language, the current page marked.
    assert {href for href, _ in bilingual.links} == {href for href, _ in page.links}
    assert ("bilingual.html", "page") in bilingual.links
    # The same state styling: the article's status class and a status badge in each language.
    assert "status-resolved" in bilingual.articles[0] and "status-resolved" in page.articles[0]
    assert bilingual.badges == ["badge status status-resolved"] * 2
