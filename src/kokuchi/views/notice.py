"""A revision as a reader sees it (``show``), and the list of notices (``list``)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .. import markup
from ..dates import format_period, format_timestamp, zone
from ..i18n import SOURCE_LANGUAGE, labels
from ..model import Notice, NoticeType, Period, Revision
from .common import (
    STATE_LABELS,
    UPDATE_LABELS,
    Page,
    Untranslated,
    headline,
    marks,
    period_heading,
    report_label,
    section_heading,
    status_label,
    type_label,
)


@dataclass(frozen=True)
class SectionView:
    id: str
    kind: str
    state: str
    heading: str
    state_label: str | None  # None while the section is active
    blocks: tuple[markup.Block, ...]  # items are str or Untranslated


@dataclass(frozen=True)
class UpdateView:
    at: str  # ISO 8601, for machines (<time datetime>)
    at_text: str
    kind: str
    label: str
    body: str  # inline Markdown


@dataclass(frozen=True)
class PeriodView:
    scope: str | None
    text: str  # the formatted range
    line: str  # the range with its scope, as one line


@dataclass(frozen=True)
class NoticeView:
    kind = "notice"

    lang: str
    source_lang: str
    notice_id: str
    revision: int
    status: str
    status_label: str
    title: str  # with the status label
    published: str  # ISO 8601
    published_text: str
    labels: dict[str, str]  # the fixed words of a layout: headings, captions, marks
    products: tuple[str, ...]
    periods: tuple[PeriodView, ...]
    sections: tuple[SectionView, ...]
    updates: tuple[UpdateView, ...]
    data: dict[str, Any] = field(default_factory=dict, compare=False)  # the validated structure (json)
    page: Page | None = None
    type: str = str(NoticeType.INCIDENT)
    type_label: str = ""
    report_label: str = ""  # 第3報 / Report 3


def _in_zone(revision: Revision, tz) -> Revision:
    """Every datetime of *revision* converted to *tz* (for --tz)."""
    return replace(
        revision,
        published=revision.published.astimezone(tz),
        periods=tuple(
            replace(p, start=p.start.astimezone(tz), end=p.end.astimezone(tz) if p.end else None)
            for p in revision.periods
        ),
        updates=tuple(replace(u, at=u.at.astimezone(tz)) for u in revision.updates),
    )


def notice_view(revision: Revision, lang: str, *, tz: str | None = None, page: Page | None = None) -> NoticeView:
    """Lay out *revision* (already in *lang*) with *lang*'s labels and dates.

    With *tz* (an IANA zone), or else the revision's own ``timezone``, every
    time is converted to it and labelled with its abbreviation.
    """
    lab = labels(lang)
    data = revision.to_json()
    if tz or revision.timezone:
        revision = _in_zone(revision, zone(tz or revision.timezone))

    def mark(text: str) -> str:
        return Untranslated(text) if text in revision.untranslated else text

    def period_view(period: Period) -> PeriodView:
        text = format_period(period, lab)
        if not period.scope:
            return PeriodView(None, text, text)
        line = lab("period", "{scope}: {period}", scope=period.scope, period=text)
        if period.scope in revision.untranslated:
            return PeriodView(Untranslated(period.scope), text, Untranslated(line))
        return PeriodView(period.scope, text, line)

    return NoticeView(
        lang=lang,
        source_lang=SOURCE_LANGUAGE,
        notice_id=revision.notice_id,
        revision=revision.number,
        status=str(revision.status),
        status_label=status_label(revision.status, lab),
        title=headline(revision.status, mark(revision.title), lab),
        published=revision.published.isoformat(),
        published_text=format_timestamp(revision.published, lab),
        labels={
            "products": lab("heading", "Affected products and services"),
            "periods": period_heading(revision.status, lab),
            "updates": lab("heading", "Updates"),
            "published": lab("label", "Published"),
            "revision": lab("label", "Revision {number}", number=revision.number),
            "status": lab("label", "Status"),
            "languages": lab("label", "Languages"),
            "history": lab("heading", "Revision history"),
            "type": lab("label", "Type"),
            "feed": lab("label", "Feed"),
            "web": lab("mail", "Read this notice on the web:"),
            **marks(lab),
        },
        products=tuple(mark(p) for p in revision.products),
        periods=tuple(period_view(period) for period in revision.periods),
        sections=tuple(
            SectionView(
                id=section.id,
                kind=str(section.kind),
                state=str(section.state),
                heading=mark(section.heading)
                if section.heading
                else section_heading(section.kind, revision.status, lab),
                state_label=lab("state", STATE_LABELS[section.state]) if section.state in STATE_LABELS else None,
                blocks=tuple(
                    replace(block, items=tuple(mark(item) for item in block.items))
                    for block in markup.blocks(section.body)
                ),
            )
            for section in revision.sections
        ),
        updates=tuple(
            UpdateView(
                at=update.at.isoformat(),
                at_text=format_timestamp(update.at, lab),
                kind=str(update.kind),
                label=lab("update", UPDATE_LABELS[update.kind]),
                body=mark(markup.join_lines(update.body)),
            )
            for update in revision.updates
        ),
        data=data,
        page=page,
        type=str(revision.type),
        type_label=type_label(revision.type, lab),
        report_label=report_label(revision.number, lab),
    )


@dataclass(frozen=True)
class NoticeRow:
    id: str
    revision: int
    status: str
    status_label: str
    published: str
    title: str


@dataclass(frozen=True)
class NoticeListView:
    kind = "notices"

    lang: str
    labels: dict[str, str]
    rows: tuple[NoticeRow, ...]


def notice_list_view(notices: list[Notice], lang: str) -> NoticeListView:
    lab = labels(lang)
    return NoticeListView(
        lang=lang,
        labels={
            "id": lab("column", "id"),
            "revision": lab("column", "revision"),
            "status": lab("column", "status"),
            "published": lab("column", "published"),
            "title": lab("column", "title"),
        },
        rows=tuple(
            NoticeRow(
                id=notice.id,
                revision=notice.latest.number,
                status=str(notice.latest.status),
                status_label=status_label(notice.latest.status, lab),
                published=notice.latest.published.isoformat(),
                title=notice.latest.title,
            )
            for notice in notices
        ),
    )
