"""Views → JSON: the machine-readable records each view carries."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the views are only named in annotations: a renderer loads none of their builders
    from kokuchi.views.history import ChangesView, LogView
    from kokuchi.views.notice import NoticeListView, NoticeView
    from kokuchi.views.translation import StatusView


def dumps(data) -> str:
    """kokuchi's one JSON style: UTF-8 text as is, two-space indents, a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def notice(view: NoticeView, **_) -> str:
    return dumps(view.data)


def changes(view: ChangesView, **_) -> str:
    return dumps({"notice": view.notice_id, "from": view.old, "to": view.new, "events": list(view.events)})


def log(view: LogView, **_) -> str:
    return dumps({"notice": view.notice_id, "revisions": list(view.records)})


def status(view: StatusView, **_) -> str:
    return dumps(list(view.rows))


def notices(view: NoticeListView, **_) -> str:
    return dumps([{k: v for k, v in asdict(row).items() if k != "status_label"} for row in view.rows])
