"""Comparisons remembered by their texts, and by the old English only where they read it
(synonyms.remembered_with_the_translation): an answer that read the English is never given under another."""

from __future__ import annotations

from guard_cases import reused

from kokuchi.catalog.suggest import FUZZY, decide
from kokuchi.language import synonyms
from kokuchi.language.entities import read
from kokuchi.language.synonyms import remembered_with_the_translation, translated_as


def _counted(reads_english: bool) -> tuple[list[tuple[str, str, str]], object]:
    computed: list[tuple[str, str, str]] = []

    def compare(old: str, new: str) -> str:
        english = synonyms._translation() if reads_english else ""
        computed.append((old, new, english))
        return f"{old}>{new}:{english}"

    return computed, remembered_with_the_translation(compare)


def test_an_answer_that_never_read_the_english_is_given_under_any():
    computed, compare = _counted(reads_english=False)
    with translated_as("We are closed on Monday."):
        first = compare("月曜休館", "月曜日休館")
    with translated_as("Closed Mondays."):
        again = compare("月曜休館", "月曜日休館")
    assert first == again
    assert len(computed) == 1
    compare("月曜休館", "火曜休館")  # other texts: computed
    assert len(computed) == 2


def test_an_answer_that_read_the_english_is_given_only_under_the_same():
    computed, compare = _counted(reads_english=True)
    with translated_as("You can buy tickets."):
        bought = compare("かう", "買う")
    with translated_as("Tickets are sold here."):
        sold = compare("かう", "買う")
    with translated_as("You can buy tickets."):
        again = compare("かう", "買う")
    assert bought != sold
    assert again == bought
    # (one answer kept for a pair of texts: the last English's)
    assert [english for _, _, english in computed] == [
        "You can buy tickets.",
        "Tickets are sold here.",
        "You can buy tickets.",
    ]


def test_a_caller_of_an_answer_that_read_the_english_read_it_too():
    inner_computed, inner = _counted(reads_english=True)
    outer_computed: list[str] = []

    def outer_compare(old: str, new: str) -> str:
        outer_computed.append(old)
        return "outer " + inner(old, new)  # type: ignore[operator]

    outer = remembered_with_the_translation(outer_compare)
    with translated_as("stay"):
        inner("とまる", "泊まる")  # the inner answer remembered first, under "stay"
        stayed = outer("とまる", "泊まる")  # the inner answer given again: a read of "stay" all the same
    with translated_as("stop"):
        stopped = outer("とまる", "泊まる")
    assert stayed.endswith(":stay") and stopped.endswith(":stop")
    assert len(outer_computed) == 2 and len(inner_computed) == 2


def test_called_with_keywords_it_is_computed_afresh():
    computed, _ = _counted(reads_english=False)

    def compare(old: str, new: str = "") -> str:
        computed.append((old, new, ""))
        return old + new

    remembered = remembered_with_the_translation(compare)
    remembered("a", new="b")
    remembered("a", new="b")
    assert len(computed) == 2


def test_the_kanji_a_kana_chose_follow_each_english_asked_in_turn():
    # 買う for かう: offered under an English that says "buy", a change under one that does not, whatever
    # was decided before for the same sources.
    old, new = "入場券は、売店でかうことができます。", "入場券は、売店で買うことができます。"
    says_it = "You can buy admission tickets at the shop."
    says_not = "Admission tickets are available at the shop."
    for _ in range(2):
        assert decide(old, says_it, new).kind == FUZZY
        assert not reused(old, new, says_not)


def test_a_reading_remembered_is_given_as_a_list_of_the_callers_own():
    text = "2027年5月31日12時から3日間"
    digits, entities = read(text)
    entities.clear()  # the caller's list, not the remembered reading
    assert read(text)[1] and read(text)[0] == digits
