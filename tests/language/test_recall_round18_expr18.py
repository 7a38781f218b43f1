"""Issue 21, eighteenth round (expr18): one act said with a JMdict expression or compound, or with another wording.

Two proofs, both read from JMdict and witnessed by the old English:

- a compound of a noun and a verb's stem, said as the noun を the verb (手洗い / 手を洗う): the compound's first
  sense glosses the act on the object ("washing one's hands": 洗う "to wash", 手 "hand"), JMdict's own
  expression for the phrase, where it has one, says the same first (歯を磨く "to brush one's teeth"; 足を洗う is
  first an idiom), and the old English says the verb with the object right after it ("wash your hands"): 手洗い
  is also "toilet" and a garment's "hand-washing";
- JMdict's expression of an object を a verb, said as the same object を a noun of the act + (に)する
  (電源を切る "to turn off power" / 電源をオフにする: オフ "switching off; turning off", 電源 "electrical power"),
  the old English saying an act of that noun's first sense ("switch off", "turn off"; オフ is also "day off").
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.language import synonyms
from kokuchi.language.synonyms import translated_as

_WASH = "Please wash your hands before eating."


@pytest.mark.parametrize(
    "old,new,english",
    [
        # kitchen: the compound with する, said as the phrase
        (
            "調理の前には石けんで手洗いをしてください。",
            "調理の前には石けんで手を洗ってください。",
            "Please wash your hands with soap before cooking.",
        ),
        # school: the phrase said as the compound asked for, the other way round
        (
            "外から戻ったら手を洗ってください。",
            "外から戻ったら手洗いをお願いします。",
            "Please wash your hands when you come back inside.",
        ),
        # hospital ward: the suru-compound with する right after it
        (
            "面会の前に必ず手洗いしてください。",
            "面会の前に必ず手を洗ってください。",
            "Please be sure to wash your hands before visiting.",
        ),
        # summer camp: a compound JMdict also has as a phrase, both glossed "brushing one's teeth"
        (
            "寝る前には歯磨きをお願いします。",
            "寝る前には歯を磨いてください。",
            "Please brush your teeth before going to bed.",
        ),
        # library: the expression said with the loanword noun + にする
        (
            "館内では携帯電話の電源をお切りください。",
            "館内では携帯電話の電源をオフにしてください。",
            "Please switch off your mobile phone in the library.",
        ),
        # computer room, the other way round, under "turn off" (the expression's own gloss)
        (
            "退室時はパソコンの電源をオフにしてください。",
            "退室時はパソコンの電源を切ってください。",
            "Please turn off the computer when you leave.",
        ),
        # meeting room: the noun of the act + する, no に
        (
            "会議中はタブレットの電源を切ってください。",
            "会議中はタブレットの電源をオフしてください。",
            "Please switch your tablet off during the meeting.",
        ),
    ],
)
def test_one_act_said_with_a_compound_or_an_expression_is_offered(old: str, new: str, english: str) -> None:
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "old,new,english",
    [
        # the opposite: a negation (a flip, not an offer)
        ("食事の前には必ず手洗いをお願いします。", "食事の前には必ず手を洗わないでください。", _WASH),
        ("寝る前には歯磨きをお願いします。", "寝る前には歯を磨かないでください。", "Please brush your teeth."),
        (
            "館内では携帯電話の電源をお切りください。",
            "館内では携帯電話の電源をオフにしないでください。",
            "Please switch off your mobile phone in the library.",
        ),
        # another time
        ("食事の前には必ず手洗いをお願いします。", "食事の後には必ず手を洗ってください。", _WASH),
        (
            "退室時はパソコンの電源を切ってください。",
            "入室時はパソコンの電源をオフにしてください。",
            "Please turn off the computer when you leave.",
        ),
        # another actor: what we do, or what the reader has someone else do
        ("食事の前には必ず手洗いをお願いします。", "食事の前には必ず手を洗います。", _WASH),
        (
            "退室時はパソコンの電源を切ってください。",
            "退室時はパソコンの電源をオフにします。",
            "Please turn off the computer when you leave.",
        ),
        (
            "退室時はパソコンの電源を切ってください。",
            "退室時はパソコンの電源をオフにしてもらってください。",
            "Please turn off the computer when you leave.",
        ),
        # causative: let (the children) wash, have the power turned off
        ("食事の前には必ず手洗いをお願いします。", "食事の前には必ず手を洗わせてください。", _WASH),
        (
            "退室時はパソコンの電源をオフにしてください。",
            "退室時はパソコンの電源を切らせてください。",
            "Please turn off the computer when you leave.",
        ),
        # another object, another verb
        ("食事の前には必ず手洗いをお願いします。", "食事の前には必ず顔を洗ってください。", _WASH),
        ("食事の前には必ず手洗いをお願いします。", "食事の前には必ず手を拭いてください。", _WASH),
        # 足を洗う: JMdict's idiom "to wash one's hands of", whatever its words say
        ("食事の前には必ず手洗いをお願いします。", "食事の前には必ず足を洗ってください。", _WASH),
        (
            "館内では携帯電話の電源をお切りください。",
            "館内では携帯電話の暖房をオフにしてください。",
            "Please switch off your mobile phone in the library.",
        ),
        # an object JMdict lists no expression for: 暖房を切る is not shown to be 暖房をオフにする
        ("館内では暖房をお切りください。", "館内では暖房をオフにしてください。", "Please switch off the heating."),
        # the opposite act: 電源を入れる "to turn on power", オン "on"
        (
            "館内では携帯電話の電源をお切りください。",
            "館内では携帯電話の電源をオンにしてください。",
            "Please switch off your mobile phone in the library.",
        ),
        (
            "館内では携帯電話の電源をお入れください。",
            "館内では携帯電話の電源をオフにしてください。",
            "Please switch on your mobile phone in the library.",
        ),
        # the compound naming a thing or a place: the toilet, the hand-washing area
        (
            "清掃当番の方は手洗いをお願いします。",
            "清掃当番の方は手を洗ってください。",
            "Cleaning staff, please do the restroom.",
        ),
        ("お手洗いをご利用ください。", "手を洗ってください。", "Please use the restroom."),
        ("手洗い場をご利用ください。", "手を洗ってください。", "Please use the hand-washing area to wash your hands."),
        # a garment washed by hand: "hand" is no object of "wash"
        ("この衣類は手洗いしてください。", "この衣類は手を洗ってください。", "Please wash this garment by hand."),
        ("この衣類は手洗いしてください。", "この衣類は手を洗ってください。", "Wash by hand."),
        # an English that says neither act: the witness is missing
        (
            "食事の前には必ず手洗いをお願いします。",
            "食事の前には必ず手を洗ってください。",
            "Please clean up before eating.",
        ),
        (
            "館内では携帯電話の電源をお切りください。",
            "館内では携帯電話の電源をオフにしてください。",
            "Please keep your mobile phone silent in the library.",
        ),
        (
            "館内では携帯電話の電源をお切りください。",
            "館内では携帯電話の電源をオフにしてください。",
            "Please cut the power to your mobile phone.",
        ),
        # オフ's later sense, "day off": no expression on the other side
        ("明日をオフにしてください。", "明日を切ってください。", "Please take tomorrow off."),
    ],
)
def test_near_misses_stay_changes(old: str, new: str, english: str) -> None:
    assert not reused(old, new, english)


def test_jmdict_facts_the_proofs_rest_on() -> None:
    """手洗い's first sense is the act, its second the toilet; 足を洗う is first an idiom; 電源を切る is one
    expression "to turn off power", 電源を入れる "to turn on power"; オフ's first sense takes する."""
    assert "washing one's hands" in synonyms.first_sense_glosses("手洗い")
    assert "toilet" in synonyms.later_sense_glosses("手洗い")
    assert synonyms.first_sense_glosses("お手洗い") >= {"toilet", "restroom"}
    assert "to quit (a shady business)" in synonyms.first_sense_glosses("足を洗う")
    assert synonyms.first_sense_glosses("電源を切る") == {"to turn off power"}
    assert synonyms.first_sense_glosses("電源を入れる") == {"to turn on power"}
    assert "switching off (e.g. electricity)" in synonyms.first_sense_glosses("オフ")
    assert not synonyms.jmdict_entries("暖房を切る")
    assert not synonyms.jmdict_entries("手を洗う")


def test_the_proofs_need_the_old_english() -> None:
    """Outside a decision (no English) nothing is shown; under an English without the act, neither."""
    from kokuchi.language.morphology import analyze

    compound = analyze("手洗い")[0]
    noun, _, verb, *_ = analyze("手を洗って")
    assert not synonyms.compound_said_as_object_and_verb(compound, noun, verb)
    with translated_as("Please wash your hands."):
        assert synonyms.compound_said_as_object_and_verb(compound, noun, verb)
    with translated_as("Please use the restroom."):
        assert not synonyms.compound_said_as_object_and_verb(compound, noun, verb)
    power, _, cut, *_ = analyze("電源を切って")
    off = analyze("オフ")[0]
    assert not synonyms.expression_said_with_noun(power, cut, off)
    with translated_as("Please switch off your phone."):
        assert synonyms.expression_said_with_noun(power, cut, off)
