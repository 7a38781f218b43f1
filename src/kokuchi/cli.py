"""The command line: parse options, call one function in kokuchi.app, report errors.

Only click is imported here; everything heavy is imported by the app function
that needs it, so ``kokuchi --help`` stays fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__, app
from .errors import InvalidInput, KokuchiError


class KokuchiGroup(click.Group):
    """Turns domain errors into one line per problem and exit status 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except InvalidInput as exc:
            for problem in exc.problems:
                click.echo(str(problem), err=True)
            ctx.exit(1)
        except KokuchiError as exc:
            click.echo(f"kokuchi: error: {exc}", err=True)
            ctx.exit(1)
        except OSError as exc:
            where = f": {exc.filename}" if exc.filename else ""
            click.echo(f"kokuchi: error: {exc.strerror or exc}{where}", err=True)
            ctx.exit(1)


def _color(stream=None) -> bool:
    stream = stream or sys.stdout
    return stream.isatty() and not os.environ.get("NO_COLOR")


def _width() -> int:
    if sys.stdout.isatty():
        return click.get_terminal_size()[0] if hasattr(click, "get_terminal_size") else os.get_terminal_size().columns
    return 100


FORMAT = click.Choice(app.FORMATS)
LANG = click.Choice(["ja", "en"])


@click.group(cls=KokuchiGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    envvar="KOKUCHI_ROOT",
    show_default=True,
    help="Folder that holds notices/ and locales/ (env: KOKUCHI_ROOT).",
)
@click.version_option(__version__, prog_name="kokuchi")
@click.pass_context
def main(ctx: click.Context, root: Path) -> None:
    """kokuchi (告知): versioned bilingual notices.

    Editors write one Japanese YAML snapshot per revision under
    notices/<id>/NNN.yaml; kokuchi validates, renders and compares them.
    """
    ctx.obj = root


@main.command()
@click.argument("notices", nargs=-1)
@click.pass_obj
def check(root: Path, notices: tuple[str, ...]) -> None:
    """Validate every revision of every notice (or the named ones).

    Prints each problem as FILE:LINE:COL: KEY: MESSAGE and exits 1 if there is any.
    """
    problems, summary = app.check(root, list(notices))
    for problem in problems:
        click.echo(str(problem), err=True)
    click.echo(summary, err=bool(problems))
    if problems:
        sys.exit(1)


@main.command(name="list")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def list_(root: Path, fmt: str) -> None:
    """A table of notices: id, latest revision, status, published, title."""
    click.echo(app.list_notices(root, fmt, color=_color(), width=_width()), nl=False)


@main.command()
@click.argument("notice")
@click.option("--rev", type=click.IntRange(min=1), help="Revision number (default: the latest).")
@click.option("--format", "fmt", type=FORMAT, default="text", show_default=True)
@click.option("--lang", type=LANG, default="ja", show_default=True, help="Language to render in.")
@click.pass_obj
def show(root: Path, notice: str, rev: int | None, fmt: str, lang: str) -> None:
    """Render a revision of NOTICE (default: the latest)."""
    click.echo(app.show(root, notice, rev, fmt, lang, color=_color(), width=_width()), nl=False)


@main.command()
@click.argument("notice")
@click.pass_obj
def new(root: Path, notice: str) -> None:
    """Scaffold notices/NOTICE/001.yaml from a commented template."""
    path = app.new(root, notice)
    click.echo(f"created {path}")


@main.command()
@click.argument("notice")
@click.option("--published", help="Publication time with offset (default: now, in the notice's offset).")
@click.pass_obj
def revise(root: Path, notice: str, published: str | None) -> None:
    """Write the next revision of NOTICE as a copy of the latest."""
    when = app.parse_published(published) if published else None
    path = app.revise(root, notice, published=when)
    click.echo(f"created {path}")


@main.command()
@click.argument("notice")
@click.argument("old", required=False, type=click.IntRange(min=1))
@click.argument("new", required=False, type=click.IntRange(min=1))
@click.option("--format", "fmt", type=FORMAT, default="text", show_default=True)
@click.option("--lang", type=LANG, default="ja", show_default=True, help="Language of the summaries.")
@click.option("--ignore-width", is_flag=True, help="Compare after NFKC (full-width/half-width forms, U+3000).")
@click.option("--ignore-space", is_flag=True, help="Ignore changes in spaces and tabs.")
@click.option("--exit-code", is_flag=True, help="Exit 1 when the revisions differ, 0 when not.")
@click.pass_obj
def diff(root: Path, notice: str, old: int | None, new: int | None, fmt: str, lang: str,
         ignore_width: bool, ignore_space: bool, exit_code: bool) -> None:
    """What changed in NOTICE from revision OLD to NEW (default: the previous and the latest).

    Prints the change events, one line each, then every changed text with
    deletions and insertions marked.
    """
    output, differ = app.diff(root, notice, old, new, fmt, lang, ignore_width=ignore_width,
                              ignore_space=ignore_space, color=_color(), width=_width())
    click.echo(output, nl=False)
    if exit_code and differ:
        sys.exit(1)


@main.command()
@click.argument("notice")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "md"]), default="text", show_default=True)
@click.option("--lang", type=LANG, default="ja", show_default=True, help="Language of the summaries.")
@click.pass_obj
def log(root: Path, notice: str, fmt: str, lang: str) -> None:
    """The revision history of NOTICE with what each revision changed."""
    click.echo(app.log(root, notice, fmt, lang, color=_color(), width=_width()), nl=False)


@main.command()
def schema() -> None:
    """Print the JSON Schema of a revision file (for editor validation)."""
    click.echo(app.schema(), nl=False)
