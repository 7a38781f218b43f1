"""The fifth red team's holes closed (tests/data/safety/open/redteam5.yaml): telling and asking, こと and の.

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

# ---- please tell: after an action's noun, "tell us of it" (お知らせ) or "ask us for it" (お申し付け) ----------


@pytest.mark.parametrize(
    "old,new",
    [
        ("鍵の交換は、管理人にお知らせください。", "鍵の交換は、管理人にお申し付けください。"),
        ("お薬の変更は、薬剤師にお知らせください。", "お薬の変更は、薬剤師にお申し付けください。"),
        ("タイヤの交換は、店舗スタッフにお申し付けください。", "タイヤの交換は、店舗スタッフにお知らせください。"),
        ("ご家族へのご連絡は、看護師にお申し付けください。", "ご家族へのご連絡は、看護師にお知らせください。"),
        ("シーツの交換は、スタッフにお声がけください。", "シーツの交換は、スタッフにご連絡ください。"),
        # without a comma, and the action's noun said with を
        ("鍵の交換を管理人にお知らせください。", "鍵の交換を管理人にお申し付けください。"),
        # お申し出ください, which can say either, matches neither there
        ("鍵の交換は、管理人にお申し出ください。", "鍵の交換は、管理人にお申し付けください。"),
        ("鍵の交換は、管理人にお申し出ください。", "鍵の交換は、管理人にお知らせください。"),
    ],
)
def test_telling_is_not_asking_after_an_actions_noun(old: str, new: str) -> None:
    assert not reused(old, new)
    assert not reused(new, old)


@pytest.mark.parametrize(
    "old,new",
    [
        # after a person or a case, every request of the group asks to be told
        ("ご希望の方は、スタッフにお知らせください。", "ご希望の方は、スタッフにお申し付けください。"),
        (
            "アレルギーをお持ちの方は、ご注文時にお申し出ください。",
            "アレルギーをお持ちの方は、ご注文の際にお知らせください。",
        ),
        ("ご解約の際は、1か月前までにご連絡ください。", "ご解約の際は、1か月前までにお申し出ください。"),
        (
            "カバーをご希望の方は、お会計の際にお申し出ください。",
            "カバーをご希望の方は、お会計時にお申し付けください。",
        ),
        (
            "レンタルシューズをご希望の方は、受付でお申し付けください。",
            "レンタルシューズをご希望の方は、受付でお申し出ください。",
        ),
        # the を of another clause's verb is no action's noun of the request
        (
            "故障を見つけた場合は、サポートセンターに連絡してください。",
            "故障を見つけた場合は、サポートセンターまでご連絡をお願いいたします。",
        ),
        # after an action's noun, two ways of asking, or of telling, are the same
        (
            "眼鏡の調整は、お気軽にスタッフまでお申し付けください。",
            "眼鏡の調整は、お気軽にスタッフへお声がけください。",
        ),
        (
            "ご予約のキャンセルは、前日までにご連絡ください。",
            "ご予約のキャンセルは、前日までにお知らせいただきますようお願いいたします。",
        ),
        ("お薬の変更は、薬剤師にご一報ください。", "お薬の変更は、薬剤師にお知らせください。"),
    ],
)
def test_requests_to_tell_stay_the_same(old: str, new: str) -> None:
    assert reused(old, new)
    assert reused(new, old)


# ---- こと / の before a request to tell: the fact, or what the の names (a thing, a person) -------------------


@pytest.mark.parametrize(
    "old,new",
    [
        ("現在服用していることは、必ず医師にお伝えください。", "現在服用しているのは、必ず医師にお伝えください。"),
        ("アレルギーが出ることは、薬剤師にお伝えください。", "アレルギーが出るのは、薬剤師にお伝えください。"),
        ("当日参加されることは、事前にお知らせください。", "当日参加されるのは、事前にお知らせください。"),
        (
            "お持ち帰りになることは、ご注文時にお申し付けください。",
            "お持ち帰りになるのは、ご注文時にお申し付けください。",
        ),
        ("車いすをご利用になることは、事前にお知らせください。", "車いすをご利用になるのは、事前にお知らせください。"),
        # without a comma
        ("現在服用していることを医師にお伝えください。", "現在服用しているのを医師にお伝えください。"),
    ],
)
def test_what_is_told_is_not_that_it_is(old: str, new: str) -> None:
    assert not reused(old, new)
    assert not reused(new, old)


@pytest.mark.parametrize(
    "old,new",
    [
        # refrained from, or advised: an act either way
        ("貴重品や生もののお預け入れは、ご遠慮ください。", "貴重品や生ものを預け入れるのは、お控えください。"),
        ("預け入れることは、お控えください。", "預け入れるのは、お控えください。"),
        (
            "切り花を長持ちさせるには、毎日水を替えることをおすすめします。",
            "切り花を長持ちさせるためには、毎日お水を替えるのがおすすめです。",
        ),
        # the same の on both sides, before a request to tell
        ("現在服用しているのは、必ず医師にお伝えください。", "現在服用しているのは、必ず医師にお伝え下さい。"),
        # こと, the fact, said otherwise
        ("現在服用していることは、必ず医師にお伝えください。", "現在服用していることは、必ず医師にお伝え下さい。"),
    ],
)
def test_the_act_named_stays_the_same(old: str, new: str) -> None:
    assert reused(old, new)  # (の → こと, a word said where none was, is refused as before this round)


# ---- "if you have X": X as the topic before a request to ask or tell; before any other, X asked of all --------


@pytest.mark.parametrize(
    "old,new",
    [
        ("お薬手帳がございましたら、受付でご提示ください。", "お薬手帳は、受付でご提示ください。"),
        ("紹介状がございましたら、受付にご提出ください。", "紹介状は、受付にご提出ください。"),
        ("障害者手帳がありましたら、窓口でご提示ください。", "障害者手帳は、窓口でご提示ください。"),
        ("ご予約がございましたら、フロントにお越しください。", "ご予約は、フロントにお越しください。"),
        ("レシートがございましたら、返品の際にお持ちください。", "レシートは、返品の際にお持ちください。"),
        ("お薬手帳があれば、受付でご提示ください。", "お薬手帳は、受付でご提示ください。"),
    ],
)
def test_if_you_have_it_is_not_everyone_shows_it(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "ご不明な点がございましたら、管理事務室までお問い合わせください。",
            "ご不明な点は、管理事務室までお問い合わせください。",
        ),
        ("ご質問がありましたら、スタッフにお尋ねください。", "ご質問は、スタッフにお尋ねください。"),
        ("ご要望があれば、受付までお申し付けください。", "ご要望は、受付までお申し付けください。"),
        ("ご不明な点がございましたら、お気軽にご相談ください。", "ご不明な点は、お気軽にご相談ください。"),
        # the condition said otherwise, before any request, stays the same
        ("お薬手帳がございましたら、受付でご提示ください。", "お薬手帳があれば、受付でご提示ください。"),
    ],
)
def test_if_you_have_a_question_is_the_question(old: str, new: str) -> None:
    assert reused(old, new)
