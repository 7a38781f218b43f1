"""Numbers written in digits and kanji multipliers together (5千円, 10万5千円, 1億2千万円): one value each."""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import AUTO, decide

NO_TERMS = Glossary({}, ())


@pytest.mark.parametrize(
    ("japanese", "english"),
    [
        ("改修補助金の上限は10万5千円です。", "The renovation grant is capped at ¥105,000."),
        ("会場の収容人数は1万2千人です。", "The venue holds 12,000 people."),
        ("入会金は5千円となります。", "The joining fee is 5,000 yen."),
        ("事業費の総額は1億2千万円です。", "The project costs ¥120 million in total."),
        ("回数券は2千5百円で販売します。", "Books of tickets are sold for ¥2,500."),
        ("約3百名の方にご参加いただきました。", "About 300 people took part."),
    ],
)
def test_a_mixed_notation_is_read_as_one_number(japanese, english):
    assert not check_unit(japanese, english, NO_TERMS)


@pytest.mark.parametrize(
    ("japanese", "english"),
    [
        ("改修補助金の上限は10万5千円です。", "The renovation grant is capped at ¥100K."),
        ("改修補助金の上限は10万5千円です。", "The renovation grant is capped at ¥150,000."),
        ("入会金は5千円となります。", "The joining fee is 1,000 yen."),
        ("入会金は5千円となります。", "The joining fee is 51,000 yen."),
        ("会場の収容人数は1万2千人です。", "The venue holds 10,002 people."),
        ("回数券は2千5百円で販売します。", "Books of tickets are sold for ¥2,005."),
    ],
)
def test_a_wrong_value_of_a_mixed_notation_is_refused(japanese, english):
    assert check_unit(japanese, english, NO_TERMS)


def test_an_edit_of_a_mixed_notation_rewrites_the_whole_number():
    decision = decide("入会金は5千円となります。", "The joining fee is 5,000 yen.", "入会金は6千円となります。")
    assert decision.kind == AUTO and decision.translation == "The joining fee is 6,000 yen."
    decision = decide(
        "会場の収容人数は1万2千人です。", "The venue holds 12,000 people.", "会場の収容人数は1万5千人です。"
    )
    assert decision.kind == AUTO and decision.translation == "The venue holds 15,000 people."
