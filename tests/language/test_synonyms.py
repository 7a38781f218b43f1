"""Two different words shown the same by two open resources, and constructions shown equal by morphology.

A SudachiDict synonym group only proposes; JMdict's English glosses confirm.
Each resource alone would let a meaning change through (延長/延期 share a
group, 入金/出金 a gloss): the pairs below are checked with both, and the
constructions each checked not to open a flip.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from kokuchi.catalog.suggest import FLIP_KINDS, decide
from kokuchi.language import evidence, synonyms
from kokuchi.language.morphology import analyze


def word(text: str):
    (morph,) = analyze(text)
    return morph


def reused(old: str, new: str) -> bool:
    return decide(old, "The old translation.", new).kind not in FLIP_KINDS


@pytest.mark.parametrize("a,b", [("至急", "早急"), ("混み合う", "混雑"), ("詳細", "詳しい"), ("完了", "終了")])
def test_words_both_resources_show_the_same(a, b):
    assert synonyms.same_word(word(a), word(b))


@pytest.mark.parametrize(
    "a,b",
    [
        ("延長", "延期"),  # extension, postponement: one synonym group, no gloss in common
        ("開館", "休館"),  # open, closed
        ("入金", "出金"),  # deposit, withdrawal: both "payment" in JMdict, no synonym group
        ("開始", "終了"),
        ("出発", "到着"),
        ("請求", "返金"),
        ("拡大", "縮小"),
        ("増加", "減少"),
        ("当選", "落選"),
        ("有料", "無料"),
        ("以下", "未満"),  # a limit is never asked about
        ("上昇", "下落"),
    ],
)
def test_words_that_differ_are_not_shown_the_same(a, b):
    assert not synonyms.same_word(word(a), word(b))


def test_each_resource_alone_would_be_wrong():
    def groups(text):
        return synonyms._groups(synonyms._spellings(synonyms._forms(word(text))))

    assert groups("延長") & groups("延期")  # a candidate, and no synonym
    assert not synonyms._confirmed(("延長",), ("延期",))
    assert synonyms._confirmed(("入金",), ("出金",))  # a shared gloss, and no synonym
    assert not groups("入金") & groups("出金")


def test_a_verb_is_confirmed_with_a_suru_noun_of_the_same_gloss():
    # 混み合う "to be crowded", 混雑 "crowding": one gloss without "to be" and inflection.
    assert synonyms._normalized("to be crowded") & synonyms._normalized("crowding")
    assert not synonyms._normalized("the following") & synonyms._normalized("following")


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "ご登録内容に不備がございますので、至急ご確認ください。",
            "ご登録内容に不備がございますので、早急にご確認ください。",
        ),
        ("履修登録期間中は、窓口が混み合います。", "履修登録期間中は、窓口が混雑いたします。"),
        ("詳細は市ホームページをご覧ください。", "詳しくは市ホームページをご覧ください。"),
        # The same word as a verb's stem and as the noun it makes.
        ("窓口までお問い合わせください。", "窓口までお問い合わせくださいますようお願いいたします。"),
    ],
)
def test_synonym_edits_are_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("受付期間を延長いたします。", "受付期間を延期いたします。"),
        ("本日は開館しております。", "本日は休館しております。"),
        ("口座への入金を確認いたしました。", "口座への出金を確認いたしました。"),
        ("至急ご確認ください。", "至急ご確認いただく必要はありません。"),  # the polarity is read apart
        ("窓口が混み合います。", "窓口が混雑いたしません。"),
    ],
)
def test_synonym_candidates_that_change_the_meaning_are_not_offered(old, new):
    assert not reused(old, new)


# Constructions.


@pytest.mark.parametrize(
    "old,new",
    [
        ("本件の担当は、総務課です。", "本件の担当は総務課となります。"),
        ("本件の担当は総務課でございます。", "本件の担当は総務課となっております。"),
        ("会場は第二体育館です。", "会場は第二体育館になります。"),
        (
            "障害の詳細は、ステータスページでご確認いただけます。",
            "障害の詳細につきましては、ステータスページにてご確認いただけます。",
        ),
        ("料金は変更ありません。", "料金については変更ありません。"),
        ("料金は変更ありません。", "料金に関しましては変更ありません。"),
        ("下記の番号までご連絡ください。", "以下の番号までご連絡ください。"),
        ("住所が不明のため、下記の番号までご連絡ください。", "住所が不明のため、以下の番号までご連絡ください。"),
        ("上記の内容をご確認ください。", "以上の内容をご確認ください。"),
    ],
)
def test_constructions_that_say_the_same_are_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # となる keeps its own polarity and tense: only the non-past copula is です.
        ("本件の担当は総務課です。", "本件の担当は総務課となりません。"),
        ("本件の担当は総務課となります。", "本件の担当は総務課ではありません。"),
        ("本件の担当は総務課です。", "本件の担当は総務課となりました。"),
        ("今回の変更の対象です。", "今回の変更の対象外となります。"),
        ("利用料は有料です。", "利用料は無料となります。"),
        # につきましては is は, and no more.
        ("詳細につきましては、窓口でご確認いただけます。", "詳細は、窓口でご確認いただけません。"),
        ("料金については変更ありません。", "料金については変更があります。"),
        # 以下 after a noun or a number is a limit, not "the following".
        ("中学生以下の方は無料です。", "中学生以上の方は無料です。"),
        ("18歳以下の方は無料です。", "18歳未満の方は無料です。"),
        ("下記の方は無料です。", "18歳以下の方は無料です。"),
        ("以下の番号までご連絡ください。", "以上の番号までご連絡ください。"),
        ("下記の番号までご連絡ください。", "上記の番号までご連絡ください。"),
    ],
)
def test_constructions_open_no_flip(old, new):
    assert not reused(old, new)


def test_the_resources_load_only_when_a_pair_needs_them():
    code = (
        "import sys\n"
        "from kokuchi.catalog.suggest import decide\n"
        "decide('確認して下さい。', 'x', '確認してください。')\n"
        "decide('担当は総務課です。', 'x', '担当は総務課となります。')\n"
        "assert 'sudachipy' not in sys.modules and 'jamdict' not in sys.modules, 'loaded early'\n"
        "decide('至急ご確認ください。', 'x', '早急にご確認ください。')\n"
        "assert 'sudachipy' in sys.modules and 'jamdict' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_without_the_resources_no_two_words_are_the_same(monkeypatch):
    def missing():
        raise ImportError("not installed")

    caches = (synonyms._senses, synonyms._groups, synonyms._spellings)
    for loader in ("_jmdict", "_sudachi"):
        monkeypatch.setattr(synonyms, loader, missing)
    for cached in caches:
        cached.cache_clear()
    try:
        assert not synonyms.same_word(word("至急"), word("早急"))
        assert not reused("至急ご確認ください。", "早急にご確認ください。")
    finally:
        for cached in caches:
            cached.cache_clear()


@pytest.mark.parametrize(
    "old,new",
    [
        ("後日あらためて日程を調整させていただきます。", "後日あらためて日程を調整いたします。"),
        ("処方箋の受付は、午後6時30分までとさせていただきます。", "処方箋の受付は、午後6時30分までとなります。"),
        ("ご乗船の際は、係員の指示に従ってください。", "乗船時は、係員の指示に従ってください。"),
        ("緊急の際は、下記までご連絡ください。", "緊急時は、以下までご連絡ください。"),
        # The same characters, read otherwise by the analyzer beside another word.
        ("お持ちの方は、至急当薬局までご連絡ください。", "お持ちの方は、早急に当薬局までご連絡ください。"),
    ],
)
def test_humble_forms_and_occasions_are_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("後日あらためて日程を調整させていただきます。", "後日あらためて日程を調整させていただけません。"),
        ("後日あらためて日程を調整させていただきます。", "後日あらためて日程の調整を中止させていただきます。"),
        ("受付は午後6時までとさせていただきます。", "受付は午後6時までとさせていただきました。"),
        ("受付は午後6時までとさせていただきます。", "受付は午後6時からとさせていただきます。"),
        ("ご乗船の際は、係員の指示に従ってください。", "下船時は、係員の指示に従ってください。"),
        ("ご乗船の際は、係員の指示に従ってください。", "乗船後は、係員の指示に従ってください。"),
    ],
)
def test_humble_forms_and_occasions_open_no_flip(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("弊社にて送料を負担いたします。", "送料を弊社にて負担いたします。", True),
        ("普通預金から定期預金へ振り替えます。", "定期預金へ普通預金から振り替えます。", True),
        # The particles go with their words: another word with each particle is another sentence.
        ("当社がお客さまを招待します。", "お客さまが当社を招待します。", False),
        ("東京から大阪まで運休します。", "大阪から東京まで運休します。", False),
        ("弊社にて送料を負担いたします。", "送料を弊社にて負担いたしません。", False),
        ("弊社が送料を負担いたします。", "送料が弊社を負担いたします。", False),
    ],
)
def test_phrases_reordered_with_their_particles(old, new, offered):
    assert reused(old, new) is offered


def test_a_noun_becoming_what_the_next_is_is_the_compound():
    assert reused("対象となる車両の使用者にお知らせします。", "対象車両の使用者にお知らせします。")
    assert not reused("対象となる車両の使用者にお知らせします。", "対象外となる車両の使用者にお知らせします。")
    assert not reused("対象となる車両の使用者にお知らせします。", "対象とならない車両の使用者にお知らせします。")


def test_one_lemma_read_as_another_word_is_no_synonym():
    # いただく (a request) and いただける ("can") share the lemma 頂く.
    assert evidence.compare("こちらでご確認いただきます。", "こちらでご確認いただけます。").kind == evidence.CHANGE
    # Nor is it a typing slip: one kana made the request a "can".
    assert not reused("こちらでご確認いただきます。", "こちらでご確認いただけます。")
    assert not reused("窓口でお受け取りいただきます。", "窓口でお受け取りいただけます。")


# SudachiDict silent about one word: JMdict alone, on a stronger confirmation.


def test_a_word_sudachi_has_no_group_for_is_confirmed_by_many_shared_glosses():
    assert not synonyms._groups(synonyms._spellings(("平常",)))  # SudachiDict says nothing of 平常
    assert synonyms.same_word(word("通常"), word("平常"))  # "usual", "normal", "ordinary"
    assert reused("売店は、通常どおり営業いたします。", "売店は、平常どおり営業いたします。")
    for a, b in [("請求", "申請"), ("短縮", "縮小"), ("以下", "未満"), ("入金", "出金"), ("引き上げる", "引き下げる")]:
        assert not synonyms.same_word(word(a), word(b)), (a, b)


_DISTINCT = (
    "開始 終了 延長 短縮 出発 到着 入金 出金 請求 返金 拡大 縮小 増加 減少 上昇 下落 開館 休館 当選 落選 "
    "有料 無料 通常 臨時 平日 休日 午前 午後 前日 翌日 初回 最終 入場 退場 乗車 降車 予約 受付 締切 "
    "申請 許可 禁止 入口 出口 上限 下限 合格 新規 更新 全部 一部 個人 法人 本人 家族 大人 子供 国内 海外 "
    "送信 受信 購入 販売 貸出 返却 入荷 出荷 持参 郵送 来店 配送"
).split()


def test_hundreds_of_words_that_differ_stay_unconfirmed():
    from itertools import combinations

    from kokuchi.language.flips import builtin_pairs

    pairs = list(combinations(_DISTINCT, 2)) + [tuple(p) for p in builtin_pairs()[1]]
    checked = 0
    for a, b in pairs:
        ma, mb = analyze(a), analyze(b)
        if len(ma) == 1 and len(mb) == 1:
            checked += 1
            assert not synonyms.same_word(ma[0], mb[0]), (a, b)
    assert checked >= 300


# Respect, destinations and checked equivalents.


@pytest.mark.parametrize(
    "old,new,english",
    [
        (
            "会員証を紛失された場合は、受付までお申し出ください。",
            "会員証を紛失した場合は、受付まで申し出てください。",
            "If you have lost your membership card, please tell the front desk.",
        ),
        (
            "予約を変更される場合は、前日までにご連絡ください。",
            "予約を変更する場合は、前日までにご連絡ください。",
            "If you wish to change your booking, please contact us by the day before.",
        ),
        (
            "商品を購入された方は、レシートを保管してください。",
            "商品を購入した方は、レシートを保管してください。",
            "Customers who bought the product should keep the receipt.",
        ),
    ],
)
def test_respect_said_with_reru_is_the_verb_itself(old, new, english):
    assert decide(old, english, new).kind not in FLIP_KINDS


@pytest.mark.parametrize(
    "old,new,english",
    [
        # The old English says passive: カードを盗まれた is the card stolen from you, not by you.
        (
            "カードを盗まれた場合は、ご連絡ください。",
            "カードを盗んだ場合は、ご連絡ください。",
            "If your card is stolen, please contact us.",
        ),
        (
            "予約をキャンセルされた場合は、ご連絡ください。",
            "予約をキャンセルした場合は、ご連絡ください。",
            "If your booking gets cancelled, please contact us.",
        ),
        # An agent or a subject in the clause: passive, whatever the English.
        ("係員に確認された場合は、ご連絡ください。", "係員に確認した場合は、ご連絡ください。", "x"),
        ("予約がキャンセルされた場合は、ご連絡ください。", "予約をキャンセルした場合は、ご連絡ください。", "x"),
        # The respect keeps its own polarity and tense.
        ("会員証を紛失された場合は、お申し出ください。", "会員証を紛失しなかった場合は、お申し出ください。", "x"),
        ("会員証を紛失される場合は、お申し出ください。", "会員証を紛失した場合は、お申し出ください。", "x"),
    ],
)
def test_respect_opens_no_flip(old, new, english):
    assert decide(old, english, new).kind in FLIP_KINDS


def test_rareru_may_be_can_and_is_no_respect():
    # 来られる場合 may be "if you can come": only れる is read as respect.
    assert evidence.compare("会場に来られる場合、", "会場に来る場合、").kind == evidence.CHANGE
    assert evidence.compare("会場をご利用される場合、", "会場をご利用する場合、").kind != evidence.CHANGE


def test_the_passive_is_read_from_the_old_english():
    from kokuchi.catalog.suggest import _passive

    for passive in ("If your card is stolen", "if it was lost", "when the booking gets cancelled", "are asked for"):
        assert _passive().search(passive), passive
    for active in ("If you have lost your card", "If you need to cancel", "please contact us"):
        assert not _passive().search(active), active


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("お近くの窓口までお越しください。", "お近くの窓口へお越しください。", True),
        ("本社の総務課までお問い合わせください。", "本社の総務課へお問い合わせください。", True),
        # まで after a time or an event is "until"; から is "from".
        ("前日までにご連絡ください。", "前日にご連絡ください。", False),
        ("18時までご連絡ください。", "18時にご連絡ください。", False),
        ("終了までお待ちください。", "終了にお待ちください。", False),
        ("期限までご連絡ください。", "期限にご連絡ください。", False),
        ("最終日までご連絡ください。", "最終日にご連絡ください。", False),
        ("夜間までご連絡ください。", "夜間にご連絡ください。", False),
        ("窓口までご連絡ください。", "窓口からご連絡ください。", False),
        ("窓口までお越しください。", "窓口までお越しいただけません。", False),
    ],
)
def test_made_after_a_place_before_a_request_is_a_destination(old, new, offered):
    assert reused(old, new) is offered


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("毎月初回の来院時に診察券をご提示ください。", "毎月最初の来院時に診察券をご提示ください。", True),
        ("毎月初回の来院時に診察券をご提示ください。", "毎月最後の来院時に診察券をご提示ください。", False),
        ("お近くの営業所までお持ちください。", "最寄りの営業所までお持ちください。", True),
        ("当日は印鑑をご持参ください。", "当日は印鑑をお持ちください。", True),
        ("当日は印鑑をご持参ください。", "当日は印鑑をお持ちにならないでください。", False),
        ("障害が発生し、大変申し訳ございません。", "障害が発生し、誠に申し訳ございません。", True),
        ("保険証をお持ちでない方は、受付へ。", "保険証がお手元にない方は、受付へ。", True),
        ("保険証をお持ちでない方は、受付へ。", "保険証がお手元にある方は、受付へ。", False),
    ],
)
def test_checked_equivalents(old, new, offered):
    assert reused(old, new) is offered


@pytest.mark.parametrize(
    "old,new,english,offered",
    [
        (
            "ご利用されている方は、窓口へお越しください。",
            "利用している方は、窓口へお越しください。",
            "Users, please come to the counter.",
            True,
        ),
        (
            "お客様が入力された場合は、ご連絡ください。",
            "お客様が入力した場合は、ご連絡ください。",
            "If you have entered it, please contact us.",
            True,
        ),
        # An honoured subject, and the old English passive: "billed", not "bill".
        (
            "お客様が請求された場合は、ご連絡ください。",
            "お客様が請求した場合は、ご連絡ください。",
            "If you are billed, please contact us.",
            False,
        ),
        # An honoured subject with an agent: passive.
        (
            "お客様が当社に請求された場合は、ご連絡ください。",
            "お客様が当社に請求した場合は、ご連絡ください。",
            "x",
            False,
        ),
        # A subject that is no person honoured: passive.
        ("予約がキャンセルされた場合は、ご連絡ください。", "予約がキャンセルした場合は、ご連絡ください。", "x", False),
    ],
)
def test_respect_of_an_honoured_subject_and_of_an_ongoing_action(old, new, english, offered):
    assert (decide(old, english, new).kind not in FLIP_KINDS) is offered


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("積雪が予想されるため、運行を見合わせます。", "積雪が予想されますので、運行を見合わせます。", True),
        ("部品を変更したため、納期が遅れます。", "部品を変更したので、納期が遅れます。", True),
        ("在庫が少ないため、お一人様一点までです。", "在庫が少ないので、お一人様一点までです。", True),
        # After a plain verb or ない, ため may be "in order to": it stays itself.
        ("部品を購入するため、来店します。", "部品を購入するので、来店します。", False),
        ("忘れないため、メモします。", "忘れないので、メモします。", False),
        ("部品を変更するのではなく、中止します。", "部品を変更するため、中止します。", False),
        ("積雪が予想されるため、運行を見合わせます。", "積雪が予想されないので、運行を見合わせます。", False),
    ],
)
def test_because_said_otherwise(old, new, offered):
    assert reused(old, new) is offered


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("システムへの影響はありません。", "システムへの影響はない。", True),
        ("システムへの影響はありませんでした。", "システムへの影響はなかった。", True),
        ("在庫がないため、販売を終了します。", "在庫がありませんので、販売を終了します。", True),
        ("今回の変更の対象ではありません。", "今回の変更の対象ではない。", True),
        # The polarity and the tense stay themselves.
        ("システムへの影響はありません。", "システムへの影響はある。", False),
        ("システムへの影響はありませんでした。", "システムへの影響はない。", False),
        ("システムへの影響はありません。", "システムへの影響はないとは言えません。", False),
    ],
)
def test_aru_negated_is_nai(old, new, offered):
    assert reused(old, new) is offered


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("会員の方はご利用になれます。", "会員の方はご利用いただけます。", True),
        ("このカードはお使いになれません。", "このカードはお使いいただけません。", True),
        ("このカードはお使いになれません。", "このカードはお使いいただけます。", False),
        ("会員の方はご利用になれます。", "会員の方はご利用いただきます。", False),
        # なれる, "can become", is no copula.
        ("会員の方はご利用になれます。", "会員の方はご利用になります。", False),
        ("会場は第二体育館になれます。", "会場は第二体育館になります。", False),
    ],
)
def test_ni_nareru_is_the_honorific_can(old, new, offered):
    assert (evidence.compare(old, new).kind != evidence.CHANGE) is offered
    assert reused(old, new) is offered


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("商品をお受け取りの際は、身分証をご提示ください。", "商品を受け取る際は、身分証をご提示ください。", True),
        ("荷物をお届けの際は、ご連絡ください。", "荷物を届ける際は、ご連絡ください。", True),
        ("対象の方には、個別にご連絡いたします。", "対象となる方には、個別にご連絡いたします。", True),
        # Another verb, a tense, a negation or 対象外 is another sentence.
        ("商品をお受け取りの際は、身分証をご提示ください。", "商品を受け渡す際は、身分証をご提示ください。", False),
        ("商品をお受け取りの際は、身分証をご提示ください。", "商品を受け取った際は、身分証をご提示ください。", False),
        ("商品をお受け取りの際は、身分証をご提示ください。", "商品を受け取らない際は、身分証をご提示ください。", False),
        ("対象の方には、個別にご連絡いたします。", "対象外となる方には、個別にご連絡いたします。", False),
        ("当社がお客様を招待します。", "当社をお客様が招待します。", False),
    ],
)
def test_a_particle_dropped_with_a_verb_said_as_its_honorific_noun(old, new, offered):
    assert reused(old, new) is offered


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("必ず事前にご予約ください。", "事前に必ずご予約ください。", True),
        ("全く問題がありません。", "問題が全くありません。", True),
        ("お支払いは現金のみとなります。", "お支払いは現金のみです。", True),
        # An adverb dropped or changed, a tense, のみ dropped: another sentence.
        ("必ず事前にご予約ください。", "事前にご予約ください。", False),
        ("必ず事前にご予約ください。", "事前に必ずしもご予約ください。", False),
        ("お支払いは現金のみとなります。", "お支払いは現金のみとなりました。", False),
        ("お支払いは現金のみとなります。", "お支払いは現金です。", False),
    ],
)
def test_an_adverb_moved_and_only_as_a_copula(old, new, offered):
    assert reused(old, new) is offered


# Whole compounds, relative time, "about", "before", humble forms before a noun, courtesy set phrases.


@pytest.mark.parametrize(
    "old,new",
    [
        # A noun compound looked up whole: both resources show the two compounds the same word.
        (
            "ジェネリック医薬品への変更をご希望の方は、お申し付けください。",
            "後発医薬品への変更をご希望の方は、お申し付けください。",
        ),
        ("車台番号は、車検証でご確認いただけます。", "車台番号は、自動車検査証でご確認いただけます。"),
        # A noun of relative time + に before an action's noun is + の (the when of the action).
        ("粗大ごみは、事前に申し込みが必要です。", "粗大ゴミは、事前の申込みが必要です。"),
        ("作業の内容は事後に報告が必要です。", "作業の内容は事後の報告が必要です。"),
        # に関する / についての / に関しての before a noun; について / に関して before a verb.
        ("騒音に関する苦情が寄せられております。", "騒音についての苦情が寄せられています。"),
        ("騒音に関しての苦情が寄せられております。", "騒音に関する苦情が寄せられております。"),
        ("規約について説明いたします。", "規約に関して説明いたします。"),
        # 未 + an action's noun is the noun + 前, "before" (and negates nothing).
        (
            "未就学のお子様は、添い寝に限り無料でご宿泊いただけます。",
            "就学前のお子様は、添い寝に限り無料でご宿泊いただけます。",
        ),
        ("使用前の商品に限り返品できます。", "未使用の商品に限り返品できます。"),
        # せる + て + いただく before 場合 is the verb said humbly.
        ("混雑時は、入場を制限させていただく場合がございます。", "混雑時には、入場を制限する場合があります。"),
        # How deeply, in a set phrase of courtesy; the closing courtesy of a notice.
        ("心よりお詫び申し上げます。", "深くお詫び申し上げます。"),
        ("重ねてお礼申し上げます。", "お礼申し上げます。"),
        (
            "引き続き、「クリスタル・レガリア」をよろしくお願い申し上げます。",
            "今後とも「クリスタル・レガリア」をよろしくお願いいたします。",
        ),
        ("引き続き、よろしくお願いいたします。", "今後とも、よろしくお願いいたします。"),
        # What an apology is for: a past clause made a noun, or the verb's connective form.
        (
            "お客さまにはご迷惑をおかけし、深くお詫び申し上げます。",
            "お客さまにはご迷惑をおかけしましたことを、深くお詫び申し上げます。",
        ),
        ("ご迷惑をおかけし、誠に申し訳ございません。", "ご迷惑をおかけしましたことを、深くお詫び申し上げます。"),
        # A suru-noun's past participle before a noun is ご + the noun + の ("your reserved …").
        (
            "予約された資料が用意できましたら、お電話でご連絡いたします。",
            "ご予約の資料がご用意できましたら、電話でご連絡します。",
        ),
        ("ご登録のメールアドレスにお送りします。", "登録されたメールアドレスにお送りします。"),
        # A humble verb and the plain verb it says politely, confirmed by JMdict.
        ("ご予約は電話で承ります。", "ご予約は電話で受け付けます。"),
        ("ご意見を伺います。", "ご意見を聞きます。"),
        # An action + が/も + 可能です is "you can" (ご〜いただけます); も, "also", wherever it stands in that clause.
        ("入館が可能です。", "ご入館いただけます。"),
        ("ベビーカーでの入館も可能です。", "ベビーカーでもご入館いただけます。"),
        ("宅配ロッカーでのお受け取りも可能です。", "宅配ロッカーでも、お受け取りいただけます。"),
        # Phrases reordered with their own particles, after a word in Latin letters (FAXで: the particle).
        (
            "処方箋はFAXで事前にお送りいただくと、待ち時間を短縮できます。",
            "処方箋を事前にFAXでお送りいただくと、待ち時間を短縮できます。",
        ),
    ],
)
def test_compounds_relative_time_about_before_and_set_phrases_are_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # Compounds: each resource alone, or neither, is no proof.
        ("入金確認をお願いします。", "出金確認をお願いします。"),
        ("延長申請が必要です。", "延期申請が必要です。"),
        ("開場時間は10時です。", "閉場時間は10時です。"),
        ("全額返金いたします。", "一部返金いたします。"),
        ("ジェネリック医薬品をご希望でない方", "後発医薬品をご希望の方"),
        ("車検証をご用意ください。", "自動車検査証の写しをご用意ください。"),
        # に and の: only a noun of relative time, before an action's noun.
        ("3日に申し込みが必要です。", "3日の申し込みが必要です。"),
        ("事前に申し込みが必要です。", "事後の申し込みが必要です。"),
        ("以前に申請が必要です。", "以前の申請が必要です。"),
        ("子供に説明が必要です。", "子供の説明が必要です。"),
        # "about" is not "towards", nor "also about"; the noun it is said of stays itself.
        ("騒音に関する苦情が寄せられています。", "騒音に対する苦情が寄せられています。"),
        ("騒音に関する苦情が寄せられています。", "騒音についての説明が寄せられています。"),
        ("規約について説明します。", "規約についても説明します。"),
        # 未 is "before" only where the other text says "before" of the same noun.
        ("未就学のお子様は無料です。", "就学のお子様は無料です。"),
        ("就学前のお子様は無料です。", "就学後のお子様は無料です。"),
        ("未使用の商品に限ります。", "使用済みの商品に限ります。"),
        # いただける is "can"; a negation stays one.
        ("入場を制限させていただく場合がございます。", "入場を制限させていただける場合がございます。"),
        ("入場を制限させていただく場合がございます。", "入場を制限しない場合があります。"),
        # 引き続き outside the closing courtesy says "continue".
        ("引き続き運休いたします。", "運休いたします。"),
        ("引き続き、運休いたします。", "今後とも、運休いたします。"),
        ("引き続き運休いたしますので、よろしくお願いいたします。", "運休いたしますので、よろしくお願いいたします。"),
        ("処方箋はFAXで事前にお送りください。", "処方箋はFAXで事後にお送りください。"),
        # The past of what an apology is for is not the trouble still to come, nor its negation.
        ("ご迷惑をおかけしましたことを、お詫び申し上げます。", "ご迷惑をおかけすることを、お詫び申し上げます。"),
        (
            "ご迷惑をおかけしましたことを、お詫び申し上げます。",
            "ご迷惑をおかけしませんでしたことを、お詫び申し上げます。",
        ),
        ("サービスを停止したことをお知らせします。", "サービスを停止し、お知らせします。"),
        # A humble verb is only the plain verbs JMdict confirms, with its own polarity.
        ("ご予約は電話で承ります。", "ご予約は電話でお断りします。"),
        ("ご予約は電話で承ります。", "ご予約は電話で承りかねます。"),
        ("ご予約は電話で承ります。", "ご予約は電話で受け付けておりません。"),
        # "You can" keeps its polarity, its tense and its "also"; 可能性 is "a possibility".
        ("ベビーカーでの入館も可能です。", "ベビーカーでのご入館はできません。"),
        ("ベビーカーでの入館も可能です。", "ベビーカーでもご入館いただけません。"),
        ("ベビーカーでの入館も可能です。", "ベビーカーでご入館いただけます。"),
        ("入館が可能です。", "入館が可能でした。"),
        ("入館は不可能です。", "ご入館いただけます。"),
        ("変更の可能性があります。", "ご変更いただけます。"),
        # A participle is ご + the noun + の only: not the noun + の, not the non-past, not its negation.
        ("キャンセルされた予約は返金されます。", "キャンセルの予約は返金されます。"),
        ("予約された資料をお渡しします。", "予約の資料をお渡しします。"),
        ("予約される資料をお渡しします。", "ご予約の資料をお渡しします。"),
        ("予約されなかった資料をお渡しします。", "ご予約の資料をお渡しします。"),
        ("予約された資料をお渡しします。", "ご予約の座席をお渡しします。"),
        ("処方箋はFAXでお送りください。", "処方箋はFAXでお送りいただけません。"),
    ],
)
def test_compounds_relative_time_about_before_and_set_phrases_open_no_flip(old, new):
    assert not reused(old, new)


def test_a_particle_after_latin_letters_is_read_as_a_particle():
    (fax, de, *_) = analyze("FAXで事前に")
    assert fax.text == "FAX" and de.pos_is("助詞", "格助詞")
    assert [m.text for m in analyze("7月14日未明に")][:4] == ["7", "月", "14", "日"]  # digits: as before


@pytest.mark.parametrize(
    "old,new",
    [
        # V + ことができる is the potential form; a suru-noun's することができる is できる.
        ("申請書は窓口で受け取れます。", "申請書は窓口で受け取ることができます。"),
        ("申請はオンラインで変更できます。", "申請はオンラインで変更することができます。"),
        # できる and 可能です after an action (or its topic, with a case phrase between) say "you can".
        ("会員証の再発行ができます。", "会員証の再発行が可能です。"),
        ("再発行は、窓口からできます。", "再発行は、窓口から可能です。"),
        ("郵送で返却できます。", "郵送でご返却いただけます。"),
        # と/に + なる after an adjectival noun, after から, and the copula's に: a copula.
        ("この定期券は3か月間有効となります。", "この定期券は3か月間有効です。"),
        ("申込書の提出が必要になります。", "申込書の提出が必要です。"),
        ("受付は開演の30分前からとなります。", "受付は開演の30分前からです。"),
        # お + a verb's stem + に + なる is the verb, respectfully, as れる is.
        ("会員の方がお戻りになった場合", "会員の方が戻られた場合"),
        # に + より/よって (means, cause) is で.
        ("条例で喫煙が禁止されています。", "条例により喫煙が禁止されています。"),
        ("台風によって運休いたします。", "台風で運休いたします。"),
        # ております / ています; the humble させていただいております with the copula.
        ("水曜日を定休日とさせていただいております。", "水曜日は定休日となっております。"),
        ("工事の間は、裏口をご利用ください。", "工事中は、裏口をご利用ください。"),
        ("係員が確認のうえ開封いたします。", "係員が確認して開封いたします。"),
        # Approximators: 約 and およそ, and 程度 after 約 says nothing more.
        ("所要時間は約30分程度です。", "所要時間はおよそ30分です。"),
        # 各 before a noun with ごと.
        ("各学年ごとに説明会を開きます。", "学年ごとに説明会を開きます。"),
        # より as a starting point is から.
        ("本日より受付を開始いたします。", "本日から受付を開始いたします。"),
        ("契約日より2年間有効です。", "契約日から2年間有効です。"),
        # まで before お願い (the request itself) is へ.
        ("ご質問は総務課までお願いいたします。", "ご質問は総務課へお願いいたします。"),
        # A reason phrase moved with its のため.
        ("工事のため、明日は正門を閉鎖します。", "明日は、工事のため正門を閉鎖します。"),
    ],
)
def test_constructions_of_the_same_meaning_are_offered(old, new):
    assert evidence.compare(old, new).kind != evidence.CHANGE
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("申請書は窓口で受け取れます。", "申請書は窓口で受け取ることができません。"),
        ("申請書は窓口で受け取れます。", "申請書は窓口で受け取ることもできます。"),  # also
        ("申請はオンラインで変更できます。", "申請はオンラインで取消することができます。"),
        ("会員証の再発行ができます。", "会員証の再発行ができません。"),
        ("再発行は、窓口から可能です。", "再発行は、窓口から不可能です。"),
        ("申込書の提出が必要になります。", "申込書の提出が不要です。"),
        ("申込書の提出が必要になります。", "申込書の提出が必要になりました。"),
        ("この定期券は3か月間有効となります。", "この定期券は3か月間無効です。"),
        ("受付は開演の30分前からとなります。", "受付は開演の30分前までです。"),
        ("会員の方がお戻りになった場合", "会員の方がお帰りになった場合"),
        ("条例で喫煙が禁止されています。", "条例により喫煙が許可されています。"),
        ("水曜日を定休日とさせていただいております。", "水曜日は営業日となっております。"),
        ("工事の間は、裏口をご利用ください。", "工事後は、裏口をご利用ください。"),
        ("工事の間は、裏口をご利用ください。", "工事前は、裏口をご利用ください。"),
        ("所要時間は約30分程度です。", "所要時間は30分以上です。"),
        ("所要時間は約30分です。", "所要時間は30分です。"),
        ("各学年ごとに説明会を開きます。", "全学年合同で説明会を開きます。"),
        # より as a comparison ("than") is not から ("since", "from").
        ("以前から多くのお問い合わせをいただいております。", "以前より多くのお問い合わせをいただいております。"),
        ("例年から混雑が早くなります。", "例年より混雑が早くなります。"),
        ("昨年から便利になりました。", "昨年より便利になりました。"),
        ("会員は施設を利用できます。", "会員は施設をご利用いただきます。"),  # "can" is not "we ask you to"
        ("予約は、アプリから可能です。", "予約は、アプリからのみ可能です。"),
        ("ウェブサイトから行えます。", "ウェブサイトから行うことがあります。"),  # "it may happen"
        ("1時間程度かかります。", "1時間かかります。"),  # 程度 with no 約 before the number is "about"
        ("各店舗で実施します。", "店舗で実施します。"),  # 各 with no ごと says "each"
        ("当日より有効です。", "当日まで有効です。"),
        # The polite impossibility keeps its polarity.
        ("ご予約を承ります。", "ご予約を承りかねます。"),
        ("お申し込みを受け付けいたします。", "お申し込みを受け付けいたしかねます。"),
        # A reason phrase moved is not a reason said of another phrase.
        ("工事のため、明日は正門を閉鎖します。", "明日のため、工事は正門を閉鎖します。"),
    ],
)
def test_constructions_of_the_same_meaning_open_no_flip(old, new):
    assert not reused(old, new)


def test_can_inside_a_clause_that_goes_on_is_no_you_can():
    # 確認でき次第 is "as soon as we can confirm": 現在も added before it adds a word, it says no "you can too".
    added = evidence.compare("詳細は確認でき次第お知らせいたします。", "詳細は現在も確認でき次第お知らせいたします。")
    assert added.kind == evidence.ADDITION
    # できます ending the sentence still says "you can", as 可能です does.
    assert evidence.compare("ご予約は、アプリからできます。", "ご予約は、アプリから可能です。").kind != evidence.CHANGE


@pytest.mark.parametrize(
    "old,new",
    [
        # ご + an action's noun + に + なる is the noun + する, said with respect.
        (
            "使用したトレーニング器具は、元の場所へお戻しください。",
            "ご使用になったトレーニング器具は、元の場所にお戻しください。",
        ),
        ("本製品を使用した場合は、ご連絡ください。", "本製品をご使用になった場合は、ご連絡ください。"),
        # 様 after a person is politeness, as ご before a noun.
        ("ゲスト様のご自宅へ配送いたします。", "ゲストのご自宅へ配送いたします。"),
        # "Please do not": three courtesy phrases of one request.
        ("通路への駐輪はおやめください。", "通路への駐輪はご遠慮ください。"),
        ("館内での喫煙はお控えください。", "館内での喫煙はおやめください。"),
        # 半 after 時 is a value: 8時半 is 8時30分 (the entity layer compares them).
        ("朝8時30分までに、集積所へお出しください。", "朝8時半までに、集積所に出してください。"),
        # 知ら|せ, the causative of 知る, is the verb 知らせる, confirmed as 通知 by both resources.
        ("審査結果は、書面にてご通知申し上げます。", "審査結果は、書面でお知らせいたします。"),
        # A rule said in the passive is the rule said by whoever makes it.
        ("更衣室内での写真撮影は、禁止しております。", "更衣室内での写真撮影は、禁止されています。"),
        # することが可能 is することができる; することも可能, こともできる.
        ("ご自宅へ配送することが可能です。", "ご自宅へ配送することができます。"),
        ("ご自宅へ配送することも可能です。", "ご自宅へ配送することもできます。"),
        ("窓口で支払うことが可能です。", "窓口で支払えます。"),
        # スマート|フォン: a katakana adjectival noun is a part of a loanword compound (スマホ, both resources).
        ("スマートフォンの画面保護フィルムの貼り付けを承ります。", "スマホの画面保護フィルムの貼付けを承ります。"),
        # A phrase holding a genitive moves as a whole.
        ("監視員の指示に必ず従ってください。", "必ず監視員の指示に従うようお願いします。"),
        # An action's noun + の/する/ご〜になる + 前 is the noun + 前.
        ("ご使用前に説明書をお読みください。", "ご使用の前に説明書をお読みください。"),
        ("ご使用前に説明書をお読みください。", "使用する前に説明書をお読みください。"),
        ("ご使用前に説明書をお読みください。", "ご使用になる前に説明書をお読みください。"),
        # の dropped and に added around 際/時: aligned by each particle's own lemma, both are particles alone.
        ("点検でご来店の際は、車検証をお持ちください。", "点検でご来店時には、車検証をお持ちください。"),
    ],
)
def test_third_round_constructions_are_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # ご負担にならない is "not to be a burden", not "not to bear it".
        ("ご負担にならないようにしてください。", "負担しないようにしてください。"),
        ("本製品を使用した場合", "本製品をご使用にならなかった場合"),
        # 様 dropped is politeness; the person changed is not.
        ("ゲスト様のご自宅へ配送いたします。", "スタッフのご自宅へ配送いたします。"),
        # "Please do not" is not "please go on", nor "do not hesitate".
        ("館内での喫煙はおやめください。", "館内での喫煙はお続けください。"),
        ("館内での喫煙はおやめください。", "館内での喫煙はご遠慮なくどうぞ。"),
        ("ご遠慮ください。", "ご利用ください。"),
        # A causative that JMdict has no word for stays unexplained.
        ("係員が参ります。", "係員を行かせます。"),
        # A rule negated, another rule, and a person forbidden are not the rule.
        ("写真撮影は、禁止しております。", "写真撮影は、禁止されていません。"),
        ("写真撮影は、禁止しております。", "写真撮影は、許可されています。"),
        ("お客様の入場を禁止しております。", "お客様は入場を禁止されています。"),
        # "can" negated, or not possible, is no "can".
        ("ご自宅へ配送することが可能です。", "ご自宅へ配送することはできません。"),
        ("ご自宅へ配送することが可能です。", "ご自宅へ配送することが不可能です。"),
        ("ご自宅へ配送することも可能です。", "ご自宅へ配送することができます。"),  # "also" dropped
        ("スマートフォンの画面保護フィルムの貼り付けを承ります。", "タブレットの画面保護フィルムの貼付けを承ります。"),
        # Phrases with a genitive exchanged, or a genitive moved to another phrase, are not a reordering.
        ("田中の本を鈴木に渡してください。", "鈴木の本を田中に渡してください。"),
        ("田中に鈴木の本を渡してください。", "鈴木に田中の本を渡してください。"),
        ("駅の東口に必ず集合してください。", "必ず駅の西口に集合してください。"),
        # Before is not after, during, or a negated or past action.
        ("ご使用の前に説明書をお読みください。", "ご使用の後に説明書をお読みください。"),
        ("使用する前に説明書をお読みください。", "使用しない前に説明書をお読みください。"),
        ("ご使用になる前に説明書をお読みください。", "ご使用中に説明書をお読みください。"),
        # Realigned by their own particles, the roles exchanged or a limit added are still changes.
        ("東京の支店は閉鎖します。", "東京に支店は閉鎖します。"),
        ("ご来店の際は、車検証をお持ちください。", "ご来店時まで、車検証をお持ちください。"),
        ("田中さんが鈴木さんを案内します。", "鈴木さんが田中さんを案内します。"),
    ],
)
def test_third_round_constructions_open_no_flip(old, new):
    assert not reused(old, new)


def test_half_past_is_a_value_the_entity_layer_rewrites():
    # 8時30分 → 9時半 is another time: the English is rewritten, never reused as it was.
    decision = decide("受付は8時30分までです。", "Reception is open until 8:30.", "受付は9時半までです。")
    assert decision.translation == "Reception is open until 9:30."
    same = decide("受付は8時30分までです。", "Reception is open until 8:30.", "受付は8時半までです。")
    assert same.translation == "Reception is open until 8:30."
    assert evidence.compare("受付は8時30分までです。", "受付は8時半までです。").kind == evidence.NUMBER


def test_an_honoured_action_is_counted_as_respect():
    # ご使用になった is 使用した said with respect: the caller asks the old English about a passive.
    morphs = analyze("ご使用になったトレーニング器具")
    assert synonyms.honorific_becomes(morphs) == 1
    assert synonyms.honorific_becomes(analyze("お客様のご負担になります")) == 0
    assert synonyms.honorific_becomes(analyze("ご迷惑になります")) == 0


def test_before_added_to_a_noun_is_a_change():
    # 前 after an action's noun says "before it": customers who signed are not customers before signing.
    verdict = evidence.compare(
        "段ボールは、ご成約のお客様にお届けします。", "段ボールは、ご成約前のお客様にもお届けします。"
    )
    assert verdict.kind == evidence.CHANGE
    assert (verdict.old, verdict.new) == ("ご成約の", "ご成約前の")
    assert evidence.compare("ご使用前にお読みください。", "ご使用の前にお読みください。").kind != evidence.CHANGE


# Round four: a word in Latin letters and its loanword, words UniDic cuts, glosses of a phrase.


@pytest.mark.parametrize(
    "old,new",
    [
        ("ご予約は、お電話またはWEBにて承っております。", "ご予約は、電話またはウェブで承っております。"),
        ("ご予約は、お電話またはFAXにて承っております。", "ご予約は、お電話またはファックスにて承っております。"),
        ("書類はPDFでお送りください。", "書類はピーディーエフでお送りください。"),  # SudachiDict's reading
        ("Wi-Fiは無料でご利用いただけます。", "ワイファイは無料でご利用いただけます。"),  # UniDic's lemma: ＷｉＦｉ
        # UniDic cuts いつ|も and 前|もっ|て: looked up whole, both resources confirm them.
        ("普段お使いのフードをお持ちください。", "いつもお使いのフードをお持ちください。"),
        ("必ず事前にご連絡ください。", "必ず前もってご連絡ください。"),  # 事前 + に, an adverb
        # Glosses of a phrase: "return of something" is "to return", "turning in" is "to turn in".
        ("貸出品は受付へご返却ください。", "貸出品は受付へお返しください。"),
        ("診察券を受付にお出しください。", "診察券を受付にご提出ください。"),
    ],
)
def test_loanwords_joined_words_and_phrase_glosses_are_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("ご予約は、お電話またはWEBにて承っております。", "ご予約は、お電話またはメールにて承っております。"),
        ("ご予約は、お電話またはFAXにて承っております。", "ご予約は、お電話またはファイルにて承っております。"),
        ("Wi-Fiは無料でご利用いただけます。", "Wi-Fiは有料でご利用いただけます。"),
        ("普段お使いのフードをお持ちください。", "たまにお使いのフードをお持ちください。"),
        ("いつもお使いのフードをお持ちください。", "時々お使いのフードをお持ちください。"),
        ("普段お使いのフードをお持ちください。", "以前お使いのフードをお持ちください。"),
        ("必ず前もってご連絡ください。", "必ず後ほどご連絡ください。"),
        ("必ず事前にご連絡ください。", "必ず直前にご連絡ください。"),
        ("必ず事前にご連絡ください。", "必ず事後にご連絡ください。"),
        ("必ず事前にご連絡ください。", "必ず当日にご連絡ください。"),
        ("必ず事前にご連絡ください。", "必ず直ちにご連絡ください。"),
        ("必ず事前にご連絡ください。", "必ず窓口にご連絡ください。"),  # a place, not a time
        ("貸出品は受付へご返却ください。", "貸出品は受付へお渡しください。"),
        ("診察券を受付にお出しください。", "診察券を受付にお見せください。"),
    ],
)
def test_loanwords_joined_words_and_phrase_glosses_open_no_change(old, new):
    assert not reused(old, new)


def test_a_latin_word_is_its_loanword_only():
    latin = analyze("WEB")[0]
    assert synonyms.same_word(latin, word("ウェブ"))
    assert not synonyms.same_word(latin, word("メール"))
    assert not synonyms.same_word(analyze("FAX")[0], word("ファイル"))
    assert not synonyms.same_word(latin, analyze("WWW")[0])  # two Latin words: their letters decide


def test_words_the_analyzer_cuts_are_looked_up_whole():
    assert synonyms.one_word(list(analyze("いつも"))).lemma == "いつも"
    assert synonyms.one_word(list(analyze("前もって"))).head == "副詞"
    assert synonyms.one_word(list(analyze("事前の連絡"))) is None


def test_glosses_of_a_phrase_are_read_as_the_verb_phrase():
    assert "bring in" in synonyms._normalized("bringing in")
    assert "take in" in synonyms._normalized("taking in")
    assert synonyms._whole("return of something") == {"return"}
    assert synonyms._whole("being careful") == {"careful"}
    assert "the following" in synonyms._normalized("the following")
    assert not synonyms._normalized("the following") & synonyms._normalized("following")


@pytest.mark.parametrize(
    "old,new,offered",
    [
        # 時刻 "time; hour" is one sense, 時間 "time" and "hour" two: the same glosses, split otherwise.
        ("スタート時刻の30分前までにお越しください。", "スタート時間の30分前までにお越しください。", True),
        ("消灯時間は22時です。", "消灯時刻は22時です。", True),
        ("スタート時刻の30分前までにお越しください。", "スタート時期の30分前までにお越しください。", False),
        ("受付時間は10時から18時までです。", "受付期間は10時から18時までです。", False),
        ("受付時間は10時から18時までです。", "受付日時は10時から18時までです。", False),
        ("消灯時間は22時です。", "消灯時期は22時です。", False),
    ],
)
def test_one_sense_split_in_two_senses_of_the_other_word(old, new, offered):
    assert reused(old, new) is offered


def test_senses_split_otherwise_are_no_looser_than_the_strong_confirmation():
    assert synonyms._split_senses(("時刻",), ("時間",))
    for a, b in [("短縮", "縮小"), ("展示", "表示"), ("共同", "共通"), ("修正", "改正"), ("時刻", "時期")]:
        assert not synonyms._split_senses((a,), (b,)), (a, b)


@pytest.mark.parametrize(
    "old,new,offered",
    [
        # A shared group, and glosses one derivation apart: "occurrence"/"arise" no, "generation"/"generated" yes.
        (
            "不具合が発生しておりましたことを、お詫び申し上げます。",
            "不具合が生じておりましたことを、お詫び申し上げます。",
            True,
        ),
        ("お好きなコースを選択してください。", "お好きなコースを選んでください。", True),
        ("列車は10時に駅に到着します。", "列車は10時に駅に着きます。", True),  # "arrival", "to arrive at"
        ("列車は10時に駅に到着します。", "列車は10時に駅に止まります。", False),
        ("受付期間を延長いたします。", "受付期間を延期いたします。", False),  # extension, postponement
        ("定刻に出発いたします。", "定刻に開始いたします。", False),
        ("書類を申告してください。", "書類を申請してください。", False),
    ],
)
def test_glosses_one_derivation_apart_confirm_a_shared_group(old, new, offered):
    assert reused(old, new) is offered


def test_a_derivation_is_no_whole_gloss():
    assert "⟨stem⟩select" in synonyms._normalized("selection") & synonyms._normalized("to select")
    assert not synonyms._normalized("general") & synonyms._normalized("to generate")
    assert "arrive" in synonyms._stems("arrival") and "person" not in synonyms._stems("personal")
    assert not synonyms._confirmed(("法人",), ("個人",))  # "person" (a legal one) is no "personal"
    assert not synonyms._whole("selection") & synonyms._whole("to select")  # the strong confirmation never reads it
    for a, b in [
        ("延期", "延長"),
        ("出発", "開始"),
        ("了承", "許可"),
        ("特急", "至急"),
        ("即日", "当日"),
        ("割増", "増額"),
    ]:
        assert not synonyms.same_word(word(a), word(b)), (a, b)


@pytest.mark.parametrize(
    "old,new,offered",
    [
        # 土日 is glossed "Saturday and Sunday": the list of its items' glosses, each kanji in its item.
        ("ご相談は、土曜日・日曜日も承ります。", "ご相談は、土日も承ります。", True),
        ("ご相談は、土曜日と日曜日も承ります。", "ご相談は、土日も承ります。", True),
        ("ご相談は、土曜日・祝日も承ります。", "ご相談は、土日も承ります。", False),
        ("ご相談は、土曜日・日曜日も承ります。", "ご相談は、土日祝も承ります。", False),
        ("ご相談は、土曜日も承ります。", "ご相談は、土日も承ります。", False),
        ("ご相談は、土曜日または日曜日も承ります。", "ご相談は、土日も承ります。", False),
    ],
)
def test_one_word_for_a_list(old, new, offered):
    assert reused(old, new) is offered


@pytest.mark.parametrize(
    "old,new,offered",
    [
        # A respectful or humble word and the plain verb it says (JMdict confirms each pair).
        ("詳しくはホームページをご覧ください。", "詳しくはホームページを見てください。", True),
        ("お客様がいらっしゃいます。", "お客様が来ます。", True),
        ("資料を拝見しました。", "資料を見ました。", True),
        ("係員がそうおっしゃいました。", "係員がそう言いました。", True),
        ("詳しくはホームページをご覧ください。", "詳しくはホームページを見せてください。", False),
        ("詳しくはホームページをご覧ください。", "詳しくはホームページを読んでください。", False),
        ("お客様がいらっしゃいます。", "お客様が帰ります。", False),
        ("お客様がいらっしゃいます。", "お客様がいらっしゃいません。", False),
        ("資料を拝見しました。", "資料を拝借しました。", False),
        ("係員がそうおっしゃいました。", "係員がそう聞きました。", False),
    ],
)
def test_respectful_and_humble_words_and_their_plain_verbs(old, new, offered):
    assert reused(old, new) is offered


@pytest.mark.parametrize(
    "old,new,offered",
    [
        # A checked group: a request to take care, with 注意 or 気を付ける (which no resource pairs).
        ("足元にご注意ください。", "足元にお気をつけください。", True),
        ("足元に注意してください。", "足元に気を付けてください。", True),
        ("足元に十分ご注意ください。", "足元に十分お気を付けください。", True),
        ("足元にご注意ください。", "足元にお気をつけいただく必要はありません。", False),
        ("係員が注意します。", "係員が気を付けます。", False),  # "will warn" is not "will take care"
        ("子供を注意してください。", "子供に気を付けてください。", False),
    ],
)
def test_a_request_to_take_care(old, new, offered):
    assert reused(old, new) is offered


@pytest.mark.parametrize(
    "old,new,offered",
    [
        # あらかじめ is courtesy (it adds nothing); a word removed where it is said is asked about with it.
        ("事前にご予約ください。", "あらかじめご予約ください。", True),
        ("必ず事前にご連絡ください。", "必ずあらかじめご連絡ください。", True),
        ("前もってご予約ください。", "予めご予約ください。", True),
        ("事前にご予約ください。", "何卒ご予約ください。", False),
        ("事前にご予約ください。", "ご予約ください。", False),
        ("当日にご予約ください。", "あらかじめご予約ください。", False),
    ],
)
def test_a_word_removed_where_a_courtesy_adverb_says_it(old, new, offered):
    assert reused(old, new) is offered


@pytest.mark.parametrize(
    "old,new",
    [
        # One lemma in two forms the keys tell apart: the potential says "can", which the resources cannot see
        # (they know the one entry, 使う, and would confirm it with itself).
        ("この機械を使います。", "この機械を使えます。"),
        ("ボタンを押します。", "ボタンを押せます。"),
        ("点検を行います。", "点検を行えます。"),
        ("ご確認頂きます。", "ご確認頂けます。"),
    ],
)
def test_a_potential_form_is_no_synonym_of_its_verb(old, new):
    assert not reused(old, new)
    assert not synonyms.same_word(word("使う"), analyze("使える")[0])


@pytest.mark.parametrize(
    "old,new,offered",
    [
        # すぐ is written in kana; its lemma 直ぐ shares 直 with 直ちに, and JMdict gives both "at once", "immediately".
        ("すぐにご連絡ください。", "直ちにご連絡ください。", True),
        ("ただちに避難してください。", "すぐに避難してください。", True),
        ("すぐにご連絡ください。", "後ほどご連絡ください。", False),
        ("すぐにご連絡ください。", "いずれご連絡ください。", False),
        ("直ちにご連絡ください。", "後日ご連絡ください。", False),
    ],
)
def test_an_adverb_in_kana_shares_its_lemmas_kanji(old, new, offered):
    assert reused(old, new) is offered


def test_a_word_in_hiragana_is_looked_up_by_its_lemma_only():
    # よる is 寄る or 因る here, never 夜; いる is 居る, never 入る: the surface alone names homographs.
    assert synonyms._forms(analyze("によって")[1]) == (analyze("によって")[1].lemma,)
    for text, other in [("よる", "夜間"), ("いる", "入る")]:
        (m,) = [m for m in analyze(text) if m.text == text]
        assert not synonyms.same_word(m, word(other)), (text, other)


@pytest.mark.parametrize(
    "old,new,offered",
    [
        # A compound with Latin letters: JMdict spells them full width (Ｅメール), SudachiDict reads them (ウェブ).
        ("Eメールでご連絡ください。", "電子メールでご連絡ください。", True),
        ("Webサイトをご覧ください。", "ウェブサイトをご覧ください。", True),
        ("Eメールでご連絡ください。", "電子書籍でご連絡ください。", False),
        ("Webサイトをご覧ください。", "ホームページをご覧ください。", False),
        ("Aコースをご予約ください。", "Bコースをご予約ください。", False),
        ("Lサイズをお選びください。", "Mサイズをお選びください。", False),
        ("SNS広告をご覧ください。", "Web広告をご覧ください。", False),
    ],
)
def test_compounds_with_latin_letters(old, new, offered):
    assert reused(old, new) is offered


@pytest.mark.parametrize(
    "old,new,offered",
    [
        # An acronym in capitals is looked up as JMdict spells it, full width (ＰＣ, ＴＥＬ), never by its glosses.
        ("パソコンからお申し込みください。", "PCからお申し込みください。", True),
        ("お問い合わせは電話でお願いします。", "お問い合わせはTELでお願いします。", True),
        ("PCからお申し込みください。", "スマホからお申し込みください。", False),
        ("お問い合わせはTELでお願いします。", "お問い合わせはFAXでお願いします。", False),
        ("お問い合わせはTELでお願いします。", "お問い合わせはメールでお願いします。", False),
        ("ペットの同伴はOKです。", "ペットの同伴はNGです。", False),
        ("ATMをご利用ください。", "窓口をご利用ください。", False),
    ],
)
def test_acronyms_in_capitals(old, new, offered):
    assert reused(old, new) is offered


def test_an_english_word_is_never_looked_up_by_its_glosses():
    # jamdict answers "Report" with every entry glossed "report": such a word is not asked about.
    report = analyze("Report")[0]
    assert not synonyms.same_word(report, word("申請"))
    assert synonyms._forms(analyze("PC")[0]) == ("ＰＣ",)
    # Nor as a compound of Latin letters alone (the compounds of a difference are asked about as nouns).
    compound = analyze("Report")[0]._replace(pos=("名詞", "普通名詞", "一般"), lemma="Report")
    assert synonyms._forms(compound) == ("Ｒｅｐｏｒｔ",)
    assert not reused("Reportをご覧ください。", "申請をご覧ください。")


def test_no_word_substituted_in_a_meaning_change_of_the_safety_corpus_is_shown_the_same():
    # The words each case of the corpus names as changed (制限/禁止, 平日/土日...), where each is one word.
    from pathlib import Path

    from kokuchi.project import yamlio

    checked = 0
    for path in sorted((Path(__file__).resolve().parents[1] / "data" / "safety").glob("*.yaml")):
        for case in yamlio.parse_config(path.read_bytes(), path.name).data:
            if case.get("kind") != "meaning":
                continue
            for pair in case.get("words") or []:
                a, b = analyze(str(pair.get("old", ""))), analyze(str(pair.get("new", "")))
                if a and b and len(a) == 1 and len(b) == 1:
                    checked += 1
                    assert not synonyms.same_word(a[0], b[0]), (path.name, case["id"], a[0].text, b[0].text)
    assert checked >= 50
