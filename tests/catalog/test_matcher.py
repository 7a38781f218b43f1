"""The matcher tells an edit of an old message from a new message written from the same stock phrases."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from kokuchi.catalog.matcher import RELATED_SIMILARITY, FuzzyIndex

SERVICES = [
    "インターネットバンキング",
    "法人向けポータル",
    "スマートフォンアプリ",
    "外貨預金サービス",
    "定期券オンライン購入",
    "座席予約サービス",
    "口座振替サービス",
    "電子契約サービス",
    "ポイントサービス",
    "請求書発行機能",
]
FUNCTIONS = ["振込予約", "残高照会", "明細ダウンロード", "パスワード変更", "通知メール送信", "契約情報の閲覧"]
TAILS = ["ご不便をおかけし、誠に申し訳ございません。", "詳細は確認でき次第お知らせいたします。", ""]


def catalog() -> list[str]:
    return [
        f"メンテナンス中は、{service}の{function}をご利用いただけません。{tail}"
        for i, service in enumerate(SERVICES)
        for j, function in enumerate(FUNCTIONS)
        for tail in (TAILS[(i + j) % 3],)
    ]


def test_an_edit_finds_its_origin():
    texts = catalog()
    index = FuzzyIndex(texts)
    old = (
        "メンテナンス中は、外貨預金サービスの振込予約をご利用いただけません。ご不便をおかけし、誠に申し訳ございません。"
    )
    assert old in texts
    for edited in (
        old.replace("メンテナンス中は、", "メンテナンス中は、一時的に"),  # a word added
        old.replace("ございません", "ござません"),  # a typo
        old.replace(
            "ご不便をおかけし、誠に申し訳ございません。", "ご迷惑をおかけし、誠に申し訳ございません。"
        ),  # reworded
        old + "なお、復旧時刻は未定です。",
    ):  # a sentence added
        found = index.best(edited)
        assert found is not None and found[0] == old and found[1] >= 80, edited


def test_a_new_message_from_the_same_phrases_is_not_an_edit():
    index = FuzzyIndex(catalog(), RELATED_SIMILARITY)
    new = "メンテナンス中は、ローン申込サービスの審査状況照会をご利用いただけません。ご不便をおかけし、誠に申し訳ございません。"
    found = index.best(new)
    # As close as an edit (ratio over 80), but about another service: not a suggestion.
    assert (
        fuzz.ratio(
            new,
            "メンテナンス中は、外貨預金サービスの振込予約をご利用いただけません。ご不便をおかけし、誠に申し訳ございません。",
        )
        > 80
    )
    assert found is None


def test_candidates_come_from_the_rarest_bigrams():
    texts = catalog()
    index = FuzzyIndex(texts)
    query = "メンテナンス中は、座席予約サービスの通知メール送信をご利用いただけません。"
    candidates = index.candidates(query)
    assert texts[candidates[0]].startswith("メンテナンス中は、座席予約サービスの通知メール送信")


def test_one_character_messages_and_empty_indexes():
    assert FuzzyIndex(["。", "はい"]).best("いいえ") is None
    assert FuzzyIndex(["済"]).best("済") == ("済", 100.0)


def test_a_width_or_spacing_only_edit_is_the_same_message():
    texts = ["フリーダイヤル０１２０-１２３-４５６までお問い合わせください。", "午後 7時に再開します。"]
    index = FuzzyIndex(texts)
    assert index.best("フリーダイヤル0120-123-456までお問い合わせください。") == (texts[0], 100.0)
    assert index.best("午後7時に再開します。")[0] == texts[1]


def test_an_index_of_nothing_finds_nothing():
    assert FuzzyIndex([]).best("メンテナンスを実施します。") is None


def test_building_in_chunks_changes_nothing(monkeypatch):
    from kokuchi.catalog import grams

    folded = catalog()
    whole = grams.ArrayGrams(folded)
    monkeypatch.setattr(grams, "_CHUNK", 7)
    chunked = grams.ArrayGrams(folded)
    assert (chunked.grams == whole.grams).all() and (chunked.df == whole.df).all()
    assert (chunked.weight == whole.weight).all()
    assert (chunked.postings == whole.postings).all() and (chunked.starts == whole.starts).all()
    query = "メンテナンス中は、座席予約サービスの通知メール送信をご利用いただけません。"
    assert chunked.candidates(query) == whole.candidates(query)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(min_value=0, max_value=(1 << 62) - 1), max_size=300), st.integers(min_value=1, max_value=62)
)
def test_the_packed_stable_order_is_numpys(keys, bits):
    import numpy as np

    from kokuchi.catalog import grams

    array = np.array([key >> (62 - bits) for key in keys], dtype=np.int64)
    assert (grams._stable_order(array) == np.argsort(array, kind="stable")).all()


def _queries() -> list[str]:
    texts = catalog()
    return [
        *(text.replace("メンテナンス中は、", "メンテナンス中は、一時的に") for text in texts),
        *(text.replace("ご不便", "ご迷惑") for text in texts[::3]),
        "メンテナンス中は、ローン申込サービスの審査状況照会をご利用いただけません。",
        "済",
        "",
        "全く関係のない文です。",
        texts[0],
        texts[0],
    ]


def test_candidates_searched_at_once_are_those_searched_one_by_one(monkeypatch):
    """prefetch's batch gives each text the very list candidates gives it: the same budget
    cut, the same ties (a tight budget and few candidates make both matter)."""
    from kokuchi.catalog import grams

    index = grams.ArrayGrams(catalog())
    queries = _queries()
    for budget, candidates in ((grams.POSTINGS_BUDGET, grams.CANDIDATES), (0, 5), (5, 3), (40, 7)):
        monkeypatch.setattr(grams, "POSTINGS_BUDGET", budget)
        monkeypatch.setattr(grams, "CANDIDATES", candidates)
        assert [found.tolist() for found in index.candidates_many(queries)] == [index.candidates(q) for q in queries]
    assert index.candidates_many([]) == []


def test_a_prefetched_index_answers_as_one_that_was_not(monkeypatch):
    from kokuchi.catalog import matcher

    monkeypatch.setattr(matcher, "SMALL", 0)
    texts = catalog()
    ahead, asked = FuzzyIndex(texts, RELATED_SIMILARITY), FuzzyIndex(texts, RELATED_SIMILARITY)
    queries = _queries()
    ahead.prefetch(queries)
    for query in queries:
        assert ahead.best(query) == asked.best(query), query


def test_content_kept_sums_the_weights_as_an_array_would():
    """kept reads the weights from a dict but sums them as numpy sums an array: the same float, to the bit."""
    import numpy as np

    from kokuchi.catalog import grams

    index = grams.ArrayGrams(catalog())

    def weight(codes):  # the array computation kept replaced
        at = np.searchsorted(index.bigrams, codes).clip(max=len(index.bigrams) - 1)
        known = index.bigrams[at] == codes
        return float(index.weight[at[known]].sum()) + int(len(codes) - known.sum()) * index.unknown_weight

    texts = [*catalog(), "未知の文字列です。", "済"]
    for a, b in zip(texts, texts[1:] + texts[:1], strict=True):
        mine, theirs = grams._codes(a, 2), grams._codes(b, 2)
        shared = weight(np.intersect1d(mine, theirs, assume_unique=True))
        assert index.kept(a, b) == max(shared / weight(mine), shared / weight(theirs))
    assert index.kept(texts[0], texts[0]) == 1.0


def test_a_small_catalog_is_indexed_without_numpy_and_answers_as_a_large_one(monkeypatch):
    """Up to matcher.SMALL messages the index is dicts; above, numpy arrays: the same suggestions either way."""
    from kokuchi.catalog import grams, matcher

    texts = catalog() + ["1日あたりの振込限度額は200,000円です。", "ご請求金額を確認してください。", "済"]
    small = FuzzyIndex(texts, RELATED_SIMILARITY)
    monkeypatch.setattr(matcher, "SMALL", 0)
    large = FuzzyIndex(texts, RELATED_SIMILARITY)
    assert isinstance(small.index, matcher._GramDict) and isinstance(large.index, grams.ArrayGrams)
    queries = [text.replace("メンテナンス中は、", "メンテナンス中は、一時的に") for text in texts]
    queries += [text.replace("ご不便", "ご迷惑") for text in texts] + ["1日あたりの振込限度額は2,000,000円です。"]
    queries += [
        "ご請求金額をご確認ください。",
        "メンテナンス中は、ローン申込サービスの審査状況照会をご利用いただけません。",
    ]
    for query in queries:
        assert small.best(query) == large.best(query), query
        assert small.candidates(query) == large.candidates(query), query
        for index in small.candidates(query)[:3]:
            assert abs(small.content_kept(query, index) - large.content_kept(query, index)) < 1e-9


def test_a_number_edit_keeps_its_content():
    """Digits weigh as digits: a yen amount or a count with a thousands separator is an edit, not a new message."""
    amounts = ["1日あたりの振込限度額は200,000円です。", "変更後の月払保険料は3,980円です。"]
    index = FuzzyIndex(catalog() + amounts)
    for old, new in zip(amounts, ["1日あたりの振込限度額は2,000,000円です。", "変更後の月払保険料は4,280円です。"]):
        found = index.best(new)
        assert found is not None and found[0] == old and found[1] >= 80, new


def test_a_short_reworded_message_is_an_edit():
    """In a short message the hiragana of politeness are much of the text: its content characters decide."""
    olds = ["ご請求金額を確認してください。", "受付は8時30分から開始します。", "保護者の皆さまにお知らせします。"]
    news = ["ご請求金額をご確認ください。", "受付は8時30分より開始いたします。", "保護者の皆様にお知らせいたします。"]
    index = FuzzyIndex(catalog() + olds)
    for old, new in zip(olds, news):
        found = index.best(new)
        assert found is not None and found[0] == old and found[1] >= 80, new


def test_a_modifier_added_in_a_long_sentence_is_an_edit():
    old = "障害対応の手順書に従い、各拠点の担当者がサーバーの再起動とログの確認を順に実施しております。"
    index = FuzzyIndex(catalog() + [old])
    found = index.best(old.replace("手順書", "最新の手順書"))
    assert found is not None and found[0] == old


def test_an_edit_that_moved_its_phrases_finds_its_origin():
    old = "路面補修工事のため、本日夜間に追越車線を規制いたします。"
    texts = [*catalog(), old]
    index = FuzzyIndex(texts)
    moved = "本日夜間に、路面補修工事のため追越車線を規制いたします。"
    assert fuzz.ratio(moved, old) < 80  # the sequence scores it low: no edit by the ratio alone
    found = index.best(moved)
    assert found is not None and found[0] == old


def test_moved_phrases_with_a_sentence_gone_are_no_reordering():
    from kokuchi.catalog import matcher

    index = FuzzyIndex(catalog())
    # The phrases of an old message moved, and its apology dropped: other characters, not only another order.
    new = "外貨預金サービスの振込予約は、メンテナンス中にご利用いただけません。"
    folded = matcher._fold(new)
    assert index._reordered(folded, index.candidates(folded)) is None
    # Its words are still those of the one message naming that service and function, less a stock apology:
    # an edit by its words (whether the meaning kept is the guard's to say).
    found = index.best(new)
    assert found is not None and "外貨預金サービスの振込予約を" in found[0] and found[1] >= 80


def test_an_edit_of_kanji_numerals_keeps_its_content():
    # Kanji numerals weigh as digits do: 三日間、七時 → 五日間、八時 changes values, not content.
    old = "会場では三日間、七時から営業します。"
    index = FuzzyIndex([*catalog(), old, "入園料は、中学生以下無料となります。"])
    found = index.best("会場では五日間、八時から営業します。")
    assert found is not None and found[0] == old


def test_notation_edits_all_through_a_message_keep_its_content():
    """すべて → 全て, のうえ → の上, ください → 下さい: rare bigrams change all through the message, but
    every content character of the old is in the new, in its order: an edit."""
    others = [
        "本日の営業は終了しました。",
        "会員証の再発行には手数料がかかります。",
        "駐車場は午後10時に閉鎖いたします。",
        "雨天の場合、屋外プールは休業となります。",
        "貸出中の資料は予約できます。",
        "喫煙は指定の場所でお願いいたします。",
    ]
    old = "ご返却の際は、すべての付属品をお揃えのうえ、お申し出ください。"
    index = FuzzyIndex([*others, old])
    found = index.best("ご返却の際は、全ての付属品をお揃えの上、お申し出下さい。")
    assert found is not None and found[0] == old


REWORDED = [
    "会議室は、平日の夜間でもご予約になれます。",
    "休館日の際は、正面玄関横のポストへご返却下さい。",
    "図書の返却は、カウンターで受け付けております。",
    "体育館は、祝日でもご利用になれます。",
]


def test_an_edit_told_by_its_words_finds_its_origin():
    """Politeness, notation and the order of phrases changed (下さい/ください, へ/に, ご返却/返却して, 際/時,
    phrases moved): the characters do not make it an edit, the content words' lemmas do."""
    texts = [*catalog(), *REWORDED]
    index = FuzzyIndex(texts)
    moved = "平日の夜間にも、会議室をご予約いただけます。"
    assert fuzz.ratio(moved, REWORDED[0]) < 80
    reworded = "休館日の時は、正面玄関横のポストに返却してください。"
    assert index.content_kept(reworded, texts.index(REWORDED[1])) < 0.8  # as close as an edit, its bigrams not kept
    for old, new in [(REWORDED[0], moved), (REWORDED[1], reworded)]:
        found = index.best(new)
        assert found is not None and found[0] == old and found[1] >= 80, new


def test_another_subject_in_the_same_words_is_no_edit_by_its_words():
    """The words test keeps the content test: another facility or another service's function is a new message."""
    index = FuzzyIndex([*catalog(), *REWORDED])
    assert index.best("体育館は、平日の夜間にもご予約いただけます。") is None
    assert index.best("外貨預金サービスの口座振替は、メンテナンス中にご利用いただけません。") is None


def test_without_the_analyzer_no_edit_is_told_by_its_words(monkeypatch):
    from kokuchi.language import tokens

    monkeypatch.setattr(tokens, "tagger", lambda: None)
    index = FuzzyIndex([*catalog(), *REWORDED])
    found = index.best("平日の夜間にも、会議室をご予約いただけます。")
    assert found is None or found[1] < 80


def test_the_words_of_a_message_leave_out_courtesy_numbers_and_function_words():
    from kokuchi.catalog import matcher

    def lemmas(text: str) -> list[str]:
        return [lemma for lemma, _, _ in matcher._words(matcher._mask(matcher._fold(text))) or []]

    assert lemmas("お忘れ物は、受付で1か月間お預かりします。") == ["忘れ物", "受け付け", "間", "預かる"]
    assert lemmas("机・いすを元の配置にお戻し下さい。") == lemmas("机と椅子を元の配置に戻してください。")


def test_a_rephrased_edit_sharing_no_5_gram_is_found_by_its_content_characters():
    """自習室は、授業がない日でも → 授業のない日にも、自習室を: no 5-gram in common, the content trigrams are."""
    old = "談話室は、講座がない日でもご利用になれます。"
    index = FuzzyIndex([*catalog(), *REWORDED, old])
    new = "講座のない日にも、談話室をご利用いただけます。"
    assert old not in [index.texts[i] for i in index.candidates(new)]
    found = index.best(new)
    assert found is not None and found[0] == old and found[1] >= 80


def test_digits_and_the_kanji_numerals_of_counts_are_masked_as_0():
    from kokuchi.catalog import matcher

    assert matcher._mask("二十名、3,980円から4,280円へ（０は全角）") == "0十名、0,000円から0,000円へ（０は全角）"
    assert matcher._mask("一二三四五六七八九十百123456789") == "000000000十百000000000"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="請求金額確認0十", max_size=20), st.text(alphabet="請求金額確認0十", max_size=20))
def test_characters_apart_count_what_each_text_lacks(a, b):
    from collections import Counter

    from kokuchi.catalog.matcher import _apart

    mine, theirs = Counter(a), Counter(b)
    assert _apart(mine, theirs) == max((mine - theirs).total(), (theirs - mine).total()) == _apart(theirs, mine)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="請求金額確認のをご下さい0十ア", max_size=24),
    st.text(alphabet="請求金額確認のをご下さい0十ア", max_size=24),
    st.integers(min_value=0, max_value=10),
)
def test_content_changed_under_a_limit_says_the_same_of_the_limit(a, b, limit):
    """With a limit, a count above it may come back as another count above it, never as one at or below."""
    from kokuchi.catalog.matcher import content_changed

    exact = content_changed(a, b)
    bounded = content_changed(a, b, limit)
    assert (bounded > limit) == (exact > limit)
    assert bounded <= exact
    if exact <= limit:
        assert bounded == exact


def test_nearby_after_best_is_nearby_alone():
    """`nearby` takes the nearest candidates `best` found for the same text: the same as searched afresh."""
    texts = catalog()
    queries = [
        "メンテナンスのため、外貨預金サービスの振込予約は停止します。",  # related (56): best looks at the nearest
        "外貨預金サービスの振込予約をご利用いただけません。",
        texts[3].replace("メンテナンス中は、", "工事中は、"),
        "本日は晴天なり。",
        texts[7],
    ]
    for query in queries:
        asked, fresh = FuzzyIndex(texts, RELATED_SIMILARITY), FuzzyIndex(texts, RELATED_SIMILARITY)
        asked.best(query)
        assert asked.nearby(query) == fresh.nearby(query), query
        assert asked.nearby(query, limit=5) == fresh.nearby(query, limit=5), query
    assert len(FuzzyIndex(texts, RELATED_SIMILARITY).nearby(queries[0])) == 3


def test_content_kept_in_order_is_all_kept_whatever_the_bigrams():
    """Content characters all in the other's, in order, answer 1.0 before the bigrams are weighed."""
    texts = catalog()
    index = FuzzyIndex(texts)
    old = texts.index(
        "メンテナンス中は、外貨預金サービスの振込予約をご利用いただけません。ご不便をおかけし、誠に申し訳ございません。"
    )
    assert index.content_kept(texts[old].replace("ご利用いただけません", "ご利用になれません"), old) == 1.0
    other = "メンテナンス中は、ローン申込サービスの審査状況照会をご利用いただけません。"
    assert index.content_kept(other, old) < 0.8


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.integers(0, 40), max_size=12), max_size=8))
def test_counted_runs_are_numpys_unique_values_and_counts(runs):
    """The candidate search counts shared grams by sorting sorted runs (each gram's postings) and reading
    the runs of equal values: numpy's unique with counts, to the value, count and dtype, empty or not."""
    import numpy as np

    from kokuchi.catalog.grams import _runs

    gathered = np.array([value for run in runs for value in sorted(run)], dtype=np.int64)
    expected_values, expected_counts = np.unique(gathered, return_counts=True)
    gathered.sort(kind="stable")
    values, counts = _runs(gathered)
    assert values.tolist() == expected_values.tolist() and counts.tolist() == expected_counts.tolist()
    assert values.dtype == expected_values.dtype and counts.dtype == expected_counts.dtype
