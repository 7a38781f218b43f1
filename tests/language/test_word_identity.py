"""Is it still the same word? Slips, prefixes, homophone kanji and near-synonyms, read from UniDic and JMdict.

Each edit below changes one word into another word of the dictionary (バス → パス, 発行 → 再発行,
早い → 速い, 中断 → 中止): no slip of the keyboard, no politeness, no spelling, no synonym. The old
translation must not be reused. The same-meaning neighbours of each mechanism (a kana slip that makes no
word, お on a noun that stays the noun, okurigana and kana for kanji) keep being offered.
"""

from __future__ import annotations

import pytest
from guard_cases import reused, word

from kokuchi.language import synonyms
from kokuchi.language.flips import is_typo

# 1. One kana that makes another word of the dictionary is a word substituted, not a slip.


@pytest.mark.parametrize(
    "old,new",
    [
        ("会場へは、バスのご利用をお勧めいたします。", "会場へは、パスのご利用をお勧めいたします。"),
        (
            "ご利用後のカートは、入口の所定の場所にお戻しください。",
            "ご利用後のカードは、入口の所定の場所にお戻しください。",
        ),
        ("12月1日より、路線バスは冬季ダイヤで運行いたします。", "12月1日より、路線バスは冬季タイヤで運行いたします。"),
        (
            "設備点検のため、本日はホールをご利用いただけません。",
            "設備点検のため、本日はボールをご利用いただけません。",
        ),
        ("ゴミ集積所では、カラスによる被害にご注意ください。", "ゴミ集積所では、ガラスによる被害にご注意ください。"),
        ("当施設では、クラブの貸し出しを行っております。", "当施設では、グラブの貸し出しを行っております。"),
        (
            "ビンは、資源ごみの日に透明な袋に入れてお出しください。",
            "ピンは、資源ごみの日に透明な袋に入れてお出しください。",
        ),
        ("修了検定は、技能教習の3日目に実施いたします。", "修了検定は、技能教習の3日間に実施いたします。"),
        # siblings, written before the code was read
        ("売店では、パンを販売しております。", "売店では、バンを販売しております。"),
        ("ロビーのベンチでお待ちください。", "ロビーのペンチでお待ちください。"),
        ("ご注文のピザは、店頭でお渡しします。", "ご注文のビザは、店頭でお渡しします。"),
        ("2回目の接種は、4週間後に行います。", "2回分の接種は、4週間後に行います。"),
        # an adverb or a conjunction (UniDic gives no sub-class) is a word too: "not yet" / "again"
        ("新しい給付制度は、まだご利用いただけません。", "新しい給付制度は、またご利用いただけません。"),
        ("ご注文のお薬は、まだ入荷しておりません。", "ご注文のお薬は、また入荷しておりません。"),
    ],
)
def test_one_kana_that_makes_another_word_is_no_slip(old, new):
    assert not is_typo(old, new) or not reused(old, new)
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("会員サイトの利用", "会員ザイトの利用"),  # ザイト is no word
        ("クラウドストレージの容量", "クラウドストロージの容量"),  # ストロージ is no word
        ("ちょっとお待ちください", "ちよっとお待ちください"),  # a small kana typed full size
        ("お待ちしております。", "お待ちしておりります。"),  # a kana typed twice
        # siblings
        ("タオルをお持ちください。", "ダオルをお持ちください。"),
        ("アプリを更新してください。", "アブリを更新してください。"),
        ("パスワードを変更してください。", "バスワードを変更してください。"),
    ],
)
def test_a_kana_slip_that_makes_no_word_stays_a_slip(old, new):
    assert is_typo(old, new)
    assert reused(old, new)


# 2. Prefixes: お that is part of the word, a prefix of meaning, an honorific that says whose person.


@pytest.mark.parametrize(
    "old,new",
    [
        ("ご入場の前に、お手洗いをお済ませください。", "ご入場の前に、手洗いをお済ませください。"),
        ("ランチタイムは、ご飯のおかわりが無料です。", "ランチタイムは、ご飯のかわりが無料です。"),
        ("会員証の発行には、手数料500円がかかります。", "会員証の再発行には、手数料500円がかかります。"),
        ("契約内容の詳細は、担当者にご確認ください。", "契約内容の詳細は、担当者様にご確認ください。"),
        ("出展内容の変更は、担当者までご連絡ください。", "出展内容の変更は、ご担当者までご連絡ください。"),
        # siblings
        ("会議室で、登録の手続きを行います。", "会議室で、仮登録の手続きを行います。"),
        ("このクーポンは、店舗でご利用いただけます。", "このクーポンは、全店舗でご利用いただけます。"),
        ("会員の方は、割引価格でご購入いただけます。", "準会員の方は、割引価格でご購入いただけます。"),
        ("ご不明な点は、係員にお尋ねください。", "ご不明な点は、係員様にお尋ねください。"),
        ("ご来店の際は、おしぼりをお使いください。", "ご来店の際は、しぼりをお使いください。"),
        # The cost of the safe answer: the words cannot tell a role only the reader holds (利用者) from one of
        # either side (担当者), so a person honoured in one text only is always a change.
        ("利用者の皆様にお知らせします。", "ご利用者の皆様にお知らせします。"),
    ],
)
def test_a_prefix_that_makes_another_word_or_another_person_is_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("荷物をお預かりします。", "お荷物をお預かりします。"),
        ("住所をご記入ください。", "ご住所をご記入ください。"),
        ("名前をお書きください。", "お名前をお書きください。"),
        ("お知らせをご確認ください。", "知らせをご確認ください。"),  # JMdict: both "notice"
        ("ご飯の量をお選びください。", "飯の量をお選びください。"),  # both "cooked rice"
        ("保護者の方は、受付にお越しください。", "保護者様は、受付にお越しください。"),  # honoured both ways
    ],
)
def test_politeness_on_a_noun_that_stays_the_noun_is_offered(old, new):
    assert reused(old, new)


# 3. Homophone kanji: one reading, another word.


@pytest.mark.parametrize(
    "old,new",
    [
        ("お急ぎのお客様には、より早い便をご案内いたします。", "お急ぎのお客様には、より速い便をご案内いたします。"),
        ("証明写真は、2階の受付でお取りください。", "証明写真は、2階の受付でお撮りください。"),
        ("模擬試験の解答は、試験終了後に配布いたします。", "模擬試験の回答は、試験終了後に配布いたします。"),
        # siblings
        ("体温は、受付で計ります。", "体温は、受付で量ります。"),
        ("医師が症状を見ます。", "医師が症状を診ます。"),
        ("写真をスクリーンに写します。", "写真をスクリーンに映します。"),
        ("会費は、月末までに納めてください。", "会費は、月末までに収めてください。"),
    ],
)
def test_a_homophone_kanji_is_another_word(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("お問い合わせは、窓口までお願いします。", "お問合せは、窓口までお願いします。"),
        ("引き落としは、毎月10日です。", "引落しは、毎月10日です。"),
        ("こちらをご覧下さい。", "こちらをご覧ください。"),
        ("受付は、9時からです。", "受け付けは、9時からです。"),
        ("詳しくは、窓口でお尋ねください。", "くわしくは、窓口でお尋ねください。"),
        ("お早めにお越しください。", "おはやめにお越しください。"),
    ],
)
def test_okurigana_and_kana_for_kanji_stay_notation(old, new):
    assert reused(old, new)


# 4. Synonym confirmation: the principal senses must agree.


@pytest.mark.parametrize(
    "a,b",
    [
        ("延長", "延期"),
        ("中断", "中止"),
        ("開始", "再開"),
        ("休止", "廃止"),
        ("解答", "回答"),
        # siblings
        ("停止", "中止"),
        ("休業", "廃業"),
        ("予約", "予定"),
        ("変更", "交換"),
    ],
)
def test_words_whose_principal_senses_differ_are_not_the_same(a, b):
    assert not synonyms.same_word(word(a), word(b))


@pytest.mark.parametrize("a,b", [("至急", "早急"), ("完了", "終了"), ("混み合う", "混雑")])
def test_words_whose_principal_senses_agree_stay_the_same(a, b):
    assert synonyms.same_word(word(a), word(b))
