"""A completed section (a permanent fix done, 〔完了〕) is good news, not obsolete: its mark is green and its
text as usual; only sections no longer in force (unnecessary, withdrawn) are dimmed, in the terminal and
on pages (the browser test checks the computed colours and their contrast)."""

from __future__ import annotations

import re

from conftest import PROJECT

from kokuchi.commands.reading import show
from kokuchi.render import render

GREEN, DIM = "32", "2"


def _styles(coloured: str, text: str) -> set[str]:
    """The SGR codes in force where *text* is printed."""
    before = coloured[: coloured.index(text)]
    last = re.findall(r"\x1b\[([0-9;]*)m", before)[-1]
    return set(last.split(";"))


def test_in_the_terminal_a_completed_mark_is_green_and_an_ended_one_dim():
    completed = render(show(PROJECT, "sakura-db-maintenance"), "text", color=True)
    assert GREEN in _styles(completed, "〔完了〕") and DIM not in _styles(completed, "〔完了〕")
    ended = render(show(PROJECT, "aozora-sentinel-alerts", rev=2), "text", color=True)
    for mark in ("〔不要〕", "〔取り下げ〕"):
        assert DIM in _styles(ended, mark) and GREEN not in _styles(ended, mark)
    # the text of a completed section is not dimmed; that of an unnecessary one is
    assert DIM not in _styles(completed, "アプリケーションに接続の再試行処理")
    assert DIM in _styles(ended, "恒久対策が完了したため")


def test_on_a_page_only_sections_no_longer_in_force_are_inactive():
    completed = render(show(PROJECT, "sakura-db-maintenance"), "html")
    (section,) = re.findall(r'<section id="section-[^"]+" class="[^"]*state-completed[^"]*">', completed)
    assert "inactive" not in section
    assert "section.state-completed .state { background: var(--s-green-bg)" in completed
    ended = render(show(PROJECT, "aozora-sentinel-alerts", rev=2), "html")
    classes = re.findall(r'<section id="section-[^"]+" class="([^"]*state-(?:unnecessary|withdrawn)[^"]*)">', ended)
    assert len(classes) == 3 and all("inactive" in c for c in classes)
