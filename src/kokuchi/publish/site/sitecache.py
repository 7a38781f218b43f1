"""What the site remembers between builds: digests of its inputs, each notice's files, the catalog look-ups.

``.kokuchi-site.json`` holds a digest of the environment (kokuchi, the
catalogs, the settings) and, per notice, a digest of its revision files (with
their sizes and mtimes, which spare re-reading them), the files kokuchi wrote
for it, and a small summary. A cache that is not exactly the expected shape
is ignored: everything is rebuilt. The records are typed (the dataclasses
below) and every value read back is checked against its type (``decode``):
nothing read from the output folder is trusted, and none of it is markup.

The environment's digest covers kokuchi itself: every file of the installed
package (its code, templates, schemas, labels and data), so that a changed
kokuchi rebuilds every page.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from kokuchi import __version__
from kokuchi.catalog.entries import catalog_entries as read_entries
from kokuchi.core.errors import KokuchiError
from kokuchi.project.files import MAX_CATALOG_BYTES, atomic_write, read_bytes
from kokuchi.project.layout import NOTICE_ID, Store
from kokuchi.publish.site.urls import is_notice_file, is_shared_page

CACHE = ".kokuchi-site.json"
TEMPLATE_CACHE = ".kokuchi-templates"  # jinja2's compiled templates
CATALOG_CACHE = ".kokuchi-catalog.{lang}.json"


def digest_files(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        # Bounded, and never a link or a FIFO: refused here as load would refuse it.
        digest.update(path.name.encode("utf-8") + b"\x00" + read_bytes(path, limit=MAX_CATALOG_BYTES) + b"\x00")
    return digest.hexdigest()


def tool_digest(package: Path | None = None) -> str:
    """A digest of kokuchi itself: its version and every file of the package (code and package data)."""
    import kokuchi

    package = package or Path(kokuchi.__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode() + b"\x00")
    for path in sorted(package.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        name = path.relative_to(package).as_posix().encode("utf-8")
        digest.update(name + b"\x00" + str(path.stat().st_size).encode() + b"\x00" + path.read_bytes())
    return digest.hexdigest()


def revision_files(store: Store, notice_id: str) -> list[Path]:
    folder = store.notice_dir(notice_id)
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))


@dataclass(frozen=True)
class _Entry:
    """A catalog entry as translate() reads it, from the look-up cache."""

    msgstr: str
    flags: tuple[str, ...] = ()
    obsolete: bool = False
    tcomment: str = ""  # the translator comment: where a gate override is stated (publish/gate.py)


def cached_catalog_entries(store: Store, out: Path, lang: str) -> dict:
    """*lang*'s catalog look-up, read from a cache keyed by the catalog's digest when it is unchanged."""
    path = store.catalog_path(lang)
    if not path.is_file():
        return {}
    store.check_inside(path)
    raw = read_bytes(path, limit=MAX_CATALOG_BYTES, name=store.rel(path))
    digest = hashlib.sha256(__version__.encode() + b"\x00" + raw).hexdigest()  # what kokuchi reads from these bytes
    cache_path = out / CATALOG_CACHE.format(lang=lang)
    try:
        cached = json.loads(read_bytes(cache_path, limit=MAX_CATALOG_BYTES).decode("utf-8"))
        if cached.get("digest") == digest:
            entries = {
                (ctx, msgid): _Entry(msgstr, tuple(flags), tcomment=tcomment)
                for ctx, msgid, msgstr, flags, tcomment in cached["entries"]
            }
            if _checked(entries):
                return entries
    except (OSError, ValueError, KeyError, TypeError, KokuchiError):
        pass
    entries = read_entries(store, lang)
    rows = [[ctx, msgid, e.msgstr, list(e.flags), e.tcomment or ""] for (ctx, msgid), e in entries.items()]
    atomic_write(
        cache_path, json.dumps({"digest": digest, "entries": rows}, ensure_ascii=False).encode("utf-8"), durable=False
    )
    return entries


def _checked(entries: dict) -> bool:
    """Whether cached look-ups are data a catalog could have given, and pass the
    checks every translation passes where it is read (entries.translation_problems):
    the cache lives in the output folder, which is not trusted (a restored CI
    cache), so a matching digest alone never lets a translation skip them."""
    from kokuchi.catalog.entries import MARKDOWN_ROLES
    from kokuchi.core.controls import text_problem
    from kokuchi.notice import markup

    for (ctx, msgid), entry in entries.items():
        texts = (ctx, msgid, entry.msgstr, entry.tcomment, *entry.flags)
        if not all(isinstance(text, str) for text in texts if text is not None) or not isinstance(entry.msgstr, str):
            return False
        if not entry.msgstr:
            continue
        role = ctx in MARKDOWN_ROLES
        if text_problem(entry.msgstr, multiline=role):
            return False
        if role and (markup.markup_problems(entry.msgstr) or not markup.single_paragraph(entry.msgstr)):
            return False
    return True


class BadRecord(ValueError):
    """A cached record that is not exactly what kokuchi writes."""


T = TypeVar("T")


def decode(cls: type[T], value: object) -> T:
    """*value* (read from JSON) as an instance of the dataclass *cls*, every field checked against its
    type; BadRecord when anything is missing, unknown or of another type."""
    result = _decode(cls, value)
    return typing.cast(T, result)


def _decode(kind: Any, value: object) -> object:
    origin = typing.get_origin(kind)
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            raise BadRecord(f"{kind.__name__}: not an object")
        hints = typing.get_type_hints(kind)
        fields = {f.name: f for f in dataclasses.fields(kind)}
        if set(value) - set(fields):
            raise BadRecord(f"{kind.__name__}: unknown keys {sorted(set(value) - set(fields))}")
        given = {}
        for name, spec in fields.items():
            if name in value:
                given[name] = _decode(hints[name], value[name])
            elif spec.default is dataclasses.MISSING and spec.default_factory is dataclasses.MISSING:
                raise BadRecord(f"{kind.__name__}: no {name}")
        return kind(**given)
    if origin in (types.UnionType, typing.Union):
        for option in typing.get_args(kind):
            try:
                return _decode(option, value)
            except BadRecord:
                continue
        raise BadRecord(f"not {kind}")
    if kind is type(None):
        if value is not None:
            raise BadRecord("not null")
        return None
    if origin is tuple:
        args = typing.get_args(kind)
        if not isinstance(value, list):
            raise BadRecord("not a list")
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], item) for item in value)
        if len(args) != len(value):
            raise BadRecord("not a list of that length")
        return tuple(_decode(arg, item) for arg, item in zip(args, value))
    if origin is dict:
        key_type, value_type = typing.get_args(kind)
        if not isinstance(value, dict):
            raise BadRecord("not an object")
        return {_decode(key_type, k): _decode(value_type, v) for k, v in value.items()}
    if kind is bool:
        if not isinstance(value, bool):
            raise BadRecord("not a boolean")
        return value
    if kind is int:
        if not isinstance(value, int) or isinstance(value, bool):
            raise BadRecord("not an integer")
        return value
    if kind is str:
        if not isinstance(value, str):
            raise BadRecord("not a string")
        return value
    raise TypeError(f"no decoder for {kind}")  # pragma: no cover - a record type kokuchi does not use


def encode(record: object) -> dict[str, Any]:
    """A record as JSON (tuples as lists)."""
    return dataclasses.asdict(typing.cast(Any, record))


# -- The site cache: one entry per notice, the shared pages ---------------------------------


@dataclass(frozen=True)
class Lag:
    """A language whose edition follows an older revision than the source's latest."""

    lang: str
    edition: int | None  # the latest revision complete in *lang* (None: none is)
    latest: int
    since: str  # ISO 8601: when the first revision not complete in *lang* was published


@dataclass(frozen=True)
class CsafRecord:
    path: str  # under csaf/
    current_release_date: str


@dataclass(frozen=True)
class Summary:
    """What the shared pages need of a notice without reading its record."""

    updated: str
    current: bool
    slugs: tuple[str, ...]  # the products it appears under
    names: dict[str, dict[str, str]]  # per language: product slug -> name
    lags: tuple[Lag, ...] = ()
    csaf: tuple[CsafRecord, ...] = ()
    notes: tuple[str, ...] = ()  # a line for each edition left out: a translation withheld, a CSAF document


@dataclass(frozen=True)
class Stat:
    """The folder's mtime and each revision file's name, size and mtime when the digest was taken."""

    folder: int
    files: tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class NoticeEntry:
    digest: str  # of the notice's revision files
    files: tuple[str, ...]  # every file kokuchi wrote for it, from the site's root
    summary: Summary
    record: str  # the digest of its record file: a record that is not byte for byte what kokuchi wrote is rebuilt
    stat: Stat | None = None


@dataclass(frozen=True)
class SiteCache:
    environment: str
    notices: dict[str, NoticeEntry]
    shared: tuple[str, ...] = ()  # the shared pages the site has


EMPTY = SiteCache("", {}, ())


def unchanged_digest(folder: str, known: NoticeEntry | None) -> str | None:
    """The known digest of a notice's files when neither the folder nor a file changed since (by stat)."""
    if known is None or known.stat is None:
        return None
    try:
        if os.stat(folder).st_mtime_ns != known.stat.folder:
            return None
        for name, size, mtime in known.stat.files:
            st = os.stat(os.path.join(folder, name))
            if st.st_size != size or st.st_mtime_ns != mtime:
                return None
    except OSError:
        return None
    return known.digest


def stat_files(folder: Path, files: list[Path]) -> Stat:
    return Stat(os.stat(folder).st_mtime_ns, tuple((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in files))


def read_cache(path: Path) -> SiteCache:
    """The site cache, or an empty one when it is missing or not exactly the expected shape.

    Every notice id and file name in it is checked as strictly as one read
    from notices/: a damaged or planted cache means a full rebuild, never a
    deletion outside what kokuchi wrote.
    """
    try:
        cache = decode(SiteCache, json.loads(read_bytes(path, limit=MAX_CATALOG_BYTES).decode("utf-8")))
    except (OSError, ValueError, KokuchiError):  # BadRecord is a ValueError
        return EMPTY
    for notice_id, entry in cache.notices.items():
        if not (NOTICE_ID.fullmatch(notice_id) and all(is_notice_file(notice_id, f) for f in entry.files)):
            return EMPTY
    if not all(is_shared_page(name) for name in cache.shared):
        return EMPTY
    return cache


def write_cache(path: Path, cache: SiteCache) -> None:
    text = json.dumps(encode(cache), ensure_ascii=False, sort_keys=True) + "\n"
    atomic_write(path, text.encode("utf-8"))


# -- A notice's record: what the shared pages show of it, kept in its folder -----------------


@dataclass(frozen=True)
class LinkRecord:
    href: str
    name: str
    lang: str | None = None


@dataclass(frozen=True)
class RowRecord:
    """A notice's row in the lists, in one language (see views.listing.site_row_record)."""

    notice_id: str
    href: str
    title: str
    untranslated: bool
    status: str
    status_label: str
    type: str
    type_label: str
    report_label: str
    updated: str
    updated_text: str
    products: tuple[tuple[str, str], ...]  # (name, href)
    lag: LinkRecord | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class EntryRecord:
    """A revision as a feed entry (see views.listing.feed_entry_record)."""

    notice: str
    id: str
    title: str
    href: str
    updated: str
    summary: str
    categories: tuple[str, ...]
    alternates: tuple[tuple[str, str], ...]  # (lang, href)


@dataclass(frozen=True)
class LanguageRecord:
    row: RowRecord
    entries: tuple[EntryRecord, ...]
    products: dict[str, str]  # slug -> name
    edition: int | None


@dataclass(frozen=True)
class NoticeRecord:
    id: str
    type: str
    status: str
    current: bool
    revision: int
    updated: str
    products: tuple[str, ...]
    lags: tuple[Lag, ...]
    langs: dict[str, LanguageRecord]
    next_update: str | None = None  # ISO 8601 or "when-news": the next report promised (next-update)


def record_bytes(record: NoticeRecord) -> bytes:
    return json.dumps(encode(record), ensure_ascii=False).encode("utf-8")


def record_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_record(path: Path, notice_id: str, langs: list[str], digest: str) -> NoticeRecord:
    """A notice's record, checked: BadRecord when it is not what kokuchi wrote for *notice_id* (its
    *digest*, from the site cache) or not exactly the shape kokuchi writes."""
    try:
        data = read_bytes(path, limit=MAX_CATALOG_BYTES)
        if record_digest(data) != digest:
            raise BadRecord(f"{path.name}: changed since kokuchi wrote it")
        record = decode(NoticeRecord, json.loads(data.decode("utf-8")))
    except (OSError, KokuchiError, ValueError) as error:  # BadRecord is a ValueError
        raise BadRecord(str(error)) from None
    if record.id != notice_id or list(record.langs) != langs:
        raise BadRecord(f"not the record of {notice_id} in {langs}")
    return record
