"""What each command does, as plain functions: arguments in, text or paths out.

The CLI calls exactly one of these per command. Heavy modules (YAML, Babel,
jinja2, rich) are imported inside the functions so that ``kokuchi --help``
never pays for them.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from .errors import InvalidInput, KokuchiError, Problem
from .store import Store, atomic_write, check_notice_id

FORMATS = ("text", "md", "html", "json")


def check(root: Path, notice_ids: list[str]) -> tuple[list[Problem], str]:
    """All problems in the named notices (default: all), and a summary line."""
    from .load import check as check_notices

    store = Store(root)
    problems = check_notices(store, notice_ids or None)
    names = notice_ids or store.notice_dirs()
    if problems:
        files = len({p.file for p in problems})
        return problems, f"{len(problems)} problem(s) in {files} file(s)"
    return [], f"ok: {len(names)} notice(s) valid"


def list_notices(root: Path, fmt: str, *, color: bool = False, width: int = 100) -> str:
    from .load import load_all

    rows = [
        {
            "id": notice.id,
            "revision": notice.latest.number,
            "status": str(notice.latest.status),
            "published": notice.latest.published.isoformat(),
            "title": notice.latest.title,
        }
        for notice in load_all(Store(root))
    ]
    if fmt == "json":
        return _json(rows)
    from .render.text import notice_table, to_text

    return to_text(notice_table(rows), width=width, color=color)


def _translator(store: Store, lang: str):
    """A function Revision → (Revision in *lang*, missing units); identity for Japanese."""
    from .i18n import SOURCE_LANGUAGE

    if lang == SOURCE_LANGUAGE:
        return lambda revision: (revision, [])
    from .catalog_app import catalog_entries, catalog_path
    from .translate import translate

    entries = catalog_entries(store, lang) if catalog_path(store, lang).is_file() else {}
    return lambda revision: translate(revision, entries)


def _missing_problems(missing) -> InvalidInput:
    from .errors import Problem

    return InvalidInput([
        Problem(item.unit.file, item.unit.line, 1, item.unit.role, f"{item.state}: {item.unit.text}") for item in missing
    ])


def show(root: Path, notice_id: str, rev: int | None, fmt: str, lang: str = "ja", *, strict: bool = False,
         tz: str | None = None, color: bool = False, width: int = 100) -> str:
    from .load import load_notice

    store = Store(root)
    notice = load_notice(store, check_notice_id(notice_id))
    revision = notice.revision(rev) if rev is not None else notice.latest
    revision, missing = _translator(store, lang)(revision)
    if strict and missing:
        raise _missing_problems(missing)
    if fmt == "json":
        return _json(revision.to_json())
    from .present import present

    doc = present(revision, lang, tz=tz)
    return render_document(doc, fmt, color=color, width=width)


def render_document(doc, fmt: str, *, color: bool = False, width: int = 100) -> str:
    if fmt == "md":
        from .render.markdown import render

        return render(doc)
    if fmt == "html":
        from .render.html import render

        return render(doc)
    if fmt == "text":
        from .render.text import render, to_text

        return to_text(render(doc), width=width, color=color)
    raise KokuchiError(f"unknown format {fmt!r} (use {', '.join(FORMATS)})")


def diff(
    root: Path,
    notice_id: str,
    old_rev: int | None,
    new_rev: int | None,
    fmt: str,
    lang: str = "ja",
    *,
    ignore_width: bool = False,
    ignore_space: bool = False,
    color: bool = False,
    width: int = 100,
) -> tuple[str, bool]:
    """The change events and text changes between two revisions; and whether they differ.

    Defaults: the previous revision and the latest.
    """
    from .events import TextOptions, compare
    from .i18n import labels
    from .load import load_notice
    from .report import present_diff, summarize

    store = Store(root)
    notice = load_notice(store, check_notice_id(notice_id))
    if old_rev is None and len(notice.revisions) == 1:
        raise KokuchiError(f"notice {notice_id!r} has only revision 1; there is nothing to compare it with")
    new = notice.revision(new_rev) if new_rev is not None else notice.latest
    old = notice.revision(old_rev) if old_rev is not None else notice.revision(max(new.number - 1, 1))
    # In another language, both revisions are translated first: the events and
    # text changes are those a reader of that language sees.
    localize = _translator(store, lang)
    old, new = localize(old)[0], localize(new)[0]
    events = compare(old, new, TextOptions(ignore_width=ignore_width, ignore_space=ignore_space))
    if fmt == "json":
        lab = labels(lang)
        data = {
            "notice": notice.id,
            "from": old.number,
            "to": new.number,
            "events": [{**event.to_json(), "summary": summarize(event, old, new, lab)} for event in events],
        }
        return _json(data), bool(events)
    doc = present_diff(notice.id, old, new, events, lang)
    if fmt == "md":
        from .render.markdown import render_diff

        return render_diff(doc), bool(events)
    if fmt == "html":
        from .render.html import render_diff

        return render_diff(doc), bool(events)
    from .render.text import render_diff, to_text

    return to_text(render_diff(doc, marks=not color), width=width, color=color), bool(events)


def log(root: Path, notice_id: str, fmt: str, lang: str = "ja", *, color: bool = False, width: int = 100) -> str:
    """The revision history with the summaries of the events each revision introduced."""
    from .i18n import labels
    from .load import load_notice
    from .report import present_log, revision_history, summarize

    store = Store(root)
    notice = load_notice(store, check_notice_id(notice_id))
    localize = _translator(store, lang)
    notice = replace(notice, revisions=tuple(localize(r)[0] for r in notice.revisions))
    if fmt == "json":
        lab = labels(lang)
        revisions = []
        previous = None
        for revision, events in revision_history(notice):
            doc_events = [{**e.to_json(), "summary": summarize(e, previous, revision, lab)} for e in events]
            revisions.append({
                "revision": revision.number,
                "published": revision.published.isoformat(),
                "status": str(revision.status),
                "events": doc_events,
            })
            previous = revision
        return _json({"notice": notice.id, "revisions": revisions})
    doc = present_log(notice, lang)
    if fmt == "md":
        from .render.markdown import render_log

        return render_log(doc)
    from .render.text import render_log, to_text

    return to_text(render_log(doc), width=width, color=color)


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def schema() -> str:
    from .load import schema_text

    return schema_text()


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def new(root: Path, notice_id: str, *, now: datetime | None = None) -> Path:
    """Scaffold notices/<id>/001.yaml from the commented template."""
    check_notice_id(notice_id)
    store = Store(root)
    store.require_notices_dir()
    folder = store.notice_dir(notice_id, must_exist=False)
    if folder.exists() and any(folder.iterdir()):
        raise KokuchiError(f"{store.rel(folder)}/ already exists and is not empty")
    from importlib import resources

    published = _minute(now or datetime.now().astimezone()).isoformat()
    template = resources.files("kokuchi").joinpath("data/template.yaml").read_text("utf-8")
    path = store.revision_path(notice_id, 1)
    atomic_write(path, template.replace("{published}", published).encode("utf-8"), exclusive=True)
    return path


def revise(root: Path, notice_id: str, *, published: datetime | None = None) -> Path:
    """Write the next revision as a copy of the latest, revision and published advanced.

    Only those two values change in the text: comments and layout stay exactly.
    """
    from . import yamlio
    from .load import load_notice, parse_revision

    store = Store(root)
    notice = load_notice(store, check_notice_id(notice_id))
    latest = notice.latest
    if published is None:
        published = _minute(datetime.now(latest.published.tzinfo))
    elif published.tzinfo is None:
        raise KokuchiError("--published needs a UTC offset (e.g. 2023-07-18T12:15:00+09:00)")
    if published <= latest.published:
        raise KokuchiError(
            f"the new revision must be published after revision {latest.number} "
            f"({latest.published.isoformat()}); pass --published"
        )
    source_path = store.revision_path(notice_id, latest.number)
    text = source_path.read_bytes().decode("utf-8-sig")
    number = latest.number + 1
    new_text = yamlio.replace_scalars(
        text, yamlio.parse(text), {"revision": str(number), "published": published.isoformat()}
    )
    path = store.revision_path(notice_id, number)
    _, problems = parse_revision(new_text.encode("utf-8"), store.rel(path), notice_id, number)
    if problems:  # pragma: no cover - the latest revision was valid, so this is a bug
        raise InvalidInput(problems)
    atomic_write(path, new_text.encode("utf-8"), exclusive=True)
    return path


def parse_published(value: str) -> datetime:
    from .load import parse_datetime

    try:
        return parse_datetime(value)
    except ValueError as exc:
        raise KokuchiError(f"--published: {exc}") from None



def release(root: Path, notice_id: str, rev: int | None, langs: list[str], out: Path | None, *,
            allow_incomplete: bool = False, force: bool = False) -> list[str]:
    from .release import release as make_release

    return make_release(root, notice_id, rev, langs, out or root / "dist", allow_incomplete=allow_incomplete, force=force)


def catalog_check(root: Path, lang: str, notice_ids: list[str]) -> tuple[list[Problem], str]:
    from .release import check_catalog

    problems = check_catalog(root, lang, notice_ids)
    return problems, (f"{len(problems)} problem(s)" if problems else f"ok: the {lang} catalog is complete and consistent")


def site(root: Path, out: Path | None, *, show_progress: bool = False) -> str:
    from .site import build

    if not show_progress:
        return build(root, out)
    from .render.text import ProgressBar

    with ProgressBar("building the site") as tick:
        return build(root, out, progress=tick)
