"""synonyms.jmdict_entries reads jamdict's database with a reader of its own (one query per table level, not
jamdict's thirty per word): its entries must be jamdict's own look-up's, field for field and in order."""

from __future__ import annotations

import pytest

from kokuchi.language import synonyms

# Kanji and kana forms, words of several entries (あく, はし), a form that is only a gloss's text in English
# (jamdict's search matches glosses too), a loanword, a form with no entry, and one with an entry's information.
FORMS = [
    "予約",
    "取り消し",
    "キャンセル",
    "あく",
    "はし",
    "開く",
    "空く",
    "席",
    "座席",
    "受付",
    "承る",
    "事前",
    "つきましては",
    "ウェブサイト",
    "ＰＣ",
    "cancel",
    "存在しない語形",
    "行う",
    "為る",
    "日",
]


def _fields(entry) -> tuple:
    return (
        entry.idseq,
        [(k.text, list(k.info), list(k.pri)) for k in entry.kanji_forms],
        [(k.text, k.nokanji, list(k.info), list(k.pri), list(k.restr)) for k in entry.kana_forms],
        [
            (
                list(s.stagk),
                list(s.stagr),
                list(s.pos),
                list(s.xref),
                list(s.antonym),
                list(s.field),
                list(s.misc),
                list(s.info),
                [(x.lang, x.lstype, x.wasei, x.text) for x in s.lsource],
                list(s.dialect),
                [(g.lang, g.gend, g.text) for g in s.gloss],
            )
            for s in entry.senses
        ],
    )


@pytest.mark.parametrize("form", FORMS)
def test_the_reader_gives_jamdicts_own_entries(form: str) -> None:
    synonyms.jmdict_entries.cache_clear()
    assert synonyms._jmdict_reader() is not None  # (the reader answers, not jamdict's look-up behind it)
    own = synonyms._jmdict().lookup(form, strict_lookup=True, lookup_chars=False, lookup_ne=False).entries
    assert [_fields(e) for e in synonyms.jmdict_entries(form)] == [_fields(e) for e in own]
