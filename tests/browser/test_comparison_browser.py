"""The 新旧対照表 (`diff --format table`) in a real browser: its columns, its underlines, and printed
to PDF (A4 landscape) and read back with `pdftotext -layout` (poppler-utils; .ci/run installs it)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import CHROMIUM, LAUNCH_ARGS, REPO, needs_chromium, run

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
NOTICE = "aozora-sentinel-alerts"
pytestmark = needs_chromium


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


def _table(root, tmp_path, *args: str):
    result = run(root, "diff", NOTICE, *args, "--format", "table")
    assert result.exit_code == 0, result.stderr
    path = tmp_path / f"table{'-'.join(args)}.html"
    path.write_text(result.stdout, "utf-8")
    return path


@pytest.mark.parametrize(
    "lang,new,old",
    [("ja", "改正後(第3報)", "改正前(第2報)"), ("en", "New text (report 3)", "Previous text (report 2)")],
)
def test_columns_in_the_japanese_order_with_underlined_changes(browser, root, tmp_path, lang, new, old):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(_table(root, tmp_path, "2", "3", "--lang", lang).as_uri())
    headers = page.locator("thead th").all_inner_texts()
    assert headers == [new, old]
    # every underlined change sits in a cell; both columns have some
    columns = page.evaluate("""() => [...document.querySelectorAll('u.changed')].map(u => u.closest('td').cellIndex)""")
    assert 0 in columns and 1 in columns
    left, right = (
        page.evaluate("""() => { const c = [...document.querySelectorAll('thead th')].map(th => th.getBoundingClientRect());
        return [c[0].left, c[1].left]; }""")
    )
    assert left < right
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    page.close()


def test_the_other_order_on_request(browser, root, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(_table(root, tmp_path, "2", "3", "--old-left").as_uri())
    assert page.locator("thead th").all_inner_texts() == ["改正前(第2報)", "改正後(第3報)"]
    page.close()


@pytest.mark.skipif(
    shutil.which("pdftotext") is None,
    reason="needs pdftotext: apt-get install poppler-utils (.ci/run does)",
)
def test_prints_to_a4_landscape_with_both_columns_in_order(browser, root, tmp_path):
    page = browser.new_page()
    page.goto(_table(root, tmp_path, "1", "3").as_uri())
    page.emulate_media(media="print")
    pdf = tmp_path / "table.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True, print_background=True)
    page.close()
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    size = next(line for line in info.splitlines() if line.startswith("Page size"))
    width, height = (float(value) for value in size.split()[2:5:2])
    assert width > height and abs(width - 841.89) < 2 and abs(height - 595.28) < 2  # A4 landscape, in points
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    header = next(line for line in text.splitlines() if "改正後" in line)
    assert header.index("改正後") < header.index("改正前")  # both columns, new text left
    assert "(新設)" in text and "(削る)" in text and "(略)" in text
    # a changed pair on one line: the new text left, the old right
    pair = next(line for line in text.splitlines() if "復旧済み" in line and "原因特定" in line)
    assert pair.index("復旧済み") < pair.index("原因特定")


@pytest.mark.skipif(
    not AXE.is_file(), reason="needs axe-core from npm: run `npm ci` at the repository root (.ci/run does)"
)
def test_axe_finds_no_serious_violation(browser, root, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    page.goto(_table(root, tmp_path, "1", "3").as_uri())
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
        return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id);
    }""")
    assert result == []
    page.close()
