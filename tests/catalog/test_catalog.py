"""Translation catalogs: extract, init, update rules, status, review, compile, fidelity."""

from __future__ import annotations

import gettext
import re
import subprocess
from pathlib import Path

import polib
import pytest
from babel.messages.pofile import read_po
from conftest import needs_gettext, run, snapshot, write
from hypothesis import given, settings
from hypothesis import strategies as st

from kokuchi.catalog import po
from kokuchi.catalog.merge import merge, source_change
from kokuchi.catalog.suggest import auto_update
from kokuchi.language.entities import entity_only_change
from kokuchi.language.flips import find_flip, load_flip_pairs

N = "cat-notice"
PO_PATH = Path("locales/en/LC_MESSAGES/notices.po")


def revision(n: int, body: str, title: str = "テスト用の告知", extra: str = "") -> str:
    return (
        f"revision: {n}\npublished: 2026-02-0{n}T10:00:00+09:00\nstatus: investigating\ntitle: {title}\n"
        f"sections:\n  - id: note\n    kind: note\n    body: |\n"
        + "".join(f"      {line}\n" for line in body.split("\n"))
        + extra
    )


def catalog_of(root: Path) -> polib.POFile:
    return polib.pofile(str(root / PO_PATH))


def entry(root: Path, msgid: str, ctxt: str = "body") -> polib.POEntry | None:
    return next((e for e in catalog_of(root) if e.msgid == msgid and e.msgctxt == ctxt and not e.obsolete), None)


def translate_all(root: Path, translations: dict[str, str]) -> None:
    cat = catalog_of(root)
    for e in cat:
        if e.msgid in translations:
            e.msgstr = translations[e.msgid]
    cat.wrapwidth = 0
    cat.save(str(root / PO_PATH))


@pytest.fixture
def project(empty_root: Path) -> Path:
    """One notice, one translated revision."""
    write(
        empty_root,
        N,
        "001.yaml",
        revision(1, "暫定対策として、機能Xを無効化してください。\n\n午後7時00分に復旧しました。"),
    )
    assert run(empty_root, "catalog", "init", "-l", "en").exit_code == 0
    translate_all(
        empty_root,
        {
            "テスト用の告知": "Test notice",
            "暫定対策として、機能Xを無効化してください。": "As a workaround, disable feature X.",
            "午後7時00分に復旧しました。": "Service recovered at 7:00 PM.",
        },
    )
    return empty_root


def add_revision(root: Path, body: str, **kw) -> None:
    write(root, N, "002.yaml", revision(2, body, **kw))


def update(root: Path, *args: str):
    result = run(root, "catalog", "update", *args)
    assert result.exit_code == 0, result.stderr
    return result


def msgfmt_check(path: Path) -> None:
    subprocess.run(["msgfmt", "-c", "--check-format", "-o", "/dev/null", str(path)], check=True, capture_output=True)


def test_extract_is_deterministic_and_complete(root):
    first = run(root, "catalog", "extract")
    assert first.exit_code == 0
    assert first.stdout == "wrote locales/notices.pot (147 messages)\n"
    pot = root / "locales" / "notices.pot"
    once = pot.read_bytes()
    run(root, "catalog", "extract")
    assert pot.read_bytes() == once
    text = once.decode("utf-8")
    assert '"POT-Creation-Date: 2026-07-28 10:00+0900\\n"' in text
    # Locations and an extracted comment naming notice, section and role.
    assert "#. aozora-sentinel-alerts: section workaround (workaround), paragraph\n" in text
    assert "notices/aozora-sentinel-alerts/001.yaml:34 " in text
    # An unchanged paragraph is one message for every revision that has it.
    assert text.count('msgid "※無効化の前に生成されなかったアラートが、後から生成されることはありません。"') == 1
    # Dates in structured fields are never messages.
    msgids = [e.msgid for e in polib.pofile(text)]
    assert not [m for m in msgids if "2026-03-20" in m or "+09:00" in m]


@needs_gettext
def test_init_writes_a_header_gnu_gettext_accepts(project):
    text = (project / PO_PATH).read_text("utf-8")
    assert '"Language: en\\n"' in text and '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"' in text
    msgfmt_check(project / PO_PATH)
    result = run(project, "catalog", "init", "-l", "en")
    assert result.exit_code == 1
    assert "already exists" in result.stderr


def test_init_rejects_a_bad_language(empty_root):
    write(empty_root, N, "001.yaml", revision(1, "本文です。"))
    result = run(empty_root, "catalog", "init", "-l", "../x")
    assert result.exit_code == 1
    assert result.stderr == "kokuchi: error: invalid language code '../x' (use e.g. en, ko, zh_TW)\n"


def test_identical_message_keeps_its_translation(project):
    add_revision(project, "暫定対策として、機能Xを無効化してください。\n\n新しい段落です。")
    update(project)
    assert entry(project, "暫定対策として、機能Xを無効化してください。").msgstr == "As a workaround, disable feature X."
    assert entry(project, "新しい段落です。").msgstr == ""


def test_gone_message_becomes_obsolete_and_prune_drops_it(project):
    (project / "notices" / N / "001.yaml").write_text(revision(1, "まったく別の文章に置き換えました。"), "utf-8")
    update(project)
    obsolete = [e for e in catalog_of(project) if e.obsolete]
    assert {e.msgstr for e in obsolete} == {"As a workaround, disable feature X.", "Service recovered at 7:00 PM."}
    assert "#~ msgid" in (project / PO_PATH).read_text("utf-8")
    update(project, "--prune-obsolete")
    assert [e for e in catalog_of(project) if e.obsolete] == []


@needs_gettext
def test_similar_message_gets_a_fuzzy_suggestion_with_previous_source(project):
    add_revision(project, "暫定対策として、機能Xを速やかに無効化してください。\n\n午後7時00分に復旧しました。")
    result = update(project)
    assert "1 fuzzy" in result.stdout
    e = entry(project, "暫定対策として、機能Xを速やかに無効化してください。")
    assert e.flags == ["fuzzy"]
    assert e.msgstr == "As a workaround, disable feature X."
    assert e.previous_msgid == "暫定対策として、機能Xを無効化してください。"
    assert e.tcomment == "source change: 暫定対策として、機能Xを{+速やかに+}無効化してください。"
    text = (project / PO_PATH).read_text("utf-8")
    assert '#| msgid "暫定対策として、機能Xを無効化してください。"' in text
    msgfmt_check(project / PO_PATH)


def test_suggestions_never_cross_roles(project):
    # A title that reads like the old paragraph must not get its translation.
    (project / "notices" / N / "001.yaml").write_text(
        revision(
            1,
            "暫定対策として、機能Xを無効化してください。\n\n午後7時00分に復旧しました。",
            title="暫定対策として、機能Xを無効化してください",
        ),
        "utf-8",
    )
    update(project)
    title = entry(project, "暫定対策として、機能Xを無効化してください", ctxt="title")
    assert title.msgstr == "" and "fuzzy" not in title.flags and title.previous_msgid is None


@needs_gettext
def test_the_meaning_flip_from_the_issue_is_not_reused(project):
    add_revision(project, "暫定対策は不要になりました。機能Xを再度有効化してください。\n\n午後7時00分に復旧しました。")
    result = update(project)
    assert "1 meaning flips" in result.stdout
    e = entry(project, "暫定対策は不要になりました。機能Xを再度有効化してください。")
    assert e.msgstr == ""
    assert e.flags == ["kokuchi-flip"]
    assert e.previous_msgid == "暫定対策として、機能Xを無効化してください。"
    comments = e.tcomment.split("\n")
    assert comments[0].startswith("meaning flip: 無効化 ⇄ 有効化")
    assert comments[1] == "previous source: 暫定対策として、機能Xを無効化してください。"
    assert comments[2] == "previous translation: As a workaround, disable feature X."
    msgfmt_check(project / PO_PATH)


@needs_gettext
def test_gnu_msgmerge_would_reuse_the_flipped_translation(project, tmp_path):
    # The contrast the guard exists for, measured with the real msgmerge.
    add_revision(project, "暫定対策は不要になりました。機能Xを再度有効化してください。\n\n午後7時00分に復旧しました。")
    run(project, "catalog", "extract")
    merged = tmp_path / "msgmerge.po"
    subprocess.run(
        [
            "msgmerge",
            "--previous",
            "-q",
            "-o",
            str(merged),
            str(project / PO_PATH),
            str(project / "locales" / "notices.pot"),
        ],
        check=True,
    )
    gnu = next(e for e in polib.pofile(str(merged)) if e.msgid.startswith("暫定対策は不要"))
    assert gnu.msgstr == "As a workaround, disable feature X." and "fuzzy" in gnu.flags


PAIRS = load_flip_pairs()


@pytest.mark.parametrize("pair", PAIRS.negations, ids=lambda p: f"{p[0]}-{p[1]}")
def test_every_negation_pair_flips(pair):
    positive, negative = pair
    old = f"この設定は{positive}として扱います。"
    new = f"この設定は{negative}として扱います。"
    assert find_flip(old, new, PAIRS) is not None
    assert find_flip(new, old, PAIRS) is not None


@pytest.mark.parametrize("pair", PAIRS.antonyms, ids=lambda p: f"{p[0]}-{p[1]}")
def test_every_antonym_pair_flips(pair):
    a, b = pair
    old, new = f"本日、{a}の件をお知らせします。", f"本日、{b}の件をお知らせします。"
    assert find_flip(old, new, PAIRS) is not None
    assert find_flip(new, old, PAIRS) is not None


def test_no_flip_for_an_ordinary_edit():
    assert find_flip("修正を適用しました。", "修正をすべて適用しました。", PAIRS) is None
    # 完了 inside 未完了 counts as 未完了 only.
    assert find_flip("作業は未完了です。", "作業は未完了のままです。", PAIRS) is None


def test_a_project_extends_the_pairs(project):
    (project / "locales" / "meaning-flips.yaml").write_text("antonyms:\n  - [晴れ, 雨]\n", "utf-8")
    pairs = load_flip_pairs(project / "locales" / "meaning-flips.yaml")
    assert find_flip("明日は晴れです。", "明日は雨です。", PAIRS) is None
    assert find_flip("明日は晴れです。", "明日は雨です。", pairs)[:2] == ("晴れ", "雨")
    (project / "locales" / "meaning-flips.yaml").write_text("antonyms:\n  - [晴れ]\n", "utf-8")
    result = run(project, "catalog", "update")
    assert result.exit_code == 1
    assert "antonyms[0]: expected a pair of words" in result.stderr


def test_entity_only_change_is_auto_updated(project):
    add_revision(project, "暫定対策として、機能Xを無効化してください。\n\n午後5時00分に復旧しました。")
    result = update(project)
    assert "1 auto-updated" in result.stdout
    e = entry(project, "午後5時00分に復旧しました。")
    assert (e.msgstr, e.flags) == ("Service recovered at 5:00 PM.", ["kokuchi-auto"])
    assert e.previous_msgid == "午後7時00分に復旧しました。"
    assert e.tcomment == "source change: 午後[-7時-]{+5時+}00分に復旧しました。"


@pytest.mark.parametrize(
    "old_src,new_src,old_tr,new_tr",
    [
        (
            "2023年7月14日に公開しました。",
            "2023年7月17日に公開しました。",
            "Published on July 14, 2023.",
            "Published on July 17, 2023.",
        ),
        ("19時00分に終了します。", "21時30分に終了します。", "Ends at 19:00.", "Ends at 21:30."),
        ("ID:728 のエラーです。", "ID:729 のエラーです。", "This is error 728.", "This is error 729."),
        (
            "最大60秒間停止します。",
            "最大90秒間停止します。",
            "Stops for up to 60 seconds.",
            "Stops for up to 90 seconds.",
        ),
        ("午後7時00分に復旧。", "午後5時00分に復旧。", "Recovered at 7:00\u202fPM.", "Recovered at 5:00\u202fPM."),
        # two spans of 60 seconds told apart by the bound (最大: "up to"), either one changed
        (
            "最大60秒間停止し、60秒間待機します。",
            "最大90秒間停止し、60秒間待機します。",
            "Stops for up to 60 seconds and waits for 60 seconds.",
            "Stops for up to 90 seconds and waits for 60 seconds.",
        ),
        (
            "最大60秒間停止し、60秒間待機します。",
            "最大60秒間停止し、90秒間待機します。",
            "Stops for up to 60 seconds and waits for 60 seconds.",
            "Stops for up to 60 seconds and waits for 90 seconds.",
        ),
    ],
)
def test_auto_update_forms(old_src, new_src, old_tr, new_tr):
    assert auto_update(old_tr, entity_only_change(old_src, new_src)) == new_tr


@pytest.mark.parametrize(
    "old_src,new_src,old_tr",
    [
        ("ID:728 のエラーです。", "ID:729 のエラーです。", "This is an error."),  # value not in the translation
    ],
)
def test_auto_update_refused(old_src, new_src, old_tr):
    assert auto_update(old_tr, entity_only_change(old_src, new_src)) is None


def test_ambiguous_entity_change_stays_fuzzy(project):
    translate_all(project, {"午後7時00分に復旧しました。": "Recovered at 7:00 PM (it was down until 7:00 PM)."})
    add_revision(project, "暫定対策として、機能Xを無効化してください。\n\n午後5時00分に復旧しました。")
    update(project)
    assert entry(project, "午後5時00分に復旧しました。").flags == ["fuzzy"]


def test_source_change_comment():
    # The changed sentence is shown whole (issue 24): no context is cut out of it.
    assert (
        source_change("2023年07月14日(金) 午後7時00分頃", "2023年07月14日(金) 午後5時00分頃")
        == "2023年07月14日(金) 午後[-7時-]{+5時+}00分頃"
    )


def test_update_check_writes_nothing_and_fails_when_stale(project):
    add_revision(project, "暫定対策として、機能Xを無効化してください。\n\n追加の段落です。")
    before = snapshot(project)
    result = run(project, "catalog", "update", "--check")
    assert result.exit_code == 1
    assert "locales/en/LC_MESSAGES/notices.po: out of date with the notices (" in result.stderr
    assert snapshot(project) == before
    update(project)
    assert run(project, "catalog", "update", "--check").exit_code == 0


def test_status_counts_fuzzy_apart_from_translated(project):
    add_revision(
        project,
        "暫定対策として、機能Xを速やかに無効化してください。\n\n午後5時00分に復旧しました。\n\n新しい段落です。",
    )
    update(project)
    import json

    rows = json.loads(run(project, "catalog", "status", "--format", "json").stdout)
    assert rows[1] == {
        "lang": "en",
        "notice": N,
        "revision": 2,
        "translated": 1,
        "fuzzy": 1,
        "auto": 1,
        "flips": 0,
        "untranslated": 1,
        "total": 4,
    }
    only = json.loads(run(project, "catalog", "status", N, "--rev", "1", "--format", "json").stdout)
    assert [r["revision"] for r in only] == [1]


def test_review_lists_units_with_their_source_diff(project):
    add_revision(project, "暫定対策として、機能Xを速やかに無効化してください。\n\n午後5時00分に復旧しました。")
    update(project)
    out = run(project, "catalog", "review", "-l", "en").stdout
    assert "en: 2 unit(s) to review" in out
    assert f"notices/{N}/002.yaml:9  body  [fuzzy]" in out
    assert "source:      暫定対策として、機能Xを{+速やかに+}無効化してください。" in out
    assert "translation: As a workaround, disable feature X." in out
    assert "[auto]" in out
    html = run(project, "catalog", "review", "-l", "en", "--format", "html").stdout
    assert "<ins>速やかに</ins>" in html
    md = run(project, "catalog", "review", "-l", "en", "--format", "md").stdout
    assert "<ins>速やかに</ins>" in md


@needs_gettext
def test_compile_writes_mo_files_gettext_loads(project):
    add_revision(project, "暫定対策として、機能Xを速やかに無効化してください。\n\n午後7時00分に復旧しました。")
    update(project)
    result = run(project, "catalog", "compile")
    assert result.stdout == "compiled locales/en/LC_MESSAGES/notices.mo\n"
    with open(project / "locales" / "en" / "LC_MESSAGES" / "notices.mo", "rb") as handle:
        translations = gettext.GNUTranslations(handle)
    assert translations.pgettext("body", "午後7時00分に復旧しました。") == "Service recovered at 7:00 PM."
    # Fuzzy entries are left out, as msgfmt does.
    fuzzy = "暫定対策として、機能Xを速やかに無効化してください。"
    assert translations.pgettext("body", fuzzy) == fuzzy
    assert translations.info()["language"] == "en"


@needs_gettext
def test_written_catalogs_load_everywhere(root):
    path = root / PO_PATH
    msgfmt_check(path)
    assert len(polib.pofile(str(path))) == 147
    with open(path, "rb") as handle:
        assert len([m for m in read_po(handle) if m.id]) == 147


GNU_CATALOG = """\
# Translator's own header comment.
msgid ""
msgstr ""
"Project-Id-Version: demo\\n"
"Language: en\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
"X-Custom-Field: kept\\n"

# A note from the translator.
#. Extracted comment.
#: notices/x/001.yaml:5
#, fuzzy, c-format
#| msgctxt "body"
#| msgid "古い文章で、これは長い日本語の前の原文です。msgmerge はこれを折り返さずに書きます。"
msgctxt "body"
msgid "新しい文章で、これは長い日本語の原文です。msgmerge はこれを折り返さずに書きます。"
msgstr "An old translation %s."

msgid "plain"
msgstr "Plain"

#~ msgctxt "body"
#~ msgid "消えた文"
#~ msgstr "A vanished sentence"
"""


@needs_gettext
def test_round_trip_keeps_everything_gnu_msgmerge_wrote(tmp_path):
    source = tmp_path / "gnu.po"
    source.write_text(GNU_CATALOG, "utf-8")
    # First let GNU msgmerge write it, so the input really is GNU's output.
    gnu = tmp_path / "gnu-merged.po"
    subprocess.run(["msgmerge", "--previous", "-q", "-o", str(gnu), str(source), str(source)], check=True)
    original = polib.pofile(str(gnu))
    written = tmp_path / "kokuchi.po"
    written.write_text(po.to_text(po.read(gnu)), "utf-8")
    text = written.read_text("utf-8")
    assert '#| msgid "古い文章で、これは長い日本語の前の原文です。msgmerge はこれを折り返さずに書きます。"' in text
    assert "# | msgid" not in text
    again = polib.pofile(str(written))
    fields = (
        "msgctxt",
        "msgid",
        "msgstr",
        "tcomment",
        "comment",
        "flags",
        "occurrences",
        "previous_msgid",
        "previous_msgctxt",
        "obsolete",
    )
    assert [[getattr(e, f) for f in fields] for e in again] == [[getattr(e, f) for f in fields] for e in original]
    assert again.metadata == original.metadata and again.header == original.header
    msgfmt_check(written)


def test_update_keeps_a_translator_catalog_intact(project):
    path = project / PO_PATH
    cat = catalog_of(project)
    e = next(e for e in cat if e.msgid.startswith("暫定対策"))
    e.tcomment = "Checked with the product team."
    e.flags.append("review-requested")  # format flags are the template's; other flags the catalog's
    cat.metadata["X-Custom-Field"] = "kept"
    cat.wrapwidth = 0
    cat.save(str(path))
    update(project)
    after = catalog_of(project)
    kept = next(x for x in after if x.msgid.startswith("暫定対策"))
    assert kept.tcomment == "Checked with the product team." and "review-requested" in kept.flags
    assert after.metadata["X-Custom-Field"] == "kept"


def test_babel_2_18_loses_the_previous_msgid(tmp_path):
    # Why kokuchi reads with polib: Babel turns #| into a translator comment.
    from io import BytesIO

    from babel.messages.pofile import write_po

    catalog = read_po(BytesIO(GNU_CATALOG.encode("utf-8")))
    out = BytesIO()
    write_po(out, catalog)
    written = out.getvalue().decode("utf-8")
    assert '# | msgid "古い文章で' in written and "#| msgid" not in written
    assert "X-Custom-Field" not in written  # and drops unknown header fields


def test_merge_is_pure_and_reports_stats():
    template = po.parse(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgctxt "body"\nmsgid "新しい"\nmsgstr ""\n'
    )
    catalog = po.parse(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgctxt "body"\nmsgid "古い"\nmsgstr "Old"\n'
    )
    merged, stats = merge(template, catalog, PAIRS)
    assert (stats.new, stats.obsolete) == (1, 1)
    assert [e.obsolete for e in merged] == [False, True]


def test_a_width_only_change_keeps_the_translation(project):
    add_revision(project, "暫定対策として、機能Ｘを無効化してください。\n\n午後７時００分に復旧しました。")
    update(project)
    e = entry(project, "暫定対策として、機能Ｘを無効化してください。")
    assert (e.msgstr, e.flags) == ("As a workaround, disable feature X.", ["kokuchi-auto"])
    assert "only the width or spacing of characters changed: the translation is kept" in e.tcomment
    assert entry(project, "午後７時００分に復旧しました。").msgstr == "Service recovered at 7:00 PM."


LONG_TOKENS = [
    "https://support.example.jp/docs/recovery/procedure-2026.html",
    "/var/opt/kumo/agent/conf/settings.d/override.conf",
    "api-gateway-prod-tokyo-01.internal.example.net",
]


@pytest.mark.parametrize("token", LONG_TOKENS)
def test_an_edit_next_to_a_long_token_updates_the_catalog(project, token):
    """An edit beside a long unchanged token once raised IndexError in the source-change note."""
    tail = "詳細は手順書をご確認のうえ、必要に応じて設定を見直してください。" * 3
    add_revision(project, f"手順書({token})をご覧ください。{tail}")
    update(project)
    translate_all(project, {f"手順書({token})をご覧ください。{tail}": f"See the procedure ({token})."})
    add_revision(project, f"手順書（{token}）をご覧ください。{tail}".replace("見直して", "確認して", 1))
    update(project)
    assert "source change:" in (project / PO_PATH).read_text(encoding="utf-8")


@settings(max_examples=300, deadline=None)
@given(
    token=st.sampled_from(LONG_TOKENS),
    before=st.text(alphabet="あいう漢字カナ、。 ab(（", max_size=60),
    after=st.text(alphabet="あいう漢字カナ、。 ab)）", max_size=60),
    edit=st.sampled_from(["(", "（", "「", " ", "", "の"]),
    context=st.integers(min_value=1, max_value=40),
)
def test_source_change_never_fails_next_to_a_long_token(token, before, after, edit, context):
    old = before + "(" + token + ")" + after
    new = before + edit + token + ")" + after
    note = source_change(old, new, context)
    # The change is still shown: the elision only ever drops unchanged text,
    # and what it keeps of the new side reads, in order, as the new text does.
    assert ("[-" in note or "{+" in note) == (old != new)
    new_side = re.sub(r"\[-.*?-\]", "", note).replace("{+", "").replace("+}", "")
    position = 0
    for kept in new_side.split("…"):
        found = new.find(kept, position)
        assert found >= 0, (kept, new)
        position = found + len(kept)
