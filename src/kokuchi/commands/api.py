"""kokuchi as a Python library: the names ``kokuchi.__all__`` lists (docs/api.md).

Every function here is a thin, typed door to the module that does the work,
with the safe defaults the command line has: ``merge`` applies kokuchi's
built-in meaning-flip pairs unless told otherwise, ``release`` runs the
release gate, ``build_site`` withholds what the gate refuses. Errors are the
classes of ``kokuchi.core.errors``: catch ``KokuchiError`` for all of them.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from kokuchi.catalog import po
from kokuchi.catalog.entries import catalog_entries
from kokuchi.catalog.extract import extract as _extract_template
from kokuchi.catalog.merge import Compendium, MergeOptions, MergeStats
from kokuchi.catalog.translate import localize
from kokuchi.core.errors import Problem
from kokuchi.core.model import SOURCE_LANGUAGE, Notice, Revision
from kokuchi.diff.events import Event, TextOptions
from kokuchi.diff.textdiff import diff
from kokuchi.language.flips import FlipPairs, load_flip_pairs
from kokuchi.notice.load import check_with_notes, load_all
from kokuchi.project.files import atomic_write
from kokuchi.project.layout import Store
from kokuchi.publish.site import SiteResult

__all__ = [
    "Project",
    "build_site",
    "check",
    "compare",
    "csaf_document",
    "extract",
    "merge",
    "read_po",
    "release",
    "text_diff",
    "write_po",
]

PathLike = str | os.PathLike[str]


class Project:
    """A kokuchi project on disk: ``notices/<id>/NNN.yaml``, ``locales/``, ``kokuchi.yaml``."""

    def __init__(self, root: PathLike):
        self.root = Path(root)
        self.store = Store(self.root)

    def __repr__(self) -> str:
        return f"Project({str(self.root)!r})"

    def notice_ids(self) -> list[str]:
        """The id of every notice, sorted."""
        return self.store.notice_ids()

    def notice(self, notice_id: str) -> Notice:
        """One notice, every revision validated (InvalidInput with every problem; NotFound)."""
        from kokuchi.commands.selection import select_notice

        return select_notice(self.store, notice_id)

    def notices(self, notice_ids: Sequence[str] | None = None) -> list[Notice]:
        """The named notices (default: all), validated."""
        return load_all(self.store, list(notice_ids) if notice_ids else None)

    def languages(self) -> list[str]:
        """The languages that have a catalog."""
        return self.store.catalog_languages(required=False)

    def catalog(self, lang: str) -> po.POFile:
        """*lang*'s catalog (``locales/<lang>/LC_MESSAGES/notices.po``)."""
        self.store.catalog_languages([lang])
        return read_po(self.store.catalog_path(lang))

    def translate(self, revision: Revision, lang: str) -> Revision:
        """*revision* in *lang*, from that language's catalog (the source text where it has no translation)."""
        entries = catalog_entries(self.store, lang) if lang != SOURCE_LANGUAGE else {}
        return localize(revision, lang, entries)

    def flip_pairs(self) -> FlipPairs:
        """kokuchi's meaning-flip pairs, extended by the project's ``locales/meaning-flips.yaml``."""
        return load_flip_pairs(self.store.flips_path, self.store.rel(self.store.flips_path))


def check(root: PathLike, notice_ids: Sequence[str] = ()) -> list[Problem]:
    """Every problem in the named notices (default: all) of the project at *root*; empty when valid."""
    problems, _notes = check_with_notes(Store(Path(root)), list(notice_ids) or None)
    return problems


def compare(old: Revision, new: Revision, *, ignore_width: bool = False, ignore_space: bool = False) -> list[Event]:
    """The typed change events from revision *old* to *new*."""
    from kokuchi.diff.events import compare as compare_revisions

    return compare_revisions(old, new, TextOptions(ignore_width=ignore_width, ignore_space=ignore_space))


def text_diff(old: str, new: str, *, ignore_width: bool = False, ignore_space: bool = False) -> list[tuple[int, str]]:
    """The Japanese-aware diff of two texts: ``(op, text)`` pairs, op -1 deleted, 0 kept, 1 inserted."""
    return diff(old, new, ignore_width=ignore_width, ignore_space=ignore_space)


def read_po(path: PathLike) -> po.POFile:
    """A PO file (any charset GNU gettext reads), entries in order; InvalidInput at ``file:line``."""
    return po.read(Path(path))


def write_po(catalog: po.POFile, path: PathLike) -> None:
    """Write *catalog* as GNU gettext writes it, atomically (never through a link)."""
    atomic_write(Path(path), po.to_bytes(catalog))


def extract(notices: Iterable[Notice]) -> po.POFile:
    """The template (POT) of every translatable unit of *notices*."""
    return _extract_template(list(notices))


def merge(
    template: po.POFile,
    catalog: po.POFile,
    pairs: FlipPairs | None = None,
    options: MergeOptions | None = None,
    *,
    compendia: Iterable[Compendium] = (),
) -> tuple[po.POFile, MergeStats]:
    """Bring *catalog* in step with *template*, as ``kokuchi catalog merge``: no translation lost, and an
    old translation reused for a changed source only when the guards allow it. *pairs*: the meaning-flip
    pairs the guards use (default: kokuchi's built-in ones; ``Project.flip_pairs()`` adds a project's).
    *options*: msgmerge's options as a ``MergeOptions`` (similarity, sort, fuzzy, ...; default: its
    defaults); *compendia*: catalogs of earlier translations."""
    from kokuchi.catalog.merge import merge as merge_catalogs

    flips = pairs if pairs is not None else load_flip_pairs
    return merge_catalogs(template, catalog, flips, options, compendia=compendia)


def release(root: PathLike, notice_id: str, **options: Any) -> list[str]:
    """Gate, bundle and record one revision, as ``kokuchi release``; the lines the command prints.

    *options*: rev, langs, out, allow_incomplete, force, base_url. Refused (InvalidInput with the gate's
    problems) when a translation is missing or inconsistent."""
    from kokuchi.commands.release import release as release_revision

    return list(release_revision(Path(root), notice_id, **options).lines)


def build_site(
    root: PathLike,
    out: PathLike | None = None,
    *,
    base_url: str | None = None,
    publisher: str = "kokuchi",
    progress: Callable[[int, int], None] | None = None,
    processes: int | None = None,
) -> SiteResult:
    """Build (or bring up to date) the static site of the project at *root* (default: ``root/site``)."""
    from kokuchi.publish.site import build

    return build(
        Path(root),
        Path(out) if out is not None else None,
        base_url=base_url,
        publisher=publisher,
        progress=progress,
        processes=processes,
    )


def csaf_document(root: PathLike, notice_id: str, *, rev: int | None = None, lang: str = "ja") -> dict[str, Any]:
    """A security advisory's revision (default: the latest) as a CSAF 2.0 document (a JSON object).

    A translation is refused (InvalidInput) unless the release gate passes every revision up to this one."""
    from kokuchi.commands.export import export_csaf

    view = export_csaf(Path(root), notice_id, rev=rev, lang=lang)
    return view.document  # without out=, export_csaf returns the view
