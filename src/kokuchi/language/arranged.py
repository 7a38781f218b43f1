"""One sentence said in another arrangement of the same words: the structure moved, not the words.

Each function here is a rereading (catalog/suggest.py ``_REREADINGS``): it takes (old, new) and gives them back
with *new* written in *old*'s arrangement, or None where it cannot show the arrangement the only difference. The
texts so given back are then compared as any edit, so every word still has to be shown the same. The proofs read
UniDic's parts of speech and lemmas through ``morphology.analyze``; each is linear in the words of the texts.

- ``place_said_with_the_copula``: where a thing is, said with ある / ござる after the place and に (受付は2階に
  ございます) or with the copula after the place (受付は2階です).
- ``phrases_in_old_order``: the noun phrases with their case particles before one predicate said in another
  order (会員番号を受付で / 受付で会員番号を), and the topic's は moved from the subject of an adjectival
  predicate to a phrase that keeps its own case particle (会員番号は受付に必要です / 受付には会員番号が必要です).
"""

from __future__ import annotations

from kokuchi.language.morphology import Morph, analyze

_SENTENCE_ENDS = frozenset({"。", "!", "?", "．"})


def _noun(m: Morph) -> bool:
    """A word that may end a noun phrase: a noun, a pronoun, a noun's suffix (駐車|場), a number."""
    return m.kind == "number" or m.head in ("名詞", "代名詞") or m.pos_is("接尾辞", "名詞的")


def _sentences(morphs: tuple[Morph, ...]) -> list[tuple[int, int]]:
    """The spans of the sentences of *morphs*, each without its end mark and the spaces after it."""
    spans, start = [], 0
    for k, m in enumerate(morphs):
        if m.text in _SENTENCE_ENDS:
            spans.append((start, k))
            start = k + 1
    if start < len(morphs):
        spans.append((start, len(morphs)))
    return [(i, j) for i, j in spans if any(m.kind != "space" for m in morphs[i:j])]


def _text(morphs: tuple[Morph, ...] | list[Morph]) -> str:
    return "".join(m.text for m in morphs)


# --- a place said with ある / ござる, or with the copula -------------------------------------------------------

_BE_AT = frozenset({"有る", "御座る"})  # ある, ござる: the existence of a thing (never いる / おる: a person's)


def _tail_of_place(morphs: tuple[Morph, ...], start: int, end: int) -> tuple[str, int] | None:
    """("exist", k) where the sentence *start*..*end* ends in noun + に + ある / ござる (+ ます), present and
    affirmative (に|ござい|ます, に|あり|ます, に|ある); ("copula", k) where it ends in noun + the copula
    (です, だ, で|ござい|ます); k the index of its first word after the noun. None otherwise (ありません,
    ありました, にもあります, からです: another polarity, tense, particle)."""
    words = [k for k in range(start, end) if morphs[k].kind != "space"]
    if len(words) < 2:
        return None
    last = morphs[words[-1]]

    def noun_before(k: int) -> bool:
        return k > 0 and words[k - 1] == words[k] - 1 and _noun(morphs[words[k - 1]])

    tail = [morphs[k] for k in words[-3:]]
    # に + ござい|ます / あり|ます
    if (
        len(words) >= 4
        and last.head == "助動詞"
        and last.lemma == "ます"
        and last.cform.startswith("終止形")
        and tail[1].head == "動詞"
        and tail[1].lemma in _BE_AT
        and tail[0].pos_is("助詞", "格助詞")
        and tail[0].lemma == "に"
        and noun_before(len(words) - 3)
    ):
        return "exist", words[-3]
    # に + ある
    if (
        last.head == "動詞"
        and last.lemma == "有る"
        and last.cform.startswith("終止形")
        and len(words) >= 3
        and tail[1].pos_is("助詞", "格助詞")
        and tail[1].lemma == "に"
        and noun_before(len(words) - 2)
    ):
        return "exist", words[-2]
    # です / だ
    if (
        last.head == "助動詞"
        and last.lemma in ("です", "だ")
        and last.cform.startswith("終止形")
        and noun_before(len(words) - 1)
    ):
        return "copula", words[-1]
    # で|ござい|ます
    if (
        len(words) >= 4
        and last.lemma == "ます"
        and last.cform.startswith("終止形")
        and tail[1].lemma == "御座る"
        and tail[0].head == "助動詞"
        and tail[0].lemma == "だ"
        and noun_before(len(words) - 3)
    ):
        return "copula", words[-3]
    return None


def place_said_with_the_copula(old: str, new: str) -> tuple[str, str] | None:
    """(old, new) with each sentence of *new* that ends in noun + the copula (です, だ, でございます) where
    *old*'s sentence at the same place ends in noun + に + ある / ござる (にございます, にあります, にある), or the
    other way round, given the ending of *old*'s; None where no sentence was so rewritten.

    The copula after a place says where the thing before は is, as ある does after the place and に: 受付は2階に
    ございます / 受付は2階です, 駐車場は建物の東側にあります / 東側です, 原因は設定にあります / 設定です. The
    words before the ending are compared as any edit, so another place (2階 / 3階) stays a change. Only the
    present affirmative, and only に before ある: ありません, ありました, にもあります, にはあります, からです, and
    いる / おる (a person's whereabouts: 担当者は受付におります) are never read here, nor a sentence whose ending is
    not its last word (…にございますので、).
    """
    a, b = analyze(old), analyze(new)
    if not a or not b:
        return None
    old_spans, new_spans = _sentences(a), _sentences(b)
    if len(old_spans) != len(new_spans):
        return None
    pieces: list[str] = []
    position, changed = 0, False
    for (i, j), (k, m) in zip(old_spans, new_spans, strict=True):
        ours, theirs = _tail_of_place(a, i, j), _tail_of_place(b, k, m)
        if ours is None or theirs is None or ours[0] == theirs[0]:
            continue
        # the ending of old's sentence written in place of new's (politeness: ございます / です alike)
        pieces.append(_text(b[position : theirs[1]]))
        pieces.append(_text(a[ours[1] : j]))
        position, changed = m, True
    if not changed:
        return None
    pieces.append(_text(b[position:]))
    return old, "".join(pieces)


# --- noun phrases with their case particles said in another order --------------------------------------------

_CASES = frozenset({"が", "を", "に", "で", "へ", "から"})  # never と, や, か (a list: 田中さんと鈴木さんを), の, まで
_FOCUS = frozenset({"は", "も"})
# The case particle a topic's は may follow (受付には, 初診の際には): never で, から or へ, whose では may add a
# condition (道路は雪で危険です, "because of the snow", / 雪では道路が危険です, "in snow").
_PLACES = frozenset({"に"})


class _Phrase:
    """A noun phrase and its particles (お問い合わせの際|に|は): the phrase's text, its case particle (or ""),
    its は / も (or ""), and where it stands in the words."""

    __slots__ = ("case", "end", "focus", "noun", "start")

    def __init__(self, noun: str, case: str, focus: str, start: int, end: int) -> None:
        self.noun, self.case, self.focus, self.start, self.end = noun, case, focus, start, end


def _phrase_at(morphs: tuple[Morph, ...], k: int, end: int) -> _Phrase | None:
    """The noun phrase with its particles that starts at *k*: prefixes, nouns, a genitive の between nouns
    (お|問い合わせ|の|際), then a case particle of ``_CASES``, は or も, or both (に|は); None where the words
    are anything else (a verb, an adjective, an adverb, だけ: none of them is read here)."""
    start, nouns = k, 0
    while k < end:
        m = morphs[k]
        if m.head == "接頭辞" or _noun(m):
            nouns += _noun(m)
            k += 1
            continue
        if (
            m.pos_is("助詞", "格助詞")
            and m.lemma == "の"
            and k > start
            and _noun(morphs[k - 1])
            and k + 1 < end
            and (morphs[k + 1].head == "接頭辞" or _noun(morphs[k + 1]))
        ):
            k += 1
            continue
        break
    if not nouns or k == start or not _noun(morphs[k - 1]):
        return None
    noun_end = k
    case = focus = ""
    if k < end and morphs[k].pos_is("助詞", "格助詞") and morphs[k].text in _CASES:
        case, k = morphs[k].text, k + 1
    if k < end and morphs[k].pos_is("助詞", "係助詞") and morphs[k].text in _FOCUS:
        focus, k = morphs[k].text, k + 1
    if not case and not focus:
        return None
    return _Phrase(_text(morphs[start:noun_end]), case, focus, start, k)


def _runs(morphs: tuple[Morph, ...], start: int, end: int) -> list[list[_Phrase]]:
    """The runs of two or more phrases (``_phrase_at``) one after another in the sentence *start*..*end*, each
    at the start of the sentence or after a comma that follows a particle (…ので、 / 会員の方は、): never after a
    verb or an adjective, which would modify the first phrase's noun (購入した店舗で商品を)."""
    found: list[list[_Phrase]] = []
    for k in range(start, end):
        if k > start and not (morphs[k - 1].text in ("、", ",") and k - 1 > start and morphs[k - 2].head == "助詞"):
            continue
        run: list[_Phrase] = []
        at = k
        while (phrase := _phrase_at(morphs, at, end)) is not None:
            run.append(phrase)
            at = phrase.end
        if len(run) >= 2:
            found.append(run)
    return found


def _adjectival(morphs: tuple[Morph, ...], k: int) -> bool:
    """The word at *k* an adjective or an adjectival noun (必要, 多い) and not the start of a compound noun
    (必要書類): a predicate that takes no object, whose が is its subject."""
    m = morphs[k]
    if k + 1 < len(morphs) and (morphs[k + 1].head == "名詞" or morphs[k + 1].pos_is("接尾辞", "名詞的")):
        return False
    return m.head in ("形容詞", "形状詞") or m.pos_is("名詞", "普通名詞", "形状詞可能")


def _attributive_after(morphs: tuple[Morph, ...], k: int, end: int) -> bool:
    """A noun after a verb, an adjective or an auxiliary between *k* and the next comma: the predicate after
    the phrases may modify that noun (預けた人が来た, 必要な場合), and a phrase moved may then belong to another
    predicate."""
    predicate = False
    for m in morphs[k:end]:
        if m.text in ("、", ","):
            return False
        if predicate and m.head in ("名詞", "代名詞"):
            return True
        if m.head in ("動詞", "形容詞", "助動詞", "形状詞"):
            predicate = True
    return False


def _unmovable(phrase: _Phrase, morphs: tuple[Morph, ...]) -> bool:
    """A phrase whose place may be meaning: a pronoun (誰か, 何, 皆) or a number (3人が, 2冊を), which say a
    quantity or an unknown one whose reach its place may change (誰かが全員を / 全員を誰かが)."""
    return any(
        m.head == "代名詞" or m.kind == "number" or m.pos_is("名詞", "数詞") for m in morphs[phrase.start : phrase.end]
    )


def _topic_moved(ours: list[_Phrase], theirs: list[_Phrase]) -> bool:
    """*ours* and *theirs* (matched by noun) differ in one way only: the は of the subject in one (会員番号は)
    is its が in the other (会員番号が), and another phrase keeps its case particle に (``_PLACES``) and takes the
    は there (お問い合わせの際に / お問い合わせの際には)."""
    by_noun = {p.noun: p for p in theirs}
    differing = [
        (p, by_noun[p.noun]) for p in ours if (p.case, p.focus) != (by_noun[p.noun].case, by_noun[p.noun].focus)
    ]
    if len(differing) != 2:
        return False
    for first, second in (differing, differing[::-1]):
        for one, other in ((0, 1), (1, 0)):
            subject, place = (first[one], first[other]), (second[one], second[other])
            if (
                (subject[0].case, subject[0].focus, subject[1].case, subject[1].focus) == ("", "は", "が", "")
                and place[0].case == place[1].case in _PLACES
                and (place[0].focus, place[1].focus) == ("", "は")
            ):
                return True
    return False


def phrases_in_old_order(old: str, new: str) -> tuple[str, str] | None:
    """(old, new) with *new*'s noun phrases before a predicate put back in *old*'s order and with *old*'s
    particles, or None.

    Japanese says the phrases before a predicate in any order, each phrase's role said by its own case particle:
    会員証を受付でご提示ください / 受付で会員証をご提示ください. A run of two or more phrases (``_phrase_at``:
    nouns joined by の, then が, を, に, で, へ, から, は, も) at the start of a sentence or after a comma that
    follows a particle, the same phrases with the same particles in both texts, the words before the run the
    same and the same word after it. Besides the order, the topic's は may move: from the subject of an
    adjective or an adjectival noun (必要, 多い: no object to be taken for) to another phrase that keeps its
    particle (会員番号はお問い合わせの際に必要です / お問い合わせの際には会員番号が必要です).

    Never read here: a particle changed otherwise (田中さんは会議で紹介します / 会議では田中さんが紹介します:
    the topic of a verb may be its object, and が makes it the actor; 会員番号は必要です / 会員番号が必要です:
    a topic dropped, no other taking its place; に / を swapped); a phrase moved across a comma, a verb or an
    adverb; a run before a predicate that modifies a noun after it (駅に荷物を預けた人が: 駅に may be the
    coming's); a phrase with a pronoun or a number (誰かが全員を: the place may decide the reach); と, や, か
    (a list or a partner: 田中さんと鈴木さんを / 鈴木さんを田中さんと).
    """
    a, b = analyze(old), analyze(new)
    if not a or not b:
        return None
    old_spans, new_spans = _sentences(a), _sentences(b)
    if len(old_spans) != len(new_spans):
        return None
    pieces: list[str] = []
    position, changed = 0, False
    for (i, j), (k, m) in zip(old_spans, new_spans, strict=True):
        # old's runs by the words before them in the sentence: a run is matched only with the one after the same
        # words (runs start only at the sentence's start or after a comma, so they are few)
        old_runs: dict[str, list[list[_Phrase]]] = {}
        for ours in _runs(a, i, j):
            old_runs.setdefault(_text(a[i : ours[0].start]), []).append(ours)
        for run in _runs(b, k, m):
            start, end = run[0].start, run[-1].end
            match = [
                ours
                for ours in old_runs.get(_text(b[k:start]), [])
                if ours[-1].end < j
                and end < m
                and a[ours[-1].end].lemma == b[end].lemma
                and sorted(p.noun for p in ours) == sorted(p.noun for p in run)
            ]
            if len(match) != 1:
                continue
            ours = match[0]
            nouns = [p.noun for p in ours]
            if (
                len(set(nouns)) != len(nouns)
                or any(_unmovable(p, a) for p in ours)
                or any(_unmovable(p, b) for p in run)
            ):
                continue
            same_particles = all((p.case, p.focus) == (q.case, q.focus) for p in ours for q in run if p.noun == q.noun)
            if same_particles:
                if nouns == [p.noun for p in run]:
                    continue  # nothing moved
            elif not (_topic_moved(ours, run) and _adjectival(b, end) and _adjectival(a, ours[-1].end)):
                continue
            if _attributive_after(a, ours[-1].end, j) or _attributive_after(b, end, m):
                continue
            pieces.append(_text(b[position:start]))
            pieces.append(_text(a[ours[0].start : ours[-1].end]))
            position, changed = end, True
            break
    if not changed:
        return None
    pieces.append(_text(b[position:]))
    return old, "".join(pieces)
