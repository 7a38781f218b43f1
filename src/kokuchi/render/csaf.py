"""CSAF documents → JSON text, in kokuchi's one JSON style."""

from __future__ import annotations

from ..csaf import CsafView
from .json import dumps


def csaf(view: CsafView, **_) -> str:
    return dumps(view.document)
