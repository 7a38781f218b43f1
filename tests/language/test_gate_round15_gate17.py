"""The gate and values English names without digits (issue 21, fifteenth round: gate17).

Each family the gate now reads is accepted in sentences of several domains (new sentences, not the corpus's), and
the same phrase beside another value, or the same sentence with a wrong value, is refused: the gate must never
accept a wrong value to accept a correct one.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import decide


def refused(source: str, english: str) -> bool:
    return bool(check_unit(source, english, Glossary({}, ())))


ACCEPTED = [
    # around the clock, 24/7: 24時間 (and 24時間365日)
    ("救急外来は24時間受け付けています。", "The emergency department is open around the clock."),
    ("コールセンターは24時間対応です。", "Our helpline is staffed round-the-clock."),
    ("ATMは24時間365日ご利用いただけます。", "ATMs are available 24/7."),
    ("監視カメラが24時間作動しています。", "CCTV operates 24/7."),
    # a count of meals said by naming them
    ("1泊2食付きで9,800円です。", "¥9,800 a night with breakfast and dinner."),
    ("1泊2食付きプランをご用意しています。", "Half-board plans are available."),
    ("合宿は3食付きです。", "The training camp includes breakfast, lunch and dinner."),
    # three sides named
    ("宅配便は3辺の合計が160cmまでです。", "Parcels may measure up to 160 cm, length + width + height."),
    ("3辺の合計が100cm以内のスーツケース", "Suitcases up to 100 cm in total of height, width and depth"),
    # a validity that ends
    ("リンクは30分間有効です。", "The link expires after 30 minutes."),
    ("整理券は発行から15分間有効です。", "Numbered tickets expire after 15 minutes."),
    # the first N days (after an event): a span from the start
    ("登録後最初の7日間は無料です。", "The first seven days after sign-up are free."),
    # a weekday before each day of a range or pair before its month
    ("3月2日(月)から3月6日(金)まで休館します。", "Closed Mon 2 – Fri 6 March."),
    ("11月22日(土)・23日(日)に開催します。", "Held on Sat. 22 and Sun. 23 November."),
    ("5月9日(土)・10日(日)は予約で満席です。", "The weekend of 9–10 May is fully booked."),
    # 1日 before what a day holds: per day
    ("1日の貸出上限は5冊です。", "The daily borrowing limit is five books."),
    ("1日最大料金は900円です。", "The daily maximum charge is ¥900."),
    # 0歳, 10代, a fiscal year written 2026/27
    ("0歳児の入園は生後8週からです。", "Babies under one are admitted from eight weeks old."),
    ("10代の利用者が増えています。", "More teenagers are using the service."),
    ("2025年度の決算を発表しました。", "We have published our results for 2025/26."),
    # every day: 7 days a week, 365 days a year
    ("年中無休で営業しています。", "Open seven days a week."),
    ("毎日営業しています。", "Open 365 days a year."),
    # a room for two, one pack holding its count
    ("2名1室の場合の料金です。", "Rates are for a twin room."),
    ("電池は1パック(4本入り)480円です。", "Batteries cost ¥480 per pack of 4."),
]

REFUSED = [
    # the phrase beside another value
    ("救急外来は12時間受け付けています。", "The emergency department is open around the clock."),
    ("受付は24時間以内に行ってください。", "Registration is open around the clock."),
    ("ATMは平日ご利用いただけます。", "ATMs are available 24/7."),
    ("ATMは365日ご利用いただけます。", "ATMs are available 24/7."),
    ("1泊3食付きで9,800円です。", "¥9,800 a night with breakfast and dinner."),
    ("1泊2食付きで9,800円です。", "¥9,800 a night, full board."),
    ("2名様で9,800円です。", "¥9,800 with breakfast and dinner."),
    ("宅配便は2辺の合計が160cmまでです。", "Parcels may measure up to 160 cm, length + width + height."),
    ("リンクは30分間有効です。", "The link expires after 60 minutes."),
    ("リンクは30分以内に開いてください。", "The link expires after 30 minutes."),
    ("登録後最初の7日間は無料です。", "The first eight days after sign-up are free."),
    ("登録7日後から有料です。", "The first seven days after sign-up are free."),
    ("3月2日(月)から3月6日(金)まで休館します。", "Closed Tue 2 – Fri 6 March."),
    ("3月2日(月)から3月6日(金)まで休館します。", "Closed Mon 2 – Fri 6 April."),
    ("3月2日(月)から3月6日(金)まで休館します。", "Closed Mon 2 – Fri 7 March."),
    ("11月22日(土)・23日(日)に開催します。", "Held on Sat. 22 and Sun. 24 November."),
    ("1日の貸出上限は5冊です。", "The daily borrowing limit is six books."),
    ("1日は休館です。", "Closed daily."),
    ("1日の朝は休館です。", "Closed daily in the morning."),
    ("1歳児の入園は生後12か月からです。", "Babies under one are admitted from twelve months old."),
    ("0歳児の入園は生後8週からです。", "Babies under two are admitted from eight weeks old."),
    ("20代の利用者が増えています。", "More teenagers are using the service."),
    ("10名の利用者がいます。", "There are teenagers using the service."),
    ("2025年度の決算を発表しました。", "We have published our results for 2026/27."),
    ("2025年の決算を発表しました。", "We have published our results for 2025/26."),
    ("平日のみ営業しています。", "Open seven days a week."),
    ("週6日営業しています。", "Open 7 days a week."),
    ("2名1室の場合の料金です。", "Rates are for a single room."),
    ("電池は1パック(4本入り)480円です。", "Batteries cost ¥480 per pack of 6."),
    ("電池は2パック(4本入り)480円です。", "Batteries cost ¥480 per pack of 4."),
    ("電池は1パック(4本入り)480円です。", "Batteries cost ¥480 in packs of 4."),
]


@pytest.mark.parametrize(("source", "english"), ACCEPTED)
def test_a_value_named_without_digits_is_accepted(source, english):
    assert not refused(source, english), check_unit(source, english, Glossary({}, ()))


@pytest.mark.parametrize(("source", "english"), REFUSED)
def test_the_same_phrase_beside_another_value_is_refused(source, english):
    assert refused(source, english)


@pytest.mark.parametrize(
    ("previous", "source", "english"),
    [
        (
            "大浴場は24時間ご利用いただけます。",
            "大浴場は12時間ご利用いただけます。",
            "The bath is open around the clock.",
        ),
        ("1泊2食付きです。", "1泊3食付きです。", "Includes dinner and breakfast."),
    ],
)
def test_an_update_never_keeps_a_named_value(previous, source, english):
    """The words name the old value: after the edit the English is refused and never reused as it is."""
    assert not refused(previous, english)
    assert refused(source, english)
    assert decide(previous, english, source).kind != "auto"
