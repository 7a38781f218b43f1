"""The `kokuchi catalog` commands: catalog files in the project, read and written.

Paths: ``locales/notices.pot`` and ``locales/<lang>/LC_MESSAGES/notices.po``
(and ``.mo``). Every write is atomic; ``--check`` writes nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path

from . import po
from .errors import KokuchiError
from .store import Store, atomic_write

# catalog, load and matcher pull in YAML, JSON Schema, rapidfuzz and the diff:
# they are imported by the functions that need them, so compiling stays quick.

LANG_CODE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")


def template_path(store: Store) -> Path:
    return store.locales_dir / "notices.pot"


def catalog_path(store: Store, lang: str) -> Path:
    if not LANG_CODE.fullmatch(lang):
        raise KokuchiError(f"invalid language code {lang!r} (use e.g. en, ko, zh_TW)")
    return store.locales_dir / lang / "LC_MESSAGES" / "notices.po"


def languages(store: Store, requested: list[str] | None = None, *, required: bool = True) -> list[str]:
    """The requested languages (their catalogs must exist), or every catalog's.

    With no catalog at all: an error, unless not *required* (then none).
    """
    if requested:
        for lang in requested:
            path = catalog_path(store, lang)
            if not path.is_file():
                raise KokuchiError(f"no catalog {store.rel(path)}; create it with: kokuchi catalog init -l {lang}")
        return list(requested)
    found = sorted(p.parent.parent.name for p in store.locales_dir.glob("*/LC_MESSAGES/notices.po"))
    if not found and required:
        raise KokuchiError(f"no catalogs in {store.rel(store.locales_dir)}/; create one with: kokuchi catalog init -l LANG")
    return found


def read_catalog(store: Store, lang: str) -> po.POFile:
    path = catalog_path(store, lang)
    return po.read(path, store.rel(path))


def catalog_entries(store: Store, lang: str) -> dict:
    """The catalog's live entries by (msgctxt, msgid), for translating and checking."""
    from .catalog import lookup

    return lookup(read_catalog(store, lang))


def _template(store: Store) -> po.POFile:
    from .catalog import extract
    from .load import load_all

    return extract(load_all(store))


def extract(root: Path) -> str:
    store = Store(root)
    template = _template(store)
    path = template_path(store)
    atomic_write(path, po.to_text(template).encode("utf-8"))
    return f"wrote {store.rel(path)} ({len(template)} messages)"


def init(root: Path, lang: str) -> str:
    store = Store(root)
    path = catalog_path(store, lang)
    if path.exists():
        raise KokuchiError(f"{store.rel(path)} already exists; use kokuchi catalog update")
    from .catalog import init as init_catalog

    created = init_catalog(_template(store), lang)
    atomic_write(path, po.to_text(created).encode("utf-8"), exclusive=True)
    return f"created {store.rel(path)} ({len(created)} messages)"


def update(root: Path, langs: list[str], *, check: bool = False, prune_obsolete: bool = False,
           similarity: float | None = None) -> tuple[list[str], bool]:
    """Merge the notices' template into each catalog. Returns report lines and
    whether anything is (with --check) or was out of date."""
    from .catalog import merge
    from .matcher import load_flip_pairs

    store = Store(root)
    template = _template(store)
    pairs = load_flip_pairs(store.locales_dir / "meaning-flips.yaml")
    lines: list[str] = []
    stale = False
    pot = template_path(store)
    pot_text = po.to_text(template)
    if pot.is_file() and pot.read_text("utf-8") != pot_text:
        stale = True
        lines.append(f"{store.rel(pot)}: out of date with the notices" if check else f"updated {store.rel(pot)}")
        if not check:
            atomic_write(pot, pot_text.encode("utf-8"))
    for lang in languages(store, langs):
        path = catalog_path(store, lang)
        merged, stats = merge(template, read_catalog(store, lang), pairs, similarity=similarity,
                              prune_obsolete=prune_obsolete)
        text = po.to_text(merged)
        if text == path.read_text("utf-8"):
            lines.append(f"{store.rel(path)}: up to date")
            continue
        stale = True
        if check:
            lines.append(f"{store.rel(path)}: out of date with the notices ({stats.summary()})")
        else:
            atomic_write(path, text.encode("utf-8"))
            lines.append(f"updated {store.rel(path)}: {stats.summary()}")
    return lines, stale


def merge_files(definitions: Path, reference: Path, output: Path | None, *, root: Path,
                similarity: float | None = None, prune_obsolete: bool = False) -> str:
    """msgmerge-style: merge the template REFERENCE into the catalog DEFINITIONS."""
    from .catalog import merge
    from .matcher import load_flip_pairs

    pairs = load_flip_pairs(Store(root).locales_dir / "meaning-flips.yaml")
    merged, stats = merge(po.read(reference), po.read(definitions), pairs, similarity=similarity,
                                  prune_obsolete=prune_obsolete)
    atomic_write(output or definitions, po.to_text(merged).encode("utf-8"))
    return f"wrote {output or definitions}: {stats.summary()}"


def compile_catalogs(root: Path, langs: list[str]) -> list[str]:
    store = Store(root)
    lines = []
    for lang in languages(store, langs):
        path = catalog_path(store, lang)
        mo = path.with_suffix(".mo")
        atomic_write(mo, po.mo_bytes(read_catalog(store, lang)))
        lines.append(f"compiled {store.rel(mo)}")
    return lines


def compile_file(source: Path, output: Path) -> str:
    atomic_write(output, po.mo_bytes(po.read(source)))
    return f"compiled {output}"


def status(root: Path, langs: list[str], notice_ids: list[str], rev: int | None, fmt: str) -> str:
    from .catalog import revision_counts
    from .load import load_all

    store = Store(root)
    notices = load_all(store, notice_ids or None)
    rows = []
    for lang in languages(store, langs):
        entries = catalog_entries(store, lang)
        for notice in notices:
            revisions = [notice.revision(rev)] if rev is not None else notice.revisions
            for revision in revisions:
                counts = revision_counts(revision, entries)
                rows.append({"lang": lang, "notice": notice.id, "revision": revision.number, **asdict(counts), "total": counts.total})
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    from .render.text import status_table, to_text

    return to_text(status_table(rows))


def review(root: Path, lang: str, notice_ids: list[str], fmt: str, *, color: bool = False, width: int = 100) -> str:
    """The units of the named notices (default: all) that need a translator."""
    from .catalog import review_items
    from .load import load_all
    from .textdiff import diff

    store = Store(root)
    notices = load_all(store, notice_ids or None)
    entries = catalog_entries(store, lang)
    items = review_items((r for n in notices for r in n.revisions), entries)
    rows = [
        {
            "state": item.state,
            "location": item.unit.location,
            "role": item.unit.role,
            "where": item.unit.comment,
            "source": item.unit.text,
            "ops": diff(item.previous, item.unit.text) if item.previous else [(0, item.unit.text)],
            "translation": item.translation,
            "notes": list(item.comments),
        }
        for item in items
    ]
    title = f"{lang}: {len(rows)} unit(s) to review"
    if fmt == "md":
        from .render.markdown import render_review

        return render_review(title, rows)
    if fmt == "html":
        from .render.html import render_review

        return render_review(title, lang, rows)
    from .render.text import render_review, to_text

    return to_text(render_review(title, rows, marks=not color), width=width, color=color)
