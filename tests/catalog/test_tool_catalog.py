"""kokuchi's own Japanese catalog: valid for GNU gettext, complete for every label."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import needs_gettext

from kokuchi.language.labels import labels
from kokuchi.views.common import HEADINGS, SEVERITY_LABELS, STATE_LABELS, STATUS_LABELS, TYPE_LABELS, UPDATE_LABELS

PO = Path(__file__).resolve().parents[2] / "src" / "kokuchi" / "locales" / "ja" / "LC_MESSAGES" / "kokuchi.po"


@needs_gettext
def test_msgfmt_accepts_the_catalog(tmp_path):
    subprocess.run(["msgfmt", "-c", "--check-format", "-o", str(tmp_path / "kokuchi.mo"), str(PO)], check=True)


@pytest.mark.parametrize(
    "context,table",
    [
        ("status", STATUS_LABELS),
        ("heading", HEADINGS),
        ("state", STATE_LABELS),
        ("update", UPDATE_LABELS),
        ("type", TYPE_LABELS),
        ("severity", SEVERITY_LABELS),
    ],
)
def test_every_label_has_a_japanese_translation(context, table):
    ja = labels("ja")
    missing = [msgid for msgid in table.values() if ja(context, msgid) == msgid]
    assert missing == []


def test_terms_from_the_design():
    ja = labels("ja")
    assert ja("heading", "Workaround") == "暫定対策(ワークアラウンド)"
    assert ja("status", "Resolved") == "復旧済み"
    assert ja("state", "No longer needed") == "不要"
    assert ja("heading", "Vulnerability description") == "脆弱性の内容"  # an advisory's impact section
    assert labels("en")("status", "Resolved") == "Resolved"
