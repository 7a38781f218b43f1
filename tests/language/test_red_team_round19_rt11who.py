"""Red team 11, three families closed: who does the act, said with another word or another form.

- One act said with another word: the act's own English ("let you know", "come") shows no word that says more
  than the act (ご連絡, contact with each person; ご来店, the store itself): that needs its own gloss in the
  English ("call you").
- ご on the act done first: a plain act before requests of the reader, which the English made the writer's
  ("after we have cleaned it"), is the reader's once ご is put on it.
- The humble can against the reader's can: "you can" must say the act itself as the reader's verb ("you can use");
  "you can have it engraved", "you can find out" is a service the writer does.
All sentences are new, not corpus lines.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.suggest import decide


def _reused(old: str, english: str, new: str) -> bool:
    return decide(old, english, new).reused


# One act said with another word


@pytest.mark.parametrize(
    ("old", "english", "new"),
    [
        # the general English of the act, said of the narrower word: blocked
        (
            "抽選の結果は、来週中にお知らせいたします。",
            "We will let you know the results of the draw next week.",
            "抽選の結果は、来週中にご連絡いたします。",
        ),
        (
            "臨時休業の予定は、決まり次第お知らせします。",
            "We will tell you about any extra closing days once they are fixed.",
            "臨時休業の予定は、決まり次第ご連絡します。",
        ),
        # even where a means says each person is reached: the safe side (no list of individual means)
        (
            "面接の結果は、メールでお知らせします。",
            "We will let you know the result of the interview by email.",
            "面接の結果は、メールでご連絡いたします。",
        ),
        (
            "植木市の当日は、市民広場の入口からお越しください。",
            "On the day of the plant fair, please come in through the entrance of the civic plaza.",
            "植木市の当日は、市民広場の入口からご来店ください。",
        ),
        (
            "健康相談は保健センターで行いますので、保険証をお持ちのうえお越しください。",
            "Health consultations take place at the health centre, so please come along with your insurance card.",
            "健康相談は保健センターで行いますので、保険証をお持ちのうえご来店ください。",
        ),
    ],
)
def test_the_acts_own_english_shows_no_narrower_word(old: str, english: str, new: str) -> None:
    assert not _reused(old, english, new)


@pytest.mark.parametrize(
    ("old", "english", "new"),
    [
        # toward the general word, the act's English shows it
        (
            "工事の日程が変わる場合は、事前にご連絡いたします。",
            "If the construction dates change, we will let you know beforehand.",
            "工事の日程が変わる場合は、前もってお知らせいたします。",
        ),
        (
            "採寸の当日は、動きやすい服装でご来店ください。",
            "On the day of the fitting, please come in clothes you can move in easily.",
            "採寸の当日は、動きやすい服装でお越しください。",
        ),
        # two words of an act neither says more than the other (提示, 見せる: "show")
        (
            "お会計の際は、クーポン画面をお見せください。",
            "Please show the coupon screen when you pay.",
            "お会計の際は、クーポン画面をご提示ください。",
        ),
        # the narrower word's own gloss in the English ("call")
        (
            "お席の準備ができましたら、お電話でお知らせいたします。",
            "We will call you when your table is ready.",
            "お席の準備ができましたら、お電話でご連絡いたします。",
        ),
    ],
)
def test_the_general_word_or_an_own_gloss_is_still_shown(old: str, english: str, new: str) -> None:
    assert _reused(old, english, new)


# ご on the act done first


@pytest.mark.parametrize(
    ("old", "english", "new"),
    [
        (
            "清掃の後、お部屋のキーをお受け取りください。",
            "Please collect your room key after we have cleaned the room.",
            "ご清掃の後、お部屋のキーをお受け取りください。",
        ),
        (
            "診察の後、会計窓口でお支払いいただけます。",
            "Once our doctor has examined you, you can pay at the cashier.",
            "ご診察の後、会計窓口でお支払いいただけます。",
        ),
    ],
)
def test_the_writers_first_act_given_to_the_reader_is_blocked(old: str, english: str, new: str) -> None:
    assert not _reused(old, english, new)


@pytest.mark.parametrize(
    ("old", "english", "new"),
    [
        # the English makes the reader check first: ご says the same
        (
            "内容を確認の後、お申し込みください。",
            "Please check the details and then apply.",
            "内容をご確認の後、お申し込みください。",
        ),
        # "us" is whom the reader contacts, not the writer acting first
        (
            "用紙に記入の上、改めてご連絡をお願いいたします。",
            "Please fill in the form and then contact us again.",
            "用紙にご記入の上、改めてご連絡をお願いいたします。",
        ),
    ],
)
def test_the_readers_first_act_with_go_is_still_offered(old: str, english: str, new: str) -> None:
    assert _reused(old, english, new)


# The humble can against the reader's can


@pytest.mark.parametrize(
    ("old", "english", "new"),
    [
        (
            "ご購入の万年筆には、お名前をお彫りできます。",
            "You can have your name engraved on the fountain pen you buy.",
            "ご購入の万年筆には、お名前をお彫りいただけます。",
        ),
        (
            "旅行の行き先に合わせて、観光プランをお組みできます。",
            "You can get a sightseeing plan put together for your destination.",
            "旅行の行き先に合わせて、観光プランをお組みいただけます。",
        ),
        (
            "ご希望の物件の空き状況は、店頭でお調べできます。",
            "At our shop, you can find out whether the property you want is available.",
            "ご希望の物件の空き状況は、店頭でお調べいただけます。",
        ),
    ],
)
def test_a_service_the_writer_does_is_no_readers_can(old: str, english: str, new: str) -> None:
    assert not _reused(old, english, new)


@pytest.mark.parametrize(
    ("old", "english", "new"),
    [
        # (ご利用できます, ご提示できます of a thing named as the topic, 会議室は, 診察券は, are the humble can of an
        # act done to a thing since round 19, rt12who: test_red_team_round19_rt12who.py; the act's English is
        # still read where nothing is done to a thing)
        (
            "会員の方なら、平日の夜でもご利用できます。",
            "If you are a member, you can use it on weekday evenings too.",
            "会員の方なら、平日の夜でもご利用いただけます。",
        ),
        # the act's English, one act with 見せる (ご提示: "presentation")
        (
            "再来受付機の横でご提示できます。",
            "You can show it beside the return-visit machine.",
            "再来受付機の横でご提示いただけます。",
        ),
        (
            "オンライン講座には、自宅からご参加できます。",
            "You can join the online course from home.",
            "オンライン講座には、自宅からご参加いただけます。",
        ),
        (
            "オンライン講座には、自宅からご参加できます。",
            "You can participate in the online course from home.",
            "オンライン講座には、自宅からご参加いただけます。",
        ),
    ],
)
def test_the_readers_own_act_said_in_the_english_is_still_offered(old: str, english: str, new: str) -> None:
    assert _reused(old, english, new)
