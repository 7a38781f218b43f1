"""Red team 11, three families (rt11asp): a time or a sequence the old text did not say, read where it seemed
politeness or an adverb that leaves the clause intact.

- 開催しております → 開催いたします: the old ている may say what goes on now or what we do, the new humble non-past
  first announces the act ahead ("will hold"); the old English tells what the old text meant, never which the new
  text means (a simple present, "We hold", fits both). Only the old non-past against a new ている stays a proof
  (承ります → 受け付けております: the English chose the non-past's reading, which the ている has too).
- ご購入時の価格 → ご購入の場合の価格: after an action's noun 時 and 際 name the moment of the act, and the noun
  after them what it was then, however long ago (the price paid); 場合 supposes the act (the price if you buy).
  After a noun that is no action (雨天, 台風, 地震) the occasion stays one.
- 引き続き added before one act (懇親会を行います): JMdict's second sense of 引き続き, "next; then; after that", reads
  as well as its first, "continuously"; before a state (いただけます, 有効です, ている, できます) only the first.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        # The old ている against 承る, the humble verb of a standing offer.
        ("ご予約はお電話で受け付けております。", "ご予約はお電話で承ります。", "We accept reservations by phone."),
        (
            "配送のご相談は、窓口で承っております。",
            "配送のご相談は、窓口で承ります。",
            "We take delivery inquiries at the counter.",
        ),
        # A change of state in a recurring time: the state in that time.
        (
            "毎週水曜日は17時に閉館しております。",
            "毎週水曜日は17時に閉館いたします。",
            "The museum closes at 5 p.m. on Wednesdays.",
        ),
        # The old humble non-past, read by its English as what we do, against the new ている.
        (
            "お問い合わせは、お電話にて承ります。",
            "お問い合わせは、電話で受け付けております。",
            "Inquiries are accepted by phone.",
        ),
        (
            "修理のご依頼は、店頭で承ります。",
            "修理のご依頼は、店頭で受け付けております。",
            "We accept repair requests at the store.",
        ),
    ],
)
def test_what_we_do_said_both_ways_stays_offered(old: str, new: str, old_en: str) -> None:
    assert reused(old, new, old_en)


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        (
            "図書室で古本市を開催しております。",
            "図書室で古本市を開催いたします。",
            "We hold a used book fair in the library.",
        ),
        (
            "受付で記念品をお配りしております。",
            "受付で記念品をお配りいたします。",
            "We give out souvenirs at reception.",
        ),
        (
            "ホームページでアンケートを実施しております。",
            "ホームページでアンケートを実施いたします。",
            "We conduct a survey on our website.",
        ),
        (
            "ロビーで地元の野菜を販売しております。",
            "ロビーで地元の野菜を販売いたします。",
            "We sell local vegetables in the lobby.",
        ),
        # Formerly offered (earlier rounds' tests): a simple present fits the act ahead as well.
        (
            "落とし物は、事務所でお預かりしております。",
            "落とし物は、事務所でお預かりいたします。",
            "We keep lost items at the office.",
        ),
        (
            "修理した傘は、受付でお返ししております。",
            "修理した傘は、受付でお返しいたします。",
            "We return repaired umbrellas at the front desk.",
        ),
        (
            "ご注文の商品は、倉庫から発送しております。",
            "ご注文の商品は、倉庫から発送いたします。",
            "We ship the items you ordered from our warehouse.",
        ),
        (
            "ご登録の住所に、会報をお送りしております。",
            "ご登録の住所に、会報をお送りいたします。",
            "We send the newsletter to your registered address.",
        ),
        (
            "ご注文の品は、店頭でお渡ししております。",
            "ご注文の品は、店頭でお渡しいたします。",
            "We hand over the items you ordered at the store.",
        ),
        (
            "駐車場では、新料金を適用しております。",
            "駐車場では、新料金を適用いたします。",
            "New rates apply in the parking lot.",
        ),
    ],
)
def test_an_old_te_iru_against_a_new_humble_non_past(old: str, new: str, old_en: str) -> None:
    assert not reused(old, new, old_en)


@pytest.mark.parametrize(
    "old,new",
    [
        # A noun that is no action: the occasion of the noun after it, either way.
        ("台風時の集合場所は、講堂です。", "台風の場合の集合場所は、講堂です。"),
        ("地震の際の避難場所は、校庭です。", "地震の場合の避難場所は、校庭です。"),
        ("大雪時の運行情報は、こちらでご確認ください。", "大雪の場合の運行情報は、こちらでご確認ください。"),
    ],
)
def test_the_occasion_of_a_noun_that_is_no_action_taken_back(old: str, new: str) -> None:
    # Formerly offered; taken back (red team 32, test_red_team_round19_fix32c.py): 時 after a noun may name the moment a thing was so (新品時の価格).
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # An action's moment (the age then, the rate then, the address given then) against the act supposed.
        ("ご入会時の年齢で、会費が決まります。", "ご入会の場合の年齢で、会費が決まります。"),
        ("ご予約時の料金が適用されます。", "ご予約の場合の料金が適用されます。"),
        ("お申し込み時の住所に、会員証をお送りします。", "お申し込みの場合の住所に、会員証をお送りします。"),
        ("ご購入の際の価格で、下取りいたします。", "ご購入の場合の価格で、下取りいたします。"),
        # (Formerly offered: an event's moment, a reader's absence.)
        ("停電の際の連絡先は、管理室です。", "停電の場合の連絡先は、管理室です。"),
        ("ご欠席の場合の連絡先はこちらです。", "ご欠席時の連絡先はこちらです。"),
    ],
)
def test_the_moment_of_an_action_against_the_action_supposed(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # Before a state: "still", nothing more.
        ("当店の駐車場は、ご利用いただけます。", "当店の駐車場は、引き続きご利用いただけます。"),
        ("旧会員証は有効です。", "旧会員証は引き続き有効です。"),
        ("西口の売店は、営業しております。", "西口の売店は、引き続き営業しております。"),
        ("会員の方は、割引価格でご購入できます。", "会員の方は、引き続き割引価格でご購入できます。"),
    ],
)
def test_continuing_before_a_state(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # Before one act: "then", right after what came before (in the sentence or before it).
        ("開会式の後、記念撮影を行います。", "開会式の後、引き続き記念撮影を行います。"),
        ("表彰式を行います。", "引き続き表彰式を行います。"),
        ("式典終了後、祝賀会が開催されます。", "式典終了後、引き続き祝賀会が開催されます。"),
        ("講演の後、質疑応答に移ります。", "講演の後、引き続き質疑応答に移ります。"),
        ("総会の後、懇談会を開きます。", "総会の後、引き続き懇談会を開きます。"),
    ],
)
def test_following_on_before_one_act(old: str, new: str) -> None:
    assert not reused(old, new)
