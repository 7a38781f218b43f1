"""The released pages in a real browser: Debian's chromium driven by Playwright.

A hostile notice and a hostile translation (<script> and <img onerror> in
the plain-text fields, which may hold any printable text; raw HTML and
javascript: links in bodies are refused when they are read, see
tests/hostile/test_hostile.py) are released and loaded from file://; no script may run, no
console error may appear, Japanese must be rendered with a CJK font, lang
attributes must be right, and every link between languages and revisions must
resolve. .ci/run installs chromium and fonts-noto-cjk with apt-get.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

import polib
import pytest
from conftest import CHROMIUM, LAUNCH_ARGS, needs_chromium, run, write

pytestmark = needs_chromium

HOSTILE = """\
revision: 1
published: 2026-07-01T10:00:00+09:00
status: identified
title: <script>window.pwned=1</script>障害のお知らせ
products:
  - <img src=x onerror="window.pwned=2">製品
periods:
  - scope: 東京リージョン
    start: 2026-07-01T09:00:00+09:00
sections:
  - id: impact
    kind: impact
    body: |
      本文 a<b と[リンク](https://example.com/?q=<script>)と**強調**。

      - 項目 &lt;iframe&gt;
updates:
  - at: 2026-07-01T10:00:00+09:00
    kind: identified
    body: 原因を特定しました 1<2。
"""


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def hostile_release(empty_root: Path) -> Path:
    write(empty_root, "hostile-notice", "001.yaml", HOSTILE)
    assert run(empty_root, "catalog", "init", "-l", "en").exit_code == 0
    path = empty_root / "locales" / "en" / "LC_MESSAGES" / "notices.po"
    catalog = polib.pofile(str(path), wrapwidth=0)
    for entry in catalog:
        if entry.msgctxt in ("body", "update"):
            entry.msgstr = f"{entry.msgid} (English) a<b"
        else:
            entry.msgstr = f'{entry.msgid}<script>window.pwned="en"</script><img src=y onerror="window.pwned=true">'
    catalog.save(str(path))
    result = run(empty_root, "release", "hostile-notice", "--out", str(empty_root / "dist"))
    assert result.exit_code == 0, result.stderr
    return empty_root / "dist" / "hostile-notice" / "001"


def _open(browser, url: str):
    page = browser.new_page(viewport={"width": 1000, "height": 1400})
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
    page.goto(url)
    page.wait_for_load_state("load")
    return page, errors


@pytest.mark.parametrize("name", ["index.ja.html", "index.en.html", "bilingual.html"])
def test_no_notice_or_catalog_text_runs_as_script(browser, hostile_release, name, tmp_path):
    page, errors = _open(browser, (hostile_release / name).as_uri())
    # Every anchor, then every image, gets a chance to fire.
    for link in page.query_selector_all("a[href^='javascript']"):
        link.click()
    assert page.evaluate("window.pwned") is None
    assert page.query_selector_all("script") == []
    assert page.query_selector_all("img, iframe") == []
    assert errors == []
    assert "<script>window.pwned" in page.inner_text("body")
    page.screenshot(path=str(tmp_path / f"{name}.png"), full_page=True)
    assert (tmp_path / f"{name}.png").stat().st_size > 10_000
    page.close()


def test_lang_attributes(browser, hostile_release):
    page, _ = _open(browser, (hostile_release / "index.en.html").as_uri())
    assert page.evaluate("document.documentElement.lang") == "en"
    alternates = page.eval_on_selector_all(
        "link[rel=alternate]", "els => els.map(e => [e.hreflang, e.getAttribute('href')])"
    )
    assert alternates == [["ja", "index.ja.html"], ["en", "index.en.html"]]
    page.close()
    page, _ = _open(browser, (hostile_release / "bilingual.html").as_uri())
    langs = page.eval_on_selector_all(".block p", "els => els.map(e => e.lang)")
    assert langs[:2] == ["ja", "en"] and set(langs) == {"ja", "en"}
    page.close()


def test_japanese_is_rendered_with_a_cjk_font(browser, hostile_release):
    page, _ = _open(browser, (hostile_release / "index.ja.html").as_uri())
    assert page.evaluate("document.fonts.check('16px \"Noto Sans CJK JP\"', '障害')")
    # Glyphs have width: a missing font would draw nothing or tofu of another width.
    width = page.evaluate("""() => { const s = document.createElement('span'); s.textContent = '障害のお知らせ';
        document.body.appendChild(s); const w = s.getBoundingClientRect().width; s.remove(); return w; }""")
    assert width > 50
    page.close()


def test_links_between_languages_and_revisions_resolve(browser, root):
    result = run(root, "site", "--out", str(root / "site"))
    assert result.exit_code == 0, result.stderr
    start = root / "site" / "aozora-sentinel-alerts" / "003" / "index.en.html"
    page, errors = _open(browser, start.as_uri())
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    targets = {unquote(urlparse(href).path) for href in hrefs if href.startswith("file:")}
    assert len(targets) >= 6
    for target in sorted(targets):
        assert Path(target).is_file(), target
    page.click("text=日本語")
    assert page.evaluate("document.documentElement.lang") == "ja"
    page.click("text=変更点")
    assert page.url.endswith("/003/diff.ja.html")
    assert page.query_selector("ins") is not None
    assert errors == []
    page.close()


def test_japanese_breaks_lines_by_phrase_and_strict_kinsoku(browser, hostile_release):
    page, _ = _open(browser, (hostile_release / "bilingual.html").as_uri())
    styles = page.eval_on_selector_all(
        ".block p", "els => els.map(e => [e.lang, getComputedStyle(e).lineBreak, getComputedStyle(e).wordBreak])"
    )
    japanese = [style for style in styles if style[0] == "ja"]
    english = [style for style in styles if style[0] == "en"]
    assert japanese and all(style[1:] == ["strict", "auto-phrase"] for style in japanese)
    assert english and all(style[2] != "auto-phrase" for style in english)
    page.close()


def test_a_published_diff_renders_markdown_and_links_both_revisions_and_languages(browser, root):
    result = run(root, "site", "--out", str(root / "site"))
    assert result.exit_code == 0, result.stderr
    page, errors = _open(browser, (root / "site" / "aozora-sentinel-alerts" / "002" / "diff.ja.html").as_uri())
    links = page.eval_on_selector_all("header.site a", "els => els.map(e => [e.textContent, e.href])")
    assert [name for name, _ in links] == [
        "お知らせ一覧",
        "変更前: 第1報",
        "変更後: 第2報",
        "次の変更",
        "日本語",
        "English",
        "フィード(Atom)",
    ]
    for _, href in links:
        assert Path(unquote(urlparse(href).path)).is_file(), href
    assert "スキャン除外リスト" in page.inner_text(".diff strong")
    assert "**" not in page.inner_text("main")
    assert "\n- " not in page.inner_text(".diff")  # list items show their bullet, not Markdown
    assert page.query_selector(".diff a[href='https://support.example.com/aozora/tenant-id']") is not None
    page.click("text=English")
    assert page.url.endswith("/002/diff.en.html") and page.evaluate("document.documentElement.lang") == "en"
    assert errors == []
    page.close()
