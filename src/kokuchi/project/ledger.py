"""The release ledger: ``notices/<id>/released.json``, the SHA-256 of every released revision."""

from __future__ import annotations

import json
import re

from kokuchi.core.errors import InvalidInput, KokuchiError, Problem
from kokuchi.project.files import Fingerprint, atomic_write, read_if_exists, refused, sha256
from kokuchi.project.layout import Store, revision_filename, revision_number


def read_released(store: Store, notice_id: str) -> dict[str, dict]:
    """The released revisions of a notice: {"3": {"file", "sha256", ...}}.

    No file means nothing was released. A file that is there but empty, not
    JSON or not the expected shape is an error: it must never read as
    "nothing released", which would lift the protection of what was.
    """
    path = store.released_path(notice_id)
    name = store.rel(path)
    raw = read_if_exists(path, name=name)
    if raw is None:
        return {}
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise refused(name, f"not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})") from None
    except ValueError as exc:
        line, column = getattr(exc, "lineno", 1), getattr(exc, "colno", 1)
        raise InvalidInput(
            [
                Problem(
                    name,
                    line,
                    column,
                    "(file)",
                    f"not valid JSON ({getattr(exc, 'msg', exc)}); restore it from version control",
                )
            ]
        ) from None
    revisions = data.get("revisions") if isinstance(data, dict) else None
    if not isinstance(data, dict) or data.get("notice") != notice_id or not isinstance(revisions, dict):
        raise refused(
            name, f'expected {{"notice": "{notice_id}", "revisions": {{...}}}}; restore it from version control'
        )
    problems = []
    for key, record in revisions.items():
        number = revision_number(f"{key.zfill(3)}.yaml") if key.isascii() and key.isdigit() else None
        if (
            number is None
            or str(number) != key
            or not isinstance(record, dict)
            or record.get("file") != revision_filename(number)
            or not (isinstance(record.get("sha256"), str) and re.fullmatch(r"[0-9a-f]{64}", record["sha256"]))
        ):
            problems.append(Problem(name, 1, 1, f"revisions.{key}", "not a released-revision record (file, sha256)"))
    if problems:
        raise InvalidInput(problems)
    return revisions


def record_release(store: Store, notice_id: str, number: int, record: dict) -> None:
    """Add the record of revision *number* to released.json (under the project lock).

    A revision already recorded keeps its sha256: changing a released notice
    means publishing a new revision. released.json is replaced only if it
    still holds what was read, so that no record written meanwhile is lost.
    """
    path = store.released_path(notice_id)
    before = Fingerprint.of(read_if_exists(path, name=store.rel(path)))
    released = read_released(store, notice_id)
    known = released.get(str(number))
    if known is not None and known["sha256"] != record["sha256"]:
        raise KokuchiError(
            f"revision {number} of {notice_id} was released with sha256 {known['sha256'][:12]}…; "
            f"released revisions are immutable: publish a new revision instead"
        )
    released[str(number)] = record
    data = {"notice": notice_id, "revisions": dict(sorted(released.items(), key=lambda kv: int(kv[0])))}
    atomic_write(path, (json.dumps(data, indent=2) + "\n").encode("utf-8"), expected=before)


def released_problems(store: Store, notice_id: str) -> list[Problem]:
    """Released revisions whose file changed since (for `check`)."""
    try:
        released = read_released(store, notice_id)
    except InvalidInput as exc:
        return exc.problems
    problems = []
    for key, record in sorted(released.items(), key=lambda kv: int(kv[0])):
        file = store.revision_path(notice_id, int(key))
        try:
            raw = read_if_exists(file, name=store.rel(file))
        except InvalidInput as exc:
            problems += exc.problems
            continue
        current = sha256(raw) if raw is not None else None
        if current != record["sha256"]:
            what = "was deleted" if current is None else "has changed"
            problems.append(
                Problem(
                    store.rel(file),
                    1,
                    1,
                    "(released)",
                    f"revision {int(key)} was released (sha256 {record['sha256'][:12]}…) and {what} since; released "
                    "revisions are immutable: publish a new revision instead",
                )
            )
    return problems
