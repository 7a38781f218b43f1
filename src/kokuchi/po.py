"""PO and MO files: the only user of polib (and of Babel's plural rules).

polib reads and writes everything a translator or another tool put in a
catalog: translator comments, flags, ``#|`` previous msgids (Babel 2.18 reads
those as translator comments and writes them back as ``# | msgid``), obsolete
entries, msgctxt, header fields and order. Lines are never wrapped, so a long
Japanese msgid is one line that every tool reads (``pybabel update --previous``
wraps them into a form polib refuses).

MO files are written here in one pass: polib's writer (like Babel's) grows the
file with repeated concatenation, which is quadratic.
"""

from __future__ import annotations

import array
from pathlib import Path

assert array.array("I").itemsize == 4, "MO files use 32-bit words"

import polib
from babel.core import UnknownLocaleError
from babel.messages.plurals import get_plural

from .errors import KokuchiError

POEntry = polib.POEntry
POFile = polib.POFile

WRAP = 0  # never wrap: one line per string, byte-identical round trips


def new_catalog() -> POFile:
    return polib.POFile(wrapwidth=WRAP)


def parse(text: str, name: str = "<catalog>") -> POFile:
    try:
        return polib.pofile(text, wrapwidth=WRAP)
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise KokuchiError(f"{name}: not a valid PO file: {exc}") from None


def read(path: Path, name: str | None = None) -> POFile:
    try:
        text = path.read_text("utf-8")
    except UnicodeDecodeError as exc:
        raise KokuchiError(f"{name or path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    return parse(text, name or str(path))


def to_text(catalog: POFile) -> str:
    text = catalog.__unicode__()
    return text if text.endswith("\n") else text + "\n"


def plural_forms(lang: str) -> str:
    try:
        plural = get_plural(lang)
    except (UnknownLocaleError, ValueError):
        raise KokuchiError(f"unknown language {lang!r}") from None
    return plural.plural_forms


def _key(entry: POEntry) -> str:
    return f"{entry.msgctxt}\x04{entry.msgid}" if entry.msgctxt is not None else entry.msgid


def mo_bytes(catalog: POFile, *, include_fuzzy: bool = False) -> bytes:
    """The GNU MO file of *catalog*: translated entries (and the header), sorted.

    Fuzzy entries are left out unless *include_fuzzy* (as msgfmt does); so are
    obsolete and untranslated ones.
    """
    messages: dict[bytes, bytes] = {}
    header = catalog.ordered_metadata()
    messages[b""] = "".join(f"{name}: {value}\n" for name, value in header).encode("utf-8")
    for entry in catalog:
        if entry.obsolete or not entry.msgid:
            continue
        if "fuzzy" in entry.flags and not include_fuzzy:
            continue
        if entry.msgid_plural:
            strings = [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
            if not all(strings):
                continue
            key = _key(entry) + "\x00" + entry.msgid_plural
            value = "\x00".join(strings)
        else:
            if not entry.msgstr:
                continue
            key, value = _key(entry), entry.msgstr
        messages[key.encode("utf-8")] = value.encode("utf-8")
    keys = sorted(messages)
    count = len(keys)
    originals_offset = 28
    translations_offset = originals_offset + 8 * count
    data_offset = translations_offset + 8 * count
    blob = bytearray()
    table_orig = array.array("I")
    table_trans = array.array("I")
    for key in keys:
        table_orig.extend((len(key), data_offset + len(blob)))
        blob += key + b"\x00"
    for key in keys:
        value = messages[key]
        table_trans.extend((len(value), data_offset + len(blob)))
        blob += value + b"\x00"
    header_words = array.array("I", [0x950412DE, 0, count, originals_offset, translations_offset, 0, data_offset])
    return header_words.tobytes() + table_orig.tobytes() + table_trans.tobytes() + bytes(blob)
