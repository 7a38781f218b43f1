"""One name for a report in every output, the status once per page, and the small things readers notice."""

from __future__ import annotations

import re

import pytest
from conftest import run

NOTICE = "aozora-sentinel-alerts"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_revision_has_one_name_in_every_output(root, lang):
    """第N報 / Report N: never 第N版 or "revision N" in what readers and editors read."""
    outputs = [
        run(root, "show", NOTICE, "--lang", lang, "--format", fmt).stdout for fmt in ("text", "md", "html", "eml")
    ]
    outputs += [run(root, "diff", NOTICE, "--lang", lang, "--format", fmt).stdout for fmt in ("text", "md", "html")]
    outputs += [run(root, "log", NOTICE, "--lang", lang, "--format", fmt).stdout for fmt in ("text", "md")]
    for text in outputs:
        assert not re.search(r"第\d+版|初版|[Rr]evision \d|from revision", text), text[:300]
    name = "第3報" if lang == "ja" else "Report 3"
    assert all(name in text for text in outputs[:2])
    diff = outputs[4]
    assert ("第2報から第3報" if lang == "ja" else "from report 2 to report 3") in diff


def test_the_status_once_per_html_page(root):
    html = run(root, "show", NOTICE, "--format", "html").stdout
    assert html.count("復旧済み") == 1 + html.count("<title>【復旧済み】")  # the chip (and the tab's title)
    heading = re.search(r"<h1>(.*?)</h1>", html).group(1)
    assert "【" not in heading


def test_diff_of_one_report_shows_what_it_changed(root):
    one = run(root, "diff", NOTICE, "2", "--format", "json").stdout
    assert '"from": 1' in one and '"to": 2' in one
    first = run(root, "diff", NOTICE, "1")
    assert first.exit_code == 1 and "report 1" in first.stderr and "Traceback" not in first.stderr


@pytest.mark.parametrize("lang,words", [("ja", "逆順の比較: 第3報から前の第1報へ"), ("en", "Reversed: from report 3")])
def test_a_reversed_diff_says_so(root, lang, words):
    assert words in run(root, "diff", NOTICE, "3", "1", "--lang", lang).stdout
    assert "Reversed" not in run(root, "diff", NOTICE, "1", "3", "--lang", "en").stdout


@pytest.mark.parametrize("typed,meant", [("shwo", "show"), ("lgo", "log"), ("dif", "diff")])
def test_a_mistyped_command_gets_a_suggestion(root, typed, meant):
    result = run(root, typed)
    assert result.exit_code == 2
    assert f"Did you mean '{meant}'" in result.stderr


def test_no_suggestion_for_nonsense(root):
    result = run(root, "zzzzzz")
    assert result.exit_code == 2 and "Did you mean" not in result.stderr


def test_english_times_use_plain_spaces(root):
    text = run(root, "show", NOTICE, "--lang", "en").stdout
    assert "\u202f" not in text and "\u00a0" not in text
    assert "12:15 PM" in text
