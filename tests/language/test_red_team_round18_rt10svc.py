"""Red team 10, families possible-service, burden-ninaru and prefix-owner: new sentences, blocked and offered."""

import pytest

from kokuchi.catalog.suggest import FLIP_KINDS, decide

BLOCKED = [
    # 可能 (no actor) → いただけます (the reader), an act done to a thing, the English names the writer or no one.
    ("空港までの送迎が可能です。", "We can drive you to the airport.", "空港までご送迎いただけます。"),
    ("花束の配達が可能です。", "We can deliver bouquets.", "花束をご配達いただけます。"),
    ("書類の翻訳が可能です。", "Document translation is available.", "書類をご翻訳いただけます。"),
    ("電池の交換が可能です。", "Our staff can replace the battery.", "電池をご交換いただけます。"),
    # An act with no object under an English naming no one: no longer read as the reader's (red team 32).
    ("全ての客室でご利用可能です。", "Available in every room.", "全ての客室でご利用いただけます。"),
    # ご〜になる (the reader's) → the plain verb in a statement (the writer's), whatever the English: it tells who
    # acts in the old text, never in the new (red team 47; offered under "You pay" until the twenty-fifth round).
    ("送料は、ご負担になります。", "You pay the shipping.", "送料は、負担します。"),
    ("送料は、ご負担になります。", "Shipping is charged to the buyer.", "送料は、負担します。"),
    ("駐車料金は、ご負担になります。", "Parking fees are borne by visitors.", "駐車料金は、負担します。"),
    # お/ご added in the writer's statement, the English not "your".
    (
        "提案を取りまとめ、理事会に提出しました。",
        "We compiled our proposals for the board.",
        "ご提案を取りまとめ、理事会に提出しました。",
    ),
    ("返信は、3営業日以内となります。", "We reply within three business days.", "ご返信は、3営業日以内となります。"),
]

OFFERED = [
    # The English makes the reader the actor.
    ("お弁当の注文が可能です。", "You can order a boxed lunch.", "お弁当をご注文いただけます。"),
    ("電池の交換が可能です。", "You can replace the battery yourself.", "電池をご交換いただけます。"),
    # お/ご added where the English says "your", or in a request, or as a humble verb's stem.
    (
        "意見を取りまとめ、市に提出しました。",
        "We submitted your views to the city.",
        "ご意見を取りまとめ、市に提出しました。",
    ),
    ("意見をお寄せください。", "Please send us your views.", "ご意見をお寄せください。"),
    ("結果を連絡いたします。", "We will contact you with the results.", "結果をご連絡いたします。"),
    ("予約は、窓口で可能です。", "Bookings can be made at the desk.", "ご予約は、窓口で可能です。"),
]


@pytest.mark.parametrize(("old", "english", "new"), BLOCKED)
def test_blocked(old, english, new):
    assert decide(old, english, new).kind in FLIP_KINDS


@pytest.mark.parametrize(("old", "english", "new"), OFFERED)
def test_offered(old, english, new):
    assert decide(old, english, new).kind not in FLIP_KINDS
