"""The project's layout: notice ids, revision file names, and where each file of a project lives (``Store``)."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import NamedTuple

from kokuchi.core.errors import BadArgument, KokuchiError, NotFound
from kokuchi.project.files import check_folder, project_lock, refused

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


class Store(NamedTuple):
    """Where each file of the project in *root* lives."""

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
            raise NotFound("notices folder", str(self.root), f"no notices/ folder in {self.root}")
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
                raise NotFound("notice", notice_id, f"no notice {notice_id!r} in {self.rel(self.notices_dir)}/")
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
        """kokuchi.yaml: the project's settings (project/settings.py)."""
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
                    raise NotFound("catalog", lang, f"no catalog {self.rel(path)}")
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

    def check_output(self, out: Path) -> None:
        """Refuse an output folder that overlaps notices/ or locales/ (or holds
        them, like the root): kokuchi replaces what it writes there, and the
        sources must never be in the way."""
        if out.is_symlink():
            raise BadArgument("out", f"{out}: is a symbolic link; give the folder itself")
        target = out.resolve()
        for owned in (self.notices_dir, self.locales_dir):
            source = owned.resolve()
            if target == source or source in target.parents or target in source.parents:
                raise BadArgument("out", f"{out}: overlaps {self.rel(owned)}/; write the output to a folder of its own")

    def lock(self):
        """The project's write lock (see project_lock), held by every command that writes."""
        return project_lock(self.root)
