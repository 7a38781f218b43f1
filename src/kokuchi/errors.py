"""Domain errors. The CLI turns these into one-line messages and exit status 1."""

from __future__ import annotations

from dataclasses import dataclass


class KokuchiError(Exception):
    """An error the user can act on; its message is shown as it is."""


@dataclass(frozen=True, order=True)
class Problem:
    """One validation problem, located in a file relative to the root."""

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.path}: {self.message}"


class InvalidInput(KokuchiError):
    """Input failed validation; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
