"""Advisory facts in words: the one-line summaries of the advisory change events.

The events come from events.py (vulnerability-added, -removed, -changed,
versions-changed); this module says them in one language, with the labels
catalog, as the other event summaries do.
"""

from __future__ import annotations

from .events import Event
from .i18n import Labels
from .severity import score

_VERSION_SUMMARIES = {
    ("affected", "added"): "Affected versions added ({product}): {versions}",
    ("affected", "removed"): "Affected versions removed ({product}): {versions}",
    ("fixed", "added"): "Fixed versions added ({product}): {versions}",
    ("fixed", "removed"): "Fixed versions removed ({product}): {versions}",
}


def cvss_text(vector: str | None, lab: Labels) -> str:
    """A vector as readers compare it: its base score and severity."""
    if vector is None:
        return lab("event", "none")
    result = score(vector)
    return lab("event", "{score} ({severity})", score=f"{result.base_score:.1f}",
               severity=lab("severity", result.base_severity.capitalize()))


def _cve(value: str | None, lab: Labels) -> str:
    return value or lab("event", "no CVE id")


def summarize(event: Event, lab: Labels) -> str | None:
    """The summary of an advisory event; None for every other event."""
    f = event.fields
    if event.type == "vulnerability-added":
        return lab("event", "Vulnerability added: {cve}", cve=_cve(f["cve"], lab))
    if event.type == "vulnerability-removed":
        return lab("event", "Vulnerability removed: {cve}", cve=_cve(f["cve"], lab))
    if event.type == "vulnerability-changed":
        if f["field"] == "cvss":
            return lab("event", "CVSS v3.1 base score ({cve}): {from} → {to}", cve=_cve(f["cve"], lab),
                       **{"from": cvss_text(f["from"], lab), "to": cvss_text(f["to"], lab)})
        if f["field"] == "cve" and f["from"] is None:
            return lab("event", "CVE id assigned: {cve}", cve=f["to"])
        msgid = "CVE id changed: {from} → {to}" if f["field"] == "cve" else "CWE ({cve}): {from} → {to}"
        return lab("event", msgid, cve=_cve(f["cve"], lab),
                   **{"from": f["from"] or lab("event", "none"), "to": f["to"] or lab("event", "none")})
    if event.type == "versions-changed":
        parts = [
            lab("event", _VERSION_SUMMARIES[(f["field"], change)], product=f["product"], versions=", ".join(f[change]))
            for change in ("added", "removed")
            if f[change]
        ]
        return lab("event", "; ").join(parts)
    return None
