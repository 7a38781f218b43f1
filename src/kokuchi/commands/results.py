"""What commands return when it is not a view: a report of lines, or problems."""

from __future__ import annotations

from dataclasses import dataclass, field

from kokuchi.core.errors import Problem


@dataclass(frozen=True)
class Report:
    """Lines for the user; *failed* asks for exit status 1 (``--check``, ``--exit-code``)."""

    lines: tuple[str, ...]
    failed: bool = False
    data: bytes | None = None  # a file for standard output (``-o -``); the lines then go to standard error


@dataclass(frozen=True)
class Problems:
    """Every problem found and a summary line; any problem means exit status 1."""

    problems: list[Problem] = field(default_factory=list)
    summary: str = ""
    notes: list[Problem] = field(default_factory=list)  # worth saying, never a failure

    @property
    def failed(self) -> bool:
        return bool(self.problems)
