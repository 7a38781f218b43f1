"""The 新旧対照表 (`diff --format table-md` / `table`): parts aligned, notes opposite additions and
removals, unchanged parts as (略), changed words underlined on both sides on word boundaries."""

from __future__ import annotations

import re

from conftest import run

from kokuchi.commands.changes import comparison
from kokuchi.language.tokens import tokenize

NOTICE = "aozora-sentinel-alerts"


def test_markdown_table_in_the_japanese_order(root):
    text = run(root, "diff", NOTICE, "1", "3", "--format", "table-md").stdout
    lines = text.splitlines()
    assert "| 改正後(第3報) | 改正前(第1報) |" in lines
    assert "| <u>復旧済み</u> | <u>原因特定</u> |" in lines  # the status row, aligned
    # a new section faces (新設) in the old column; a removed paragraph (削る) in the new column
    assert any(line.startswith("| <u>") and line.endswith("| (新設) |") for line in lines)
    assert any(line.startswith("| (削る) | <u>") for line in lines)
    assert "| (略) | (略) |" in lines
    # each part is a row of its own with its name in both columns
    assert "| **件名** | **件名** |" in lines and "| **恒久対策** | **恒久対策** |" in lines


def test_the_other_order_and_english_labels(root):
    text = run(root, "diff", NOTICE, "2", "3", "--format", "table-md", "--lang", "en", "--old-left").stdout
    assert "| Previous text (report 2) | New text (report 3) |" in text
    assert "(unchanged)" in text and "(new)" not in text.split("|")[0]
    assert "改正" not in text and "(略)" not in text


def test_underlines_start_and_end_on_word_boundaries(root):
    view = comparison(root, NOTICE, old=1, new=3)
    checked = 0
    for row in view.rows:
        for cell in (cell for pair in row.pairs for cell in pair):
            if cell.note or not any(underlined for underlined, _ in cell.segments):
                continue
            text = "".join(part for _, part in cell.segments)
            words = {0, len(text)} | {edge for token in tokenize(text) for edge in (token.start, token.end)}
            position = 0
            for underlined, part in cell.segments:
                if underlined:
                    assert position in words and position + len(part) in words, (text, part)
                    checked += 1
                position += len(part)
    assert checked >= 10


def test_html_table_marks_the_changes_on_both_sides(root):
    html = run(root, "diff", NOTICE, "2", "3", "--format", "table").stdout
    assert "@page { size: A4 landscape" in html
    heads = re.findall(r'<th scope="col">(.*?)</th>', html)
    assert heads == ["改正後(第3報)", "改正前(第2報)"]
    assert '<u class="changed">' in html
    assert "<script" not in html


def test_diff_n_as_a_table_compares_n_with_the_report_before(root):
    text = run(root, "diff", NOTICE, "2", "--format", "table-md").stdout
    assert "| 改正後(第2報) | 改正前(第1報) |" in text
