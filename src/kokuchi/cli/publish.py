"""kokuchi site."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kokuchi.cli.output import base_url_option, finish
from kokuchi.commands import publish


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
    from kokuchi.render.text import ProgressBar  # rich loads only when a terminal shows the bar

    with ProgressBar("building the site") as tick:
        result = publish.site(root, out=out, base_url=base_url, progress=tick)
    finish(result)
