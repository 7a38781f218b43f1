"""Meaning-flip benchmark: the realistic flips and same-meaning edits of tests/data/flips.yaml.

    python bench/flip_bench.py

One translated catalog holds the old sentence of every pair (67 flips, 25
same-meaning edits), a template holds the new sentences; kokuchi and GNU
msgmerge (OMP_NUM_THREADS=1) merge the same files, each as a command. For each
pair: was the old translation offered for the new sentence (read from the
previous msgid, ``#| msgid``)? A flip is blocked when it was not; a
same-meaning edit is kept when it was.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalog_bench import suggestions  # noqa: E402
from gen_catalog import HEADER, _entry  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "flips"


def main() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from kokuchi.project import yamlio

    data = yamlio.parse_config((ROOT / "tests" / "data" / "flips.yaml").read_bytes(), "tests/data/flips.yaml").data
    pairs = [("flip", old, new) for old, new in data["flips"]] + [
        ("same", old, new) for old, new in data["same_meaning"]
    ]
    OUT.mkdir(parents=True, exist_ok=True)
    translations = {old: f"Translation {i} of the old sentence." for i, (_, old, _) in enumerate(pairs)}
    (OUT / "old.po").write_text(
        HEADER.format(lang="en") + "".join(_entry(old, translations[old], i) for i, (_, old, _) in enumerate(pairs)),
        "utf-8",
    )
    (OUT / "new.pot").write_text(
        HEADER.format(lang="") + "".join(_entry(new, "", i) for i, (_, _, new) in enumerate(pairs)), "utf-8"
    )
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(ROOT / "src")}
    commands = {
        "kokuchi": [
            sys.executable,
            "-m",
            "kokuchi",
            "catalog",
            "merge",
            str(OUT / "old.po"),
            str(OUT / "new.pot"),
            "-o",
            str(OUT / "kokuchi.po"),
        ],
        "msgmerge": [
            "msgmerge",
            "--previous",
            "-q",
            "-o",
            str(OUT / "msgmerge.po"),
            str(OUT / "old.po"),
            str(OUT / "new.pot"),
        ],
    }
    flips = sum(1 for kind, _, _ in pairs if kind == "flip")
    same = len(pairs) - flips
    print("| tool | flips blocked | same-meaning edits kept | same-meaning edits blocked as flips |")
    print("| --- | ---: | ---: | ---: |")
    for tool, command in commands.items():
        subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL)
        found = suggestions(OUT / f"{tool}.po")
        offered = {new: bool(found.get(new, ("", None))[0]) and found[new][1] == old for _, old, new in pairs}
        blocked = sum(1 for kind, _, new in pairs if kind == "flip" and not offered[new])
        kept = sum(1 for kind, _, new in pairs if kind == "same" and offered[new])
        text = (OUT / f"{tool}.po").read_text("utf-8")
        flagged = sum(
            1 for kind, _, new in pairs if kind == "same" and f'kokuchi-flip\n#| msgid "{old_of(pairs, new)}"' in text
        )
        print(f"| {tool} | {blocked} / {flips} ({blocked / flips:.0%}) | {kept} / {same} | {flagged} |")


def old_of(pairs: list[tuple[str, str, str]], new: str) -> str:
    return next(old for _, old, n in pairs if n == new)


if __name__ == "__main__":
    main()
