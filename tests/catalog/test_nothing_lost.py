"""A property test: random sequences of editing, translating, updating (with a
translator saving in the middle of it), releasing and building the site never
lose a revision, a translation or a released record."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import polib
from conftest import run
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

NOTICE = "kessai-card-outage"
PO = Path("locales/en/LC_MESSAGES/notices.po")

FIRST = """\
revision: 1
published: 2026-04-01T10:00:00+09:00
status: investigating
title: 決済サービスの一部機能がご利用いただけない事象について
products:
  - Hoshizora Pay
sections:
  - id: impact
    kind: impact
    body: |
      クレジットカード決済がご利用いただけない状態となっております。
  - id: request
    kind: request
    body: |
      お客様による対応は不要です。
updates:
  - at: 2026-04-01T10:00:00+09:00
    kind: investigating
    body: 原因を調査しております。
"""

# What editors write in later revisions: small wording changes, a time that
# moves, a meaning that flips (不要 → 必要), text that comes back.
IMPACT = [
    "クレジットカード決済がご利用いただけない状態となっております。",
    "クレジットカード決済が一部ご利用いただけない状態となっております。",
    "10時15分以降、クレジットカード決済の処理に遅延が発生しております。",
    "10時45分以降、クレジットカード決済の処理に遅延が発生しております。",
    "現在、復旧に向けて対応を進めております。",
]
REQUEST = [
    "お客様による対応は不要です。",
    "お客様による対応が必要です。",
    "決済が完了しない場合は、時間をおいて再度お試しください。",
]
ENGLISH = [
    "Card payments are unavailable.",
    "Some card payments are unavailable.",
    "We are working on a fix.",
    "No action is needed.",
    "Please try again later.",
    "Payments are delayed.",
]


def _catalog(root: Path) -> polib.POFile:
    return polib.pofile(str(root / PO), wrapwidth=0)


class Project(RuleBasedStateMachine):
    """A project in a temporary folder, and what must never be lost from it."""

    def __init__(self):
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="kokuchi-nothing-lost-"))
        self.root = self.tmp / "project"
        folder = self.root / "notices" / NOTICE
        folder.mkdir(parents=True)
        (folder / "001.yaml").write_text(FIRST, "utf-8")
        assert run(self.root, "catalog", "init", "-l", "en").exit_code == 0
        self.revisions: dict[int, bytes] = {1: FIRST.encode("utf-8")}  # every revision file, as written
        self.translations: dict[tuple[str, str], str] = {}  # the translator's latest save per message
        self.released: dict[str, str] = {}  # revision → sha256 recorded
        self.saves = 0

    def teardown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- what people do --------------------------------------------------------

    @rule(impact=st.sampled_from(IMPACT), request=st.sampled_from(REQUEST))
    def editor_publishes_a_revision(self, impact, request):
        number = max(self.revisions) + 1
        published = datetime(2026, 4, 1, 10, tzinfo=timezone(timedelta(hours=9))) + timedelta(hours=number)
        result = run(self.root, "revise", NOTICE, "--published", published.isoformat())
        assert result.exit_code == 0, result.stderr
        path = self.root / "notices" / NOTICE / f"{number:03d}.yaml"
        text = path.read_text("utf-8").split("sections:")[0] + (
            "sections:\n  - id: impact\n    kind: impact\n    body: |\n      "
            + impact
            + "\n  - id: request\n    kind: request\n    body: |\n      "
            + request
            + "\nupdates:\n  - at: 2026-04-01T10:00:00+09:00\n    kind: investigating\n    body: 原因を調査しております。\n"
        )
        path.write_text(text, "utf-8")
        self.revisions[number] = text.encode("utf-8")

    def _save_translation(self, pick: int, english: str) -> None:
        catalog = _catalog(self.root)
        live = [e for e in catalog if not e.obsolete]
        entry = live[pick % len(live)]
        self.saves += 1
        english = f"{english} (save {self.saves})"  # each save its own text, to be found again
        entry.msgstr = english
        entry.flags = [f for f in entry.flags if f not in ("fuzzy", "kokuchi-flip", "kokuchi-auto")]
        catalog.save(str(self.root / PO))
        self.translations[(entry.msgctxt, entry.msgid)] = english

    @rule(pick=st.integers(0, 50), english=st.sampled_from(ENGLISH))
    def translator_saves(self, pick, english):
        self._save_translation(pick, english)

    @rule()
    def catalog_update(self):
        result = run(self.root, "catalog", "update")
        assert result.exit_code == 0, result.stderr

    @rule(
        pick=st.integers(0, 50),
        english=st.sampled_from(ENGLISH),
        impact=st.sampled_from(IMPACT),
        request=st.sampled_from(REQUEST),
    )
    def editor_publishes_and_translator_saves_during_the_update(self, pick, english, impact, request):
        self.editor_publishes_a_revision(impact, request)
        self.translator_saves_during_an_update(pick, english)

    @rule(pick=st.integers(0, 50), english=st.sampled_from(ENGLISH))
    def translator_saves_during_an_update(self, pick, english):
        import kokuchi.catalog.merge as catalog_module

        merge = catalog_module.merge

        def merge_while_saving(*args, **kwargs):
            merged = merge(*args, **kwargs)
            self._save_translation(pick, english)
            return merged

        catalog_module.merge = merge_while_saving
        try:
            result = run(self.root, "catalog", "update")
        finally:
            catalog_module.merge = merge
        # Refused (the save came first) or up to date: never written over the save.
        assert result.exit_code in (0, 1), result.stderr
        assert "Traceback" not in result.stderr

    @rule(pick=st.integers(1, 20), force=st.booleans())
    def release(self, pick, force):
        number = pick % max(self.revisions) + 1
        args = ["release", NOTICE, "--rev", str(number), "--allow-incomplete"] + (["--force"] if force else [])
        result = run(self.root, *args)
        assert result.exit_code in (0, 1) and "Traceback" not in result.stderr, result.stderr
        if result.exit_code == 0:
            record = json.loads((self.root / "notices" / NOTICE / "released.json").read_text("utf-8"))
            self.released.setdefault(str(number), record["revisions"][str(number)]["sha256"])

    @rule()
    def site(self):
        result = run(self.root, "site")
        assert result.exit_code == 0, result.stderr

    @rule(number=st.integers(1, 20))
    def editor_edits_a_released_revision_and_deletes_dist(self, number):
        number = number % max(self.revisions) + 1
        if str(number) not in self.released:
            return
        path = self.root / "notices" / NOTICE / f"{number:03d}.yaml"
        path.write_bytes(self.revisions[number] + b"# edited after the release\n")
        shutil.rmtree(self.root / "dist", ignore_errors=True)
        result = run(self.root, "release", NOTICE, "--rev", str(number), "--allow-incomplete", "--force")
        assert result.exit_code == 1 and "released revisions are immutable" in result.stderr, result.stderr
        path.write_bytes(self.revisions[number])  # the editor undoes it

    # -- what must hold ----------------------------------------------------------

    @invariant()
    def no_revision_is_lost(self):
        folder = self.root / "notices" / NOTICE
        for number, content in self.revisions.items():
            assert (folder / f"{number:03d}.yaml").read_bytes() == content

    @invariant()
    def no_translation_is_lost(self):
        catalog = _catalog(self.root)
        kept = {(e.msgctxt, e.msgid): e.msgstr for e in catalog}
        everywhere = {e.msgstr for e in catalog} | {
            line.removeprefix("previous translation: ") for e in catalog for line in (e.tcomment or "").split("\n")
        }
        for key, english in self.translations.items():
            # Where the message still is, it keeps the translation; where its
            # source changed, the translation lives on (obsolete, or offered).
            assert kept.get(key) == english or (key not in kept and english in everywhere), key

    @invariant()
    def no_released_record_is_lost(self):
        if not self.released:
            return
        record = json.loads((self.root / "notices" / NOTICE / "released.json").read_text("utf-8"))["revisions"]
        for number, digest in self.released.items():
            assert record[number]["sha256"] == digest


Project.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=10,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_nothing_is_lost = Project.TestCase
