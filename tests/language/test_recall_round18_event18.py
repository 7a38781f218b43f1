"""Issue 21, eighteenth round (event18): an event said by its noun as something there, or by its own verb.

体調に変化がみられた場合 / 体調が変わった場合, 住所に変更があった際 / 住所が変わった際 (build 9): X に N が ある
(ござる, 生じる, 見られる) is X が V where V is a native intransitive verb whose kanji are N's and whose first verb
sense's head is the head of N's first sense (変わる "to change; to be transformed"; 変化 "change; variation", 変更
"change; modification"), before a condition in the same tense and polarity, the old English saying the head
(``synonyms.event_said_by_its_verb``, ``evidence._event_as_verb``).
"""

from __future__ import annotations

import pytest
from guard_cases import reused, word

from kokuchi.language import synonyms
from kokuchi.language.morphology import analyze


@pytest.mark.parametrize(
    "old,new,english",
    [
        # ticketing: a fee changed, past condition (ある → 変わる)
        (
            "料金に変更があった場合は、改めてお知らせします。",
            "料金が変わった場合は、改めてお知らせします。",
            "If the fee changes, we will let you know again.",
        ),
        # school: ございましたら, said politely (the past of たら on both sides)
        (
            "時間割に変更がございましたら、掲示板でお知らせします。",
            "時間割が変わりましたら、掲示板でお知らせします。",
            "If the timetable changes, we will post it on the notice board.",
        ),
        # water supply: 生じる, past
        (
            "水質に変化が生じた場合は、直ちに使用を中止してください。",
            "水質が変わった場合は、直ちに使用を中止してください。",
            "If the water quality changes, stop using it immediately.",
        ),
        # clinic: 見られる before a non-past condition
        (
            "皮膚の状態に変化が見られる場合は、医師にご相談ください。",
            "皮膚の状態が変わる場合は、医師にご相談ください。",
            "If there is any change in the condition of your skin, please consult a doctor.",
        ),
        # membership: the other way round (the verb in the old text)
        (
            "連絡先が変わった際は、速やかにお届けください。",
            "連絡先に変更があった際は、速やかにお届けください。",
            "If your contact details change, please notify us promptly.",
        ),
        # rental: negated on both sides (ない / 変わらない)
        (
            "契約内容に変更がない場合は、手続きは不要です。",
            "契約内容が変わらない場合は、手続きは不要です。",
            "If your contract does not change, no procedure is needed.",
        ),
    ],
)
def test_an_event_said_by_its_noun_or_its_verb_is_offered(old: str, new: str, english: str) -> None:
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "old,new,english",
    [
        # another noun: 異常 "abnormality" is no 変わる
        (
            "機器の動作に異常があった場合は、係員にお知らせください。",
            "機器の動作が変わった場合は、係員にお知らせください。",
            "If the equipment behaves abnormally, please tell a staff member.",
        ),
        # the transitive causer: someone changes the fee (変える "to change", transitive)
        (
            "料金に変更があった場合は、改めてお知らせします。",
            "料金を変えた場合は、改めてお知らせします。",
            "If the fee changes, we will let you know again.",
        ),
        # another subject
        (
            "開館時間に変更があった場合は、ホームページでお知らせします。",
            "休館日が変わった場合は、ホームページでお知らせします。",
            "If the opening hours change, we will announce it on our website.",
        ),
        # polarity turned (変更がない / 変わる, 変更がある / 変わらない)
        (
            "契約内容に変更がない場合は、手続きは不要です。",
            "契約内容が変わる場合は、手続きは不要です。",
            "If your contract does not change, no procedure is needed.",
        ),
        (
            "配送先に変更があった場合は、ご連絡ください。",
            "配送先が変わらない場合は、ご連絡ください。",
            "If the delivery address changes, please contact us.",
        ),
        # another time: it changed, or it will change
        (
            "集合場所に変更があった場合は、メールでお知らせします。",
            "集合場所が変わる場合は、メールでお知らせします。",
            "If the meeting place changes, we will let you know by email.",
        ),
        # a noun of change that names a thing: 変更点, the points changed
        (
            "規約に変更点があった場合は、お知らせします。",
            "規約が変わった場合は、お知らせします。",
            "If the terms change, we will notify you.",
        ),
        # 見られる as a report of what is seen, no condition
        (
            "水質に変化が見られます。",
            "水質が変わります。",
            "A change is seen in the water quality.",
        ),
        # ある as "have": the people who have a change, no condition
        (
            "ダイヤに変更がある方は、窓口へお越しください。",
            "ダイヤが変わる方は、窓口へお越しください。",
            "If your timetable changes, please come to the counter.",
        ),
        # a person: the member who has a change (of plan, of address), or another member
        (
            "会員に変更があった場合は、受付までお知らせください。",
            "会員が変わった場合は、受付までお知らせください。",
            "If there is any change for a member, please tell the front desk.",
        ),
        # the English does not say the act
        (
            "体調に変化がみられた場合は、すぐにご連絡ください。",
            "体調が変わった場合は、すぐにご連絡ください。",
            "If you feel unwell, please contact us right away.",
        ),
        # X が N する: JMdict marks no transitivity on 変更 or 変化 (担当者が変更した: who changed what?)
        (
            "担当者に変更があった場合は、お知らせします。",
            "担当者が変更した場合は、お知らせします。",
            "If the person in charge changes, we will let you know.",
        ),
        # another verb of the same kanji, by another head: 増加 "increase" and 減る "to decrease (in size...)"
        (
            "参加者数に減少があった場合は、会場を変更します。",
            "参加者数が減った場合は、会場を変更します。",
            "If the number of participants decreases, we will change the venue.",
        ),
    ],
)
def test_near_misses_stay_changes(old: str, new: str, english: str) -> None:
    assert not reused(old, new, english)


def test_the_dictionary_facts_the_proof_rests_on() -> None:
    (kawaru,) = [m for m in analyze("変わる") if m.head == "動詞"]
    (kaeru,) = [m for m in analyze("変える") if m.head == "動詞"]
    assert synonyms._event_head(word("変化"), kawaru) == {"change"}
    assert synonyms._event_head(word("変更"), kawaru) == {"change"}
    assert synonyms._event_head(word("変更"), kaeru) == frozenset()  # transitive
    assert synonyms._event_head(word("異常"), kawaru) == frozenset()  # no kanji of the verb


@pytest.mark.parametrize("text,length", [("あっ", 1), ("ござい", 1), ("生じ", 1), ("見られ", 2)])
def test_the_verbs_of_an_event_there(text: str, length: int) -> None:
    morphs = analyze("変化が" + text + "た")
    assert morphs is not None
    assert synonyms.event_there(morphs, 2) == length


def test_seen_without_rareru_is_no_event_there() -> None:
    morphs = analyze("変化を見た")
    assert morphs is not None
    assert synonyms.event_there(morphs, 2) == 0
