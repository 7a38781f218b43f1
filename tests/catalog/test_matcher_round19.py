"""Round 19, match19: the second look (matcher.FuzzyIndex.leftover_edits, merge._second_look).

Once every new message was searched, a short new message given no previous source is looked for again among the
old messages left over (neither in the template nor shown as another's previous source): a synonym swapped for
its rarest word (出店予定 → 出店スケジュール, 身分証明書 → 本人確認書類) reads as another subject among all the old
messages, and is an edit among those left over when the words of the two are one message's said otherwise
(kept, or given a meaning in common by JMdict or SudachiDict). What must stay unpaired: another subject in the
same phrases (its rarest word swapped for an unrelated one), another act of the same things, an old message
still in the template, and anything that needs the resources without them.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog import matcher, po
from kokuchi.catalog.merge import MergeOptions, merge
from kokuchi.language import synonyms

# (the old messages of one notice, the new template): the first of each template is the edit.
FOUND = [
    (  # a market stall: 予定 / スケジュール (JMdict "schedule")
        ["出店予定は、SNSで告知します。", "出店場所は、毎週変わります。", "雨天の場合は、出店を中止します。"],
        [
            "出店スケジュールはSNSにてお知らせいたします。",
            "出店場所は、毎週変わります。",
            "雨天の場合は、出店を中止します。",
        ],
    ),
    (  # a pawnshop: 身分証明書 / 本人確認書類 (証明 / 確認, 書 / 書類), 持参 / 持つ
        [
            "買取の際は、身分証明書をご持参ください。",
            "買取価格は、状態により異なります。",
            "ブランド品の査定は無料です。",
        ],
        [
            "買取時には、本人確認書類をお持ちください。",
            "買取価格は、状態により異なります。",
            "ブランド品の査定は無料です。",
        ],
    ),
    (  # an examination board: 再度 / 改めて, 不合格 / 合格しなかった
        [
            "検定に不合格となった方は、次回に再度受検できます。",
            "検定の結果は、郵送でお知らせします。",
            "受検料は返金いたしません。",
        ],
        [
            "検定に合格しなかった方は、次回に改めて受検できます。",
            "検定の結果は、郵送でお知らせします。",
            "受検料は返金いたしません。",
        ],
    ),
]

UNPAIRED = [
    (  # a bicycle park: another subject, its rarest word swapped for one no resource says alike
        ["駐輪場は、午後9時に閉鎖いたします。", "館内は禁煙です。"],
        ["駐車場の閉鎖は午後9時となります。", "館内は禁煙です。"],
    ),
    (  # a farm: another act of the same things (words of its own on both sides)
        ["採れた野菜はお持ち帰りいただけます。", "畑では、走らないでください。"],
        ["野菜が採れたら、スタッフにお声がけください。", "畑では、走らないでください。"],
    ),
    (  # a library: the rarest word swapped (返却期限 / 延滞料金)
        ["返却期限は、レシートでご確認ください。", "図書館は月曜休館です。"],
        ["延滞料金は、レシートでご確認ください。", "図書館は月曜休館です。"],
    ),
]


def merged(olds: list[str], news: list[str]) -> dict[str, str | None]:
    """Each new message's previous source after a Japanese merge."""
    catalog, template = po.new_catalog(), po.new_catalog()
    for old in olds:
        catalog.append(po.POEntry(msgid=old, msgstr="(translated)"))
    for new in news:
        template.append(po.POEntry(msgid=new))
    result, _ = merge(template, catalog, None, MergeOptions(japanese=True))
    return {entry.msgid: entry.previous_msgid for entry in result if not entry.obsolete}


@pytest.mark.parametrize(("olds", "news"), FOUND)
def test_a_synonym_swapped_in_a_short_message_finds_its_origin_among_the_left_over(olds, news, monkeypatch):
    edited = news[0]
    # The first look declines: among all the old messages the swapped word is the rarest, another subject.
    assert matcher.FuzzyIndex(olds, matcher.RELATED_SIMILARITY).best(edited) is None
    assert merged(olds, news)[edited] == olds[0]
    # Without the second look, no previous source.
    monkeypatch.setattr(matcher.FuzzyIndex, "leftover_edits", lambda self, news, olds: {})
    assert merged(olds, news)[edited] is None


@pytest.mark.parametrize(("olds", "news"), UNPAIRED)
def test_a_new_message_of_other_words_stays_new(olds, news):
    assert merged(olds, news)[news[0]] is None


def test_an_old_message_still_in_the_template_is_no_origin():
    olds, news = FOUND[0]
    # The old message is kept as it is: the reworded one came from elsewhere.
    assert merged(olds, [olds[0], *news])[news[0]] is None


def test_an_old_message_shown_to_another_new_one_is_no_origin():
    olds, news = FOUND[1]
    taken = "買取の際は、身分証明書をご持参ください!"  # the old one, its punctuation edited: the first look's
    previous = merged(olds, [taken, *news])
    assert previous[taken] == olds[0]
    assert previous[news[0]] is None


def test_a_new_message_as_near_to_two_left_over_is_an_edit_of_neither():
    olds = ["出店予定は、SNSで告知します。", "出店予定は、SNSにて告知します。", "出店場所は、毎週変わります。"]
    news = ["出店スケジュールはSNSにてお知らせいたします。", "出店場所は、毎週変わります。"]
    index = matcher.FuzzyIndex(olds, matcher.RELATED_SIMILARITY)
    assert index.leftover_edits([news[0]], olds[:1]) == {news[0]: olds[0]}
    assert index.leftover_edits([news[0]], olds[:2]) == {}  # the same words, as near
    # and an old message as near to two new ones is the origin of neither
    twins = ["出店スケジュールはSNSにてお知らせいたします。", "出店スケジュールは、SNSにてお知らせいたします。"]
    assert matcher.FuzzyIndex(olds, matcher.RELATED_SIMILARITY).leftover_edits(twins, [olds[0]]) == {}


def test_a_long_message_is_not_looked_at_again():
    old = "出店予定は、SNSで告知します。" + "なお、駅前広場と市役所前の出店場所は毎週変わりますので、ご注意ください。"
    new = (
        "出店スケジュールはSNSにてお知らせいたします。"
        + "なお、駅前広場と市役所前の出店場所は毎週変わりますので、ご注意ください。"
    )
    # (the bags read words that are each much of a short message)
    assert not matcher.FuzzyIndex._short(matcher._fold(new))
    assert matcher.FuzzyIndex([old], matcher.RELATED_SIMILARITY).leftover_edits([new], [old]) == {}


def test_without_the_resources_nothing_is_said_alike(monkeypatch):
    olds, news = FOUND[0]
    monkeypatch.setattr(synonyms, "may_mean_the_same", lambda a, b: a == b)
    assert merged(olds, news)[news[0]] is None


def test_the_resources_say_alike_only_words_of_a_meaning_in_common():
    said = synonyms.may_mean_the_same
    assert said("予定", "スケジュール")
    assert said("鍵", "キー")
    assert said("配送", "届ける")
    assert not said("駐車", "駐輪")
    assert not said("残高", "パスワード")
    assert not said("返却", "返信")


def test_without_jmdict_or_sudachi_may_mean_the_same_is_false(monkeypatch):
    def missing(*args, **kwargs):
        raise ImportError("jamdict")

    monkeypatch.setattr(synonyms, "_confirmed", missing)
    synonyms.may_mean_the_same.cache_clear()
    try:
        assert not synonyms.may_mean_the_same("予定", "スケジュール")
    finally:
        synonyms.may_mean_the_same.cache_clear()


def test_a_guard_still_decides_what_the_previous_source_gives():
    olds, news = FOUND[2]
    catalog, template = po.new_catalog(), po.new_catalog()
    for old in olds:
        catalog.append(po.POEntry(msgid=old, msgstr="(translated)"))
    for new in news:
        template.append(po.POEntry(msgid=new))
    result, stats = merge(template, catalog, None, MergeOptions(japanese=True))
    entry = next(entry for entry in result if entry.msgid == news[0])
    assert entry.previous_msgid == olds[0]
    assert stats.new == 0
    # a suggestion through the guard: reused (fuzzy or auto) or not, the entry says where it came from
    assert "source change:" in entry.tcomment
