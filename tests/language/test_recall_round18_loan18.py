"""Taken back after red team 31 (宿泊の計画 / プラン, one's plans or a package sold; 進路 / コース): the proof below
offers nothing now, and its former offers are asserted blocked.

Same meaning, a kanji word said with a katakana loanword (issue 21, eighteenth round, loan18): 計画 → プラン
under an old English that says "plan", the loanword's source word (UniDic's lemma プラン-plan), which JMdict gives
as the head of its first sense and as a gloss of 計画's own first sense, the loanword's first sense sharing two
glosses with it (``synonyms._loanword_witnessed``). New sentences of several domains,
and the meaning changes nearest to it, which stay blocked: another English word, another loanword, a loanword
whose first sense is another thing (シート "seat" for 用紙), a note on the head (チャージ "charge (electrical)"), a
loanword of two entries (マッチ), an English word the kanji word glosses in another meaning (余地 "room", 現在
"present"), a loanword whose matching sense is not its first (チェック's first sense is the pattern: taken back after red
team 26), a negation, another actor. 予定, a noun the guard flags (it may say "planned"), said as スケジュール stays
a change (the proof that offered it as an argument was taken back after red team 26).
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.suggest import CHANGE, FLIP, FLIP_KINDS, decide
from kokuchi.language import synonyms
from kokuchi.language.morphology import analyze

OFFERED = [
    # the loanword's first sense is the kanji word's meaning ("plan, scheme"; "theme, subject, topic")
    (
        "新しい利用計画を来月発表します。",
        "新しい利用プランを来月発表します。",
        "We will announce a new usage plan next month.",
    ),
]

# Still offered, by the two resources (SudachiDict's group and JMdict's "theme"), not by the witness.
STILL_SHOWN = [
    ("今年の展示の主題は水です。", "今年の展示のテーマは水です。", "The theme of this year's exhibition is water."),
]


@pytest.mark.parametrize(("old", "new", "english"), STILL_SHOWN)
def test_what_the_resources_show_is_still_offered(old: str, new: str, english: str) -> None:
    decision = decide(old, english, new)
    assert decision.kind not in FLIP_KINDS and decision.translation == english, decision


# Offered by the proof as first landed, taken back after red team 26 (該当する項目を確認 / チェックしてください,
# "verify" or "tick", both said "check"): チェック's "checking" is its second sense, its first the pattern; and 予定,
# a noun the guard flags, said as スケジュール as an argument (予定はございません, "no plans to", is no
# スケジュールはございません, "no dates set"). They stay changes.
TAKEN_BACK = [
    (
        "消火器の点検を毎月行っています。",
        "消火器のチェックを毎月行っています。",
        "We check the fire extinguishers every month.",
    ),
    ("入館時に荷物の点検を行います。", "入館時に荷物のチェックを行います。", "We check bags at the entrance."),
    (
        "今月の予定は掲示板でご確認ください。",
        "今月のスケジュールは掲示板でご確認ください。",
        "Please check this month's schedule on the notice board.",
    ),
    ("練習の予定をお知らせします。", "練習のスケジュールをお知らせします。", "Here is the practice schedule."),
]

BLOCKED = TAKEN_BACK + [
    # the English says another word than the loanword's source
    (
        "消火器の点検を毎月行っています。",
        "消火器のチェックを毎月行っています。",
        "We inspect the fire extinguishers every month.",
    ),
    # negation, another actor
    (
        "消火器の点検を毎月行っています。",
        "消火器のチェックを毎月行っていません。",
        "We check the fire extinguishers every month.",
    ),
    (
        "出発前に装備の点検をお願いします。",
        "出発前に装備のチェックを行います。",
        "Please check your equipment before departure.",
    ),
    # another loanword: テスト is "test" (UniDic), its JMdict head "examination"
    (
        "消火器の点検を毎月行っています。",
        "消火器のテストを毎月行っています。",
        "We check the fire extinguishers every month.",
    ),
    # the loanword replaced by the kanji word: チェック's first sense is the pattern ("check, plaid")
    (
        "消火器のチェックを毎月行っています。",
        "消火器の点検を毎月行っています。",
        "We check the fire extinguishers every month.",
    ),
    ("チェックのシャツでお越しください。", "点検のシャツでお越しください。", "Please come in a check shirt."),
    # other things named by a loanword in the same sentence
    ("旅行の計画を立てましょう。", "旅行のキャンセルを立てましょう。", "Let's make a travel plan."),
    ("点検を開始します。", "点検をエンドします。", "The check will start."),
    ("ご予約は電話で承ります。", "キャンセルは電話で承ります。", "Reservations can be made by phone."),
    ("料金はお支払いください。", "チャージはお支払いください。", "Please pay the charge."),
    ("参加票にご記入ください。", "シートにご記入ください。", "Please fill in the sheet."),
    ("試合は午後3時に始まります。", "マッチは午後3時に始まります。", "The match starts at 3 p.m."),
    # an English word the kanji word glosses in another of its meanings
    ("疑いの余地はありません。", "疑いのルームはありません。", "There is no room for doubt."),
    ("現在、営業しております。", "プレゼント、営業しております。", "We are open at present."),
    ("文字のみ入力できます。", "レターのみ入力できます。", "Only letters can be entered."),
    # 予定 as the hedge ("planned", "scheduled to"), or under an English that does not say "schedule"
    ("来月開店予定です。", "来月開店スケジュールです。", "The shop is scheduled to open next month."),
    (
        "出店予定の店舗をお知らせします。",
        "出店スケジュールの店舗をお知らせします。",
        "We will announce the schedule of stores.",
    ),
    (
        "出店スケジュールはSNSでお知らせします。",
        "出店予定はSNSでお知らせします。",
        "We post our planned locations on social media.",
    ),
    ("練習の予定をお知らせします。", "練習の予定をお知らせしません。", "Here is the practice schedule."),
    ("練習の予定をお知らせします。", "練習のキャンセルをお知らせします。", "Here is the practice schedule."),
    # other flagged nouns said as loanwords: a part, a chance, the maximum
    ("一部は営業しております。", "パートは営業しております。", "Part of it is open."),
    ("可能性があります。", "チャンスがあります。", "There is a chance."),
    ("最大は10名です。", "マックスは10名です。", "The max is ten people."),
]


@pytest.mark.parametrize(("old", "new", "english"), OFFERED)
def test_the_former_offers_are_taken_back(old: str, new: str, english: str) -> None:
    assert decide(old, english, new).kind in FLIP_KINDS


@pytest.mark.parametrize(("old", "new", "english"), BLOCKED)
def test_the_nearest_meaning_change_is_blocked(old: str, new: str, english: str) -> None:
    assert decide(old, english, new).kind in (CHANGE, FLIP)


def _word(text: str):
    (morph,) = analyze(text)
    return morph


@pytest.mark.parametrize(
    ("old", "new", "english", "shown"),
    [
        ("計画", "プラン", "The plan is ready.", True),
        ("プラン", "計画", "The plan is ready.", True),  # プラン's first sense: "plan, scheme"
        ("点検", "チェック", "Please check it.", False),  # チェック's "checking" is its second sense
        ("点検", "チェック", "Please inspect it.", False),  # the source word unsaid
        ("点検", "チェック", "", False),  # outside a decision
        ("チェック", "点検", "Please check it.", False),  # チェック's first sense is the pattern
        ("余地", "ルーム", "There is no room for doubt.", False),  # one gloss shared: which "room"?
        ("現在", "プレゼント", "at present", False),
        ("用紙", "シート", "Fill in the sheet.", False),  # シート's first sense is "seat"
        ("座席", "シート", "Take a seat.", False),  # UniDic reads シート-sheet: not its head
        ("試合", "マッチ", "The match starts.", False),  # two entries: a fire's, a contest's
        ("料金", "チャージ", "There is a charge.", False),  # "charge (electrical)": a note
        ("文字", "レター", "letters only", False),  # 文字 "letter (of alphabet)": a note
        ("点検", "テスト", "Please test it.", False),  # テスト's head is "examination"
    ],
)
def test_the_loanword_witness(old: str, new: str, english: str, shown: bool) -> None:
    # (the witness is taken back: what it alone showed, 計画/プラン, is shown no more)
    if shown:
        with synonyms.translated_as(english):
            assert not synonyms.same_word(_word(old), _word(new))
