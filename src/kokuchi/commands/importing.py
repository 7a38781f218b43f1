"""kokuchi import: existing notices (text, Markdown, HTML) → revision files."""

from __future__ import annotations

import re
from pathlib import Path

from kokuchi.commands.results import Problems
from kokuchi.core.errors import BadArgument, InvalidInput, KokuchiError, Problem
from kokuchi.notice.importer import import_text
from kokuchi.notice.load import parse_revision
from kokuchi.project.files import atomic_write, read_bytes
from kokuchi.project.layout import Store, check_notice_id, revision_number


def _default_id(path: Path) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    return slug if len(slug) >= 3 else f"notice-{slug or 'imported'}"


def import_(root: Path, files: list[Path], *, revision: int | None = None, notice_id: str | None = None) -> Problems:
    """Each file in order as the next revision of one notice (a series: 001, 002, …).

    Every revision is validated before anything is written; nothing is ever
    overwritten. The notes say what was guessed, located in the source files.
    """
    if not files:
        raise KokuchiError("give at least one file to import")
    notice_id = check_notice_id(notice_id or _default_id(files[0]))
    store = Store(root)
    store.require_notices_dir()
    notes: list[Problem] = []
    with store.lock():
        folder = store.notice_dir(notice_id, must_exist=False)
        existing = sorted(n for p in folder.iterdir() if (n := revision_number(p.name))) if folder.is_dir() else []
        first = revision if revision is not None else (existing[-1] + 1 if existing else 1)
        if first < 1:
            raise BadArgument("revision", "must be 1 or more")
        outputs: list[tuple[Path, bytes]] = []
        problems: list[Problem] = []
        for offset, source in enumerate(files):
            number = first + offset
            name = source.as_posix()
            raw = read_bytes(source, name=name)
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                raise InvalidInput(
                    [Problem(name, 1, 1, "(file)", f"not UTF-8 text (byte 0x{raw[exc.start]:02x})")]
                ) from None
            try:
                imported = import_text(text, source.name, number)
            except ValueError as exc:
                raise InvalidInput([Problem(name, 1, 1, "(file)", str(exc))]) from None
            notes += [Problem(name, line, 1, "import", message) for line, message in imported.notes]
            path = store.revision_path(notice_id, number)
            if path.exists() or path.is_symlink():
                problems.append(Problem(store.rel(path), 1, 1, "(file)", "already exists: import never overwrites"))
                continue
            data = imported.yaml.encode("utf-8")
            _, found = parse_revision(data, store.rel(path), notice_id, number)
            problems += found
            outputs.append((path, data))
        if problems:
            raise InvalidInput(problems)
        for path, data in outputs:
            atomic_write(path, data, exclusive=True)
    created = ", ".join(store.rel(path) for path, _ in outputs)
    return Problems([], f"created {created}", notes)
