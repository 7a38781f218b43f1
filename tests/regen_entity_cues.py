"""Rewrite src/kokuchi/data/entity-cues.json: for each entity pattern (Japanese and English), the strings
one of which every match of it holds and the characters a match starts with, read off the pattern's parse
tree. Run after editing a pattern (the
test says when), then review the diff:

    python tests/regen_entity_cues.py

A pattern without fresh cues is tried on every text (slower, never wrong); tests/language/test_entity_cues.py
checks that the shipped cues are those of the patterns and that reading with them finds what reading
without them does.
"""

from __future__ import annotations

import json
import re
import re._constants as sre
import re._parser as sre_parse

from kokuchi.language import english, entities

Cue = tuple[str, bool]  # a string, and whether a match may hold it in any case


def cues_of(pattern: str) -> frozenset[Cue] | None:
    """Strings one of which every match of *pattern* holds, or None where the tree shows none."""
    parsed = sre_parse.parse(pattern)
    return _needed(parsed, bool(parsed.state.flags & sre.SRE_FLAG_IGNORECASE))


def _better(found: frozenset[Cue] | None, than: frozenset[Cue] | None) -> bool:
    """Fewer texts hold one of *found* than one of *than*: its shortest string is longer, or as long with fewer strings."""
    if found is None:
        return False
    if than is None:
        return True
    shortest, other = min(len(text) for text, _ in found), min(len(text) for text, _ in than)
    return shortest > other or (shortest == other and len(found) < len(than))


EXACT = 64  # strings an exact part may stand for, at most, before its cue is taken as it stands


def _exact(item, blind: bool) -> frozenset[str] | None:
    """The strings one item of a sequence matches, when they are few and it matches nothing else."""
    op, av = item
    if op is sre.LITERAL and (not blind or chr(av).isascii()):
        return frozenset({chr(av).lower() if blind else chr(av)})
    if op is sre.SUBPATTERN:
        return _exact_sequence(av[3], _blind_of(item, blind))
    if op is sre.BRANCH:
        branches = [_exact_sequence(branch, blind) for branch in av[1]]
        if all(found is not None for found in branches):
            joined = frozenset().union(*branches)  # type: ignore[arg-type]
            return joined if len(joined) <= EXACT else None
    return None


def _exact_sequence(items, blind: bool) -> frozenset[str] | None:
    strings = frozenset({""})
    for item in items:
        found = _exact(item, blind)
        if found is None:
            return None
        strings = frozenset(a + b for a in strings for b in found)
        if len(strings) > EXACT:
            return None
    return strings


def _blind_of(item, blind: bool) -> bool:
    """Whether the strings of an item are compared without case (its own flags, or the sequence's)."""
    op, av = item
    if op is sre.SUBPATTERN:
        _group, add, remove, _inner = av
        return (blind or bool(add & sre.SRE_FLAG_IGNORECASE)) and not remove & sre.SRE_FLAG_IGNORECASE
    return blind


def _needed(items, blind: bool) -> frozenset[Cue] | None:
    """The best cue set of a sequence: the strings of a run of its exact items (literals, alternations of
    literals), or one mandatory item's own cues."""
    best: frozenset[Cue] | None = None
    run: frozenset[str] = frozenset({""})
    run_blind: bool | None = None

    def consider(found: frozenset[Cue] | None) -> None:
        nonlocal best
        if _better(found, best):
            best = found

    def end_run() -> None:
        nonlocal run, run_blind
        if run != {""} and "" not in run:
            consider(frozenset((text, bool(run_blind)) for text in run))
        run, run_blind = frozenset({""}), None

    for item in items:
        op, av = item
        exact = _exact(item, blind)
        item_blind = _blind_of(item, blind)
        if exact is not None and run_blind in (None, item_blind):
            joined = frozenset(a + b for a in run for b in exact)
            if len(joined) <= EXACT:
                run, run_blind = joined, item_blind
                continue
        end_run()
        if exact is not None:
            run, run_blind = exact, item_blind
            continue
        if op is sre.SUBPATTERN:
            consider(_needed(av[3], item_blind))
        elif op is sre.BRANCH:
            branches = [_needed(branch, blind) for branch in av[1]]
            if all(found is not None for found in branches):
                consider(frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            least, _most, inner = av
            if least >= 1:
                consider(_needed(inner, blind))
        elif op is sre.ATOMIC_GROUP:
            consider(_needed(av, blind))
        # Anything else (a class, any character, an assertion, a reference) promises no string.
    end_run()
    return best


# The character classes of the regular-expression parser's categories (\d, \s, \w and their negations).
_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


def starts_of(pattern: str) -> list[str] | None:
    """The class items (a character, a range, \\d …) every match of *pattern* starts with one of, or None
    where that cannot be told (a pattern that may match the empty text, may start with any character, or
    changes the case rules). A superset at worst, never less."""
    if "(?i" in pattern or "(?L" in pattern:
        return None
    parsed = sre_parse.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.LOCALE):
        return None
    found = _first(parsed)
    if found is None or found[1]:
        return None
    return list(dict.fromkeys(found[0]))


def _first(parsed) -> tuple[list[str], bool] | None:
    """(the class items a match of *parsed* can start with, whether it may match the empty text), or None."""
    c = sre
    items: list[str] = []
    for op, av in parsed:
        if op is c.LITERAL:
            return [*items, re.escape(chr(av))], False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    items.append(re.escape(chr(value)))
                elif kind is c.RANGE:
                    items.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
                elif kind is c.CATEGORY and str(value) in _CATEGORIES:
                    items.append(_CATEGORIES[str(value)])
                else:  # a negated class, or what is not plain
                    return None
            return items, False
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # consumes nothing
        inner: tuple[list[str], bool] | None
        if op is c.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            inner = None if add_flags or del_flags else _first(sub)
        elif op is c.BRANCH:
            branches = [_first(branch) for branch in av[1]]
            known = [branch for branch in branches if branch is not None]
            inner = None
            if len(known) == len(branches):
                inner = ([item for branch in known for item in branch[0]], any(branch[1] for branch in known))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _, sub = av
            inner = _first(sub)
            inner = None if inner is None else (inner[0], inner[1] or low == 0)
        elif op is c.ATOMIC_GROUP:
            inner = _first(av)
        else:  # any character, a back reference, a conditional: anything may come first
            return None
        if inner is None:
            return None
        items.extend(inner[0])
        if not inner[1]:
            return items, False
    return items, True


def folds() -> str:
    """Characters outside ASCII that a case-blind ASCII letter matches (re's own answer, for every code point):
    a text with one of them may hold a case-blind cue that its lowercase does not show."""
    others = "".join(chr(code) for code in range(0x80, 0x110000) if not 0xD800 <= code < 0xE000)
    return "".join(sorted(set(re.findall("[a-z]", others, re.IGNORECASE))))


def sources() -> list[str]:
    """Every alternative of the two alternations, as entities.combine writes it."""
    japanese = entities._entity_patterns()[0]
    foreign = english._patterns()[1]
    return [*japanese._sources, *foreign._sources]


def cues_text() -> str:
    """The file's text: one pattern a line, so that a change of one pattern is one line of the diff."""

    def lines(read) -> str:
        found = {
            f"{json.dumps(entities.pattern_key(source))}: {json.dumps(made, ensure_ascii=False)}"
            for source in sources()
            if (made := read(source)) is not None
        }
        return ",\n".join(sorted(found))

    cues = lines(lambda source: None if (found := cues_of(source)) is None else sorted(found))
    starts = lines(starts_of)
    return (
        f'{{"folds": {json.dumps(folds(), ensure_ascii=False)},\n"cues": {{\n{cues}\n}},\n'
        f'"starts": {{\n{starts}\n}}}}\n'
    )


if __name__ == "__main__":
    entities.ENTITY_CUES.write_text(cues_text(), "utf-8")
    print(f"wrote {entities.ENTITY_CUES}")
