"""Issue 21, red team 13 closed by class (rt13scope): seven meaning changes the guard offered.

- で/から after an online medium: an act that copies or reuses what the medium holds (引用 "quotation", 転載
  "reprinting", 複製, 抜粋, 転用 "diversion") takes it out of the medium, as 削除 does: "quoting from the
  internet" is no "quoting on the internet".
- 注意して in a chain of verbs warns whatever was just seen or found before it (a noun before を/が: a vehicle,
  a group), not only a person.
- によっては / によりましては: the て-form + は is "in some cases, depending on", never the cause or means the
  て-form alone says (天候によって / 天候によりまして).
- の dropped between a noun of people and a thing (職員の住宅 / 職員住宅): a category of housing, no longer the
  staff's own homes.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "論文では、ウェブサイトからの引用の出典を記載してください。",
            "論文では、ウェブサイトでの引用の出典を記載してください。",
        ),
        ("ホームページからの写真の転載はお断りします。", "ホームページでの写真の転載はお断りします。"),
        ("アプリからのデータの複製は禁止されています。", "アプリでのデータの複製は禁止されています。"),
    ],
)
def test_copying_out_of_an_online_medium_is_no_act_on_it(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("アプリからのご予約は、前日まで可能です。", "アプリでのご予約は、前日まで可能です。"),
        ("ホームページからお申し込みください。", "ホームページでお申し込みください。"),
    ],
)
def test_acts_through_an_online_medium_are_still_offered(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "駐輪場で放置自転車を見つけたら、気をつけて、管理事務所へご連絡ください。",
            "駐輪場で放置自転車を見つけたら、注意して、管理事務所へご連絡ください。",
        ),
        (
            "公園で騒いでいるチームがいたら、気をつけて、管理棟にお知らせください。",
            "公園で騒いでいるチームがいたら、注意して、管理棟にお知らせください。",
        ),
    ],
)
def test_warning_what_was_seen_is_no_care(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("雨の日は、注意して運転してください。", "雨の日は、気をつけて運転してください。"),
        ("夜間は、段差に注意して歩いてください。", "夜間は、段差に気をつけて歩いてください。"),
        # what to watch said with に: the reader's own care, whatever was seen before
        (
            "駐車場で車を止めたら、周囲に注意して降りてください。",
            "駐車場で車を止めたら、周囲に気をつけて降りてください。",
        ),
    ],
)
def test_care_with_nothing_to_warn_is_still_offered(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("地域によりましては、配達が遅れます。", "地域によりまして、配達が遅れます。"),
        ("店舗によっては、営業時間を短縮いたします。", "店舗によって、営業時間を短縮いたします。"),
        ("路線によりましては、運休いたします。", "路線により、運休いたします。"),
    ],
)
def test_in_some_cases_is_no_cause(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("地域によりましては、配達が遅れます。", "地域によっては、配達が遅れます。"),
        ("強風によりまして、運休いたします。", "強風により、運休いたします。"),
        # beside a possibility (場合があります) により is "depending on" too
        ("渋滞状況により、到着が遅れる場合があります。", "渋滞状況によっては、到着が遅れる場合がございます。"),
    ],
)
def test_polite_forms_of_one_construction_are_still_offered(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("市が、教員の宿舎を改修します。", "市が、教員宿舎を改修します。", False),
        ("障害者の駐車場をご利用ください。", "障害者駐車場をご利用ください。", False),
        ("来週、患者の食堂を閉鎖します。", "来週、患者食堂を閉鎖します。", False),
        # an organisation or a place before the noun: free compounds, still offered
        ("当社の社員が、ご自宅に伺うことはございません。", "当社社員が、ご自宅に伺うことはございません。", True),
        ("市の職員が伺います。", "市職員が伺います。", True),
        ("バスの車内では、お静かにお願いします。", "バス車内では、お静かにお願いします。", True),
    ],
)
def test_a_thing_kept_for_people_names_a_category(old: str, new: str, offered: bool) -> None:
    assert reused(old, new) is offered
