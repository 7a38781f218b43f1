"""Issue 21, fifteenth round (lead): a start said in a clause of its own before the comma.

4月から、利用は有料となります → となっております: the start (4月から) stands before the comma, in a clause the
comparison of the changed clauses never reads, and となっております against となります said "has been charged since
April" against "will be charged from April" unseen. A proof found in the changed clauses is now read again in the
whole sentences wherever a start (から, より, 以降, 以来, 以後) ends a clause before it.
"""

from __future__ import annotations

import pytest

from kokuchi.catalog.suggest import CHANGE, decide


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
