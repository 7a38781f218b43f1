"""The PO layer against GNU gettext: what msgfmt reads is what kokuchi reads,
what kokuchi writes msgfmt reads back the same, and what msgfmt refuses kokuchi
refuses with file:line."""

from __future__ import annotations

import gettext
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kokuchi.catalog import po
from kokuchi.core.errors import KokuchiError

pytestmark = pytest.mark.skipif(
    shutil.which("msgfmt") is None, reason="needs GNU gettext (msgfmt), installed by .ci/run"
)

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset={charset}\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'


def gnu_messages(path: Path, tmp_path: Path) -> dict[str, str]:
    """What GNU msgfmt makes of a PO file: its messages, decoded as gettext does."""
    mo = tmp_path / "gnu.mo"
    subprocess.run(["msgfmt", "-c", "-o", str(mo), str(path)], check=True, capture_output=True)
    with mo.open("rb") as handle:
        translations = gettext.GNUTranslations(handle)
    return {k: v for k, v in translations._catalog.items() if k}


def kokuchi_messages(catalog: po.POFile) -> dict[str, str]:
    return {entry.msgid: entry.msgstr for entry in catalog if entry.msgstr and not entry.obsolete}


def test_escapes_read_as_gnu_reads_them_and_written_back_once(tmp_path):
    source = tmp_path / "escapes.po"
    source.write_bytes(
        (
            HEADER.format(charset="UTF-8")
            + 'msgid "hex \\x41 and octal \\101"\nmsgstr "\\x42 \\102 caf\\303\\251 tab\\tbell\\a"\n'
        ).encode()
    )
    catalog = po.read(source)
    assert kokuchi_messages(catalog) == gnu_messages(source, tmp_path) == {"hex A and octal A": "B B café tab\tbell\a"}
    written = tmp_path / "written.po"
    written.write_bytes(po.to_bytes(catalog))
    text = written.read_text("utf-8")
    assert 'msgid "hex A and octal A"' in text and '"B B café tab\\tbell\\a"' in text and "\\\\x" not in text
    assert gnu_messages(written, tmp_path) == {"hex A and octal A": "B B café tab\tbell\a"}


@pytest.mark.parametrize(
    "body, line, message",
    [
        ('msgid "障害のお知らせ\nmsgstr ""\n', 6, "end-of-line within string"),
        ('msgid "a"\nmsgstr "b\\q"\n', 7, "invalid control sequence"),
        ('msgctxt "body"\nmsgid_plural "先に複数形"\nmsgstr[0] ""\n', 7, "msgid_plural without msgid"),
        ('msgid "a"\nmsgstr[1] "b"\n', 7, "without msgid_plural"),
        ('msgid "a"\nmsgid "b"\nmsgstr ""\n', 7, "missing msgstr"),
        ('msgid "a"\nmsgstr ""\nmsgstr "x"\n', 8, "a second msgstr"),
        ('msgid "a"\nmsgid_plural "as"\nmsgstr "x"\n', 8, "msgstr without an index"),
        ('msgid "a" msgstr "b" garbage\n', 6, "syntax error"),
    ],
)
def test_what_msgfmt_refuses_is_refused_with_its_line(tmp_path, body, line, message):
    path = tmp_path / "broken.po"
    path.write_text(HEADER.format(charset="UTF-8") + body, "utf-8")
    gnu = subprocess.run(["msgfmt", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert gnu.returncode != 0, "msgfmt accepts it, so kokuchi must too"
    with pytest.raises(KokuchiError) as error:
        po.read(path, "locales/en/LC_MESSAGES/notices.po")
    assert str(error.value).startswith(f"locales/en/LC_MESSAGES/notices.po:{line}: ")
    assert message in str(error.value)


def test_valid_syntax_that_polib_refused(tmp_path):
    path = tmp_path / "syntax.po"
    path.write_text(
        HEADER.format(charset="UTF-8")
        + '#:file.c:1\nmsgid "2" msgstr "二"\n\n'
        + '#,fuzzy\n#| msgid "3"\nmsgid "4"\nmsgstr "四"\n\n'
        + 'msgid ""\n"複数行の"\n"原文"\nmsgstr "joined"\n\n'
        + 'domain "other"\nmsgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "5"\nmsgstr "五"\n',
        "utf-8",
    )
    subprocess.run(["msgcat", "-o", "/dev/null", str(path)], check=True)  # valid PO for GNU
    catalog = po.read(path)
    two, four, joined, five = catalog
    assert (two.msgid, two.msgstr, two.occurrences) == ("2", "二", [("file.c", "1")])
    assert four.flags == ["fuzzy"] and four.previous_msgid == "3"
    assert joined.msgid == "複数行の原文"
    assert (five.domain, five.msgstr) == ("other", "五")
    again = po.parse_bytes(po.to_bytes(catalog), "again")
    assert po.same_content(again, catalog)
    written = tmp_path / "written.po"
    written.write_bytes(po.to_bytes(catalog))
    gnu = subprocess.run(["msgcat", str(written)], check=True, capture_output=True, text=True).stdout
    assert 'domain "other"' in gnu and 'msgstr "五"' in gnu


# One translation per legacy charset, with the characters that trip naive
# readers: Shift_JIS 表 and ソ end in byte 0x5C, a backslash in ASCII.
CHARSETS = [
    ("ISO-8859-1", "Maintenance", "Maintenance du réseau à Zürich"),
    ("EUC-JP", "Maintenance", "定期メンテナンスのお知らせ"),
    ("Shift_JIS", "Table", "障害情報の一覧表とソフトウェア"),
    ("EUC-KR", "Maintenance", "정기 점검 안내"),
]


@pytest.mark.parametrize("charset, msgid, msgstr", CHARSETS)
def test_legacy_charsets_are_read_and_kept(tmp_path, charset, msgid, msgstr):
    path = tmp_path / f"{charset}.po"
    path.write_bytes((HEADER.format(charset=charset) + f'msgid "{msgid}"\nmsgstr "{msgstr}"\n').encode(charset))
    catalog = po.read(path)
    assert kokuchi_messages(catalog) == gnu_messages(path, tmp_path) == {msgid: msgstr}
    data = po.to_bytes(catalog)
    assert data.decode(charset) == po.to_text(catalog)  # the bytes are the header's charset
    written = tmp_path / "written.po"
    written.write_bytes(data)
    assert gnu_messages(written, tmp_path) == {msgid: msgstr}


@pytest.mark.parametrize("charset, msgid, msgstr", CHARSETS)
def test_merge_converts_as_msgmerge_does(tmp_path, charset, msgid, msgstr):
    """A UTF-8 template with a legacy-charset catalog: both tools write UTF-8 and say so."""
    from kokuchi.catalog.merge import merge

    catalog = tmp_path / "de.po"
    catalog.write_bytes((HEADER.format(charset=charset) + f'msgid "{msgid}"\nmsgstr "{msgstr}"\n').encode(charset))
    template = tmp_path / "t.pot"
    template.write_text(
        HEADER.format(charset="UTF-8") + f'msgid "{msgid}"\nmsgstr ""\n\nmsgid "Café"\nmsgstr ""\n', "utf-8"
    )
    gnu = tmp_path / "gnu.po"
    subprocess.run(["msgmerge", "-q", "-o", str(gnu), str(catalog), str(template)], check=True)
    merged, _ = merge(po.read(template), po.read(catalog), _no_flips())
    ours = tmp_path / "ours.po"
    ours.write_bytes(po.to_bytes(merged))
    assert po.read(ours).charset == po.read(gnu).charset == "UTF-8"
    assert gnu_messages(ours, tmp_path) == gnu_messages(gnu, tmp_path) == {msgid: msgstr}


@pytest.mark.parametrize("charset, msgid, msgstr", CHARSETS)
def test_merge_keeps_the_charset_of_a_template_in_the_same_one(tmp_path, charset, msgid, msgstr):
    from kokuchi.catalog.merge import merge

    catalog = tmp_path / "catalog.po"
    catalog.write_bytes((HEADER.format(charset=charset) + f'msgid "{msgid}"\nmsgstr "{msgstr}"\n').encode(charset))
    template = tmp_path / "t.pot"
    template.write_bytes(
        (HEADER.format(charset=charset) + f'msgid "{msgid}"\nmsgstr ""\n\nmsgid "New"\nmsgstr ""\n').encode(charset)
    )
    gnu = subprocess.run(["msgmerge", "-q", "-o", "-", str(catalog), str(template)], check=True, capture_output=True)
    merged, _ = merge(po.read(template), po.read(catalog), _no_flips())
    assert merged.charset == po.parse_bytes(gnu.stdout, "gnu").charset == charset
    ours = tmp_path / "ours.po"
    ours.write_bytes(po.to_bytes(merged))
    assert msgstr.encode(charset) in ours.read_bytes()
    assert gnu_messages(ours, tmp_path) == {msgid: msgstr}


def test_an_ascii_template_keeps_the_catalog_charset(tmp_path):
    from kokuchi.catalog.merge import merge

    catalog = tmp_path / "de.po"
    catalog.write_bytes((HEADER.format(charset="ISO-8859-1") + 'msgid "white"\nmsgstr "weiß"\n').encode("latin-1"))
    template = tmp_path / "t.pot"
    template.write_text(HEADER.format(charset="ASCII") + 'msgid "white"\nmsgstr ""\n', "ascii")
    gnu = subprocess.run(["msgmerge", "-q", "-o", "-", str(catalog), str(template)], check=True, capture_output=True)
    merged, _ = merge(po.read(template), po.read(catalog), _no_flips())
    assert po.parse_bytes(gnu.stdout, "gnu").charset == merged.charset == "ISO-8859-1"
    assert po.to_bytes(merged).count("weiß".encode("latin-1")) == 1


def test_an_ascii_catalog_labelled_latin1_gets_no_utf8_bytes_under_that_label(tmp_path):
    """The issue's example: ISO-8859-1 header, ASCII text, a UTF-8 template with é."""
    from kokuchi.catalog.merge import merge

    catalog = po.parse_bytes((HEADER.format(charset="ISO-8859-1") + 'msgid "a"\nmsgstr "b"\n').encode(), "de.po")
    template = po.parse_bytes((HEADER.format(charset="UTF-8") + 'msgid "Café"\nmsgstr ""\n').encode(), "t.pot")
    merged, _ = merge(template, catalog, _no_flips())
    path = tmp_path / "merged.po"
    path.write_bytes(po.to_bytes(merged))
    assert po.read(path).charset == "UTF-8"
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], check=True)
    assert 'msgid "Café"' in path.read_text("utf-8")


def test_bytes_outside_the_declared_charset_are_refused_with_their_line(tmp_path):
    path = tmp_path / "bad.po"
    path.write_bytes((HEADER.format(charset="UTF-8") + 'msgid "a"\nmsgstr "').encode() + b'\xff\xfe"\n')
    with pytest.raises(KokuchiError, match=r"bad\.po:7: bytes that are not valid utf-8"):
        po.read(path, "bad.po")


def test_an_unknown_charset_is_refused(tmp_path):
    path = tmp_path / "odd.po"
    path.write_bytes(HEADER.format(charset="X-MADE-UP").encode() + b'msgid "a"\nmsgstr "b"\n')
    with pytest.raises(KokuchiError, match=r"odd\.po:3: unknown charset 'X-MADE-UP'"):
        po.read(path, "odd.po")


def test_a_rewrapped_catalog_has_the_same_content(tmp_path):
    """msgcat rewraps at 30 columns: the text differs, what it says does not."""
    path = tmp_path / "long.po"
    path.write_text(
        HEADER.format(charset="UTF-8")
        + 'msgid "ご不便をおかけしておりますことを深くお詫び申し上げます。本件の詳細は追ってお知らせいたします。"\n'
        'msgstr "We apologize for the inconvenience. We will post details as soon as they are known."\n',
        "utf-8",
    )
    wrapped = tmp_path / "wrapped.po"
    subprocess.run(["msgcat", "-w", "30", "-o", str(wrapped), str(path)], check=True)
    assert wrapped.read_text("utf-8") != path.read_text("utf-8")
    assert po.same_content(po.read(wrapped), po.read(path))


def _no_flips():
    from kokuchi.language.flips import load_flip_pairs

    return load_flip_pairs(None)


# Any text a notice or a translator might put in a message, control characters
# and PO syntax included (NUL is the one character a PO string cannot hold).
TEXT = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)), max_size=40)


# In GB18030, Big5 and Shift_JIS a character's second byte may be a backslash (運 is DF 5C, 許 B3 5C, ソ 83 5C): the
# header's charset is read first, and the file's strings only once decoded with it (found by the property below).
@pytest.mark.parametrize("charset, character", [("GB18030", "運"), ("BIG5", "許"), ("SHIFT_JIS", "ソ")])
def test_a_backslash_byte_inside_a_character_is_no_escape(tmp_path, charset, character):
    catalog = po.new_catalog()
    catalog.metadata = {"Content-Type": f"text/plain; charset={charset}"}
    catalog.append(po.POEntry(msgid=character, msgstr=character + '"'))
    written = tmp_path / "weird.po"
    written.write_bytes(po.to_bytes(catalog))
    assert character.encode(charset) in written.read_bytes()  # its bytes as they are: the backslash byte unescaped
    again = po.read(written)
    assert po.same_content(again, catalog)
    assert gnu_messages(written, tmp_path) == kokuchi_messages(again) == {character: character + '"'}


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.none() | TEXT, TEXT, TEXT, st.booleans()),
        max_size=6,
        unique_by=lambda message: (message[0], message[1]),
    ),
    st.sampled_from(["UTF-8", "GB18030"]),
)
def test_whatever_is_written_reads_back_the_same(messages, charset):
    catalog = po.new_catalog()
    catalog.metadata = {"Content-Type": f"text/plain; charset={charset}"}
    catalog.header = "Round trip"
    for context, msgid, msgstr, obsolete in messages:
        if msgid or context is not None:
            catalog.append(po.POEntry(msgctxt=context, msgid=msgid, msgstr=msgstr, obsolete=obsolete))
    again = po.parse_bytes(po.to_bytes(catalog), "round-trip.po")
    assert po.same_content(again, catalog)


def test_the_reader_knows_where_each_msgstr_is():
    catalog = po.parse(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
        '#: notices/a/001.yaml:3\nmsgctxt "body"\nmsgid ""\n"一行目"\n"二行目"\nmsgstr "x"\n\n'
        'msgid "one file"\nmsgid_plural "{n} files"\nmsgstr[0] "a"\nmsgstr[1] ""\n"b"\nmsgstr[2] "c"\n'
    )
    body, plural = catalog
    assert (body.linenum, body.msgstr_line()) == (7, 10)
    assert [plural.msgstr_line(i) for i in range(3)] == [14, 15, 17]
