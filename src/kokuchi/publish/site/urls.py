"""Where every page of the site lives: one function per kind of page, paths from the site's root.

The pages link to each other through these functions, and the site cache
checks the file names it reads back with patterns made from the same
functions (``is_shared_page``, ``is_notice_file``): a name the site cannot
have written is never trusted, and never deleted on the cache's word.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import uuid

from kokuchi.project.layout import revision_stem

INDEX = "index.html"  # the source language's home page, under the name a server serves first
STATUS = "status.json"


def home(lang: str) -> str:
    return f"index.{lang}.html"


def feed(lang: str) -> str:
    return f"feed.{lang}.xml"


def product_page(slug: str, lang: str) -> str:
    return f"product-{slug}.{lang}.html"


def product_feed(slug: str, lang: str) -> str:
    return f"feed-{slug}.{lang}.xml"


def month_page(month: str, lang: str) -> str:
    """*month*: ``yyyy-mm``."""
    return f"archive-{month}.{lang}.html"


def notice_page(notice_id: str, lang: str) -> str:
    return f"{notice_id}/index.{lang}.html"


def revision_page(notice_id: str, number: int, lang: str) -> str:
    return f"{notice_id}/{revision_stem(number)}/index.{lang}.html"


def diff_page(notice_id: str, number: int, lang: str) -> str:
    """What changed in revision *number* since the one before."""
    return f"{notice_id}/{revision_stem(number)}/diff.{lang}.html"


def record_file(notice_id: str) -> str:
    """What the shared pages show of a notice, kept in its folder."""
    return f"{notice_id}/.kokuchi-notice.json"


def csaf_file(year: str, filename: str) -> str:
    return f"csaf/{year}/{filename}"


def page_name(path: str, lang: str) -> str:
    """A page's name without its language: ``product-x.en.html`` -> ``product-x`` (its language links)."""
    return path.removesuffix(f".{lang}.html")


def relative(path: str, page: str) -> str:
    """*path* as linked from *page* (both from the site's root), the shortest way."""
    return posixpath.relpath(path, posixpath.dirname(page) or ".")


def from_root(path: str, page: str) -> str:
    """*path* as linked from *page* by way of the site's root."""
    return "../" * page.count("/") + path


_PLAIN_NAME = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")
SLUG_WORDS = 60  # characters of a product's words in its pages' names (a file name has 255 bytes)


def product_slug(name: str) -> str:
    """The name of a product's pages: its ASCII words, plus a digest of the
    exact name unless the name is plain words (ASCII letters and digits, one
    space apart) of at most SLUG_WORDS characters.

    So two names that differ in anything but letter case (``Aozora ID``,
    ``Aozora-ID``, ``Aozora ID.``, ``青空 ID``) get pages of their own, and a
    long name never makes a file name too long. Names that differ only in case
    (``Aozora ID``, ``AOZORA ID``) are one product, as a reader would take them.
    """
    ascii_words = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if ascii_words and _PLAIN_NAME.fullmatch(name) and len(ascii_words) <= SLUG_WORDS:
        return ascii_words
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    ascii_words = ascii_words[:SLUG_WORDS].rstrip("-")
    return f"{ascii_words}-{digest}" if ascii_words else digest


def entry_id(notice_id: str, number: int, lang: str) -> str:
    """A feed entry's id: the same for a revision in a language whatever the site's URL."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"kokuchi:notice/{notice_id}/{revision_stem(number)}/{lang}").urn


# What each field of a page name may be, for the patterns below.
_SLUG = "[a-z0-9-]+"
_LANG = "[a-z]{2,3}"
_MONTH = r"\d{4}-\d{2}"


def _pattern(function, *fields: str) -> str:
    """The regular expression of every name *function* makes, *fields* the patterns of its arguments."""
    marks = [f"@{i}@" for i in range(len(fields))]
    pattern = re.escape(function(*marks))
    for mark, field in zip(marks, fields):
        pattern = pattern.replace(re.escape(mark), f"(?:{field})")
    return pattern


_SHARED_PAGE = re.compile(
    "|".join(
        [
            re.escape(INDEX),
            re.escape(STATUS),
            _pattern(home, _LANG),
            _pattern(feed, _LANG),
            _pattern(product_page, _SLUG, _LANG),
            _pattern(product_feed, _SLUG, _LANG),
            _pattern(month_page, _MONTH, _LANG),
        ]
    )
)
_CSAF_FILE = re.compile(_pattern(csaf_file, "[0-9]{4}", r"[a-z0-9][a-z0-9._-]*\.json"))


def is_shared_page(name: object) -> bool:
    """A name the shared pages (home, feeds, product and month pages, status.json) can have."""
    return isinstance(name, str) and _SHARED_PAGE.fullmatch(name) is not None


def is_notice_file(notice_id: str, path: object) -> bool:
    """A file name that kokuchi can have written for *notice_id*: in its folder, or a CSAF document."""
    if not isinstance(path, str) or "\\" in path or "\x00" in path:
        return False
    if _CSAF_FILE.fullmatch(path) and ".." not in path:
        return True
    parts = path.split("/")
    return parts[0] == notice_id and len(parts) > 1 and all(part not in ("", ".", "..") for part in parts)
