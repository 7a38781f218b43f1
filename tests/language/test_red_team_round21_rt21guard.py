"""Red team 21's meaning changes the guard reused (tests/data/safety/open/redteam21.yaml, 006, 007, 009,
018, 019, 023, 024), each closed with its family; the nearest same-meaning edits stay offered.

The sentences are new (other domains than the red team's): the rule, not the case, is tested.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

# ---- あらかじめ before an act the reader performs: "first", a time the request adds (rt21-006) --------------


@pytest.mark.parametrize(
    "old,new",
    [
        ("解約をご希望の場合は、窓口へお申し出ください。", "解約をご希望の場合は、あらかじめ窓口へお申し出ください。"),
        ("見学の際は、受付で名簿にご記入ください。", "見学の際は、あらかじめ受付で名簿にご記入ください。"),
        ("大型ごみは、指定の場所にお出しください。", "大型ごみは、予め指定の場所にお出しください。"),
        ("参加費は、銀行振込でお支払いください。", "参加費は、あらかじめ銀行振込でお支払いください。"),
        # a word of preparing or booking in an object is no act done ahead: the act is the contact
        ("予約番号を、店舗へお知らせください。", "あらかじめ予約番号を、店舗へお知らせください。"),
        # (removed: the old text said "first", the new does not)
        ("来場の際は、あらかじめ整理券をお受け取りください。", "来場の際は、整理券をお受け取りください。"),
    ],
)
def test_in_advance_before_an_act_is_a_time(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # before an act of accepting or apologizing, あらかじめ is courtesy: nothing is to be done first
        (
            "点検中は音が出る場合がございます。ご了承ください。",
            "点検中は音が出る場合がございます。あらかじめご了承ください。",
        ),
        ("混雑時は入場を制限いたします。ご容赦ください。", "混雑時は入場を制限いたします。あらかじめご容赦ください。"),
        ("ご迷惑をおかけいたします。お詫び申し上げます。", "ご迷惑をおかけいたします。あらかじめお詫び申し上げます。"),
        # before a request of an act done ahead by its meaning (JMdict: "preparation", "reservation")
        ("当日は、筆記用具をご用意ください。", "当日は、あらかじめ筆記用具をご用意ください。"),
        ("ご来店の際は、お電話でご予約ください。", "ご来店の際は、あらかじめお電話でご予約ください。"),
        # the sentence said "before" ahead of it: あらかじめ repeats it
        (
            "ご来館の前に、駐車場の空き状況をご確認ください。",
            "ご来館の前に、あらかじめ駐車場の空き状況をご確認ください。",
        ),
        # あらかじめ / 事前に: "beforehand", either way
        ("ご来院の際は、事前にご予約ください。", "ご来院の際は、あらかじめご予約ください。"),
        (
            "面談を希望される方は、あらかじめお電話でお申し込みください。",
            "面談を希望される方は、事前にお電話でお申し込みください。",
        ),
    ],
)
def test_in_advance_as_courtesy_stays_offered(old, new):
    assert reused(old, new)


# ---- a list of stops or steps reordered under a verb of a route (rt21-007, and 経由) ----------------------


@pytest.mark.parametrize(
    "old,new",
    [
        ("空港へは、地下鉄と私鉄を乗り継いでお越しください。", "空港へは、私鉄と地下鉄を乗り継いでお越しください。"),
        (
            "工場へは、モノレールと送迎バスを乗り継いでお越しいただけます。",
            "工場へは、送迎バスとモノレールを乗り継いでお越しいただけます。",
        ),
        ("この路線バスは、市役所と図書館を通ります。", "この路線バスは、図書館と市役所を通ります。"),
        ("申請書は、課長と部長が順次確認します。", "申請書は、部長と課長が順次確認します。"),
        (
            "配送車は、北倉庫、南倉庫を経由して店舗に向かいます。",
            "配送車は、南倉庫、北倉庫を経由して店舗に向かいます。",
        ),
    ],
)
def test_list_under_a_route_keeps_its_order(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # no route nor sequence: the nouns of a list in any order
        ("会場へは、電車またはバスでお越しください。", "会場へは、バスまたは電車でお越しください。"),
        ("受付では、保険証と診察券をご提示ください。", "受付では、診察券と保険証をご提示ください。"),
        ("お支払いは、現金とカードが使えます。", "お支払いは、カードと現金が使えます。"),
    ],
)
def test_list_without_a_route_may_move(old, new):
    assert reused(old, new)


# ---- a list paired by place with a list of the next sentence (rt21-009) --------------------------------------


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "駐輪場の料金は、自転車とバイクで異なります。それぞれ100円、200円です。",
            "駐輪場の料金は、バイクと自転車で異なります。それぞれ100円、200円です。",
        ),
        # values paired by place even without それぞれ
        (
            "利用料金は、個人と団体で異なります。1,000円、800円です。",
            "利用料金は、団体と個人で異なります。1,000円、800円です。",
        ),
        # things, not values, paired by それぞれ
        (
            "参加賞は、大人と子供で異なります。それぞれタオル、ノートです。",
            "参加賞は、子供と大人で異なります。それぞれタオル、ノートです。",
        ),
    ],
)
def test_list_paired_with_the_next_sentence_keeps_its_order(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # a list of as many items two sentences away pairs nothing by place
        (
            "説明会は、本館と別館で行います。参加費は無料です。資料は2部、3部あります。",
            "説明会は、別館と本館で行います。参加費は無料です。資料は2部、3部あります。",
        ),
        # the next sentence pairs nothing by place (それぞれ, but no list)
        (
            "受付は、月曜と木曜です。それぞれ担当者が異なります。",
            "受付は、木曜と月曜です。それぞれ担当者が異なります。",
        ),
        (
            "説明会は、本館と別館で行います。詳しくは受付でお尋ねください。",
            "説明会は、別館と本館で行います。詳しくは受付でお尋ねください。",
        ),
    ],
)
def test_list_with_nothing_paired_next_door_may_move(old, new):
    assert reused(old, new)


# ---- ます/です in UniDic's 意志推量形: "let's", "probably" (rt21-018, rt21-019) --------------------------------


@pytest.mark.parametrize(
    "old,new",
    [
        ("防災訓練に、全員で参加します。", "防災訓練に、全員で参加しましょう。"),
        ("ごみは、決められた日に出します。", "ごみは、決められた日に出しましょう。"),
        ("この先の道路は、通行止めです。", "この先の道路は、通行止めでしょう。"),
        ("明日の試合は、予定どおり開催です。", "明日の試合は、予定どおり開催でしょう。"),
        # (the other way: an invitation or a conjecture made a statement)
        ("来週の説明会は、満席でしょう。", "来週の説明会は、満席です。"),
    ],
)
def test_volitional_or_conjectural_polite_form_is_meaning(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # the plain polite forms add nothing; ましょう on both sides is one invitation
        ("図書館は、本日休館となります。", "図書館は、本日休館です。"),
        ("外出するときは、マスクを着用しましょう。", "外出する際は、マスクを着用しましょう。"),
    ],
)
def test_plain_polite_forms_stay_offered(old, new):
    assert reused(old, new)


# ---- てございます is the humble てあります (rt21-023) ----------------------------------------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "客室は、すべて清掃してございます。",
            "All guest rooms have been cleaned.",
            "客室は、すべて清掃しております。",
        ),
        (
            "貸出用の傘は、乾燥させてございます。",
            "The umbrellas for loan have been dried.",
            "貸出用の傘は、乾燥させております。",
        ),
        # the old ている may say a routine, which the new てある says done
        ("客室は、毎日清掃しております。", "We clean the guest rooms every day.", "客室は、毎日清掃してございます。"),
    ],
)
def test_humble_te_aru_is_not_te_iru(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "会議室には、筆記用具を用意してあります。",
            "Writing materials have been placed in the meeting room.",
            "会議室には、筆記用具を用意してございます。",
        ),
        (
            "客室は、すべて清掃してございます。",
            "All guest rooms have been cleaned.",
            "客室は、すべて清掃してあります。",
        ),
        # the old ている, its English the state reached: the new てございます says it
        (
            "館内には、車椅子もご用意しております。",
            "Wheelchairs are also available in the building.",
            "館内には、車椅子も用意してございます。",
        ),
    ],
)
def test_humble_te_aru_stays_offered(old, english, new):
    assert reused(old, new, english)


# ---- 初回の / 最初の with no period named (rt21-024) ----------------------------------------------------------


@pytest.mark.parametrize(
    "old,new",
    [
        ("初回の講習は、午前10時に始まります。", "最初の講習は、午前10時に始まります。"),
        ("最初のレッスンでは、教材をお配りします。", "初回のレッスンでは、教材をお配りします。"),
        ("初回の面談は、オンラインで行います。", "最初の面談は、オンラインで行います。"),
    ],
)
def test_first_session_or_first_of_the_day(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # a recurring period named: the first of each month, of each term
        ("毎月初回の通院時に、保険証をご提示ください。", "毎月最初の通院時に、保険証をご提示ください。"),
        ("各学期の初回の授業では、名簿を配ります。", "各学期の最初の授業では、名簿を配ります。"),
    ],
)
def test_first_in_a_recurring_period_stays_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # a single period leaves the kind open (red team 22: 本日初回の講習 is the first-timers' course,
        # 本日最初の講習 the day's first)
        ("本日初回の診察は、午前9時からです。", "本日最初の診察は、午前9時からです。"),
        ("今月初回の説明会は、オンラインで行います。", "今月最初の説明会は、オンラインで行います。"),
    ],
)
def test_first_in_a_single_period_stays_a_change(old, new):
    assert not reused(old, new)
