"""CVSS v3.1 base vectors: validated and scored by the ``cvss`` library.

Only the base metrics: an advisory states the vendor's base score; temporal and
environmental metrics are the reader's to add.
"""

from __future__ import annotations

from dataclasses import dataclass

PREFIX = "CVSS:3.1/"
BASE_METRICS = ("AV", "AC", "PR", "UI", "S", "C", "I", "A")


@dataclass(frozen=True)
class Score:
    vector: str  # normalized: the base metrics in the specification's order
    base_score: float
    base_severity: str  # NONE, LOW, MEDIUM, HIGH, CRITICAL
    metrics: dict[str, str]  # CSAF's cvss_v3 property names → values (attackVector: NETWORK, …)


class InvalidVector(ValueError):
    pass


def score(vector: str) -> Score:
    """The base score of a CVSS v3.1 vector; InvalidVector says what is wrong."""
    from cvss import CVSS3
    from cvss.exceptions import CVSS3Error

    if not vector.startswith(PREFIX):
        raise InvalidVector(f"{vector!r} is not a CVSS v3.1 vector (it starts with {PREFIX})")
    extra = [part.split(":")[0] for part in vector[len(PREFIX) :].split("/") if part.split(":")[0] not in BASE_METRICS]
    if extra:
        raise InvalidVector(
            f"only the base metrics {', '.join(BASE_METRICS)} belong in an advisory, not {', '.join(extra)}"
        )
    try:
        parsed = CVSS3(vector)
    except CVSS3Error as exc:
        raise InvalidVector(f"{vector!r}: {exc}") from None
    data = parsed.as_json()
    keep = (
        "attackVector",
        "attackComplexity",
        "privilegesRequired",
        "userInteraction",
        "scope",
        "confidentialityImpact",
        "integrityImpact",
        "availabilityImpact",
    )
    return Score(
        vector=parsed.clean_vector(),
        base_score=float(parsed.base_score),
        base_severity=data["baseSeverity"],
        metrics={key: data[key] for key in keep},
    )
