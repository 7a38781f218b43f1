"""How a build changes the output folder: each rebuilt notice's folder built aside and switched into place whole.

A run killed anywhere leaves every notice's folder old or new, and the next
build puts back what was moved aside (``recover``). Files someone else put in
a notice's folder are carried over by hard link; kokuchi deletes only the
files its cache says it wrote, and only once nothing links to them.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from kokuchi.project.files import make_temp_folder, recover_folder, replace_folder

_LEFTOVER = re.compile(r"\.(?P<name>[a-z0-9-]{3,80})\.(?:new|old)\.[0-9a-f]{12}")


_CACHES = re.compile(r"\.kokuchi-site\.json|\.kokuchi-templates|\.kokuchi-catalog\.[A-Za-z_]+\.json")
_CSAF_INDEX = ("index.txt", "changes.csv", "provider-metadata.json")


def check_output(out: Path, notice_ids: list[str], shown: str) -> None:
    """Refuse, before anything is written, a link or a special file where the
    site writes or reads: a page, a feed, a cache or a record, a notice's
    folder, ``csaf/`` and its year folders. kokuchi never writes through a
    link (``index.html → ../notices/x/001.yaml`` would overwrite a source) and
    never opens a FIFO (a build would hang holding the project lock); a file
    where a folder goes (a notice's id, ``csaf``) is refused rather than moved
    aside. Links and files elsewhere in the folder are the user's and stay.
    *shown*: how the output folder is named in the problem lines."""
    import stat

    from kokuchi.core.errors import InvalidInput, Problem
    from kokuchi.publish.site import urls

    problems: list[Problem] = []

    def look(path: Path, rel: str, folder: bool) -> bool:
        """Whether *path* is a real folder to look into (when *folder*)."""
        try:
            mode = os.lstat(path).st_mode
        except FileNotFoundError:
            return False
        where = f"{shown}/{rel}"
        if stat.S_ISLNK(mode):
            problems.append(
                Problem(
                    where,
                    1,
                    1,
                    "(folder)" if folder else "(file)",
                    "is a symbolic link; kokuchi never writes through a link in its output folder: remove it",
                )
            )
        elif folder and not stat.S_ISDIR(mode):
            problems.append(
                Problem(where, 1, 1, "(folder)", "is not a folder; kokuchi writes a folder of pages there: move it")
            )
        elif not folder and not stat.S_ISREG(mode):
            kind = "a folder" if stat.S_ISDIR(mode) else "a FIFO" if stat.S_ISFIFO(mode) else "a special file"
            problems.append(
                Problem(where, 1, 1, "(file)", f"is {kind}, not a regular file; kokuchi writes a file there")
            )
        else:
            return folder
        return False

    if not os.path.lexists(out):
        return
    names = set(os.listdir(out))
    for name in sorted(names):
        if urls.is_shared_page(name) or _CACHES.fullmatch(name):
            look(out / name, name, folder=name == ".kokuchi-templates")
    for notice_id in notice_ids:
        if notice_id in names and look(out / notice_id, notice_id, folder=True):
            look(out / urls.record_file(notice_id), urls.record_file(notice_id), folder=False)
    if "csaf" in names and look(out / "csaf", "csaf", folder=True):
        for name in sorted(os.listdir(out / "csaf")):
            if name in _CSAF_INDEX:
                look(out / "csaf" / name, f"csaf/{name}", folder=False)
            elif re.fullmatch(r"[0-9]{4}", name) and look(out / "csaf" / name, f"csaf/{name}", folder=True):
                for file in sorted(os.listdir(out / "csaf" / name)):
                    if file.endswith(".json"):
                        look(out / "csaf" / name / file, f"csaf/{name}/{file}", folder=False)
    if problems:
        raise InvalidInput(problems)


def recover(out: Path) -> None:
    """Undo what a killed build left: notice folders moved aside, staging folders."""
    if out.is_dir():
        for name in {m.group("name") for m in map(_LEFTOVER.fullmatch, os.listdir(out)) if m}:
            recover_folder(out / name)


class Staging:
    """The folders of the notices being rebuilt, each beside its place (``.<id>.new.<random>``).

    ``switch`` moves them into place; leaving the ``with`` block removes
    whatever was not switched.
    """

    def __init__(self, out: Path, notice_ids: list[str]):
        self.out = out
        self.folders = {notice_id: make_temp_folder(out, f".{notice_id}.new.") for notice_id in notice_ids}

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        for staging in self.folders.values():
            if staging.exists():
                shutil.rmtree(staging)

    def switch(self, owned: dict[str, set[str]]) -> None:
        """Switch every built folder into place, with the files of the old one that kokuchi did not
        write carried over (*owned*: per notice, the files kokuchi wrote there, relative to its folder)."""
        for notice_id, staging in self.folders.items():
            previous = self.out / notice_id
            if previous.is_dir() and not previous.is_symlink():
                carry_into(previous, staging, owned.get(notice_id, set()))
            replace_folder(staging, previous)


def carry_into(old: Path, new: Path, own: set[str]) -> None:
    """Hard-link every file of *old* that kokuchi did not write (not in *own*,
    paths relative to *old*) into *new*: whatever someone else put in a
    notice's folder stays there."""
    for dirpath, dirnames, filenames in os.walk(old):
        here = Path(dirpath)
        rel = here.relative_to(old)
        for name in dirnames:
            # A folder of the user's (empty or not) comes along with its mode
            # (a private folder stays private); kokuchi's own are already built.
            source, target = here / name, new / rel / name
            if not source.is_symlink() and not os.path.lexists(target):
                os.mkdir(target)
                os.chmod(target, os.lstat(source).st_mode & 0o7777)
        for name in filenames + [d for d in dirnames if (here / d).is_symlink()]:
            source, target = here / name, new / rel / name
            if (rel / name).as_posix() in own or os.path.lexists(target):
                continue
            if source.is_symlink():
                os.symlink(os.readlink(source), target)
            else:
                os.link(source, target)


def remove(out: Path, files: set[str]) -> None:
    """Delete files kokuchi wrote and no longer writes, and the folders they leave empty."""
    for name in sorted(files):
        path = out / name
        if path.is_file() and not path.is_symlink():
            path.unlink()
        folder = path.parent
        while folder != out and folder.is_dir() and not folder.is_symlink() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
