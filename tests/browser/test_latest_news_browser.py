"""Latest news first, in a real browser: on incident, maintenance and advisory pages in both languages,
the latest-news block starts above the fold on a phone (390 × 844) and a desk (1280 × 800)."""

from __future__ import annotations

import shutil

import pytest
from conftest import CHROMIUM, LAUNCH_ARGS, PROJECT, needs_chromium, run

pytestmark = needs_chromium
NOTICES = {
    "incident": "aozora-sentinel-alerts",
    "maintenance": "sakura-db-maintenance",
    "advisory": "hoshi-directory-saml-advisory",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(PROJECT / "notices", root / "notices")
    shutil.copytree(PROJECT / "locales", root / "locales")
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


@pytest.mark.parametrize("viewport", [(390, 844), (1280, 800)], ids=["phone", "desk"])
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("kind", list(NOTICES))
def test_the_latest_news_is_above_the_fold(browser, site, kind, lang, viewport):
    width, height = viewport
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto((site / NOTICES[kind] / f"index.{lang}.html").as_uri())
    box = page.evaluate("""() => { const r = document.querySelector('.latest-news').getBoundingClientRect();
        const first = document.querySelector('.latest-news li').getBoundingClientRect();
        return {top: r.top, firstBottom: first.bottom, products: document.querySelector('.products, .periods, .section').getBoundingClientRect().top}; }""")
    assert box["top"] < height and box["firstBottom"] <= height, box  # its heading and first line are visible
    assert box["top"] < box["products"]  # before the current state
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.close()
