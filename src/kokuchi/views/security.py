"""The view of one CSAF document, ready to render (render/csaf.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CsafView:
    """One CSAF document, ready to render (render/csaf.py)."""

    kind = "csaf"

    notice_id: str
    lang: str
    revision: int
    filename: str  # CSAF 5.1
    year: int  # of the initial release: the provider folder it belongs in
    document: dict
