"""The README documents every command, and CI runs the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

import click

from kokuchi.cli import main

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text("utf-8")


def _commands(group: click.Group, prefix: str = "kokuchi") -> list[str]:
    names = []
    for name, command in sorted(group.commands.items()):
        full = f"{prefix} {name}"
        names.append(full)
        if isinstance(command, click.Group):
            names += _commands(command, full)
    return names


def test_every_command_is_in_the_readme():
    missing = [name for name in _commands(main) if f"`{name}" not in README]
    assert missing == []


def test_readme_starts_with_the_two_commands():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert blocks[0].startswith("python3 -m pip install -e '.[test]' && kokuchi ")
    assert blocks[1] == "python3 -m pytest -q"


def test_ci_runs_exactly_the_readme_test_command():
    test_command = re.findall(r"```sh\n(.*?)\n```", README, re.S)[1]
    ci_lines = [line for line in (REPO / ".ci" / "run").read_text("utf-8").splitlines() if line and not line.startswith("#")]
    assert ci_lines[-1] == test_command
