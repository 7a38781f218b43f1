"""The command line: parse options, call one function in kokuchi.app, report errors.

Only click is imported here; everything heavy is imported by the app function
that needs it, so ``kokuchi --help`` stays fast.
"""

from __future__ import annotations

import os
import shutil
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
    """The terminal's width, or 100 columns when the output goes elsewhere."""
    return shutil.get_terminal_size((100, 24)).columns if sys.stdout.isatty() else 100


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
@click.option("--lang", type=LANG, default="ja", show_default=True, help="Language to render in (from the catalogs).")
@click.option("--strict", is_flag=True, help="Exit 1 listing the units without a usable translation, instead of marking them.")
@click.option("--tz", help="Show times in this IANA time zone (e.g. America/New_York).")
@click.pass_obj
def show(root: Path, notice: str, rev: int | None, fmt: str, lang: str, strict: bool, tz: str | None) -> None:
    """Render a revision of NOTICE (default: the latest).

    In English, texts come from locales/en/LC_MESSAGES/notices.po; a text without
    a usable translation is shown in Japanese with an [untranslated] mark.
    """
    click.echo(app.show(root, notice, rev, fmt, lang, strict=strict, tz=tz, color=_color(), width=_width()), nl=False)


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


@main.group()
def catalog() -> None:
    """Translation catalogs: locales/notices.pot and locales/LANG/LC_MESSAGES/notices.po."""


LANGS = click.option("-l", "--lang", "langs", multiple=True, help="Catalog language (repeatable; default: every catalog).")
SIMILARITY = click.option("--similarity", type=click.FloatRange(50, 100),
                          help="How similar (50-100) an old message must be to seed a fuzzy suggestion [default: 80].")


def _catalogs():
    from . import catalog_app

    return catalog_app


@catalog.command()
@click.pass_obj
def extract(root: Path) -> None:
    """Write locales/notices.pot from every revision of every notice."""
    click.echo(_catalogs().extract(root))


@catalog.command(name="init")
@click.option("-l", "--lang", required=True, help="Language code, e.g. en.")
@click.pass_obj
def init_(root: Path, lang: str) -> None:
    """Create locales/LANG/LC_MESSAGES/notices.po (untranslated)."""
    click.echo(_catalogs().init(root, lang))


@catalog.command()
@LANGS
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if a catalog is out of date with the notices.")
@click.option("--prune-obsolete", is_flag=True, help="Drop messages the notices no longer have (default: keep them as #~).")
@SIMILARITY
@click.pass_obj
def update(root: Path, langs: tuple[str, ...], check: bool, prune_obsolete: bool, similarity: float | None) -> None:
    """Bring each catalog in step with the notices, keeping every translation."""
    lines, stale = _catalogs().update(root, list(langs), check=check, prune_obsolete=prune_obsolete, similarity=similarity)
    for line in lines:
        click.echo(line, err=check and stale)
    if check and stale:
        sys.exit(1)


@catalog.command()
@click.argument("definitions", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("reference", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here (default: DEFINITIONS).")
@click.option("--prune-obsolete", is_flag=True)
@SIMILARITY
@click.pass_obj
def merge(root: Path, definitions: Path, reference: Path, output: Path | None, prune_obsolete: bool, similarity: float | None) -> None:
    """Merge the template REFERENCE into the catalog DEFINITIONS (like msgmerge)."""
    click.echo(_catalogs().merge_files(definitions, reference, output, root=root, similarity=similarity,
                                       prune_obsolete=prune_obsolete))


@catalog.command()
@LANGS
@click.option("-i", "--input", "source", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Compile this PO file instead of the project's catalogs.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="With --input: the MO file to write.")
@click.pass_obj
def compile(root: Path, langs: tuple[str, ...], source: Path | None, output: Path | None) -> None:  # noqa: A001
    """Write the .mo file beside each catalog (fuzzy entries left out)."""
    if source is not None:
        click.echo(_catalogs().compile_file(source, output or source.with_suffix(".mo")))
        return
    for line in _catalogs().compile_catalogs(root, list(langs)):
        click.echo(line)


@catalog.command()
@LANGS
@click.argument("notices", nargs=-1)
@click.option("--rev", type=click.IntRange(min=1), help="Only this revision.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.pass_obj
def status(root: Path, langs: tuple[str, ...], notices: tuple[str, ...], rev: int | None, fmt: str) -> None:
    """Translated, fuzzy, auto-updated and untranslated units per notice and revision."""
    click.echo(_catalogs().status(root, list(langs), list(notices), rev, fmt), nl=False)


@catalog.command()
@click.option("-l", "--lang", required=True, help="Catalog language.")
@click.argument("notices", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["text", "md", "html"]), default="text", show_default=True)
@click.pass_obj
def review(root: Path, lang: str, notices: tuple[str, ...], fmt: str) -> None:
    """Every unit that needs a translator, with the change of its source as a diff."""
    click.echo(_catalogs().review(root, lang, list(notices), fmt, color=_color(), width=_width()), nl=False)


@catalog.command(name="check")
@click.option("-l", "--lang", required=True, help="Catalog language.")
@click.argument("notices", nargs=-1)
@click.pass_obj
def check_catalog(root: Path, lang: str, notices: tuple[str, ...]) -> None:
    """The release gate's checks alone: missing translations, numbers, dates, IDs, URLs, links, glossary."""
    problems, summary = app.catalog_check(root, lang, list(notices))
    for problem in problems:
        click.echo(str(problem), err=True)
    click.echo(summary, err=bool(problems))
    if problems:
        sys.exit(1)


@main.command()
@click.argument("notice")
@click.option("--rev", type=click.IntRange(min=1), help="Revision (default: the latest).")
@click.option("-l", "--lang", "langs", multiple=True, help="Target language (repeatable; default: every catalog).")
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Output folder (default: ROOT/dist).")
@click.option("--allow-incomplete", is_flag=True, help="Release with untranslated units shown in Japanese (recorded in the manifest).")
@click.option("--force", is_flag=True, help="Replace a different bundle already released for this revision.")
@click.pass_obj
def release(root: Path, notice: str, rev: int | None, langs: tuple[str, ...], out: Path | None,
            allow_incomplete: bool, force: bool) -> None:
    """Check a revision in every language, then write its bilingual bundle.

    Refuses (exit 1, one line per problem) when a unit is untranslated, fuzzy or a
    meaning flip, or a translation disagrees with its source.
    """
    for line in app.release(root, notice, rev, list(langs), out, allow_incomplete=allow_incomplete, force=force):
        click.echo(line)


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Output folder (default: ROOT/site).")
@click.pass_obj
def site(root: Path, out: Path | None) -> None:
    """Build a static site of every notice: index, every revision per language, diffs.

    Only notices whose files changed since the last build are rebuilt.
    """
    click.echo(app.site(root, out, show_progress=sys.stderr.isatty()))


@main.command()
def schema() -> None:
    """Print the JSON Schema of a revision file (for editor validation)."""
    click.echo(app.schema(), nl=False)
