"""The command line: click only. Parse options, call one command, print its result.

Commands are loaded lazily (click's lazy-group pattern): ``kokuchi --help``
imports click and nothing heavy, and ``kokuchi check`` imports only what
checking needs. Every domain error becomes one line per problem and exit 1.
"""

from __future__ import annotations

import gc
from importlib import import_module
from pathlib import Path

import click

from kokuchi import __version__

# The output helpers and the error classes load when a command runs, not for ``kokuchi --help``.


def _version(ctx: click.Context, value: bool) -> None:
    """``--version``: kokuchi's, and the analyzer in use (loaded only here)."""
    if not value or ctx.resilient_parsing:
        return
    from kokuchi.cli.output import echo
    from kokuchi.language.tokens import analyzer

    echo(f"kokuchi, version {__version__}\nJapanese words: {analyzer()}")
    ctx.exit()


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use.

    *lazy* maps a command name to ("module:attribute", short help); the short
    help is given here so that the group's own --help imports no command.
    """

    def __init__(self, *args, lazy: dict[str, tuple[str, str]] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy = lazy or {}

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.lazy:
            return super().get_command(ctx, name)
        module, attribute = self.lazy[name][0].split(":")
        return getattr(import_module(module, __package__), attribute)

    def resolve_command(self, ctx: click.Context, args: list[str]):
        """A mistyped command name gets the closest names as a suggestion (difflib)."""
        name = click.utils.make_str(args[0]) if args else ""
        if args and not name.startswith("-") and self.get_command(ctx, name) is None:
            from difflib import get_close_matches

            close = get_close_matches(name, self.list_commands(ctx), n=3, cutoff=0.6)
            hint = f" Did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
            ctx.fail(f"No such command {name!r}.{hint}")
        return super().resolve_command(ctx, args)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, self.lazy[name][1]) for name in self.list_commands(ctx) if name in self.lazy]
        rows += [(name, cmd.get_short_help_str()) for name, cmd in self.commands.items()]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(sorted(rows))

    def invoke(self, ctx: click.Context):
        from kokuchi.cli.output import echo
        from kokuchi.core.controls import escape
        from kokuchi.core.errors import BadArgument, InvalidInput, KokuchiError

        try:
            return super().invoke(ctx)
        except InvalidInput as exc:
            for problem in exc.problems:
                echo(str(problem), err=True)
            ctx.exit(1)
        except BadArgument as exc:
            # The core names the parameter; on the command line it is the option of that name.
            echo(f"kokuchi: error: --{exc.name.replace('_', '-')}: {exc.message}", err=True)
            ctx.exit(1)
        except KokuchiError as exc:
            echo(f"kokuchi: error: {exc}{_hint(exc)}", err=True)
            ctx.exit(1)
        except OSError as exc:
            where = f": {escape(str(exc.filename), newlines=False)}" if exc.filename else ""  # no forged line
            echo(f"kokuchi: error: {exc.strerror or exc}{where}", err=True)
            ctx.exit(1)


def _hint(error: Exception) -> str:
    """What the user can do about *error* on the command line (the core names no option or command)."""
    from kokuchi.core.errors import ConcurrentChange, NotFound

    if isinstance(error, NotFound) and error.kind == "notices folder":
        return " (set --root or KOKUCHI_ROOT)"
    if isinstance(error, NotFound) and error.kind == "catalog":
        return f"; create it with: kokuchi catalog init -l {error.name}"
    if isinstance(error, ConcurrentChange):
        return ": run the command again"
    return ""


COMMANDS = {
    "check": (".notices:check", "Validate every revision of every notice (or the named ones)."),
    "list": (".reading:list_", "A table of notices: id, latest report, status, published, title."),
    "show": (".reading:show", "Render a report of NOTICE (default: the latest)."),
    "new": (".notices:new", "Scaffold notices/NOTICE/001.yaml from a commented template."),
    "revise": (".notices:revise", "Write the next revision of NOTICE as a copy of the latest."),
    "import": (".importing:import_", "Turn existing notices (text, Markdown, HTML) into revision files."),
    "schema": (".notices:schema", "Print the JSON Schema of a revision file (for editor validation)."),
    "diff": (".changes:diff", "What changed in NOTICE from report OLD to NEW (or what report N changed)."),
    "log": (".changes:log", "Every report of NOTICE with what each changed."),
    "catalog": (
        ".catalog:catalog",
        "Translation catalogs: extract, init, update, merge, compile, status, review, check.",
    ),
    "release": (".release:release", "Check a revision in every language, then write its bilingual bundle."),
    "site": (".publish:site", "Build a static site of every notice: index, every revision per language, diffs."),
    "export": (".export:export", "Machine-readable documents: export csaf NOTICE, a CSAF 2.0 advisory."),
}


@click.group(cls=LazyGroup, lazy=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    envvar="KOKUCHI_ROOT",
    show_default=True,
    help="Folder that holds notices/ and locales/ (env: KOKUCHI_ROOT).",
)
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _, value: _version(ctx, value),
    help="Show the version and what cuts Japanese into words, and exit.",
)
@click.pass_context
def main(ctx: click.Context, root: Path) -> None:
    """kokuchi (告知): versioned bilingual notices.

    Editors write one Japanese YAML snapshot per revision under
    notices/<id>/NNN.yaml; kokuchi validates, renders and compares them.
    """
    ctx.obj = root


_ENDS_AT_ONCE: list[bool] = []  # set by end_at_once: the command's every write is done


def end_at_once() -> None:
    """Called by a command whose every write is complete (``atomic_write``: written, flushed and renamed into
    place, the file closed) and which leaves nothing open to write: when ``run`` runs it, the process then ends
    without taking its objects apart one by one (``run``). Inside another program (``main`` alone), nothing."""
    _ENDS_AT_ONCE.append(True)


def _end_now(code: object) -> None:
    """End the process with *code* without the interpreter's teardown, when nothing can be lost by it: the
    standard streams flushed, the ``atexit`` functions run (logging's flush among them), no other thread alive;
    else return, and the process exits as usual."""
    import atexit
    import os
    import sys
    import threading

    if code is None:
        code = 0
    if not isinstance(code, int) or threading.active_count() != 1:
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return  # (a closed pipe: the usual exit reports it)
    atexit._run_exitfuncs()
    os._exit(code)


def run() -> None:
    """The ``kokuchi`` program (and ``python -m kokuchi``): the command line in a process of its own.

    When the command is done, everything the process holds is frozen
    (gc.freeze): the cycle collection the interpreter makes as it exits then
    has nothing to scan. It would scan every module, cache and object the
    command made only to free memory that the process's end frees anyway:
    about a tenth of the CPU of a short command (docs/architecture.md).
    ``main`` itself, run inside another program (tests, an editor), freezes nothing.

    A command that called ``end_at_once`` (a merge: its one file written atomically) ends the process there
    (``_end_now``): the interpreter's teardown would free every module, cache and object one by one (the
    dictionaries' look-ups, the analyzer's, the merge's own), about 50 ms of a 10,000-message merge, only for
    the process's end to free them all again.
    """
    try:
        main(prog_name="kokuchi")
    except SystemExit as done:
        gc.freeze()
        if _ENDS_AT_ONCE:
            _end_now(done.code)
        raise
    finally:
        gc.freeze()
