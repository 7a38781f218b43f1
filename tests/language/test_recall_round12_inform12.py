"""Issue 21, twelfth round (inform12): one act said with another word, the old English its witness.

The writer's act of informing (お知らせいたします, ご連絡いたします) and the requests to bring, show or come
(ご持参ください, お見せください, お越しください) are each said with words JMdict glosses apart (知らせる "to
notify", 連絡 "contacting; call"; 提示 "presentation", 見せる "to show"). With the honorific prefix, both done
by the writer or both asked of the reader, the edit is offered where the old English says the new word's first
gloss or the act's own English ("let you know", "bring", "show", "come"). Each offer is tested beside the edits
that must stay blocked: the other actor, another act under the same English, the English of the other word,
a place named, another time, a negation.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        # Informing: "call" is a gloss of 連絡; "let you know" and "tell" say お知らせ, never ご連絡, which says more
        # (contact with each person: red team 11, test_red_team_round19_rt11who.py).
        (
            "順番が来ましたら、お電話でお知らせいたします。",
            "順番が来ましたら、お電話にてご連絡いたします。",
            "We will call you when it is your turn.",
        ),
        (
            "点検の日程は、管理会社からご連絡いたします。",
            "点検の日程は、管理会社からお知らせいたします。",
            "The management company will tell you the inspection schedule.",
        ),
        (
            "配達が遅れる場合は、事前にご連絡いたします。",
            "配達が遅れる場合は、前もってお知らせいたします。",
            "If the delivery is delayed, we will let you know in advance.",
        ),
        # Bringing, showing, coming: the reader's act asked, said with the other word.
        (
            "ご自分の水筒をお持ちいただくと、コーヒーを割り引きいたします。",
            "ご自分の水筒をご持参いただくと、コーヒーを割り引きいたします。",
            "If you bring your own bottle, we will give you a discount on coffee.",
        ),
        (
            "ご入場の際は、会員証をご提示ください。",
            "ご入場の際は、会員証をお見せください。",
            "Please show your membership card when you enter.",
        ),
        (
            "受付で、予約の確認メールをお見せください。",
            "受付で、予約の確認メールをご提示ください。",
            "Please show your booking confirmation email at the desk.",
        ),
        (
            "カットの当日は、髪を乾かした状態でご来店ください。",
            "カットの当日は、髪を乾かした状態でお越しください。",
            "On the day of your cut, please come with dry hair.",
        ),
    ],
)
def test_one_act_said_with_another_word_under_its_english(old: str, new: str, old_en: str) -> None:
    assert reused(old, new, old_en)


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        # The English of the old word, not the new: "contact" is 連絡's, "notify" 知らせる's.
        (
            "抽選の結果は、メールでご連絡いたします。",
            "抽選の結果は、メールでお知らせいたします。",
            "We will contact you by email with the results of the draw.",
        ),
        (
            "抽選の結果は、メールでお知らせいたします。",
            "抽選の結果は、メールでご連絡いたします。",
            "We will notify you of the results of the draw by email.",
        ),
        # No English witness: the translation says neither word.
        (
            "抽選の結果は、メールでお知らせいたします。",
            "抽選の結果は、メールでご連絡いたします。",
            "The old translation.",
        ),
        # The other actor: what the writer does becomes a request to the reader, or the reverse.
        (
            "抽選の結果は、メールでお知らせいたします。",
            "抽選の結果は、メールでご連絡ください。",
            "We will let you know the results of the draw by email.",
        ),
        (
            "変更がある場合は、前日までにご連絡いたします。",
            "変更がある場合は、前日までにお知らせいただきます。",
            "If there is a change, we will let you know by the day before.",
        ),
        # Another act under the same English: consult, report.
        (
            "抽選の結果は、メールでご連絡いたします。",
            "抽選の結果は、メールでご相談いたします。",
            "We will contact you by email with the results of the draw.",
        ),
        (
            "抽選の結果は、メールでご連絡いたします。",
            "抽選の結果は、メールでご報告いたします。",
            "We will let you know the results of the draw by email.",
        ),
        # Another time, and a negation.
        (
            "配達が遅れる場合は、事前にご連絡いたします。",
            "配達が遅れる場合は、当日にお知らせいたします。",
            "If the delivery is delayed, we will let you know in advance.",
        ),
        (
            "配達が遅れる場合も、メールでご連絡いたします。",
            "配達が遅れる場合も、メールでお知らせいたしません。",
            "If the delivery is delayed, we will also let you know by email.",
        ),
        # Bring: take home or leave with us is another act; "submit" is not "show".
        (
            "試験の当日は、受験票をご持参ください。",
            "試験の当日は、受験票をお持ち帰りください。",
            "Please bring your admission ticket on the day of the exam.",
        ),
        (
            "試験の当日は、受験票をご持参ください。",
            "試験の当日は、受験票をお預けください。",
            "Please bring your admission ticket on the day of the exam.",
        ),
        (
            "ご入場の際は、会員証をご提示ください。",
            "ご入場の際は、会員証をご提出ください。",
            "Please show your membership card when you enter.",
        ),
        (
            "ご入場の際は、申込書をご提出ください。",
            "ご入場の際は、申込書をお見せください。",
            "Please submit your application form when you enter.",
        ),
        # Have, not bring: お持ちの方 is no request.
        (
            "水筒をお持ちの方は、コーヒーを割り引きいたします。",
            "水筒をご持参の方は、コーヒーを割り引きいたします。",
            "If you bring your own bottle, we will give you a discount on coffee.",
        ),
        # Come: to another place, a place named, or going home.
        (
            "開演の十分前までにご来店ください。",
            "開演の十分前までにご来場ください。",
            "Please come ten minutes before the show starts.",
        ),
        (
            "開演の十分前までにご来店ください。",
            "開演の十分前までにご来院ください。",
            "Please come ten minutes before the show starts.",
        ),
        (
            "二階の受付にご来店ください。",
            "二階の受付にお越しください。",
            "Please come to the reception on the second floor.",
        ),
        (
            "閉店の十分前までにお越しください。",
            "閉店の十分前までにお帰りください。",
            "Please come ten minutes before closing.",
        ),
    ],
)
def test_another_act_actor_or_english_stays_blocked(old: str, new: str, old_en: str) -> None:
    assert not reused(old, new, old_en)
