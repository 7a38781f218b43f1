"""The release bundle of one revision: every file, by name, built in memory.

Everything is deterministic: the same revision and catalogs give the same
bytes. Writing the bundle, recording the release and the gate are the
``release`` command's business (commands/release.py).
"""

from __future__ import annotations

import dataclasses
from email.utils import parseaddr
from pathlib import Path
from urllib.parse import urlsplit

from kokuchi import __version__
from kokuchi.core.model import Notice, Revision
from kokuchi.diff.events import Event, PeriodAdded, PeriodChanged, PeriodEnded, PeriodRemoved, PeriodSplit, compare
from kokuchi.language.labels import labels
from kokuchi.project.files import sha256
from kokuchi.project.layout import revision_stem
from kokuchi.publish.gate import Edition
from kokuchi.render import html as html_renderer
from kokuchi.render import render
from kokuchi.render.json import dumps
from kokuchi.views.common import Link, Page, language_links
from kokuchi.views.history import history_entries, history_in, latest_news, summarize
from kokuchi.views.notice import notice_view


def bundle(
    notice: Notice,
    revision: Revision,
    editions: list[Edition],
    *,
    allow_incomplete: bool,
    csaf: tuple = (),
    base_url: str | None = None,
    sender: str = "noreply@kokuchi.invalid",
    project_id: str | None = None,
) -> dict[str, bytes]:
    """Every file of the release of *revision* in each edition (the source language first).

    *csaf*: the CSAF documents of an advisory (CsafView), written as ``csaf.<lang>.json``.
    With *base_url* (the site's), each mail links the notice's page on the site;
    without it, the page in the bundle. *project_id* (``project.id`` in kokuchi.yaml)
    names the project in each mail's Message-ID.
    """
    all_langs = [edition.lang for edition in editions]
    files: dict[str, bytes] = {}
    views = []
    logs = {}
    localized_revisions: dict[str, list[Revision]] = {}
    for edition in editions:
        lang = edition.lang
        lab = labels(lang)
        history = history_in(notice, lang, edition.entries, upto=revision.number)
        localized_revisions[lang] = list(history.revisions)
        log = logs[lang] = history.log
        page = Page(
            alternates=language_links(all_langs, lang),
            links=(Link("bilingual.html", lab("label", "Bilingual")),),
            banner=lab("label", "Some parts are not translated yet and are shown in Japanese.")
            if edition.missing
            else None,
            history=history_entries(log, revision.number),
        )
        before = localized_revisions[lang][-2] if revision.number > 1 else None
        news = latest_news(before, edition.revision, compare(before, edition.revision) if before else [], lang)
        view = notice_view(edition.revision, lang, page=page, news=news)  # the mail shows the banner, not the links
        views.append(view)
        files[f"index.{lang}.html"] = render(view, "html").encode("utf-8")
        files[f"notice.{lang}.md"] = render(view, "md").encode("utf-8")
    nav_label = " / ".join(labels(lang)("label", "Languages") for lang in all_langs)
    bilingual_label = " / ".join(labels(lang)("label", "Bilingual") for lang in all_langs)
    files["bilingual.html"] = html_renderer.bilingual(
        views, nav_label=nav_label, bilingual_label=bilingual_label, alternates=language_links(all_langs)
    ).encode("utf-8")
    host = project_id or _message_id_host(base_url, sender)
    digest = _digest(files, base_url, sender)
    for view in views:
        link = f"{base_url}{notice.id}/index.{view.lang}.html" if base_url else f"index.{view.lang}.html"
        message_id = _message_id(host, notice.id, revision.number, view.lang, digest)
        files[f"mail.{view.lang}.eml"] = render(view, "eml", link=link, sender=sender, message_id=message_id).encode(
            "utf-8"
        )
    previous = notice.revision(revision.number - 1) if revision.number > 1 else None

    def summaries(event: Event, previous: Revision) -> dict[str, str]:
        # Each language's summary names that language's headings and scopes.
        result = {}
        for lang, revs in localized_revisions.items():
            scopes = {
                p.scope: q.scope
                for source, local in ((previous, revs[-2]), (revision, revs[-1]))
                for p, q in zip(source.periods, local.periods)
            }
            local_event = (
                dataclasses.replace(event, scope=scopes.get(event.scope))
                if isinstance(event, (PeriodAdded, PeriodRemoved, PeriodEnded, PeriodChanged, PeriodSplit))
                else event
            )
            result[lang] = summarize(local_event, revs[-2], revs[-1], labels(lang))
        return result

    data = {
        "notice": notice.id,
        "revision": revision.number,
        "languages": {edition.lang: edition.revision.to_json() for edition in editions},
        "events": (
            [{**event.to_json(), "summary": summaries(event, previous)} for event in compare(previous, revision)]
            if previous
            else []
        ),
        "history": [
            {
                "revision": r.number,
                "published": r.published.isoformat(),
                "status": str(r.status),
                "summaries": {lang: list(logs[lang].entries[i].summaries) for lang in all_langs},
            }
            for i, r in enumerate(notice.revisions[: revision.number])
        ],
        "untranslated": {e.lang: [m.unit.location for m in e.missing] for e in editions if e.missing},
    }
    files["notice.json"] = dumps(data).encode("utf-8")
    for view in csaf:
        files[f"csaf.{view.lang}.json"] = render(view, "csaf").encode("utf-8")
    manifest = {
        "notice": notice.id,
        "revision": revision.number,
        "languages": all_langs,
        "allow_incomplete": allow_incomplete,
        "incomplete": {e.lang: len(e.missing) for e in editions if e.missing},
        "kokuchi": __version__,
        "files": {name: sha256(content) for name, content in sorted(files.items())},
    }
    overrides = {e.lang: [o.to_json() for o in e.overrides] for e in editions if getattr(e, "overrides", None)}
    if overrides:
        manifest["overrides"] = overrides  # translations the gate refused and the translator stated correct
    files["manifest.json"] = dumps(manifest).encode("utf-8")
    return files


def read_bundle(folder: Path) -> dict[str, bytes]:
    """A bundle already on disk, as ``bundle`` returns one: every entry but a
    folder, through the guarded reader (a link, a FIFO or a device there is
    refused, never followed or waited on)."""
    from kokuchi.project.files import MAX_CATALOG_BYTES, read_bytes

    return {
        p.name: read_bytes(p, limit=MAX_CATALOG_BYTES)
        for p in sorted(folder.iterdir())
        if p.is_symlink() or not p.is_dir()
    }


def _digest(files: dict[str, bytes], *parts: str | None) -> str:
    """What the bundle says, in one hash: its pages and what else goes into a mail."""
    text = "\0".join([*(f"{name}:{sha256(content)}" for name, content in sorted(files.items())), *map(str, parts)])
    return sha256(text.encode("utf-8"))


def _message_id(host: str, notice_id: str, number: int, lang: str, digest: str) -> str:
    """RFC 5322 3.6.4: unique per message, the same on every release of the same bundle.

    Notice, revision and language tell the messages of a project apart; the hash of
    the project's identity and the bundle's content tells a re-release that says
    something else (``release --force``) and another project's message apart."""
    key = sha256("\0".join((host, notice_id, str(number), lang, digest)).encode("utf-8"))[:20]
    return f"<{revision_stem(number)}.{lang}.{key}@{host}>"  # no notice id: the line stays within 78 characters


def _message_id_host(base_url: str | None, sender: str) -> str:
    """Whose name a Message-ID carries when kokuchi.yaml names no ``project.id``
    (RFC 5322: a domain the sender controls): the site's host, else the From
    address's domain, else kokuchi.invalid."""
    if base_url and (host := urlsplit(base_url).hostname):
        return host
    _, address = parseaddr(sender)
    return address.rpartition("@")[2] or "kokuchi.invalid"
