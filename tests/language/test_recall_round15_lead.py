"""Issue 21, fifteenth round (lead): a start said in a clause of its own before the comma.

4月から、利用は有料となります → となっております: the start (4月から) stands before the comma, in a clause the
comparison of the changed clauses never reads, and となっております against となります said "has been charged since
April" against "will be charged from April" unseen. A proof found in the changed clauses is now read again in the
whole sentences wherever a start (から, より, 以降, 以来, 以後) ends a clause before it.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.suggest import AUTO, CHANGE, FLIP, decide


@pytest.mark.parametrize(
    "old,new,english",
    [
        # swimming pool: a fee from a month on
        (
            "来月から、プールの利用は有料となります。",
            "来月から、プールの利用は有料となっております。",
            "The pool will charge a fee from next month.",
        ),
        # clinic: appointments from a date on
        (
            "10月1日より、初診の方は予約制となります。",
            "10月1日より、初診の方は予約制となっております。",
            "From October 1, first visits will be by appointment.",
        ),
        # library: a rule from a month on, said with 以降
        (
            "4月以降、閲覧室は飲食禁止となります。",
            "4月以降、閲覧室は飲食禁止となっております。",
            "From April, food and drink will not be allowed in the reading room.",
        ),
    ],
)
def test_a_start_before_the_comma_is_read_with_the_state_reached(old: str, new: str, english: str) -> None:
    assert decide(old, english, new).kind == CHANGE


@pytest.mark.parametrize(
    "old,new,english",
    [
        # the same start, and となります said になります: the same future either way
        (
            "来月から、プールの利用は有料となります。",
            "来月から、プールの利用は有料になります。",
            "The pool will charge a fee from next month.",
        ),
        # a start before the comma, and only the notation of the clause after it changed
        (
            "10月1日より、窓口のご利用は予約制となります。",
            "10月1日より、窓口の御利用は予約制となります。",
            "From October 1, your use of the counter will be by appointment.",
        ),
    ],
)
def test_the_same_future_after_a_start_is_still_offered(old: str, new: str, english: str) -> None:
    assert decide(old, english, new).kind != CHANGE


@pytest.mark.parametrize(
    "old,new",
    [
        # nursing home: お知らせください, 知る + the causative to UniDic, is the verb 知らせる
        (
            "入居者の体調に変化があった場合は、事務所までお知らせください。",
            "入居者の体調に変化があった場合は、事務所へお知らせください。",
        ),
        # sports club: the reception desk (受付, an action's noun JMdict glosses "reception (desk)")
        (
            "ロッカーの鍵を紛失された方は、受付までお知らせください。",
            "ロッカーの鍵を紛失された方は、受付にお知らせください。",
        ),
        # ward office: the desk, and the request said with another verb of telling
        ("住所が変わった場合は、受付までご連絡ください。", "住所が変わった場合は、受付へご連絡ください。"),
    ],
)
def test_made_to_know_at_a_desk_is_told_to_it(old: str, new: str) -> None:
    assert decide(old, "Please tell the staff.", new).kind != CHANGE


@pytest.mark.parametrize(
    "old,new",
    [
        ("終了までお知らせください。", "終了へお知らせください。"),  # an event: "until", never "to"
        ("待合室までお入りください。", "待合室へお入りください。"),  # no act of telling: a limit
        ("18時まで受付でお待ちください。", "18時に受付でお待ちください。"),  # a time
        ("受付までお並びください。", "受付へお並びください。"),  # the desk, but a queue reaching it: a limit
    ],
)
def test_until_and_limits_stay_themselves(old: str, new: str) -> None:
    assert decide(old, "Please wait.", new).kind == CHANGE


@pytest.mark.parametrize(
    "old,new",
    [
        # welfare office: a state's concession
        (
            "保険証が手元にない場合でも、まずは窓口でご相談ください。",
            "保険証が手元になくても、まずは窓口でご相談ください。",
        ),
        # campsite: an action's past
        (
            "雨が降った場合でも、キャンプファイヤーは実施いたします。",
            "雨が降っても、キャンプファイヤーは実施いたします。",
        ),
        # museum: an adjective
        ("混雑している場合でも、入館制限は行いません。", "混雑していても、入館制限は行いません。"),
        # ticket office: the other way round
        ("整理券がなくても、ご入場いただけます。", "整理券がない場合でも、ご入場いただけます。"),
    ],
)
def test_a_concession_is_one_key_however_said(old: str, new: str) -> None:
    assert decide(old, "Even so, you can come in.", new).kind != CHANGE


@pytest.mark.parametrize(
    "old,new",
    [
        ("整理券がない場合は、ご入場いただけます。", "整理券がなくても、ご入場いただけます。"),  # a condition: "if"
        ("雨が降る場合でも、実施いたします。", "雨が降っても、実施いたします。"),  # an action's non-past: ahead
        ("雨が降っても、実施いたします。", "雨が降ったら、実施いたします。"),  # "even if" against "if"
        ("雨天の場合でも、実施いたします。", "雨天でも、実施いたします。"),  # a noun's で: the place's to UniDic
    ],
)
def test_conditions_and_a_noun_stay_apart_from_a_concession(old: str, new: str) -> None:
    assert decide(old, "It will be held even in the rain.", new).kind == CHANGE


def test_a_concession_denied_is_a_flip() -> None:
    decision = decide(
        "予約がある場合でも、ご入場いただけます。", "You can come in.", "予約がなくても、ご入場いただけます。"
    )
    assert decision.kind == FLIP


@pytest.mark.parametrize(
    "old,new,english,rewritten",
    [
        # seal engraver: a span said with 間, then without it
        ("手彫りの印鑑は、お渡しまで約1週間かかります。", "手彫りの印鑑は、お渡しまで約10日かかります。",
         "Hand-carved seals take about one week to be ready.", "Hand-carved seals take about ten days to be ready."),
        # repair shop: a month's span, in words, to weeks
        ("修理には1か月間ほどかかります。", "修理には3週間ほどかかります。",
         "Repairs take about a month.", "Repairs take about three weeks."),
    ],
)  # fmt: skip
def test_a_span_with_and_without_its_kan_is_rewritten(old: str, new: str, english: str, rewritten: str) -> None:
    decision = decide(old, english, new)
    assert (decision.kind, decision.translation) == (AUTO, rewritten)


@pytest.mark.parametrize(
    "old,new,english",
    [
        (
            "2週間以内にご返却ください。",
            "10日間でご返却ください。",
            "Please return it within two weeks.",
        ),  # within → for
        ("3日間休業いたします。", "3日後に再開いたします。", "We will be closed for 3 days."),  # for → after
        ("7日間ご利用いただけます。", "10日ご利用いただけます。", "You can use it for 7 days."),  # 10日: a date too
    ],
)
def test_a_span_never_becomes_another_relation(old: str, new: str, english: str) -> None:
    assert decide(old, english, new).kind != AUTO


@pytest.mark.parametrize(
    "old,new,english,rewritten",
    [
        # pet salon: hours in words, a half hour added
        ("トリミングの場合、お預かり時間はおよそ3時間です。", "トリミングの場合、お預かり時間はおよそ2時間半です。",
         "For grooming, we will look after your pet for about three hours.",
         "For grooming, we will look after your pet for about two and a half hours."),
        # hiking tour: 30分 said as digits in the source, the English in words
        ("山頂までは約2時間です。", "山頂までは約1時間30分です。",
         "It takes about two hours to reach the summit.", "It takes about one and a half hours to reach the summit."),
        # in digits, the minutes stay digits
        ("所要時間は約3時間です。", "所要時間は約2時間半です。", "It takes about 3 hours.", "It takes about 2 hours and 30 minutes."),
        # another quarter stays minutes
        ("所要時間は約2時間です。", "所要時間は約3時間15分です。",
         "It takes about two hours.", "It takes about three hours and fifteen minutes."),
    ],
)  # fmt: skip
def test_a_half_hour_in_words_is_and_a_half(old: str, new: str, english: str, rewritten: str) -> None:
    decision = decide(old, english, new)
    assert (decision.kind, decision.translation) == (AUTO, rewritten)


@pytest.mark.parametrize(
    "old,new",
    [
        # parking: the topic set off by its comma, said with に関しまして
        (
            "場内で発生した事故につきましては、責任を負いかねます。",
            "場内で発生した事故に関しまして、責任を負いかねます。",
        ),
        # clinic: について、 against については、
        ("予約の変更については、お電話で承ります。", "予約の変更について、お電話で承ります。"),
    ],
)
def test_a_topic_set_off_by_its_comma(old: str, new: str) -> None:
    assert decide(old, "As for that, see below.", new).kind != CHANGE


@pytest.mark.parametrize(
    "old,new",
    [
        ("規約について説明いたします。", "規約については説明いたします。"),  # before a verb: "about", no topic
        ("料金について、ご案内いたします。", "料金についても、ご案内いたします。"),  # "also about"
    ],
)
def test_about_before_a_verb_and_also_about_stay_themselves(old: str, new: str) -> None:
    assert decide(old, "We will explain.", new).kind == CHANGE


@pytest.mark.parametrize(
    "old,new,english",
    [
        # red team 19: the AM written once after a range's second end would move the first end
        (
            "ごみの収集は、7時から9時の間に行います。",
            "ごみの収集は、7時から13時の間に行います。",
            "Waste is collected between 7 and 9 AM.",
        ),
        ("受付は9時から11時までです。", "受付は9時から13時までです。", "Reception is open 9–11 AM."),
    ],
)
def test_a_range_whose_second_end_changes_its_half_of_the_day_declines(old: str, new: str, english: str) -> None:
    assert decide(old, english, new).kind != AUTO


def test_a_range_whose_ends_keep_their_half_is_rewritten() -> None:
    decision = decide(
        "受付は9時から11時までです。", "Reception is open from 9 to 11 a.m.", "受付は9時から10時までです。"
    )
    assert (decision.kind, decision.translation) == (AUTO, "Reception is open from 9 to 10 a.m.")


@pytest.mark.parametrize(
    "old,new,english",
    [
        # red team 19: a note in brackets after the last item is that item's
        ("お支払いは、現金とクレジットカード（一括払いのみ）がご利用いただけます。",
         "お支払いは、クレジットカードと現金（一括払いのみ）がご利用いただけます。",
         "You can pay in cash or by credit card (single payment only)."),
        # red team 19: 用 inside the last item may be said of every item
        ("ベビーカー・車椅子用スロープは、東口にございます。", "車椅子用スロープ・ベビーカーは、東口にございます。",
         "A ramp for strollers and wheelchairs is at the East Exit."),
        # red team 19: について after a person may be "under"
        ("経験豊富な講師について、基礎から学ぶことができます。", "経験豊富な講師に関して、基礎から学ぶことができます。",
         "You can learn the basics under an experienced instructor."),
        # red team 19: the desk of a day is the check-in ("by")
        ("お弁当が不要な方は、当日の受付にお知らせください。", "お弁当が不要な方は、当日の受付までお知らせください。",
         "If you do not need a boxed lunch, please tell reception on the day."),
        # red team 19: 遅くても is "at the latest", no concession
        ("遅くても、予約時間の10分前までにお越しください。", "遅い場合でも、予約時間の10分前までにお越しください。",
         "Please arrive 10 minutes before your appointment at the latest."),
        # red team 19: 14日 after a date and から is the 14th, no span
        ("5月10日から3日間、展示替えのため休館いたします。", "5月10日から14日、展示替えのため休館いたします。",
         "The museum will be closed for three days from May 10."),
    ],
)  # fmt: skip
def test_red_team_19_stays_out(old: str, new: str, english: str) -> None:
    decision = decide(old, english, new)
    assert decision.kind in (CHANGE, FLIP), decision


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "お支払いは、クレジットカードまたは電子マネーでお願いします。",
            "お支払いは、クレジットカードか電子マネーでお願いします。",
        ),
        ("お問い合わせは、電話もしくはメールでお受けします。", "お問い合わせは、電話かメールでお受けします。"),
    ],
)
def test_ka_between_two_nouns_is_or(old: str, new: str) -> None:
    assert decide(old, "By card or e-money.", new).kind != CHANGE


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "お支払いは、クレジットカードと電子マネーがご利用いただけます。",
            "お支払いは、クレジットカードか電子マネーがご利用いただけます。",
        ),
        (
            "お支払いは、クレジットカードや電子マネーがご利用いただけます。",
            "お支払いは、クレジットカードか電子マネーがご利用いただけます。",
        ),
    ],
)
def test_ka_is_no_and(old: str, new: str) -> None:
    assert decide(old, "Cards and e-money can be used.", new).kind == CHANGE


@pytest.mark.parametrize(
    "old,new",
    [
        # notary office: 方 after ご + an act + の, read ホー by UniDic, is a person, as 方 after respect's れる
        (
            "公正証書の作成を希望される方は、お電話でご予約ください。",
            "公正証書の作成をご希望の方は、お電話でご予約ください。",
        ),
        ("入会をご検討の方は、見学にお越しください。", "入会を検討される方は、見学にお越しください。"),
        # an act of one's own mind + する: the state, as ご〜の方
        (
            "体験レッスンを希望する方は、受付までお申し出ください。",
            "体験レッスンをご希望の方は、受付までお申し出ください。",
        ),
        # あらかじめ, a courtesy adverb, said 事前に (either way round)
        ("あらかじめお電話でご予約ください。", "事前にお電話でご予約ください。"),
    ],
)
def test_honoured_people_and_a_courtesy_adverb_said_otherwise(old: str, new: str) -> None:
    assert decide(old, "Those who wish to, please book by phone in advance.", new).kind != CHANGE


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "ご予約の方は、受付でお名前をお伝えください。",
            "予約する方は、受付でお名前をお伝えください。",
        ),  # booked / will book
        ("ご利用の方は、受付でお申し出ください。", "ご利用の方法は、受付でお尋ねください。"),  # people / a method
        ("あらかじめご予約ください。", "直前にご予約ください。"),  # another time, no courtesy
    ],
)
def test_an_acts_non_past_a_method_and_another_time_stay_changes(old: str, new: str) -> None:
    assert decide(old, "Those who have booked, please give your name.", new).kind == CHANGE


@pytest.mark.parametrize(
    "old,new",
    [
        ("詳しくは、受付でお尋ねください。", "詳しくは、受付でお問い合わせください。"),  # please ask
        (
            "ご来院の際は、受付でお名前をお知らせください。",
            "ご来院の際は、受付でお名前をお伝えください。",
        ),  # please tell
    ],
)
def test_requests_to_ask_and_to_tell_said_otherwise(old: str, new: str) -> None:
    assert decide(old, "Please ask at reception.", new).kind != CHANGE


def test_tell_us_of_it_is_no_ask_us_for_it() -> None:
    # after an action's noun, お伝え tells us of it (the lock was changed), お申し付け asks us to change it
    decision = decide(
        "鍵の交換は、管理人にお伝えください。", "Please tell the manager.", "鍵の交換は、管理人にお申し付けください。"
    )
    assert decision.kind == CHANGE


@pytest.mark.parametrize(
    "old,new,english,rewritten",
    [
        # rowboat rental: an hour written as the English writes its other hours, without ":00"
        ("営業時間は午前9時30分から午後5時までです。", "営業時間は午前10時から午後6時までです。",
         "We operate from 9:30 a.m. to 5 p.m.", "We operate from 10 a.m. to 6 p.m."),
        # no other hour to copy: the minutes stay as written
        ("開始は午前9時30分です。", "開始は午前10時です。", "It starts at 9:30 a.m.", "It starts at 10:00 a.m."),
        # the other hours written with ":00": so is this one
        ("受付は午前9時30分から午後5時00分までです。", "受付は午前10時から午後5時00分までです。",
         "Reception is from 9:30 a.m. to 5:00 p.m.", "Reception is from 10:00 a.m. to 5:00 p.m."),
    ],
)  # fmt: skip
def test_an_hour_is_written_as_the_english_writes_its_other_hours(
    old: str, new: str, english: str, rewritten: str
) -> None:
    decision = decide(old, english, new)
    assert (decision.kind, decision.translation) == (AUTO, rewritten)
