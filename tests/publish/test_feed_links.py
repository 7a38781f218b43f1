"""The site's Atom feeds name themselves only by an absolute URL (RFC 4287 4.2.7.2)."""

from __future__ import annotations

import feedparser
from conftest import run


def _feeds(root, *args):
    result = run(root, "site", "--out", str(root / "site"), *args)
    assert result.exit_code == 0, result.stderr
    feeds = sorted((root / "site").rglob("*.xml"))
    assert len(feeds) >= 4  # the site's feeds in both languages, and each product's
    return {path: feedparser.parse(path.read_bytes()) for path in feeds}


def test_without_a_base_url_no_feed_has_a_self_link(root):
    for path, parsed in _feeds(root).items():
        assert not parsed.bozo, (path, parsed.bozo_exception)
        rels = [link.rel for link in parsed.feed.links]
        assert "self" not in rels, path
        assert "alternate" in rels, path


def test_with_a_base_url_every_feed_links_itself_absolutely(root):
    base = "https://notices.example.test/status/"
    for path, parsed in _feeds(root, "--base-url", base).items():
        assert not parsed.bozo, (path, parsed.bozo_exception)
        selves = [link.href for link in parsed.feed.links if link.rel == "self"]
        assert selves == [base + path.relative_to(root / "site").as_posix()], path
