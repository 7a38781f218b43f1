"""The release gate: what must hold before a translated revision ships.

Used by ``release`` (every target language of one revision) and by
``catalog check`` (one language, every revision). Two kinds of problems:
*missing* (a unit untranslated, fuzzy or a meaning flip) and *inconsistent*
(a translation whose numbers, dates, times, durations, IDs, URLs, links or
glossary terms do not match its source, or that writes an impossible time
such as 21:00 AM). Every ``kokuchi-auto`` entry is checked again against the
previous source it was updated from: no changed entity may keep its old value.

A translator can state that a refused translation is correct with a comment
in its entry, ``# kokuchi-override: <source digest>:<translation digest>``
(``override_comment`` writes it; the digests are the first 16 hex digits of
the SHA-256 of the msgid and of the msgstr): bound to exactly that source and
that translation, so any later edit of either voids it. An overridden entry
passes, and is listed (``Verdict.overridden``) and recorded in the release
manifest. docs/catalogs.md, "Overriding a refusal".
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kokuchi.catalog.checks import Glossary, check_auto_update, check_unit
from kokuchi.catalog.entries import unit_state
from kokuchi.catalog.translate import Missing, translate
from kokuchi.core.errors import Problem
from kokuchi.core.model import Revision, UnitState
from kokuchi.notice.units import Unit, unique_units, units

if TYPE_CHECKING:
    from kokuchi.catalog.po import POEntry

BLOCKING_STATES = {UnitState.UNTRANSLATED, UnitState.FUZZY, UnitState.FLIP}
OVERRIDE = "kokuchi-override"
_OVERRIDE = re.compile(rf"^\s*{OVERRIDE}:\s*([0-9a-f]{{16}}):([0-9a-f]{{16}})\s*$", re.MULTILINE)


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def override_comment(source: str, translation: str) -> str:
    """The translator comment that states this translation of this source correct."""
    return f"{OVERRIDE}: {text_digest(source)}:{text_digest(translation)}"


def _override(entry: POEntry) -> tuple[str, str] | None:
    """The (source, translation) digests an entry's translator comment states correct, if any."""
    match = _OVERRIDE.search(entry.tcomment or "")
    return (match.group(1), match.group(2)) if match else None


@dataclass(frozen=True)
class Override:
    """A translation the gate refused and the translator stated correct."""

    unit: Unit
    lang: str
    source_digest: str
    translation_digest: str
    findings: tuple[str, ...]

    def to_json(self) -> dict:
        return {
            "unit": self.unit.location,
            "role": self.unit.role,
            "source": self.source_digest,
            "translation": self.translation_digest,
            "refused": list(self.findings),
        }


@dataclass
class Edition:
    """One revision in one language: the translated revision and what it lacks."""

    lang: str
    revision: Revision  # translated (the source revision itself for the source language)
    entries: dict = field(default_factory=dict)
    missing: list[Missing] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)  # refused translations stated correct


def edition(revision: Revision, lang: str, entries: dict) -> Edition:
    translated, missing = translate(revision, entries)
    return Edition(lang, translated, entries, missing)


def _problem(unit: Unit, lang: str, check: str, message: str) -> Problem:
    return Problem(unit.file, unit.line, 1, f"{lang}:{unit.role}", f"{check}: {message}")


@dataclass
class Verdict:
    missing: list[Problem] = field(default_factory=list)
    inconsistent: list[Problem] = field(default_factory=list)
    overridden: list[Override] = field(default_factory=list)
    hints: list[Problem] = field(default_factory=list)  # how to override each refused translation

    def refuses(self, *, allow_incomplete: bool = False) -> bool:
        return bool(self.inconsistent or (self.missing and not allow_incomplete))

    @property
    def problems(self) -> list[Problem]:
        return self.missing + self.inconsistent


def gate(revisions: list[Revision], lang: str, entries: dict, glossary: Glossary) -> Verdict:
    """The gate's verdict on *revisions* in *lang*, each message checked once."""
    verdict = Verdict()
    for unit in unique_units(revisions):
        entry = entries.get(unit.key)
        state = unit_state(entry)
        if entry is None or state in BLOCKING_STATES:  # no entry is untranslated
            verdict.missing.append(_problem(unit, lang, state, f"no usable translation for {unit.text!r}"))
            continue
        findings = check_unit(unit.text, entry.msgstr, glossary)
        if state == UnitState.AUTO and entry.previous_msgid:
            # kokuchi wrote this translation: every entity it changed is checked again.
            findings += check_auto_update(entry.previous_msgid, unit.text, entry.msgstr)
        if not findings:
            continue
        stated = _override(entry)
        digests = (text_digest(unit.text), text_digest(entry.msgstr))
        if stated == digests:
            verdict.overridden.append(
                Override(unit, lang, *digests, tuple(f"{f.check}: {f.message}" for f in findings))
            )
            continue
        for finding in findings:
            verdict.inconsistent.append(_problem(unit, lang, finding.check, finding.message))
        void = " (the override in this entry is void: the source or the translation changed since)" if stated else ""
        verdict.hints.append(
            _problem(
                unit,
                lang,
                "override",
                f"if this translation is correct, state it with the translator comment "
                f"'# {override_comment(unit.text, entry.msgstr)}'{void}",
            )
        )
    return verdict


def translations_digest(revision: Revision, entries: dict) -> str:
    """A digest of exactly the translations this revision uses, in unit order."""
    digest = hashlib.sha256()
    for unit in units(revision):
        entry = entries.get(unit.key)
        digest.update(f"{unit.role}\x00{unit.text}\x00{entry.msgstr if entry else ''}\x00".encode())
    return digest.hexdigest()
