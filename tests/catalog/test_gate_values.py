"""The gate in both directions, and auto-updates that rewrite values or decline (issues 20 and 21)."""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import AUTO, FUZZY, KEPT, auto_update, decide
from kokuchi.language.entities import entity_only_change

NO_GLOSSARY = Glossary({}, ())
SOURCE_URL = "https://status.example.jp/incidents/42"


# Twenty attacks: a translation that says something its source does not, each refused.
ATTACKS = [
    # URLs: compared whole, as sets, both ways.
    (f"詳細は {SOURCE_URL} をご覧ください。", f"See https://evil.example/login?next={SOURCE_URL} for details."),
    (f"詳細は[こちら]({SOURCE_URL})をご覧ください。", f"See [details](https://evil.example/login?next={SOURCE_URL})."),
    (f"詳細は <{SOURCE_URL}> をご覧ください。", f"See <{SOURCE_URL}.evil.example/> for details."),
    (f"詳細は {SOURCE_URL} をご覧ください。", f"See {SOURCE_URL} and re-enter your password at https://evil.example/."),
    ("パスワードを再設定してください。", "Please reset your password at https://evil.example/reset."),
    ("パスワードを再設定してください。", "Please reset your password [here](https://evil.example/reset)."),
    # Values the source never says: a deadline, a date, a time, a number, an amount.
    ("パスワードを再設定してください。", "Please reset your password within 24 hours."),
    ("パスワードを再設定してください。", "Please reset your password by July 20."),
    ("パスワードを再設定してください。", "Please reset your password by 17:00 today."),
    ("パスワードを再設定してください。", "Please reset your password by midnight."),
    ("返金手続きを行います。", "We will refund 3,000 yen."),
    ("お問い合わせください。", "Call us at 0120-999-999."),
    ("午前9時に再開します。", "Resumes at 9:00 AM; please re-enter your card within 2 hours."),
    # Values changed, hidden or misread.
    ("午前7時に再開します。", "Resumes at 1\u200b7:00."),  # a zero-width space inside the number
    ("3日以内にご返送ください。", "Please return it 5 days later."),
    ("3日以内にご返送ください。", "Please return it within 5 days."),
    ("午後三時に再開します。", "Resumes at 5 PM."),
    ("障害のお知らせ(第一報)", "Incident notice (second report)"),
    ("6/9(火)に実施します。", "Carried out on Wednesday, June 9."),
    ("25時30分に終了します。", "Ends at 1:30 PM."),
]


@pytest.mark.parametrize("source,translation", ATTACKS)
def test_the_gate_refuses_a_translation_that_says_what_the_source_does_not(source, translation):
    assert check_unit(source, translation, NO_GLOSSARY), translation


def test_twenty_attacks():
    assert len(ATTACKS) == 20


@pytest.mark.parametrize(
    "source,translation",
    [
        ("2023年7月18日に公開しました。", "Published on July 18, 2023."),
        ("2023年7月18日に公開しました。", "Published on 18 July 2023."),
        ("2023年7月18日に公開しました。", "Published on 2023-07-18."),
        ("毎月27日に締め切ります。", "Closes on the 27th of each month."),
        ("10月中旬に再開します。", "Resumes in mid-October."),
        ("24時に終了します。", "Ends at 12:00 AM."),
        ("24時に終了します。", "Ends at midnight."),
        ("24時に終了します。", "Ends at 24:00."),
        ("25時30分に終了します。", "Ends at 1:30 AM."),
        ("令和8年4月1日から適用します。", "Applies from April 1, 2026."),
        ("6/9(火)に実施します。", "Carried out on Tuesday, June 9."),
        ("11月の外来は、6日、13日、20日のみです。", "In November, the clinic is open only on the 6th, 13th, and 20th."),
        ("2月14日(水)と2月21日(水)に実施します。", "On Wednesday, February 14 and Wednesday, February 21."),
        ("5月3日〜5日は休業します。", "Closed May 3–5."),
        ("1日あたりの振込限度額は200,000円です。", "The daily transfer limit is 200,000 yen."),
        ("午後三時に再開します。", "Resumes at 3 PM."),
        ("第一回検討会", "The first study group meeting"),
        ("0120-123-456までお電話ください。", "Call +81-120-123-456."),
        (f"詳細は[こちら]({SOURCE_URL})をご覧ください。", f"See [the details]({SOURCE_URL})."),
        (f"詳細は {SOURCE_URL} をご覧ください。", f"See {SOURCE_URL}."),
        ("午前10時(日本時間)に再開します。", "Resumes at 10:00 AM JST (UTC+9)."),
    ],
)
def test_the_gate_accepts_every_correct_form(source, translation):
    assert check_unit(source, translation, NO_GLOSSARY) == []


@pytest.mark.parametrize(
    "old_src,new_src,old_tr,new_tr",
    [
        ("2枚までご利用いただけます。", "1枚までご利用いただけます。", "Up to 2 vouchers.", "Up to 1 voucher."),
        ("1枚までご利用いただけます。", "2枚までご利用いただけます。", "Up to 1 voucher.", "Up to 2 vouchers."),
        (
            "カートに商品が1点入っています。",
            "カートに商品が2点入っています。",
            "There is 1 item.",
            "There are 2 items.",
        ),
        (
            "面会は2名までです。",
            "面会は1名までです。",
            "Up to 2 visitors are allowed.",
            "Up to 1 visitor is allowed.",
        ),
        (
            "2月14日(水)に停止します。",
            "2月15日(木)に停止します。",
            "Unavailable on Wednesday, February 14.",
            "Unavailable on Thursday, February 15.",
        ),
        ("毎月25日に付与します。", "毎月10日に付与します。", "Awarded on the 25th.", "Awarded on the 10th."),
        ("6月を予定しています。", "9月を予定しています。", "Scheduled for June.", "Scheduled for September."),
        ("24時12分発です。", "23時58分発です。", "Departs at 24:12.", "Departs at 23:58."),
        ("90日以内に診断", "60日以内に診断", "Diagnosed within 90 days.", "Diagnosed within 60 days."),
        ("第一回検討会", "第二回検討会", "The first meeting", "The second meeting"),
        ("令和7年度分", "令和8年度分", "For fiscal 2025", "For fiscal 2026"),
        ("5月3日〜5日", "5月4日〜6日", "From May 3 to 5", "From May 4 to 6"),
        ("200,000円です。", "2,000,000円です。", "It is 200,000 yen.", "It is 2,000,000 yen."),
    ],
)
def test_an_auto_update_rewrites_the_value_in_the_translators_form(old_src, new_src, old_tr, new_tr):
    decision = decide(old_src, old_tr, new_src)
    assert (decision.kind, decision.translation) == (AUTO, new_tr)


@pytest.mark.parametrize(
    "old_src,new_src,old_tr",
    [
        # The relation changed: "within 3 days" is no "5 days later".
        ("3日以内にご返送ください。", "5日後にご返送ください。", "Please return it within 3 days."),
        # A weekday the new source no longer names: which day is it?
        ("2月14日(水)に停止します。", "2月15日に停止します。", "Unavailable on Wednesday, February 14."),
        # A word that cannot show the new time, where the new time moves to the next day the sentence names.
        ("7月14日は23時に終了します。", "7月14日は25時に終了します。", "Ends at 11:00 PM on July 14."),
        # The count's noun cannot be made to agree (a word that is no noun after the number).
        ("1点以上", "2点以上", "1 or more"),
    ],
)
def test_an_auto_update_that_cannot_be_made_right_declines(old_src, new_src, old_tr):
    # Declined: a fuzzy suggestion, or (the relation changed) not offered at all.
    decision = decide(old_src, old_tr, new_src)
    assert decision.kind not in (AUTO, KEPT)
    assert decision.translation in (old_tr, "")
    changes = entity_only_change(old_src, new_src)
    assert changes is None or auto_update(old_tr, changes) is None


@pytest.mark.parametrize(
    "old_src,new_src,old_tr,new_tr",
    [
        # The counted noun is the head of the phrase after the number, not the adjective before it.
        (
            "未読のメッセージが1通あります。",
            "未読のメッセージが5通あります。",
            "You have 1 unread message.",
            "You have 5 unread messages.",
        ),
        (
            "臨時便を1便運航します。",
            "臨時便を3便運航します。",
            "We will operate 1 extra flight today.",
            "We will operate 3 extra flights today.",
        ),
        (
            "未読のメッセージが3通あります。",
            "未読のメッセージが1通あります。",
            "You have 3 unread messages.",
            "You have 1 unread message.",
        ),
        # A number that had no separator to copy is grouped as English groups it.
        ("手数料は500円です。", "手数料は1500円です。", "The fee is 500 yen.", "The fee is 1,500 yen."),
        # A fraction in words.
        (
            "補助額は費用の3分の1です。",
            "補助額は費用の4分の3です。",
            "It covers one-third of the cost.",
            "It covers three-quarters of the cost.",
        ),
    ],
)
def test_counts_fractions_and_separators_are_written_as_english_writes_them(old_src, new_src, old_tr, new_tr):
    decision = decide(old_src, old_tr, new_src)
    assert (decision.kind, decision.translation) == (AUTO, new_tr)


@pytest.mark.parametrize(
    "old_tr,right",
    [
        # A verb after the count agrees with it.
        ("1 message was sent and read.", "2 messages were sent and read."),
        # Words after the count that are no noun, or not only one: never pluralized ("lefts", "availables").
        ("There is 1 ticket left.", "There are 2 tickets left."),
        ("We have 1 room available.", "We have 2 rooms available."),
        ("There is 1 left.", "There are 2 left."),
        # A phrase too long to know its noun.
        ("We found 1 affected user account group record.", None),
    ],
)
def test_a_count_is_rewritten_right_or_declined(old_tr, right):
    decision = decide("対象は1件です。", old_tr, "対象は2件です。")
    assert decision.kind == FUZZY or decision.translation == right, decision.translation


# Forms of the fourth round (heldout6 and professional variants): each accepted with its right value,
# refused with a wrong one, rewritten in the translator's form or declined.
NEW_FORMS = [
    # 一度 before a clause is the adverb "once" (or nothing in English), no count; 二度と is "never again".
    ("一度扉を閉めても、再び開けることができます。", "Even after you close the door, you can open it again.", None),
    ("一度ご確認ください。", "Please check it.", None),
    ("二度とご利用いただけません。", "It can never be used again.", None),
    # 一度 that counts still needs its one.
    ("利用は一度のみです。", "It can be used only once.", "It can be used twice."),
    # N日目, N年目: the Nth day, the Nth year (an ordinal), not N days.
    ("4日目以降は荷物を撤去します。", "Items will be removed from the 4th day onward.", "from the 5th day onward."),
    (
        "4日目以降は荷物を撤去します。",
        "Items will be removed from day 4 onward.",
        "Items will be removed from day 3 onward.",
    ),
    ("3年目の更新です。", "This is the renewal in the 3rd year.", "This is the renewal in the 4th year."),
    # "the first 80 people": first before a count is no ordinal (先着80名).
    ("先着80名様に配布します。", "Given to the first 80 people.", "Given to the first 90 people."),
    # A day range written once before its month.
    ("7月8日〜10日は休業します。", "Closed 8–10 July.", "Closed 8–11 July."),
    ("7月8日〜10日は休業します。", "Closed 8 to 10 July 2026.", "Closed 8 to 10 June 2026."),
    # A month abbreviated with its period, alone or with its part.
    ("10月中旬に再開します。", "Resumes in mid-Oct.", "Resumes in mid-Nov."),
    ("2026年3月に再開します。", "Resumes in Mar. 2026.", "Resumes in Mar. 2027."),
    ("9月30日まで", "Until Sept. 30.", "Until Sept. 29."),
    # Decimal hours: 1.5時間 is an hour and a half (never a version 1.5, nor 15 hours or 1.5 days).
    ("約1.5時間かかります。", "It takes about 1.5 hours.", "It takes about 2.5 hours."),
    ("約1.5時間かかります。", "It takes about 90 minutes.", "It takes about 1.5 days."),
    ("約1.5時間かかります。", "It takes about an hour and a half.", "It takes about 15 hours."),
    # FY2025: a fiscal year written after its letters.
    ("2025年度の予算です。", "The FY2025 budget.", "The FY2026 budget."),
]


@pytest.mark.parametrize("source,right,wrong", NEW_FORMS)
def test_a_new_form_is_accepted_with_its_value_and_refused_with_another(source, right, wrong):
    assert check_unit(source, right, NO_GLOSSARY) == [], right
    if wrong is not None:
        assert check_unit(source, wrong, NO_GLOSSARY), wrong


@pytest.mark.parametrize(
    "old_src,new_src,old_tr,new_tr",
    [
        (
            "ご利用は最長3日間までとなり、4日目以降は荷物を撤去いたします。",
            "ご利用は最長7日間までとなり、8日目以降は荷物を撤去いたします。",
            "Lockers may be used for up to 3 days; items will be removed from the 4th day onward.",
            "Lockers may be used for up to 7 days; items will be removed from the 8th day onward.",
        ),
        ("2日目は自由行動です。", "3日目は自由行動です。", "On day 2, you are free.", "On day 3, you are free."),
        (
            "整理券は、お一人様1枚まで、先着80名様に配布いたします。",
            "整理券は、お一人様2枚まで、先着120名様に配布いたします。",
            "Tickets are limited to 1 per person and will be given to the first 80 people.",
            "Tickets are limited to 2 per person and will be given to the first 120 people.",
        ),
        ("7月8日〜10日は休業します。", "7月9日〜11日は休業します。", "Closed 8–10 July.", "Closed 9–11 July."),
        ("10月中旬に再開予定です。", "11月中旬に再開予定です。", "Resumes in mid-Oct.", "Resumes in mid-Nov."),
        ("申込は9月30日までです。", "申込は10月31日までです。", "Apply by Sept. 30.", "Apply by Oct. 31."),
        ("講演は90分です。", "講演は120分です。", "The talk lasts 90 min.", "The talk lasts 120 min."),
        ("作業は約1.5時間です。", "作業は約2.5時間です。", "It takes about 1.5 hours.", "It takes about 2.5 hours."),
        ("作業は約1.5時間です。", "作業は約1時間です。", "It takes about 1.5 hours.", "It takes about 1 hour."),
        ("2025年度の予算です。", "2026年度の予算です。", "The FY2025 budget.", "The FY2026 budget."),
    ],
)
def test_a_new_form_is_rewritten_in_the_translators_form(old_src, new_src, old_tr, new_tr):
    decision = decide(old_src, old_tr, new_src)
    assert (decision.kind, decision.translation) == (AUTO, new_tr)


@pytest.mark.parametrize(
    "old_src,new_src,old_tr",
    [
        # A count that stands for its noun, with a verb that agrees with it: a human must look.
        ("お一人様1枚まで配布します。", "お一人様2枚まで配布します。", "1 per person is given."),
        # "12 noon": the 12 would stay beside the new time.
        ("受付は12時に終了します。", "受付は13時に終了します。", "Reception closes at 12 noon."),
        # One month for two days: the days now fall in two months.
        ("7月8日〜10日は休業します。", "7月30日〜8月2日は休業します。", "Closed 8–10 July."),
    ],
)
def test_a_new_form_that_cannot_be_made_right_declines(old_src, new_src, old_tr):
    decision = decide(old_src, old_tr, new_src)
    assert decision.kind not in (AUTO, KEPT)


# Forms of the fifth round (heldout2..7 and build3 read): accepted with their right value, refused with a wrong one.
FIFTH_ROUND_FORMS = [
    # 二十歳 written in kanji where the text writes its values in digits is the word はたち (JMdict): the
    # translation may name the ceremony without the age; any age it writes must still be the source's.
    (
        "二十歳を祝う会は、2028年1月9日(日)に開催します。",
        "The Coming-of-Age Ceremony will be held on Sunday, January 9, 2028.",
        "The Coming-of-Age Ceremony will be held on Sunday, January 9, 2029.",
    ),
    (
        "二十歳を祝う会は、2028年1月9日(日)に開催します。",
        "The ceremony for 20-year-olds will be held on Sunday, January 9, 2028.",
        "The ceremony for 21-year-olds will be held on Sunday, January 9, 2028.",
    ),
    # Sunday the 5th: a day named with its weekday, the month said elsewhere.
    ("9月のセールは5日(日)です。", "September's sale is on Sunday the 5th.", "September's sale is on Monday the 5th."),
    ("9月のセールは5日(日)です。", "September's sale is on Sunday the 5th.", "September's sale is on Sunday the 6th."),
    # every 30 minutes, every hour: a duration per (ごと).
    ("30分ごとに200円です。", "200 yen for every 30 minutes.", "200 yen for every 40 minutes."),
    ("30分ごとに200円です。", "200 yen for every 30 minutes.", "200 yen within 30 minutes."),
    ("2時間ごとに休憩します。", "There is a break every 2 hours.", "There is a break every 3 hours."),
    ("1時間ごとに休憩します。", "There is a break every hour.", "There is a break every day."),
    ("1日ごとに更新します。", "It is updated every day.", "It is updated every week."),
    # FM78.5MHz written as a name, a number and a unit (heldout9, read after it was measured).
    ("当局の放送は、FM78.5MHzでお聴きいただけます。", "You can listen to us on FM 78.5 MHz.", "Listen on FM 79.2 MHz."),
    ("当局の放送は、FM78.5MHzでお聴きいただけます。", "You can listen to us on FM 78.5 MHz.", "Listen on FM 78 MHz."),
]


@pytest.mark.parametrize("source,right,wrong", FIFTH_ROUND_FORMS)
def test_a_fifth_round_form_is_accepted_with_its_value_and_refused_with_another(source, right, wrong):
    assert check_unit(source, right, NO_GLOSSARY) == [], right
    assert check_unit(source, wrong, NO_GLOSSARY), wrong


@pytest.mark.parametrize(
    "old_tr",
    [
        # A word after an adjective-and-noun word that may be the verb: "1 guest total", "1 free." stay declined.
        "Limited to 1 free.",
        # A verb-or-noun word after a plural noun: it may be the verb agreeing with the count.
        "3 guests sign forms.",
        # -s or -ed after one: it may be the verb.
        "1 guest signs forms.",
    ],
)
def test_a_count_whose_noun_is_unsure_still_declines(old_tr):
    old, new = (
        ("対象は3件です。", "対象は1件です。") if old_tr.startswith("3") else ("対象は1件です。", "対象は2件です。")
    )
    decision = decide(old, old_tr, new)
    assert decision.kind == FUZZY, decision.translation


def test_a_numeral_in_kanji_counts_where_the_text_writes_all_its_numbers_so():
    # No digit in the text: 二十歳 is a count like the others, and must be shown.
    assert check_unit("二十歳以上の方が対象です。", "This is for adults.", NO_GLOSSARY)
    # 三日 is みっか both to the analyzer and to JMdict: a count, even beside digits.
    assert check_unit("三日以内に2回ご連絡ください。", "Please contact us twice.", NO_GLOSSARY)


@pytest.mark.parametrize(
    "old_src,new_src,old_tr,new_tr",
    [
        # noon and midnight to another time: as the translation writes its other clock times, else CLDR's form.
        (
            "受付は12時に終了します。",
            "受付は13時に終了します。",
            "Reception closes at noon.",
            "Reception closes at 1:00 PM.",
        ),
        ("24時に終了します。", "23時に終了します。", "Ends at midnight.", "Ends at 11:00 PM."),
        (
            "10月30日(土)は、閉園時間を24時まで延長します。",
            "10月23日(土)は、閉園時間を23時まで延長します。",
            "On Saturday, October 30, closing time will be extended to midnight.",
            "On Saturday, October 23, closing time will be extended to 11:00 PM.",
        ),
        # every hour → every two hours; every 2 hours → every hour.
        (
            "1時間ごとに10分間の休憩があります。",
            "2時間ごとに15分間の休憩があります。",
            "There is a 10-minute break every hour.",
            "There is a 15-minute break every two hours.",
        ),
        ("2時間ごとに巡回します。", "1時間ごとに巡回します。", "Patrols run every 2 hours.", "Patrols run every hour."),
        # The mention that shows the changed value most closely: the duration as written, not "every 30 minutes";
        # the day with its weekday, not the 5 of "5x".
        (
            "最初の30分は無料、以降30分ごとに200円です。",
            "最初の60分は無料、以降30分ごとに200円です。",
            "The first 30 minutes are free, then 200 yen for every 30 minutes.",
            "The first 60 minutes are free, then 200 yen for every 30 minutes.",
        ),
        (
            "9月のポイント5倍デーは、5日(日)です。",
            "10月のポイント5倍デーは、5日(火)です。",
            "September's 5x Points Day is Sunday the 5th.",
            "October's 5x Points Day is Tuesday the 5th.",
        ),
        ("3日(土)に開催します。", "4日(日)に開催します。", "Held on Saturday the 3rd.", "Held on Sunday the 4th."),
        (
            "最大60秒間停止し、60秒間隔で再試行します。",
            "最大90秒間停止し、60秒間隔で再試行します。",
            "Stops for up to 60 seconds and retries every 60 seconds.",
            "Stops for up to 90 seconds and retries every 60 seconds.",
        ),
        # Counts crossing one: the noun and the verb that agrees with it (a "per" phrase between them).
        (
            "当園にて、赤ちゃんが1頭誕生しました。",
            "当園にて、赤ちゃんが3頭誕生しました。",
            "One red panda cub has been born at the zoo.",
            "Three red panda cubs have been born at the zoo.",
        ),
        (
            "チャイルドシートは2台まで無料です。",
            "チャイルドシートは1台まで無料です。",
            "Up to two child seats per reservation are provided free of charge.",
            "Up to one child seat per reservation is provided free of charge.",
        ),
        (
            "1ゲーム無料券です。",
            "2ゲーム無料券です。",
            "You get a voucher for one free game.",
            "You get a voucher for two free games.",
        ),
        ("1コマまでです。", "2コマまでです。", "Up to one time slot per room.", "Up to two time slots per room."),
        (
            "同伴者2名まで割引です。",
            "同伴者1名まで割引です。",
            "Members get a discount for up to 2 accompanying guests.",
            "Members get a discount for up to 1 accompanying guest.",
        ),
        (
            "タクシーを15台導入しました。",
            "タクシーを1台導入しました。",
            "We have introduced 15 wheelchair-accessible universal design taxis.",
            "We have introduced 1 wheelchair-accessible universal design taxi.",
        ),
    ],
)
def test_a_fifth_round_form_is_rewritten(old_src, new_src, old_tr, new_tr):
    decision = decide(old_src, old_tr, new_src)
    assert (decision.kind, decision.translation) == (AUTO, new_tr)
