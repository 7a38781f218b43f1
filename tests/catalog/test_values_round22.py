"""Values of the twenty-second round (issue 21): what red teams 37 and 38 got through the gate, read.

- business days (営業日, 業務日, 稼働日, 開庁日) are a unit of their own, never calendar days: "within 3 days" is no
  translation of 3営業日以内, and a span at its shortest (最短2営業日) is no bound from above;
- a bound said after the span ("2 business days max", "30 minutes at most", "3 days minimum");
- a range of weekdays said the other way round ("Friday to Monday" for 月曜日から金曜日まで);
- the ends of two ranges traded ("9 a.m. to 1 p.m. and noon to 6 p.m." for 午前9時〜12時、午後1時〜6時), where the
  English may still say the span across them and the break between them;
- a range said as an opening and a closing, each at the other end ("opens at 5:15 p.m. and closes at 8:30 a.m.");
- 平日 said as every day but Sunday;
- from red team 39 and the round's value set (heldout34.yaml), each read after its first measure: "tops"; a bound
  with the side of its event ("90 days or less before", "21 days or more before"); 最長 no minimum; 翌営業日 no
  "next day"; days counted with the closed days left out (土日祝日を除く3日以内, "excluding weekends and holidays");
  診療日 and 開館日; "Fri–Mon"; a truck's 2t ("2-ton");
- a list said one value a sentence (大人1,500円です。小学生は700円となります), its owners read on the side each English
  sentence names them; values and owners each in a row, then "respectively", paired in order;
- 15歳未満 said as the end of a range that holds 15 ("aged 7 to 15");
- from red team 40, read after its first measure: "till", "opens its doors at", "or under", "at the latest", "at the
  earliest", "no earlier than … before", a range said as two values, a label in brackets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import decide
from kokuchi.project import yamlio

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


WEDDING = "挙式日の90日前までのキャンセルは、キャンセル料はかかりません。"
SHIPPING = "ご注文の商品は、土日祝日を除く3日以内に発送いたします。"
POWER = "電気のご使用開始のお手続きは、お申し込みから最長5営業日で完了いたします。"
TRANSFER = "15時以降のお振込みは、翌営業日のお取扱いとなります。"


@pytest.mark.parametrize(
    "source,translation,accepted",
    [
        (
            "お振込みの組戻し手続きには、最短2営業日を要します。",
            "Cancelling a transfer takes 2 business days tops.",
            False,
        ),
        (WEDDING, "Cancellations made 90 days or less before the wedding are free of charge.", False),
        (WEDDING, "Cancellations made 90 days or more before the wedding are free of charge.", True),
        (
            "ご出発の21日前までのお取り消しには、取消料はかかりません。",
            "No fee if you cancel 21 days or more before departure.",
            True,
        ),
        (
            "予約時間を15分以上過ぎた場合は、キャンセルとさせていただきます。",
            "If you arrive 15 minutes or more after your appointment time, it will be treated as a cancellation.",
            True,
        ),
        (POWER, "Setting up your electricity service requires a 5-business-day minimum from your application.", False),
        (POWER, "Setting up your electricity service takes up to 5 business days from your application.", True),
        (TRANSFER, "Transfers made after 3 p.m. will be processed the next day.", False),
        (TRANSFER, "Transfers made after 3 p.m. will be processed on the next business day.", True),
        (SHIPPING, "Your order will be shipped within 3 days.", False),
        (SHIPPING, "Your order will be shipped within 3 days, excluding weekends and holidays.", True),
        (SHIPPING, "Your order will be shipped within 3 business days.", True),
        ("3日以内に発送いたします。", "We ship within 3 days (excluding weekends).", False),
        (
            "検査結果は、検査日から7診療日以内にお知らせいたします。",
            "We will inform you of your results within 7 days.",
            False,
        ),
        ("検査結果は、検査日から7診療日以内にお知らせいたします。", "We will tell you within 7 clinic days.", True),
        ("予約資料の取置期間は、開館日7日間です。", "Reserved items are held for 7 days.", False),
        ("この列車は、月曜日から金曜日まで運転いたします。", "This train runs Fri–Mon.", False),
        ("この列車は、月曜日から金曜日まで運転いたします。", "This train runs Mon–Fri.", True),
        ("2tトラック1台でお伺いします。", "We will come with one 2-ton truck.", True),
        ("接種から1年以内の方", "those vaccinated within the past year", True),
        ("接種から1年以内の方", "those vaccinated within the past month", False),
        ("接種後2週間以上経過した方", "those vaccinated no less than two weeks ago", True),
        ("接種後2週間以上経過した方", "those vaccinated two weeks ago", False),
    ],
)
def test_red_team_39s_readings(source, translation, accepted):
    assert (check_unit(source, translation, NO_TERMS) == []) is accepted


def test_days_with_the_closed_days_left_out_keep_the_writers_words():
    decision = decide(
        SHIPPING, "We ship within 3 days, excluding weekends and holidays.", SHIPPING.replace("3日", "5日")
    )
    assert (decision.kind, decision.translation) == ("auto", "We ship within 5 days, excluding weekends and holidays.")


# heldout34.yaml, read in this round after its first measure: no correct translation refused (a truck's 2t; "within
# the past year" for 1年以内, "no less than 10 days ago" for 10日以上経過, read since), and no value written wrong.
VALUE_SET = Path(__file__).parent.parent / "data" / "safety" / "heldout34.yaml"
READ_VALUE_CASES = yamlio.parse_config(VALUE_SET.read_bytes(), VALUE_SET.name).data


@pytest.mark.parametrize("case", READ_VALUE_CASES, ids=[case["id"] for case in READ_VALUE_CASES])
def test_the_round_value_set_is_accepted_and_no_value_written_wrong(case):
    assert check_unit(case["old"], case["old_en"], NO_TERMS) == []
    assert check_unit(case["new"], case["new_en"], NO_TERMS) == []
    decision = decide(case["old"], case["old_en"], case["new"])
    assert decision.kind != "kept"
    if decision.kind == "auto":
        assert check_unit(case["new"], decision.translation, NO_TERMS) == []


ADMISSION = "入浴料金は大人480円です。なお、小学生は180円となります。"


@pytest.mark.parametrize(
    "source,translation,accepted",
    [
        (ADMISSION, "Bath admission is ¥480 for adults. Elementary school children pay ¥180.", True),
        (ADMISSION, "Bath admission is ¥180 for adults. Elementary school children pay ¥480.", False),
        (
            "入園料は大人1,500円です。小学生は700円となります。",
            "Admission is ¥700 for adults and ¥1,500 for elementary school children.",
            False,
        ),
        (
            "入園料は大人1,500円です。小学生は700円となります。",
            "Admission is ¥1,500 for adults and ¥700 for elementary school children.",
            True,
        ),
        # one English sentence, its a.m. and p.m. no sentence's end: one side for all its values, or none read
        (
            "イルカショーは平日が11時と14時、土日祝日は10時30分・13時・15時30分の開催です。",
            "Dolphin shows are held at 11:00 a.m. and 2:00 p.m. on weekdays, and at 10:30 a.m., 1:00 p.m. and 3:30 p.m."
            " on weekends and public holidays.",
            True,
        ),
        (
            "レッスン時間は、午前クラスが10時〜12時30分、夜クラスが19時〜21時30分です。",
            "Morning classes run from 10:00 a.m. to 12:30 p.m., and evening classes from 7:00 to 9:30 p.m.",
            True,
        ),
    ],
)
def test_a_list_said_a_value_a_sentence_is_bound(source, translation, accepted):
    assert (check_unit(source, translation, NO_TERMS) == []) is accepted


ZOO = "入園料は大人800円、子ども400円です。"
SYRUP = "このシロップは、大人は1回10mL、7歳以上15歳未満は1回5mLを服用してください。"


@pytest.mark.parametrize(
    "source,translation,accepted",
    [
        (ZOO, "Admission is ¥400 and ¥800 for adults and children respectively.", False),
        (ZOO, "Admission is ¥800 and ¥400 for adults and children respectively.", True),
        (ZOO, "Adults and children pay ¥800 and ¥400 respectively.", True),
        (ZOO, "Adults and children pay ¥400 and ¥800 respectively.", False),
        (SYRUP, "Adults should take 10 mL per dose, and children aged 7 to 15 should take 5 mL.", False),
        (SYRUP, "Adults should take 10 mL per dose, and children aged 7 to 14 should take 5 mL.", True),
        # "up to 20" is no range's end, and the source gives 20 twice (heldout28's fishing pier)
        (
            "アジのお持ち帰りは1人20匹までとし、全長20cm未満の魚はリリースしてください。",
            "Each angler may take home up to 20 horse mackerel, and any fish under 20 cm in total length must be released.",
            True,
        ),
        (SYRUP, "Adults should take 10 mL per dose, and children aged 7 or over but under 15 should take 5 mL.", True),
    ],
)
def test_respectively_and_a_strict_bound_said_as_a_range(source, translation, accepted):
    assert (check_unit(source, translation, NO_TERMS) == []) is accepted


CHECKUPS = "集団健診は、6月10日から6月12日まで実施します。"
COUNTER_HOURS = "窓口の受付時間は、8時30分から17時15分までです。"


@pytest.mark.parametrize(
    "source,translation,accepted",
    [
        ("夏期補講は、月曜日から金曜日まで行います。", "Summer make-up classes run from Friday till Monday.", False),
        (COUNTER_HOURS, "The counter opens its doors at 17:15 and shuts them at 8:30.", False),
        (COUNTER_HOURS, "The counter opens its doors at 8:30 and shuts them at 17:15.", True),
        (
            "予約時間に15分以上遅れた場合は、キャンセルとなります。",
            "If you are 15 minutes or under late, it is a cancellation.",
            False,
        ),
        (
            "名刺は、ご入稿から最短2営業日で仕上がります。",
            "Cards are ready 2 business days at the latest after you submit.",
            False,
        ),
        (
            "名刺は、ご入稿から最短2営業日で仕上がります。",
            "Cards are ready 2 business days at the earliest after you submit.",
            True,
        ),
        (
            "保安検査場は、出発時刻の20分前までに通過してください。",
            "Pass security no earlier than 20 minutes before departure.",
            False,
        ),
        (
            "保安検査場は、出発時刻の20分前までに通過してください。",
            "Pass security no later than 20 minutes before departure.",
            True,
        ),
        (CHECKUPS, "Group health checkups will be held on June 10 and June 12.", False),
        (CHECKUPS, "Group health checkups will be held between June 10 and June 12.", True),
        (CHECKUPS, "Group health checkups will be held from June 10 to June 12.", True),
        ("いちご狩りは4月〜5月です。", "Strawberry picking is in April and May.", True),
        ("診療時間は9時〜18時（12時〜13時は休診）です。", "Consultation hours are 9:00–12:00 and 13:00–18:00.", True),
        (
            "プール利用料：【大人】400円　【中学生以下】200円",
            "Pool fees: adults ¥200, junior high school students and under ¥400.",
            False,
        ),
        (
            "プール利用料：【大人】400円　【中学生以下】200円",
            "Pool fees: adults ¥400, junior high school students and under ¥200.",
            True,
        ),
    ],
)
def test_red_team_40s_readings(source, translation, accepted):
    assert (check_unit(source, translation, NO_TERMS) == []) is accepted
