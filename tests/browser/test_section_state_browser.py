"""Section states in a real browser: a completed section (〔完了〕) wears a green chip and keeps its text's
colour; an unnecessary or withdrawn one is dimmed, on language pages and the bilingual page; both keep AAA
contrast (7:1, axe-core's color-contrast-enhanced) in the light and the dark scheme."""

from __future__ import annotations

import shutil

import pytest
from conftest import PROJECT, SAMPLES, run
from test_site_browser import AXE, _open, browser  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(
    not AXE.is_file(), reason="needs axe-core from npm: run `npm ci` at the repository root (.ci/run does)"
)

PAGES = {
    "completed": "sakura-db-maintenance/index.ja.html",
    "completed, bilingual": "releases/sakura-db-maintenance/004/bilingual.html",
    "ended": "aozora-sentinel-alerts/002/index.ja.html",
    "ended, bilingual": "releases/aozora-sentinel-alerts/002/bilingual.html",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(SAMPLES, root / "notices")
    shutil.copytree(PROJECT / "locales", root / "locales")
    for notice, rev in (("sakura-db-maintenance", "4"), ("aozora-sentinel-alerts", "2")):
        out = str(root / "site" / "releases")
        result = run(root, "release", notice, "--rev", rev, "--out", out, "--allow-incomplete")
        assert result.exit_code == 0, result.stderr
    result = run(root, "site", "--out", str(root / "site"))
    assert result.exit_code == 0, result.stderr
    return root / "site"


STYLES = """() => [...document.querySelectorAll('section.section')].filter(s => s.querySelector('.state')).map(s => {
    const chip = getComputedStyle(s.querySelector('.state'));
    const text = s.querySelector('.body p, .pair.block p');
    return {state: [...s.classList].find(c => c.startsWith('state-')), inactive: s.classList.contains('inactive'),
            chip: chip.backgroundColor, chipText: chip.color,
            text: getComputedStyle(text).color, body: getComputedStyle(document.body).color};
})"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_state_chips_and_dimming(browser, site, name, scheme):  # noqa: F811
    page, errors = _open(browser, (site / PAGES[name]).as_uri(), width=1280, scheme=scheme)
    green = page.evaluate("() => getComputedStyle(document.body).getPropertyValue('--s-green-bg')").strip()
    sections = page.evaluate(STYLES)
    page.close()
    assert sections and not errors
    for s in sections:
        if s["state"] == "state-completed":
            assert not s["inactive"] and s["text"] == s["body"], s  # not dimmed
            assert s["chip"] != "rgba(0, 0, 0, 0)" and green, s  # a filled (green) chip
        else:
            assert s["inactive"] and s["text"] != s["body"] and s["chip"] == "rgba(0, 0, 0, 0)", s
    if name.startswith("completed"):
        assert any(s["state"] == "state-completed" for s in sections)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_state_chips_keep_aaa_contrast(browser, site, name, scheme):  # noqa: F811
    page, _ = _open(browser, (site / PAGES[name]).as_uri(), width=1280, scheme=scheme)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'rule', values: ['color-contrast-enhanced']}});
        return r.violations.map(v => v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary));
    }""")
    page.close()
    assert result == []
