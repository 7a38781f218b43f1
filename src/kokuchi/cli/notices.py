"""kokuchi check, new, revise, schema."""

from __future__ import annotations

from pathlib import Path

import click

from kokuchi.cli.output import echo, finish
from kokuchi.commands import notices


@click.command()
@click.argument("notice_ids", metavar="[NOTICES]...", nargs=-1)
@click.pass_obj
def check(root: Path, notice_ids: tuple[str, ...]) -> None:
    """Validate every revision of every notice (or the named ones).

    Prints each problem as FILE:LINE:COL: KEY: MESSAGE and exits 1 if there is any.
    """
    finish(notices.check(root, list(notice_ids)))


@click.command()
@click.argument("notice")
@click.pass_obj
def new(root: Path, notice: str) -> None:
    """Scaffold notices/NOTICE/001.yaml from a commented template."""
    echo(f"created {notices.new(root, notice)}")


@click.command()
@click.argument("notice")
@click.option("--published", help="Publication time with offset (default: now, in the notice's offset).")
@click.pass_obj
def revise(root: Path, notice: str, published: str | None) -> None:
    """Write the next revision of NOTICE as a copy of the latest."""
    echo(f"created {notices.revise(root, notice, published=published)}")


@click.command()
def schema() -> None:
    """Print the JSON Schema of a revision file (for editor validation)."""
    echo(notices.schema(), nl=False)
