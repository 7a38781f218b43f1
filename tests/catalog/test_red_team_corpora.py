"""The red-team sets of the safety corpus (tests/data/safety/redteam*.yaml): meaning changes written to get
through the guard. Each is blocked, but for the few listed here with the reason they stay offered."""

from __future__ import annotations

from pathlib import Path

import pytest

from kokuchi.catalog.checks import Glossary, check_unit
from kokuchi.catalog.suggest import AUTO, FLIP_KINDS, decide
from kokuchi.project import yamlio

SAFETY = Path(__file__).parent.parent / "data" / "safety"
OPEN = SAFETY / "open"  # red teams whose holes are not all closed: each lists what it still gets through
CASES = [
    case
    for name in ("redteam.yaml", "redteam2.yaml", "redteam3.yaml")
    for case in yamlio.parse_config((SAFETY / name).read_bytes(), name).data
]
OFFERED = {
    # より before a noun of change (増加) reads as "from" as well as "than": 前年度より増加 is both.
    "redteam-r-003": "fuzzy",
    # 直接 ("in person") added: an adverb whose glosses restrict nothing (docs/catalogs.md, additions).
    "redteam2-s-047": "fuzzy",
    # 30秒ごと → 30分ごと: a value edit, rewritten right ("per 30 minutes"), not an old English reused.
    "redteam3-t-080": AUTO,
    # 3日 → 3営業日: calendar days to business days, a unit of its own since the twenty-second round, rewritten as
    # the writer's own new English says it ("within 3 business days").
    "redteam-r-050": AUTO,
    "redteam3-t-072": AUTO,
}


def test_the_red_team_sets_are_all_meaning_changes():
    assert len(CASES) == 400
    assert {case["kind"] for case in CASES} == {"meaning"}
    assert set(OFFERED) <= {case["id"] for case in CASES}


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_a_red_team_meaning_change_is_blocked(case):
    decision = decide(case["old"], case["old_en"], case["new"])
    if case["id"] in OFFERED:
        assert decision.kind == OFFERED[case["id"]]
        if decision.kind == AUTO:
            assert decision.translation == case["new_en"]
    else:
        assert decision.kind in FLIP_KINDS, (case["note"], decision)


# redteam4 (96, 8 families, written against the docs of the seventh round): the classes still open, by family
# (tests/data/safety/README.md). Each case not listed is blocked, and stays so.
STILL_OFFERED = {
    # near-synonyms the dictionaries join (返金/返済; 受付時刻/受付時間 closed with redteam7's 時刻/時間).
    "redteam4-e-003",
}
# redteam5 (72, 12 families of 6, written against the docs of the eleventh round, aimed at its newest proofs):
# measured unread on 5778ab4, 35 of 72 blocked. The classes still open, by family.
STILL_OFFERED |= {
    # お/ご on a noun outside the documented particulars, the English saying neither whose (予定: "the schedule";
    # 車 in a humble act: "the (hotel) car", as 荷物をお預かりします / お荷物を…, the reader's either way).
    "redteam5-049",
    "redteam5-054",
}
# redteam6 (60, 10 families of 6, written against the docs after redteam5's classes were closed, aimed at their
# boundaries): measured unread on c31d136, 19 of 60 blocked; every family closed since, each case blocked.
# redteam7 (60, 10 families of 6, written against the docs at the end of the eleventh round, over the whole list
# of proofs): measured unread on its final tree, 22 of 60 blocked (22 at e72be8c too); every other family closed
# since (023, ご予約の方 / 予約する方, in the fifteenth round). The cases still open.
STILL_OFFERED |= {
    # additions the docs let through as a fuzzy suggestion (重ねて, 直接, a sentence added; 引き続き under a
    # negation, 052: an adverb of the state going on narrows no negation). (033, あらかじめ before a payment, closed
    # in the sixteenth round: "in advance" is a time before an act the reader performs.)
    *(f"redteam7-{n:03}" for n in (35, 50, 52)),  # (054, a proviso sentence added: a change since round 24)
}
# redteam8 (72, 12 families of 6, written against the docs at the start of the twelfth round): measured unread
# on c9cd581, 18 of 72 blocked. The cases still open, one line per family.
STILL_OFFERED |= {
    # (007, 終了/完了, blocked since round 24: the English says "closed", a gloss of 終了 that 完了 never is)
    "redteam8-015",  # an addition the docs let through as fuzzy (直接; 017's あらかじめ closed since)
    "redteam8-040",  # a list reordered before それぞれ: 1号館 ⇄ 2号館 are values, rewritten right (auto)
    # a year the English leaves out, changed: offered as fuzzy by design (an auto-update declines a value the
    # English never wrote; the old English stays a suggestion, as for any declined rewrite)
    *(f"redteam8-{n:03}" for n in range(67, 73)),
}
# redteam9 (60, 10 families of 6, written against the docs after red team 8's classes were closed, aimed at the
# round's newest proofs): measured unread on the round's tree then, 24 of 60 blocked (36 at c9cd581: the newest
# proofs had opened twelve). The cases still open, one line per family.
STILL_OFFERED |= {
    "redteam9-012",  # english-witness: 揃う/集まる (everyone present, or people gathered), both resources
}
# redteam10 (60, 10 families of 6, written against the docs after red team 9's classes were closed, over the
# whole list of proofs): measured unread on the round's tree then, 22 of 60 blocked (22 at c9cd581, where four
# more were kept or auto-updated). The cases still open, one line per family.
STILL_OFFERED |= {
    # synonym-acts: 加入/参加 share two whole glosses ("joining", "entry"), 体験/経験 "experience"; every narrowing
    # tried lost same-meaning edits of the read sets
    *(f"redteam10-{n:03}" for n in (19, 20)),
}
# redteam11 (60, 16 families, written against the docs at the start of the thirteenth round, aimed at the
# twelfth round's proofs): measured unread on 7f660bc, 27 of 60 blocked. The cases still open, one line per family.
STILL_OFFERED |= {
    "redteam11-034",  # an addition the docs let through as fuzzy (直接)
    # a year the English leaves out, changed: offered as fuzzy by design
    *(f"redteam11-{n:03}" for n in (44, 45, 49)),
}
# redteam12 (60, 19 families, written against the docs in the middle of the thirteenth round, over the whole
# list of proofs): measured unread on that round's tree then, 32 of 60 blocked; every family closed since, each
# case blocked.
# redteam13 (60, 15 families, written against the docs late in the thirteenth round, aimed at its newest
# proofs): measured unread on that round's tree then, 20 of 60 blocked. The cases still open, by family.
STILL_OFFERED |= {
    "redteam13-055",  # an addition the docs let through as fuzzy (直接; 058's あらかじめ closed since)
}
# redteam14 (50, 22 families over the whole proof list, written against the docs at the end of the thirteenth
# round): measured unread on that round's final tree, 47 of 50 blocked; 042, 021 and 032 closed since. None is open.
# redteam15 (50, 18 families over the whole proof list, written against the docs at the start of the fourteenth
# round): measured unread on that round's first tree, 50 of 50 blocked. None is open.
# redteam16 (50, 20 families aimed at the fourteenth round's newest proofs, written against the docs mid-round):
# measured unread on that round's tree then, 41 of 50 blocked; 019 closed in the fifteenth round. Still open:
STILL_OFFERED |= {
    # ご用意しております → ご準備しております: "preparation" either way, or (the writer says) under way. Left in the
    # eighteenth round: JMdict gives each one sense, four whole glosses shared ("preparation", "arrangements",
    # "provision", "getting ready"), UniDic no aspect, and ている after either may say it done or going on (ただいま
    # ご用意しております is under way too): no resource or structure tells them apart, only a word list would.
    "rt16-020",
}
# redteam17 (50, aimed at the request forms, refusals, permission and the value rewrites of the fourteenth
# round, written against the docs late in it): measured unread on that round's tree then, 35 of 50 blocked. Value
# edits declined since (a fuzzy suggestion, as the docs say, the values the translator's to write) or rewritten
# in an English other than the writer's but right:
STILL_OFFERED |= {
    "rt17-034",  # 3回 → 1回 beside "three times a day": "once" is a word of its own, declined
    "rt17-036",  # 2週間に1回 → 1週間に1回: "every week" for the writer's "once a week"
    "rt17-037",  # 週1回 → 週1〜2回 beside "once a week": a range, declined
    "rt17-038",  # 1.5倍 → 2倍: "2 times the regular fare" for the writer's "twice"
    "rt17-039",  # 5月5日(月・祝) → 5月6日(火・休): "(public holiday)" kept for a substitute holiday, one by law
    "rt17-046",  # 6個入り → 8個入り beside "Six flavours … boxes of six": which six? declined
}
# redteam18 (50, 26 families over the whole proof list with 18 on the newest, written against the docs at the
# start of the fifteenth round): measured unread on that round's tree then (f14dd2b), 50 of 50 blocked. None is open.
# redteam19 (50: 14 guard, 18 value rewrites, 18 gate cases, aimed at the fifteenth round's newest proofs and
# English forms, written against the docs late in it): measured unread on that round's tree then (48d7f11), 8 of
# 14 guard cases blocked; of the 18 value edits, 5 blocked or rewritten exactly, 1 rewritten in another right
# English, 11 declined and 1 written wrong ("between 7 and 1 PM"); the gate accepted 3 of 18 wrong English and
# refused none of the right. Closed since, but for the value edits declined as the docs say (a fuzzy suggestion,
# the values the translator's to write: a dozen, ¥100K, half past two, bare hours…):
STILL_OFFERED |= {
    "rt19-017",
    *(f"rt19-{n:03}" for n in (22, 23, 24, 25, 26, 28, 29, 30, 31, 32)),
}
# redteam21 (50: 24 guard cases, 6 value rewrites, 20 gate cases, written against the docs at the start of the
# sixteenth round by a writer who never saw the code): measured unread on 33f1b55, 17 of 30 meaning cases blocked.
# Its guard cases are all blocked now, and the value rewrites a word of the old English contradicted (the end of
# the year, toddlers, this summer, this weekend: 025..028) are changes. Two value rewrites decline, leaving the
# old English as a fuzzy suggestion, never a kokuchi-auto entry: 029 (1日2回 → 2日に1回, whose "once two days"
# the rewrite cannot make grammatical) and 030 (先着1名 → 2名 beside "the first customer").
STILL_OFFERED |= {"rt21-029", "rt21-030"}
# redteam22 (36: 24 guard cases, 7 wrong and 5 right gate cases, written against the docs of the sixteenth
# round's new proofs and gate readings, late in it): measured unread on that hour's tree, 8 of 24 meaning changes
# blocked, 6 wrong English accepted and 4 right refused. The proofs it broke were taken back or narrowed. Its 005,
# 教室を開きます / 教室を開放します under "open a class" (SudachiDict's group and JMdict's first senses, "to open",
# "opening"), closed in the eighteenth round: 開く says "open" again after "to hold (meeting…)" and "to found",
# which 開放 never says, so the English word names two of its acts and only the object says which. None is open.
# The gate refuses all of its wrong English now.
GATE_STILL_ACCEPTED: set[str] = set()
# Value edits of the open red teams the auto-update now rewrites right: no old English reused, the new value
# written in the English (a value the English said in words, "a week" for 7日, written in the source's unit).
REWRITTEN = {
    "redteam11-046": "Please request any return within 10 days of delivery.",
    "redteam11-047": "Each personal training session lasts 90 minutes.",
    "redteam11-048": "The time deposit matures six months after it is made.",
    # red team 17: a stay beside another count, two equal values told by their nouns, a decimal in a band's name,
    # a list of times grown by one beside a count said already
    "rt17-033": "The 4-night, 5-day tour includes 3 lunches.",
    "rt17-042": "Boarding will take place from Gate 3 at Terminal 2.",
    "rt17-043": "Please use the 5 GHz wireless LAN band.",
    "rt17-045": "Films are shown four times a day on weekdays (10:00, 12:00, 14:00 and 16:00) and four times a day on weekends.",
    "rt17-032": "We are running a 3-day, 2-night bus tour.",  # the days of a stay read as days (1泊2日), not a date
    "rt19-027": "The performance starts at 1.00pm.",  # the writer's "1pm", written as the old English writes times
    # days' worth (10日分) is a span, never the 10th: "a week's supply" written in the source's unit, possessive kept
    "rt19-016": "We will give you 10 days' supply of your medicine.",
    # red team 23 (the seventeenth round's new readings): a list of days before its month, the article before a
    # number written anew, a duration's words, a span bounded from an event
    "rt23-026": "Recyclables are collected on the 2nd, 12th and 22nd of September.",
    "rt23-027": "The counter is temporarily open from 2 to 5 p.m.",
    "rt23-028": "Each lesson lasts 50 minutes. An 8-minute break follows.",
    "rt23-029": "The venue is an 8- to 12-minute walk from the station.",
    "rt23-030": "The airport is about two hours' drive from the lodge.",
    "rt23-031": "Holiday appointments carry a 1,100-yen holiday surcharge.",
    "rt23-032": "Please avoid flying within a 12-hour window after donating blood.",
    # (the writer's "an hour and a half", said as "one and a half hours")
    "rt23-033": "The award ceremony will be held about one and a half hours after the last event ends.",
    # 3日 → 3営業日, business days a unit of their own (the twenty-second round)
    "rt15-033": "Delivery takes about three business days from your order.",
    # 2時間30分 → 3時間 beside "two and a half hours": the span in words rewritten in words, its half gone (the
    # twenty-third round), as the red team's own English says
    "rt19-015": "The examination takes about three hours.",
}
# redteam23 (39: 13 wrong and 11 right gate cases, 9 value rewrites, 6 meaning changes, written against the docs of
# the seventeenth round's new gate readings by a writer who never saw the code): measured unread on that hour's
# tree, 7 wrong English accepted and 2 right refused, 7 of 9 values rewritten exactly, none wrong, 6 of 6 meaning
# changes blocked. Its 025 (a weekday written once before a list of days, "Friday 7, 14 and 21 November") declines:
# the old English stays a fuzzy suggestion.
STILL_OFFERED |= {"rt23-025"}
# redteam24 (30: 23 meaning changes, 7 same-meaning edits, written against the docs of the seventeenth round's new
# guard proofs): measured unread on that hour's tree, 14 of 23 blocked (20 on the round's first tree). The two
# proofs it broke (内 said as の中; お避けください in the please-do-not group) were taken back. Closed in the
# eighteenth round: 019 (約1週間 → 1日2回程度、1週間, "about" moved from the span to the frequency: a suffix 程度 is
# never read as the 約 of the number after it), and the action + には read as its occasion (の際は) narrowed to an
# affirmed requirement of a thing: 009 (手荷物のお預かりには、料金は不要です / お預かりの際は: free of charge, or
# nothing to pay at drop-off: a requirement denied) and 011 (給付には、申請が必要です / 給付の際は: a precondition of
# eligibility, or a step at each payment: an act required). None is open. Its same-meaning edits are measured by
# bench/guard_eval.py, not here.
# redteam26 (36: 30 meaning changes, 6 same-meaning edits, written against the docs of the eighteenth round's new
# guard proofs): measured unread on that hour's tree, 24 of 30 blocked. Closed since: the loanword witness reads the
# loanword's first sense only, 予定 said as スケジュール was taken back, a suggestion put as a thought
# (てもよいかと存じます) grants no leave, a potential (伺えます) and the auxiliary て参る are no humble going, ごと
# with no particle after a thing is "and all". 001, 該当する項目を確認 / チェックしてください ("verify" or "tick", both
# "check" in the old English), offered by SudachiDict's group and JMdict's "check", is blocked since red team 31:
# a katakana word whose later sense says a shared gloss beside another thing is no kanji word (_loan_for_kanji).
# redteam27 (30: 25 meaning changes, 5 same-meaning edits, written against the docs of the eighteenth round's last
# proofs: a compound or a JMdict expression said otherwise, a gloss one word says of another act, an act + には as
# its occasion): measured unread on that hour's tree, 19 of 25 blocked; its ten attacks on the compound and
# expression proofs all blocked. 開ける/開放 (011..014: "make way", "keep the space clear", "leave the door open",
# a shop thrown open) are apart since. Still offered: 019 and 020, ご入居には / ご入居の際は before 連帯保証人が必要
# and 一定以上の収入が必要 (eligibility, or a step at moving in): the old English ("A joint guarantor is required
# for tenancy") stays a correct translation of the new text, as the writer notes ("read loosely, almost the same").
STILL_OFFERED |= {"rt27-019", "rt27-020"}
# redteam28 (20: 16 meaning changes, 4 same-meaning edits, written against the docs of a proof of the eighteenth
# round's last hour: X に変化/変更 + ある or 見られる before a condition said as X が変わる): measured unread on that
# hour's tree, 10 of 16 blocked (X が変わる also says X replaced: お薬が変わった, another medicine). The proof was
# taken back; all 16 are blocked.
# redteam29 (24: 20 meaning changes, 4 same-meaning edits, written against the docs of the nineteenth round's
# proofs of a verbal noun said as a verb phrase: 済みの / を済ませた before a noun, and one obligation said with
# 必要がある or a double negation): measured unread on that hour's tree, 15 of 20 blocked; the five it got through
# (001–004, 008) all broke the 済み proof (済み says nothing of who did the act), which was taken back; all 20 are
# blocked since, and its eleven attacks on the obligation were blocked from the first.
# redteam30 (24: 20 meaning changes, 4 same-meaning edits, written against the docs of the nineteenth round's
# proofs of an arrangement: a place said with にある or the copula, the topic moved before an adjectival predicate):
# measured unread on that hour's tree, 1 of 20 blocked. Both proofs were taken back; ten cases still got through
# main's older reading of は and が as one role (本券は公演当日に有効です / 公演当日には本券が有効です: が may list
# exhaustively, a moved topic may move a quantifier's scope), closed by evidence._adjectival_predicate_ends; all 20
# are blocked since.
# redteam31 and redteam32 (30 each: 26 meaning changes, 4 same-meaning edits, written against two parts of the
# docs of the older proofs, rounds 1 to 18): measured unread, 10 and 8 of 26 blocked. Each proof they broke was
# narrowed by a criterion of the resources or the structure, or taken back (fix31a, fix31b, fix32a, fix32b, fix32c in
# the nineteenth round); all 52 are blocked since.
OPEN_CASES = [
    case
    for name in (
        "redteam4.yaml",
        "redteam5.yaml",
        "redteam6.yaml",
        "redteam7.yaml",
        "redteam8.yaml",
        "redteam9.yaml",
        "redteam10.yaml",
        "redteam11.yaml",
        "redteam12.yaml",
        "redteam13.yaml",
        "redteam14.yaml",
        "redteam15.yaml",
        "redteam16.yaml",
        "redteam17.yaml",
        "redteam18.yaml",
        "redteam19.yaml",
        "redteam21.yaml",
        "redteam22.yaml",
        "redteam23.yaml",
        "redteam24.yaml",
        "redteam26.yaml",
        "redteam27.yaml",
        "redteam28.yaml",
        "redteam29.yaml",
        "redteam30.yaml",
        "redteam31.yaml",
        "redteam32.yaml",
        "redteam41.yaml",
        "redteam43.yaml",
        "redteam45.yaml",
        "redteam47.yaml",
    )
    for case in yamlio.parse_config((OPEN / name).read_bytes(), name).data
    if case["kind"] not in ("gate", "gate_ok", "same")
]
# redteam43 (40: 30 meaning changes, 10 same-meaning edits, written against the docs of the whole guard by a writer
# who never saw the code, with the dictionaries at hand): measured unread on a7ee358 and on the round's tree then,
# 6 of 30 blocked, 9 of 10 same-meaning edits offered. Read: two words the resources join whose English names the
# old one by a sense the new one lacks (JMdict alone, or a synonym group of two nouns with few glosses shared:
# 担保 said "collateral", 研究 "research", 高潮 "storm surge"); one kana that makes another verb (動かさない →
# 動かない); に → へ before the いただく of its clause (who acts); a sentence added that begins with ただし, or one
# removed; 順次 and 均等に (in turn, evenly). Still offered, 13: pairs whose English says no gloss of the old word
# or one both share (002 修理/手入れ, 004 名前/名称, 005 看護/介護, 008 夫/配偶者, 009 支店/出張所, 010 教員/教職員,
# 014 複写/模写, 015 平服/私服, 016 改正/訂正, 029 運用/利用 as verbs), a condition's state said in the past (028,
# ある場合 / あった場合). In the twenty-fifth round: ・ → と between two loanwords (027, "volunteer staff": one compound
# unless the English lists them) and ている said as 中 of a change of state (030, 設置しております / 設置中) are blocked.
STILL_OFFERED |= {
    *(f"rt43-{n:03}" for n in (2, 4, 5, 8, 9, 10, 14, 15, 16, 28, 29)),
}
# redteam47 (40: 30 meaning changes, 10 same-meaning edits, written against the docs of the whole guard by a writer
# who never saw the code, with the dictionaries at hand): measured unread at the start of the twenty-fifth round
# (cfb7faa) and on the round's tree then, 6 of 30 blocked, 5 of 10 same-meaning edits offered. Read: respect or a
# passive dropped in a statement that names no doer (021, 022 ご負担になります → 負担します; 023 取り消された場合 →
# 取り消した場合: who acts), 中 of a change of state said as ている (017, 移転中 → 移転しております: "has moved"),
# につきましては → は after a body that acts (018 管理会社, 028 協賛企業: the company may become the one acting),
# and ・ → と of two loanwords ("volunteer staff"). Still offered, 18: pairs the resources join (001 常時/普段, 002
# 所得/収入, 003 片付ける/整頓, 005 係員/役員, 007 形成外科/整形外科, 008 買い取る/買う, 019 席を立つ/退席), two
# groups of the equivalents (009 お控え/おやめ, 010 お申し付け/お知らせ with a thing as topic), a list reordered (011),
# a sentence added (016), 020 金属用 → 金属 (purpose or material), 024 エレベーターの停止 → を停止する (who stops
# it), 025 てから → て, 026 写真 → お写真 (whose photo), 027 ある場合 → あった場合, 029 コーヒー・紅茶 → と ("or" said
# as "and" of a drink), 030 a comma moved that takes a time into a relative clause.
STILL_OFFERED |= {
    *(f"rt47-{n:03}" for n in (1, 2, 3, 5, 7, 8, 9, 10, 11, 16, 19, 20, 24, 25, 26, 27, 29, 30)),
}
# redteam45 (24: 18 meaning changes, 6 same-meaning edits, written against the docs of the twenty-fourth round's
# guard readings), measured unread on that hour's tree (6d8901f + the merge's speed): 15 of 18 blocked, 5 of 6
# offered (a7ee358: 17 and 1). The round's readings had opened two: さらに and または removed at a sentence's start
# (a conjunction that combines the statements, "even more", "or", is content). Read: those closed, and a place before
# its clause's いただく (受付にお越しいただき) no longer read as who acts. In the twenty-fifth round 004 is blocked too,
# a topic of people moved before another (障がい者手帳をお持ちの方は、介助者は → 介助者は、…お持ちの方は): お持ち, a verb's
# stem after お before の, names the act as a noun does, so the topic is no relative clause and two topics of people
# may not trade places.
# redteam41 (40: 28 meaning changes, 12 same-meaning edits, written against the twenty-third round's new readings by a
# writer who never saw the code): measured unread on that hour's tree (e70bb52), 26 of 28 blocked and 11 of 12
# same-meaning edits offered (on bedd810: 27 and 4). The two it got through: 036, 町会 → 町議会 (JMdict glosses both
# first "town council"), and 037, 傘の柄 → 絵柄, which bedd810 let through too (the analyzer reads 柄 ガラ, "pattern",
# where the English says "handle", 柄 read え). Closed: two nouns of one first sense only where one is the other's
# head kanji alone (席 / 座席); a homograph's other reading said by the English (synonyms._another_reading_said).
GATE_CASES = [
    case
    for name in (
        "redteam19.yaml",
        "redteam20.yaml",
        "redteam21.yaml",
        "redteam22.yaml",
        "redteam23.yaml",
        "redteam33.yaml",
        "redteam35.yaml",
        "redteam36.yaml",
        "redteam37.yaml",
        "redteam38.yaml",
        "redteam39.yaml",
        "redteam40.yaml",
        "redteam42.yaml",
        "redteam44.yaml",
        "redteam46.yaml",
        "redteam48.yaml",
    )
    for case in yamlio.parse_config((OPEN / name).read_bytes(), name).data
    if case["kind"] in ("gate", "gate_ok")
]
# Wrong English red team 23 still gets through, each where the English word is ambiguous in the same form: 006,
# "take over a week" for 1週間程度で (over: more than, or spanning: "over three days, 20,000 came"), and 013,
# "within 2 hours after a meal" for 食後2時間 (a span counted from an event: 貸出日から2週間 is said "within 2 weeks
# after borrowing" as rightly).
GATE_STILL_ACCEPTED |= {"rt23-006", "rt23-013"}
# redteam33 (30 gate cases: 20 wrong English, 10 right, written against the docs of the twentieth round's new readings
# by a writer who never saw the code): measured unread on that hour's tree, 6 of 20 wrong English accepted (a stay's
# nights and days swapped, read as a range "3-…2 days"; "2 shaku 5 bu" for 2尺5寸, read as 2 shaku, a length the
# source named in part; "wait 2 weeks before paying" for 2週間以内, and "wait 3 days before contacting us" for 3日前まで,
# the waited span read as no relation), none of 10 right English refused (on d718949: 5 and 3). Closed but two, each
# two values of the source given to each other's things: 009, a frame "2 shaku tall and 3 shaku wide" for 縦3尺、横2尺,
# and 022, men's and women's waits exchanged: which value belongs to which noun the gate did not read. In the
# twenty-first round 022 is refused (catalog/bindings.py: 男性, 女性 named "men", "women" by JMdict); 009 still
# passes, its owners (縦, 横: "length", "width") said as adjectives ("tall", "wide").
GATE_STILL_ACCEPTED |= {"rt33-009"}
# redteam35 (36: 14 wrong English, 8 right, 14 value rewrites, written against the docs of the whole round's value
# readings by a writer who never saw the code): measured unread on that hour's tree (e8b5bc8), 4 of 14 wrong English
# accepted, 2 of 8 right English refused, and 5 of its sources' plain English refused too; rewrites 5 exact, 1
# otherwise, 8 declined, 0 wrong (d718949: 8 accepted, 2 refused, 6 plain refused). Closed since: "the following
# day" after a time the source puts on its own date (午前2時, or 22時 beside 翌2時), "August 14 until 10 p.m." read as
# a range of days to the 10th, and 2尺5分 (the sun left out) read as minutes. In the twenty-first round: 007, "allow
# seven days from delivery before contacting us" for 7日以内, and 008, "give us three days before changing" for
# 3日前まで, a span granted before an act, read as waited ("for"); and 017, "leave at least 12 weeks" for
# 12週間あけて, a span left open between two acts (空ける), a minimum. Still refused, left to the override: 015, "a
# twenty five minute break", a number word unhyphenated, which is ambiguous ("twenty five-minute breaks" are twenty
# breaks), so the gate reads two numbers.
# Right English the gate still refuses, left to the override: red team 22's 032, "You must be 18 or over to buy
# tickets" for 18歳未満の方は…ご購入いただけません, the bound said the other way round under a negation the gate
# does not read.
GATE_STILL_REFUSED = {"rt22-032"}
# And red team 23's 016, "every two weeks" for 2週間で交換してください: a span before で is the time something takes,
# never "every" (1週間程度で届きます is no weekly delivery); here the replacement recurs.
GATE_STILL_REFUSED |= {"rt23-016"}
GATE_STILL_REFUSED |= {"rt35-015"}
# redteam36 (40 gate cases: 24 wrong English, 16 right, written against the docs of the twenty-first round's readings:
# spans left open, granted or bounded; which value belongs to which thing; a range said the other way round), measured
# unread on that hour's tree: 12 of 24 wrong English accepted, 1 of 16 right English refused (c4e4d53: 16 and 1).
# Still accepted, each two values exchanged where the binding is not read: 002, the owners on either side of their
# values ("General admission costs ¥500, and ¥1,000 for students"); 003, three owners whose English words overlap
# (高校生, 小中学生: "high school", "junior high school"); 004, 007 and 008, owners named by words JMdict does not
# gloss them with ("Monday to Friday" for 平日, "matinee" for 昼の部, "canine" for 犬); 010, an owner that is an age
# (65歳以上), no noun.
GATE_STILL_ACCEPTED |= {"rt36-002", "rt36-003", "rt36-004", "rt36-007", "rt36-008", "rt36-010"}
# redteam37 (40 gate cases: 22 wrong English, 18 right, written against the docs of the round's readings after red
# team 36), measured unread on that hour's tree: 13 of 22 wrong English accepted, 1 of 18 right English refused
# ("between 60 and 15 minutes before departure"); on c4e4d53, 12 and 2. 005, "in no more than two business days"
# for 最短2営業日, is refused since the twenty-second round (business days a unit of their own), and 012, a price list
# over two sentences (one value a sentence: a list over the unit). Still accepted: 013, seven owners whose English
# words overlap (高校生, 中学生: "high school", "junior high school"); 016, 017 and 022, owners no noun before the value names (東京駅行きの始発, 第1部,
# 午前の部: a shared noun, a numbered part). Refused since the twenty-second round: 019, "opens at 5:15 p.m. and
# closes at 8:30 a.m." for 8時30分から17時15分まで (an opening at the range's end, a closing at its start).
GATE_STILL_ACCEPTED |= {"rt37-013", "rt37-016", "rt37-017", "rt37-022"}
# redteam38 (40 gate cases: 20 wrong English, 20 right, written against the docs of the round's last readings),
# measured unread on 3b25d70: 12 of 20 wrong English accepted, 2 of 20 right English refused (c4e4d53: 14 and 3).
# Read: "no later than" (a bound after an event, a deadline before one), 平日 as "Mon–Sat", a rate's hour said
# "every half hour" closed. Still accepted: 003, a value the list gives twice (left out, so one value is left); 007, a shared opening time said
# once and 平日 named by "day" twice; 008, a range's start dropped and its end moved (three times said for four);
# Refused since the twenty-second round: 001, "respectively" (both values before both owners, paired in order); 002,
# a list over two sentences; 012, 平日 said "every day except Sunday"; 006, the ends of two ranges traded
# ("9 a.m. to 1 p.m. and from noon to 6 p.m."); 010, a range of weekdays reversed ("Friday to Monday"); 015, "2
# business days max" (business days a unit of their own; a bound said after the span).
GATE_STILL_ACCEPTED |= {
    "rt38-003",
    "rt38-007",
    "rt38-008",
}
# And 027, "Do not take this medicine again within six hours of your last dose" for 6時間以上あけて: a negated
# "within", a minimum, which the English reader does not read; left to the override.
GATE_STILL_REFUSED |= {"rt38-027"}
# redteam39 (40 gate cases: 24 wrong English, 16 right, written against the docs of the twenty-second round's first
# readings: business days, a bound after the span, weekday ranges reversed, ends of ranges traded), measured unread
# on that hour's tree (9ee5b1b): 12 of 24 wrong English accepted, 4 of 16 right refused (65723de: 16 and 3). Read:
# "tops"; a bound with its side ("90 days or less before": within them; "21 days or more before": a deadline); a
# span at its longest (最長5営業日) is no minimum; 翌営業日 is no "next day"; days counted with the closed days left
# out, said either side (土日祝日を除く3日以内, "within 3 days, excluding weekends and holidays"), 診療日 and 開館日
# business days too; "Fri–Mon" reversed. Still accepted: 014, a break inside a range said with traded ends (the check
# does not read nested ranges); 015, two ranges given to each other's owners. Refused since the twenty-third round:
# 002, "at the latest" ending the clause of its span (read as the span's bound); 011, 程度 said "at the least" (a span
# said approximately is never a minimum; 程度は, "at least that", is).
GATE_STILL_ACCEPTED |= {"rt39-014", "rt39-015"}
# Right English still refused, left to the override: 035, 火曜日から日曜日まで said "every day except Monday"; 040,
# 月曜日〜土曜日（木曜日は定休日） said "Monday to Wednesday, Friday and Saturday"; and 005's own English, "7 library
# opening days" (a noun between the number and its unit).
GATE_STILL_REFUSED |= {"rt39-005", "rt39-035", "rt39-040"}
# redteam40 (40 gate cases: 24 wrong English, 16 right, written against the docs of the round's readings and of the
# binding of values to their things), measured unread on that hour's tree (02a1e7e): 16 of 24 wrong English
# accepted, 1 of 16 right refused (65723de: 21 and 0). Read: "till" in a weekday range; an opening and a closing
# said "opens its doors at", "shuts them at"; "or under", "at the latest", "at the earliest" after a span; "no
# earlier than 20 minutes before" (within them, never by then); a range of days or times said as two ("on June 10
# and June 12" for 6月10日から6月12日まで); a label in brackets before its value (【大人】400円). Still accepted, each
# a binding not read: 002 and 003, owners whose English words all overlap (子ども and 幼児 "child"; 高校生 and
# 中学生); 004, a day type's hours where the repeated times leave one value a list; 005, services named otherwise
# ("cash machines" for ATM); 006, 前日 and 当日 said "the day before", "the day itself"; 008, owners that are a number
# and a shared noun (60サイズ); 009, 土休日, no JMdict word; 011, an owner written twice; 012, owners that are bands
# of values (120kWh超300kWhまで).
GATE_STILL_ACCEPTED |= {
    "rt40-002",
    "rt40-003",
    "rt40-004",
    "rt40-005",
    "rt40-006",
    "rt40-008",
    "rt40-009",
    "rt40-011",
    "rt40-012",
}
# Right English still refused, left to the override: 035, 3診療日以内 said "within three days on which the clinic is
# open" (a relative clause, no unit word).
GATE_STILL_REFUSED |= {"rt40-035"}
# redteam42 (48: 20 wrong English, 16 right, 12 value rewrites, written against the docs of the twenty-third round's
# readings: a bound ending a span's clause, a span said approximately, hours said with their half), measured unread on
# that hour's tree (950061a): 10 of 20 wrong English accepted, 3 of 16 right refused and 4 of the sources' own English
# refused (two of them since bedd810, which accepted 16 and refused 2 and 2); rewrites 3 exactly, 2 otherwise (one
# wrong in grammar: "two and a half hours's walk"), 7 declined, none wrong in value. Read: "at the latest" bounds
# only a clause with no comma before it (…, and will reach you by the end of the month, at the latest: the month's);
# "after …, at the earliest" is "after"; "not under", "no fewer than", "at the very least", and "a week or more" (a
# span of one with a bound, checked); "a minimum of 4 hours before taking" is waited; 3日以上前 is a deadline ("at least
# 3 days before"); half an hour and minutes rewritten in words, the possessive agreeing. In the twenty-fourth round,
# a span before an event said by then, from then or about then (004, 008: a start said "…, at the latest" or a
# deadline "from"; 019: 2週間以上前 said "about two weeks before"). Still accepted: 015, "upwards of a 10-minute walk"
# (the bound before an article is not read); 016, 017 and 018, 程度は, "at least about", said "about": the は's
# minimum is an emphasis many professionals leave unsaid, and refusing "about 60 minutes" would refuse them.
GATE_STILL_ACCEPTED |= {"rt42-015", "rt42-016", "rt42-017", "rt42-018"}
# redteam44 (48: 20 wrong English, 16 right, 12 value rewrites, written against the docs of the gate as a whole by
# a writer who never saw the code), measured unread at the start of the twenty-fourth round (a7ee358): 20 of 20 wrong
# English accepted, 5 of 16 right refused, 1 of its sources' own English refused; rewrites 5 exactly, 1 otherwise, 6
# declined, none wrong. Read: a day or a time from then on (17時以降, 3月31日以後) or by then (以前) said the other
# way ("by 5 p.m.", "on or after"); a rate's period (年額 said "a month"), a fare's way (片道 said "round trip"), a
# share of a price said as a discount (定価の7割, "70% off"); "17.00" after a word that takes a time; "'27" after a
# date; "the first hundred"; "the 2026–2027 school year" for 令和8年度. Still accepted, 15 of 20: bindings (001
# 必着 said "postmarked by"; 002 前日 said "the day of"; 003 to 007, 011, 012 and 015, values given to each other's
# owners; 009 "on the night of"; 013 the counts of 1回1錠を1日2回 traded; 018 お一人様 said "per room" beside 2名1室;
# 019 翌平日 said "the preceding weekday"; 020 2回目以降 said "after your second visit"). In the twenty-fifth round 013
# is refused (a frequency's count read: 1日2回 said "once a day").
GATE_STILL_ACCEPTED |= {
    "rt44-001",
    "rt44-002",
    "rt44-003",
    "rt44-004",
    "rt44-005",
    "rt44-006",
    "rt44-007",
    "rt44-009",
    "rt44-011",
    "rt44-012",
    "rt44-015",
    "rt44-018",
    "rt44-019",
    "rt44-020",
}
# Right English still refused, left to the override: 032, 毎時0分と30分 said "every hour on the hour and at half
# past" (and its own English, "at 0 and 30 minutes past the hour": minutes past the hour are read as spans).
GATE_STILL_REFUSED |= {"rt44-032"}
# redteam46 (36: 18 wrong English, 18 right, written against the docs of the twenty-fourth round's gate readings),
# measured unread on that hour's tree (284fc51): 5 of 18 wrong English accepted, 5 of 18 right refused, 0 of its
# sources' own English refused (a7ee358: 11, 5 and 5). Read: "each way" is one way; a side word under a negation in
# its clause reads no side ("cannot be collected before 5 p.m.", "will not be accepted after": the source's own
# predicate may be negated too); two times with a full stop joined as a range ("9.30–17.00", "9.00 to 17.00"; not
# before a unit); "fifteen hundred". In the twenty-fifth round: 001 and 002, a start or a deadline said by a verb
# ("Bookings close three days before" for 3日前から, "open seven days before" for 7日前まで), and 013, 17時まで said
# "not issued before 5 p.m." (a negation of the verb right before the side word, the source's clause saying no "not":
# the other side), and 007, 年額 said "payable once a month" (a payment's period). Still refused: 031, "last admission
# 16.30" (a time with a full stop after a noun).
GATE_STILL_REFUSED |= {"rt46-031"}
# redteam48 (36: 18 wrong English, 18 right, written against the docs of the whole gate by a writer who never saw the
# code), measured unread at the start of the twenty-fifth round (cfb7faa): 15 of 18 wrong English accepted, 11 of 18
# right refused, 2 of its sources' own English refused. Read: a frequency's count (1日3回 said "twice a day") and a
# lone adverb of one ("cleaned monthly" for 年1回); 前日 said "the day after" (the day next to another, before or
# after); a morning time said in the evening ("tomorrow evening from 5:30" for 朝5時30分: a bare clock time read in
# the part of the day its clause names); "the deadline … is" a deadline; "not yet 15" a strict bound; "two weeks or
# so before" about then; "per resident" a person; 割増し said "discounted"; a weekday the calendar refutes ("Friday,
# July 4, 2026"); "weekdays" for 月曜日から土曜日; "expires after" an end. Right, now accepted: "a half-dozen",
# "the latter part of March", "Oct–Mar", "the last day of February 2027", "ten to six in the evening", "one million
# yen", "twenty-fifth", "December 12: doors open". Still accepted: 001 (times given to each other's nouns, 17時30分開場、
# 18時開演: a value before its noun binds nothing), 002 (それぞれ: two values paired by place with two owners), 004
# (まで said "opens on": the verb says a start, but "reopens on" says まで休業 rightly), 011 (2026年度末 said "the end of
# 2026"). Still refused: 021 ("before seven days have passed" for 7日以内), 025 ("the following day" for 翌6日(水)),
# 036 ("midnight on the night of Thursday, 31 December" for 1月1日午前0時).
GATE_STILL_ACCEPTED |= {"rt48-001", "rt48-002", "rt48-004", "rt48-011"}
GATE_STILL_REFUSED |= {"rt48-021", "rt48-025", "rt48-036"}
# redteam20 (50 gate cases: 40 wrong English in the forms the fifteenth round's gate newly reads, 10 right English
# in forms the docs do not list, written against the docs at that round's end): measured unread on that round's
# tree then (6df2d27), 2 wrong English accepted ("twin room" for 1名1室, "the under-ones' class" for 1歳児) and 4
# right English refused ("once a quarter", "every second Wednesday", "every second day", "the 2025–26 financial
# year"); all closed since, and in the sixteenth round its 036's right English, 10万5千円 as ¥105,000 (digits
# before a kanji multiplier), too.


@pytest.mark.parametrize("case", GATE_CASES, ids=[case["id"] for case in GATE_CASES])
def test_the_gate_refuses_the_red_teams_wrong_english_and_accepts_the_right(case):
    """Red teams 19 to 23: a wrong English in a form the gate newly reads ("every other Tuesday" for 毎週火曜日),
    refused; a right English ("once a quarter" for 年4回), and the right English of each source, accepted."""
    glossary = Glossary({}, ())
    if case["id"] not in GATE_STILL_REFUSED:  # (whose old English is that right English)
        assert not check_unit(case["old"], case["old_en"], glossary), case["note"]
    accepted = not check_unit(case["old"], case["new"], glossary)
    if case["kind"] == "gate_ok":
        assert accepted == (case["id"] not in GATE_STILL_REFUSED), case["note"]
    else:
        assert accepted == (case["id"] in GATE_STILL_ACCEPTED), case["note"]


@pytest.mark.parametrize("case", OPEN_CASES, ids=[case["id"] for case in OPEN_CASES])
def test_what_the_open_red_team_no_longer_gets_through_stays_blocked(case):
    decision = decide(case["old"], case["old_en"], case["new"])
    if case["id"] in REWRITTEN:
        assert (decision.kind, decision.translation) == (AUTO, REWRITTEN[case["id"]]), (case["note"], decision)
        return
    assert (decision.kind not in FLIP_KINDS) == (case["id"] in STILL_OFFERED), (case["note"], decision)


# redteam25 (40 value rewrites written against the docs of the auto-update by a writer who never saw the code, at
# the start of the eighteenth round, aimed at a value written wrong): measured unread on that hour's tree, 11
# rewritten exactly, 3 written wrong ("Conference Room 4 on the 3rd floor" for 3階 → 4階; "two hours-long" for
# 1時間 → 2時間 beside "an hour-long"; "two hovercrafts"), 25 declined. Now none is written wrong: an auto-update
# writes the writer's English, or one as right (below), or declines (the old English a fuzzy suggestion, or a
# change where the English says the old value in words it cannot rewrite).
RIGHT_OTHERWISE = {
    "rt25-040": "For the field trip, students will be split between three buses.",  # "among", the writer's
    "rt35-028": "Up to 1 person per family may apply.",  # the writer's "Only one person": a style, the same limit
    "rt42-040": "The examination takes two hours to three hours.",  # the writer's "two to three hours", one unit said
    "rt44-039": "There are currently 0 spaces available.",  # the writer's "no spaces": the count in digits, agreeing
}
# redteam34 (30 value rewrites of English that spells its numbers out, thirteen to ninety-nine among them, written
# against the docs of the twentieth round's count words, aimed at a wrong rewrite: names, idioms, two equal numbers,
# a and an, agreement, the writer's style): measured unread on that hour's tree, 18 rewritten exactly, 1 written
# otherwise ("twelve staff and 25 volunteers", against a writer who counts from ten in digits), 11 declined (on
# d718949: 3 rewritten, 1 otherwise, 26 declined). Now 19 exactly and 11 declined.
VALUE_CASES = [
    case
    for name in ("redteam25.yaml", "redteam34.yaml", "redteam35.yaml", "redteam42.yaml", "redteam44.yaml")
    for case in yamlio.parse_config((OPEN / name).read_bytes(), name).data
    if case["kind"] == "entity"
]


@pytest.mark.parametrize("case", VALUE_CASES, ids=[case["id"] for case in VALUE_CASES])
def test_a_value_rewrite_of_red_teams_25_34_and_35_is_right_or_declined(case):
    decision = decide(case["old"], case["old_en"], case["new"])
    if decision.kind == AUTO:
        assert decision.translation in (case["new_en"], RIGHT_OTHERWISE.get(case["id"])), case["note"]
