"""The bilingual page pairs its languages part by part at every width: side by side on a desk, each
pair on one row; on a phone (390 px), each part shows the Japanese whole, then the English, never
interleaved paragraph by paragraph, and no part's text leaks into the next."""

from __future__ import annotations

import shutil

import pytest
from conftest import CHROMIUM, LAUNCH_ARGS, PROJECT, needs_chromium, run

pytestmark = needs_chromium
NOTICES = ["aozora-sentinel-alerts", "kumo-gateway-header-advisory", "sakura-db-maintenance", "minato-report-delay"]

PARTS = """() => [...document.querySelectorAll('.part, .lead, .closing')].map(part => {
    const pairs = [...part.querySelectorAll('.pair')];
    const items = pairs.flatMap((pair, index) => [...pair.children].map((e, side) => {
        const r = e.getBoundingClientRect();
        return {side: String(side + 1), top: r.top, bottom: r.bottom, left: r.left, pair: index};
    }));
    const box = part.getBoundingClientRect();
    return {top: box.top, bottom: box.bottom, items};
})"""


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(PROJECT / "notices", root / "notices")
    shutil.copytree(PROJECT / "locales", root / "locales")
    for notice in NOTICES:
        result = run(root, "release", notice, "--out", str(root / "dist"))
        assert result.exit_code == 0, result.stderr
    return root / "dist"


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield browser
        browser.close()


def _page(browser, bundle, notice, width):
    page = browser.new_page(viewport={"width": width, "height": 900})
    page.goto(next((bundle / notice).glob("*/bilingual.html")).as_uri())
    return page


@pytest.mark.parametrize("notice", NOTICES)
def test_on_a_phone_each_part_shows_one_language_whole_then_the_other(browser, bundle, notice):
    page = _page(browser, bundle, notice, 390)
    parts = page.evaluate(PARTS)
    assert len(parts) >= 4
    for part in parts:
        first = [item for item in part["items"] if item["side"] == "1"]
        second = [item for item in part["items"] if item["side"] == "2"]
        assert first and len(first) == len(second)
        assert max(item["bottom"] for item in first) <= min(item["top"] for item in second) + 1
        assert all(part["top"] - 1 <= item["top"] and item["bottom"] <= part["bottom"] + 1 for item in part["items"])
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.close()


@pytest.mark.parametrize("notice", NOTICES)
def test_on_a_desk_each_pair_shares_a_row(browser, bundle, notice):
    page = _page(browser, bundle, notice, 1280)
    for part in page.evaluate(PARTS):
        pairs: dict[int, list[dict]] = {}
        for item in part["items"]:
            pairs.setdefault(item["pair"], []).append(item)
        for items in pairs.values():
            assert len({round(item["top"]) for item in items}) == 1, items
            assert items[0]["left"] < items[1]["left"]
    page.close()
