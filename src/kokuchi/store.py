"""The notices/ tree on disk: notice ids, revision files, and atomic writes."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import KokuchiError, Problem

NOTICE_ID = re.compile(r"[a-z0-9-]{3,80}")
REVISION_FILE = re.compile(r"(\d{3,})\.yaml")
RELEASED_FILE = "released.json"


def check_notice_id(notice_id: str) -> str:
    """Return *notice_id* if it has the allowed form, else raise before any I/O."""
    if not NOTICE_ID.fullmatch(notice_id):
        raise KokuchiError(
            f"invalid notice id {notice_id!r}: use 3 to 80 lowercase ASCII letters, digits and '-'"
        )
    return notice_id


def revision_filename(number: int) -> str:
    return f"{number:03d}.yaml"


def revision_number(filename: str) -> int | None:
    """The revision number of a canonical file name (``007.yaml``), else None."""
    match = REVISION_FILE.fullmatch(filename)
    if match and revision_filename(int(match.group(1))) == filename:
        return int(match.group(1))
    return None


@dataclass(frozen=True)
class Store:
    root: Path

    @property
    def notices_dir(self) -> Path:
        return self.root / "notices"

    @property
    def locales_dir(self) -> Path:
        return self.root / "locales"

    def rel(self, path: Path) -> str:
        """*path* relative to the root, with forward slashes, for messages."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def require_notices_dir(self) -> Path:
        if not self.notices_dir.is_dir():
            raise KokuchiError(
                f"no notices/ folder in {self.root} (set --root or KOKUCHI_ROOT)"
            )
        return self.notices_dir

    def notice_dirs(self) -> list[str]:
        """Names of every folder under notices/, valid ids or not, sorted."""
        base = self.require_notices_dir()
        return sorted(p.name for p in base.iterdir() if p.is_dir())

    def notice_dir(self, notice_id: str, *, must_exist: bool = True) -> Path:
        check_notice_id(notice_id)
        path = self.notices_dir / notice_id
        if must_exist and not path.is_dir():
            raise KokuchiError(f"no notice {notice_id!r} in {self.rel(self.notices_dir)}/")
        return path

    def revision_path(self, notice_id: str, number: int) -> Path:
        return self.notice_dir(notice_id, must_exist=False) / revision_filename(number)


def atomic_write(path: Path, data: bytes, *, exclusive: bool = False, durable: bool = True) -> None:
    """Write *data* to *path* through a temporary file in the same folder.

    Readers see the old file or the new one, never a half-written one. With
    *exclusive*, an existing file is never replaced (the rename is a hard link,
    which fails if the target exists). *durable* also waits for the disk; a
    generated site, rebuilt from its sources at will, skips that.
    """
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        if exclusive:
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise KokuchiError(f"{path} already exists; not overwriting it") from None
        else:
            os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def read_released(store: Store, notice_id: str) -> dict:
    path = store.notice_dir(notice_id) / RELEASED_FILE
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise KokuchiError(f"{store.rel(path)}: not valid JSON ({exc})") from None
    return data.get("revisions", {}) if isinstance(data, dict) else {}


def released_problems(store: Store, notice_id: str) -> list[Problem]:
    """Released revisions whose file changed since (for `check`)."""
    problems = []
    path = store.notice_dir(notice_id) / RELEASED_FILE
    for key, record in sorted(read_released(store, notice_id).items()):
        if not key.isdigit() or not isinstance(record, dict):
            problems.append(Problem(store.rel(path), 1, 1, key, "not a released-revision record"))
            continue
        file = store.revision_path(notice_id, int(key))
        current = sha256(file.read_bytes()) if file.is_file() else None
        if current != record.get("sha256"):
            what = "was deleted" if current is None else "has changed"
            problems.append(Problem(store.rel(file), 1, 1, "(released)",
                                    f"revision {int(key)} was released (sha256 {str(record.get('sha256'))[:12]}…) and {what} since; released revisions are immutable: publish a new revision instead"))
    return problems
