"""Issue 21, fourteenth round (request14): one request to the reader said another way.

A request keeps its meaning when both texts ask the reader the same act with the same polarity, however politely
it is said: ないよう、お願いいたします (a comma before the request), しないでいただきますよう / しないでくださいますよう /
しないようにしていただきますよう + お願い (a request not to), いただきますよう after a causative (済ませていただき
ますよう: the reader asked, not "let us"), いただけますよう and いただきたく + お願い (a request to), the act as the
topic of a bare お願い (廃油の処分は、タンクへお願いします: 廃油は、タンクへ処分してください), a verb's stem read as a
noun before the request (付き添いをお願いします: 付き添ってください; お取り扱いくださいますよう: 扱っていただきます
よう), and the people asked to act themselves (各保護者様にて / 保護者様ご自身で). A request not to against a
request to, a request against a statement (お願いしております, いただきます。), another act, another person, a
place for a person (各店舗にて) stay changes.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import FLIP, decide
from kokuchi.language.evidence import compare, topic_act_requested


@pytest.mark.parametrize(
    "old,new",
    [
        # aquarium: ないよう, a comma, then the request (it was read as a negation against "please do not": a flip)
        ("水槽のガラスを叩かないでください。", "水槽のガラスを叩かないよう、お願いいたします。"),
        ("展示物に手を触れないよう、お願いします。", "展示物には手を触れないでください。"),
        # library: a request not to, said with いただきますよう
        ("館内では大声で話さないでください。", "館内では大声で話さないでいただきますようお願いいたします。"),
        # gym: with くださいますよう and a comma
        ("器具を床に落とさないでください。", "器具を床に落とさないでくださいますよう、お願い申し上げます。"),
        # hotel: ようにして + いただきますよう
        ("廊下で走らないでください。", "廊下で走らないようにしていただきますようお願いいたします。"),
        # clinic: いただけますよう, "that you may not"
        ("診察室で通話しないでください。", "診察室で通話しないでいただけますようお願いします。"),
    ],
)
def test_a_request_not_to_said_politely_is_offered(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # a request not to against a request to
        ("水槽のガラスを叩かないでください。", "水槽のガラスを叩いていただきますよう、お願いいたします。"),
        ("展示物に手を触れないよう、お願いします。", "展示物には手を触れてください。"),
        # a statement: いただきます with no よう + お願い says what we have the reader do, no request
        ("館内では大声で話さないでください。", "館内では大声で話さないでいただきます。"),
        ("診察室で通話しないでください。", "診察室で通話しないでいただけます。"),
        # another act
        ("器具を床に落とさないでください。", "器具を床に置かないでくださいますよう、お願い申し上げます。"),
    ],
)
def test_a_request_not_to_near_misses_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new)


def test_a_comma_before_the_request_is_no_flip() -> None:
    # 浸けないよう、お願いいたします read as ない + a request made "please do not" a flip; now another verb is a change
    decision = decide(
        "タオルを湯船に浸けないよう、お願いいたします。",
        "Please do not put towels in the bath water.",
        "湯船の中には、タオルを入れないでください。",
    )
    assert decision.kind != FLIP


@pytest.mark.parametrize(
    "old,new",
    [
        # dojo: 済ませ (済ま|せ, a causative by UniDic's cut) + いただきますよう: the reader asked, not "let us finish"
        ("入室前に手洗いを済ませてください。", "入室前に手洗いを済ませていただきますようお願いいたします。"),
        # office: いただけますよう, a request to
        ("申請書をご提出ください。", "申請書をご提出いただけますようお願いいたします。"),
        # school: いただきたく、お願い申し上げます
        ("保護者会にご出席ください。", "保護者会にご出席いただきたく、お願い申し上げます。"),
    ],
)
def test_a_request_to_said_politely_is_offered(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # "let us adjust": the causative of the writer's act, asked for, is no request of the act
        ("日程を調整してください。", "日程を調整させていただきますようお願いいたします。"),
        # a statement: 済ませていただきます, いただけます, いただきたいと存じます
        ("入室前に手洗いを済ませてください。", "入室前に手洗いを済ませていただきます。"),
        ("申請書をご提出ください。", "申請書をご提出いただけます。"),
        ("保護者会にご出席ください。", "保護者会にご出席いただきたいと存じます。"),
    ],
)
def test_a_request_to_near_misses_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # recycling: the act's object as its genitive, the act the topic of a bare お願い
        ("古紙は、所定のボックスに投入してください。", "古紙の投入は、所定のボックスへお願いいたします。"),
        # city office: the object with を in the other text
        ("住民票を窓口で申請してください。", "住民票の申請は、窓口でお願いします。"),
        # club: the object as the topic in the old text, the act's genitive in the new
        ("会費は、受付で納入してください。", "会費の納入は、受付でお願いします。"),
        # beach: the act said in the new text's topic, each one's own
        ("浮き輪は、各自で管理してください。", "浮き輪の管理は、各自でお願いします。"),
    ],
)
def test_the_act_as_the_topic_of_a_bare_request_is_offered(old: str, new: str) -> None:
    assert reused(old, new)


def test_the_topic_act_is_said_as_the_object_of_the_request() -> None:
    pair = topic_act_requested(
        "古紙は、所定のボックスに投入してください。", "古紙の投入は、所定のボックスへお願いいたします。"
    )
    assert pair == ("古紙は、所定のボックスに投入してください。", "古紙は、所定のボックスへ投入をお願いいたします。")


@pytest.mark.parametrize(
    "old,new",
    [
        # another act
        ("古紙は、所定のボックスに投入してください。", "古紙の回収は、所定のボックスへお願いいたします。"),
        # a statement: お願いしております, お願いしました (what we asked of someone)
        ("住民票を窓口で申請してください。", "住民票の申請は、窓口でお願いしております。"),
        ("住民票を窓口で申請してください。", "住民票の申請は、窓口でお願いしました。"),
        # a question
        ("住民票を窓口で申請してください。", "住民票の申請は、窓口でお願いできますか。"),
        # an object of its own before お願い: the request names another act
        ("ご予約は、お電話でお願いします。", "お電話番号でご予約ください。"),
        # a person before の may be who acts (保護者の同伴, スタッフの同伴), not what it is done on
        ("スタッフを入口まで同伴してください。", "スタッフの同伴は、入口までお願いします。"),
        ("保護者の同伴は、入口までお願いします。", "保護者は、入口まで同伴してください。"),
        # a request not to against the topic's request
        ("古紙は、所定のボックスに投入しないでください。", "古紙の投入は、所定のボックスへお願いいたします。"),
    ],
)
def test_the_act_as_a_topic_near_misses_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # museum: 取り扱い read as a noun before くださいますよう, against the verb's synonym
        (
            "展示品は丁寧にお取り扱いくださいますよう、お願い申し上げます。",
            "展示品はていねいに扱っていただきますよう、お願いいたします。",
        ),
        # hospital: a verb's stem before を + お願い, its object a thing
        ("検査室まで車椅子に付き添ってください。", "検査室まで車椅子への付き添いをお願いいたします。"),
        # care home: 付き添い, its object with への
        ("作業が終わるまで患者に付き添ってください。", "作業が終わるまで患者への付き添いをお願いします。"),
    ],
)
def test_a_verbs_stem_asked_for_is_the_verb(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # another act
        (
            "展示品は丁寧にお取り扱いくださいますよう、お願い申し上げます。",
            "展示品はていねいに並べていただきますよう、お願いいたします。",
        ),
        ("検査室まで車椅子に付き添ってください。", "検査室まで車椅子の手伝いをお願いいたします。"),
        # a statement of what we ask of others
        ("荷物の運び出しを手伝ってください。", "荷物の運び出しのお手伝いをお願いしております。"),
    ],
)
def test_a_verbs_stem_near_misses_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # marina: 各 before the people asked, にて; (ご)自身で after them
        ("救命胴衣は、各オーナー様にてご用意ください。", "救命胴衣は、オーナー様ご自身でご用意ください。"),
        # school: a noun of people by its kanji (保護|者)
        ("上履きは、各保護者にてご準備ください。", "上履きは、保護者ご自身でご準備ください。"),
        # clinic: with お願い
        ("問診票は、患者様にてご記入をお願いします。", "問診票は、患者様ご自身でご記入をお願いします。"),
    ],
)
def test_the_people_asked_to_act_themselves_are_offered(old: str, new: str) -> None:
    assert compare(old, new).kind != "change"
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # each shop: a place, not a person
        ("救命胴衣は、各店舗にてご用意ください。", "救命胴衣は、店舗にてご用意ください。"),
        # ご自身で alone: "yourself", of no one named before
        ("救命胴衣は、ご用意ください。", "救命胴衣は、ご自身でご用意ください。"),
        # another person
        ("上履きは、各保護者にてご準備ください。", "上履きは、担任ご自身でご準備ください。"),
        # a statement: what each owner has done, no request
        ("救命胴衣は、各オーナー様にてご用意しております。", "救命胴衣は、オーナー様にてご用意しております。"),
    ],
)
def test_the_people_asked_near_misses_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # theatre: the polite negation ません + よう + お願い
        ("上演中は客席で撮影しないでください。", "上演中は客席で撮影なさいませんようお願いいたします。"),
        # with a comma, which UniDic reads as the final particle よ + う before it
        ("上演中は客席で撮影しないでください。", "上演中は客席で撮影なさいませんよう、お願い申し上げます。"),
        # pool: こと + の + ない + よう, a clause made a noun
        ("プールサイドを走らないでください。", "プールサイドを走ることのないようお願いします。"),
        # station: a noun + の/が + ない + よう, its する said by nothing
        ("車内に忘れ物をしないでください。", "車内にお忘れ物のないようお願いいたします。"),
        ("車内に忘れ物をしないでください。", "車内にお忘れ物がないよう、お願いします。"),
    ],
)
def test_a_request_not_to_said_with_another_negation_is_offered(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # a request to against a request not to
        ("上演中は客席で撮影してください。", "上演中は客席で撮影なさいませんようお願いいたします。"),
        # a statement of what we do not do
        ("上演中は客席で撮影しないでください。", "上演中は客席で撮影いたしません。"),
        # another act
        ("プールサイドを走らないでください。", "プールサイドを歩くことのないようお願いします。"),
        # "take care that there is none": another verb of request (注意), not shown the same
        ("車内に忘れ物をしないでください。", "車内にお忘れ物のないようご注意ください。"),
        # a statement: none was left
        ("車内に忘れ物をしないでください。", "車内にお忘れ物はございませんでした。"),
    ],
)
def test_a_request_not_to_said_with_another_negation_near_misses_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # piano lessons: the soft request, と助かります / と幸いです
        ("レッスン前に爪を短く切っていただけますと助かります。", "レッスン前に爪を短く切っていただけますと幸いです。"),
        # photo studio: ば幸いです / とありがたいです
        ("撮影日の前日までにご連絡いただければ幸いです。", "撮影日の前日までにご連絡いただけるとありがたいです。"),
    ],
)
def test_the_soft_request_said_with_another_word_of_gratitude_is_offered(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # a plain request is no soft one
        ("レッスン前に爪を短く切っていただけますと助かります。", "レッスン前に爪を短く切ってください。"),
        # the reader not doing it
        ("撮影日の前日までにご連絡いただければ幸いです。", "撮影日の前日までにご連絡いただかなくても幸いです。"),
        # another word: trouble, not gratitude
        ("レッスン前に爪を短く切っていただけますと助かります。", "レッスン前に爪を短く切っていただけますと困ります。"),
        # no reader asked: someone else's act
        ("レッスン前に爪を短く切っていただけますと助かります。", "レッスン前に講師が爪を短く切ると助かります。"),
    ],
)
def test_the_soft_request_near_misses_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # taken back after red team 32: even by a deadline, 済ませる may ask an act that lasts over, a bare
        # お願い may ask it begun
        ("転入のお手続きは、14日以内までにお願いします。", "転入のお手続きは、14日以内までにお済ませください。"),
        (
            "ご出発の前日までにご精算をお願いいたします。",
            "ご出発の前日までにご精算を済ませていただきますようお願いいたします。",
        ),
        # no deadline: 済ませる may say "finish" an act that lasts
        ("お食事をお願いします。", "お食事をお済ませください。"),
        # a thing, no act: 宿題
        ("月末までに宿題をお願いします。", "月末までに宿題をお済ませください。"),
        # 済ませて before another request: the first of two acts
        ("開始までに着替えてお集まりください。", "開始までに着替えを済ませてお集まりください。"),
        # "until" (まで) is no deadline (までに)
        ("お手続きは、月末まででお願いします。", "お手続きは、月末までにお済ませください。"),
    ],
)
def test_an_act_asked_done_near_misses_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new)
