"""The format's elements for real notices: Japanese line joining, numbered items in five
forms, sub-headings, notes bound to marks, lead and closing, next update, period notes;
and the checks that come with them (every body problem at its file line, pasted bullets,
hard line breaks, an overdue next update)."""

from __future__ import annotations

import email
import json
import re
from pathlib import Path

import polib
import pytest
from conftest import PROJECT, REPO, run, write

from kokuchi.catalog.entries import USABLE, catalog_entries, unit_state
from kokuchi.notice import markup
from kokuchi.notice.load import load_all
from kokuchi.notice.units import units
from kokuchi.project.layout import Store

N = "format-demo"
HEAD = "revision: 1\npublished: 2026-03-04T10:00:00+09:00\ntype: incident\nstatus: {status}\ntitle: テスト\n"


@pytest.mark.parametrize(
    "text,joined",
    [
        ("おりましたが、\n2023年7月18日", "おりましたが、2023年7月18日"),  # 、 is wide
        ("(以下、C1EWS)\nをご利用中", "(以下、C1EWS)をご利用中"),  # を is wide
        ("Cloud One -\nEndpoint", "Cloud One - Endpoint"),  # two narrow characters
        ("設定の\nAgent", "設定のAgent"),
        ("Agent\nの設定", "Agentの設定"),
        ("※\n1", "※1"),  # ambiguous-width symbols are set wide in Japanese text
        ("for the\nservice", "for the service"),
        ("  前後の空白は  \n  除きます  ", "前後の空白は除きます"),
    ],
)
def test_line_joining_suits_japanese(text, joined):
    assert markup.join_lines(text) == joined


def test_every_output_and_every_unit_joins_the_same_way(empty_root):
    write(
        empty_root,
        N,
        "001.yaml",
        HEAD.format(status="investigating") + "sections:\n  - kind: impact\n"
        "    body: |\n      おりましたが、\n      2023年に(以下、C1EWS)\n      をご利用中\n",
    )
    for fmt in ("text", "md", "html", "eml"):
        shown = run(empty_root, "show", N, "--format", fmt).stdout
        if fmt == "eml":  # the body of the message, whatever its transfer encoding
            message = email.message_from_string(shown.replace("\\u000d", ""))
            shown = message.get_payload(decode=True).decode("utf-8")
        # a line wrapped by the mail's width is joined back with its indent; no other space is removed
        assert "おりましたが、2023年に(以下、C1EWS)をご利用中" in re.sub(r"\r?\n[ ]*", "", shown), fmt
    assert run(empty_root, "catalog", "extract").exit_code == 0
    pot = polib.pofile(str(empty_root / "locales" / "notices.pot"))
    assert "おりましたが、2023年に(以下、C1EWS)をご利用中" in [e.msgid for e in pot]


@pytest.mark.parametrize("project", [REPO, PROJECT], ids=["samples", "fixture project"])
def test_every_translated_unit_keeps_its_translation_under_the_new_joining(project):
    """The migration test: every unit of every revision, extracted with the new joining,
    finds a usable translation in the project's catalog."""
    store = Store(project)
    entries = catalog_entries(store, "en")
    missing = [
        unit.location
        for notice in load_all(store)
        for revision in notice.revisions
        for unit in units(revision)
        if unit_state(entries.get(unit.key)) not in USABLE
    ]
    assert missing == []


def test_a_catalog_written_with_the_old_joining_keeps_its_translations(empty_root):
    """Before, ``、⏎2023`` became ``、 2023`` in the msgid; the update carries the translation."""
    write(
        empty_root,
        N,
        "001.yaml",
        HEAD.format(status="resolved") + "sections:\n  - kind: impact\n"
        "    body: |\n      復旧しておりましたが、\n      2023年7月18日に再発しました。\n",
    )
    assert run(empty_root, "catalog", "init", "-l", "en").exit_code == 0
    po = empty_root / "locales" / "en" / "LC_MESSAGES" / "notices.po"
    catalog = polib.pofile(str(po))
    for entry in catalog:  # the catalog as the old joining wrote it, translated
        if entry.msgctxt == "title":
            entry.msgstr = "Test"
        else:
            entry.msgid = "復旧しておりましたが、 2023年7月18日に再発しました。"
            entry.msgstr = "It had recovered, but recurred on July 18, 2023."
    catalog.save()
    assert run(empty_root, "catalog", "update", "-l", "en").exit_code == 0
    entry = {e.msgid: e for e in polib.pofile(str(po))}["復旧しておりましたが、2023年7月18日に再発しました。"]
    assert entry.msgstr == "It had recovered, but recurred on July 18, 2023."
    assert "fuzzy" not in entry.flags
    shown = run(empty_root, "show", N, "--lang", "en").stdout
    assert "It had recovered, but recurred on July 18, 2023." in shown
    assert "[untranslated]" not in shown


def test_numbered_items_in_five_forms_and_sub_headings():
    body = (
        "前文\n(1) 一つ目\n(2) 二つ目\n\n### 小見出し\n\n手順1 開く\n手順2 押す\n\n① 甲\n② 乙\n\n"
        "[1] 番号\n[2] 日付\n\n1. 設定\n2. 控える\n"
    )
    blocks = markup.blocks(body)
    assert [(b.kind, b.markers) for b in blocks] == [
        ("paragraph", ()),
        ("ordered", ("(1)", "(2)")),
        ("heading", ()),
        ("ordered", ("手順1", "手順2")),
        ("ordered", ("①", "②")),
        ("ordered", ("[1]", "[2]")),
        ("ordered", ("1.", "2.")),
    ]
    rebuilt = markup.blocks(markup.compose(blocks))  # what a translation is rebuilt through
    assert [(b.kind, b.items, b.markers) for b in rebuilt] == [(b.kind, b.items, b.markers) for b in blocks]


def test_every_new_element_shows_in_every_output_and_english_localizes_the_step_mark(root):
    text = run(root, "show", "minato-report-delay", "--rev", "1", "--lang", "en").stdout
    assert "Step 1 Open [Reports] in the management console." in text
    assert "Next update\n  February 10, 2026, 3:00 PM JST" in text
    html = run(root, "show", "minato-report-delay", "--format", "html").stdout
    assert '<ol class="numbered">' in html and '<span class="marker">①</span>' in html
    assert "<h3>影響を受けるお客様</h3>" in html
    assert '<span class="note-mark">※1</span>' in html
    assert '<div class="lead">' in html and '<div class="closing">' in html
    md = run(root, "show", "minato-report-delay", "--format", "md").stdout
    assert "1. 前日のデータ量が通常の3倍あったこと\n2. 集計サーバー1台が停止していたこと(※2)" in md
    assert "### 影響を受けるお客様" in md
    data = json.loads(run(root, "show", "minato-report-delay", "--rev", "1", "--format", "json").stdout)
    assert data["next-update"] == "2026-02-10T15:00:00+09:00"
    assert data["sections"][0]["notes"] == [{"mark": "※1", "body": "週次レポートと月次レポートは対象外です。\n"}]
    assert data["periods"][0]["note"] == "開始時刻は配信ログから推定したものです。"


def test_when_there_is_news_is_shown_in_each_language(empty_root):
    write(empty_root, N, "001.yaml", HEAD.format(status="investigating") + "next-update: when-news\n")
    assert "進展があり次第お知らせします" in run(empty_root, "show", N).stdout
    assert "When there is news" in run(empty_root, "show", N, "--lang", "en").stdout
    assert run(empty_root, "check").exit_code == 0


def test_new_elements_are_catalog_units_with_their_roles(root):
    assert run(root, "catalog", "extract").exit_code == 0
    pot = polib.pofile(str(root / "locales" / "notices.pot"))
    mine = [e for e in pot if any("minato-report-delay" in o[0] for o in e.occurrences)]
    comments = {e.comment.split(": ", 1)[1] for e in mine}
    assert {"lead, paragraph", "closing, paragraph", "period note"} <= comments
    assert "section impact (impact), note ※1, paragraph" in comments
    assert "section impact (impact), sub-heading" in comments
    assert "section workaround (workaround), numbered item" in comments
    assert ("period note", "開始時刻は配信ログから推定したものです。") in {(e.msgctxt, e.msgid) for e in mine}


def _check(root: Path) -> tuple[int, list[str]]:
    result = run(root, "check")
    return result.exit_code, result.stderr.splitlines()


def test_a_hard_line_break_is_refused_at_its_line(empty_root):
    write(
        empty_root,
        N,
        "001.yaml",
        HEAD.format(status="resolved") + "sections:\n  - kind: impact\n    body: |\n      一行目\\\n      二行目\n",
    )
    code, lines = _check(empty_root)
    assert code == 1
    assert lines[0].startswith(f"notices/{N}/001.yaml:9:1: sections[0].body: a '\\' at the end of a line")


def test_a_pasted_bullet_is_a_located_note(empty_root):
    write(
        empty_root,
        N,
        "001.yaml",
        HEAD.format(status="resolved") + "sections:\n  - kind: impact\n"
        "    body: |\n      以下の事象が発生しました。\n      ・通知が届かない\n      ・画面が開かない\n",
    )
    code, lines = _check(empty_root)
    assert code == 0
    notes = [line for line in lines if "pasted bullet" in line]
    assert [line.split(": ")[0] for line in notes] == [f"notices/{N}/001.yaml:10:1", f"notices/{N}/001.yaml:11:1"]


def test_a_note_is_bound_to_its_mark(empty_root):
    write(
        empty_root,
        N,
        "001.yaml",
        HEAD.format(status="resolved") + "sections:\n  - kind: impact\n"
        "    body: |\n      影響があります(※1)。\n    notes:\n      - mark: ※1\n        body: 注記です。\n"
        "      - mark: ※2\n        body: 印のない注記です。\n      - mark: ※1\n        body: 二度目です。\n",
    )
    code, lines = _check(empty_root)
    assert code == 1
    assert lines[:2] == [
        f"notices/{N}/001.yaml:13:9: sections[0].notes[1].mark: ※2 is not in the section's text: "
        "put the mark where the note applies",
        f"notices/{N}/001.yaml:15:9: sections[0].notes[2].mark: ※1 is already notes[0]",
    ]


def test_next_update_is_a_time_or_when_news(empty_root):
    write(empty_root, N, "001.yaml", HEAD.format(status="investigating") + "next-update: 16時ごろ\n")
    code, lines = _check(empty_root)
    assert code == 1
    assert lines[0].startswith(f"notices/{N}/001.yaml:6:1: next-update: '16時ごろ' is not an ISO 8601 date and time")
    assert lines[0].endswith("or when-news (the next report comes with news)")


@pytest.mark.parametrize("status,warned", [("investigating", True), ("resolved", False)])
def test_an_ongoing_notice_past_its_next_update_is_noted(empty_root, status, warned):
    write(empty_root, N, "001.yaml", HEAD.format(status=status) + "next-update: 2026-03-04T12:00:00+09:00\n")
    code, lines = _check(empty_root)
    assert code == 0
    expected = (
        f"notices/{N}/001.yaml:6:1: next-update: note: 2026-03-04T12:00:00+09:00 has passed and the notice "
        f"is still investigating: publish the next revision (kokuchi revise {N})"
    )
    assert (expected in lines) == warned


def test_the_schema_describes_every_new_element():
    schema = json.loads(run(Path("."), "schema").stdout)
    properties = schema["properties"]
    assert {"lead", "closing", "next-update"} <= set(properties)
    assert "note" in properties["periods"]["items"]["properties"]
    assert properties["sections"]["items"]["properties"]["notes"]["items"]["required"] == ["mark", "body"]


def test_status_json_says_when_the_next_report_comes(empty_root, tmp_path):
    write(empty_root, N, "001.yaml", HEAD.format(status="investigating") + "next-update: 2026-03-04T16:00:00+09:00\n")
    write(empty_root, "other-notice", "001.yaml", HEAD.format(status="identified") + "next-update: when-news\n")
    out = tmp_path / "site"
    result = run(empty_root, "site", "--out", str(out))
    assert result.exit_code == 0, result.stderr
    status = json.loads((out / "status.json").read_text(encoding="utf-8"))
    import jsonschema_rs

    schema = json.loads((REPO / "src" / "kokuchi" / "schema" / "status.schema.json").read_text(encoding="utf-8"))
    jsonschema_rs.Draft202012Validator(schema).validate(status)
    assert {n["id"]: n["next-update"] for n in status["notices"]} == {
        N: "2026-03-04T16:00:00+09:00",
        "other-notice": "when-news",
    }
    feed = (out / "feed.ja.xml").read_text(encoding="utf-8")
    assert "次回更新予定: 2026年3月4日(水) 16:00 (JST)" in feed and "次回更新予定: 進展があり次第お知らせします" in feed


def test_the_bilingual_page_pairs_the_new_elements(root, tmp_path):
    result = run(root, "release", "minato-report-delay", "--out", str(tmp_path / "dist"))
    assert result.exit_code == 0, result.stderr
    page = (tmp_path / "dist" / "minato-report-delay" / "002" / "bilingual.html").read_text(encoding="utf-8")
    assert '<span class="marker">①</span> 集計サーバーを2台増やします。' in page
    assert '<span class="marker">①</span> Add 2 aggregation servers.' in page
    assert '<h3 lang="en">Affected customers</h3>' in page
    assert '<span class="note-mark">※2 </span>The stopped server was replaced at 1:20 PM.' in page
    assert '<div class="lead">' in page and '<div class="closing">' in page
    assert "<small>The start time is estimated from the delivery logs.</small>" in page


def test_a_completed_section_is_not_styled_as_obsolete(root):
    completed = run(root, "show", "sakura-db-maintenance", "--format", "html").stdout
    assert 'class="section kind-request state-completed">' in completed
    unnecessary = run(root, "show", "aozora-sentinel-alerts", "--format", "html").stdout
    assert 'state-unnecessary inactive">' in unnecessary
