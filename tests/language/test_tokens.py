"""The tokenizer: words as the diff, the matcher and line breaking see them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kokuchi.diff.textdiff import WordBoundaries
from kokuchi.language import tokens
from kokuchi.language.scripts import grapheme_starts
from kokuchi.language.tokens import Token, analyzer, reader_starts, tokenize, word_starts


def words(text: str) -> list[str]:
    return [token.text for token in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本日午後7時00分より", ["本日", "午後", "7", "時", "00", "分", "より"]),
        ("応答までに30秒", ["応答", "まで", "に", "30", "秒"]),
        ("回避策は不要となりました。", ["回避", "策", "は", "不要", "と", "なり", "まし", "た", "。"]),
        ("ご利用いただけません", ["ご", "利用", "いただけ", "ませ", "ん"]),
        ("Kumo Proxy 3.1.8 以前", ["Kumo", " ", "Proxy", " ", "3.1.8", " ", "以前"]),
        ("ID:728 の設定", ["ID:728", " ", "の", "設定"]),
        ("IPv6 経由、TLS 1.2 以上", ["IPv6", " ", "経由", "、", "TLS", " ", "1.2", " ", "以上"]),
        ("2026-03-27 12:15 JST", ["2026-03-27", " ", "12:15", " ", "JST"]),
        ("１，０００件", ["１", "，", "０００", "件"]),
        ("Don't re-enable it.", ["Don't", " ", "re-enable", " ", "it", "."]),
        (
            "詳細は https://status.example.jp/i/12 を参照",
            ["詳細", "は", " ", "https://status.example.jp/i/12", " ", "を", "参照"],
        ),
        ("第1報\n\n復旧", ["第", "1", "報", "\n\n", "復旧"]),
    ],
)
def test_words(text, expected):
    assert words(text) == expected


def test_kinds_pos_and_lemmas():
    found = {token.text: token for token in tokenize("対応できなかった。Kumo 3.1 の IPv6")}
    assert found["なかっ"].lemma == "ない"
    assert found["なかっ"].pos[0] == "助動詞"
    assert found["できなかった"[:2]].lemma == "できる"
    assert found["。"].kind == "punct"
    assert found["Kumo"] == Token("Kumo", 9, 13, "word", (), "kumo")
    assert found["3.1"].kind == "number"
    assert found[" "].kind == "space"
    assert found["IPv6"].lemma == "ipv6"


def test_offsets_point_into_the_input():
    text = "東京リージョンで障害が発生しております。\n現在は復旧しています。"
    for token in tokenize(text):
        assert text[token.start : token.end] == token.text


def test_clusters_are_never_split():
    text = "ガ\u3099イド 葛\U000e0100飾区 👨\u200d👩\u200d👧 🇯🇵 e\u0301te"
    boundaries = {token.start for token in tokenize(text)}
    assert boundaries <= grapheme_starts(text)
    assert any(word.startswith("葛\U000e0100") for word in words(text))


def test_analyzer_names_what_is_in_use():
    assert analyzer().startswith("fugashi ")
    assert "unidic-lite" in analyzer()


def test_fallback_cuts_where_the_script_changes(monkeypatch):
    monkeypatch.setattr(tokens, "_tagger", lambda options="": None)
    caches = (
        tokens._morphemes,
        tokens._japanese_tokens,
        tokens._japanese_units,
        tokens._units,
        tokens.word_offsets,
        tokens._pos_by_number,
        tokens.reader_starts,
        tokens.reader_words,
    )
    for cached in caches:
        cached.cache_clear()
    try:
        assert words("本日午後7時より休止させていただきます。") == [
            "本日午後",
            "7",
            "時",
            "より",
            "休止",
            "させていただきます",
            "。",
        ]
        assert analyzer().startswith("character-type runs")
        assert all(token.pos == () for token in tokenize("障害情報"))
        assert word_starts("本日午後7時より") == {0, 4, 5, 6, 8}
        # Reader words without parts of speech: a kanji run after digits is their counter.
        assert reader_starts("本日午後7時00分頃に") == {0, 4, 6, 10, 11}
    finally:
        for cached in caches:
            cached.cache_clear()


_TEXT = st.text(
    alphabet=st.sampled_from(
        list("本日障害が発生しておりますご利用いただけませんカタカナｶﾀｶﾅー、。「」（）・　 \n\r\t3.1:ID-/,abcXYZ")
        + ["\u3099", "\u0301", "\u200d", "\U000e0100", "👨", "🇯", "🇵", "\U0002000b", "\x00"]
    ),
    max_size=80,
)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_tokens_rebuild_the_text_on_cluster_boundaries(text):
    result = tokenize(text)
    assert "".join(token.text for token in result) == text
    assert all(token.text for token in result)
    assert all(text[token.start : token.end] == token.text for token in result)
    assert {token.start for token in result} <= grapheme_starts(text)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_word_starts_are_the_token_starts(text):
    assert word_starts(text) == {token.start for token in tokenize(text)} | {len(text)}


def _kokuchi(*args: str, hide_analyzer: Path | None = None) -> str:
    src = Path(__file__).resolve().parents[2] / "src"
    path = f"{hide_analyzer}{os.pathsep}{src}" if hide_analyzer else str(src)
    result = subprocess.run(
        [sys.executable, "-m", "kokuchi", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": path},
        check=True,
    )
    return result.stdout


def test_version_names_the_analyzer():
    assert "Japanese words: fugashi " in _kokuchi("--version")


def test_without_the_analyzer_version_says_so_and_diff_still_works(tmp_path):
    (tmp_path / "fugashi.py").write_text('raise ImportError("not installed")\n')
    assert "Japanese words: character-type runs" in _kokuchi("--version", hide_analyzer=tmp_path)
    root = Path(__file__).resolve().parents[2]
    out = _kokuchi("--root", str(root), "diff", "sakura-db-maintenance", "3", "4", hide_analyzer=tmp_path)
    # Coarser hunks (whole script runs), still never inside a run.
    assert "接続[-できなくなります-]" in out and "切断[-されます-]" in out


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_diffs_quick_look_up_agrees_with_the_reader_words(text):
    # The diff asks about single positions, answering from the sentence around
    # each one; it must say what the reader words of the whole text say (and it
    # also cuts between two sentence ends or line breaks: "\n|\n", "。|」").
    asked = WordBoundaries(text).between_words
    at_break = {
        pos for pos in range(len(text) + 1) if "\n" in text[pos - 1 : pos + 1] or "。" in text[pos - 1 : pos + 1]
    }
    said = {pos for pos in range(len(text) + 1) if asked(pos)}
    assert said - at_break == reader_starts(text) - at_break
    assert reader_starts(text) <= said


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_reader_words_read_a_clause_at_a_time_are_those_of_the_whole_text(text):
    # ReaderWords reads only the stretches between spaces and punctuation that are asked about.
    words = tokens.ReaderWords(text)
    assert {pos for pos in range(-1, len(text) + 2) if pos in words} == reader_starts(text)


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_reader_words_are_whole_tokens(text):
    # Reader words only join tokens: every reader-word start is a token start.
    assert reader_starts(text) <= word_starts(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("午後7時00分頃に復旧しました。", ["午後", "7時", "00分頃", "に", "復旧", "し", "まし", "た", "。"]),
        ("3営業日以内にご連絡します", ["3営業日", "以内", "に", "ご連絡", "し", "ます"]),
        ("十二月二十九日から", ["十二月", "二十九日", "から"]),
        ("【第一報】", ["【", "第一報", "】"]),
        ("第3報の", ["第3報", "の"]),
        ("約30分で完了", ["約30分", "で", "完了"]),
        ("スマートフォンの下取り", ["スマートフォン", "の", "下取り"]),
        ("2番線のホームドア", ["2番線", "の", "ホームドア"]),
        ("Webサイトの更新", ["Webサイト", "の", "更新"]),
        ("1個23kg", ["1個", "23kg"]),
        ("宅配ボックス", ["宅配", "ボックス"]),
        ("Kumo Proxy 3.1.9", ["Kumo", " ", "Proxy", " ", "3.1.9"]),
    ],
)
def test_reader_words(text, expected):
    starts = sorted(reader_starts(text))
    assert [text[a:b] for a, b in zip([0, *starts], starts) if b > a] == expected


def test_a_web_address_ends_before_the_japanese_that_follows_it():
    assert words("詳細はhttps://example.jp/faq/をご覧ください。")[:3] == ["詳細", "は", "https://example.jp/faq/"]
    assert words("詳細はhttps://example.jp/faq/をご覧ください。")[3] == "を"


@settings(max_examples=200, deadline=None)
@given(_TEXT)
def test_unanalyzed_tokens_cut_where_the_analyzed_ones_do(text):
    assert [token.text for token in tokenize(text, analyzed=False)] == [token.text for token in tokenize(text)]
