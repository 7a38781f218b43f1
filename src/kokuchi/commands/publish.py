"""Publishing: release (the gate, then the bundle) and site."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from ..config import CONFIG_FILE, check_base_url, load_config
from ..errors import InvalidInput, KokuchiError
from ..store import Store, check_notice_id, record_release, replace_folder, revision_filename, revision_stem, sha256
from .results import Report


def release(root: Path, notice_id: str, *, rev: int | None = None, langs: list[str] | None = None,
            out: Path | None = None, allow_incomplete: bool = False, force: bool = False,
            base_url: str | None = None) -> Report:
    """Check a revision in every target language, then write its bundle and record the release.

    Refuses (InvalidInput, nothing written) when the gate refuses.
    """
    # The gate, the bundle and YAML loading are imported here: `site` needs none of them when nothing changed.
    from ..bundle import bundle, read_bundle
    from ..checks import load_glossary
    from ..gate import Edition, edition, gate, translations_digest
    from ..i18n import SOURCE_LANGUAGE
    from ..load import load_notice

    store = Store(root)
    config = load_config(root)
    base_url = check_base_url(base_url) if base_url else config.base_url
    notice = load_notice(store, check_notice_id(notice_id))
    revision = notice.revision(rev) if rev is not None else notice.latest
    targets = [lang for lang in store.catalog_languages(langs, required=False) if lang != SOURCE_LANGUAGE]
    glossary = load_glossary(store.glossary_path)
    editions = [Edition(SOURCE_LANGUAGE, revision)]
    problems = []
    refused = False
    for lang in targets:
        entries = store.catalog_entries(lang)
        editions.append(edition(revision, lang, entries))
        verdict = gate([revision], lang, entries, glossary)
        problems += verdict.problems
        refused = refused or verdict.refuses(allow_incomplete=allow_incomplete)
    if refused:
        raise InvalidInput(problems)
    files = bundle(notice, revision, editions, allow_incomplete=allow_incomplete, base_url=base_url,
                   sender=config.mail_from or "noreply@kokuchi.invalid")
    destination = (out or root / "dist") / notice.id / revision_stem(revision.number)
    if destination.is_dir() and read_bundle(destination) == files:
        outcome = "unchanged"
    elif destination.is_dir() and not force:
        raise KokuchiError(f"{destination} already holds a different bundle for this revision; pass --force to replace it")
    else:
        replace_folder(files, destination)
        outcome = "written"
    record_release(store, notice.id, revision.number, {
        "file": revision_filename(revision.number),
        "sha256": sha256(store.revision_path(notice.id, revision.number).read_bytes()),
        "translations": {e.lang: translations_digest(revision, e.entries) for e in editions[1:]},
    })
    lines = [f"{outcome} {destination} ({len(files)} files, languages: {', '.join(e.lang for e in editions)})"]
    lines += [
        f"incomplete: {e.lang}: {len(e.missing)} unit(s) shown in Japanese (recorded in manifest.json)"
        for e in editions if e.missing
    ]
    if not base_url:
        lines.append(f"no base URL: the mail links the bundle's own pages; set --base-url or site.base-url in {CONFIG_FILE}")
    return Report(tuple(lines))


def site(root: Path, *, out: Path | None = None, base_url: str | None = None,
         progress: Callable[[int, int], None] | None = None, now: datetime | None = None) -> Report:
    """Build (or bring up to date) the static site; report which translations lag their source."""
    from .. import site as site_builder

    config = load_config(root)
    base_url = check_base_url(base_url) if base_url else config.base_url
    result = site_builder.build(root, out, base_url=base_url, publisher=config.publisher or "kokuchi", progress=progress)
    lines = [f"site: {result.notices} notice(s), {result.rebuilt} rebuilt, in {result.out}"]
    if not base_url:
        lines.append(f"no base URL: feeds use relative links (xml:base) and pages have no canonical link; "
                     f"set --base-url or site.base-url in {CONFIG_FILE}")
    lines += site_builder.lag_lines(result, now or datetime.now(timezone.utc))
    return Report(tuple(lines))
