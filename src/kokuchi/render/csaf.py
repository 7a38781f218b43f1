"""CSAF documents → JSON text, in kokuchi's one JSON style."""

from __future__ import annotations

from kokuchi.render.json import dumps
from kokuchi.views.security import CsafView


def csaf(view: CsafView, **_) -> str:
    return dumps(view.document)
