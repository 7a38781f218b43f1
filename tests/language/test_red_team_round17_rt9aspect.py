"""The ninth red team's humble-can, aspect and manner families closed (tests/data/safety/open/redteam9.yaml).

- お/ご + an action + できる (the writer can: お送りできます) → いただける (the reader can) under a passive "can be …"
  (redteam9-025, 026, 028, 029): a passive names no one who acts, so the exchange of actors is unproven, a change;
  "you can" stays offered.
- ている against the humble non-past with a season named (redteam9-031..036): the old English's past said after
  a noun subject ("The main store moved"), or its future said as a time fixed ahead ("is scheduled to", "is due
  to", "plan to"), refuses; "We accept" (承っております / 承ります) stays offered.
- An adverb of grouping or extent added (redteam9-043, 045: 別々に "separate", 大幅に "drastic, substantial"):
  its JMdict glosses say how the clause's things are divided or how far the action goes, a restriction.

Beside each, the nearest edits that must stay offered.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.suggest import FLIP_KINDS, _past_said, decide
from kokuchi.language.morphology import analyze
from kokuchi.language.synonyms import restricts_nothing


def _reused(old: str, english: str, new: str) -> bool:
    return decide(old, english, new).kind not in FLIP_KINDS


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "見積書は、ファクスでお送りできます。",
            "Quotes can be sent by fax.",
            "見積書は、ファクスでお送りいただけます。",
        ),
        (
            "駐車券は、受付でお渡しできます。",
            "Parking tickets can be issued at reception.",
            "駐車券は、受付でお渡しいただけます。",
        ),
        (
            "ご不用の家具は、お引き取りできます。",
            "Unwanted furniture may be collected.",
            "ご不用の家具は、お引き取りいただけます。",
        ),
        ("検査結果は、郵送でお届けできます。", "Test results can be mailed.", "検査結果は、郵送でお届けいただけます。"),
        # the writer named: blocked before this round as well
        (
            "駐車券は、受付でお渡しできます。",
            "We can give you a parking ticket at reception.",
            "駐車券は、受付でお渡しいただけます。",
        ),
    ],
)
def test_the_writers_can_under_a_passive_is_no_proof_that_the_reader_acts(old, english, new):
    assert not _reused(old, english, new)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # (with nothing done to named: a topic thing, 無線LANは, 会員証は, makes it the humble can of a service
        # since round 19, rt12who)
        (
            "館内では、無料でご利用できます。",
            "You can use it free of charge in the building.",
            "館内では、無料でご利用いただけます。",
        ),
        (
            "窓口でご提示できます。",
            "You can show it at the counter.",
            "窓口でご提示いただけます。",
        ),
    ],
)
def test_you_can_still_shows_the_reader_acting(old, english, new):
    assert _reused(old, english, new)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # a past after a noun subject
        (
            "市民ホールは、春に改装しております。",
            "The civic hall reopened after renovation in the spring.",
            "市民ホールは、春に改装いたします。",
        ),
        (
            "新しい時刻表は、冬に配布しております。",
            "The new timetable went out in the winter.",
            "新しい時刻表は、冬に配布いたします。",
        ),
        (
            "記念品は、年末に発送しております。",
            "All gifts left the warehouse at the end of the year.",
            "記念品は、年末に発送いたします。",
        ),
        # a time fixed ahead, no will
        (
            "駅前の駐輪場は、秋に閉鎖いたします。",
            "The bicycle parking by the station is scheduled to close in the autumn.",
            "駅前の駐輪場は、秋に閉鎖しております。",
        ),
        (
            "新校舎の工事は、夏に着工いたします。",
            "Construction of the new school building is due to start in the summer.",
            "新校舎の工事は、夏に着工しております。",
        ),
        (
            "旧館は、冬に解体いたします。",
            "The city plans to demolish the old wing in the winter.",
            "旧館は、冬に解体しております。",
        ),
    ],
)
def test_a_past_or_a_time_fixed_ahead_refuses_the_teiru_read_as_what_we_do(old, english, new):
    assert not _reused(old, english, new)


@pytest.mark.parametrize(
    "old,english,new",
    [
        ("修理のご依頼は、承っております。", "We accept repair requests.", "修理のご依頼は、承ります。"),
        (
            "修理のご依頼は、受付で承っております。",
            "The front desk accepts repair requests.",
            "修理のご依頼は、受付で承ります。",
        ),
        # (お送りしております → お送りいたします and other acts said with いたす: blocked since red team 11, the
        # non-past may say the act ahead; test_red_team_round19_rt11asp.py)
    ],
)
def test_what_we_do_said_in_the_present_stays_offered(old, english, new):
    assert _reused(old, english, new)


@pytest.mark.parametrize(
    "english,past",
    [
        ("The main store moved to Umeda.", True),
        ("Your parcel left our warehouse.", True),
        ("All entries reached the office.", True),
        ("We recently mailed the forms.", True),
        ("The form was posted.", True),
        ("A receipt is sent to your registered address.", False),  # a participle after a possessive
        ("Registered members can borrow books.", False),
        ("Please bring the items you ordered.", False),  # the reader's act
        ("The front desk accepts requests.", False),
        ("The renovated hall opens daily.", False),  # a participle after an article
    ],
)
def test_a_past_is_read_after_any_noun_subject(english, past):
    assert _past_said(english) is past


@pytest.mark.parametrize(
    "old,english,new",
    [
        ("お支払いは、窓口でお願いします。", "Please pay at the counter.", "お支払いは、窓口で別々にお願いします。"),
        (
            "ゴミは、袋に入れて出してください。",
            "Please put your rubbish out in bags.",
            "ゴミは、袋に別々に入れて出してください。",
        ),
        ("ご注文の品は、発送いたします。", "We will ship your order.", "ご注文の品は、別々に発送いたします。"),
        ("10月から、運賃を値上げします。", "Fares will go up from October.", "10月から、運賃を大幅に値上げします。"),
        ("ダイヤを変更します。", "The timetable will change.", "ダイヤを大幅に変更します。"),
        # a noun said as an adverb: blocked before this round as well
        (
            "参加者は、会場へ移動してください。",
            "Participants, please move to the venue.",
            "参加者は、会場へ一斉に移動してください。",
        ),
    ],
)
def test_an_adverb_of_grouping_or_extent_added_is_a_change(old, english, new):
    assert not _reused(old, english, new)


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "ご不明な点は、係員にお尋ねください。",
            "If anything is unclear, please ask a staff member.",
            "ご不明な点は、係員にお気軽にお尋ねください。",
        ),
        (
            "書類は、窓口にご提出ください。",
            "Please submit the documents at the counter.",
            "書類は、窓口に速やかにご提出ください。",
        ),
        (
            "患者様の情報は、管理いたします。",
            "We manage patients' information.",
            "患者様の情報は、厳重に管理いたします。",
        ),
        ("ご説明いたします。", "We will explain.", "丁寧にご説明いたします。"),
        ("手すりにおつかまりください。", "Please hold on to the handrail.", "手すりにしっかりおつかまりください。"),
    ],
)
def test_an_adverb_of_how_added_stays_offered(old, english, new):
    assert _reused(old, english, new)


@pytest.mark.parametrize(
    "adverb,restricts",
    [("別々", True), ("大幅", True), ("丁寧", False), ("速やか", False), ("しっかり", False)],
)
def test_glosses_of_grouping_or_extent_restrict(adverb, restricts):
    morph = analyze(adverb)[0]
    assert restricts_nothing(morph) is not restricts


@pytest.mark.parametrize(
    "english",
    ["We keep lost property at the office.", "Please return borrowed books to the front desk."],
)
def test_a_verb_lemminflect_also_knows_as_a_noun_is_no_subject(english):
    assert not _past_said(english)
