"""kokuchi release, site and export."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..commands import publish
from .output import catalog_langs_option, finish, lang_option, show_view

base_url_option = click.option(
    "--base-url",
    metavar="URL",
    help="The site's absolute URL (default: site.base-url in kokuchi.yaml): absolute feed, canonical and mail links.",
)


@click.command()
@click.argument("notice")
@click.option("--rev", type=click.IntRange(min=1), help="Revision (default: the latest).")
@catalog_langs_option("Target language (repeatable; default: every catalog).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Output folder (default: ROOT/dist).")
@click.option(
    "--allow-incomplete",
    is_flag=True,
    help="Release with untranslated units shown in Japanese (recorded in the manifest).",
)
@click.option("--force", is_flag=True, help="Replace a different bundle already released for this revision.")
@base_url_option
@click.pass_obj
def release(
    root: Path,
    notice: str,
    rev: int | None,
    langs: tuple[str, ...],
    out: Path | None,
    allow_incomplete: bool,
    force: bool,
    base_url: str | None,
) -> None:
    """Check a revision in every language, then write its bilingual bundle.

    Refuses (exit 1, one line per problem) when a unit is untranslated, fuzzy or a
    meaning flip, or a translation disagrees with its source.
    """
    finish(
        publish.release(
            root,
            notice,
            rev=rev,
            langs=list(langs),
            out=out,
            allow_incomplete=allow_incomplete,
            force=force,
            base_url=base_url,
        )
    )


@click.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Output folder (default: ROOT/site).")
@base_url_option
@click.pass_obj
def site(root: Path, out: Path | None, base_url: str | None) -> None:
    """Build a static site of every notice in every language: index, product pages,
    every revision, diffs, Atom feeds and status.json.

    Only notices whose files changed since the last build are rebuilt. Reports
    the notices whose translation lags the Japanese, and by how long.
    """
    if not sys.stderr.isatty():
        finish(publish.site(root, out=out, base_url=base_url))
        return
    from ..render.text import ProgressBar  # rich loads only when a terminal shows the bar

    with ProgressBar("building the site") as tick:
        result = publish.site(root, out=out, base_url=base_url, progress=tick)
    finish(result)


@click.group()
def export() -> None:
    """Machine-readable documents for other tools."""


@export.command()
@click.argument("notice")
@click.option("--rev", type=click.IntRange(min=1), help="Revision (default: the latest).")
@lang_option("Language of the document: ja is the original, en the translator edition (from the catalog).")
@click.option(
    "-o",
    "--output",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to FILE instead of standard output.",
)
@click.pass_obj
def csaf(root: Path, notice: str, rev: int | None, lang: str, out: Path | None) -> None:
    """A security advisory as a CSAF 2.0 document (csaf_security_advisory).

    The revision history has one entry per revision with its change events.
    The English edition is refused, like a release, while a unit is
    untranslated or inconsistent in any revision up to this one.
    """
    result = publish.export_csaf(root, notice, rev=rev, lang=lang, out=out)
    if out is None:
        show_view(result, "csaf")
    else:
        finish(result)
