"""The seventh red team's equivalents, synonyms and constructions closed (tests/data/safety/open/redteam7.yaml).

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,english,new",
    [
        # 最初の / 初回の before a span: the first hours of each visit, the first visit's hours (redteam7-031)
        (
            "最初の2時間は、無料でご利用いただけます。",
            "The first two hours of each visit are free.",
            "初回の2時間は、無料でご利用いただけます。",
        ),
        # お求め said ご購入 under an English that buys nothing (redteam7-032)
        (
            "パンフレットをお求めの方は、受付にお申し出ください。",
            "If you would like a pamphlet, please ask at reception.",
            "パンフレットをご購入の方は、受付にお申し出ください。",
        ),
        # 時刻 / 時間 with no time of day said: when, or how long (redteam7-037, 038; redteam4-e-011)
        (
            "乗車時刻は、乗車券に記載しております。",
            "The boarding time is printed on your ticket.",
            "乗車時間は、乗車券に記載しております。",
        ),
        (
            "通話時刻は、ご利用明細に記載されます。",
            "The time of each call is shown on your usage statement.",
            "通話時間は、ご利用明細に記載されます。",
        ),
        (
            "受付時刻は、受付票に印字されています。",
            "The time you checked in is printed on your reception slip.",
            "受付時間は、受付票に印字されています。",
        ),
        # 承る / 受ける of no request: we take requests for it, or we undergo it (redteam7-039)
        (
            "エアコンの点検を承ります。",
            "We accept requests for air-conditioner inspections.",
            "エアコンの点検を受けます。",
        ),
        # くらいは: "at least", never 約 (redteam7-043)
        ("修理には、2週間くらいはかかります。", "Repairs take at least two weeks.", "修理には、約2週間かかります。"),
        # によって before 異なる: "varies by", not で (redteam7-044)
        (
            "取り扱い商品は、店舗によって異なります。",
            "The products we carry vary from store to store.",
            "取り扱い商品は、店舗で異なります。",
        ),
        # ... and so with the subject between them
        ("地域によって料金が異なります。", "Prices vary by region.", "地域で料金が異なります。"),
        # が済みましたら / 終了後: your check-in done, or reception closed (redteam7-046)
        (
            "受付が済みましたら、2階の待合室でお待ちください。",
            "Once you have checked in, please wait in the second-floor waiting room.",
            "受付終了後、2階の待合室でお待ちください。",
        ),
        # 抽選に当たって: "having won the draw", no occasion (redteam7-047)
        (
            "抽選に当たって、招待券をお受け取りの方は、当日受付にお越しください。",
            "If you won the draw and received an invitation ticket, please come to reception on the day.",
            "抽選の際、招待券をお受け取りの方は、当日受付にお越しください。",
        ),
        # ご紹介された方 / ご紹介の方: who referred, or who was referred (redteam7-048)
        (
            "ご紹介された方には、クオカードを進呈いたします。",
            "Members who make a referral will receive a QUO Card.",
            "ご紹介の方には、クオカードを進呈いたします。",
        ),
    ],
)
def test_an_equivalent_synonym_or_construction_outside_its_sense_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # 時刻 / 時間 where a time of day is said (heldout5: golf-course-f-05, campsite-f-05)
        (
            "スタート時刻の30分前までに、フロントにてチェックインをお済ませください。",
            "Please check in at the front desk at least 30 minutes before your tee time.",
            "スタート時間の30分前までに、フロントでチェックインを済ませてください。",
        ),
        (
            "消灯時間は22時となりますので、お静かにお過ごしください。",
            "Lights out is at 10:00 p.m., so please keep noise to a minimum.",
            "消灯時刻は22時ですので、静かにお過ごしください。",
        ),
        # 承る / 受ける of a request (heldout4: housing-loan-d-06, heldout5: nursing-home-f-06)
        (
            "ご相談は、土曜日・日曜日も予約制で承ります。",
            "Consultations are also available on Saturdays and Sundays by appointment.",
            "ご相談は、土日も予約制にてお受けいたします。",
        ),
        (
            "入居に関するご相談は、生活相談員が承ります。",
            "Inquiries about moving in are handled by our social worker.",
            "入居に関するご相談につきましては、生活相談員がお受けいたします。",
        ),
        # お受けする, humble, accepts from the reader: never "undergo"
        (
            "エアコンの修理を承ります。",
            "We accept requests for air-conditioner repairs.",
            "エアコンの修理をお受けいたします。",
        ),
        # 済む / 終わる, both the reader's (heldout10: ramen-chain-j-07)
        (
            "お食事がお済みになりましたら、食器をカウンターの上にお戻しください。",
            "When you have finished eating, please return your dishes to the top of the counter.",
            "お食事が終わりましたら、食器をカウンターの上にお戻しください。",
        ),
        # お求め / ご購入 under an English that buys (build: event-007)
        ("チケットのお求めはこちら", "Buy tickets", "チケットのご購入はこちら"),
        # くらい without は is "about"
        ("修理には、2週間くらいかかります。", "Repairs take about two weeks.", "修理には、約2週間かかります。"),
        # によって before another verb is the means or the cause
        ("荒天によって中止となりました。", "It was cancelled due to stormy weather.", "荒天で中止となりました。"),
        # an action + に当たっては is the occasion (に当たって without は no longer: red team 32, test_red_team_round19_fix32c.py)
        (
            "ご利用に当たっては、会員証をご提示ください。",
            "When using the facility, please show your membership card.",
            "ご利用の際は、会員証をご提示ください。",
        ),
    ],
)
def test_their_nearest_same_meaning_edits_stay_offered(old, english, new):
    assert reused(old, new, english)
