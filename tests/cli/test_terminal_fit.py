"""What a terminal shows fits it: list, catalog status, show, diff and log run in a real
pseudo-terminal (python's pty module) at 60, 80 and 100 columns.

Every line is measured by kokuchi's one cell table (``language.linebreak.CELLS``:
East Asian Wide, Full-width and Ambiguous characters such as ※ ① ■ • count as 2
cells, safe on a CJK terminal). No line is wider than the terminal or ends in
blanks; no line starts with closing punctuation or ``>`` or ends with opening
punctuation (kinsoku); no date is split from its time; in the tables, nothing
that belongs to a row starts at column 0.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from conftest import PROJECT

from kokuchi.language.linebreak import NO_END, NO_START, cell_width

SRC = Path(__file__).resolve().parents[2] / "src"
WIDTHS = [60, 80, 100]
NOTICES = sorted(path.name for path in (PROJECT / "notices").iterdir() if path.is_dir())
SGR = re.compile(r"\x1b\[[0-9;]*m")


def in_terminal(root: Path, columns: int, *args: str) -> str:
    """The real CLI in a pseudo-terminal *columns* wide (COLUMNS unset): what it draws, colour codes removed."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
    env.update(PYTHONPATH=str(SRC), TERM="xterm-256color")
    process = subprocess.Popen(
        [sys.executable, "-m", "kokuchi", "--root", str(root), *args],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        close_fds=True,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert process.wait() == 0
    raw = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    return raw


DATE_END = re.compile(r"(\d日(?:\([^)]{1,3}\))?|\d{4},?)$")
TIME_START = re.compile(r"^\d{1,2}[:：]\d{2}|^\d{1,2}時|^[AP]M\b")


def assert_fits(raw: str, columns: int) -> list[str]:
    lines = raw.split("\n")
    plain = [SGR.sub("", line) for line in lines]
    for line, after in zip(plain, plain[1:] + [""]):
        assert cell_width(line) <= columns, (columns, line)
        assert line == line.rstrip(), ("trailing blanks", line)
        # a list's bullet (・ •) and a diff's elision mark (…) open a line by design
        body = line.strip().removeprefix("・").removeprefix("• ").removeprefix("…")
        if not body:
            continue
        assert body[0] not in NO_START, ("kinsoku", line)
        assert body[-1] not in NO_END, ("kinsoku", line)
        assert not body.startswith((">", "＞")), ("a line starts with >", line)
        if DATE_END.search(body) and TIME_START.search(after.strip()):
            raise AssertionError(f"a date split from its time: {body!r} / {after!r}")
    return plain


@pytest.mark.parametrize("columns", WIDTHS)
def test_list_fits_and_keeps_rows_together(root, columns):
    lines = assert_fits(in_terminal(root, columns, "list"), columns)
    for line in lines:
        if line and not line.startswith(" "):
            # column 0 holds a notice id (a row's start) or the header, never a pushed column
            assert line.split()[0] in NOTICES + ["id"], line
    for notice in NOTICES:  # no id cut
        assert any(line.split()[:1] == [notice] for line in lines), notice


@pytest.mark.parametrize("columns", WIDTHS)
def test_catalog_status_fits_without_cutting(root, columns):
    lines = assert_fits(in_terminal(root, columns, "catalog", "status"), columns)
    text = "\n".join(lines)
    assert "…" not in text
    for line in lines:
        if line and not line.startswith(" "):
            assert line.split()[0] in NOTICES + ["lang", "en"], line
    for notice in NOTICES:
        assert notice in text
    assert "untranslated" in text and "translated" in text


@pytest.mark.slow
@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_show_fits(root, columns, lang):
    for notice in NOTICES:
        assert_fits(in_terminal(root, columns, "show", notice, "--lang", lang), columns)


@pytest.mark.slow
@pytest.mark.parametrize("columns", WIDTHS)
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("command", ["diff", "log"])
def test_diff_and_log_fit(root, columns, lang, command):
    for notice in NOTICES:
        assert_fits(in_terminal(root, columns, command, notice, "--lang", lang), columns)


def test_show_diff_and_log_fit_at_60(root):
    """The fast subset's share of the matrix above."""
    for command in ("show", "diff", "log"):
        assert_fits(in_terminal(root, 60, command, "sakura-db-maintenance"), 60)


def test_wrapped_bullets_hang(root):
    """A wrapped bullet's continuation lines start under its text, not under the bullet."""
    lines = assert_fits(in_terminal(root, 60, "log", "aozora-sentinel-alerts", "--lang", "en"), 60)
    bullets = [i for i, line in enumerate(lines) if line.lstrip().startswith("• ")]
    continued = [
        i
        for i in bullets
        if i + 1 < len(lines) and lines[i + 1].strip() and not lines[i + 1].lstrip().startswith(("•", "\u3000"))
    ]
    assert continued, "the sample has a bullet that wraps at 60 columns"
    for i in continued:
        text_column = lines[i].index("• ") + 2
        follower = lines[i + 1]
        if cell_width(follower) - cell_width(follower.lstrip()) < text_column - 2:
            continue  # the next entry, not a continuation
        assert cell_width(follower) - cell_width(follower.lstrip()) >= text_column, (lines[i], follower)


def test_piped_output_honours_columns(root):
    env = {**os.environ, "PYTHONPATH": str(SRC), "COLUMNS": "60"}
    env.pop("NO_COLOR", None)
    out = subprocess.run(
        [sys.executable, "-m", "kokuchi", "--root", str(root), "show", "hikari-storage-latency"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    assert max(cell_width(line) for line in out.splitlines()) <= 60
    env.pop("COLUMNS")
    wide = subprocess.run(
        [sys.executable, "-m", "kokuchi", "--root", str(root), "show", "hikari-storage-latency"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    assert max(cell_width(line) for line in wide.splitlines()) > 60  # 100 when unset


def test_a_date_stays_with_its_time_and_a_path_with_its_items():
    from kokuchi.language.linebreak import wrap

    text = (
        "本日のメンテナンスは2026年6月9日(火) 8:30 (JST)から開始します。設定は[アカウント]>[リージョン]で確認できます。"
    )
    for width in range(30, 60):
        lines = wrap(text, width)
        assert any("2026年6月9日(火) 8:30 (JST)" in line for line in lines), (width, lines)
        assert any("[アカウント]>[リージョン]" in line for line in lines), (width, lines)
    english = "The maintenance starts on June 9, 2026, 8:30 AM JST under [Events] > [Anti-malware events]."
    for width in range(30, 60):
        lines = wrap(english, width)
        assert any("June 9, 2026, 8:30 AM JST" in line for line in lines), (width, lines)
        assert not any(line.startswith(">") for line in lines)


def test_ambiguous_characters_count_as_two_cells():
    assert cell_width("※①■") == 6
    assert cell_width("abc") == 3 and cell_width("障害") == 4
