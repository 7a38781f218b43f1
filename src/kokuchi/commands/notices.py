"""The editor's commands on notice files: check, new, revise, schema."""

from __future__ import annotations

from datetime import datetime
from importlib import resources
from pathlib import Path

from kokuchi.commands.results import Problems
from kokuchi.commands.selection import select_notice
from kokuchi.core.errors import BadArgument, InvalidInput, KokuchiError
from kokuchi.notice.load import check_with_notes, parse_datetime, parse_revision, schema_text
from kokuchi.project import yamlio
from kokuchi.project.files import atomic_write, read_bytes
from kokuchi.project.layout import Store, check_notice_id


def check(root: Path, notice_ids: list[str]) -> Problems:
    """Every problem in the named notices (default: all), and a summary line."""
    store = Store(root)
    problems, notes = check_with_notes(store, notice_ids or None)
    if problems:
        files = len({p.file for p in problems})
        return Problems(problems, f"{len(problems)} problem(s) in {files} file(s)", notes)
    return Problems([], f"ok: {len(notice_ids or store.notice_ids())} notice(s) valid", notes)


def _minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def new(root: Path, notice_id: str, *, now: datetime | None = None) -> Path:
    """Scaffold notices/<id>/001.yaml from the commented template."""
    check_notice_id(notice_id)
    store = Store(root)
    store.require_notices_dir()
    with store.lock():
        folder = store.notice_dir(notice_id, must_exist=False)
        if folder.exists() and any(folder.iterdir()):
            raise KokuchiError(f"{store.rel(folder)}/ already exists and is not empty")
        published = _minute(now or datetime.now().astimezone()).isoformat()
        template = resources.files("kokuchi").joinpath("data/template.yaml").read_text("utf-8")
        path = store.revision_path(notice_id, 1)
        atomic_write(path, template.replace("{published}", published).encode("utf-8"), exclusive=True)
    return path


def parse_published(value: str) -> datetime:
    try:
        return parse_datetime(value)
    except ValueError as exc:
        raise BadArgument("published", str(exc)) from None


def revise(root: Path, notice_id: str, *, published: str | None = None) -> Path:
    """Write the next revision as a copy of the latest, revision and published advanced.

    Only those two values change in the text: comments and layout stay exactly.
    """
    store = Store(root)
    with store.lock():
        return _revise(store, select_notice(store, notice_id), published)


def _revise(store: Store, notice, published: str | None) -> Path:
    notice_id = notice.id
    latest = notice.latest
    when = parse_published(published) if published else _minute(datetime.now(latest.published.tzinfo))
    if when.tzinfo is None:
        raise BadArgument("published", "needs a UTC offset (e.g. 2023-07-18T12:15:00+09:00)")
    if when <= latest.published:
        raise KokuchiError(
            f"the new revision must be published after revision {latest.number} "
            f"({latest.published.isoformat()}); pass --published"
        )
    text = read_bytes(store.revision_path(notice_id, latest.number)).decode("utf-8-sig")
    number = latest.number + 1
    new_text = yamlio.replace_scalars(
        text, yamlio.parse(text), {"revision": str(number), "published": when.isoformat()}
    )
    path = store.revision_path(notice_id, number)
    _, problems = parse_revision(new_text.encode("utf-8"), store.rel(path), notice_id, number)
    if problems:  # pragma: no cover - the latest revision was valid, so this is a bug
        raise InvalidInput(problems)
    atomic_write(path, new_text.encode("utf-8"), exclusive=True)
    return path


def schema() -> str:
    """The JSON Schema of a revision file."""
    return schema_text()
