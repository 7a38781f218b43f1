"""English rendering from the catalogs, the untranslated fallback, --strict and --tz."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import polib
from conftest import run
from hypothesis import given, settings
from hypothesis import strategies as st

from kokuchi.catalog import po
from kokuchi.catalog.extract import extract, init
from kokuchi.catalog.merge import merge
from kokuchi.core.model import Notice, Revision, Section, SectionKind, Status
from kokuchi.language.flips import load_flip_pairs

PO_PATH = Path("locales/en/LC_MESSAGES/notices.po")


def _untranslate(root: Path, msgid_start: str) -> None:
    cat = polib.pofile(str(root / PO_PATH), wrapwidth=0)
    for e in cat:
        if e.msgid.startswith(msgid_start):
            e.msgstr = ""
    cat.save(str(root / PO_PATH))


def test_sample_notices_are_completely_translated(root):
    for notice in (
        "aozora-sentinel-alerts",
        "hikari-storage-latency",
        "kumo-gateway-header-advisory",
        "sakura-db-maintenance",
    ):
        result = run(root, "show", notice, "--lang", "en", "--strict")
        assert result.exit_code == 0, result.stderr
        assert "[untranslated]" not in result.stdout


def test_untranslated_unit_falls_back_with_a_visible_mark(root):
    _untranslate(root, "なお、マルウェアの検知")
    text = run(root, "show", "aozora-sentinel-alerts", "--lang", "en").stdout
    assert "  [untranslated] なお、マルウェアの検知および隔離の処理そのものは正常に行われておりました。" in text
    html = run(root, "show", "aozora-sentinel-alerts", "--lang", "en", "--format", "html").stdout
    assert (
        '<p class="untranslated" lang="ja"><span class="mark" lang="en">[untranslated]</span> '
        "なお、マルウェアの検知および隔離の処理そのものは正常に行われておりました。</p>"
    ) in html
    md = run(root, "show", "aozora-sentinel-alerts", "--lang", "en", "--format", "md").stdout
    assert "\\[untranslated\\] なお、" in md


def test_strict_lists_the_missing_units(root):
    _untranslate(root, "なお、マルウェアの検知")
    result = run(root, "show", "aozora-sentinel-alerts", "--lang", "en", "--strict")
    assert result.exit_code == 1
    assert result.stderr == (
        "notices/aozora-sentinel-alerts/003.yaml:28:1: body: untranslated: "
        "なお、マルウェアの検知および隔離の処理そのものは正常に行われておりました。\n"
    )


def test_fuzzy_is_not_a_usable_translation(root):
    cat = polib.pofile(str(root / PO_PATH), wrapwidth=0)
    next(e for e in cat if e.msgid == "Kumo Gateway 5.3.3").flags.append("fuzzy")
    cat.save(str(root / PO_PATH))
    result = run(root, "show", "kumo-gateway-header-advisory", "--lang", "en", "--strict")
    assert result.exit_code == 1
    assert "body: fuzzy: Kumo Gateway 5.3.3" in result.stderr


def test_english_dates_and_zone(root):
    out = run(root, "show", "aozora-sentinel-alerts", "--lang", "en").stdout
    assert "All regions except ap-2: March 2, 2026, 9:00 AM JST (approx.) – March 20, 2026, 7:00 PM" in out
    converted = run(root, "show", "aozora-sentinel-alerts", "--lang", "en", "--tz", "America/New_York").stdout
    assert "Published: March 26, 2026, 11:15 PM EDT" in converted
    utc = run(root, "show", "aozora-sentinel-alerts", "--tz", "UTC").stdout
    assert "掲載日時: 2026年3月27日(金) 3:15 (UTC)" in utc


def test_unknown_time_zone(root):
    result = run(root, "show", "aozora-sentinel-alerts", "--tz", "Mars/Olympus")
    assert result.exit_code == 1
    assert (
        result.stderr
        == "kokuchi: error: unknown time zone 'Mars/Olympus' (use an IANA name such as Asia/Tokyo or UTC)\n"
    )


def test_english_diff_and_log_use_the_catalog(root):
    out = run(root, "log", "aozora-sentinel-alerts", "--lang", "en").stdout
    assert "Requesting the feature to be disabled: withdrawn" in out


# Property: over random sequences of revisions, no translation that existed
# before an update disappears after it (kept, fuzzy, auto-updated or obsolete).
SENTENCES = [
    "機能Xを無効化してください。",
    "機能Xを有効化してください。",
    "暫定対策は不要です。",
    "暫定対策が必要です。",
    "午後7時00分に復旧しました。",
    "午後5時00分に復旧しました。",
    "ID:728 のエラーが発生しました。",
    "ID:729 のエラーが発生しました。",
    "調査を開始しました。",
    "原因を特定しました。",
    "影響はありません。",
]
BODIES = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4, unique=True)


def _revision(n: int, paragraphs: list[str]) -> Revision:
    return Revision(
        notice_id="prop-notice",
        number=n,
        published=datetime(2026, 1, 1) + timedelta(days=n),
        status=Status.INVESTIGATING,
        title="件名",
        sections=(Section(id="note", kind=SectionKind.NOTE, body="\n\n".join(paragraphs) + "\n"),),
        content_lines={},
        positions={},
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(BODIES, min_size=2, max_size=5), st.booleans())
def test_no_translation_is_ever_lost(bodies, prune_between):
    pairs = load_flip_pairs()
    revisions = [_revision(1, bodies[0])]
    catalog = init(extract([Notice("prop-notice", tuple(revisions))]), "en")
    for e in catalog:
        e.msgstr = f"EN<{e.msgid}>"
    for n, body in enumerate(bodies[1:], start=2):
        before = {(e.msgctxt, e.msgid): e.msgstr for e in catalog if e.msgstr}
        # A later snapshot may drop earlier revisions' texts only if they are gone from every revision.
        revisions = [_revision(n, body)]
        catalog, _ = merge(extract([Notice("prop-notice", tuple(revisions))]), catalog, pairs)
        after = {(e.msgctxt, e.msgid): e.msgstr for e in catalog}
        for key, text in before.items():
            assert after.get(key) == text, key
        catalog = po.parse(po.to_text(catalog))


def test_a_revision_may_name_its_time_zone(empty_root):
    from conftest import write

    text = (
        "revision: 1\npublished: 2026-01-15T09:00:00-05:00\nstatus: scheduled\ntitle: 件名\n"
        "timezone: America/New_York\n"
    )
    write(empty_root, "zoned-notice", "001.yaml", text)
    out = run(empty_root, "show", "zoned-notice", "--lang", "en").stdout
    assert "Published: January 15, 2026, 9:00 AM EST" in out
    write(empty_root, "zoned-notice", "001.yaml", text.replace("America/New_York", "Mars/Olympus"))
    result = run(empty_root, "check")
    assert (
        result.stderr.splitlines()[0]
        == "notices/zoned-notice/001.yaml:5:1: timezone: 'Mars/Olympus' is not an IANA time zone (e.g. Asia/Tokyo)"
    )
