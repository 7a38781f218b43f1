"""Red team 31 against older proofs (fix31a): each proof narrowed, with new sentences of several domains: the
attack's kind blocked, and the same-meaning edits the proof still rightly offers."""

import pytest

from kokuchi.catalog.suggest import decide


def reused(old: str, old_en: str, new: str) -> bool:
    return decide(old, old_en, new).reused


@pytest.mark.parametrize(
    "old,old_en,new,offered",
    [
        # The noun after a genitive made a suffix read otherwise: 上 (ウエ, "top") / 上 (ジョー, "on").
        (
            "地図の上に記載された番号をご確認ください。",
            "Check the number at the top of the map.",
            "地図上に記載された番号をご確認ください。",
            False,
        ),
        (
            "机の上にある書類をお持ちください。",
            "Please take the papers on top of the desk.",
            "机上にある書類をお持ちください。",
            False,
        ),
        # 後: アト and ゴ, "after" either way (JMdict).
        (
            "ご利用の後は、元の場所にお戻しください。",
            "After use, please put it back.",
            "ご利用後は、元の場所にお戻しください。",
            True,
        ),
        (
            "診察の後、会計窓口へお越しください。",
            "After the consultation, please go to the cashier.",
            "診察後、会計窓口へお越しください。",
            True,
        ),
    ],
)
def test_a_noun_after_a_genitive_made_a_suffix(old, old_en, new, offered):
    assert reused(old, old_en, new) is offered


@pytest.mark.parametrize(
    "old,old_en,new,offered",
    [
        # A person + に before an action's noun: whom the act is addressed to, which the compound makes its object.
        (
            "お申し込みの際は、保護者に確認いたします。",
            "When you apply, we will check with your guardian.",
            "お申し込みの際は、保護者確認いたします。",
            False,
        ),
        (
            "電話で本人に確認いたします。",
            "We will confirm it with the applicant by phone.",
            "電話で本人確認いたします。",
            False,
        ),
        # The object of the act, said in the compound alike, is still offered.
        (
            "熱中症を予防するため、帽子をお持ちください。",
            "To prevent heatstroke, please bring a hat.",
            "熱中症予防のため、帽子をお持ちください。",
            True,
        ),
    ],
)
def test_a_persons_ni_fused_into_a_compound(old, old_en, new, offered):
    assert reused(old, old_en, new) is offered


@pytest.mark.parametrize(
    "old,old_en,new,offered",
    [
        # The English's "can" translates できる, not the respectful られる.
        (
            "市長が来られる式典では、写真撮影もできます。",
            "At the ceremony the mayor attends, you can also take photos.",
            "市長が来れる式典では、写真撮影もできます。",
            False,
        ),
        (
            "監督が見られる試合は、当日券も購入できます。",
            "For games the coach watches, you can also buy tickets on the day.",
            "監督が見れる試合は、当日券も購入できます。",
            False,
        ),
        # The "can" is the られる's alone: offered.
        (
            "雨の日でも来られる方は、ご連絡ください。",
            "If you can come even on rainy days, please let us know.",
            "雨の日でも来れる方は、ご連絡ください。",
            True,
        ),
    ],
)
def test_ra_dropped_potential_beside_another_can(old, old_en, new, offered):
    assert reused(old, old_en, new) is offered


@pytest.mark.parametrize(
    "old,old_en,new,offered",
    [
        # いたす (the writer, humbly) against なさる (the reader, with respect): another actor, without お/ご too.
        (
            "受付後、書類の確認をいたします。",
            "After reception, we will check the documents.",
            "受付後、書類の確認をなさいます。",
            False,
        ),
        (
            "工事の前に、配管の点検いたします。",
            "Before the work, we will inspect the pipes.",
            "工事の前に、配管の点検なさいます。",
            False,
        ),
        # The plain する says neither: still offered.
        (
            "工事の前に、配管の点検をいたします。",
            "Before the work, we will inspect the pipes.",
            "工事の前に、配管の点検をします。",
            True,
        ),
    ],
)
def test_humble_and_respectful_light_verbs_name_two_actors(old, old_en, new, offered):
    assert reused(old, old_en, new) is offered


@pytest.mark.parametrize(
    "old,old_en,new,offered",
    [
        # に of a person before て + もらう or a passive: who acts; へ is only a direction.
        (
            "申込書は、保護者に記入してもらってください。",
            "Please have a guardian fill in the form.",
            "申込書は、保護者へ記入してもらってください。",
            False,
        ),
        (
            "会場内では、係員に誘導されます。",
            "Inside the venue, staff will guide you.",
            "会場内では、係員へ誘導されます。",
            False,
        ),
        # A place's に: a direction either way.
        (
            "書類は、窓口に提出してください。",
            "Please submit the form at the counter.",
            "書類は、窓口へ提出してください。",
            True,
        ),
        (
            "荷物は、ロッカーに預けてもらってください。",
            "Please have your bags left in the lockers.",
            "荷物は、ロッカーへ預けてもらってください。",
            True,
        ),
    ],
)
def test_ni_of_an_agent_is_no_he(old, old_en, new, offered):
    assert reused(old, old_en, new) is offered


@pytest.mark.parametrize(
    "old,old_en,new,offered",
    [
        # A start named by an event's time: "has been since" against "will be from".
        (
            "移転後は、予約制となっております。",
            "Since the move, appointments have been required.",
            "移転後は、予約制となります。",
            False,
        ),
        (
            "改装の後、入場は無料となっております。",
            "Since the refurbishment, entry has been free.",
            "改装の後、入場は無料となります。",
            False,
        ),
        # No start: the present either way.
        (
            "当館は、全館禁煙となっております。",
            "The whole building is non-smoking.",
            "当館は、全館禁煙となります。",
            True,
        ),
    ],
)
def test_a_start_named_by_an_event(old, old_en, new, offered):
    assert reused(old, old_en, new) is offered


@pytest.mark.parametrize(
    "old,old_en,new,offered",
    [
        # The attributive なる may say a state ahead, which the compound never does.
        (
            "割引となる商品には、シールを貼っています。",
            "Items that will be discounted carry a sticker.",
            "割引商品には、シールを貼っています。",
            False,
        ),
        (
            "無料となる期間は、ホームページでお知らせします。",
            "We will announce on our website when it becomes free.",
            "無料期間は、ホームページでお知らせします。",
            False,
        ),
        # An action's noun before an occasion: the act happening, as する says.
        (
            "大雨の際は、運休となる場合があります。",
            "Services may be suspended in heavy rain.",
            "大雨の際は、運休する場合があります。",
            True,
        ),
    ],
)
def test_attributive_naru_is_no_compound(old, old_en, new, offered):
    assert reused(old, old_en, new) is offered


@pytest.mark.parametrize(
    "old,old_en,new,offered",
    [
        # A noun + に before the causative: the one made to act, not "we do".
        (
            "説明会では、各担当者に説明させていただきます。",
            "At the briefing, we will have each person in charge explain.",
            "説明会では、各担当者に説明いたします。",
            False,
        ),
        (
            "面接では、応募者に自己紹介させていただきます。",
            "At the interview, we will have applicants introduce themselves.",
            "面接では、応募者に自己紹介いたします。",
            False,
        ),
        # A time + に, or none: the writer's act said humbly.
        (
            "資料は、当日に配布させていただきます。",
            "We will hand out the materials on the day.",
            "資料は、当日に配布いたします。",
            True,
        ),
        (
            "日程は、後日改めて連絡させていただきます。",
            "We will contact you again later about the schedule.",
            "日程は、後日改めて連絡いたします。",
            True,
        ),
    ],
)
def test_a_causee_before_the_humble_causative(old, old_en, new, offered):
    assert reused(old, old_en, new) is offered
