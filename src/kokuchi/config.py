"""The project's settings file, ``kokuchi.yaml`` beside ``notices/``.

Only what cannot be said in a notice: who publishes the security advisories,
and where their CSAF documents are served. YAML like the other settings files
(the glossary); a syntax error is located as file:line:column, a missing or
bad key as ``kokuchi.yaml: key: message``.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from . import yamlio
from .errors import KokuchiError
from .store import Store

CONFIG_FILE = "kokuchi.yaml"


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


def _read(store: Store) -> dict:
    path = store.config_path
    if not path.is_file():
        return {}
    data = yamlio.parse_config(path.read_bytes(), CONFIG_FILE)
    if data is not None and not isinstance(data, dict):
        raise KokuchiError(f"{CONFIG_FILE}: expected a mapping of settings")
    return data or {}


def _is_url(value: object) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("https", "http") and bool(parts.netloc)


def csaf_settings(store: Store) -> CsafSettings:
    """The publisher and the CSAF URL; KokuchiError naming every missing or bad key."""
    data = _read(store)
    publisher = data.get("publisher") if isinstance(data.get("publisher"), dict) else {}
    csaf = data.get("csaf") if isinstance(data.get("csaf"), dict) else {}
    problems = []
    for key in ("name", "namespace"):
        if not isinstance(publisher.get(key), str) or not publisher.get(key):
            problems.append(f"publisher.{key}: missing (CSAF needs the publisher's name and namespace URL)")
    if publisher.get("namespace") and not _is_url(publisher.get("namespace")):
        problems.append(f"publisher.namespace: {publisher['namespace']!r} is not an http(s) URL")
    for key in ("contact_details", "issuing_authority"):
        if key in publisher and not isinstance(publisher[key], str):
            problems.append(f"publisher.{key}: expected text")
    if not _is_url(csaf.get("url")):
        problems.append("csaf.url: missing or not an http(s) URL (where the site's csaf/ folder is served)")
    if problems:
        raise KokuchiError(f"{CONFIG_FILE}: " + "; ".join(problems))
    return CsafSettings(
        Publisher(publisher["name"], publisher["namespace"], publisher.get("contact_details"), publisher.get("issuing_authority")),
        csaf["url"].rstrip("/"),
    )
