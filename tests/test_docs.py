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
    assert blocks[0].startswith("python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' && kokuchi ")
    assert blocks[1] == "python3 -m pytest -q"


def test_ci_runs_exactly_the_readme_test_command():
    test_command = re.findall(r"```sh\n(.*?)\n```", README, re.S)[1]
    ci_lines = [
        line for line in (REPO / ".ci" / "run").read_text("utf-8").splitlines() if line and not line.startswith("#")
    ]
    assert ci_lines[-1] == test_command


def test_the_architecture_page_draws_the_packages_in_the_import_order():
    from test_imports import LAYERS

    page = (REPO / "docs" / "architecture.md").read_text("utf-8")
    section = page.split("## The packages", 1)[1].split("\n## ", 1)[0]
    drawing = re.search(r"```\n(.*?)\n```", section, re.S).group(1)
    drawn = [line.split()[0].rstrip("/") for line in drawing.splitlines()]
    assert drawn == list(reversed(LAYERS))


def test_the_architecture_page_names_every_module_that_exists():
    source = REPO / "src" / "kokuchi"
    page = (REPO / "docs" / "architecture.md").read_text("utf-8")
    table = page.split("## The modules", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `([\w/.]+)` \|", table, re.M)
    # cli/, commands/ and render/ are described as a whole: their modules mirror each other.
    grouped = {"cli", "commands", "render"}
    modules = {
        path.relative_to(source).as_posix()
        for path in source.glob("*/**/*.py")
        if path.name != "__init__.py" and path.relative_to(source).parts[0] not in grouped
    }
    assert set(rows) == modules | {f"{name}/" for name in grouped}
