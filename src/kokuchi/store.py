"""The project on disk: notices, revision files, catalogs, released records, atomic writes."""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from .errors import InvalidInput, KokuchiError, Problem

NOTICE_ID = re.compile(r"[a-z0-9-]{3,80}")
LANG_CODE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")
REVISION_FILE = re.compile(r"(\d{3,})\.yaml")
RELEASED_FILE = "released.json"


def check_notice_id(notice_id: str) -> str:
    """Return *notice_id* if it has the allowed form, else raise before any I/O."""
    if not NOTICE_ID.fullmatch(notice_id):
        raise KokuchiError(f"invalid notice id {notice_id!r}: use 3 to 80 lowercase ASCII letters, digits and '-'")
    return notice_id


def revision_stem(number: int) -> str:
    """The three-digit name of revision *number*: its file (001.yaml) and its folders (001/)."""
    return f"{number:03d}"


def revision_filename(number: int) -> str:
    return f"{revision_stem(number)}.yaml"


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
        if not os.path.lexists(self.notices_dir):
            raise KokuchiError(f"no notices/ folder in {self.root} (set --root or KOKUCHI_ROOT)")
        check_folder(self.notices_dir, "notices")
        return self.notices_dir

    def notice_ids(self) -> list[str]:
        """The names of every folder under notices/ (and of every link there), valid ids or not, sorted.

        Links are listed so that loading can refuse them by name.
        """
        base = self.require_notices_dir()
        with os.scandir(base) as entries:
            return sorted(e.name for e in entries if e.is_dir(follow_symlinks=False) or e.is_symlink())

    def notice_dir(self, notice_id: str, *, must_exist: bool = True) -> Path:
        check_notice_id(notice_id)
        self.require_notices_dir()
        path = self.notices_dir / notice_id
        if not os.path.lexists(path):
            if must_exist:
                raise KokuchiError(f"no notice {notice_id!r} in {self.rel(self.notices_dir)}/")
            return path
        check_folder(path, self.rel(path))
        return path

    def revision_path(self, notice_id: str, number: int) -> Path:
        return self.notice_dir(notice_id, must_exist=False) / revision_filename(number)

    def released_path(self, notice_id: str) -> Path:
        return self.notice_dir(notice_id) / RELEASED_FILE

    # -- catalogs: locales/notices.pot and locales/<lang>/LC_MESSAGES/notices.po

    @property
    def template_path(self) -> Path:
        return self.locales_dir / "notices.pot"

    @property
    def glossary_path(self) -> Path:
        return self.locales_dir / "glossary.yaml"

    @property
    def compendia_path(self) -> Path:
        """locales/compendia.yaml: ``compendia:``, catalogs every update searches (translation memory)."""
        return self.locales_dir / "compendia.yaml"

    @property
    def flips_path(self) -> Path:
        return self.locales_dir / "meaning-flips.yaml"

    @property
    def config_path(self) -> Path:
        """kokuchi.yaml: the project's settings (config.py)."""
        return self.root / "kokuchi.yaml"

    def catalog_path(self, lang: str) -> Path:
        if not LANG_CODE.fullmatch(lang):
            raise KokuchiError(f"invalid language code {lang!r} (use e.g. en, ko, zh_TW)")
        return self.locales_dir / lang / "LC_MESSAGES" / "notices.po"

    def catalog_languages(self, requested: list[str] | None = None, *, required: bool = True) -> list[str]:
        """The requested languages (their catalogs must exist), or every catalog's.

        With no catalog at all: an error, unless not *required* (then none).
        """
        if requested:
            for lang in requested:
                path = self.catalog_path(lang)
                if not path.is_file():
                    raise KokuchiError(f"no catalog {self.rel(path)}; create it with: kokuchi catalog init -l {lang}")
            return list(requested)
        found = sorted(p.parent.parent.name for p in self.locales_dir.glob("*/LC_MESSAGES/notices.po"))
        if not found and required:
            raise KokuchiError(
                f"no catalogs in {self.rel(self.locales_dir)}/; create one with: kokuchi catalog init -l LANG"
            )
        return found

    def catalog_files(self) -> list[Path]:
        """Every file whose change changes a translation: the catalogs and the glossary."""
        return sorted(self.locales_dir.glob("*/LC_MESSAGES/notices.po")) + [
            p for p in [self.glossary_path] if p.is_file()
        ]

    def read_catalog(self, lang: str):
        """The catalog of *lang* as a po.POFile."""
        # PO reading loads only for commands that read catalogs.
        from . import po

        path = self.catalog_path(lang)
        self.check_inside(path)
        # A link, a FIFO, a huge file: refused; what was checked is what is parsed.
        return po.read_bytes(read_bytes(path, limit=MAX_CATALOG_BYTES, name=self.rel(path)), self.rel(path))

    def check_inside(self, path: Path) -> None:
        """Refuse *path* when a folder on the way from the root to it is a link:
        kokuchi reads and writes inside the project only."""
        try:
            parts = path.relative_to(self.root).parts[:-1]
        except ValueError:
            return
        folder = self.root
        for part in parts:
            folder = folder / part
            if folder.is_symlink():
                raise refused(
                    self.rel(folder), "is a symbolic link; kokuchi does not follow links out of the project", "(folder)"
                )

    def check_output(self, out: Path, option: str = "--out") -> None:
        """Refuse an output folder that overlaps notices/ or locales/ (or holds
        them, like the root): kokuchi replaces what it writes there, and the
        sources must never be in the way."""
        if out.is_symlink():
            raise KokuchiError(f"{option} {out}: is a symbolic link; give the folder itself")
        target = out.resolve()
        for owned in (self.notices_dir, self.locales_dir):
            source = owned.resolve()
            if target == source or source in target.parents or target in source.parents:
                raise KokuchiError(
                    f"{option} {out}: overlaps {self.rel(owned)}/; write the output to a folder of its own"
                )

    def lock(self):
        """The project's write lock (see project_lock), held by every command that writes."""
        return project_lock(self.root)

    def catalog_entries(self, lang: str) -> dict:
        """The live entries of *lang*'s catalog by (msgctxt, msgid); none without a catalog.

        Refused (InvalidInput) when a translation holds what its source may
        not: it is checked here, where it is first read, never later where it
        would be shown.
        """
        from .translations import lookup, translation_problems

        path = self.catalog_path(lang)
        if not path.is_file():
            return {}
        catalog = self.read_catalog(lang)
        problems = translation_problems(catalog, self.rel(path))
        if problems:
            raise InvalidInput(problems)
        return lookup(catalog)


# Upper bounds on what kokuchi reads: a real revision is a few kilobytes, a
# catalog of thousands of notices a few megabytes. Anything larger is refused
# before it is parsed (and before it can exhaust memory). A merge of 200,000
# messages, with previous msgids and source-change notes, writes about 75 MB:
# what kokuchi writes, it must read again.
MAX_TEXT_BYTES = 1 << 20  # revision files, glossary.yaml, meaning-flips.yaml, released.json
MAX_CATALOG_BYTES = 128 << 20  # PO and POT files, the site cache

LOCK_WAIT = 120.0  # seconds a writing command waits for another one to finish


def refused(name: str, message: str, path: str = "(file)") -> InvalidInput:
    """A file-level problem, as the located line every bad input gives."""
    return InvalidInput([Problem(name, 1, 1, path, message)])


def read_bytes(path: Path, *, limit: int = MAX_TEXT_BYTES, name: str | None = None) -> bytes:
    """The bytes of the regular file *path*, at most *limit* of them.

    A symbolic link (as the last component), a FIFO, a device or a folder is
    refused without being read: opening never follows the link and never waits
    for a writer, and the size is checked on what was opened, not on a name
    that may have changed since.
    """
    name = name or path.as_posix()
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise refused(name, "is a symbolic link; kokuchi reads only regular files") from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise refused(name, f"is {_kind(info.st_mode)}, not a regular file")
        chunks: list[bytes] = []
        size = 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise refused(name, f"is larger than {limit // 1024} KiB; kokuchi refuses files that large")
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_if_exists(path: Path, *, limit: int = MAX_TEXT_BYTES, name: str | None = None) -> bytes | None:
    """Like read_bytes, or None when nothing is there (not even a dangling link)."""
    if not os.path.lexists(path):
        return None
    return read_bytes(path, limit=limit, name=name)


def _kind(mode: int) -> str:
    for test, what in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISLNK, "a symbolic link"),
    ):
        if test(mode):
            return what
    return "a special file"


def check_folder(path: Path, name: str) -> None:
    """Refuse a folder that is a symbolic link or not a folder at all."""
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode):
        raise refused(name, "is a symbolic link; kokuchi does not follow links out of the project", "(folder)")
    if not stat.S_ISDIR(info.st_mode):
        raise refused(name, f"is {_kind(info.st_mode)}, not a folder", "(folder)")


def _temp_name(path: Path) -> Path:
    import secrets

    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")


ANY = object()  # atomic_write(expected=ANY): replace whatever is there


@dataclass(frozen=True)
class Fingerprint:
    """What a file held, without keeping its bytes (a large catalog's are tens of megabytes)."""

    size: int
    sha256: str

    @classmethod
    def of(cls, data: bytes | None) -> Fingerprint | None:
        return None if data is None else cls(len(data), sha256(data))


def atomic_write(
    path: Path,
    data: bytes | Iterable[bytes],
    *,
    exclusive: bool = False,
    durable: bool = True,
    expected: Fingerprint | None | object = ANY,
) -> None:
    """Write *data* (bytes, or blocks of bytes) to *path* through a temporary
    file in the same folder.

    Readers see the old file or the new one, never a half-written one. The
    file is created with mode 0666 less the umask, as any other tool would.
    With *exclusive*, an existing file is never replaced (the rename is a hard
    link, which fails if the target exists). With *expected* (the Fingerprint
    of the bytes read before the new content was computed; None for no file),
    the file is compared again just before it is replaced, so that a save
    made in the meantime (a translator's editor) is never overwritten.
    An error while the blocks are produced leaves the file as it was.
    *durable* also waits for the disk; a generated site, rebuilt from its
    sources at will, skips that.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = _temp_name(path)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0), 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                handle.writelines(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        if expected is not ANY:
            size = expected.size if expected else 0
            if Fingerprint.of(read_if_exists(path, limit=max(MAX_CATALOG_BYTES, size))) != expected:
                raise KokuchiError(
                    f"{path} changed while kokuchi was working on it; nothing written: run the command again"
                )
        if exclusive:
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise KokuchiError(f"{path} already exists; not overwriting it") from None
        else:
            os.replace(tmp, path)
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)


def make_temp_folder(parent: Path, prefix: str) -> Path:
    """A new, empty folder in *parent* (mode 0777 less the umask, unlike mkdtemp's 0700)."""
    import secrets

    parent.mkdir(parents=True, exist_ok=True)
    while True:
        path = parent / f"{prefix}{secrets.token_hex(6)}"
        try:
            path.mkdir()
            return path
        except FileExistsError:  # pragma: no cover - 48 random bits
            continue


_held: dict[Path, int] = {}  # project root → how many times this process holds its lock


@contextmanager
def project_lock(root: Path, *, wait: float | None = None) -> Iterator[None]:
    """Hold the project's write lock: one writing command at a time per project.

    An advisory ``flock`` on the project folder itself, so that no lock file
    is left in the project: released by the kernel when the process ends,
    however it ends, so a killed run never leaves the project locked.
    Re-entrant within a process. Waits up to *wait* seconds (default
    LOCK_WAIT) for another command to finish, then gives up with an error.
    """
    import fcntl
    import time

    key = root.resolve()
    if key in _held:
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    if not root.is_dir():
        raise KokuchiError(f"{root} is not a folder (set --root or KOKUCHI_ROOT)")
    fd = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        deadline = time.monotonic() + (LOCK_WAIT if wait is None else wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise KokuchiError(
                        f"another kokuchi command is writing in {root}; try again when it has finished"
                    ) from None
                time.sleep(0.05)
        _held[key] = 1
        try:
            yield
        finally:
            del _held[key]
    finally:
        os.close(fd)


def sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


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


def _leftovers(destination: Path, kind: str) -> list[Path]:
    parent = destination.parent
    if not parent.is_dir():
        return []
    prefix = f".{destination.name}.{kind}."
    return sorted(p for p in parent.iterdir() if p.name.startswith(prefix) and p.is_dir() and not p.is_symlink())


def recover_folder(destination: Path) -> None:
    """Finish or undo a replace_folder that was killed: a retired folder comes
    back when nothing took its place; staging and retired leftovers go."""
    import shutil

    for retired in _leftovers(destination, "old"):
        if not os.path.lexists(destination):
            os.rename(retired, destination)
        else:
            shutil.rmtree(retired)
    for staging in _leftovers(destination, "new"):
        shutil.rmtree(staging)


def replace_folder(files: dict[str, bytes] | Path, destination: Path) -> None:
    """Put a complete folder at *destination*: *files* written into a staging
    folder beside it (or a staging folder already built), then moved into place.

    Readers see the old folder or the new one. The switch is two renames (the
    old folder aside, the new one in); a run killed between them leaves the old
    folder aside, and ``recover_folder`` (called first by every replace) puts it
    back. Folders and files get the umask's modes, as any other tool's would.
    A caller that builds the staging folder itself names it
    ``.<destination>.new.<token>`` in the same parent, after recover_folder.
    """
    import shutil

    destination.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(files, Path):
        staging = files  # built by the caller, who recovered first
    else:
        recover_folder(destination)
        staging = make_temp_folder(destination.parent, f".{destination.name}.new.")
    try:
        if not isinstance(files, Path):
            for name, content in files.items():
                fd = os.open(staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o666)
                with os.fdopen(fd, "wb") as handle:
                    handle.write(content)
                    handle.flush()
                    os.fsync(handle.fileno())
        if os.path.lexists(destination):
            retired = destination.with_name(f".{destination.name}.old.{staging.name.rpartition('.')[2]}")
            os.rename(destination, retired)
            os.rename(staging, destination)
            shutil.rmtree(retired)
        else:
            os.rename(staging, destination)
    finally:
        if staging.exists():
            shutil.rmtree(staging)


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
