"""Domain errors. The CLI turns these into one-line messages and exit status 1."""

from __future__ import annotations

from dataclasses import dataclass

from kokuchi.core.controls import escape


class KokuchiError(Exception):
    """An error the user can act on; its message is shown as it is."""


@dataclass(frozen=True)
class Problem:
    """One validation problem, located in a file relative to the root."""

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        # A key or a folder name may hold what the problem is about: an escape
        # sequence must not reach the terminal through the report itself, nor
        # a newline start a forged "file:line:col:" line (CI annotations read them).
        return escape(f"{self.file}:{self.line}:{self.column}: {self.path}: {self.message}", newlines=False)


def position(text: str | bytes, offset: int) -> tuple[int, int]:
    """The 1-based (line, column) of *offset* in *text* (characters, or bytes)."""
    if isinstance(text, bytes):
        return text.count(b"\n", 0, offset) + 1, offset - (text.rfind(b"\n", 0, offset) + 1) + 1
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def sort_problems(problems: list[Problem]) -> list[Problem]:
    """By file and position; problems at one place keep the order they were found in."""
    return sorted(problems, key=lambda p: (p.file, p.line, p.column))


class InvalidInput(KokuchiError):
    """Input failed validation; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sort_problems(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __reduce__(self):
        # Raised in a worker process, it must arrive whole in the parent (as its own class).
        return (type(self), (self.problems,))


class NotFound(KokuchiError):
    """What was asked for does not exist: a notice, a revision, a catalog. *kind* says which, *name* which one."""

    def __init__(self, kind: str, name: str, message: str | None = None):
        self.kind = kind
        self.name = name
        super().__init__(message or f"no {kind} {name!r}")

    def __reduce__(self):
        return (NotFound, (self.kind, self.name, str(self)))


class BadArgument(KokuchiError):
    """A value given to a command is unusable. *name* is the command's parameter (``published``, ``out``):
    the core names no command-line option; the CLI words it as its own (``--published``)."""

    def __init__(self, name: str, message: str):
        self.name = name
        self.message = message
        super().__init__(f"{name}: {message}")

    def __reduce__(self):
        return (BadArgument, (self.name, self.message))


class ConcurrentChange(KokuchiError):
    """A file changed while kokuchi was working from it; nothing was written. Running again is safe."""

    def __init__(self, file: str, message: str | None = None):
        self.file = file
        super().__init__(message or f"{file} changed while kokuchi was reading it; nothing written")

    def __reduce__(self):
        return (ConcurrentChange, (self.file, str(self)))


class ReleasedRevisionChanged(InvalidInput):
    """A released revision's file no longer has the content recorded when it was released."""


class SettingsError(InvalidInput):
    """A settings file (kokuchi.yaml, glossary, meaning flips, compendia) is not what kokuchi reads."""
