"""Which editions a revision publishes, and why not: one rule for ``site``, ``release`` and ``export``.

A revision's page in a target language (``page_edition``) is its translation,
with the units not translated yet shown in Japanese and marked; when the
release gate finds a translation inconsistent with its source (a number,
date, link or glossary term that does not match), the whole translation of
that revision is withheld and the reader sees the Japanese, with a note.

An advisory's CSAF documents (``csaf_editions``): one per language whose
translation the gate passes on every revision up to this one (a CSAF
document's history quotes them all: never a document half in Japanese), and
only when the revision can be a CSAF advisory and the project's kokuchi.yaml
names a publisher. Each document left out is an ``Omission`` that says why,
in the same words wherever it is reported.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from kokuchi.catalog.checks import Glossary
from kokuchi.catalog.translate import Missing, translate
from kokuchi.core.errors import KokuchiError, Problem
from kokuchi.core.model import SOURCE_LANGUAGE, Notice, NoticeType, Revision
from kokuchi.project.settings import CsafSettings
from kokuchi.publish.advisories import csaf_view, exportable_problems, translation_verdict
from kokuchi.publish.gate import Verdict, gate
from kokuchi.views.security import CsafView


@dataclass(frozen=True)
class PageEdition:
    """One revision as its page in one language shows it."""

    lang: str
    number: int
    revision: Revision  # translated; the source text where the translation is missing or withheld
    missing: tuple[Missing, ...] = ()
    withheld: Verdict | None = None  # the gate's verdict when it refuses the translation

    @property
    def complete(self) -> bool:
        """Every unit translated, and the gate passes the translation."""
        return not self.missing and self.withheld is None


def page_edition(revision: Revision, lang: str, entries: dict, glossary: Glossary) -> PageEdition:
    """*revision*'s page in *lang*: its translation, or the source text when the gate finds it inconsistent."""
    if lang == SOURCE_LANGUAGE:
        return PageEdition(lang, revision.number, revision)
    verdict = gate([revision], lang, entries, glossary)
    if verdict.inconsistent:
        untranslated, missing = translate(revision, {})
        return PageEdition(lang, revision.number, untranslated, tuple(missing), verdict)
    translated, missing = translate(revision, entries)
    return PageEdition(lang, revision.number, translated, tuple(missing))


@dataclass(frozen=True)
class Omission:
    """A CSAF document left out, and why; *lang* None: the document in every language."""

    reason: str
    lang: str | None = None
    problems: tuple[Problem, ...] = ()  # located, when the reason is in the notice or a catalog
    error: KokuchiError | None = None  # when the reason is the project's settings


@dataclass
class CsafEditions:
    advisory: bool  # False: the revision is no advisory, and has no CSAF document to leave out
    views: list[CsafView] = field(default_factory=list)
    omitted: list[Omission] = field(default_factory=list)

    @property
    def reported(self) -> list[Omission]:
        """What is worth saying: the omissions of an advisory."""
        return self.omitted if self.advisory else []


def csaf_editions(
    notice: Notice,
    number: int,
    langs: list[str],
    entries: dict[str, dict],
    glossary: Glossary | None,
    settings: CsafSettings | KokuchiError | Callable[[], CsafSettings],
    *,
    file: str = "(revision)",
) -> CsafEditions:
    """The CSAF documents of revision *number* in *langs* (*entries*: each target language's catalog;
    *settings*: the project's, the error reading them, or how to read them; *file*: the revision's file,
    for located problems)."""
    revision = notice.revision(number)
    result = CsafEditions(revision.type == NoticeType.ADVISORY)
    problems = exportable_problems(revision)
    if problems:
        located = tuple(
            Problem(file, *revision.positions.get(path, (1, 1)), path, message) for path, message in problems
        )
        for path, message in problems:
            result.omitted.append(Omission(f"{path}: {message}", problems=located))
        return result
    if callable(settings):
        try:
            settings = settings()
        except KokuchiError as error:
            settings = error
    if isinstance(settings, KokuchiError):
        result.omitted.append(Omission(str(settings), error=settings))
        return result
    for lang in langs:
        lang_entries = entries.get(lang, {})
        if lang != SOURCE_LANGUAGE:
            assert glossary is not None, "a translation is checked against the glossary"
            verdict = translation_verdict(notice, number, lang, lang_entries, glossary)
            if verdict.refuses():
                reason = (
                    f"{len(verdict.problems)} unit(s) missing or inconsistent up to this revision "
                    f"(kokuchi catalog check -l {lang})"
                )
                result.omitted.append(Omission(reason, lang, tuple(verdict.problems)))
                continue
        result.views.append(csaf_view(notice, number, lang, lang_entries, settings))
    return result
