"""kokuchi export csaf."""

from __future__ import annotations

from pathlib import Path

import click

from kokuchi.cli.output import finish, lang_option, show_view
from kokuchi.commands import export as commands


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
    result = commands.export_csaf(root, notice, rev=rev, lang=lang, out=out)
    if out is None:
        show_view(result, "csaf")
    else:
        finish(result)
