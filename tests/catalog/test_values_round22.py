"""Values of the twenty-second round (issue 21): what red teams 37 and 38 got through the gate, read.

- business days (営業日, 業務日, 稼働日, 開庁日) are a unit of their own, never calendar days: "within 3 days" is no
  translation of 3営業日以内, and a span at its shortest (最短2営業日) is no bound from above;
- a bound said after the span ("2 business days max", "30 minutes at most", "3 days minimum");
- a range of weekdays said the other way round ("Friday to Monday" for 月曜日から金曜日まで);
- the ends of two ranges traded ("9 a.m. to 1 p.m. and noon to 6 p.m." for 午前9時〜12時、午後1時〜6時), where the
  English may still say the span across them and the break between them;
- a range said as an opening and a closing, each at the other end ("opens at 5:15 p.m. and closes at 8:30 a.m.");
- 平日 said as every day but Sunday.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import decide

NO_TERMS = Glossary({}, ())
CONTACT = "3営業日以内にご連絡します。"
SHORTEST = "名刺は最短2営業日で発送いたします。"
HOURS = "受付時間は午前9時〜12時、午後1時〜6時です。"
WEEKDAYS = "お問い合わせ窓口の受付は月曜日から金曜日までです。"
COUNTER = "窓口は8時30分から17時15分まで開いています。"
CLINIC = "当院は平日19時まで診療しております。"

ACCEPTED = [
    (CONTACT, "We will contact you within 3 business days."),
    (CONTACT, "We will contact you within three working days."),
    (SHORTEST, "Business cards ship in as little as two business days."),
    ("ご注文から最短5営業日でお届けします。", "We can deliver as soon as five business days after you order."),
    ("旅券の交付は、申請日から起算して5業務日後となります。", "Passports are ready five working days after you apply."),
    ("通常3〜5営業日でお届けします。", "Delivery usually takes 3 to 5 business days."),
    ("毎月第3営業日に送付します。", "We send it on the third business day of each month."),
    ("30分以内にお戻りください。", "Please come back in 30 minutes at most."),
    ("最短3日で発送します。", "We ship in 3 days minimum."),
    (
        "挙式日の180日前以降のキャンセルには、キャンセル料が発生いたします。",
        "Cancellations made 180 days or less before the wedding date incur a fee.",
    ),
    (WEEKDAYS, "The inquiry desk is open Monday to Friday."),
    ("金曜日から月曜日まで休業します。", "We are closed from Friday to Monday."),
    (HOURS, "Reception hours are from 9 a.m. to noon and from 1 p.m. to 6 p.m."),
    (HOURS, "Reception hours are 9 a.m. to 6 p.m., closed from noon to 1 p.m."),
    (
        "診療時間は9時〜12時、14時〜18時です。",
        "Consultation hours are 9 a.m. to 12 p.m. and 2 p.m. to 6 p.m. (closed from noon to 2 p.m.).",
    ),
    ("受付時間は9時〜18時（12時〜13時は休憩）です。", "Reception hours are 9:00–12:00 and 13:00–18:00."),
    (COUNTER, "The counter opens at 8:30 a.m. and closes at 5:15 p.m."),
    ("夜間窓口は17時から翌8時30分まで開いています。", "The night counter opens at 5 p.m. and closes at 8:30 a.m."),
    (CLINIC, "We see patients until 7 p.m. on weekdays."),
    (CLINIC, "We see patients until 7 p.m. every day except Saturdays and Sundays."),
    ("当院は日曜日を除き19時まで診療しております。", "We see patients until 7 p.m. every day except Sunday."),
]

REFUSED = [
    (CONTACT, "We will contact you within 3 days."),
    (SHORTEST, "Business cards ship in no more than two business days."),
    (SHORTEST, "Business cards ship in 2 business days max."),
    ("最短2日で発送いたします。", "We ship in 2 days max."),
    ("3日以内にご連絡します。", "We will contact you within 3 business days."),
    (WEEKDAYS, "The inquiry desk is open Friday to Monday."),
    (HOURS, "Reception hours are from 9 a.m. to 1 p.m. and from noon to 6 p.m."),
    ("受付時間は9:00〜12:00、13:00〜18:00です。", "Reception: between 9:00 and 13:00, and between 12:00 and 18:00."),
    (COUNTER, "The counter opens at 5:15 p.m. and closes at 8:30 a.m."),
    (CLINIC, "We see patients until 7 p.m. every day except Sunday."),
]


@pytest.mark.parametrize("source,english", ACCEPTED)
def test_the_gate_accepts(source, english):
    assert check_unit(source, english, NO_TERMS) == []


@pytest.mark.parametrize("source,english", REFUSED)
def test_the_gate_refuses(source, english):
    assert check_unit(source, english, NO_TERMS)


@pytest.mark.parametrize(
    "old,old_en,new,new_en",
    [
        (
            "3営業日以内にご連絡します。",
            "We will contact you within 3 business days.",
            "5営業日以内にご連絡します。",
            "We will contact you within 5 business days.",
        ),
        (
            "最短2営業日で発送します。",
            "We ship in as little as 2 business days.",
            "最短3営業日で発送します。",
            "We ship in as little as 3 business days.",
        ),
        (
            "2営業日後に発送します。",
            "We will ship it 2 business days later.",
            "1営業日後に発送します。",
            "We will ship it 1 business day later.",
        ),
        (
            "旅券の交付は、申請日から起算して5業務日後となります。",
            "Passports will be ready for collection five working days after the date of application.",
            "旅券の交付は、申請日から起算して7業務日後となります。",
            "Passports will be ready for collection seven working days after the date of application.",
        ),
        (
            "30分以内にお戻りください。",
            "Please come back in 30 minutes at most.",
            "45分以内にお戻りください。",
            "Please come back in 45 minutes at most.",
        ),
    ],
)
def test_a_span_of_business_days_and_a_bound_after_it_are_rewritten(old, old_en, new, new_en):
    decision = decide(old, old_en, new)
    assert (decision.kind, decision.translation) == ("auto", new_en)
