"""Run GNU gettext's own msgmerge tests against `kokuchi catalog merge`.

    python bench/gettext_suite.py GETTEXT_SOURCE_TREE [--only msgmerge-plural-2 ...] [--verbose]

GETTEXT_SOURCE_TREE is a checkout or release tarball of GNU gettext (the
tests are in gettext-tools/tests; they are GPL and are never copied into this
project: each runs from the tree, in a temporary folder). Every
``msgmerge-*`` script runs with ``MSGMERGE`` pointing at a wrapper that
translates msgmerge's options into ``kokuchi catalog merge`` (options kokuchi
lacks make the test "needs option") and ``DIFF`` pointing at a comparator
that parses the expected and the actual PO files and compares their entries,
so that line wrapping and escaping do not count.

A difference is "documented" when it disappears once kokuchi's deliberate
differences from msgmerge (docs/catalogs.md) are taken out of both sides;
the table names which. Anything else is a "real difference", printed with
--verbose.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve()
SRC = HERE.parent.parent / "src"

INIT_SH = """\
Exit () { set +e; (exit $1); exit $1; }
path_prepend_ () { :; }
"""

# msgmerge's options that kokuchi catalog merge takes, with their value count.
SUPPORTED = {
    "-q": 0,
    "--quiet": 0,
    "--silent": 0,
    "-o": 1,
    "--output-file": 1,
    "--previous": 0,
    "--no-wrap": 0,
    "-C": 1,
    "--compendium": 1,
    "--sort-output": 0,
    "-s": 0,
    "--sort-by-file": 0,
    "-F": 0,
    "--for-msgfmt": 0,
    "-U": 0,
    "--update": 0,
    "--no-fuzzy-matching": 0,
    "-N": 0,
    "--add-location": 1,
    "--no-location": 0,
    "-m": 0,
    "--multi-domain": 0,
}
# What each option becomes (None: kokuchi always does it, nothing to pass).
MAPPED = {
    "--previous": None,
    "--no-wrap": None,
    "-q": None,
    "--quiet": None,
    "--silent": None,
    "-C": "--compendium",
    "--compendium": "--compendium",
    "-s": "--sort-output",
    "--sort-output": "--sort-output",
    "-F": "--sort-by-file",
    "--sort-by-file": "--sort-by-file",
    "--for-msgfmt": "--for-msgfmt",
    "-N": "--no-fuzzy-matching",
    "--no-fuzzy-matching": "--no-fuzzy-matching",
    "--add-location": "--add-location",
    "--no-location": "--no-location",
    "-m": "--multi-domain",
    "--multi-domain": "--multi-domain",
}


def wrapper(argv: list[str]) -> int:
    """msgmerge's command line → kokuchi catalog merge's."""
    log = Path(os.environ["KOKUCHI_SUITE_LOG"])
    help_text = os.environ.get("KOKUCHI_MERGE_HELP", "")
    args: list[str] = []
    files: list[str] = []
    output = None
    update = False
    i = 0
    while i < len(argv):
        arg = argv[i]
        name, eq, value = arg.partition("=") if arg.startswith("--") else (arg, "", "")
        if not arg.startswith("-") or arg == "-":
            files.append(arg)
            i += 1
            continue
        if name not in SUPPORTED:
            _record(log, {"kind": "option", "option": name})
            return 77
        if SUPPORTED[name] and not eq:
            value = argv[i + 1]
            i += 1
        i += 1
        if name in ("-o", "--output-file"):
            output = value
        elif name in ("-U", "--update"):
            update = True
        elif MAPPED.get(name):
            option = MAPPED[name]
            if option not in help_text:
                _record(log, {"kind": "option", "option": name})
                return 77
            args += [option, value] if SUPPORTED[name] else [option]
    definitions, reference = files
    if update:
        output = definitions
    target = output
    if output in ("/dev/stdout", "-"):
        target = "-"
    elif output == "/dev/null":
        target = "-"
    command = [sys.executable, "-m", "kokuchi", "--root", os.getcwd(), "catalog", "merge", definitions, reference]
    if target and target != definitions:
        command += ["-o", target]
    command += args
    result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if output != "/dev/null" and target == "-":
        sys.stdout.buffer.write(result.stdout)
    sys.stderr.buffer.write(result.stderr)
    _record(log, {"kind": "merge", "command": shlex.join(command[2:]), "status": result.returncode})
    return result.returncode


def _record(log: Path, item: dict) -> None:
    with log.open("a", encoding="utf-8") as out:
        out.write(json.dumps(item) + "\n")


# --- comparing --------------------------------------------------------------


def _entries(catalog) -> dict:
    return {e.key(): e for e in catalog}


def _dump(catalog) -> list[str]:
    from kokuchi.catalog import po

    header = [f"header {name}: {value}" for name, value in catalog.metadata.items()]
    header += [f"header comment: {catalog.header!r}", f"header flags: {sorted(catalog.header_flags)}"]
    lines = header
    for entry in catalog:
        lines.append(f"{'obsolete ' if entry.obsolete else ''}entry {entry.msgctxt!r} {entry.msgid!r}")
        for field in (
            "msgid_plural",
            "msgstr",
            "comment",
            "tcomment",
            "previous_msgctxt",
            "previous_msgid",
            "previous_msgid_plural",
            "domain",
        ):
            value = getattr(entry, field)
            if value not in (None, ""):
                lines.append(f"  {field}: {value!r}")
        for index in sorted(entry.msgstr_plural):
            lines.append(f"  msgstr[{index}]: {entry.msgstr_plural[index]!r}")
        if entry.flags:
            lines.append(f"  flags: {sorted(entry.flags)}")
        if entry.occurrences:
            lines.append(f"  occurrences: {entry.occurrences}")
    del po
    return lines


# Each documented difference: a name (as docs/catalogs.md says it) and a
# function that takes it out of (expected, actual), entry by entry.
def _no_previous(expected, actual):
    for catalog in (expected, actual):
        for e in catalog:
            e.previous_msgctxt = e.previous_msgid = e.previous_msgid_plural = None


def _no_own_comments(expected, actual):
    from kokuchi.catalog.merge import COMPENDIUM_NOTE, _own_comments_removed

    for e in [*expected, *actual]:  # some tests compare two of kokuchi's outputs
        own = set(e.tcomment.split("\n")) - set(_own_comments_removed(e.tcomment))
        lines = [line for line in e.tcomment.split("\n") if line not in own and not line.startswith(COMPENDIUM_NOTE)]
        e.tcomment = "\n".join(lines) if e.tcomment else ""


def _no_kokuchi_flags(expected, actual):
    """kokuchi-auto is kokuchi's fuzzy (a suggestion it rewrote or kept, for a
    glance); kokuchi-flip marks a suggestion it refused."""
    for e in actual:
        flags = ["fuzzy" if flag == "kokuchi-auto" else flag for flag in e.flags]
        e.flags = list(dict.fromkeys(flag for flag in flags if not flag.startswith("kokuchi-")))


def _fewer_suggestions(expected, actual):
    """msgmerge's fuzzy match below kokuchi's similarity (or across contexts) is
    an untranslated message in kokuchi."""
    mine = _entries(actual)
    for e in expected:
        other = mine.get(e.key())
        if other is None or "fuzzy" not in e.flags or other.translated() or other.obsolete:
            continue
        e.flags = [flag for flag in e.flags if flag != "fuzzy"]
        e.msgstr = ""
        e.msgstr_plural = {i: "" for i in e.msgstr_plural}
        e.tcomment = other.tcomment  # msgmerge's came with the suggestion
        if not any(other.msgstr_plural.values()):
            other.msgstr_plural = dict(e.msgstr_plural)
    # A suggestion msgmerge made in an earlier run, since retired: kokuchi never had it.
    expected[:] = [e for e in expected if not (e.obsolete and "fuzzy" in e.flags and e.key() not in mine)]


def _other_suggestions(expected, actual):
    """Which old translation is offered as a fuzzy suggestion is the matcher's
    choice (rapidfuzz ratio, bigram index); a fuzzy entry is never compiled."""
    mine = _entries(actual)
    for e in expected:
        other = mine.get(e.key())
        if other is None or other.obsolete or "fuzzy" not in other.flags:
            continue
        if "fuzzy" in e.flags or not e.translated():
            other.msgstr, other.msgstr_plural = e.msgstr, dict(e.msgstr_plural)
            other.flags = list(e.flags)


def _seeds_kept(expected, actual):
    """kokuchi keeps a translated message the template dropped as #~ even when
    it seeded a suggestion (msgmerge drops it)."""
    theirs = _entries(expected)
    actual[:] = [e for e in actual if not (e.obsolete and e.key() not in theirs)]


DOCUMENTED = [
    ("#| previous msgid always written", _no_previous),
    ("kokuchi's own and compendium comments", _no_own_comments),
    ("kokuchi's own flags", _no_kokuchi_flags),
    ("suggestions only at similarity >= 80, within a msgctxt", _fewer_suggestions),
    ("the matcher picks its own fuzzy suggestions", _other_suggestions),
    ("translated messages kept as #~", _seeds_kept),
]


def compare(expected_path: str, actual_path: str) -> int:
    sys.path.insert(0, str(SRC))
    from kokuchi.catalog import po
    from kokuchi.core.errors import KokuchiError

    log = Path(os.environ["KOKUCHI_SUITE_LOG"])
    expected_bytes, actual_bytes = Path(expected_path).read_bytes(), Path(actual_path).read_bytes()
    try:
        expected = po.parse_bytes(expected_bytes, expected_path)
        actual = po.parse_bytes(actual_bytes, actual_path)
        if not (expected or expected.has_header):
            raise KokuchiError("not a catalog")
    except KokuchiError as exc:
        # Not PO text: an error message, compared for the problems it locates.
        import re

        located = re.compile(rb"([^\s:]+:\d+): (duplicate message definition)")
        same = expected_bytes.strip() == actual_bytes.strip()
        theirs, mine = located.findall(expected_bytes), located.findall(actual_bytes)
        verdict = "equal" if same else ("documented" if theirs and theirs == mine else "real")
        _record(
            log,
            {
                "kind": "diff",
                "verdict": verdict,
                "expected": expected_path,
                "why": [] if same else ["one located line per error"] if verdict == "documented" else [str(exc)],
                "diff": []
                if verdict != "real"
                else [expected_bytes.decode("utf-8", "replace"), actual_bytes.decode("utf-8", "replace")],
            },
        )
        return 0 if verdict != "real" else 1
    if _dump(expected) == _dump(actual):
        _record(log, {"kind": "diff", "verdict": "equal", "expected": expected_path, "why": [], "diff": []})
        return 0
    applied = []
    for name, normalize in DOCUMENTED:
        before = set(_dump(expected)) ^ set(_dump(actual))
        normalize(expected, actual)
        if set(_dump(expected)) ^ set(_dump(actual)) != before:  # it explained part of the difference
            applied.append(name)
        if _dump(expected) == _dump(actual):
            _record(
                log, {"kind": "diff", "verdict": "documented", "expected": expected_path, "why": applied, "diff": []}
            )
            return 0
    import difflib

    diff = list(difflib.unified_diff(_dump(expected), _dump(actual), "expected", "kokuchi", lineterm="", n=1))
    _record(log, {"kind": "diff", "verdict": "real", "expected": expected_path, "why": applied, "diff": diff})
    return 1


# --- running ----------------------------------------------------------------


def run_test(script: Path, tests_dir: Path, help_text: str) -> dict:
    with tempfile.TemporaryDirectory(prefix="kokuchi-suite-") as tmp:
        work = Path(tmp)
        (work / "init.sh").write_text(INIT_SH)
        log = work / "suite.log"
        log.touch()
        me = shlex.join([sys.executable, str(HERE)])
        env = {
            **os.environ,
            "srcdir": str(work),
            "abs_srcdir": str(tests_dir),
            "wabs_srcdir": str(tests_dir),
            "MSGMERGE": f"{me} --wrapper",
            "DIFF": f"{me} --compare",
            "KOKUCHI_SUITE_LOG": str(log),
            "KOKUCHI_MERGE_HELP": help_text,
            "PYTHONPATH": str(SRC),
            "OMP_NUM_THREADS": "1",
            "LC_ALL": "C.UTF-8",
        }
        result = subprocess.run(["sh", str(script)], cwd=work, env=env, capture_output=True, text=True, timeout=120)
        items = [json.loads(line) for line in log.read_text("utf-8").splitlines()]
    options = sorted({i["option"] for i in items if i["kind"] == "option"})
    diffs = [i for i in items if i["kind"] == "diff"]
    if options:
        verdict = "needs option"
    elif any(d["verdict"] == "real" for d in diffs) or (result.returncode not in (0,) and not diffs):
        verdict = "real difference"
    elif any(d["verdict"] == "documented" for d in diffs):
        verdict = "documented difference"
    elif result.returncode == 0:
        verdict = "equal"  # the script's own checks (exit status, msgfmt -c) passed
    else:
        verdict = "real difference"
    why = sorted({w for d in diffs for w in d["why"]})
    return {
        "test": script.name,
        "verdict": verdict,
        "options": options,
        "why": why,
        "diffs": diffs,
        "status": result.returncode,
        "stderr": result.stderr[-2000:],
    }


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--wrapper":
        sys.exit(wrapper(sys.argv[2:]))
    if len(sys.argv) > 1 and sys.argv[1] == "--compare":
        sys.exit(compare(sys.argv[2], sys.argv[3]))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gettext", type=Path, help="a GNU gettext source tree")
    parser.add_argument("--only", nargs="+", help="run only these tests")
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args()
    tests_dir = args.gettext / "gettext-tools" / "tests"

    def natural(path: Path) -> list:
        return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in path.name.split("-")]

    scripts = sorted(tests_dir.glob("msgmerge-*"), key=natural)
    if args.only:
        scripts = [s for s in scripts if s.name in args.only]
    help_text = subprocess.run(
        [sys.executable, "-m", "kokuchi", "catalog", "merge", "--help"],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(SRC)},
    ).stdout
    results = [run_test(script, tests_dir, help_text) for script in scripts]
    print("| test | result | notes |")
    print("| --- | --- | --- |")
    for r in results:
        notes = ", ".join(r["options"]) if r["options"] else "; ".join(r["why"])
        print(f"| {r['test']} | {r['verdict']} | {notes} |")
        if args.verbose and r["verdict"] == "real difference":
            for d in r["diffs"]:
                if d["verdict"] == "real":
                    print("\n".join("    " + line for line in d["diff"]))
            if not r["diffs"]:
                print("    exit", r["status"], r["stderr"].replace("\n", "\n    "))
    counts: dict[str, int] = {}
    for r in results:
        counts[r["verdict"]] = counts.get(r["verdict"], 0) + 1
    print()
    print(", ".join(f"{n} {v}" for v, n in sorted(counts.items())) + f" (of {len(results)})")


if __name__ == "__main__":
    main()
