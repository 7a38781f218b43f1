"""kokuchi export: machine-readable documents of a revision (CSAF 2.0 for advisories)."""

from __future__ import annotations

from pathlib import Path

from kokuchi.catalog.checks import load_glossary
from kokuchi.catalog.entries import catalog_entries
from kokuchi.commands.results import Report
from kokuchi.commands.selection import select_revision
from kokuchi.core.errors import InvalidInput
from kokuchi.core.model import SOURCE_LANGUAGE
from kokuchi.project.files import atomic_write
from kokuchi.project.layout import Store
from kokuchi.project.settings import csaf_settings
from kokuchi.publish.advisories import exportable_problems
from kokuchi.publish.editions import csaf_editions
from kokuchi.render import render


def export_csaf(
    root: Path, notice_id: str, *, rev: int | None = None, lang: str = SOURCE_LANGUAGE, out: Path | None = None
):
    """A security advisory's revision as a CSAF 2.0 document: a CsafView, or a Report when written to *out*.

    A translation must pass the release gate on every revision up to this one
    (its revision history quotes them all): refused otherwise, nothing written.
    """
    store = Store(root)
    notice, revision = select_revision(store, notice_id, rev)
    file = store.rel(store.revision_path(notice.id, revision.number))
    entries, glossary = {}, None
    if lang != SOURCE_LANGUAGE and not exportable_problems(revision):
        store.catalog_languages([lang])
        entries = catalog_entries(store, lang)
        glossary = load_glossary(store.glossary_path, store.rel(store.glossary_path))
    result = csaf_editions(
        notice, revision.number, [lang], {lang: entries}, glossary, lambda: csaf_settings(store), file=file
    )
    for omission in result.omitted:  # the first says why: the revision, the settings or the translation
        if omission.error is not None:
            raise omission.error
        raise InvalidInput(list(omission.problems))
    (view,) = result.views
    if out is None:
        return view
    with store.lock():
        atomic_write(out, render(view, "csaf").encode("utf-8"))
    return Report((f"wrote {out} ({view.document['document']['tracking']['id']}, version {revision.number})",))
