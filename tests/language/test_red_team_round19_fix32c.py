"""Red team 32 against older proofs (fix32c): seven proofs narrowed or taken back.

- 雨天時の練習 / 雨天の場合の練習 (a noun's occasion before の + a noun): taken back. 時 after a noun may name the
  moment a thing was so (新品時の価格, "its price when new"), where 場合 supposes it (the price of new items).
- 修理品のお受け取りの際 / 修理品をお受け取りの際 (a thing + の before お/ご + an occasion's action is its object):
  taken back. The お/ご honours who acts, and the noun + の before it may name that actor, a body (学校, 会社) as
  well as a person; nothing in the resources tells a body from a thing.
- N により / N によって against N で: only where the sentence says what happened (a past); a rule in the
  non-past may hold "depending on" N (時間帯により制限: at some times), where で says the means (by time slots).
- an action's noun + に + 当たる (+ て) is the occasion only before the topic's は (にあたっては): 当たる has other
  senses (hit, win, be poisoned by food) that the noun does not rule out. 際する keeps its one sense.
- より is から: not between two plain nouns before the genitive の (AよりBの: B's rather than A's).
- a negated request (しないでください) is not the request to moderate (お控えください, JMdict's 控える "to be
  temperate in") asked of an activity named by a suru-noun (飲酒は: "cut down").
- 事前に + an action's noun is 事前の + the noun only where no later predicate in its clause may be what 事前に
  says the time of (事前に申請が必要かご確認ください: check beforehand).
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,new",
    [
        # A noun's moment against a noun's condition, before の + a noun (hotel, registry).
        ("ホテルの宿泊料は、満室時の料金を上限とします。", "ホテルの宿泊料は、満室の場合の料金を上限とします。"),
        ("婚姻前の姓は、独身時の戸籍で確認します。", "婚姻前の姓は、独身の場合の戸籍で確認します。"),
        # A body before お/ご + an action: who acts, or what is used (university, company, hospital).
        ("大学のご見学の際は、受付にお声がけください。", "大学をご見学の際は、受付にお声がけください。"),
        ("企業のご利用の際は、請求書払いも可能です。", "企業をご利用の際は、請求書払いも可能です。"),
        ("病院のご紹介の際は、紹介状をお持ちください。", "病院をご紹介の際は、紹介状をお持ちください。"),
        # A rule said with により: "depending on", or the means で says (school, sports club, railway).
        ("学年により集合時間を分けます。", "学年で集合時間を分けます。"),
        ("年齢により参加できるコースを分けております。", "年齢で参加できるコースを分けております。"),
        ("路線により運転本数を減らします。", "路線で運転本数を減らします。"),
        # 当たる after an action's noun of eating: poisoned by it, no occasion (restaurant, supermarket).
        ("外食に当たって体調を崩す方がいます。", "外食の際に体調を崩す方がいます。"),
        ("夏場は、試食に当たって腹を壊すお客様がいます。", "夏場は、試食の際に腹を壊すお客様がいます。"),
        ("工事にあたって、騒音が発生します。", "工事の際に、騒音が発生します。"),
        # AよりBの: a preference between two things, no start (hotel, inn).
        (
            "和室より洋室のお部屋をご希望の場合は、お知らせください。",
            "和室から洋室のお部屋をご希望の場合は、お知らせください。",
        ),
        (
            "喫煙席より禁煙席のお部屋をご希望の方は、お知らせください。",
            "喫煙席から禁煙席のお部屋をご希望の方は、お知らせください。",
        ),
        # お控え of an activity: cut down, against none at all (clinic, hospital).
        ("治療中は、飲酒はお控えください。", "治療中は、飲酒しないでください。"),
        ("検査の前日は、運動はお控えください。", "検査の前日は、運動しないでください。"),
        # 事前に before an action's noun with a later act in its clause: which act is done in advance (permits).
        ("事前に登録が必要かどうか窓口でお尋ねください。", "事前の登録が必要かどうか窓口でお尋ねください。"),
        ("事前に申請が必要かご確認ください。", "事前の申請が必要かご確認ください。"),
    ],
)
def test_the_attacks_kind_is_blocked(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # A condition's clause still: 雨天時は / 雨天の場合は (sports).
        ("雨天時は、体育館で練習します。", "雨天の場合は、体育館で練習します。"),
        # What happened, the past: により is で's cause (sports), and により is によって.
        ("大雨により試合は中止となりました。", "大雨で試合は中止となりました。"),
        ("地域により回収日を変更いたします。", "地域によって回収日を変更いたします。"),
        # The occasion framed by は, and 際する (contracts).
        ("ご契約にあたっては、本人確認書類が必要です。", "ご契約の際は、本人確認書類が必要です。"),
        ("ご契約に際し、本人確認書類が必要です。", "ご契約の際、本人確認書類が必要です。"),
        # A start: a sender, a date, a place with a verb after it.
        ("当社より担当者がご連絡いたします。", "当社から担当者がご連絡いたします。"),
        ("4月1日より受付を開始します。", "4月1日から受付を開始します。"),
        ("正面玄関より館内にお入りください。", "正面玄関から館内にお入りください。"),
        ("当社より送付の書類をご確認ください。", "当社から送付の書類をご確認ください。"),
        # A verb's act asked not to be done either way; ご遠慮 is no moderation; the group itself (museum, clinic).
        ("館内では、大声で話すことはお控えください。", "館内では、大声で話さないでください。"),
        ("展示室では、撮影はご遠慮ください。", "展示室では、撮影しないでください。"),
        ("治療中は、飲酒はお控えください。", "治療中は、飲酒はご遠慮ください。"),
        # 事前に before the only predicate of its clause: the time of the action (tours).
        ("ご利用には、事前に申し込みが必要です。", "ご利用には、事前の申し込みが必要です。"),
        ("見学には、事前に予約が必要です。", "見学には、事前の予約が必要です。"),
    ],
)
def test_the_same_meaning_edits_still_offered(old: str, new: str) -> None:
    assert reused(old, new)
