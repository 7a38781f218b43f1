"""The hostile-input corpus: every case, by class, shared by tests/hostile/test_hostile.py
and by tests/hostile/scoreboard.py.

A case builds a project in a temporary folder (from the files in this folder,
or generated when the input cannot be a committed file: a FIFO, a link, a
megabyte of nesting), names the command to run on it and what the refusal
must say. Whatever the case, kokuchi must refuse: exit status 1, no
traceback, no control character reaching the terminal, nothing written
inside the project or outside it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HOSTILE = Path(__file__).resolve().parent
REPO = HOSTILE.parent.parent
# The checkout whose sample notices and catalogs the cases start from: the
# scoreboard points it at the checkout it measures, whose samples that
# kokuchi can read.
SAMPLES = Path(os.environ.get("KOKUCHI_SAMPLES", REPO / "tests" / "data" / "project"))
NOTICE = "hostile-case"  # the notice id every single-file case is written to

VALID = """\
revision: 1
published: 2026-02-10T09:30:00+09:00
status: investigating
title: 一部のお客様でログインできない事象について
products:
  - Aozora ID
sections:
  - kind: impact
    body: |
      Aozora ID をご利用の一部のお客様で、ログイン画面が表示されない事象が発生しております。
updates:
  - at: 2026-02-10T09:30:00+09:00
    kind: investigating
    body: 原因を調査しております。
"""
HEAD = "\n".join(VALID.splitlines()[:4]) + "\n"


@dataclass
class Case:
    klass: str
    name: str
    setup: Callable[[Path], Path]  # tmp folder → project root
    args: list[str]  # {root} stands for the project root
    expect: list[str] = field(default_factory=list)  # each must appear in stderr
    located: bool = True  # every stderr line is FILE:LINE:COL: KEY: MESSAGE
    outside: str | None = None  # a folder beside the root that must stay untouched too
    exit: int = 1  # a case that must succeed safely (escaped output, a bounded diff) says 0
    tty: bool = False  # standard output is a terminal (a pseudo-terminal)
    forbid: str | None = None  # a regular expression no output line may match (a forged line)

    def command(self, root: Path) -> list[str]:
        return [arg.replace("{root}", str(root)) for arg in self.args]

    @property
    def id(self) -> str:
        return f"{self.klass}/{self.name}"


def _root(tmp: Path) -> Path:
    root = tmp / "project"
    (root / "notices").mkdir(parents=True)
    return root


def _with_samples(tmp: Path) -> Path:
    root = tmp / "project"
    shutil.copytree(SAMPLES / "notices", root / "notices")
    shutil.copytree(SAMPLES / "locales", root / "locales", ignore=shutil.ignore_patterns("*.mo"))
    if (SAMPLES / "kokuchi.yaml").is_file():
        shutil.copy(SAMPLES / "kokuchi.yaml", root / "kokuchi.yaml")
    return root


def _notice(text: str | bytes, name: str = "001.yaml") -> Callable[[Path], Path]:
    def setup(tmp: Path) -> Path:
        root = _root(tmp)
        folder = root / "notices" / NOTICE
        folder.mkdir()
        (folder / name).write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return root

    return setup


def _header(path: Path) -> tuple[str, list[str]]:
    klass, expect = "", []
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("# class: "):
            klass = line.removeprefix("# class: ")
        elif line.startswith("# expect: "):
            expect.append(line.removeprefix("# expect: "))
    return klass, expect


def notice_file_cases() -> list[Case]:
    """tests/hostile/notices/*.yaml: one revision each, with its class and expected refusal."""
    cases = []
    for path in sorted((HOSTILE / "notices").glob("*.yaml")):
        klass, expect = _header(path)
        text = path.read_text("utf-8")
        cases.append(Case(klass, path.stem, _notice(text), ["check"], expect))
    return cases


def generated_yaml_cases() -> list[Case]:
    deep_flow = HEAD + "products: " + "[" * 1000 + "Aozora ID" + "]" * 1000 + "\n"
    very_deep = HEAD + "products: " + "[" * 100_000 + "]" * 100_000 + "\n"
    deep_block = HEAD + "sections:\n" + "".join("  " * (i + 1) + "- \n" for i in range(60))
    many_aliases = HEAD + "products: [&p Aozora ID, " + ", ".join(["*p"] * 150) + "]\n"
    large = (
        HEAD
        + "sections:\n  - kind: impact\n    body: |\n"
        + "      ログイン画面が表示されない事象が発生しております。\n" * 40_000
    )
    return [
        Case(
            "yaml-bounds",
            "nesting-1000-flow",
            _notice(deep_flow),
            ["check"],
            ["YAML refused: nested more than 32 levels deep"],
        ),
        Case(
            "yaml-bounds",
            "nesting-100000-flow",
            _notice(very_deep),
            ["check"],
            ["YAML refused: nested more than 32 levels deep"],
        ),
        Case(
            "yaml-bounds",
            "nesting-60-block",
            _notice(deep_block),
            ["check"],
            ["YAML refused: nested more than 32 levels deep"],
        ),
        Case("yaml-bounds", "aliases-150", _notice(many_aliases), ["check"], ["YAML refused: more than 100 aliases"]),
        Case("yaml-bounds", "file-3mib", _notice(large), ["check"], ["(file): is larger than 1024 KiB"]),
        Case(
            "yaml-bounds",
            "not-utf8",
            _notice(HEAD.encode("utf-8") + b"products:\n  - \x82\xa0\x82\xa2\n"),
            ["check"],
            ["not UTF-8 text (byte 0x82)"],
        ),
    ]


def _fifo(tmp: Path) -> Path:
    root = _notice(VALID)(tmp)
    os.mkfifo(root / "notices" / NOTICE / "002.yaml")
    return root


def _dev_zero(tmp: Path) -> Path:
    root = _notice(VALID)(tmp)
    (root / "notices" / NOTICE / "002.yaml").symlink_to("/dev/zero")
    return root


def _linked_revision(tmp: Path) -> Path:
    root = _notice(VALID)(tmp)
    outside = tmp / "outside"
    outside.mkdir()
    (outside / "002.yaml").write_text(
        VALID.replace("revision: 1", "revision: 2").replace(
            "published: 2026-02-10T09:30", "published: 2026-02-10T10:30"
        ),
        "utf-8",
    )
    (root / "notices" / NOTICE / "002.yaml").symlink_to(outside / "002.yaml")
    return root


def _linked_folder(tmp: Path) -> Path:
    root = _root(tmp)
    outside = tmp / "outside"
    outside.mkdir()
    (outside / "001.yaml").write_text(VALID, "utf-8")
    (root / "notices" / NOTICE).symlink_to(outside, target_is_directory=True)
    return root


def _linked_notices(tmp: Path) -> Path:
    root = tmp / "project"
    root.mkdir()
    outside = tmp / "outside"
    (outside / NOTICE).mkdir(parents=True)
    (outside / NOTICE / "001.yaml").write_text(VALID, "utf-8")
    (root / "notices").symlink_to(outside, target_is_directory=True)
    return root


def _folder_revision(tmp: Path) -> Path:
    root = _notice(VALID)(tmp)
    (root / "notices" / NOTICE / "002.yaml").mkdir()
    return root


def file_cases() -> list[Case]:
    link = "is a symbolic link"
    return [
        Case(
            "special-files", "fifo-revision", _fifo, ["check"], ["002.yaml:1:1: (file): is a FIFO, not a regular file"]
        ),
        Case("special-files", "dev-zero-revision", _dev_zero, ["check"], [f"002.yaml:1:1: (file): {link}"]),
        Case(
            "special-files",
            "linked-revision",
            _linked_revision,
            ["check"],
            [f"002.yaml:1:1: (file): {link}"],
            outside="outside",
        ),
        Case(
            "special-files",
            "linked-notice-folder-check",
            _linked_folder,
            ["check"],
            [f"notices/{NOTICE}:1:1: (folder): {link}"],
            outside="outside",
        ),
        Case(
            "special-files",
            "linked-notice-folder-revise",
            _linked_folder,
            ["revise", NOTICE],
            [f"notices/{NOTICE}:1:1: (folder): {link}"],
            outside="outside",
        ),
        Case(
            "special-files",
            "linked-notices",
            _linked_notices,
            ["revise", NOTICE],
            [f"notices:1:1: (folder): {link}"],
            outside="outside",
        ),
        Case(
            "special-files",
            "folder-as-revision",
            _folder_revision,
            ["check"],
            ["002.yaml:1:1: (file): is a folder, not a regular file"],
        ),
        Case(
            "special-files",
            "fifo-revision-site",
            _fifo,
            ["site"],
            ["002.yaml:1:1: (file): is a FIFO, not a regular file"],
        ),
        Case(
            "special-files", "dev-zero-revision-site", _dev_zero, ["site"], ["002.yaml:1:1: (file): is a symbolic link"]
        ),
        Case(
            "special-files",
            "fifo-revision-release",
            _fifo,
            ["release", NOTICE],
            ["002.yaml:1:1: (file): is a FIFO, not a regular file"],
        ),
    ]


def _project_yaml(name: str, data: bytes) -> Callable[[Path], Path]:
    def setup(tmp: Path) -> Path:
        root = _with_samples(tmp)
        (root / "locales" / name).write_bytes(data)
        return root

    return setup


LAUGHS = b'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]\n' + b"".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n".encode() for i in range(8)
)


def data_file_cases() -> list[Case]:
    gloss, flips = "glossary.yaml", "meaning-flips.yaml"
    check = ["catalog", "check", "-l", "en"]
    update = ["catalog", "update", "--check"]
    return [
        Case(
            "data-files",
            "glossary-not-utf8",
            _project_yaml(gloss, "terms:\n  暫定対策: workaround\n".encode("shift_jis")),
            check,
            ["glossary.yaml:2:3: (file): not UTF-8 text (byte 0x8e)"],
        ),
        Case("data-files", "glossary-billion-laughs", _project_yaml(gloss, LAUGHS), check, ["YAML refused"]),
        Case(
            "data-files",
            "glossary-recursive",
            _project_yaml(gloss, b"terms: &t {a: *t}\n"),
            check,
            ["YAML refused: the alias *t"],
        ),
        Case(
            "data-files",
            "glossary-deep",
            _project_yaml(gloss, b"keep: " + b"[" * 5000 + b"]" * 5000 + b"\n"),
            check,
            ["nested more than 32"],
        ),
        Case(
            "data-files",
            "glossary-escape",
            _project_yaml(gloss, b'keep:\n  - "Aozora\\e[31m"\n'),
            check,
            ["glossary.yaml:2:5: keep[0]: holds the control character U+001B (ESCAPE)"],
        ),
        Case(
            "data-files",
            "flips-not-utf8",
            _project_yaml(flips, "negations:\n  - [必要, 不要]\n".encode("euc_jp")),
            update,
            ["meaning-flips.yaml:2:8: (file): not UTF-8 text (byte 0xcd)"],
        ),
        Case("data-files", "flips-billion-laughs", _project_yaml(flips, LAUGHS), update, ["YAML refused"]),
        Case(
            "data-files",
            "flips-deep",
            _project_yaml(flips, b"negations: " + b"[" * 100_000 + b"]" * 100_000 + b"\n"),
            update,
            ["nested more than 32"],
        ),
        Case(
            "data-files",
            "flips-bidi",
            _project_yaml(flips, 'negations:\n  - ["\\u202e必要", 不要]\n'.encode()),
            update,
            ["meaning-flips.yaml:2:6: negations[0][0]: holds the bidirectional control U+202E"],
        ),
    ]


def _released(content: bytes) -> Callable[[Path], Path]:
    def setup(tmp: Path) -> Path:
        root = _notice(VALID)(tmp)
        (root / "notices" / NOTICE / "released.json").write_bytes(content)
        return root

    return setup


def released_cases() -> list[Case]:
    name = f"notices/{NOTICE}/released.json"
    record = b'{"notice": "hostile-case", "revisions": {"1": {"file": "001.yaml", "sha256": "%s"}}}\n'
    return [
        Case("released-record", "empty", _released(b""), ["check"], [f"{name}:1:1: (file): not valid JSON"]),
        Case(
            "released-record",
            "empty-object",
            _released(b"{}\n"),
            ["check"],
            [f'{name}:1:1: (file): expected {{"notice": "{NOTICE}"'],
        ),
        Case(
            "released-record",
            "truncated",
            _released(b'{"notice": "hostile-case", "revisions": {"1": {"fi'),
            ["check"],
            [f"{name}:1:"],
        ),
        Case("released-record", "list", _released(b"[]\n"), ["check"], [f"{name}:1:1: (file): expected"]),
        Case(
            "released-record",
            "other-notice",
            _released(b'{"notice": "other", "revisions": {}}\n'),
            ["check"],
            [f"{name}:1:1: (file): expected"],
        ),
        Case(
            "released-record",
            "bad-hash",
            _released(record % b"abc"),
            ["check"],
            [f"{name}:1:1: revisions.1: not a released-revision record"],
        ),
        Case(
            "released-record",
            "bad-key",
            _released(b'{"notice": "hostile-case", "revisions": {"../1": {}}}\n'),
            ["check"],
            [f"{name}:1:1: revisions.../1: not a released-revision record"],
        ),
        Case(
            "released-record",
            "changed-since",
            _released(record % (b"0" * 64)),
            ["check"],
            ["revision 1 was released (sha256 000000000000…) and has changed since"],
        ),
    ]


CATALOG = "locales/en/LC_MESSAGES/notices.po"


def _translation(role: str, change: Callable[[str], str]) -> Callable[[Path], Path]:
    """The samples, with the first translated *role* message of the English catalog changed."""

    def setup(tmp: Path) -> Path:
        import polib

        root = _with_samples(tmp)
        catalog = polib.pofile(str(root / CATALOG), wrapwidth=0)
        entry = next(e for e in catalog if e.msgctxt == role and e.msgstr and not e.obsolete and not e.flags)
        entry.msgstr = change(entry.msgstr)
        catalog.save(str(root / CATALOG))
        return root

    return setup


def translation_cases() -> list[Case]:
    at = f"{CATALOG}:"
    cases = []
    for command in (
        ["catalog", "check", "-l", "en"],
        ["show", "aozora-sentinel-alerts", "--lang", "en"],
        ["release", "aozora-sentinel-alerts"],
        ["site"],
    ):
        name = command[0] if command[0] != "catalog" else "catalog-check"
        cases += [
            Case(
                "translations",
                f"block-heading-{name}",
                _translation("body", lambda t: t + "\n\n# Heading"),
                command,
                [at, "msgstr: must be inline Markdown like its source"],
            ),
            Case(
                "translations",
                f"img-onerror-{name}",
                _translation("body", lambda t: t + ' <img src=x onerror="alert(1)">'),
                command,
                [at, "msgstr: raw HTML is not allowed"],
            ),
        ]
    check = ["catalog", "check", "-l", "en"]
    cases += [
        Case(
            "translations",
            "javascript-link",
            _translation("update", lambda t: f"[{t}](javascript:alert(1))"),
            check,
            [at, "link target 'javascript:alert(1)' is not allowed"],
        ),
        Case(
            "translations",
            "list-in-body",
            _translation("body", lambda t: f"- {t}\n- second item"),
            check,
            [at, "must be inline Markdown"],
        ),
        Case(
            "translations",
            "code-block-in-body",
            _translation("body", lambda t: "    " + t),
            check,
            [at, "must be inline Markdown"],
        ),
        Case(
            "translations",
            "remote-image",
            _translation("body", lambda t: t + " ![](https://tracker.example/p.gif)"),
            check,
            [at, "images are not allowed"],
        ),
        Case(
            "translations",
            "escape-in-title",
            _translation("title", lambda t: t + "\x1b]52;c;ZXZpbA==\x07"),
            check,
            [at, "msgstr: holds the control character U+001B (ESCAPE)"],
        ),
        Case(
            "translations",
            "csi-in-heading",
            _translation("heading", lambda t: "\x9b2J" + t),
            check,
            [at, "msgstr: holds the control character U+009B"],
        ),
        Case(
            "translations",
            "bidi-in-product",
            _translation("product", lambda t: "\u202e" + t),
            check,
            [at, "msgstr: holds the bidirectional control U+202E"],
        ),
        Case(
            "translations",
            "crlf-in-title",
            _translation("title", lambda t: t + "\r\nBcc: everyone@example.jp"),
            check,
            [at, "msgstr: must be a single line"],
        ),
    ]
    return cases


def _named(folder: str, file: str | None = None) -> Callable[[Path], Path]:
    def setup(tmp: Path) -> Path:
        root = _root(tmp)
        (root / "notices" / folder).mkdir()
        (root / "notices" / folder / (file or "001.yaml")).write_text(VALID, "utf-8")
        return root

    return setup


def _bad_po_named(name: str) -> Callable[[Path], Path]:
    def setup(tmp: Path) -> Path:
        root = _root(tmp)
        (root / name).write_text("this is not a PO file\n", "utf-8")
        return root

    return setup


def terminal_cases() -> list[Case]:
    """Every reading command on a notice with escape sequences, and names that
    reach the terminal without passing through a notice's validation."""
    osc52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07"
    hostile = (HOSTILE / "notices" / "controls-osc52-clipboard-body.yaml").read_text("utf-8")
    reading = [
        Case("terminal", f"osc52-{name}", _notice(hostile), args, ["holds the control character U+001B (ESCAPE)"])
        for name, args in (
            ("list", ["list"]),
            ("show", ["show", NOTICE]),
            ("diff", ["diff", NOTICE, "1", "1"]),
            ("log", ["log", NOTICE]),
            ("show-json", ["show", NOTICE, "--format", "json"]),
        )
    ]
    return reading + [
        Case("terminal", "folder-osc52", _named(f"notice{osc52}"), ["check"], ["(notice id): invalid notice id"]),
        Case("terminal", "folder-ris", _named("\x1bc"), ["check"], ["notices/\\u001bc:1:1: (notice id)"]),
        Case("terminal", "folder-bidi", _named("notice\u202etxt.exe"), ["check"], ["notices/notice\\u202etxt.exe:1:1"]),
        Case("terminal", "file-csi", _named(NOTICE, "\x9b2J.yaml"), ["check"], ["unexpected file name"]),
        Case(
            "terminal",
            "show-argument-osc8",
            _named(NOTICE),
            ["show", "\x1b]8;;https://evil.example/\x1b\\x"],
            [],
            located=False,
        ),
        Case(
            "terminal",
            "compile-file-name",
            _bad_po_named("\x1b[2J.po"),
            ["catalog", "compile", "-i", "{root}/\x1b[2J.po"],
            [],
            located=False,
        ),
    ]


def _released_then(change: Callable[[Path], None]) -> Callable[[Path], Path]:
    """The samples with the sample incident's latest revision released, then *change*d."""

    def setup(tmp: Path) -> Path:
        from click.testing import CliRunner

        from kokuchi.cli import main

        root = _with_samples(tmp)
        result = CliRunner().invoke(main, ["--root", str(root), "release", "aozora-sentinel-alerts"])
        assert result.exit_code == 0, result.output
        change(root)
        return root

    return setup


def _launder(root: Path) -> None:
    """Edit the released revision (move the end of an incident period: no
    translation changes) and delete dist/ (a fresh clone never has it)."""
    path = root / "notices" / "aozora-sentinel-alerts" / "003.yaml"
    path.write_text(
        path.read_text("utf-8").replace("end: 2026-03-20T19:00:00+09:00", "end: 2026-03-20T15:00:00+09:00"), "utf-8"
    )
    shutil.rmtree(root / "dist")


def _empty_record(root: Path) -> None:
    (root / "notices" / "aozora-sentinel-alerts" / "released.json").write_text("", "utf-8")
    _launder(root)


def publish_cases() -> list[Case]:
    laundered = "003.yaml:1:1: (released): revision 3 was released"
    overlap = "overlaps notices/; write the output to a folder of its own"
    return [
        Case(
            "publish", "site-out-notices", _with_samples, ["site", "--out", "{root}/notices"], [overlap], located=False
        ),
        Case("publish", "site-out-root", _with_samples, ["site", "--out", "{root}"], [overlap], located=False),
        Case(
            "publish",
            "site-out-inside-notices",
            _with_samples,
            ["site", "--out", "{root}/notices/aozora-sentinel-alerts"],
            [overlap],
            located=False,
        ),
        Case(
            "publish",
            "site-out-locales",
            _with_samples,
            ["site", "--out", "{root}/locales"],
            ["overlaps locales/"],
            located=False,
        ),
        Case(
            "publish",
            "release-out-notices",
            _with_samples,
            ["release", "aozora-sentinel-alerts", "--out", "{root}/notices"],
            [overlap],
            located=False,
        ),
        Case(
            "publish",
            "site-bad-notice-writes-nothing",
            _notice(VALID.replace("kind: impact", "kind: effect")),
            ["site"],
            ["sections[0].kind: 'effect' is not one of"],
        ),
        Case(
            "publish", "release-laundered", _released_then(_launder), ["release", "aozora-sentinel-alerts"], [laundered]
        ),
        Case(
            "publish",
            "release-laundered-force",
            _released_then(_launder),
            ["release", "aozora-sentinel-alerts", "--force"],
            [laundered],
        ),
        Case("publish", "check-laundered", _released_then(_launder), ["check"], [laundered]),
        Case(
            "publish",
            "release-empty-record",
            _released_then(_empty_record),
            ["release", "aozora-sentinel-alerts", "--force"],
            ["released.json:1:1: (file): not valid JSON"],
        ),
        Case(
            "publish",
            "catalog-init-de",
            _with_samples,
            ["catalog", "init", "-l", "de"],
            ["kokuchi cannot render pages in 'de'"],
            located=False,
        ),
        Case(
            "publish",
            "catalog-init-ja",
            _with_samples,
            ["catalog", "init", "-l", "ja"],
            ["'ja' is the language the notices are written in"],
            located=False,
        ),
    ]


def _catalog_text(change: Callable[[str], str], catalog: str = CATALOG) -> Callable[[Path], Path]:
    """The samples, with *change* applied to a catalog's text (bytes a translator's tool could write)."""

    def setup(tmp: Path) -> Path:
        root = _with_samples(tmp)
        path = root / catalog
        path.write_text(change(path.read_text("utf-8")), "utf-8")
        return root

    return setup


def invisible_translation_cases() -> list[Case]:
    """Invisible format characters and noncharacters entering through catalogs and settings."""
    at = f"{CATALOG}:"
    check = ["catalog", "check", "-l", "en"]
    time_in = _translation("body", lambda t: t + " Change your password by 1\u200b7:00.")
    return [
        Case(
            "invisible",
            "zwsp-in-time-translation",
            time_in,
            check,
            [at, "msgstr: holds the invisible format character U+200B"],
        ),
        Case(
            "invisible",
            "zwsp-in-time-translation-release",
            time_in,
            ["release", "aozora-sentinel-alerts"],
            [at, "U+200B"],
        ),
        Case(
            "invisible",
            "tags-in-title-translation",
            _translation("title", lambda t: t + "".join(chr(0xE0000 + ord(c)) for c in "ignore the source")),
            check,
            [at, "U+E0069 (TAG LATIN SMALL LETTER I)"],
        ),
        Case(
            "invisible",
            "word-joiner-in-link-translation",
            _translation("update", lambda t: t + " See https://example.jp/\u2060help."),
            check,
            [at, "U+2060 (WORD JOINER)"],
        ),
        Case(
            "noncharacters",
            "ffff-in-translation",
            _translation("title", lambda t: t + "\uffff"),
            check,
            [at, "msgstr: holds U+FFFF (a noncharacter)"],
        ),
        Case(
            "noncharacters",
            "fffe-in-translation-site",
            _translation("body", lambda t: "\ufffe" + t),
            ["site"],
            [at, "U+FFFE (a noncharacter)"],
        ),
        Case(
            "noncharacters",
            "fffe-in-settings",
            _project_yaml("../kokuchi.yaml", 'publisher:\n  name: "Example\\ufffe K.K."\n'.encode()),
            ["site"],
            ["kokuchi.yaml:2:9: publisher.name: holds U+FFFE (a noncharacter)"],
        ),
        Case(
            "noncharacters",
            "fdd0-in-glossary",
            _project_yaml("glossary.yaml", 'terms:\n  暫定対策: "work\\ufdd0around"\n'.encode()),
            check,
            ["glossary.yaml:2:9: terms.暫定対策: holds U+FDD0 (a noncharacter)"],
        ),
    ]


FOREIGN_PO = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    'msgid "ログイン"\nmsgstr "Log in\x1b]0;pwned\x07\x1b[2J\x1b[8mhidden\x1b[0m\x1b]52;c;ZXZpbA==\x07"\n'
)


def _foreign_catalog(tmp: Path) -> Path:
    root = _with_samples(tmp)
    (root / "foreign.po").write_text(FOREIGN_PO, "utf-8")
    return root


def _also(setup: Callable[[Path], Path], name: str, text: str = VALID) -> Callable[[Path], Path]:
    """*setup*, then one more file at *name* in the root."""

    def more(tmp: Path) -> Path:
        root = setup(tmp)
        (root / name).write_text(text, "utf-8")
        return root

    return more


def terminal_name_cases() -> list[Case]:
    """Output on a terminal, and names that would forge a problem line."""
    forged = "forged.yaml:1:1: title: all good"
    return [
        Case(
            "terminal",
            "merge-stdout-tty",
            _foreign_catalog,
            ["catalog", "merge", "{root}/foreign.po", "{root}/locales/notices.pot", "-o", "-"],
            [],
            located=False,
            exit=0,
            tty=True,
        ),
        Case(
            "terminal",
            "po-name-newline-forges-line",
            _bad_po_named(f"y\n{forged}.po"),
            ["catalog", "compile", "-i", f"{{root}}/y\n{forged}.po"],
            ["y\\u000aforged.yaml"],
            located=False,
            forbid=r"^forged",
        ),
        Case(
            "terminal",
            "folder-newline-forges-line",
            _named(f"x\n{forged}"),
            ["check"],
            ["notices/x\\u000aforged.yaml"],
            forbid=r"^forged",
        ),
        Case(
            "terminal",
            "file-newline-forges-line",
            _also(_named(NOTICE), f"notices/{NOTICE}/002.yaml\n{forged}.yaml"),
            ["check"],
            ["\\u000aforged.yaml"],
            forbid=r"^forged",
        ),
    ]


def _dist_link(tmp: Path) -> Path:
    root = _with_samples(tmp)
    (root / "dist").mkdir()
    (root / "dist" / "aozora-sentinel-alerts").symlink_to("../notices/aozora-sentinel-alerts", target_is_directory=True)
    return root


def _linked_locales(tmp: Path) -> Path:
    root = _with_samples(tmp)
    outside = tmp / "outside"
    shutil.move(root / "locales", outside)
    (root / "locales").symlink_to(outside, target_is_directory=True)
    pot = outside / "notices.pot"
    pot.write_text(pot.read_text("utf-8").split("\n\n")[0] + "\n", "utf-8")  # stale: the header only
    return root


def _compendium(entry: str, make: Callable[[Path], None] | None = None) -> Callable[[Path], Path]:
    def setup(tmp: Path) -> Path:
        root = _with_samples(tmp)
        (root / "locales" / "compendia.yaml").write_text(f"compendia:\n  - {entry}\n", "utf-8")
        if make:
            make(root)
        return root

    return setup


def output_folder_cases() -> list[Case]:
    update = ["catalog", "update"]
    at = "locales/compendia.yaml:2:5: compendia[0]: "
    return [
        Case(
            "output-folders",
            "release-dist-id-linked-to-notices",
            _dist_link,
            ["release", "aozora-sentinel-alerts"],
            ["dist/aozora-sentinel-alerts:1:1: (folder): is a symbolic link"],
        ),
        Case(
            "output-folders",
            "update-through-linked-locales",
            _linked_locales,
            update,
            ["locales:1:1: (folder): is a symbolic link"],
            outside="outside",
        ),
        Case(
            "output-folders",
            "compendium-fifo",
            _compendium("locales/memory.po", lambda root: os.mkfifo(root / "locales" / "memory.po")),
            update,
            [at + "locales/memory.po: is a FIFO, not a regular file"],
        ),
        Case(
            "output-folders",
            "compendium-dev-zero",
            _compendium("/dev/zero"),
            update,
            [at + "/dev/zero: is a character device"],
        ),
        Case(
            "output-folders",
            "compendium-link-to-dev-zero",
            _compendium("locales/memory.po", lambda root: (root / "locales" / "memory.po").symlink_to("/dev/zero")),
            update,
            [at + "locales/memory.po: is a symbolic link"],
        ),
    ]


def _long_paragraphs(tmp: Path) -> Path:
    """Two revisions of a notice whose two paragraphs (10,000 characters each,
    no sentence end to align on) were edited throughout."""
    import random

    rng = random.Random(20)
    words = "ログイン 画面 表示 事象 発生 お客様 サービス 復旧 対応 影響 範囲 調査 原因 設定 変更".split()

    def edited(text: str) -> str:
        chars = list(text)
        for _ in range(4000):
            at = rng.randrange(len(chars))
            chars[at : at + rng.randrange(1, 4)] = rng.choice(words)
        return "".join(chars)

    old = ["".join(rng.choice(words) for _ in range(3500))[:10_000] for _ in range(2)]
    new = [edited(paragraph) for paragraph in old]
    root = _root(tmp)
    folder = root / "notices" / NOTICE
    folder.mkdir()
    for number, paragraphs in ((1, old), (2, new)):
        text = VALID.replace("revision: 1", f"revision: {number}").replace(
            "09:30:00+09:00\nstatus", f"{8 + number:02d}:30:00+09:00\nstatus"
        )
        body = "\n\n".join("      " + paragraph for paragraph in paragraphs)
        text = text.replace(
            "      Aozora ID をご利用の一部のお客様で、ログイン画面が表示されない事象が発生しております。", body
        )
        (folder / f"00{number}.yaml").write_text(text, "utf-8")
    return root


def resource_cases() -> list[Case]:
    return [
        Case(
            "resources",
            "diff-two-edited-10k-paragraphs",
            _long_paragraphs,
            ["diff", NOTICE, "1", "2"],
            [],
            located=False,
            exit=0,
        ),
    ]


def _site_then(change: Callable[[Path, Path], None]) -> Callable[[Path], Path]:
    """The samples with their site built, then *change*d (root, tmp)."""

    def setup(tmp: Path) -> Path:
        from click.testing import CliRunner

        from kokuchi.cli import main

        root = _with_samples(tmp)
        result = CliRunner().invoke(main, ["--root", str(root), "site"])
        assert result.exit_code == 0, result.output
        change(root, tmp)
        return root

    return setup


def _relink(name: str, target: str) -> Callable[[Path, Path], None]:
    def change(root: Path, tmp: Path) -> None:
        path = root / "site" / name
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
        path.symlink_to(target)

    return change


def _relink_file(name: str) -> Callable[[Path, Path], None]:
    """A file of the user's where kokuchi keeps a folder."""

    def change(root: Path, tmp: Path) -> None:
        shutil.rmtree(root / "site" / name)
        (root / "site" / name).write_text("the user's file\n", "utf-8")

    return change


def _linked_csaf(root: Path, tmp: Path) -> None:
    (tmp / "outside").mkdir()
    shutil.rmtree(root / "site" / "csaf")
    (root / "site" / "csaf").symlink_to(tmp / "outside", target_is_directory=True)


def _fifo_at(name: str) -> Callable[[Path, Path], None]:
    def change(root: Path, tmp: Path) -> None:
        path = root / "site" / name
        path.unlink()
        os.mkfifo(path)

    return change


def _touch_notice(root: Path, tmp: Path) -> None:
    """Append a comment to a revision: that notice is rebuilt."""
    path = root / "notices" / "aozora-sentinel-alerts" / "001.yaml"
    path.write_text(path.read_text("utf-8") + "# edited\n", "utf-8")


def _both(*changes: Callable[[Path, Path], None]) -> Callable[[Path, Path], None]:
    def change(root: Path, tmp: Path) -> None:
        for one in changes:
            one(root, tmp)

    return change


def _long_product(tmp: Path) -> Path:
    return _notice(VALID.replace("  - Aozora ID", "  - " + "Aozora ID " * 32 + "Plus"))(tmp)


def site_cases() -> list[Case]:
    source = "../notices/aozora-sentinel-alerts/001.yaml"
    link = "is a symbolic link"
    return [
        Case(
            "site-output",
            "index-linked-to-a-revision",
            _site_then(_relink("index.html", source)),
            ["site"],
            [f"site/index.html:1:1: (file): {link}"],
        ),
        Case(
            "site-output",
            "index-linked-rebuild",
            _site_then(_both(_relink("index.html", source), _touch_notice)),
            ["site"],
            [f"site/index.html:1:1: (file): {link}"],
        ),
        Case(
            "site-output",
            "feed-linked-out",
            _site_then(_relink("feed.en.xml", "../../outside.xml")),
            ["site"],
            [f"site/feed.en.xml:1:1: (file): {link}"],
        ),
        Case(
            "site-output", "csaf-linked-out", _site_then(_linked_csaf), ["site"], [f"site/csaf:1:1: (folder): {link}"]
        ),
        Case(
            "site-output",
            "notice-folder-linked-to-notices",
            _site_then(_relink("aozora-sentinel-alerts", "../notices/aozora-sentinel-alerts")),
            ["site"],
            [f"site/aozora-sentinel-alerts:1:1: (folder): {link}"],
        ),
        Case(
            "site-output",
            "cache-fifo",
            _site_then(_fifo_at(".kokuchi-site.json")),
            ["site"],
            ["site/.kokuchi-site.json:1:1: (file): is a FIFO"],
        ),
        Case(
            "site-output",
            "record-fifo",
            _site_then(_fifo_at("aozora-sentinel-alerts/.kokuchi-notice.json")),
            ["site"],
            ["site/aozora-sentinel-alerts/.kokuchi-notice.json:1:1: (file): is a FIFO"],
        ),
        Case(
            "site-output",
            "file-where-a-notice-folder-goes",
            _site_then(_relink_file("aozora-sentinel-alerts")),
            ["site"],
            ["site/aozora-sentinel-alerts:1:1: (folder): is not a folder"],
        ),
        Case(
            "site-output",
            "product-name-325",
            _long_product,
            ["check"],
            ["products[0]: "],
        ),
    ]


def all_cases() -> list[Case]:
    return (
        notice_file_cases()
        + generated_yaml_cases()
        + file_cases()
        + data_file_cases()
        + released_cases()
        + translation_cases()
        + terminal_cases()
        + publish_cases()
        + invisible_translation_cases()
        + terminal_name_cases()
        + output_folder_cases()
        + resource_cases()
        + site_cases()
    )


def run_case(
    case: Case, root: Path, command: list[str], timeout: float | None = None, env: dict | None = None
) -> tuple[int, str, str]:
    """Run *command* (the kokuchi CLI, as a list for subprocess) for *case*:
    exit status, standard output and standard error. On a pseudo-terminal when
    the case says so (the output is then read from the terminal's side)."""
    import subprocess

    if not case.tty:
        result = subprocess.run(command, capture_output=True, timeout=timeout, stdin=subprocess.DEVNULL, env=env)
        return result.returncode, result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace")
    import pty
    import select
    import time

    controller, terminal = pty.openpty()
    process = subprocess.Popen(command, stdout=terminal, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, env=env)
    os.close(terminal)
    chunks = []
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        if deadline is not None and time.monotonic() > deadline:
            process.kill()
            process.wait()
            os.close(controller)
            raise subprocess.TimeoutExpired(command, timeout)
        ready, _, _ = select.select([controller], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal's other side is closed: the process has ended
                break
            if not chunk:
                break
            chunks.append(chunk)
        elif process.poll() is not None:
            break
    os.close(controller)
    stderr = process.stderr.read()
    process.wait()
    # The terminal turns each newline into CR LF (its own doing, not kokuchi's).
    stdout = b"".join(chunks).replace(b"\r\n", b"\n")
    return process.returncode, stdout.decode("utf-8", "replace"), stderr.decode("utf-8", "replace")


def snapshot(folder: Path) -> dict[str, object]:
    """Every entry under *folder*: file bytes, link targets, kinds; to prove nothing changed."""
    result: dict[str, object] = {}
    if not folder.exists():
        return result
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath) / name
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                result[rel] = ("link", os.readlink(path))
            elif path.is_file():
                result[rel] = path.read_bytes()
            else:
                result[rel] = "dir" if path.is_dir() else "special"
    return result
