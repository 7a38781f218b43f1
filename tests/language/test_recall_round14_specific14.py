"""Issue 21, fourteenth round (specific14): a place or a thing said more specifically, where the old English
already names it (kokuchi.language.specified).

場内 → 駐車場内 under "inside the car park", 車内 → バスの中 under "on the bus", 小学 → 小学校 under "elementary
school": the new word names what the old one said, and the old English already says which. Each is tested beside
the edits closest to it that say something else: another place, a place the English does not name, the
outside, a limit added, another school, another word with more characters.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.language.specified import named_as_the_english_says
from kokuchi.language.synonyms import translated_as

CAR_PARK = "Please drive slowly inside the car park and follow the staff's directions."
HALL = "Please drive slowly in the hall and follow the staff's directions."
ZOO = "Eating is not allowed anywhere in the zoo."
LIBRARY = "Please keep your voice down inside the library."
BUILDING = "Please keep your voice down inside the building."
TRAIN = "Please give your seat to older passengers on the train."
BUS = "Please give your seat to older passengers on the bus."
JUNIOR = "Visitors in the third year of junior high school or younger are admitted free of charge."


@pytest.mark.parametrize(
    "old,new,english",
    [
        # A place + 内, the place named before it (its own character ends the name), as the English says.
        ("場内では徐行し、係員の指示に従ってください。", "駐車場内では徐行し、係員の指示に従ってください。", CAR_PARK),
        ("園内での飲食は禁止です。", "動物園内での飲食は禁止です。", ZOO),
        ("館内ではお静かにお願いします。", "図書館内ではお静かにお願いします。", LIBRARY),
        # The same said X + の + 中.
        (
            "場内では徐行し、係員の指示に従ってください。",
            "駐車場の中では徐行し、係員の指示に従ってください。",
            CAR_PARK,
        ),
        ("車内では、ご高齢の方に席をお譲りください。", "電車の中では、ご高齢の方に席をお譲りください。", TRAIN),
        ("車内では、ご高齢の方に席をお譲りください。", "バスの中では、ご高齢の方に席をお譲りください。", BUS),
        # An abbreviation written out: the same first-sense glosses, named by the English.
        ("中学3年生以下の方は入場無料です。", "中学校3年生以下の方は入場無料です。", JUNIOR),
    ],
)
def test_a_place_said_as_the_english_names_it(old: str, new: str, english: str) -> None:
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "old,new,english",
    [
        # A place the English does not name (the hall, the building), or another one (bicycles, a botanical
        # garden, a train under "bus").
        ("場内では徐行し、係員の指示に従ってください。", "駐車場内では徐行し、係員の指示に従ってください。", HALL),
        ("場内では徐行し、係員の指示に従ってください。", "駐輪場内では徐行し、係員の指示に従ってください。", CAR_PARK),
        ("園内での飲食は禁止です。", "植物園内での飲食は禁止です。", ZOO),
        ("館内ではお静かにお願いします。", "図書館内ではお静かにお願いします。", BUILDING),
        ("車内では、ご高齢の方に席をお譲りください。", "電車の中では、ご高齢の方に席をお譲りください。", BUS),
        ("車内では、ご高齢の方に席をお譲りください。", "バスの中では、ご高齢の方に席をお譲りください。", TRAIN),
        # The outside, or another place beside it; a limit added; the place no longer a topic's.
        ("場内では徐行し、係員の指示に従ってください。", "駐車場外では徐行し、係員の指示に従ってください。", CAR_PARK),
        ("場内では徐行し、係員の指示に従ってください。", "駐車場前では徐行し、係員の指示に従ってください。", CAR_PARK),
        ("車内では、ご高齢の方に席をお譲りください。", "バスの外では、ご高齢の方に席をお譲りください。", BUS),
        ("場内では徐行し、係員の指示に従ってください。", "駐車場内のみ徐行し、係員の指示に従ってください。", CAR_PARK),
        ("園内での飲食は禁止です。", "動物園内以外での飲食は禁止です。", ZOO),
        # Another school, or a longer word that is another thing (大学院, graduate school).
        ("中学3年生以下の方は入場無料です。", "小学校3年生以下の方は入場無料です。", JUNIOR),
        ("中学3年生以下の方は入場無料です。", "高校3年生以下の方は入場無料です。", JUNIOR),
        (
            "大学の図書館をご利用いただけます。",
            "大学院の図書館をご利用いただけます。",
            "You may use the university library.",
        ),
        # The English names the place for the old text's own mention of it, not for the old word.
        (
            "場内では飲食禁止です。駐車場でのアイドリングはご遠慮ください。",
            "駐車場内では飲食禁止です。駐車場でのアイドリングはご遠慮ください。",
            "No eating or drinking in the hall. Please do not idle your engine in the car park.",
        ),
        (
            "車内では席をお譲りください。バス停では一列にお並びください。",
            "バスの中では席をお譲りください。バス停では一列にお並びください。",
            "Please give up your seat in the car. Please line up at the bus stop.",
        ),
        # The new word said along with a negation.
        ("園内での飲食は禁止です。", "動物園内での飲食は禁止ではありません。", ZOO),
    ],
)
def test_a_place_the_english_does_not_name_stays_a_change(old: str, new: str, english: str) -> None:
    assert not reused(old, new, english)


def test_the_reading_gives_back_the_old_word_only() -> None:
    with translated_as(CAR_PARK):
        assert named_as_the_english_says("場内では徐行してください。", "駐車場内では徐行してください。") == (
            "場内では徐行してください。",
            "場内では徐行してください。",
        )
    # Outside a decision no English names anything.
    assert named_as_the_english_says("場内では徐行してください。", "駐車場内では徐行してください。") is None
    # The old text already says the longer word: nothing named anew.
    with translated_as(CAR_PARK):
        assert named_as_the_english_says("駐車場内では徐行してください。", "駐車場内では徐行願います。") is None
