"""Red team 32's holes in older proofs closed (tests/data/safety/open/redteam32.yaml: rt32-006, 012, 014, 015,
016): each proof taken back where nothing in the sentence tells who acts.

Each attack's kind is blocked with new sentences; the nearest same-meaning edits the remaining proofs still
read stand beside them.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,english,new",
    [
        # させていただく before an occasion → the plain verb: ours, or the reader's? (rt32-006)
        (
            "会議室の利用時間を短縮させていただく際は、事前にお知らせします。",
            "When we shorten the meeting room hours, we will tell you in advance.",
            "会議室の利用時間を短縮する際は、事前にお知らせします。",
        ),
        (
            "座席を指定させていただく場合は、追加料金はかかりません。",
            "Where we assign your seat, there is no extra charge.",
            "座席を指定する場合は、追加料金はかかりません。",
        ),
        (
            "台風の接近で、運航を中止させていただく場合には、全額を返金いたします。",
            "If we cancel the sailing because of the typhoon, we will refund the full fare.",
            "台風の接近で、運航を中止する場合には、全額を返金いたします。",
        ),
        # 場合がある, "we may", said with the reader acting (ていただく) or negated
        (
            "天候により、出航を見合わせさせていただく場合もございます。",
            "Departures may be suspended in bad weather.",
            "天候により、出航を見合わせていただく場合もございます。",
        ),
        (
            "天候により、出航を見合わせさせていただく場合もございます。",
            "Departures may be suspended in bad weather.",
            "天候により、出航を見合わせる場合はありません。",
        ),
        # a suru-noun + となりました → しました: the topic befallen, or acting? (rt32-012)
        (
            "監督は、今季限りで退任となりました。",
            "The manager has stepped down at the end of this season.",
            "監督は、今季限りで退任しました。",
        ),
        (
            "コーチは、本日付で解雇となりました。",
            "The coach has been dismissed as of today.",
            "コーチは、本日付で解雇しました。",
        ),
        # 可能です under an English naming no one → the reader's いただけます (rt32-014, rt32-015)
        (
            "フロントでは、両替が可能です。",
            "Currency exchange is available at the front desk.",
            "フロントでは、ご両替いただけます。",
        ),
        (
            "本日の夕方までに、回収が可能です。",
            "Collection is possible by this evening.",
            "本日の夕方までに、ご回収いただけます。",
        ),
        (
            "平日であれば、設置が可能です。",
            "Installation is possible on weekdays.",
            "平日であれば、ご設置いただけます。",
        ),
        # a passive + ている → てある: whoever acted, or the writer? (rt32-016)
        (
            "この建物は、市の文化財に登録されております。",
            "This building is registered as a city cultural property.",
            "この建物は、市の文化財に登録してあります。",
        ),
        (
            "注意事項は、裏面に記載されております。",
            "The notes are printed on the back.",
            "注意事項は、裏面に記載してあります。",
        ),
        (
            "この森は、県の保護林に指定されています。",
            "This forest is designated as a prefectural protected forest.",
            "この森は、県の保護林に指定してあります。",
        ),
    ],
)
def test_the_actor_unshown_is_a_change(old: str, english: str, new: str) -> None:
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # させていただきます ending a statement, and させていただくことがあります, stay the writer's
        (
            "年末年始は、窓口の受付時間を短縮させていただきます。",
            "Over the New Year holidays, we will shorten the counter hours.",
            "年末年始は、窓口の受付時間を短縮いたします。",
        ),
        (
            "混雑時は、入場を制限させていただくことがあります。",
            "We may restrict entry when crowded.",
            "混雑時は、入場を制限することがあります。",
        ),
        # 場合 + が/も + ある, "we may", is a statement of its own, as こと + が + ある is
        (
            "天候により、出航を見合わせさせていただく場合もございます。",
            "Departures may be suspended in bad weather.",
            "天候により、出航を見合わせる場合もあります。",
        ),
        # となります, non-past, is です
        (
            "お問い合わせ窓口は、総務課となります。",
            "Enquiries are handled by the General Affairs Section.",
            "お問い合わせ窓口は、総務課です。",
        ),
        # 可能です under an English "you can" is the reader's いただけます
        ("駐車場のご利用が可能です。", "You can use the car park.", "駐車場をご利用いただけます。"),
        # てある said humbly
        (
            "予備の毛布は、各部屋に用意してあります。",
            "Spare blankets have been placed in each room.",
            "予備の毛布は、各部屋に用意してございます。",
        ),
    ],
)
def test_the_actor_shown_is_still_offered(old: str, english: str, new: str) -> None:
    assert reused(old, new, english)
