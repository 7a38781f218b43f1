"""The default-safe guard: an old translation is reused only when kokuchi can show the meaning kept.

Figures over the build half of the safety corpus (tests/data/safety/build.yaml;
the held-out half is measured by bench/guard_eval.py, never tuned on), then
each mechanism on its own, then what a translator sees in the catalog.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from kokuchi.catalog import po
from kokuchi.catalog.merge import merge
from kokuchi.catalog.suggest import CHANGE, FLIP, FLIP_KINDS, FUZZY, KEPT, decide
from kokuchi.language import evidence
from kokuchi.language.flips import is_typo, load_flip_pairs

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from guard_cases import reused  # noqa: E402
from guard_eval import figures, load  # noqa: E402


@pytest.fixture(scope="module")
def build() -> dict:
    return figures(load("build"))


def test_the_build_half_meets_the_targets(build):
    assert build["meaning"] == 90 and build["same"] == 41 and build["entity"] == 33
    assert build["blocked"] / build["meaning"] >= 0.95
    assert build["offered"] / build["same"] >= 0.90
    # An entity-only edit is rewritten or offered, never blocked.
    assert build["entity_lost"] == 0
    # The matcher finds the origin of almost every same-meaning or entity-only edit.
    assert build["matched"] / build["matchable"] >= 0.90


# Notation: the same words spelt otherwise (UniDic lemma and pronunciation) keep the translation.


@pytest.mark.parametrize(
    "old,new",
    [
        ("保険証券は大切に保管して下さい。", "保険証券は大切に保管してください。"),
        ("お問合せ番号をお控えください。", "お問い合わせ番号をお控えください。"),
        ("給食費の引き落としは毎月10日です。", "給食費の引落しは毎月10日です。"),
    ],
)
def test_a_spelling_change_keeps_the_translation(old, new):
    decision = decide(old, "Keep it.", new)
    assert decision.kind == KEPT and decision.translation == "Keep it."
    assert decision.note == "only the spelling of the same words changed: the translation is kept"


def test_a_homophone_is_no_spelling_change():
    # 以上 and 異常 are both イジョー: another word, not another spelling.
    assert not reused("温度は基準値以上です。", "温度は基準値異常です。")


# Politeness and inflection of the same words, with the same polarity.


@pytest.mark.parametrize(
    "old,new",
    [
        ("取引報告書は電子交付します。", "取引報告書は電子交付いたします。"),
        ("ご請求金額を確認してください。", "ご請求金額をご確認ください。"),
        ("マスクの着用にご協力ください。", "マスクの着用にご協力をお願いいたします。"),
        ("他人に教えないでください。", "他人に教えないようお願いいたします。"),
        ("振替輸送を実施しています。", "振替輸送を実施しております。"),
        ("こちらの商品は在庫があります。", "こちらの商品は在庫がございます。"),
        ("ダウンロードできます。", "ダウンロードすることができます。"),
    ],
)
def test_politeness_and_inflection_are_offered(old, new):
    assert decide(old, "x", new).kind == FUZZY


# Polarity by morphology: every negation form.


@pytest.mark.parametrize(
    "old,new",
    [
        ("土曜日も窓口にて住所変更のお手続きを承ります。", "土曜日も窓口にて住所変更のお手続きを承りかねます。"),
        ("本サービスはご利用いただけます。", "本サービスはご利用いただけかねます。"),
        ("お手荷物を座席の下に置いてください。", "お手荷物を座席の下に置かないでください。"),
        ("列車の遅れは生じぬ見込みです。", "列車の遅れが生じる見込みです。"),
        ("本商品はお申し込みが可能です。", "本商品はお申し込みが不可能です。"),
    ],
)
def test_a_negation_added_or_removed_is_a_flip(old, new):
    decision = decide(old, "x", new)
    assert decision.kind == FLIP, decision
    assert decision.note.startswith("meaning flip: ")


def test_polarity_counts_negations_by_part_of_speech():
    from kokuchi.language.morphology import analyze
    from kokuchi.language.polarity import negations

    def count(text: str) -> int:
        return len(negations(analyze(text), evidence.default_lexicon().negative_words))

    assert count("返品を承りかねます。") == 1  # the polite impossibility
    assert count("誤解を招きかねない表現です。") == 0  # かねない: "may well", no negation
    assert count("やむを得ず中断しました。") == 1  # やむを得ず negates nothing; 中断 is a stop
    assert count("未対応の機種です。") == 1 and count("不要です。") == 1
    assert count("未明に発生しました。") == 0  # 未明 is the small hours
    assert count("本日の便は欠航となりました。") == 1
    assert count("申し訳ございません。") == 0


# Any other substitution of a content word is a change: not offered, shown in comments.


@pytest.mark.parametrize(
    "old,new",
    [
        ("口座への入金を確認いたしました。", "口座からの出金を確認いたしました。"),
        ("一部ののぞみ号は新横浜駅に停車いたします。", "一部ののぞみ号は品川駅に停車いたします。"),
        (
            "本クーポンはセール対象商品のみにご利用いただけます。",
            "本クーポンはセール対象商品以外にご利用いただけます。",
        ),
        ("振込手数料は当行宛ての場合に限り無料です。", "振込手数料は当行宛ての場合を除き無料です。"),
        ("保険料の全額を返還いたします。", "保険料の半額を返還いたします。"),
        ("メンテナンスを実施予定です。", "メンテナンスを実施いたしました。"),
        ("3日以内にご連絡ください。", "3日後にご連絡ください。"),
        # A synonym-dictionary group is no proof: 延長 and 延期 share one in sudachidict.
        ("受付期間を延長いたします。", "受付期間を延期いたします。"),
    ],
)
def test_a_content_word_substituted_is_a_change(old, new):
    decision = decide(old, "x", new)
    assert decision.kind in FLIP_KINDS and decision.translation == ""
    if decision.kind == CHANGE:
        assert decision.note.startswith("meaning change: ") and decision.note.endswith(
            "kokuchi cannot show that the meaning is kept, so the previous translation is not reused"
        )


# Adverbs that restrict nothing and whole sentences added are offered; any other word added inside a clause
# restricts it (the latest manual, temporarily, to all environments), or may: a change.


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("証券番号がわかるものをご用意ください。", "あらかじめ証券番号がわかるものをご用意ください。", True),
        ("担当者がご連絡いたします。", "担当者が速やかにご連絡いたします。", True),
        ("手順書に従い作業を実施しております。", "最新の手順書に従い作業を実施しております。", False),
        ("ログインできません。", "一時的にログインできません。", False),
        ("現在、原因を調査しております。", "現在、原因を調査しております。なお、復旧時刻は未定です。", True),
        ("再配達のご依頼はこちら", "再配達のご依頼はこちらから", True),
        ("会員の方がご利用いただけます。", "有料会員の方のみがご利用いただけます。", False),
        ("会員の方がご利用いただけます。", "会員以外の方がご利用いただけます。", False),
        ("作業を実施します。", "作業を中止します。", False),
        # A word that makes the statement partial: the old English ("is waived") becomes false.
        ("延滞金は免除されます。", "延滞金は一部免除されます。", False),
        ("対象の店舗で使えます。", "対象の店舗の大半で使えます。", False),
        ("不具合の修正を適用しました。", "不具合の修正をすべての環境に適用しました。", False),
        # An action added before a time of the action is what the time is of: after the work starts.
        ("工事後に水道をご確認ください。", "工事開始後に水道をご確認ください。", False),
        ("清掃中は入室できません。", "清掃完了中は入室できません。", False),
        ("点検時にお知らせします。", "点検終了時にお知らせします。", False),
        (
            "ロビー内ではお静かにお過ごしください。",
            "ロビー内ではお静かにお過ごしください。なお、飲食は可能です。",
            True,
        ),
    ],
)
def test_additions(old, new, offered):
    assert reused(old, new) is offered


# が, を, は and の share a key where the の is a subject's (熱がある方 / 熱のある方), not where it makes a doer or
# an object the owner of a thing.


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("お客様が費用を負担します。", "お客様の費用を負担します。", False),  # who pays
        ("当店がスタッフを派遣します。", "当店のスタッフを派遣します。", False),
        ("ご家族を係員がご案内します。", "ご家族の係員がご案内します。", False),
        ("お子様を担当者がお迎えに参ります。", "お子様の担当者がお迎えに参ります。", False),  # 担当|者: a person
        ("熱がある方は、受付へ。", "熱のある方は、受付へ。", True),  # の before a predicate
        ("窓口が混雑することが予想されます。", "窓口の混雑が予想されます。", True),  # before an action
        ("ボートをご利用後は、桟橋にお戻しください。", "ボートのご利用後は、桟橋にお戻しください。", True),
        ("ご理解とご協力を賜りますようお願い申し上げます。", "ご理解とご協力のほど、よろしくお願いいたします。", True),
    ],
)
def test_a_doer_or_an_object_made_an_owner_is_a_change(old, new, offered):
    assert reused(old, new) is offered


@pytest.mark.parametrize(
    "old,new,offered",
    [
        ("雪なので運休します。", "雪なのに運休します。", False),  # "because" → "although": one kana, no slip
        ("混雑しているので入場を制限します。", "混雑しているのに入場を制限します。", False),
        ("工具を使うので必要です。", "工具を使うのに必要です。", False),  # "for" (purpose) is no reason either
        ("晴れているのに中止します。", "晴れているのに中止いたします。", True),
        ("予約したのに入場できませんでした。", "予約したのに、入場できませんでした。", True),
    ],
)
def test_noni_is_neither_a_reason_nor_a_case_particle(old, new, offered):
    assert reused(old, new) is offered


def test_equivalent_expressions_are_offered():
    assert reused("ただいま電話が大変混み合っております。", "現在、電話が大変混み合っております。")
    assert reused("ご乗車の時は、整理券をお取りください。", "ご乗車の際は、整理券をお取りください。")
    assert reused("ご迷惑をおかけして、すみません。", "ご迷惑をおかけし、申し訳ございません。")
    assert reused("東京と大阪で発生しました。", "大阪と東京で発生しました。")


def test_a_group_of_equivalents_must_share_its_polarity():
    with pytest.raises(ValueError, match="differ in polarity"):
        evidence.build_lexicon({"equivalent": [["必要です", "不要です"]]})


def test_the_shipped_same_meaning_list_is_well_formed():
    """data/same-meaning.json (JSON: no schema reads it on every merge): known keys, lists of text, and
    the groups of equivalents each of one polarity (build_lexicon raises otherwise)."""
    data = json.loads((Path(evidence.__file__).parent.parent / "data" / "same-meaning.json").read_text("utf-8"))
    assert set(data) == {"courtesy", "equivalent", "particles", "negative_words", "red_flags"}
    for key in ("courtesy", "negative_words", "red_flags"):
        assert data[key] and all(isinstance(word, str) and word for word in data[key])
    for key in ("equivalent", "particles"):
        assert all(len(group) >= 2 and all(isinstance(word, str) and word for word in group) for group in data[key])
    lexicon = evidence.build_lexicon(data)
    assert lexicon.red_flags == frozenset(data["red_flags"])
    assert lexicon.equivalent or evidence.analyze("確認") is None  # without the analyzer no pattern is read


def test_without_the_analyzer_nothing_can_be_shown(monkeypatch):
    monkeypatch.setattr(evidence, "analyze", lambda text: None)
    remembered = (evidence._compare, evidence._kanji_chosen)  # comparisons made with the analyzer
    for cached in remembered:
        cached.cache_clear()
    try:
        assert evidence.compare("下さい", "ください").kind == evidence.CHANGE
    finally:
        for cached in remembered:
            cached.cache_clear()


def test_typing_slips_are_offered_but_not_a_negation():
    assert is_typo("発生しております。", "発生してております。")  # a kana typed twice
    assert is_typo("会員サイトの利用", "会員ザイトの利用")  # a kana voiced
    assert is_typo("ちょっとお待ちください", "ちよっとお待ちください")  # a small kana typed full size
    assert not is_typo("会員は割引料金", "会員の割引料金")  # neighbours in Unicode only: a particle changed
    assert not is_typo("雪なので運休します。", "雪なのに運休します。")  # one particle made another
    assert is_typo("発生しております。", "発生しおります。")  # a kana left out
    assert not is_typo("ご利用いただけます。", "ご利用いただけません。")
    assert not is_typo("土曜日もご利用いただけます。", "土曜日ご利用いただけます。")  # も says "also"


def test_an_entity_only_edit_kokuchi_cannot_rewrite_stays_a_suggestion():
    # A weekday beside the date: the entity layer may decline; the values are the translator's to write.
    decision = decide(
        "2月14日(水)に停止いたします。", "Stopped on Wednesday, February 14.", "2月15日(木)に停止いたします。"
    )
    assert decision.kind not in FLIP_KINDS


# What the translator sees.


def test_a_change_is_untranslated_with_the_previous_source_and_translation():
    old = "ダイヤ改正後も、一部ののぞみ号は新横浜駅に停車いたします。"
    new = "ダイヤ改正後も、一部ののぞみ号は品川駅に停車いたします。"
    english = "Some Nozomi trains will continue to stop at Shin-Yokohama Station after the timetable revision."
    catalog = po.parse_bytes(f'msgctxt "body"\nmsgid "{old}"\nmsgstr "{english}"\n'.encode(), "en.po")
    template = po.parse_bytes(f'msgctxt "body"\nmsgid "{new}"\nmsgstr ""\n'.encode(), "notices.pot")
    merged, stats = merge(template, catalog, load_flip_pairs(None))
    entry = next(e for e in merged if not e.obsolete)
    assert entry.msgstr == "" and entry.flags == ["kokuchi-flip"] and entry.previous_msgid == old
    lines = entry.tcomment.split("\n")
    assert lines[0].startswith("meaning change: 新横浜 → 品川; ")
    assert lines[1:3] == [f"previous source: {old}", f"previous translation: {english}"]
    assert stats.flips == 1
    # The next update recognizes its own notes and does not pile them up.
    again, _ = merge(template, merged, load_flip_pairs(None))
    assert next(e for e in again if not e.obsolete).tcomment == entry.tcomment


def test_the_evaluation_reads_the_flip_set_and_any_case_file(tmp_path):
    from guard_eval import FLIPS, load_path

    cases = load_path(FLIPS)
    kinds = {case["kind"] for case in cases}
    assert kinds == {"meaning", "same"} and sum(case["kind"] == "meaning" for case in cases) == 67
    assert figures(cases)["blocked"] == 67
    own = tmp_path / "cases.yaml"
    own.write_text(
        "- {id: x-1, domain: x, kind: same, old: 至急ご確認ください。, new: 早急にご確認ください。,"
        " old_en: Please check at once., new_en: Please check at once.}\n",
        "utf-8",
    )
    assert figures(load_path(own))["offered"] == 1


def test_a_flip_already_found_is_decided_as_the_guard_would_find_it(monkeypatch):
    """The merge asks find_flip of a loosely related message first; decide takes that answer
    as its own instead of searching again, and decides the same."""
    from kokuchi.catalog import suggest
    from kokuchi.language.flips import find_flip

    old, new = "本日は窓口での受付が必要です。", "本日は窓口での受付が不要です。"
    flip = find_flip(old, new)
    assert flip is not None
    expected = decide(old, "You must register at the counter today.", new)
    monkeypatch.setattr(suggest, "find_flip", lambda *args: pytest.fail("searched again"))
    assert decide(old, "You must register at the counter today.", new, flip=flip) == expected
    assert expected.kind == FLIP


def test_a_related_message_is_searched_for_a_flip_once(monkeypatch):
    """A message related to an old one but no edit of it by the matcher's measures: the merge asks
    find_flip first, and the guard's proof that follows does not search the same pair again."""
    from kokuchi.catalog import suggest
    from kokuchi.language import flips

    old = "本日は店舗の改装工事のため営業時間を短縮して営業します。"
    new = "本日はですね、店舗のほうの改装工事のためでございまして、営業時間をすこし短縮しながら営業させていただきます。"
    searched: list[tuple[str, str]] = []
    real = flips.find_flip

    def counted(a, b, pairs=None):
        searched.append((a, b))
        return real(a, b, pairs)

    monkeypatch.setattr(flips, "find_flip", counted)
    monkeypatch.setattr(suggest, "find_flip", counted)
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    catalog = po.parse(header + f'msgid "{old}"\nmsgstr "Registration at the counter is required today."\n')
    template = po.parse(header + f'msgid "{new}"\nmsgstr ""\n')
    merge(template, catalog, None)
    assert searched == [(old, new)]
    assert suggest.decide(old, "x", new, searched=True) == suggest.decide(old, "x", new)
