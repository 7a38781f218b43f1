"""Issue 21, thirteenth round (rec13f): an act said as a noun in one text and as a verb in the other.

資料の閲覧には / 資料を閲覧するには, 修理品のお受け取りの際は / 修理品をお受け取りになる際は: the object of an
act said with を before the verb (a suru-noun + する, お + a verb's stem + になる, a verb) is what the act is done
on, as the genitive before the act's noun says, when the noun before の is no person (職員の確認: the staff may
be the ones who check) and the verb says no tense, negation, voice or actor the noun does not: the dictionary
form (する, not した, しない, させる, できる, される: a passive may make the reader the act's target), never the
humble お/ご + する. Only before an occasion, a time or a purpose (際, 場合, 前, ため: UniDic's
副詞可能 nouns) or には. Likewise ペット連れで / ペットを連れて: a verb's stem as its object's suffix + で is the
verb's て-form on the object. The same edit made alone was already read by the roles of the particles, which now
keep a person's の and を apart before an act's noun (職員の確認の際 / 職員を確認する際).
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import decide
from kokuchi.language.evidence import action_said_as_a_noun


@pytest.mark.parametrize(
    "old,new,english",
    [
        (
            "図書の返却には、利用者カードが必要です。",
            "図書を返却するには、利用者カードが必要となります。",
            "A library card is required to return books.",
        ),
        (
            "荷物のお預けの際は、受付にお申し出ください。",
            "荷物をお預けになる際は、受付にお申し出ください。",
            "When leaving your luggage, please tell the front desk.",
        ),
        (
            "薬の服用の前に、説明書をよくお読みください。",
            "薬を服用する前に、説明書をよくお読み下さい。",
            "Please read the leaflet carefully before taking the medicine.",
        ),
        # The other way: the verb in the old text, the noun in the new.
        (
            "施設を見学する場合は、事前にご予約ください。",
            "施設の見学の場合は、事前にご予約をお願いいたします。",
            "If you wish to tour the facility, please book in advance.",
        ),
    ],
)
def test_the_object_of_a_verb_is_the_genitive_of_its_noun(old: str, new: str, english: str) -> None:
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "old,new,english",
    [
        # A person before の may be the one who acts: 職員の確認 is the staff's check.
        (
            "職員の確認の際は、身分証をご提示ください。",
            "職員を確認する際は、身分証をご提示ください。",
            "When staff check your ID, please show it.",
        ),
        (
            "お子様の送迎の際は、駐車場をご利用ください。",
            "お子様を送迎する際は、駐車場をご利用ください。",
            "When picking up your child, please use the car park.",
        ),
        # Another tense, a negation, a causative, an ability.
        (
            "図書の貸出の際は、カードをご提示ください。",
            "図書を貸出した際は、カードをご提示ください。",
            "When borrowing books, please show your card.",
        ),
        (
            "図書の貸出の場合は、カードが必要です。",
            "図書を貸出しない場合は、カードが必要です。",
            "A card is required when borrowing books.",
        ),
        (
            "薬の服用の前に、説明書をお読みください。",
            "薬を服用させる前に、説明書をお読みください。",
            "Please read the leaflet before taking the medicine.",
        ),
        (
            "施設の見学の場合は、事前にご予約ください。",
            "施設を見学できる場合は、事前にご予約ください。",
            "If you wish to tour the facility, please book in advance.",
        ),
        # A passive with が; される, even where the noun says the reader's act (利用される: respect, or a passive
        # that makes the reader the one the act is aimed at, as 料金を請求される is).
        (
            "駐輪場のご利用の際は、係員の指示に従ってください。",
            "駐輪場を利用される際は、係員の指示に従ってください。",
            "When using the bicycle parking, please follow the attendant's instructions.",
        ),
        (
            "資料の閲覧には、申請が必要です。",
            "資料が閲覧されるには、申請が必要です。",
            "An application is required to view the materials.",
        ),
        (
            "資料の閲覧の際は、手袋を着用してください。",
            "資料を閲覧される際は、手袋を着用してください。",
            "Please wear gloves when the materials are viewed.",
        ),
        # The subject of a passive, and the respect in the past.
        (
            "会議室をご利用の際は、受付にお声がけください。",
            "会議室が利用される際は、受付にお声がけください。",
            "When using a meeting room, please let the front desk know.",
        ),
        (
            "会議室をご利用の際は、受付にお声がけください。",
            "会議室を利用した際は、受付にお声がけください。",
            "When using a meeting room, please let the front desk know.",
        ),
        # Another object, another act, another link (と: "and" or "when").
        (
            "資料の閲覧には、申請が必要です。",
            "図面を閲覧するには、申請が必要です。",
            "An application is required to view the materials.",
        ),
        (
            "資料の閲覧には、申請が必要です。",
            "資料を複写するには、申請が必要です。",
            "An application is required to view the materials.",
        ),
        (
            "資料の閲覧と、申請が必要です。",
            "資料を閲覧すると、申請が必要です。",
            "Viewing the materials and an application are required.",
        ),
    ],
)
def test_near_misses_stay_changes(old: str, new: str, english: str) -> None:
    assert not reused(old, new, english)


def test_the_rewrite_says_the_verb_as_the_noun() -> None:
    assert action_said_as_a_noun("資料の閲覧には、申請が必要です。", "資料を閲覧するには、申請が必要です。") == (
        "資料の閲覧には、申請が必要です。",
        "資料の閲覧には、申請が必要です。",
    )
    assert action_said_as_a_noun("職員の確認の際は", "職員を確認する際は") is None
    assert action_said_as_a_noun("商品のお渡しの際は", "商品をお渡しする際は") is None


def test_decide_names_no_change_for_the_offered_case() -> None:
    decision = decide(
        "資料の閲覧には、申請が必要です。", "An application is required.", "資料を閲覧するには、申請が必要です。"
    )
    assert decision.translation


@pytest.mark.parametrize(
    "old,new,english",
    [
        (
            "赤ちゃん連れでのご来館も歓迎いたします。",
            "赤ちゃんを連れてのご来館も歓迎します。",
            "Visitors with babies are welcome.",
        ),
        (
            "お子様をお連れになってのご参加も歓迎いたします。",
            "お子様連れでのご参加も歓迎いたします。",
            "Participants with children are welcome.",
        ),
    ],
)
def test_a_verbs_stem_as_a_suffix_is_its_te_form_on_the_object(old: str, new: str, english: str) -> None:
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "old,new",
    [
        # Another object, another verb, a negation.
        ("ご家族連れでのご乗車はお断りしております。", "ご友人を連れてのご乗車はお断りしております。"),
        ("ご家族連れでのご乗車はお断りしております。", "ご家族を離してのご乗車はお断りしております。"),
        ("ご家族連れでのご乗車はお断りしております。", "ご家族を連れないでのご乗車はお断りしております。"),
        # A noun read whole, whose meaning may be its own (手引き: "guidance").
        ("手引きでのご参加をお願いします。", "手を引いてのご参加をお願いします。"),
        # The past of the respect: no て-form, another link.
        ("お子様連れでのご参加も歓迎いたします。", "お子様をお連れになったご参加も歓迎いたします。"),
    ],
)
def test_taken_along_near_misses_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new, "The old translation.")
