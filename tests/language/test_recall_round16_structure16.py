"""Issue 21, sixteenth round: one noun phrase said with another structure and the same words (structure16).

1. A compound split by の or な, where JMdict glosses the compound by its parts: ワクチン接種 / ワクチンの接種
   (an act on a thing: the compound's gloss is the act's own), 必要書類 / 必要な書類 (the adjectival noun's gloss,
   then the noun's). Terms whose gloss says something else, heads that are no act, and modifiers that describe
   stay changes.
2. の said as a relation: X の Y / X に関する Y where X is an action's noun and Y a thing; X の Y / X にある Y where
   X is an inside (館内, 店内, 建物の中). Another X (a company, a thing), another Y (an act), a negation or a
   past stay changes.
3. An action's noun said as a clause: 仏壇の処分について / 仏壇を処分することについて. A negation, a past, a
   subject, or こと ending a sentence stay changes.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


def both_ways(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return pairs + [(new, old) for old, new in pairs]


SPLIT_COMPOUNDS = [
    ("インフルエンザのワクチン接種は、予約制です。", "インフルエンザのワクチンの接種は、予約制です。"),
    ("事故調査の結果は、後日お知らせします。", "事故の調査の結果は、後日お知らせします。"),
    ("家族旅行のご相談も承ります。", "家族の旅行のご相談も承ります。"),
]
SPLIT_TERMS = [
    # with な, never (red team 22): 必要経費 are the deductible expenses of a tax return, 必要書類 the documents
    # a procedure lists; the resources gloss both word for word
    ("確定申告では、必要経費を差し引けます。", "確定申告では、必要な経費を差し引けます。"),
    ("必要書類は、窓口でお渡しします。", "必要な書類は、窓口でお渡しします。"),
    ("契約前に重要事項をご確認ください。", "契約前に重要な事項をご確認ください。"),
    # a term whose gloss says something else: "emergency warning" is no "special warning"
    ("特別警報が発表された場合は、休校とします。", "特別な警報が発表された場合は、休校とします。"),
    ("申込書の必要事項をご記入ください。", "申込書の必要な事項をご記入ください。"),
    # heads that are no act: kinds of things
    ("親会社の健康保険に加入している方は、対象外です。", "親の会社の健康保険に加入している方は、対象外です。"),
    ("女子大学の学生は、無料で入場できます。", "女子の大学の学生は、無料で入場できます。"),
    ("日本語学校の説明会を開催します。", "日本の語学校の説明会を開催します。"),
    # the compound's gloss is not the act's (human trafficking), and a compound that goes on (接種券)
    ("人身売買の防止に取り組んでいます。", "人身の売買の防止に取り組んでいます。"),
    ("ワクチン接種券をお持ちください。", "ワクチンの接種券をお持ちください。"),
    # another noun split off
    ("ワクチン接種は、予約制です。", "ワクチンの注射は、予約制です。"),
]

# The relation a の leaves open is never read as said by other words (red team 22: 講演の資料 may be the
# lecture's handouts, 店内の写真 photographs of the interior):
RELATIONS_SAID = [
    ("講演の資料は、受付で配布します。", "講演に関する資料は、受付で配布します。"),
    ("店内の写真は、ホームページでご覧いただけます。", "店内にある写真は、ホームページでご覧いただけます。"),
    ("年末調整の資料は、今月中にお送りください。", "年末調整に関する資料は、今月中にお送りください。"),
    ("工事の情報は、掲示板でお知らせします。", "工事に関する情報は、掲示板でお知らせします。"),
    ("移転の書類は、受付でお受け取りください。", "移転についての書類は、受付でお受け取りください。"),
    ("店内の案内板をご覧ください。", "店内にある案内板をご覧ください。"),
    ("非常口は、館内の地図でご確認いただけます。", "非常口は、館内にある地図でご確認いただけます。"),
    ("消火器は、建物の中の通路に置いてあります。", "消火器は、建物の中にある通路に置いてあります。"),
]
RELATIONS_CHANGED = [
    # X that may own, or be a place of its own: whose papers, or papers about it
    ("会社の資料をお送りください。", "会社に関する資料をお送りください。"),
    ("会社の車をご利用ください。", "会社にある車をご利用ください。"),
    # についての after a bare の: its words are no content of their own, the relation still is (main read these
    # as notation)
    ("会社の資料をお送りください。", "会社についての資料をお送りください。"),
    ("受付の窓口はこちらです。", "受付についての窓口はこちらです。"),
    ("予約の変更は、受付で承ります。", "予約についての変更は、受付で承ります。"),
    # a desk is no written content
    ("受付の窓口はこちらです。", "受付に関する窓口はこちらです。"),
    # an inside JMdict does not gloss as a place: a time, a guide
    ("年内の書類をご提出ください。", "年内にある書類をご提出ください。"),
    ("ご案内の書類をご覧ください。", "ご案内にある書類をご覧ください。"),
    # Y an act: the booking changed, or changes to the rules of booking
    ("予約の変更は、受付で承ります。", "予約に関する変更は、受付で承ります。"),
    # Y a person
    ("工事の担当者にお尋ねください。", "工事に関する担当者にお尋ねください。"),
    # another relation: 用 "for", 以外 "other than", a negation, a past
    ("館内の案内板をご覧ください。", "館内用の案内板をご覧ください。"),
    ("館内の案内板をご覧ください。", "館内以外の案内板をご覧ください。"),
    ("館内の案内板をご覧ください。", "館内にない案内板をご覧ください。"),
    ("館内の案内板をご覧ください。", "館内にあった案内板をご覧ください。"),
    # another inside
    ("館内の案内板をご覧ください。", "館外にある案内板をご覧ください。"),
]

ACTS_AS_CLAUSES = [
    (
        "古い仏壇の処分についても、お気軽にご相談ください。",
        "古い仏壇を処分することについても、お気軽にご相談ください。",
    ),
    ("資料の配布は行っておりません。", "資料を配布することは行っておりません。"),
    ("車両の点検については、整備担当にお任せください。", "車両を点検することについては、整備担当にお任せください。"),
]
ACTS_CHANGED = [
    (
        "古い仏壇の処分についても、お気軽にご相談ください。",
        "古い仏壇を処分しないことについても、お気軽にご相談ください。",
    ),
    (
        "古い仏壇の処分についても、お気軽にご相談ください。",
        "古い仏壇を処分したことについても、お気軽にご相談ください。",
    ),
    (
        "古い仏壇の処分についても、お気軽にご相談ください。",
        "古い仏壇が処分することについても、お気軽にご相談ください。",
    ),
    (
        "古い仏壇の処分についても、お気軽にご相談ください。",
        "古い仏壇を処分できることについても、お気軽にご相談ください。",
    ),
    ("ごみの分別。", "ごみを分別すること。"),
    # the genitive may say who acts: a body, a person
    ("市の調査については、こちらをご覧ください。", "市を調査することについては、こちらをご覧ください。"),
    ("病院の紹介については、窓口でご相談ください。", "病院を紹介することについては、窓口でご相談ください。"),
    ("お客様の案内は、係員が行います。", "お客様を案内することは、係員が行います。"),
    ("資料の配布は行っておりません。", "資料を配布することはありません。"),
]


@pytest.mark.parametrize("old,new", both_ways(SPLIT_COMPOUNDS), ids=lambda s: s)
def test_a_compound_glossed_by_its_parts_may_be_split(old, new):
    assert reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(SPLIT_TERMS), ids=lambda s: s)
def test_a_term_split_is_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(RELATIONS_SAID), ids=lambda s: s)
def test_the_relation_of_a_genitive_said_in_words_stays_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(RELATIONS_CHANGED), ids=lambda s: s)
def test_another_relation_is_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(ACTS_AS_CLAUSES), ids=lambda s: s)
def test_an_actions_noun_said_as_a_clause(old, new):
    assert reused(old, new)


@pytest.mark.parametrize("old,new", both_ways(ACTS_CHANGED), ids=lambda s: s)
def test_an_act_said_otherwise_is_a_change(old, new):
    assert not reused(old, new)
