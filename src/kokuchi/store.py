"""The project on disk: notices, revision files, catalogs, released records, atomic writes."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import KokuchiError, Problem

NOTICE_ID = re.compile(r"[a-z0-9-]{3,80}")
LANG_CODE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")
REVISION_FILE = re.compile(r"(\d{3,})\.yaml")
RELEASED_FILE = "released.json"


def check_notice_id(notice_id: str) -> str:
    """Return *notice_id* if it has the allowed form, else raise before any I/O."""
    if not NOTICE_ID.fullmatch(notice_id):
        raise KokuchiError(
            f"invalid notice id {notice_id!r}: use 3 to 80 lowercase ASCII letters, digits and '-'"
        )
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
        if not self.notices_dir.is_dir():
            raise KokuchiError(
                f"no notices/ folder in {self.root} (set --root or KOKUCHI_ROOT)"
            )
        return self.notices_dir

    def notice_ids(self) -> list[str]:
        """The names of every folder under notices/, valid ids or not, sorted."""
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
            raise KokuchiError(f"no catalogs in {self.rel(self.locales_dir)}/; create one with: kokuchi catalog init -l LANG")
        return found

    def catalog_files(self) -> list[Path]:
        """Every file whose change changes a translation: the catalogs and the glossary."""
        return sorted(self.locales_dir.glob("*/LC_MESSAGES/notices.po")) + [p for p in [self.glossary_path] if p.is_file()]

    def read_catalog(self, lang: str):
        """The catalog of *lang* as a po.POFile."""
        # PO reading (polib, Babel's plural rules) loads only for commands that read catalogs.
        from . import po

        path = self.catalog_path(lang)
        return po.read(path, self.rel(path))

    def catalog_entries(self, lang: str) -> dict:
        """The live entries of *lang*'s catalog by (msgctxt, msgid); none without a catalog."""
        from .translate import lookup

        return lookup(self.read_catalog(lang)) if self.catalog_path(lang).is_file() else {}


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
    """The released-revision records of a notice, by revision number (as a string)."""
    path = store.released_path(notice_id)
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text("utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise KokuchiError(f"{store.rel(path)}: not valid JSON ({exc})") from None
    return data.get("revisions", {}) if isinstance(data, dict) else {}


def record_release(store: Store, notice_id: str, number: int, record: dict) -> None:
    """Add (or replace) the record of revision *number* in released.json."""
    released = read_released(store, notice_id)
    released[str(number)] = record
    data = {"notice": notice_id, "revisions": dict(sorted(released.items(), key=lambda kv: int(kv[0])))}
    atomic_write(store.released_path(notice_id), (json.dumps(data, indent=2) + "\n").encode("utf-8"))


def replace_folder(files: dict[str, bytes], destination: Path) -> None:
    """Write *files* into a temporary folder beside *destination*, then move it into place whole."""
    import shutil
    import tempfile

    destination.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{destination.name}.", dir=destination.parent))
    try:
        for name, content in files.items():
            with open(staging / name, "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
        if destination.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{destination.name}.old.", dir=destination.parent))
            os.rename(destination, retired / destination.name)
            os.rename(staging, destination)
            shutil.rmtree(retired)
        else:
            os.rename(staging, destination)
    finally:
        if staging.exists():
            shutil.rmtree(staging)


def released_problems(store: Store, notice_id: str) -> list[Problem]:
    """Released revisions whose file changed since (for `check`)."""
    problems = []
    path = store.released_path(notice_id)
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
