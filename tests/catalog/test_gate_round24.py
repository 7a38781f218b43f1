"""The gate's readings of the twenty-fourth round (issue 21): a span before an event said by then, from then or about
then; a day or a time from then on or by then; a rate's period, a fare's way and a share of a price; and English
forms of values professionals write (17.00, '27, the first hundred, the 2026–2027 school year)."""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit


def accepted(source: str, english: str) -> bool:
    return not check_unit(source, english, Glossary({}, ()))


@pytest.mark.parametrize(
    ("source", "english", "right"),
    [
        # 前から: a start; "…, at the latest" makes it a deadline
        ("会場へのご入場は、開演の30分前からとなります。", "Entry begins 30 minutes before the show.", True),
        ("会場へのご入場は、開演の30分前からとなります。", "Entry begins from 30 minutes before the show.", True),
        (
            "会場へのご入場は、開演の30分前からとなります。",
            "Entry begins 30 minutes before the show starts, at the latest.",
            False,
        ),
        ("会場へのご入場は、開演の30分前からとなります。", "Entry begins at least 30 minutes before the show.", False),
        # 以上前, 前まで: a deadline; never "about", never "from"
        ("ご予約は、ご利用日の2週間以上前にお願いいたします。", "Please book at least two weeks before.", True),
        ("ご予約は、ご利用日の2週間以上前にお願いいたします。", "Please book two weeks before your visit.", True),
        ("ご予約は、ご利用日の2週間以上前にお願いいたします。", "Please book about two weeks before.", False),
        ("ご予約の変更は、ご宿泊日の3日前の18時まで承ります。", "Changes: until 6 p.m. three days before.", True),
        (
            "ご予約の変更は、ご宿泊日の3日前の18時まで承ります。",
            "Changes are accepted from 3 days before your stay, until 6 p.m. at the latest.",
            False,
        ),
        # a plain 前 is met by every way of saying it; 約 by "about", never a deadline
        ("ご利用日の3日前にご連絡ください。", "Please contact us at least 3 days before.", True),
        ("ご利用日の3日前にご連絡ください。", "Please contact us about 3 days before.", True),
        ("ご利用日の約3日前にご連絡ください。", "Please contact us about 3 days before.", True),
        ("ご利用日の約3日前にご連絡ください。", "Please contact us no later than 3 days before.", False),
        # "up to … in advance" says either: a start (1か月前から) and a deadline (3日前まで)
        ("ご予約は受診希望日の1か月前から承ります。", "Appointments can be booked up to one month in advance.", True),
        (
            "ご予約はご来店日の3日前まで承ります。",
            "Reservations are accepted up to three days before your visit.",
            True,
        ),
        # "at the latest" ending a clause binds the value nearest before it: Friday's, not the span's
        (
            "チケットは公演の2週間前から販売し、代金は金曜日までにお支払いいただきます。",
            "Tickets go on sale two weeks before the concert and must be paid for by Friday, at the latest.",
            True,
        ),
    ],
)
def test_a_span_before_an_event_is_said_by_then_from_then_or_about_then(source, english, right):
    assert accepted(source, english) == right


@pytest.mark.parametrize(
    ("source", "english", "right"),
    [
        ("仕上がりは翌日17時以降のお渡しとなります。", "Ready for collection from 5 p.m. the next day.", True),
        ("仕上がりは翌日17時以降のお渡しとなります。", "Ready for collection after 5 p.m. the next day.", True),
        ("仕上がりは翌日17時以降のお渡しとなります。", "Ready for collection by 5 p.m. the next day.", False),
        (
            "15時以前に受け付けたお振込みは、当日中に入金されます。",
            "Transfers received by 3 PM are credited today.",
            True,
        ),
        (
            "15時以前に受け付けたお振込みは、当日中に入金されます。",
            "Transfers received after 3 PM are credited today.",
            False,
        ),
        (
            "2026年3月31日(火)以前にご契約のお客様には、旧料金が適用されます。",
            "Customers who signed up on or before Tuesday, March 31, 2026 stay on the old rates.",
            True,
        ),
        (
            "2026年3月31日(火)以前にご契約のお客様には、旧料金が適用されます。",
            "Customers who signed up on or after Tuesday, March 31, 2026 stay on the old rates.",
            False,
        ),
        ("受付は9時から17時までです。", "Reception is open 9 a.m. to 5 p.m.", True),
        ("受付は9時から17時までです。", "Reception is open from 9 a.m. until 5 p.m.", True),
        # a side word under a negation in its clause reads no side (the source may be negated too)
        ("夜間窓口でのお薬のお受け取りは17時以降となります。", "Medicines cannot be collected before 5 p.m.", True),
        ("18歳未満の方は22時以降ご入店いただけません。", "Customers under 18 are not admitted after 10 p.m.", True),
    ],
)
def test_a_day_or_a_time_from_then_on_or_by_then_is_said_so(source, english, right):
    assert accepted(source, english) == right


@pytest.mark.parametrize(
    ("source", "english", "right"),
    [
        ("PTA会費は年額3,000円です。", "PTA dues are ¥3,000 a year.", True),
        ("PTA会費は年額3,000円です。", "PTA dues are ¥3,000 a month.", False),
        ("PTA会費は年額3,000円です。", "The monthly fee is ¥3,000.", False),
        (
            "会費は月額500円、年1回総会を開きます。",
            "Dues are ¥500 a month; the general meeting is held once a year.",
            True,
        ),
        ("空港までの運賃は片道1,300円です。", "The fare to the airport is ¥1,300 one way.", True),
        ("空港までの運賃は片道1,300円です。", "The fare to the airport is ¥1,300 round trip.", False),
        ("空港連絡バスの運賃は往復2,400円です。", "The airport bus fare is ¥2,400 each way.", False),
        ("空港連絡バスの運賃は片道1,200円です。", "The airport bus fare is ¥1,200 each way.", True),
        ("アウトレット品は定価の7割の価格で販売いたします。", "Outlet items are sold at 70% of the list price.", True),
        (
            "アウトレット品は定価の7割の価格で販売いたします。",
            "Outlet items are sold at 70% off the list price.",
            False,
        ),
        ("アウトレット品は定価の7割引で販売いたします。", "Outlet items are sold at 70% off the list price.", True),
    ],
)
def test_a_rates_period_a_fares_way_and_a_share_of_a_price_are_not_reversed(source, english, right):
    assert accepted(source, english) == right


@pytest.mark.parametrize(
    ("source", "english", "right"),
    [
        ("窓口の受付は17時までです。", "The counter closes at 17.00.", True),
        ("窓口の受付は17時までです。", "The counter closes at 18.00.", False),
        ("このフリーパスは2027年3月31日(水)まで有効です。", "This pass is valid until Wed 31 Mar '27.", True),
        ("このフリーパスは2026年3月31日(火)まで有効です。", "This pass is valid until Tue 31 Mar '27.", False),
        ("先着100名様に記念品を差し上げます。", "A gift awaits the first hundred customers.", True),
        ("先着200名様に記念品を差し上げます。", "A gift awaits the first hundred customers.", False),
        ("令和8年度の年間行事予定をお知らせします。", "Here is the calendar for the 2026–2027 school year.", True),
        ("令和8年度の年間行事予定をお知らせします。", "Here is the calendar for the 2025–2026 school year.", False),
        ("長さは6.30〜8.15メートルです。", "Lengths: 6.30 to 8.15 metres.", True),
        # (red team 46) two times with a full stop as a range; round hundreds said with a count word
        ("お問い合わせ窓口　受付時間：9:00～17:00", "Customer enquiries: 9.00 to 17.00.", True),
        ("お問い合わせ窓口　受付時間：9:00～17:00", "Customer enquiries: 9.00 to 18.00.", False),
        ("開館時間 9時30分～17時", "Opening hours 9.30–17.00", True),
        ("先着1,500名様に記念うちわを配布します。", "Fans for the first fifteen hundred visitors.", True),
        ("先着1,500名様に記念うちわを配布します。", "Fans for the first twelve hundred visitors.", False),
        # (build11) a label's colon before a clock; a kanji numeral before 営業日
        ("電話受付時間：9:00～17:00（土日祝を除く）", "Phone lines open: 9:00 a.m. to 5:00 p.m.", True),
        ("電話受付時間：9:00～17:00（土日祝を除く）", "Phone lines open: 10:00 a.m. to 5:00 p.m.", False),
        ("通帳の再発行には、三営業日ほどお時間をいただきます。", "Reissuing takes about three business days.", True),
        ("通帳の再発行には、三営業日ほどお時間をいただきます。", "Reissuing takes about five business days.", False),
    ],
)
def test_values_professionals_write_are_read(source, english, right):
    assert accepted(source, english) == right
