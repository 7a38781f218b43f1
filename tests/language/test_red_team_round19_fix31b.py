"""Issue 21, nineteenth round (fix31b): older proofs narrowed or taken back after red team 31.

- お求め / ご購入 + の + a party or a thing (ご購入の方, ご購入の商品): no tense says whether the buying is wished or
  done, whatever the English says (``suggest._bought_unsaid``); before a noun of time (の際, の場合) still offered.
- Two words whose glosses are one English word in the plural and in the singular (全日 "all days" / 終日 "all
  day"): one counts days, the other the hours of one (``synonyms._counted_apart``).
- A godan verb's potential and a word glossed verb + "-able" (燃やせる / 可燃): taken back.
- Two acts said with the same kanji, and any two words each glossed as two coordinated acts (開閉 / 開け閉め,
  着脱 / 脱ぎ着): the gerunds say no voice; taken back (``synonyms._two_acts``).
- A katakana loanword for a kanji word where a later sense of the loan says a shared gloss beside another thing
  (プラン "(payment) plan, package"): not shown (``synonyms._loan_for_kanji``); the loanword witness is taken back.
- A compound said as object and verb after a noun + の (お子様の手洗い / お子様の手を洗って): the genitive may be
  the actor of the one and the possessor of the other (``evidence._act_said_otherwise``).
- One word for a list (土日 / 土曜日・日曜日) only where nothing before it modifies it (``evidence._binds_nothing``).
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.suggest import FLIP_KINDS, decide

BLOCKED = [
    # a party named by the act: wished or done?
    (
        "限定グッズをお求めの方は、整理券をお取りください。",
        "限定グッズをご購入の方は、整理券をお取りください。",
        "If you want to buy the limited goods, please take a numbered ticket.",
    ),
    (
        "お求めの商品が見つからない場合は、店員にお声がけください。",
        "ご購入の商品が見つからない場合は、店員にお声がけください。",
        "If you cannot find the item you want to buy, please ask a member of staff.",
    ),
    # every day of several, or the whole of one
    (
        "2日間の研修は、全日出席が条件です。",
        "2日間の研修は、終日出席が条件です。",
        "Attendance on all days of the two-day training is required.",
    ),
    # a potential has an actor; "-able" a property
    (
        "キャンプ場では、燃やせるごみを分けてお出しください。",
        "キャンプ場では、可燃ごみを分けてお出しください。",
        "At the campsite, please separate burnable rubbish.",
    ),
    # two acts coordinated: who acts is not said
    (
        "シャッターの開閉は係員が行います。",
        "シャッターの開け閉めは係員が行います。",
        "The shutters are opened and closed by staff.",
    ),
    (
        "ヘルメットの着脱は、停車してから行ってください。",
        "ヘルメットの脱ぎ着は、停車してから行ってください。",
        "Please put on or take off your helmet only after stopping.",
    ),
    # a loanword that also names a package sold
    (
        "旅行の計画が決まりましたら、お知らせください。",
        "旅行のプランが決まりましたら、お知らせください。",
        "Once your travel plans are fixed, please let us know.",
    ),
    # the genitive before the compound: the actor, or whose hands
    (
        "調理実習の前には、生徒の手洗いをお願いします。",
        "調理実習の前には、生徒の手を洗ってください。",
        "Before cooking class, please make sure the pupils wash their hands.",
    ),
    # a list word under a modifier: the modifier may bind only the first item
    (
        "毎月最終土日は、駐車場を閉鎖します。",
        "毎月最終土曜日・日曜日は、駐車場を閉鎖します。",
        "The car park is closed on the last Saturday and Sunday of each month.",
    ),
    (
        "当院の土日の診療は予約制です。",
        "当院の土曜日・日曜日の診療は予約制です。",
        "Our weekend consultations are by appointment only.",
    ),
]

STILL_OFFERED = [
    # お求め / ご購入 as the act itself, or before a noun of time
    (
        "チケットのお求めは、1階の窓口でお願いします。",
        "チケットのご購入は、1階の窓口でお願いします。",
        "Please buy tickets at the ground-floor window.",
    ),
    (
        "回数券をお求めの際は、身分証をご提示ください。",
        "回数券をご購入の際は、身分証をご提示ください。",
        "When buying a book of tickets, please show your ID.",
    ),
    # a loanword whose later senses say nothing the kanji word does not
    (
        "ご注文の取り消しは、発送前までにご連絡ください。",
        "ご注文のキャンセルは、発送前までにご連絡ください。",
        "Please let us know before shipping if you wish to cancel your order.",
    ),
    (
        "贈答用の包装は無料で承ります。",
        "贈答用のラッピングは無料で承ります。",
        "Gift wrapping is free of charge.",
    ),
    # a compound said as object and verb, no genitive before it
    (
        "調理実習の前には、必ず手洗いをお願いします。",
        "調理実習の前には、必ず手を洗ってください。",
        "Please wash your hands before cooking class.",
    ),
    # a list word with nothing modifying it
    (
        "土日は駐車場が大変混み合います。",
        "土曜日・日曜日は駐車場が大変混み合います。",
        "The car park gets very busy on Saturdays and Sundays.",
    ),
]


@pytest.mark.parametrize(("old", "new", "english"), BLOCKED)
def test_the_attacks_kind_is_blocked(old: str, new: str, english: str) -> None:
    assert decide(old, english, new).kind in FLIP_KINDS


@pytest.mark.parametrize(("old", "new", "english"), STILL_OFFERED)
def test_the_same_meaning_is_still_offered(old: str, new: str, english: str) -> None:
    decision = decide(old, english, new)
    assert decision.kind not in FLIP_KINDS and decision.translation == english, decision
