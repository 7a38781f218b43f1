"""The release: a gate that refuses what is not ready, and the bilingual bundle.

``release`` checks the revision in every target language before anything is
written (untranslated, fuzzy and meaning-flip units; numbers, dates, IDs, URLs,
links and glossary terms that do not match the source), renders every file of
the bundle in memory, writes it to a temporary folder beside its destination
and moves it into place only when it is complete, then records the SHA-256 of
the released revision (and of the translations it used) in
``notices/<id>/released.json``, which ``check`` uses to refuse later edits.

Everything is deterministic: the same revision and catalogs give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .catalog import unit_state
from .checks import Glossary, check_unit, load_glossary
from .dates import language_name
from .errors import InvalidInput, KokuchiError, Problem
from .events import Event, compare
from .i18n import SOURCE_LANGUAGE, labels
from .load import load_notice
from .model import Notice, Revision
from .present import Document, present
from .report import present_log, summarize
from .store import RELEASED_FILE, Store, atomic_write, check_notice_id, read_released, revision_filename, sha256
from .translate import localize, translate
from .units import units

ENTRY_STATES = {"untranslated", "fuzzy", "flip"}


@dataclass
class Language:
    lang: str
    revision: Revision  # translated
    entries: dict
    missing: list = field(default_factory=list)


def _problem(unit, lang: str, check: str, message: str) -> Problem:
    return Problem(unit.file, unit.line, 1, f"{lang}:{unit.role}", f"{check}: {message}")


def gate(revision: Revision, languages: list[Language], glossary: Glossary) -> tuple[list[Problem], list[Problem]]:
    """(missing translations, inconsistent translations) of *revision* in each language."""
    missing: list[Problem] = []
    inconsistent: list[Problem] = []
    for language in languages:
        seen = set()
        for unit in units(revision):
            if unit.key in seen:
                continue
            seen.add(unit.key)
            entry = language.entries.get(unit.key)
            state = unit_state(entry)
            if state in ENTRY_STATES:
                missing.append(_problem(unit, language.lang, state, f"no usable translation for {unit.text!r}"))
                continue
            for finding in check_unit(unit.text, entry.msgstr, glossary):
                inconsistent.append(_problem(unit, language.lang, finding.check, finding.message))
    return missing, inconsistent


def check_catalog(root: Path, lang: str, notice_ids: list[str]) -> list[Problem]:
    """`kokuchi catalog check`: the gate's checks on every revision of the notices."""
    from .catalog_app import catalog_entries
    from .load import load_all

    store = Store(root)
    entries = catalog_entries(store, lang)
    glossary = load_glossary(store.locales_dir / "glossary.yaml")
    problems: list[Problem] = []
    for notice in load_all(store, notice_ids or None):
        for revision in notice.revisions:
            missing, inconsistent = gate(revision, [Language(lang, revision, entries)], glossary)
            problems += missing + inconsistent
    unique = {(p.file, p.line, p.path, p.message): p for p in problems}
    return list(unique.values())


def _translations_digest(revision: Revision, entries: dict) -> str:
    """A digest of exactly the translations this revision uses, in unit order."""
    digest = hashlib.sha256()
    for unit in units(revision):
        entry = entries.get(unit.key)
        digest.update(f"{unit.role}\x00{unit.text}\x00{entry.msgstr if entry else ''}\x00".encode("utf-8"))
    return digest.hexdigest()


@dataclass(frozen=True)
class Page:
    """What a release page adds to a notice: languages, links, banner, history."""

    lang: str
    alternates: list[dict]
    links: list[dict]
    labels: dict
    banner: str | None
    history: list[dict]


def history_entries(log, upto: int, lang: str, href: str | None = None) -> list[dict]:
    """The revision history up to revision *upto*, newest first, for a page.

    *log* is the present_log of the whole notice in *lang*, computed once;
    *href*, a pattern such as ``"../{number:03d}/index.en.html"``, links each entry.
    """
    return [
        {"published": e.published, "published_text": e.published_text, "status_label": e.status_label,
         "summaries": e.summaries, "label": labels(lang)("label", "Revision {number}", number=e.revision),
         "href": href.format(number=e.revision) if href else None}
        for e in reversed(log.entries[:upto])
    ]


def bundle(notice: Notice, revision: Revision, languages: list[Language], *, allow_incomplete: bool) -> dict[str, bytes]:
    """Every file of the release, by name."""
    from .render import html, markdown
    from .render.text import render as render_text, to_text

    all_langs = [language.lang for language in languages]
    alternates = [{"lang": lang, "href": f"index.{lang}.html", "name": language_name(lang)} for lang in all_langs]
    files: dict[str, bytes] = {}
    docs: list[Document] = []
    logs = {}
    localized_revisions: dict[str, list[Revision]] = {}
    for language in languages:
        lab = labels(language.lang)
        page_labels = {"languages": lab("label", "Languages"), "history": lab("heading", "Revision history")}
        banner = lab("label", "Some parts are not translated yet and are shown in Japanese.") if language.missing else None

        doc = present(language.revision, language.lang)
        docs.append(doc)
        localized_revisions[language.lang] = [localize(r, language.lang, language.entries)
                                              for r in notice.revisions[: revision.number]]
        log = logs[language.lang] = present_log(Notice(notice.id, tuple(localized_revisions[language.lang])), language.lang)
        page = Page(language.lang, alternates, [{"href": "bilingual.html", "name": lab("label", "Bilingual")}],
                    page_labels, banner, history_entries(log, revision.number, language.lang))
        files[f"index.{language.lang}.html"] = html.render(doc, page).encode("utf-8")
        history_md = ["", f"## {page_labels['history']}", ""]
        for entry in page.history:
            history_md += [f"### {entry['label']} · {entry['published_text']} · {entry['status_label']}", ""]
            history_md += [f"- {s}" for s in entry["summaries"]] + [""]
        files[f"notice.{language.lang}.md"] = (markdown.render(doc) + "\n".join(history_md).rstrip("\n") + "\n").encode("utf-8")
    bilingual_page = Page(all_langs[0], alternates, [], {"languages": "Languages / 言語"}, None, [])
    files["bilingual.html"] = html.render_bilingual(docs, bilingual_page).encode("utf-8")
    mail = []
    for doc in docs:
        mail.append(to_text(render_text(doc), width=76))
    files["mail.txt"] = ("\n" + "=" * 76 + "\n\n").join(mail).encode("utf-8")
    previous = notice.revision(revision.number - 1) if revision.number > 1 else None
    events = compare(previous, revision) if previous else []

    def summaries(event) -> dict[str, str]:
        # Each language's summary names that language's headings and scopes.
        result = {}
        for lang, revs in localized_revisions.items():
            scopes = {p.scope: q.scope for source, local in ((previous, revs[-2]), (revision, revs[-1]))
                      for p, q in zip(source.periods, local.periods)}
            local_event = Event(event.type, {**event.fields, "scope": scopes.get(event.fields["scope"])}) if "scope" in event.fields else event
            result[lang] = summarize(local_event, revs[-2], revs[-1], labels(lang))
        return result

    data = {
        "notice": notice.id,
        "revision": revision.number,
        "languages": {language.lang: language.revision.to_json() for language in languages},
        "events": [{**event.to_json(), "summary": summaries(event)} for event in events],
        "history": [
            {"revision": r.number, "published": r.published.isoformat(), "status": str(r.status),
             "summaries": {lang: list(logs[lang].entries[i].summaries) for lang in all_langs}}
            for i, r in enumerate(notice.revisions[: revision.number])
        ],
        "untranslated": {language.lang: [m.unit.location for m in language.missing] for language in languages if language.missing},
    }
    files["notice.json"] = (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")
    manifest = {
        "notice": notice.id,
        "revision": revision.number,
        "languages": all_langs,
        "allow_incomplete": allow_incomplete,
        "incomplete": {language.lang: len(language.missing) for language in languages if language.missing},
        "kokuchi": __version__,
        "files": {name: sha256(content) for name, content in sorted(files.items())},
    }
    files["manifest.json"] = (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    return files


def _read_tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def write_bundle(files: dict[str, bytes], destination: Path, *, force: bool) -> str:
    """Write the bundle to a temporary folder, then move it into place whole."""
    if destination.is_dir():
        if _read_tree(destination) == files:
            return "unchanged"
        if not force:
            raise KokuchiError(f"{destination} already holds a different bundle for this revision; pass --force to replace it")
    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", dir=destination.parent))
    try:
        for name, content in files.items():
            with open(staging / name, "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
        if destination.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{destination.name}.old.", dir=destination.parent))
            os.rename(destination, retired / destination.name)
            os.rename(staging, destination)
            shutil.rmtree(retired)
        else:
            os.rename(staging, destination)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    return "written"


def release(root: Path, notice_id: str, rev: int | None, langs: list[str], out: Path, *,
            allow_incomplete: bool = False, force: bool = False) -> list[str]:
    from .catalog_app import catalog_entries, languages as catalog_languages

    store = Store(root)
    notice = load_notice(store, check_notice_id(notice_id))
    revision = notice.revision(rev) if rev is not None else notice.latest
    targets = [lang for lang in catalog_languages(store, langs, required=False) if lang != SOURCE_LANGUAGE]
    languages = [Language(SOURCE_LANGUAGE, revision, {})]
    for lang in targets:
        entries = catalog_entries(store, lang)
        translated, missing = translate(revision, entries)
        languages.append(Language(lang, translated, entries, missing))
    glossary = load_glossary(store.locales_dir / "glossary.yaml")
    missing, inconsistent = gate(revision, languages[1:], glossary)
    if inconsistent or (missing and not allow_incomplete):
        raise InvalidInput(missing + inconsistent)
    files = bundle(notice, revision, languages, allow_incomplete=allow_incomplete)
    destination = out / notice.id / f"{revision.number:03d}"
    outcome = write_bundle(files, destination, force=force)
    released = read_released(store, notice.id)
    source = store.revision_path(notice.id, revision.number).read_bytes()
    released[str(revision.number)] = {
        "file": revision_filename(revision.number),
        "sha256": sha256(source),
        "translations": {language.lang: _translations_digest(revision, language.entries) for language in languages[1:]},
    }
    record = {"notice": notice.id, "revisions": dict(sorted(released.items(), key=lambda kv: int(kv[0])))}
    atomic_write(store.notice_dir(notice.id) / RELEASED_FILE, (json.dumps(record, indent=2) + "\n").encode("utf-8"))
    lines = [f"{outcome} {destination} ({len(files)} files, languages: {', '.join(l.lang for l in languages)})"]
    for language in languages:
        if language.missing:
            lines.append(f"incomplete: {language.lang}: {len(language.missing)} unit(s) shown in Japanese (recorded in manifest.json)")
    return lines
