"""Red team 12, who does the act (rt12who): the humble can of an act done to a thing, and ご added to the act
done first under an English that names no one doing it.

- お〜できる is the humble potential, the writer's ability. Said of an act done to a thing named before it (a noun +
  を, or a noun as the bare topic: 電池をお取り替えできます, 包丁は、お研ぎできます) it is a service the writer may
  do on the reader's thing, and "you can replace your battery" says that as well as the reader's own work, which
  お取り替えいただけます makes it: a change whatever the English (redteam12-029, 030). An act with nothing done
  to (講座には、ご参加できます) is still read from the English.
- 計量の後、お支払いください → ご計量の後: the bare act before the reader's request may be the staff's; ご makes it
  the reader's. The old English must say the reader doing it ("Please weigh … and then", "after you have …", a
  gerund with its object), not only the act ("after weighing", "after inspection") nor a passive or a thing had
  done by another (redteam12-033 … 036).
"""

import pytest

from kokuchi.catalog.suggest import FLIP_KINDS, decide


def _reused(old: str, english: str, new: str) -> bool:
    return decide(old, english, new).kind not in FLIP_KINDS


# The humble can of an act done to a thing


@pytest.mark.parametrize(
    ("old", "english", "new"),
    [
        # an object with を; the English names the act as the reader's verb
        (
            "店頭で、眼鏡の鼻パッドをお取り付けできます。",
            "You can fit new nose pads to your glasses in store.",
            "店頭で、眼鏡の鼻パッドをお取り付けいただけます。",
        ),
        (
            "ご購入のシャツに、お名前をお入れできます。",
            "You can put your name on the shirt you buy.",
            "ご購入のシャツに、お名前をお入れいただけます。",
        ),
        # the thing as the bare topic
        (
            "包丁は、店頭でお研ぎできます。",
            "You can sharpen your kitchen knives at the shop.",
            "包丁は、店頭でお研ぎいただけます。",
        ),
        (
            "スマートフォンの保護フィルムは、売り場でお貼りできます。",
            "You can apply a screen protector to your smartphone at the counter.",
            "スマートフォンの保護フィルムは、売り場でお貼りいただけます。",
        ),
        # ご + an action's noun done to a thing: the same (the earlier rounds' ご利用できます of 駐車場は,
        # 会議室は, and ご提示できます of 診察券は, offered then, are blocked by this rule)
        (
            "駐車場はご利用できます。",
            "You can use the car park.",
            "駐車場はご利用いただけます。",
        ),
        (
            "古い蛍光灯は、売り場でご交換できます。",
            "You can exchange your old fluorescent tubes on the sales floor.",
            "古い蛍光灯は、売り場でご交換いただけます。",
        ),
    ],
)
def test_the_humble_can_of_an_act_done_to_a_thing_is_the_writers(old: str, english: str, new: str) -> None:
    assert not _reused(old, english, new)


@pytest.mark.parametrize(
    ("old", "english", "new"),
    [
        # nothing done to: a place with には, a time as the topic
        (
            "説明会には、オンラインからご参加できます。",
            "You can join the briefing online.",
            "説明会には、オンラインからご参加いただけます。",
        ),
        (
            "平日の夜は、ご参加できます。",
            "You can join on weekday evenings.",
            "平日の夜は、ご参加いただけます。",
        ),
        (
            "どなたでも、無料でご入場できます。",
            "You can enter free of charge.",
            "どなたでも、無料でご入場いただけます。",
        ),
    ],
)
def test_the_readers_can_with_nothing_done_to_is_still_read_from_the_english(old: str, english: str, new: str) -> None:
    assert _reused(old, english, new)


# ご added to the act done first


@pytest.mark.parametrize(
    ("old", "english", "new"),
    [
        # a noun
        (
            "書類を審査の後、許可証をお受け取りください。",
            "Please collect your permit after screening.",
            "書類をご審査の後、許可証をお受け取りください。",
        ),
        (
            "検温の後、ご入場ください。",
            "Please enter after a temperature check.",
            "ご検温の後、ご入場ください。",
        ),
        # a passive
        (
            "寸法を測定の上、ご注文ください。",
            "Please order once the measurements have been taken.",
            "寸法をご測定の上、ご注文ください。",
        ),
        (
            "荷物を計量の後、搭乗券をお受け取りください。",
            "Please take your boarding pass after your bag has been weighed.",
            "荷物をご計量の後、搭乗券をお受け取りください。",
        ),
        (
            "承認の後、お支払いいただけます。",
            "You can pay once it is approved.",
            "ご承認の後、お支払いいただけます。",
        ),
        # a bare gerund
        (
            "内容を確認の後、お申し込みください。",
            "Please apply after checking.",
            "内容をご確認の後、お申し込みください。",
        ),
        # a thing had done by another, though "after you"
        (
            "車両を点検の後、ご出発ください。",
            "Please set off after you have your vehicle inspected.",
            "車両をご点検の後、ご出発ください。",
        ),
    ],
)
def test_go_on_the_first_act_the_english_gives_no_one_is_a_change(old: str, english: str, new: str) -> None:
    assert not _reused(old, english, new)


@pytest.mark.parametrize(
    ("old", "english", "new"),
    [
        # two requests in a row
        (
            "書類に記入の後、窓口にお出しください。",
            "Please fill in the form, then hand it in at the counter.",
            "書類にご記入の後、窓口にお出しください。",
        ),
        (
            "荷物を計量の後、搭乗券をお受け取りください。",
            "Please weigh your bag and then take your boarding pass.",
            "荷物をご計量の後、搭乗券をお受け取りください。",
        ),
        # a gerund with its object
        (
            "内容を確認の後、お申し込みください。",
            "After checking the details, please apply.",
            "内容をご確認の後、お申し込みください。",
        ),
        (
            "登録の後、アプリをご利用いただけます。",
            "After registering your email address, you can use the app.",
            "ご登録の後、アプリをご利用いただけます。",
        ),
        # "you" doing it
        (
            "寸法を測定の上、ご注文ください。",
            "Once you have taken the measurements, please order.",
            "寸法をご測定の上、ご注文ください。",
        ),
    ],
)
def test_go_on_the_first_act_the_english_makes_the_readers_is_offered(old: str, english: str, new: str) -> None:
    assert _reused(old, english, new)


@pytest.mark.parametrize(
    ("old", "english", "new"),
    [
        # が, the object of a potential
        (
            "腕時計の電池がお取り替えできます。",
            "You can replace your watch battery.",
            "腕時計の電池がお取り替えいただけます。",
        ),
        # the earlier rounds' ご利用できます and ご提示できます of a thing named as the topic
        (
            "市民プールは、どなたでもご利用できます。",
            "You can use the city pool regardless of residence.",
            "市民プールは、どなたでもご利用いただけます。",
        ),
        (
            "会員証は、窓口でご提示できます。",
            "You can show your membership card at the counter.",
            "会員証は、窓口でご提示いただけます。",
        ),
    ],
)
def test_the_object_of_a_potential_and_a_topic_thing_are_things_done_to(old: str, english: str, new: str) -> None:
    assert not _reused(old, english, new)


@pytest.mark.parametrize(
    ("old", "english", "new"),
    [
        (
            "利用規約に同意の上、お申し込みください。",
            "Please apply after agreeing to the terms of use.",
            "利用規約にご同意の上、お申し込みください。",
        ),
        (
            "申込書に記入の上、受付へご提出ください。",
            "Fill in the application form and hand it to reception.",
            "申込書にご記入の上、受付へご提出ください。",
        ),
    ],
)
def test_a_gerund_with_a_preposition_and_two_bare_requests_say_the_reader(old: str, english: str, new: str) -> None:
    assert _reused(old, english, new)
