"""Proofs that compose: phrases reordered in a clause together with another proof in the same edit.

The phrases of each clause are read in the old text's order (language/evidence.py ``_in_old_order``),
then every difference is explained as ever; the edits next to each that say something else must block.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.merge import source_change
from kokuchi.catalog.suggest import FUZZY, decide
from kokuchi.language import evidence

SALON = "新規のお客様は、初回に限りカット料金が20%割引となります。"
BUNKER = "バンカーをご使用後は、必ずレーキで砂をならしてください。"
CAR_WASH = "洗車サービスは、雨天の場合は行っておりません。"
VISIT = "ご来館の際は、必ず受付で入館証をお受け取りください。"
MEMBERS = "会員の方は、受付で会員証をご提示ください。"
SMOKING = "当館では、館内での喫煙を全面的に禁止しております。"
LIFT = "安全のため、リフト乗車中はセーフティバーを下ろしてください。"


@pytest.mark.parametrize(
    "old,new",
    [
        # A phrase with its postposition moved to the front, and となります said です.
        (SALON, "初回に限り、新規のお客様はカット料金が20%割引です。"),
        # Two phrases exchanged after the adverb, and a genitive for を (one key). (ならし written 均し is no
        # longer notation: 慣らす and 鳴らす read so too, and the kanji pick a word.)
        (BUNKER, "バンカーのご使用後は、必ず砂をレーキでならしてください。"),
        # The topic moved past a phrase of occasion whose は became a comma.
        (CAR_WASH, "雨天の場合、洗車サービスは行っておりません。"),
        # An adverb moved, で said にて, and の際は said 時には.
        (VISIT, "ご来館時には、入館証を必ず受付にてお受け取りください。"),
        # The topic moved after a phrase said with にて, and ください written 下さい.
        (MEMBERS, "受付にて、会員の方は会員証をご提示下さい。"),
        # Two topics exchanged (one a place), and おります said います.
        (SMOKING, "館内での喫煙は、当館では全面的に禁止しています。"),
        # A reason moved across a head that names no action, and 下ろして written おろして.
        (LIFT, "リフト乗車中は、安全のためセーフティバーをおろしてください。"),
        # A topic moved across a clause of its sentence.
        ("田中様は、会議が終わった後、ご連絡します。", "会議が終わった後、田中様は、ご連絡します。"),
        # A topic moved to the front past a limit (it is said of the whole sentence).
        (
            "駐車場は、ホール利用者に限り無料でご利用いただけます。",
            "ホール利用者に限り、駐車場は無料でご利用いただけます。",
        ),
        # A subject with its clause inside one phrase, moved whole.
        (
            "本日は、獣医師が不在のため、診察は午前の部のみとなります。",
            "獣医師が不在のため、本日は、診察は午前の部のみとなります。",
        ),
        # A topic moved after two phrases of time (時 after a number is an hour, not an occasion).
        (
            "大浴場は、午前6時から午前10時までご利用いただけます。",
            "午前6時から午前10時まで、大浴場はご利用いただけます。",
        ),
        # An adverb moved, and a verb asked for politely as a request.
        ("安全のため、監視員の指示に必ず従ってください。", "安全のため、必ず監視員の指示に従うようお願いします。"),
    ],
)
def test_a_reordering_composes_with_other_proofs(old, new):
    assert evidence.compare(old, new).kind != evidence.CHANGE
    decision = decide(old, "The old translation.", new)
    assert decision.kind == FUZZY  # a suggestion for the translator, never kept as it was
    assert decision.translation == "The old translation."


@pytest.mark.parametrize(
    "old,new",
    [
        # The limit moved to another phrase, or another limit, or none.
        (SALON, "新規のお客様に限り、初回はカット料金が20%割引です。"),
        (SALON, "初回を除き、新規のお客様はカット料金が20%割引です。"),
        (SALON, "初回以外、新規のお客様はカット料金が20%割引です。"),
        (SALON, "初回に限り、新規のお客様のみカット料金が20%割引です。"),
        ("会員の方は、初回だけ入会金が無料です。", "初回は、会員の方だけ入会金が無料です。"),
        ("会員のみ、本日は入場できます。", "本日のみ、会員は入場できます。"),
        ("会員の方は、初回に限り入会金が無料です。", "初回の方は、会員に限り入会金が無料です。"),
        ("会員の方は、初回に限り入会金が無料です。", "初回に限らず、会員の方は入会金が無料です。"),
        # Another word, a negation, in the reordered sentence.
        (SALON, "初回に限り、既存のお客様はカット料金が20%割引です。"),
        (SALON, "初回に限り、新規のお客様はカット料金が20%割引となりません。"),
        (CAR_WASH, "雨天の場合、洗車サービスは行っております。"),
        (CAR_WASH, "晴天の場合、洗車サービスは行っておりません。"),
        (CAR_WASH, "雨天の場合以外、洗車サービスは行っておりません。"),
        ("東京支店は、月曜日は休業します。", "月曜日は、東京支店は営業します。"),
        (VISIT, "ご来館時には、入館証を必ず受付にてお返しください。"),
        # Particles exchanged between the words (AをBで → BをAで), or with another word's.
        (BUNKER, "バンカーのご使用後は、必ず砂でレーキを均してください。"),
        (BUNKER, "レーキのご使用後は、必ず砂をバンカーで均してください。"),
        (MEMBERS, "受付の方は、会員で会員証をご提示下さい。"),
        (SMOKING, "館内では、当館での喫煙を全面的に禁止しています。"),
        ("必ず田中様を鈴木様にご紹介ください。", "鈴木様を必ず田中様にご紹介ください。"),
        ("当社がお客さまを必ず招待します。", "必ずお客さまが当社を招待します。"),
        ("お子様は、保護者と一緒にご入場ください。", "保護者は、お子様と一緒にご入場ください。"),
        ("大人は子供より料金が高いです。", "子供は大人より料金が高いです。"),
        # Before is not after.
        (BUNKER, "バンカーのご使用前は、必ず砂をレーキで均してください。"),
        # A phrase moved across a clause's head: it now says something of another verb.
        (BUNKER, "ご使用後は、必ずバンカーの砂をレーキで均してください。"),
        (
            "会員カードを提示した後、受付で料金をお支払いください。",
            "受付で会員カードを提示した後、料金をお支払いください。",
        ),
        (
            "受付で会員カードを提示した後、料金をお支払いください。",
            "会員カードを提示した後、受付で料金をお支払いください。",
        ),
        ("窓口で、書類を確認してから、お渡しします。", "書類を確認してから、窓口でお渡しします。"),
        ("鍵を受付に返却してから、ご退出ください。", "ご退出してから、鍵を受付に返却してください。"),
        (VISIT, "受付にて、ご来館の際は、入館証を必ずお受け取りください。"),
        ("とても広い部屋が安いです。", "広い部屋がとても安いです。"),
        # A reason moved across a verb's clause may now be the reason of the other verb.
        ("雨のため、試合を中止した場合は、払い戻します。", "試合を中止した場合は、雨のため払い戻します。"),
        # (the same with the action said by a suru-noun whose light verb is dropped: a verb's clause too)
        ("雨のため、試合を中止する場合は、払い戻します。", "試合を中止する場合は、雨のため払い戻します。"),
        (
            "大浴場は、午前6時から午前10時までご利用いただけます。",
            "午前6時まで、午前10時から大浴場はご利用いただけます。",
        ),
        # A topic moved into a parenthesis, a predicate's では read as a topic.
        (
            "水道料金の口座振替日は、毎月26日(休日の場合は翌営業日)です。",
            "毎月26日(休日の場合は水道料金の口座振替日は翌営業日)です。",
        ),
        (
            "ご来場の際は、ジャケットの着用は必須ではございません。",
            "ご来場の際は必須は、ジャケットの着用ではございません。",
        ),
        # A phrase moved across a limit: the limit is now said of something else.
        (
            "駐車場は、ホール利用者に限り無料でご利用いただけます。",
            "駐車場は無料で、ホール利用者に限りご利用いただけます。",
        ),
        # An argument moved out of the clause inside its phrase.
        (
            "診察をご希望の方は、受付にて診察券をお出しください。",
            "診察を、受付にて診察券をご希望の方はお出しください。",
        ),
        (
            "肥料代金が未納の組合員の方には、別途ご案内をお送りします。",
            "肥料代金が別途ご案内を未納の組合員の方にはお送りします。",
        ),
        # A topic moved into another clause's arguments, not first in its clause.
        ("暗証番号は、ご家族を含め他人に教えないでください。", "ご家族を暗証番号は含め他人に教えないでください。"),
        # A word the analyzer reads as an adverb, before の, is no phrase of its own.
        (
            "ガチャの提供割合は、各ガチャ画面の詳細からご確認いただけます。",
            "の提供割合は、各ガチャ画面の詳細からガチャご確認いただけます。",
        ),
        # より and から are one role ("from"): two of them exchanged.
        (
            "2026年10月1日より、キャッシング利用枠を50万円から30万円に変更いたします。",
            "キャッシング利用枠を50万円から2026年10月1日より30万円に変更いたします。",
        ),
        # A phrase moved across a clause of the previous main reordering proof (it took these).
        ("降車時は、バスが停車してから席をお立ちください。", "降車時は停車してからバスが席をお立ちください。"),
        ("点検でご来店の際は、車検証をお持ちください。", "ご来店の際は、車検証を点検でお持ちください。"),
        (
            "AT限定で入校された方は、MT車での教習を受けることはできません。",
            "AT限定での教習を入校された方は、MT車で受けることはできません。",
        ),
        # Two phrases of one role exchanged (topics stacked side by side may trade places only where at most one
        # may be people: 平日は、大人は / 大人は、平日は is offered, tests/language/test_recall_round24_lead.py).
        ("会員は、お子様は500円です。", "お子様は、会員は500円です。"),
        ("平日は、大人は500円、子どもは300円です。", "大人は、平日は500円、子どもは300円です。"),
    ],
)
def test_the_edits_next_to_a_composed_proof_still_block(old, new):
    assert not reused(old, new)


def test_a_number_changed_in_a_reordered_sentence_is_the_entity_layers_call():
    # The values changed: a fuzzy suggestion whose numbers the translator writes, never the old text kept.
    verdict = evidence.compare(SALON, "初回に限り、新規のお客様はカット料金が30%割引です。")
    assert verdict.kind == evidence.NUMBER


def test_the_source_change_of_a_composed_edit_shows_every_edit():
    # The comment the translator reads is the character diff of the sources, whatever the proof.
    assert (
        source_change(SALON, "初回に限り、新規のお客様はカット料金が20%割引です。")
        == "{+初回に限り、+}新規のお客様は[-、初回に限り-]カット料金が20%割引[-となります-]{+です+}。"
    )
    assert (
        source_change(BUNKER, "バンカーのご使用後は、必ず砂をレーキで均してください。")
        == "バンカー[-を-]{+の+}ご使用後は、必ず{+砂を+}レーキで[-砂をならし-]{+均し+}てください。"
    )


@pytest.mark.parametrize(
    "old,new",
    [
        ("東京と大阪で説明会を開催します。", "大阪と東京で説明会を開催します。"),
        # Nouns listed in another order, with a particle said otherwise and the phrase moved.
        ("東京と大阪の会場で、説明会を開催します。", "大阪と東京の会場にて説明会を開催いたします。"),
        ("東京と大阪の会場で説明会を開催します。", "説明会を、大阪と東京の会場にて開催いたします。"),
        ("現金やクレジットカードでお支払いいただけます。", "クレジットカードや現金でお支払いいただけます。"),
        ("机と椅子を、受付に返却してください。", "受付に、椅子と机を返却して下さい。"),
        (
            "ご利用後は、机と椅子を必ず元の位置に戻してください。",
            "ご利用後は、必ず椅子と机を元の位置にお戻しください。",
        ),
    ],
)
def test_nouns_listed_in_another_order_compose_with_other_proofs(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # Another noun in the list, another coordinator, a limit, another verb.
        ("東京と大阪の会場で、説明会を開催します。", "大阪と名古屋の会場にて説明会を開催いたします。"),
        ("東京と大阪の会場で、説明会を開催します。", "大阪か東京の会場にて説明会を開催いたします。"),
        ("東京と大阪の会場で、説明会を開催します。", "大阪と東京の会場以外で説明会を開催いたします。"),
        ("東京と大阪の会場で、説明会を開催します。", "大阪と東京の会場にて説明会を中止いたします。"),
        ("机と椅子を、受付に返却してください。", "受付に、椅子と机のみを返却して下さい。"),
        ("ご利用後は、机と椅子を元の位置に戻してください。", "ご利用後は、椅子と机を、必ず元の位置にお戻しください。"),
        # The list moved with another particle: 保安検査場では、A と B を is not A と B では保安検査場を.
        (
            "保安検査場では、パスポートと搭乗券をご用意ください。",
            "パスポートと搭乗券では、保安検査場をご用意ください。",
        ),
        ("精算機では、千円札と硬貨がご利用になれます。", "千円札と硬貨では、精算機がご利用になれます。"),
        ("本学は、南北大学と単位互換協定を締結しました。", "南北大学と単位互換協定は、本学を締結しました。"),
        # The same keys in another order are no list reordered: a noun of the list exchanged with another phrase's.
        ("机と椅子を、受付に返却してください。", "受付と椅子に、机を返却して下さい。"),
        ("机と椅子を受付に返却してください。", "受付と椅子を机に返却してください。"),
        ("東京から大阪の会場で、説明会を開催します。", "大阪から東京の会場にて説明会を開催いたします。"),
    ],
)
def test_the_edits_next_to_a_list_reordered_still_block(old, new):
    assert not reused(old, new)
    assert evidence.compare(old, new).kind == evidence.CHANGE


@pytest.mark.parametrize(
    "old,new",
    [
        # A suru-noun with its light verb (中止し、) is a clause's head: phrases do not cross it.
        ("説明会を中止し、体験会で開催します。", "体験会で中止し、説明会を開催します。"),
        ("東京会場を閉鎖し、大阪会場で受付します。", "大阪会場で閉鎖し、東京会場を受付します。"),
        ("本日は休館日で、明日に開館します。", "明日は休館日で、本日に開館します。"),
    ],
)
def test_phrases_exchanged_across_an_action_are_a_change_even_to_compare(old, new):
    # (The flip detector finds these swaps first; the comparison must not show them the same either.)
    assert evidence.compare(old, new).kind == evidence.CHANGE
    assert not reused(old, new)
