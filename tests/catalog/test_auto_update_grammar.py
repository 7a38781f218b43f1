"""Auto-updates of entity-only edits (issue 21): rewritten right in the translator's form, or declined, never wrong.

A declined update stays a fuzzy suggestion (or, when the relation of a duration changed, is not offered at all);
every update written is accepted by the gate.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import AUTO, FLIP_KINDS, FUZZY, decide

NO_GLOSSARY = Glossary({}, ())


@pytest.mark.parametrize(
    "old_src,new_src,old_tr,new_tr",
    [
        # Times past 24:00, in the translator's clock.
        ("25時30分に終了します。", "26時に終了します。", "Ends at 1:30 AM.", "Ends at 2:00 AM."),
        ("25時30分に終了します。", "26時に終了します。", "Ends at 25:30.", "Ends at 26:00."),
        (
            "24時から25時30分まで実施します。",
            "24時から26時まで実施します。",
            "From midnight to 1:30 AM.",
            "From midnight to 2:00 AM.",
        ),
        (
            "7月14日23時に終了します。",
            "7月14日25時に終了します。",
            "Ends at 23:00 on July 14.",
            "Ends at 25:00 on July 14.",
        ),
        # Counts agree with their noun, both ways, with the verb.
        (
            "クーポンを1枚配布します。",
            "クーポンを2枚配布します。",
            "We will give 1 voucher.",
            "We will give 2 vouchers.",
        ),
        (
            "クーポンを2枚配布します。",
            "クーポンを1枚配布します。",
            "We will give 2 vouchers.",
            "We will give 1 voucher.",
        ),
        (
            "未発送の注文が1件あります。",
            "未発送の注文が3件あります。",
            "There is 1 unfilled order.",
            "There are 3 unfilled orders.",
        ),
        (
            "臨時列車を1本運行します。",
            "臨時列車を4本運行します。",
            "1 extra train will run.",
            "4 extra trains will run.",
        ),
        ("入場は1名までです。", "入場は3名までです。", "1 person may enter.", "3 people may enter."),
        ("入場は2名までです。", "入場は1名までです。", "2 people may enter.", "1 person may enter."),
        ("残りは2席です。", "残りは1席です。", "There are 2 seats left.", "There is 1 seat left."),
        # Dates with their weekday, lists and ranges of them.
        (
            "2月14日(水)に停止します。",
            "2月15日(木)に停止します。",
            "Unavailable on Wed, Feb 14.",
            "Unavailable on Thu, Feb 15.",
        ),
        (
            "2月14日(水)に停止します。",
            "2月15日(木)に停止します。",
            "Unavailable on February 14 (Wed).",
            "Unavailable on February 15 (Thu).",
        ),
        (
            "2月14日(水)と21日(水)に停止します。",
            "2月15日(木)と22日(木)に停止します。",
            "Unavailable on Wednesday, February 14 and Wednesday, February 21.",
            "Unavailable on Thursday, February 15 and Thursday, February 22.",
        ),
        (
            "2月14日(水)〜16日(金)に停止します。",
            "2月15日(木)〜17日(土)に停止します。",
            "Unavailable from Wednesday, February 14 to Friday, February 16.",
            "Unavailable from Thursday, February 15 to Saturday, February 17.",
        ),
        (
            "2月14日〜16日に停止します。",
            "2月15日〜17日に停止します。",
            "Closed February 14–16.",
            "Closed February 15–17.",
        ),
        # Separators and money.
        ("手数料は1,000円です。", "手数料は1,500円です。", "The fee is ¥1,000.", "The fee is ¥1,500."),
        ("手数料は1000円です。", "手数料は1500円です。", "The fee is 1,000 yen.", "The fee is 1,500 yen."),
        ("総額は3億円です。", "総額は4億円です。", "The total is 300 million yen.", "The total is 400 million yen."),
        ("総額は3億円です。", "総額は3.5億円です。", "The total is ¥300 million.", "The total is ¥350 million."),
        # Noun adjuncts before the counted noun; ranges of durations.
        (
            "お詫びとしてボーナスチケットを3枚配布します。",
            "お詫びとしてボーナスチケットを1枚配布します。",
            "We will give 3 bonus coupons as an apology.",
            "We will give 1 bonus coupon as an apology.",
        ),
        (
            "返金まで4〜6日かかります。",
            "返金まで1〜2日かかります。",
            "Refunds take 4 to 6 days.",
            "Refunds take 1 to 2 days.",
        ),
        # A weekday alone, plural kept.
        (
            "毎週土曜日の午後2時から開催します。",
            "毎週日曜日の午後3時から開催します。",
            "Held every Saturday from 2:00 p.m.",
            "Held every Sunday from 3:00 p.m.",
        ),
        ("月曜日は休館です。", "火曜日は休館です。", "Closed on Mondays.", "Closed on Tuesdays."),
        # A number that names (a flight, a room) is never grouped; a count is, as English groups it.
        ("456便は遅延しています。", "1000便は遅延しています。", "Flight 456 is delayed.", "Flight 1000 is delayed."),
        ("手数料は500円です。", "手数料は1500円です。", "The fee is 500 yen.", "The fee is 1,500 yen."),
        (
            "約10分遅れています。",
            "約1500分遅れています。",
            "Running about 10 minutes late.",
            "Running about 1,500 minutes late.",
        ),
        # Kanji numerals.
        (
            "三日以内にご返送ください。",
            "五日以内にご返送ください。",
            "Return it within 3 days.",
            "Return it within 5 days.",
        ),
        (
            "障害のお知らせ(第一報)",
            "障害のお知らせ(第二報)",
            "Incident notice (first report)",
            "Incident notice (second report)",
        ),
        # Two values that read alike (20名, 2割 = 20%): the rate meets the percentage, the count the count.
        (
            "10名以上のご予約で、料金が1割引きになります。",
            "8名以上のご予約で、料金が2割引きになります。",
            "Bookings of 10 or more people get 10% off.",
            "Bookings of 8 or more people get 20% off.",
        ),
        (
            "10名以上のご予約で、料金が1割引きになります。",
            "12名以上のご予約で、料金が1割引きになります。",
            "Bookings of 10 or more people get 10 percent off.",
            "Bookings of 12 or more people get 10 percent off.",
        ),
        (
            "10名以上のご予約で、料金が10パーセント引きになります。",
            "10名以上のご予約で、料金が15パーセント引きになります。",
            "Bookings of 10 or more people get 10% off.",
            "Bookings of 10 or more people get 15% off.",
        ),
        # A duration that gains or loses its minutes.
        (
            "点検には約1時間15分かかります。",
            "点検には約3時間かかります。",
            "The inspection takes about 1 hour and 15 minutes.",
            "The inspection takes about 3 hours.",
        ),
        (
            "点検には約3時間かかります。",
            "点検には約2時間45分かかります。",
            "The inspection takes about 3 hours.",
            "The inspection takes about 2 hours and 45 minutes.",
        ),
        (
            "点検には約3時間かかります。",
            "点検には約1時間30分かかります。",
            "The inspection takes about three hours.",
            "The inspection takes about one and a half hours.",  # a half hour, beside hours in words
        ),
        (
            "点検には約3時間かかります。",
            "点検には約1時間20分かかります。",
            "The inspection takes about three hours.",
            "The inspection takes about one hour and twenty minutes.",
        ),
        # Grouped 万円 amounts, in yen written out.
        (
            "上限は1,500万円、自己負担は15万円です。",
            "上限は1,800万円、自己負担は20万円です。",
            "The cap is ¥15,000,000 and the co-payment is ¥150,000.",
            "The cap is ¥18,000,000 and the co-payment is ¥200,000.",
        ),
        # A noun used as a name before the counted noun, unknown to the lexicon.
        (
            "参加者には毎週スタンプカードを1枚お渡しします。",
            "参加者には毎週スタンプカードを2枚お渡しします。",
            "Participants receive 1 kamishibai card every week.",
            "Participants receive 2 kamishibai cards every week.",
        ),
        # A count crossing 1, with "it" only in another sentence: rewritten.
        (
            "駐輪場を1か所設けます。",
            "駐輪場を3か所設けます。",
            "Racks stand at 1 site. It is free.",
            "Racks stand at 3 sites. It is free.",
        ),
        (
            "今月は1冊まで借りられます。",
            "今月は3冊まで借りられます。",
            "You may borrow 1 book this month.",
            "You may borrow 3 books this month.",
        ),
        # A rate's unchanged one, beside values that change.
        (
            "面談は1回20分、1,100円です。",
            "面談は1回40分、2,200円です。",
            "Interviews last 20 minutes and cost 1,100 yen.",
            "Interviews last 40 minutes and cost 2,200 yen.",
        ),
    ],
)
def test_an_entity_only_edit_is_rewritten_right(old_src, new_src, old_tr, new_tr):
    decision = decide(old_src, old_tr, new_src)
    assert (decision.kind, decision.translation) == (AUTO, new_tr)
    assert check_unit(new_src, decision.translation, NO_GLOSSARY) == []


@pytest.mark.parametrize(
    "old_src,new_src,old_tr",
    [
        # The relation of a duration is meaning: never rewritten, not even offered.
        ("3日以内にご返送ください。", "5日後にご返送ください。", "Please return it within 3 days."),
        # A time moved across midnight in a sentence that names its day: which day is it now?
        ("23時に終了します。", "25時に終了します。", "Ends at 11 PM on July 14."),
        ("23時に終了します。", "25時に終了します。", "Ends at 11 PM tonight."),
        # 午後12時: noon to some writers, midnight to others.
        ("午後11時に終了します。", "午後12時に終了します。", "Ends at 11:00 PM."),
        # Counts whose noun phrase kokuchi cannot make agree.
        ("対象は1件です。", "対象は3件です。", "1 voucher(s) per customer."),
        ("対象は1件です。", "対象は3件です。", "1 (one) voucher per customer."),
        ("対象は1件です。", "対象は3件です。", "There is 1 voucher that is valid today."),
        ("対象は1件です。", "対象は3件です。", "There is 1 voucher, which is valid today."),
        ("対象は1件です。", "対象は3件です。", "1 seat remains."),
        ("対象は1件です。", "対象は3件です。", "We found 1 affected user account group record."),
        ("対象は1件です。", "対象は3件です。", "1 or more."),
        ("対象は1件です。", "対象は3件です。", "1 item ships today."),
        ("対象は1件です。", "対象は3件です。", "1 item remains."),
        # A date whose weekday the new source no longer names, written with it: declined, never "Saturday the 4th".
        ("3日(土)に開催します。", "4日に開催します。", "Held on Saturday the 3rd."),
        ("3日(土)に開催します。", "4日(日)に開催します。", "Held on the 3rd (Sat)."),
        # A weekday the translation says by another word.
        ("月曜日は休館です。", "火曜日は休館です。", "Closed on weekdays."),
        # A span in words with its half, to a value no whole or half hours: kokuchi does not rewrite it.
        ("1時間半かかります。", "1時間45分かかります。", "It takes an hour and a half."),
        # A count that crosses one in a sentence with another singular phrase that may have to agree with it.
        ("駐輪場を1か所設けます。", "駐輪場を3か所設けます。", "A bicycle rack will be placed at 1 site."),
        ("駐輪場を1か所設けます。", "駐輪場を3か所設けます。", "An attendant staffs 1 site."),
        ("駐輪場を1か所設けます。", "駐輪場を3か所設けます。", "One guard watches 1 site."),
        ("駐輪場を3か所設けます。", "駐輪場を1か所設けます。", "It will be open at 3 sites."),
        ("駐輪場を3か所設けます。", "駐輪場を1か所設けます。", "We open 3 sites; this is temporary."),
        ("駐輪場を3か所設けます。", "駐輪場を1か所設けます。", "Bicycles may park at 3 sites, and this is free."),
        # Two values that read alike and are both counts: which is which?
        ("10名の枠を10日間設けます。", "12名の枠を10日間設けます。", "10 slots, 10 of them reserved."),
        # Minutes and seconds are two Japanese values, not one.
        ("作業は5分30秒です。", "作業は6分30秒です。", "It takes 5 minutes and 30 seconds."),
        ("駐輪場を3か所設けます。", "駐輪場を1か所設けます。", "These racks stand at 3 sites."),
        ("駐輪場を3か所設けます。", "駐輪場を1か所設けます。", "Racks stand at 3 sites; they are free."),
        # A duration written with a hyphen cannot gain minutes.
        ("点検は2時間です。", "点検は2時間30分です。", "A 2-hour inspection."),
        # A range whose end moves into another month.
        ("2月14日〜16日に停止します。", "2月15日〜3月1日に停止します。", "Closed February 14–16."),
    ],
)
def test_an_update_that_cannot_be_made_right_declines(old_src, new_src, old_tr):
    decision = decide(old_src, old_tr, new_src)
    assert decision.kind == FUZZY and decision.translation == old_tr or decision.kind in FLIP_KINDS


@pytest.mark.parametrize(
    "old_tr,right",
    [
        ("We will give 1 voucher per customer.", "We will give 3 vouchers per customer."),
        ("Only 1 seat is left.", "Only 3 seats are left."),
        ("1 new case was reported.", "3 new cases were reported."),
        ("Submit 1 sheet of paper.", "Submit 3 sheets of paper."),
        ("1 item has been shipped.", "3 items have been shipped."),
        ("1 person per household.", "3 people per household."),
        ("There was 1 inquiry.", "There were 3 inquiries."),
        ("1 fish.", "3 fish."),
        ("1 staff.", "3 staff."),
        ("1 express train.", "3 express trains."),
    ],
)
def test_a_count_is_written_as_english_agrees_or_declined(old_tr, right):
    decision = decide("対象は1件です。", old_tr, "対象は3件です。")
    assert decision.translation == (right if decision.kind == AUTO else old_tr)
    assert decision.kind in (AUTO, FUZZY)
