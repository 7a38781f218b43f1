"""The README documents every command, and CI runs the README's test command."""

from __future__ import annotations

import re
from pathlib import Path

import click

from kokuchi.cli import main

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text("utf-8")


def _commands(group: click.Group, prefix: str = "kokuchi") -> list[str]:
    context = click.Context(group)
    names = []
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        full = f"{prefix} {name}"
        names.append(full)
        if isinstance(command, click.Group):
            names += _commands(command, full)
    return names


def test_every_command_is_in_the_readme():
    commands = _commands(main)
    assert "kokuchi catalog merge" in commands  # the lazy group lists every command
    missing = [name for name in commands if f"`{name}" not in README]
    assert missing == []


def test_docs_point_only_inside_the_repository():
    for path in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)#\s]+)[^)]*\)", path.read_text("utf-8")):
            if "://" in target or target.startswith("mailto:"):
                continue
            resolved = (path.parent / target).resolve()
            assert resolved.is_relative_to(REPO) and resolved.exists(), f"{path.name}: {target}"


def test_readme_starts_with_the_two_commands():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert blocks[0].startswith("python3 -m pip install -e '.[test]' && kokuchi ")
    assert blocks[1] == "python3 -m pytest -q"


def test_ci_runs_exactly_the_readme_test_command():
    test_command = re.findall(r"```sh\n(.*?)\n```", README, re.S)[1]
    ci_lines = [
        line for line in (REPO / ".ci" / "run").read_text("utf-8").splitlines() if line and not line.startswith("#")
    ]
    assert ci_lines[-1] == test_command
