"""Issue 21, fourteenth round (struct14): one act said another way by its structure.

- an act's moment said with its Sino-Japanese noun (降車時, 退室の際) or with its native verb (お降りの際, 部屋を出る
  時): JMdict's glosses show the noun the verb's gerund ("getting off" / "to get off"), or the verb's gloss and its
  object's inside the noun's ("exit from a room" / 部屋 "room", 出る "to exit");
- the active ている of the writer's act and てある of the same act (備え付けております / 備え付けてあります): the state
  it left, unless the old English says the act going on or ahead;
- れる before 方 made active (住所を変更された方 / 住所を変更した方), with an object named: the old English tells a
  passive from respect, as it does before 場合.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import decide
from kokuchi.language.restructured import noun_says_the_verb


@pytest.mark.parametrize(
    "old,new",
    [
        ("降車時に、整理券をお取りください。", "お降りの際に、整理券をお取りください。"),  # bus: getting off
        ("入場時は、足元にご注意ください。", "お入りの際は、足元にご注意ください。"),  # hall: entering
        ("お支払いは、退室時にお願いします。", "お支払いは、部屋を出る時にお願いします。"),  # study room: the object
        ("会議室の鍵は、退室の際に受付へお返しください。", "会議室の鍵は、お部屋を出る際に受付へお返しください。"),
        ("カードキーは、乗車時にかざしてください。", "カードキーは、お乗りの際にかざしてください。"),  # boarding
        ("飲酒後の運転は固く禁止です。", "お酒を飲んだ後の運転は固く禁止です。"),  # after
        ("飲酒後のサウナ利用は危険です。", "お酒を召し上がった後のサウナ利用は危険です。"),  # the verb honoured
    ],
)
def test_an_acts_moment_by_its_noun_or_its_verb(old, new):
    assert reused(old, new, "Please do so when you get off or leave.")
    assert reused(new, old, "Please do so when you get off or leave.")


@pytest.mark.parametrize(
    "old,new",
    [
        ("降車時に、整理券をお取りください。", "お乗りの際に、整理券をお取りください。"),  # another act: boarding
        ("乗車時に、整理券をお取りください。", "お降りの際に、整理券をお取りください。"),
        ("降車前に、整理券をお取りください。", "お降りの際に、整理券をお取りください。"),  # before, not when
        ("お支払いは、退室時にお願いします。", "お支払いは、部屋に入る時にお願いします。"),  # entering
        ("お支払いは、入室時にお願いします。", "お支払いは、部屋を出る時にお願いします。"),
        ("お支払いは、退室時にお願いします。", "お支払いは、建物を出る時にお願いします。"),  # another place left
        ("お支払いは、退室時にお願いします。", "お支払いは、部屋を出た後にお願いします。"),  # after, not when
        ("お支払いは、退室時にお願いします。", "お支払いは、部屋を出られる時にお願いします。"),  # られる: "can leave"
        ("お支払いは、退室時にお願いします。", "お支払いは、部屋を出ない時にお願いします。"),  # negated
        ("飲酒後の運転は禁止です。", "お酒を飲む前の運転は禁止です。"),  # before, not after
        ("飲酒後の運転は禁止です。", "お酒を飲む時の運転は禁止です。"),  # while, not after
        ("飲酒前の運転は禁止です。", "お酒を飲んだ後の運転は禁止です。"),
        ("飲酒後の運転は禁止です。", "お水を飲んだ後の運転は禁止です。"),  # another thing drunk
        ("降車時に、整理券をお取りください。", "降りた時に、整理券をお取りください。"),  # the past: once off
    ],
)
def test_another_act_or_time_stays_a_change(old, new):
    assert not reused(old, new, "Please pay when you leave the room.")


def test_the_glosses_decide_which_verb_a_stem_spells():
    assert noun_says_the_verb("降車", ["降りる", "降る"])  # 降り: 降りる "to get off", not 降る "to fall"
    assert not noun_says_the_verb("降車", ["降る"])
    assert not noun_says_the_verb("乗車", ["降りる"])
    assert noun_says_the_verb("退室", ["出る"], "部屋")
    assert not noun_says_the_verb("退室", ["出る"], "建物")
    assert not noun_says_the_verb("入室", ["出る"], "部屋")


@pytest.mark.parametrize(
    "old,new,english",
    [
        (
            "寝具は全てのテントに備え付けております。",
            "寝具は全てのテントに備え付けてあります。",
            "Bedding is provided.",
        ),
        (
            "毛布は各部屋にご用意してあります。",
            "毛布は各部屋にご用意しております。",
            "Blankets are available in each room.",
        ),
        (
            "消火器は各階に設置しております。",
            "消火器は各階に設置してあります。",
            "Fire extinguishers are installed on every floor.",
        ),
    ],
)
def test_teiru_and_tearu_of_one_act_say_its_state(old, new, english):
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "old,new,english",
    [
        # the English says the act going on or ahead: not yet the state
        ("毛布は各部屋にご用意してあります。", "毛布は各部屋にご用意しております。", "We are preparing blankets."),
        (
            "消火器は各階に設置してあります。",
            "消火器は各階に設置しております。",
            "Fire extinguishers will be installed.",
        ),
        # the old ている under an English of what we do: the new てある says it done
        (
            "消火器は各階に設置しております。",
            "消火器は各階に設置してあります。",
            "We place extinguishers on each floor.",
        ),
        # another act, a negation, a past, a subject or object named
        ("消火器は各階に設置しております。", "消火器は各階に配置してあります。", "Fire extinguishers are installed."),
        ("消火器は各階に設置しております。", "消火器は各階に設置してありません。", "Fire extinguishers are installed."),
        ("消火器は各階に設置しております。", "消火器は各階に設置してありました。", "Fire extinguishers are installed."),
        (
            "業者が消火器を各階に設置しております。",
            "消火器は各階に設置してあります。",
            "Fire extinguishers are installed.",
        ),
    ],
)
def test_teiru_against_tearu_stays_a_change(old, new, english):
    assert not reused(old, new, english)


def test_a_persons_rareru_made_active_with_its_object():
    old, new = "住所を変更された方は、書類をお持ちください。", "住所を変更した方は、書類をお持ちください。"
    assert reused(old, new, "If you have changed your address, please bring a document.")
    # the English says a passive: "whose contract was terminated" is not "who terminated it"
    old, new = "契約を解除された方は、窓口へお越しください。", "契約を解除した方は、窓口へお越しください。"
    assert not reused(old, new, "Those whose contracts were terminated should come to the counter.")
    assert reused(old, new, "Those who cancelled their contracts should come to the counter.")


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "推薦された方は、書類をお持ちください。",
            "推薦した方は、書類をお持ちください。",
        ),  # no object: the one recommended
        ("住所を変更された方は、書類をお持ちください。", "住所を変更する方は、書類をお持ちください。"),  # another tense
        ("係員に住所を変更された方は、書類をお持ちください。", "係員に住所を変更した方は、書類をお持ちください。"),
        ("住所を変更した方は、書類をお持ちください。", "住所を変更された方は、書類をお持ちください。"),  # active → れる
    ],
)
def test_a_persons_rareru_stays_a_change(old, new):
    assert not reused(old, new, "If you have changed your address, please bring a document.")
    assert decide(old, "If you have changed your address, please bring a document.", new).kind != "kept"
