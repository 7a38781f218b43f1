"""The gate's readings of the twenty-fifth round (issue 21): a start or a deadline before an event said by the verb
right before its span, a word of side turned the other way by a negation of its verb, and a payment's period."""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit


def accepted(source: str, english: str) -> bool:
    return not check_unit(source, english, Glossary({}, ()))


@pytest.mark.parametrize(
    ("source", "english", "right"),
    [
        # a span before an event opened or closed by its verb
        ("ご予約は受診日の3日前から受け付けます。", "Bookings open three days before your visit.", True),
        ("ご予約は受診日の3日前から受け付けます。", "Bookings close three days before your visit.", False),
        ("参加申込は、7日前まで受け付けます。", "Applications close seven days before the event.", True),
        ("参加申込は、7日前まで受け付けます。", "Applications open seven days before the event.", False),
        ("開演の30分前に開場します。", "Doors open 30 minutes before the show.", True),
        ("受付は終了時刻の30分前に締め切ります。", "Reception closes 30 minutes before closing time.", True),
        # a negated verb right before the word of side says the other side
        ("証明書の交付は17時までです。", "Certificates are issued until 5 p.m.", True),
        ("証明書の交付は17時までです。", "Certificates are not issued before 5 p.m.", False),
        ("証明書の交付は17時からです。", "Certificates are not issued before 5 p.m.", True),
        ("申込は3月31日まで受け付けます。", "Applications will not be accepted after March 31.", True),
        ("結果は3月31日以降にご確認いただけます。", "Results will not be available until March 31.", True),
        ("結果は3月31日までご確認いただけます。", "Results will not be available until March 31.", False),
        # the source negated too, or a negation elsewhere in the clause: no side read
        ("17時以降はご入店いただけません。", "You cannot enter after 5 p.m.", True),
        ("17時までに鍵を返却してください。", "Please do not forget to return the key by 5 p.m.", True),
        # a payment's period is a rate's
        ("受講料は年額12,000円です。", "The course fee is ¥12,000, payable once a month.", False),
        ("受講料は年額12,000円です。", "The course fee is ¥12,000, payable once a year.", True),
        ("受講料は月額1,000円です。", "The course fee is ¥1,000, billed annually.", False),
        ("会費は月1回お支払いください。", "Please pay the fee once a month.", True),
    ],
)
def test_a_side_said_by_a_verb(source: str, english: str, right: bool) -> None:
    assert accepted(source, english) == right
