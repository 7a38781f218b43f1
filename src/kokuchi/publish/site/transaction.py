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
        for name in filenames + [d for d in dirnames if (here / d).is_symlink()]:
            source, target = here / name, new / rel / name
            if (rel / name).as_posix() in own or os.path.lexists(target):
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
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
