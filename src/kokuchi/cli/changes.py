"""kokuchi diff and log."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kokuchi.cli.output import format_option, lang_option, show_view
from kokuchi.commands import changes
from kokuchi.render import formats_for


@click.command()
@click.argument("notice")
@click.argument("old", required=False, type=click.IntRange(min=1))
@click.argument("new", required=False, type=click.IntRange(min=1))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(formats_for("changes") + formats_for("comparison")),
    default="text",
    show_default=True,
    help="Output format; table (HTML, printable) and table-md (Markdown) give the 新旧対照表.",
)
@lang_option("Language of the summaries and texts.")
@click.option("--ignore-width", is_flag=True, help="Compare after NFKC (full-width/half-width forms, U+3000).")
@click.option("--ignore-space", is_flag=True, help="Ignore changes in spaces and tabs.")
@click.option(
    "--notation", is_flag=True, help="Also show the text of edits that change only character width or spacing."
)
@click.option("--exit-code", is_flag=True, help="Exit 1 when the revisions differ, 0 when not.")
@click.option(
    "--old-left",
    is_flag=True,
    help="In a table, the previous text on the left (default: the new text left, 改正後 | 改正前).",
)
@click.pass_obj
def diff(
    root: Path,
    notice: str,
    old: int | None,
    new: int | None,
    fmt: str,
    lang: str,
    ignore_width: bool,
    ignore_space: bool,
    notation: bool,
    exit_code: bool,
    old_left: bool,
) -> None:
    """What changed in NOTICE from report OLD to NEW (default: the previous and the latest).

    With OLD alone, what report OLD changed (OLD-1 to OLD). OLD after NEW is a
    reversed comparison, and the heading says so.

    Prints the change events, one line each, then every changed text with
    deletions and insertions marked.
    """
    if fmt in formats_for("comparison"):
        show_view(changes.comparison(root, notice, old=old, new=new, lang=lang, old_left=old_left), fmt)
        return
    view = changes.diff(
        root,
        notice,
        old=old,
        new=new,
        lang=lang,
        ignore_width=ignore_width,
        ignore_space=ignore_space,
        notation=notation,
    )
    show_view(view, fmt)
    if exit_code and view.differ:
        sys.exit(1)


@click.command()
@click.argument("notice")
@format_option("log")
@lang_option("Language of the summaries.")
@click.pass_obj
def log(root: Path, notice: str, fmt: str, lang: str) -> None:
    """Every report of NOTICE with what each changed."""
    show_view(changes.log(root, notice, lang=lang), fmt)
