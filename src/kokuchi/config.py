"""The project's settings file, ``kokuchi.toml`` at the root (optional).

::

    [site]
    base-url = "https://www.example.co.jp/support/notices/"   # absolute feed, canonical and mail links
    publisher = "Example Cloud Co., Ltd."                     # the feeds' author

    [mail]
    from = "Example Cloud Support <support@example.co.jp>"

Command-line options win over the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import KokuchiError

CONFIG_FILE = "kokuchi.toml"


@dataclass(frozen=True)
class Config:
    base_url: str | None = None
    publisher: str | None = None
    mail_from: str | None = None


def check_base_url(url: str, where: str = "--base-url") -> str:
    """*url* as a folder URL (ending in /); an absolute http(s) URL or an error."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise KokuchiError(f"{where}: {url!r} is not an absolute http(s) URL of a folder")
    return url if url.endswith("/") else url + "/"


def load_config(root: Path) -> Config:
    path = root / CONFIG_FILE
    if not path.is_file():
        return Config()
    import tomllib

    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise KokuchiError(f"{CONFIG_FILE}: {exc}") from None
    site = data.get("site", {})
    mail = data.get("mail", {})
    for key, value in (("site.base-url", site.get("base-url")), ("site.publisher", site.get("publisher")),
                       ("mail.from", mail.get("from"))):
        if value is not None and not isinstance(value, str):
            raise KokuchiError(f"{CONFIG_FILE}: {key}: expected a string")
    base_url = site.get("base-url")
    return Config(
        base_url=check_base_url(base_url, f"{CONFIG_FILE}: site.base-url") if base_url else None,
        publisher=site.get("publisher"),
        mail_from=mail.get("from"),
    )
