"""Four holes of the eighth red team closed (tests/data/safety/open/redteam8.yaml: 021, 031..036, 043..053).

Each attack changed a scope the words alone did not show: まで said as へ before an act that is no sending,
telling or coming (a limit made a destination), によっては said as では (some made all), a title beside a name
made a second person with と, an adverb added under a negation (a prohibition narrowed). The sentences here are
new; beside each rule, the nearest edits of the same meaning, which must stay offered.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

# ---- まで before a request: "to" only before an act of sending, telling, bringing or coming --------------------


@pytest.mark.parametrize(
    "old,new",
    [
        # sent, told or brought there (JMdict's first senses: "send", "deliver", "return", "inform", "consult")
        ("ご意見は、広報課までお寄せください。", "ご意見は、広報課へお寄せください。"),
        ("落とし物は、駅事務室までお届けください。", "落とし物は、駅事務室へお届けください。"),
        ("使用済みの鍵は、管理棟までご返却ください。", "使用済みの鍵は、管理棟へご返却ください。"),
        ("異常に気づいた場合は、警備室までご一報ください。", "異常に気づいた場合は、警備室へご一報ください。"),
        # the reader coming there
        ("参加を希望される方は、公民館までお越しください。", "参加を希望される方は、公民館へお越しください。"),
        # お願い alone: the topic's act, past the comma
        ("ご相談は、地域包括支援センターまでお願いします。", "ご相談は、地域包括支援センターへお願いします。"),
        ("お問い合わせは、観光協会までお願いいたします。", "お問い合わせは、観光協会へお願いいたします。"),
    ],
)
def test_made_before_an_act_of_sending_or_telling_is_to(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # the reader's own way: "no farther than"
        ("見学者は、二階の通路までお進みください。", "見学者は、二階の通路へお進みください。"),
        ("保護者の方は、体育館までお入りください。", "保護者の方は、体育館へお入りください。"),
        # お願い after a topic that is an activity, or a thing, or no topic at all
        ("自転車の通行は、中庭までお願いします。", "自転車の通行は、中庭へお願いします。"),
        ("お子様の入場は、売店までお願いいたします。", "お子様の入場は、売店へお願いいたします。"),
        ("撮影は、ロビーまでお願いします。", "撮影は、ロビーへお願いします。"),
        ("お荷物は、玄関までお願いします。", "お荷物は、玄関へお願いします。"),
        ("事務室までお願いします。", "事務室へお願いします。"),
    ],
)
def test_made_before_any_other_act_is_a_limit(old, new):
    assert not reused(old, new)


# ---- によっては: "at some N", never で ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "old,new",
    [
        ("料金は、季節によって異なります。", "料金は、季節によって違います。"),  # varying: intact
        ("天候によって中止しました。", "天候で中止しました。"),  # a cause, what happened: で
        ("店舗によっては、営業時間が異なります。", "店舗によっては、営業時間が違います。"),
    ],
)
def test_by_means_and_varying_stay_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("地域によっては、配送が遅れます。", "地域では、配送が遅れます。"),
        ("お支払い方法によっては、手数料がかかります。", "お支払い方法で、手数料がかかります。"),
        ("時期によっては、予約が取りにくくなります。", "時期には、予約が取りにくくなります。"),
        ("車種では、駐車できません。", "車種によっては、駐車できません。"),  # added: all made some
    ],
)
def test_at_some_is_no_at_the(old, new):
    assert not reused(old, new)


# ---- a title beside a person's name: one person, never two with と ---------------------------------------------


@pytest.mark.parametrize(
    "old,new",
    [
        # (two loanwords: a list where the old English lists them; else one compound may be meant, below)
        ("ボール・ラケットを片付けてください。", "ボールとラケットを片付けてください。"),  # things
        ("ポスター・チラシを配布します。", "ポスター、チラシを配布します。"),
        ("鈴木・高橋が担当いたします。", "鈴木と高橋が担当いたします。"),  # two names
        ("教頭・教務主任が対応いたします。", "教頭と教務主任が対応いたします。"),  # two titles
    ],
)
def test_lists_stay_lists(old, new):
    assert reused(old, new, "We list them: one and the other.")


def test_two_loanwords_at_a_dot_may_be_one_compound():
    # ボランティア・スタッフ, "volunteer staff": と makes two groups (red team 43); the English says which
    old, new = "ボランティア・スタッフを募集しております。", "ボランティアとスタッフを募集しております。"
    assert not reused(old, new, "We are recruiting volunteer staff.")
    assert reused(old, new, "We are recruiting volunteers and staff.")


@pytest.mark.parametrize(
    "old,new",
    [
        ("会長・伊藤よりご挨拶申し上げます。", "会長と伊藤よりご挨拶申し上げます。"),
        ("担当、看護師の中村がご説明します。", "担当と看護師の中村がご説明します。"),
        ("司会・アナウンサーの渡辺が務めます。", "司会とアナウンサーの渡辺が務めます。"),
        ("園長、木村先生がお話しします。", "園長と木村先生がお話しします。"),  # the name with its title after it
    ],
)
def test_a_title_beside_a_name_is_one_person(old, new):
    assert not reused(old, new)


# ---- an addition under a negation narrows what is denied -------------------------------------------------------


@pytest.mark.parametrize(
    "old,new",
    [
        ("窓口で申請してください。", "窓口で速やかに申請してください。"),
        ("お帰りの際は、照明を消してください。", "お帰りの際は、しっかり照明を消してください。"),
    ],
)
def test_an_adverb_added_to_an_affirmative_clause_stays_offered(old, new):
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("芝生に入らないでください。", "芝生にむやみに入らないでください。"),
        ("本日は、駐車場をご利用いただけません。", "本日は、当面駐車場をご利用いただけません。"),
        ("展示物は、みだりに撮影しないでください。", "展示物は、撮影しないでください。"),  # dropped: widened
        ("館内での通話はご遠慮ください。", "館内での通話は、なるべくご遠慮ください。"),
        ("この扉は開けないでください。", "この扉はしばらく開けないでください。"),
    ],
)
def test_an_addition_under_a_negation_is_a_change(old, new):
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # An adverb that says the state goes on (JMdict: "continuously", "still", "as before") narrows no negation:
        # a notice's next report says it of the same outage.
        ("本日は、駐車場をご利用いただけません。", "本日は、引き続き駐車場をご利用いただけません。"),
        ("窓口での受付を停止しております。", "窓口での受付を引き続き停止しております。"),
        ("本日の運航は見合わせております。", "本日の運航は引き続き見合わせております。"),
    ],
)
def test_an_adverb_of_the_state_going_on_under_a_negation_stays_offered(old, new):
    assert reused(old, new)


def test_the_negated_clause_is_read_from_its_own_predicate():
    from kokuchi.language.evidence import _under_a_negation, default_lexicon
    from kokuchi.language.morphology import analyze

    lexicon = default_lexicon()
    for text, negated in (
        ("芝生にむやみに入らないでください。", True),
        ("芝生にむやみに入ってください。", False),
        ("ここでむやみに喫煙禁止です。", True),
    ):
        morphs = analyze(text)
        added = [m for m in morphs if m.text == "むやみ"]
        where = {id(m): k for k, m in enumerate(morphs)}
        assert _under_a_negation(morphs, where, added, lexicon) is negated, text
