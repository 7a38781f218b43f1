"""Issue 21, tenth round: proofs of the same meaning composed, and found from the misses of the read sets.

Each proof is tested with the edits beside it that say something else: those must stay blocked.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.language.evidence import CHANGE, compare

# Substitutions side by side in one difference: 当社ウェブサイト / 弊社ホームページ is one difference of the diff
# (no key of either side is the other's), but 当社 / 弊社 and ウェブサイト / ホームページ are each shown alone. The
# difference is cut, in order, into parts each explained as a difference alone.


@pytest.mark.parametrize(
    "old,new",
    [
        ("ご予約は当社ウェブサイトからお願いします。", "ご予約は弊社ホームページよりお願いいたします。"),
        ("詳しくは当社ホームページをご覧ください。", "詳しくは弊社ウェブサイトをご覧ください。"),
        ("当館ホームページでお知らせします。", "弊館ウェブサイトでお知らせします。"),
        ("詳細は当社ウェブサイト上でご確認ください。", "詳細は弊社ホームページ上でご確認ください。"),
    ],
)
def test_substitutions_side_by_side_each_shown_alone(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # One part shown, the other not: another company, another channel, another day and time.
        ("当社ウェブサイトをご覧ください。", "他社ホームページをご覧ください。"),
        ("当社ウェブサイトをご覧ください。", "各社ホームページをご覧ください。"),
        ("当社ウェブサイトをご覧ください。", "弊社アプリをご覧ください。"),
        ("ご予約は当社ウェブサイトからお願いします。", "ご予約は弊社店頭よりお願いいたします。"),
        ("当日の午前に受け付けます。", "前日の午後に受け付けます。"),
        # A word added in the difference: a limit, an old one, another, a negating prefix.
        ("当社ウェブサイトをご覧ください。", "弊社ホームページ以外をご覧ください。"),
        ("当社ウェブサイトをご覧ください。", "弊社の旧ホームページをご覧ください。"),
        ("当社窓口でお受け取りください。", "弊社の他窓口でお受け取りください。"),
        ("当社会員様限定のサービスです。", "弊社非会員様限定のサービスです。"),
        # Both parts shown, the polarity not.
        ("当社ウェブサイトをご覧ください。", "弊社ホームページをご覧になれません。"),
        ("当社ウェブサイトでご確認ください。", "弊社ホームページではご確認できません。"),
        ("当社ウェブサイトからお申し込みください。", "弊社ホームページからはお申し込みいただけません。"),
    ],
)
def test_substitutions_side_by_side_stay_blocked_where_one_is_not_shown(old: str, new: str) -> None:
    assert not reused(old, new)


def test_a_difference_is_cut_only_into_substitutions() -> None:
    # 当社 / 弊社 shown, then ホームページ against ホームページ担当者 + another request: no part may add words.
    verdict = compare("当社ウェブサイトをご覧ください。", "弊社ホームページ担当者にご連絡ください。")
    assert verdict.kind == CHANGE
