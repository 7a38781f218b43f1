"""`kokuchi diff` and `kokuchi log`: typed events on the sample notices, options, errors."""

from __future__ import annotations

import json

from conftest import run, write

from kokuchi.diff.events import compare
from kokuchi.language.labels import labels
from kokuchi.notice.load import parse_revision
from kokuchi.views.history import summarize


def events(root, notice, *revs, extra=()):
    result = run(root, "diff", notice, *revs, "--format", "json", *extra)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["events"]


def by_type(evs, kind):
    return [e for e in evs if e["type"] == kind]


def test_json_shape(root):
    data = json.loads(run(root, "diff", "aozora-sentinel-alerts", "--format", "json").stdout)
    assert (data["notice"], data["from"], data["to"]) == ("aozora-sentinel-alerts", 2, 3)
    assert [e["type"] for e in data["events"]] == ["status-changed", "section-edited", "update-added"]


def test_status_changed(root):
    (event,) = by_type(events(root, "aozora-sentinel-alerts", "2", "3"), "status-changed")
    assert event == {
        "type": "status-changed",
        "from": "monitoring",
        "to": "resolved",
        "reopened": False,
        "summary": "状況: 経過観察中 → 復旧済み",
    }


def test_reopened(root):
    (event,) = by_type(events(root, "hikari-storage-latency", "2", "3", extra=["--lang", "en"]), "status-changed")
    assert event["reopened"] is True
    assert event["summary"] == "Reopened: Resolved → Investigating"


def test_title_changed(root):
    (event,) = by_type(events(root, "hikari-storage-latency", "2", "3"), "title-changed")
    assert event["ops"] == [[0, "Hikari Object Storage 応答遅延"], [1, "の再発"], [0, "について"]]
    assert event["to"] == "Hikari Object Storage 応答遅延の再発について"


def test_products_changed(root):
    (event,) = by_type(
        events(root, "kumo-gateway-header-advisory", "2", "3", extra=["--lang", "en"]), "products-changed"
    )
    assert (event["added"], event["removed"], event["summary"]) == (
        ["Kumo Gateway Lite"],
        [],
        "Product added: Kumo Gateway Lite",
    )


def test_period_ended_per_region(root):
    evs = by_type(events(root, "aozora-sentinel-alerts", "1", "2", extra=["--lang", "en"]), "period-ended")
    # In English, the scopes come from the catalog.
    assert [(e["scope"], e["end"]) for e in evs] == [
        ("All regions except ap-2", "2026-03-20T19:00:00+09:00"),
        ("ap-2 region", "2026-03-23T17:00:00+09:00"),
    ]
    # The period's approximate times stay approximate; the update that reports the recovery is part of it.
    assert evs[1]["approximate"] is True and evs[1]["update"]["kind"] == "fix-deployed"
    assert evs[1]["summary"] == "Recovered (ap-2 region): March 23, 2026, 5:00 PM JST (approx.) (update: Fix deployed)"
    assert not by_type(events(root, "aozora-sentinel-alerts", "1", "2"), "update-added")


def test_period_added_and_removed(root):
    evs = events(root, "hikari-storage-latency", "1", "2")
    (removed,) = by_type(evs, "period-removed")
    (added,) = by_type(evs, "period-added")
    assert removed == {
        "type": "period-removed",
        "scope": "大阪リージョン",
        "start": "2026-06-08T10:40:00+09:00",
        "end": None,
        "approximate": True,  # 頃 kept
        "summary": "期間を削除(大阪リージョン): 2026年6月8日(月) 10:40頃 ～ 継続中 (JST)",
    }
    assert added["scope"] == "大阪リージョンの一部のバケット"


def test_period_changed(root):
    evs = by_type(events(root, "sakura-db-maintenance", "1", "2", extra=["--lang", "en"]), "period-changed")
    assert [(e["field"], e["from"], e["to"]) for e in evs] == [
        ("start", "2026-04-18T01:00:00+09:00", "2026-04-25T02:00:00+09:00"),
        ("end", "2026-04-18T05:00:00+09:00", "2026-04-25T06:00:00+09:00"),
    ]
    assert (
        evs[1]["summary"]
        == "End time changed (Tokyo region): April 18, 2026, 5:00 AM JST → April 25, 2026, 6:00 AM JST"
    )


def test_section_added_and_removed(root):
    evs = events(root, "hikari-storage-latency", "2", "3") + events(root, "hikari-storage-latency", "1", "2")
    assert by_type(evs, "section-added")[0] == {
        "type": "section-added",
        "id": "cause",
        "kind": "cause",
        "summary": "項目を追加: 原因",
    }
    assert by_type(evs, "section-removed")[0] == {
        "type": "section-removed",
        "id": "status-note",
        "kind": "note",
        "summary": "項目を削除: 調査状況",
    }


def test_workaround_no_longer_needed(root):
    evs = by_type(events(root, "aozora-sentinel-alerts", "1", "2", extra=["--lang", "en"]), "section-state-changed")
    assert [(e["id"], e["from"], e["to"], e["summary"]) for e in evs] == [
        (
            "workaround",
            "active",
            "unnecessary",
            "The workaround is no longer needed (update: Workaround no longer needed)",
        ),
        ("alternative", "active", "unnecessary", "Alternatives: no longer needed"),
        ("request", "active", "withdrawn", "Requesting the feature to be disabled: withdrawn"),
    ]


def test_section_edited_ops(root):
    evs = by_type(events(root, "sakura-db-maintenance", "3", "4"), "section-edited")
    (impact,) = evs
    assert impact["field"] == "body"
    assert [-1, "ます"] in impact["ops"] and [1, "ました"] in impact["ops"]
    assert impact["summary"] == "影響内容: 本文を修正"


def test_re_enablement_confirmed(root):
    (event,) = by_type(events(root, "aozora-sentinel-alerts", "2", "3", extra=["--lang", "en"]), "update-added")
    assert event == {
        "type": "update-added",
        "at": "2026-03-27T12:15:00+09:00",
        "kind": "re-enabled",
        "body": "We have confirmed that the scan exclusion list is enabled again in every customer environment.",
        "summary": "Re-enablement confirmed (March 27, 2026, 12:15 PM JST)",
    }


def test_update_changed_with_amendment(root):
    (event,) = by_type(events(root, "hikari-storage-latency", "2", "3"), "update-changed")
    assert event["amended"] == "影響範囲を大阪リージョン全体と記載していたため訂正しました。"
    # The reason is part of the summary, so diff, log and the pages' history say why.
    assert event["summary"] == (
        "掲載済みの更新を訂正(2026年6月8日(月) 11:20 (JST)):影響範囲を大阪リージョン全体と記載していたため訂正しました。"
    )


def test_update_removed(root):
    # check refuses a removed update, so the two revisions are parsed one by one.
    latest = (root / "notices" / "sakura-db-maintenance" / "004.yaml").read_bytes()
    removed = latest[: latest.index(b"  - at: 2026-04-25T04:40:00+09:00")].replace(b"04:50:00", b"05:50:00")
    old, _ = parse_revision(latest, "004.yaml", "sakura-db-maintenance", 4)
    new, problems = parse_revision(
        removed.replace(b"revision: 4", b"revision: 5"), "005.yaml", "sakura-db-maintenance", 5
    )
    assert problems == []
    (event,) = compare(old, new)
    assert event.to_json() == {"type": "update-removed", "at": "2026-04-25T04:40:00+09:00", "kind": "confirmed"}
    assert summarize(event, old, new, labels("en")) == "A published update was removed (April 25, 2026, 4:40 AM JST)"


def test_no_changes(root):
    result = run(root, "diff", "aozora-sentinel-alerts", "3", "3")
    assert result.exit_code == 0
    assert "変更なし" in result.stdout
    assert run(root, "diff", "aozora-sentinel-alerts", "3", "3", "--exit-code").exit_code == 0


def test_exit_code(root):
    assert run(root, "diff", "aozora-sentinel-alerts", "--exit-code").exit_code == 1
    assert run(root, "diff", "aozora-sentinel-alerts").exit_code == 0


def _with_width_edit(root):
    path = root / "notices" / "kumo-gateway-header-advisory" / "003.yaml"
    text = path.read_text("utf-8")
    path.write_text(
        text.replace("KGW-2026-0031", "ＫＧＷ－２０２６－００３１").replace(
            "本件に関するお問い合わせは、", "本件に関する　お問い合わせは、"
        ),
        "utf-8",
    )


def test_ignore_width_and_space(root):
    _with_width_edit(root)
    plain = events(root, "kumo-gateway-header-advisory", "2", "3")
    assert {e["id"] for e in by_type(plain, "section-edited")} == {"affected", "impact", "fix", "contact"}
    width = events(root, "kumo-gateway-header-advisory", "2", "3", extra=["--ignore-width"])
    # NFKC maps U+3000 to a space, so the contact edit remains without --ignore-space.
    assert {e["id"] for e in by_type(width, "section-edited")} == {"affected", "fix", "contact"}
    both = events(root, "kumo-gateway-header-advisory", "2", "3", extra=["--ignore-width", "--ignore-space"])
    assert {e["id"] for e in by_type(both, "section-edited")} == {"affected", "fix"}


def test_ignore_options_still_show_the_original_text(root):
    _with_width_edit(root)
    result = run(root, "diff", "kumo-gateway-header-advisory", "2", "3", "--ignore-width", "--format", "json")
    fix = next(e for e in json.loads(result.stdout)["events"] if e.get("id") == "fix")
    assert "".join(t for op, t in fix["ops"] if op != -1).startswith("本脆弱性を修正した")


def test_text_marks_when_piped_and_colour_on_a_terminal(root):
    piped = run(root, "diff", "sakura-db-maintenance", "3", "4").stdout
    assert "\x1b[" not in piped
    assert "[-ます-]" in piped and "{+でした+}" in piped
    from kokuchi.commands import changes
    from kokuchi.render import render

    coloured = render(changes.diff(root, "sakura-db-maintenance", old=3, new=4), "text", color=True)
    assert "\x1b[" in coloured and "{+" not in coloured


def test_html_diff_escapes_notice_text(empty_root):
    base = """revision: {n}\npublished: 2026-01-0{n}T10:00:00+09:00\nstatus: investigating\ntitle: {title}\n"""
    write(empty_root, "xss-notice", "001.yaml", base.format(n=1, title="件名"))
    write(empty_root, "xss-notice", "002.yaml", base.format(n=2, title='"<script>alert(1)</script>"'))
    html = run(empty_root, "diff", "xss-notice", "--format", "html").stdout
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    md = run(empty_root, "diff", "xss-notice", "--format", "md").stdout
    assert "<script>" not in md


def test_single_revision_has_nothing_to_compare(empty_root):
    write(
        empty_root,
        "one-revision",
        "001.yaml",
        "revision: 1\npublished: 2026-01-01T10:00:00+09:00\nstatus: investigating\ntitle: 件名\n",
    )
    result = run(empty_root, "diff", "one-revision")
    assert result.exit_code == 1
    assert (
        result.stderr
        == "kokuchi: error: notice 'one-revision' has only report 1; there is nothing to compare it with\n"
    )


def test_unknown_revision(root):
    result = run(root, "diff", "aozora-sentinel-alerts", "1", "7")
    assert result.exit_code == 1
    assert result.stderr == "kokuchi: error: notice 'aozora-sentinel-alerts' has no revision 7 (it has 1 to 3)\n"


def test_log_lists_each_revision_with_its_events(root):
    data = json.loads(run(root, "log", "aozora-sentinel-alerts", "--format", "json", "--lang", "en").stdout)
    assert [r["revision"] for r in data["revisions"]] == [1, 2, 3]
    assert data["revisions"][0]["events"] == []
    assert data["revisions"][2]["events"][-1]["summary"] == "Re-enablement confirmed (March 27, 2026, 12:15 PM JST)"


class _Terminal:
    def isatty(self):
        return True


def test_colour_only_on_a_terminal_without_no_color(monkeypatch):
    from kokuchi.cli import output

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert output.color(_Terminal()) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert output.color(_Terminal()) is False
    monkeypatch.delenv("NO_COLOR")
    assert output.color(open(__file__)) is False


def test_markdown_diff_keeps_each_change_on_its_line(root):
    # Rendered by a CommonMark parser, a removed list stays text inside its
    # marks: no list item, no code block, and no change spans a line break.
    from markdown_it import MarkdownIt

    for lang in ("ja", "en"):
        source = run(root, "diff", "aozora-sentinel-alerts", "1", "2", "--format", "md", "--lang", lang).stdout
        texts = source[source.index("\n## ", source.index("## ") + 1) :]  # the text changes, after the events
        rendered = MarkdownIt("commonmark").render(texts)
        assert "<li>" not in rendered and "<pre>" not in rendered
        assert "<del>- " in rendered
        for line in rendered.split("<br />"):
            for tag in ("del", "ins"):
                assert line.count(f"<{tag}>") == line.count(f"</{tag}>"), line


def test_an_english_diff_reads_the_reversal_in_the_japanese(root):
    # 回避策が必要 → 不要: the English edition's diff says so too, though the
    # flip detector reads Japanese (the translations are what it compares).
    # The workaround became unnecessary in the same report: one state change carries the reversed body edit.
    for lang in ("ja", "en"):
        (event,) = by_type(
            events(root, "hoshi-directory-saml-advisory", "2", "3", extra=["--lang", lang]), "section-state-changed"
        )
        assert event["id"] == "workaround" and event["reversed"] is True and event["ops"]
