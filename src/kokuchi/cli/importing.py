"""kokuchi import."""

from __future__ import annotations

from pathlib import Path

import click

from kokuchi.cli.output import finish
from kokuchi.commands import importing


@click.command(name="import")
@click.argument("files", metavar="FILE...", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--revision", type=click.IntRange(min=1), help="Number of the first revision (default: the next one).")
@click.option("--id", "notice_id", help="The notice id (default: from the first file's name).")
@click.pass_obj
def import_(root: Path, files: tuple[Path, ...], revision: int | None, notice_id: str | None) -> None:
    """Turn existing notices (plain text, Markdown, HTML) into revision files.

    Several files in order make a series (001, 002, ...). Prints one note per
    guess or part kept as text, located in the source; never overwrites.
    """
    finish(importing.import_(root, list(files), revision=revision, notice_id=notice_id))
