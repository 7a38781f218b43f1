"""Revision + catalog → the same Revision in another language.

Every translatable text is looked up as the unit it is (role + normalized
text). A unit without a usable translation (untranslated, fuzzy, a meaning
flip) keeps its Japanese text and is recorded in ``Revision.untranslated`` so
that renderers can mark it. Structure, dates and states are untouched: they
are formatted per language later, by the views.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kokuchi.catalog.entries import USABLE, unit_state
from kokuchi.core.model import Revision
from kokuchi.language.labels import SOURCE_LANGUAGE
from kokuchi.notice import markup
from kokuchi.notice.units import Unit, unique_units


@dataclass(frozen=True)
class Missing:
    unit: Unit
    state: str  # untranslated, fuzzy or flip


def translate(revision: Revision, entries: dict) -> tuple[Revision, list[Missing]]:
    missing_keys: set[tuple[str, str]] = set()
    left: set[str] = set()

    def text(role: str, source: str) -> str:
        folded = markup.join_lines(source)
        entry = entries.get((role, folded))
        if entry is not None and unit_state(entry) in USABLE:
            return entry.msgstr
        missing_keys.add((role, folded))
        left.add(folded)
        return folded

    def body(source: str) -> str:
        return markup.compose(markup.blocks(source), lambda item: text("body", item))

    advisory = revision.advisory
    if advisory is not None:
        # Advisory facts name products as the products list does: in the same language.
        advisory = replace(
            advisory,
            products=tuple(replace(p, name=text("product", p.name)) for p in advisory.products),
            remediations=tuple(
                replace(r, products=tuple(text("product", n) for n in r.products)) for r in advisory.remediations
            ),
        )
    translated = replace(
        revision,
        advisory=advisory,
        title=text("title", revision.title),
        products=tuple(text("product", p) for p in revision.products),
        periods=tuple(
            replace(
                p,
                scope=text("scope", p.scope) if p.scope else p.scope,
                note=text("period note", p.note) if p.note else p.note,
            )
            for p in revision.periods
        ),
        lead=body(revision.lead) if revision.lead else None,
        closing=body(revision.closing) if revision.closing else None,
        sections=tuple(
            replace(
                s,
                heading=text("heading", s.heading) if s.heading else None,
                body=body(s.body),
                notes=tuple(replace(n, body=body(n.body)) for n in s.notes),
            )
            for s in revision.sections
        ),
        updates=tuple(
            replace(u, body=text("update", u.body), amended=text("amended", u.amended) if u.amended else None)
            for u in revision.updates
        ),
        untranslated=frozenset(left),
        original=revision.original or revision,
    )
    missing = [
        Missing(unit, unit_state(entries.get(unit.key)))
        for unit in unique_units([revision])
        if unit.key in missing_keys
    ]
    return translated, missing


def localize(revision: Revision, lang: str, entries: dict) -> Revision:
    """*revision* as a reader of *lang* sees it: itself in the source language."""
    return revision if lang == SOURCE_LANGUAGE else translate(revision, entries)[0]
