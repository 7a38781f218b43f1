"""Words with all that UniDic says of them: the reading the translation-safety guard works on.

language/tokens.py keeps what the diff needs of a word (its text, part of
speech and dictionary form). The guard needs more of the same analysis, from
the same analyzer (fugashi + unidic-lite): the lemma (問合せ and 問い合わせ are
both 問い合わせ, 下さい and ください both 下さる), the pronunciation (トイアワセ),
the dictionary form's pronunciation (いただけ is イタダケル, "can", and
いただき イタダク), the conjugation type and form. Text is read in its NFKC
form (０１２ is 012): width never decides a meaning.

Without the analyzer, ``analyze`` returns None: nothing can then be shown to
keep a meaning, and the guard says so (the safe answer).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import NamedTuple

from kokuchi.language.scripts import runs
from kokuchi.language.tokens import nodes
from kokuchi.language.tokens import tagger as _tagger

# Fields of a unidic-lite feature line.
_POS, _CTYPE, _CFORM, _LFORM, _LEMMA, _ORTH, _PRON, _ORTH_BASE, _PRON_BASE = 4, 4, 5, 6, 7, 8, 9, 10, 11


class _Fields(NamedTuple):
    text: str  # surface, NFKC
    kind: str  # word, number, punct, space, symbol
    pos: tuple[str, ...] = ()  # part of speech, up to four levels, without the "*"
    ctype: str = ""  # conjugation type (五段-ラ行)
    cform: str = ""  # conjugation form (連用形-一般)
    lemma: str = ""  # UniDic lemma: one spelling for every spelling of a word (下さる)
    pron: str = ""  # pronunciation of the surface (クダサイ)
    pron_base: str = ""  # pronunciation of the dictionary form (イタダケル for いただけ)
    head: str = ""  # the part of speech's first level (名詞), "" without one: always made from *pos*


class Morph(_Fields):  # a tuple: made by the thousand, it must be cheap
    """A word as the guard reads it. Its *head* is asked about most (hundreds of thousands of times in a large
    merge): it is stored, read as any field, not worked out at every question."""

    __slots__ = ()

    def __new__(
        cls,
        text: str,
        kind: str,
        pos: tuple[str, ...] = (),
        ctype: str = "",
        cform: str = "",
        lemma: str = "",
        pron: str = "",
        pron_base: str = "",
    ) -> Morph:
        return tuple.__new__(cls, (text, kind, pos, ctype, cform, lemma, pron, pron_base, pos[0] if pos else ""))

    def __getnewargs__(self) -> tuple:  # (copied or pickled: made again from the fields __new__ takes)
        return tuple(self)[:-1]

    def _replace(self, **changes: object) -> Morph:  # (through __new__, so that *head* follows *pos*)
        return Morph(**{**dict(zip(self._fields[:-1], self[:-1], strict=True)), **changes})  # type: ignore[arg-type]

    def pos_is(self, *levels: str) -> bool:
        return self.pos[: len(levels)] == levels


def _morph(fields: tuple) -> Morph:
    """A Morph of its nine fields, *head* given (pos[0] or ""), made at C speed: the analysis makes thousands."""
    return tuple.__new__(Morph, fields)


_QUOTES = str.maketrans("", "", "「」『』")
_KIND = {"newline": "space", "space": "space", "url": "word", "punct": "punct", "other": "symbol"}


@lru_cache(maxsize=1 << 14)
def analyze(text: str) -> tuple[Morph, ...] | None:
    """The words of *text* (NFKC) with their UniDic features, or None without the analyzer."""
    tagger = _tagger()
    if tagger is None:
        return None
    text = unicodedata.normalize("NFKC", text).replace("〜", "~")  # the wave dash is the tilde of a range
    # Quotation marks say nothing of the meaning, and mislead the tagger about what follows (「口座管理」から).
    text = text.translate(_QUOTES)
    morphs: list[Morph] = []
    previous = ""
    for kind, start, end in runs(text):
        piece = text[start:end]
        if kind == "japanese":
            morphs.extend(_japanese(piece, previous if previous in ("letters", "digits") else ""))
        elif kind == "latin":
            folded = piece.casefold()
            morphs.append(
                _morph((piece, "number" if piece[0].isdigit() else "word", (), "", "", folded, folded, "", ""))
            )
        else:
            morphs.append(_morph((piece, _KIND[kind], (), "", "", piece, piece, "", "")))
        previous = ("digits" if piece[0].isdigit() else "letters") if kind == "latin" else kind
        if piece == ")":
            previous = "letters"  # 4月1日(水)から: a bracket closes a noun's words, as a word in Latin letters does
    return tuple(morphs)


@lru_cache(maxsize=1 << 12)
def _japanese(piece: str, after: str) -> tuple[Morph, ...]:
    """The words of a run of Japanese script (*after*: "letters" or "digits" when it follows a word in Latin
    letters or a number): a run comes back in text after text (an old text and its edit share most of theirs),
    its words read once."""
    # After a word in Latin letters (FAXで), the run is read after a stand-in letter: alone, a run's first で or に
    # would be read as a conjunction, not the particle it is.
    if after == "letters":
        found = nodes("A" + piece)
        found = found[1:] if found and found[0][0] == "A" else nodes(piece)
    else:
        found = nodes(piece)
    if after == "digits":
        # After a number, alone, a counter may be read into the word it touches (3日程度: 日程|度, "schedule");
        # read after a stand-in digit, it is cut where a reader cuts it (日|程度). That cut is taken only where it
        # differs: the guard's readings of a counter (日 as a noun of time) are those of the run read alone.
        counted = nodes("1" + piece)
        if counted and counted[0][0] == "1" and [s for s, _ in counted[1:]] != [s for s, _ in found]:
            found = counted[1:]
    morphs: list[Morph] = []
    for surface, feature in found:
        fields = feature.split(",", _PRON_BASE + 1)  # (the fields read and no more: a line has 26)
        if len(fields) <= _PRON_BASE:  # an unknown word: its surface is all there is
            morphs.append(_morph((surface, "word", ("名詞",), "", "", surface, surface, "", "名詞")))
            continue
        pos = tuple([field for field in fields[:_POS] if field != "*"])
        head = pos[0] if pos else ""
        morphs.append(
            _morph(
                (
                    surface,
                    "punct" if head == "補助記号" else "word",
                    pos,
                    fields[_CTYPE] if fields[_CTYPE] != "*" else "",
                    fields[_CFORM] if fields[_CFORM] != "*" else "",
                    fields[_LEMMA] if fields[_LEMMA] != "*" else surface,
                    fields[_PRON] if fields[_PRON] != "*" else surface,
                    fields[_PRON_BASE] if fields[_PRON_BASE] != "*" else surface,
                    head,
                )
            )
        )
    return tuple(morphs)
