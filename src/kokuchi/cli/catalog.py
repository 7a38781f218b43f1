"""kokuchi catalog: locales/notices.pot and locales/LANG/LC_MESSAGES/notices.po.

Each subcommand imports the commands module when it runs, not when the group
is listed: ``kokuchi catalog --help`` loads click and the options only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import click

from kokuchi.cli.output import catalog_lang_option, catalog_langs_option, finish, format_option, show_view

COMPENDIUM = click.option(
    "-C",
    "--compendium",
    "compendium",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Also take translations from this catalog (repeatable; the project's are in locales/compendia.yaml).",
)
SIMILARITY = click.option(
    "--similarity",
    type=click.FloatRange(50, 100),
    help="How similar (50-100) an old message must be to seed a fuzzy suggestion [default: 80].",
)


@click.group()
def catalog() -> None:
    """Translation catalogs: locales/notices.pot and locales/LANG/LC_MESSAGES/notices.po."""


@catalog.command()
@click.pass_obj
def extract(root: Path) -> None:
    """Write locales/notices.pot from every revision of every notice."""
    from kokuchi.commands import catalog as commands

    finish(commands.extract(root))


@catalog.command(name="init")
@catalog_lang_option("Language code, e.g. en.")
@click.pass_obj
def init_(root: Path, lang: str) -> None:
    """Create locales/LANG/LC_MESSAGES/notices.po (untranslated)."""
    from kokuchi.commands import catalog as commands

    finish(commands.init(root, lang))


@catalog.command()
@catalog_langs_option()
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if a catalog is out of date with the notices.")
@click.option(
    "--prune-obsolete", is_flag=True, help="Drop messages the notices no longer have (default: keep them as #~)."
)
@SIMILARITY
@COMPENDIUM
@click.pass_obj
def update(
    root: Path,
    langs: tuple[str, ...],
    check: bool,
    prune_obsolete: bool,
    similarity: float | None,
    compendium: tuple[Path, ...],
) -> None:
    """Bring each catalog in step with the notices, keeping every translation."""
    from kokuchi.catalog.merge import MergeOptions
    from kokuchi.commands import catalog as commands

    finish(
        commands.update(
            root,
            list(langs),
            check=check,
            options=MergeOptions(similarity=similarity, prune_obsolete=prune_obsolete),
            compendium=list(compendium),
        )
    )


@catalog.command()
@click.argument("definitions", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("reference", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="Write here, - for standard output (default: DEFINITIONS).",
)
@click.option(
    "--prune-obsolete", is_flag=True, help="Drop messages the template no longer has (default: keep them as #~)."
)
@SIMILARITY
@COMPENDIUM
@click.option("-s", "--sort-output", "sort", flag_value="output", help="Sort by msgid, as msgmerge --sort-output.")
@click.option("-F", "--sort-by-file", "sort", flag_value="file", help="Sort by location, as msgmerge --sort-by-file.")
@click.option("--for-msgfmt", is_flag=True, help="Only what msgfmt compiles: translated, not fuzzy, no comments.")
@click.option("-N", "--no-fuzzy-matching", "no_fuzzy", is_flag=True, help="Only exact matches, no suggestions.")
@click.option(
    "--add-location",
    "locations",
    type=click.Choice(["full", "file", "never"]),
    default="full",
    help="Locations with lines (full), file names only (file), or none (never).",
)
@click.option("--no-location", "locations", flag_value="never", help="Same as --add-location=never.")
@click.option("-m", "--multi-domain", is_flag=True, help="Apply the template to every domain of DEFINITIONS.")
@click.pass_obj
def merge(
    root: Path,
    definitions: Path,
    reference: Path,
    output: Path | None,
    prune_obsolete: bool,
    similarity: float | None,
    compendium: tuple[Path, ...],
    sort: Literal["output", "file"] | None,
    for_msgfmt: bool,
    no_fuzzy: bool,
    locations: Literal["full", "file", "never"],
    multi_domain: bool,
) -> None:
    """Merge the template REFERENCE into the catalog DEFINITIONS (like msgmerge)."""
    from kokuchi.catalog.merge import MergeOptions
    from kokuchi.cli import end_at_once
    from kokuchi.commands import catalog as commands

    report = commands.merge(
        root,
        definitions,
        reference,
        output=output,
        options=MergeOptions(
            similarity=similarity,
            prune_obsolete=prune_obsolete,
            sort=sort,
            for_msgfmt=for_msgfmt,
            fuzzy=not no_fuzzy,
            locations=locations,
            multi_domain=multi_domain,
        ),
        compendium=list(compendium),
    )
    end_at_once()  # its one file is written (atomic_write), the lock released: nothing left to finish but printing
    finish(report)


@catalog.command(name="compile")
@catalog_langs_option()
@click.option(
    "-i",
    "--input",
    "source",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Compile this PO file instead of the project's catalogs.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="With --input: the MO file to write."
)
@click.pass_obj
def compile_(root: Path, langs: tuple[str, ...], source: Path | None, output: Path | None) -> None:
    """Write the .mo file beside each catalog (fuzzy entries left out)."""
    from kokuchi.commands import catalog as commands

    finish(
        commands.compile_file(source, output) if source is not None else commands.compile_catalogs(root, list(langs))
    )


@catalog.command()
@catalog_langs_option()
@click.argument("notices", nargs=-1)
@click.option("--rev", type=click.IntRange(min=1), help="Only this revision.")
@format_option("status")
@click.pass_obj
def status(root: Path, langs: tuple[str, ...], notices: tuple[str, ...], rev: int | None, fmt: str) -> None:
    """Translated, fuzzy, auto-updated and untranslated units per notice and revision."""
    from kokuchi.commands import catalog as commands

    show_view(commands.status(root, list(langs), list(notices), rev=rev), fmt)


@catalog.command()
@catalog_lang_option()
@click.argument("notices", nargs=-1)
@format_option("review")
@click.pass_obj
def review(root: Path, lang: str, notices: tuple[str, ...], fmt: str) -> None:
    """Every unit that needs a translator, with the change of its source as a diff."""
    from kokuchi.commands import catalog as commands

    show_view(commands.review(root, lang, list(notices)), fmt)


@catalog.command(name="check")
@catalog_lang_option()
@click.argument("notices", nargs=-1)
@click.pass_obj
def check(root: Path, lang: str, notices: tuple[str, ...]) -> None:
    """The release gate's checks alone: missing translations, numbers, dates, IDs, URLs, links, glossary."""
    from kokuchi.commands import catalog as commands

    finish(commands.check(root, lang, list(notices)))
