"""Two of the thirteenth red team's families closed (tests/data/safety/open/redteam13.yaml).

可能です under an English "you can have your X replaced" (a service done for the reader) said as the reader's
いただけます (the reader's own work); and ご〜いただいた said plainly beside a plain verb of the writer's that
ends the sentence (資料を配ります). Each attack is a meaning change the guard offered; the nearest edits that
must stay offered stand beside it.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.catalog.suggest import _had_done

# ---- 可能です → いただけます under an English that has the act done for the reader ---------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "店頭で、眼鏡のレンズ交換が可能です。",
            "You can have your lenses replaced in store.",
            "店頭で、眼鏡のレンズをご交換いただけます。",
        ),
        (
            "当店で、靴の修理が可能です。",
            "You can get your shoes repaired at our shop.",
            "当店で、靴をご修理いただけます。",
        ),
        (
            "受付で、名札への名入れが可能です。",
            "You can also have your name printed on the badge at reception.",
            "受付で、名札に名入れいただけます。",
        ),
        # the same class with できる, no actor said: the reader's いただけます still makes the service theirs
        (
            "クリーニング店で、ワイシャツを仕上げできます。",
            "You can have your shirts finished at the cleaner's.",
            "クリーニング店で、ワイシャツをお仕上げいただけます。",
        ),
        (
            "フロントで、タクシーを手配できます。",
            "You can get a taxi arranged at the front desk.",
            "フロントで、タクシーをご手配いただけます。",
        ),
    ],
)
def test_possible_said_as_the_readers_under_a_causative_english_is_a_change(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # the English makes the reader the one who uses: いただけます says no more
        (
            "出発前に、ラウンジの利用が可能です。",
            "You can use the lounge before departure.",
            "出発前に、ラウンジをご利用いただけます。",
        ),
        (
            "館内で、無線LANの利用が可能です。",
            "You can use the wireless LAN in the building.",
            "館内で、無線LANをご利用いただけます。",
        ),
        # the English has the act done for the reader, and the new text says no reader's いただけます
        (
            "店頭で、眼鏡のレンズ交換が可能です。",
            "You can have your lenses replaced in store.",
            "店頭で、眼鏡のレンズの交換が可能です。",
        ),
    ],
)
def test_possible_said_as_the_readers_under_the_readers_english_stays_offered(old, english, new):
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "english",
    [
        "You can have your watch battery replaced in store.",
        "You can also have your bags taken to the station.",
        "You can get your card reissued at the desk.",
        "You can have it repaired within a week.",
    ],
)
def test_the_causative_have_or_get_is_read(english):
    assert _had_done(english)


@pytest.mark.parametrize(
    "english",
    [
        "You can get a used book here.",  # an adjective of the object, after its article
        "You can get started online.",  # no object
        "You can have lunch in the cafe.",  # no participle
        "You can replace the battery yourself.",  # the reader's own verb
        "Batteries can be replaced in store.",  # no "you can"
    ],
)
def test_have_or_get_without_a_causative_is_not_read(english):
    assert not _had_done(english)


# ---- ご〜いただいた said plainly beside a plain verb of the writer's ----------------------------------------


@pytest.mark.parametrize(
    "old,english,new",
    [
        (
            "当日は、ご持参いただいた写真を会場に飾ります。",
            "On the day, we will display the photos you bring at the venue.",
            "当日は、持参した写真を会場に飾ります。",
        ),
        (
            "ご寄付いただいた古着を、被災地に送ります。",
            "We will send the used clothes you donated to the affected area.",
            "寄付した古着を、被災地に送ります。",
        ),
        # the past and the negative are the writer's statement as well
        (
            "ご用意いただいた写真を、会場に飾りました。",
            "We displayed the photos you had prepared at the venue.",
            "用意した写真を、会場に飾りました。",
        ),
        (
            "ご用意いただいた写真を、会場に飾りません。",
            "We will not display the photos you have prepared at the venue.",
            "用意した写真を、会場に飾りません。",
        ),
        # a subject named, not the reader: said plainly, the preparing is the lecturer's
        (
            "ご用意いただいた資料を、講師が配ります。",
            "The lecturer will hand out the materials you have prepared.",
            "用意した資料を、講師が配ります。",
        ),
    ],
)
def test_the_readers_act_said_plainly_beside_a_plain_verb_of_ours_is_a_change(old, english, new):
    assert not reused(old, new, english)


@pytest.mark.parametrize(
    "old,english,new",
    [
        # the same sentence with only its ending's notation rewritten keeps いただいた: nothing is said plainly
        (
            "ご用意いただいた写真を、会場に飾ります。",
            "We will display the photos you have prepared at the venue.",
            "ご用意いただいた写真を、会場にかざります。",
        ),
        # an intransitive verb with no object: the thing's act, no one's plain statement (not read)
        (
            "ご注文いただいた商品は、明日届きます。",
            "The items you ordered will arrive tomorrow.",
            "注文した商品は、明日届きます。",
        ),
        # the reader named with respect as the one who acts (not read)
        (
            "ご用意いただいた資料を、皆様が配ります。",
            "You will hand out the materials you have prepared yourselves.",
            "用意した資料を、皆様が配ります。",
        ),
    ],
)
def test_the_readers_act_said_plainly_where_no_plain_act_of_ours_stays_offered(old, english, new):
    assert reused(old, new, english)
