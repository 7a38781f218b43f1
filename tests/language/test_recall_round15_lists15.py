"""Issue 21, fifteenth round (lists15): the nouns of a list said in another order.

Coordination of nouns (と, や, か, 及び, 並びに, または, もしくは, ・, 、) is commutative: where both texts hold a list
of the same items, matched by their content words, the new text is read with the items in the old order and
compared as any edit (``list_in_old_order``). Never where the order is meaning: each exception is tested with
an edit that must stay blocked.
"""

from __future__ import annotations

import pytest
from guard_cases import reused

from kokuchi.language.evidence import list_in_old_order


@pytest.mark.parametrize(
    "old,new",
    [
        # An item with a genitive inside it (付属品の欠品), moved first.
        (
            "汚損や付属品の欠品がございましたら、係員にお申し出ください。",
            "付属品の欠品や汚損がございましたら、係員にお申し出ください。",
        ),
        ("車両の故障や積荷の破損は、直ちにご連絡ください。", "積荷の破損や車両の故障は、直ちにご連絡ください。"),
        # または read as 又 + は by the tagger.
        ("電話または窓口でご相談ください。", "窓口または電話でご相談ください。"),
        # The items said otherwise too, which the comparison proves: FAX / ファクス, または / もしくは.
        ("郵送またはFAXでご提出ください。", "ファクスもしくは郵送でご提出ください。"),
        # An item said with a genitive in one text (マスクの着用, ごみの分別) and as a compound in the other.
        ("マスク着用と手洗いにご協力ください。", "手洗いとマスクの着用にご協力ください。"),
        ("ゴミの分別とリサイクルにご協力ください。", "リサイクルとごみの分別にご協力ください。"),
    ],
)
def test_a_list_in_another_order_is_offered(old: str, new: str) -> None:
    assert reused(old, new)


def test_the_new_text_is_read_in_the_old_order() -> None:
    old = "破損や部品の紛失があった場合は、お知らせください。"
    assert list_in_old_order(old, "部品の紛失や破損があった場合は、お知らせください。") == (old, old)
    assert list_in_old_order(
        "メールまたはFAXでお申し込みください。", "ファクスもしくはメールでお申し込みください。"
    ) == (
        "メールまたはFAXでお申し込みください。",
        "メールもしくはファクスでお申し込みください。",
    )
    assert list_in_old_order(old, old) is None  # nothing moved


@pytest.mark.parametrize(
    "old,new",
    [
        # "Respectively": the fees pair with the members by place.
        ("会員と非会員の参加費は、それぞれ千円と二千円です。", "非会員と会員の参加費は、それぞれ千円と二千円です。"),
        # Another list of as many items in the sentence, left in its place.
        ("午前と午後の定員は、二十名と三十名です。", "午後と午前の定員は、二十名と三十名です。"),
        # Priority and precedence.
        ("妊婦とお年寄りを優先してご案内します。", "お年寄りと妊婦を優先してご案内します。"),
        ("まず受付と検温をお済ませください。", "まず検温と受付をお済ませください。"),
        ("会計と受付を先に済ませてください。", "受付と会計を先に済ませてください。"),
        # In turn.
        ("洗浄、乾燥の順に行ってください。", "乾燥、洗浄の順に行ってください。"),
        # From a place: the items are read from it.
        ("写真は、右から店長と副店長です。", "写真は、右から副店長と店長です。"),
        # The items named by place further on.
        (
            "窓口と郵送で受け付けます。前者は即日、後者は一週間で発行します。",
            "郵送と窓口で受け付けます。前者は即日、後者は一週間で発行します。",
        ),
        # Acts in turn: a verb after the last item.
        ("洗浄、消毒してから返却してください。", "消毒、洗浄してから返却してください。"),
        # A name or a title.
        ("「森と湖のまつり」を開催します。", "「湖と森のまつり」を開催します。"),
        # One item a part of the other.
        ("校舎と校舎内の図書室は閉鎖します。", "校舎内の図書室と校舎は閉鎖します。"),
        # A modifier before the list may be the first item's alone, a genitive after it the last item's alone.
        ("古い家具と家電を回収します。", "古い家電と家具を回収します。"),
        ("保険証または診察券のコピーをお持ちください。", "診察券または保険証のコピーをお持ちください。"),
        # The items differ in words the comparison cannot show the same.
        ("電話またはメールでご予約ください。", "FAXまたは電話でご予約ください。"),
        ("破損や部品の紛失があった場合は、お知らせください。", "部品の破損や紛失があった場合は、お知らせください。"),
        # Reordered, and negated.
        ("郵送または窓口で受け付けます。", "窓口または郵送では受け付けません。"),
    ],
)
def test_a_list_whose_order_is_meaning_stays_blocked(old: str, new: str) -> None:
    assert not reused(old, new)
