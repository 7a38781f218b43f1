"""What changed: diff and log. Each returns a view to render."""

from __future__ import annotations

from pathlib import Path

from kokuchi.catalog.entries import catalog_entries
from kokuchi.catalog.translate import localize
from kokuchi.commands.selection import select_notice
from kokuchi.core.errors import KokuchiError
from kokuchi.core.model import Revision
from kokuchi.diff.events import TextOptions, compare
from kokuchi.language.labels import SOURCE_LANGUAGE
from kokuchi.project.layout import Store
from kokuchi.views.comparison import ComparisonView, comparison_view
from kokuchi.views.history import ChangesView, LogView, changes_view, history_in


def diff(
    root: Path,
    notice_id: str,
    *,
    old: int | None = None,
    new: int | None = None,
    lang: str = SOURCE_LANGUAGE,
    ignore_width: bool = False,
    ignore_space: bool = False,
    notation: bool = False,
) -> ChangesView:
    """The change events and text changes between two revisions (default: the previous and the latest).

    *old* alone (``diff NOTICE N``) means what report N changed: N-1 → N.
    An *old* newer than *new* is a reversed comparison, and its heading says so.

    An edit of character width or spacing only is summarized as a notation
    change; its text is shown only with *notation*.

    In another language both revisions are translated first: the events and
    text changes are those a reader of that language sees.
    """
    notice_id, older, newer = _pair(root, notice_id, old, new, lang)
    events = compare(older, newer, TextOptions(ignore_width=ignore_width, ignore_space=ignore_space))
    return changes_view(notice_id, older, newer, events, lang, notation=notation)


def _pair(root: Path, notice_id: str, old: int | None, new: int | None, lang: str) -> tuple[str, Revision, Revision]:
    """The two revisions a diff compares, in *lang*: OLD and NEW, report OLD's change (OLD alone), or the last."""
    store = Store(root)
    notice = select_notice(store, notice_id)
    if old is None and len(notice.revisions) == 1:
        raise KokuchiError(f"notice {notice_id!r} has only report 1; there is nothing to compare it with")
    if old is not None and new is None:
        # `diff NOTICE N`: what report N changed, from N-1 to N.
        if old == 1:
            raise KokuchiError(f"report 1 of {notice_id!r} is the first; there is nothing before it to compare with")
        old, new = old - 1, old
    newer = notice.revision(new) if new is not None else notice.latest
    older = notice.revision(old) if old is not None else notice.revision(max(newer.number - 1, 1))
    entries = catalog_entries(store, lang) if lang != SOURCE_LANGUAGE else {}
    return notice.id, localize(older, lang, entries), localize(newer, lang, entries)


def comparison(
    root: Path,
    notice_id: str,
    *,
    old: int | None = None,
    new: int | None = None,
    lang: str = SOURCE_LANGUAGE,
    old_left: bool = False,
) -> ComparisonView:
    """The 新旧対照表 of the same two revisions ``diff`` compares: new text left (the Japanese order)."""
    notice_id, older, newer = _pair(root, notice_id, old, new, lang)
    return comparison_view(notice_id, older, newer, lang, new_left=not old_left)


def log(root: Path, notice_id: str, *, lang: str = SOURCE_LANGUAGE) -> LogView:
    """The revision history with the summaries of the events each revision introduced."""
    store = Store(root)
    notice = select_notice(store, notice_id)
    entries = catalog_entries(store, lang) if lang != SOURCE_LANGUAGE else {}
    return history_in(notice, lang, entries).log
