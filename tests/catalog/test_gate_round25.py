"""The gate's readings of the twenty-fifth round (issue 21): a start or a deadline before an event said by the verb
right before its span, a word of side turned the other way by a negation of its verb, a payment's period, and the
readings red team 48 asked for (a frequency's count, the day next to another, a time in its part of the day, a
weekday the calendar refutes, and English forms of values professionals write)."""

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


@pytest.mark.parametrize(
    ("source", "english", "right"),
    [
        # a frequency's count, and a lone adverb of one
        ("1日3回、1回2錠を食後に服用してください。", "Take 3 tablets twice a day after meals.", False),
        ("1日3回、1回2錠を食後に服用してください。", "Take 2 tablets three times a day after meals.", True),
        ("受水槽清掃は年1回実施します。", "The water tank is cleaned monthly.", False),
        ("受水槽清掃は年1回実施します。", "The water tank is cleaned annually.", True),
        # the day next to another
        ("祭りの前日に会場設営を行います。", "Setup will take place the day after the festival.", False),
        ("祭りの前日に会場設営を行います。", "Setup will take place the day before the festival.", True),
        # a clock time read in the part of the day its clause names
        ("明日の朝5時30分から8時まで断水します。", "The water will be off tomorrow evening from 5:30 to 8:00.", False),
        ("明日の朝5時30分から8時まで断水します。", "The water will be off tomorrow morning from 5:30 to 8:00.", True),
        ("夜間（20:00〜翌8:00）は、60分100円です。", "Overnight (20:00–08:00), the rate is ¥100 per 60 minutes.", True),
        # a deadline said by its noun, a strict bound, about then, a person, a surcharge
        (
            "2026年6月1日(月)以降に提出してください。",
            "The deadline for submitting the report is Monday, June 1, 2026.",
            False,
        ),
        ("15歳以下のお子様は無料です。", "Free for children who are not yet 15.", False),
        ("15歳未満のお子様は無料です。", "Free for children who are not yet 15.", True),
        ("人数は、ご宿泊の2週間前までにご連絡ください。", "Please confirm two weeks or so before your stay.", False),
        ("人数は、ご宿泊の約2週間前にご連絡ください。", "Please confirm two weeks or so before your stay.", True),
        ("ハンドブックは1世帯につき1冊配布します。", "One handbook per resident.", False),
        ("ハンドブックは1世帯につき1冊配布します。", "One handbook per household.", True),
        ("深夜は運賃が2割増しとなります。", "Late at night, fares are discounted by 20%.", False),
        ("深夜は運賃が2割増しとなります。", "Late at night, fares are 20% higher.", True),
        # a weekday the calendar refutes; "weekdays" for another range
        ("2026年7月4日に花火大会を開催します。", "The fireworks are on Friday, July 4, 2026.", False),
        ("2026年7月4日に花火大会を開催します。", "The fireworks are on Saturday, July 4, 2026.", True),
        ("診療日は月曜日から土曜日までです。", "The clinic is open on weekdays.", False),
        ("診療日は月曜日から金曜日までです。", "The clinic is open on weekdays.", True),
        # forms professionals write
        ("このクーポンは2027年3月31日(水)まで有効です。", "This coupon expires after Wednesday, 31 March 2027.", True),
        ("卵6個入りパックが198円です。", "A half-dozen pack of eggs for ¥198.", True),
        ("桜は3月下旬に見頃を迎えます。", "The cherry blossoms peak in the latter part of March.", True),
        ("10月〜3月は、16時30分に閉園します。", "Oct–Mar: the zoo closes at 4:30 p.m.", True),
        ("納期限は2027年2月28日(日)です。", "Due on Sunday, the last day of February 2027.", True),
        ("最終バスは17時50分発です。", "The last bus leaves at ten to six in the evening.", True),
        # (after "from", "ten to six" is a range of hours, never 17:50)
        ("最終バスは17時50分発です。", "The bus runs from ten to six in the evening.", False),
        ("賞金100万円が贈られます。", "The winner will receive one million yen.", True),
        ("創立25周年記念式典を挙行します。", "The twenty-fifth anniversary ceremony will be held.", True),
        ("12月12日(土)17時30分開場です。", "The concert is on Saturday, December 12: doors open at 5:30 p.m.", True),
    ],
)
def test_red_team_48_readings(source: str, english: str, right: bool) -> None:
    assert accepted(source, english) == right
