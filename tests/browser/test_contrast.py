"""AAA contrast (WCAG 2.x 1.4.6, 7:1 for text and links) in both colour schemes: axe-core's
``color-contrast-enhanced`` rule finds no violation on the site's pages and a release's page."""

from __future__ import annotations

import pytest
from test_site_browser import AXE, _open, browser, site  # noqa: F401 (fixtures)

pytestmark = pytest.mark.skipif(
    not AXE.is_file(), reason="needs axe-core from npm: run `npm ci` at the repository root (.ci/run does)"
)

PAGES = [
    "index.ja.html",
    "index.en.html",
    "aozora-sentinel-alerts/002/diff.ja.html",  # deletions and insertions on their backgrounds
    "aozora-sentinel-alerts/002/diff.en.html",
    "hoshi-directory-saml-advisory/index.en.html",
    "product-kumo-gateway.ja.html",
    "releases/kumo-gateway-header-advisory/003/bilingual.html",
]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_text_and_links_have_aaa_contrast(browser, site, name, scheme):  # noqa: F811
    page, _ = _open(browser, (site / name).as_uri(), width=1280, scheme=scheme)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'rule', values: ['color-contrast-enhanced']}});
        return r.violations.map(v => v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + n.failureSummary));
    }""")
    page.close()
    assert result == []
