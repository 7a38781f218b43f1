"""Real catalogs: `kokuchi catalog merge` against GNU msgmerge on Django's translations.

    python bench/real_catalogs.py [--cache DIR] [--limit K] [--jobs J] [--json OUT]
    python bench/real_catalogs.py --time N [--time-top M] [--json OUT]

Two releases of Django's source distribution (default 4.2.16 and 5.1.4) are
downloaded once from PyPI into the cache folder (``pip download --no-deps
--no-binary :all: django==V``; default ``~/.cache/kokuchi-bench/``, never the
project tree) and every ``django/**/locale/LANG/LC_MESSAGES/DOMAIN.po`` of
both is extracted (django/conf/locale and django/contrib/*/locale; Django's
own test catalogs are left out). A pair is an (app, domain, language) present
in both releases:

- DEF is the old release's catalog;
- REF is a template made from the new release's catalog of the same language:
  ``msgattrib --no-obsolete --clear-fuzzy --clear-previous`` then ``msgfilter
  --keep-header sed -e d``, which empties every msgstr (every plural form)
  and keeps the header. Django's catalogs are pulled from Transifex with
  every source message of the release's ``django.pot`` (which the sdist does
  not ship), so this has exactly the new msgids, msgctxts, plurals and format
  flags. It differs from the real template in the header (the language's,
  with its Plural-Forms) and in the translator comments the header carries;
  both tools take only POT-Creation-Date and Report-Msgid-Bugs-To from the
  template's header.

Each pair is merged by ``python -m kokuchi catalog merge DEF REF -o OUT1`` and
``msgmerge --quiet DEF REF -o OUT2``, each as a fresh process with
``OMP_NUM_THREADS=1``; wall and CPU time (user + system, from ``wait4``) are
summed over the pairs. A kokuchi run is a crash when it exits with any code
other than 0 or prints a Python traceback. The outputs are compared with
polib, entry by entry on (msgctxt, msgid), live entries only: "exact" are the
entries msgmerge carried over translated and not fuzzy; each is "equal" when
kokuchi's entry has the same msgstr (every plural form) and is neither fuzzy
nor flagged ``kokuchi-auto`` / ``kokuchi-flip``. Fuzzy entries are counted in
each output (kokuchi's own ``kokuchi-auto`` and ``kokuchi-flip`` apart).

``--time N`` times the merge in-process instead: for the ``--time-top``
largest pairs, the function the CLI's ``catalog merge`` calls
(``kokuchi.commands.catalog.merge``: read, merge, write) against msgmerge as a process;
one untimed warm-up call, then the medians of N runs of wall and CPU time
(``time.process_time`` in-process, ``wait4`` rusage for msgmerge).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
import traceback
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ["OMP_NUM_THREADS"] = "1"  # before numpy is imported in-process (--time); msgmerge single-threaded

# This checkout's kokuchi, in process and in the processes it starts.
CHECKOUT_SRC = Path(__file__).resolve().parent.parent / "src"
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(CHECKOUT_SRC), os.environ.get("PYTHONPATH")]))
sys.path.insert(0, str(CHECKOUT_SRC))
DEFAULT_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kokuchi-bench"

CATALOG = re.compile(r"^[^/]+/django/(?P<app>.+)/locale/(?P<lang>[^/]+)/LC_MESSAGES/(?P<domain>[^/]+)\.po$")
KOKUCHI_FLAGS = ("fuzzy", "kokuchi-auto", "kokuchi-flip")

# --- sources ---------------------------------------------------------------------------------------


def sdist(cache: Path, version: str) -> Path:
    """Django's source distribution *version*, downloaded into *cache* once."""
    cache.mkdir(parents=True, exist_ok=True)
    pattern = re.compile(rf"^django-{re.escape(version)}\.tar\.gz$", re.IGNORECASE)
    found = [p for p in cache.iterdir() if pattern.match(p.name)]
    if not found:
        print(f"downloading django=={version} into {cache}", file=sys.stderr)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--no-binary",
                ":all:",
                f"django=={version}",
                "-d",
                str(cache),
            ],
            check=True,
            cwd=cache,
        )
        found = [p for p in cache.iterdir() if pattern.match(p.name)]
    if not found:
        raise SystemExit(f"pip download saved no django-{version}.tar.gz in {cache}")
    return found[0]


def extract(cache: Path, version: str) -> Path:
    """Every django/**/locale/*/LC_MESSAGES/*.po of *version*, extracted once under cache/django-VERSION."""
    folder = cache / f"django-{version}"
    marker = folder / ".extracted"
    if not marker.exists():
        archive = sdist(cache, version)
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        with tarfile.open(archive) as tar:
            members = [m for m in tar.getmembers() if m.isfile() and CATALOG.match(m.name) and ".." not in m.name]
            if hasattr(tarfile, "data_filter"):
                tar.extractall(folder, members=members, filter="data")
            else:
                tar.extractall(folder, members=members)
        marker.write_text(f"{len(members)}\n")
    return folder


def catalogs(folder: Path) -> dict[tuple[str, str, str], Path]:
    """(app, domain, lang) → .po path; app is ``conf`` or ``contrib/NAME``."""
    found = {}
    for path in folder.rglob("*.po"):
        match = CATALOG.match(path.relative_to(folder).as_posix())
        if match:
            found[(match["app"], match["domain"], match["lang"])] = path
    return found


def template(new_po: Path, ref: Path) -> Path:
    """A template with exactly the msgids of *new_po*: its translations emptied (see the module doc)."""
    if ref.exists() and ref.stat().st_mtime >= new_po.stat().st_mtime:
        return ref
    ref.parent.mkdir(parents=True, exist_ok=True)
    unique = f"{os.getpid()}-{threading.get_ident()}"
    cleared, written = ref.with_name(f".{ref.name}.{unique}.po"), ref.with_name(f".{ref.name}.{unique}.pot")
    try:
        subprocess.run(
            ["msgattrib", "--no-obsolete", "--clear-fuzzy", "--clear-previous", "-o", str(cleared), str(new_po)],
            check=True,
        )
        subprocess.run(
            ["msgfilter", "--keep-header", "-i", str(cleared), "-o", str(written), "sed", "-e", "d"], check=True
        )
        os.replace(written, ref)  # whole or not at all, whoever else builds it
    finally:
        cleared.unlink(missing_ok=True)
        written.unlink(missing_ok=True)
    return ref


# --- running ---------------------------------------------------------------------------------------


def run(command: list[str], cwd: Path, limit: float) -> dict:
    """One fresh process: exit code, stderr, wall and CPU seconds (user + system)."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as null, tempfile.TemporaryFile() as errors:  # a file: no pipe to fill
        process = subprocess.Popen(command, cwd=cwd, stdout=null, stderr=errors)
        deadline = start + limit
        stopped = b""
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                process.kill()
                _, status, usage = os.wait4(process.pid, 0)
                stopped = b"\nstopped after the time limit"
                break
            time.sleep(0.002)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here, not by Popen
        errors.seek(0)
        stderr = errors.read() + stopped
    return {
        "rc": os.waitstatus_to_exitcode(status),
        "stderr": stderr.decode("utf-8", "replace"),
        "wall": wall,
        "cpu": usage.ru_utime + usage.ru_stime,
    }


def kokuchi_command(root: Path, definitions: Path, reference: Path, output: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "kokuchi",
        "--root",
        str(root),
        "catalog",
        "merge",
        str(definitions),
        str(reference),
        "-o",
        str(output),
    ]


def msgmerge_command(definitions: Path, reference: Path, output: Path) -> list[str]:
    return ["msgmerge", "--quiet", str(definitions), str(reference), "-o", str(output)]


# --- comparing -------------------------------------------------------------------------------------


def _value(entry) -> tuple:
    if entry.msgid_plural:
        return tuple(entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural))
    return (entry.msgstr,)


def _translated(entry) -> bool:
    return any(_value(entry))


def _live(path: Path) -> tuple[dict, int]:
    import polib

    catalog = polib.pofile(str(path), wrapwidth=0)
    live = {(e.msgctxt, e.msgid): e for e in catalog if not e.obsolete and not (e.msgid == "" and e.msgctxt is None)}
    return live, sum(1 for e in catalog if e.obsolete)


def compare(kokuchi_po: Path, msgmerge_po: Path, name: str, examples: int) -> dict:
    k, k_obsolete = _live(kokuchi_po)
    m, m_obsolete = _live(msgmerge_po)
    counts = {
        "entries": len(m),
        "exact": 0,  # msgmerge: translated, not fuzzy
        "equal": 0,  # ... and kokuchi the same translation, unflagged
        "equal flagged": 0,  # the same msgstr, but fuzzy or kokuchi-* in kokuchi
        "different": 0,  # kokuchi another translation (non-empty), flagged or not
        "untranslated": 0,  # kokuchi leaves it empty
        "missing": 0,  # kokuchi has no live entry of that key
        "kokuchi exact": 0,  # kokuchi: translated, unflagged
        "kokuchi exact only": 0,  # ... where msgmerge's is not an exact translation
        "msgmerge fuzzy": 0,
        "kokuchi fuzzy": 0,
        "kokuchi-auto": 0,
        "kokuchi-flip": 0,
        "keys only msgmerge": len(m.keys() - k.keys()),
        "keys only kokuchi": len(k.keys() - m.keys()),
        "msgmerge obsolete": m_obsolete,
        "kokuchi obsolete": k_obsolete,
    }
    found = []
    m_exact = set()
    for key, entry in m.items():
        counts["msgmerge fuzzy"] += "fuzzy" in entry.flags
        if "fuzzy" in entry.flags or not _translated(entry):
            continue
        m_exact.add(key)
        counts["exact"] += 1
        other = k.get(key)
        if other is None:
            counts["missing"] += 1
        elif _value(other) == _value(entry):
            flagged = any(flag in other.flags for flag in KOKUCHI_FLAGS)
            counts["equal flagged" if flagged else "equal"] += 1
        elif not _translated(other):
            counts["untranslated"] += 1
        else:
            counts["different"] += 1
            if len(found) < examples:
                found.append(
                    {
                        "file": name,
                        "msgctxt": key[0],
                        "msgid": key[1],
                        "msgmerge": list(_value(entry)),
                        "kokuchi": list(_value(other)),
                        "kokuchi flags": list(other.flags),
                    }
                )
    for key, entry in k.items():
        counts["kokuchi fuzzy"] += "fuzzy" in entry.flags
        counts["kokuchi-auto"] += "kokuchi-auto" in entry.flags
        counts["kokuchi-flip"] += "kokuchi-flip" in entry.flags
        if _translated(entry) and not any(flag in entry.flags for flag in KOKUCHI_FLAGS):
            counts["kokuchi exact"] += 1
            counts["kokuchi exact only"] += key not in m_exact
    return {"counts": counts, "examples": found}


# --- the comparison run ----------------------------------------------------------------------------


def spread(items: list, k: int | None) -> list:
    """*k* items evenly spaced over *items* (every app and language represented in a quick run)."""
    if k is None or k >= len(items):
        return items
    if k <= 0:
        return []
    step = len(items) / k
    return [items[int(i * step)] for i in range(k)]


def build_pairs(cache: Path, old: str, new: str) -> list[dict]:
    before, after = catalogs(extract(cache, old)), catalogs(extract(cache, new))
    refs = cache / "work" / "refs" / new
    pairs = []
    for key in sorted(before.keys() & after.keys()):
        app, domain, lang = key
        pairs.append(
            {
                "name": f"{app}/{lang}/{domain}",
                "def": before[key],
                "new": after[key],
                "ref": refs / app / lang / f"{domain}.pot",
            }
        )
    return pairs


def merge_pair(pair: dict, out: Path, limit: float, examples: int) -> dict:
    try:
        return _merge_pair(pair, out, limit, examples)
    except Exception:  # this script's own failure on one pair: recorded, the run goes on
        return {"name": pair["name"], "def": str(pair["def"]), "script error": traceback.format_exc()}


def _merge_pair(pair: dict, out: Path, limit: float, examples: int) -> dict:
    folder = out / pair["name"]
    folder.mkdir(parents=True, exist_ok=True)
    k_out, m_out = folder / "kokuchi.po", folder / "msgmerge.po"
    k_out.unlink(missing_ok=True)
    m_out.unlink(missing_ok=True)
    k = run(kokuchi_command(out, pair["def"], pair["ref"], k_out), out, limit)
    m = run(msgmerge_command(pair["def"], pair["ref"], m_out), out, limit)
    result = {
        "name": pair["name"],
        "def": str(pair["def"]),
        "ref": str(pair["ref"]),
        "kokuchi": {"rc": k["rc"], "wall": k["wall"], "cpu": k["cpu"]},
        "msgmerge": {"rc": m["rc"], "wall": m["wall"], "cpu": m["cpu"]},
    }
    has_traceback = "Traceback (most recent call last)" in k["stderr"]
    if k["rc"] != 0 or has_traceback:
        lines = k["stderr"].strip().splitlines()
        result["crash"] = {"rc": k["rc"], "traceback": has_traceback, "last line": lines[-1] if lines else ""}
    if m["rc"] != 0:
        lines = m["stderr"].strip().splitlines()
        result["msgmerge error"] = lines[-1] if lines else f"exit {m['rc']}"
    if "crash" not in result and m["rc"] == 0:
        try:
            result.update(compare(k_out, m_out, pair["name"], examples))
        except (OSError, ValueError, UnicodeDecodeError) as error:  # polib refuses what it cannot read
            result["unreadable"] = f"{type(error).__name__}: {error}"
    return result


def comparison(args: argparse.Namespace) -> dict:
    pairs = spread(build_pairs(args.cache, args.old, args.new), args.limit)
    out = args.cache / "work" / "out" / f"{args.old}-{args.new}"
    out.mkdir(parents=True, exist_ok=True)
    for pair in pairs:  # before any timing
        template(pair["new"], pair["ref"])
    print(f"{len(pairs)} pairs, {args.jobs} at a time; outputs in {out}", file=sys.stderr)
    results = []
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for i, result in enumerate(pool.map(lambda p: merge_pair(p, out, args.timeout, args.examples), pairs), 1):
            results.append(result)
            if "script error" in result:
                print(f"  script error: {result['name']}: {result['script error']}", file=sys.stderr)
            if "crash" in result:
                print(f"  crash: {result['name']}: {result['crash']['last line']}", file=sys.stderr)
            if i % 50 == 0 or i == len(pairs):
                print(f"  {i}/{len(pairs)} ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    totals: dict[str, int] = {}
    for result in results:
        for key, value in result.get("counts", {}).items():
            totals[key] = totals.get(key, 0) + value
    summary = {
        "pairs": len(results),
        "compared": sum(1 for r in results if "counts" in r),
        "crashes": [{"file": r["def"], "pair": r["name"], **r["crash"]} for r in results if "crash" in r],
        "msgmerge errors": [
            {"pair": r["name"], "error": r["msgmerge error"]} for r in results if "msgmerge error" in r
        ],
        "unreadable": [{"pair": r["name"], "error": r["unreadable"]} for r in results if "unreadable" in r],
        "script errors": [r["name"] for r in results if "script error" in r],
        "counts": totals,
        "time": {
            tool: {
                "wall": sum(r[tool]["wall"] for r in results if tool in r),
                "cpu": sum(r[tool]["cpu"] for r in results if tool in r),
            }
            for tool in ("kokuchi", "msgmerge")
        },
        "examples": [e for r in results for e in r.get("examples", [])][: args.examples],
        "elapsed": time.perf_counter() - started,
    }
    return {"summary": summary, "pairs": results}


def print_summary(summary: dict) -> None:
    c = summary["counts"]
    t = summary["time"]
    crashes = summary["crashes"]

    def pct(a: int, b: int) -> str:
        return f"{a:,} / {b:,} ({100 * a / b:.1f}%)" if b else f"{a:,} / 0"

    print("| figure | value |")
    print("| --- | ---: |")
    print(f"| pairs (app, domain, language) | {summary['pairs']:,} |")
    print(f"| kokuchi crashes | {len(crashes):,} |")
    print(f"| msgmerge errors | {len(summary['msgmerge errors']):,} |")
    print(f"| pairs compared | {summary['compared']:,} |")
    print(f"| live entries (msgmerge) | {c.get('entries', 0):,} |")
    print(f"| exact translations equal, unflagged | {pct(c.get('equal', 0), c.get('exact', 0))} |")
    print(f"| ... equal msgstr but flagged in kokuchi | {c.get('equal flagged', 0):,} |")
    print(f"| ... a different translation in kokuchi | {c.get('different', 0):,} |")
    print(f"| ... untranslated in kokuchi | {c.get('untranslated', 0):,} |")
    print(f"| ... no live entry in kokuchi | {c.get('missing', 0):,} |")
    print(f"| kokuchi exact translations msgmerge lacks | {c.get('kokuchi exact only', 0):,} |")
    print(f"| fuzzy: msgmerge | {c.get('msgmerge fuzzy', 0):,} |")
    print(f"| fuzzy: kokuchi | {c.get('kokuchi fuzzy', 0):,} |")
    print(f"| kokuchi-auto / kokuchi-flip | {c.get('kokuchi-auto', 0):,} / {c.get('kokuchi-flip', 0):,} |")
    print(
        f"| keys only in msgmerge / only in kokuchi | {c.get('keys only msgmerge', 0):,} / "
        f"{c.get('keys only kokuchi', 0):,} |"
    )
    print(f"| obsolete: msgmerge / kokuchi | {c.get('msgmerge obsolete', 0):,} / {c.get('kokuchi obsolete', 0):,} |")
    for tool in ("kokuchi", "msgmerge"):
        print(f"| total time {tool}: wall / CPU (s) | {t[tool]['wall']:.1f} / {t[tool]['cpu']:.1f} |")
    if t["msgmerge"]["cpu"]:
        print(f"| kokuchi / msgmerge (CPU) | {t['kokuchi']['cpu'] / t['msgmerge']['cpu']:.1f} |")
    if crashes:
        print("\nCrashes:")
        for crash in crashes:
            print(f"- {crash['file']} (exit {crash['rc']}): {crash['last line']}")
    for error in summary["msgmerge errors"]:
        print(f"- msgmerge refused {error['pair']}: {error['error']}")
    for name in summary["script errors"]:
        print(f"- this script failed on {name} (see the JSON or standard error)")
    for error in summary["unreadable"]:
        print(f"- polib could not read an output of {error['pair']}: {error['error']}")
    if summary["examples"]:
        print("\nExact translations that differ:")
        for e in summary["examples"]:
            context = f" [{e['msgctxt']}]" if e["msgctxt"] else ""
            print(
                f"- {e['file']}{context} {e['msgid']!r}: msgmerge {e['msgmerge']!r}, kokuchi {e['kokuchi']!r}"
                f" {e['kokuchi flags']}"
            )


# --- in-process timing -----------------------------------------------------------------------------


def resolve_merge():
    """(label, call(root, definitions, reference, output)): the CLI's `catalog merge`, in-process."""
    from kokuchi.commands.catalog import merge

    return "kokuchi.commands.catalog.merge", lambda root, d, r, o: merge(root, d, r, output=o)


def _messages(path: Path) -> int:
    return sum(1 for line in path.read_text("utf-8", "replace").splitlines() if line.startswith("msgid "))


def timing(args: argparse.Namespace) -> dict:
    pairs = build_pairs(args.cache, args.old, args.new)
    for pair in pairs:
        template(pair["new"], pair["ref"])
        pair["size"] = pair["def"].stat().st_size + pair["ref"].stat().st_size
    largest = sorted(pairs, key=lambda p: (-p["size"], p["name"]))[: args.time_top]
    out = args.cache / "work" / "time"
    out.mkdir(parents=True, exist_ok=True)
    wall, cpu = time.perf_counter(), time.process_time()
    label, call = resolve_merge()
    imported = {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}
    print(f"in-process merge: {label}; {args.time} runs each", file=sys.stderr)
    rows = []
    for pair in largest:
        k_out, m_out = out / "kokuchi.po", out / "msgmerge.po"
        k_out.unlink(missing_ok=True)
        wall, cpu = time.perf_counter(), time.process_time()
        call(out, pair["def"], pair["ref"], k_out)  # warm-up: imports, the analyzer, caches
        first = {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}
        k_runs, m_runs = [], []
        for _ in range(args.time):  # alternated, so that load on the machine falls on both
            k_out.unlink(missing_ok=True)
            wall, cpu = time.perf_counter(), time.process_time()
            call(out, pair["def"], pair["ref"], k_out)
            k_runs.append({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu})
            m_out.unlink(missing_ok=True)
            m = run(msgmerge_command(pair["def"], pair["ref"], m_out), out, args.timeout)
            if m["rc"]:
                raise SystemExit(f"msgmerge failed on {pair['name']}: {m['stderr'].strip()}")
            m_runs.append({"wall": m["wall"], "cpu": m["cpu"]})
        row = {
            "pair": pair["name"],
            "def": str(pair["def"]),
            "messages": _messages(pair["ref"]) - 1,  # the header
            "kokuchi first": first,
            "kokuchi": {key: statistics.median(r[key] for r in k_runs) for key in ("wall", "cpu")},
            "msgmerge": {key: statistics.median(r[key] for r in m_runs) for key in ("wall", "cpu")},
        }
        rows.append(row)
        print(
            f"  {pair['name']}: kokuchi {row['kokuchi']['cpu'] * 1000:.1f} ms CPU, msgmerge "
            f"{row['msgmerge']['cpu'] * 1000:.1f} ms CPU",
            file=sys.stderr,
        )
    return {"function": label, "import": imported, "runs": args.time, "rows": rows}


def print_timing(result: dict) -> None:
    print(
        f"In-process `{result['function']}` (imported in {result['import']['wall'] * 1000:.0f} ms), "
        f"medians of {result['runs']} runs (after one warm-up call):\n"
    )
    print(
        "| catalog | messages | kokuchi wall (ms) | kokuchi CPU (ms) | msgmerge wall (ms) | msgmerge CPU (ms) "
        "| CPU ratio | kokuchi first call (ms) |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for row in result["rows"]:
        k, m = row["kokuchi"], row["msgmerge"]
        ratio = f"{k['cpu'] / m['cpu']:.1f}" if m["cpu"] else ""
        print(
            f"| {row['pair']} | {row['messages']:,} | {k['wall'] * 1000:.1f} | {k['cpu'] * 1000:.1f} "
            f"| {m['wall'] * 1000:.1f} | {m['cpu'] * 1000:.1f} | {ratio} | {row['kokuchi first']['wall'] * 1000:.0f} |"
        )


def kokuchi_source() -> str:
    """Where the kokuchi that runs comes from, with the checkout's commit (and + if it has changes)."""
    found = subprocess.run(
        [sys.executable, "-c", "import kokuchi; print(kokuchi.__file__)"], check=False, capture_output=True, text=True
    )
    if found.returncode:
        raise SystemExit(f"kokuchi does not import: {found.stderr.strip()}")
    folder = Path(found.stdout.strip()).parent
    commit = subprocess.run(
        ["git", "-C", str(folder), "describe", "--always", "--dirty=+"], check=False, capture_output=True, text=True
    )
    return f"{folder} at {commit.stdout.strip()}" if commit.returncode == 0 else str(folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--cache",
        type=Path,
        default=DEFAULT_CACHE,
        help="downloads, extracted catalogs, templates and outputs [default: ~/.cache/kokuchi-bench]",
    )
    parser.add_argument("--old", default="4.2.16", help="Django release of the catalogs (DEF) [default: 4.2.16]")
    parser.add_argument("--new", default="5.1.4", help="Django release of the templates (REF) [default: 5.1.4]")
    parser.add_argument("--limit", type=int, help="only K pairs, evenly spaced over all (a quick run)")
    parser.add_argument("--jobs", type=int, default=1, help="pairs merged at a time [default: 1]")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds a merge may take before it is stopped")
    parser.add_argument("--examples", type=int, default=3, help="differing exact translations to show [default: 3]")
    parser.add_argument("--time", type=int, metavar="N", help="time the merge in-process instead, median of N runs")
    parser.add_argument("--time-top", type=int, default=5, help="with --time: the M largest pairs [default: 5]")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the figures here")
    args = parser.parse_args()
    args.cache = args.cache.expanduser().resolve()
    for tool in ("msgmerge", "msgattrib", "msgfilter"):
        if not shutil.which(tool):
            raise SystemExit(f"{tool} (GNU gettext) is needed")
    msgmerge_version = subprocess.run(
        ["msgmerge", "--version"], check=True, capture_output=True, text=True
    ).stdout.split("\n")[0]
    info = {
        "old": args.old,
        "new": args.new,
        "kokuchi": kokuchi_source(),
        "msgmerge": msgmerge_version,
        "python": sys.version.split()[0],
    }
    print(f"kokuchi: {info['kokuchi']}; {msgmerge_version}", file=sys.stderr)
    if args.time:
        result = {**info, "timing": timing(args)}
        print_timing(result["timing"])
    else:
        result = {**info, **comparison(args)}
        print_summary(result["summary"])
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False, default=str) + "\n", "utf-8")


if __name__ == "__main__":
    main()
