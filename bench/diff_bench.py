"""Text diff benchmark: kokuchi's Japanese-aware diff against the reference tools.

    python bench/diff_bench.py [--sizes 2000,200000,2000000] [--difflib-limit 120]
    python bench/diff_bench.py --edited [--difflib-limit 120]

For each size (UTF-8 bytes of generated Japanese paragraphs; ~3% of sentences
edited, ~1% of paragraphs inserted and ~1% deleted) it runs, each in a fresh
process so that peak memory is its own:

- kokuchi: ``kokuchi.diff.textdiff.diff`` (sentence alignment, exact character diff,
  Japanese semantic cleanup, grapheme repair);
- dmp (line mode): plain diff-match-patch as commonly used: ``diff_main`` with
  the line-mode pre-pass and its default 1 s time-out, then
  ``diff_cleanupSemantic``;
- dmp (chars): the same without the line-mode pre-pass;
- difflib (chars): ``difflib.SequenceMatcher`` on the characters (given
  ``--difflib-limit`` seconds, then stopped).

Times are per call: the median of up to 7 batches of at least 20 ms each (one
call per batch for the large sizes), after one untimed call that loads the
analyzer and warms its caches.

"changed" counts deleted + inserted characters; "truth" is what the generator
changed (an upper bound of the minimal diff). "rebuilds both" checks that
equal + delete give the old text and equal + insert the new one.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_japanese import edit, text_of_size  # noqa: E402


def _texts(size: int) -> tuple[str, str, int]:
    old = text_of_size(size)
    new, truth = edit(old)
    return old, new, truth


def _kokuchi(old: str, new: str):
    from kokuchi.diff.textdiff import diff

    return lambda: diff(old, new)


def _dmp(old: str, new: str, checklines: bool):
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()  # Diff_Timeout = 1.0, as shipped

    def run():
        ops = dmp.diff_main(old, new, checklines)
        dmp.diff_cleanupSemantic(ops)
        return ops

    return run


def _difflib(old: str, new: str):
    import difflib

    def run():
        codes = difflib.SequenceMatcher(None, old, new).get_opcodes()
        # As ops, so that changed characters are counted the same way.
        ops = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == "equal":
                ops.append((0, old[i1:i2]))
            else:
                ops += [(-1, old[i1:i2]), (1, new[j1:j2])]
        return ops

    return run


TOOLS = {
    "kokuchi": _kokuchi,
    "dmp (line mode)": lambda old, new: _dmp(old, new, True),
    "dmp (chars)": lambda old, new: _dmp(old, new, False),
    "difflib (chars)": _difflib,
}


def _run(tool: str, size: int, queue) -> None:
    old, new, truth = _texts(size)
    run = TOOLS[tool](old, new)  # imports happen here, outside the timing
    ops = run()  # the first call loads the analyzer and warms its caches: not counted
    start = time.perf_counter()
    ops = run()
    first = time.perf_counter() - start
    # Batches of at least 20 ms, so that a diff of a few microseconds is timed
    # over many calls; the median of up to 7 batches, fewer for slow tools.
    number = max(1, int(0.02 / max(first, 1e-7)))
    batches = max(1, min(7, int(10 / max(first * number, 1e-9))))
    times = []
    for _ in range(batches):
        start = time.perf_counter()
        for _ in range(number):
            ops = run()
        times.append((time.perf_counter() - start) / number)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    exact = "".join(t for o, t in ops if o != 1) == old and "".join(t for o, t in ops if o != -1) == new
    changed = sum(len(t) for o, t in ops if o != 0)
    queue.put(
        {
            "tool": tool,
            "size": size,
            "chars": len(old),
            "seconds": statistics.median(times),
            "runs": len(times) * number,
            "peak_mb": peak / 1024,
            "changed": changed,
            "truth": truth,
            "ops": len(ops),
            "exact": exact,
        }
    )


def measure(tool: str, size: int, limit: float) -> dict:
    queue: mp.Queue = mp.get_context("fork").Queue()
    process = mp.get_context("fork").Process(target=_run, args=(tool, size, queue))
    process.start()
    process.join(limit)
    if process.is_alive():
        process.kill()
        process.join()
        return {"tool": tool, "size": size, "seconds": None, "limit": limit}
    if process.exitcode != 0:  # the child failed (its traceback is on stderr): don't wait for its result
        raise SystemExit(f"{tool} at {size:,} B failed with exit code {process.exitcode}")
    return queue.get()


def edited_paragraph(edits: int, seed: int = 20) -> tuple[str, str]:
    """One paragraph of 10,000 Japanese characters (about 30 KB of UTF-8, no
    sentence end to align on) and a copy with *edits* word-sized edits."""
    import random

    rng = random.Random(seed)
    words = "ログイン 画面 表示 事象 発生 お客様 サービス 復旧 対応 影響 範囲 調査 原因 設定 変更".split()
    old = "".join(rng.choice(words) for _ in range(3500))[:10_000]
    new = list(old)
    for _ in range(edits):
        at = rng.randrange(len(new))
        new[at : at + rng.randrange(1, 4)] = rng.choice(words)
    return old, "".join(new)


def _edited(edits: int, budget: int | None, queue) -> None:
    from kokuchi.diff.textdiff import diff

    old, new = edited_paragraph(edits)
    diff("ログイン画面", "ログイン画面が")  # load the analyzer outside the timing
    start = time.perf_counter()
    ops = diff(old, new, budget=budget)
    seconds = time.perf_counter() - start
    exact = "".join(t for o, t in ops if o != 1) == old and "".join(t for o, t in ops if o != -1) == new
    queue.put((seconds, sum(len(t) for o, t in ops if o != 0), exact))


def edited_figures(limit: float) -> None:
    """The bounded diff on one heavily edited paragraph: the work budget (the
    default) against the exact diff without a budget (stopped after *limit* s)."""
    from kokuchi.diff.textdiff import WORK_BUDGET

    print("| edits | budget | time (ms) | changed chars | rebuilds both |")
    print("| ---: | --- | ---: | ---: | --- |")
    for edits in (100, 400, 1500, 4000):
        for label, budget in (("default", None), ("none (exact)", 10**15), ("0 (greedy only)", 0)):
            queue: mp.Queue = mp.get_context("fork").Queue()
            process = mp.get_context("fork").Process(target=_edited, args=(edits, budget, queue))
            process.start()
            process.join(limit)
            if process.is_alive():
                process.kill()
                process.join()
                print(f"| {edits:,} | {label} | > {limit * 1000:,.0f} (stopped) | | |")
                continue
            seconds, changed, exact = queue.get()
            print(f"| {edits:,} | {label} | {seconds * 1000:,.0f} | {changed:,} | {'yes' if exact else 'NO'} |")
    print(f"\n(WORK_BUDGET = {WORK_BUDGET:,} steps)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="2000,200000,2000000")
    parser.add_argument("--difflib-limit", type=float, default=120.0)
    parser.add_argument("--json", action="store_true", help="print raw results as JSON")
    parser.add_argument(
        "--edited", action="store_true", help="only the bounded diff on one heavily edited 10,000-character paragraph"
    )
    args = parser.parse_args()
    if args.edited:
        edited_figures(args.difflib_limit)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    results = []
    for size in sizes:
        for tool in TOOLS:
            limit = args.difflib_limit if tool.startswith("difflib") else 600.0
            results.append(measure(tool, size, limit))
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(
        "| size | chars | tool | time (ms) | vs dmp (line mode) | peak RSS (MB) | changed chars | truth | changed / "
        "truth | ops | rebuilds both |"
    )
    print("| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
    for size in sizes:
        rows = [r for r in results if r["size"] == size]
        dmp_time = next((r["seconds"] for r in rows if r["tool"] == "dmp (line mode)"), None)
        for r in rows:
            if r["seconds"] is None:
                print(f"| {size:,} B | | {r['tool']} | > {r['limit'] * 1000:,.0f} (stopped) | | | | | | | |")
                continue
            ratio = f"{r['seconds'] / dmp_time:.2f}" if dmp_time else ""
            exact = "yes" if r["exact"] else "NO"
            print(
                f"| {size:,} B | {r['chars']:,} | {r['tool']} | {r['seconds'] * 1000:,.3f} | {ratio} | "
                f"{r['peak_mb']:.0f} | {r['changed']:,} | "
                f"{r['truth']:,} | {r['changed'] / r['truth']:.2f} | {r['ops']:,} | {exact} |"
            )


if __name__ == "__main__":
    main()
