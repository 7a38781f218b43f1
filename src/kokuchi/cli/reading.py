"""kokuchi list and show."""

from __future__ import annotations

from pathlib import Path

import click

from kokuchi.cli.output import format_option, lang_option, show_view
from kokuchi.commands import reading


@click.command(name="list")
@format_option("notices")
@click.pass_obj
def list_(root: Path, fmt: str) -> None:
    """A table of notices: id, latest report, status, published, title."""
    show_view(reading.list_notices(root), fmt)


@click.command()
@click.argument("notice")
@click.option("--rev", type=click.IntRange(min=1), help="Report number (第N報; default: the latest).")
@format_option("notice")
@lang_option()
@click.option(
    "--strict", is_flag=True, help="Exit 1 listing the units without a usable translation, instead of marking them."
)
@click.option("--tz", help="Show times in this IANA time zone (e.g. America/New_York).")
@click.pass_obj
def show(root: Path, notice: str, rev: int | None, fmt: str, lang: str, strict: bool, tz: str | None) -> None:
    """Render a report of NOTICE (default: the latest).

    In English, texts come from locales/en/LC_MESSAGES/notices.po; a text without
    a usable translation is shown in Japanese with an [untranslated] mark.
    """
    show_view(reading.show(root, notice, rev=rev, lang=lang, strict=strict, tz=tz), fmt)
