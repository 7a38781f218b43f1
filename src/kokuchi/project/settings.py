"""The project's settings file, ``kokuchi.yaml`` beside ``notices/``.

Only what cannot be said in a notice: who publishes the security advisories,
where their CSAF documents are served, where the site is served (``site.base-url``),
who sends the release mail (``mail.from``) and the project's own name among all
others (``project.id``, a domain: the right side of its mails' Message-IDs). YAML like the other settings
files (the glossary); a syntax error is located as file:line:column, a missing or
bad key as ``kokuchi.yaml: key: message``.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from kokuchi.core.errors import KokuchiError
from kokuchi.project import yamlio
from kokuchi.project.layout import Store

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
    if not os.path.lexists(path):
        return {}
    data = yamlio.read_config(path, CONFIG_FILE).data
    if data is not None and not isinstance(data, dict):
        raise KokuchiError(f"{CONFIG_FILE}: expected a mapping of settings")
    return data or {}


def _mapping(data: dict, key: str) -> dict[str, Any]:
    """The mapping under *key* (empty when absent or not a mapping)."""
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _is_url(value: object) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("https", "http") and bool(parts.netloc)


def csaf_settings(store: Store) -> CsafSettings:
    """The publisher and the CSAF URL; KokuchiError naming every missing or bad key."""
    data = _read(store)
    publisher = _mapping(data, "publisher")
    csaf = _mapping(data, "csaf")
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
        Publisher(
            publisher["name"],
            publisher["namespace"],
            publisher.get("contact_details"),
            publisher.get("issuing_authority"),
        ),
        csaf["url"].rstrip("/"),
    )


@dataclass(frozen=True)
class SiteSettings:
    base_url: str | None = None  # where the site is served: absolute feed, canonical and mail links
    author: str = "kokuchi"  # the feeds' author: the publisher's name
    mail_from: str = "noreply@kokuchi.invalid"  # the release mail's From
    project_id: str | None = None  # a domain naming the project in Message-IDs (default: base URL host, From domain)


# A domain name (RFC 1035 letters, digits and hyphens, dot-separated): the right side of a Message-ID.
_DOMAIN = re.compile(
    r"(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
)
_ADDR_SPEC = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@" + _DOMAIN.pattern)
_UNSAFE = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029\"<>\\]|=\?")


def check_sender(value: str, where: str = f"{CONFIG_FILE}: mail.from") -> str:
    """*value* as a From address: ``addr@domain`` or ``Display Name <addr@domain>``.

    The display name may be any text but control characters, quotes, angle
    brackets, backslashes and ``=?`` (which would read as an RFC 2047 encoded word)."""
    from email.utils import parseaddr

    match = re.fullmatch(r"\s*(?:(?P<name>[^<]*?)\s*<(?P<bracket>[^>]*)>|(?P<bare>[^<>\s]+))\s*", value)
    addr = match and (match["bracket"] if match["bracket"] is not None else match["bare"])
    name = (match and match["name"]) or ""
    if not addr or not _ADDR_SPEC.fullmatch(addr) or _UNSAFE.search(name) or parseaddr(value)[1] != addr:
        raise KokuchiError(
            f"{where}: {value!r} is not a mail address (addr@domain or Display Name <addr@domain>, "
            "without quotes, backslashes, control characters or '=?' in the name)"
        )
    return value.strip()


def check_base_url(url: str, where: str = "--base-url") -> str:
    """*url* as a folder URL (ending in /); an absolute http(s) URL or an error."""
    parts = urlsplit(url)
    if not _is_url(url) or parts.query or parts.fragment:
        raise KokuchiError(f"{where}: {url!r} is not an absolute http(s) URL of a folder")
    return url if url.endswith("/") else url + "/"


def site_settings(store: Store) -> SiteSettings:
    """``site.base-url``, ``mail.from``, ``project.id`` and the publisher's name, each optional."""
    data = _read(store)
    site = _mapping(data, "site")
    mail = _mapping(data, "mail")
    project = _mapping(data, "project")
    publisher = _mapping(data, "publisher")
    for key, value in (
        ("site.base-url", site.get("base-url")),
        ("mail.from", mail.get("from")),
        ("project.id", project.get("id")),
    ):
        if value is not None and not isinstance(value, str):
            raise KokuchiError(f"{CONFIG_FILE}: {key}: expected text")
    base_url = site.get("base-url")
    name = publisher.get("name")
    project_id = project.get("id")
    if project_id is not None and not _DOMAIN.fullmatch(project_id):
        raise KokuchiError(
            f"{CONFIG_FILE}: project.id: {project_id!r} is not a domain name "
            "(one you control, e.g. status.example.co.jp: it names the project in its mails' Message-IDs)"
        )
    return SiteSettings(
        base_url=check_base_url(base_url, f"{CONFIG_FILE}: site.base-url") if base_url else None,
        author=name if isinstance(name, str) and name else "kokuchi",
        mail_from=check_sender(mail["from"]) if mail.get("from") else "noreply@kokuchi.invalid",
        project_id=project_id.lower() if project_id else None,
    )
