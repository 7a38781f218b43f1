"""history_in: every revision translated and compared once, and the log built from them, in one place."""

from __future__ import annotations

import json

from conftest import run

from kokuchi.catalog.entries import catalog_entries
from kokuchi.notice.load import load_notice
from kokuchi.project.layout import Store
from kokuchi.views.history import history_in, revision_history

NOTICE = "hikari-storage-latency"


def test_every_revision_is_translated_and_the_log_is_what_kokuchi_log_prints(root):
    store = Store(root)
    notice = load_notice(store, NOTICE)
    history = history_in(notice, "en", catalog_entries(store, "en"))
    assert [r.number for r in history.revisions] == [r.number for r in notice.revisions]
    assert history.revisions[0].title != notice.revisions[0].title  # read through the English catalog
    assert [events for _, events in history.changes] == [
        events for _, events in revision_history(type(notice)(notice.id, history.revisions))
    ]
    printed = run(root, "log", NOTICE, "--lang", "en", "--format", "json")
    assert printed.exit_code == 0, printed.output
    assert json.loads(printed.output)["revisions"] == json.loads(json.dumps(list(history.log.records)))


def test_upto_and_a_callers_own_reading(root):
    notice = load_notice(Store(root), NOTICE)
    first_two = history_in(notice, "ja", upto=2)
    assert first_two.revisions == notice.revisions[:2] and len(first_two.log.entries) == 2
    seen = []

    def read(revision):
        seen.append(revision.number)
        return revision

    history_in(notice, "en", translate=read)
    assert seen == [r.number for r in notice.revisions]
