"""`kokuchi release`, `kokuchi catalog check` and `kokuchi site`: the gate, the bundle, immutability."""

from __future__ import annotations

import json
from pathlib import Path

import polib
import pytest
from conftest import run, snapshot, write

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.project.files import replace_folder

NOTICE = "aozora-sentinel-alerts"
PO_PATH = Path("locales/en/LC_MESSAGES/notices.po")
GLOSSARY = Glossary({"暫定対策": "workaround", "恒久対策": "permanent fix"}, ("Aozora Cloud Sentinel",))


def set_translation(root: Path, msgid_start: str, msgstr: str, flags: list[str] | None = None) -> None:
    cat = polib.pofile(str(root / PO_PATH), wrapwidth=0)
    for e in cat:
        if e.msgid.startswith(msgid_start):
            e.msgstr = msgstr
            if flags is not None:
                e.flags = flags
    cat.save(str(root / PO_PATH))


def release(root: Path, *args: str):
    return run(root, "release", NOTICE, "--out", str(root / "dist"), *args)


def test_release_writes_the_bundle_and_records_it(root):
    result = release(root)
    assert result.exit_code == 0, result.stderr
    folder = root / "dist" / NOTICE / "003"
    assert sorted(p.name for p in folder.iterdir()) == [
        "bilingual.html",
        "index.en.html",
        "index.ja.html",
        "mail.en.eml",
        "mail.ja.eml",
        "manifest.json",
        "notice.en.md",
        "notice.ja.md",
        "notice.json",
    ]
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert manifest["languages"] == ["ja", "en"] and manifest["allow_incomplete"] is False
    data = json.loads((folder / "notice.json").read_text("utf-8"))
    assert set(data["languages"]) == {"ja", "en"}
    assert data["events"][-1]["summary"] == {
        "ja": "再有効化の確認(2026年3月27日(金) 12:15 (JST))",
        "en": "Re-enablement confirmed (March 27, 2026, 12:15 PM JST)",
    }
    record = json.loads((root / "notices" / NOTICE / "released.json").read_text("utf-8"))
    assert list(record["revisions"]) == ["3"] and len(record["revisions"]["3"]["sha256"]) == 64
    assert "en" in record["revisions"]["3"]["translations"]
    assert run(root, "check").exit_code == 0


def test_release_is_reproducible(root, tmp_path):
    release(root)
    first = snapshot(root / "dist")
    assert release(root).stdout.startswith("unchanged ")
    other = run(root, "release", NOTICE, "--out", str(tmp_path / "again"))
    assert other.exit_code == 0
    assert snapshot(tmp_path / "again") == first


def test_a_released_revision_is_immutable(root):
    release(root)
    path = root / "notices" / NOTICE / "003.yaml"
    path.write_text(path.read_text("utf-8").replace("有効な状態に戻った", "有効な状態に戻りつつある"), "utf-8")
    result = run(root, "check")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"notices/{NOTICE}/003.yaml:1:1: (released): revision 3 was released (sha256 ")
    assert "released revisions are immutable" in result.stderr


def test_a_different_bundle_is_not_replaced_without_force(root):
    release(root)
    set_translation(root, "ご不明な点は、Aozora", "For any questions, please contact Aozora Support.")
    before = snapshot(root / "dist")
    result = release(root)
    assert result.exit_code == 1
    assert "already holds a different bundle for this revision; pass --force" in result.stderr
    assert snapshot(root / "dist") == before
    assert release(root, "--force").exit_code == 0
    assert "For any questions" in (root / "dist" / NOTICE / "003" / "index.en.html").read_text("utf-8")


@pytest.mark.parametrize(
    "flags,msgstr,check",
    [
        ([], "", "untranslated"),
        (["fuzzy"], "Malware detection worked normally.", "fuzzy"),
        (["kokuchi-flip"], "Malware detection worked normally.", "flip"),
    ],
)
def test_gate_refuses_missing_translations(root, flags, msgstr, check):
    set_translation(root, "なお、マルウェアの検知および隔離の処理そのものは正常に行われておりました", msgstr, flags)
    before = snapshot(root)
    result = release(root)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"notices/{NOTICE}/003.yaml:28:1: en:body: {check}: no usable translation for ")
    assert snapshot(root) == before


def test_allow_incomplete_shows_japanese_under_a_notice(root):
    set_translation(root, "なお、マルウェアの検知および隔離の処理そのものは正常に行われておりました", "")
    result = release(root, "--allow-incomplete")
    assert result.exit_code == 0, result.stderr
    assert "incomplete: en: 1 unit(s) shown in Japanese" in result.stdout
    folder = root / "dist" / NOTICE / "003"
    page = (folder / "index.en.html").read_text("utf-8")
    assert '<p class="banner" role="note">Some parts are not translated yet and are shown in Japanese.</p>' in page
    assert '<p class="untranslated" lang="ja">' in page
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert manifest["allow_incomplete"] is True and manifest["incomplete"] == {"en": 1}


def test_allow_incomplete_still_refuses_inconsistencies(root):
    set_translation(root, "なお、マルウェアの検知", "")
    set_translation(root, "監査ログに", 'The audit log repeatedly records "Event collection error (ID:4173)"')
    result = release(root, "--allow-incomplete")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"notices/{NOTICE}/003.yaml:26:1: en:body: entity: id 'ID:4172' has no match in the translation (expected 4172)",
        f"notices/{NOTICE}/003.yaml:28:1: en:body: untranslated: no usable translation for "
        "'なお、マルウェアの検知および隔離の処理そのものは正常に行われておりました。'",
    ]


def _consistency(root, source_start, bad, expected, notice=NOTICE):
    set_translation(root, source_start, bad)
    result = run(root, "release", notice, "--out", str(root / "dist"))
    assert result.exit_code == 1
    assert expected in result.stderr, result.stderr
    # The same check, on its own:
    alone = run(root, "catalog", "check", "-l", "en", notice)
    assert alone.exit_code == 1 and expected in alone.stderr


def test_gate_checks_dates_and_times(root):
    _consistency(
        root,
        "修正の適用後も一部のお客様環境で",
        "We confirmed on March 28, 2026 at 12:15 that it is enabled again everywhere. You do not need to ask us to enable it again.",
        "en:body: entity: date '2026年3月27日' has no match in the translation (expected March 27, 2026 or Mar 27, 2026 or 2026-03-27)",
    )


def test_gate_checks_ids(root):
    _consistency(
        root,
        "監査ログに",
        'The audit log repeatedly records "Event collection error (ID:4173)"',
        "en:body: entity: id 'ID:4172' has no match in the translation (expected 4172)",
    )


def test_gate_checks_links(root):
    _consistency(
        root,
        "本件に関するお問い合わせは",
        "For questions about this issue, please contact the [Kumo security desk](https://security.example.net/other).",
        "en:body: link: links differ",
        notice="kumo-gateway-header-advisory",
    )


def test_gate_checks_emphasis(root):
    _consistency(
        root,
        "コンピュータごとに設定する**スキャン除外リスト**の読み込み処理に不具合があったこと",
        "The cause was a fault in how the scan exclusion list set for each computer was loaded.",
        "en:body: emphasis: **bold** marks differ",
    )


def test_gate_checks_the_glossary(root):
    _consistency(
        root,
        "恒久対策が完了したため",
        "The fix is complete, so the temporary measure below is no longer needed.",
        "en:body: glossary: '暫定対策' must be translated as 'workaround'",
    )


def test_gate_keeps_product_names(root):
    _consistency(
        root,
        "Aozora Cloud Sentinel(以下、ACS)をご利用のお客様環境において、以下の事象が発生しておりました",
        "In customer environments using Aozora Sentinel (ACS), the following problems occurred.",
        "en:body: keep: 'Aozora Cloud Sentinel' must stay as it is",
    )


def test_catalog_check_passes_on_the_samples(root):
    result = run(root, "catalog", "check", "-l", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "ok: the en catalog is complete and consistent\n"


@pytest.mark.parametrize(
    "source,translation",
    [
        ("2023年7月18日 12時15分に確認しました。", "Confirmed on July 18, 2023 at 12:15 PM."),
        ("2023年7月18日 12時15分に確認しました。", "Confirmed at 12:15 on Jul 18, 2023."),
        ("ＩＤ：７２８のエラーです。", "This is error 728."),
        ("1回あたり最大60秒間停止します。", "Each outage lasts up to 60 seconds, once per switch."),
        ("暫定対策は不要です。", "The workaround is no longer needed."),
        ("[窓口](https://example.com/a)へ", "Contact [the desk](https://example.com/a)."),
    ],
)
def test_consistent_translations_pass(source, translation):
    assert check_unit(source, translation, GLOSSARY) == []


@pytest.mark.parametrize(
    "source,translation,check",
    [
        ("2023年7月18日 12時15分に確認しました。", "Confirmed on July 18, 2023 at 12:51 PM.", "entity"),
        ("2023年7月18日に確認しました。", "Confirmed on July 19, 2023.", "entity"),
        ("ID:728 のエラーです。", "This is error 782.", "entity"),
        ("https://example.com/a をご覧ください。", "See https://example.com/b.", "entity"),
        ("バージョン 5.2.7 で修正。", "Fixed in version 5.2.8.", "entity"),
        ("[窓口](https://example.com/a)へ", "Contact the desk.", "link"),
        ("**重要**です。", "Important.", "emphasis"),
        ("`max_hops` を設定", "Set max_hops.", "code"),
        ("恒久対策を実施しました。", "We applied the fix.", "glossary"),
        ("Aozora Cloud Sentinel の障害", "An incident in Aozora Sentinel", "keep"),
    ],
)
def test_inconsistent_translations_fail(source, translation, check):
    assert [f.check for f in check_unit(source, translation, GLOSSARY)] == [check]


def test_bad_glossary_is_a_clean_error(root):
    (root / "locales" / "glossary.yaml").write_text("terms: [暫定対策]\n", "utf-8")
    result = release(root)
    assert result.exit_code == 1
    assert result.stderr == (
        "locales/glossary.yaml:1:1: terms: expected a mapping of Japanese terms to their English, "
        "like 暫定対策: workaround, got a list\n"
    )


def test_an_interrupted_write_leaves_the_earlier_bundle(tmp_path, monkeypatch):
    destination = tmp_path / "dist" / "n" / "001"
    replace_folder({"a.txt": b"old"}, destination)

    def fail(*args, **kwargs):
        raise OSError("disk full")

    import kokuchi.project.files as module

    monkeypatch.setattr(module.os, "fsync", fail)
    with pytest.raises(OSError):
        replace_folder({"a.txt": b"new"}, destination)
    assert (destination / "a.txt").read_bytes() == b"old"
    assert [p.name for p in destination.parent.iterdir()] == ["001"]


def test_site_builds_every_page_and_rebuilds_only_what_changed(root):
    out = root / "site"
    first = run(root, "site", "--out", str(out))
    assert first.exit_code == 0, first.stderr
    assert first.stdout.splitlines()[0] == f"site: 6 notice(s), 6 rebuilt, in {out}"
    for name in (
        "index.html",
        f"{NOTICE}/index.ja.html",
        f"{NOTICE}/index.en.html",
        f"{NOTICE}/001/index.en.html",
        f"{NOTICE}/003/diff.ja.html",
        f"{NOTICE}/003/diff.en.html",
    ):
        assert (out / name).is_file(), name
    assert not (out / NOTICE / "001" / "diff.ja.html").exists()
    index = (out / "index.html").read_text("utf-8")
    assert "復旧済み" in index and 'href="aozora-sentinel-alerts/index.ja.html"' in index
    assert "Resolved" in (out / "index.en.html").read_text("utf-8")
    assert run(root, "site", "--out", str(out)).stdout.splitlines()[0] == f"site: 6 notice(s), 0 rebuilt, in {out}"
    write(
        root,
        "kumo-gateway-header-advisory",
        "004.yaml",
        (root / "notices" / "kumo-gateway-header-advisory" / "003.yaml")
        .read_text("utf-8")
        .replace("revision: 3", "revision: 4")
        .replace("published: 2026-05-26T11:00:00", "published: 2026-05-27T11:00:00"),
    )
    third = run(root, "site", "--out", str(out))
    assert third.stdout.splitlines()[0] == f"site: 6 notice(s), 1 rebuilt, in {out}"
    assert (out / "kumo-gateway-header-advisory" / "004" / "index.ja.html").is_file()


def test_site_refuses_an_invalid_notice(root):
    write(root, "broken-notice", "001.yaml", "revision: 1\n")
    result = run(root, "site", "--out", str(root / "site"))
    assert result.exit_code == 1
    assert result.stderr.startswith("notices/broken-notice/001.yaml:1:1: published: missing required key")


def test_notice_json_summaries_are_localized(root):
    result = run(root, "release", "hikari-storage-latency", "--out", str(root / "dist"))
    assert result.exit_code == 0, result.stderr
    data = json.loads((root / "dist" / "hikari-storage-latency" / "003" / "notice.json").read_text("utf-8"))
    added = next(e for e in data["events"] if e["type"] == "period-added")
    assert added["summary"]["en"].startswith(
        "Period added (Some buckets in the Osaka region (recurrence)): June 9, 2026"
    )
    assert added["summary"]["ja"].startswith("期間を追加(大阪リージョンの一部のバケット(再発)):")
    assert data["history"][0]["summaries"] == {"ja": ["第1報を掲載"], "en": ["First report published"]}
    assert data["history"][2]["summaries"]["en"][0] == "Reopened: Resolved → Investigating"


def test_a_project_without_catalogs_releases_in_japanese(empty_root):
    write(
        empty_root,
        "ja-only",
        "001.yaml",
        "revision: 1\npublished: 2026-01-01T10:00:00+09:00\nstatus: informational\ntitle: お知らせ\n",
    )
    result = run(empty_root, "release", "ja-only", "--out", str(empty_root / "dist"))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (empty_root / "dist" / "ja-only" / "001").iterdir()) == [
        "bilingual.html",
        "index.ja.html",
        "mail.ja.eml",
        "manifest.json",
        "notice.ja.md",
        "notice.json",
    ]


def test_site_without_notices_writes_nothing(empty_root):
    result = run(empty_root, "site", "--out", str(empty_root / "site"))
    assert result.exit_code == 1
    assert result.stderr == "kokuchi: error: no notices in notices/\n"
    assert not (empty_root / "site").exists()


REENABLED = "修正の適用後も一部のお客様環境で"


def test_gate_refuses_an_impossible_english_time(root):
    _consistency(
        root,
        REENABLED,
        "After the fix, the scan exclusion list remained disabled in some customer environments. We corrected this "
        "and confirmed on March 27, 2026 at 12:15 PM (00:15 PM) that it is enabled again in every customer environment.",
        "en:body: time: '00:15 PM' is not a valid time",
    )


def test_gate_rechecks_every_auto_updated_translation(root):
    # kokuchi-auto: kokuchi rewrote it from the previous source; the old time must not survive.
    cat = polib.pofile(str(root / PO_PATH), wrapwidth=0)
    entry = next(e for e in cat if e.msgid.startswith(REENABLED))
    entry.previous_msgid = entry.msgid.replace("12時15分", "9時15分")
    entry.msgstr = entry.msgstr.replace("at 12:15", "at 12:15 (first seen at 9:15)")
    entry.flags = ["kokuchi-auto"]
    cat.save(str(root / PO_PATH))
    result = release(root)
    assert result.exit_code == 1
    assert (
        "en:body: auto: the translation still says '9時15分', which the source changed to '12時15分'" in result.stderr
    )
    # Reviewed (the flag removed), the same text is the translator's own: only the usual checks apply,
    # and they look both ways: 9:15 is a time the source no longer says.
    set_translation(root, REENABLED, entry.msgstr, [])
    refused = release(root)
    assert refused.exit_code == 1
    assert "en:body: entity: the translation says '9:15', which the source does not" in refused.stderr
    # The translator states it correct: bound to this source and this translation, it passes and is recorded.
    _override(root, REENABLED)
    result = release(root)
    assert result.exit_code == 0, result.stderr
    assert "override: en: " in result.stdout
    manifest = json.loads((root / "dist" / NOTICE / "003" / "manifest.json").read_text("utf-8"))
    assert [o["role"] for o in manifest["overrides"]["en"]] == ["body"]


def _override(root: Path, msgid_start: str, *, translation: str | None = None) -> None:
    from kokuchi.publish.gate import override_comment

    cat = polib.pofile(str(root / PO_PATH), wrapwidth=0)
    entry = next(e for e in cat if e.msgid.startswith(msgid_start))
    entry.tcomment = override_comment(entry.msgid, translation if translation is not None else entry.msgstr)
    cat.save(str(root / PO_PATH))


def test_an_override_binds_one_source_and_one_translation(root):
    stale = "After the fix, the scan exclusion list stayed disabled; we re-enabled it at 9:15."
    set_translation(root, REENABLED, stale, [])
    check = run(root, "catalog", "check", "-l", "en")
    assert check.exit_code == 1
    assert "note: override: if this translation is correct, state it with the translator comment" in check.stderr
    _override(root, REENABLED)
    check = run(root, "catalog", "check", "-l", "en")
    assert check.exit_code == 0, check.stderr
    assert "stated correct by kokuchi-override" in check.stdout
    assert "note: override: the translator states this refused translation correct" in check.stderr
    # Any later edit of the translation voids it.
    cat = polib.pofile(str(root / PO_PATH), wrapwidth=0)
    entry = next(e for e in cat if e.msgid.startswith(REENABLED))
    entry.msgstr = entry.msgstr.replace("9:15", "9:51")
    cat.save(str(root / PO_PATH))
    check = run(root, "catalog", "check", "-l", "en")
    assert check.exit_code == 1
    assert "the override in this entry is void" in check.stderr
    assert release(root).exit_code == 1


def test_gate_accepts_ordinals_phone_numbers_durations_and_names_with_digits():
    for source, translation in [
        (
            "Aozora Cloud Sentinel: 検知アラートが通知されない障害(第1報)",
            "Aozora Cloud Sentinel: detection alerts not delivered (1st report)",
        ),
        ("お問い合わせはフリーダイヤル0120-123-456まで。", "Call us toll-free at 0120-123-456."),
        ("作業には約1時間かかります。", "The work takes about one hour."),
        ("IPv6での接続が切断される場合があります。", "Connections over IPv6 may be dropped."),
    ]:
        assert check_unit(source, translation, GLOSSARY) == [], source
