"""Issue 21, sixteenth round (keigo16): につきましては read as については before a request to tell, and the なく
or ず of an adverb JMdict lists whole (遠慮なく "freely") read as part of the adverb, not as a negation.

A request of "please tell" after an action's noun as its topic is told apart by what it asks for (お知らせ:
tell us of it; お申し付け: ask us to do it). The topic was found after について but not after the polite
につきまして, whose ます hid the phrase: there a request to be told and a request to act met as one key, and
ご連絡ください / ご連絡をお願いします did not meet at all.

遠慮なく and 心置きなく are adverbs in JMdict whose glosses share no word with their noun's ("without
reservation; freely" against 遠慮 "reserve; hesitation"); their ない says no "not" of the predicate, and
遠慮せずに is the same adverb said with the verb. Where the adverb is glossed as "without" the noun's own thing
(予告なく "without prior notice", 休みなく "without rest"), the negation stays one.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import FLIP, decide
from kokuchi.language.flips import find_flip
from kokuchi.language.morphology import analyze
from kokuchi.language.polarity import negations


@pytest.mark.parametrize(
    "old,new",
    [
        # a clinic: the request said with the noun and お願い, the topic said humbly
        (
            "工事の日程変更は、事務局までご連絡ください。",
            "工事の日程変更につきましては、事務局までご連絡をお願いいたします。",
        ),
        # a gym: the same under につきましては on both sides
        (
            "会員種別の変更につきましては、受付にお知らせください。",
            "会員種別の変更につきましては、受付にご連絡をお願いします。",
        ),
        # a school: ご一報
        ("欠席の連絡は、担任にご一報ください。", "欠席の連絡につきましては、担任にご一報をお願いいたします。"),
    ],
)
def test_request_to_tell_after_the_polite_topic_is_offered(old: str, new: str) -> None:
    assert reused(old, new, "Please let us know.")


@pytest.mark.parametrize(
    "old,new",
    [
        # told of the change (done), or asked to make it: another request
        ("鍵の交換につきましては、管理人にお知らせください。", "鍵の交換につきましては、管理人にお申し付けください。"),
        ("車両の点検は、整備担当にお申し付けください。", "車両の点検につきましては、整備担当にご連絡をお願いします。"),
        (
            "部屋の清掃につきましては、フロントにお申し付けください。",
            "部屋の清掃につきましては、フロントにご一報ください。",
        ),
    ],
)
def test_told_and_asked_stay_apart_under_the_polite_topic(old: str, new: str) -> None:
    assert not reused(old, new, "Please let us know.")


@pytest.mark.parametrize(
    "old,new",
    [
        ("お気軽にお問い合わせください。", "遠慮なくお問い合わせください。"),  # a shop
        (
            "ご不明な点は、遠慮なくスタッフにお尋ねください。",
            "ご不明な点は、遠慮せずにスタッフにお尋ねください。",
        ),  # a museum
        ("心置きなくお過ごしください。", "ゆっくりお過ごしください。"),  # an inn
    ],
)
def test_adverb_with_nai_is_no_polarity_flip(old: str, new: str) -> None:
    assert find_flip(old, new) is None


@pytest.mark.parametrize(
    "text", ["遠慮なくご相談ください。", "遠慮せずにご相談ください。", "心置きなくお楽しみください。"]
)
def test_adverb_with_nai_counts_no_negation(text: str) -> None:
    morphs = analyze(text)
    assert morphs is not None
    assert negations(morphs) == []


@pytest.mark.parametrize(
    "old,new",
    [
        # "freely" against "please do not": the opposite request, a flip (before, a mere change)
        ("遠慮なくお申し付けください。", "ご遠慮ください。"),
        ("荷物の持ち込みは遠慮なくどうぞ。", "荷物の持ち込みはご遠慮ください。"),
        # "without notice", "without rest": the adverb says the noun's own thing, a negation
        ("予告なく内容を変更する場合があります。", "予告して内容を変更する場合があります。"),
        ("休みなく運行しています。", "休んで運行しています。"),
        # a negated predicate, not the adverb
        ("遠慮しないでお申し出ください。", "遠慮してお申し出ください。"),
        # the predicate negated beside the adverb
        ("遠慮なく召し上がってください。", "遠慮なく召し上がらないでください。"),
        ("間もなく発車します。", "間もなく発車しません。"),
    ],
)
def test_negations_beside_or_against_the_adverb_still_flip(old: str, new: str) -> None:
    assert decide(old, "The old translation.", new).kind == FLIP


@pytest.mark.parametrize("text", ["予告なく変更します。", "休みなく営業します。", "遠慮はしません。"])
def test_without_the_nouns_own_thing_is_a_negation(text: str) -> None:
    morphs = analyze(text)
    assert morphs is not None
    assert negations(morphs) != []


# お受けする, the humble 受ける, is what 承る says: 受け付ける, with JMdict confirming and the English witnessing.
@pytest.mark.parametrize(
    "old,new,english",
    [
        (
            "ご注文は、ファクスでもお受けしております。",
            "ご注文は、ファクスでも受け付けております。",
            "We also accept orders by fax.",
        ),  # a caterer
        (
            "修理のご依頼は、店頭でも受け付けております。",
            "修理のご依頼は、店頭でもお受けしております。",
            "Repair requests are also accepted at the store.",
        ),  # a watch shop, the other way
        (
            "申請書は、窓口でお受けいたします。",
            "申請書は、窓口で受け付けます。",
            "Application forms are received at the counter.",
        ),  # a city office
    ],
)
def test_humble_receive_said_as_accept_is_offered(old: str, new: str, english: str) -> None:
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "old,new,english",
    [
        # the humble act toward a third party: "underwent", no English of accepting
        (
            "当社は昨年、省の監査をお受けしました。",
            "当社は昨年、省の監査を受け付けました。",
            "We underwent an audit last year.",
        ),
        # the reader asked to undergo (お受けください: no する), not the writer's humble act
        (
            "健康診断は、年に一度お受けください。",
            "健康診断は、年に一度受け付けてください。",
            "Please accept a check-up once a year.",
        ),
        # the plain 受ける may be "undergo": no humble form, no proof
        ("検査を受けております。", "検査を受け付けております。", "We accept inspections."),
        # the opposite act, and another act of the same honorific (聞く, 伺う's and 承る's)
        ("ご注文はお電話でもお受けします。", "ご注文はお電話でもお断りします。", "We also accept orders by phone."),
        ("ご相談は窓口でお聞きします。", "ご相談は窓口で受け付けます。", "We accept consultations at the counter."),
        # the English says no accepting: nothing witnesses the act
        (
            "ご予約はお電話でもお受けいたします。",
            "ご予約はお電話でも受け付けます。",
            "Reservations are also taken by phone.",
        ),
    ],
)
def test_humble_receive_near_misses_stay_changes(old: str, new: str, english: str) -> None:
    assert not reused(old, new, english)


# で / から after an online medium named by a compound whose head JMdict tags (当金庫ホームページ: a ホームページ).
@pytest.mark.parametrize(
    "old,new",
    [
        ("運行状況は、当社ホームページでご確認いただけます。", "運行状況は、当社ホームページからご確認いただけます。"),
        (
            "診察の予約は、当院ホームページでお申し込みいただけます。",
            "診察の予約は、当院ホームページからお申し込みいただけます。",
        ),
        ("空き状況は、市公式アプリでご確認ください。", "空き状況は、市公式アプリからご確認ください。"),
    ],
)
def test_channel_named_by_a_compound_is_offered(old: str, new: str) -> None:
    assert reused(old, new, "You can check it on our website.")


@pytest.mark.parametrize(
    "old,new",
    [
        # taken out of it, or sent from it: から names the source
        ("データは当社サーバーで削除します。", "データは当社サーバーから削除します。"),
        ("写真は当社アプリで送信できます。", "写真は当社アプリから送信できます。"),
        # a head JMdict does not tag (窓口, the counter): で is where, から from where
        ("運行状況は、当社窓口でご確認いただけます。", "運行状況は、当社窓口からご確認いただけます。"),
    ],
)
def test_channel_near_misses_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new, "You can check it here.")


# "Free" said as "no fee is charged": N + は + 無料です and N + 料 + は + かかりません (JMdict: 無料 "free (of
# charge)", 料 "fee", かかる "to take (a resource, e.g. time or money)").
def test_the_words_of_free_are_glossed_so() -> None:
    from kokuchi.language.synonyms import first_sense_glosses

    assert "free (of charge)" in first_sense_glosses("無料")
    assert any("money" in gloss for gloss in first_sense_glosses("掛かる"))


@pytest.mark.parametrize(
    "old,new,english",
    [
        (
            "見学は無料ですので、どなたでもお越しください。",
            "見学料はかかりませんので、どなたでもお越しください。",
            "Tours are free of charge, so everyone is welcome.",
        ),  # a factory
        ("駐車料はかかりません。", "駐車は無料です。", "Parking is free."),  # a mall, the other way
        (
            "入会は無料です。年会費のみ頂戴します。",
            "入会料はかかりません。年会費のみ頂戴します。",
            "Joining is free; only the annual fee is charged.",
        ),  # a club
    ],
)
def test_free_said_as_no_fee_stays_blocked(old: str, new: str, english: str) -> None:
    # 修理は無料 / 修理料はかかりません: the whole repair free, or no charge for the labour (parts may be charged;
    # red team 22): the noun + 料 may name a part of what the act costs, so "no fee" is never read as "free"
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,new",
    [
        ("見学は無料です。", "見学料はかかります。"),  # a fee charged
        ("見学は有料です。", "見学料はかかりません。"),  # not free against free
        ("見学は無料です。", "見学料はかかりませんでした。"),  # the past
        ("見学は無料です。", "駐車料はかかりません。"),  # another noun's fee
        ("見学は無料です。", "初回の見学料はかかりません。"),  # the first tour only
    ],
)
def test_free_near_misses_stay_blocked(old: str, new: str) -> None:
    assert not reused(old, new, "Tours are free of charge.")


def test_the_same_adverb_in_both_texts_asks_no_jmdict() -> None:
    """遠慮なく on both sides counts alike whichever way it is read: the flip finder does not load JMdict for it
    (the largest import a small merge can make), and a negation of the predicate beside it still flips."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys; from kokuchi.language.flips import find_flip; "
        "f = find_flip('遠慮なくお使いください。', '遠慮なくお使いにならないでください。'); "
        "print(f is not None, 'jamdict' in sys.modules)"
    )
    src = Path(__file__).resolve().parents[2] / "src"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(src)}
    )
    assert done.stdout.strip() == "True False"
