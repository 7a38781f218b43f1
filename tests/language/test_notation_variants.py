"""Notation and honorific variants editors make: offered, and the near edits that must still block.

One word spelt two ways the analyzer reads apart (a voiced kana in one
UniDic lemma, two spellings of one JMdict entry), the writer's own place said
plainly or humbly, a person honoured with の方 or 様, and the reader's action
said with いただく, 中 or できる.
"""

from __future__ import annotations

import pytest
from guard_cases import reused, word

from kokuchi.language import synonyms


@pytest.mark.parametrize(
    "old,new",
    [
        # One UniDic lemma, a kana voiced inside the word (rendaku): 声がけ コエガケ, 声掛け コエカケ.
        ("ご不明な点はスタッフにお声がけください。", "ご不明な点はスタッフにお声掛けください。"),
        ("会場内ではお子様へのお声かけをお願いします。", "会場内ではお子様へのお声がけをお願いします。"),
        # Two spellings of one JMdict entry, one reading: など and 等 after a common noun (a list's "etc.").
        (
            "ハンカチやタオルなどの布製品は、洗ってからお持ちください。",
            "ハンカチやタオル等の布製品は、洗ってからお持ちください。",
        ),
        ("机等の備品は元の位置にお戻しください。", "机などの備品は元の位置にお戻しください。"),
        ("沢山のご応募をお待ちしております。", "たくさんのご応募をお待ちしております。"),
    ],
)
def test_one_word_spelt_two_ways_is_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # Two entries that share a reading are two words: 以上/異常, 機会/機械, 会う/合う.
        ("以上の点をご確認ください。", "異常の点をご確認ください。"),
        ("点検の機会を設けます。", "点検の機械を設けます。"),
        ("講師と会う時間を設けます。", "講師と合う時間を設けます。"),
        # 等 after a number is "class" (1等, 一等), not "etc."; 等 for ら ("and others") shares no gloss.
        ("1等の景品をお渡しします。", "1などの景品をお渡しします。"),
        ("ボランティア等が清掃します。", "ボランティアらが清掃します。"),
        # 何時 read ナンジ, "what time", is no いつ; another noun.
        ("何時でもご利用いただけます。", "いつでもご利用いただけます。"),
        ("ハンカチやタオルなどの布製品", "ハンカチやタオルのみの布製品"),
        # 分 read フン ("minute") and ブン ("portion"): a voiced kana first is no rendaku.
        ("半分をお支払いください。", "半ふんをお支払いください。"),
    ],
)
def test_words_that_only_sound_alike_stay_changes(old, new):
    assert not reused(old, new)


def test_spelt_otherwise_reads_one_entry_and_rejects_homophones():
    assert synonyms.spelt_otherwise(word("たくさん"), word("沢山"))
    assert not synonyms.spelt_otherwise(word("以上"), word("異常"))
    assert not synonyms.spelt_otherwise(word("機会"), word("機械"))


@pytest.mark.parametrize(
    "old,new",
    [
        # The writer's own place: 当 and 弊 both glossed "our" as a prefix by JMdict.
        ("当社の担当者からご連絡いたします。", "弊社の担当者からご連絡いたします。"),
        ("ご予約は当店までお電話ください。", "ご予約は弊店までお電話ください。"),
        ("当館の展示物には手を触れないでください。", "弊館の展示物には手を触れないでください。"),
        ("当園の送迎バスをご利用ください。", "弊園の送迎バスをご利用ください。"),
    ],
)
def test_our_place_said_humbly_is_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # Another kind of place, a head office (本, "this; main"), the reader's company (貴, 御), a day.
        ("当社の担当者からご連絡いたします。", "当店の担当者からご連絡いたします。"),
        ("当社の担当者からご連絡いたします。", "本社の担当者からご連絡いたします。"),
        ("弊社の担当者からご連絡いたします。", "貴社の担当者からご連絡いたします。"),
        ("弊社の担当者からご連絡いたします。", "御社の担当者からご連絡いたします。"),
        ("当日までにご連絡いたします。", "弊日までにご連絡いたします。"),
    ],
)
def test_another_place_stays_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # の方 after a person the other text honours with 様 (read サマ): the same person, honoured.
        ("見学の際は、引率者の方が受付をお済ませください。", "見学の際は、引率者様が受付をお済ませください。"),
        ("記念品は、出場者様にお配りします。", "記念品は、出場者の方にお配りします。"),
        ("記念品は、出場者の方にお配りします。", "記念品は、出場者さまにお配りします。"),
        # の方 after a noun of people by its last kanji (者, 員, 客): the noun alone says them.
        ("記念品は、出場者の方にお配りします。", "記念品は、出場者にお配りします。"),
        ("職員の方は、通用口をご利用ください。", "職員は、通用口をご利用ください。"),
    ],
)
def test_a_person_honoured_with_no_kata_or_sama_is_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # Another person, several of them as a plural (方々), a particle exchanged, the noun alone (kept as is).
        ("記念品は、出場者の方にお配りします。", "記念品は、引率者様にお配りします。"),
        ("記念品は、出場者の方々にお配りします。", "記念品は、出場者様にお配りします。"),
        ("記念品は、出場者の方にお配りします。", "記念品は、出場者の方からお配りします。"),
        ("記念品は、出場者の方にお配りします。", "記念品は、出場者の皆様にお配りします。"),
        # Another person of theirs: の + a noun after the noun is its new head.
        ("記念品は、出場者の方にお配りします。", "記念品は、出場者の家族にお配りします。"),
        ("記念品は、出場者にお配りします。", "記念品は、出場者の家族にお配りします。"),
        ("記念品は、出場者様にお配りします。", "記念品は、出場者の方の家族にお配りします。"),
        ("職員の方は、通用口をご利用ください。", "職員の家族は、通用口をご利用ください。"),
        # Not of people (駅の方へ, "towards the station"), a limit, a negating prefix.
        ("出口の方へお進みください。", "出口へお進みください。"),
        ("職員の方は、通用口をご利用ください。", "職員以外の方は、通用口をご利用ください。"),
        ("職員の方は、通用口をご利用ください。", "非職員の方は、通用口をご利用ください。"),
    ],
)
def test_another_person_stays_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # お/ご + the reader's action + いただく before てから or と: the verb itself.
        ("申込書は、お読みいただいてからご署名ください。", "申込書は、読んでからご署名ください。"),
        ("用紙は、ご記入いただいてからご提出ください。", "用紙は、記入してからご提出ください。"),
        ("会員証をご提示いただくと、入館料が割引になります。", "会員証を提示すると、入館料が割引になります。"),
        # An action + 中 + の + 方: the people doing it (the respect of される is the caller's question).
        ("駐車場をご利用中の方は、係員にお声がけください。", "駐車場を利用している方は、係員にお声がけください。"),
        ("入会をご検討中の方は、説明会にご参加ください。", "入会をご検討されている方は、説明会にご参加ください。"),
        # 頂戴する is いただく, "receive" humbly.
        ("修理にはお時間をいただく場合がございます。", "修理にはお時間を頂戴する場合がございます。"),
        ("多くのご感想をいただきました。", "多くのご感想を頂戴いたしました。"),
        # お + a verb's stem (read as the verb) + できる, "you can", is the noun + が + 可能です.
        ("苗は、植え付け後すぐにお持ち帰りできます。", "苗は、植え付け後すぐにお持ち帰りが可能です。"),
    ],
)
def test_the_readers_action_said_with_respect_is_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # "can" (いただける), the negation, another order in time, another action.
        ("用紙は、ご記入いただいてからご提出ください。", "用紙は、ご記入いただけてからご提出ください。"),
        ("用紙は、ご記入いただいてからご提出ください。", "用紙は、記入せずにご提出ください。"),
        ("用紙は、ご記入いただいてからご提出ください。", "用紙は、記入する前にご提出ください。"),
        ("用紙は、ご記入いただいてからご提出ください。", "用紙は、確認してからご提出ください。"),
        ("会員証をご提示いただくと、入館料が割引になります。", "会員証を提示しないと、入館料が割引になります。"),
        ("会員証をご提示いただくと、入館料が割引になります。", "会員証をご提示いただけると、入館料が割引になります。"),
        # 中 is going on: done, not doing, about to do, and a method (方法) are other things.
        ("駐車場をご利用中の方は、係員にお声がけください。", "駐車場を利用された方は、係員にお声がけください。"),
        ("駐車場をご利用中の方は、係員にお声がけください。", "駐車場を利用していない方は、係員にお声がけください。"),
        ("駐車場をご利用中の方は、係員にお声がけください。", "駐車場を利用する方は、係員にお声がけください。"),
        ("入会をご検討中の方は、説明会にご参加ください。", "入会をご検討中の方法は、説明会にご参加ください。"),
        # 頂戴 in another tense, negated, or "can".
        ("修理にはお時間をいただく場合がございます。", "修理にはお時間を頂戴した場合がございます。"),
        ("修理にはお時間をいただく場合がございます。", "修理にはお時間を頂戴しない場合がございます。"),
        ("多くのご感想をいただきました。", "多くのご感想を頂戴できました。"),
        ("多くのご感想をいただきました。", "多くのご感想を頂戴いたします。"),
        # "can" kept: 不可能, できません, いただきます ("will"), ください (a request) are not it.
        ("苗は、植え付け後すぐにお持ち帰りできます。", "苗は、植え付け後すぐにお持ち帰りが不可能です。"),
        ("苗は、植え付け後すぐにお持ち帰りできます。", "苗は、植え付け後すぐにお持ち帰りできません。"),
        ("苗は、植え付け後すぐにお持ち帰りできます。", "苗は、植え付け後すぐにお持ち帰りいただきます。"),
        ("苗は、植え付け後すぐにお持ち帰りできます。", "苗は、植え付け後すぐにお持ち帰りください。"),
    ],
)
def test_the_readers_action_opens_no_flip(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # The same kanji cut otherwise by the analyzer (ご不明な点: 不明|な|点; ご不明点: 不|明点).
        ("ご不明な点は、事務局までお問い合わせください。", "ご不明点は、事務局までお問い合わせください。"),
        # お/ご + a verb's stem or an action's noun + の + 方: the people in that state, as ている + 方 says,
        # where the old English says the state (ている of a change of state says it reached: 入院している方).
        ("診察券をお持ちの方は、受付にお出しください。", "診察券を持っている方は、受付にお出しください。"),
        ("順番をお待ちの方は、こちらでお待ちください。", "順番を待っている方は、こちらでお待ちください。"),
        ("駐輪場をご利用の方は、管理人にお申し出ください。", "駐輪場を利用している方は、管理人にお申し出ください。"),
    ],
)
def test_a_state_said_with_respect_is_offered(old, new):
    assert reused(old, new, "Those who currently have the card or are in the state, please tell us.")


@pytest.mark.parametrize(
    "old,new",
    [
        # A kanji dropped is no other cut.
        ("ご不明な点は、事務局までお問い合わせください。", "ご明点は、事務局までお問い合わせください。"),
        # Done, no longer, not, another verb, another noun (方法).
        ("診察券をお持ちの方は、受付にお出しください。", "診察券を持った方は、受付にお出しください。"),
        ("診察券をお持ちの方は、受付にお出しください。", "診察券を持っていた方は、受付にお出しください。"),
        ("診察券をお持ちの方は、受付にお出しください。", "診察券を持っていない方は、受付にお出しください。"),
        ("順番をお待ちの方は、こちらでお待ちください。", "順番を守っている方は、こちらでお待ちください。"),
        ("駐輪場をご利用の方は、管理人にお申し出ください。", "駐輪場を予約している方は、管理人にお申し出ください。"),
        ("駐輪場をご利用の方は、管理人にお申し出ください。", "駐輪場を利用している方法は、管理人にお申し出ください。"),
    ],
)
def test_a_state_said_with_respect_opens_no_flip(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # お + a verb's stem (read as the verb) + の + 際 is an occasion, as the verb + 際.
        ("ホールにお越しの際は、受付にお立ち寄りください。", "ホールに来る際は、受付にお立ち寄りください。"),
        ("お戻りの際は、鍵をフロントにお預けください。", "戻る際は、鍵をフロントにお預けください。"),
        # ご覧 + に + なる is 見る said with respect; + なれる, "you can", is ご覧いただける.
        ("資料をご覧になった方は、係員にお返しください。", "資料を見た方は、係員にお返しください。"),
        ("資料をご覧になる方は、係員にお申し出ください。", "資料を見る方は、係員にお申し出ください。"),
        ("模型はどなたでもご覧になれます。", "模型はどなたでもご覧いただけます。"),
        # A verb's past + うえで, the same + いただいた, and の + うえ: "having done it, then".
        ("申請書にご署名のうえ、窓口へお出しください。", "申請書に署名した上で、窓口へお出しください。"),
        ("申請書にご署名のうえ、窓口へお出しください。", "申請書にご署名いただいた上で、窓口へお出しください。"),
        ("日程を調整した上で、ご連絡いたします。", "日程を調整してから、ご連絡いたします。"),
        # Two of the reader's actions asked for together: と, ・, nothing but ご, 及び.
        ("書類のご確認とご返送をお願いします。", "書類のご確認・ご返送をお願いします。"),
        ("書類のご確認とご返送をお願いします。", "書類のご確認ご返送をお願いします。"),
        ("書類のご確認とご返送をお願いします。", "書類のご確認及びご返送をお願いします。"),
        ("ご理解とご協力をお願いいたします。", "ご理解ご協力をお願いいたします。"),
    ],
)
def test_honorific_forms_of_the_readers_action_are_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # Done, another verb, negated.
        ("ホールにお越しの際は、受付にお立ち寄りください。", "ホールに来た際は、受付にお立ち寄りください。"),
        ("ホールにお越しの際は、受付にお立ち寄りください。", "ホールに行く際は、受付にお立ち寄りください。"),
        ("お戻りの際は、鍵をフロントにお預けください。", "戻らない際は、鍵をフロントにお預けください。"),
        ("資料をご覧になった方は、係員にお返しください。", "資料を見る方は、係員にお返しください。"),
        ("資料をご覧になった方は、係員にお返しください。", "資料を見せた方は、係員にお返しください。"),
        ("資料をご覧になった方は、係員にお返しください。", "資料をご覧にならなかった方は、係員にお返しください。"),
        ("模型はどなたでもご覧になれます。", "模型はどなたでもご覧になります。"),
        ("模型はどなたでもご覧になれます。", "模型はどなたでもご覧になれません。"),
        # する上で ("in doing"), した上に ("besides"), いただける ("can"), another action, a negation.
        ("申請書にご署名のうえ、窓口へお出しください。", "申請書に署名する上で、窓口へお出しください。"),
        ("申請書にご署名のうえ、窓口へお出しください。", "申請書に署名した上に、窓口へお出しください。"),
        ("申請書にご署名のうえ、窓口へお出しください。", "申請書にご署名いただける上で、窓口へお出しください。"),
        ("申請書にご署名のうえ、窓口へお出しください。", "申請書に押印した上で、窓口へお出しください。"),
        ("申請書にご署名のうえ、窓口へお出しください。", "申請書に署名しない上で、窓口へお出しください。"),
        # Either (か, または), some (や), one of them, another action, thanks for it, "with" a person.
        ("書類のご確認とご返送をお願いします。", "書類のご確認かご返送をお願いします。"),
        ("書類のご確認とご返送をお願いします。", "書類のご確認またはご返送をお願いします。"),
        ("書類のご確認とご返送をお願いします。", "書類のご確認やご返送をお願いします。"),
        ("書類のご確認とご返送をお願いします。", "書類のご確認をお願いします。"),
        ("書類のご確認・ご返送をお願いします。", "書類のご確認・ご記入をお願いします。"),
        ("書類のご確認・ご返送をお願いします。", "書類のご確認・ご返送に感謝いたします。"),
        ("引率者とご入場ください。", "引率者・ご入場ください。"),
    ],
)
def test_honorific_forms_of_the_readers_action_open_no_flip(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # いただく/くださる thanked for adds nothing to the action thanked for.
        ("ご参加いただきありがとうございます。", "ご参加ありがとうございます。"),
        ("ご寄付いただき、誠にありがとうございます。", "ご寄付くださいまして、誠にありがとうございます。"),
        # いただいた before a noun: what the reader did; いただく before 必要: what the reader must do. (Beside
        # an act of the writer's said humbly, お渡しします, the plain past reads as the writer's: a change,
        # test_red_team_round18_rt10who.)
        ("ご注文いただいた品物は、店頭でお受け取りください。", "注文した品物は、店頭でお受け取りください。"),
        ("申込書をご提出いただく必要があります。", "申込書を提出する必要があります。"),
        # お + a verb's stem read as a noun + になれる is "you can", as いただける says it.
        ("チケットは窓口でお引き換えいただけます。", "チケットは窓口でお引き換えになれます。"),
    ],
)
def test_itadaku_of_the_readers_action_is_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # An apology, "could not", another action thanked for.
        ("ご寄付いただき、誠にありがとうございます。", "ご寄付いただき、誠に申し訳ございません。"),
        ("ご寄付いただき、誠にありがとうございます。", "ご寄付いただけず、誠に申し訳ございません。"),
        ("ご参加いただきありがとうございます。", "ご協力ありがとうございます。"),
        # The non-past before a thing (お待ちいただく時間: the time we ask you to wait), not done, another action.
        ("ご注文いただいた品物は、店頭でお渡しします。", "注文する品物は、店頭でお渡しします。"),
        ("ご注文いただいた品物は、店頭でお渡しします。", "ご注文いただけなかった品物は、店頭でお渡しします。"),
        ("ご注文いただいた品物は、店頭でお渡しします。", "予約した品物は、店頭でお渡しします。"),
        ("混雑時はお待ちいただく時間が長くなります。", "混雑時は待つ時間が長くなります。"),
        # No need, negated, another action.
        ("申込書をご提出いただく必要があります。", "申込書をご提出いただく必要はありません。"),
        ("申込書をご提出いただく必要があります。", "申込書を提出しない必要があります。"),
        ("申込書をご提出いただく必要があります。", "申込書を受け取る必要があります。"),
        # "you cannot", "it becomes".
        ("チケットは窓口でお引き換えいただけます。", "チケットは窓口でお引き換えになれません。"),
        ("チケットは窓口でお引き換えいただけます。", "チケットは窓口でお引き換えになります。"),
    ],
)
def test_itadaku_of_the_readers_action_opens_no_flip(old, new):
    assert not reused(old, new)
