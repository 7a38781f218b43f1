"""`kokuchi site`: the pages, the Atom feeds, status.json, freshness per language, the catalog cache."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlparse

import feedparser
import jsonschema
import pytest
from conftest import run, write
from site_cases import FOURTH, LAGGING

SCHEMA = Path(__file__).resolve().parents[2] / "src" / "kokuchi" / "schema" / "status.schema.json"


def _revisions(root: Path) -> dict[str, int]:
    return {folder.name: len(list(folder.glob("*.yaml"))) for folder in (root / "notices").iterdir() if folder.is_dir()}


HOST = "https://notices.example.test/"


def _feed(path: Path):
    """The feed parsed as a reader fetching it from HOST would: relative links resolved against its URL."""
    url = HOST + path.as_posix().lstrip("/")
    return feedparser.parse(
        path.read_bytes(), response_headers={"content-location": url, "content-type": "application/atom+xml"}
    )


def _file(href: str) -> Path:
    """The file a resolved link points at."""
    assert href.startswith(HOST), href
    return Path("/") / unquote(urlparse(href).path).lstrip("/")


def _site(root: Path, *args: str):
    result = run(root, "site", "--out", str(root / "site"), *args)
    assert result.exit_code == 0, result.stderr
    return result


def test_every_page_in_both_languages_with_its_feed_and_freshness(root):
    result = _site(root)
    out = root / "site"
    assert "no base URL: feeds use relative links (xml:base)" in result.stdout
    for notice, count in _revisions(root).items():
        for lang in ("ja", "en"):
            page = (out / notice / f"index.{lang}.html").read_text("utf-8")
            assert (
                f'<link rel="alternate" type="application/atom+xml" hreflang="{lang}" href="../feed.{lang}.xml"' in page
            )
            assert 'rel="canonical"' not in page
            if lang == "en":
                assert f'<meta name="kokuchi:source-revision" content="{count}">' in page
                assert f"Translated from Japanese report {count}." in page
        assert (out / notice / f"{count:03d}" / "diff.en.html").is_file() == (count > 1)
    home = (out / "index.ja.html").read_text("utf-8")
    # Ongoing above the past; the status in text, the type and the report number with it.
    assert (
        home.index("対応中・実施予定のお知らせ")
        < home.index("調査中")
        < home.index("過去のお知らせ")
        < home.index("復旧済み")
    )
    assert "障害" in home and "脆弱性" in home and "メンテナンス" in home and "第3報" in home
    product = (out / "product-hikari-object-storage.en.html").read_text("utf-8")
    assert "Notices about Hikari Object Storage" in product and 'href="hikari-storage-latency/index.en.html"' in product
    archive = (out / "archive-2026-06.ja.html").read_text("utf-8")
    assert "2026年6月のお知らせ" in archive and "hikari-storage-latency/index.ja.html" in archive


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_feeds_parse_and_hold_every_revision(root, lang):
    _site(root)
    out = root / "site"
    feed = _feed(out / f"feed.{lang}.xml")
    assert not feed.bozo, feed.get("bozo_exception")
    revisions = _revisions(root)
    assert len(feed.entries) == sum(revisions.values())
    assert len({entry.id for entry in feed.entries}) == len(feed.entries)
    assert feed.feed.language == lang
    other = "en" if lang == "ja" else "ja"
    assert [_file(link.href) for link in feed.feed.links if link.get("hreflang") == other] == [
        out / f"feed.{other}.xml"
    ]
    for entry in feed.entries:
        # Every link (the page and its other-language edition) resolves to a page of the site.
        for link in entry.links:
            assert _file(link.href).is_file(), link.href
        assert {link.hreflang for link in entry.links} == {"ja", "en"}
        assert entry.summary and entry.updated_parsed
    titles = [e.title for e in feed.entries]
    assert (
        "【調査中】Hikari Object Storage 応答遅延の再発について"
        if lang == "ja"
        else "[Investigating] Hikari Object Storage: slow responses have recurred"
    ) in titles
    product = _feed(out / f"feed-kumo-gateway.{lang}.xml")
    assert not product.bozo and len(product.entries) == revisions["kumo-gateway-header-advisory"]
    assert all(_file(link.href).is_file() for e in product.entries for link in e.links)
    assert _file(product.feed.link) == out / f"product-kumo-gateway.{lang}.html"


def test_entry_ids_are_stable_and_a_base_url_makes_links_absolute(root):
    _site(root)
    before = feedparser.parse((root / "site" / "feed.en.xml").read_bytes())
    (root / "kokuchi.yaml").write_text("site:\n  base-url: https://www.example.co.jp/support/notices\n", "utf-8")
    result = _site(root)
    assert "no base URL" not in result.stdout
    after = feedparser.parse((root / "site" / "feed.en.xml").read_bytes())
    assert not after.bozo and [e.id for e in after.entries] == [e.id for e in before.entries]
    assert all(
        link.href.startswith("https://www.example.co.jp/support/notices/") for e in after.entries for link in e.links
    )
    assert after.feed.id == "https://www.example.co.jp/support/notices/feed.en.xml"
    page = (root / "site" / LAGGING / "index.ja.html").read_text("utf-8")
    assert (
        '<link rel="canonical" href="https://www.example.co.jp/support/notices/hikari-storage-latency/index.ja.html">'
        in page
    )
    status = json.loads((root / "site" / "status.json").read_text("utf-8"))
    assert (
        status["notices"][0]["languages"]["en"]["url"]
        == "https://www.example.co.jp/support/notices/hikari-storage-latency/index.en.html"
    )
    # The option wins over the file.
    _site(root, "--base-url", "https://status.example.com/")
    assert "https://status.example.com/feed.ja.xml" in (root / "site" / "feed.ja.xml").read_text("utf-8")


def test_a_bad_base_url_is_refused(root):
    result = run(root, "site", "--out", str(root / "site"), "--base-url", "status.example.com")
    assert result.exit_code == 1 and "not an absolute http(s) URL" in result.stderr
    assert not (root / "site").exists()


def test_status_json_lists_the_ongoing_notices_and_follows_its_schema(root):
    _site(root)
    status = json.loads((root / "site" / "status.json").read_text("utf-8"))
    jsonschema.validate(status, json.loads(SCHEMA.read_text("utf-8")), format_checker=jsonschema.FormatChecker())
    assert [n["id"] for n in status["notices"]] == [LAGGING]
    notice = status["notices"][0]
    assert notice["type"] == "incident" and notice["status"] == "investigating" and notice["revision"] == 3
    assert notice["products"] == ["Hikari Object Storage"]
    assert notice["languages"]["en"] == {
        "url": f"{LAGGING}/index.en.html",
        "title": "Hikari Object Storage: slow responses have recurred",
        "revision": 3,
        "lags": False,
    }
    assert (root / "site" / notice["languages"]["ja"]["url"]).is_file()


def test_an_untranslated_japanese_revision_is_reported_everywhere(root):
    _site(root)
    write(root, LAGGING, "004.yaml", FOURTH)
    result = _site(root)
    out = root / "site"
    # The command says which notice lags, by how many reports and for how long.
    lines = [line for line in result.stdout.splitlines() if line.startswith("lagging:")]
    assert len(lines) == 1
    assert lines[0].startswith(f"lagging: {LAGGING}: en follows report 3, ja is at report 4 (ahead for ")
    assert "since 2026-06-09T11:40:00+09:00" in lines[0]
    # The English page renders report 3, complete, and says that the Japanese is ahead.
    page = (out / LAGGING / "index.en.html").read_text("utf-8").replace("\u202f", " ")
    assert '<meta name="kokuchi:source-revision" content="3">' in page
    assert '<meta name="kokuchi:latest-revision" content="4">' in page
    assert "Report 4 (Japanese) was published at June 9, 2026, 11:40 AM JST; this edition follows report 3." in page
    assert f'href="../{LAGGING}/004/index.ja.html" hreflang="ja">Read report 4 in Japanese</a>' in page
    assert "Slow responses recurred for the same buckets" in page and "再配置処理" not in page
    assert "[untranslated]" not in page  # never a silently mixed page
    # Report 4's own English page shows its gaps, marked.
    fourth = (out / LAGGING / "004" / "index.en.html").read_text("utf-8")
    assert 'class="untranslated"' in fourth and '<meta name="kokuchi:latest-revision" content="4">' in fourth
    # Both indexes mark it.
    assert "Report 4 (Japanese) is newer" in (out / "index.en.html").read_text("utf-8")
    assert "英語版は第3報に基づいています" in (out / "index.ja.html").read_text("utf-8")
    status = json.loads((out / "status.json").read_text("utf-8"))
    notice = status["notices"][0]
    assert notice["revision"] == 4 and notice["status"] == "identified"
    assert notice["languages"]["en"]["lags"] is True and notice["languages"]["en"]["revision"] == 3
    assert notice["languages"]["ja"]["lags"] is False
    # The English feed gets report 4 once its English is complete.
    en = feedparser.parse((out / "feed.en.xml").read_bytes())
    ja = feedparser.parse((out / "feed.ja.xml").read_bytes())
    assert len(ja.entries) == len(en.entries) + 1


def test_the_catalog_lookup_is_cached_by_digest(root):
    _site(root)
    cache = root / "site" / ".kokuchi-catalog.en.json"
    first = json.loads(cache.read_text("utf-8"))
    assert len(first["entries"]) > 50
    po = root / "locales" / "en" / "LC_MESSAGES" / "notices.po"
    text = po.read_text("utf-8")
    po.write_text(
        text.replace(
            'msgstr "Hikari Object Storage: slow responses have recurred"',
            'msgstr "Hikari Object Storage: slow responses again"',
        ),
        "utf-8",
    )
    _site(root)
    assert json.loads(cache.read_text("utf-8"))["digest"] != first["digest"]
    assert "slow responses again" in (root / "site" / "index.en.html").read_text("utf-8")


def test_product_and_month_pages_link_back_to_every_notice(root):
    _site(root)
    out = root / "site"
    pages = list(out.glob("product-*.html")) + list(out.glob("archive-*.html"))
    assert len(pages) >= 2 * (5 + 4)  # the samples name five products, in four months
    for page in pages:
        for href in re.findall(r'href="([^"#]+)"', page.read_text("utf-8")):
            if not urlparse(href).scheme:
                assert (page.parent / href).resolve().exists(), (page, href)


def test_one_changed_notice_rewrites_only_its_product_and_month_pages(root):
    _site(root)
    out = root / "site"
    untouched = out / "product-sakura-managed-db.ja.html"
    before = untouched.stat().st_mtime_ns
    revision = root / "notices" / LAGGING / "003.yaml"
    revision.write_text(
        revision.read_text("utf-8").replace(
            "  - Hikari Object Storage\n", "  - Hikari Object Storage\n  - Hikari Archive\n"
        ),
        "utf-8",
    )
    assert _site(root).stdout.splitlines()[0].endswith(f"1 rebuilt, in {out}")
    assert untouched.stat().st_mtime_ns == before
    assert "hikari-storage-latency/index.ja.html" in (out / "product-hikari-archive.ja.html").read_text("utf-8")
    # The product goes away with the last notice naming it, and so does its page.
    revision.write_text(revision.read_text("utf-8").replace("  - Hikari Archive\n", ""), "utf-8")
    _site(root)
    assert not (out / "product-hikari-archive.ja.html").exists() and not (out / "feed-hikari-archive.en.xml").exists()


def test_files_merely_named_like_site_pages_are_never_deleted(root):
    # Someone's own files in the output folder, named like product, month or
    # feed pages: only pages the cache says kokuchi wrote are ever removed.
    _site(root)
    out = root / "site"
    theirs = {
        "product-roadmap.ja.html": "<p>ours</p>",
        "archive-2019-01.en.html": "<p>ours</p>",
        "feed-press.en.xml": "<feed/>",
        "product-notes.txt": "ours",
    }
    for name, text in theirs.items():
        (out / name).write_text(text, "utf-8")
    _site(root)
    notices = root / "notices"
    shutil.rmtree(notices / "sakura-db-maintenance")  # its product and month pages go away
    _site(root)
    assert not (out / "product-sakura-managed-db.ja.html").exists()
    for name, text in theirs.items():
        assert (out / name).read_text("utf-8") == text, name


def test_a_planted_shared_page_in_the_cache_means_a_full_rebuild_not_a_deletion(root):
    _site(root)
    out = root / "site"
    cache_path = out / ".kokuchi-site.json"
    cache = json.loads(cache_path.read_text("utf-8"))
    cache["shared"].append("../kokuchi.yaml")
    cache_path.write_text(json.dumps(cache), "utf-8")
    assert (root / "kokuchi.yaml").exists()
    result = _site(root)
    assert "6 rebuilt" in result.stdout.splitlines()[0]
    assert (root / "kokuchi.yaml").exists()


def test_a_notice_with_no_complete_translation_lags_from_its_first_report(root):
    write(
        root,
        "kawa-network-maintenance",
        "001.yaml",
        """\
revision: 1
published: 2026-07-01T10:00:00+09:00
type: maintenance
status: scheduled
title: Kawa ネットワーク 定期メンテナンスのお知らせ
products:
  - Kawa Network
periods:
  - start: 2026-07-10T01:00:00+09:00
    end: 2026-07-10T05:00:00+09:00
""",
    )
    result = _site(root)
    assert (
        "lagging: kawa-network-maintenance: en follows no report (nothing complete), ja is at report 1" in result.stdout
    )
    status = json.loads((root / "site" / "status.json").read_text("utf-8"))
    notice = next(n for n in status["notices"] if n["id"] == "kawa-network-maintenance")
    assert notice["languages"]["en"]["revision"] is None and notice["languages"]["en"]["lags"] is True
    page = (root / "site" / "kawa-network-maintenance" / "index.en.html").read_text("utf-8")
    assert "Some parts are not translated yet and are shown in Japanese." in page and 'class="untranslated"' in page
    assert "freshness-banner" not in page  # the page shows the latest report, with its gaps marked


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_the_parallel_build_writes_what_the_serial_build_writes(root):
    """The worker processes get the build's state when they start: the same site, byte for byte,
    from two processes as from one, and the site can be built again in the same process."""
    from kokuchi.publish.site import build

    serial = build(root, root / "serial", processes=1)
    parallel = build(root, root / "parallel", processes=2)
    assert (serial.rebuilt, parallel.rebuilt) == (serial.notices, serial.notices)
    assert serial.lags == parallel.lags and serial.notes == parallel.notes
    assert _tree(root / "serial") == _tree(root / "parallel")
    # Once more in the same process, nothing changed: nothing rebuilt, by either path.
    assert build(root, root / "parallel", processes=2).rebuilt == 0


def test_a_change_to_kokuchi_itself_rebuilds_every_page(root, tmp_path):
    """The cache key covers kokuchi's own code: a copy of the package with one view edited rebuilds
    every notice, and every page shows the edit (none is left from the old code)."""
    import subprocess
    import sys

    import kokuchi

    package = tmp_path / "copy" / "kokuchi"
    shutil.copytree(Path(kokuchi.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    env = {**__import__("os").environ, "PYTHONPATH": str(package.parent)}

    def site() -> str:
        command = [sys.executable, "-m", "kokuchi", "--root", str(root), "site"]
        result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        return result.stdout

    notices = len([p for p in (root / "notices").iterdir() if p.is_dir()])
    assert site().startswith(f"site: {notices} notice(s), {notices} rebuilt")
    assert site().startswith(f"site: {notices} notice(s), 0 rebuilt")
    view = package / "views" / "common.py"
    source = view.read_text("utf-8")
    assert "language_name(lang), lang, lang == current" in source
    view.write_text(
        source.replace(
            "language_name(lang), lang, lang == current", 'language_name(lang) + " ⁂", lang, lang == current'
        ),
        "utf-8",
    )
    assert site().startswith(f"site: {notices} notice(s), {notices} rebuilt")
    pages = sorted((root / "site").rglob("*.html"))
    assert pages and [p for p in pages if " ⁂" not in p.read_text("utf-8")] == []


@pytest.mark.parametrize(
    "edit",
    [
        # Markup planted where a row used to be kept rendered: never shown, the notice is rebuilt.
        lambda record: {**record, "html": "<script>alert(1)</script>"},
        # A record of the right shape with another title: not what kokuchi wrote, rebuilt.
        lambda record: {
            **record,
            "langs": {
                **record["langs"],
                "en": {**record["langs"]["en"], "row": {**record["langs"]["en"]["row"], "title": "<b>planted</b>"}},
            },
        },
        lambda record: {**record, "langs": []},
    ],
    ids=["markup", "title", "shape"],
)
def test_a_planted_notice_record_means_that_notice_is_rebuilt(root, edit):
    _site(root)
    out = root / "site"
    path = out / LAGGING / ".kokuchi-notice.json"
    original = path.read_bytes()
    path.write_text(json.dumps(edit(json.loads(original))), "utf-8")
    (out / "index.en.html").unlink()  # the shared pages are written again, from the records
    result = _site(root)
    assert ", 1 rebuilt," in result.stdout
    assert path.read_bytes() == original
    home = (out / "index.en.html").read_text("utf-8")
    assert "planted" not in home and "<script>" not in home
    assert json.loads(original)["langs"]["en"]["row"]["title"] in home


def test_the_site_withholds_a_translation_the_release_gate_refuses(root):
    """Issue 20: a translation the release gate finds inconsistent with its source (here, bold marks
    the Japanese does not have) is not published. The English page of that revision shows the
    Japanese with a note, the English notice page and feed follow the last revision that passes,
    and the build says why."""
    catalog = root / "locales" / "en" / "LC_MESSAGES" / "notices.po"
    text = catalog.read_text("utf-8")
    good = "since the problem has recurred, we are investigating again."
    assert text.count(good) == 1
    catalog.write_text(text.replace(good, good.replace("investigating again", "**investigating again**")), "utf-8")
    result = _site(root)
    assert (
        "withheld: hikari-storage-latency: en edition of report 3: 1 translation(s) inconsistent with the source "
        "(kokuchi catalog check -l en)"
    ) in result.stdout.splitlines()
    assert "lagging: hikari-storage-latency: en follows report 2, ja is at report 3" in result.stdout
    site = root / "site" / LAGGING
    withheld = (site / "003" / "index.en.html").read_text("utf-8")
    assert "This report is shown in Japanese: its translation did not pass the release checks." in withheld
    assert "investigating again" not in withheld and "再発を受けて改めて調査しております" in withheld
    assert "investigating again" not in (site / "index.en.html").read_text("utf-8")
    feed = _feed(root / "site" / "feed.en.xml")
    ours = [e for e in feed.entries if f"/{LAGGING}/" in e.link]
    assert sorted(e.link.rsplit("/", 2)[-2] for e in ours) == ["001", "002"]
    # The Japanese edition is the source: untouched.
    assert "This report is shown in" not in (site / "003" / "index.ja.html").read_text("utf-8")


def test_without_kokuchi_yaml_the_site_says_why_an_advisory_has_no_csaf_document(root):
    (root / "kokuchi.yaml").unlink()
    result = _site(root)
    lines = [line for line in result.stdout.splitlines() if line.startswith("csaf:")]
    assert lines and all(" not published: kokuchi.yaml:1:1: (file): no such file: " in line for line in lines), (
        result.stdout
    )
    assert {line.split()[1] for line in lines} == {"hoshi-directory-saml-advisory", "kumo-gateway-header-advisory"}
    release = run(root, "release", "hoshi-directory-saml-advisory", "--out", str(root / "dist"))
    reason = lines[0].split(" not published: ", 1)[1]
    assert f"csaf: not in the bundle: {reason}" in release.stdout.splitlines()


def test_an_override_read_from_the_catalog_cache_still_holds(root):
    # The cached catalog look-up keeps the translator comment, where an override of a refusal is stated.
    from kokuchi.publish.gate import override_comment

    source = "現在、原因を調査しております。次回は12時00分頃に状況をお知らせいたします。"
    refused = "We are investigating the cause. We will post the next update at around 12:30, a little later."
    po = root / "locales" / "en" / "LC_MESSAGES" / "notices.po"
    text = po.read_text("utf-8")
    old = 'msgstr "We are investigating the cause. We will post the next update at around 12:00."'
    assert old in text
    stated = f"# {override_comment(source, refused)}\n"
    text = text.replace(
        "#: notices/hikari-storage-latency/001.yaml:25\n", stated + "#: notices/hikari-storage-latency/001.yaml:25\n", 1
    )
    po.write_text(text.replace(old, f'msgstr "{refused}"'), "utf-8")
    notice = root / "notices" / "hikari-storage-latency" / "001.yaml"
    for _ in range(2):  # the second build reads the look-up from the cache, and rebuilds the notice's pages
        notice.write_text(notice.read_text("utf-8") + "# rebuilt\n", "utf-8")
        _site(root)
        pages = [p.read_text("utf-8") for p in (root / "site").rglob("*.en.html")]
        assert any("12:30, a little later" in page for page in pages)
