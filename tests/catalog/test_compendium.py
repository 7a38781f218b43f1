"""Compendia: an earlier notice's English offered for the same stock sentence,
under the same guards as any suggestion, and labelled with where it came from."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import run, snapshot

from kokuchi.catalog import po
from kokuchi.catalog.merge import Compendium, merge
from kokuchi.language.flips import load_flip_pairs

PO_PATH = Path("locales/en/LC_MESSAGES/notices.po")

# Notice A (another product's project) was translated long ago.
APOLOGY = "ご利用のお客様には大変ご迷惑をおかけしておりますことを深くお詫び申し上げます。"
CONTACT = "本件に関するお問い合わせは、2025年4月1日までにサポート窓口までご連絡ください。"
ENABLE = "回避策として、管理画面からスキャン除外リストの機能を有効化してください。"
ENGLISH = {
    APOLOGY: "We sincerely apologize for the inconvenience caused to our customers.",
    CONTACT: "For inquiries about this matter, please contact the support desk by April 1, 2025.",
    ENABLE: "As a workaround, enable the scan exclusion list feature from the management console.",
}
# Notice B says the same apology, moves the contact date, and flips the workaround.
CONTACT_B = "本件に関するお問い合わせは、2025年5月5日までにサポート窓口までご連絡ください。"
DISABLE = "回避策として、管理画面からスキャン除外リストの機能を無効化してください。"


def notice(root: Path, notice_id: str, title: str, paragraphs: list[str]) -> None:
    folder = root / "notices" / notice_id
    folder.mkdir(parents=True)
    body = "".join(f"      {p}\n\n" for p in paragraphs).rstrip("\n") + "\n"
    (folder / "001.yaml").write_text(
        f"revision: 1\npublished: 2026-04-0{len(notice_id) % 9 + 1}T10:00:00+09:00\nstatus: investigating\n"
        f"title: {title}\nsections:\n  - id: impact\n    kind: impact\n    body: |\n{body}",
        "utf-8",
    )


@pytest.fixture
def notice_a(tmp_path: Path) -> Path:
    """Project A with its English catalog fully translated: the compendium."""
    root = tmp_path / "product-a"
    notice(root, "scan-alerts-a", "検知アラート通知の障害について", [APOLOGY, CONTACT, ENABLE])
    assert run(root, "catalog", "init", "-l", "en").exit_code == 0
    catalog = po.read(root / PO_PATH)
    for entry in catalog:
        entry.msgstr = ENGLISH.get(entry.msgid, "Incident: detection alerts not sent")
    (root / PO_PATH).write_bytes(po.to_bytes(catalog))
    return root / PO_PATH


@pytest.fixture
def project_b(tmp_path: Path) -> Path:
    root = tmp_path / "product-b"
    notice(root, "older-notice", "定期メンテナンスのお知らせ", ["メンテナンス作業は予定どおり完了しました。"])
    assert run(root, "catalog", "init", "-l", "en").exit_code == 0
    notice(root, "scan-alerts-b", "スキャン除外リストの不具合について", [APOLOGY, CONTACT_B, DISABLE])
    return root


def entry(root: Path, msgid: str) -> po.POEntry:
    return next(e for e in po.read(root / PO_PATH) if e.msgid == msgid and not e.obsolete)


def check_stock_sentences(root: Path, compendium_name: str) -> None:
    apology = entry(root, APOLOGY)
    assert apology.msgstr == ENGLISH[APOLOGY] and not apology.flags  # the same sentence: its translation
    assert apology.tcomment == f"compendium: {compendium_name}"
    contact = entry(root, CONTACT_B)  # only the date moved: updated in place, for review
    assert contact.msgstr == "For inquiries about this matter, please contact the support desk by May 5, 2025."
    assert contact.flags == ["kokuchi-auto"] and contact.previous_msgid == CONTACT
    assert f"compendium: {compendium_name}" in contact.tcomment.split("\n")
    flipped = entry(root, DISABLE)  # 有効化 → 無効化: the old English says the opposite, never offered
    assert flipped.msgstr == "" and flipped.flags == ["kokuchi-flip"]
    assert re.match(r"meaning flip: 有効(化)? ⇄ 無効(化)?; ", flipped.tcomment)
    assert f"compendium: {compendium_name}" in flipped.tcomment.split("\n")


def test_update_offers_notice_a_english_to_notice_b_but_not_a_flipped_sentence(project_b, notice_a):
    result = run(project_b, "catalog", "update", "-C", str(notice_a))
    assert result.exit_code == 0, result.output
    assert "3 from compendia" in result.output
    check_stock_sentences(project_b, notice_a.as_posix())
    if shutil.which("msgfmt"):
        subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(project_b / PO_PATH)], check=True)


def test_the_project_setting_names_default_compendia(project_b, notice_a):
    shared = project_b / "memory" / "product-a.po"
    shared.parent.mkdir()
    shutil.copy(notice_a, shared)
    (project_b / "locales" / "compendia.yaml").write_text("compendia:\n  - memory/product-a.po\n", "utf-8")
    assert run(project_b, "catalog", "update").exit_code == 0
    check_stock_sentences(project_b, "memory/product-a.po")
    # A second update changes nothing: the provenance note is part of the translation now.
    before = snapshot(project_b / "locales")
    again = run(project_b, "catalog", "update", "--check")
    assert again.exit_code == 0, again.output
    assert snapshot(project_b / "locales") == before


def test_a_bad_compendia_setting_is_refused_without_writing(project_b):
    (project_b / "locales" / "compendia.yaml").write_text("compendia: product-a.po\n", "utf-8")
    before = snapshot(project_b)
    result = run(project_b, "catalog", "update")
    assert result.exit_code == 1
    assert "locales/compendia.yaml:1:1: compendia: expected a list of PO files" in result.output
    assert snapshot(project_b) == before


def test_the_catalog_own_translation_wins_over_a_compendium(notice_a):
    ours = po.parse_bytes(f'msgctxt "body"\nmsgid "{APOLOGY}"\nmsgstr "Our own apology."\n'.encode(), "en.po")
    template = po.parse_bytes(f'msgctxt "body"\nmsgid "{APOLOGY}"\nmsgstr ""\n'.encode(), "notices.pot")
    merged, stats = merge(template, ours, load_flip_pairs(None), compendia=[Compendium(po.read(notice_a), "a.po")])
    assert [(e.msgstr, e.tcomment) for e in merged] == [("Our own apology.", "")] and stats.compendium == 0


def test_merge_takes_compendia_too(tmp_path, notice_a):
    definitions = tmp_path / "b.po"
    definitions.write_bytes(b"")
    template = tmp_path / "b.pot"
    template.write_text(
        "".join(f'msgctxt "body"\nmsgid "{text}"\nmsgstr ""\n\n' for text in (APOLOGY, DISABLE)), "utf-8"
    )
    result = run(
        tmp_path, "catalog", "merge", str(definitions), str(template), "--compendium", str(notice_a), "-o", "-"
    )
    assert result.exit_code == 0
    merged = po.parse_bytes(result.stdout_bytes, "stdout")
    assert [(e.msgstr, e.flags) for e in merged] == [(ENGLISH[APOLOGY], []), ("", ["kokuchi-flip"])]


def test_a_compendium_translation_never_crosses_roles():
    """The same words as a title are not offered for a paragraph: roles are contexts."""
    memory = po.parse_bytes(f'msgctxt "title"\nmsgid "{APOLOGY}"\nmsgstr "Apology"\n'.encode(), "a.po")
    template = po.parse_bytes(f'msgctxt "body"\nmsgid "{APOLOGY}"\nmsgstr ""\n'.encode(), "notices.pot")
    merged, stats = merge(template, po.new_catalog(), load_flip_pairs(None), compendia=[Compendium(memory, "a.po")])
    assert [(e.msgctxt, e.msgstr, e.flags) for e in merged] == [("body", "", [])] and stats.compendium == 0
