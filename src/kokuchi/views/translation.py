"""What translators see: units to review (``catalog review``) and counts (``catalog status``)."""

from __future__ import annotations

from dataclasses import dataclass

from kokuchi.language.labels import SOURCE_LANGUAGE, labels
from kokuchi.views.common import marks


@dataclass(frozen=True)
class ReviewRow:
    state: str
    location: str
    role: str
    where: str
    source_ops: tuple[tuple[int, str], ...]  # the source change (or the whole source, unchanged)
    translation: str
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ReviewView:
    kind = "review"

    lang: str  # the language of the labels
    target: str  # the catalog's language
    source_lang: str
    title: str
    labels: dict[str, str]
    items: tuple[ReviewRow, ...]


def review_view(target: str, items: list[ReviewRow], lang: str = "en") -> ReviewView:
    lab = labels(lang)
    return ReviewView(
        lang=lang,
        target=target,
        source_lang=SOURCE_LANGUAGE,
        title=lab("review", "{lang}: {count} unit(s) to review", lang=target, count=len(items)),
        labels={
            "source": lab("review", "source"),
            "translation": lab("review", "translation"),
            "note": lab("review", "note"),
            "field": lab("mark", "{label}:"),
            "none": lab("review", "—"),
            **marks(lab),
        },
        items=tuple(items),
    )


@dataclass(frozen=True)
class StatusView:
    kind = "status"

    lang: str
    columns: tuple[str, ...]
    rows: tuple[dict, ...]


STATUS_COLUMNS = ("lang", "notice", "revision", "translated", "fuzzy", "auto", "flips", "untranslated", "total")


def status_view(rows: list[dict], lang: str = "en") -> StatusView:
    lab = labels(lang)
    # The "revision" key stays the contract's; readers see the one name of a revision: report.
    names = {"revision": "report"}
    return StatusView(
        lang=lang, columns=tuple(lab("column", names.get(c, c)) for c in STATUS_COLUMNS), rows=tuple(rows)
    )
