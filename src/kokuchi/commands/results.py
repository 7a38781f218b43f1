"""What commands return when it is not a view: a report of lines, or problems."""

from __future__ import annotations

from typing import NamedTuple

from kokuchi.core.errors import Problem


class Report(NamedTuple):
    """Lines for the user; *failed* asks for exit status 1 (``--check``, ``--exit-code``).

    Report and Problems are NamedTuples, not dataclasses: a command's start-up
    defines them in 0.1 ms, not 0.5 to 1.2 (bench/README.md, start-up)."""

    lines: tuple[str, ...]
    failed: bool = False
    data: bytes | None = None  # a file for standard output (``-o -``); the lines then go to standard error


class Problems(NamedTuple):
    """Every problem found and a summary line; any problem means exit status 1."""

    problems: list[Problem]
    summary: str
    notes: list[Problem]  # worth saying, never a failure

    @property
    def failed(self) -> bool:
        return bool(self.problems)
