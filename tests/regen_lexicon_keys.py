"""Rewrite src/kokuchi/data/same-meaning.keys.json: the keys the analyzer gives each expression of
same-meaning.json. Run on purpose after editing same-meaning.json (or after a change of how keys are read,
or of the dictionary), then review the diff:

    python tests/regen_lexicon_keys.py

tests/language/test_lexicon_keys.py checks the shipped keys against a build from scratch.
"""

from __future__ import annotations

import json

from kokuchi.language.evidence import SAME_MEANING, SAME_MEANING_KEYS, build_lexicon, lexicon_source


def keys_text() -> str:
    raw = SAME_MEANING.read_bytes()
    lexicon = build_lexicon(json.loads(raw))
    made = {
        "made_from": lexicon_source(raw),
        "courtesy": [list(p) for p in lexicon.courtesy],
        "equivalent": [[list(p), group] for p, group in lexicon.equivalent.items()],
        "please_not": lexicon.please_not,
    }
    return json.dumps(made, ensure_ascii=False, indent=0) + "\n"


if __name__ == "__main__":
    SAME_MEANING_KEYS.write_text(keys_text(), "utf-8")
    print(f"wrote {SAME_MEANING_KEYS}")
