"""Issue 21, red team 12 closed by class (rt12cond): five meaning changes the guard offered.

- Conditions exchanged whole commute only where none is a step: a clause of an act ending in たら, ば or an
  occasion (電源を切ったら, 荷物が届いた場合は) says "once that is done", and successive ones give the order of the
  steps; a clause holding a span of time (10分置いたら, 2時間以内であれば) counts it from the step before it.
  Steps keep their order; a state, an occasion of a noun or a concession (ても) still moves freely.
- 注意して in a chain of verbs is the reader's own care only with what to watch said (足元に注意して) or no
  person named before it: 注意する with a person as its object is "to warn", 気をつける never.
- の dropped between two nouns of people makes a category (学生会員, 家族会員), not "a member who is a student".
- より after a noun of the norm (普段, 通常, 例年: JMdict's "usual", "normal", "average") is "than".
- X・Y Z with the second item longer: the ・ may join X and Y under Z's head (one counter); と does not.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,new",
    [
        # a state's occasion and a step: one step, nothing to reorder
        (
            "休館日の場合は、前日までに予約していれば、窓口で受け取れます。",
            "前日までに予約していれば、休館日の場合は、窓口で受け取れます。",
        ),
        # a concession and a state
        (
            "雨が降っても、チケットをお持ちであれば入場できます。",
            "チケットをお持ちであれば、雨が降っても入場できます。",
        ),
        # a concession of an occasion and one act
        (
            "商品が届かなかった場合でも、注文番号をお伝えいただけたら再発送いたします。",
            "注文番号をお伝えいただけたら、商品が届かなかった場合でも再発送いたします。",
        ),
        # an occasion and a state said with なら
        (
            "会場が満席の際は、整理券をお持ちなら立ち見でご覧いただけます。",
            "整理券をお持ちなら、会場が満席の際は立ち見でご覧いただけます。",
        ),
        # a concession and one act with たら
        (
            "時間に遅れても、受付を済ませたら講習を受けられます。",
            "受付を済ませたら、時間に遅れても講習を受けられます。",
        ),
    ],
)
def test_conditions_that_are_no_steps_still_commute(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # an act, then a span counted from it
        (
            "申込書を提出したら、1週間たったら、結果をご確認ください。",
            "1週間たったら、申込書を提出したら、結果をご確認ください。",
        ),
        # an act, then a span said with 置く
        (
            "電源を切ったら、10分置いたら、カバーを外してください。",
            "10分置いたら、電源を切ったら、カバーを外してください。",
        ),
        # an occasion of a past act, then an act
        (
            "荷物が届いた場合は、中身を確認したら、受領書にサインしてください。",
            "中身を確認したら、荷物が届いた場合は、受領書にサインしてください。",
        ),
        # an act, then a state that counts a span from it
        ("入館したら、2時間以内であれば、再入館できます。", "2時間以内であれば、入館したら、再入館できます。"),
        # two acts with ば
        (
            "会員登録をすれば、ログインすれば、クーポンが使えます。",
            "ログインすれば、会員登録をすれば、クーポンが使えます。",
        ),
    ],
)
def test_steps_keep_their_order(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("お客様が多い日は、足元に注意して移動してください。", "お客様が多い日は、足元に気をつけて移動してください。"),
        ("雨の日は、スリップに注意して運転してください。", "雨の日は、スリップに気をつけて運転してください。"),
        ("お帰りの際は、注意して運転してください。", "お帰りの際は、気をつけて運転してください。"),
    ],
)
def test_care_said_in_a_chain_is_still_offered(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "列に割り込む人がいたら、注意して、係員にお知らせください。",
            "列に割り込む人がいたら、気をつけて、係員にお知らせください。",
        ),
        (
            "館内で走っているお子様を見かけたら、注意して、スタッフにお声がけください。",
            "館内で走っているお子様を見かけたら、気をつけて、スタッフにお声がけください。",
        ),
    ],
)
def test_warning_a_person_seen_is_no_care(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("学生の会員は、入会金が無料です。", "学生会員は、入会金が無料です。", False),
        ("法人の会員には、請求書をお送りします。", "法人会員には、請求書をお送りします。", False),
        # a place, a town, a company before the person: free compounds
        ("バスの車内では、お静かにお願いします。", "バス車内では、お静かにお願いします。", True),
        ("市の職員が伺います。", "市職員が伺います。", True),
        ("当社の社員が、ご自宅に伺うことはございません。", "当社社員が、ご自宅に伺うことはございません。", True),
    ],
)
def test_two_nouns_of_people_joined_name_a_category(old: str, new: str, offered: bool) -> None:
    assert reused(old, new) is offered


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("連休中は、例年より渋滞しております。", "連休中は、例年から渋滞しております。", False),
        ("今週は、通常より混み合っております。", "今週は、通常から混み合っております。", False),
        # a time, a day: the start
        ("10時より営業いたします。", "10時から営業いたします。", True),
        ("本日より受付を開始します。", "本日から受付を開始します。", True),
        # the courtesy's "always" before an honoured act
        (
            "平素よりご愛顧いただき、誠にありがとうございます。",
            "平素からご愛顧いただき、誠にありがとうございます。",
            True,
        ),
    ],
)
def test_yori_after_the_norm_is_than(old: str, new: str, offered: bool) -> None:
    assert reused(old, new) is offered


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("2階の検査・処置室へお進みください。", "2階の検査と処置室へお進みください。", False),
        ("回収・処分費用は、お客様のご負担となります。", "回収と処分費用は、お客様のご負担となります。", False),
        # two titles: a list (or one person), no use shared
        ("教頭・学年主任が対応いたします。", "教頭と学年主任が対応いたします。", True),
        # items alike in length: a list either way
        ("貴重品・現金はお預かりできません。", "貴重品と現金はお預かりできません。", True),
        ("月額プラン・年額プランからお選びください。", "月額プランと年額プランからお選びください。", True),
        ("机・椅子は元の位置にお戻しください。", "机と椅子は元の位置にお戻しください。", True),
    ],
)
def test_a_head_shared_across_the_dot(old: str, new: str, offered: bool) -> None:
    assert reused(old, new) is offered
