"""The site in a real browser (Debian's chromium through Playwright) at a phone's and a desk's width.

No page may scroll sideways at 390 px or 1280 px, and axe-core (from npm,
injected into the page) must find no serious or critical violation in either
language or colour scheme. Screenshots are kept as test artifacts in tmp_path.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CHROMIUM, LAUNCH_ARGS, PROJECT, REPO, SAMPLES, needs_chromium, run, write
from site_cases import FOURTH, LAGGING

AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
pytestmark = needs_chromium

PAGES = {
    "index": "index.{lang}.html",
    "notice": f"{LAGGING}/index.{{lang}}.html",
    "revision": f"{LAGGING}/004/index.{{lang}}.html",
    "product": "product-kumo-gateway.{lang}.html",
    "archive": "archive-2026-06.{lang}.html",
    "diff": "aozora-sentinel-alerts/002/diff.{lang}.html",
    "maintenance": "sakura-db-maintenance/index.{lang}.html",
    "advisory": "hoshi-directory-saml-advisory/index.{lang}.html",  # CVE, CVSS and versions
}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    """The samples' site, with a Japanese fourth report nobody has translated yet, and a bilingual release."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(SAMPLES, root / "notices")
    shutil.copytree(PROJECT / "locales", root / "locales")
    result = run(root, "release", "kumo-gateway-header-advisory", "--out", str(root / "site" / "releases"))
    assert result.exit_code == 0, result.stderr
    write(root, LAGGING, "004.yaml", FOURTH)
    result = run(root, "site", "--out", str(root / "site"))
    assert result.exit_code == 0, result.stderr
    return root / "site"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


def _targets() -> list[str]:
    names = [page.format(lang=lang) for page in PAGES.values() for lang in ("ja", "en")]
    return names + ["releases/kumo-gateway-header-advisory/003/bilingual.html"]


def _open(browser, url: str, *, width: int, scheme: str = "light"):
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.wait_for_load_state("load")
    return page, errors


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("name", _targets())
def test_no_page_scrolls_sideways(browser, site, name, width, tmp_path):
    page, errors = _open(browser, (site / name).as_uri(), width=width)
    overflow = page.evaluate("""() => {
        const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > innerWidth + 1);
        return {scroll: document.documentElement.scrollWidth, wide: wide.slice(0, 5).map(e => e.outerHTML.slice(0, 120))};
    }""")
    assert overflow["scroll"] <= width and overflow["wide"] == [], overflow
    assert errors == []
    shot = tmp_path / f"{name.replace('/', '_')}.{width}.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 5_000
    page.close()


@pytest.mark.skipif(
    not AXE.is_file(), reason="needs axe-core from npm: run `npm ci` at the repository root (.ci/run does)"
)
@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", _targets())
def test_axe_finds_no_serious_violation(browser, site, name, scheme, tmp_path):
    page, _ = _open(browser, (site / name).as_uri(), width=390, scheme=scheme)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}});
        return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
            .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary)}));
    }""")
    page.screenshot(path=str(tmp_path / f"{name.replace('/', '_')}.{scheme}.png"), full_page=True)
    assert result == []
    page.close()


def test_the_language_switch_keeps_the_place(browser, site):
    for name in _targets()[:-1]:
        page, _ = _open(browser, (site / name).as_uri(), width=390)
        lang = page.evaluate("document.documentElement.lang")
        other = "en" if lang == "ja" else "ja"
        page.click(f"header.site a[hreflang={other}]")
        assert page.evaluate("document.documentElement.lang") == other
        assert page.url.endswith(name.replace(f".{lang}.html", f".{other}.html"))
        page.close()


def test_the_lagging_english_page_links_the_newer_japanese_report(browser, site):
    page, _ = _open(browser, (site / LAGGING / "index.en.html").as_uri(), width=390)
    banner = page.locator(".freshness-banner")
    assert "Report 4 (Japanese) was published" in banner.inner_text()
    banner.locator("a").click()
    assert page.url.endswith(f"{LAGGING}/004/index.ja.html")
    assert page.evaluate("document.querySelector('meta[name=\"kokuchi:latest-revision\"]')") is None  # the source page
    page.close()


def test_headings_break_by_phrase_and_japanese_lines_strictly(browser, site):
    page, _ = _open(browser, (site / "index.ja.html").as_uri(), width=390)
    style = page.evaluate("""() => { const h = getComputedStyle(document.querySelector('h1'));
        const b = getComputedStyle(document.body); return [h.wordBreak, b.lineBreak]; }""")
    assert style == ["auto-phrase", "strict"]
    page.close()
