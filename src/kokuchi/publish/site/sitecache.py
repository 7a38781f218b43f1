"""What the site remembers between builds: digests of its inputs, each notice's files, the catalog look-ups.

``.kokuchi-site.json`` holds a digest of the environment (kokuchi, the
catalogs, the settings) and, per notice, a digest of its revision files (with
their sizes and mtimes, which spare re-reading them), the files kokuchi wrote
for it, and a small summary. A cache that is not exactly the expected shape
is ignored: everything is rebuilt.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

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


def tool_digest() -> str:
    digest = hashlib.sha256(__version__.encode())
    templates = resources.files("kokuchi").joinpath("render/templates")
    for item in sorted(templates.iterdir(), key=lambda t: t.name):
        digest.update(item.read_bytes())
    digest.update(resources.files("kokuchi").joinpath("locales/ja/LC_MESSAGES/kokuchi.po").read_bytes())
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
        cached = json.loads(cache_path.read_text("utf-8"))
        if cached.get("digest") == digest:
            return {(ctx, msgid): _Entry(msgstr, tuple(flags)) for ctx, msgid, msgstr, flags in cached["entries"]}
    except (OSError, ValueError, KeyError, TypeError):
        pass
    entries = read_entries(store, lang)
    rows = [[ctx, msgid, e.msgstr, list(e.flags)] for (ctx, msgid), e in entries.items()]
    atomic_write(
        cache_path, json.dumps({"digest": digest, "entries": rows}, ensure_ascii=False).encode("utf-8"), durable=False
    )
    return entries


def unchanged_digest(folder: str, known: dict | None) -> str | None:
    """The known digest of a notice's files when neither the folder nor a file changed since (by stat)."""
    if not known or "stat" not in known:
        return None
    try:
        if os.stat(folder).st_mtime_ns != known["stat"][0]:
            return None
        for name, size, mtime in known["stat"][1]:
            st = os.stat(os.path.join(folder, name))
            if st.st_size != size or st.st_mtime_ns != mtime:
                return None
    except OSError:
        return None
    return known["digest"]


def stat_files(folder: Path, files: list[Path]) -> list:
    return [os.stat(folder).st_mtime_ns, [[p.name, p.stat().st_size, p.stat().st_mtime_ns] for p in files]]


def read_cache(path: Path) -> dict:
    """The site cache, or an empty one when it is missing or not exactly the expected shape.

    Every notice id and file name in it is checked as strictly as one read
    from notices/: a damaged or planted cache means a full rebuild, never a
    deletion outside what kokuchi wrote.
    """
    try:
        data = json.loads(read_bytes(path, limit=MAX_CATALOG_BYTES).decode("utf-8"))
    except (OSError, ValueError, KokuchiError):
        return {}
    if not (
        isinstance(data, dict) and isinstance(data.get("environment"), str) and isinstance(data.get("notices"), dict)
    ):
        return {}
    for notice_id, entry in data["notices"].items():
        if not (
            NOTICE_ID.fullmatch(notice_id)
            and isinstance(entry, dict)
            and isinstance(entry.get("digest"), str)
            and isinstance(entry.get("summary"), dict)
            and isinstance(entry.get("files"), list)
            and all(is_notice_file(notice_id, f) for f in entry["files"])
        ):
            return {}
    shared = data.get("shared", [])
    if not (isinstance(shared, list) and all(is_shared_page(name) for name in shared)):
        return {}
    return data


def write_cache(path: Path, environment: str, notices: dict, shared: set[str]) -> None:
    atomic_write(
        path,
        (
            json.dumps(
                {"environment": environment, "notices": notices, "shared": sorted(shared)},
                ensure_ascii=False,
                sort_keys=True,
            )
            + "\n"
        ).encode("utf-8"),
    )
