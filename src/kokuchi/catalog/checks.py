"""Japanese → English consistency checks, and the glossary.

Made for Japanese sources: Translate Toolkit's English-source checks flag
brackets, end punctuation and the numbers inside dates as errors on Japanese.
Here each entity of the source (dates, clock times, durations, ordinals, phone
numbers, IDs, names with digits, versions, numbers, URLs; full-width forms
normalized first; see language/entities.py) must appear in the translation in
a form an English reader would write, and every clock time of the translation
must be a valid time ("21:00 AM" never is); links, emphasis and code must
survive; glossary terms must be translated as agreed and protected names kept
as they are.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from kokuchi.core.errors import KokuchiError
from kokuchi.language.entities import Entity, english_forms, english_times, find, normalize, time_forms
from kokuchi.notice.markup import link_targets
from kokuchi.project import yamlio

# Small numbers are often written as other words in English (1件 → "a", 2点 → "both").
LOOSE_NUMBER_WORDS = {0: ("zero", "no"), 1: ("a", "an", "single", "first"), 2: ("both", "second"), 3: ("third",)}
_CODE = re.compile(r"`([^`]+)`")


@dataclass(frozen=True)
class Finding:
    check: str  # entity, link, emphasis, code, glossary, keep
    message: str


@dataclass(frozen=True)
class Glossary:
    terms: dict[str, str]  # Japanese term → required English rendering
    keep: tuple[str, ...]  # names that must stay exactly as they are


def load_glossary(path: Path) -> Glossary:
    """locales/glossary.yaml: ``terms:`` (ja: en) and ``keep:`` (a list of names)."""
    if not os.path.lexists(path):
        return Glossary({}, ())
    name = path.as_posix()
    doc = yamlio.read_config(path)
    data = doc.data or {}
    terms, keep = (data.get("terms") or {}, data.get("keep") or []) if isinstance(data, dict) else (None, None)
    if not isinstance(terms, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in terms.items()):
        line, column = doc.values.get("terms", (1, 1))
        raise KokuchiError(f"{name}:{line}:{column}: terms: expected a mapping of Japanese terms to English")
    if not isinstance(keep, list) or not all(isinstance(k, str) for k in keep):
        line, column = doc.values.get("keep", (1, 1))
        raise KokuchiError(f"{name}:{line}:{column}: keep: expected a list of names")
    return Glossary(dict(terms), tuple(keep))


def _present(form: str, text: str) -> bool:
    return re.search(rf"(?<![0-9A-Za-z]){re.escape(form)}(?![0-9A-Za-z])", text, re.IGNORECASE) is not None


def _entity_finding(entity: Entity, target: str, times: set) -> Finding | None:
    if entity.kind == "time":
        if entity.value in times:
            return None
        forms = time_forms(entity.value)
    else:
        forms = [form for form in english_forms(entity) if form]
        if entity.kind == "number":
            forms += LOOSE_NUMBER_WORDS.get(entity.value[0], ())
        if not forms:
            return None  # no date we could write (February 30th): nothing to hold the translation to
        if any(_present(form.replace("\u202f", " "), target) for form in forms):
            return None
    expected = " or ".join(dict.fromkeys(f.replace("\u202f", " ") for f in forms[:3]))
    return Finding(
        "entity", f"{entity.kind} {entity.text.strip()!r} has no match in the translation (expected {expected})"
    )


_DASHES = re.compile(r"\s*[-–—~〜]\s*")


def _date_ranges_present(entities: list[Entity], target: str) -> set[Entity]:
    """The dates of source ranges (7月14日〜17日) that the translation writes as one range (July 14–17)."""
    from kokuchi.language.dates import date_range_forms

    found: set[Entity] = set()
    folded = _DASHES.sub("-", target)
    for first, last in zip(entities, entities[1:], strict=False):
        if first.kind == last.kind == "date" and last.joined:
            forms = date_range_forms(first.value, last.value)
            if any(_present(_DASHES.sub("-", form.replace("\u2009", " ")), folded) for form in forms):
                found.update((first, last))
    return found


def check_unit(source: str, translation: str, glossary: Glossary) -> list[Finding]:
    findings: list[Finding] = []
    target = normalize(translation).replace("\u202f", " ")
    # Parsed, not matched: autolinks, titled links and images count too.
    source_links = link_targets(normalize(source))
    target_links = link_targets(target)
    clock_times = english_times(target)
    for mention in clock_times:
        if mention.value is None:
            findings.append(Finding("time", f"{mention.text!r} is not a valid time"))
    times = {mention.value for mention in clock_times if mention.value is not None}
    entities = find(source)
    ranges = _date_ranges_present(entities, target)
    for entity in entities:
        if entity.kind == "url" and entity.value[0] in source_links:
            continue  # a link's target: the link check below compares links as a whole
        if entity in ranges:
            continue
        finding = _entity_finding(entity, target, times)
        if finding:
            findings.append(finding)
    if sorted(source_links) != sorted(target_links):
        findings.append(Finding("link", f"links differ: source {source_links}, translation {target_links}"))
    if source.count("**") != translation.count("**"):
        findings.append(
            Finding(
                "emphasis",
                f"**bold** marks differ: source has {source.count('**') // 2}, "
                f"translation {translation.count('**') // 2}",
            )
        )
    if sorted(_CODE.findall(source)) != sorted(_CODE.findall(translation)):
        findings.append(Finding("code", "`code` spans differ between source and translation"))
    folded = normalize(source)
    for term, english in glossary.terms.items():
        if normalize(term) in folded and english.lower() not in target.lower():
            findings.append(Finding("glossary", f"{term!r} must be translated as {english!r}"))
    for name in glossary.keep:
        if normalize(name) in folded and name not in translation:
            findings.append(Finding("keep", f"{name!r} must stay as it is"))
    return findings


def check_auto_update(previous_source: str, source: str, translation: str) -> list[Finding]:
    """What an auto-updated translation still says of the previous source: 9:00 AM left where 午後9時 now is.

    The gate runs this on every ``kokuchi-auto`` entry, on top of check_unit,
    so that an update is shipped only when every changed entity was rewritten.
    """
    from kokuchi.language.entities import entity_only_change

    findings: list[Finding] = []
    target = normalize(translation).replace("\u202f", " ")
    mentions = [mention.value for mention in english_times(target)]
    kept = {(entity.kind, entity.value) for entity in find(source)}
    for old, new in entity_only_change(previous_source, source) or []:
        if (old.kind, old.value) in kept:
            continue  # the source still says it elsewhere
        if old.kind == "time":
            stale = old.value in mentions
        else:
            stale = any(_present(form.replace("\u202f", " "), target) for form in english_forms(old) if form)
        if stale:
            findings.append(
                Finding(
                    "auto",
                    f"the translation still says {old.text.strip()!r}, "
                    f"which the source changed to {new.text.strip()!r}",
                )
            )
    return findings
