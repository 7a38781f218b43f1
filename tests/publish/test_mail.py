"""Mail in the release bundle: RFC 5322 messages per language, read back with the standard library."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

from conftest import run
from rich.cells import cell_len

from kokuchi.language.linebreak import NO_END, NO_START
from kokuchi.notice.load import load_notice
from kokuchi.project.layout import Store
from kokuchi.render import render
from kokuchi.views.notice import notice_view

NOTICE = "hikari-storage-latency"


def _release(root: Path, *args: str) -> Path:
    result = run(root, "release", NOTICE, "--out", str(root / "dist"), *args)
    assert result.exit_code == 0, result.stderr
    return root / "dist" / NOTICE / "003"


def _message(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def test_one_message_per_language_with_an_encoded_subject_and_a_link(root):
    folder = _release(root, "--base-url", "https://www.example.co.jp/support/notices/")
    ja, en = _message(folder / "mail.ja.eml"), _message(folder / "mail.en.eml")
    assert ja["Subject"] == "【調査中】Hikari Object Storage 応答遅延の再発について"
    assert "=?utf-8?" in (folder / "mail.ja.eml").read_text("utf-8").split("\n", 1)[0]  # RFC 2047 on the wire
    assert en["Subject"] == "[Investigating] Hikari Object Storage: slow responses have recurred"
    for message, lang in ((ja, "ja"), (en, "en")):
        assert message.get_content_type() == "text/plain" and message.get_content_charset() == "utf-8"
        assert message["Content-Language"] == lang
        assert message["Date"] == "Tue, 09 Jun 2026 09:10:00 +0900"
        assert message["Message-ID"] == f"<{NOTICE}.003.{lang}@www.example.co.jp>"
        assert message["From"]
        assert f"https://www.example.co.jp/support/notices/{NOTICE}/index.{lang}.html" in message.get_content()
    assert (folder / "mail.ja.eml").read_bytes().count(b"\r\n") > 10  # CRLF, as RFC 5322 says


def test_bodies_wrap_at_72_columns_with_kinsoku_in_japanese(root):
    folder = _release(root)
    ja = _message(folder / "mail.ja.eml").get_content().splitlines()
    en = _message(folder / "mail.en.eml").get_content().splitlines()
    assert "  大阪リージョンの一部のバケットにおいて、オブジェクトの読み込みおよび" in ja
    for line in ja:
        assert cell_len(line) <= 72, line
        text = line.strip().removeprefix("・")  # the list bullet
        assert not text or (text[0] not in NO_START and text[-1] not in NO_END), line
    assert all(len(line) <= 72 for line in en)
    assert "Read this notice on the web:" in en and "index.en.html" in en


def test_notice_text_cannot_add_a_header(root):
    store = Store(root)
    revision = load_notice(store, NOTICE).latest
    from dataclasses import replace

    hostile = replace(revision, title="応答遅延\r\nBcc: everyone@example.com\r\n\r\n本文の差し替え")
    text = render(notice_view(hostile, "ja"), "eml", link="https://example.com/")
    message = email.message_from_string(text, policy=policy.default)
    assert message["Bcc"] is None
    assert sorted(message.keys()) == [
        "Content-Language",
        "Content-Transfer-Encoding",
        "Content-Type",
        "Date",
        "From",
        "MIME-Version",
        "Subject",
    ]
    assert message["Subject"] == "【調査中】応答遅延 Bcc: everyone@example.com 本文の差し替え"


def test_without_a_base_url_the_message_id_names_the_senders_domain(root):
    config = root / "kokuchi.yaml"
    config.write_text(
        config.read_text("utf-8") + '\nmail:\n  from: "Example Cloud Support <support@example.co.jp>"\n', "utf-8"
    )
    folder = _release(root)
    for lang in ("ja", "en"):
        message = _message(folder / f"mail.{lang}.eml")
        assert message["Message-ID"] == f"<{NOTICE}.003.{lang}@example.co.jp>"
        assert message["From"].addresses[0].addr_spec == "support@example.co.jp"
