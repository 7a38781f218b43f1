"""Which notice and revision a command works on: one helper for every command that names them."""

from __future__ import annotations

from kokuchi.core.model import Notice, Revision
from kokuchi.notice.load import load_notice
from kokuchi.project.layout import Store, check_notice_id


def select_notice(store: Store, notice_id: str) -> Notice:
    """The notice *notice_id*, every revision loaded and checked (refused with its problems)."""
    return load_notice(store, check_notice_id(notice_id))


def select_revision(store: Store, notice_id: str, rev: int | None = None) -> tuple[Notice, Revision]:
    """The notice and its revision *rev* (default: the latest)."""
    notice = select_notice(store, notice_id)
    return notice, notice.revision(rev) if rev is not None else notice.latest
