"""A security advisory's revisions → a CSAF 2.0 ``csaf_security_advisory`` document.

Pure: data in, a JSON-ready dict out. The caller hands over the notice's
revisions up to the one exported, already in the document's language (the
Japanese source, or the translation from the catalog, which the release gate
has accepted); this module decides nothing about files or catalogs.

What comes from where (docs/security.md has the table):
- tracking: the notice id (``-en`` appended for the English translation, as
  CSAF's translator clause allows), version = revision number, status
  ``interim`` until the notice is resolved, then ``final``; one
  ``revision_history`` entry per revision, whose summary is that revision's
  localized change events, the same lines ``kokuchi log`` prints. No entry
  can be forgotten: they are derived, not written.
- product tree and product status: ``advisory.products`` (affected ranges as
  ``vers:generic`` ranges, fixed versions as versions), each product with its
  identification helpers: the product's ``purl`` with the version added
  (``@5.2.7``; a range keeps the versionless purl) and its ``cpe`` with the
  version put in (a range keeps ``*``).
- references: ``self``, the document's own URL under ``csaf.url`` (CSAF
  6.2.11); a translation's first reference is its original.
- vulnerabilities: ``advisory.vulnerabilities`` (CVE, CWE, CVSS v3.1 with the
  base score computed), described by the impact section.
- remediations: ``advisory.remediations``, each the text of its section, for
  as long as the section is in force (a section that becomes unnecessary or
  withdrawn ends its remediation).
- notes: every other section, under its localized heading.
"""

from __future__ import annotations

import re
from typing import Any

from kokuchi import __version__
from kokuchi.catalog.checks import Glossary
from kokuchi.core.errors import KokuchiError
from kokuchi.core.model import (
    ENDED_STATES,
    FINAL_STATUSES,
    Advisory,
    Notice,
    NoticeType,
    Revision,
    Section,
    SectionKind,
)
from kokuchi.language.labels import SOURCE_LANGUAGE, Labels, labels
from kokuchi.notice import markup
from kokuchi.notice.severity import score
from kokuchi.project.settings import CsafSettings, Publisher
from kokuchi.publish.gate import Verdict, gate
from kokuchi.views.common import section_heading
from kokuchi.views.history import History, history_in
from kokuchi.views.security import CsafView


def translation_verdict(notice: Notice, number: int, lang: str, entries: dict, glossary: Glossary) -> Verdict:
    """The gate on every revision up to *number*: a translated document's history quotes them all,
    so one unit missing or inconsistent anywhere keeps the whole translation out."""
    return gate(list(notice.revisions[:number]), lang, entries, glossary)


CSAF_VERSION = "2.0"

# Which CSAF note category a section that is not a remediation becomes.
NOTE_CATEGORIES = {
    SectionKind.AFFECTED: "general",
    SectionKind.IMPACT: "summary",
    SectionKind.CAUSE: "details",
    SectionKind.FIX: "details",
    SectionKind.WORKAROUND: "details",
    SectionKind.ALTERNATIVE: "general",
    SectionKind.REQUEST: "general",
    SectionKind.CONTACT: "general",
    SectionKind.NOTE: "other",
    SectionKind.OTHER: "other",
}


class NotExportable(KokuchiError):
    """The revision lacks what a CSAF security advisory must have."""


def tracking_id(notice_id: str, lang: str) -> str:
    return notice_id if lang == SOURCE_LANGUAGE else f"{notice_id}-{lang}"


def filename(notice_id: str, lang: str) -> str:
    """CSAF 5.1: the tracking id, lowercased, other characters as ``_``, plus .json."""
    name = re.sub(r"[^+\-a-z0-9]+", "_", tracking_id(notice_id, lang).lower())
    return f"{name}.json"


def exportable_problems(revision: Revision) -> list[tuple[str, str]]:
    """(key path, message) for what a security advisory document needs and *revision* lacks."""
    problems = []
    if revision.type != NoticeType.ADVISORY:
        problems.append(("type", f"is {revision.type}: only a security advisory (type: advisory) exports as CSAF"))
        return problems
    advisory = revision.advisory
    if advisory is None or not advisory.vulnerabilities:
        problems.append(("advisory.vulnerabilities", "a CSAF security advisory needs at least one vulnerability"))
    if advisory is None or not any(p.affected for p in (advisory.products if advisory else ())):
        problems.append(("advisory.products", "a CSAF security advisory needs a product with affected versions"))
    return problems


def _text(body: str) -> str:
    """A section body as Markdown text: paragraphs and ``-`` lists, each block folded."""
    return markup.compose(markup.blocks(body)).rstrip("\n")


def _slug(name: str, index: int) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or f"product-{index + 1}"


def _is_range(version: str) -> bool:
    return " " in version or version.startswith((">", "<"))


def _vers(version: str) -> str:
    """A range such as ``>=5.2.0 <=5.2.6`` as a ``vers`` URI (vers:generic/>=5.2.0|<=5.2.6)."""
    return "vers:generic/" + "|".join(version.split(" "))


def _cpe_version(cpe: str, version: str) -> str:
    """*cpe* (version ``*``) naming *version*, quoted as CPE 2.3 formatted strings quote."""
    parts = re.split(r"(?<!\\):", cpe)
    parts[5] = re.sub(r"([^A-Za-z0-9._-])", r"\\\1", version.lstrip("="))
    return ":".join(parts)


class _Products:
    """The product tree, and the product ids of each product's affected and fixed versions."""

    def __init__(self, source: Advisory, local: Advisory, vendor: str):
        from packageurl import PackageURL  # lazy: only advisories need it

        self.affected: dict[str, list[str]] = {}  # source product name → ids
        self.fixed: dict[str, list[str]] = {}
        names = {ours.name: theirs.name for ours, theirs in zip(source.products, local.products)}
        branches = []
        for index, product in enumerate(source.products):
            slug = _slug(product.name, index)
            local_name = names[product.name]
            versions = []
            for kind, values in (("affected", product.affected), ("fixed", product.fixed)):
                ids = getattr(self, kind).setdefault(product.name, [])
                for version in values:
                    product_id = f"{slug}:{version.lstrip('=').replace(' ', ',')}"
                    ids.append(product_id)
                    branch: dict[str, Any] = (
                        {"category": "product_version_range", "name": _vers(version)}
                        if _is_range(version)
                        else {"category": "product_version", "name": version.lstrip("=")}
                    )
                    branch["product"] = {"product_id": product_id, "name": f"{local_name} {version.lstrip('=')}"}
                    helper: dict[str, str] = {}
                    if product.cpe:
                        helper["cpe"] = product.cpe if _is_range(version) else _cpe_version(product.cpe, version)
                    if product.purl:
                        purl = PackageURL.from_string(product.purl)
                        if not _is_range(version):
                            purl = purl._replace(version=version.lstrip("="))
                        helper["purl"] = purl.to_string()
                    if helper:
                        branch["product"]["product_identification_helper"] = helper
                    versions.append(branch)
            branches.append({"category": "product_name", "name": local_name, "branches": versions})
        self.tree = {"branches": [{"category": "vendor", "name": vendor, "branches": branches}]}

    def affected_ids(self, names: tuple[str, ...] = ()) -> list[str]:
        return [pid for name, ids in self.affected.items() if not names or name in names for pid in ids]

    def fixed_ids(self) -> list[str]:
        return [pid for ids in self.fixed.values() for pid in ids]


def _heading(section: Section, revision: Revision, lab: Labels) -> str:
    return section.heading or section_heading(section.kind, revision, lab)


def document(
    notice: Notice,
    history: History,
    lang: str,
    publisher: Publisher,
    *,
    original_url: str | None = None,
    self_url: str | None = None,
) -> dict:
    """The CSAF document of revision N of *notice*, in *lang*.

    *history* is the notice's revisions 1..N in *lang* and their log (views.history.history_in;
    the source revisions themselves in Japanese). A translation names the original
    document's URL, *original_url*, as its first reference, as CSAF requires;
    *self_url*, where this document is served, is its ``self`` reference.
    """
    number = len(history.revisions)
    source = notice.revision(number)
    local = history.revisions[-1]
    problems = exportable_problems(source)
    if problems:
        raise NotExportable("; ".join(f"{path}: {message}" for path, message in problems))
    if lang != SOURCE_LANGUAGE and not original_url:
        raise NotExportable("a translated CSAF document needs the original document's URL as its first reference")
    advisory, local_advisory = source.advisory, local.advisory
    if advisory is None or local_advisory is None:
        # exportable_problems has refused a source without advisory fields; a translation keeps them.
        raise NotExportable(f"revision {number} in {lang} has no advisory fields")
    lab = labels(lang)
    log = history.log
    products = _Products(advisory, local_advisory, publisher.name)

    tied = {r.section: r for r in advisory.remediations}
    notes = [
        {"category": NOTE_CATEGORIES[section.kind], "title": _heading(section, local, lab), "text": _text(section.body)}
        for section in local.sections
        if section.id not in tied
    ]
    remediations = []
    for remediation in advisory.remediations:
        section = local.section(remediation.section)
        if section is None or section.state in ENDED_STATES:
            continue  # ended: the revision history says so
        remediations.append(
            {
                "category": str(remediation.category),
                "details": _text(section.body),
                "product_ids": products.affected_ids(remediation.products),
            }
        )
    impact = next((s for s in local.sections if s.kind == SectionKind.IMPACT), None)
    description = {
        "category": "description",
        "title": _heading(impact, local, lab) if impact else lab("label", "Title"),
        "text": _text(impact.body) if impact else local.title,
    }

    vulnerabilities = []
    for vulnerability in advisory.vulnerabilities:
        entry: dict = {}
        if vulnerability.cve:
            entry["cve"] = vulnerability.cve
        if vulnerability.cwe:
            entry["cwe"] = {"id": vulnerability.cwe.id, "name": vulnerability.cwe.name}
        entry["notes"] = [description]
        status = {"known_affected": products.affected_ids()}
        if products.fixed_ids():
            status["fixed"] = products.fixed_ids()
        entry["product_status"] = status
        if remediations:
            entry["remediations"] = remediations
        if vulnerability.cvss:
            result = score(vulnerability.cvss)
            entry["scores"] = [
                {
                    "products": products.affected_ids(),
                    "cvss_v3": {
                        "version": "3.1",
                        "vectorString": result.vector,
                        "baseScore": result.base_score,
                        "baseSeverity": result.base_severity,
                        **result.metrics,
                    },
                }
            ]
        entry["title"] = local.title
        vulnerabilities.append(entry)

    publisher_data = {
        "category": "vendor" if lang == SOURCE_LANGUAGE else "translator",
        "name": publisher.name,
        "namespace": publisher.namespace,
        **({"contact_details": publisher.contact_details} if publisher.contact_details else {}),
        **({"issuing_authority": publisher.issuing_authority} if publisher.issuing_authority else {}),
    }
    all_references = []
    if lang != SOURCE_LANGUAGE:
        all_references.append(
            {"category": "external", "summary": lab("csaf", "The original advisory (Japanese)"), "url": original_url}
        )
    if self_url:
        all_references.append({"category": "self", "summary": lab("csaf", "This advisory (CSAF)"), "url": self_url})
    document_data = {
        "category": "csaf_security_advisory",
        "csaf_version": CSAF_VERSION,
        "lang": lang,
        **({"source_lang": SOURCE_LANGUAGE} if lang != SOURCE_LANGUAGE else {}),
        "title": local.title,
        "publisher": publisher_data,
        "distribution": {"tlp": {"label": "WHITE"}},
        **({"notes": notes} if notes else {}),
        **({"references": all_references} if all_references else {}),
        "tracking": {
            "id": tracking_id(notice.id, lang),
            "version": str(number),
            "status": "final" if source.status in FINAL_STATUSES else "interim",
            "initial_release_date": notice.revisions[0].published.isoformat(),
            "current_release_date": source.published.isoformat(),
            "revision_history": [
                {"number": str(entry.revision), "date": entry.published, "summary": "\n".join(entry.summaries)}
                for entry in log.entries
            ],
            "generator": {"engine": {"name": "kokuchi", "version": __version__}},
        },
    }
    return {"document": document_data, "product_tree": products.tree, "vulnerabilities": vulnerabilities}


def csaf_view(notice: Notice, number: int, lang: str, entries: dict, settings: CsafSettings) -> CsafView:
    """Revision *number* of *notice* as a CSAF document in *lang* (*entries*: that language's catalog).

    The caller has run the release gate on revisions 1..number in *lang*.
    """
    history = history_in(notice, lang, entries, upto=number)
    year = notice.revisions[0].published.year
    original = settings.document_url(year, filename(notice.id, SOURCE_LANGUAGE)) if lang != SOURCE_LANGUAGE else None
    own = settings.document_url(year, filename(notice.id, lang))
    data = document(notice, history, lang, settings.publisher, original_url=original, self_url=own)
    return CsafView(notice.id, lang, number, filename(notice.id, lang), year, data)


def provider_metadata(settings: CsafSettings, last_updated: str) -> dict:
    """A provider-metadata.json for the site's csaf/ folder (CSAF 7.1.7), directory distribution."""
    publisher = settings.publisher
    return {
        "canonical_url": f"{settings.url}/provider-metadata.json",
        "distributions": [{"directory_url": f"{settings.url}/"}],
        "last_updated": last_updated,
        "list_on_CSAF_aggregators": True,
        "metadata_version": "2.0",
        "mirror_on_CSAF_aggregators": True,
        "publisher": {
            "category": "vendor",
            "name": publisher.name,
            "namespace": publisher.namespace,
            **({"contact_details": publisher.contact_details} if publisher.contact_details else {}),
            **({"issuing_authority": publisher.issuing_authority} if publisher.issuing_authority else {}),
        },
        "role": "csaf_publisher",
    }
