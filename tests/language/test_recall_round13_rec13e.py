"""Issue 21, thirteenth round (rec13e): phrases reordered among the arguments of one predicate.

Two readings of the clause model: a topic that holds a relative clause (本日予定しておりました稽古は) is a noun
phrase + は, free as any topic, though a verb stands in it; and topics exchanged together with what each says
(チェックインは15時から、チェックアウトは10時まで). Each is tested beside the edits that move a phrase where
it says something else: into a relative clause it could modify, across a negation, to another predicate or
clause.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

# A topic that holds a relative clause moved to its sentence's front, across a coordinate clause (a verb's
# continuative form and a comma): it is said of the sentence's predicate in both texts.


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "安全を最優先に考え、今月予定しておりました夜間の観察会は中止いたします。",
            "今月予定しておりました夜間の観察会は、安全を最優先に考え、中止いたします。",
        ),
        (
            "施設の老朽化を考慮し、来年度予定していた増築工事は見送ります。",
            "来年度予定していた増築工事は、施設の老朽化を考慮し、見送ります。",
        ),
        (
            "大雪の影響を踏まえ、明日出荷する予定だった商品は一日遅れて発送いたします。",
            "明日出荷する予定だった商品は、大雪の影響を踏まえ、一日遅れて発送いたします。",
        ),
    ],
)
def test_topic_holding_a_relative_clause_moves_across_a_coordinate_clause(old: str, new: str) -> None:
    assert reused(old, new)


# Topics exchanged with what each says: each value keeps its topic.


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "平日は午前9時から、土日は午前10時からとなっております。",
            "土日は午前10時から、平日は午前9時からとなっております。",
        ),
        ("大人は窓口で、子どもは券売機でお求めください。", "子どもは券売機で、大人は窓口でお求めください。"),
        (
            "可燃ごみは月曜日に、資源ごみは木曜日に出してください。",
            "資源ごみは木曜日に、可燃ごみは月曜日に出してください。",
        ),
    ],
)
def test_topics_exchanged_with_their_values(old: str, new: str) -> None:
    assert reused(old, new)


# により, which the lexicon reads as で's equal (its 因る a verb to UniDic), is a phrase's particles, no clause's
# head: a subject moved across it, said as a topic, is said of the same predicate.


@pytest.mark.parametrize(
    "old,new",
    [
        ("天候により、開始時間が変更となる場合があります。", "開始時間は、天候により変更となる場合があります。"),
        ("工事により、南側の入口が閉鎖されます。", "南側の入口は、工事により閉鎖されます。"),
        ("機器の故障により、本日は整理券を発行できません。", "本日は、機器の故障により整理券を発行できません。"),
    ],
)
def test_a_phrase_moves_across_ni_yori(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # により's noun and the subject exchanged: another cause, another thing changed.
        ("会場の都合により、開始時間が変更となります。", "開始時間の都合により、会場が変更となります。"),
        # が said は before a negated predicate: は may contrast (the south entrance, not the others).
        ("工事により、南側の入口がご利用いただけません。", "南側の入口は、工事によりご利用いただけません。"),
        # A topic holding a relative clause crossed by により: the cause may be the relative clause's own.
        ("天候により、中止となった試合は後日行います。", "中止となった試合は、天候により後日行います。"),
        # A reason moved in front of a relative clause it could modify (cancelled because of the rain).
        (
            "中止となったイベントの払い戻しは、雨のため窓口で行います。",
            "雨のため、中止となったイベントの払い戻しは窓口で行います。",
        ),
        (
            "泥酔されている方のご入場は、安全のためお断りしております。",
            "安全のため、泥酔されている方のご入場はお断りしております。",
        ),
        # A topic holding a relative clause moved across a reason's clause, which that clause may take in.
        (
            "台風が接近しているため、中止となった試合は後日行います。",
            "中止となった試合は、台風が接近しているため、後日行います。",
        ),
        (
            "会場が混雑しますので、予約された席は開演10分前まで確保します。",
            "予約された席は、会場が混雑しますので、開演10分前まで確保します。",
        ),
        # Across a condition's clause (雨が降った場合は: a condition of the relative clause, or of the whole).
        (
            "雨が降った場合は、屋外で予定していた体験会は体育館で行います。",
            "屋外で予定していた体験会は、雨が降った場合は、体育館で行います。",
        ),
        # The values exchanged, not the topics with them.
        ("大人は窓口で、子どもは券売機でお求めください。", "大人は券売機で、子どもは窓口でお求めください。"),
        (
            "可燃ごみは月曜日に、資源ごみは木曜日に出してください。",
            "可燃ごみは木曜日に、資源ごみは月曜日に出してください。",
        ),
        # A topic that says nothing of its own moved among the pairs: it would be said of the other value.
        ("大人は窓口で、子どもは券売機でお求めください。", "子どもは、大人は窓口で券売機でお求めください。"),
        # Pairs exchanged before a negated predicate: the negation may be said of the last pair alone.
        (
            "大人は現金で、子どもはカードでお支払いいただけません。",
            "子どもはカードで、大人は現金でお支払いいただけません。",
        ),
        # A phrase moved to another clause across a negation.
        ("雨の日は屋外で遊ばず、室内で本を読みましょう。", "屋外で遊ばず、雨の日は室内で本を読みましょう。"),
        # An adverb of degree moved to another predicate.
        (
            "とても丁寧に説明し、分かりやすい資料をお配りします。",
            "丁寧に説明し、とても分かりやすい資料をお配りします。",
        ),
        # A time moved to another clause.
        ("明日点検を行い、設備の運転を再開します。", "点検を行い、明日設備の運転を再開します。"),
        ("本日予定していた講座は、明日振り替えて実施します。", "明日予定していた講座は、本日振り替えて実施します。"),
    ],
)
def test_phrases_moved_where_they_say_something_else_stay_changes(old: str, new: str) -> None:
    assert not reused(old, new)
