"""tests/hostile/po: broken PO files, each refused by every catalog command
with one located line, no traceback and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run, snapshot

CORPUS = Path(__file__).resolve().parent / "po"

# file: (line, what the message says)
EXPECTED = {
    "unterminated-string.po": (6, "end-of-line within string"),
    "terminal-escape-sequence.po": (7, "invalid control sequence \\e"),
    "plural-index-gap.po": (9, "msgstr[2] out of order"),
    "msgstr-without-msgid.po": (5, "a second msgstr"),
    "unknown-charset.po": (3, "unknown charset 'X-KOKUCHI-7'"),
    "not-the-declared-charset.po": (6, "bytes that are not valid utf-8"),
    "obsolete-duplicate.po": (10, "duplicate message definition (first at"),
    "half-obsolete-entry.po": (7, "an entry partly obsolete (#~) and partly not"),
    "second-msgstr.po": (8, "a second msgstr"),
}


def test_the_corpus_is_what_the_tests_expect():
    assert sorted(p.name for p in CORPUS.glob("*.po")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_merge_refuses_with_the_line(tmp_path, name):
    line, message = EXPECTED[name]
    definitions = tmp_path / name
    definitions.write_bytes((CORPUS / name).read_bytes())
    template = tmp_path / "notices.pot"
    template.write_text('msgctxt "body"\nmsgid "復旧しました。"\nmsgstr ""\n', "utf-8")
    before = snapshot(tmp_path)
    result = run(tmp_path, "catalog", "merge", str(definitions), str(template), "-o", str(tmp_path / "out.po"))
    assert result.exit_code == 1
    assert f"{definitions}:{line}: " in result.output and message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert snapshot(tmp_path) == before
