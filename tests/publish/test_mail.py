"""Mail in the release bundle: RFC 5322 messages per language, read back with the standard library."""

from __future__ import annotations

import email
import re
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
    wire = (folder / "mail.ja.eml").read_bytes().decode("ascii")
    assert wire[wire.index("\r\nSubject: ") :].startswith("\r\nSubject: =?utf-8?")  # RFC 2047 on the wire
    assert en["Subject"] == "[Investigating] Hikari Object Storage: slow responses have recurred"
    for message, lang in ((ja, "ja"), (en, "en")):
        assert message.get_content_type() == "text/plain" and message.get_content_charset() == "utf-8"
        assert message["Content-Language"] == lang
        assert message["Date"] == "Tue, 09 Jun 2026 09:10:00 +0900"
        assert re.fullmatch(rf"<003\.{lang}\.[0-9a-f]{{20}}@www\.example\.co\.jp>", message["Message-ID"])
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
    assert sorted(message.keys()) == HEADERS_WITHOUT_ID
    assert message["Subject"] == "【調査中】応答遅延 Bcc: everyone@example.com 本文の差し替え"


HEADERS_WITHOUT_ID = [
    "Content-Language",
    "Content-Transfer-Encoding",
    "Content-Type",
    "Date",
    "From",
    "MIME-Version",
    "Subject",
]
HEADERS = sorted([*HEADERS_WITHOUT_ID, "Message-ID"])
ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")


def test_an_encoded_word_in_a_title_is_text_not_header_syntax(root):
    """Issue 20: the email package decodes RFC 2047 words in a Subject assigned as a string,
    and Pythons before 3.11.10 then wrote the CR LF they hold as real header lines."""
    from dataclasses import replace

    revision = load_notice(Store(root), NOTICE).latest
    for title in (
        "=?utf-8?q?=0D=0ABcc:_everyone@example.com=0D=0AX-Injected:_1?=",
        "Outage =?utf-8?b?DQpCY2M6IGV2ZXJ5b25lQGV4YW1wbGUuY29t?= resolved",
        "障害 =?iso-8859-1?q?=0D=0ABcc:_x@example.com?=",
    ):
        text = render(notice_view(replace(revision, title=title), "en"), "eml", link="https://example.com/")
        message = email.message_from_string(text, policy=policy.default)
        assert sorted(message.keys()) == HEADERS_WITHOUT_ID, text
        assert message["Subject"] == "[Investigating] " + title  # the very text: decoded once, never twice
        assert "\r" not in str(message["Subject"]) and "\n" not in str(message["Subject"])


def _headers(raw: bytes) -> list[tuple[str, str]]:
    """The header lines of *raw* as (name, the value's lines), unfolded by hand."""
    head = raw.split(b"\r\n\r\n", 1)[0].decode("ascii")
    fields: list[list[str]] = []
    for line in head.split("\r\n"):
        if line[:1] in (" ", "\t"):
            fields[-1].append(line)
        else:
            fields.append([line])
    return [(field[0].split(":", 1)[0], "\r\n".join(field)) for field in fields]


def test_every_released_message_keeps_to_the_rfcs(root):
    """Every revision of every fixture notice, released: RFC 5322 line lengths, RFC 2047 word
    lengths, values that start on their header's line, Message-IDs unique and stable."""
    store = Store(root)
    notices = sorted(p.name for p in (root / "notices").iterdir())
    ids: dict[str, Path] = {}
    messages: list[Path] = []
    for notice_id in notices:
        for number in range(1, len(load_notice(store, notice_id).revisions) + 1):
            out = root / "dist"
            result = run(root, "release", notice_id, "--rev", str(number), "--out", str(out), "--allow-incomplete")
            assert result.exit_code == 0, result.stderr
            messages += sorted((out / notice_id / f"{number:03d}").glob("mail.*.eml"))
    assert len(messages) >= 2 * 10
    for path in messages:
        raw = path.read_bytes()
        assert raw.isascii(), path  # 7bit on the wire: headers encoded, bodies 7bit or quoted-printable
        assert b"\n" not in raw.replace(b"\r\n", b"") and b"\r" not in raw.replace(b"\r\n", b""), path
        for line in raw.split(b"\r\n"):
            assert len(line) <= 78, (path, line)
        headers = _headers(raw)
        assert sorted(name for name, _ in headers) == HEADERS, path
        for name, value in headers:
            first = value.split("\r\n", 1)[0]
            assert first[len(name) + 1 :].strip(), (path, name)  # the value starts on the name's line
            for word in ENCODED_WORD.findall(value):
                assert len(word) <= 75, (path, word)
        message = email.message_from_bytes(raw, policy=policy.default)
        assert message["Content-Transfer-Encoding"] in ("7bit", "quoted-printable"), path
        lang = path.stem.split(".")[1]
        if lang == "ja":
            assert message["Content-Transfer-Encoding"] == "quoted-printable"
            assert any("\u3040" <= c <= "\u30ff" for c in message.get_content())
        notice_id, stem = path.parent.parent.name, path.parent.name
        assert re.fullmatch(rf"<{stem}\.{lang}\.[0-9a-f]{{20}}@[a-z0-9.-]+>", message["Message-ID"])
        assert message["Message-ID"] not in ids, (path, ids.get(message["Message-ID"]))
        ids[message["Message-ID"]] = path
    # Released again, the same bundles carry the same Message-IDs; a changed bundle, a new one.
    before = {path: path.read_bytes() for path in messages}
    notice_id = notices[0]
    result = run(root, "release", notice_id, "--rev", "1", "--out", str(root / "dist"), "--allow-incomplete")
    assert result.exit_code == 0, result.stderr
    assert {path: path.read_bytes() for path in messages} == before
    result = run(
        root, "release", notice_id, "--rev", "1", "--out", str(root / "dist"), "--allow-incomplete", "--force",
        "--base-url", "https://status.example.org/",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    changed = email.message_from_bytes(
        (root / "dist" / notice_id / "001" / "mail.ja.eml").read_bytes(), policy=policy.default
    )
    assert changed["Message-ID"] not in ids


def test_the_project_id_names_the_messages(root):
    config = root / "kokuchi.yaml"
    config.write_text(config.read_text("utf-8") + "\nproject:\n  id: status.example.org\n", "utf-8")
    folder = _release(root)
    ja, en = _message(folder / "mail.ja.eml"), _message(folder / "mail.en.eml")
    assert ja["Message-ID"].endswith("@status.example.org>") and en["Message-ID"].endswith("@status.example.org>")
    config.write_text(config.read_text("utf-8").replace("status.example.org", "status example"), "utf-8")
    result = run(root, "release", NOTICE, "--out", str(root / "dist"))
    assert result.exit_code == 1
    assert re.fullmatch(r"kokuchi\.yaml:\d+:3: project\.id: 'status example' is not a domain name .*\n", result.stderr)


def test_a_japanese_sender_name_is_encoded_and_a_forged_one_refused(root):
    config = root / "kokuchi.yaml"
    original = config.read_text("utf-8")
    config.write_text(original + '\nmail:\n  from: "例示クラウド サポート窓口 <support@example.co.jp>"\n', "utf-8")
    message = _message(_release(root) / "mail.ja.eml")
    assert message["From"].addresses[0].display_name == "例示クラウド サポート窓口"
    assert message["From"].addresses[0].addr_spec == "support@example.co.jp"
    config.write_text(original + '\nmail:\n  from: "=?utf-8?q?x=0D=0ABcc:_y@example.com?= <a@example.com>"\n', "utf-8")
    result = run(root, "release", NOTICE, "--out", str(root / "dist"), "--force")
    assert result.exit_code == 1
    assert re.fullmatch(r"kokuchi\.yaml:\d+:3: mail\.from: '=\?utf-8.* is not a mail address .*\n", result.stderr)


def test_without_a_base_url_the_message_id_names_the_senders_domain(root):
    config = root / "kokuchi.yaml"
    config.write_text(
        config.read_text("utf-8") + '\nmail:\n  from: "Example Cloud Support <support@example.co.jp>"\n', "utf-8"
    )
    folder = _release(root)
    for lang in ("ja", "en"):
        message = _message(folder / f"mail.{lang}.eml")
        assert re.fullmatch(rf"<003\.{lang}\.[0-9a-f]{{20}}@example\.co\.jp>", message["Message-ID"])
        assert message["From"].addresses[0].addr_spec == "support@example.co.jp"
