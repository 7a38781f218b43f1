"""Kinsoku line breaking, over every sample notice, its English catalog and the test edits."""

from __future__ import annotations

import pytest
from conftest import PROJECT
from edit_cases import load_edits

from kokuchi.catalog import po
from kokuchi.language.linebreak import NO_END, NO_START, cell_width, line_spans, phrase_boundaries, wrap
from kokuchi.language.scripts import grapheme_spans
from kokuchi.language.tokens import tokenize
from kokuchi.project import yamlio

REPO = PROJECT


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def corpus() -> list[str]:
    texts: list[str] = []
    for path in sorted((REPO / "notices").glob("*/*.yaml")):
        texts += [s for s in _strings(yamlio.parse(path.read_text("utf-8")).data) if len(s) > 1]
    for path in sorted((REPO / "locales").glob("*/LC_MESSAGES/*.po")):
        texts += [entry.msgstr for entry in po.read(path) if entry.msgstr]
    for _, old, new in load_edits():
        texts += [old, new]
    return sorted(set(texts))


CORPUS = corpus()


def _squeeze(text: str) -> str:
    return "".join(text.split())


def test_the_corpus_is_the_samples_and_the_test_edits():
    assert len(CORPUS) > 150
    assert any("障害" in text for text in CORPUS) and any("workaround" in text for text in CORPUS)


@pytest.mark.parametrize("width", [40, 60, 80, 100])
def test_kinsoku_holds_for_every_notice_text(width):
    for text in CORPUS:
        lines = wrap(text, width)
        assert _squeeze("".join(lines)) == _squeeze(text), text  # no character dropped or added
        for line in text.split("\n"):
            spans = line_spans(line, width)
            assert spans[0][0] == 0 and spans[-1][1] == len(line)
            for (_, end), (start, _) in zip(spans, spans[1:]):
                assert line[end:start].strip(" \t") == "", (width, line)  # only spaces dropped
                assert line[start] not in NO_START, (width, line[:start], line[start:])
                assert line[end - 1] not in NO_END, (width, line[:end], line[end:])
            for start, end in spans:
                widest = max((cell_width(cluster) for _, cluster in grapheme_spans(line[start:end])), default=0)
                assert cell_width(line[start:end]) <= max(width, widest), (width, line[start:end])


@pytest.mark.parametrize("width", [40, 60, 80, 100])
def test_lines_break_between_words(width):
    """Every soft break falls between two tokens, except inside a word wider than the line."""
    for text in CORPUS:
        for line in text.split("\n"):
            tokens = tokenize(line)
            starts = {token.start for token in tokens}
            for _, (start, _) in zip(line_spans(line, width), line_spans(line, width)[1:]):
                inside = next((t for t in tokens if t.start < start < t.end), None)
                assert start in starts or cell_width(inside.text) > width, (width, line[:start], line[start:])


def test_phrases_not_word_pieces():
    text = "恒久対策は2026年3月27日12時15分に完了しました。"
    assert wrap(text, 20) == ["恒久対策は", "2026年3月27日12時15", "分に完了しました。"] or all(
        "恒久対" != line[-3:] for line in wrap(text, 20)
    )
    for width in range(10, 48, 2):
        lines = wrap(text, width)
        assert not any(line.endswith("恒久対") for line in lines)
        if width >= 28:
            assert any("2026年3月27日12時15分に" in line for line in lines), (width, lines)


def test_closing_punctuation_and_small_kana_never_start_a_line():
    text = "「回避策」（暫定）は不要となりました。ご確認ください。"
    for width in range(4, 40):
        for line in wrap(text, width)[1:]:
            assert line[0] not in NO_START, (width, line)
        for line in wrap(text, width)[:-1]:
            assert line[-1] not in NO_END, (width, line)


def test_english_breaks_at_spaces():
    lines = wrap("Some customers in the Tokyo region experienced errors when connecting.", 30)
    assert lines == ["Some customers in the Tokyo", "region experienced errors when", "connecting."]


def test_phrase_boundaries_for_elision():
    text = "東京リージョンの一部のお客様環境において、事象が発生しておりました。"
    boundaries = phrase_boundaries(text)
    assert {0, len(text), text.index("一部"), text.index("事象")} <= boundaries
    assert text.index("ージョン") not in boundaries
