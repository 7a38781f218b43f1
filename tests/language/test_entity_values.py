"""The entity layer reads values, in both languages: every form of issue 21, one test each."""

from __future__ import annotations

import pytest

from kokuchi.language.english import read as read_english
from kokuchi.language.entities import entity_only_change, find, keys


def _japanese(text):
    return [(e.kind, e.value) for e in find(text)]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("令和8年3月31日（火）までに", [("date", (2026, 3, 31))]),  # 和暦: 2026, not "8 years"
        ("令和元年5月1日", [("date", (2019, 5, 1))]),
        ("令和7年度分の市民税", [("year", (2025,))]),
        ("分配金のお支払いは6月を予定", [("date", (None, 6, None))]),  # month only
        ("ポイントは毎月25日に付与", [("date", (None, None, 25))]),  # day only
        ("6日、13日、20日のみ", [("date", (None, None, 6)), ("date", (None, None, 13)), ("date", (None, None, 20))]),
        ("5月3日〜5日は", [("date", (None, 5, 3)), ("date", (None, 5, 5))]),  # a range: the month carried over
        ("6/9(火)に実施", [("date", (None, 6, 9))]),  # 6/9 is a date, not two numbers
        ("最終列車は24時12分発", [("time", (24, 12))]),
        ("25時30分まで", [("time", (25, 30))]),
        ("午後三時に再開", [("time", (15, 0))]),  # kanji numerals
        ("第一報", [("ordinal", (1,))]),
        ("第二回検討会", [("ordinal", (2,))]),
        ("一時停止します", []),  # a word, not 01:00
        ("一部の機能", []),  # a word, not a number
        ("振込限度額は2,000,000円", [("number", (2000000,))]),
        ("10万円以上", [("number", (100000,))]),
        ("データ容量が3GBを超えると", [("number", (3,))]),
        ("お問い合わせ番号：1234-5678-9012", [("id", ("1234-5678-9012",))]),
    ],
)
def test_japanese_values(text, expected):
    assert _japanese(text) == expected


def test_a_duration_keeps_its_relation():
    within, after, during = find("3日以内")[0], find("5日後")[0], find("3日間")[0]
    assert (within.value, within.relation) == (("day", 3), "within")
    assert (after.value, after.relation) == (("day", 5), "after")
    assert (during.value, during.relation) == (("day", 3), "for")
    # 3日以内 → 3日後 (or 5日後) is no change of value alone: never an entity-only change, never auto-updated.
    assert entity_only_change("3日以内にご返送ください。", "3日後にご返送ください。") is None
    assert entity_only_change("3日以内にご返送ください。", "5日後にご返送ください。") is None
    assert entity_only_change("3日以内にご返送ください。", "5日以内にご返送ください。") is not None


def test_a_date_keeps_its_weekday():
    (date,) = find("2月14日(水)")
    assert (date.value, date.weekday) == ((None, 2, 14), 2)


@pytest.mark.parametrize("char", ["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff", "\u202e", "\U000e0031"])
def test_an_invisible_format_character_never_hides_inside_a_value(char):
    # The reader reads what a reader sees: 1<ZWSP>7:00 is 17:00, never 7:00.
    assert [m.value for m in read_english(f"Resumes at 1{char}7:00.") if m.kind == "time"] == [(17, 0)]
    assert _japanese(f"1{char}7時に再開") == [("time", (17, 0))]
    url = [m.value[0] for m in read_english(f"See https://exa{char}mple.com/a{char}b now.") if m.kind == "url"]
    assert url == ["https://example.com/ab"]


def _english(text):
    return [(m.kind, m.value) for m in read_english(text) if m.kind != "url"]


@pytest.mark.parametrize(
    "text,expected",
    [
        ("July 18, 2023", [("date", (2023, 7, 18, None))]),
        ("18 July 2023", [("date", (2023, 7, 18, None))]),
        ("2023-07-18", [("date", (2023, 7, 18, None))]),
        ("Jul 18", [("date", (None, 7, 18, None))]),
        ("on Thursday, February 15", [("date", (None, 2, 15, 3))]),
        ("from May 4 to 6", [("date", (None, 5, 4, None)), ("date", (None, 5, 6, None))]),
        ("July 14–17, 2023", [("date", (2023, 7, 14, None)), ("date", (2023, 7, 17, None))]),
        ("in mid-October", [("month", (None, 10, None))]),
        ("In May, students", [("month", (None, 5, None))]),
        ("You may apply", []),  # the verb, not the month
        ("on the 27th", [("ordinal", (27,))]),
        ("at 12:00 AM", [("time", (0, 0))]),
        ("at midnight", [("time", (0, 0))]),
        ("at 24:00", [("time", (24, 0))]),
        ("at 1:30 a.m.", [("time", (1, 30))]),
        ("within 90 days", [("duration", ("day", 90))]),
        ("for 2 hours and 30 minutes", [("duration", ("hour", 2, 30))]),
        ("about one hour", [("duration", ("hour", 1, 0))]),
        ("2,000,000 yen", [("number", (2000000,))]),
        ("version 2.4.1", [("version", ("2.4.1",))]),
        ("Call +81-3-1234-5678", [("phone", ("+81-3-1234-5678",))]),
    ],
)
def test_english_values(text, expected):
    assert _english(text) == expected


@pytest.mark.parametrize(
    "japanese,english",
    [
        ("2023年7月18日", "July 18, 2023"),
        ("2023年7月18日", "18 July 2023"),
        ("2023年7月18日", "2023-07-18"),
        ("2023年7月18日", "Jul 18"),  # the year left out: still the date
        ("27日", "the 27th"),
        ("10月", "October"),
        ("24時", "12:00 AM"),
        ("24時", "midnight"),
        ("24時", "24:00"),
        ("25時30分", "1:30 AM"),
        ("午前0時", "midnight"),
        ("正午", "noon"),
        ("令和8年", "2026"),
        ("6/9", "June 9"),
        ("90日以内", "within 90 days"),
        ("3日間", "72 hours"),
        ("0120-123-456", "+81-120-123-456"),
        ("0120-123-456", "0120 123 456"),
    ],
)
def test_one_value_many_forms(japanese, english):
    (entity,) = find(japanese)
    mentions = [m for m in read_english(english) if m.kind != "url"]
    assert any(keys(entity) & m.keys for m in mentions), (japanese, english)


@pytest.mark.parametrize(
    "japanese,english",
    [
        ("25時30分", "1:30 PM"),
        ("24時", "12:00 PM"),
        ("令和8年", "8 years"),
        ("午後三時", "5 PM"),
        ("3日以内", "3 days later"),
        ("5日後", "within 5 days"),
        ("2023年7月18日", "July 18, 2024"),
        ("0120-123-456", "120-123-456"),
    ],
)
def test_a_wrong_value_never_meets(japanese, english):
    (entity,) = find(japanese)
    assert not any(keys(entity) & m.keys for m in read_english(english))


def test_reading_is_one_pass_over_a_long_text():
    # Not timed: the work is counted. Each side is read once; entities grow with the text, nothing squares.
    sentence = "対象12件のうち3件を9時15分に処理しました。"
    assert len(find(sentence * 2000)) == 3 * 2000
    assert len(read_english("Of 12 items, 3 were processed at 9:15. " * 2000)) == 3 * 2000
