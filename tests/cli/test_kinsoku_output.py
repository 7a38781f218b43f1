"""Kinsoku in what the terminal shows: show, diff, log, review and list, at several widths."""

from __future__ import annotations

import re

import pytest
from conftest import PROJECT

from kokuchi.commands import changes, reading
from kokuchi.render import render

REPO = PROJECT
NOTICES = sorted(path.name for path in (REPO / "notices").iterdir() if path.is_dir())
# What the issue names: no line starts with these, none ends with 「 or （.
NO_START = set("。、」）ー") | set("ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ")
NO_END = set("「（")
WIDTHS = [40, 60, 80, 100]


def assert_kinsoku(text: str, width: int) -> None:
    for line in text.split("\n"):
        body = line.strip()
        if not body:
            continue
        assert body[0] not in NO_START, (width, line)
        assert body[-1] not in NO_END, (width, line)


def views():
    for notice in NOTICES:
        for lang in ("ja", "en"):
            yield f"show {notice} {lang}", reading.show(REPO, notice, lang=lang)
            yield f"log {notice} {lang}", changes.log(REPO, notice, lang=lang)
            yield f"diff {notice} {lang}", changes.diff(REPO, notice, lang=lang)


VIEWS = list(views())


@pytest.mark.parametrize("width", WIDTHS)
def test_terminal_output_keeps_kinsoku(width):
    for _name, view in VIEWS:
        for color in (False, True):
            text = render(view, "text", width=width, color=color)
            if color:
                text = re.sub(r"\x1b\[[0-9;]*m", "", text)
            assert_kinsoku(text, width)


@pytest.mark.parametrize("width", WIDTHS)
def test_review_keeps_kinsoku(width, root):
    from conftest import run, write

    from kokuchi.commands import catalog

    source = (root / "notices" / "hikari-storage-latency" / "003.yaml").read_text("utf-8")
    write(
        root,
        "hikari-storage-latency",
        "004.yaml",
        source.replace("revision: 3", "revision: 4")
        .replace("2026-06-09T09:10:00+09:00", "2026-06-09T12:00:00+09:00", 1)
        .replace("応答が", "応答が再び大きく", 1),
    )
    assert run(root, "catalog", "update").exit_code == 0
    view = catalog.review(root, "en", ["hikari-storage-latency"])
    assert view.items
    for color in (False, True):
        assert_kinsoku(re.sub(r"\x1b\[[0-9;]*m", "", render(view, "text", width=width, color=color)), width)


@pytest.mark.parametrize("width", WIDTHS)
def test_no_word_is_cut_at_a_line_end(width):
    text = render(reading.show(REPO, "aozora-sentinel-alerts"), "text", width=width)
    assert "恒久対\n" not in text
    assert "2026年3月27日\n" not in text


@pytest.mark.parametrize("width", [60, 80, 100, 140])
def test_list_on_a_terminal_drops_no_character(width):
    view = reading.list_notices(REPO)
    text = render(view, "text", width=width, terminal=True)
    squeezed = "".join(text.split())
    for row in view.rows:
        assert "".join(row.title.split()) in squeezed
        assert row.id in text and row.published in text
    for line in text.split("\n"):
        from rich.cells import cell_len

        assert cell_len(line) <= width, line
    assert_kinsoku(text, width)


def test_list_when_piped_prints_whole_rows():
    view = reading.list_notices(REPO)
    lines = render(view, "text", width=40, terminal=False).rstrip("\n").split("\n")
    assert len(lines) == len(view.rows) + 1
    for line, row in zip(lines[1:], view.rows):
        assert line.startswith(row.id) and line.endswith(row.title)


def test_a_space_changed_to_an_ideographic_space_stays_on_its_line(tmp_path):
    from kokuchi.render.text import inline_ops, wrapped

    ops = [
        (0, "対象サービスは以下のとおりです。" * 2 + "Hikari"),
        (-1, " "),
        (1, "\u3000"),
        (0, "Object Storage をご利用のお客様"),
    ]
    for marks in (True, False):
        text, keep = inline_ops(ops, marks=marks)
        for width in range(20, 70):
            lines = wrapped(text, width, keep).plain.split("\n")
            joined = "\n".join(lines)
            assert "\u3000" in joined
            for line in lines:
                assert not line.endswith(("\u3000", "{+", "[-")) and not line.startswith(("\u3000", "+}", "-]")), (
                    width,
                    lines,
                )


def test_no_line_ends_with_an_opening_mark():
    for notice in NOTICES:
        for lang in ("ja", "en"):
            for width in WIDTHS:
                text = render(changes.diff(REPO, notice, lang=lang), "text", width=width)
                for line in text.split("\n"):
                    assert not line.rstrip().endswith(("{+", "[-")), (notice, lang, width, line)
                    assert not line.strip().startswith(("+}", "-]")), (notice, lang, width, line)
