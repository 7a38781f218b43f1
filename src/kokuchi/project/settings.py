"""The project's settings files, each read against its JSON Schema.

- ``kokuchi.yaml`` beside ``notices/``: only what cannot be said in a notice:
  who publishes the security advisories, where their CSAF documents are
  served, where the site is served (``site.base-url``), who sends the release
  mail (``mail.from``) and the project's own name among all others
  (``project.id``, a domain: the right side of its mails' Message-IDs);
- ``locales/glossary.yaml``: terms every translation must use, names kept;
- ``locales/meaning-flips.yaml`` (and kokuchi's own ``data/meaning-flips.yaml``):
  word pairs whose exchange reverses a sentence's meaning;
- ``locales/compendia.yaml``: other catalogs to reuse translations from.

Each file has its schema in ``kokuchi/schema/<name>.schema.json`` (what every
key means: docs/settings.md). A file is read whole and checked whole: every
problem, from a syntax error to an unknown key, a wrong type or a bad value, is
one located ``file:line:col: key: message``, all of them raised together as
``SettingsError``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from kokuchi.core.errors import BadArgument, InvalidInput, Problem, SettingsError
from kokuchi.project import schemas, yamlio
from kokuchi.project.files import read_bytes
from kokuchi.project.layout import Store

CONFIG_FILE = "kokuchi.yaml"

# The schema of each settings file: kokuchi/schema/<name>.schema.json.
CONFIG_SCHEMA = "kokuchi"
GLOSSARY_SCHEMA = "glossary"
FLIPS_SCHEMA = "meaning-flips"
COMPENDIA_SCHEMA = "compendia"
SCHEMAS = (CONFIG_SCHEMA, GLOSSARY_SCHEMA, FLIPS_SCHEMA, COMPENDIA_SCHEMA)


# -- any settings file ---------------------------------------------------------


Extra = Callable[[yamlio.YamlDocument, schemas.Report], None]


def parse_settings(raw: bytes, name: str, schema: str, extra: Extra | None = None) -> yamlio.YamlDocument:
    """The settings file *name* (its bytes *raw*), checked against *schema*.

    An empty document reads as an empty mapping. *extra*, when given, is called
    with the document and its report to add the checks a schema cannot say.
    Raises SettingsError with every problem, each at its line and column.
    """
    try:
        doc = yamlio.parse_config(raw, name)
    except InvalidInput as exc:
        raise SettingsError(exc.problems) from None
    if doc.data is None:
        doc.data = {}
    report = schemas.Report(name, doc)
    schemas.schema_problems(schema, doc.data, report)
    if extra is not None:
        extra(doc, report)
    if report.problems:
        raise SettingsError(report.problems)
    return doc


def read_settings(path: Path, name: str, schema: str, extra: Extra | None = None) -> yamlio.YamlDocument:
    """The settings file at *path* (called *name* in problems), bounded like every file kokuchi reads."""
    try:
        raw = read_bytes(path, name=name)
    except InvalidInput as exc:
        raise SettingsError(exc.problems) from None
    return parse_settings(raw, name, schema, extra)


# -- kokuchi.yaml ----------------------------------------------------------------


@dataclass(frozen=True)
class Publisher:
    """Who issues the advisories (CSAF's ``document/publisher``)."""

    name: str
    namespace: str  # the publisher's URL, e.g. https://security.example.net
    contact_details: str | None = None
    issuing_authority: str | None = None


@dataclass(frozen=True)
class CsafSettings:
    publisher: Publisher
    url: str  # where the csaf/ folder of the site is served, without a trailing slash

    def document_url(self, year: int, filename: str) -> str:
        return f"{self.url}/{year}/{filename}"


@dataclass(frozen=True)
class SiteSettings:
    base_url: str | None = None  # where the site is served: absolute feed, canonical and mail links
    author: str = "kokuchi"  # the feeds' author: the publisher's name
    mail_from: str = "noreply@kokuchi.invalid"  # the release mail's From
    project_id: str | None = None  # a domain naming the project in Message-IDs (default: base URL host, From domain)


# A domain name (RFC 1035 letters, digits and hyphens, dot-separated): the right side of a Message-ID.
_DOMAIN = r"(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDR_SPEC = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@" + _DOMAIN
_UNSAFE = r"[\x00-\x1f\x7f\u0085\u2028\u2029\"<>\\]|=\?"


def _is_url(value: object, *, folder: bool = False) -> bool:
    """An absolute http(s) URL (with *folder*: without query or fragment)."""
    if not isinstance(value, str):
        return False
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - a port that is no number raises here
    except ValueError:  # http://[::1 (an unclosed IPv6 address), http://host:port
        return False
    return parts.scheme in ("https", "http") and bool(parts.netloc) and not (folder and (parts.query or parts.fragment))


def sender_problem(value: str) -> str | None:
    """Why *value* is not a From address (``addr@domain`` or ``Display Name <addr@domain>``); None when it is.

    The display name may be any text but control characters, quotes, angle
    brackets, backslashes and ``=?`` (which would read as an RFC 2047 encoded word)."""
    from email.utils import parseaddr

    match = re.fullmatch(r"\s*(?:(?P<name>[^<]*?)\s*<(?P<bracket>[^>]*)>|(?P<bare>[^<>\s]+))\s*", value)
    addr = match and (match["bracket"] if match["bracket"] is not None else match["bare"])
    name = (match and match["name"]) or ""
    # Compiled here (re caches them), not when a command that reads no mail address imports settings.
    if not addr or not re.fullmatch(_ADDR_SPEC, addr) or re.search(_UNSAFE, name) or parseaddr(value)[1] != addr:
        return (
            f"{value!r} is not a mail address (addr@domain or Display Name <addr@domain>, "
            "without quotes, backslashes, control characters or '=?' in the name)"
        )
    return None


def check_base_url(url: str) -> str:
    """*url*, a command's ``base_url`` argument, as a folder URL (ending in /): an absolute http(s) URL or an error."""
    if not _is_url(url, folder=True):
        raise BadArgument("base_url", f"{url!r} is not an absolute http(s) URL of a folder")
    return url if url.endswith("/") else url + "/"


def _config_problems(doc: yamlio.YamlDocument, report: schemas.Report) -> None:
    """What kokuchi.yaml's schema cannot say: that each URL parses as one, that mail.from is an address."""
    data = doc.data if isinstance(doc.data, dict) else {}

    def value(section: str, key: str) -> Any:
        mapping = data.get(section)
        return mapping.get(key) if isinstance(mapping, dict) else None

    reported = {problem.path for problem in report.problems}
    for section, key in (("publisher", "namespace"), ("csaf", "url"), ("site", "base-url")):
        url = value(section, key)
        if isinstance(url, str) and f"{section}.{key}" not in reported and not _is_url(url):
            # The schema's pattern took it for a URL; urlsplit does not (a port that is no number, ...).
            report.at(f"{section}.{key}", f"{url!r} is not an absolute http(s) URL")
    sender = value("mail", "from")
    if isinstance(sender, str) and sender:
        problem = sender_problem(sender)
        if problem:
            report.at("mail.from", problem)


@dataclass(frozen=True)
class ProjectSettings:
    """kokuchi.yaml, checked: its data (sections as mappings, never null) and where each key is."""

    data: dict[str, dict[str, Any]]
    doc: yamlio.YamlDocument | None  # None: there is no kokuchi.yaml

    def get(self, section: str, key: str) -> Any:
        return self.data.get(section, {}).get(key)


def project_settings(store: Store) -> ProjectSettings:
    """kokuchi.yaml, every key checked (SettingsError with every problem); empty when there is none."""
    path = store.config_path
    if not os.path.lexists(path):
        return ProjectSettings({}, None)
    doc = read_settings(path, CONFIG_FILE, CONFIG_SCHEMA, _config_problems)
    return ProjectSettings({section: value or {} for section, value in doc.data.items()}, doc)


# What CSAF documents need of kokuchi.yaml, and what for.
_CSAF_KEYS = ("publisher.name", "publisher.namespace", "csaf.url")
_CSAF_NEEDS = (
    "a CSAF document needs the publisher's name and namespace URL (publisher.name, publisher.namespace) "
    "and where the site's csaf/ folder is served (csaf.url)"
)


def csaf_settings(store: Store) -> CsafSettings:
    """The publisher and the CSAF URL.

    SettingsError when kokuchi.yaml is invalid, and when it lacks what a CSAF
    document needs: one located problem naming every key missing (one line,
    which ``site`` and ``release`` show as the reason a document is left out)."""
    settings = project_settings(store)
    if settings.doc is None:
        raise SettingsError([Problem(CONFIG_FILE, 1, 1, "(file)", f"no such file: {_CSAF_NEEDS}")])
    missing = [key for key in _CSAF_KEYS if settings.get(*key.split(".")) is None]
    if missing:
        line, column = schemas.Report(CONFIG_FILE, settings.doc).position(missing[0])
        also = f" (and {', '.join(missing[1:])})" if missing[1:] else ""
        raise SettingsError([Problem(CONFIG_FILE, line, column, missing[0], f"missing{also}: {_CSAF_NEEDS}")])
    publisher = settings.data["publisher"]
    return CsafSettings(
        Publisher(
            publisher["name"],
            publisher["namespace"],
            publisher.get("contact_details"),
            publisher.get("issuing_authority"),
        ),
        settings.get("csaf", "url").rstrip("/"),
    )


def site_settings(store: Store) -> SiteSettings:
    """``site.base-url``, ``mail.from``, ``project.id`` and the publisher's name, each optional;
    SettingsError with every problem of kokuchi.yaml, whatever key it is in."""
    settings = project_settings(store)
    base_url = settings.get("site", "base-url")
    project_id = settings.get("project", "id")
    sender = settings.get("mail", "from")
    return SiteSettings(
        base_url=base_url if base_url is None or base_url.endswith("/") else base_url + "/",
        author=settings.get("publisher", "name") or "kokuchi",
        mail_from=sender.strip() if sender else "noreply@kokuchi.invalid",
        project_id=project_id.lower() if project_id else None,
    )


# -- locales/glossary.yaml, locales/meaning-flips.yaml, locales/compendia.yaml ------------------


def glossary(path: Path, name: str | None = None) -> tuple[dict[str, str], tuple[str, ...]]:
    """The glossary's terms (Japanese → English) and the names kept; both empty without the file."""
    if not os.path.lexists(path):
        return {}, ()
    data = read_settings(path, name or path.as_posix(), GLOSSARY_SCHEMA).data
    return dict(data.get("terms") or {}), tuple(data.get("keep") or ())


BUILTIN_FLIPS = "data/meaning-flips.yaml"  # in the kokuchi package


def flip_pairs(
    path: Path | None = None, name: str | None = None
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The negations and the antonyms of the meaning-flips file at *path* (called *name* in problems),
    or of kokuchi's own without one. kokuchi's own file is checked against the schema by the tests,
    not by every command that reads it: the validator is loaded for the project's file only."""
    if path is None:
        raw = resources.files("kokuchi").joinpath(BUILTIN_FLIPS).read_bytes()
        data = yamlio.parse_config(raw, f"kokuchi/{BUILTIN_FLIPS}").data
    else:
        data = read_settings(path, name or path.as_posix(), FLIPS_SCHEMA).data
    return (
        [(a, b) for a, b in data.get("negations") or ()],
        [(a, b) for a, b in data.get("antonyms") or ()],
    )


@dataclass(frozen=True)
class Listed:
    """A PO file locales/compendia.yaml lists, and where: a refusal of the file is located there."""

    path: str  # as written: relative to the project root
    key: str  # compendia[N]
    line: int
    column: int


def compendia_list(path: Path, name: str) -> list[Listed]:
    """The PO files locales/compendia.yaml (at *path*, called *name*) lists."""
    doc = read_settings(path, name, COMPENDIA_SCHEMA)
    report = schemas.Report(name, doc)
    listed = doc.data["compendia"]
    return [Listed(item, f"compendia[{i}]", *report.position(f"compendia[{i}]")) for i, item in enumerate(listed)]
