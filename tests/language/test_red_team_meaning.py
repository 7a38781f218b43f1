"""Meaning changes a red team found the guard let through, each with siblings of its class.

Each class is fixed by its mechanism: a noun's case role exchanged (subject,
object, possessor), a topic under a negation made a subject (partial and total
negation), a deadline made a duration (までに / まで), a noun added to the
の-chain of an occasion. The same-meaning alternations next to each keep
their translation.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


def both_ways(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return pairs + [(new, old) for old, new in pairs]


# 1. A noun's case role exchanged among が, を, の and は.

ROLE_RED_TEAM = [
    ("係員がご案内します。", "係員をご案内します。"),
    ("子供の送迎をお願いします。", "子供が送迎をお願いします。"),
    ("利用者の登録を行います。", "利用者が登録を行います。"),
    ("保護者の同意が必要です。", "保護者が同意が必要です。"),
]
ROLE_SIBLINGS = [
    ("警備員が確認します。", "警備員を確認します。"),
    ("係員を呼んでください。", "係員が呼んでください。"),
    ("店長の許可を得てください。", "店長が許可を得てください。"),
    ("お客様をお待ちしております。", "お客様がお待ちしております。"),
    ("社員の紹介を行います。", "社員が紹介を行います。"),
]
ROLE_SAME = [
    # が and の inside a relative clause are one subject.
    ("雨が降る日は中止します。", "雨の降る日は中止します。"),
    ("私たちが作った資料をご覧ください。", "私たちの作った資料をご覧ください。"),
    # を before a verb, の before its verbal noun with 行う or する.
    ("書類を提出します。", "書類の提出を行います。"),
    ("本日、システムを点検します。", "本日、システムの点検をします。"),
    # は and が on the subject of a plain affirmative.
    ("受付は1階にあります。", "受付が1階にあります。"),
]


@pytest.mark.parametrize("old,new", both_ways(ROLE_RED_TEAM), ids=lambda s: s)
def test_a_case_role_exchanged_is_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(ROLE_SIBLINGS), ids=lambda s: s)
def test_a_case_role_exchanged_sibling(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", ROLE_SAME, ids=lambda s: s)
def test_a_case_alternation_of_one_role_is_offered(old, new):
    assert reused(old, new)


# 2. は made が, or が made は, under a negation: partial and total negation.

NEGATION_RED_TEAM = [("全員は参加できません。", "全員が参加できません。")]
NEGATION_SIBLINGS = [
    ("全商品は返品できません。", "全商品が返品できません。"),
    ("すべての部屋は禁煙ではありません。", "すべての部屋が禁煙ではありません。"),
    ("全ての会員は対象ではありません。", "全ての会員が対象ではありません。"),
    ("全員が出席しませんでした。", "全員は出席しませんでした。"),
]


@pytest.mark.parametrize("old,new", both_ways(NEGATION_RED_TEAM), ids=lambda s: s)
def test_topic_and_subject_under_a_negation_are_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(NEGATION_SIBLINGS), ids=lambda s: s)
def test_topic_and_subject_under_a_negation_sibling(old, new):
    assert not reused(old, new)


# は added to or dropped from a case particle before a negated statement: では limits what is negated.
CONTRAST_UNDER_NEGATION = [
    (
        "このギフトカードは、全ての店舗ではご利用いただけません。",
        "このギフトカードは、全ての店舗でご利用いただけません。",
    ),
    ("すべての便には無線LANがございません。", "すべての便に無線LANがございません。"),
    ("各支店からはお申し込みいただけません。", "各支店からお申し込みいただけません。"),
]
CONTRAST_IN_A_REQUEST = [
    # A request not to: に and には ask the same.
    ("炊事棟の流し台に、生ゴミを捨てないでください。", "炊事棟の流し台には、生ゴミを捨てないでください。"),
    ("店舗前の駐輪スペースには、自転車を停めないでください。", "店舗前の駐輪スペースに、自転車を停めないでください。"),
]


@pytest.mark.parametrize("old,new", both_ways(CONTRAST_UNDER_NEGATION), ids=lambda s: s)
def test_a_contrastive_wa_added_or_dropped_under_a_negation_is_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(CONTRAST_IN_A_REQUEST), ids=lambda s: s)
def test_a_contrastive_wa_in_a_request_not_to_is_offered(old, new):
    assert reused(old, new)


# 3. までに (by) and まで (until).

DEADLINE_RED_TEAM = [("17時までに提出してください。", "17時まで提出してください。")]
DEADLINE_SIBLINGS = [
    ("月末までにお支払いください。", "月末までお支払いください。"),
    ("閉館までにご退館ください。", "閉館までご退館ください。"),
    ("明日まで待ってください。", "明日までに待ってください。"),
    ("金曜日まで受け付けます。", "金曜日までに受け付けます。"),
]
DEADLINE_SAME = [
    ("17時までに提出してください。", "17時までにご提出ください。"),
    ("金曜日まで受け付けます。", "金曜日まで受付いたします。"),
    # A length of time ends where まで and までに say alike.
    ("完成までにお時間をいただきます。", "完成までお時間をいただきます。"),
    ("回答までに数日かかります。", "回答まで数日かかります。"),
]


@pytest.mark.parametrize("old,new", both_ways(DEADLINE_RED_TEAM), ids=lambda s: s)
def test_by_and_until_are_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(DEADLINE_SIBLINGS), ids=lambda s: s)
def test_by_and_until_sibling(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", DEADLINE_SAME, ids=lambda s: s)
def test_the_same_limit_said_otherwise_is_offered(old, new):
    assert reused(old, new)


# 4. A noun added to the の-chain of an occasion.

OCCASION_RED_TEAM = [
    ("ご予約の際は、お名前をお伝えください。", "ご予約の変更の際は、お名前をお伝えください。"),
    ("ご入場の際は、チケットをご提示ください。", "ご入場の取消の際は、チケットをご提示ください。"),
]
OCCASION_SIBLINGS = [
    ("ご利用の際は、会員証をご提示ください。", "ご利用の停止の際は、会員証をご提示ください。"),
    ("ご来店の際は、受付にお声がけください。", "ご来店の予約の際は、受付にお声がけください。"),
    ("お申し込みの際は、身分証が必要です。", "お申し込みの確認の際は、身分証が必要です。"),
    ("ご注文の場合は、お電話ください。", "ご注文のキャンセルの場合は、お電話ください。"),
    ("ご返却の際は、受付までお持ちください。", "ご返却の延長の際は、受付までお持ちください。"),
]
OCCASION_SAME = [
    ("ご予約の際は、お名前をお伝えください。", "ご予約時は、お名前をお伝えください。"),
    ("ご予約の際は、お名前をお伝えください。", "予約の際は、お名前をお伝えください。"),
]


@pytest.mark.parametrize("old,new", both_ways(OCCASION_RED_TEAM), ids=lambda s: s)
def test_a_noun_added_to_an_occasion_is_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(OCCASION_SIBLINGS), ids=lambda s: s)
def test_a_noun_added_to_an_occasion_sibling(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", OCCASION_SAME, ids=lambda s: s)
def test_an_occasion_said_otherwise_is_offered(old, new):
    assert reused(old, new)


# 5. Two arguable ones. 自社 is the subject's company ("one's company": 出展者は自社製品のみ展示できます is the
# exhibitor's), 当社 the writer's: no one thing. スタッフ and 係員 are one for the people who work there (ask
# them), but before a compound's head they name a kind of worker, a job to fill: "staff" is no "attendant".

ARGUABLE = [
    ("当社製品をご利用ください。", "自社製品をご利用ください。", False),
    ("スタッフ募集中", "係員募集中", False),
    ("当社製品をご利用ください。", "弊社製品をご利用ください。", True),
    ("ご不明な点はスタッフにお声がけください。", "ご不明な点は係員にお声がけください。", True),
]


@pytest.mark.parametrize("old,new,offered", ARGUABLE, ids=lambda s: str(s))
def test_our_company_and_the_staff(old, new, offered):
    assert reused(old, new) is offered
    assert reused(new, old) is offered


@pytest.mark.parametrize(
    "old,new",
    [
        ("メンテナンスを実施いたします。", "メンテナンスをを実施いたします。"),
        ("10時30分から開始します。", "10時30分かから開始します。"),
        ("17時までに提出してください。", "17時までにに提出してください。"),
    ],
    ids=lambda s: s,
)
def test_a_particle_typed_twice_is_a_slip_not_a_particle_added(old, new):
    # The analyzer reads the second を as one more particle; a kana typed twice is still a slip.
    assert reused(old, new)
