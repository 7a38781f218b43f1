"""The reader's commands: list and show. Each returns a view to render."""

from __future__ import annotations

from pathlib import Path

from kokuchi.catalog.entries import catalog_entries
from kokuchi.catalog.translate import Missing, translate
from kokuchi.commands.selection import select_revision
from kokuchi.core.errors import InvalidInput, Problem
from kokuchi.language.labels import SOURCE_LANGUAGE
from kokuchi.notice.load import load_all
from kokuchi.project.layout import Store
from kokuchi.views.notice import NoticeListView, NoticeView, notice_list_view, notice_view


def list_notices(root: Path) -> NoticeListView:
    return notice_list_view(load_all(Store(root)), SOURCE_LANGUAGE)


def missing_problems(missing: list[Missing]) -> InvalidInput:
    return InvalidInput(
        [Problem(m.unit.file, m.unit.line, 1, m.unit.role, f"{m.state}: {m.unit.text}") for m in missing]
    )


def show(
    root: Path,
    notice_id: str,
    *,
    rev: int | None = None,
    lang: str = SOURCE_LANGUAGE,
    strict: bool = False,
    tz: str | None = None,
) -> NoticeView:
    """A revision (default: the latest) in *lang*; with *strict*, refuse untranslated units."""
    store = Store(root)
    notice, revision = select_revision(store, notice_id, rev)
    if lang != SOURCE_LANGUAGE:
        revision, missing = translate(revision, catalog_entries(store, lang))
        if strict and missing:
            raise missing_problems(missing)
    return notice_view(revision, lang, tz=tz)
