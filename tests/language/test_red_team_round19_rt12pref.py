"""Red team 12, three families (rt12pref): who acts or whose a thing is, said by politeness alone.

- 事情を考慮し、検討いたします → ご事情を: a thing noun (not an action's) taken by a plain verb that leads on to the
  writer's act is the basis the writer goes by; said plainly it may be anyone's, the writer's own, with ご the
  reader's. A change unless the old English already said "your".
- ご提供いただいた写真は、…掲載します → 提供した写真: the reader's act said plainly before a noun, beside the
  writer's plain statement (an action's noun + します ending the sentence), reads as the writer's own.
- ご連絡いただいた際に、…調整させていただきます → 連絡した際に: the same before an occasion (際, 時, 場合),
  beside the writer's act said humbly, by the reader's leave (させていただく) or plainly.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        # ご on a thing that shapes the writer's act, the English saying no "your".
        (
            "状況を踏まえ、日程を再調整いたします。",
            "ご状況を踏まえ、日程を再調整いたします。",
            "We will reschedule given the situation.",
        ),
        (
            "意向に沿って、旅程をご案内いたします。",
            "ご意向に沿って、旅程をご案内いたします。",
            "We will suggest an itinerary in line with the wishes.",
        ),
        # The reader's act made plain before a noun, beside the writer's plain statement.
        (
            "ご記入いただいたアンケートは、集計後に公表します。",
            "記入したアンケートは、集計後に公表します。",
            "The surveys you filled in will be published after counting.",
        ),
        (
            "お送りいただいた原稿は、次号に掲載します。",
            "送った原稿は、次号に掲載します。",
            "The manuscripts you sent will appear in the next issue.",
        ),
        # ... before an occasion, beside the writer's humble act or plain statement.
        (
            "ご来院いただいた際に、検査日を決めさせていただきます。",
            "来院した際に、検査日を決めさせていただきます。",
            "When you visit, we will set a date for the test.",
        ),
        (
            "ご返却いただいた時に、保証金を返金いたします。",
            "返却した時に、保証金を返金いたします。",
            "When you return it, we will refund the deposit.",
        ),
        (
            "ご入金いただいた際に、領収書を発行します。",
            "入金した際に、領収書を発行します。",
            "When you pay, we will issue a receipt.",
        ),
    ],
)
def test_whose_act_or_thing_said_only_by_politeness_is_a_change(old, new, old_en):
    assert not reused(old, new, old_en)


@pytest.mark.parametrize(
    "old,new,old_en",
    [
        # The English already said "your": ご says no more.
        (
            "状況を踏まえ、日程を再調整いたします。",
            "ご状況を踏まえ、日程を再調整いたします。",
            "We will reschedule given your situation.",
        ),
        # A thing the humble act is done to: the reader's either way.
        ("荷物をお預かりいたします。", "お荷物をお預かりいたします。", "Luggage storage is available."),
        # No act of the writer's in the sentence: the request leaves the act the reader's.
        (
            "ご記入いただいたアンケートは、受付にお出しください。",
            "記入したアンケートは、受付にお出しください。",
            "Please hand the surveys you filled in to reception.",
        ),
        (
            "ご来院いただいた際は、受付にお声がけください。",
            "来院した際は、受付にお声がけください。",
            "When you visit, please speak to reception.",
        ),
        # The reader's act still said with いただく: only politeness changed.
        (
            "ご入金いただいた際に、領収書を発行します。",
            "ご入金いただいたときに、領収書を発行します。",
            "When you pay, we will issue a receipt.",
        ),
        # 方 after the act: an honoured person, never the writer.
        (
            "ご参加いただいた方に、記念品を進呈いたします。",
            "参加した方に、記念品を進呈いたします。",
            "We will give a souvenir to those who took part.",
        ),
    ],
)
def test_politeness_that_leaves_whose_as_it_was_stays_offered(old, new, old_en):
    assert reused(old, new, old_en)
