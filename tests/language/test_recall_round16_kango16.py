"""Issue 21, sixteenth round (kango16, then red team 22): a native word and a Sino-Japanese one stay apart.

Two proofs were added this round and taken back after red team 22 showed what the resources cannot tell:

- **one act headed alike** (a native verb and a suru-noun whose main JMdict senses are headed by the verb and
  the noun made of it, the old English saying it): 教室を開く / 教室を開放する ("open": hold a class, or open the
  room), 警察へ届ける / 配達する ("deliver": hand in lost property, or courier it). A native verb's main sense
  spans acts its noun names apart, so the English's one word witnesses neither.
- **a thing's passive said as the action's noun + となります**: 録画されます / 録画となります ("will be
  recorded", or "will be given as a recording").
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,new,english",
    [
        # clinic: advice on drinking water
        (
            "水分をこまめにとることをおすすめします。",
            "水分をこまめにとることを推奨します。",
            "We recommend drinking water often.",
        ),
        # sports centre: the same advice the other way round, said humbly
        (
            "運動の前には、準備体操を推奨いたします。",
            "運動の前には、準備体操をお勧めいたします。",
            "We recommend warming up before exercise.",
        ),
        # hotel: booking early
        (
            "繁忙期は、早めのご予約をお勧めいたします。",
            "繁忙期は、早めのご予約を推奨いたします。",
            "In the busy season, we recommend booking early.",
        ),
        # recycling: the collection day
        (
            "古紙は毎週水曜日に集めます。",
            "古紙は毎週水曜日に収集します。",
            "We collect waste paper every Wednesday.",
        ),
        # furniture shop: delivery (届ける "to deliver", 配達 "delivery")
        (
            "ご購入の家具は、ご自宅までお届けします。",
            "ご購入の家具は、ご自宅まで配達します。",
            "We deliver furniture to your home.",
        ),
    ],
)
def test_a_native_verb_and_a_kango_act_stay_apart(old: str, new: str, english: str) -> None:
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,new,english",
    [
        # the English says no recommendation: nothing witnesses the act
        ("水分をこまめにとることをおすすめします。", "水分をこまめにとることを推奨します。", "Drink water often."),
        # another act: 提案 "proposal"
        (
            "水分をこまめにとることをおすすめします。",
            "水分をこまめにとることを提案します。",
            "We recommend drinking water often.",
        ),
        # a negation
        (
            "水分をこまめにとることをおすすめします。",
            "水分をこまめにとることは推奨しません。",
            "We recommend drinking water often.",
        ),
        # 確かめる is "to ascertain", 確認 "confirmation": no verb made a noun, whatever the English says
        (
            "ご来店の前に、在庫をお確かめください。",
            "ご来店の前に、在庫をご確認ください。",
            "Please confirm stock before visiting.",
        ),
        # 回収 "collection; recovery; withdrawal; retrieval": half its glosses are no 集める "to collect"
        ("古紙は毎週水曜日に集めます。", "古紙は毎週水曜日に回収します。", "We collect waste paper every Wednesday."),
        # 勧誘 "invitation; solicitation; canvassing; ...": no 招く "to invite"
        (
            "夏祭りに地域の皆様をお招きします。",
            "夏祭りに地域の皆様を勧誘します。",
            "We invite local residents to the festival.",
        ),
        # "measure" is a verb and a noun: 測る "to measure", 措置 "measure" (a step)
        ("温度は毎朝測ります。", "温度は毎朝措置します。", "We measure the temperature every morning."),
        # 届け, the noun 届ける's stem spells, is "report": the verb is read by its own senses ("to deliver")
        ("書類は窓口にお届けします。", "書類は窓口に報告します。", "We will deliver the report to the counter."),
        # two verbs sharing "return": go back, or go home (red team 9)
        ("元の場所に戻ってください。", "元の場所に帰ってください。", "Please return to where you were."),
        # two nouns headed alike: 薬品 is also "chemicals"
        ("お薬をお持ちください。", "薬品をお持ちください。", "Please bring your medicine."),
    ],
)
def test_other_acts_and_unwitnessed_heads_stay_changes(old: str, new: str, english: str) -> None:
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,new,english",
    [
        # fitness club: the monthly fee
        (
            "会費は、毎月1日に口座から引き落とされます。",
            "会費は、毎月1日に口座から引き落としとなります。",
            "Fees are debited from your account on the 1st of each month.",
        ),
        # community hall: a cancelled lecture (a suru-noun)
        ("本日の講演会は中止されます。", "本日の講演会は中止となります。", "Today's lecture is cancelled."),
        # travel agency: a refund, the other way round
        (
            "キャンセル料は、翌月に返金となります。",
            "キャンセル料は、翌月に返金されます。",
            "The cancellation fee is refunded the following month.",
        ),
        # sports club: a payment into an account
        ("使用料は口座に振り込まれます。", "使用料は口座に振り込みとなります。", "The fee is paid into your account."),
    ],
)
def test_a_things_passive_said_as_its_action_noun_stays_a_change(old: str, new: str, english: str) -> None:
    # 録画されます / 録画となります: "will be recorded", or "will be (shown as) a recording" (red team 22); the
    # resources cannot tell the outcome said from the act undergone, so no passive is read as the noun + となる
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,new,english",
    [
        # the past
        (
            "会費は、毎月1日に口座から引き落とされます。",
            "会費は、毎月1日に口座から引き落としとなりました。",
            "Fees are debited from your account on the 1st of each month.",
        ),
        # a negation
        (
            "会費は、毎月1日に口座から引き落とされません。",
            "会費は、毎月1日に口座から引き落としとなります。",
            "Fees are not debited from your account on the 1st of each month.",
        ),
        # another action
        (
            "会費は、毎月1日に口座から引き落とされます。",
            "会費は、毎月1日に口座へ振り込みとなります。",
            "Fees are debited from your account on the 1st of each month.",
        ),
        # people: 退会されます is respect ("you leave"), 退会となります the membership ended for them
        (
            "会員様は、年度末で退会されます。",
            "会員様は、年度末で退会となります。",
            "Members leave at the end of the year.",
        ),
        # an ichidan verb's られる may say "can"
        (
            "申込書は窓口で受け付けられます。",
            "申込書は窓口で受付となります。",
            "Applications can be accepted at the counter.",
        ),
        # another noun
        ("本日の講演会は中止されます。", "本日の講演会は延期となります。", "Today's lecture is cancelled."),
    ],
)
def test_other_tenses_polarities_subjects_and_actions_stay_changes(old: str, new: str, english: str) -> None:
    assert not reused(old, new, english)
