"""Files kokuchi reads and writes: bounded reads that refuse links and special files, atomic writes
honouring the umask with compare-before-replace, folders swapped into place whole, the project lock."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

from kokuchi.core.errors import InvalidInput, KokuchiError, Problem

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


def read_bytes(path: Path, *, limit: int = MAX_TEXT_BYTES, name: str | None = None, follow: bool = False) -> bytes:
    """The bytes of the regular file *path*, at most *limit* of them.

    A symbolic link (as the last component), a FIFO, a device or a folder is
    refused without being read: opening never follows the link and never waits
    for a writer, and the size is checked on what was opened, not on a name
    that may have changed since. With *follow* (a file the user named on the
    command line), a link is followed, but what it leads to must still be a
    regular file within the limit.
    """
    name = name or path.as_posix()
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0) | (0 if follow else os.O_NOFOLLOW)
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


def check_no_links(base: Path, path: Path, name: str | None = None) -> None:
    """Refuse *path* when a component after *base* (an output folder kokuchi
    writes into) is a symbolic link or a special file: a planted
    ``dist/<id> → ../notices/<id>`` must not carry a write elsewhere. What does
    not exist yet is fine: kokuchi creates it."""
    folder = base
    parts = path.relative_to(base).parts
    for i, part in enumerate(parts):
        folder = folder / part
        try:
            info = os.lstat(folder)
        except FileNotFoundError:
            return
        shown = (name or base.as_posix()) + "/" + "/".join(parts[: i + 1])
        if stat.S_ISLNK(info.st_mode):
            raise refused(shown, "is a symbolic link; kokuchi never writes through a link", "(folder)")
        if not stat.S_ISDIR(info.st_mode):
            raise refused(shown, f"is {_kind(info.st_mode)}, not a folder", "(folder)")


def _temp_name(path: Path) -> Path:
    # os.urandom is what secrets.token_hex reads, without importing hmac and base64 for every write.
    return path.with_name(f".{path.name}.{os.urandom(6).hex()}.tmp")


ANY = object()  # atomic_write(expected=ANY): replace whatever is there


def blake2b_digest(data: bytes, size: int = 32) -> bytes:
    """BLAKE2b of *data*, which needs no OpenSSL (hashlib loads it for its
    other algorithms: ~2 ms of a command's start-up) and reads a catalog
    about as fast as SHA-256."""
    try:
        from _blake2 import blake2b  # hashlib's own blake2b, imported without hashlib
    except ImportError:  # pragma: no cover - a Python built without it
        from hashlib import blake2b
    return blake2b(data, digest_size=size).digest()


class Fingerprint(NamedTuple):
    """What a file held, without keeping its bytes (a large catalog's are tens of megabytes).

    Compared only with another in the same process, never stored (``blake2b_digest``).
    """

    size: int
    digest: bytes

    @classmethod
    def of(cls, data: bytes | None) -> Fingerprint | None:
        return None if data is None else cls(len(data), blake2b_digest(data))


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
    made in the meantime (a translator's editor) is never overwritten: one
    made before the replace refuses the write, one made in the instant of the
    replace is kept as ``<name>.conflict-<UTC time>`` beside the file and
    reported (see _replace_keeping).
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
            size = expected.size if isinstance(expected, Fingerprint) else 0
            if Fingerprint.of(read_if_exists(path, limit=max(MAX_CATALOG_BYTES, size))) != expected:
                raise KokuchiError(
                    f"{path} changed while kokuchi was working on it; nothing written: run the command again"
                )
            if expected is None:
                exclusive = True  # no file was read: one that appears meanwhile is never replaced
            else:
                _replace_keeping(tmp, path, expected, max(MAX_CATALOG_BYTES, size))
                return
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


RENAME_EXCHANGE = 2  # renameat2(2) flag: swap two names in one step (Linux 3.15)


def _exchange(tmp: Path, path: Path) -> bool:
    """Swap *tmp* and *path* atomically: afterwards *tmp* names exactly what
    *path* held. False where the system cannot (then the caller links aside)."""
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd = -100
    if renameat2(at_fdcwd, os.fsencode(tmp), at_fdcwd, os.fsencode(path), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM):
        return False
    raise OSError(code, os.strerror(code), str(path))


def conflict_path(path: Path) -> Path:
    """A new name beside *path* for bytes kokuchi displaced: ``notices.po.conflict-20260401T101500Z``."""
    from datetime import datetime, timezone

    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    candidate, n = path.with_name(f"{path.name}.conflict-{stamp}"), 1
    while os.path.lexists(candidate):
        n += 1
        candidate = path.with_name(f"{path.name}.conflict-{stamp}-{n}")
    return candidate


def _replace_keeping(tmp: Path, path: Path, expected: Fingerprint, limit: int) -> None:
    """Put *tmp* at *path*; what it displaces, if it is not what was read
    (*expected*), is kept beside it as a conflict file and reported.

    The compare and the replace are one step: the names are exchanged
    (renameat2), so the bytes displaced are exactly those that were there at
    that instant, compared afterwards. Where the system cannot exchange, the
    file is first linked aside, which keeps a save written into the file but
    not one renamed over it in the instant between the link and the replace.
    """
    if _exchange(tmp, path):
        displaced = tmp
    else:
        displaced = tmp.with_name(tmp.name + ".old")
        os.link(path, displaced)  # FileNotFoundError: the file went meanwhile; nothing written
        os.replace(tmp, path)
    try:
        same = Fingerprint.of(read_bytes(displaced, limit=limit)) == expected
    except (KokuchiError, OSError):  # not even a regular file now: kept all the same
        same = False
    if same:
        os.unlink(displaced)
        return
    kept = conflict_path(path)
    os.link(displaced, kept)  # never over an existing name
    os.unlink(displaced)
    raise KokuchiError(
        f"{path} was saved while kokuchi was replacing it: the save is kept in {kept.name} beside it, "
        "and the file holds kokuchi's result; merge the two by hand"
    )


def make_temp_folder(parent: Path, prefix: str) -> Path:
    """A new, empty folder in *parent* (mode 0777 less the umask, unlike mkdtemp's 0700)."""
    parent.mkdir(parents=True, exist_ok=True)
    while True:
        path = parent / f"{prefix}{os.urandom(6).hex()}"
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
