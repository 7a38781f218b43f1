"""Generated template-like Japanese catalogs for the catalog benchmark (deterministic).

Real notices are written from stock phrases: the same openings, apologies and
requests recur in every notice, and what tells two messages apart is a few
content words (the service, the function, the symptom) and the entities (dates,
times, counts). The messages here are built the same way: a sentence pattern
filled with a service, a function and a detail, often with a stock opening or
closing phrase.

A "before" catalog of N translated messages, and an "after" template in which

- 10% of the messages are edited as editors do: a number or a date changed, a
  clause added, a typo (a character dropped, doubled or replaced), a stock
  phrase replaced by another of the same meaning, or the meaning reversed (a
  negation added or removed, an antonym swapped in);
- 5% are removed, and 5% brand-new messages are added, built from the same
  stock phrases but differing from every old message of the same pattern in
  at least two of the things they name (service, function, symptom, place,
  cause, date): a brand-new message is not an edit of any old one.

The ground truth of every edit is returned so the suggestions can be scored.
"""

from __future__ import annotations

import itertools
import random
import unicodedata
from pathlib import Path

_QUALIFIERS = [
    "法人向け",
    "個人向け",
    "スマートフォン版",
    "タブレット版",
    "新",
    "東日本エリアの",
    "西日本エリアの",
    "海外拠点向け",
    "加盟店向け",
    "代理店向け",
    "会員向け",
    "社内向け",
    "学生向け",
    "シニア向け",
    "プレミアム",
    "ベーシック",
    "スタンダード",
    "エンタープライズ",
    "無料版の",
    "試験提供中の",
]
_SYSTEMS = [
    "インターネットバンキング",
    "モバイルアプリ",
    "会員サイト",
    "予約システム",
    "決済サービス",
    "ポイントサービス",
    "メール配信サービス",
    "管理コンソール",
    "APIゲートウェイ",
    "認証基盤",
    "ファイル共有サービス",
    "VPN接続サービス",
    "電子契約サービス",
    "クラウドストレージ",
    "請求管理システム",
    "コールセンターシステム",
    "乗換案内",
    "運行情報配信",
    "座席予約サービス",
    "定期券オンライン購入",
    "外貨預金サービス",
    "投資信託サービス",
    "ローン申込サービス",
    "ATMネットワーク",
    "デビットカード決済",
    "口座振替サービス",
    "オンラインストア",
    "チャットサポート",
    "ウェブ会議サービス",
    "データ連携基盤",
    "監視サービス",
    "バックアップサービス",
    "ログ分析基盤",
    "DNSサービス",
    "ロードバランサー",
    "データベースサービス",
    "メールサーバー",
    "勤怠管理システム",
    "経費精算システム",
    "人事給与システム",
]
_OBJECTS = [
    "振込",
    "残高",
    "入出金明細",
    "口座情報",
    "パスワード",
    "ログイン",
    "通知メール",
    "請求書",
    "契約情報",
    "ポイント",
    "予約",
    "座席",
    "定期券",
    "クーポン",
    "会員情報",
    "配送状況",
    "ファイル",
    "アカウント",
    "アクセスキー",
    "証明書",
    "バックアップデータ",
    "監査ログ",
    "ダッシュボード",
    "レポート",
    "利用明細",
]
_ACTIONS = ["照会", "登録", "変更", "取消", "予約", "ダウンロード", "発行", "更新", "閲覧", "送信", "同期", "申込"]
_SYMPTOMS = [
    "エラー画面が表示される",
    "処理に時間がかかる",
    "画面が真っ白になる",
    "ログイン後に操作できない",
    "二重に処理される",
    "通知が届かない",
    "古い情報が表示される",
    "文字化けが発生する",
    "タイムアウトになる",
    "ボタンが押せない",
    "金額が正しく表示されない",
    "一覧が空で表示される",
    "検索結果が表示されない",
    "確認メールが重複して届く",
    "添付ファイルが開けない",
    "接続が切断される",
]
_PLACES = [
    "東京リージョン",
    "大阪リージョン",
    "us-1リージョン",
    "北海道地区",
    "東北地区",
    "関東地区",
    "中部地区",
    "近畿地区",
    "中国地区",
    "四国地区",
    "九州地区",
    "沖縄地区",
    "本店営業部",
    "新宿支店",
    "梅田支店",
    "博多支店",
]
_CAUSES = [
    "サーバー機器の故障",
    "ネットワーク機器の設定誤り",
    "外部委託先の障害",
    "証明書の期限切れ",
    "ソフトウェアの不具合",
    "想定を超えるアクセスの集中",
    "データベースの容量不足",
    "電源設備の点検",
    "回線事業者の工事",
    "プログラムの更新作業",
]

OPENINGS = ["", "", "", "現在、", "なお、", "引き続き、", "大変恐れ入りますが、", "お客さまへ、"]
CLOSINGS = [
    "",
    "",
    "",
    "ご不便をおかけし、誠に申し訳ございません。",
    "ご理解とご協力を賜りますようお願い申し上げます。",
    "詳細は確認でき次第お知らせいたします。",
    "お客さまにはご迷惑をおかけしますが、何卒ご了承ください。",
    "お問い合わせはサポート窓口までお願いいたします。",
]
# Same-meaning rewordings of stock phrases: an edit that keeps the translation right.
REWORDINGS = [
    ("誠に申し訳ございません", "深くお詫び申し上げます"),
    ("お願い申し上げます", "お願いいたします"),
    ("ご不便をおかけし", "ご迷惑をおかけし"),
    ("お知らせいたします", "ご案内いたします"),
    ("何卒ご了承ください", "あらかじめご了承ください"),
    ("確認でき次第", "判明し次第"),
]
# Edits that reverse the meaning: the old translation says the opposite.
FLIPS = [
    ("いただけません", "いただけます"),
    ("実施いたします", "実施いたしません"),
    ("発生しております", "解消しております"),
    ("発生しております", "発生しておりません"),
    ("停止", "再開"),
    ("必要です", "不要です"),
    ("場合がございます", "場合はございません"),
    ("遅延しました", "遅延しませんでした"),
    ("復旧いたしました", "復旧しておりません"),
    ("続いております", "解消しました"),
]
CLAUSES = ["一部の", "引き続き", "一時的に", "すべての", "現在も"]
PARTIAL = "一部の"  # the one clause of these that changes the meaning (see generate)
SENTENCES = ["なお、復旧時刻は未定です。", "現在、原因を調査しております。", "お客さまによる操作は不要です。"]

# Every pattern names a service, a function and at least one more thing (a date, a place, a symptom, a cause).
PATTERNS = [
    "{date}{start}から{end}まで、{service}の{function}を停止するメンテナンスを実施いたします。",
    "{service}において、{function}で{symptom}事象が発生しております。",
    "{place}で、{service}の{function}がご利用いただけない状況が続いております。",
    "{date}{start}頃、{service}の{function}は復旧いたしました。",
    "{date}のメンテナンス中は、{service}の{function}をご利用いただけません。",
    "{service}の{function}で、{symptom}場合がございます。",
    "{cause}により、{service}の{function}を一時停止しております。",
    "{date}以降、{service}の{function}には新しい手順が必要です。",
    "{service}の{function}は、{place}から順次再開いたします。",
    "{cause}のため、{date}の{service}の{function}は{count}件の処理が遅延しました。",
]
_SLOTS = ("service", "function", "symptom", "place", "cause", "date")


def _slots(rng: random.Random) -> dict:
    hour = rng.randint(0, 22)
    return {
        "pattern": rng.randrange(len(PATTERNS)),
        "service": rng.choice(_QUALIFIERS) + rng.choice(_SYSTEMS),
        "function": rng.choice(_OBJECTS) + rng.choice(_ACTIONS),
        "symptom": rng.choice(_SYMPTOMS),
        "place": rng.choice(_PLACES),
        "cause": rng.choice(_CAUSES),
        "date": f"{rng.randint(2023, 2026)}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        "start": f"{'午前' if hour < 12 else '午後'}{hour % 12 or 12}時{rng.choice(['00', '15', '30', '45'])}分",
        "end": f"{'午前' if hour + 1 < 12 else '午後'}{(hour + 1) % 12 or 12}時{rng.choice(['00', '30'])}分",
        "count": rng.randint(2, 9999),
        "opening": rng.choice(OPENINGS),
        "closing": rng.choice(CLOSINGS),
    }


def _content(slots: dict) -> list[tuple]:
    """What a message is about: the slots its pattern shows, by name (stock phrases and times aside)."""
    pattern = PATTERNS[slots["pattern"]]
    return [(name, slots[name]) for name in _SLOTS if "{" + name + "}" in pattern]


def _near(slots: dict) -> list[tuple]:
    """Keys shared by every message that differs from this one in at most one content slot."""
    content = _content(slots)
    return [(slots["pattern"], *subset) for subset in itertools.combinations(content, len(content) - 1)]


def render(slots: dict) -> str:
    body = PATTERNS[slots["pattern"]].format(
        **{k: v for k, v in slots.items() if k not in ("pattern", "opening", "closing")}
    )
    return slots["opening"] + body + slots["closing"]


def _number_edit(text: str, rng: random.Random) -> str | None:
    digits = [i for i, ch in enumerate(text) if ch.isdigit() and (i + 1 == len(text) or not text[i + 1].isdigit())]
    if not digits:
        return None
    i = rng.choice(digits)
    return text[:i] + str((int(text[i]) + rng.randint(1, 8)) % 10) + text[i + 1 :]


def _clause_edit(text: str, rng: random.Random) -> str | None:
    if rng.random() < 0.5:
        return text + rng.choice(SENTENCES)
    places = [i + 1 for i, ch in enumerate(text[:-1]) if ch in "、は"]
    if not places:
        return None
    i = rng.choice(places)
    return text[:i] + rng.choice(CLAUSES) + text[i:]


def _typo_edit(text: str, rng: random.Random) -> str | None:
    kana = [i for i, ch in enumerate(text) if "\u3041" <= ch <= "\u30ff" and 0 < i < len(text) - 1]
    if not kana:
        return None
    i = rng.choice(kana)
    how = rng.randrange(3)
    if how == 0:
        return text[:i] + text[i + 1 :]  # dropped
    if how == 1:
        return text[:i] + text[i] + text[i:]  # doubled
    return text[:i] + _slipped(text[i]) + text[i + 1 :]  # a kana typed voiced, unvoiced or in the other size


def _slipped(kana: str) -> str:
    """The kana a slip of kana input makes of *kana*: voiced or unvoiced (か/が, は/ば/ぱ), else small or full
    size (つ/っ), else itself doubled. (Not its neighbour in Unicode: の+1 is は, another particle, and
    が+1 is き: edits of meaning, which no guard may take for a slip.)"""
    base = unicodedata.normalize("NFD", kana)[0]
    for mark in ("\u3099", "\u309a"):
        voiced = unicodedata.normalize("NFC", base + mark)
        if len(voiced) == 1 and voiced != kana:
            return voiced
    if base != kana:
        return base
    size = _SIZES.get(kana)
    return size if size else kana + kana


# The kana that kana input types small or full size (not the phonetic extensions no keyboard types: ㇽ, ㇾ).
_SMALL = "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
_FULL = "あいうえおつやゆよわアイウエオツヤユヨワカケ"
_SIZES = {**dict(zip(_SMALL, _FULL)), **dict(zip(_FULL, _SMALL))}


def _replace(text: str, pairs: list[tuple[str, str]], rng: random.Random) -> str | None:
    options = [(a, b) for a, b in pairs if a in text] + [(b, a) for a, b in pairs if b in text]
    if not options:
        return None
    a, b = rng.choice(options)
    return text.replace(a, b, 1)


EDIT_KINDS = ["number", "clause", "typo", "reworded", "flip"]


def edit(text: str, kind: str, rng: random.Random) -> str | None:
    if kind == "number":
        return _number_edit(text, rng)
    if kind == "clause":
        return _clause_edit(text, rng)
    if kind == "typo":
        return _typo_edit(text, rng)
    if kind == "reworded":
        return _replace(text, REWORDINGS, rng)
    return _replace(text, FLIPS, rng)


def generate(n: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    seen: set[str] = set()
    used: set[tuple] = set()  # _near keys of the old messages
    messages: list[str] = []
    while len(messages) < n:
        slots = _slots(rng)
        text = render(slots)
        if text in seen:
            continue
        seen.add(text)
        messages.append(text)
        used.update(_near(slots))
    translations = {m: f"English translation of message {i}." for i, m in enumerate(messages)}
    after: list[str] = []
    edited: dict[str, tuple[str, str]] = {}  # new msgid -> (old msgid, kind of edit)
    added: list[str] = []
    for m in messages:
        roll = rng.random()
        if roll < 0.05:
            continue  # removed
        if roll < 0.15:
            for kind in rng.sample(EDIT_KINDS, len(EDIT_KINDS)):
                new = edit(m, kind, rng)
                if new and new not in seen:
                    break
            else:
                after.append(m)
                continue
            seen.add(new)
            if kind == "clause" and new.count(PARTIAL) > m.count(PARTIAL):
                # 一部の narrows what the sentence says (some, not all): the old English becomes false,
                # so the edit is a meaning change that must not be reused, like the flips.
                kind = "flip"
            edited[new] = (m, kind)
            after.append(new)
        else:
            after.append(m)
        if rng.random() < 0.05:
            while True:
                slots = _slots(rng)
                text = render(slots)
                brand_new = not any(key in used for key in _near(slots))
                if brand_new and text not in seen:
                    break
            seen.add(text)
            added.append(text)
            after.append(text)
    return {"before": messages, "translations": translations, "after": after, "edited": edited, "added": added}


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


def _quote(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _entry(msgid: str, msgstr: str, n: int) -> str:
    location = f"#: notices/bench/{n // 100:03d}.yaml:{n % 100 + 1}\n"
    return f'{location}msgctxt "body"\nmsgid "{_quote(msgid)}"\nmsgstr "{_quote(msgstr)}"\n\n'


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


if __name__ == "__main__":
    import collections
    import sys

    sample = generate(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
    print(
        len(sample["before"]),
        "messages;",
        len(sample["added"]),
        "added;",
        collections.Counter(kind for _, kind in sample["edited"].values()),
    )
    rng = random.Random(1)
    for new, (old, kind) in rng.sample(sorted(sample["edited"].items()), 8):
        print(f"{kind}: {old}\n   -> {new}")
    for new in sample["added"][:4]:
        print("added:", new)
