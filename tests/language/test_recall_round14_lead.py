"""Issue 21, fourteenth round (lead): the polite impossibility said plainly, a conveyance come by, a conditional と
without its comma, and は/が on a thing denied to exist.

できかねます and いたしかねます say "cannot" as politely as できません says it plainly: できる + かねる is できる + ない,
and いたす + かねる, which names no act of its own, is できる + ない too. Before, the flip finder counted the
negation of できません and not the かねる of できかねます, so an edit that only raised the politeness was shown to
the translator as a reversal (受付時間を過ぎますと、手続きはできません → 過ぎた場合、手続きはできかねます). かねる
after another verb (承りかねます, 入場しかねます) keeps its verb, and a negation added or dropped is still a flip.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import AUTO, FLIP, decide
from kokuchi.language.flips import find_flip


@pytest.mark.parametrize(
    "old,new",
    [
        ("この回数券は、払い戻しできません。", "この回数券は、払い戻しできかねます。"),  # transit: refund
        ("お電話での予約変更はできません。", "お電話での予約変更はいたしかねます。"),  # clinic: by phone
        ("開演後のご入場はできかねます。", "開演後のご入場はできません。"),  # theatre: the other way
        ("ペットを連れての入館はいたしかねます。", "ペットを連れての入館はできかねます。"),  # museum: two polite forms
        ("こちらのクーポンは、セール品にはご利用できません。", "こちらのクーポンは、セール品にはご利用できかねます。"),
    ],
)
def test_the_polite_cannot_is_the_plain_one(old, new):
    assert reused(old, new, "This cannot be done.")


def test_kaneru_is_a_negation_to_the_flip_finder():
    # できません and できかねます: no reversal; either against できます: a reversal
    assert find_flip("当日の手続きはできません。", "当日の手続きはできかねます。") is None
    assert find_flip("当日の手続きはできます。", "当日の手続きはできかねます。") is not None
    assert decide("ご予約を承ります。", "We accept reservations.", "ご予約を承りかねます。").kind == FLIP


@pytest.mark.parametrize(
    "old,new",
    [
        ("お電話での受付はいたしかねます。", "お電話での受付はいたしません。"),  # cannot / will not
        ("予約なしでは入場できません。", "予約なしでは入場しかねます。"),  # another verb before かねる
        ("当日の手続きはできません。", "当日の手続きはできなくなりました。"),  # no longer possible: a change of state
        ("駐車場はご利用できかねます。", "駐車場はご利用できます。"),  # the negation dropped
        ("雨天の場合は中止になりかねません。", "雨天の場合は中止になります。"),  # かねない, "may well", is no negation
    ],
)
def test_near_misses_stay_changes(old, new):
    assert not reused(old, new, "This cannot be done.")


# A conveyance used to come is a conveyance come by (公共交通機関をご利用ください / でお越しください): JMdict's
# first-sense gloss of the noun (or of the noun run) names the conveyance.
@pytest.mark.parametrize(
    "old,new",
    [
        (
            "会場周辺は混雑しますので、公共交通機関をご利用ください。",
            "会場周辺は混雑しますので、公共交通機関でお越しください。",
        ),
        ("当日は電車をご利用の上、ご来場ください。", "当日は電車でご来場ください。"),  # stadium
        ("ご来院の際は、バスでお越しください。", "ご来院の際は、バスをご利用ください。"),  # clinic, the other way
        ("送迎バスをご利用の上、ご来園ください。", "送迎バスでご来園ください。"),  # zoo: a compound conveyance
    ],
)
def test_come_by_a_conveyance(old, new):
    assert reused(old, new, "Please use public transportation.")


@pytest.mark.parametrize(
    "old,new",
    [
        ("お支払いは窓口をご利用ください。", "お支払いは窓口でお越しください。"),  # a counter is no conveyance
        ("当日はバスをご利用ください。", "当日はタクシーでお越しください。"),  # another conveyance
        ("当日は電車をご利用ください。", "当日は電車でお帰りください。"),  # going home, not coming
        ("当日は電車をご利用ください。", "当日はお車でお越しください。"),  # a car for a train
    ],
)
def test_come_by_near_misses(old, new):
    assert not reused(old, new, "Please use public transportation.")


# と after a verb's plain form before the consequence says "if", with a comma or without one.
def test_a_conditional_to_with_or_without_its_comma():
    assert reused("レバーを強く引くと破損の原因になります。", "レバーを強く引くと、破損の原因になります。")
    assert reused("ボタンを押すとすぐに扉が開きます。", "ボタンを押すと、すぐに扉が開きます。")
    assert not reused("開場すると同時にお入りいただけます。", "開場すると、同時にお入りいただけます。")  # "as soon as"
    assert not reused("雨が降ると中止します。", "雨が降っても中止します。")  # even if


# は and が on a thing said not to exist: the topic and the subject of ありません are one.
def test_a_thing_denied_to_exist_as_topic_or_subject():
    assert reused("当館には駐車場はございません。", "当館には駐車場がございません。")
    assert reused("本日分の整理券はありません。", "本日分の整理券がありません。")
    assert not reused("係員はおりません。", "係員がおりません。")  # people
    assert not reused("全部はございません。", "全部がございません。")  # a quantity: not all, or none
    assert not reused("駐車場は無料ではありません。", "駐車場が無料ではありません。")  # no existence denied


def test_a_holiday_named_apart_from_the_date_is_not_kept_for_a_working_day():
    """build5 nursinghome-t-09: the auto-update rewrote the date and kept "(public holiday)" for a Saturday."""
    old_en = "The autumn festival will take place on Monday, 15 September (public holiday)."
    moved = decide(
        "秋祭りは、９月１５日（月・祝）に開催いたします。", old_en, "秋祭りは、９月２０日（土）に開催いたします。"
    )
    # Never the holiday kept for a Saturday: the parenthesis that says it alone goes with the mark (values15).
    assert (moved.kind, moved.translation) == (AUTO, "The autumn festival will take place on Saturday, 20 September.")
    elsewhere = decide(
        "秋祭りは、９月１５日（月・祝）に開催いたします。",
        "The autumn festival will take place on Monday, 15 September, a public holiday.",
        "秋祭りは、９月２０日（土）に開催いたします。",
    )
    assert elsewhere.kind != AUTO
    still = decide(
        "秋祭りは、９月１５日（月・祝）に開催いたします。", old_en, "秋祭りは、９月２２日（月・祝）に開催いたします。"
    )
    assert (still.kind, still.translation) == (AUTO, old_en.replace("15", "22"))


def test_or_however_said_and_terms_listed_with_it_in_any_order():
    # build5 deafschool-t-05: メールまたはFAX → ファクスもしくはメール
    assert reused("お申し込みは、郵送またはFAXでお願いします。", "お申し込みは、郵送もしくはFAXでお願いします。")
    assert reused("本人あるいはご家族が窓口へお越しください。", "本人またはご家族が窓口へお越しください。")
    assert find_flip("ご連絡はメールまたはFAXでお願いします。", "ご連絡はFAXまたはメールでお願いします。") is None
    assert find_flip("ご連絡はメールもしくはFAXでお願いします。", "ご連絡はFAXもしくはメールでお願いします。") is None
    # not "and", and still a swap where the terms are not listed together
    assert not reused("会員または家族の方がご利用いただけます。", "会員および家族の方がご利用いただけます。")
    assert find_flip("本店から支店へ移ります。", "支店から本店へ移ります。") is not None
