"""The seventh red team's holes closed (tests/data/safety/open/redteam7.yaml): aspect, particles, names, who acts.

Each attack is a meaning change the guard offered; the nearest same-meaning edits, which must stay offered,
stand beside it.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

BLOCKED = [
    # ている / the humble non-past under an English routine (redteam7-019)
    (
        "当館では、館内の消毒を実施しております。",
        "We disinfect the museum on a regular basis.",
        "当館では、館内の消毒を実施いたします。",
    ),
    # a change of state at a date (3月に): one point, no recurring time (redteam7-020)
    ("旧店舗は、3月に移転しております。", "The old store moved in March.", "旧店舗は、3月に移転いたします。"),
    # となります / となっております after a start (4月から): ahead or reached (redteam7-022)
    (
        "駅前駐輪場は、4月から有料となります。",
        "The bicycle parking by the station will start charging fees in April.",
        "駅前駐輪場は、4月から有料となっております。",
    ),
    # より before a change of degree is "than" (redteam7-026)
    (
        "今年度の申請件数は、昨年度より増加しております。",
        "The number of applications this year is higher than last year.",
        "今年度の申請件数は、昨年度から増加しております。",
    ),
    # が / を on a person under a potential: who acts (redteam7-027)
    (
        "ご希望の方には、担当医がご紹介できます。",
        "If you wish, your doctor can write you a referral.",
        "ご希望の方には、担当医をご紹介できます。",
    ),
    # まで after a far position: "all the way to" (redteam7-028)
    (
        "後ろのお客様のため、奥までお詰めください。",
        "Please move all the way to the back to make room for the passengers behind you.",
        "後ろのお客様のため、奥へお詰めください。",
    ),
    # も moved from the means to the action (redteam7-029)
    ("お電話でもご予約いただけます。", "You can also make a reservation by phone.", "お電話でご予約も可能です。"),
    # の dropped into a place's name (redteam7-007..009)
    (
        "市民病院へお越しの方は、病院の前でお降りください。",
        "Passengers for the City Hospital, please get off in front of the hospital.",
        "市民病院へお越しの方は、病院前でお降りください。",
    ),
    (
        "返却は、中央の図書館でも受け付けております。",
        "Returns are also accepted at the library in the town centre.",
        "返却は、中央図書館でも受け付けております。",
    ),
    (
        "雨天の場合は、南の公園に集合してください。",
        "In case of rain, please gather at the park to the south.",
        "雨天の場合は、南公園に集合してください。",
    ),
    # ご on one's own home: whose (redteam7-013)
    (
        "個別指導は、講師が自宅で行います。",
        "Private lessons are given by the tutor at the tutor's home.",
        "個別指導は、講師がご自宅で行います。",
    ),
    # ご + a service + できます is the writer's "we can" (redteam7-015)
    ("昼食は、会場でご用意できます。", "We can provide lunch at the venue.", "昼食は、会場でご用意いただけます。"),
]


@pytest.mark.parametrize("old,english,new", BLOCKED)
def test_the_seventh_red_teams_aspect_particles_names_and_actors_are_blocked(old, english, new):
    assert not reused(old, new, english)


STILL_OFFERED = [
    # ている / the humble non-past under a plain present, and a recurring time
    ("窓口で受け付けております。", "We accept applications at the counter.", "窓口で承ります。"),
    ("毎週月曜日は休館しております。", "The museum closes on Mondays.", "毎週月曜日は休館いたします。"),
    # となります / となっております with no start named; a span (翌日から10か月以内) is no start
    ("受付は総務課となります。", "The reception is the General Affairs Section.", "受付は総務課となっております。"),
    (
        "相続税の申告期限は、相続の開始があったことを知った日の翌日から10か月以内です。",
        "The inheritance tax return must be filed within 10 months from the day after the date on which you "
        "learned that the inheritance commenced.",
        "相続税の申告期限は、相続の開始があったことを知った日の翌日から10か月以内となっております。",
    ),
    # より as a start before a number (a span), まで after an office before a request
    ("発行日より1年間有効です。", "Valid for one year from the date of issue.", "発行日から1年間有効です。"),
    ("税務署までお問い合わせください。", "Please contact the tax office.", "税務署へお問い合わせください。"),
    # が / を on a thing under a potential
    ("チケットが購入できます。", "You can buy tickets.", "チケットを購入できます。"),
    # も on the means, the action said with での
    ("ベビーカーでも入館いただけます。", "You can also enter with a stroller.", "ベビーカーでの入館も可能です。"),
    # の dropped into a free compound, before an action's 前
    ("バスの車内では、お静かにお願いします。", "Please be quiet on the bus.", "バス車内では、お静かにお願いします。"),
    (
        "ご使用の前に、説明書をお読みください。",
        "Please read the manual before use.",
        "ご使用前に、説明書をお読みください。",
    ),
    # ご on a noun that is the reader's either way (ご利用できます of a thing named as the topic is the humble can
    # of an act done to a thing since round 19, rt12who: test_red_team_round19_rt12who.py)
    ("お名前をご記入ください。", "Please write your name.", "名前をご記入ください。"),
]


@pytest.mark.parametrize("old,english,new", STILL_OFFERED)
def test_their_nearest_same_meaning_edits_stay_offered(old, english, new):
    assert reused(old, new, english)
