"""A static site of every notice, rebuilt incrementally.

Layout under the output folder::

    index.html                       every notice: status, latest revision, published, titles in each language
    <id>/index.<lang>.html           the latest revision
    <id>/<NNN>/index.<lang>.html     every revision
    <id>/<NNN>/diff.<lang>.html      what changed since the revision before
    csaf/<year>/<id>.json            an advisory's latest revision as CSAF 2.0 (and <id>-en.json, the
                                     translation, when the release gate passes it); index.txt,
                                     changes.csv and provider-metadata.json: a CSAF directory
                                     distribution (docs/security.md); needs kokuchi.yaml

``.kokuchi-site.json`` remembers a digest of each notice's revision files (and
of the catalogs, templates and kokuchi itself), and every file kokuchi wrote
for it; a notice whose digest did not change is not even loaded again. A cache
that is not exactly the expected shape is ignored: everything is rebuilt.

A build checks everything before it writes anything: the catalogs and every
notice to rebuild are loaded (and refused, with every problem) first. Each
rebuilt notice's folder is built aside (``.<id>.new.<random>`` in the output
folder) and switched into place whole, carrying over by hard link the files
kokuchi did not write there; the index follows, and only then are the pages of
removed notices deleted, so that no link ever points at a missing page. A run
killed anywhere leaves every notice's folder old or new, and the next build
puts back what was moved aside and rebuilds what the cache does not vouch for.
kokuchi deletes only files its own manifest lists.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import re
import shutil
from collections.abc import Callable
from datetime import datetime
from importlib import resources
from pathlib import Path

from . import __version__
from .dates import format_timestamp, language_name
from .errors import KokuchiError
from .i18n import SOURCE_LANGUAGE, labels
from .load import load_all
from .checks import load_glossary
from .gate import gate
from .model import Notice, NoticeType
from .render import html, render
from .store import (MAX_CATALOG_BYTES, NOTICE_ID, Store, atomic_write, check_notice_id, make_temp_folder, read_bytes,
                    recover_folder, replace_folder, revision_stem)
from .translate import localize
from .views import Link, Page, changes_view, history_entries, log_view, notice_view, revision_history, status_label

CACHE = ".kokuchi-site.json"


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        # Bounded, and never a link or a FIFO: refused here as load would refuse it.
        digest.update(path.name.encode("utf-8") + b"\x00" + read_bytes(path, limit=MAX_CATALOG_BYTES) + b"\x00")
    return digest.hexdigest()


def _tool_digest() -> str:
    digest = hashlib.sha256(__version__.encode())
    templates = resources.files("kokuchi").joinpath("render/templates")
    for item in sorted(templates.iterdir(), key=lambda t: t.name):
        digest.update(item.read_bytes())
    digest.update(resources.files("kokuchi").joinpath("locales/ja/LC_MESSAGES/kokuchi.po").read_bytes())
    return digest.hexdigest()


def _revision_files(store: Store, notice_id: str) -> list[Path]:
    folder = store.notice_dir(notice_id)
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml"))


def _csaf_settings(store: Store):
    from .config import csaf_settings

    try:
        return csaf_settings(store)
    except KokuchiError:
        return None


class _Builder:
    def __init__(self, store: Store, out: Path, langs: list[str]):
        """*langs*: the source language first, then every catalog's."""
        self.store = store
        self.out = out
        self.langs = langs
        self.entries = {lang: store.catalog_entries(lang) for lang in self.langs[1:]}
        self.csaf = _csaf_settings(store)
        self.glossary = load_glossary(store.glossary_path)

    def csaf_documents(self, notice: Notice) -> tuple[list[dict], list[str]]:
        """Write an advisory's CSAF documents; their records, and a line for each left out."""
        from .csaf import csaf_view, exportable_problems

        if notice.latest.type != NoticeType.ADVISORY or self.csaf is None or exportable_problems(notice.latest):
            return [], []
        records, skipped = [], []
        for lang in self.langs:
            entries = self.entries.get(lang, {})
            if lang != SOURCE_LANGUAGE:
                verdict = gate(list(notice.revisions), lang, entries, self.glossary)
                if verdict.refuses():
                    skipped.append(f"csaf: {notice.id} ({lang}) not published: {len(verdict.problems)} unit(s) "
                                   f"missing or inconsistent (kokuchi catalog check -l {lang})")
                    continue
            view = csaf_view(notice, notice.latest.number, lang, entries, self.csaf)
            path = f"{view.year}/{view.filename}"
            self.write(self.out / "csaf" / path, render(view, "csaf"))
            records.append({"path": path, "current_release_date": view.document["document"]["tracking"]["current_release_date"]})
        return records, skipped

    def write(self, path: Path, text: str) -> None:
        atomic_write(path, text.encode("utf-8"), durable=False)
        if path.is_relative_to(self.base):  # the notice's folder, built aside: named as it will be
            self.written.append(f"{self.notice_id}/{path.relative_to(self.base).as_posix()}")
        else:
            self.written.append(path.relative_to(self.out).as_posix())

    def notice(self, notice: Notice) -> tuple[dict, list[str]]:
        """The index row of *notice*, and every file written for it.

        The notice's folder is written aside (``_STAGING``), to be switched
        into place once every notice is built; an advisory's CSAF documents go
        to ``csaf/`` directly, one atomic file each.
        """
        self.written: list[str] = []
        self.notice_id = notice.id
        self.base = base = _STAGING[notice.id]
        titles = []
        for lang in self.langs:
            lab = labels(lang)
            localized = [localize(r, lang, self.entries.get(lang, {})) for r in notice.revisions]
            translated_notice = Notice(notice.id, tuple(localized))
            changes = revision_history(translated_notice)  # compared once, for the log and the diffs
            log = log_view(translated_notice, lang, changes)
            alternates = tuple(Link(f"index.{other}.html", language_name(other), other, other == lang) for other in self.langs)
            for revision, translated in zip(notice.revisions, localized):
                folder = base / revision_stem(revision.number)
                history = history_entries(log, revision.number, href=lambda n: f"../{revision_stem(n)}/index.{lang}.html")
                links = [Link("../../index.html", lab("label", "Notices")), Link(f"../index.{lang}.html", lab("label", "Latest"))]
                if revision.number > 1:
                    links.append(Link(f"diff.{lang}.html", lab("label", "Changes")))
                    previous = localized[revision.number - 2]
                    diff_links = (
                        Link(f"../{revision_stem(previous.number)}/index.{lang}.html",
                             lab("label", "Revision {number}", number=previous.number)),
                        Link(f"index.{lang}.html", lab("label", "Revision {number}", number=revision.number)),
                        *(Link(f"diff.{other}.html", language_name(other), other) for other in self.langs if other != lang),
                    )
                    diff_view = changes_view(notice.id, previous, translated, changes[revision.number - 1][1], lang,
                                             links=diff_links)
                    self.write(folder / f"diff.{lang}.html", render(diff_view, "html"))
                page = Page(alternates=alternates, links=tuple(links), history=history)
                self.write(folder / f"index.{lang}.html", render(notice_view(translated, lang, page=page), "html"))
            latest = localized[-1]
            history = history_entries(log, latest.number, href=lambda n: f"{revision_stem(n)}/index.{lang}.html")
            page = Page(alternates=alternates, links=(Link("../index.html", lab("label", "Notices")),), history=history)
            self.write(base / f"index.{lang}.html", render(notice_view(latest, lang, page=page), "html"))
            titles.append({"lang": lang, "href": f"{notice.id}/index.{lang}.html", "text": latest.title})
        latest = notice.latest
        csaf, csaf_skipped = self.csaf_documents(notice)
        return {
            "csaf": csaf,
            "csaf_skipped": csaf_skipped,
            "id": notice.id,
            "status": " / ".join(status_label(latest.status, labels(lang)) for lang in self.langs),
            "revision": latest.number,
            "published": latest.published.isoformat(),
            "published_text": format_timestamp(latest.published, labels(SOURCE_LANGUAGE)),
            "titles": titles,
        }, sorted(self.written)


_BUILDER: _Builder | None = None  # shared with the worker processes (fork)
_NOTICES: dict[str, Notice] = {}  # the notices to rebuild, loaded and checked before any write
_STAGING: dict[str, Path] = {}  # where each notice's folder is built, beside its place
PARALLEL_FROM = 24  # notices to rebuild before it is worth starting workers


def _build_one(item: tuple[str, str]) -> tuple[str, tuple[dict, list[str]], str]:
    notice_id, digest = item
    return notice_id, _BUILDER.notice(_NOTICES[notice_id]), digest


def _build_all(stale: list[tuple[str, str]]):
    """Build the stale notices, on every core when there are enough of them."""
    workers = min(os.cpu_count() or 1, 8)
    if len(stale) < PARALLEL_FROM or workers < 2:
        yield from map(_build_one, stale)
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        yield from pool.imap(_build_one, stale, chunksize=8)


# The files of a notice: its folder, and an advisory's CSAF documents.
_CSAF_FILE = re.compile(r"csaf/[0-9]{4}/[a-z0-9][a-z0-9._-]*\.json")
# Written for the whole site on every build, so never carried over.
SITE_FILES = ("index.html", CACHE, "csaf/index.txt", "csaf/changes.csv", "csaf/provider-metadata.json")


def _own_path(notice_id: str, path: object) -> bool:
    """A file name from the cache that kokuchi can have written for *notice_id*."""
    if not isinstance(path, str) or "\\" in path or "\x00" in path:
        return False
    if _CSAF_FILE.fullmatch(path) and ".." not in path:
        return True
    parts = path.split("/")
    return parts[0] == notice_id and len(parts) > 1 and all(part not in ("", ".", "..") for part in parts)


def read_cache(path: Path) -> dict | None:
    """The site cache, or None when it is missing or not exactly the expected shape.

    Every notice id and file name in it is checked as strictly as one read
    from notices/: a damaged or planted cache means a full rebuild, never a
    deletion outside what kokuchi wrote.
    """
    try:
        data = json.loads(read_bytes(path, limit=MAX_CATALOG_BYTES).decode("utf-8"))
    except (OSError, ValueError, KokuchiError):
        return None
    if not (isinstance(data, dict) and isinstance(data.get("environment"), str) and isinstance(data.get("notices"), dict)):
        return None
    for notice_id, entry in data["notices"].items():
        if not (NOTICE_ID.fullmatch(notice_id) and isinstance(entry, dict) and isinstance(entry.get("digest"), str)
                and isinstance(entry.get("row"), dict) and entry["row"].get("id") == notice_id
                and isinstance(entry.get("files"), list) and all(_own_path(notice_id, f) for f in entry["files"])):
            return None
    return data


_LEFTOVER = re.compile(r"\.(?P<name>[a-z0-9-]{3,80})\.(?:new|old)\.[0-9a-f]{12}")


def _recover(out: Path) -> None:
    """Undo what a killed build left: notice folders moved aside, staging folders."""
    recover_folder(out)  # a whole-site switch of an earlier kokuchi
    if out.is_dir():
        for name in {m.group("name") for m in map(_LEFTOVER.fullmatch, os.listdir(out)) if m}:
            recover_folder(out / name)


def _carry_into(old: Path, new: Path, own: set[str]) -> None:
    """Hard-link every file of *old* that kokuchi did not write (not in *own*,
    paths relative to *old*) into *new*: whatever someone else put in a
    notice's folder stays there."""
    for dirpath, dirnames, filenames in os.walk(old):
        here = Path(dirpath)
        rel = here.relative_to(old)
        for name in filenames + [d for d in dirnames if (here / d).is_symlink()]:
            source, target = here / name, new / rel / name
            if (rel / name).as_posix() in own or os.path.lexists(target):
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.is_symlink():
                os.symlink(os.readlink(source), target)
            else:
                os.link(source, target)


def _remove(out: Path, files: set[str]) -> None:
    """Delete files kokuchi wrote and no longer writes, and the folders they leave empty."""
    for name in sorted(files):
        path = out / name
        if path.is_file() and not path.is_symlink():
            path.unlink()
        folder = path.parent
        while folder != out and folder.is_dir() and not folder.is_symlink() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


def build(root: Path, out: Path | None = None, *, progress: Callable[[int, int], None] | None = None) -> str:
    """Build (or bring up to date) the site; returns a summary line."""
    store = Store(root)
    out = out or root / "site"
    store.check_output(out)
    with store.lock():
        return _build(store, out, progress)


def _build(store: Store, out: Path, progress: Callable[[int, int], None] | None) -> str:
    ids = store.notice_ids()
    if not ids:
        raise KokuchiError(f"no notices in {store.rel(store.notices_dir)}/")
    for notice_id in ids:
        check_notice_id(notice_id)
    all_langs = [SOURCE_LANGUAGE] + [lang for lang in store.catalog_languages(required=False) if lang != SOURCE_LANGUAGE]
    settings = [store.config_path] if store.config_path.is_file() else []
    environment = hashlib.sha256((_tool_digest() + _digest(store.catalog_files() + settings)).encode()).hexdigest()
    _recover(out)
    cache = read_cache(out / CACHE) if out.is_dir() else None
    known = cache["notices"] if cache else {}
    fresh = {} if cache is None or cache["environment"] != environment else known
    stale: list[tuple[str, str]] = []
    for notice_id in ids:
        digest = _digest(_revision_files(store, notice_id))
        entry = fresh.get(notice_id)
        if not (entry and entry["digest"] == digest and all((out / f).is_file() for f in entry["files"])):
            stale.append((notice_id, digest))
    if not stale and fresh.keys() == set(ids):  # nothing to do: nothing touched
        skipped = [line for notice_id in ids for line in fresh[notice_id]["row"].get("csaf_skipped", ())]
        return "\n".join([f"site: {len(ids)} notice(s), 0 rebuilt, in {out}", *skipped])
    # Everything is read and checked before anything is written: the catalogs
    # (by the builder), every notice to rebuild.
    global _BUILDER, _NOTICES, _STAGING
    builder = _Builder(store, out, all_langs) if stale else None
    _NOTICES = {notice.id: notice for notice in (load_all(store, [notice_id for notice_id, _ in stale]) if stale else [])}
    out.mkdir(parents=True, exist_ok=True)
    _STAGING = {notice_id: make_temp_folder(out, f".{notice_id}.new.") for notice_id, _ in stale}
    try:
        _BUILDER = builder
        notices = {notice_id: fresh[notice_id] for notice_id in ids if notice_id in fresh and notice_id not in _NOTICES}
        for done, (notice_id, (row, files), digest) in enumerate(_build_all(stale), start=1):
            notices[notice_id] = {"digest": digest, "row": row, "files": files}
            if progress:
                progress(done, len(stale))
        # Each rebuilt notice's folder switches into place whole, with the files
        # kokuchi did not write carried over; the index is written after them,
        # and pages of removed notices are deleted after the index, so that no
        # link ever points at a page that is not there.
        for notice_id, staging in _STAGING.items():
            previous = out / notice_id
            if previous.is_dir() and not previous.is_symlink():
                own = {f.removeprefix(f"{notice_id}/") for f in known.get(notice_id, {}).get("files", ())}
                _carry_into(previous, staging, own)
            replace_folder(staging, previous)
        lab = labels(SOURCE_LANGUAGE)
        page = {
            "lang": SOURCE_LANGUAGE,
            "title": " / ".join(labels(lang)("label", "Notices") for lang in all_langs),
            "columns": [lab("label", "Status"), lab("label", "Revision"), lab("label", "Published")]
            + [f"{labels(lang)('label', 'Title')} ({language_name(lang)})" for lang in all_langs],
        }
        rows = sorted((notices[notice_id]["row"] for notice_id in ids), key=lambda row: row["published"], reverse=True)
        written = {f for entry in notices.values() for f in entry["files"]}
        csaf_index = _write_csaf_index(store, out, rows)
        atomic_write(out / "index.html", html.index(rows, page).encode("utf-8"), durable=False)
        atomic_write(out / CACHE, (json.dumps({"environment": environment, "notices": notices}, ensure_ascii=False,
                                              sort_keys=True) + "\n").encode("utf-8"))
        _remove(out, {f for entry in known.values() for f in entry["files"]} - written
                | (set(SITE_FILES[2:]) - csaf_index if cache else set()))
    finally:
        _BUILDER, _NOTICES = None, {}
        for staging in _STAGING.values():
            if staging.exists():
                shutil.rmtree(staging)
        _STAGING = {}
    lines = [f"site: {len(ids)} notice(s), {len(stale)} rebuilt, in {out}"]
    return "\n".join(lines + [line for row in rows for line in row.get("csaf_skipped", ())])


def _write_csaf_index(store: Store, out: Path, rows: list[dict]) -> set[str]:
    """index.txt, changes.csv (CSAF requirements 13, 14) and provider-metadata.json for csaf/."""
    import csv
    import io

    from .csaf import provider_metadata
    from .render.json import dumps

    records = [record for row in rows for record in row.get("csaf", ())]
    folder = out / "csaf"
    if not records:
        return set()
    settings = _csaf_settings(store)
    records.sort(key=lambda r: (datetime.fromisoformat(r["current_release_date"]), r["path"]), reverse=True)
    atomic_write(folder / "index.txt", "".join(f"{r['path']}\n" for r in sorted(records, key=lambda r: r["path"])).encode("utf-8"))
    changes = io.StringIO()
    writer = csv.writer(changes, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerows([r["path"], r["current_release_date"]] for r in records)
    atomic_write(folder / "changes.csv", changes.getvalue().encode("utf-8"))
    metadata = provider_metadata(settings, records[0]["current_release_date"])
    atomic_write(folder / "provider-metadata.json", dumps(metadata).encode("utf-8"))
    return set(SITE_FILES[2:])
