"""The fourth red team's holes closed in its third round (tests/data/safety/open/redteam4.yaml).

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.language.morphology import analyze
from kokuchi.language.synonyms import same_word


def word(text: str, at: int = 0):
    morphs = analyze(text)
    assert morphs is not None
    return morphs[at]


# ---- one JMdict entry, two kanji of its own: 空く/開く are not shown the same by the entry they share ------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "窓口が空き次第、番号でお呼びします。",
            "As soon as a counter becomes free, we will call you by number.",
            "窓口が開き次第、番号でお呼びします。",
        ),
        (
            "現在、駐車場は空いております。",
            "The car park currently has spaces available.",
            "現在、駐車場は開いております。",
        ),
        (
            "会議室が空いている時間帯は、どなたでもご利用いただけます。",
            "Anyone may use the meeting room at times when it is not booked.",
            "会議室が開いている時間帯は、どなたでもご利用いただけます。",
        ),
        ("正面入口は9時に開きます。", "The main entrance opens at 9:00.", "正面入口は9時に空きます。"),
    ],
)
def test_homophone_kanji_of_one_entry_are_blocked(old, english, new):
    assert not reused(old, new, english)


def test_an_entry_spelt_with_homophone_kanji_confirms_nothing():
    assert not same_word(word("空く"), word("開く"))
    assert not same_word(word("窓口が空き次第", 2), word("窓口が開き次第", 2))


@pytest.mark.parametrize(
    "old,english,new",
    [
        # one spelling's kanji within the other's, or kana: one word
        (
            "口座からの引き落としは毎月27日です。",
            "Payment is debited on the 27th of each month.",
            "口座からの引落しは毎月27日です。",
        ),
        (
            "現在、駐車場は空いております。",
            "The car park currently has spaces available.",
            "現在、駐車場はあいております。",
        ),
        # two words shown the same by entries of their own
        ("店内が混み合う場合がございます。", "The store may be crowded.", "店内が混雑する場合がございます。"),
        (
            "詳しくは、窓口にお問い合わせください。",
            "For details, please ask at the counter.",
            "詳細は、窓口にお問い合わせください。",
        ),
    ],
)
def test_one_word_spelt_otherwise_and_synonyms_stay_offered(old, english, new):
    assert reused(old, new, english)


# ---- 中: ナカ, "inside", is no suffix 中 (学校中, "throughout the school"; 会議中, "during the meeting") ------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "現在、学校の中でインフルエンザが広がっています。",
            "Influenza is currently spreading within the school.",
            "現在、学校中でインフルエンザが広がっています。",
        ),
        (
            "会場の中では飲食できません。",
            "Food and drink are not allowed inside the venue.",
            "会場中では飲食できません。",
        ),
    ],
)
def test_inside_said_as_the_suffix_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "現在、学校の中でインフルエンザが広がっています。",
            "Influenza is currently spreading within the school.",
            "現在、学校のなかでインフルエンザが広がっています。",
        ),
        (
            "バスの車内では携帯電話の通話はご遠慮ください。",
            "Please refrain from talking on mobile phones on the bus.",
            "バス車内では携帯電話の通話はご遠慮ください。",
        ),
        ("館内の売店をご利用ください。", "Please use the shop in the building.", "館内売店をご利用ください。"),
        ("世界中で販売しています。", "It is sold all over the world.", "世界中にて販売しています。"),
    ],
)
def test_the_same_reading_of_the_same_kanji_stays_offered(old, english, new):
    assert reused(old, new, english)


# ---- a Sino-Japanese verb and its suru-noun: the first sense of each shares a gloss -----------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "本校では、防災対策を講じております。",
            "Our school has taken disaster-prevention measures.",
            "本校では、防災対策を講義しております。",
        ),
    ],
)
def test_a_sino_verb_said_as_its_noun_of_another_sense_is_blocked(old, english, new):
    assert not reused(old, new, english)


def test_a_sino_verb_and_a_noun_of_its_second_sense_are_not_one_word():
    assert not same_word(word("対策を講じる", 2), word("対策を講義する", 2))


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "館内での喫煙を禁じております。",
            "Smoking is prohibited in the building.",
            "館内での喫煙を禁止しております。",
        ),
        (
            "係員が退去を命じる場合があります。",
            "Staff may order you to leave.",
            "係員が退去を命令する場合があります。",
        ),
        (
            "本規約に準じて取り扱います。",
            "We handle it in accordance with these terms.",
            "本規約に準拠して取り扱います。",
        ),
    ],
)
def test_a_sino_verb_and_its_noun_of_the_first_sense_stay_offered(old, english, new):
    assert reused(old, new, english)


# ---- では / で before a negation past a comma: the は limits the negation ------------------------------------------

NO_MEALS = "全ての便では、機内食をご提供しておりませんので、ご了承ください。"
NO_MEALS_EN = "Please note that in-flight meals are not served on every flight."


@pytest.mark.parametrize(
    "old,english,new",
    [
        (NO_MEALS, NO_MEALS_EN, "全ての便で、機内食をご提供しておりませんので、ご了承ください。"),
        (
            "全ての便で、機内食をご提供しておりませんので、ご了承ください。",
            "Please note that no flight serves meals.",
            NO_MEALS,
        ),
        (
            "一部の店舗では、クレジットカードをご利用いただけません。",
            "Credit cards cannot be used at some stores.",
            "一部の店舗で、クレジットカードをご利用いただけません。",
        ),
    ],
)
def test_a_contrast_dropped_before_a_negation_past_a_comma_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        (NO_MEALS, NO_MEALS_EN, "全ての便では機内食をご提供しておりませんので、ご了承ください。"),
        (NO_MEALS, NO_MEALS_EN, "全ての便では、機内食をご提供しておりませんため、ご了承ください。"),
        (
            "本校では、防災対策を講じております。",
            "Our school has taken disaster-prevention measures.",
            "本校で、防災対策を講じております。",
        ),
        (
            "当店では、クレジットカードをご利用いただけます。",
            "Credit cards are accepted at our store.",
            "当店で、クレジットカードをご利用いただけます。",
        ),
    ],
)
def test_a_contrast_kept_or_dropped_with_no_negation_stays_offered(old, english, new):
    assert reused(old, new, english)


# ---- は and を on a noun of people who may be the writer's own: who acts, or who is acted on ----------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        ("スタッフは丁寧に案内します。", "Our staff will guide you carefully.", "スタッフを丁寧に案内します。"),
        ("係員はご案内いたします。", "Our attendants will guide you.", "係員をご案内いたします。"),
        ("職員を派遣いたします。", "We will send staff.", "職員は派遣いたします。"),
    ],
)
def test_staff_made_the_object_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        ("スタッフが丁寧に案内します。", "Our staff will guide you carefully.", "スタッフは丁寧に案内します。"),
        (
            "お客様は会場へご案内いたします。",
            "We will guide customers to the venue.",
            "お客様を会場へご案内いたします。",
        ),
        (
            "館内では、携帯電話はマナーモードに設定して下さい。",
            "Please set mobile phones to silent mode in the building.",
            "館内では、携帯電話をマナーモードに設定してください。",
        ),
    ],
)
def test_a_topic_said_as_the_object_of_a_thing_or_of_the_readers_stays_offered(old, english, new):
    assert reused(old, new, english)


# ---- "if you have X" before a request to hand X over or show it stays a condition ----------------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "お薬手帳がございましたら、受付でご提示ください。",
            "If you have a medication notebook, please show it at reception.",
            "お薬手帳は、受付でご提示ください。",
        ),
        (
            "紹介状がございましたら、受付にご提出ください。",
            "If you have a referral letter, please hand it in at reception.",
            "紹介状は、受付にご提出ください。",
        ),
        (
            "保険証がございましたら、お持ちください。",
            "If you have an insurance card, please bring it.",
            "保険証は、お持ちください。",
        ),
    ],
)
def test_a_condition_dropped_before_a_request_to_hand_it_over_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "ご不明な点がございましたら、管理事務室までお問い合わせください。",
            "If you have any questions, please contact the management office.",
            "ご不明な点は、管理事務室までお問い合わせください。",
        ),
        (
            "お忘れ物がございましたら、受付までお申し出ください。",
            "If you have left something behind, please tell reception.",
            "お忘れ物は、受付までお申し出ください。",
        ),
        (
            "ご意見がございましたら、アンケート用紙でお寄せください。",
            "If you have any comments, please send them on the questionnaire.",
            "ご意見は、アンケート用紙でお寄せください。",
        ),
        (
            "お薬手帳がございましたら、受付でご提示ください。",
            "If you have a medication notebook, please show it at reception.",
            "お薬手帳があれば、受付でご提示ください。",
        ),
    ],
)
def test_a_condition_dropped_before_a_request_to_say_or_ask_stays_offered(old, english, new):
    assert reused(old, new, english)


# ---- X + の + 前 is "before X" only of a noun JMdict says an action first: 受付 is a desk first ----------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "受付の前にお並びください。",
            "Please line up in front of the reception desk.",
            "受付する前にお並びください。",
        ),
        ("受付の前にお並びください。", "Please line up in front of the reception desk.", "受付前にお並びください。"),
    ],
)
def test_in_front_of_a_desk_said_as_before_the_action_is_blocked(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "ご使用の前に、説明書をお読みください。",
            "Please read the manual before use.",
            "ご使用前に、説明書をお読みください。",
        ),
        (
            "ご使用の前に、説明書をお読みください。",
            "Please read the manual before use.",
            "使用する前に、説明書をお読みください。",
        ),
        (
            "ご乗車の前に、切符をお買い求めください。",
            "Please buy a ticket before boarding.",
            "ご乗車前に、切符をお買い求めください。",
        ),
        ("お受け取りの前に、ご確認ください。", "Please check before receiving it.", "受け取る前に、ご確認ください。"),
    ],
)
def test_before_an_action_stays_offered(old, english, new):
    assert reused(old, new, english)


def test_only_a_noun_before_no_mae_asks_jmdict(tmp_path):
    """X + の + 前 asks JMdict whether X is an action first; an X + の before anything else does not load it (JMdict
    is the largest import a small merge can make)."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys; from kokuchi.language.morphology import analyze; "
        "from kokuchi.language.synonyms import _before_the_action; "
        "m = analyze('受付の横にお並びください。'); "
        "[_before_the_action(m, i) for i in range(len(m))]; "
        "print('jamdict' in sys.modules)"
    )
    src = Path(__file__).resolve().parents[2] / "src"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONPATH": str(src)}
    )
    assert done.stdout.strip() == "False"
