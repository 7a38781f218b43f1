"""Revision files → model, validated against the format contract.

Validation collects every problem it can find, each located by file, line,
column and key path; nothing here writes. The JSON Schema shipped in
``kokuchi/schema/revision.schema.json`` is the single source of the structural
rules: editors validate against the same file that ``check`` uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from kokuchi.core.errors import InvalidInput, KokuchiError, Problem, position, sort_problems
from kokuchi.core.model import (
    FINAL_STATUSES,
    NEXT_UPDATE_ON_NEWS,
    VERSION,
    Advisory,
    Note,
    Notice,
    NoticeType,
    Period,
    ProductVersions,
    Remediation,
    RemediationCategory,
    Revision,
    Section,
    SectionKind,
    SectionState,
    Status,
    Update,
    UpdateKind,
    Vulnerability,
    Weakness,
    infer_type,
    version_constraints,
)
from kokuchi.notice import markup, severity
from kokuchi.notice.units import revision_file
from kokuchi.notice.updates import amendment_problems
from kokuchi.project import schemas, yamlio
from kokuchi.project.files import read_bytes
from kokuchi.project.layout import RELEASED_FILE, Store, check_notice_id, revision_filename, revision_number
from kokuchi.project.ledger import released_problems

# Paths (with [*] for any index) whose strings are datetimes with a UTC offset.
DATETIME_FIELDS = ("published", "periods[*].start", "periods[*].end", "updates[*].at")
MIN_YEAR, MAX_YEAR = 1900, 2999
# Texts that may span lines (and hold tabs), and those that are Markdown.
MULTILINE_FIELDS = re.compile(
    r"sections\[\d+\]\.body|sections\[\d+\]\.notes\[\d+\]\.body|updates\[\d+\]\.body|lead|closing"
)
# Of those, the bodies: blocks of markup (paragraphs, lists, numbered items, sub-headings).
BODY_FIELDS = re.compile(r"sections\[\d+\]\.body|sections\[\d+\]\.notes\[\d+\]\.body|lead|closing")

SCHEMA = "revision"


def schema_text() -> str:
    return schemas.schema_text(SCHEMA)


def parse_datetime(value: str) -> datetime:
    """An ISO 8601 datetime that carries a UTC offset; ValueError otherwise."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO 8601 date and time (e.g. 2023-07-18T12:15:00+09:00)") from None
    if parsed.tzinfo is None:
        raise ValueError(f"{value!r} needs a UTC offset (e.g. +09:00)")
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        # Converting year 1 or 9999 to another zone overflows datetime.
        raise ValueError(f"{value!r}: the year must be between {MIN_YEAR} and {MAX_YEAR}")
    return parsed


def _datetime_problems(data: dict, report: schemas.Report) -> dict[str, datetime]:
    """Parse every datetime field that is text; report the ones that do not parse."""
    parsed: dict[str, datetime] = {}
    for pattern in DATETIME_FIELDS:
        for path, value in _expand(data, pattern):
            if isinstance(value, str):
                try:
                    parsed[path] = parse_datetime(value)
                except ValueError as exc:
                    report.at(path, str(exc))
    return parsed


def _expand(data: Any, pattern: str) -> Iterator[tuple[str, Any]]:
    """Yield (path, value) for a pattern such as ``periods[*].end``."""
    head, _, rest = pattern.partition("[*].")
    if not isinstance(data, dict) or head not in data:
        return
    if not rest:
        yield head, data[head]
        return
    items = data[head]
    if isinstance(items, list):
        for i, item in enumerate(items):
            if isinstance(item, dict) and rest in item:
                yield f"{head}[{i}].{rest}", item[rest]


def _text_problems(doc: yamlio.YamlDocument, report: schemas.Report) -> None:
    """Control characters and bidi overrides in any string or key; line breaks
    in single-line fields; raw HTML, images and script links in Markdown."""
    from kokuchi.core.controls import text_problem

    for path, text, is_key in yamlio.walk(doc.data):
        multiline = not is_key and MULTILINE_FIELDS.fullmatch(path) is not None
        message = text_problem(text, multiline=multiline)
        if message:
            report.at(path, ("key " if is_key else "") + message, position=doc.keys.get(path) if is_key else None)
        elif multiline:
            first = doc.content_lines.get(path, report.position(path)[0])
            found = list(markup.markup_problems(text))
            if BODY_FIELDS.fullmatch(path):
                found += markup.body_problems(text)
            for line, problem in sorted(found):
                report.at(path, problem.replace(f" at body line {line}", ""), position=(first + line - 1, 1))


def _semantic_problems(
    data: dict, dates: dict[str, datetime], expected_number: int | None, report: schemas.Report
) -> None:
    number = data.get("revision")
    if isinstance(number, float):
        # JSON Schema counts 2.0 and 1e9 as integers; a revision number is written 2.
        report.at("revision", f"{number!r} is not a whole number: write the revision as 1, 2, 3, …")
    if (
        expected_number is not None
        and isinstance(number, int)
        and not isinstance(number, bool)
        and number != expected_number
    ):
        report.at("revision", f"is {number} but the file is {revision_filename(expected_number)}")
    for i, period in enumerate(data.get("periods") or []):
        if not isinstance(period, dict):
            continue
        start, end = dates.get(f"periods[{i}].start"), dates.get(f"periods[{i}].end")
        if start and end and end < start:
            report.at(f"periods[{i}].end", f"{period['end']} is before the start {period['start']}")
    zone_name = data.get("timezone")
    if isinstance(zone_name, str) and zone_name:
        try:
            ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            report.at("timezone", f"{zone_name!r} is not an IANA time zone (e.g. Asia/Tokyo)")
    seen: dict[str, str] = {}
    for i, section in enumerate(data.get("sections") or []):
        if not isinstance(section, dict):
            continue
        _note_problems(section, i, report)
        section_id = section.get("id", section.get("kind"))
        if not isinstance(section_id, str):
            continue
        path = f"sections[{i}].id" if "id" in section else f"sections[{i}]"
        if section_id in seen:
            line = report.position(seen[section_id])[0]
            hint = "" if "id" in section else " (an omitted id defaults to the kind; give each section an id)"
            report.at(path, f"duplicate section id {section_id!r} (first used at line {line}){hint}")
        else:
            seen[section_id] = path


_VERSION = re.compile(VERSION)


# CPE 2.3 formatted string (NISTIR 7695 6.2), as the CSAF 2.0 schema's product_identification_helper/cpe has it.
_CPE_COMPONENT = r"""(((\?*|\*?)([a-zA-Z0-9\-._]|(\\[\\*?!"#$%&'()+,/:;<=>@\[\]^`{|}~]))+(\?*|\*?))|[*\-])"""
_CPE23 = re.compile(
    rf"cpe:2\.3:[aho*\-](:{_CPE_COMPONENT}){{5}}(:(([a-zA-Z]{{2,3}}(-([a-zA-Z]{{2}}|[0-9]{{3}}))?)|[*\-]))(:{_CPE_COMPONENT}){{4}}"
)


def _purl_problem(text: str) -> str | None:
    """Why *text* is not a Package URL naming a product without a version; None when it is."""
    from packageurl import PackageURL  # lazy: only advisories name products this way

    try:
        purl = PackageURL.from_string(text)
    except ValueError as exc:
        return f"{text!r} is not a Package URL (pkg:TYPE/NAMESPACE/NAME): {exc}"
    if purl.version:
        return f"{text!r} names version {purl.version}: leave the version out, the CSAF document adds each version"
    return None


def _cpe_problem(text: str) -> str | None:
    """Why *text* is not a CPE 2.3 name whose version is ``*``; None when it is."""
    if not _CPE23.fullmatch(text):
        return f"{text!r} is not a CPE 2.3 name (cpe:2.3:a:VENDOR:PRODUCT:*:*:*:*:*:*:*:*)"
    if re.split(r"(?<!\\):", text)[5] != "*":
        return f"{text!r} names a version: write * there, the CSAF document puts in each version"
    return None


def _has_mark(text: str, mark: str) -> bool:
    """*mark* (※1) in *text*, not as the start of a longer one (※10)."""
    return re.search(re.escape(mark) + r"(?![0-9])", text) is not None


def _note_problems(section: dict, index: int, report: schemas.Report) -> None:
    """Each note's mark is in the section's heading or body, once per section."""
    notes = section.get("notes")
    if not isinstance(notes, list):
        return
    text = "\n".join(v for v in (section.get("heading"), section.get("body")) if isinstance(v, str))
    seen: dict[str, int] = {}
    for j, note in enumerate(notes):
        mark = note.get("mark") if isinstance(note, dict) else None
        if not isinstance(mark, str):
            continue
        path = f"sections[{index}].notes[{j}].mark"
        if mark in seen:
            report.at(path, f"{mark} is already notes[{seen[mark]}]")
            continue
        seen[mark] = j
        if not _has_mark(text, mark):
            report.at(path, f"{mark} is not in the section's text: put the mark where the note applies")


def _next_update_problem(data: dict, report: schemas.Report) -> datetime | str | None:
    value = data.get("next-update")
    if not isinstance(value, str) or not value:
        return None
    if value == NEXT_UPDATE_ON_NEWS:
        return value
    try:
        return parse_datetime(value)
    except ValueError as exc:
        report.at("next-update", f"{exc}, or {NEXT_UPDATE_ON_NEWS} (the next report comes with news)")
        return None


def _version_range_problem(text: str) -> str | None:
    """Why *text* is not a version or a range such as ``>=5.2.0 <=5.2.6``; None when it is."""
    if version_constraints(text) is None:
        return f"{text!r} is not a version (5.2.7) or a range of constraints separated by spaces (>=5.2.0 <=5.2.6)"
    return None


def _advisory_problems(data: dict, report: schemas.Report) -> None:
    advisory = data.get("advisory")
    if not isinstance(advisory, dict):
        return
    given_type = data.get("type")
    if given_type != "advisory":
        said = f"type is {given_type}" if isinstance(given_type, str) else "type is not given"
        report.at("advisory", f"only a security advisory has advisory fields ({said}; write type: advisory)")
    products = [p for p in data.get("products") or [] if isinstance(p, str)]
    seen_cves: dict[str, int] = {}
    for i, vulnerability in enumerate(advisory.get("vulnerabilities") or []):
        if not isinstance(vulnerability, dict):
            continue
        if not vulnerability:
            report.at(f"advisory.vulnerabilities[{i}]", "give at least one of cve, cwe, cvss")
        cve = vulnerability.get("cve")
        if isinstance(cve, str):
            if cve in seen_cves:
                report.at(f"advisory.vulnerabilities[{i}].cve", f"{cve} is already vulnerabilities[{seen_cves[cve]}]")
            seen_cves.setdefault(cve, i)
        vector = vulnerability.get("cvss")
        if isinstance(vector, str) and vector.startswith(severity.PREFIX):
            try:
                severity.score(vector)
            except severity.InvalidVector as exc:
                report.at(f"advisory.vulnerabilities[{i}].cvss", str(exc))
    named: dict[str, int] = {}
    for i, product in enumerate(advisory.get("products") or []):
        if not isinstance(product, dict):
            continue
        name = product.get("name")
        if isinstance(name, str):
            if name not in products:
                report.at(
                    f"advisory.products[{i}].name",
                    f"{name!r} is not one of the products: {', '.join(products) or '(none)'}",
                )
            elif name in named:
                report.at(f"advisory.products[{i}].name", f"{name!r} is already advisory.products[{named[name]}]")
            named.setdefault(name, i)
        for key, check in (("purl", _purl_problem), ("cpe", _cpe_problem)):
            if isinstance(product.get(key), str) and (problem := check(product[key])):
                report.at(f"advisory.products[{i}].{key}", problem)
        seen_versions: dict[str, str] = {}
        for key in ("affected", "fixed"):
            for j, version in enumerate(product.get(key) or []):
                if not isinstance(version, str):
                    continue
                plain = version.lstrip("=")
                if plain in seen_versions:
                    report.at(
                        f"advisory.products[{i}].{key}[{j}]", f"{version!r} is already listed in {seen_versions[plain]}"
                    )
                    continue
                seen_versions[plain] = key
                if key == "fixed" and not _VERSION.fullmatch(version):
                    report.at(
                        f"advisory.products[{i}].fixed[{j}]",
                        f"{version!r} is not a version (such as 5.2.7): fixed versions are single versions",
                    )
                elif key == "affected" and (problem := _version_range_problem(version)):
                    report.at(f"advisory.products[{i}].affected[{j}]", problem)
    section_ids = [s.get("id", s.get("kind")) for s in data.get("sections") or [] if isinstance(s, dict)]
    tied: dict[tuple[str, object], int] = {}
    for i, remediation in enumerate(advisory.get("remediations") or []):
        if not isinstance(remediation, dict):
            continue
        section, category = remediation.get("section"), remediation.get("category")
        if isinstance(section, str):
            if section not in section_ids:
                report.at(
                    f"advisory.remediations[{i}].section",
                    f"{section!r} is not a section id of this revision ({', '.join(map(str, section_ids)) or 'none'})",
                )
            elif (section, category) in tied:
                report.at(
                    f"advisory.remediations[{i}].section",
                    f"section {section!r} already has a {category} remediation "
                    f"(remediations[{tied[section, category]}])",
                )
            tied.setdefault((section, category), i)
        for j, name in enumerate(remediation.get("products") or []):
            if isinstance(name, str) and name not in named:
                report.at(
                    f"advisory.remediations[{i}].products[{j}]",
                    f"{name!r} is not one of advisory.products: {', '.join(named) or '(none)'}",
                )


def _build_advisory(data: dict | None) -> Advisory | None:
    if data is None:
        return None
    return Advisory(
        vulnerabilities=tuple(
            Vulnerability(
                cve=v.get("cve"),
                cwe=Weakness(v["cwe"]["id"], v["cwe"]["name"]) if "cwe" in v else None,
                cvss=severity.score(v["cvss"]).vector if "cvss" in v else None,
            )
            for v in data.get("vulnerabilities") or ()
        ),
        products=tuple(
            ProductVersions(
                p["name"], tuple(p.get("affected") or ()), tuple(p.get("fixed") or ()), p.get("purl"), p.get("cpe")
            )
            for p in data.get("products") or ()
        ),
        remediations=tuple(
            Remediation(r["section"], RemediationCategory(r["category"]), tuple(r.get("products") or ()))
            for r in data.get("remediations") or ()
        ),
    )


def _build(
    notice_id: str,
    data: dict,
    dates: dict[str, datetime],
    doc: yamlio.YamlDocument,
    next_update: datetime | str | None = None,
) -> Revision:
    positions = {**doc.values, **doc.keys}  # a keyed value is located at its key
    status = Status(data["status"])
    return Revision(
        notice_id=notice_id,
        number=data["revision"],
        published=dates["published"],
        status=status,
        title=data["title"],
        type=NoticeType(data["type"]) if "type" in data else infer_type(status),
        type_given="type" in data,
        products=tuple(data.get("products") or ()),
        periods=tuple(
            Period(
                scope=p.get("scope"),
                start=dates[f"periods[{i}].start"],
                end=dates.get(f"periods[{i}].end"),
                approximate=bool(p.get("approximate", False)),
                note=p.get("note"),
            )
            for i, p in enumerate(data.get("periods") or ())
        ),
        sections=tuple(
            Section(
                id=s.get("id", s["kind"]),
                kind=SectionKind(s["kind"]),
                body=s["body"],
                heading=s.get("heading"),
                state=SectionState(s.get("state", "active")),
                notes=tuple(Note(n["mark"], n["body"]) for n in s.get("notes") or ()),
            )
            for s in data.get("sections") or ()
        ),
        updates=tuple(
            Update(
                at=dates[f"updates[{i}].at"],
                kind=UpdateKind(u["kind"]),
                body=u["body"],
                amended=u.get("amended"),
            )
            for i, u in enumerate(data.get("updates") or ())
        ),
        timezone=data.get("timezone"),
        advisory=_build_advisory(data.get("advisory")),
        lead=data.get("lead"),
        closing=data.get("closing"),
        withdrawn=bool(data.get("withdrawn", False)),
        next_update=next_update,
        positions=positions,
        content_lines=dict(doc.content_lines),
    )


def _decode(raw: bytes, report: schemas.Report) -> str | None:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        report.at("(file)", f"not UTF-8 text (byte 0x{raw[exc.start]:02x})", position=position(raw, exc.start))
        return None
    if "\x00" in text:
        report.at("(file)", "not a text file (contains a NUL character)", position=position(text, text.index("\x00")))
        return None
    return text


def parse_revision(
    raw: bytes, file: str, notice_id: str, expected_number: int | None
) -> tuple[Revision | None, list[Problem]]:
    """Validate one revision file's bytes; return the revision (if valid) and all problems."""
    report = schemas.Report(file)
    text = _decode(raw, report)
    if text is None:
        return None, report.problems
    try:
        doc = yamlio.parse(text)
    except yamlio.YamlSyntaxError as exc:
        p = exc.problem
        report.at(p.path, p.message, position=(p.line, p.column))
        return None, report.problems
    report.doc = doc
    for p in doc.problems:
        report.at(p.path, p.message, position=(p.line, p.column))
    data = doc.data
    if data is None:
        report.at("(document)", "the file is empty; a revision needs revision, published, status and title")
        return None, report.problems
    if not isinstance(data, dict):
        report.at("(document)", f"expected a mapping of keys, got {schemas.type_name(data)}")
        return None, report.problems
    schemas.schema_problems(SCHEMA, data, report)
    _text_problems(doc, report)
    dates = _datetime_problems(data, report)
    _semantic_problems(data, dates, expected_number, report)
    _advisory_problems(data, report)
    next_update = _next_update_problem(data, report)
    if report.problems:
        return None, report.problems
    return _build(notice_id, data, dates, doc, next_update), []


def load_notice(store: Store, notice_id: str) -> Notice:
    """Every revision of one notice, validated alone and against each other."""
    notice, problems = _load_notice(store, notice_id)
    if problems:
        raise InvalidInput(problems)
    assert notice is not None
    return notice


def _load_notice(store: Store, notice_id: str) -> tuple[Notice | None, list[Problem]]:
    folder = store.notice_dir(notice_id)
    problems: list[Problem] = []
    files: dict[int, Path] = {}
    for path in sorted(folder.iterdir()):
        if path.name == RELEASED_FILE or path.name.startswith("."):
            continue
        if path.is_dir() and not path.is_symlink() and path.suffix not in (".yaml", ".yml"):
            continue  # a folder of the editor's own; one named like a revision is refused below
        number = revision_number(path.name)
        if number is not None:
            files[number] = path
        elif path.suffix in (".yaml", ".yml"):
            problems.append(
                Problem(
                    store.rel(path),
                    1,
                    1,
                    "(file)",
                    "unexpected file name: revision files are named 001.yaml, 002.yaml, …",
                )
            )
    if not files:
        problems.append(
            Problem(store.rel(folder / revision_filename(1)), 1, 1, "(file)", "the notice has no revisions")
        )
        return None, problems
    revisions: dict[int, Revision] = {}
    for number, path in sorted(files.items()):
        try:
            raw = read_bytes(path, name=store.rel(path))
        except InvalidInput as exc:
            problems.extend(exc.problems)
            continue
        revision, found = parse_revision(raw, store.rel(path), notice_id, number)
        problems.extend(found)
        if revision is not None:
            revisions[number] = revision
    for number, path in sorted(files.items()):
        if number > 1 and number - 1 not in files:
            problems.append(
                Problem(
                    store.rel(path),
                    1,
                    1,
                    "revision",
                    f"revision {revision_filename(number - 1)} is missing: numbers start at 1 and have no gaps",
                )
            )
    for number, revision in sorted(revisions.items()):
        previous = revisions.get(number - 1)
        if previous is None:
            continue
        file = store.rel(files[number])
        if revision.published <= previous.published:
            line, column = revision.positions.get("published", (1, 1))
            problems.append(
                Problem(
                    file,
                    line,
                    column,
                    "published",
                    f"{revision.published.isoformat()} is not later than revision {previous.number}'s "
                    f"{previous.published.isoformat()}",
                )
            )
        for key, message in amendment_problems(previous, revision):
            line, column = revision.positions.get(key, (1, 1))
            problems.append(Problem(file, line, column, key, message))
    if problems:
        return None, problems
    return Notice(notice_id, tuple(revisions[n] for n in sorted(revisions))), []


def load_valid(store: Store, notice_ids: list[str] | None) -> tuple[list[Notice], list[Problem]]:
    """The valid notices among the named ones (default: all), and every problem of the others."""
    if notice_ids:
        for notice_id in notice_ids:
            check_notice_id(notice_id)
    names = notice_ids or store.notice_ids()
    notices: list[Notice] = []
    problems: list[Problem] = []
    for name in names:
        try:
            check_notice_id(name)
        except KokuchiError as exc:
            problems.append(Problem(store.rel(store.notices_dir / name), 1, 1, "(notice id)", str(exc)))
            continue
        try:
            notice, found = _load_notice(store, name)
            found += released_problems(store, name)
        except InvalidInput as exc:  # the folder itself is refused (a link, a file)
            notice, found = None, exc.problems
        problems.extend(found)
        if notice is not None:
            notices.append(notice)
    return notices, sort_problems(problems)


def type_notes(notices: list[Notice]) -> list[Problem]:
    """One note per notice with a revision that leaves out ``type``: what was inferred.

    Notes, not errors: older notices predate the key. Located at the first such
    revision's ``status``, which the type was inferred from.
    """
    notes: list[Problem] = []
    for notice in notices:
        for revision in notice.revisions:
            if not revision.type_given:
                line, column = revision.positions.get("status", (1, 1))
                notes.append(
                    Problem(
                        revision_file(revision),
                        line,
                        column,
                        "type",
                        f"not given; inferred as {revision.type} from the status {revision.status!s} "
                        f"(add type: {revision.type}; an advisory must say type: advisory)",
                    )
                )
                break
    return notes


def _bodies(revision: Revision) -> Iterator[tuple[str, str]]:
    """(key path, text) of every body of *revision*."""
    if revision.lead:
        yield "lead", revision.lead
    for i, section in enumerate(revision.sections):
        yield f"sections[{i}].body", section.body
        for j, note in enumerate(section.notes):
            yield f"sections[{i}].notes[{j}].body", note.body
    if revision.closing:
        yield "closing", revision.closing


def format_notes(notices: list[Notice], now: datetime | None = None) -> list[Problem]:
    """Warnings that do not make a revision invalid: a line that starts with a
    pasted bullet (・), shown merged into its paragraph; and an ongoing notice
    whose latest revision promised its next report before *now*."""
    now = now or datetime.now(UTC)
    notes: list[Problem] = []
    for notice in notices:
        for revision in notice.revisions:
            file = revision_file(revision)
            for path, body in _bodies(revision):
                first = revision.content_lines.get(path) or revision.positions.get(path, (1, 1))[0]
                for line in markup.pasted_bullets(body):
                    notes.append(
                        Problem(
                            file,
                            first + line - 1,
                            1,
                            path,
                            "this line starts with a pasted bullet and is shown joined to the line before: "
                            "write '- ' for a list item, or start a new paragraph with a blank line",
                        )
                    )
        latest = notice.latest
        if isinstance(latest.next_update, datetime) and latest.status not in FINAL_STATUSES:
            if latest.next_update < now:
                line, column = latest.positions.get("next-update", (1, 1))
                notes.append(
                    Problem(
                        revision_file(latest),
                        line,
                        column,
                        "next-update",
                        f"{latest.next_update.isoformat()} has passed and the notice is still "
                        f"{latest.status}: publish the next revision (kokuchi revise {notice.id})",
                    )
                )
    return notes


def check_with_notes(
    store: Store, notice_ids: list[str] | None = None, now: datetime | None = None
) -> tuple[list[Problem], list[Problem]]:
    """Every problem in the named notices (default: every folder under notices/),
    and the notes on the valid ones (see type_notes and format_notes)."""
    notices, problems = load_valid(store, notice_ids)
    return problems, type_notes(notices) + format_notes(notices, now)


def load_all(store: Store, notice_ids: list[str] | None = None) -> list[Notice]:
    """The named notices (default: all), validated; raises with every problem."""
    notices, problems = load_valid(store, notice_ids)
    if problems:
        raise InvalidInput(problems)
    return notices
