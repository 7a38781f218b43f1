"""Catalog extraction: every translation unit of the notices as a PO template, and new catalogs (init)."""

from __future__ import annotations

from collections.abc import Iterable

from kokuchi.catalog import po
from kokuchi.catalog.po import HEADER_FIELD_ORDER
from kokuchi.core.model import Notice
from kokuchi.notice.units import Unit, units


def header_field_rank(name: str) -> int:
    return HEADER_FIELD_ORDER.index(name) if name in HEADER_FIELD_ORDER else len(HEADER_FIELD_ORDER)


def _header(creation: str) -> dict[str, str]:
    return {
        "Project-Id-Version": "kokuchi notices",
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": creation,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Generated-By": "kokuchi",
    }


def notice_units(notices: Iterable[Notice]) -> list[Unit]:
    return [unit for notice in notices for revision in notice.revisions for unit in units(revision)]


def extract(notices: list[Notice]) -> po.POFile:
    """The template of every unit of every revision of every notice.

    Deterministic: messages in order of first appearance (notices by id,
    revisions in order), and the creation date is the latest publication, so
    extracting twice from the same notices gives the same bytes.
    """
    template = po.new_catalog()
    template.header = "Translatable texts of the notices, extracted by kokuchi."
    template.has_header = True
    latest = max((r.published for n in notices for r in n.revisions), default=None)
    template.metadata = _header(latest.strftime("%Y-%m-%d %H:%M%z") if latest else "")
    entries: dict[tuple[str, str], po.POEntry] = {}
    # Sets beside the lists: a stock sentence can occur tens of thousands of times.
    seen: dict[tuple[str, str], tuple[set, list]] = {}
    for unit in notice_units(sorted(notices, key=lambda n: n.id)):
        entry = entries.get(unit.key)
        if entry is None:
            entry = entries[unit.key] = po.POEntry(
                msgctxt=unit.role, msgid=unit.text, msgstr="", occurrences=[], comment=""
            )
            seen[unit.key] = (set(), [])
            template.append(entry)
        occurrences, comments = seen[unit.key]
        occurrence = (unit.file, str(unit.line))
        if occurrence not in occurrences:
            occurrences.add(occurrence)
            entry.occurrences.append(occurrence)
        if not comments or unit.comment != comments[-1]:
            comments.append(unit.comment)
    for key, (_, comments) in seen.items():
        entries[key].comment = "\n".join(dict.fromkeys(comments))
    return template


def init(template: po.POFile, lang: str) -> po.POFile:
    catalog = po.new_catalog()
    catalog.header = f"Translations of the notices into {lang}."
    creation = template.metadata.get("POT-Creation-Date", "")
    fields = {
        **_header(creation),
        "PO-Revision-Date": creation,
        "Last-Translator": "",
        "Language-Team": lang,
        "Language": lang,
        "Plural-Forms": po.plural_forms(lang),
    }
    # In the order msgmerge (and catalog update) writes them, so a new catalog is already up to date.
    catalog.metadata = {name: fields[name] for name in sorted(fields, key=header_field_rank)}
    catalog.has_header = True
    for entry in template:
        catalog.append(
            po.POEntry(
                msgctxt=entry.msgctxt,
                msgid=entry.msgid,
                msgstr="",
                occurrences=list(entry.occurrences),
                comment=entry.comment,
            )
        )
    return catalog
