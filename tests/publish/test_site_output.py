"""The site's output folder when it is shared with the user (issue 20): what
kokuchi finds there is left as it was, and product pages cannot collide."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from conftest import run

NOTICE = "aozora-sentinel-alerts"


def _touch(root: Path) -> None:
    """Append a comment to a revision: that notice is rebuilt."""
    path = root / "notices" / NOTICE / "001.yaml"
    path.write_text(path.read_text("utf-8") + "# edited\n", "utf-8")


def test_a_rebuild_keeps_the_users_folders_empty_or_private(root):
    out = root / "www"
    assert run(root, "site", "--out", str(out)).exit_code == 0
    (out / NOTICE / "drafts").mkdir()  # empty
    private = out / NOTICE / "private"
    private.mkdir()
    (private / "notes.txt").write_text("mine", "utf-8")
    private.chmod(0o700)
    (out / "mine").mkdir()  # beside the pages
    _touch(root)
    result = run(root, "site", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert (out / NOTICE / "drafts").is_dir() and not any((out / NOTICE / "drafts").iterdir())
    assert stat.S_IMODE(os.lstat(private).st_mode) == 0o700
    assert (private / "notes.txt").read_text("utf-8") == "mine"
    assert (out / "mine").is_dir()


def test_a_file_where_a_notice_folder_goes_is_refused_not_moved(root):
    out = root / "www"
    out.mkdir()
    (out / NOTICE).write_text("the user's file", "utf-8")
    result = run(root, "site", "--out", str(out))
    assert result.exit_code == 1
    assert f"www/{NOTICE}:1:1: (folder): is not a folder" in result.stderr
    assert (out / NOTICE).read_text("utf-8") == "the user's file"
    assert sorted(p.name for p in out.iterdir()) == [NOTICE]  # nothing written beside it either


def test_products_differing_in_punctuation_get_pages_of_their_own(root):
    from kokuchi.publish.site.urls import product_slug

    names = ["Aozora ID", "Aozora-ID", "Aozora ID.", "Aozora  ID", "青空 ID"]
    assert len({product_slug(name) for name in names}) == len(names)
    assert product_slug("Aozora ID") == "aozora-id"  # plain names keep their readable pages
    long_name = "Aozora ID " * 12 + "Plus"
    assert len(f"product-{product_slug(long_name)}.en.html".encode()) < 100
    for notice in ("aozora-sentinel-alerts", "hikari-storage-latency"):
        path = root / "notices" / notice / "001.yaml"
        text = path.read_text("utf-8")
        first = text.split("products:\n  - ", 1)[1].split("\n", 1)[0]
        other = "Aozora-ID" if notice.startswith("aozora") else "Aozora ID"
        path.write_text(text.replace(f"products:\n  - {first}", f"products:\n  - {other}", 1), "utf-8")
    result = run(root, "site")
    assert result.exit_code == 0, result.output
    assert (root / "site" / "product-aozora-id.ja.html").is_file()
    assert (root / "site" / f"product-{product_slug('Aozora-ID')}.ja.html").is_file()


def test_a_product_name_too_long_for_a_file_name_is_a_located_problem(root):
    path = root / "notices" / NOTICE / "001.yaml"
    path.write_text(path.read_text("utf-8").replace("  - Aozora Cloud Sentinel", "  - " + "A" * 325, 1), "utf-8")
    result = run(root, "check")
    assert result.exit_code == 1
    assert f"notices/{NOTICE}/001.yaml:8:5: products[0]: " in result.stderr
    assert "is longer than 120 characters" in result.stderr


def test_revision_pages_link_the_history_instead_of_repeating_it(root):
    """Each revision's page links the notice's page for the history: repeated on
    every revision's page, it made the site quadratic in revisions."""
    assert run(root, "site").exit_code == 0
    folder = root / "site" / NOTICE
    for lang in ("ja", "en"):
        notice_page = (folder / f"index.{lang}.html").read_text("utf-8")
        assert notice_page.count('id="history"') == 1
        for number in (1, 2, 3):
            page = (folder / f"{number:03d}" / f"index.{lang}.html").read_text("utf-8")
            assert 'class="history"' not in page
            assert f'href="../index.{lang}.html#history"' in page


def test_a_planted_catalog_cache_never_skips_the_translation_checks(root):
    """The catalog look-up cache lives in the output folder (a restored CI
    cache): a translation read from it passes the same checks as one read from
    the catalog, whatever its digest says."""
    import json

    assert run(root, "site").exit_code == 0
    cache = root / "site" / ".kokuchi-catalog.en.json"
    data = json.loads(cache.read_text("utf-8"))
    row = next(row for row in data["entries"] if row[0] == "body" and row[2])
    row[2] = row[2] + ' <img src=x onerror="alert(1)">planted'
    cache.write_text(json.dumps(data, ensure_ascii=False), "utf-8")  # the digest still matches the catalog
    _touch(root)
    result = run(root, "site")
    assert result.exit_code == 0, result.output
    for page in (root / "site").rglob("*.en.html"):
        assert "planted" not in page.read_text("utf-8"), page
