"""Where the CLI meets the terminal: options shared by commands, and printing.

Everything kokuchi prints goes through ``echo``; views go through ``show_view``,
which picks the renderer from the registry by ``--format``.
"""

from __future__ import annotations

import os
import re
import sys
from functools import cache

import click

from kokuchi.core.controls import escape
from kokuchi.core.vocabulary import LANGUAGES, SOURCE_LANGUAGE
from kokuchi.render import formats_for, render


def color(stream=None) -> bool:
    """Colour only on a terminal, and never with NO_COLOR."""
    stream = stream or sys.stdout
    return stream.isatty() and not os.environ.get("NO_COLOR")


def width() -> int:
    """The terminal's width; piped, ``COLUMNS`` when it is set (a positive number), else 100 columns."""
    if sys.stdout.isatty():
        import shutil  # only on a terminal

        return shutil.get_terminal_size((100, 24)).columns
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and 0 < int(columns) <= 10_000 else 100


# The only escape sequences kokuchi itself prints: colours (SGR), and only on a
# terminal that asked for them.
@cache
def _sgr() -> re.Pattern[str]:
    return re.compile(r"(\x1b\[[0-9;]*m)")


def terminal_safe(text: str, *, colour: bool = False) -> str:
    """*text* with every control character but newline and tab made visible.

    Notices and translations are refused when they hold one, but names and
    texts from elsewhere (a folder, a file given on the command line, a msgid)
    reach the terminal too. With *colour*, the renderer's own colour codes stay.
    """
    if not colour:
        return escape(text)
    return "".join(part if i % 2 else escape(part) for i, part in enumerate(_sgr().split(text)))


def echo(text: str, *, err: bool = False, nl: bool = True) -> None:
    click.echo(terminal_safe(text, colour=color(sys.stderr if err else sys.stdout)), err=err, nl=nl)


def show_view(view, fmt: str) -> None:
    echo(render(view, fmt, width=width(), color=color(), terminal=sys.stdout.isatty()), nl=False)


base_url_option = click.option(
    "--base-url",
    metavar="URL",
    help="The site's absolute URL (default: site.base-url in kokuchi.yaml): absolute feed, canonical and mail links.",
)


def format_option(kind: str, default: str = "text"):
    """``--format`` with the formats the registry can show a *kind* view in."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(formats_for(kind)),
        default=default,
        show_default=True,
        help="Output format.",
    )


def lang_option(help: str = "Language to render in (from the catalogs)."):
    return click.option(
        "-l", "--lang", type=click.Choice(LANGUAGES), default=SOURCE_LANGUAGE, show_default=True, help=help
    )


def catalog_langs_option(help: str = "Catalog language (repeatable; default: every catalog)."):
    return click.option("-l", "--lang", "langs", multiple=True, help=help)


def catalog_lang_option(help: str = "Catalog language."):
    return click.option("-l", "--lang", required=True, help=help)


def finish(result) -> None:
    """Print a Report or Problems and exit 1 when it failed."""
    problems = getattr(result, "problems", None)
    if problems is not None:
        for problem in problems:
            echo(str(problem), err=True)
        for note in getattr(result, "notes", ()):
            echo(f"{note.file}:{note.line}:{note.column}: {note.path}: note: {note.message}", err=True)
        echo(result.summary, err=bool(problems))
    else:
        data = getattr(result, "data", None)
        if data is not None:
            if sys.stdout.isatty():
                # A foreign catalog's text could hold escape sequences: on a
                # terminal they are shown, never run. Piped, the bytes are exact.
                # Escaped whole: not even a colour code of the catalog's passes.
                click.echo(escape(data.decode("utf-8", "backslashreplace")), nl=False)
            else:
                stream = sys.stdout.buffer
                stream.write(data)
                stream.flush()
        for line in result.lines:
            echo(line, err=result.failed or data is not None)
    if result.failed:
        sys.exit(1)
