"""CSAF documents → JSON text, in kokuchi's one JSON style, every object's keys sorted.

Sorted keys are what CSAF's optional test 6.2.13 asks for; lists keep their order.
"""

from __future__ import annotations

import json

from kokuchi.views.security import CsafView


def csaf(view: CsafView, **_) -> str:
    return json.dumps(view.document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
