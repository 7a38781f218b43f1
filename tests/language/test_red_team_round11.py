"""The sixth red team's holes closed (tests/data/safety/open/redteam6.yaml): telling, asking and writing.

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

# ---- please tell: "tell us of it" / "ask us for it" after an action's noun marked with も, など, について, の件 ----


@pytest.mark.parametrize(
    "old,new",
    [
        # も (redteam6-001, 006)
        ("鍵の交換も、必ず管理会社にお知らせください。", "鍵の交換も、必ず管理会社にお申し付けください。"),
        ("お荷物の配送も、フロントにお申し付けください。", "お荷物の配送も、フロントにお知らせください。"),
        # について (redteam6-002)
        ("客室の清掃について、フロントまでご連絡ください。", "客室の清掃について、フロントまでお申し付けください。"),
        # の件は (redteam6-003)
        ("鍵交換の件は、管理人にお知らせください。", "鍵交換の件は、管理人にお申し付けください。"),
        # などは, なども (redteam6-004, 005)
        ("座席の移動などは、客室乗務員にお知らせください。", "座席の移動などは、客室乗務員にお申し付けください。"),
        ("入れ歯の調整なども、お気軽にお申し付けください。", "入れ歯の調整なども、お気軽にお知らせください。"),
        # について は, お声がけ
        ("シーツの交換については、スタッフにご連絡ください。", "シーツの交換については、スタッフにお声がけください。"),
    ],
)
def test_telling_is_not_asking_after_an_actions_noun_however_marked(old: str, new: str) -> None:
    assert not reused(old, new)
    assert not reused(new, old)


@pytest.mark.parametrize(
    "old,new",
    [
        # two ways of telling, or of asking, after the same marks stay the same
        ("鍵の交換も、必ず管理会社にお知らせください。", "鍵の交換も、必ず管理会社にご連絡ください。"),
        ("客室の清掃について、フロントまでご連絡ください。", "客室の清掃について、フロントまでお知らせください。"),
        ("座席の移動などは、客室乗務員にお申し付けください。", "座席の移動などは、客室乗務員にお声がけください。"),
        ("鍵交換の件は、管理人にお知らせください。", "鍵交換の件は、管理人にご一報ください。"),
        # after a person, a case or a thing that is no action, telling and asking stay the same
        ("ご希望の方も、スタッフにお知らせください。", "ご希望の方も、スタッフにお申し付けください。"),
        ("ご解約の際も、1か月前までにご連絡ください。", "ご解約の際も、1か月前までにお申し出ください。"),
        ("ご不明な点なども、お気軽にお知らせください。", "ご不明な点なども、お気軽にお申し付けください。"),
    ],
)
def test_requests_to_tell_after_other_marks_stay_the_same(old: str, new: str) -> None:
    assert reused(old, new)
    assert reused(new, old)


# ---- こと / の before a request to write, state, report or consult (redteam6-007..012, blocked already) --------


@pytest.mark.parametrize(
    "old,new",
    [
        ("現在服用しているのは、問診票にご記入ください。", "現在服用していることは、問診票にご記入ください。"),
        ("当日同伴するのは、申込書にご明記ください。", "当日同伴することは、申込書にご明記ください。"),
        (
            "お子様が普段服用しているのは、健康調査票にお書き添えください。",
            "お子様が普段服用していることは、健康調査票にお書き添えください。",
        ),
        (
            "破損しているのは、退去立会いの際に担当者へご報告ください。",
            "破損していることは、退去立会いの際に担当者へご報告ください。",
        ),
        (
            "他の病院で処方されているのは、薬剤師にご相談ください。",
            "他の病院で処方されていることは、薬剤師にご相談ください。",
        ),
        ("扶養しているのは、申告書にご記載ください。", "扶養していることは、申告書にご記載ください。"),
    ],
)
def test_what_and_that_before_a_request_to_write_stay_apart(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # before a request to refrain, or a recommendation, の can only be the act
        ("館内で喫煙することは、ご遠慮ください。", "館内で喫煙するのは、ご遠慮ください。"),
        ("毎日水を替えることをおすすめします。", "毎日水を替えるのをおすすめします。"),
    ],
)
def test_what_and_that_before_a_request_to_refrain_stay_the_same(old: str, new: str) -> None:
    assert reused(old, new)


# ---- "if you have X" said as "X は": the same only where X is had only to be raised (a question, a wish) -------


@pytest.mark.parametrize(
    "old,new",
    [
        ("診察券がございましたら、受付にお申し出ください。", "診察券は、受付にお申し出ください。"),
        ("ご予約がございましたら、入口でスタッフにお申し出ください。", "ご予約は、入口でスタッフにお申し出ください。"),
        ("駐車券がございましたら、係員にお申し付けください。", "駐車券は、係員にお申し付けください。"),
        (
            "ご希望の日時がございましたら、予約フォームにてお知らせください。",
            "ご希望の日時は、予約フォームにてお知らせください。",
        ),
        ("領収書がございましたら、窓口にご相談ください。", "領収書は、窓口にご相談ください。"),
        (
            "ロッカーの鍵がございましたら、フロントにお申し付けください。",
            "ロッカーの鍵は、フロントにお申し付けください。",
        ),
        ("会員証があれば、受付にお申し出ください。", "会員証は、受付にお申し出ください。"),
        # redteam5-069
        ("クーポンがございましたら、ご注文時にお申し付けください。", "クーポンは、ご注文時にお申し付けください。"),
    ],
)
def test_if_you_have_a_thing_is_not_the_thing_as_the_topic(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "ご不明な点がございましたら、管理事務室までお問い合わせください。",
            "ご不明な点は、管理事務室までお問い合わせください。",
        ),
        ("お忘れ物がございましたら、受付までお申し出ください。", "お忘れ物は、受付までお申し出ください。"),
        ("ご要望がございましたら、受付までお申し出ください。", "ご要望は、受付までお申し出ください。"),
        ("ご希望がございましたら、スタッフにお申し付けください。", "ご希望は、スタッフにお申し付けください。"),
        ("お気づきの点がございましたら、スタッフにお知らせください。", "お気づきの点は、スタッフにお知らせください。"),
        ("ご質問がありましたら、スタッフにお尋ねください。", "ご質問は、スタッフにお尋ねください。"),
        # the condition said otherwise keeps a thing as it was
        ("診察券がございましたら、受付にお申し出ください。", "診察券があれば、受付にお申し出ください。"),
    ],
)
def test_if_you_have_a_question_is_still_the_question(old: str, new: str) -> None:
    assert reused(old, new)
