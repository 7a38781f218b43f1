"""Generated Japanese catalogs for the catalog benchmarks (deterministic).

A "before" template and its translated catalog of N messages, and an "after"
template in which 10% of the messages are edited slightly, 5% removed and 5%
added (new sentences). The ground truth of every edit is returned so that the
quality of fuzzy suggestions can be scored.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_japanese import ADVERBS, TAILS  # noqa: E402

# A vocabulary of pseudo-words: real notices talk about many different things,
# so sentences are diverse; shared stock phrases make them look alike.
_KANJI = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
_KATAKANA = [chr(c) for c in range(0x30A2, 0x30F3)]
_PARTICLES = ["の", "を", "に", "が", "で", "は", "と", "から"]
_ENDINGS = ["しました", "しております", "いたします", "できません", "されます", "となりました"]


def _word(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return "".join(rng.choice(_KATAKANA) for _ in range(rng.randint(3, 6)))
    return "".join(rng.choice(_KANJI) for _ in range(rng.randint(2, 3)))


def sentence(rng: random.Random) -> str:
    parts = [rng.choice(ADVERBS), "、"] if rng.random() < 0.3 else []
    for _ in range(rng.randint(3, 6)):
        parts += [_word(rng), rng.choice(_PARTICLES)]
    parts += [_word(rng), rng.choice(_ENDINGS), "。"]
    if rng.random() < 0.2:
        parts.append(rng.choice(TAILS) + "。")
    return "".join(parts)

HEADER = """msgid ""
msgstr ""
"Project-Id-Version: bench\\n"
"POT-Creation-Date: 2026-01-01 00:00+0000\\n"
"PO-Revision-Date: 2026-01-01 00:00+0000\\n"
"Last-Translator: bench\\n"
"Language-Team: English\\n"
"Language: {lang}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

"""

EDITS = [("必要", "不要"), ("停止", "再開"), ("東京", "大阪"), ("深夜", "早朝"), ("一部", "全部")]


def _quote(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _entry(msgid: str, msgstr: str, n: int) -> str:
    return f'#: notices/bench/{n // 100:03d}.yaml:{n % 100 + 1}\nmsgctxt "body"\nmsgid "{_quote(msgid)}"\nmsgstr "{_quote(msgstr)}"\n\n'


def slight_edit(text: str, rng: random.Random) -> str:
    """Change a few characters as an editor would: a digit, or a word added after a particle."""
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    if digits and rng.random() < 0.5:
        i = rng.choice(digits)
        return text[:i] + str((int(text[i]) + 1) % 10) + text[i + 1 :]
    places = [i + 1 for i, ch in enumerate(text[:-1]) if ch in "をにがではと、"] or [len(text) - 1]
    i = rng.choice(places)
    return text[:i] + rng.choice(["至急", "再度", "一時的に", "本日"]) + text[i:]


def generate(n: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    seen: set[str] = set()
    messages: list[str] = []
    while len(messages) < n:
        s = sentence(rng)
        if s not in seen:
            seen.add(s)
            messages.append(s)
    translations = {m: f"English translation of message {i}: {m[-12:]}" for i, m in enumerate(messages)}
    after: list[str] = []
    edited: dict[str, str] = {}  # new msgid -> old msgid it came from
    added: list[str] = []
    for m in messages:
        roll = rng.random()
        if roll < 0.05:
            continue  # removed
        if roll < 0.15:
            new = slight_edit(m, rng)
            if new in seen:
                after.append(m)
                continue
            seen.add(new)
            edited[new] = m
            after.append(new)
        else:
            after.append(m)
        if rng.random() < 0.05:
            while True:
                s = sentence(rng)
                if s not in seen:
                    break
            seen.add(s)
            added.append(s)
            after.append(s)
    return {"before": messages, "translations": translations, "after": after, "edited": edited, "added": added}


def write(folder: Path, n: int) -> dict:
    data = generate(n)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "old.po", "w", encoding="utf-8") as po:
        po.write(HEADER.format(lang="en"))
        for i, m in enumerate(data["before"]):
            po.write(_entry(m, data["translations"][m], i))
    with open(folder / "new.pot", "w", encoding="utf-8") as pot:
        pot.write(HEADER.format(lang=""))
        for i, m in enumerate(data["after"]):
            pot.write(_entry(m, "", i))
    return data
