"""kokuchi release."""

from __future__ import annotations

from pathlib import Path

import click

from kokuchi.cli.output import base_url_option, catalog_langs_option, finish
from kokuchi.commands import release as commands


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
        commands.release(
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
