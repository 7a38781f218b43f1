"""Deterministic generated Japanese text for the benchmarks (no external data).

Sentences are built from a small vocabulary of notice-like phrases with numbers,
so that most sentences are unique, as in real notices.
"""

from __future__ import annotations

import random

SUBJECTS = [
    "管理コンソール",
    "アラート通知",
    "バックアップ処理",
    "認証サーバー",
    "ログ収集機能",
    "検索インデックス",
    "課金システム",
    "監視エージェント",
    "データベース",
    "ロードバランサー",
    "メール配信",
    "APIゲートウェイ",
]
VERBS = [
    "が停止しておりました",
    "の応答が遅延しております",
    "でエラーが発生しました",
    "を再起動いたしました",
    "の設定を変更しました",
    "が正常に動作していることを確認しました",
    "の修正を適用いたしました",
    "を一時的に無効化しております",
    "の復旧作業を進めております",
]
ADVERBS = [
    "一部のお客様環境において",
    "東京リージョンでは",
    "大阪リージョンの一部で",
    "すべてのリージョンで",
    "特定の条件下で",
    "深夜帯に",
    "ピーク時間帯に",
    "検証環境において",
]
TAILS = [
    "ご迷惑をおかけし申し訳ございません",
    "詳細は追ってご案内いたします",
    "お客様の操作は不要です",
    "引き続き状況を監視いたします",
    "サポート窓口までお問い合わせください",
]


def sentence(rng: random.Random) -> str:
    n = rng.randint(1, 9999)
    return (
        f"{rng.choice(ADVERBS)}、{rng.choice(SUBJECTS)}{rng.choice(VERBS)}"
        f"(事象番号{n}、{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        f"{rng.randint(0, 23)}時{rng.randint(0, 59):02d}分頃)。"
        f"{rng.choice(TAILS)}。"
    )


def paragraph(rng: random.Random) -> str:
    return "".join(sentence(rng) for _ in range(rng.randint(1, 4))) + "\n"


def text_of_size(size_bytes: int, seed: int = 1) -> str:
    """Japanese paragraphs whose UTF-8 size is about *size_bytes*."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size_bytes:
        p = paragraph(rng)
        parts.append(p)
        total += len(p.encode("utf-8"))
    return "".join(parts)


def edit(text: str, seed: int = 2, sentence_rate: float = 0.03, paragraph_rate: float = 0.01) -> tuple[str, int]:
    """Edit ~3% of sentences slightly, insert and delete ~1% of paragraphs.

    Returns the new text and the number of characters the edits changed
    (deleted + inserted): an upper bound of the minimal diff.
    """
    rng = random.Random(seed)
    changed = 0
    out: list[str] = []
    for para in text.splitlines(keepends=True):
        roll = rng.random()
        if roll < paragraph_rate:  # delete the paragraph
            changed += len(para)
            continue
        if roll < 2 * paragraph_rate:  # insert a new paragraph before it
            new = paragraph(rng)
            changed += len(new)
            out.append(new)
        sentences = para.split("。")
        for i, s in enumerate(sentences):
            if s and rng.random() < sentence_rate:
                k = rng.randrange(len(s))
                word = rng.choice(["至急", "再度", "一時的に", "本日"])
                if rng.random() < 0.5 and k + 2 <= len(s):
                    changed += 2 + len(word)
                    s = s[:k] + word + s[k + 2 :]
                else:
                    changed += len(word)
                    s = s[:k] + word + s[k:]
                sentences[i] = s
        out.append("。".join(sentences))
    return "".join(out), changed
