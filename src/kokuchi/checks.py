"""Japanese → English consistency checks, and the glossary.

Made for Japanese sources: Translate Toolkit's English-source checks flag
brackets, end punctuation and the numbers inside dates as errors on Japanese.
Here each entity of the source (dates, times, numbers, IDs, versions, URLs;
full-width forms normalized first) must appear in the translation in a form an
English reader would write; links, emphasis and code must survive; glossary
terms must be translated as agreed and protected names kept as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .dates import entity_forms
from . import yamlio
from .entities import find, normalize
from .errors import KokuchiError

# Small numbers are often written as words in English (1回 → "once", 2点 → "two items").
NUMBER_WORDS = {
    0: ("zero", "no"), 1: ("one", "once", "a", "an", "single", "first"), 2: ("two", "twice", "both", "second"),
    3: ("three", "third"), 4: ("four",), 5: ("five",), 6: ("six",), 7: ("seven",), 8: ("eight",), 9: ("nine",),
    10: ("ten",), 11: ("eleven",), 12: ("twelve",),
}
_LINK = re.compile(r"\]\((?P<url>[^)\s]+)\)")
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
    if not path.is_file():
        return Glossary({}, ())
    name = path.as_posix()
    data = yamlio.read_config(path) or {}
    terms, keep = (data.get("terms") or {}, data.get("keep") or []) if isinstance(data, dict) else (None, None)
    if not isinstance(terms, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in terms.items()):
        raise KokuchiError(f"{name}: terms: expected a mapping of Japanese terms to English")
    if not isinstance(keep, list) or not all(isinstance(k, str) for k in keep):
        raise KokuchiError(f"{name}: keep: expected a list of names")
    return Glossary(dict(terms), tuple(keep))


def _present(form: str, text: str) -> bool:
    return re.search(rf"(?<![0-9A-Za-z]){re.escape(form)}(?![0-9A-Za-z])", text, re.IGNORECASE) is not None


def check_unit(source: str, translation: str, glossary: Glossary) -> list[Finding]:
    findings: list[Finding] = []
    target = normalize(translation).replace("\u202f", " ")
    source_links = _LINK.findall(normalize(source))
    target_links = _LINK.findall(target)
    for entity in find(source):
        if entity.kind == "url" and entity.value[0] in source_links:
            continue  # a link's target: the link check below compares links as a whole
        forms = entity_forms(entity.kind, entity.value)
        if entity.kind == "number":
            forms += list(NUMBER_WORDS.get(entity.value[0], ()))
        if entity.kind in ("date", "time") and not forms:
            continue
        if not any(_present(form.replace("\u202f", " "), target) for form in forms):
            expected = " or ".join(dict.fromkeys(f.replace("\u202f", " ") for f in forms[:3]))
            findings.append(Finding("entity", f"{entity.kind} {entity.text.strip()!r} has no match in the translation (expected {expected})"))
    if sorted(source_links) != sorted(target_links):
        findings.append(Finding("link", f"links differ: source {source_links}, translation {target_links}"))
    if source.count("**") != translation.count("**"):
        findings.append(Finding("emphasis", f"**bold** marks differ: source has {source.count('**') // 2}, translation {translation.count('**') // 2}"))
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
