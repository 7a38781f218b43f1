"""kokuchi site: publish every notice as a static site, and say which translations lag."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

from kokuchi.commands.results import Report
from kokuchi.project.layout import Store
from kokuchi.project.settings import CONFIG_FILE, check_base_url, site_settings
from kokuchi.publish import site as site_builder


def site(
    root: Path,
    *,
    out: Path | None = None,
    base_url: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> Report:
    """Build (or bring up to date) the static site; report which translations lag their source."""
    settings = site_settings(Store(root))
    base_url = check_base_url(base_url) if base_url else settings.base_url
    result = site_builder.build(root, out, base_url=base_url, publisher=settings.author, progress=progress)
    lines = [f"site: {result.notices} notice(s), {result.rebuilt} rebuilt, in {result.out}"]
    if not base_url:
        lines.append(
            f"no base URL: feeds use relative links (xml:base) and pages have no canonical link; "
            f"set --base-url or site.base-url in {CONFIG_FILE}"
        )
    lines += site_builder.lag_lines(result, now or datetime.now(timezone.utc))
    return Report(tuple(lines + result.notes))
