"""Two different words shown to mean the same, and constructions shown equal by morphology.

The translation-safety guard (language/evidence.py) reuses an old translation
only on proof. When an edit substitutes one content word for another, this
module looks for that proof in two open lexical resources, each of which
alone would be no proof:

1. **candidate**: the two words share a synonym group of SudachiDict
   (``sudachidict-core``). The dictionary is used as a lexicon only: the two
   words (their surface, their UniDic lemma and the other spellings JMdict
   gives that word: 混み合う, 込み合う) are looked up, the sentence is never
   analyzed a second time (fugashi + UniDic stays the one analyzer).
   A shared group is no proof: 延長 (extension) and 延期 (postponement) share
   one. Nor are homophones ever synonyms (解答/回答, both カイトー, both glossed "answer":
   ``_homophones``); nor two spellings of ONE JMdict entry, each with kanji of
   its own (空く/開く: the entry's senses name no spelling, ``_apart``).
2. **confirmation**: JMdict (``jamdict`` + ``jamdict-data``) gives both words
   a sense, among the first three of an entry, with the same English gloss
   (whole, compared without "to"/"to be" and a single word's -ed/-ing: "to be
   crowded" and "crowding" are one gloss, "the following" is not "following") and parts of
   speech of one class (a noun, a verb or a suru-noun, an adjective or an
   adjectival noun, an adverb). 延長/延期, 開館/休館 and 入金/出金 are not
   confirmed (入金 and 出金 share the gloss "payment", but no synonym group).
3. **SudachiDict silent**: where SudachiDict has no synonym group at all for
   one of the two words (平常, 初回: it says nothing, which contradicts
   nothing), JMdict alone confirms two words that share a kanji (通常/平常;
   an adverb written in kana has its lemma's: すぐ, 直ぐ, and 直ちに; not a
   kanji of a suffix: 注意|報/警報 are two grades of one scale;
   never 以下/未満), but only with two whole glosses or more
   shared by one sense of each, and half of each sense's glosses or more
   (通常/平常: "usual", "normal", "ordinary" of six and four; not 請求/申請,
   two of seven, nor 短縮/縮小, two of six), the shared kanji the last of
   each, the head of the compound (常; not 中断/中止, "interruption" and
   "suspension" shared, but 中 the only kanji in common); or where one sense of one word
   is two whole senses or more of the other (時刻 "time; hour", 時間 "time"
   and "hour": ``_split_senses``; not 時刻/時期, 時間/期間). Here, and for two
   nouns of one synonym group that share fewer than two whole glosses (or
   under half of a sense's), the old English must not name the old word by a
   sense the new one lacks (``_witnessed``: 高潮 said "storm surge", 担保
   "collateral"; red team 43).
   A Sino-Japanese verb, one kanji said as a verb (禁じる, 禁ずる: 禁 + する),
   and a suru-noun holding that kanji (禁止) are the verb and its noun: one
   gloss shared by the first sense of each confirms them, a noun's suffix read
   as its verb's ("prohibition"/"prohibit"); 生じる/生産 and 感じる/感謝 share
   none, and 講じる/講義 only "lecture", 講じる's second sense (its first:
   "to take measures").
   No antonym of data/meaning-flips.json shares two (入金/出金 "payment",
   引き上げる/引き下げる one gloss each), and the tests check it on several
   hundred pairs that differ.

A gloss is compared whole, lower case, without a parenthesized note (a
word or two inside it is also read as part of the gloss: "as (much) as
possible"), "to", "to be" or "being", a placeholder (something, someone,
one's, and "our", the speaker's own: "return of something" is "return";
弊社 "our company" and 当社 "(this) company" share "company" and a group;
貴社 "your company" and 他社 "another company" do not, nor 自社 "one's company": a gloss that starts
with "one's" keeps it, whose the noun is, the subject's) or a single word's -ed/-ing, its hyphens read as
spaces ("sold-out" is "sold out") and its last word also in the singular
("paints": "paint"); a phrase's first word
-ing is also the verb's phrase ("bringing in": "bring in"; "turning in":
"turn in", so 提出/出す; "seeing off": "see off"), and a coordination "A and
B" is also "B and A". For the confirmation of a shared group (2.), a
single-word gloss (or a verb and its preposition: "arrive at") is also read
as the word it derives from by one suffix, five letters or more (``_stems``:
"selection"/"select", "generation"/"generated", "arrival"/"arrive at": so
選択/選ぶ, 発生/生じる, 到着/着く; "general" is not "generate", nor
"personal" "person": 法人/個人 share no gloss); the strong
confirmation (3.) counts whole glosses only.
Two more proofs, of one word in two forms:

4. **a word in Latin letters and its katakana loanword** (WEB/ウェブ,
   Wi-Fi/ワイファイ, FAX/ファックス, PDF/ピーディーエフ): UniDic's lemma names
   a loanword's origin (ウェブ-web; ワイファイ is ＷｉＦｉ), the same letters
   (case, width and hyphens aside); else SudachiDict reads the Latin word as
   the katakana one. ``_loanword``; inside a compound, the letters are
   looked up in JMdict full width (Ｅメール) and read out by SudachiDict
   (``_read_out``: Webサイト is ウェブサイト); an acronym in capitals is asked
   about as any word, looked up full width (ＰＣ: PC/パソコン), never as
   English (jamdict would search its glosses);
5. **a word UniDic cuts** (いつ|も, 前|もっ|て, 気|を|付け) is looked up whole
   where JMdict has it as one word (``one_word``: いつも, 前もって,
   気を付ける), then asked about as any other, by both resources (普段/いつも
   share a group and "usual"); a noun + に said as an adverb (事前に) is the
   noun, its senses counted as an adverb's (事前に/前もって: "beforehand");
6. **one word for a list** (土日 / 土曜日・日曜日, 土曜日と日曜日): JMdict glosses
   the word as the list of the items' glosses ("Saturday and Sunday"), each
   of its kanji in its item, in order (``abbreviated_list``; 土曜日・祝日 and
   土曜日または日曜日 are not 土日), only where nothing before either modifies
   it (第2土日 / 第2土曜日・日曜日: the ordinal may bind only Saturday; red team 31).
   An adverb JMdict spells with だけ (できる|だけ: 出来るだけ) is asked about
   whole, its だけ no limit (なるべく/できるだけ: "as (much) as possible");
7. (a godan verb's potential and a word glossed "-able", 燃やせる/可燃, was
   taken back after red team 31: 燃やせる物 is whatever one may burn, 可燃物 a
   hazard; the potential has an actor, the "-able" word a property);
8. **an expression JMdict lists as one verb** (a noun + a case particle + a
   verb: 鍵を掛ける, joined by ``one_word``) and a word whose first sense says
   all its glosses and no other, as verbs (鍵を掛ける "to lock" / 施錠
   "locking"; 腰を掛ける/着席: ``_expression_alike``), where SudachiDict is
   silent; 鍵を掛ける/解錠 "unlocking" stays apart.
9. **the translation as witness** (``_translation_witnesses``): during a
   decision, the old English says the head (first gloss, without a note) of
   JMdict's main sense of both words: the first sense of each in one part of
   speech, in an entry read as UniDic reads the word, the two sharing three
   glosses or more on each side and half of each one's glosses or more
   (場所/位置 under "place"). Not for a number, a word that leans on another
   (非自立可能), a compound with one kanji swapped (入金/出金, 延長/延期),
   JMdict's antonyms (搬入/搬出), a kana spelling of several entries (つく);
   帰る/戻る ("return" is 戻る's second sense), 修正/変更 ("revision" heads
   neither), 薬/薬品 (one gloss of six), 投函/郵送 and 掲示/通知 (two shared),
   見本/試供品 ("(free) sample") and 直ちに/至急 ("immediately" heads
   neither) stay apart. (A katakana loanword and a kanji word under the loanword's source word, 計画/プラン,
   was taken back after red team 31, and a word in katakana is never shown the same as a word spelt with kanji
   by any proof here, ``_loan_for_kanji``: ご宿泊のプラン is a package sold, 進路/コース one's path or a course.)
   A compound of a noun and a verb's stem and the noun を the verb (手洗い "washing one's hands" / 手を洗う),
   where the old English says the verb with the object after it ("wash your hands": 手洗い is also "toilet";
   ``compound_said_as_object_and_verb``), and JMdict's expression of an object を a verb and the object を a
   noun of its act + (に)する (電源を切る "to turn off power" / 電源をオフにする, オフ "switching off; turning
   off"), where the old English says an act of the noun's first sense (``expression_said_with_noun``);
   電源を入れる/オフにする, 暖房を切る/オフにする (no expression), お手洗い/手を洗う stay apart.
10. (two acts said with the same kanji, 着脱/脱ぎ着, was taken back after red
   team 31, and two words each glossed as two acts coordinated are never shown
   the same, ``_two_acts``: "opening and shutting" says no voice, and ドアの開閉
   may be the doors moving by themselves, ドアの開け閉め someone moving them.)

7. **one word spelt two ways the analyzer reads apart** (``spelt_otherwise``):
   one UniDic lemma with a kana voiced inside it (声がけ/声掛け), or two
   spellings of ONE JMdict entry with one reading (沢山/たくさん; など/等, 等
   read トー only as a suffix after a common noun, its entry at that reading
   sharing "et cetera"); two entries sharing a reading are two words
   (以上/異常, 機会/機械, 会う/合う);
8. **the writer's own place** (``ours``): 当 and 弊 before the same kanji
   (当社/弊社, 当館/弊館), both prefixes JMdict glosses "our" (not 本, 貴).

Two forms of one lemma (使う and 使える "can", 頂く and 頂ける) are never asked
about: the resources know one entry for both and would confirm it with
itself; the keys tell them apart.

A word is looked up by its UniDic lemma and its surface, but a word in
hiragana whose lemma has kanji by its lemma alone (つき here is 付く: as
written it would also be 月; いる is 居る, never 入る).

Neither resource is ever asked about a word that limits or negates (以外, のみ,
以下, 不要, 中止: the caller's red flags and negative words), a number or a
proper noun.

Both resources are loaded on the first pair that needs them, never at start-up,
and every look-up is cached. Without them, no two different words are the same.

``construction_keys`` reads a few constructions that say the same as a
shorter one, by their words' lemmas and parts of speech (never by strings):

- a noun (or まで, のみ, だけ after one) + と/に + なる, non-past, ending the
  clause (総務課となります, 総務課となっております, 現金のみとなります) is the
  noun + です: a copula;
- a noun + と/に + なる before a noun (対象となる車両) is the compound
  (対象車両);
- に + つく/関する + て + は after a noun (詳細につきましては, 詳細については,
  詳細に関しましては) is the topic は, and so is に + つく/関する + て before a
  comma (詳細に関しまして、, 詳細について、);
- せる + て + いただく + ます after a verb (調整させていただきます) is the verb,
  humbly (調整いたします); after と it is a copula (18時までとさせていただきます
  is 18時までとなります, 18時までです);
- 時 read ジ after a noun (乗船時) is 際 (ご乗船の際);
- a suru-noun + する + ている before ため (渋滞しているため) is the noun + の
  (渋滞のため): the event going on, because of it;
- お/ご and a verb's stem or a suru-noun + に + なれる (ご利用になれます,
  お使いになれます) is the same + いただける (ご利用いただけます): the
  honorific "you can";
- ある or ござる negated (影響はありません, ございません) is the adjective ない
  (影響はない), in every tense; the negation of each is counted once by
  language/polarity.py;
- ので after a passive, a past, a state or an adjective (予想されますので,
  変更したので, 在庫が少ないので) is ため, "because" (予想されるため); after a
  plain verb or ない, where ため may say "in order to" (購入するため,
  忘れないため), it stays itself;
- まで after a place and before a request (税務署までお問い合わせください,
  窓口までお越しください, センターまでお電話でお問い合わせください: an adverb or
  a means with で/にて between them), or before an action's noun asked for with を
  (サポートセンターまでご連絡をお願いいたします), is へ, "to", where the act is one of
  sending, telling, bringing or coming (``_conveyed_to``; before お願い alone, the
  topic's act: お問い合わせは、窓口までお願いします); before any other act
  (お入りください, ご見学は…お願いします) it is a limit and stays itself; after a time or an event
  (前日まで, 18時まで, 終了まで, 期限まで, 最終日まで) it stays "until";
- れる after a verb ending a conditional or relative clause that names no
  subject and no agent (紛失された場合, キャンセルされる場合) is respect: the
  verb itself (紛失した場合); never られる, which may be "can" (``respectful``);
- 以下 and 以上 standing first in a phrase (after punctuation, a particle or at
  the start: 以下の番号, 以下まで) are 下記 and 上記, "the following" and "the
  above" (after a noun or a number they are a limit, "or less", and stay
  themselves);
- に関する/についての/に関しての before a noun are one "about", について/に関して
  before a verb another (に対する, についても stay themselves);
- a noun of relative time (事前, 事後: X前, X後) + に before an action's noun is
  the same + の (事前に申し込み: 事前の申し込み); never after a number or 以, nor with a second
  predicate after the noun in its clause (``_another_predicate_after``);
- 未 + a suru-noun is the noun + 前 (未就学: 就学前, ``not_yet``, ``before_key``) where JMdict glosses
  the word "before" or "pre-" (``before_prefixed``; not 未接種, "unvaccinated");
- せる + て + いただく before 場合/際/時/方 is the verb said humbly;
- a suru-noun's past participle before a noun (ご予約された資料, ご会葬いただいた
  皆様) is ご + the noun + の (``participles``, ``honorific_genitives``: the caller asks the other text);
- a non-past + こと + を before an apology (おかけすることを、お詫び) is AHEAD (the
  past, おかけしましたことを, is no longer the connective おかけし、: red team 32, the
  connective is tenseless and may apologise for trouble still to come);
- a godan verb + こと + が + できる is its potential form (行うことができる:
  行える, ``_can_do``); a suru-noun + する + ことができる is the noun + できる;
- できる after an action's noun (+ が/は), and できる or 可能です after a case
  phrase in a clause whose topic is an action's noun (予約は、アプリから可能です),
  say "you can" (YOU_CAN), as 可能です after an action does;
- an adjectival noun (必要, 有効) or から + と/に + なる, and the copula's に
  (必要|に|なる), are a copula as after a noun;
- お/ご + a verb's stem + に + なる is the verb said with respect (お亡くなりに
  なった: 亡くなった; ``honorific_becomes`` counts it as a れる of respect),
  also where the stem is read as a noun (お|入り: 入る, ``stem_verb``);
- に + より/よって after a noun is で (means, cause) in a sentence of a past (``_happened``), and
  ``BY_OR_DEPENDING`` in the non-past; never によっては, "at some N" (a part of them);
- a suru-noun + する + ている + 間 is the noun + 中 (during); + の + うえ is the noun +
  して (having done it). (A suru-noun + の + 間 is no longer 中, red team 32: 試合の間 may
  say "between matches", 試合中 only "during one".);
- 約/およそ/おおよそ before a number are one APPROXIMATELY, and 程度/ほど/くらい/
  前後 after the number then add nothing, or say it alone (1週間ほど; the
  caller reads 約's key after the number); 各 before a noun said with ごと adds
  nothing;
- より is a starting point (the から of the particle group) unless a degree
  follows in its clause (``compared``: 以前より多く is "than"; a verb of a change
  of degree, JMdict's gloss says: 前年より売上が伸びて, ``_changes_degree``) or
  two plain nouns are weighed (窓側より通路側の, ``_two_nouns_weighed``);
- courtesy set phrases (a small list): 心より/深く/重ねて … before お詫び/お礼/
  感謝, and 引き続き/今後とも before よろしくお願い, contribute nothing.
- 場合 said of an occasion (after a noun + の, an attributive verb, or その;
  before は, に, も, a comma or the end) is 際 (``OCCASION``: ご希望の場合は,
  ご希望の際は); 場合がある, 場合によって, 場合に限り stay themselves;
- an action's noun + を + 行う is the noun + する (監視を行う: 監視する);
- a verb + ない + でください / ようお願い is ``PLEASE_NOT``, read by the caller
  as the group of ご遠慮ください (``asked_not_to``: its ない is no negation);
- a condition is one key (``IF``): an occasion noun (場合, 際, とき, 時 read
  ジ) in a clause's condition, ば, たら, なら, と before a comma; an action's
  past is ``IF_DONE`` (遅れた場合, 遅れたら), a state's past is IF
  (ありましたら: あれば) (``_conditions``); an action's たら against 場合 the caller
  asks the English about (``conditions_said``: "when" or "if"); "if you have X" before a request to ask
  or tell is X as the topic (``_if_you_have``: ご不明な点がございましたら、… ください);
- から after the connective て is て (an action's noun + と/に + なりました is no
  longer the noun + しました: red team 32); を + 実施する after an action's noun is する;
- ことは + できる negated is ことが + できる negated; 宜しく and のほど before お願い and
  できる before かねる contribute nothing (できかねます: いたしかねます);
- お/ご + an action + いただく/いただいた before 場合/際/時/方 is the verb
  itself, what the reader does (ご来店いただいた際: 来店した際);
- ので and から after the copula of an adjectival noun (危険ですので, 危険なので)
  are ため, "because" (never after a noun: 会員のため may be "for members");
  のに, which UniDic cuts の|に, is one key of its own (``ALTHOUGH``): its に
  is no case particle, and 雨なので / 雨なのに differ;
- まで before お/ご + a verb's stem written as a noun (お声がけください) is へ too.
- an action's noun + 中 + の + 方 is the noun + している + 方, 方 a person
  (ご検討中の方: 検討している方; ``_doing_person``);
- お + a verb's stem read as the verb + の + 際 is an occasion (お越しの際: 来る
  際); ご覧 + に + なる is 見る with respect, + なれる "you can" (``_plain_verb``);
- a verb's past + うえ (で) is "having done it" as の + うえ is (``_having_done``);
- two of the reader's actions (ご + a suru-noun each) asked for together are
  joined by と however the text joins them: ・, 及び, nothing but the second
  ご (ご理解ご協力をお願い: ``_requested_together``);
- いただく/くださる after the reader's action before ありがとう/感謝 add nothing
  (``_thanked_for``); いただいた before a common noun, いただく before 必要,
  are the verb itself (``_done_for_a_noun``);
- 頂戴 + する/いたす is いただく (``RECEIVE``); お + a verb's stem read as the
  verb + できる is "you can" as after an action's noun (お持ち帰りできます:
  お持ち帰りが可能です);
- an action's noun + 中 + only a copula to the sentence's end (販売中です) is
  the noun + している (``DOING``; ``doings`` counts them: ている may say
  "done", and the caller asks the old English for a perfect), + 済み the
  noun + している said done (the English then says no progressive); 禁止/許可 +
  している (or されている) at the end are a rule in force, 禁止です;
- 時 written right after a common noun is the suffix ジ however UniDic reads it
  (お申し込み時, read トキ; never after a number: 3時), and 折 after の or a verb
  (荒天の折は) is an occasion noun as 際 is; a verb's stem after お/ご names
  the action there as a noun does (お出かけ時, お越しの際: ``_named``); an
  action + に + 当たる (+ て + は)/際する (+ て) is the occasion (``_upon``: ご利用にあたっては:
  ご利用の際は), and 中につき is 中のため (``_owing_to``);
- ので after a state negated (取り扱っておりませんので, お受けできませんので) is
  ため, and ず after ます is ない (``NOT``: ません is ない said politely); a noun
  (no person, no adjectival noun) + となっております/となります/です + ので, or +
  となっているため, is the noun + のため (``_reason_of_a_noun``,
  ``_noun_said_as_reason``: 火気厳禁となっておりますので: 火気厳禁のため); an
  adjectival noun + となりますので is + になるため (``_because``; not before に);
  a plain verb + ので whose clause has a subject of its own that names no
  person (が: 道路が渋滞しますので) is ため, which says "in order to" only of a
  doer; ので and から after any other predicate are one ``SINCE`` (never ため);
  ので's key stands on its で (のに, "although", is no ので); a noun's
  past before ので where the sentence says no past is ``WAS`` (貸切でしたので、
  ご了承ください: not 貸切のため);
- a verb's plain non-past + に + は, or + ため + に + は, is ``PURPOSE``, "in
  order to" (長持ちさせるには: 長持ちさせるためには); ため and ために stay
  REASON;
- に係る (written so) and に関わる after an action's noun are に関する, and
  お/ご may stand before the noun after them (設置についてのご相談);
- ことから after a predicate where ので would be ため, then a comma, is
  REASON (混雑が予想されることから、: 予想されるため、);
- お/ご + an action + いただいてから before a request (``_then_asked``) is the
  verb itself, what the reader does first (お出しいただいてから: 出してから);
- 後 after an action's noun (ご使用後は), after it + の (ご使用の後に) or after a
  verb's past (使用した後、) and before に/は/で/a comma is the action done,
  IF_DONE, as 使用したら says it (``_after_the_action``); から after an action's
  noun before a span of time (撮影からおよそ10分) is ``AFTER``, 後 (が +
  終わる/済む before たら is no longer 終了 + 後, red team 32: 受付が終わりましたら,
  the reader's check-in done, 受付終了後, the desk closed); a suru-noun +
  しておりますので is + しているため (``_reason_after_doing``);
- a request said politely (``polite_request``): いただく/いただける/くださる + ます + よう
  (+ に)(+ a comma) + お願い; after ない + で, or ないようにして, it is ``PLEASE_NOT`` too
  (しないでいただきますようお願いいたします: ご遠慮ください), as is ないよう + a comma + お願い;
  after せる + て it asks the reader, no humble "we do" (済ませていただきますよう: 済ませて
  ください); いただき + たく (+ a comma) + お願い is the request, its たい adds nothing
  (``_wished_and_asked``);
- a verb's stem read as a noun right before the request that asks for it (下さる, or を +
  お願い) is the verb (``_stems_asked_for``: 付き添いをお願いします, 付き添ってください;
  お取り扱いくださいますよう, 取り扱ってください);
- 各 before a noun of people and (ご)自身 after one, before で/にて and a request, add nothing
  (``_agent_of_a_request``: 各オーナー様にて / オーナー様ご自身で; not 各店舗にて, ご自身で alone);
- a request not to said with ません + よう or with the adjective ない after こと or a noun + の/が, then よう +
  お願い, is ``PLEASE_NOT`` (``_asked_not_to_otherwise``: 撮影なさいませんよう, 走ることのないよう);
- いただける/くださる + と/ば + 助かる/幸い/ありがたい/嬉しい ending the sentence is one soft request
  (``APPRECIATED``, ``_appreciated_if_done``: と助かります / ば幸いです; 済ま|せ + a request by
  a deadline no longer adds nothing, red team 32: お食事は21時までにお済ませください asks the meal
  over, …までにお願いします may ask it begun).

A humble or respectful word and its plain verbs (``_HONORIFIC``: 承る/受け付ける,
伺う/聞く, ご覧/見る, いらっしゃる/来る) are candidates as a SudachiDict group is;
JMdict confirms them the same way. (JMdict's own marks of humble and
respectful senses make no candidates: their glosses, "to do", "to receive",
"to be", meet too many plain words.)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache, update_wrapper
from typing import Generic, NamedTuple, ParamSpec, TypeVar

from kokuchi.language.morphology import Morph, analyze


# The patterns JMdict's senses are read with, compiled when JMdict is read (a merge whose edits
# substitute no word never reads it).
@cache
def _classes() -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """Parts of speech of JMdict senses, as jamdict spells them, by class ("adverb" is no verb)."""
    return tuple(
        (re.compile(pattern), frozenset(classes))
        for pattern, classes in (
            (r"takes the aux\. verb suru", {"noun", "verb"}),
            (r"genitive case particle 'no'", {"noun", "adjective"}),
            (r"\badjectiv", {"adjective"}),
            (r"\bverb\b", {"verb"}),
            (r"\badverb\b", {"adverb"}),
            (r"\bnouns?\b", {"noun"}),
        )
    )


@cache
def _paren() -> re.Pattern[str]:
    return re.compile(r"\s*\([^)]*\)\s*")


@cache
def _optional() -> re.Pattern[str]:
    """A parenthesized word or two, without punctuation, between two words of a gloss: "as (much) as possible"."""
    return re.compile(r"(?<=[a-z] )\(([a-z]+(?: [a-z]+)?)\)(?= [a-z])")


_SENSES = 3


def same_word(a: Morph, b: Morph, adverbial: bool = False) -> bool:
    """*a* and *b* are two words the resources show to mean the same (see the module's docstring).

    *adverbial*: a noun of the two is said with に as an adverb (事前に, 前もって): its senses as a noun count as
    an adverb's.
    """
    if _loanword(a, b) or _loanword(b, a) or _read_out(a.text, b.text) or _read_out(b.text, a.text):
        return True
    if not (_askable(a) and _askable(b)):
        return False
    if a.lemma == b.lemma:
        return False  # one word in two forms the key tells apart (頂く, 頂ける "can"): the resources know one entry
    if _homophones(a, b):
        return False  # 解答 / 回答, 保証 / 補償: one reading, two words (a shared gloss, "answer", is no proof)
    if _transitivity_apart(a, b):
        return False  # 座席を動かさない / 動かない: "move the seat" or "move from it" (red team 43)
    try:
        # the two resources; else, during a decision, the old English as a witness of two main senses alike.
        # Taken back after red team 31: a godan verb's potential and a word glossed verb + "-able" (燃やせる物 is
        # anything one may burn, 可燃物 a hazard: the potential has an actor, the "-able" word a property), and a
        # kanji word and a katakana loanword under the source word (宿泊の計画 / プラン, one's plans or a package
        # sold; 進路 / コース, one's path or a course of study: the loan narrows in Japanese, and no resource says to
        # what).
        shown = _shown(a, b, adverbial) or _translation_witnesses(a, b) or _two_verbs_headed_alike(a, b)
        # 柄 read ガラ ("pattern", as 絵柄) under "the handle": the writer read 柄, え (red team 41)
        return shown and not (_another_reading_said(a, b) or _another_reading_said(b, a))
    except ImportError:
        return False  # a resource is not installed: nothing can be shown (the safe answer)


def _transitivity_apart(a: Morph, b: Morph) -> bool:
    """Two native verbs whose first verb senses JMdict calls one transitive, the other intransitive (動かす / 動く,
    開ける / 開く): one acts on a thing, the other is what the thing or the doer does; the sentence around them says
    another act whatever gloss they share. False without JMdict."""
    if not (_native_verb(a) and _native_verb(b)):
        return False
    try:
        sides = [
            {transitive for _, _, transitive in _first_verb_senses(_forms(m)[:1], _readings(m)) if transitive}
            for m in (a, b)
        ]
    except ImportError:
        return False
    return len(sides[0]) == 1 and len(sides[1]) == 1 and sides[0] != sides[1]


def _shown(a: Morph, b: Morph, adverbial: bool) -> bool:
    """The two resources (or JMdict alone where SudachiDict is silent) show *a* and *b* the same."""
    # JMdict first: most pairs share no gloss, and SudachiDict (the slower to load) is then never loaded.
    # (Two acts said with the same kanji, 着脱 / 脱ぎ着, were taken back after red team 31: ドアの開閉 may be the
    # doors opening by themselves, ドアの開け閉め is someone opening them; no resource gives a compound's voice.)
    if _loan_for_kanji(a, b) or _loan_for_kanji(b, a):
        return False
    if _two_acts(_forms(a)) and _two_acts(_forms(b)):
        return False  # 開閉 / 開け閉め "opening and shutting": the gerunds say no voice, nor who acts
    if not _confirmed(_forms(a), _forms(b), adverbial=adverbial):
        return False
    if _counted_apart(_forms(a), _forms(b)):
        return False  # 全日 "all days" / 終日 "all day": every day of several, or the hours of one (red team 31)
    if _candidates(_forms(a), _forms(b)) or _honorific_pair(_forms(a), _forms(b)):
        if _gloss_names_another_act(a, b):
            return False
        nouns = a.head == "名詞" and b.head == "名詞"
        return (
            not nouns
            or _confirmed(_forms(a), _forms(b), strong=True, adverbial=adverbial)
            or _witnessed(a, b, adverbial)
        )
    # SudachiDict silent about one word (no group at all) is no contradiction: JMdict alone then, on a
    # stronger confirmation (通常/平常 share "usual", "normal" and "ordinary"; 入金/出金 only "payment").
    silent = not _groups(_spellings(_forms(a))) or not _groups(_spellings(_forms(b)))
    if silent and (_expression_alike(a, b) or _expression_alike(b, a)):
        return True  # 鍵を掛ける "to lock" / 施錠 "locking"
    if not silent or not _spelt_kanji(a) & _spelt_kanji(b):
        return False
    if _sino_verb(a, b) or _sino_verb(b, a):
        # 禁じる / 禁止: the kanji said as a verb, and its noun, by the first sense of each (講じる "to take
        # measures", then "to lecture", is no 講義 "lecture")
        return _confirmed(_forms(a), _forms(b), senses=1)
    strong = _same_head(a, b) and _confirmed(_forms(a), _forms(b), strong=True) and _main_verb_sense(a, b)
    # 座席 / 席: one gloss each ("seat"), too few to share two, but the first sense of each is the other's whole.
    # Only of two things' nouns: an act's (招待 "invitation", 招く "to invite") may say more than its gloss (ご招待,
    # a complimentary invitation; red team 22); and only a compound and its head kanji alone: two compounds JMdict
    # glosses alike may be two bodies (町会, a neighbourhood association, and 町議会, the town's assembly, are both
    # "town council"; red team 41).
    things = all(m.head == "名詞" and not _suru_noun(m) for m in (a, b))
    same = things and _compound_and_its_head(a.text, b.text) and _same_first_sense(_forms(a), _forms(b))
    # (JMdict alone: the English must say a gloss the two share, red team 43: 高潮 / 満潮 share "high tide" where
    # the writer meant a storm surge; 複写 / 模写 "copy", a photocopy or a copy made by hand)
    return same or ((strong or _split_senses(_forms(a), _forms(b))) and _witnessed(a, b, adverbial))


def _witnessed(a: Morph, b: Morph, adverbial: bool) -> bool:
    """The old English does not name the old word *a* by a sense the new word *b* lacks (red team 43): where it
    says a gloss of *a*'s first senses, one of those it says must be a gloss of *b*'s too. The translator's word
    shows which sense the writer meant (担保 said "collateral", which 保証 "guarantee" never is; 高潮 said "storm
    surge", no 満潮 "high tide"; 研究 said "research", no 学習 "study, learning"). An English that says no gloss
    of *a* (a paraphrase) shows nothing either way, and the resources decide, as before; so does no English."""
    english = _translation()
    if not english:
        return True
    words = _english_lemmas(english)
    said = {form for forms in words for form in forms}

    def says(gloss: str) -> bool:
        if gloss.startswith(_DERIVED):
            stem = gloss[len(_DERIVED) :]
            return len(stem) >= 5 and any(form.startswith(stem) for form in said)
        return _says(words, frozenset({gloss}))

    forms_a, forms_b = _forms(a), _forms(b)
    apart = _apart(forms_a, forms_b)
    of_a = {g for glosses, _ in _senses(forms_a, apart) for g in glosses if says(g)}
    if not of_a:
        return True
    of_b = {g.removeprefix(_DERIVED) for glosses, _ in _senses(forms_b, apart) for g in glosses}
    # ("cancel" said, a gloss of 取り消し, and キャンセル's "cancellation": one word and its derivation)
    return any(
        x == y or (min(len(x), len(y)) >= 5 and (x.startswith(y) or y.startswith(x)))
        for x in (g.removeprefix(_DERIVED) for g in of_a)
        for y in of_b
    )


def _loan_for_kanji(loan: Morph, word: Morph) -> bool:
    """A word in katakana, a loanword, against a word spelt with kanji, where a later sense of the loan says a
    gloss the two share again beside another thing the kanji word never says: in Japanese the loan also names that
    narrower thing, and the English word says either (プラン "plan, scheme", then "(payment) plan, package, deal,
    offer": ご宿泊のプラン is a package sold, ご宿泊の計画 the guest's own plans; red team 31). Where the later
    senses say no shared gloss (ラッピング "wrapping", then "lapping") or only what the kanji word says too (ルート
    "channel", 経路 "channel"), the English word names the kanji word's meaning."""
    if _KATAKANA_WORD.fullmatch(loan.text) is None or not _spelt_kanji(word):
        return False
    loan_senses, word_senses = _all_senses(_forms(loan)), _all_senses(_forms(word))
    said_by_word = {h for entry in word_senses for sense in entry for gloss in sense for h in gloss}
    for entry in loan_senses:
        shared = {h for gloss in entry[0] for h in gloss} & said_by_word if entry else set()
        for sense in entry[1:]:
            said = {h for gloss in sense for h in gloss}
            if said & shared and said - said_by_word:
                return True
    return False


@lru_cache(maxsize=1 << 10)
def _counted_apart(forms_a: tuple[str, ...], forms_b: tuple[str, ...]) -> bool:
    """A gloss of one word is a gloss of the other with its last word plural, which neither says the other way:
    the one counts many things (全日 "all days": every day of a course), the other one (終日 "all day": its hours).
    The comparison of glosses reads a plural as its singular (``_normalized``), so JMdict alone would match them.
    """

    def glosses(forms: tuple[str, ...]) -> frozenset[str]:
        return frozenset(
            " ".join(_paren().sub(" ", g.text).lower().split())
            for entry in _entries_once(forms)
            for sense in entry.senses
            for g in sense.gloss
        )

    ga, gb = glosses(forms_a), glosses(forms_b)
    return any((x == y + "s" or y == x + "s") and x not in gb and y not in ga for x in ga for y in gb if x[:1] == y[:1])


def _gloss_names_another_act(a: Morph, b: Morph) -> bool:
    """Every gloss the two words' first senses share is said again, by a later sense of one of them, of an act
    the other word never names: the English word is that word's of two acts, and the object says which.

    開く "to open, to undo" / 開放 "opening (a door, window)" share "open"; 開く says it again in "to hold
    (meeting, party), to give, to open" (教室を開く: hold a class) and "to found, to open (a new business)", whose
    other glosses 開放 never says: 教室を開く is no 教室を開放する (the room thrown open, no lessons)."""
    forms_a, forms_b = _forms(a), _forms(b)
    senses_a, senses_b = _all_senses(forms_a), _all_senses(forms_b)
    # (of a verb, only its senses as a verb: 開き is also the noun "opening; gap", which the verb never says)
    wanted = frozenset({"verb"}) if "動詞" in (a.head, b.head) else frozenset()
    shared = {
        g
        for ga, ca in _senses(forms_a)
        for gb, cb in _senses(forms_b)
        if ca & cb and wanted <= ca & cb
        for g in ga & gb
        if not g.startswith(_DERIVED)
    }
    if not shared:
        return False

    def every_gloss(senses) -> set[str]:
        return {h for entry in senses for sense in entry for gloss in sense for h in gloss}

    said_by_a, said_by_b = every_gloss(senses_a), every_gloss(senses_b)

    def said_of_another_act(g: str, own, said_by_other: set[str]) -> bool:
        """In an entry of *own*, a sense after the first that says *g* says it after another gloss (its head),
        which the other word (every gloss of it: *said_by_other*) never says."""
        for entry in own:
            first = next((n for n, sense in enumerate(entry) if any(g in gloss for gloss in sense)), len(entry))
            if any(
                g not in sense[0] and any(g in gloss for gloss in sense) and not sense[0] & said_by_other
                for sense in entry[first + 1 :]
            ):
                return True
        return False

    def in_several_senses(g: str, own) -> bool:
        """An entry of *own* says *g* in two senses or more, whole or as a word of a gloss (開ける "to open (a
        door)", "to open (for business)"; 開放 "opening (a door)", "opening up (to the public)")."""

        def says(sense) -> bool:
            return any(g in gloss or any(g in form.split() for form in gloss) for gloss in sense)

        return any(sum(1 for sense in entry if says(sense)) >= 2 for entry in own)

    # A Sino-Japanese word and a native verb that both say a shared gloss in several senses: the English word
    # names no one act of either (開ける/開放: a door opened, a way made, a shop opened for business, a place
    # thrown open to the public; red team 27). Where one word says it once (使用 "use", 返却 "return"), that
    # sense is the act.
    sino_and_native = any(
        kanji_of(x.lemma) == set(x.lemma) and y.head == "動詞" and kanji_of(y.lemma) != set(y.lemma)
        for x, y in ((a, b), (b, a))
    )
    if sino_and_native and any(in_several_senses(g, senses_a) and in_several_senses(g, senses_b) for g in shared):
        return True
    return all(
        said_of_another_act(g, senses_a, said_by_b) or said_of_another_act(g, senses_b, said_by_a) for g in shared
    )


@lru_cache(maxsize=1 << 12)
def _all_senses(forms: tuple[str, ...]) -> tuple[tuple[tuple[frozenset[str], ...], ...], ...]:
    """Each entry spelt *forms*: every sense, in order, as its glosses in order, each as its normalized forms
    (no derived stems)."""
    return tuple(
        tuple(
            glosses
            for sense in entry.senses
            if (glosses := tuple(_whole(gloss.text) for gloss in sense.gloss if _whole(gloss.text)))
        )
        for entry in _entries_once(forms)
    )


def _main_verb_sense(a: Morph, b: Morph) -> bool:
    """A verb of the two is confirmed by the first sense of its own entry, not only by its noun's or a later
    sense: お休みします / 休憩します is no pair, since 休む is first "to be absent; to take a day off" (a shop
    closed), and only its noun 休み and its second sense are "rest; break", which is all 休憩 says."""
    for verb, other in ((a, b), (b, a)):
        if verb.head == "動詞" and not _confirmed((verb.lemma.split("-")[0],), _forms(other), senses=1):
            return False
    return True


def _homophones(a: Morph, b: Morph) -> bool:
    """Two lemmas UniDic reads alike, each written with kanji of its own (解答 / 回答, 化学 / 科学, 写す / 映す).

    The language keeps two spellings of one sound because they say two things; JMdict may gloss both
    "answer", and SudachiDict may group them: the writer who chose the other kanji chose the other word.
    """
    if not a.pron_base or a.pron_base != b.pron_base:
        return False
    x, y = kanji_of(a.lemma.split("-")[0]), kanji_of(b.lemma.split("-")[0])
    return bool(x) and bool(y) and x != y


def _sino_verb(verb: Morph, noun: Morph) -> bool:
    """禁じる (禁ずる) / 禁止: a verb that is one kanji + ずる/じる, and a suru-noun holding that kanji."""
    lemma = verb.lemma.split("-")[0]
    return (
        verb.head == "動詞"
        and _sino_lemma(lemma)
        and noun.pos[:3] == ("名詞", "普通名詞", "サ変可能")
        and lemma[0] in noun.lemma
    )


def _sino_lemma(lemma: str) -> bool:
    """禁ずる, 命じる: one kanji said as a verb (the kanji + する, voiced)."""
    return len(lemma) == 3 and lemma[1:] in ("ずる", "じる") and "\u4e00" <= lemma[0] <= "\u9fff"


def _expression_alike(phrase: Morph, word: Morph) -> bool:
    """鍵を掛ける / 施錠: a noun + case particle + verb JMdict lists as one verb, and a word of the same first sense.

    The first sense of each says the same glosses, all of them, as verbs (鍵を掛ける "to lock", 施錠 "locking":
    the suru-noun's -ing is its verb); 鍵を掛ける/解錠 "unlocking", 気を付ける "to be careful"/注意 "attention"
    stay apart.
    """
    if phrase.head != "動詞" or word.kind != "word" or len(_parts(phrase.lemma)) < 3:
        return False
    if not any(m.pos_is("助詞", "格助詞") for m in _parts(phrase.lemma)):
        return False
    firsts = [entry[0] for entry in _entries(_forms(phrase))[:1] if entry]
    for ga, ca in firsts:
        for entry in _entries(_forms(word)):
            gb, cb = entry[0]
            if "verb" in ca & cb and ga and gb and all(any(g & h for h in gb) for g in ga):
                if all(any(g & h for h in ga) for g in gb):
                    return True
    return False


@lru_cache(maxsize=1 << 10)
def _parts(text: str) -> tuple[Morph, ...]:
    """The words UniDic reads in *text* (none without the analyzer)."""
    return analyze(text) or ()


_E_ROW = dict(zip("ウクグスツヌブムル", "エケゲセテネベメレ", strict=True))


# Humble and respectful verbs, each with the plain verbs it says politely: a candidate where SudachiDict
# groups no honorific with its plain verb (承る and 受け付ける share no group). A small list, documented in
# docs/catalogs.md: JMdict must still confirm the pair (承る/受け付ける share "receive"; 承る/断る nothing).
_HONORIFIC = {
    "承る": frozenset({"受ける", "受け付ける", "聞く", "引き受ける"}),
    "伺う": frozenset({"聞く", "尋ねる", "訪ねる", "訪問", "行く"}),
    "参る": frozenset({"行く", "来る"}),
    "召し上がる": frozenset({"食べる", "飲む"}),
    "御覧": frozenset({"見る"}),
    "拝見": frozenset({"見る"}),
    "いらっしゃる": frozenset({"来る", "行く", "居る"}),
    "仰る": frozenset({"言う"}),
}


# The honorifics of ``_HONORIFIC`` that say several plain verbs of different acts: 召し上がる eat and drink,
# いらっしゃる come, go and be, 伺う ask, hear and visit, 参る come and go. Said as one of them, the plain verb is
# the same only where the old English names its act (``honorifics_said_plainly``). 承る (receive, take on) and the
# honorifics of one plain verb (御覧, 拝見, 仰る) stay as they are: the English must only name no act they lack.
SEVERAL_SENSES = frozenset({"召し上がる", "いらっしゃる", "伺う", "参る"})

# A gloss an English says as an auxiliary ("do not", "be sure"): no act of the verb it glosses.
_AUXILIARY = frozenset({"be", "do"})


def humbly_one_act(humble: Morph, plain: Morph) -> bool:
    """*humble*, a verb said with the humble お + its stem + する (お受けして, the writer's act for the reader), and
    *plain*, another verb: both are plain verbs of one humble verb of ``_HONORIFIC`` that says one act (承る:
    受ける, 受け付ける), and JMdict confirms the two (受ける "to receive", 受け付ける "to receive (an
    application)"). Said humbly, 受ける is what 承る says, accepting from the reader, never "to undergo" (which
    the plain 受ける may be), so 受け付ける says it too; the old English of the decision under way must witness it,
    saying a first-sense gloss of *plain* ("accept", "receive"): a humble act toward a third party (監査をお受け
    しました, "we underwent an audit") says none. Not the honorifics of several acts (伺う: 聞く "hear" or
    "ask", 訪ねる "visit": ``SEVERAL_SENSES``), nor respectful verbs; False outside a decision or without
    JMdict."""
    a, b = _forms(humble), _forms(plain)
    words = _english_lemmas(_translation())
    if set(a) & set(b) or not words:
        return False
    for honorific, plains in _HONORIFIC.items():
        if honorific in SEVERAL_SENSES or honorific not in _HUMBLE_VERBS:
            continue
        if plains.intersection(a) and plains.intersection(b):
            try:
                glosses = {form for f in b for gloss in first_sense_glosses(f) for form in _whole(gloss)}
                return _confirmed(a, b) and any(_said_in(words, form) for form in glosses)
            except ImportError:
                return False
    return False


def _honorific_pair(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return any(y in _HONORIFIC.get(x, ()) for x in a for y in b) or any(
        x in _HONORIFIC.get(y, ()) for x in a for y in b
    )


class HonorificSaidPlainly(NamedTuple):
    """An honorific verb one text says where the other says one of its plain verbs (``honorifics_said_plainly``)."""

    honorific: str
    plain: str
    others: frozenset[str]  # the acts the honorific glosses and the plain verb does not
    own: frozenset[str]  # the acts the plain verb glosses, auxiliaries aside
    several: bool  # the honorific says several plain verbs of different acts (``SEVERAL_SENSES``)


def honorifics_said_plainly(old: str, new: str) -> list[HonorificSaidPlainly]:
    """An honorific verb of ``_HONORIFIC`` one text says where the other says one of its plain verbs instead.

    For each (召し上がる → 飲む, 伺う → 訪問, いらっしゃる → 居る, either way): the honorific, the plain verb,
    the acts the honorific's first senses gloss that the plain verb's do not (召し上がる "eat" and "drink",
    飲む only "drink": "eat"), the acts the plain verb's glosses name ("drink", "swallow"...; "be" and "do"
    aside, any English says them as auxiliaries) and whether the honorific is one of ``SEVERAL_SENSES``.
    One honorific says several plain verbs: which one the old text meant, only the old English says
    ("If you eat or drink in the store"; "Please come to the reception desk"). [] without JMdict.
    """
    a, b = _verb_lemmas(old), _verb_lemmas(new)
    found: list[HonorificSaidPlainly] = []
    for x, y in ((a, b), (b, a)):
        for honorific, plains in _HONORIFIC.items():
            if x.count(honorific) <= y.count(honorific):
                continue
            for plain in plains:
                if y.count(plain) <= x.count(plain):
                    continue
                try:
                    own = _acts((plain,))
                    others, several = _acts((honorific,)) - own, honorific in SEVERAL_SENSES
                    found.append(HonorificSaidPlainly(honorific, plain, others, own - _AUXILIARY, several))
                except ImportError:
                    return []
    return found


def _verb_lemmas(text: str) -> list[str]:
    return [m.lemma.split("-")[0] for m in analyze(text) or () if m.kind == "word"]


def _acts(forms: tuple[str, ...]) -> frozenset[str]:
    """The one-word verb glosses of the first senses of *forms* ("be" aside)."""
    return frozenset(
        g
        for glosses, classes in _senses(forms)
        if "verb" in classes
        for g in glosses
        if g.isalpha() and g.isascii() and g != "be"
    )


def _loanword(latin: Morph, kana: Morph) -> bool:
    """WEB and ウェブ, Wi-Fi and ワイファイ, FAX and ファックス: a word in Latin letters and its katakana loanword.

    UniDic names a loanword's origin in its lemma (ウェブ-web; ワイファイ is
    ＷｉＦｉ): the same letters, case, width and hyphens aside. Else SudachiDict
    reads the Latin word as the katakana one (PDF: ピーディーエフ). Nothing else
    of the two words is compared: they are one word in two scripts.
    """
    if not (latin.kind == "word" and not latin.pos and _LATIN_WORD.fullmatch(latin.text)):
        return False
    if not (kana.kind == "word" and kana.head == "名詞" and _KATAKANA_WORD.fullmatch(kana.text)):
        return False
    letters = _letters(latin.text)
    origin = kana.lemma.split("-", 1)[1] if "-" in kana.lemma else kana.lemma
    if _letters(origin) == letters:
        return True
    try:
        entries = _sudachi().lookup(latin.text)
    except ImportError:
        return False
    return any(
        _letters(e.surface()) == letters and kana.text in (e.reading_form(), e.normalized_form()) for e in entries
    )


_ASCII_LETTER = re.compile(r"[A-Za-z]")
_FULL_WIDTH = {code: code + 0xFEE0 for code in range(0x21, 0x7F)}


@cache
def _hiragana() -> re.Pattern[str]:
    return re.compile(r"[\u3041-\u309fー]+")


@cache
def _latin_run() -> re.Pattern[str]:
    return re.compile(r"[A-Za-z][A-Za-z\-]*")


def _read_out(text: str, other: str) -> bool:
    """Webサイト and ウェブサイト: a word with Latin letters is *other* with the letters as SudachiDict reads them."""
    if text.isascii() or not _latin_run().search(text):
        return False  # (a Latin word alone is _loanword's)
    runs = list(_latin_run().finditer(text))
    pieces = re.split(_latin_run(), text)
    shape = "[\u30a1-\u30faー]+".join(re.escape(piece) for piece in pieces)
    if not re.fullmatch(shape, other):
        return False  # katakana where the letters are, the rest the same: before SudachiDict is loaded
    try:
        dictionary = _sudachi()
    except ImportError:
        return False
    out = pieces[0]
    for run, piece in zip(runs, pieces[1:], strict=True):
        readings = {
            e.reading_form() for e in dictionary.lookup(run.group()) if _letters(e.surface()) == _letters(run.group())
        }
        if len(readings) != 1:
            return False  # no reading, or more than one
        out += readings.pop() + piece
    return out == other


_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*[A-Za-z]")
_KATAKANA_WORD = re.compile(r"[\u30a1-\u30faー]{2,}")


def _letters(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def one_word(morphs: list[Morph]) -> Morph | None:
    """The words UniDic cuts JMdict spells as one (いつ|も: いつも; 前|もっ|て: 前もって; 気|を|付け: 気を付ける).

    Looked up by their surfaces joined, or with the last word's lemma
    (気を付け: 気を付ける); the word is then asked about as any other, by both
    resources. None if JMdict has no such word.
    """
    if len(morphs) < 2 or any(m.kind != "word" or not m.pos for m in morphs):
        return None
    text = "".join(m.text for m in morphs)
    base = "".join(m.text for m in morphs[:-1]) + morphs[-1].lemma.split("-")[0]
    for form in dict.fromkeys((text, base)):
        try:
            found = _in_jmdict(form)
        except ImportError:
            return None
        if found:
            return Morph(text, "word", (found,), lemma=form, pron=text)
    return None


@lru_cache(maxsize=1 << 12)
def _in_jmdict(form: str) -> str:
    """The part of speech (UniDic's head) of the first sense of JMdict's first entry spelt *form*, or ""."""
    for entry in jmdict_entries(form):
        pos = " ".join(entry.senses[0].pos) if entry.senses else ""
        return "副詞" if re.search(r"\badverb\b", pos) else "動詞" if re.search(r"\bverb\b", pos) else "名詞"
    return ""


def abbreviated_list(word: Morph, items: list[str]) -> bool:
    """土日 / 土曜日・日曜日: one word JMdict glosses as the list of the items' glosses ("Saturday and Sunday").

    Each kanji of the word is in an item and each item holds one of its
    kanji, in order; JMdict glosses the word "X and Y" (or "X, Y and Z"),
    each part a gloss of its item (among their first senses).
    """
    kanji = [ch for ch in word.text if ch in kanji_of(word.text)]
    if len(items) < 2 or len(kanji) != len(items) or not all(k in item for k, item in zip(kanji, items, strict=True)):
        return False
    try:
        wholes = [
            frozenset(g for gs, _ in _senses((item,)) for g in gs if not g.startswith(_DERIVED)) for item in items
        ]
        if not all(wholes):
            return False
        for glosses, _ in _senses(_forms(word)):
            for gloss in glosses:
                parts = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", gloss) if p]
                if len(parts) == len(items) and all(p in w for p, w in zip(parts, wholes, strict=True)):
                    return True
    except ImportError:
        return False
    return False


_VOICED = dict(
    zip(
        "カキクケコサシスセソタチツテトハヒフヘホハヒフヘホ",
        "ガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポ",
        strict=True,
    )
)


def _rendaku(a: Morph, b: Morph) -> bool:
    """声がけ / 声掛け: one UniDic lemma, its readings apart only in a voiced kana inside the word (rendaku).

    Never the first kana: 分 read フン ("minute") and ブン ("portion") share a lemma.
    """
    if a.lemma != b.lemma or a.head != b.head or a.head not in ("名詞", "動詞") or len(a.pron) != len(b.pron):
        return False
    changed = [(n, x, y) for n, (x, y) in enumerate(zip(a.pron, b.pron, strict=True)) if x != y]
    return bool(changed) and all(n > 0 and (_VOICED.get(x) == y or _VOICED.get(y) == x) for n, x, y in changed)


def as_pron(kana: str) -> str:
    """A JMdict reading as UniDic spells a pronunciation: katakana, a long vowel as ー (とう: トー, せい: セー)."""
    text = "".join(chr(ord(ch) + 0x60) if "\u3041" <= ch <= "\u3096" else ch for ch in kana)
    out = ""
    for ch in text:
        vowel = _vowel(out[-1]) if out else ""
        if (vowel, ch) in (("a", "ア"), ("i", "イ"), ("u", "ウ"), ("e", "イ"), ("e", "エ"), ("o", "ウ"), ("o", "オ")):
            out += "ー"
        else:
            out += ch
    return out


_ROWS = {
    "a": "アカガサザタダナハバパマヤラワャ",
    "i": "イキギシジチヂニヒビピミリ",
    "u": "ウクグスズツヅヌフブプムユルュ",
    "e": "エケゲセゼテデネヘベペメレ",
    "o": "オコゴソゾトドノホボポモヨロョ",
}


def _vowel(ch: str) -> str:
    return next((vowel for vowel, row in _ROWS.items() if ch in row), "")


@lru_cache(maxsize=1 << 12)
def homophone_kanji(m: Morph) -> str:
    """The kanji *m* is written with where UniDic's lemma is written with others: "" for most words (cached on
    the word: the guard asks it of every word it keys, 6,687 times of 270 words at 10k).

    UniDic gives one lemma to homophones written with different kanji (速い and 早い are 早い, 撮る and
    取る 取る, 診る 見る, 量る 測る), as JMdict lists 早い and 速い as one entry: the kanji a writer chose
    say which word is meant (a faster flight, an earlier one). Kana for kanji (はやい), okurigana
    (問合せ, 問い合わせ) and a kanji form within the other keep the lemma's key.
    """
    written, lemma = kanji_of(m.text), kanji_of(m.lemma.split("-")[0])
    if not written or not lemma or written <= lemma or lemma <= written:
        return ""
    return "|" + "".join(sorted(written - lemma))


def spelt_otherwise(a: Morph, b: Morph, after_noun: bool = False) -> bool:
    """*a* and *b* are one word spelt two ways the analyzer reads apart (声がけ/声掛け, など/等).

    Either one UniDic lemma read with a voiced kana inside it (``_rendaku``),
    or two spellings of ONE JMdict entry, a kanji form and a kana form (など
    and 等) or two kanji forms, with one reading: where UniDic reads a kanji
    form otherwise (等 as トー), only a suffix whose entry at UniDic's reading
    has a suffix sense with a gloss of the first sense of the other's entry
    (等 トー: "et cetera", as など), said *after_noun* (a common noun: 1等 is
    "first class"). Two entries that share a reading never
    are one word (以上/異常, 機会/機械, 会う/合う).
    """
    if a.kind != "word" or b.kind != "word" or not a.pos or not b.pos or a.text == b.text:
        return False
    if "固有名詞" in a.pos or "固有名詞" in b.pos or "数詞" in a.pos or "数詞" in b.pos:
        return False  # (山崎 read ヤマザキ and ヤマサキ may be two people)
    if _rendaku(a, b):
        return True
    try:
        return _one_entry(a, b, after_noun) or _one_entry(b, a, after_noun)
    except ImportError:
        return False


def _one_entry(a: Morph, b: Morph, after_noun: bool) -> bool:
    """*a* written in kanji and *b* (kana or kanji) spellings of one JMdict entry, as read here (see above)."""
    x, y = _spelling(a), _spelling(b)
    if not kanji_of(x) or x == y:
        return False
    for entry in jmdict_entries(x):
        kanji = {k.text for k in entry.kanji_forms}
        if x not in kanji:
            continue

        def readings(form: str, entry=entry) -> set[str]:
            return {as_pron(r.text) for r in entry.kana_forms if not r.restr or form in r.restr}

        if kanji_of(y):
            if not (kanji_of(x) <= kanji_of(y) or kanji_of(y) <= kanji_of(x)):
                continue  # 早い / 速い, 替える / 換える: homophone kanji, each a word of its own (``homophone_kanji``)
            if y in kanji and a.pron_base in readings(x) and a.pron_base == b.pron_base and b.pron_base in readings(y):
                return True  # 引き落とし / 引落し: two kanji forms, one reading
            continue
        if y not in {r.text for r in entry.kana_forms} or as_pron(y) not in readings(x):
            continue  # (a kana spelling of another reading of the entry)
        if kanji_of(b.lemma) and b.lemma.split("-")[0] not in kanji:
            continue  # UniDic reads the kana as another word (かえる as 孵る: not 変える)
        if a.pron_base in readings(x):
            return True  # 沢山 / たくさん
        if after_noun and a.head == "接尾辞" and _suffix_sense(a, entry):
            return True  # 等 read トー after a noun: "et cetera", as など
    return False


def kanji_choose_a_word(kana: Morph, kanji: Morph, leads: tuple[str, ...] = (), compounded: str = "") -> bool:
    """*kana*, a word written in kana alone, rewritten as *kanji* (the same pronunciation) picks one word of
    several the kana may be.

    JMdict lists every word a kana reading may be. The kanji are only a spelling of the kana where every entry
    of JMdict read as the kana that has kanji and shares a part-of-speech class with the entry of *kanji* is
    that entry (わかる: 分かる alone; ください: 下さい; いただける: 頂ける). Where another entry reads so (とまる:
    止まる, "stop", and 泊まる, "stay the night"; かう: 買う and 飼う; やさしい: 易しい and 優しい), the writer of
    the kana may have meant the other, and the kanji say which: UniDic's lemma for the kana is only its
    likeliest guess. A phrase JMdict lists settles it too: one of *leads*, the noun and particle before the kana
    (迷惑を), with the kana's dictionary form spells entries that all have a kanji form with the kanji
    (迷惑をかける, 迷惑を掛ける: かける is no 賭ける there). So does a compound: *compounded*, the noun the kana
    took as its object and the kanji follow in one word (ブラシをかけて / ブラシ掛け), with the kana as written,
    its first kana voiced or not, spells entries that all have the kanji (ブラシがけ: ブラシ掛け alone). True
    also where JMdict cannot tell (no entry of *kanji* read as the kana) or is not installed.
    """
    try:
        readings = _kana_readings(kana)
        chosen, others = _read_alike(frozenset(kanji_of(kanji.text)), readings)
        written = _as_hiragana(kana.text)
        voiced = _as_hiragana(_VOICED.get(kana.pron[:1], kana.pron[:1])) + written[1:]
        spellings = [lead + reading for lead in leads for reading in readings]
        spellings += [compounded + stem for stem in {written, voiced}] if compounded else []
        for spelling in spellings if chosen and others else ():
            phrases = jmdict_entries(spelling)
            spelt = kanji_of(spelling) | kanji_of(kanji.text)
            if phrases and all(any(spelt <= kanji_of(k.text) for k in e.kanji_forms) for e in phrases):
                return False
    except ImportError:
        return True
    return not chosen or bool(others)


def choice_witnessed(kana: Morph, kanji: Morph, compound: str = "") -> bool:
    """The old English of the decision under way (``translated_as``) says a gloss of one of the first senses
    of the JMdict entry *kanji* is spelt in, read as *kana* (``kanji_choose_a_word``): "visit" for 訪ねる;
    "buy" for 買う, never "keep" (飼う, the other word かう may be); or of the entry *compound* (the word
    before *kanji* and *kanji*: ブラシ掛け, "brushing", said by "brush it"). A causative gloss, "to make smooth"
    (均す), is said by its adjective as a verb ("smooth the sand": ``_adjective_said_as_verb``)."""
    words = _english_lemmas(_translation())
    if not words:
        return False
    try:
        entries = list(_entries_spelt(frozenset(kanji_of(kanji.text)), _kana_readings(kana)))
        if compound:
            entries += jmdict_entries(compound)
    except ImportError:
        return False
    glosses = [g.text for e in entries for s in e.senses[:_SENSES] for g in s.gloss]
    if any(_says(words, _whole(gloss)) for gloss in glosses):
        return True
    english = _translation()
    return any(_adjective_said_as_verb(english, adjective) for gloss in glosses if (adjective := _causative(gloss)))


# JMdict glosses a verb that makes a thing so as "to make ADJECTIVE" (均す "to make smooth", "to make level");
# English says that act with the adjective as its verb ("smooth the sand", "level the soil").
_CAUSATIVE = re.compile(r"to make ([a-z]+)")
# After the adjective, the words that show it a verb: a determiner or an object pronoun ("smooth the sand",
# "smooth it"); an adjective comes before a noun ("a smooth stay") or after a form of "be" ("is level").
_OBJECT_LEADS = frozenset("the a an your its their our this that these those it them".split())
# Before it, the words that come before a verb (to, please, a modal, a pronoun subject), adverbs passed over.
_VERB_LEADS = frozenset("to please may can could will would shall should must you we they".split())
_ADVERBS_PASSED = frozenset("always also just first then still never not".split())


def _causative(gloss: str) -> str:
    """The adjective of a causative gloss, "to make smooth": "smooth"; "" for any other gloss."""
    found = _CAUSATIVE.fullmatch(_paren().sub(" ", gloss).strip().lower())
    return found.group(1) if found else ""


def _adjective_said_as_verb(english: str, adjective: str) -> bool:
    """The English says *adjective* as a verb: before a determiner or an object pronoun, or after a word that
    comes before a verb, adverbs passed over ("please smooth the sand", "will level it"). "A smooth stay" and
    "the floor is level" say the adjective, no act."""
    words = re.findall(r"[a-z]+", english.lower())
    for n, word in enumerate(words):
        if word != adjective:
            continue
        if n + 1 < len(words) and words[n + 1] in _OBJECT_LEADS:
            return True
        before = n - 1
        while before >= 0 and words[before] in _ADVERBS_PASSED:
            before -= 1
        if before >= 0 and words[before] in _VERB_LEADS:
            return True
    return False


@lru_cache(maxsize=1 << 10)
def _read_alike(kanji: frozenset[str], readings: frozenset[str]) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(the entries read as one of *readings* spelt with all the *kanji*, the other entries read so that have
    kanji and share a part-of-speech class with one of the first), by JMdict's ids."""
    chosen = _entries_spelt(kanji, readings)
    if not chosen:
        return (), ()
    classes = {c for e in chosen for c in _entry_classes(e)}
    ids = {e.idseq for e in chosen}
    others = {
        e.idseq
        for reading in readings
        for e in jmdict_entries(reading)
        if e.idseq not in ids and e.kanji_forms and classes & _entry_classes(e)
    }
    return tuple(sorted(ids)), tuple(sorted(others))


def _kana_readings(kana: Morph) -> frozenset[str]:
    """The dictionary forms in kana a word written in kana may be looked up by: as written for a word that does
    not inflect; for one that does, its kana up to where its pronunciation and its dictionary form's part, and
    the rest of the dictionary form's (たずね, タズネ, タズネル: たずねる; やさしかっ, ヤサシー: やさしい), and the
    readings of its UniDic lemma's entries so pronounced."""
    text = _as_hiragana(kana.text)
    if not kana.cform:
        return frozenset({text})
    found = {
        r.text
        for e in jmdict_entries(kana.lemma.split("-")[0])
        for r in e.kana_forms
        if as_pron(r.text) == kana.pron_base
    }
    if len(text) == len(kana.pron):
        same = next((n for n, (p, q) in enumerate(zip(kana.pron, kana.pron_base)) if p != q), len(kana.pron))
        same = min(same, len(kana.pron_base))
        tail = _as_hiragana(kana.pron_base[same:])
        if kana.head == "形容詞":
            tail = tail.replace("ー", "い")
        if "ー" not in tail:
            found.add(text[:same] + tail)
    return frozenset(found)


def _entries_spelt(kanji: frozenset[str], readings: frozenset[str]) -> tuple:
    """The entries read as one of *readings* with a kanji form holding all the *kanji*."""
    found = {
        e.idseq: e
        for reading in readings
        for e in jmdict_entries(reading)
        if kanji and any(kanji <= kanji_of(k.text) for k in e.kanji_forms)
    }
    return tuple(found.values())


def _entry_classes(entry) -> frozenset[str]:
    """The part-of-speech classes of all the senses of a JMdict entry (``_classes``)."""
    return frozenset().union(*map(_sense_classes, entry.senses))


def _sense_classes(sense) -> frozenset[str]:
    """The part-of-speech classes of one JMdict sense (``_classes``); none where the sense names no part of
    speech (it has its predecessor's, which the callers keep)."""
    return frozenset(c for pos in sense.pos for key, cs in _classes() if key.search(pos) for c in cs)


def _entries_once(forms: tuple[str, ...]) -> Iterator:
    """Each JMdict entry spelt one of *forms*, once, in the order of the forms."""
    seen: set[int] = set()
    for form in forms:
        for entry in jmdict_entries(form):
            if entry.idseq not in seen:
                seen.add(entry.idseq)
                yield entry


def _as_hiragana(text: str) -> str:
    return "".join(chr(ord(ch) - 0x60) if "\u30a1" <= ch <= "\u30f6" else ch for ch in text)


def in_jmdict(form: str) -> bool:
    """JMdict has an entry spelt *form* (a katakana word also in hiragana: ビン, びん); False without JMdict."""
    hiragana = _as_hiragana(form)
    try:
        return bool(jmdict_entries(form)) or (hiragana != form and bool(jmdict_entries(hiragana)))
    except ImportError:
        return False


@lru_cache(maxsize=1 << 12)
def honorific_makes_a_word(prefix: str, noun: Morph) -> bool:
    """お手洗い, おかわり, おしぼり: the honorific prefix is part of a word of its own, not politeness.

    JMdict lists the prefix and the noun as one entry (お手洗い, お代わり, お絞り), and the first sense of
    that entry shares no whole gloss with the first sense of the noun alone (お手洗い "toilet", 手洗い
    "washing one's hands"; not お知らせ/知らせ "notice", ご飯/飯 "cooked rice", お荷物/荷物 "luggage").
    False without JMdict, or where it has no such entry (ご住所, お名前): the prefix is then politeness.
    """
    bare = _forms(noun)
    try:
        own = [e for f in dict.fromkeys(p + f for p in (prefix, "御") for f in bare) for e in jmdict_entries(f)]
        if not own:
            return False
        alone = [e for f in bare for e in jmdict_entries(f)]
    except ImportError:
        return False

    def first(entries) -> set[frozenset[str]]:  # (articles aside: ご来店 "coming to the store", 来店 "to a store")
        return {
            frozenset(" ".join(w for w in form.split() if w not in ("a", "an", "the")) for form in _whole(g.text))
            for e in entries
            if e.senses
            for g in e.senses[0].gloss
        } - {frozenset()}

    glosses = first(alone)
    return not any(g & h for g in first(own) for h in glosses)


@lru_cache(maxsize=1 << 12)
def jmdict_entries(form: str) -> tuple:
    """JMdict's entries spelt *form* (kanji or kana), looked up once.

    What jamdict's ``lookup(form, strict_lookup=True, lookup_chars=False, lookup_ne=False).entries`` gives, read
    by ``_JMdictReader``: jamdict reads an entry through its record layer, a query for each table of each kanji
    form, reading and sense (some thirty for a word), which cost a merge more than its whole look-up; the reader
    asks a table once for all the entries of a form. Forms jamdict reads otherwise (a wildcard, ``id#``) and a
    database it does not keep in a file go to jamdict itself.
    """
    jamdict = _jmdict()
    reader = _jmdict_reader()
    # jamdict's own look-up where it reads the form otherwise (its wildcards _ @ %, id#), keeps no database file,
    # or is not the Jamdict the reader was made for (a stand-in's answers are its own)
    plain = bool(form) and not form.startswith("id#") and not any(mark in form for mark in "_@%")
    if reader is None or reader.jamdict is not jamdict or not plain:
        return tuple(jamdict.lookup(form, strict_lookup=True, lookup_chars=False, lookup_ne=False).entries)
    return reader.entries(form)


@cache
def _jmdict_reader() -> _JMdictReader | None:
    """The reader of jamdict's database file; None where jamdict keeps none (its own look-up then answers)."""
    import os

    jamdict = _jmdict()
    path = jamdict.db_file
    if not path or path == ":memory:" or not os.path.isfile(path) or not jamdict.is_available():
        return None
    return _JMdictReader(jamdict, path)


class _JMdictReader:
    """jamdict's look-up of a plain form (``JMDictSQLite.search`` and ``get_entry``), read with jamdict's search
    query and made of jamdict's own classes (JMDEntry, KanjiForm, KanaForm, Sense, SenseGloss, LSource), field
    for field: the same entries in the same order. Each list of an entry is in the order jamdict's query of one
    key gives it (the key's rows by the table's index on it, in row order), which a query of several keys gives
    each key too; the tables of one level are asked in one query (UNION ALL, each table's rows apart by a tag).
    An entry with entry-level information (links, bibliography, etymology, audit: none in jamdict-data's JMdict)
    is made by jamdict's ``get_entry``, which keeps its own records there."""

    # JMDictSQLite.search with the exact-match clause of _build_search_query, as jamdict writes it.
    _SEARCH = (
        "SELECT idseq FROM Entry WHERE  (idseq IN (SELECT idseq FROM Kanji WHERE text == ?) OR idseq IN (SELECT"
        " idseq FROM Kana WHERE text == ?) OR idseq IN (SELECT idseq FROM sense JOIN sensegloss ON sense.ID =="
        " sensegloss.sid WHERE text == ?))"
    )
    _INFORMED = ("Link", "Bib", "Etym", "Audit")  # by idseq
    _FORMS = (("Kanji", "ID,text,NULL"), ("Kana", "ID,text,nokanji"), ("Sense", "ID,NULL,NULL"))  # by idseq
    _FORM_LISTS = ("KJI", "KJP", "KNI", "KNP", "KNR")  # by kid: their text
    # By sid, as get_entry fills a Sense: (attribute, table, the columns it reads, padded to four).
    _SENSE_LISTS = (
        ("stagk", "stagk", "text,NULL,NULL,NULL"),
        ("stagr", "stagr", "text,NULL,NULL,NULL"),
        ("pos", "pos", "text,NULL,NULL,NULL"),
        ("xref", "xref", "text,NULL,NULL,NULL"),
        ("antonym", "antonym", "text,NULL,NULL,NULL"),
        ("field", "field", "text,NULL,NULL,NULL"),
        ("misc", "misc", "text,NULL,NULL,NULL"),
        ("info", "SenseInfo", "text,NULL,NULL,NULL"),
        ("lsource", "SenseSource", "lang,lstype,wasei,text"),
        ("dialect", "dialect", "text,NULL,NULL,NULL"),
        ("gloss", "SenseGloss", "lang,gend,text,NULL"),
    )

    def __init__(self, jamdict, path: str) -> None:
        import sqlite3
        from pathlib import Path

        from jamdict import jmdict

        self.jamdict = jamdict
        self.classes = jmdict
        self.connection = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True, check_same_thread=False)

    def _rows(self, tables: list[tuple[str, str]], key: str, keys: list) -> list[dict]:
        """For each (table, columns) of *tables*, the rows whose *key* is one of *keys*: each key's rows (the
        *columns*), in order, in one query."""
        found: list[dict] = [{k: [] for k in keys} for _ in tables]
        if not keys:
            return found
        marks = ",".join("?" * len(keys))
        query = " UNION ALL ".join(
            f"SELECT {tag},{key},{columns} FROM {table} WHERE {key} IN ({marks})"
            for tag, (table, columns) in enumerate(tables)
        )
        for row in self.connection.execute(query, keys * len(tables)):
            found[row[0]][row[1]].append(row[2:])
        return found

    def entries(self, form: str) -> tuple:
        ids = [idseq for (idseq,) in self.connection.execute(self._SEARCH, (form, form, form))]
        if not ids:
            return ()
        informed = {
            k for rows in self._rows([(t, "1") for t in self._INFORMED], "idseq", ids) for k, r in rows.items() if r
        }
        kanji, kana, senses = self._rows(list(self._FORMS), "idseq", ids)
        kids = [row[0] for rows in kanji.values() for row in rows]
        nids = [row[0] for rows in kana.values() for row in rows]
        sids = [row[0] for rows in senses.values() for row in rows]
        kji, kjp = self._rows([(t, "text") for t in self._FORM_LISTS[:2]], "kid", kids)
        kni, knp, knr = self._rows([(t, "text") for t in self._FORM_LISTS[2:]], "kid", nids)
        lists = self._rows([(table, columns) for _, table, columns in self._SENSE_LISTS], "sid", sids)
        classes = self.classes
        found = []
        for idseq in ids:
            if idseq in informed:
                found.append(self.jamdict.jmdict.get_entry(idseq))
                continue
            entry = classes.JMDEntry(idseq)
            for kid, text, _ in kanji[idseq]:
                spelt = classes.KanjiForm(text)
                spelt.info.extend(t for (t,) in kji[kid])
                spelt.pri.extend(t for (t,) in kjp[kid])
                entry.kanji_forms.append(spelt)
            for kid, text, nokanji in kana[idseq]:
                read = classes.KanaForm(text, nokanji)
                read.info.extend(t for (t,) in kni[kid])
                read.pri.extend(t for (t,) in knp[kid])
                read.restr.extend(t for (t,) in knr[kid])
                entry.kana_forms.append(read)
            for sid, _, _ in senses[idseq]:
                sense = classes.Sense()
                for (name, _, _), rows in zip(self._SENSE_LISTS, lists, strict=True):
                    if name == "lsource":
                        sense.lsource.extend(classes.LSource(*row) for row in rows[sid])
                    elif name == "gloss":
                        sense.gloss.extend(classes.SenseGloss(*row[:3]) for row in rows[sid])
                    else:
                        getattr(sense, name).extend(row[0] for row in rows[sid])
                entry.senses.append(sense)
            found.append(entry)
        return tuple(found)


# The English verbs (and their nouns) JMdict glosses a transfer with: an act with a direction, from one party to
# the other (渡す "to hand over", 送る "to send", 売る "to sell", 引き取る "to receive", 届ける "to deliver"). A
# short supplement read against JMdict's own glosses: who does such an act is the meaning, not politeness.
_TRANSFER_GLOSSES = frozenset(
    "hand give send sell deliver transfer receive accept collect lend loan return buy purchase forward dispatch "
    "despatch mail post submit deposit pay donate entrust convey remit sending delivery sale mailing posting "
    "submission payment donation contribution forwarding remitting".split()
)


@lru_cache(maxsize=1 << 10)
def an_online_medium(form: str) -> bool:
    """JMdict tags the first sense of *form*'s entry "computing" and glosses it as a thing, no act (アプリ "app",
    インターネット "Internet", ホームページ "website", パソコン "personal computer"): a channel an act is done
    through, said with で ("on the website") or から ("from the website") alike. サイト, 電話 and メール are
    untagged; False without JMdict."""
    try:
        entries = jmdict_entries(form)
    except ImportError:
        return False
    return bool(entries) and all(
        e.senses and "computing" in (e.senses[0].field or ()) and not _takes_suru(e.senses[0]) for e in entries
    )


# The first words of the glosses of an act that takes a thing out of where it is (から: what it is taken from,
# パソコンから削除, "delete from the PC", サーバーから取得, "get from the server"; で: the tool, "delete on the
# PC"), and of one that copies or reuses what a source holds, which takes its words or its data out of it
# (インターネットからの引用, "quoting from the internet"; で: "quoting on the internet", where the quotation is
# published): 引用 "quotation", 転載 "reprinting", 複製 "reproduction", 抜粋 "excerpt", 借用 "borrowing", 転用
# and 流用 "diversion", 盗用 "plagiarism". A supplement to JMdict's glosses.
_OUT_OF_GLOSSES = frozenset(
    "delete deletion remove removal erase erasure withdraw withdrawal uninstall uninstallation leave exit "
    "extract extraction unsubscribe disconnect get obtain obtaining acquire acquisition fetch retrieve retrieval "
    "download downloading copy copying import "
    "quote quotation quoting cite citation citing reprint reprinting reproduce reproduction duplicate duplication "
    "excerpt borrow borrowing divert diversion appropriation re-use reuse plagiarism plagiarize transcribe "
    "transcription".split()
)


@lru_cache(maxsize=1 << 10)
def _gloss_first_words(form: str) -> tuple[str, ...]:
    """The first word of each gloss JMdict gives *form* (a verb or an action's noun) in its entries' first three
    senses, lower case, notes in parentheses and an infinitive's "to" dropped (ImportError without JMdict)."""
    firsts = []
    for entry in jmdict_entries(form):
        for sense in entry.senses[:3]:
            for gloss in sense.gloss:
                words = re.sub(r"\([^)]*\)", "", gloss.text).lower().split()
                if words[:1] == ["to"]:
                    words = words[1:]
                if words:
                    firsts.append(words[0])
    return tuple(firsts)


def takes_out_of(form: str) -> bool:
    """JMdict glosses *form* (a verb or an action's noun), in one of its entries' first three senses, with an act
    that takes a thing out of a place (``_OUT_OF_GLOSSES``: 削除 "deletion", 消去 "erasure"); True without JMdict
    (nothing shown)."""
    try:
        return any(word in _OUT_OF_GLOSSES for word in _gloss_first_words(form))
    except ImportError:
        return True


def names_a_transfer(form: str) -> bool:
    """JMdict glosses *form* (a verb or an action's noun), in one of its entries' first three senses, with an act
    of handing over, sending, selling or receiving (``_TRANSFER_GLOSSES``): お渡し, お送り, お売り, お譲り, お引き取り,
    お届け; not ご利用 "use", ご参加 "participation". False without JMdict or the entry."""
    try:
        return any(word in _TRANSFER_GLOSSES for word in _gloss_first_words(form))
    except ImportError:
        return False


def gloss_heads(form: str) -> frozenset[str]:
    """The first word of each gloss JMdict gives *form* (a verb or an action's noun) in its entries' first three
    senses, "to" and notes dropped, and an -ing's verb beside it: 作る "make", "produce"; 参加 "participation",
    "join" (from "joining"); 調べる "examine", "look", "check". Empty without JMdict or the entry."""
    try:
        firsts = _gloss_first_words(form)
    except ImportError:
        return frozenset()
    heads: set[str] = set()
    for word in firsts:
        if re.fullmatch(r"[a-z]+", word):
            heads.add(word)
            if word.endswith("ing") and len(word) >= 6:
                stem = word[:-3]  # joining: join; setting: set
                heads.add(stem[:-1] if stem[-1] == stem[-2] else stem)
    return frozenset(heads)


def names_an_action(form: str) -> bool:
    """JMdict has *form* and every gloss of its first senses names an action: its last word an English gerund,
    a stem of three letters or more + "ing" (ブラシ掛け "brushing", 窓拭き "window cleaning"; not 鍵掛け "key
    hook", タオル掛け "towel rack", "towel ring": a thing). False without JMdict or the entry."""
    try:
        glosses = first_sense_glosses(form)
    except ImportError:
        return False
    heads = [re.sub(r"\([^)]*\)", "", gloss).split() for gloss in glosses]
    return bool(heads) and all(words and words[-1].endswith("ing") and len(words[-1]) >= 6 for words in heads)


# How JMdict glosses a word of going along a route or of a sequence: 経由 "going via", 通る "to go by way of",
# 乗り継ぐ "to change (planes, trains, etc.)", 乗り換える "to transfer (trains)", 順次 "in order", 相次ぐ "to happen
# one after another". A list such a word is said of names stops or steps in turn (a supplement read against the
# glosses; 振込 "payment made via bank deposit transfer" is no route: "via" alone is not enough).
_SEQUENCE_GLOSS = re.compile(
    r"\bgo(?:ing)? via\b|\bby way of\b|\bconnect|\b(?:transfer|change) \((?:planes|trains|buses|bus|train)"
    # stops made in turn on a way (寄港 "calling at a port", 立ち寄る "to stop by", 巡る "to go around", 回る "to
    # make the rounds"): ports of call, an itinerary, in its order (red team 22)
    r"|\bcall(?:ing)? at\b|\bstop(?:ping)? (?:at|by|off)\b|\bgo(?:ing)? (?:a)?round\b|\bmak(?:e|ing) the rounds\b"
    # said of the act (順次 "in order", 相次ぐ "to happen one after another"), never of an object (整理
    # "putting in order": the order made, not followed)
    r"|^(?:to \w+ )?(?:in order|in succession|one after another|sequential)\b"
)


@lru_cache(maxsize=1 << 10)
def says_a_sequence(lemma: str) -> bool:
    """*lemma* (a verb or an action's noun) says going along a route or things in turn, by the glosses of its
    first senses in JMdict (``_SEQUENCE_GLOSS``): 乗り継ぐ, 乗り換える, 経由, 通る, 順次. False without JMdict."""
    try:
        return any(_SEQUENCE_GLOSS.search(gloss) for gloss in first_sense_glosses(lemma))
    except ImportError:
        return False


@lru_cache(maxsize=1 << 10)
def adverb_without(noun: str) -> bool:
    """JMdict lists *noun* + なく (無く) as an adverb by its first sense, glossed with no word of the noun's own
    glosses: 遠慮なく "without reservation; freely; frankly" against 遠慮 "reserve; hesitation; …".
    The ない is then inside one word of its own meaning, not a negation (False without JMdict, or with no such
    entry). Where a gloss of the adverb says the noun's (予告なく "without prior notice", 予告 "advance notice";
    休みなく "without rest"; 漏れなく "without omission"), it is "without" the thing the noun names: a negation."""
    try:
        entries = jmdict_entries(noun + "なく") + jmdict_entries(noun + "無く")
        adverbs = [e for e in entries if e.senses and any(p.startswith("adverb") for p in e.senses[0].pos)]
        if not adverbs:
            return False
        own = {w for e in jmdict_entries(noun) for sense in e.senses for g in sense.gloss for w in _gloss_words(g.text)}
    except ImportError:
        return False
    said = {w for e in adverbs for g in e.senses[0].gloss for w in _gloss_words(g.text)}
    return not said & own


# Words of a gloss that say nothing of its meaning ("without" is the なく itself).
_GLOSS_FILLERS = frozenset({"without", "the", "and", "any", "for", "with", "one", "one's", "etc"})


def _gloss_words(gloss: str) -> set[str]:
    """The content words of an English gloss, lower case ("without prior notice": prior, notice)."""
    return {w for w in re.findall(r"[a-z']+", gloss.lower()) if len(w) > 2 and w not in _GLOSS_FILLERS}


@lru_cache(maxsize=1 << 12)
def may_mean_the_same(a: str, b: str) -> bool:
    """Two words (lemmas) that one resource gives a meaning in common, with no proof that they share it here: an
    English gloss shared by senses of one class among the first of each JMdict entry (予定 / スケジュール
    "schedule", 鍵 / キー "key", 配送 / 届ける, 同伴 / 付き添う), or a SudachiDict synonym group (会計 / 精算).
    The matcher's evidence of which old message a reworded one came from, never the guard's proof (入金 and
    出金 share "payment"); False without the resources. JMdict is asked first, as in ``_shown``."""
    if a == b:
        return True
    try:
        return _confirmed((a,), (b,)) or _candidates((a,), (b,))
    except ImportError:
        return False


@lru_cache(maxsize=1 << 12)
def first_sense_glosses(form: str) -> frozenset[str]:
    """The glosses of the first sense of each of JMdict's entries spelt *form* (ImportError without JMdict)."""
    return frozenset(g.text for e in jmdict_entries(form) if e.senses for g in e.senses[0].gloss)


@lru_cache(maxsize=1 << 8)
def later_sense_glosses(form: str) -> frozenset[str]:
    """The glosses of the senses after the first of each of JMdict's entries spelt *form* (ImportError without
    JMdict): 引き続き's second, "next; then; after that"."""
    return frozenset(g.text for e in jmdict_entries(form) for sense in e.senses[1:] for g in sense.gloss)


def _spelling(m: Morph) -> str:
    """The spelling to look a word up by: as written, or for a word that inflects its dictionary form's."""
    if m.cform and m.head in ("動詞", "形容詞"):
        lemma = m.lemma.split("-")[0]
        return lemma if kanji_of(lemma) == kanji_of(m.text) else m.text
    return m.text


def _suffix_sense(a: Morph, entry) -> bool:
    """An entry spelt *a* at UniDic's reading has a suffix sense with a gloss of *entry*'s first sense."""
    if not entry.senses:
        return False
    first = {g.text for g in entry.senses[0].gloss}
    for other in jmdict_entries(a.text):
        if other.idseq == entry.idseq or a.pron_base not in {as_pron(r.text) for r in other.kana_forms}:
            continue
        for sense in other.senses[:_SENSES]:
            if any("suffix" in pos for pos in sense.pos) and first & {g.text for g in sense.gloss}:
                return True
    return False


def ours(a: str, b: str) -> bool:
    """当社 / 弊社, 当店 / 弊店, 当館 / 弊館, 当施設 / 弊施設: the writer's own place, said plainly or humbly.

    The same kanji after the first (the kind of place: a company is no shop),
    the first two kanji JMdict glosses, as a prefix, "our" (当: "this; our";
    弊: "my; our"; never 本, "this; main": 本社 is a head office, nor 貴,
    "your").
    """
    if len(a) < 2 or a[1:] != b[1:] or a[0] == b[0] or kanji_of(a) != set(a) or kanji_of(b) != set(b):
        return False
    try:
        return _our_prefix(a[0]) and _our_prefix(b[0])
    except ImportError:
        return False


@lru_cache(maxsize=1 << 8)
def _our_prefix(kanji: str) -> bool:
    """JMdict glosses *kanji* as a prefix "our" (a sense among the first three of an entry)."""
    for entry in jmdict_entries(kanji):
        for sense in entry.senses[:_SENSES]:
            if any(pos == "prefix" for pos in sense.pos) and "our" in {g.text for g in sense.gloss}:
                return True
    return False


def _same_head(a: Morph, b: Morph) -> bool:
    """Two kanji compounds end with one kanji, the head (通常, 平常: 常); other words have no such head.

    A compound names what its last part names: 通常 and 平常 are both the usual (常), 中断 and 中止 a
    cutting off and a stop that share only "in the middle" (中), whatever glosses they share. (A verb
    and a compound, 入る and 入場, 届ける and 届け出る, are compared by their glosses alone.)
    """
    compounds = [m.text for m in (a, b) if len(m.text) >= 2 and len(kanji_of(m.text)) == len(m.text)]
    return len(compounds) < 2 or compounds[0][-1] == compounds[1][-1]


def _spelt_kanji(m: Morph) -> frozenset[str]:
    """The kanji of a word as written, or of an adverb's UniDic lemma (すぐ: 直ぐ), but not of a suffix.

    A compound's suffix names the kind of thing it is (注意|報 and 警報 are both reports, an advisory and a
    warning, two grades of one scale): a kanji shared there is no sign of one meaning.
    """
    return _stem_kanji(m.text) or (frozenset(kanji_of(m.lemma)) if m.head == "副詞" else frozenset())


@lru_cache(maxsize=1 << 10)
def _stem_kanji(text: str) -> frozenset[str]:
    """The kanji of *text* outside the suffixes UniDic reads in it (注意報: 注, 意); all of them unread."""
    morphs = analyze(text) if len(text) > 1 else None
    if not morphs:
        return frozenset(kanji_of(text))
    return frozenset(ch for m in morphs if m.head != "接尾辞" for ch in kanji_of(m.text))


def kanji_of(text: str) -> set[str]:
    """The kanji *text* is written with."""
    return {ch for ch in text if "\u4e00" <= ch <= "\u9fff"}


def _candidates(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """A shared SudachiDict group, by the words' own spellings, or else by all their JMdict spellings (never
    by an entry spelt both ways, each with kanji of its own: ``_apart``)."""
    if _groups(a) & _groups(b):
        return True
    apart = frozenset(idseq for idseq, _, _ in _apart(a, b))
    return bool(_groups(_spellings(a, apart)) & _groups(_spellings(b, apart)))


def _askable(m: Morph) -> bool:
    if m.kind == "word" and not m.pos and _LATIN_WORD.fullmatch(m.text) and m.text.isupper():
        return True  # PC, ATM: letters JMdict spells full width (ＰＣ), never by its English glosses
    return m.kind == "word" and m.head in ("名詞", "動詞", "形容詞", "形状詞", "副詞") and m.pos[1:2] != ("固有名詞",)


def _forms(m: Morph) -> tuple[str, ...]:
    """The spellings to look a word up by: its surface and its UniDic lemma (込み合う for 混み合い)."""
    lemma = m.lemma.split("-")[0]  # コール-call: a loanword's lemma carries its origin
    if m.text.isascii():
        return (m.text.translate(_FULL_WIDTH),)  # PC as JMdict spells it; jamdict reads "PC" as an English gloss
    if kanji_of(lemma) and _hiragana().fullmatch(m.text):
        return (lemma,)  # つき is 付く here: as written, it would also be 月 and 着く
    forms = [form for form in (lemma, m.text) if form and not form.isascii()]
    if m.head == "動詞" and _sino_lemma(lemma):
        forms.append(lemma[0] + "じる")  # 禁ずる, UniDic's lemma, is JMdict's 禁じる too (an entry of its own)
    # JMdict spells Latin letters inside a Japanese word full width (Ｅメール, ＱＲコード).
    forms += [form.translate(_FULL_WIDTH) for form in forms if _ASCII_LETTER.search(form)]
    return tuple(dict.fromkeys(forms))


@cache
def _sudachi():
    from sudachipy import Dictionary

    return Dictionary(dict="core")


@lru_cache(maxsize=1 << 12)
def _groups(forms: tuple[str, ...]) -> frozenset[int]:
    dictionary = _sudachi()
    found: set[int] = set()
    for form in forms:
        for entry in dictionary.lookup(form):
            found.update(entry.synonym_group_ids())
    return frozenset(found)


@cache
def _jmdict():
    from jamdict import Jamdict

    return Jamdict(memory_mode=False)


def jmdict_database() -> str:
    """The path of jamdict's SQLite database, for a query its API does not make (glosses to their words)."""
    return str(_jmdict().db_file)


@lru_cache(maxsize=1 << 12)
def _spellings(forms: tuple[str, ...], apart: frozenset[int] = frozenset()) -> tuple[str, ...]:
    """*forms* and the other kanji spellings of their JMdict entries (混み合う: 込み合う), to look up SudachiDict by
    (but those of the entries *apart*)."""
    _jmdict()  # (without jamdict: ImportError, as before any look-up)
    found = dict.fromkeys(forms)
    for form in forms:
        for entry in jmdict_entries(form):
            if entry.idseq not in apart:
                found.update(dict.fromkeys(k.text for k in entry.kanji_forms))
    return tuple(found)


# The JMdict entries two words are both spelt in, each with kanji of its own: (entry, one spelling, the other).
_Apart = frozenset[tuple[int, str, str]]


@lru_cache(maxsize=1 << 12)
def _senses(
    forms: tuple[str, ...], apart: _Apart = frozenset(), first: int = _SENSES
) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """(normalized glosses, part-of-speech classes) of the *first* senses of every entry spelt *forms* (of an
    entry *apart*, only the senses JMdict gives both its spellings)."""
    _jmdict()  # (without jamdict: ImportError, as before any look-up)
    senses: list[tuple[frozenset[str], frozenset[str]]] = []
    for entry in _entries_once(forms):
        classes: frozenset[str] = frozenset()
        for sense in entry.senses[:first]:
            if sense.pos:  # a sense without parts of speech has its predecessor's
                classes = _sense_classes(sense)
            if not _shared_sense(entry, sense, apart):
                continue
            glosses = frozenset(g for gloss in sense.gloss for g in _noted(gloss.text, _normalized))
            senses.append((glosses, classes))
    return tuple(senses)


@lru_cache(maxsize=1 << 12)
def _apart(a: tuple[str, ...], b: tuple[str, ...]) -> _Apart:
    """The entries spelt both by a form of *a* and by a form of *b*, each form with kanji the other has not
    (開く and 空く, one entry あく: "to open" and "to be vacant"): one entry is no proof that its spellings share
    a sense. JMdict keeps homophone kanji in one entry (早い/速い, 開く/空く), and a sense it does not restrict to
    some spellings (stagk) names none: the writer who chose the other kanji chose the other sense. Kanji of one
    within the other's (引き落とし/引落し) are one spelling."""
    _jmdict()  # (without jamdict: ImportError, as before any look-up)
    found: set[tuple[int, str, str]] = set()
    for x in a:
        for entry in jmdict_entries(x):
            spelt = {k.text for k in entry.kanji_forms}
            for y in b:
                if x in spelt and y in spelt and kanji_of(x) and kanji_of(y):
                    if not (kanji_of(x) <= kanji_of(y) or kanji_of(y) <= kanji_of(x)):
                        found.add((entry.idseq, x, y))
    return frozenset(found)


def _shared_sense(entry, sense, apart: _Apart) -> bool:
    """*sense* of *entry* may be read for both words: the entry is not *apart*, or the sense is restricted to
    spellings that hold both (JMdict's stagk)."""
    restricted = set(sense.stagk or ())
    return all(x in restricted and y in restricted for idseq, x, y in apart if idseq == entry.idseq)


def _normalized(gloss: str) -> set[str]:
    """A gloss as compared: lower case, no parenthesized note, no "to"/"to be", a word's -ed/-ing also without it.

    "to be crowded" and "crowding" are one gloss (crowd), and so are "bringing
    in" and "to bring in", "return of something" and "to return" (the
    placeholder is no word); "the following" and "following" are not.
    """
    optional = _optional().sub(r"\1", gloss)
    if optional != gloss:
        # "as (much) as possible": the note is also read as part of the gloss
        return _normalized(optional) | _normalized(_paren().sub(" ", gloss))
    text = _paren().sub(" ", gloss).strip().lower()
    for lead in ("to be ", "to ", "being "):
        if text.startswith(lead):
            text = text[len(lead) :]
            break
    words = text.split()
    # "one's company" (自社) names whose the noun is, the subject's own: no "(this) company" (当社, the writer's).
    own = words[:1] == ["one's"] and len(words) > 1
    words = [_OWN if own and n == 0 else w for n, w in enumerate(words) if w not in _PLACEHOLDERS or (own and n == 0)]
    while len(words) > 1 and words[-1] in ("of", "to", "with"):
        words.pop()  # "return of something": "return"
    if not words:
        return set()
    text = " ".join(words)
    forms = {text}
    if "-" in text:
        forms.add(text.replace("-", " "))  # "sold-out" is "sold out", "work-out" "work out"
    singular = _singular(words[-1])
    if singular:
        forms.add(" ".join([*words[:-1], singular]))  # "paints" names what "paint" does, "directions" "direction"
    first, rest = words[0], words[1:]
    if re.fullmatch(r"[a-z]+", first):
        for suffix in ("ing", "ed"):
            if first.endswith(suffix) and len(first) - len(suffix) >= 4:
                forms.add(" ".join([first[: -len(suffix)], *rest]))
        if rest and first.endswith("ing") and len(first) >= 6:
            # bringing in, taking in, getting in touch, seeing off: the verb's phrase (bring in, take in, get in
            # touch, see off: a doubled e is the verb's own)
            stem = first[:-3]
            if stem.endswith("ee"):
                verb = stem
            else:
                verb = stem[:-1] if stem[-1] == stem[-2] else stem + "e"
            forms.add(" ".join([verb, *rest]))
    coordinated = _TWO_CONJUNCTS.fullmatch(text) if text.count(" and ") == 1 else None
    if coordinated:
        # "seeing off and meeting" names the two acts "meeting and seeing off" names (a sequence, "A, then B", is
        # no coordination: its order is said)
        forms.add(f"{coordinated[2]} and {coordinated[1]}")
    if re.fullmatch(r"[a-z]+", first) and (not rest or (len(rest) == 1 and rest[0] in _PREPOSITIONS)):
        forms.update(_DERIVED + stem for stem in _stems(first))  # "arrive at": arriv, as "arrival"
    return forms


# A gloss that coordinates two phrases of words, and nothing else: "attaching and detaching", "coming and going".
_TWO_CONJUNCTS = re.compile(r"([a-z][a-z' -]*[a-z]) and ([a-z][a-z' -]*[a-z])")


def _singular(word: str) -> str:
    """A plural noun's singular (paints: paint, directions: direction, facilities: facility), or ""."""
    if not re.fullmatch(r"[a-z]{4,}", word) or word.endswith(("ss", "us", "is", "ics")):
        return ""  # glass, status, analysis, gymnastics: no plural of a shorter word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") else ""


_PREPOSITIONS = frozenset({"at", "on", "in", "to", "for", "with", "from", "into", "of"})
_DERIVED = "⟨stem⟩"  # a form only the weak confirmation reads (arrival and arrive: arriv)
# Derivational suffixes and what the word they come from ends with instead (arrival: arrive; selection: select;
# completion: complete); personal is not person, general not generate.
_SUFFIXES = (
    ("ation", ("", "e")),
    ("ition", ("", "e")),
    ("ion", ("", "e")),
    ("ment", ("",)),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("ure", ("", "e")),
    ("al", ("e",)),
    ("ing", ("", "e")),
    ("ed", ("", "e")),
    ("y", ("",)),
)


def _stems(word: str) -> set[str]:
    """The word and the words it may derive from by one suffix (five letters or more)."""
    found = {word}
    for suffix, endings in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            found.update(
                word[: -len(suffix)] + ending for ending in endings if len(word) - len(suffix) + len(ending) >= 5
            )
    return found


def _whole(gloss: str) -> frozenset[str]:
    """The normalized forms of a gloss but its stems."""
    return frozenset(form for form in _normalized(gloss) if not form.startswith(_DERIVED))


# ("our", the speaker's own as "one's" is anyone's: 弊社 "our company", 当社 "(this) company"; "your" stays a word.)
_OWN = "⟨one's own⟩"
_PLACEHOLDERS = frozenset({"something", "someone", "somebody", "one's", "oneself", "our", "...", "etc.", "sth", "s.o."})


def _confirmed(
    a: tuple[str, ...], b: tuple[str, ...], strong: bool = False, adverbial: bool = False, senses: int = _SENSES
) -> bool:
    """One sense of each shares a gloss (strong: two glosses or more, and half of each sense's glosses or more),
    among the first *senses* of each entry.

    *adverbial*: a noun's sense counts as an adverb's too. An entry both are spelt in, each with kanji of its
    own, counts only by a sense JMdict gives both spellings (``_apart``).
    """
    apart = _apart(a, b)
    for ga, ca in _senses(a, apart, senses):
        ca = ca | {"adverb"} if adverbial and "noun" in ca else ca
        for gb, cb in _senses(b, apart, senses):
            cb = cb | {"adverb"} if adverbial and "noun" in cb else cb
            if not ca & cb:
                continue
            if not strong:
                if ga & gb:
                    return True
                continue
            whole_a = {g for g in ga if not g.startswith(_DERIVED)}
            whole_b = {g for g in gb if not g.startswith(_DERIVED)}
            shared = len(whole_a & whole_b)
            if shared >= 2 and 2 * shared >= max(len(whole_a), len(whole_b)):
                return True
    return False


def _compound_and_its_head(a: str, b: str) -> bool:
    """One of *a* and *b* is one kanji, the last of the other, a kanji compound (席 / 座席)."""
    one, compound = sorted((a, b), key=len)
    return len(one) == 1 and len(compound) >= 2 and compound[-1] == one and len(kanji_of(compound)) == len(compound)


@lru_cache(maxsize=1 << 10)
def _same_first_sense(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The first sense of an entry of each says the same glosses, all of them and as written, notes included, in
    one class: JMdict defines the two words alike where it glosses them first (座席 "seat", 席 "seat", then
    "place", "position"; 当社 "(this) shrine" is no 社 "shrine")."""
    if _apart(a, b):
        return False  # (one entry both are spelt in: its senses name no spelling)

    def firsts(forms: tuple[str, ...]) -> list[tuple[frozenset[str], frozenset[str]]]:
        return [
            (
                frozenset(" ".join(g.text.lower().split()) for g in entry.senses[0].gloss),
                _sense_classes(entry.senses[0]),
            )
            for entry in _entries_once(forms)
            if entry.senses
        ]

    return any(ga == gb and ga and ca & cb for ga, ca in firsts(a) for gb, cb in firsts(b))


# JMdict's note that a gloss mostly names a narrower thing: "student (esp. a university student)".
_ESPECIALLY = re.compile(r"\(\s*esp\.[^)]*\)", re.IGNORECASE)


def _noted(gloss: str, forms) -> set[str] | frozenset[str]:
    """A gloss as confirmations compare it: its *forms*, or, where JMdict notes that the word mostly names a
    narrower thing (学生 "student (esp. a university student)"), the gloss with its note: 生徒 "student" (a
    pupil) shares no such gloss; only a word noted alike would."""
    if _ESPECIALLY.search(gloss):
        return {" ".join(gloss.lower().split())}
    return forms(gloss)


@lru_cache(maxsize=1 << 12)
def _entries(
    forms: tuple[str, ...], apart: _Apart = frozenset()
) -> tuple[tuple[tuple[frozenset[frozenset[str]], frozenset[str]], ...], ...]:
    """Each entry spelt *forms*: its first senses, each as (its glosses, each as its normalized forms; classes)
    (of an entry *apart*, only the senses JMdict gives both its spellings)."""
    _jmdict()  # (without jamdict: ImportError, as before any look-up)
    entries = []
    for entry in _entries_once(forms):
        senses = []
        classes: frozenset[str] = frozenset()
        for sense in entry.senses[:_SENSES]:
            if sense.pos:
                classes = _sense_classes(sense)
            if not _shared_sense(entry, sense, apart):
                continue
            glosses = frozenset(frozenset(_noted(g.text, _whole)) for g in sense.gloss) - {frozenset()}
            senses.append((glosses, classes))
        entries.append(tuple(senses))
    return tuple(entries)


def _split_senses(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """時刻 "time; hour" / 時間 "time", "hour": one sense of one word is two or more whole senses of the other."""
    apart = _apart(a, b) | _apart(b, a)
    for x, y in ((a, b), (b, a)):
        for entry in _entries(x, apart):
            for glosses, classes in entry:
                if len(glosses) < 2:
                    continue
                for other in _entries(y, apart):
                    parts = [gs for gs, cs in other if cs & classes and all(any(g & h for h in glosses) for g in gs)]
                    if len(parts) >= 2 and all(any(g & h for part in parts for h in part) for g in glosses):
                        return True
    return False


# Two acts said one after the other or together: "putting on and removing", "seeing off, then later picking up".
_CONJUNCTION = re.compile(r",? and |, then ")


def _two_acts(forms: tuple[str, ...]) -> bool:
    """The first sense of an entry spelt *forms* glosses it as two acts coordinated ("opening and shutting"):
    an English gerund says no voice, so two words glossed so may name one act done by itself (ドアの開閉, the
    doors open and close) or done by someone (ドアの開け閉め, one opens and shuts them; red team 31)."""
    return any(any(_an_act(act) for act in acts) for acts, _ in _coordinations(forms))


def _an_act(forms: frozenset[str]) -> bool:
    """A conjunct said as an act: its first word a gerund ("putting on", "seeing off"; not "out" of "taking in
    and out", which coordinates two particles of one act)."""
    return any(form.split()[0].endswith("ing") for form in forms)


@lru_cache(maxsize=1 << 10)
def _coordinations(forms: tuple[str, ...]) -> tuple[tuple[tuple[frozenset[str], ...], frozenset[str]], ...]:
    """(its two acts, each as its normalized forms; classes) of every gloss of two coordinated acts in the first
    sense of every entry spelt *forms*, the word's main sense (上下 "top and bottom"; "going up and down", its second
    sense, is 上り下り's first)."""
    _jmdict()  # (without jamdict: ImportError, as before any look-up)
    found = []
    for entry in _entries_once(forms):
        for sense in entry.senses[:1]:
            classes = _sense_classes(sense)
            for gloss in sense.gloss:
                if gloss.text.startswith("("):
                    continue  # "(doing nothing but) eating and sleeping", 食っちゃ寝: the note restricts both acts
                acts = _CONJUNCTION.split(" ".join(_paren().sub(" ", gloss.text).lower().split()))
                if len(acts) == 2 and all(acts):
                    found.append((tuple(_whole(act) for act in acts), classes))
    return tuple(found)


# The translator's word -----------------------------------------------------------

# The old English of the edit being decided (catalog/suggest.py ``decide``), read by ``choice_witnessed`` where
# kanji pick one of several words a kana spells, and by ``one_act_witnessed`` for the words of one act. Empty
# outside a decision. Of two different words it witnesses only what ``_translation_witnesses`` asks, two main
# senses of one meaning: red team 9 showed English words as ambiguous as the Japanese (帰る/戻る under "return",
# 修正/変更 under "revision"), which no such pair of senses shares.
_TRANSLATION: ContextVar[str] = ContextVar("translation", default="")


@contextmanager
def translated_as(english: str) -> Iterator[None]:
    """While the guard compares an edit, *english* is the old translation ``choice_witnessed`` and
    ``one_act_witnessed`` may read."""
    token = _TRANSLATION.set(english)
    try:
        yield
    finally:
        _TRANSLATION.reset(token)


_Texts = ParamSpec("_Texts")
_Answer = TypeVar("_Answer")


class _TranslationReads:
    """How many times the old English was read (``_translation``): a comparison remembered by
    ``remembered_with_the_translation`` knows from it whether its answer depended on the English."""

    count = 0


def _translation() -> str:
    _TranslationReads.count += 1
    return _TRANSLATION.get()


def says_a_list() -> bool:
    """The old English of the decision under way joins words as a list ("and", "or", a comma): a ・ between two
    loanwords (ボール・ラケット) was read as one ("balls and rackets"), not as a compound ("volunteer staff")."""
    return bool(re.search(r"\b(?:and|or)\b|,", _translation()))


class remembered_with_the_translation(Generic[_Texts, _Answer]):  # noqa: N801 (a decorator, named as one)
    """*function* of texts (and other hashable values, given by position), remembered: its answer is given again
    for the same arguments where computing it never read the old English (``_translation``), else only under the
    same English (the template messages of a catalog repeat the clauses an edit changed, under other
    translations). An answer given again from one that read the English counts as a read, so that a remembered
    caller of *function* knows it too. At most *limit* answers are kept (all forgotten at once past it)."""

    def __init__(self, function: Callable[_Texts, _Answer], limit: int = 1 << 12) -> None:
        self.function = function
        self.limit = limit
        self.remembered: dict[tuple, tuple[_Answer, str | None]] = {}
        update_wrapper(self, function)

    def __call__(self, *args: _Texts.args, **kwargs: _Texts.kwargs) -> _Answer:
        if kwargs:  # (never remembered: called by position only)
            return self.function(*args, **kwargs)
        if (kept := self.remembered.get(args)) is not None:
            answer, english = kept
            if english is None or english == _translation():
                return answer
        reads = _TranslationReads.count
        answer = self.function(*args, **kwargs)
        if len(self.remembered) >= self.limit:
            self.remembered.clear()
        self.remembered[args] = (answer, _TRANSLATION.get() if _TranslationReads.count != reads else None)
        return answer

    def cache_clear(self) -> None:
        """Forget every answer (as ``functools.lru_cache``'s: for tests that take a resource away)."""
        self.remembered.clear()


# One act, several words (a supplement: neither resource groups them). What a notice says the writer does
# (お知らせいたします, ご連絡いたします) or asks of the reader (ご持参ください, お見せください, お越しください),
# with an honorific prefix, by the lemma of the word after it. JMdict glosses them apart (知らせる "to notify",
# 連絡 "contacting; call"; 提示 "presentation", 見せる "to show"; 来店 "coming to a store", お越し "coming"), so
# the old English must say which: a gloss of the new word's first sense, or the act's own English, which says
# the act whichever word of it is used ("let you know", "tell"; "bring"; "show"; "come", "visit"). 相談 and 報告,
# 持ち帰る and 預ける, 提出 ("submission"), 来場 and 来院 (another place), お帰り are none of them.
# The act's own English says the act in general, so it shows no word of the act that says more (the third
# member: 連絡, contact with each person, where お知らせ may be a notice to all; 来店, coming to the store itself,
# where お越し comes wherever the text says): such a word is shown only by a gloss of its own the English says
# ("call you", "contact you").
_ACTS: tuple[tuple[frozenset[str], tuple[str, ...], frozenset[str]], ...] = (
    (frozenset({"知らせる", "連絡", "一報"}), ("let know", "tell"), frozenset({"連絡"})),
    (frozenset({"持参", "持つ"}), ("bring",), frozenset()),
    (frozenset({"提示", "見せる"}), ("show",), frozenset()),
    (_COMING := frozenset({"来店", "越す"}), ("come", "visit"), frozenset({"来店"})),
)


def act_verbs(lemma: str) -> frozenset[str]:
    """The first words of the English of the act *lemma* is a word of (``_ACTS``: 提示 "show", 持参 "bring"),
    unless the word says more than the act; empty for any other word."""
    return frozenset(
        phrase.split()[0] for lemmas, english, more in _ACTS if lemma in lemmas - more for phrase in english
    )


def a_coming(m: Morph) -> bool:
    """*m* is a word of the act of coming (来店 "coming to a store", お越し "coming"): where its place is named
    (会場にお越しください), 来店 would name another one, so the act is shown only where no place is."""
    return m.lemma.split("-")[0] in _COMING


def one_act_witnessed(old: Morph, new: Morph, prefix: str) -> bool:
    """*old* and *new*, two words of one act after the honorific *prefix* (お, ご), and the old English of the
    decision under way says what *new* says (``_ACTS``). False outside a decision or without JMdict."""
    lemma_old, lemma_new = old.lemma.split("-")[0], new.lemma.split("-")[0]
    if lemma_old == lemma_new:
        return False
    group = next(((english, more) for lemmas, english, more in _ACTS if {lemma_old, lemma_new} <= lemmas), None)
    words = _english_lemmas(_translation())
    if group is None or not words:
        return False
    act = () if lemma_new in group[1] else group[0]  # a word that says more than the act: its own gloss only
    # お越し as JMdict spells it with the prefix (越す alone is "to cross over"), then the lemma; an ichidan stem
    # (知らせ, 見せ) is its verb (お知らせ is "notice", the thing)
    forms = [lemma_new] if new.lemma == new.text + "る" else [prefix + new.text, lemma_new]
    try:
        glosses = next((g for form in forms if (g := first_sense_glosses(form))), frozenset())
    except ImportError:
        return False
    said = {form for gloss in glosses for form in _whole(gloss)} | set(act)
    return any(_said_in(words, form) for form in said)


def people_said_as_many(noun: str) -> bool:
    """The old English of the decision under way (``translated_as``) names the people of *noun* (a noun of
    people: 受講者, 会員) in the plural: a one-word gloss of the first sense of its JMdict entry with the plural's
    ending ("participants" for 受講者, "members" for 会員, "applicants" for 申込者). Where it does, の皆様 after
    the noun ("all of you who are participants") says no more people than the English already does; where it
    says one ("a parent", "the person in charge"), 皆様 would make them all. False outside a decision or
    without JMdict."""
    english = _translation().lower()
    if not english:
        return False
    try:
        glosses = first_sense_glosses(noun)
    except ImportError:
        return False
    said = set(re.findall(r"[a-z]+", english))
    return any(
        gloss.isalpha() and len(gloss) >= 3 and (gloss + "s" in said or gloss + "es" in said) for gloss in glosses
    )


def means_said(noun: str) -> bool:
    """The old English of the decision under way (``translated_as``) says what *noun* names: every word of a
    gloss of the first sense of its JMdict entry, parentheses dropped ("public transportation" for 公共交通機関,
    "transportation" for 交通機関's "(means of) transportation", "bus" for バス). False outside a decision or
    without JMdict."""
    english = set(re.findall(r"[a-z]+", _translation().lower()))
    if not english:
        return False
    try:
        glosses = first_sense_glosses(noun)
    except ImportError:
        return False
    return any(
        (words := re.findall(r"[a-z]+", _paren().sub(" ", gloss).lower())) and set(words) <= english
        for gloss in glosses
    )


def _said_in(words: tuple[frozenset[str], ...], phrase: str) -> bool:
    """The English *words* say *phrase* word for word, in any regular form, its first word perhaps apart from
    the rest by one or two words ("let you know", "let our guests know" for "let know")."""
    parts = [_english_lemmas(part)[0] for part in phrase.split() if _english_lemmas(part)]
    if not parts:
        return False
    for start, word in enumerate(words):
        if not parts[0] & word:
            continue
        rest = parts[1:]
        for gap in range(3 if rest else 1):
            at = start + 1 + gap
            if at + len(rest) <= len(words) and all(part & words[at + n] for n, part in enumerate(rest)):
                return True
    return False


@lru_cache(maxsize=1 << 8)
def _english_lemmas(english: str) -> tuple[frozenset[str], ...]:
    """Each word of *english*, lower case, as written and without a regular ending ("asked", "asks", "asking":
    "ask"; "places": "place"). No lemmatizer is loaded for it (lemminflect's first look-up costs a third of a
    second); an irregular form ("took") is simply not read as its verb, which only offers less."""
    found = []
    for word in re.findall(r"[a-z]+(?:'[a-z]+)?", english.lower().replace("-", " ")):
        forms = {word}
        for ending in ("s", "es", "ed", "d", "ing"):
            stem = word[: -len(ending)]
            if word.endswith(ending) and len(stem) >= 3:
                forms.update({stem, stem + "e"})
                if len(stem) >= 4 and stem[-1] == stem[-2]:
                    forms.add(stem[:-1])  # "locked" is "lock", "planned" "plan"
        found.append(frozenset(forms))
    return tuple(found)


def _says(words: tuple[frozenset[str], ...], gloss: frozenset[str]) -> bool:
    """The English *words* hold one form of *gloss*, word for word in order."""
    for form in gloss:
        parts = form.split()
        for start in range(len(words) - len(parts) + 1):
            if all(part in words[start + n] for n, part in enumerate(parts)):
                return True
    return False


def _translation_witnesses(a: Morph, b: Morph) -> bool:
    """The old English says the head of JMdict's main sense of *a* and of *b*, two senses of one meaning.

    The translator chose that English for the old word; where it is also what JMdict first says of the new word,
    in a sense that says what the old word's says, the translation fits the new word as it fitted the old. The
    two senses (``_witnessing_heads``) are the first of each word in one part of speech, in an entry read as the
    analyzer reads the word (戻る's first verb sense is "to turn back", whatever later senses say "return"; 進む is
    no すさむ "to grow wild"), share three glosses or more on each side (投函/郵送 share "mailing" and
    "posting": dropped in a box, or sent by post; 掲示/通知 "notice" and "posting"), and half of the glosses of
    each, or more, are glosses of the other (薬/薬品 share "medicine", one gloss of 薬's six; 帰り/戻り only
    "return"). The English must say the head of both, their first gloss without a note (場所/位置 "place";
    never "revision", a later gloss of 修正 and of 変更; "(free) sample", 試供品, is no "sample", 見本). Never for
    a number, a word that leans on another (いる, ある, いただく, する after a verb), a compound with one kanji
    swapped (入金/出金, 上限/下限, 延長/延期, 必要/必須), two words JMdict calls antonyms (搬入/搬出). False
    outside a decision. (The callers never ask about a word that limits or negates, a proper noun, homophones.)
    """
    words = _english_lemmas(_translation())
    if not words or any(_numeral(m) or m.pos[2:3] == ("非自立可能",) for m in (a, b)):
        return False
    if _one_kanji_swapped(a.text, b.text):
        return False
    heads = _witnessing_heads(_forms(a), _forms(b), _readings(a), _readings(b))
    return any(_says(words, frozenset({head})) for head in heads) and not _antonyms(a, b)


def _native_verb(m: Morph) -> bool:
    """A native verb of its own (UniDic's 動詞-一般), its lemma written with kanji and kana (使う, 用いる)."""
    lemma = m.lemma.split("-")[0]
    return m.pos[:2] == ("動詞", "一般") and bool(kanji_of(lemma)) and kanji_of(lemma) != set(lemma)


def _two_verbs_headed_alike(a: Morph, b: Morph) -> bool:
    """Two native verbs whose first senses JMdict heads with one gloss, which the old English says: one act said
    with either verb (使って / 用いて under "Please use": 使う "to use (a thing, method, etc.); to make use of; to
    put to use", 用いる "to use; to make use of; to utilize").

    Each verb is read by the first verb sense of its own entry (never by a noun its stem spells: 届け is
    "report", 迎え "meeting"), its
    argument note set aside ("(a thing, method, etc.)"); any other note keeps the gloss from heading (着る "to
    wear (in modern Japanese, from the shoulders down)" is no 履く). The two heads are the same gloss whole
    ("use"), the two senses are both transitive or both intransitive (開ける "to open" a door, 開く "to open" by
    itself: another sentence around them), and half of each sense's glosses or more are glosses of the other
    (使う's "use" and "make use of" are two of its three; 用いる's two of its four): a verb whose sense goes on
    to say more acts names another act under one head word. Not for two words JMdict calls antonyms, nor
    outside a decision (no English: nothing is shown).
    """
    words = _english_lemmas(_translation())
    if not words or not (_native_verb(a) and _native_verb(b)):
        return False
    for head_a, glosses_a, transitive_a in _first_verb_senses(_forms(a)[:1], _readings(a)):
        for head_b, glosses_b, transitive_b in _first_verb_senses(_forms(b)[:1], _readings(b)):
            if head_a != head_b or " " in head_a or transitive_a != transitive_b:
                continue
            if 2 * len(glosses_a & glosses_b) < max(len(glosses_a), len(glosses_b)):
                continue
            if _says(words, frozenset({head_a})) and not _antonyms(a, b):
                return True
    return False


_KATAKANA_WORD = re.compile(r"[\u30a1-\u30fa\u30fc]+")
# Glosses a loanword's sense and the kanji word's main sense share, at least, the source word among them (点検
# "inspection, examination, checking" / チェック "checking, monitoring, ..., inspecting": "check", "inspect").


def _another_reading_said(word: Morph, other: Morph) -> bool:
    """The old English says the head (first gloss) of an entry spelt as *word* under a reading the analyzer did not
    give it, a gloss *other* never says: the writer read the homograph otherwise (傘の柄, read ガラ "pattern" by the
    analyzer, under "the handle", 柄 read え), and a sense shared under the analyzer's reading (絵柄 "pattern") shows
    nothing. False outside a decision or without JMdict."""
    english = _translation()
    if not english or word.head != "名詞":
        return False
    read = _entries_read(_forms(word), _readings(word))

    def read_otherwise(entry) -> bool:  # (禁じる, キンジル, is the verb the analyzer read キンジ: one word)
        prons = [as_pron(k.text) for k in entry.kana_forms]
        return not any(p.startswith(r) or r.startswith(p) for p in prons for r in _readings(word))

    others = [
        entry for entry in _entries_once(_forms(word)) if entry not in read and entry.senses and read_otherwise(entry)
    ]
    if not others or not read:
        return False
    words = _english_lemmas(english)
    said_by_other = {
        form
        for entry in _entries_once(_forms(other))
        for sense in entry.senses
        for g in sense.gloss
        for form in _whole(g.text)
    }
    for entry in others:
        head = _whole(entry.senses[0].gloss[0].text) if entry.senses[0].gloss else frozenset()
        if head and not head & said_by_other and _says(words, frozenset(head)):
            return True
    return False


@lru_cache(maxsize=1 << 10)
def _entries_read(forms: tuple[str, ...], readings: frozenset[str]) -> tuple:
    """Each JMdict entry spelt one of *forms* (``_entries_once``) and read one of *readings* (any, without them):
    the word the analyzer read, not another spelt alike (進む read すさむ, 分割 read ぶわり)."""
    return tuple(
        entry
        for entry in _entries_once(forms)
        if not readings or any(as_pron(k.text) in readings for k in entry.kana_forms)
    )


# Words the English may put between a verb and its object where JMdict's gloss of the act says "one's" ("wash
# your hands" for "washing one's hands"); no other word: "wash this sweater by hand" says no hands washed.
_POSSESSIVES = frozenset({"one's", "your", "their", "our", "his", "her", "my", "its", "the"})


def _gerund_verbs(phrase: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The verbs an English gerund phrase's first word may be ("washing": wash, washe; "cutting": cut, cutt) and
    the words after it ("turning off": turn, ("off",)); nothing where the first word is no gerund."""
    words = phrase.split()
    if not words or not words[0].endswith("ing") or len(words[0]) < 6:
        return frozenset(), ()
    stem = words[0][:-3]
    forms = {stem, stem + "e"}
    if stem[-1] == stem[-2]:
        forms.add(stem[:-1])
    return frozenset(forms), tuple(words[1:])


def _plain_glosses(sense) -> list[str]:
    """A sense's glosses lower case, "to" dropped, a note naming only what the act takes set aside ("(e.g.
    water)"); a gloss with any other note is left out (the note says which of its meanings)."""
    out = []
    for gloss in sense.gloss:
        text = " ".join(_ARGUMENT_NOTE.sub("", gloss.text).lower().split())
        if "(" in text or not text:
            continue
        out.append(text[3:] if text.startswith("to ") else text)
    return out


def _one_entry_read(m: Morph):
    """The one JMdict entry spelt as *m* and read as UniDic reads it, or None (none, or several)."""
    entries = _entries_read(_forms(m), _readings(m))
    return entries[0] if len(entries) == 1 and entries[0].senses else None


def _first_verb_glosses(verb: Morph) -> frozenset[str]:
    """The glosses of the first verb sense of *verb*'s one entry, read as UniDic reads it (``_plain_glosses``)."""
    entry = _one_entry_read(verb)
    if entry is None:
        return frozenset()
    sense = next((s for s in entry.senses[:_SENSES] if "verb" in _sense_classes(s)), None)
    return frozenset(_plain_glosses(sense)) if sense is not None else frozenset()


def _stem_of(compound_tail: str, verb: Morph) -> bool:
    """*compound_tail* (洗い, 磨き, 着替え) is the 連用形 of *verb*, a godan or ichidan verb of its own."""
    lemma = verb.lemma.split("-")[0]
    if verb.ctype.startswith("五段"):
        found = _godan_verb_of_stem(compound_tail)
        return found is not None and found.lemma.split("-")[0] == lemma
    return "一段" in verb.ctype and compound_tail + "る" == lemma


def _says_act_on(words: tuple[frozenset[str], ...], verbs: frozenset[str], objects: frozenset[str]) -> bool:
    """The English *words* say one of *verbs* and right after it, or after a possessive, one of *objects*."""
    for at, word in enumerate(words):
        if not verbs & word:
            continue
        following = words[at + 1 : at + 3]
        if following and objects & following[0]:
            return True
        if len(following) == 2 and following[0] & _POSSESSIVES and objects & following[1]:
            return True
    return False


@lru_cache(maxsize=1 << 10)
def _compound_act(compound: Morph, noun: Morph, verb: Morph) -> tuple[frozenset[str], frozenset[str]] | None:
    """``compound_said_as_object_and_verb``'s dictionary part: the verbs and the objects the compound's head
    gloss says, where it is the act of *verb* on *noun*; None where it is not."""
    if compound.pos[:2] != ("名詞", "普通名詞") or noun.pos[:2] != ("名詞", "普通名詞"):
        return None
    if verb.pos[:2] != ("動詞", "一般") or any(_numeral(m) for m in (compound, noun, verb)):
        return None
    if not compound.text.startswith(noun.text) or not _stem_of(compound.text[len(noun.text) :], verb):
        return None
    entry, noun_entry = _one_entry_read(compound), _one_entry_read(noun)
    if entry is None or noun_entry is None:
        return None
    verb_glosses = _first_verb_glosses(verb)
    # JMdict's own expression for the phrase, where it has one, must say the same act first (歯を磨く "to brush
    # one's teeth"); 足を洗う is first "to quit (a shady business)", an idiom, whatever its words say.
    expressions = jmdict_entries(noun.text + "を" + verb.lemma.split("-")[0])
    listed = {g for e in expressions if e.senses for g in _plain_glosses(e.senses[0])}
    for gloss in entry.senses[0].gloss:  # the first sense, whole: a gloss with a note is none
        text = " ".join(gloss.text.lower().split())
        verbs, rest = _gerund_verbs(text)
        rest = rest[1:] if rest[:1] == ("one's",) else rest
        said_verbs = verbs & verb_glosses
        if "(" in text or len(rest) != 1 or not said_verbs:
            continue  # "washing one's hands": one verb of the verb's and its object; not "weeding", "watering"
        objects = {rest[0], _singular(rest[0])} - {""}
        phrase = {f"{v} {w}" for v in said_verbs for w in (rest[0], "one's " + rest[0])}
        if expressions and not phrase & listed:
            return None
        if expressions or objects & set(_plain_glosses(noun_entry.senses[0])):
            # the object is the noun's main sense (手 "hand"), or JMdict says the phrase itself (歯を磨く)
            return frozenset(said_verbs), frozenset(objects)
    return None


def compound_said_as_object_and_verb(compound: Morph, noun: Morph, verb: Morph) -> bool:
    """手洗い / 手を洗う: a compound of a noun and a verb's stem, said as the noun を the verb, under an old English
    that says the act.

    The compound is spelt with the noun, then the verb's 連用形 (手 + 洗い, the stem UniDic reads as 洗う); the
    first gloss of the first sense of its one JMdict entry (read as UniDic reads it) is the act on the object,
    whole and without a note: a gerund of a gloss of the verb's first verb sense, and a gloss of the noun's
    first sense (手洗い "washing one's hands": 洗う "to wash", 手 "hand"); where JMdict has the phrase too, its
    first sense says the same (歯を磨く "to brush one's teeth" / 歯磨き "brushing one's teeth"; 足を洗う, first
    "to quit (a shady business)", is an idiom). The compound also names things (手洗い "toilet", 歯磨き
    "toothpaste"): which one the old text meant, the old English says, the verb and right after it (or a
    possessive) the object ("wash your hands"; never "use the restroom", "wash by hand"). False outside a
    decision or without the resources."""
    words = _english_lemmas(_translation())
    if not words:
        return False
    try:
        found = _compound_act(compound, noun, verb)
    except ImportError:
        return False
    return found is not None and _says_act_on(words, *found)


@lru_cache(maxsize=1 << 10)
def _expression_act(noun: Morph, verb: Morph, state: Morph) -> frozenset[str]:
    """``expression_said_with_noun``'s dictionary part: the glosses of *state*'s first sense that say the act of
    JMdict's expression *noun* を *verb*, as verbs; empty where there is none."""
    if noun.head != "名詞" or verb.head != "動詞" or state.pos[:2] != ("名詞", "普通名詞"):
        return frozenset()
    expressions = jmdict_entries(noun.text + "を" + verb.lemma.split("-")[0])
    if len(expressions) != 1 or not expressions[0].senses:
        return frozenset()
    sense = expressions[0].senses[0]
    if not any(p.startswith("expressions") for p in sense.pos) or "verb" not in _sense_classes(sense):
        return frozenset()
    entry, noun_entry = _one_entry_read(state), _one_entry_read(noun)
    if entry is None or noun_entry is None or not _takes_suru(entry.senses[0]):
        return frozenset()  # オフ "switching off", a noun of the act (する after it, or にする)
    objects = {
        form
        for s in noun_entry.senses[:_SENSES]
        for gloss in _plain_glosses(s) + [_paren().sub(" ", g.text).lower().strip() for g in s.gloss]
        for form in (gloss, gloss.split()[-1] if gloss.split() else "")
        if form
    }
    acts: set[str] = set()
    for gloss in _plain_glosses(entry.senses[0]):
        verbs, rest = _gerund_verbs(gloss)
        for act in (" ".join((v, *rest)) for v in verbs):
            # "to turn off power": the act, then the object (電源 "electrical power"; "power (button on TV)")
            if any(g.startswith(act + " ") and g[len(act) + 1 :] in objects for g in _plain_glosses(sense)):
                acts.add(act)
    if not acts:
        return frozenset()
    # the English may say the act with any gloss of that sense ("switch off" as well as "turn off")
    said: set[str] = set()
    for gloss in _plain_glosses(entry.senses[0]):
        verbs, rest = _gerund_verbs(gloss)
        said.update(" ".join((v, *rest)) for v in verbs)
    return frozenset(said)


def expression_said_with_noun(noun: Morph, verb: Morph, state: Morph) -> bool:
    """電源を切る / 電源をオフにする: JMdict's expression of one act on an object, said as the same object を a noun
    of the act + (に) する, under an old English that says the noun's act.

    JMdict lists the noun を the verb as one expression (電源を切る "to turn off power", one entry, its first
    sense a verb's); the other noun's one entry (read as UniDic reads it) takes する in its first sense, and a
    gloss of that sense is a gerund whose verb is the expression's gloss less its object, a gloss of the object
    or its last word (オフ "switching off (e.g. electricity); turning off (e.g. water)": "turn off" + "power",
    電源 "electrical power"). The noun says other things in later senses (オフ "day off", "off-season"): the
    old English must say an act of its first sense ("switch off", "turn off"). 電源を入れる "to turn on power"
    and オン "on" stay apart, and so do objects JMdict lists no such expression for (暖房を切る). False outside a
    decision or without the resources."""
    words = _english_lemmas(_translation())
    if not words:
        return False
    try:
        acts = _expression_act(noun, verb, state)
    except ImportError:
        return False
    return any(_said_in(words, act) for act in acts)


@lru_cache(maxsize=1 << 10)
def _first_verb_senses(forms: tuple[str, ...], readings: frozenset[str]) -> tuple[tuple[str, frozenset[str], str], ...]:
    """The first verb sense of each JMdict entry spelt *forms* and read one of *readings*: its head (its first
    gloss, an argument note set aside), its glosses one by one as the English says them, and "transitive",
    "intransitive" or "" (JMdict says neither)."""
    found = []
    for entry in _entries_read(forms, readings):
        sense = next((sense for sense in entry.senses[:_SENSES] if "verb" in _sense_classes(sense)), None)
        if sense is None or not sense.gloss:
            continue
        heads = [_head(_ARGUMENT_NOTE.sub("", gloss.text)) for gloss in sense.gloss]
        if len(heads[0]) != 1:
            continue  # a note that says which act: no head
        pos = " ".join(sense.pos)
        transitive = "intransitive" if "intransitive" in pos else "transitive" if "transitive" in pos else ""
        found.append((next(iter(heads[0])), frozenset(min(h) for h in heads if h), transitive))
    return tuple(found)


# A note in a verb's gloss that only names what the verb takes or gives examples: "(someone to do)", "(e.g. a
# coat)"; any other note names which act the gloss means.
_ARGUMENT_NOTE = re.compile(r"\s*\((?:[^)]*\b(?:someone|something|e\.g\.|etc\.))[^)]*\)\s*$")


def _readings(m: Morph) -> frozenset[str]:
    """The pronunciations UniDic gives *m* (of its form and its dictionary form), to pick JMdict's entries by."""
    return frozenset(p for p in (m.pron, m.pron_base) if p)


def suffix_said_as_noun(noun: Morph, suffix: Morph) -> bool:
    """The suffix *suffix* says what the noun *noun* of the same kanji says, read otherwise (後, ゴ: "after", as
    the noun 後, アト, says among its senses): the first JMdict sense of the suffix's reading shares a gloss with
    a sense of the noun's reading. Not 上 (ジョー, first "from the standpoint of"; ウエ, "above", "top") nor 中
    (ジュー, "throughout"; チュー, "medium"; ナカ, "inside"): another word (red team 31). False without JMdict."""
    try:
        said = _entries_read((suffix.text,), frozenset({suffix.pron}))
        nouns = _entries_read((noun.text,), frozenset({noun.pron}))
    except ImportError:
        return False
    if not said or not nouns or not noun.pron or not suffix.pron:
        return False
    first = {g.text for entry in said[:1] for g in (entry.senses[0].gloss if entry.senses else ())}
    glosses = {g.text for entry in nouns for sense in entry.senses for g in sense.gloss}
    return bool(first & glosses)


def _numeral(m: Morph) -> bool:
    return m.pos[1:2] == ("数詞",) or any(ch.isdigit() for ch in m.text)


def _one_kanji_swapped(a: str, b: str) -> bool:
    """入金/出金, 上限/下限, 乗車/降車, 延長/延期: one compound with one kanji swapped for another names a sibling
    (the other direction, the other end, another kind), whatever umbrella gloss JMdict gives both."""
    if len(a) != len(b) or len(kanji_of(a)) != len(a) or len(kanji_of(b)) != len(b):
        return False
    return sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _antonyms(a: Morph, b: Morph) -> bool:
    """JMdict names one word an antonym of the other, in any sense (搬入: 搬出)."""
    forms_a, forms_b = set(_forms(a)), set(_forms(b))
    for forms, others in ((forms_a, forms_b), (forms_b, forms_a)):
        for form in forms:
            for entry in jmdict_entries(form):
                for sense in entry.senses:
                    if any(ref.split("・")[0] in others for ref in sense.antonym or ()):
                        return True
    return False


# Glosses two senses share, at least, to say one sense: two may be an umbrella pair of words (投函/郵送 "mailing,
# posting", dropped in a box or sent by post; 入会/編入 "admission, enrollment").
_WITNESSED_SENSE = 3


@lru_cache(maxsize=1 << 12)
def _witnessing_heads(
    a: tuple[str, ...], b: tuple[str, ...], readings_a: frozenset[str], readings_b: frozenset[str]
) -> frozenset[str]:
    """The heads that witness *a* and *b* (``_translation_witnesses``): the first gloss of a main sense of each,
    of one part of speech, two senses that share three glosses or more and half of each one's. Empty where no
    two senses say the same."""
    found: set[str] = set()
    for cls, head_a, glosses_a in _main_senses(a, _apart(a, b), readings_a):
        for other, head_b, glosses_b in _main_senses(b, _apart(b, a), readings_b):
            if cls != other or not head_a & head_b:
                continue
            said_a = sum(1 for g in glosses_a if any(g & h for h in glosses_b))
            said_b = sum(1 for g in glosses_b if any(g & h for h in glosses_a))
            if (
                min(said_a, said_b) >= _WITNESSED_SENSE
                and 2 * said_a >= len(glosses_a)
                and 2 * said_b >= len(glosses_b)
            ):
                found.update(head_a & head_b)
    return frozenset(found)


def _main_senses(
    forms: tuple[str, ...], apart: _Apart, readings: frozenset[str] = frozenset()
) -> tuple[tuple[str, frozenset[str], tuple[frozenset[str], ...]], ...]:
    """(part-of-speech class, head gloss, every gloss) of the first sense of each class in each entry spelt
    *forms* and read one of *readings* (any, without them), among its first senses (至急: "urgent" as a noun,
    "urgently" as an adverb)."""
    found: list[tuple[str, frozenset[str], tuple[frozenset[str], ...]]] = []
    seen: set[int] = set()
    for form in forms:
        entries = jmdict_entries(form)
        if len(entries) > 1 and _hiragana().fullmatch(form):
            continue  # つく: 着く, 付く, 突く, 就く... which one, only kanji say
        for entry in entries:
            if entry.idseq in seen:
                continue
            seen.add(entry.idseq)
            if readings and not any(as_pron(k.text) in readings for k in entry.kana_forms):
                continue  # 進む read すさむ, 分割 read ぶわり: another word spelt alike
            classes: frozenset[str] = frozenset()
            done: set[str] = set()
            for sense in entry.senses[:_SENSES]:
                if sense.pos:
                    classes = _sense_classes(sense)
                new = classes - done
                done |= classes
                if not new or not sense.gloss or not _shared_sense(entry, sense, apart):
                    continue
                glosses = tuple(frozenset(_noted(g.text, _whole)) for g in sense.gloss)
                head = _head(sense.gloss[0].text)
                found.extend((cls, head, glosses) for cls in sorted(new))
    return tuple(found)


def _head(gloss: str) -> frozenset[str]:
    """A head gloss as the English may say it: lower case, without "to"/"to be", a plural as its singular; a
    gloss with a note in parentheses is none (the note says which of the gloss's things the word names: "(free)
    sample", 試供品, is no "sample", 見本)."""
    text = " ".join(gloss.lower().split())
    for lead in ("to be ", "to "):
        if text.startswith(lead):
            text = text[len(lead) :]
            break
    if "(" in text or not text:
        return frozenset()
    words = text.split()
    singular = _singular(words[-1])
    return frozenset({text, " ".join([*words[:-1], singular])} if singular else {text})


# Constructions -----------------------------------------------------------------

COPULA = None  # a construction that says only "is": it contributes no key
TOPIC = "は"
GENITIVE = "の"
DESTINATION = "へ"
YOU_CAN = "頂く:イタダケル"  # いただける's own key: ご利用になれます says what ご利用いただけます says
ABSENT = "無い:ナイ"  # the adjective ない's own key: ありません says what ない says
ALTHOUGH = "⟨のに⟩"  # のに, cut の|に by UniDic: "although", or "for" (使うのに)
_NEGATED = "ない:ナイ"  # the negating auxiliary's key, whatever its form (ない, ん, ず)
REASON = "為:タメ"  # ため's own key: ので says what ため says after a state
# What ため follows when it says "because" (予想されるため, 変更したため, 在庫がないため, 発生しておりますため);
# after a plain verb or ない it may say "in order to" (購入するため, 忘れないため).
_STATIVE_AUXILIARIES = frozenset({"れる", "られる", "た", "せる", "させる"})
_STATIVE_VERBS = frozenset({"居る", "有る", "御座る"})
# "Or" between two words or clauses: the conjunctions whose JMdict first sense is "or" (若しくは, 或いは, and 又は,
# which UniDic cuts 又|は), one key; 及び ("and"), 並びに and また alone ("also") keep their own. A supplement checked
# against JMdict by the tests (tests/language/test_recall_round14_rephrase14.py).
OR = "⟨or⟩"
_OR = frozenset({"若しくは", "或いは"})
# "The following" and "the above": 下記 and 上記 always, 以下 and 以上 only where they refer.
_REFERENCES = {"下記": "⟨the following⟩", "以下": "⟨the following⟩", "上記": "⟨the above⟩", "以上": "⟨the above⟩"}
_LIMITS = frozenset({"以下", "以上"})
_TOPIC_VERBS = frozenset({"付く", "つく", "関する"})
_ABOUT_VERBS = frozenset({"つく", "関する", "掛かる", "関わる"})  # (係る is read 掛かる: ``_about`` reads its spelling)
_CLAUSE_END = frozenset({"。", "!", "?", "、", ",", "\n"})


def _between_nouns(morphs: tuple[Morph, ...], i: int) -> bool:
    """The word at *i* joins two nouns: a common or proper noun (or a noun's suffix) before it, a noun (or the
    prefix お/ご) after it."""
    before, after = morphs[i - 1], morphs[i + 1]
    noun_before = before.pos[:2] in (("名詞", "普通名詞"), ("名詞", "固有名詞"), ("接尾辞", "名詞的"))
    return noun_before and (after.head == "名詞" or (after.head == "接頭辞" and after.lemma == "御"))


def construction_keys(morphs: tuple[Morph, ...]) -> dict[int, str | None]:
    """Morph position → the key it contributes (None: nothing) where a construction says the same as a shorter one."""
    found: dict[int, str | None] = {}
    polite = respectful(morphs)
    for i, m in enumerate(morphs):
        head = m.pos[0] if m.pos else ""  # (read once: a property costs a call, and this loop runs on every word)
        humble = _humble(morphs, i + 1) if head == "動詞" else None
        if humble is not None:
            found.update(dict.fromkeys(humble, COPULA))  # 調整させていただきます: 調整いたします
        if not head or head == "助詞":
            # A particle (は, を, が, で) or a word with no part of speech (punctuation, a number) starts none of
            # the constructions below but by its lemma (か, に, から, まで, ので, の, the approximating ほど and the
            # words of courtesy) or as the nominalizing の (準体助詞): the others pass the fifty tests at once.
            if m.lemma not in _PARTICLE_CONSTRUCTIONS and m.pos[:2] != ("助詞", "準体助詞"):
                continue
        if (
            head in ("形容詞", "動詞", "名詞")
            and i >= 2
            and morphs[i - 1].lemma in ("も", "て")
            and (leave := _leave_granted(morphs, i)) is not None
        ):
            found.update({**dict.fromkeys(leave[0], COPULA), i: PERMITTED})  # 濡れてもよい: 濡れても構わない
        elif head == "動詞" and m.lemma == "出来る" and (can := _can_do(morphs, i)) is not None:
            verb, key = can  # 行うことができます: 行えます; 利用することができます: 利用できます
            found.update({**dict.fromkeys(range(verb + 1, i + 1), COPULA), verb: key})
            if key == COPULA:
                found[i] = YOU_CAN
        elif head == "形状詞" and m.lemma == "可能" and (can := _can_do(morphs, i)) is not None:
            verb, key = can  # 配送することが可能です: 配送することができます
            found.update({**dict.fromkeys(range(verb + 1, i + 1), COPULA), verb: key})
            if key == COPULA:
                found[i] = YOU_CAN
        elif head == "形状詞" and m.lemma == "可能" and _done_also(morphs, i):
            found[i] = _CAN_KEY  # 配送することも可能です: 配送することもできます
        elif (
            head == "動詞"
            and m.lemma == "出来る"
            and m.pron_base == "デキル"
            and _ends_the_sentence(morphs, i)
            and _possible(morphs, i, 0) is not None
            and not _we_can_serve(morphs, i)
        ):
            found.update({**dict.fromkeys(_possible(morphs, i, 0) or (), COPULA), i: YOU_CAN})  # 入館できます
        elif head == "動詞" and m.lemma == "成る" and m.pron_base == "ナル" and _honorific_become(morphs, i):
            found.update(dict.fromkeys((i - 1, i), COPULA))  # お亡くなりになった: 亡くなった, respectfully
            if found.get(i - 2, "") and str(found[i - 2]).endswith("⟨before⟩"):
                pass  # お入りになる前: the verb's "before", keyed already (``_before_the_verb``)
            elif (stem := stem_verb(morphs[i - 2])) is not None:
                found[i - 2] = f"{stem.lemma}:{stem.pron_base}"  # お入りになる (read お|入り): 入る
            elif (plain := _plain_verb(morphs[i - 2])) is not None:
                found[i - 2] = plain  # ご覧になる: 見る
        elif head == "動詞" and m.lemma == "因る" and (means := _by_means(morphs, i)) is not None:
            # 天候により欠航となりました: 天候で欠航; 時間帯により制限いたします is no 時間帯で (``BY_OR_DEPENDING``)
            if not _happened(morphs, i) and _cause_witnessed(morphs, i - 2):
                # 大雪により、通行止めとなっております: 大雪のため、 where the English says "due to heavy snow" (in a
                # rule said in the non-past, により may say "depending on", which the English then does not)
                found.update({**dict.fromkeys(means, COPULA), i - 1: GENITIVE, i: REASON})
            else:
                found.update({**dict.fromkeys(means, COPULA), i: "で" if _happened(morphs, i) else BY_OR_DEPENDING})
        elif head == "動詞" and m.lemma in ("因る", "応ずる") and (depending := _depending_on(morphs, i)) is not None:
            found.update({**dict.fromkeys(depending, COPULA), i: DEPENDING_ON})  # 距離に応じて変わる: 距離によって
        elif head == "動詞" and m.lemma in ("上がる", "伺う", "参る") and _humbly_going(morphs, i):
            found[i] = HUMBLY_GOING  # お迎えにあがります: お迎えに伺います
        elif head == "名詞" and m.lemma in ("間", "上") and (during := _during_or_after(morphs, i)) is not None:
            found.update(during)  # 点検している間: 点検中; ご確認のうえ: ご確認して
        elif head == "名詞" and m.lemma == "上" and (done := _having_done(morphs, i)):
            found.update(dict.fromkeys(done, COPULA))  # 確認した上で: 確認のうえ, 確認して
        elif head == "接頭辞" and m.lemma in _APPROXIMATORS and i + 1 < len(morphs) and morphs[i + 1].kind == "number":
            found[i] = APPROXIMATELY  # 約1時間, およそ1時間
            found.update(dict.fromkeys(_redundant_approximation(morphs, i), COPULA))  # 約1時間程度: 約1時間
        elif head == "副詞" and m.lemma in _APPROXIMATORS and i + 1 < len(morphs) and morphs[i + 1].kind == "number":
            found[i] = APPROXIMATELY
            found.update(dict.fromkeys(_redundant_approximation(morphs, i), COPULA))
        elif m.lemma in APPROXIMATE_SUFFIXES and _approximate_suffix(morphs, i):
            found[i] = APPROXIMATELY  # 1週間ほど: 約1週間 (the caller reads 約's key after the number)
        elif head == "接続詞" and m.lemma in _OR:
            found[i] = OR  # 現金もしくはカード, あるいは: 現金またはカード
        elif head == "助詞" and m.lemma == "か" and 0 < i < len(morphs) - 1 and _between_nouns(morphs, i):
            found[i] = OR  # 現金かカード: 現金またはカード (not 何か, a pronoun's; nor かどうか)
        elif head == "接続詞" and m.lemma == "又" and i + 1 < len(morphs) and morphs[i + 1].pos_is("助詞", "係助詞"):
            if morphs[i + 1].lemma == "は":
                found.update({i: OR, i + 1: COPULA})  # また|は, 又|は: "or" (また alone is "also")
        elif head == "接頭辞" and m.lemma == "各" and _each(morphs, i):
            found[i] = COPULA  # 各クラスごとに: クラスごとに
        elif head == "接尾辞" and m.lemma == "毎" and _together_with(morphs, i):
            found[i] = TOGETHER_WITH  # 袋ごと回収します: the bag and all, no "each"
        elif head == "動詞" and m.lemma == "成る" and m.pron_base == "ナレル":
            if _honorific_can(morphs, i):  # なれる, "can become", is never the copula なる
                found.update({i - 1: COPULA, i: YOU_CAN})  # ご利用になれます: ご利用いただけます
        elif head == "動詞" and m.lemma == "成る" and _act_happening(morphs, i):
            found.update(dict.fromkeys((i - 1, i), COPULA))  # 欠航となる場合: 欠航する場合
        elif head == "動詞" and (m.lemma == "成る" or (m.lemma == "為る" and humble)) and i >= 2:
            span = _copula(morphs, i, len(humble or ()))
            if span is not None:
                found.update(dict.fromkeys(span, COPULA))
        elif head == "名詞" and _time_suffix(morphs, i):
            found[i] = "際:サイ"  # 乗船時: ご乗船の際
        elif head == "名詞" and m.lemma == "次第" and (soon := _as_soon_as(morphs, i)):
            found.update(soon)  # 仕上がり次第、: 仕上がりましたら、 (the caller asks the English for "when")
        elif head == "助詞" and m.lemma == "に" and _for_a_requirement(morphs, i):
            found[i] = IF  # ご利用には会員登録が必要です: ご利用の際は会員登録が必要です
        elif head == "名詞" and m.lemma == "当日" and _day_of_a_thing(morphs, i):
            found[i] = THE_DAY  # レッスン当日は: レッスンの日は
        elif head == "動詞" and m.lemma in ("当たる", "際する") and (upon := _upon(morphs, i)):
            found.update(upon)  # ご利用にあたっては: ご利用の際は; お申し込みに際し、: お申し込みの際、
        elif head == "動詞" and m.lemma == "付く" and _owing_to(morphs, i):
            found.update({i - 1: GENITIVE, i: REASON})  # 工事中につき、: 工事中のため、
        elif head == "動詞" and m.lemma in _TOPIC_VERBS and i >= 2 and (span := _topic(morphs, i)) is not None:
            found.update(dict.fromkeys(span[:-1], COPULA))
            found[span[-1]] = TOPIC
        elif head == "動詞" and m.lemma in _ABOUT_VERBS and i >= 2 and (about := _about(morphs, i)):
            span, key = about  # 騒音に関する苦情: 騒音についての苦情; 規約に関して説明: 規約について説明
            found.update(dict.fromkeys(span[:-1], COPULA))
            found[span[-1]] = key
        elif m.lemma == "に" and m.pos_is("助詞", "格助詞") and _relative_time(morphs, i):
            found[i] = GENITIVE  # 事前に申し込みが必要: 事前の申し込みが必要
        elif (
            head == "接頭辞"
            and m.lemma == "未"
            and i + 1 < len(morphs)
            and _suru_noun(morphs[i + 1])
            and before_prefixed(morphs[i + 1].text)
        ):
            found.update({i: COPULA, i + 1: before_key(morphs[i + 1])})  # 未就学: 就学前, "before school"
        elif m.lemma == "実施" and _suru_noun(m) and i >= 2 and _carried_out(morphs, i):
            # 検温を実施しております: 検温しております; 検温も実施しております: 検温もしております (も stays)
            found.update({i - 1: COPULA, i: COPULA} if morphs[i - 1].lemma == "を" else {i: COPULA})
        elif m.lemma == "から" and head == "助詞" and i >= 2 and _after_a_verb(morphs, i - 1):
            found[i] = COPULA  # 履き替えてからお入りください: 履き替えて、お入りください
        elif _suru_noun(m) and i + 1 < len(morphs) and _before_noun(morphs[i + 1]):
            found.update({i: before_key(m), i + 1: COPULA})
        elif _suru_noun(m) and (between := _before_the_action(morphs, i)):
            found.update({i: before_key(m), **dict.fromkeys(between, COPULA)})  # 使用の前, 使用する前: 使用前
        elif head in ("動詞", "名詞") and (before := _before_the_verb(morphs, i)):
            acting, between = before  # 使う前, お使いになる前, お入りになる前 (入り read イリ): the verb's "before"
            found.update({i: before_key(acting), **dict.fromkeys(between, COPULA)})
        elif (
            head in ("動詞", "助動詞")
            and m.lemma != "た"  # (the past, おかけしましたことを, stays itself: no AHEAD, no connective)
            and i + 1 < len(morphs)
            and morphs[i + 1].lemma == "事"
            and m.cform.startswith("連体形")
            and (span := _apologized_for(morphs, i))
        ):
            found[i] = AHEAD  # おかけすることを、お詫び: the trouble still to come
        elif m.lemma in _COURTESY_WORDS and (_intensifier(morphs, i) or _continuing(morphs, i)):
            found[i] = COPULA  # 心よりお詫び: 深くお詫び; 引き続きよろしくお願いします: 今後ともよろしく
        elif m.lemma == "頂戴" and m.head == "名詞" and _done_as_verb(morphs, i):
            found[i] = RECEIVE  # お時間を頂戴する: お時間をいただく
        elif head == "動詞" and m.lemma in _RULE_VERBS and (doing := _doing(morphs, i)) is not None:
            found[doing] = COPULA  # 禁じております, 禁じられております: the rule in force, as 禁止しております
        elif m.pos[:3] == ("名詞", "普通名詞", "サ変可能") and i + 3 < len(morphs):
            span = _ongoing(morphs, i) if i + 4 < len(morphs) else None
            if span is not None:
                found.update(dict.fromkeys(span[:-1], COPULA))
                found[span[-1]] = GENITIVE
            elif m.lemma in _RULES and (doing := _doing(morphs, i)) is not None:
                found[doing] = COPULA  # 禁止しております: a rule is a state, 禁止です, 禁止となっております
        elif head == "接尾辞" and m.lemma in ("中", "済み") and _going_on(morphs, i):
            found[i] = DOING  # 販売中です: 販売しております; 撤去済みです: 撤去しております
        elif head == "接尾辞" and m.lemma == "中" and _doing_person(morphs, i):
            found.update({i: DOING, i + 1: COPULA, i + 2: PERSON})  # ご検討中の方: 検討している方
        elif head == "名詞" and m.text == "方" and m.pron == "ホー" and _honoured_act_person(morphs, i):
            found[i] = PERSON  # ご希望の方, read ホー: the people who wish (希望される方, read カタ)
        elif head == "名詞" and m.text == "方" and m.pron == "ホー" and _minded_person(morphs, i):
            found[i] = PERSON  # 希望する方, read ホー: the people who wish, as ご希望の方
        elif m.lemma == "まで" and head == "助詞" and _destination(morphs, i):
            found[i] = DESTINATION  # 税務署までお問い合わせください: 税務署へ
        elif head == "動詞" and m.lemma in ("頂く", "下さる") and (thanked := _thanked_for(morphs, i)):
            found.update(dict.fromkeys(thanked, COPULA))  # ご協力いただき、ありがとう: ご協力ありがとう
        elif (
            head == "動詞"
            and ((m.lemma == "頂く" and m.pron_base == "イタダク") or m.lemma == "下さる")
            and _reader_does(morphs, i)
        ):
            found[i] = COPULA  # ご来店いただいた際: 来店した際; ご利用いただく場合, ご来場くださった皆様
        elif head == "動詞" and m.lemma in _COMING and i > 0 and morphs[i - 1].lemma == "御":
            found[i] = COMING  # お越しください, おいでください: 来てください
        elif head == "助動詞" and m.lemma == "ない" and (request := _asked_not_to(morphs, i)) is not None:
            found.update({**dict.fromkeys(request, COPULA), i: PLEASE_NOT})  # 喫煙しないでください: ご遠慮ください
        elif head == "名詞" and m.lemma == "程" and i >= 2 and _asked_for(morphs, i):
            found.update({i - 1: COPULA, i: COPULA})  # ご理解のほどお願いいたします: ご理解をお願いいたします
        elif head == "副詞" and m.lemma == "宜しく" and _before_a_request(morphs, i):
            found[i] = COPULA  # ご協力をよろしくお願いいたします: ご協力をお願いいたします
        elif (
            m.lemma == "兼ねる" and i > 0 and morphs[i - 1].head == "動詞" and morphs[i - 1].lemma in ("出来る", "致す")
        ):
            # できかねます, いたしかねます: できません, the polite "cannot" said plainly (致す says no act of its own)
            found.update({i - 1: _CAN_KEY, i: _NEGATED} if morphs[i - 1].lemma == "致す" else {i: _NEGATED})
        elif head == "名詞" and m.lemma == "場合" and _occasion(morphs, i):
            found[i] = OCCASION  # ご希望の場合は: ご希望の際は
        elif m.lemma == "後" and head in ("名詞", "接尾辞") and (after := _after_the_action(morphs, i)):
            found.update(after)  # ご使用後は, ご使用の後は, 使用した後は: 使用したら (IF_DONE)
        elif m.lemma == "から" and m.pos_is("助詞", "格助詞") and _because_of_the_fact(morphs, i):
            found.update({i - 1: COPULA, i: REASON})  # 混雑が予想されることから、: 予想されるため、
        elif m.lemma == "から" and m.pos_is("助詞", "格助詞") and _span_after_the_action(morphs, i):
            found[i] = AFTER  # 撮影からおよそ10分: 撮影後およそ10分
        elif head == "動詞" and _doing_verb(m) and i >= 2 and _done_as_suru(morphs, i):
            # 監視を行っております: 監視しております; 点検も行っております: 点検もしております (も stays)
            found.update({i - 1: COPULA, i: COPULA} if morphs[i - 1].lemma == "を" else {i: COPULA})
        elif (
            head == "動詞"
            and m.lemma in ("居る", "有る", "御座る")  # (ござる after て: the humble ある)
            and i not in found
            and _resultative(morphs, i) == i
        ):
            # 記載してあります, 用意してございます: the state the writer's act left. (A passive + ている was read as
            # the same until red team 32: it names no actor, 国の天然記念物に指定されております the state's act,
            # where てある says the writer's own, 指定してあります; nothing in the sentence tells whose.)
            found[i] = RESULT
        elif head == "動詞" and m.lemma in ("有る", "御座る") and (span := _not_there(morphs, i)):
            found[i] = ABSENT  # 影響はありません: 影響はない
            found.update(dict.fromkeys(span, COPULA))
        elif m.lemma in ("ので", "から") and m.pos_is("助詞", "接続助詞") and _after_a_state(morphs, i):
            found[i] = REASON  # 予想されるので: 予想されるため; 危険ですから: 危険なため
            found.update(_reason_of_a_noun(morphs, i))  # 満車となっておりますので: 満車のため
        elif _nominal_node(morphs, i) and _after_a_state(morphs, i):
            found.update({i: COPULA, i + 1: REASON})  # 予想されますので: の|で, 予想されるため (on で: のに is no ので)
            found.update(_reason_of_a_noun(morphs, i))
        elif _nominal_node(morphs, i) and (noun := _noun_said_as_reason(morphs, i)):
            found.update({**noun, i: COPULA, i + 1: REASON})  # 全席自由席ですので: 全席自由席のため
        elif m.lemma == "から" and m.pos_is("助詞", "接続助詞") and (noun := _noun_said_as_reason(morphs, i)):
            found.update({**noun, i: REASON})  # 満車ですから: 満車のため
        elif head == "助動詞" and m.lemma == "た" and _past_reason(morphs, i):
            found[i] = (
                WAS  # 貸切でしたので、ご了承ください: "was", not 貸切のため (ご不在でしたので、持ち帰りました is)
            )
        elif head == "名詞" and m.lemma == "為" and m.pron == "タメ" and (reason := _because(morphs, i)) is not None:
            found.update(reason)  # 満車となっているため: 満車のため; 必要になるため: 必要となりますので
        elif head == "助動詞" and m.lemma == "ず" and i not in found and _polite_negation(morphs, i):
            found[i] = NOT  # 受け付けておりません: 受け付けていない (ます's negation is ない said politely)
        elif m.lemma == "に" and m.pos_is("助詞", "格助詞") and (purpose := _in_order_to(morphs, i)) is not None:
            found.update(purpose)  # 長持ちさせるには: 長持ちさせるためには, "in order to"
        elif _noni(morphs, i):
            found.update({i: ALTHOUGH, i + 1: COPULA})  # 雨なのに: "although" (or "for"), never a case particle
        elif _nominal_node(morphs, i):
            found.update({i: COPULA, i + 1: SINCE})  # 購入しますので: 購入しますから (never ため: "in order to")
        elif m.lemma == "から" and m.pos_is("助詞", "接続助詞") and i > 0 and morphs[i - 1].head in _PREDICATES:
            found[i] = SINCE  # 購入しますから: 購入しますので
        elif head == "助動詞" and m.lemma in ("れる", "られる") and _rule_passive(morphs, i):
            found[i] = COPULA  # 撮影は禁止されています: 撮影は禁止しております, a rule, whoever made it
        elif head == "助動詞" and i in polite:
            found[i] = COPULA  # 紛失された場合: 紛失した場合 (the caller checks the old English says no passive)
        elif head == "名詞" and m.text in _REFERENCES and (m.text not in _LIMITS or _referential(morphs, i)):
            found[i] = _REFERENCES[m.text]
        elif head == "形状詞" and m.lemma == "可能" and (span := _possible(morphs, i)) is not None:
            found.update({**dict.fromkeys(span, COPULA), i: YOU_CAN})  # 入館が可能です: ご入館いただけます
        elif head == "助詞" and m.lemma == "の" and _particle_of_an_action(morphs, i):
            found[i] = COPULA  # ベビーカーでの入館: ベビーカーで入館 (する)
    if "も" in (m.lemma for m in morphs):
        _also_you_can(morphs, found)
    _conditions(morphs, found)
    if "御" in (m.lemma for m in morphs):
        _requested_together(morphs, found)
    if any(m.lemma in _ASKED_FOR for m in morphs):
        _stems_asked_for(morphs, found)
        _wished_and_asked(morphs, found)
        _asked_not_to_said_otherwise(morphs, found)
        if any(m.lemma in ("各", "自身") for m in morphs):
            _agent_of_a_request(morphs, found)
    if any(m.lemma in ("必要", "ない") for m in morphs):
        _obligation(morphs, found)
    if any(m.lemma in _APPRECIATING for m in morphs):
        _appreciated_if_done(morphs, found)
    return found


_JOINED = frozenset({"・", "及び", "並びに"})


def _requested_together(morphs: tuple[Morph, ...], found: dict[int, str | None]) -> None:
    """ご理解・ご協力を, ご理解ご協力を, ご理解及びご協力を + a request: the と of ご理解とご協力を.

    Two actions of the reader's, each ご/お + a suru-noun, asked for together
    (を and お願い, or ください, after the second): nothing between them, a
    ・, 及び or 並びに is the と that joins them (the key of と, and the
    second ご its key: ご|理解|ご|協力). Never や or か (some of them, or
    either), nor a noun that is no action (保護者とご来場ください: "with").
    """
    for i in range(1, len(morphs) - 3):
        if not _honoured_noun(morphs, i):
            continue
        joint = morphs[i + 1]
        if joint.head == "接頭辞" and joint.lemma == "御":
            second = i + 2  # ご理解|ご協力
        elif joint.text in _JOINED or joint.lemma in _JOINED:
            second = i + 3  # ご理解|・|ご協力
        else:
            continue
        if _honoured_noun(morphs, second) and _requested_after(morphs, second + 1):
            found[i + 1] = "と"


def _honoured_noun(morphs: tuple[Morph, ...], i: int) -> bool:
    """ご|協力 at *i*: a suru-noun after お/ご."""
    return (
        0 < i < len(morphs)
        and morphs[i].pos[:3] == ("名詞", "普通名詞", "サ変可能")
        and morphs[i - 1].head == "接頭辞"
        and morphs[i - 1].lemma == "御"
    )


def _requested_after(morphs: tuple[Morph, ...], k: int) -> bool:
    """を + (お/ご) + 願う/願い or 下さる/頂く at *k*: what comes before is asked for."""
    if not (k + 1 < len(morphs) and morphs[k].head == "助詞" and morphs[k].lemma == "を"):
        return False
    k += 1
    if morphs[k].head == "接頭辞" and morphs[k].lemma == "御":
        k += 1
    return k < len(morphs) and morphs[k].lemma in ("願う", "願い", "下さる", "頂く", "賜る")


IF = "⟨if⟩"  # a condition or an occasion: 雨天の場合は, 雨天なら, 雨天であれば, ある場合は, ありましたら
IF_DONE = "⟨if done⟩"  # an action's past in a condition: 遅れた場合は, 遅れたら (not 遅れる場合は)
EVEN_IF = "⟨even if⟩"  # a state's concession: 揃っていなくても, 揃っていない場合でも (``_conceded``)
EVEN_IF_DONE = "⟨even if done⟩"  # an action's: 降っても, 降った場合でも (not 降る場合でも)
# What a past says nothing more of in a condition: a state (あった場合 is ある場合, ありましたら is あれば).
_STATES = frozenset({"有る", "御座る", "居る", "出来る", "無い", "ない", "ず", "だ", "です", "たい"})
# Before an occasion noun, the past of a state someone is in (ている, the copula) says when: 治療を受けていた場合
# ("if you were being treated") and 会員だった場合 ("if you were a member") are not the present's condition
# (受けている場合, 会員の場合); たら after them is the conditional alone (会員でしたら: 会員なら).
_STATES_OF_A_TIME = _STATES - {"居る", "だ", "です"}


def _conditions(morphs: tuple[Morph, ...], found: dict[int, str | None]) -> None:
    """雨天の場合は, 雨天の際は, 雨天のときは, 雨天なら, 雨天であれば, 雨天だったら: one condition, IF.

    Read by morphology: an occasion noun (場合, 際, とき, 時 read ジ after a
    noun) after a noun + の, an attributive predicate or その, before は, に,
    には or a comma (not 場合がある, 場合によって, 場合に限り, 場合を除き, 場合も);
    ば after a conditional form; たら (the conditional of た); なら (of the
    copula); と after a verb's plain form before a comma (遅れると、). An
    action's past (遅れた場合は, 遅れたら) is IF_DONE: 遅れる場合 and 遅れた場合
    may differ ("when about to" and "after"); the past of a state (あった場合,
    ありましたら, なかったら) says what its present says, IF.
    """
    n = len(morphs)
    had: set[int] = set()  # the words of an "if you have" (``_if_you_have``)
    for i, m in enumerate(morphs):
        head = m.pos[0] if m.pos else ""
        if head == "動詞" and m.lemma in ("有る", "御座る") and (span := _if_you_have(morphs, i)) is not None:
            found.update(dict.fromkeys(span, COPULA))  # ご不明な点がございましたら、お問い合わせください: 点は、
            had.update(span)
            continue
        if i in had:
            continue
        if (concession := _conceded(morphs, i)) is not None:
            found.update(concession)
            continue
        if head == "名詞" and _occasion_noun(morphs, i) and _occasion(morphs, i, strict=True) is not None:
            before = morphs[i - 1]
            key = IF
            if before.head == "助詞":
                found[i - 1] = COPULA  # 雨天の場合: 雨天なら
            elif before.head == "助動詞" and before.lemma == "た":
                key = IF if _stated(morphs, i - 1, _STATES_OF_A_TIME) else IF_DONE
                found[i - 1] = COPULA
            found[i] = key  # (は, に after it stay particles: 雨天の場合は / 雨天なら, a particle dropped)
        elif head == "助動詞" and m.lemma == "た" and m.cform.startswith("仮定形"):
            found[i] = IF if _stated(morphs, i) else IF_DONE  # ありましたら: あれば; 遅れたら
        elif head == "助動詞" and m.lemma == "だ" and m.cform.startswith("仮定形"):
            found[i] = IF  # 雨天なら: 雨天の場合は
        elif head == "助詞" and m.lemma == "ば" and i > 0 and morphs[i - 1].cform.startswith("仮定形"):
            before = morphs[i - 1]
            found[i] = COPULA if before.lemma == "だ" and before.head == "助動詞" else IF  # (ならば: なら)
        elif (
            head == "助詞"
            and m.lemma == "と"
            and 0 < i < n - 1
            and morphs[i - 1].head in ("動詞", "助動詞")
            and morphs[i - 1].cform.startswith("終止形")
            and _conditional_to(morphs[i + 1])
        ):
            found[i] = IF  # 遅れると、: 遅れる場合は、; 引っ張ると故障の原因: 引っ張ると、故障の原因


def _conceded(morphs: tuple[Morph, ...], i: int) -> dict[int, str | None] | None:
    """揃っていなくても / 揃っていない場合でも, 降っても / 降った場合でも: a concession, "even if", said with ても
    after a predicate or with an occasion noun + で + も after one (its で says nothing: COPULA): the keys of the
    words at *i*, or None. A state's (ない, ある, できる, an adjective: ``_stated``), in any tense, is EVEN_IF; an
    action's ても, and its past before the occasion (降った場合でも), EVEN_IF_DONE. An action's non-past before the
    occasion (遅れる場合でも: "even if you are going to be late") and a noun before it (雨天の場合でも; 雨天でも's
    で UniDic reads as the place's, 会場でも) are left as written."""
    m = morphs[i]
    if i and morphs[i - 1].head == "形容詞" and morphs[i - 1].lemma not in ("無い", "ない"):
        return None  # 遅くても, 早くても, 少なくても: "at the latest", "at the earliest", "at least", idioms of degree
    if i + 1 >= len(morphs) or not (morphs[i + 1].head == "助詞" and morphs[i + 1].lemma == "も"):
        if not (i + 2 < len(morphs) and _occasion_noun(morphs, i)):
            return None
        particle, also = morphs[i + 1], morphs[i + 2]
        if not (
            particle.pos_is("助詞", "格助詞") and particle.lemma == "で" and also.head == "助詞" and also.lemma == "も"
        ):
            return None
        before = morphs[i - 1] if i else None
        if before is None or before.head not in ("動詞", "助動詞", "形容詞") or not before.cform.startswith("連体形"):
            return None
        if before.head == "形容詞" and before.lemma not in ("無い", "ない"):
            return None  # 遅い場合でも: as 遅くても, which may be "at the latest"

        if before.head == "助動詞" and before.lemma == "た":
            key = EVEN_IF if _stated(morphs, i - 1) else EVEN_IF_DONE
            return {i - 1: COPULA, i: key, i + 1: COPULA}
        return {i: EVEN_IF, i + 1: COPULA} if _stated(morphs, i) else None
    if not (m.pos_is("助詞", "接続助詞") and m.lemma == "て") or i == 0:
        return None
    before = morphs[i - 1]
    if before.head not in ("動詞", "助動詞", "形容詞") or not before.cform.startswith("連用形"):
        return None
    return {i: EVEN_IF if _stated(morphs, i) else EVEN_IF_DONE}


def _conditional_to(m: Morph) -> bool:
    """What follows a verb's plain form + と where the と says "if": a comma, or a noun or an adverb opening the
    consequence (引っ張ると故障の原因, 押すとすぐに; not 開場すると同時に, "as soon as", nor すると共に, "as").
    Before a verb, と may quote (言うと思います): not read."""
    if m.text in ("、", ","):
        return True
    return m.head in ("名詞", "副詞") and m.lemma not in ("同時", "共")


def _if_you_have(morphs: tuple[Morph, ...], i: int) -> list[int] | None:
    """ご不明な点|が|ござい|まし|たら|、 … ください: "if you have X", before a request to ask, is X.

    A noun + が + ある/ござる in a condition (たら, ば, 場合は), then a comma
    and a request to ask or tell in the same sentence (お問い合わせください,
    お申し付けください): "if you have questions, please ask" says what
    "questions: please ask" (ご不明な点は、) says. Before another request
    (ご提示ください, お持ちください) "X: please show it" asks everyone for X.
    The positions of the verb and of its conditional, or None. Not ない
    (なければ), and not before a statement (ございましたら、お取り置きします).
    """
    if i < 2 or morphs[i - 1].lemma != "が" or morphs[i - 1].head != "助詞" or not _nominal(morphs[i - 2]):
        return None
    if not _a_matter_to_raise(morphs, i - 2):
        return None  # 診察券がございましたら、…お申し付けください / 診察券は、: "if you have one" or "ask for one"
    k = i + 1
    while k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma == "ます":
        k += 1
    if k >= len(morphs):
        return None
    tail = morphs[k]
    if tail.head == "助動詞" and tail.lemma == "た" and tail.cform.startswith("仮定形"):
        end = k
    elif tail.head == "助詞" and tail.lemma == "ば" and morphs[k - 1].cform.startswith("仮定形"):
        end = k
    elif tail.lemma == "場合" and k == i + 1 and morphs[i].cform.startswith("連体形"):
        end = k + 1 if k + 1 < len(morphs) and morphs[k + 1].lemma == "は" else k  # ある場合は
    else:
        return None
    if end + 1 >= len(morphs) or morphs[end + 1].text not in ("、", ","):
        return None
    for r in range(end + 2, len(morphs)):
        m = morphs[r]
        if m.text in ("。", "!", "?", "\n"):
            return None
        if m.head in ("動詞", "名詞") and m.lemma in ("下さる", "願う", "願い"):
            return None
        if m.lemma in _ASKED_ABOUT:
            return list(range(i, end + 1))
    return None


def _a_matter_to_raise(morphs: tuple[Morph, ...], at: int) -> bool:
    """The noun at *at* names what one has only to raise it: a question, a wish, an unclear point, a lost item.

    ご不明な点は、お問い合わせください says "if you have questions" as its "if" clause does: questions are
    had only when asked. A thing or a booking (診察券, 鍵, 領収書, ご予約, ご希望の日時) is not: 診察券は、
    受付にお申し出ください / お申し付けください may ask for one, and ご希望の日時は、お知らせください asks
    every booker for a date (the "if" said it optional). After a noun that only counts (点, こと, 件: ご不明な
    点, お気づきの点, お困りのこと) the word before it names the matter.
    """
    m = morphs[at]
    if m.lemma in _MATTERS_TO_RAISE:
        return True
    if m.lemma not in ("点", "事", "件", "箇所", "所") or at < 1:
        return False
    before = morphs[at - 1]
    if before.head in ("助詞", "助動詞") and before.lemma in ("の", "だ") and at >= 2:
        before = morphs[at - 2]  # ご不明|な|点, お気づき|の|点
    return before.lemma in _MATTERS_TO_RAISE


# The nouns of what one has only to raise it (ask, tell, send): "if you have X", before a request to ask or tell,
# is X as the topic only for these.
_MATTERS_TO_RAISE = frozenset(
    {
        "質問",
        "疑問",
        "不明",
        "明点",  # ご不明点 (ご|不|明点)
        "不明点",
        "要望",
        "希望",
        "意見",
        "感想",
        "相談",
        "不安",
        "心配",
        "不満",
        "苦情",
        "問い合わせ",
        "気付き",
        "気付く",
        "困る",
        "忘れ物",
        "落とし物",
        "用件",
    }
)


# The requests to ask or to tell, before which "if you have X" is X as the topic (what is asked or told about).
_ASKED_ABOUT = frozenset(
    {
        "問い合わせる",
        "問い合わせ",
        "尋ねる",
        "相談",
        "連絡",
        "知る",
        "知らせる",
        "申し付ける",
        "申し出る",
        "声掛け",
        "伝える",
        "一報",
        "寄せる",
    }
)


def _occasion_noun(morphs: tuple[Morph, ...], i: int) -> bool:
    m = morphs[i]
    if m.lemma in ("場合", "際"):
        return True
    if m.lemma == "折" and m.pron == "オリ":
        return True  # 雨天の折は, お越しの折には: the formal "on the occasion" (after の or a verb, ``_occasion``)
    if m.lemma == "時" and m.pron == "トキ" and not _time_suffix(morphs, i):
        return True
    return _time_suffix(morphs, i)


def _as_soon_as(morphs: tuple[Morph, ...], i: int) -> dict[int, str | None]:
    """仕上がり|次第、, 到着し|次第、: a verb's stem + 次第 is "as soon as" the action is done, what the action's
    past + たら says where it is "when" (仕上がりましたら、: IF_DONE; a state's, でき次第 / できましたら, IF).

    JMdict glosses 次第 after a verb's stem "as soon as; immediately after; upon", and たら "when" or "if":
    the same event, one said sure to come. The keys meet; ``as_soon_as`` counts them, and the caller asks the
    old English for a "when" (not an "if", not "depending on"). The stem is a verb's 連用形, or a noun UniDic
    reads for a godan verb's stem (仕上がり: 仕上がる), keyed as that verb; then a comma. After any other
    noun (天候次第, 予定次第: "depending on") 次第 stays itself.
    """
    if not (0 < i < len(morphs) - 1 and morphs[i + 1].text in ("、", ",")):
        return {}
    before = morphs[i - 1]
    if before.head == "動詞" and before.cform.startswith("連用形"):
        verb, found = before, {}
    elif (verb := stem_verb(before)) is not None:  # type: ignore[assignment]
        found = {i - 1: f"{verb.lemma}:{verb.pron_base}"}
    else:
        return {}
    if verb.lemma == "為る" and i >= 2:
        verb = morphs[i - 2]  # 到着し次第: the suru-noun's action
    state = verb.lemma in _STATES or verb.head == "形容詞"
    return {**found, i: IF if state else IF_DONE}


def as_soon_as(morphs: tuple[Morph, ...]) -> int:
    """How many verbs' stems + 次第 say "as soon as" (``_as_soon_as``) in *morphs*."""
    return sum(1 for i, m in enumerate(morphs) if m.lemma == "次第" and m.head == "名詞" and _as_soon_as(morphs, i))


def conditions_said(morphs: tuple[Morph, ...]) -> tuple[int, int]:
    """How many conditions *morphs* says with an action's past + たら, and how many with 場合 (``_conditions``).

    たら after an action (届きましたら, 空きましたら) says "when" of what is sure to happen as readily as "if";
    場合 (届いた場合は) says only "if" / "in case": the caller asks the old English which one it says when one
    text has such a たら where the other has a 場合. After a state (ありましたら, 雨天でしたら) たら is the
    condition あれば and なら say, IF, as 場合 is.
    """
    tara = sum(
        1
        for i, m in enumerate(morphs)
        if m.head == "助動詞" and m.lemma == "た" and m.cform.startswith("仮定形") and not _stated(morphs, i)
    )
    case = sum(
        1
        for i, m in enumerate(morphs)
        if m.head == "名詞" and m.lemma == "場合" and _occasion(morphs, i, strict=True) is not None
    )
    return tara, case


# What a requirement says: "needed", "not needed" (a short supplement to UniDic's parts of speech, which tag
# 必要 a noun that may be an adjectival noun, as they tag any other).
_REQUIREMENTS = frozenset({"必要", "不要"})
_NOT_REQUIRED = "不要"  # (a requirement denied: never the occasion's, ``_a_thing_required``)


def _for_a_requirement(morphs: tuple[Morph, ...], i: int) -> bool:
    """ご利用|に|は、会員登録が必要です: an action's noun + には before a requirement is its occasion (の際は).

    "Needed for using" and "needed when using" ask the same: the thing needed is needed at the action. The
    noun is an action's (a suru-noun, or a verb's stem after お: お受け取り), には follows it right, and the
    clause's predicate is 必要 or 不要, or かかる after が (手数料がかかります: a cost the act requires), with
    nothing but nouns, their particles and honorific stems before it (お預かり票が). Never after a person
    (会員には: "members need"), a time (利用後には) or a verb (使うには, PURPOSE), nor before any other predicate
    (ご利用には、フロントへお越しください).

    "Needed at the action" says "needed for it" only where the thing needed is a thing, shown, handed over or
    paid at the action (身分証, レシート, 手数料), and the requirement is not denied (red team 24):
    - a requirement denied (不要, 必要ありません, かかりません) is no longer the occasion's: "not needed for the
      act" is "none at all" (手荷物のお預かりには、料金は不要です: free of charge), "not needed when" leaves
      another time open (お預かりの際は…不要: nothing at drop-off, the fee paid at pick-up);
    - an act required (a suru-noun, a verb's stem or a noun named after one: 申請, 登録, 予約, お申し込み) may be a
      step of its own before the action, done once (児童手当の給付には、申請が必要です: apply to be eligible);
      の際は makes it a step at each occasion (each payment asks an application).
    """
    if not (0 < i < len(morphs) - 1 and morphs[i + 1].head == "助詞" and morphs[i + 1].lemma == "は"):
        return False
    noun = morphs[i - 1]
    honoured = i >= 2 and morphs[i - 2].head == "接頭辞" and morphs[i - 2].lemma == "御"
    stem = noun.head == "動詞" and noun.cform.startswith("連用形")  # お|引き取り, read as the verb's stem
    if not (_suru_noun(noun) or (honoured and (stem or stem_verb(noun) is not None)) or _named_act(noun)):
        return False
    for k in range(i + 2, len(morphs)):
        m = morphs[k]
        if m.lemma in _REQUIREMENTS and m.head in ("名詞", "形状詞"):
            return m.lemma != _NOT_REQUIRED and _a_thing_required(morphs, k)
        if m.lemma == "掛かる" and m.head == "動詞" and k >= 2 and morphs[k - 1].lemma == "が":
            return _a_thing_required(morphs, k)  # 再発行には、手数料がかかります: a cost, what the act requires
        stem = m.head == "動詞" and m.cform.startswith("連用形") and morphs[k - 1].head == "接頭辞"
        if not (m.head in ("名詞", "接頭辞", "接尾辞") or m.text in ("、", ",") or stem or _argument_particle(m)):
            return False
    return False


def _a_thing_required(morphs: tuple[Morph, ...], k: int) -> bool:
    """The requirement at *k* (必要, かかる) is affirmed, of a thing: the noun before it (and its が, は or も) names
    no act (申請が必要: a step of its own), and no negation follows it in its clause (必要ありません)."""
    j = k - 1
    if j >= 0 and morphs[j].head == "助詞" and morphs[j].lemma in ("が", "は", "も"):
        j -= 1
    if j >= 0:
        needed = morphs[j]
        honoured = j >= 1 and morphs[j - 1].head == "接頭辞" and morphs[j - 1].lemma == "御"
        if (
            _suru_noun(needed)
            or _named_act(needed)
            or (needed.head == "動詞" and needed.cform.startswith("連用形"))
            or (honoured and stem_verb(needed) is not None)
        ):
            return False
    for at in range(k + 1, len(morphs)):
        m = morphs[at]
        if m.kind != "word" or m.pos_is("助詞", "接続助詞"):
            break  # (the clause ends: 必要ですが、…ません denies another thing)
        if _negation_at(morphs, at):
            return False  # 必要ありません, 必要ない, かかりません
    return True


def _named_act(m: Morph) -> bool:
    """買取 (UniDic's lemma 買い取り), 支払い, 貸し出し: a noun whose lemma is a godan verb's stem (買い取る), the act
    named by its verb, as a suru-noun names one. Read from the lemma, as the surface may drop the kana (買取)."""
    return m.head == "名詞" and m.pos[1:2] != ("固有名詞",) and _godan_verb_of_stem(m.lemma) is not None


def _argument_particle(m: Morph) -> bool:
    """が, の, を and a binding particle (は, も): a noun's own, inside the clause's arguments."""
    return (m.pos_is("助詞", "格助詞") and m.lemma in ("が", "の", "を")) or m.pos_is("助詞", "係助詞")


THE_DAY = "日:ヒ"  # the noun 日's own key: レッスン当日 says what レッスンの日 says


def _day_of_a_thing(morphs: tuple[Morph, ...], i: int) -> bool:
    """レッスン|当日, ご予約|の|当日: 当日 after a common noun that names no time is "the day of" it, X + の + 日.

    JMdict glosses 当日 "the day (of issue, publication, etc.)", "the appointed day": after a noun, the day
    of that noun's event, what レッスンの日 says. Only after a common noun (UniDic's 普通名詞) that is no noun
    of time or counter (副詞可能, 助数詞可能: 前日当日, 5日当日): there 当日 says another day, or the same twice.
    当日 alone (当日は) names the day of an event the sentence does not name, and stays itself (その日 is
    "that day", any day the text spoke of)."""
    k = i - 1
    if k >= 1 and morphs[k].head == "助詞" and morphs[k].lemma == "の" and morphs[k].pos_is("助詞", "格助詞"):
        k -= 1
    if k < 0:
        return False
    before = morphs[k]
    return (
        before.kind == "word"
        and before.pos[:2] == ("名詞", "普通名詞")
        and before.pos[2:3] not in (("副詞可能",), ("助数詞可能",))
    )


def _time_suffix(morphs: tuple[Morph, ...], i: int) -> bool:
    """故障|時, 申し込み|時: 時 written right after a noun is the suffix ジ, "at the time of", however UniDic reads it.

    unidic-lite reads お申し込み時 with トキ; written after a common noun without の, 時 is the suffix
    (the noun's occasion). Never after a number or a numeral (3時, 何時: a time of day).
    """
    m, before = morphs[i], morphs[i - 1] if i > 0 else None
    if m.text != "時" or before is None or before.kind != "word":
        return False
    if before.head == "動詞" and _named(morphs, i - 1):
        return m.pron in ("ジ", "トキ")  # お出かけ|時: the verb's stem after お/ご names the action
    if before.head != "名詞":
        return False
    if m.pron == "ジ":
        return True
    return m.pron == "トキ" and before.pos[:2] == ("名詞", "普通名詞")


def _stated(morphs: tuple[Morph, ...], k: int, states: frozenset[str] = _STATES) -> bool:
    """The predicate before た at *k* (ます aside) is a state: ある, いる, できる, ない, the copula, an adjective
    (among *states*)."""
    j = k - 1
    while j > 0 and morphs[j].head == "助動詞" and morphs[j].lemma == "ます":
        j -= 1
    if j < 0:
        return False
    before = morphs[j]
    lemma = before.lemma
    if lemma in ("有る", "御座る") and j > 0 and morphs[j - 1].lemma == "だ" and morphs[j - 1].text == "で":
        lemma = "だ"  # 役員であった, 役員でございました: the copula's past
    return lemma in states or before.head == "形容詞"


# The nouns of priority that say an order as 先 does (a supplement to UniDic's parts of speech: 優先 is a suru-noun).
_PRIORITY = frozenset({"優先"})


# The nouns of a change of degree (a supplement to UniDic's parts of speech: suru-nouns): after より they compare,
# 昨年度より増加しております ("higher than last year"), not a start (昨年度から増加, "rising since last year").
_DEGREE_CHANGES = frozenset(
    {
        "増加",
        "減少",
        "上昇",
        "低下",
        "下落",
        "向上",
        "改善",
        "悪化",
        "拡大",
        "縮小",
        "増額",
        "減額",
        "値上げ",
        "値下げ",
        "短縮",
        "延長",
    }
)


# The services the writer does for the reader: お/ご + one + できます is humble, "we can" (ご用意できます, "we can
# provide"), never the reader's "you can" (ご用意いただけます, "you may prepare").
_SERVICES = frozenset(
    {"用意", "準備", "案内", "紹介", "提供", "説明", "送付", "手配", "届け", "送り", "貸し出し", "返金"}
)


def _we_can_serve(morphs: tuple[Morph, ...], i: int) -> bool:
    """お/ご + a service's noun + できる at *i* (ご|用意|でき|ます): the writer's humble "we can"."""
    return (
        i >= 2 and morphs[i - 1].lemma in _SERVICES and morphs[i - 2].head == "接頭辞" and morphs[i - 2].lemma == "御"
    )


def _order_word(m: Morph) -> bool:
    """先, 前, 後, 上, 下 (one kanji UniDic reads as an adverbial noun) or 優先: a word of order or rank."""
    single = len(m.text) == 1 and m.pos_is("名詞", "普通名詞", "副詞可能") and not m.text.isascii()
    return single or m.lemma in _PRIORITY


# What JMdict's first gloss says of a verb or an action's noun that changes a degree or measures one against
# another (増える "to increase", 減る "to decrease", 伸びる "to grow", 上がる "to rise", 上回る "to exceed", 下回る "to
# be less than"): the words of the glosses to look for (a short supplement naming the English of a degree, as
# the glosses spell it; the verbs themselves are JMdict's). After より, such a predicate measures against it.
_DEGREE_GLOSS = re.compile(
    r"\b(?:increase|decrease|multiply|diminish|grow|swell|shrink|exceed|surpass|rise|abate|lessen|expand|decline"
    r"|improve|worsen|deteriorate|lower|higher|more\s+than|less\s+than|better\s+than|worse\s+than)\b"
)


def _changes_degree(m: Morph) -> bool:
    """*m*, a verb or a suru-noun, says a change of degree: a gloss of the first sense of its JMdict entries says
    one (``_DEGREE_GLOSS``: 増える, 減る, 伸びる, 上がる, 増加). False without JMdict or the entry."""
    if not ((m.head == "動詞" and not m.pos_is("動詞", "非自立可能")) or _suru_noun(m)):
        return False  # (する, なる, いる: verbs that lean on another word, 為る "to grow" among JMdict's なる)
    try:
        # by its dictionary form, as UniDic spells it (し: 為る, "to do"; 伸び: 伸びる), never a kana form alone
        return any(_DEGREE_GLOSS.search(gloss) for gloss in first_sense_glosses(m.lemma.split("-")[0]))
    except ImportError:
        return False


# The words of JMdict's glosses that name a norm (普段 "usual", 通常 "normal", 例年 "average (normal, ordinary)
# year"): what is measured against, never where something starts.
_NORM_WORDS = frozenset({"usual", "normal", "ordinary", "average"})


def _a_norm(m: Morph) -> bool:
    """*m*, a noun, names the norm (普段, 通常, 平常, 例年): a word of ``_NORM_WORDS`` in a gloss of the first
    sense of its JMdict entries. False without JMdict. 普段より is "than usual" wherever it stands: 普段から is
    "always", 普段より混雑 "busier than usual". Before お/ご (平素よりご愛顧いただき) it is the courtesy's
    "always", and stays a start."""
    if m.head != "名詞" or m.kind != "word":
        return False
    try:
        glosses = first_sense_glosses(m.lemma.split("-")[0])
    except ImportError:
        return False
    return any(
        not _NORM_WORDS.isdisjoint(gloss.replace("(", " ").replace(")", " ").replace(",", " ").split())
        for gloss in glosses
    )


def _two_nouns_weighed(morphs: tuple[Morph, ...], i: int) -> bool:
    """AよりBの at *i*: より between two plain nouns, the second right after it with no particle, then the
    genitive の (窓側|より|通路|側|の|お席): B's rather than A's, the nouns weighed, or a span from A to B; no
    proof of a start. A number or a noun of time before より (10時より15時の間) is a point, and an action's
    noun alone after it (当社より送付の書類, 当社よりご案内) what starts there."""
    if i < 1 or morphs[i - 1].kind == "number" or morphs[i - 1].pos[2:3] == ("副詞可能",):
        return False
    k = i + 1
    while k < len(morphs) and morphs[k].head in ("名詞", "接尾辞") and morphs[k].kind == "word":
        if morphs[k].pos[2:3] in (("副詞可能",), ("助数詞",)):
            return False
        k += 1
    if k == i + 2 and _suru_noun(morphs[i + 1]):
        return False  # 当社より送付の書類: the act alone after より, what starts there (禁煙席: a thing)
    return k > i + 1 and k < len(morphs) and morphs[k].lemma == "の" and morphs[k].pos_is("助詞", "格助詞")


# The words of a JMdict gloss that say a degree kept down, not none (控える "to be temperate in", "to restrain
# oneself from excessive ..."): a short supplement naming the English of moderation, the verbs are JMdict's.
_MODERATION_GLOSS = re.compile(r"\b(?:temperate|excessive|moderate|moderation|cut\s+down)\b")


def moderation_asked(morphs: tuple[Morph, ...]) -> str | None:
    """The verb of a request made with お/ご (お|控え|ください) that a gloss of its JMdict first sense says is
    moderation (``_MODERATION_GLOSS``: 控える, "to be temperate in"), asked of an activity named by a suru-noun
    before は, を or も (間食は, 飲酒を), else None. Of an activity, a habit, it may be "cut down", which a negated
    request (間食しないでください) is not: "none at all" (red team 32). Of an act named by a verb's clause
    (物を置くことはお控えください) it is the act not done. None without JMdict."""
    for k in range(1, len(morphs) - 1):
        m = morphs[k]
        if not (m.head == "動詞" and morphs[k - 1].head == "接頭辞" and morphs[k - 1].lemma == "御"):
            continue
        if morphs[k + 1].lemma != "下さる":
            continue
        if not (k >= 3 and morphs[k - 2].lemma in ("は", "を", "も") and morphs[k - 2].head == "助詞"):
            continue
        if not _suru_noun(morphs[k - 3]):
            continue  # 物を置くことはお控えください: an act, which one does or not; 間食は: an activity, more or less
        try:
            glosses = first_sense_glosses(m.lemma.split("-")[0])
        except ImportError:
            return None
        if any(_MODERATION_GLOSS.search(gloss) for gloss in glosses):
            return m.lemma
    return None


def compared(morphs: tuple[Morph, ...], i: int) -> bool:
    """以前|より|多く, 前回|より|高い: より says "than" where a degree is said after it in its clause.

    A degree: an adjective (高い), an adverb, an adjectival noun (便利, 大幅),
    a noun made of an adjective (多く, 近く), ない; and an order right after
    it (会員より先に, 病院より優先して: who comes first); a verb or an action's
    noun of a change of degree, JMdict's gloss says (``_changes_degree``:
    前年より売上が伸びて, 先月より入荷量が減って). Otherwise, and where a
    span follows at once (発行日より1年間有効: a number, what is said after it
    is of the span), より is a starting point (当社より, 10時より営業), "from",
    as から is.
    """
    span = i + 1 < len(morphs) and morphs[i + 1].kind == "number"
    if i >= 1 and _a_norm(morphs[i - 1]) and not (i + 1 < len(morphs) and morphs[i + 1].lemma == "御"):
        return True  # 普段より混雑しております: "busier than usual"; a norm is no starting point
    if i + 1 < len(morphs) and _order_word(morphs[i + 1]):
        return True  # 会員より先に, 10時より前に, 病院より優先して: "than", an order
    if i + 1 < len(morphs) and morphs[i + 1].lemma in _DEGREE_CHANGES:
        return True  # 昨年度より増加しております: "higher than", a change of degree measured against it
    if _two_nouns_weighed(morphs, i):
        return True  # 窓側より通路側のお席: "an aisle seat rather than a window seat", no start (red team 32)
    if _a_period_before_a_state(morphs, i):
        return True  # 昨日より混雑しております: "busier than yesterday", or "since yesterday": no proof of a start
    for m in morphs[i + 1 :]:
        if m.text in _CLAUSE_END:
            return False
        if m.head in ("形容詞", "副詞") or (m.head == "助動詞" and m.lemma == "ない"):
            return True
        if _changes_degree(m):
            return True  # 前年より売上が伸びております, 昨年度より減りました: "than" the level it is measured against
        if not span and (m.head == "形状詞" or m.pos_is("名詞", "普通名詞", "形状詞可能")):
            return True
        if m.pos_is("名詞", "普通名詞", "副詞可能") and len(m.text) > 1 and m.text.endswith("く"):
            return True  # 多く, 近く, 遠く: an adjective's noun
    return False


# What JMdict's first gloss of a predicate says when a time before より is where the predicate starts: a
# sending, a taking in, a sale or a service run (a short supplement beside ``changes_state``'s changes of state:
# 発送 "sending", 受付 "reception", 販売 "sales", 営業 "business", 運行 "operation", 配布 "distribution").
_STARTED_ACTS = frozenset(
    "sending shipping shipment dispatch delivery reception acceptance accepting receipt sale sales selling "
    "business operation operating running service distribution distributing issue issuing issuance offering "
    "provision supply lending loan rental broadcast broadcasting publication release send ship dispatch deliver "
    "accept receive sell operate run serve distribute issue offer provide supply lend rent publish".split()
)


def _a_period_before_a_state(morphs: tuple[Morph, ...], i: int) -> bool:
    """昨日|より|混雑して|おり|ます, 先週|より|渋滞が発生して|おり|ます: より after a noun of time that is no point
    (UniDic's adverbial noun, no number with it: 昨日, 先週, 当初, 午前; 10時より, 4月1日より are points), before a
    predicate said as a state with ている in its clause: "busier than yesterday" reads as well as "busy since
    yesterday", and only a predicate that starts at a time shows the start: a change of state (``changes_state``:
    開始, 休館, 再開) or an act JMdict's first gloss says is sent, taken in, sold or run (``_STARTED_ACTS``:
    本日より受け付けております, "we accept from today"). A non-past (本日より販売いたします) says an act from then,
    never a degree."""
    if i < 1 or not morphs[i - 1].pos_is("名詞", "普通名詞", "副詞可能"):
        return False
    if i >= 2 and (morphs[i - 2].kind == "number" or morphs[i - 2].text[-1:].isdigit()):
        return False  # 4月1日より (月|1|日): a date, a point
    for n in range(i + 1, len(morphs)):
        if morphs[n].text in _CLAUSE_END:
            return False
        if _te_iru_after(morphs, n):
            head = morphs[n]
            return not (
                changes_state(head) or any(_first_gloss_word(form) in _STARTED_ACTS for form in _forms(head)[:1])
            )
    return False


def _action(m: Morph) -> bool:
    """An action's noun: a suru-noun or a verb's stem (入館, 受け取り)."""
    return _suru_noun(m) or _verb_stem_noun(m)


def _possible(morphs: tuple[Morph, ...], i: int, copula: int = 1) -> list[int] | None:
    """入館|が|可能|です, 入館|も|可能|です, 利用|可能|です: "you can", as ご入館いただけます says it.

    The positions of が or は before 可能 (も stays: "also"), or None. Only
    before です or だ (可能性, "a possibility", is another word). With
    *copula* 0, the same of できる (入館できます, 入館ができます).

    An action's noun as the topic of the clause, with a case phrase between
    (予約は、アプリから可能です / できます): "you can" too, the topic the
    action, the phrase how or where.
    """
    if copula:
        following = morphs[i + 1] if i + 1 < len(morphs) else None
        if following is None or following.head != "助動詞" or following.lemma not in ("です", "だ"):
            return None
    before = morphs[i - 1] if i > 0 else None
    if before is not None and _action(before):
        return []
    if not copula and _honorific_stem(morphs, i - 1):
        return []  # お持ち帰り|できます, the stem read as a verb: お持ち帰りが可能です
    if before is not None and before.pos_is("助詞", "格助詞") and before.lemma in _ACTION_PARTICLES:
        return [] if _action_topic(morphs, i - 1) else None
    if before is None or before.head != "助詞" or before.lemma not in ("が", "は", "も") or i < 2:
        return None
    if not _action(morphs[i - 2]):
        return None
    return [] if before.lemma == "も" else [i - 1]


def _honorific_stem(morphs: tuple[Morph, ...], k: int) -> bool:
    """お|持ち帰り at *k*: a verb's stem after お/ご, an action's noun the analyzer read as the verb."""
    return (
        k >= 1
        and morphs[k].head == "動詞"
        and morphs[k].cform.startswith("連用形")
        and morphs[k - 1].head == "接頭辞"
        and morphs[k - 1].lemma == "御"
    )


_ACTION_PARTICLES = frozenset({"で", "から", "まで", "と", "へ", "にて"})


def _ends_the_sentence(morphs: tuple[Morph, ...], i: int) -> bool:
    """できる at *i* is what the sentence says (入館できます。): "you can". Not できる inside a clause
    that goes on (確認でき次第, 確認できましたら, 利用できる方): "as soon as we can", "if", "who can"."""
    j = i + 1
    while j < len(morphs) and morphs[j].head == "助動詞" and morphs[j].lemma in ("ます", "です"):
        j += 1
    if j == len(morphs) or morphs[j].text in ("。", "!", "?", "\n", "!", "?"):
        return True
    # お取り寄せができますので、…: a polite できます whose clause ends in a reason (ので, UniDic's の|で; から)
    # says its "you can" as the sentence's end does, as 可能ですので does; never できましたら (ます is past,
    # then ら: "if"), できる方 (no ます: "who can") or できません (ん stops the ます).
    return j > i + 1 and morphs[j - 1].lemma == "ます" and (_nominal_node(morphs, j) or _reason_kara(morphs, j))


def _reason_kara(morphs: tuple[Morph, ...], j: int) -> bool:
    """から at *j* as a conjunction (UniDic's 接続助詞) before a comma: "since", the clause's reason."""
    after = morphs[j + 1] if j + 1 < len(morphs) else None
    return (
        morphs[j].lemma == "から"
        and morphs[j].pos_is("助詞", "接続助詞")
        and after is not None
        and after.kind == "punct"
    )


def _action_topic(morphs: tuple[Morph, ...], k: int) -> bool:
    """予約|は|、|専用|アプリ|から: back from the case particle at *k* to the sentence's start, an action's noun
    said as the topic (with は), and only nouns, case particles and punctuation between.
    """
    j = k - 1
    while j >= 1:
        m = morphs[j]
        if m.head == "助詞" and m.lemma == "は":
            return _action(morphs[j - 1])
        if not (m.kind in ("punct", "space", "number") or _nominal(m) or m.pos_is("助詞", "格助詞")):
            return False
        if m.text in ("。", "!", "?"):
            return False
        j -= 1
    return False


def _can_do(morphs: tuple[Morph, ...], i: int) -> tuple[int, str | None] | None:
    """行う|こと|が|できる: a verb's potential form (行える); 利用|する|こと|が|できる: 利用できる.

    (The position of the verb, the key it takes), or None. Only with が
    (こともできる says "also"); a godan verb takes its potential form's key
    (行う → 行える, its pronunciation from the dictionary form's: オコナウ →
    オコナエル); する after an action's noun is dropped, and できる then says
    "you can" (COPULA as the verb's key: the caller gives できる YOU_CAN).
    """
    if i < 3 or (morphs[i].pron_base != "デキル" and morphs[i].lemma != "可能"):
        return None  # (可能 after ことが says what ことができる says)
    particle, koto, verb = morphs[i - 1], morphs[i - 2], morphs[i - 3]
    # ことはできません is ことができません: は where できる is negated (ことはできます says "at least").
    negated = _negated_after(morphs, i)
    if not ((particle.pos_is("助詞", "格助詞") and particle.lemma == "が") or (negated and particle.lemma == "は")):
        return None
    if koto.lemma != "事" or koto.head != "名詞":
        return None
    if verb.head != "動詞" or not verb.cform.startswith("連体形"):
        return None
    if verb.lemma in ("為る", "致す") and i >= 4 and _action(morphs[i - 4]):
        return i - 3, COPULA
    if not verb.ctype.startswith("五段") or not verb.pron_base or verb.pron_base[-1] not in _E_ROW:
        return None
    return i - 3, f"{verb.lemma}:{verb.pron_base[:-1]}{_E_ROW[verb.pron_base[-1]]}ル"


_CAN_KEY = "出来る:デキル"


def _negated_after(morphs: tuple[Morph, ...], i: int) -> bool:
    """できません, できない: the verb at *i* negated by what follows it (ます aside)."""
    k = i + 1
    while k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma == "ます":
        k += 1
    return k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma in ("ない", "ず", "ぬ")


def _done_also(morphs: tuple[Morph, ...], i: int) -> bool:
    """配送する|こと|も|可能: a verb + こと + も before 可能, which says what こともできる says ("can also")."""
    if i < 3:
        return False
    particle, koto, verb = morphs[i - 1], morphs[i - 2], morphs[i - 3]
    return (
        particle.pos_is("助詞", "係助詞")
        and particle.lemma == "も"
        and koto.lemma == "事"
        and koto.head == "名詞"
        and verb.head == "動詞"
        and verb.cform.startswith("連体形")
    )


# A godan verb's last kana → the e-row kana of its potential form (行う オコナウ → 行える オコナエル).
_E_ROW = dict(zip("ウクグスツヌブムル", "エケゲセテネベメレ", strict=True))


def _honorific_become(morphs: tuple[Morph, ...], i: int) -> bool:
    """お|亡くなり|に|なっ|た: お/ご + a verb's stem + に + なる is the verb itself, said with respect."""
    if i < 3:
        return False
    particle, verb, prefix = morphs[i - 1], morphs[i - 2], morphs[i - 3]
    if particle.pos_is("助詞", "格助詞") and particle.lemma == "に" and _honorific_noun(verb):
        return True  # ご覧になった: 見た, said with respect
    if not (particle.pos_is("助詞", "格助詞") and particle.lemma == "に" and prefix.head == "接頭辞"):
        return False
    if prefix.lemma != "御":
        return False
    if verb.head == "動詞":
        return verb.cform.startswith("連用形")
    return _honoured_action(morphs, i) or stem_verb(verb) is not None


# A godan verb's stem ends in the i-row kana of its dictionary form's last kana (入り: 入る).
_U_ROW = dict(zip("いきぎしちにびみり", "うくぐすつぬぶむる", strict=True))


def stem_verb(m: Morph) -> Morph | None:
    """入り read as a noun after お and before になる: the godan verb whose stem it is (入る), or None.

    The analyzer reads some stems after お as nouns, with another reading
    (お|入り, イリ): the verb is the one the stem's dictionary form spells,
    read alone as one verb with the same kanji (入る, ハイル).
    """
    if m.head != "名詞" or m.pos[:3] == ("名詞", "普通名詞", "サ変可能"):
        return None
    return _godan_verb_of_stem(m.text)


def _godan_verb_of_stem(stem: str) -> Morph | None:
    """The godan verb *stem* (kanji first, an い-row kana last: 入り, 買い取り) is the 連用形 of, read alone as one
    verb with the same kanji (入る, 買い取る), or None."""
    if len(stem) < 2 or not ("\u4e00" <= stem[0] <= "\u9fff") or stem[-1] not in _U_ROW:
        return None
    words = analyze(stem[:-1] + _U_ROW[stem[-1]])
    if not words or len(words) != 1 or words[0].head != "動詞" or not words[0].ctype.startswith("五段"):
        return None
    return words[0]


def _honoured_action(morphs: tuple[Morph, ...], i: int) -> bool:
    """ご|使用|に|なっ|た: ご + an action's noun + に + なる is the noun + する, said with respect.

    Only a noun that is an action alone (サ変可能, not also an adjectival noun:
    ご迷惑になる is "to be a nuisance"), with no possessor before it (お客様の
    ご負担になる is "to be the customer's cost", a noun that becomes), and not
    negated after なる (ご負担にならないよう: "not to be a burden").
    """
    noun = morphs[i - 2]
    if noun.pos[:3] != ("名詞", "普通名詞", "サ変可能"):  # (迷惑 and 心配 are サ変形状詞可能)
        return False
    if i >= 4 and morphs[i - 4].head == "助詞" and morphs[i - 4].lemma == "の":
        return False
    after = morphs[i + 1] if i + 1 < len(morphs) else None
    return after is None or not (after.head == "助動詞" and after.lemma in ("ない", "ぬ", "ず"))


# Nouns of a rule (a small list, docs/catalogs.md): "X is prohibited" and "we prohibit X" are one rule; and the
# Sino-Japanese verb of one's kanji (禁じる, UniDic's 禁ずる: 禁じられています is 禁止されています).
_RULES = frozenset({"禁止", "許可"})
_RULE_VERBS = frozenset({"禁ずる"})


def _nominalizer_after_a_verb(morphs: tuple[Morph, ...], n: int) -> bool:
    """置く|こと, 置く|の: こと or the nominalizing の after a verb's attributive form (a clause made a noun)."""
    m = morphs[n]
    nominal = (m.head == "名詞" and m.lemma == "事") or m.pos_is("助詞", "準体助詞")
    return nominal and n > 0 and morphs[n - 1].head in ("動詞", "助動詞") and morphs[n - 1].cform.startswith("連体形")


def _passive_auxiliary(m: Morph) -> bool:
    return m.head == "助動詞" and m.lemma in ("れる", "られる")


def _rule_passive(morphs: tuple[Morph, ...], i: int) -> bool:
    """禁止|さ|れ: a rule said in the passive is the rule said by whoever makes it (禁止しております).

    Only where nothing in the clause before it takes を: 入場を禁止されている
    (someone "is forbidden to enter") has a person for its subject.
    """
    if i >= 1 and morphs[i - 1].lemma in _RULE_VERBS and _passive_auxiliary(morphs[i]):
        start = i - 1  # 禁じ|られ
    elif i >= 2 and morphs[i - 1].lemma == "為る" and morphs[i - 2].lemma in _RULES and morphs[i].lemma == "れる":
        start = i - 2  # 禁止|さ|れ
    else:
        return False
    for n in range(start - 1, -1, -1):
        m = morphs[n]
        if m.kind == "punct" and m.text in ("。", "！", "？"):
            break
        if _nominalizer_after_a_verb(morphs, n):
            break  # 私物を置くことは禁止されています: the を is the verb's inside the clause made a noun
        if m.head == "助詞" and m.lemma == "を":
            return False
    return True


RESULT = "⟨resultative⟩"  # the state a transitive action left: 記載してあります, 記載されております
HONOURING_SUFFIXES = frozenset({"様", "さん", "殿", "氏"})  # after a person: お客様, 田中さん


def _resultative(morphs: tuple[Morph, ...], i: int) -> int | None:
    """記載|さ|れ|て|おり|ます, 置か|れ|て|いる: a verb's passive + ている, and the verb + てある
    (記載|し|て|あり|ます, 置い|て|ある): the state the action left. The position that says it (ある's,
    or the passive auxiliary's: いる's then says nothing), or None. (Only てある is keyed as ``RESULT``
    since red team 32: the passive names no actor, てある the writer; ``resultatives`` still counts both.)

    Both affirmative (no ません, ない, ず after ある/いる, nor ましょう): the tense stays a key of its own
    (た), so 記載されていました is never 記載してあります. The active ている (記載しております, "we
    write it") is no state of the thing and is no key here. The passive's れる/られる must read
    as passive: after a verb's irrealis form, with no ご/お before the verb (ご記載されております is
    respect), and nothing in its sentence before it that takes を or names an honoured person (お客様
    が記載されております: the customer writes).
    """
    if i < 2 or not (morphs[i - 1].lemma == "て" and morphs[i - 1].pos_is("助詞", "接続助詞")):
        return None
    for after in morphs[i + 1 :]:
        if after.head != "助動詞":
            break
        if after.lemma in ("ない", "ぬ", "ず", "う", "まい") or after.text == "ませ":
            return None
    if morphs[i].lemma in ("有る", "御座る"):
        verb = morphs[i - 2]
        if verb.head != "動詞" or not verb.cform.startswith("連用形") or verb.lemma in ("居る", "有る"):
            return None
        return i
    if i < 3 or not _passive_auxiliary(morphs[i - 2]):
        return None
    verb = morphs[i - 3]
    if verb.head != "動詞" or not verb.cform.startswith("未然形"):
        return None
    start = i - 3 if verb.lemma != "為る" else i - 4  # 記載|さ|れ: the suru-noun before する
    if start < 0 or (start > 0 and morphs[start - 1].lemma == "御"):
        return None
    for n in range(start - 1, -1, -1):
        m = morphs[n]
        if m.kind == "punct" and m.text in ("。", "！", "？", "!", "?", "\n"):
            break
        if m.head == "助詞" and m.lemma == "を":
            return None
        if (m.head == "接尾辞" and m.lemma in HONOURING_SUFFIXES) or (m.lemma == "方" and m.pron == "カタ"):
            return None
    return i - 2


def _a_rule(morphs: tuple[Morph, ...], k: int) -> bool:
    """The verb at *k* makes a rule: 禁止|し, 許可|さ (a noun of ``_RULES`` + する) or 禁ずる, its kanji's verb."""
    verb = morphs[k]
    if verb.lemma == "為る":
        return k >= 1 and morphs[k - 1].lemma in _RULES
    return verb.lemma in ("禁ずる", "禁じる")


_STATE_VERBS = frozenset({"居る", "有る", "御座る"})


def resultatives(morphs: tuple[Morph, ...]) -> tuple[int, int]:
    """(passives + ている, verbs + てある) that say a resultative state in *morphs* (``_resultative``): where the
    two texts say it in different forms, the passive may also say the action going on (検討されております,
    "is being considered"), which the other form never says: the old English decides (an aspect)."""
    passive = aru = 0
    for i, m in enumerate(morphs):
        # (ござる after て is the humble ある: 用意してございます, 消毒してございます.)
        if m.head == "動詞" and m.lemma in _STATE_VERBS and (state := _resultative(morphs, i)) is not None:
            if state == i:
                aru += 1
            elif not _a_rule(morphs, state - 1):
                passive += 1  # (禁止されています, 禁じられています: a rule in force, never the action going on)
    return passive, aru


def honorific_becomes(morphs: tuple[Morph, ...]) -> int:
    """How many verbs *morphs* says with お/ご … になる (each a respect, as a れる of ``respectful`` is)."""
    return sum(
        1 for i, m in enumerate(morphs) if m.lemma == "成る" and m.pron_base == "ナル" and _honorific_become(morphs, i)
    )


# Verbs of varying: N + によって/により before them is "depending on N", what で never shows.
_VARYING = frozenset({"異なる", "違う", "変わる", "変動", "変化", "前後"})


# に + よる said of a rule, not of what happened: "by" or "depending on" (``_happened``).
_SENTENCE_ENDS = frozenset("。．！？!?")
BY_OR_DEPENDING = "⟨by or depending on⟩"


def _happened(morphs: tuple[Morph, ...], i: int) -> bool:
    """The sentence of よる at *i* says what happened: an auxiliary た after it, up to the sentence's end (天候により
    欠航となりました). Said of a rule in the non-past (時間帯により入場を制限いたします), N により may hold
    "depending on" N (at some times of day), where N で says the means the rule is carried out by (by time slots,
    all day): the two stay apart there (red team 32), and により and によって stay one key."""
    for m in morphs[i + 1 :]:
        if m.text in _SENTENCE_ENDS:
            return False  # (a comma goes on to the predicate: 機材の故障により、上映を中止しました)
        if m.pos_is("助動詞") and m.lemma == "た":
            return True
    return False


def _by_means(morphs: tuple[Morph, ...], i: int) -> list[int] | None:
    """法律|に|より|禁止, 天候|に|よっ|て|中止: に + よる, connective, after a noun, is で (means, cause).

    The positions of に (and て); None where よる ends a phrase (による, a noun follows: the caller's), and
    before the topic's は (会場|に|よっ|て|は, "at some venues": a part of the venues, where で says the venue).
    """
    if i < 2 or not morphs[i].cform.startswith("連用形"):
        return None
    particle = morphs[i - 1]
    if not (particle.pos_is("助詞", "格助詞") and particle.lemma == "に" and _nominal(morphs[i - 2])):
        return None
    end = i + 1
    while end < len(morphs) and morphs[end].kind not in ("punct", "space"):
        end += 1
    if any(m.lemma in _VARYING for m in morphs[i + 1 : end]):
        return None  # 店舗によって(料金が)異なります: "varies by store", no means (店舗で異なります: "differs in")
    # によりまして is によって said politely: the て is read past the ます (会場によりましては is 会場によっては).
    k = i + 1
    while k < len(morphs) and morphs[k].pos_is("助動詞") and morphs[k].lemma == "ます":
        k += 1
    if k < len(morphs) and morphs[k].pos_is("助詞", "接続助詞") and morphs[k].lemma == "て":
        after = morphs[k + 1] if k + 1 < len(morphs) else None
        if after is not None and after.pos_is("助詞", "係助詞") and after.lemma == "は":
            return None  # 会場によっては: "at some venues", a part of them (会場では: at the venue, all of it)
        return [i - 1, *range(i + 1, k + 1)]
    if morphs[i].text == "より" and k == i + 1:
        return [i - 1]
    return None


# Leave granted, however it is worded ---------------------------------------------------------------------------

PERMITTED = "⟨may⟩"  # 〜てもよい, 〜てもいい, 〜ても構わない, 〜ても構いません: leave granted (``_leave_granted``)


@cache
def _permission_glosses() -> frozenset[str]:
    """The glosses of the sense of 良い that JMdict notes as permission ("OK; all right; fine; no problem", "as
    て(も)良い ...; indicates permission or compromise"); empty without JMdict."""
    try:
        entries = jmdict_entries("良い")
    except ImportError:
        return frozenset()
    return frozenset(
        gloss.text
        for entry in entries
        for sense in entry.senses
        if any("permission" in note for note in sense.info)
        for gloss in sense.gloss
    )


@lru_cache(maxsize=1 << 8)
def grants_leave(expression: str) -> bool:
    """JMdict has *expression* (a negated word: 構わない, 構いません, 問題ない) as an expression sharing a gloss
    with the sense of 良い it notes as permission ("no problem"): 〜ても構わない says what 〜てもよい says.
    差し支えない ("(having) no objection; allowable") shares none, nor does any word that is no expression."""
    permission = _permission_glosses()
    try:
        entries = jmdict_entries(expression)
    except ImportError:
        return False
    return any(
        any(pos.startswith("expressions") for pos in sense.pos) and permission & {g.text for g in sense.gloss}
        for entry in entries
        for sense in entry.senses
    )


def _negation_at(morphs: tuple[Morph, ...], k: int) -> bool:
    """The word at *k* negates: the auxiliary ない, ず or ぬ (ません's ん), or the adjective ない (UniDic's 無い)."""
    m = morphs[k]
    return (m.head == "助動詞" and m.lemma in ("ない", "ず", "ぬ")) or (m.head == "形容詞" and m.lemma == "無い")


def _leave_granted(morphs: tuple[Morph, ...], i: int) -> tuple[list[int], int | None] | None:
    """濡れて|も|よい, 使っ|て|いい, 現金|で|も|構い|ませ|ん, 濡れ|て|も|構わ|ない服装: a permission after a
    concession (a verb's て or ても, a noun's でも), in one of the words that grant it (``grants_leave``).

    (The positions of the permission's words, the position of its negation or None), or None. The word at *i*
    is 良い (よい, いい: the permission sense is one of its own, JMdict's note says so), not negated (よくない)
    nor made a verb's (よくなる), or a verb or a noun negated at once (構わ|ない, 構い|ませ|ん, 問題|ない) that
    JMdict records as an expression glossed as that sense; the negation neither 構わず ("regardless") nor
    followed by て or で (構わないで, "without minding"). Before a noun (濡れてもよい服装), only after a verb's
    ても: 雨でも良い写真 says "good photos".
    """
    if i < 2:
        return None
    before, n = morphs[i - 1], len(morphs)
    m = morphs[i]
    verbal = False
    if before.pos_is("助詞", "係助詞") and before.lemma == "も":
        lead = morphs[i - 2]
        verbal = lead.pos_is("助詞", "接続助詞") and lead.lemma == "て"
        noun_concession = (lead.pos_is("助詞", "格助詞") and lead.lemma == "で") or (
            lead.head == "助動詞" and lead.lemma == "だ" and lead.text == "で"
        )
        if not (verbal or noun_concession):
            return None
    elif not (before.pos_is("助詞", "接続助詞") and before.lemma == "て"):
        return None
    if m.head == "形容詞" and m.lemma == "良い":
        span, negation = [i], None
    elif m.head in ("動詞", "名詞") and i + 1 < n and _negation_at(morphs, i + 1):
        span, negation = [i, i + 1], i + 1
        if morphs[i + 1].text == "ず":
            return None  # 構わず: "regardless", no leave
        if not grants_leave(m.text + morphs[i + 1].text):
            return None
    elif (
        m.head == "動詞"
        and i + 2 < n
        and morphs[i + 1].head == "助動詞"
        and morphs[i + 1].lemma == "ます"
        and morphs[i + 2].head == "助動詞"
        and morphs[i + 2].lemma == "ず"
        and morphs[i + 2].text == "ん"
    ):
        span, negation = [i, i + 1, i + 2], i + 2
        if not grants_leave(m.text + morphs[i + 1].text + morphs[i + 2].text):
            return None
    else:
        return None
    after = morphs[span[-1] + 1] if span[-1] + 1 < n else None
    if after is not None and after.kind == "word":
        if _negation_at(morphs, span[-1] + 1) or after.head == "動詞":
            return None  # よくない, 構わなくない: leave refused; よくなる: "gets better"
        if after.pos_is("助詞", "接続助詞") and after.lemma == "て":
            return None  # 構わないで, よくて
        if after.head in ("名詞", "代名詞") and not verbal:
            return None  # 雨でも良い写真: "good photos"
    for later in morphs[span[-1] + 1 : span[-1] + 6]:
        if later.text in ("。", "、", "!", "?", "\n"):
            break
        if later.head == "助詞" and later.lemma in ("か", "と"):
            return None  # お越しいただいてもよいかと存じます: a suggestion put as a thought, no leave
    return span, negation


def leaves_granted(morphs: tuple[Morph, ...]) -> list[int | None]:
    """Each permission of *morphs* (``_leave_granted``), in order: the position of its negation (構わない,
    構いません: "you may", no "not"), or None (よい)."""
    return [
        leave[1]
        for i in range(2, len(morphs))
        if morphs[i].head in ("形容詞", "動詞", "名詞")
        and morphs[i - 1].lemma in ("も", "て")
        and (leave := _leave_granted(morphs, i)) is not None
    ]


# Depending on, however it is worded -----------------------------------------------------------------------------

DEPENDING_ON = "⟨depending on⟩"  # N + に応じて / によって / により before a verb of varying (``_depending_on``)
# The glosses that say a varying, in a JMdict sense of an intransitive verb (変わる "to vary", 異なる "to differ",
# 違う "to differ (from)") or of a suru-noun (変動 "fluctuation", 変化 "variation", 増減 "fluctuation"): a short
# supplement, the English of what に応じて's and によって's shared sense ("according to; depending on") is said of.
_VARYING_GLOSSES = frozenset({"to vary", "to differ", "variation", "fluctuation"})
_NOTE = re.compile(r"\s*\([^)]*\)")


@lru_cache(maxsize=1 << 10)
def says_a_varying(lemma: str, suru_noun: bool) -> bool:
    """A sense of *lemma* in JMdict is glossed as a varying (``_VARYING_GLOSSES``), as an intransitive verb or,
    for a suru-noun, as such a noun: 変わる, 異なる, 違う, 変動, 変化. Not 変える (transitive: "we change it"),
    not 変更 ("change; modification": something done to a thing). False without JMdict."""
    wanted = "noun or participle which takes the aux. verb suru" if suru_noun else "intransitive verb"
    try:
        entries = jmdict_entries(lemma)
    except ImportError:
        return False
    for entry in entries:
        pos: list[str] = []
        for sense in entry.senses:
            pos = sense.pos or pos  # (a sense that names no part of speech has its predecessor's)
            if wanted in pos and any(_NOTE.sub("", g.text).strip() in _VARYING_GLOSSES for g in sense.gloss):
                return True
    return False


def _first_predicate(morphs: tuple[Morph, ...], k: int) -> int | None:
    """The position of the first predicate's word from *k* in its sentence (a verb; a suru-noun before する; an
    adjective or adjectival noun that ends no adverb), or None: the phrase at *k* is said of it."""
    n = len(morphs)
    while k < n:
        m = morphs[k]
        if m.kind == "punct" and m.text not in _COMMAS_OF_A_SENTENCE:
            return None
        if m.head == "動詞":
            if m.lemma == "為る" and k > 0 and morphs[k - 1].pos[:3] == ("名詞", "普通名詞", "サ変可能"):
                return k - 1
            return k
        if m.head == "形容詞" and not m.cform.startswith("連用形"):
            return k  # (大きく変わります: the adjective is the verb's adverb)
        if m.head == "形状詞" and not (k + 1 < n and morphs[k + 1].text == "に"):
            return k  # (大幅に変わります: the same)
        if m.head == "助動詞":
            return k  # a copula: a noun's predicate (距離によって別料金です)
        k += 1
    return None


_COMMAS_OF_A_SENTENCE = frozenset("、,，")


def _depending_on(morphs: tuple[Morph, ...], i: int) -> list[int] | None:
    """距離|に|応じ|て|変わり|ます, 距離|に|よっ|て|変わり|ます, 車種|に|より|異なり|ます: N + に + 応じる or よる,
    connective, before a verb of varying, says "varies depending on N" (JMdict: に応じて "depending on", 応じて
    "according to; depending on", によって "according to; by (means of); due to; because of").

    The positions of に and て (the caller keys 応じ and よっ); None unless the first predicate after the phrase
    is a varying (``says_a_varying``), not past (料金が変わった: an event, which によって may give a cause of),
    not passive nor causative (変えられる: によって may name the agent); nor before the topic's は (によっては:
    "in some cases").
    """
    if i < 2 or not morphs[i].cform.startswith("連用形"):
        return None
    particle = morphs[i - 1]
    if not (particle.pos_is("助詞", "格助詞") and particle.lemma == "に" and _nominal(morphs[i - 2])):
        return None
    k, n = i + 1, len(morphs)
    keyed = [i - 1]
    if k < n and morphs[k].pos_is("助詞", "接続助詞") and morphs[k].lemma == "て":
        keyed.append(k)
        k += 1
    elif morphs[i].lemma != "因る":
        return None  # (に応じ、 said alone: a clause's end as much as a particle)
    if k < n and morphs[k].pos_is("助詞", "係助詞") and morphs[k].lemma == "は":
        return None
    predicate = _first_predicate(morphs, k)
    if predicate is None:
        return None
    word = morphs[predicate]
    suru_noun = word.head == "名詞"
    if not says_a_varying(word.lemma, suru_noun):
        return None
    j = predicate + (2 if suru_noun else 1)
    while j < n and (
        morphs[j].head == "助動詞" or morphs[j].pos_is("助詞", "接続助詞") or "非自立可能" in morphs[j].pos
    ):
        if morphs[j].head == "助動詞" and morphs[j].lemma in ("た", "れる", "られる", "せる", "させる"):
            return None
        j += 1
    return keyed


# The writer going to do an act, humbly, however it is worded ---------------------------------------------------

HUMBLY_GOING = "⟨humbly go⟩"  # お迎えにあがります, お迎えに伺います, お迎えに参ります (``_humbly_going``)
# The glosses of a movement, in a JMdict sense marked humble: 参る "to go; to come; to call", 伺う "to visit",
# 上がる "to go; to visit". A short supplement: the English of what the humble verb says after a purpose.
_MOVEMENT_GLOSSES = frozenset({"to go", "to come", "to visit"})


@lru_cache(maxsize=1 << 8)
def humbly_goes(lemma: str) -> bool:
    """A sense of *lemma* in JMdict is marked humble (kenjougo) and glossed as a movement (``_MOVEMENT_GLOSSES``):
    参る, 伺う, 上がる. Not いらっしゃる (respectful: the reader goes), nor 行く or 来る (plain). False without
    JMdict."""
    try:
        entries = jmdict_entries(lemma)
    except ImportError:
        return False
    return any(
        any("humble" in misc for misc in sense.misc) and any(g.text in _MOVEMENT_GLOSSES for g in sense.gloss)
        for entry in entries
        for sense in entry.senses
    )


def _humbly_going(morphs: tuple[Morph, ...], i: int) -> bool:
    """お|迎え|に|あがり, ご|挨拶|に|伺い: a verb that humbly goes (``humbly_goes``) after お or ご + an act (a
    verb's stem, read as the verb or as its noun; a suru-noun) + に, the purpose it goes for: the writer goes to
    do it, whichever humble verb says so. Only after the purpose: 2階にあがります is "go up", お宅に伺います a
    visit to a place, ご意見を伺います "ask"."""
    if i < 3 or morphs[i].head != "動詞":
        return False
    particle, act, prefix = morphs[i - 1], morphs[i - 2], morphs[i - 3]
    return (
        particle.pos_is("助詞", "格助詞")
        and particle.lemma == "に"
        and (_verb_stem_noun(act) or _suru_noun(act) or (act.head == "動詞" and act.cform.startswith("連用形")))
        and prefix.head == "接頭辞"
        and prefix.lemma == "御"
        and morphs[i].ctype.startswith("五段")  # 伺う, 参る, 上がる; never a potential (伺えます: "we can")
        and humbly_goes(morphs[i].lemma)
    )


def _while_doing(morphs: tuple[Morph, ...], i: int) -> dict[int, str | None] | None:
    """充電|し|て|いる|間 is 充電|中 ("while it is charging", "during the charge"): a suru-noun + する + ている,
    non-past and attributive, + 間 read アイダ. Not the past (充電していた間: a time over), not a negation
    (充電していない間: "while it is not"), not another verb (待っている間 names no noun of its own), and 中 is
    the suffix read チュー only (一日中, read ジュー, "throughout", keys apart)."""
    if i < 4 or not (morphs[i].lemma == "間" and morphs[i].pron_base == "アイダ"):
        return None
    noun, do, te, be = morphs[i - 4 : i]
    if not (_suru_noun(noun) and do.lemma == "為る" and do.head == "動詞" and te.lemma == "て" and te.head == "助詞"):
        return None
    if be.lemma != "居る" or not be.cform.startswith("連体形"):
        return None
    return {i - 3: COPULA, i - 2: COPULA, i - 1: COPULA, i: "中:チュー"}


def _during_or_after(morphs: tuple[Morph, ...], i: int) -> dict[int, str | None] | None:
    """点検|し|て|いる|間 is 点検|中 ("during"); 確認|の|うえ is 確認|して ("having done it, then").

    Only after an action's noun (a suru-noun) and の: 東京と大阪の間 ("between") is no action. 点検|の|間 is no
    longer 点検中 (red team 32): after a noun of events 間 may say the interval between them (試合の間の休憩,
    "the breaks between matches"), which 中 never says; only the ている clause (``_while_doing``) pins "while".
    """
    if (going_on := _while_doing(morphs, i)) is not None:
        return going_on
    if i < 2 or morphs[i - 1].lemma != "の" or morphs[i - 1].head != "助詞" or not _suru_noun(morphs[i - 2]):
        return None
    m = morphs[i]
    if m.lemma == "上" and m.pron_base == "ウエ":
        span: dict[int, str | None] = {i - 1: COPULA, i: COPULA}
        if i + 1 < len(morphs) and morphs[i + 1].lemma == "で" and morphs[i + 1].head == "助詞":
            span[i + 1] = COPULA  # ご確認のうえで
        return span
    return None


def _having_done(morphs: tuple[Morph, ...], i: int) -> list[int]:
    """確認し|た|上|で, 確認し|た|上|、: a verb's past + うえ (で), "having done it, then", is the connective.

    The positions of た, 上 and で, or none. Only 上 read ウエ after た after
    a verb, then で or a comma: した上に ("besides") and した上は ("now
    that") stay themselves, and so does する上で ("in doing").
    """
    if i < 2 or morphs[i].pron_base != "ウエ":
        return []
    ta, verb = morphs[i - 1], morphs[i - 2]
    if not (ta.head == "助動詞" and ta.lemma == "た" and verb.head == "動詞" and verb.cform.startswith("連用形")):
        return []
    after = morphs[i + 1] if i + 1 < len(morphs) else None
    if after is not None and after.head == "助詞" and after.lemma == "で":
        return [i - 1, i, i + 1]
    return [i - 1, i] if after is not None and after.text in ("、", ",") else []


APPROXIMATELY = "⟨approximately⟩"
_APPROXIMATORS = frozenset({"約", "凡そ", "大凡"})
APPROXIMATE_SUFFIXES = frozenset({"程度", "程", "位", "前後", "ほど", "くらい", "ぐらい"})


def _redundant_approximation(morphs: tuple[Morph, ...], i: int) -> list[int]:
    """約|1|時間|程度: 程度 (ほど, くらい, 前後) after a number and its counter already said to be approximate."""
    k = i + 2
    if k < len(morphs) and morphs[k].head == "名詞" and morphs[k].lemma not in APPROXIMATE_SUFFIXES:
        k += 1  # the counter (分, 時間, 件)
    while k < len(morphs) and (
        morphs[k].pos_is("名詞", "普通名詞", "助数詞可能")
        or morphs[k].pos_is("接尾辞")
        or (morphs[k].pos_is("接頭辞") and morphs[k - 1].kind == "number")  # 10|名: a counter read as a prefix
    ):
        k += 1
    if k < len(morphs) and morphs[k].lemma in APPROXIMATE_SUFFIXES and k > i + 1:
        return [k]
    return []


def _approximate_suffix(morphs: tuple[Morph, ...], i: int) -> bool:
    """1|週間|ほど, 10|名|程度: ほど, くらい, 程度, 前後 after a number and its counter, with no 約 before it.

    The counter: one or two short nouns, suffixes or prefixes (the analyzer
    reads a counter after digits as it may: 3|日, 10|名).
    """
    k = i - 1
    while k > 0 and i - k <= 2 and morphs[k].kind == "word" and len(morphs[k].text) <= 2:
        if morphs[k].head not in ("名詞", "接尾辞", "接頭辞") or morphs[k].lemma in APPROXIMATE_SUFFIXES:
            return False
        k -= 1
        if morphs[k].kind == "number":
            break
    if k < 0 or k == i - 1 or morphs[k].kind != "number":
        return False
    if i + 1 < len(morphs) and morphs[i + 1].lemma == "は" and morphs[i + 1].head == "助詞":
        return False  # 2週間くらいは: "at least", a lower bound, never 約
    return k == 0 or morphs[k - 1].lemma not in _APPROXIMATORS


# ごと after a thing, with no particle after it (袋ごと回収します, 皮ごと食べられます): "and all", "together with";
# UniDic reads it as 毎 ("each") either way.
TOGETHER_WITH = "⟨together with⟩"


def _together_with(morphs: tuple[Morph, ...], i: int) -> bool:
    """袋|ごと|回収: ごと (read 毎) after a common noun of a thing, right before a noun or a verb (no に, の, で, は or
    comma after it): "the bag and all". After a number or a counter (1時間ごと, 3日ごと) it counts a period,
    "every"."""
    if i < 1 or i + 1 >= len(morphs):
        return False
    before, after = morphs[i - 1], morphs[i + 1]
    counted = i >= 2 and morphs[i - 2].kind == "number"  # 3袋ごと, 1時間ごと: a counter after its number
    if before.kind == "number" or counted or not before.pos_is("名詞", "普通名詞"):
        return False
    return after.head in ("名詞", "動詞") and not after.pos_is("名詞", "数詞")


def _each(morphs: tuple[Morph, ...], i: int) -> bool:
    """各|クラス|ごと: 各 ("each") before a noun already said with ごと ("per"), which says it alone."""
    return any(m.lemma == "毎" and m.head == "接尾辞" for m in morphs[i + 2 : i + 4])


def _particle_of_an_action(morphs: tuple[Morph, ...], i: int) -> bool:
    """で|の|入館, から|の|お|申し込み: a case particle's の before an action's noun, which says the same without it."""
    if i < 1 or i + 1 >= len(morphs):
        return False
    before = morphs[i - 1]
    if not (before.pos_is("助詞", "格助詞") and before.lemma in _ACTION_PARTICLES):
        return False
    k = i + 1
    if morphs[k].head == "接頭辞" and morphs[k].lemma == "御" and k + 1 < len(morphs):
        k += 1
    return _action(morphs[k])


YOU_CAN_TOO = YOU_CAN + "⟨too⟩"


YOU_CAN_ACTION_TOO = YOU_CAN + "⟨the action too⟩"


def _action_too(morphs: tuple[Morph, ...], k: int) -> bool:
    """お電話で|ご|予約|も: も after the action's noun, a case phrase of its own before it (not での): the action
    "also" (reservations too, by phone), where お電話でも says the means "also" (by phone too)."""
    n = k - 1
    if n < 1 or not _action(morphs[n]):
        return False
    if morphs[n - 1].head == "接頭辞" and morphs[n - 1].lemma == "御":
        n -= 1
    before = morphs[n - 1] if n >= 1 else None
    return before is not None and before.pos_is("助詞", "格助詞") and before.lemma != "の"


def _also_you_can(morphs: tuple[Morph, ...], found: dict[int, str | None]) -> None:
    """ベビーカーでも入館いただけます, ベビーカーでの入館も可能です: も, "also", said of a clause that says "you can".

    Where も stands in such a clause does not change what is allowed "also":
    the も contributes nothing, and "you can" becomes "you can too". The
    clause reaches back over commas to the sentence's start or the last other
    predicate (a verb, an auxiliary or an adjective).
    """
    for j, m in enumerate(morphs):
        said = found.get(j, "") == YOU_CAN or (
            j not in found and m.head == "動詞" and m.lemma == "頂く" and m.pron_base == "イタダケル"
        )
        if not said:
            continue
        k = j - 1
        if k >= 0 and morphs[k].head == "動詞" and morphs[k].cform.startswith("連用形"):
            k -= 1  # お受け取り|いただけ: the verb said honorifically
        while k >= 0:
            w = morphs[k]
            if w.text in ("。", "!", "?", "\n") or w.head in ("動詞", "助動詞", "形容詞") and k not in found:
                break
            if w.head == "助詞" and w.lemma == "も" and w.pos_is("助詞", "係助詞"):
                found[k] = COPULA
                found[j] = YOU_CAN_ACTION_TOO if _action_too(morphs, k) else YOU_CAN_TOO
                break
            k -= 1


ABOUT = "⟨about⟩"  # について, に関して: "about", said of a verb
CONCERNING = "⟨concerning⟩"  # についての, に関する, に関しての: "about", said of a noun


def _about(morphs: tuple[Morph, ...], i: int) -> tuple[list[int], str] | None:
    """騒音|に|関する|苦情, 騒音|に|つい|て|の|苦情, 規約|に|関し|て|説明: the positions of に … and its key.

    に + 関する before a noun and に + つく/関する + て + の are CONCERNING; に +
    つく/関する + て (not before は, the topic, nor の) is ABOUT. つく only as the
    kana lemma UniDic gives this use (付く, "attached", is another verb).
    """
    particle = morphs[i - 1]
    if not (particle.lemma == "に" and particle.text == "に" and particle.head == "助詞"):
        return None
    if not _nominal(morphs[i - 2]):
        return None
    m = morphs[i]
    if m.lemma == "つく" and _a_person_at(morphs, i - 2):
        return None  # 講師について学ぶ: "study under", as JMdict's 付く says, no "about"
    span = [i - 1, i]
    if m.lemma == "関する" and m.cform.startswith("連体形"):
        return (span, CONCERNING) if _noun_at(morphs, i + 1) else None
    if m.lemma in ("掛かる", "関わる") and m.cform.startswith("連体形"):
        # 設置に係るご相談 (係る written so: かかる is also "costs"), 配送に関わるご相談 (after an action:
        # 命に関わる, "life-threatening", says more than "about")
        said = m.text == "係る" or (m.lemma == "関わる" and _action(morphs[i - 2]))
        return (span, CONCERNING) if said and _noun_at(morphs, i + 1) else None
    k = i + 1
    while k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma == "ます":
        span.append(k)
        k += 1
    if k >= len(morphs) or morphs[k].lemma != "て" or morphs[k].head != "助詞":
        return None
    after = morphs[k + 1] if k + 1 < len(morphs) else None
    if after is not None and after.head == "助詞" and after.lemma == "の":
        if _noun_at(morphs, k + 2):
            return span + [k, k + 1], CONCERNING
        return None
    if after is not None and after.head == "助詞" and after.lemma in ("は", "も"):
        return None  # については: the topic (_topic); についても: "also about"
    return span + [k], ABOUT


def _noun_at(morphs: tuple[Morph, ...], k: int) -> bool:
    """A noun at *k*, or お/ご and a noun or a verb's stem (設置についてのご相談, 利用についてのお願い)."""
    if k < len(morphs) and morphs[k].head == "接頭辞" and morphs[k].lemma == "御":
        return k + 1 < len(morphs) and _named(morphs, k + 1)
    return k < len(morphs) and _nominal(morphs[k])


def _relative_time(morphs: tuple[Morph, ...], i: int) -> bool:
    """事前|に|申し込み, 事後|に|報告: a noun of relative time (X前, X後) + に before an action's noun.

    The に phrase says when the action is done, the の phrase which action:
    before an action's noun (a suru-noun or a verb's stem: 申し込み) they
    say the same. Never after a number or a date (3日に予約 is not 3日の予約),
    nor 以前/以後 (以前の申請, "the previous application").
    """
    if i < 1 or i + 1 >= len(morphs):
        return False
    before, after = morphs[i - 1], morphs[i + 1]
    if not (before.pos[:2] == ("名詞", "普通名詞") and len(before.text) == 2 and before.text[-1] in "前後"):
        return False
    if before.text[0] == "以" or (i >= 2 and (morphs[i - 2].kind == "number" or morphs[i - 2].pos_is("名詞", "数詞"))):
        return False
    if not (_suru_noun(after) or _verb_stem_noun(after)):
        return False
    return not _another_predicate_after(morphs, i + 1)


def _another_predicate_after(morphs: tuple[Morph, ...], k: int) -> bool:
    """After the action's noun at *k*, up to the punctuation, two predicates or more (予約が|必要|か|どう|か|ご|確認|
    ください: 必要 and 確認): the に phrase before the noun may say when the later one is done (事前に … ご確認
    ください, "check beforehand"), where the の phrase says which action (red team 32). A predicate: an adjective,
    an adjectival noun, a suru-noun, a verb's stem read as a noun, a verb that leans on no other word."""
    count = 0
    for m in morphs[k + 1 :]:
        if m.kind in ("punct", "space"):
            break
        if (
            m.head in ("形容詞", "形状詞")
            or (m.head == "動詞" and not m.pos_is("動詞", "非自立可能"))
            or m.pos[2:3] in (("形状詞可能",), ("サ変形状詞可能",))
            or _suru_noun(m)
            or _verb_stem_noun(m)
        ):
            count += 1
    return count >= 2


_I_ROW = frozenset("いきしちにひみりぎじびぴ")


def _verb_stem_noun(m: Morph) -> bool:
    """申し込み, 受け取り, 問い合わせ: a noun written as a verb's stem (kanji, then an i-row or え-row kana)."""
    return (
        m.pos[:2] == ("名詞", "普通名詞")
        and len(m.text) >= 2
        and "\u4e00" <= m.text[0] <= "\u9fff"
        and (m.text[-1] in _I_ROW or m.text[-1] in "えけせてねへめれげぜべ")
    )


def _suru_noun(m: Morph) -> bool:
    return m.pos[:3] == ("名詞", "普通名詞", "サ変可能")


def _before_noun(m: Morph) -> bool:
    """前 read マエ, "before", after an action's noun (就学前, 使用前)."""
    return m.head == "名詞" and m.lemma == "前" and m.pron == "マエ"


def _before_the_action(morphs: tuple[Morph, ...], i: int) -> list[int]:
    """使用|の|前, 使用|する|前, ご|使用|に|なる|前: the positions after the noun that say what 使用前 says.

    の, する in its attributive form, or に + なる after お/ご (the noun said
    with respect), and then 前 read マエ, "before". The の only after a noun
    whose JMdict entries say an action first (``an_action_first``): 受付の前,
    the reception desk first, may be "in front of reception".
    """
    n = len(morphs)
    nxt = morphs[i + 1] if i + 1 < n else None
    if nxt is None:
        return []
    if (
        i + 2 < n
        and _before_noun(morphs[i + 2])
        and (
            (nxt.head == "動詞" and nxt.lemma == "為る" and nxt.cform.startswith("連体形"))
            # JMdict last: loading it is a small merge's largest cost, and only X + の + 前 asks it.
            or (nxt.head == "助詞" and nxt.lemma == "の" and an_action_first(morphs[i]))
        )
    ):
        return [i + 1, i + 2]
    if (
        i > 0
        and morphs[i - 1].head == "接頭辞"
        and morphs[i - 1].lemma == "御"
        and i + 3 < n
        and nxt.pos_is("助詞", "格助詞")
        and nxt.lemma == "に"
        and morphs[i + 2].lemma == "成る"
        and morphs[i + 2].cform.startswith("連体形")
        and _before_noun(morphs[i + 3])
    ):
        return [i + 1, i + 2, i + 3]
    return []


def an_action_first(noun: Morph) -> bool:
    """*noun* has JMdict entries, and the first sense of each takes する (使用 "use"; not 受付 "reception (desk)",
    an action only in its second sense): X + の + 前 says "before X" only of an action, else "in front of X"."""
    try:
        entries = [e for form in _forms(noun) for e in jmdict_entries(form)]
    except ImportError:
        return False
    return bool(entries) and all(e.senses and (_takes_suru(e.senses[0]) or _gerund_of_its_verb(e)) for e in entries)


def _takes_suru(sense) -> bool:
    return any("aux. verb suru" in pos for pos in sense.pos)


def _gerund_of_its_verb(entry) -> bool:
    """The entry's first sense names the action its own verb sense says: 入浴 "bathing", then "to bathe" (a
    sense that takes する). JMdict splits such a noun's gerund from its verb; 受付 "reception (desk)", a place
    first, has no gerund there."""
    gerunds = [g.text for g in entry.senses[0].gloss if g.text.endswith("ing") and " " not in g.text]
    verbs = [
        g.text[3:].split(" ")[0]
        for sense in entry.senses[1:]
        if _takes_suru(sense)
        for g in sense.gloss
        if g.text.startswith("to ")
    ]
    # bathing / to bathe: the gerund's stem is the verb without its silent e (never a stem of two letters)
    return any(len(gerund) > 5 and gerund[:-3] == verb.removesuffix("e") for gerund in gerunds for verb in verbs)


_LIGHT_VERBS = frozenset({"為る", "成る", "居る", "有る", "御座る", "致す", "出来る", "頂く", "下さる", "来る", "行く"})


def _before_the_verb(morphs: tuple[Morph, ...], i: int) -> tuple[Morph, list[int]] | None:
    """混み合う|前, お|使い|に|なる|前: the positions after a verb that say "before" it, as 使用前 says of its noun.

    A verb of its own (not one UniDic reads as a light or auxiliary verb: する, なる, いる) in its attributive
    form, then 前 read マエ; or its stem after お, then に + なる (the verb said with respect) and 前. The verb
    is then keyed as the "before" of its lemma, and meets a noun's "before" (混雑する前, ご使用前) only where
    the two words are shown the same (evidence.py).
    """
    m = morphs[i]
    verb = m if m.head == "動詞" else None
    if m.head == "名詞" and _prefixed_stem(morphs, i):
        verb = stem_verb(m)  # お|入り|に|なる: 入る
    if verb is None or verb.lemma in _LIGHT_VERBS:
        return None
    if i > 0 and (morphs[i - 1].head == "動詞" or morphs[i - 1].lemma == "て"):
        return None  # 読み|始める, 使っ|て|いる: the verb before says the action
    n = len(morphs)
    if m.head == "動詞" and m.cform.startswith("連体形") and i + 1 < n and _before_noun(morphs[i + 1]):
        return verb, [i + 1]
    if m.head == "動詞" and m.cform.startswith("連用形") and i > 0 and morphs[i - 1].lemma == "御":
        # お受け取り前, お使いの前: the verb's stem said as its honorific noun, then 前 (or の + 前)
        if i + 1 < n and _before_noun(morphs[i + 1]):
            return verb, [i + 1]
        if (
            i + 2 < n
            and morphs[i + 1].pos_is("助詞", "格助詞")
            and morphs[i + 1].lemma == "の"
            and _before_noun(morphs[i + 2])
        ):
            return verb, [i + 1, i + 2]
    if (
        (m.head != "動詞" or m.cform.startswith("連用形"))
        and i > 0
        and morphs[i - 1].head == "接頭辞"
        and morphs[i - 1].lemma == "御"
        and i + 3 < n
        and morphs[i + 1].pos_is("助詞", "格助詞")
        and morphs[i + 1].lemma == "に"
        and morphs[i + 2].lemma == "成る"
        and morphs[i + 2].cform.startswith("連体形")
        and _before_noun(morphs[i + 3])
    ):
        return verb, [i + 1, i + 2, i + 3]
    return None


def inside_a_compound(morphs: tuple[Morph, ...], i: int) -> bool:
    """The word at *i* stands between two nouns of one compound (室内|用|シューズ), with no particle around it."""
    if i == 0 or i + 1 >= len(morphs):
        return False
    before, after = morphs[i - 1], morphs[i + 1]
    return (before.head in ("名詞", "接尾辞") or before.kind == "number") and after.head == "名詞"


def made_for(morphs: tuple[Morph, ...], i: int) -> Morph | None:
    """冬用 read as one word inside a compound (冬用|タイヤ): 冬, the noun its 用 ("for") follows, as read alone.

    Only where the word is the noun UniDic reads alone (冬, フユ) and 用 read ヨー, a noun follows, and JMdict
    has no word of its own so spelt: 専用 "exclusive", 利用 "use", 信用 "trust" are words, not 専, 利 or 信 + 用.
    None otherwise.
    """
    m = morphs[i]
    if len(m.lemma) < 2 or not m.pron.endswith("ヨー") or i + 1 >= len(morphs) or morphs[i + 1].head != "名詞":
        return None
    if in_jmdict(m.lemma):
        return None
    from kokuchi.language.morphology import analyze

    words = analyze(m.lemma[:-1])
    if not words or len(words) != 1 or words[0].head != "名詞" or words[0].pron != m.pron[:-2]:
        return None
    return words[0]


def _prefixed_stem(morphs: tuple[Morph, ...], i: int) -> bool:
    """A noun after お and before に (お|入り|に): perhaps a verb's stem the analyzer read as a noun."""
    return 0 < i < len(morphs) - 1 and morphs[i - 1].lemma == "御" and morphs[i + 1].lemma == "に"


AFTER = "後:ゴ"  # the suffix 後's own key: 撮影から10分 says what 撮影後10分 says
_SPANS = frozenset({"秒", "分", "時間", "日", "日間", "週", "週間", "月", "か月", "ヶ月", "カ月", "箇月", "年", "年間"})


def _after_the_action(morphs: tuple[Morph, ...], i: int) -> dict[int, str | None]:
    """使用|後|は, 使用|の|後|に, 使用|し|た|後|、, 終わっ|た|後|に: "after the action", what 使用したら says.

    後 (ゴ) right after an action's noun (a suru-noun or a verb's stem), 後 (アト) after the noun + の or
    after a verb's past, then に, は, で or a comma: the action done, the key of a condition on an action's
    past (IF_DONE: 使用したら, 使用した場合は; the state's past and the non-past are others: 使用する際 is
    IF). Never after another noun (3日後, その後: a time) nor before a noun or a number (使用後の手入れ,
    撮影後10分: ``_span_after_the_action``).
    """
    if i < 1 or i + 1 >= len(morphs):
        return {}
    m, before, after = morphs[i], morphs[i - 1], morphs[i + 1]
    if not (after.text in ("、", ",") or (after.head == "助詞" and after.lemma in ("に", "は", "で"))):
        return {}
    if m.pron == "ゴ" and (_action(before) or (before.head == "動詞" and _named(morphs, i - 1))):
        return {i: IF_DONE}  # (お支払い後: お + a verb's stem)
    if m.pron != "アト" or i < 2:
        return {}
    if before.head == "助詞" and before.lemma == "の" and _action(morphs[i - 2]):
        return {i - 1: COPULA, i: IF_DONE}
    if before.head == "助動詞" and before.lemma == "た" and before.cform.startswith("連体形"):
        verb = morphs[i - 2]
        if verb.head == "動詞" and verb.lemma not in _STATIVE_VERBS and verb.lemma != "出来る":
            return {i - 1: COPULA, i: IF_DONE}
    return {}


def _span_after_the_action(morphs: tuple[Morph, ...], i: int) -> bool:
    """撮影|から|およそ|10|分: から after an action's noun and before a span of time is 後, "after".

    (A span: a number, 約/およそ before it, and a unit of time after it. 10時から, 駅から10分 and から
    before a noun stay "from".)
    """
    if i < 1 or not _action(morphs[i - 1]):
        return False
    k = i + 1
    if k < len(morphs) and morphs[k].lemma in _APPROXIMATORS:
        k += 1
    if k + 1 >= len(morphs) or morphs[k].kind != "number":
        return False
    return morphs[k + 1].lemma in _SPANS or morphs[k + 1].text in _SPANS


def before_key(m: Morph) -> str:
    """The key of "before N": 未就学 and 就学前 (and only they: 就学 alone is another key)."""
    return f"{m.lemma}:{m.pron_base}⟨before⟩"


def not_yet(morphs: tuple[Morph, ...]) -> list[int]:
    """Positions of 未 read as "before" (未就学: 就学前): not a negation when the other text says 就学前."""
    return [
        i
        for i, m in enumerate(morphs[:-1])
        if m.head == "接頭辞" and m.lemma == "未" and _suru_noun(morphs[i + 1]) and before_prefixed(morphs[i + 1].text)
    ]


_BEFORE_GLOSS = re.compile(r"^pre|\bpre-|\bbefore\b", re.IGNORECASE)


@lru_cache(maxsize=1 << 10)
def before_prefixed(noun: str) -> bool:
    """未 + *noun* says "before" the action (未就学: "preschool"): JMdict glosses the word so.

    Elsewhere 未 says "not (yet) done", a state that "before" does not share
    (未接種: "unvaccinated", whoever was never to be; 未受験, 未搭乗: who missed
    it, not who has yet to): there 未X and X前 are two things.
    """
    try:
        entries = jmdict_entries("未" + noun)
    except ImportError:
        return False
    return any(_BEFORE_GLOSS.search(g.text) for e in entries for sense in e.senses[:_SENSES] for g in sense.gloss)


# Words of courtesy a set phrase is said with, which only say how deeply (a small list, documented in
# docs/catalogs.md): 心より/心から/深く/厚く/重ねて/謹んで before お詫び, お礼, 感謝; 引き続き/今後とも/今後も
# before よろしくお願いします.
_COURTESY_HEADS = frozenset({"詫びる", "詫び", "礼", "感謝", "御礼"})
# The lemmas an intensifier or a closing courtesy may start or go on with (a quick test before reading them).
_COURTESY_WORDS = frozenset(
    {
        "心",
        "より",
        "から",
        "重ねる",
        "謹む",
        "て",
        "深い",
        "厚い",
        "引き続く",
        "引き続き",
        "今後",
        "これから",
        "共",
        "と",
        "も",
    }
)
# The lemmas by which a particle or a word with no part of speech may start a construction of construction_keys
# (each test of its chain that such a word can pass names its lemma: or its part of speech, the の of 準体助詞).
_PARTICLE_CONSTRUCTIONS = frozenset(
    {"か", "に", "から", "まで", "ので", "の", "実施", "頂戴", "兼ねる", "後"} | APPROXIMATE_SUFFIXES | _COURTESY_WORDS
)


def _intensifier(morphs: tuple[Morph, ...], i: int) -> bool:
    """心|より, 深く, 重ね|て before (お)詫び, (お)礼, 感謝: how deeply, in a set phrase of courtesy."""
    m = morphs[i]
    k = i + 1
    if m.head == "名詞" and m.lemma == "心":
        if k >= len(morphs) or morphs[k].lemma not in ("より", "から") or morphs[k].head != "助詞":
            return False
        k += 1
    elif m.head == "助詞" and m.lemma in ("より", "から") and i > 0 and morphs[i - 1].lemma == "心":
        return _intensifier(morphs, i - 1)
    elif m.head == "動詞" and m.lemma in ("重ねる", "謹む"):
        if k >= len(morphs) or morphs[k].lemma != "て":
            return False
        k += 1
    elif m.head == "助詞" and m.lemma == "て" and i > 0 and morphs[i - 1].lemma in ("重ねる", "謹む"):
        return _intensifier(morphs, i - 1)
    elif not (m.head == "形容詞" and m.lemma in ("深い", "厚い") and m.cform.startswith("連用形")):
        return False
    if k < len(morphs) and morphs[k].head == "接頭辞" and morphs[k].lemma == "御":
        k += 1
    return k < len(morphs) and morphs[k].lemma in _COURTESY_HEADS


_APOLOGIES = frozenset({"詫びる", "詫び", "謝罪", "陳謝"})
AHEAD = "⟨ahead⟩"  # a non-past clause made a noun before an apology: the trouble still to come


def _apologized_for(morphs: tuple[Morph, ...], i: int) -> list[int] | None:
    """おかけする|こと|を、(深く)お詫び: the positions of the verb, こと and を, or None.

    What an apology is for, said as a non-past clause made a noun (おかけすることを): the trouble still to come
    (AHEAD). The past (おかけしましたことを) is no longer read as the verb's connective form (おかけし、) since
    red team 32: the connective is tenseless and may apologise for trouble still to come.
    """
    if i < 1 or i + 2 >= len(morphs) or morphs[i].lemma == "た" and morphs[i - 1].head not in ("動詞", "助動詞"):
        return None
    koto, wo = morphs[i + 1], morphs[i + 2]
    if not (koto.head == "名詞" and koto.lemma == "事" and wo.head == "助詞" and wo.lemma == "を"):
        return None
    k = i + 3
    while k < len(morphs) and (
        morphs[k].kind in ("punct", "space") or _intensifier(morphs, k) or (morphs[k].lemma == "御")
    ):
        k += 1
    return [i, i + 1, i + 2] if k < len(morphs) and morphs[k].lemma in _APOLOGIES else None


def _continuing(morphs: tuple[Morph, ...], i: int) -> bool:
    """引き続き, 今後とも, 今後も, これからも before よろしく + お願い, the closing courtesy of a notice.

    Only when what lies between is a noun phrase and を (「X」をよろしくお願いします): 引き続き
    elsewhere says "continue" (引き続き運休いたします).
    """
    for start in (i, i - 1, i - 2):
        size = _continuing_lead(morphs, start) if start >= 0 else 0
        if start + size > i:
            break
    else:
        return False
    k = start + size
    while k < len(morphs):
        w = morphs[k]
        if w.head == "副詞" and w.lemma == "宜しく":
            return k + 2 < len(morphs) and morphs[k + 1].lemma == "御" and morphs[k + 2].lemma in ("願う", "願い")
        phrase = _nominal(w) or (w.head == "助詞" and w.lemma in ("を", "の"))
        if not (w.kind in ("punct", "space", "symbol") or phrase):
            return False
        k += 1
    return False


def _continuing_lead(morphs: tuple[Morph, ...], start: int) -> int:
    """How many words 引き続き (1), 今後とも (今後|共, 今後|と|も), 今後も, これからも take at *start*, or 0."""
    m = morphs[start]
    if m.lemma in ("引き続く", "引き続き") and m.text == "引き続き":
        return 1
    if m.lemma not in ("今後", "これから") or start + 1 >= len(morphs):
        return 0
    following = [w.lemma for w in morphs[start + 1 : start + 3]]
    if following[:1] in (["共"], ["も"]):
        return 2
    return 3 if following == ["と", "も"] else 0


_WHEN = frozenset({"場合", "際", "時"})


def _first_in_clause(morphs: tuple[Morph, ...], i: int) -> bool:
    """Nothing but お/ご stands between the word at *i* and the start of its clause (the text's or a comma's)."""
    k = i - 1
    while k >= 0 and morphs[k].head == "接頭辞" and morphs[k].lemma == "御":
        k -= 1
    return k < 0 or morphs[k].kind in ("punct", "space")


def voiceless_occasions(morphs: tuple[Morph, ...]) -> dict[int, Morph]:
    """キャンセル|さ|れる|場合, 申し込ま|れる|際: the position of each such れる, and its noun or verb.

    An action's noun alone in its clause (no object, subject or agent: nothing but お/ご before it) said as
    its verb with れる, non-past, before 場合, 際 or 時. Respect ("if you cancel") or passive ("if it is
    cancelled"): either is what the noun with の says (キャンセルの場合, ``occasion_genitives``), which names no
    actor and no voice.
    """
    found: dict[int, Morph] = {}
    for i in range(1, len(morphs) - 1):
        m, verb, after = morphs[i], morphs[i - 1], morphs[i + 1]
        noun = morphs[i - 2] if i >= 2 else verb
        if not (m.head == "助動詞" and m.lemma == "れる" and m.cform.startswith("連体形")):
            continue
        if i >= 2 and verb.lemma == "為る" and verb.cform.startswith("未然形") and _suru_noun(noun):
            start, action = i - 2, noun  # キャンセル|さ|れる
        elif verb.head == "動詞" and verb.ctype.startswith("五段") and verb.cform.startswith("未然形"):
            start, action = i - 1, verb  # 申し込ま|れる (a godan verb: られる may say "can")
        else:
            continue
        if after.head == "名詞" and after.lemma in _WHEN and _first_in_clause(morphs, start):
            found[i] = action
    return found


def voiced_honoured(morphs: tuple[Morph, ...]) -> dict[int, Morph]:
    """希望|さ|れる|際, 検討|さ|れ|て|いる|方: each れる after an action's noun + する, non-past, before 場合, 際,
    時 or 方 (directly or through ている), in a clause that names no agent and no subject (objects allowed:
    入塾を検討されている方), the noun an act of one's own mind (``_minded``); its position and the noun.

    Respect ("those of you considering") or passive ("those being considered"); the guard drops it only where
    the other text says the same noun with お/ご as the reader's act (``honoured_actions``), and the caller
    asks the old English, which must say no passive (catalog/suggest.py). A negation (されない), a past
    (された) and a potential never match: the れる must be followed by the noun or by ている and the noun.
    """
    found: dict[int, Morph] = {}
    for i in range(2, len(morphs) - 1):
        m, verb, noun = morphs[i], morphs[i - 1], morphs[i - 2]
        if not (m.head == "助動詞" and m.lemma == "れる"):
            continue
        if not (verb.lemma == "為る" and verb.cform.startswith("未然形") and _suru_noun(noun)):
            continue
        k = i + 1
        if m.cform.startswith("連用形") and k + 1 < len(morphs) and morphs[k].lemma == "て":
            if not (morphs[k + 1].lemma == "居る" and morphs[k + 1].cform.startswith("連体形")):
                continue
            k += 2  # 検討されている方: 検討している方
        elif not m.cform.startswith("連体形"):
            continue
        if k >= len(morphs) or morphs[k].head != "名詞" or morphs[k].lemma not in _OCCASIONS:
            continue
        first = i - 2
        while first > 0 and morphs[first - 1].kind not in ("punct", "space"):
            first -= 1
        if any(
            (morphs[j].head == "助詞" and morphs[j].lemma in _AGENT_OR_SUBJECT)
            or (morphs[j].head == "動詞" and morphs[j].lemma == "因る")
            for j in range(first, i - 2)
        ):
            continue  # 係員に確認される場合, 予約がキャンセルされる場合: another actor, a passive
        if not _minded(noun.lemma):
            # 料金を請求される場合: the passive may make the reader suffer the act; 紹介される方, with no object, may
            # be the one referred as well as the one who refers (ご紹介の方: who came by referral). Only an act of
            # one's own mind (希望, 検討), which no one else aims at the reader, reads as respect alone.
            continue
        found[i] = noun
    return found


# The first-sense glosses of an act of one's own mind (希望 "wish", 検討 "consideration"), and those of an act aimed
# at another person (要求 "desire" and "demand", 所望 "wish" and "request"). A supplement naming the classes of
# JMdict glosses read, never the words: the nouns are JMdict's.
_MINDING = frozenset({"wish", "hope", "aspiration", "desire", "longing", "consideration"})
_ASKING_GLOSSES = frozenset(
    {"request", "demand", "demand for", "firm request", "claim", "charge", "requisition", "invitation"}
)


def _minded(lemma: str) -> bool:
    """*lemma* (an action's noun) is an act of one's own mind, aimed at no one (希望, 検討, 志望): a gloss of
    ``_MINDING`` in the first sense of its JMdict entry and none of ``_ASKING_GLOSSES`` (要求, 所望, 請求: one asks
    someone, who may be the reader). Its passive with an object cannot make the reader the one it is aimed at
    (料金を請求される場合, "if you are charged"), so with お/ご in the other text its れる reads as respect or as
    a passive the English shows. False without JMdict."""
    try:
        glosses = first_sense_glosses(lemma)
    except ImportError:
        return False
    return not _MINDING.isdisjoint(glosses) and _ASKING_GLOSSES.isdisjoint(glosses)


def honoured_actions(morphs: tuple[Morph, ...]) -> frozenset[str]:
    """ご|希望|の, ご|検討|中, ご|利用|に|なる: the lemmas of the actions' nouns said with お/ご as the reader's act.

    The noun after お/ご is followed by の, by the suffix 中 ("in the middle of") or by に + なる (the honorific
    "do"): never by する, いたす or 申し上げる, the humble act of the writer (ご案内する, "we guide you").
    """
    found: set[str] = set()
    for i in range(1, len(morphs) - 1):
        m, after = morphs[i], morphs[i + 1]
        if not (morphs[i - 1].head == "接頭辞" and morphs[i - 1].lemma == "御" and _suru_noun(m)):
            continue
        if (
            (after.pos_is("助詞", "格助詞") and after.lemma == "の")
            or (after.head == "接尾辞" and after.lemma == "中")
            or (
                after.head == "助詞"
                and after.lemma == "に"
                and i + 2 < len(morphs)
                and morphs[i + 2].lemma == "成る"
                and morphs[i + 2].pron_base == "ナル"
            )
        ):
            found.add(m.lemma)
    return frozenset(found)


def passive_or_respect(morphs: tuple[Morph, ...]) -> dict[int, tuple[Morph, bool]]:
    """紛失|さ|れ|た|場合, キャンセル|さ|れる|場合, 申し込ま|れる|際: each such れる's position, its action and
    whether た follows, in a clause that names no agent and no subject (objects allowed: カードを紛失された場合).
    Respect ("if you have lost") or passive ("if it was lost"); the caller asks the old English which
    (catalog/suggest.py). Not even an honoured subject: お客様が入力された場合 may be "if we entered it for you",
    an English with no passive, which お客様が入力した場合 ("if you entered it") is not; where no subject is named,
    the active names none either, and says what the English says of whoever acts.
    """
    found: dict[int, tuple[Morph, bool]] = {}
    for i in range(1, len(morphs) - 1):
        m, verb = morphs[i], morphs[i - 1]
        if not (m.head == "助動詞" and m.lemma == "れる"):
            continue
        if i >= 2 and verb.lemma == "為る" and verb.cform.startswith("未然形") and _suru_noun(morphs[i - 2]):
            start, action = i - 2, morphs[i - 2]
        elif verb.head == "動詞" and verb.ctype.startswith("五段") and verb.cform.startswith("未然形"):
            start, action = i - 1, verb
        else:
            continue
        k, past = i + 1, False
        if m.cform.startswith("連用形") and morphs[k].head == "助動詞" and morphs[k].lemma == "た":
            k, past = k + 1, True
        elif not m.cform.startswith("連体形"):
            continue
        if k >= len(morphs) or morphs[k].head != "名詞" or morphs[k].lemma not in _WHEN | {"方"}:
            continue
        first = start
        while first > 0 and morphs[first - 1].kind not in ("punct", "space"):
            first -= 1
        if any(
            (morphs[j].head == "助詞" and morphs[j].lemma in _AGENT_OR_SUBJECT)
            or (morphs[j].head == "動詞" and morphs[j].lemma == "因る")
            for j in range(first, start)
        ):
            continue
        if morphs[k].lemma == "方" and not _object_before(morphs, first, start):
            # 推薦された方: with no object, the one acted on ("who were recommended", an English with no form of
            # "be"); 住所を変更された方 has its object, and a passive there (契約を解除された方, "whose contract was
            # terminated") is one the old English says with "be".
            continue
        found[i] = (action, past)
    return found


def _object_before(morphs: tuple[Morph, ...], first: int, start: int) -> bool:
    """A case particle を in morphs[first:start]: the clause names the action's object."""
    return any(morphs[j].pos_is("助詞", "格助詞") and morphs[j].lemma == "を" for j in range(first, start))


def active_occasions(morphs: tuple[Morph, ...]) -> list[tuple[Morph, bool]]:
    """キャンセル|する|場合, 紛失|し|た|場合, 申し込む|際: each action said active before 場合/際/時, and whether
    た follows it."""
    found: list[tuple[Morph, bool]] = []
    for i, m in enumerate(morphs[:-1]):
        if _suru_noun(m) and morphs[i + 1].lemma == "為る":
            k = i + 2
            form = morphs[i + 1].cform
        elif m.head == "動詞" and m.lemma != "為る" and (i == 0 or not _suru_noun(morphs[i - 1])):
            k, form = i + 1, m.cform
        else:
            continue
        past = False
        if form.startswith("連用形") and k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma == "た":
            k, past = k + 1, True
        elif not form.startswith("連体形"):
            continue
        if k < len(morphs) and morphs[k].head == "名詞" and morphs[k].lemma in _WHEN | {"方"}:
            found.append((m, past))
    return found


def occasion_genitives(morphs: tuple[Morph, ...]) -> list[Morph]:
    """キャンセル|の|場合, ご|退会|の|際, お|申し込み|の|際: the actions alone in their clause said so (an action's
    noun, or after お/ご a verb's stem, read as the verb or as a noun)."""
    return [
        m
        for i, m in enumerate(morphs[:-2])
        if (_suru_noun(m) or (m.head in ("動詞", "名詞") and i > 0 and morphs[i - 1].lemma == "御"))
        and morphs[i + 1].pos_is("助詞", "格助詞")
        and morphs[i + 1].lemma == "の"
        and morphs[i + 2].head == "名詞"
        and morphs[i + 2].lemma in _WHEN
        and _first_in_clause(morphs, i)
    ]


def participles(morphs: tuple[Morph, ...]) -> list[tuple[int, str, int]]:
    """予約|さ|れ|た|資料, ご|会葬|いただい|た|皆様: (the suru-noun's position, its lemma, た's position)
    where one is said as a past participle.

    What the guard compares it with is お/ご + the same noun + の before a noun
    (ご予約の資料: "your reserved materials"; ご会葬の皆様: "those who attended
    the funeral"), and nothing else: キャンセルされた予約 is not キャンセルの予約.
    With いただいた (what the reader did, humbly thanked), the noun has お/ご.
    """
    found = []
    for i, m in enumerate(morphs[:-3]):
        if not _suru_noun(m):
            continue
        k = i + 1
        verb = morphs[k]
        if verb.lemma == "為る" and verb.cform.startswith("未然形"):
            k += 1
            if morphs[k].lemma != "れる" or morphs[k].head != "助動詞":
                continue
        elif not (verb.lemma == "頂く" and verb.pron_base == "イタダク" and i > 0 and morphs[i - 1].lemma == "御"):
            continue
        if k + 2 >= len(morphs):
            continue
        ta, noun = morphs[k + 1], morphs[k + 2]
        if ta.lemma == "た" and ta.head == "助動詞" and ta.cform.startswith("連体形") and _nominal(noun):
            found.append((i, m.lemma, k + 1))
    return found


def honorific_genitives(morphs: tuple[Morph, ...]) -> frozenset[str]:
    """ご|予約|の|資料: the lemmas of the suru-nouns said with お/ご and の before a noun."""
    return frozenset(
        morphs[i].lemma
        for i in range(1, len(morphs) - 2)
        if morphs[i - 1].head == "接頭辞"
        and morphs[i - 1].lemma == "御"
        and _suru_noun(morphs[i])
        and morphs[i + 1].head == "助詞"
        and morphs[i + 1].lemma == "の"
        and _nominal(morphs[i + 2])
    )


_OCCASIONS = frozenset({"場合", "際", "時", "方"})
_AGENT_OR_SUBJECT = frozenset({"が", "は", "に", "から", "より", "によって", "も"})


def _honorific_can(morphs: tuple[Morph, ...], i: int) -> bool:
    """ご|利用|に|なれ, お|使い|に|なれ: the honorific "you can", after お/ご and a verb's stem or a suru-noun."""
    if i < 3 or morphs[i - 1].lemma != "に" or morphs[i - 1].head != "助詞":
        return False
    word, prefix = morphs[i - 2], morphs[i - 3]
    if _honorific_noun(word):
        return True  # ご覧になれます: ご覧いただけます
    if _verb_stem_noun(word) and prefix.head == "接頭辞" and prefix.lemma == "御":
        return True  # お受け取りになれます (受け取り read as a noun): お受け取りいただけます
    stem = (word.head == "動詞" and word.cform.startswith("連用形")) or word.pos[:3] == ("名詞", "普通名詞", "サ変可能")
    return stem and prefix.head == "接頭辞" and prefix.lemma == "御"


def _plain_verb(m: Morph) -> str | None:
    """The key of the one plain verb an honorific noun says (ご覧: 見る), or None."""
    verbs = _HONORIFIC.get(m.lemma, ()) if _honorific_noun(m) else ()
    if len(verbs) != 1:
        return None
    words = analyze(next(iter(verbs)))
    return f"{words[0].lemma}:{words[0].pron_base}" if words and len(words) == 1 else None


def _honorific_noun(m: Morph) -> bool:
    """ご覧 (lemma 御覧), one noun with its honorific prefix, a verb said with respect in ``_HONORIFIC`` (見る)."""
    return m.head == "名詞" and m.lemma.startswith("御") and m.lemma in _HONORIFIC


def _not_there(morphs: tuple[Morph, ...], i: int) -> list[int]:
    """影響は|あり|ませ|ん: ある or ござる negated, the positions of ます and the negation (or none)."""
    k = i + 1
    while k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma == "ます":
        k += 1
    if k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma in ("ない", "ず"):
        return list(range(i + 1, k + 1))
    return []


def _after_a_state(morphs: tuple[Morph, ...], i: int) -> bool:
    """ので after a passive, a past, a state or an adjective (ます aside), where ため too says "because"."""
    k = i - 1
    while k > 0 and morphs[k].head == "助動詞" and morphs[k].lemma == "ます":
        k -= 1
    if k > 0 and morphs[k].head == "助動詞" and morphs[k].lemma in ("ない", "ず"):
        k -= 1  # ありませんので: ないので
        while k > 0 and morphs[k].head == "助動詞" and morphs[k].lemma == "ます":
            k -= 1
        # 受け付けておりませんので, お受けできませんので: a state negated (ている, できる, a passive) says "because"
        negated = morphs[k]
        stative = negated.head == "動詞" and negated.lemma in ("居る", "出来る")
        passive = negated.head == "助動詞" and negated.lemma in ("れる", "られる")
        return negated.lemma in ("有る", "御座る") or stative or passive
    if k >= 0 and (
        _becoming(morphs, k) or (morphs[k].head == "動詞" and (_own_subject(morphs, k) or _event_held(morphs, k, i)))
    ):
        # 必要となりますので: 必要になるため; 駐車場が混み合いますので: 混み合うため; 工事を行いますので、終電を
        # 繰り上げます: 行うため (an event held, said of what is done: "in order to" and "because" name one act)
        return True
    return k >= 0 and (_stative(morphs[k]) or _copula_of_a_state(morphs, k))


NOT = "ない:ナイ"  # the auxiliary ない's own key: ません says it politely
PURPOSE = "⟨in order to⟩"  # ため + に (+ は) or に + は after a verb's plain non-past: 長持ちさせるためには


def _polite_negation(morphs: tuple[Morph, ...], i: int) -> bool:
    """ませ|ん: ず after ます is ない said politely (受け付けておりません: 受け付けていない)."""
    return i > 0 and morphs[i - 1].head == "助動詞" and morphs[i - 1].lemma == "ます"


def _becoming(morphs: tuple[Morph, ...], k: int) -> bool:
    """必要|と|なり, 有効|に|なる: なる after と/に (the particle or the copula's に) and a noun or adjectival noun."""
    if k < 2 or morphs[k].head != "動詞" or morphs[k].lemma != "成る" or morphs[k].pron_base != "ナル":
        return False
    particle, word = morphs[k - 1], morphs[k - 2]
    is_to = particle.lemma in ("と", "に") and particle.head == "助詞"
    is_ni = particle.head == "助動詞" and particle.lemma == "だ" and particle.text == "に"
    return (is_to or is_ni) and (word.head == "形状詞" or _nominal(word))


# The lemmas of a request or a recommendation to the reader (ください, お願いします, ご了承いただきますよう,
# お勧めします).
_REQUESTING = frozenset({"下さる", "願う", "頂く", "戴く", "貰う", "求める", "勧める", "薦める", "推奨"})


# The verbs of an event carried out (工事を行う, 点検を実施する, 説明会を開催する): the act a notice announces.
_HOLDING = frozenset({"行う", "執り行う", "実施", "開催", "催す"})


def _event_held(morphs: tuple[Morph, ...], k: int, i: int) -> bool:
    """The clause ending at *k* holds an event (行う, or 実施/開催 + する) with no subject of its own, and the
    sentence after the connective at *i* asks nothing of the reader (``_no_request_after``): 棚卸しを行いますので、
    19時で閉店いたします. "Because we hold it" and "to hold it" then say one act of one doer. Any other verb keeps
    ため's "in order to" apart (部品を購入するため、来店します: come to buy), and a subject makes another doer
    (子供が遊ぶため: for the children to play)."""
    verb = morphs[k]
    held = verb.lemma in _HOLDING or (verb.lemma == "為る" and k > 0 and morphs[k - 1].lemma in _HOLDING)
    if not held:
        return False
    for j in range(k - 1, -1, -1):
        m = morphs[j]
        if m.text in _CLAUSE_END or m.pos_is("助詞", "接続助詞"):
            break
        if m.pos_is("助詞", "格助詞") and m.lemma == "が" or m.pos_is("助詞", "係助詞") and m.lemma == "は":
            return False
    return _no_request_after(morphs, i)


def _no_request_after(morphs: tuple[Morph, ...], i: int) -> bool:
    """The sentence after the connective at *i* asks nothing of the reader and says no purpose of theirs: it
    states what is done (終電を30分繰り上げます, 19時で閉店いたします, ご利用いただけません). ため before it says
    "in order to" only of that act's doer, whose act the clause before it names either way: "because we carry out
    the work" and "to carry out the work" say one act. Before a request (書類を郵送するため、住所をお知らせください)
    the reader would be the doer: never so."""
    said = False  # (the clause read alone, cut at its comma, says nothing of the sentence: never so)
    after = next((k for k in range(i + 1, len(morphs)) if morphs[k].text in ("、", ",", "，")), len(morphs))
    for m in morphs[after + 1 :]:
        if m.text in ("。", "!", "?", "！", "？", "\n"):
            break
        if m.lemma in _REQUESTING or m.lemma == "か" and m.pos_is("助詞", "終助詞"):
            return False
        if m.head == "助動詞" and (m.lemma == "たい" or m.cform.startswith("意志推量形")):
            return False  # 行いたい, 行いましょう: a wish or an invitation, the reader's perhaps
        said = m.head in ("動詞", "助動詞", "形容詞") or (said and m.kind != "word")
    return said


def _own_subject(morphs: tuple[Morph, ...], k: int) -> bool:
    """駐車場|が|大変|混み合い: the clause ending at *k* has a subject of its own, a noun (no person) + が.

    Read back to the clause's start (a comma, a sentence's end, a connective): ため after such a clause says
    "because", never "in order to", whose doer is the main clause's (混み合うため, 雨が降るため).
    """
    j = k - 1
    while j > 0:
        m = morphs[j]
        if m.text in _CLAUSE_END or m.pos_is("助詞", "接続助詞") or m.pos_is("助詞", "係助詞"):
            return False
        if m.lemma == "が" and m.pos_is("助詞", "格助詞"):
            # (a person may be the doer of a purpose: 子供が遊ぶため may say "for the children to play")
            return _nominal(morphs[j - 1]) and not _person(morphs[j - 1])
        j -= 1
    return False


def _predicate_before(morphs: tuple[Morph, ...], i: int) -> int:
    """The position of the predicate before ので/ため at *i*, ます and its negation aside (or -1)."""
    k = i - 1
    while k > 0 and morphs[k].head == "助動詞" and morphs[k].lemma == "ます":
        k -= 1
    return k


SINCE = "⟨since⟩"  # ので and から after a predicate ため may not stand for ("in order to"): one "because"
_PREDICATES = frozenset({"動詞", "助動詞", "形容詞"})
WAS = "⟨was⟩"  # a noun's past as a reason where the sentence says no past: 貸切でしたので、ご了承ください


# Words read ahead from one construction to the sentence's end, at most: a sentence that repeats the
# construction is then read in time linear in its length.
_LOOKAHEAD = 64


def _past_reason(morphs: tuple[Morph, ...], i: int) -> bool:
    """貸切|でし|た|の|で、ご了承ください: the copula's past before ので/から, and no past after it in the sentence.

    のため says no tense: the sentence's own says it. ご不在でしたので、持ち帰りました is ご不在のため (the group of
    data/same-meaning.json), but 貸切でしたので before a present is "was reserved", where 貸切ですので and
    貸切のため say "is": the past is then a key of its own.
    """
    if i < 2 or i + 1 >= len(morphs):
        return False
    copula, noun = morphs[i - 1], morphs[i - 2]
    if copula.head != "助動詞" or copula.lemma not in ("だ", "です") or not _nominal(noun):
        return False
    after = morphs[i + 1]
    if not (_nominal_node(morphs, i + 1) or (after.lemma in ("ので", "から") and after.pos_is("助詞", "接続助詞"))):
        return False
    if i + 3 >= len(morphs):
        return False  # (the expression alone, as data/same-meaning.json writes it: …でしたので)
    for m in morphs[i + 2 : i + 2 + _LOOKAHEAD]:  # (past the budget: the past a key of its own, the safe side)
        if m.text in ("。", "!", "?", "\n"):
            break
        if m.head == "助動詞" and m.lemma == "た":
            return False
    return True


def _reason_of_a_noun(morphs: tuple[Morph, ...], i: int) -> dict[int, str | None]:
    """満車|と|なっ|て|おり|ます|ので: a noun + となっている before ので/ため is the noun + のため ("because").

    となる says the state, ている that it holds: の + ため (the group of data/same-meaning.json, …のため) reads
    it. The と is read as の; the rest says nothing more. Not となる alone (満車となるため: "will be").
    """
    k = _predicate_before(morphs, i)
    if k < i - 1 and k >= 2 and _becoming(morphs, k) and _state_noun(morphs[k - 2]) and morphs[k - 1].head == "助詞":
        return {k - 1: GENITIVE, k: COPULA}  # 22時となりますので: 22時ですので, 22時のため (ます: no purpose)
    if k < 4 or morphs[k].head != "動詞" or morphs[k].lemma != "居る" or not morphs[k - 1].pos_is("助詞", "接続助詞"):
        return {}
    if morphs[k - 1].lemma != "て" or not _becoming(morphs, k - 2) or not _state_noun(morphs[k - 4]):
        return {}
    if not (morphs[k - 3].lemma == "と" and morphs[k - 3].head == "助詞"):
        return {}
    return {k - 3: GENITIVE, **dict.fromkeys(range(k - 2, k + 1), COPULA)}


def _state_noun(m: Morph) -> bool:
    """A noun that may say the state the reason is (満車, 22時, 全面禁煙): no adjectival noun, no person."""
    return (m.kind == "number" or m.head in ("名詞", "接尾辞")) and not _adjectival(m) and not _person(m)


def _adjectival(m: Morph) -> bool:
    """An adjectival noun (危険, 必要: UniDic's 形状詞, or a noun it says may be one)."""
    return m.head == "形状詞" or m.pos[2:3] in (("形状詞可能",), ("サ変形状詞可能",))


# The last character of a noun that names a person (会員, 利用者, 学生, お客様): のため after it may say "for".
_PERSON_KANJI = frozenset("者員様方客人生師士手家供達児童民族社")


def _person(m: Morph) -> bool:
    return m.kind == "word" and (m.text[-1] in _PERSON_KANJI or m.pos[:2] == ("名詞", "固有名詞") or m.head == "代名詞")


def a_person_noun(m: Morph) -> bool:
    """A noun that may name people by its last kanji (お客|様, 会員, 子供, 家族), a proper noun or a pronoun."""
    return _person(m)


def _noun_said_as_reason(morphs: tuple[Morph, ...], i: int) -> dict[int, str | None]:
    """全席自由席|です|の|で, 満車|だ|から: a noun + the copula + ので/から is the noun + のため, "because".

    Not after a person (会員ですので: 会員のため may say "for members"), a proper noun or a pronoun; the copula
    in the present only (でしたので is the group of data/same-meaning.json).
    """
    k = _predicate_before(morphs, i) if morphs[i - 1].lemma != "です" else i - 1
    copula = morphs[k] if k > 0 else None
    if copula is None or copula.head != "助動詞" or copula.lemma not in ("だ", "です") or copula.text == "で":
        return {}
    return {k: GENITIVE} if _state_noun(morphs[k - 1]) else {}


def _because(morphs: tuple[Morph, ...], i: int) -> dict[int, str | None] | None:
    """ため at *i* said of a state a noun is in or comes to be: "because", as ので says it.

    満車|と|なっ|て|いる|ため is 満車のため (``_reason_of_a_noun``); 必要|に|なる|ため, not before に (ために
    may say "in order to"), is 必要となりますので: the と/に and なる say nothing more. None otherwise.
    """
    if i + 1 < len(morphs) and morphs[i + 1].lemma == "に" and morphs[i + 1].head == "助詞":
        return None
    if state := _reason_of_a_noun(morphs, i):
        return state
    k = i - 1
    if k >= 2 and _becoming(morphs, k) and morphs[k].cform.startswith("連体形") and _adjectival(morphs[k - 2]):
        return {k - 1: COPULA, k: COPULA}  # (an adjectival noun: 満車となるため, "will be", is not 満車のため)
    return None


def _in_order_to(morphs: tuple[Morph, ...], i: int) -> dict[int, str | None] | None:
    """長持ちさせる|に|は, 長持ちさせる|ため|に|は: "in order to", after a verb's plain non-past.

    に + は, and ため + に + は, after a verb or せる/させる in the attributive or final form (not a past, a
    negation, a state: いる, ある, できる, a passive) say one purpose: ため is read as nothing more and に
    as PURPOSE. ため and ために stay themselves (REASON and a particle).
    """
    if i < 1 or i + 1 >= len(morphs):
        return None
    before = morphs[i - 1]
    if morphs[i + 1].lemma != "は" or morphs[i + 1].head != "助詞":
        return None  # (ために alone is ため and a particle, as it was: 購入するため / 購入するために)
    k, purpose = i - 1, dict[int, str | None]({i: PURPOSE})
    if before.head == "名詞" and before.lemma == "為" and before.pron == "タメ":
        k, purpose = i - 2, {i - 1: COPULA, i: PURPOSE}
    if k < 0:
        return None
    verb = morphs[k]
    plain = verb.cform.startswith(("連体形", "終止形"))
    doing = (verb.head == "動詞" and verb.lemma not in _STATIVE_VERBS and verb.lemma != "出来る") or (
        verb.head == "助動詞" and verb.lemma in ("せる", "させる")
    )
    return purpose if plain and doing else None


def _copula_of_a_state(morphs: tuple[Morph, ...], k: int) -> bool:
    """危険|です, 危険|な, 必要|だ: the copula after an adjectival noun, which says a state (危険なため: because)."""
    m = morphs[k]
    if k < 1 or m.head != "助動詞" or m.lemma not in ("だ", "です"):
        return False
    before = morphs[k - 1]
    return before.head == "形状詞" or before.pos[:3] in (
        ("名詞", "普通名詞", "形状詞可能"),
        ("名詞", "普通名詞", "サ変形状詞可能"),
    )


def _stative(m: Morph) -> bool:
    """What ため follows when it can only say "because": a passive, a past, a state, an adjective."""
    if m.head == "助動詞":
        return m.lemma in _STATIVE_AUXILIARIES
    if m.head == "動詞":
        return m.lemma in _STATIVE_VERBS
    return m.head == "形容詞" or m.pos_is("接尾辞", "形容詞的")  # 落ちにくい, 使いやすい: an adjective made of a verb


def _nominal_node(morphs: tuple[Morph, ...], i: int) -> bool:
    """予想されます|の|で、: の (準体助詞) and で (the copula) after a verb or an auxiliary, then a pause: ので."""
    # (pos_is spelt out: construction_keys asks this of every word it reads)
    if i == 0 or i + 1 >= len(morphs) or morphs[i].pos[:2] != ("助詞", "準体助詞"):
        return False
    copula, before = morphs[i + 1], morphs[i - 1]
    if copula.head != "助動詞" or copula.lemma != "だ" or copula.text != "で":
        return False
    after = morphs[i + 2] if i + 2 < len(morphs) else None
    ends = after is None or after.kind in ("punct", "space")  # not のではなく, のでも
    # (必要となりますので大切に: a new clause at once, a word that is no particle nor auxiliary)
    ends = ends or (after is not None and after.kind == "word" and after.head not in ("助詞", "助動詞", "接尾辞"))
    return ends and (before.head in ("助動詞", "動詞", "形容詞") or before.pos_is("接尾辞", "形容詞的"))


def _noni(morphs: tuple[Morph, ...], i: int) -> bool:
    """雨な|の|に, 使う|の|に: の (準体助詞) and に after a verb, an adjective or an auxiliary: のに, "although"
    (or "for": 使うのに便利), one word UniDic cuts in two; its に is no case particle to add or drop."""
    if i == 0 or i + 1 >= len(morphs) or morphs[i].pos[:2] != ("助詞", "準体助詞"):  # (as _nominal_node)
        return False
    return (
        morphs[i + 1].pos_is("助詞", "格助詞")
        and morphs[i + 1].lemma == "に"
        and morphs[i - 1].head
        in (
            "助動詞",
            "動詞",
            "形容詞",
        )
    )


# The last character of a noun that names a time (期限, 最終日, 夜間, 年度末, お盆): まで is "until" after it.
_TIME_KANJI = frozenset("日月年末間時週期限頃朝夜晩昼季盆刻曜度")


# Positions a movement reaches the end of (奥, 端, 突き当たり): まで after them is "all the way to", へ "toward".
_FAR_POSITIONS = frozenset(
    {"奥", "端", "隅", "突き当たり", "突き当り", "先", "先頭", "最後尾", "後ろ", "手前", "上", "下", "中"}
)


def _destination(morphs: tuple[Morph, ...], i: int) -> bool:
    """窓口|まで|お|問い合わせ|ください: まで after a place, before a request, is "to" (へ), not "until".

    The noun before it names a place or an office, not a time or an event
    (普通名詞 一般 or a counter-like noun after a noun, a proper noun or a
    noun's suffix: 支店, 総務|課, 税務|署; never 前日, 18時, 終了, which are
    adverbial, after a number or suru-nouns: "until"), and a verb
    (or a suru-noun) and the request follow at once (お問い合わせください,
    ご連絡ください, お越しください).
    """
    if i == 0 or i + 2 >= len(morphs):
        return False
    before = morphs[i - 1]
    place = before.pos[:3] in (("名詞", "普通名詞", "一般"), ("名詞", "普通名詞", "助数詞可能")) or before.pos[:2] in (
        ("名詞", "固有名詞"),
        ("接尾辞", "名詞的"),
    )
    # 受付までお知らせください: the desk, not the act; 当日の受付まで, a day's, is the act ("by check-in").
    timed = i >= 3 and morphs[i - 2].text == "の" and _of_a_time(morphs[i - 3])
    place = place or (_suru_noun(before) and _a_desk(before) and not timed)
    if not place or (i >= 2 and (morphs[i - 2].kind == "number" or morphs[i - 2].pos_is("名詞", "数詞"))):
        return False
    if before.text[-1] in _TIME_KANJI:
        return False  # 期限まで, 最終日まで, 夜間まで: a time UniDic does not call adverbial
    if before.lemma in _FAR_POSITIONS:
        return False  # 奥までお詰めください: "all the way to the back", not toward it (奥へ)
    k = _past_an_adverb(morphs, i + 1)  # 窓口までお気軽にお問い合わせください: how, not where
    k = _past_an_adverb(morphs, _past_a_means(morphs, k))  # センターまでお電話でお問い合わせください: how, too
    if morphs[k].head == "接頭辞" and morphs[k].lemma == "御":
        k += 1
    if k + 1 >= len(morphs):
        return False
    verb, request = morphs[k], morphs[k + 1]
    if verb.head == "動詞" and request.head == "助動詞" and request.lemma == "せる" and k + 2 < len(morphs):
        # お知ら|せ|ください: UniDic cuts 知らせる as 知る + the causative; the act is the whole verb, "inform"
        verb, request = causatives_joined([verb, request])[0], morphs[k + 2]
    if verb.head == "動詞" and verb.lemma == "願う":
        # お問い合わせは、窓口までお願いいたします: the request itself, of what the topic names sent or told
        topic = _topic_before(morphs, i)
        return topic is not None and _conveyed_to(topic)
    honoured = k > i + 1  # お声がけください: after お/ご, a verb's stem written as a noun (声掛け) is the verb
    action = verb.head == "動詞" or _suru_noun(verb) or (honoured and _verb_stem_noun(verb))
    if not action or not _conveyed_to(verb):
        return False  # 待合室までお入りください: "no farther than", a limit of the reader's own way
    if request.lemma == "て" and k + 2 < len(morphs):
        request = morphs[k + 2]
    if (verb.head != "動詞" or honoured) and _requested_after(morphs, k + 1):
        return True  # 窓口までご連絡をお願いいたします, お問い合わせをお願いします: the action named, asked for
    return request.head == "動詞" and request.lemma in ("下さる", "願う")


# The first-sense JMdict glosses of a verb (or an action's noun) whose goal is whom it is sent, told or brought
# to: まで before it names that goal ("to"), as へ does. Any other act (入る "enter", 移動 "movement", 見学 "tour",
# 同伴 "accompany") goes on as far as まで says, no farther: a limit, which へ does not say.
_CONVEYING_GLOSSES = frozenset(
    {
        "contact",
        "get in touch",
        "send",
        "send back",
        "return to sender",
        "forward",
        "deliver",
        "mail",
        "post",
        "bring",
        "submit",
        "submission",
        "turn in",
        "return",
        "report",
        "notify",
        "notification",
        "inform",
        "let know",
        "tell",
        "inquire",
        "enquire",
        "inquiry",
        "enquiry",
        "ask",
        "question",
        "consult",
        "consultation",
        "phone call",
        "telephone call",
        "come",
        "application",  # 申し込み, 申請, 応募: made to whom it is sent
        "apply for",
        "make an application",
    }
)


def causatives_joined(words: list[Morph]) -> list[Morph]:
    """知ら|せ (知る + the causative せる) read as the one verb 知らせる, "to inform", for the resources.

    A godan verb's irrealis + せる is looked up as the verb it spells; the
    resources confirm it or not (JMdict has 知らせる and 済ませる as words of
    their own, not 行かせる "to make go", which then stays unexplained).
    """
    if not any(m.head == "助動詞" and m.lemma == "せる" for m in words):
        return words
    out: list[Morph] = []
    for m in words:
        last = out[-1] if out else None
        if (
            m.head == "助動詞"
            and m.lemma == "せる"
            and last is not None
            and last.head == "動詞"
            and last.ctype.startswith("五段")
            and last.cform.startswith("未然形")
        ):
            verb = last.text + "せる"
            out[-1] = Morph(last.text + m.text, "word", ("動詞", "一般"), "下一段-サ行", m.cform, verb, "", "")
            continue
        out.append(m)
    return out


def _of_a_time(m: Morph) -> bool:
    """A noun of time (UniDic's adverbial noun: 当日, 前日, 毎朝; or one ending in a kanji of time: 初日, 期間)
    or a number."""
    return m.kind == "number" or m.pos[2:3] == ("副詞可能",) or (m.head == "名詞" and m.text[-1:] in _TIME_KANJI)


def _a_person_at(morphs: tuple[Morph, ...], k: int) -> bool:
    """The noun at *k* names people by its last kanji (保護|者, 会員, 講|師, お客|様; never 配達's 達, as
    ``a_person_noun`` would read it, nor 料金, which ``names_a_person`` takes for "person in charge"), or is a
    person's name (UniDic's 人名)."""
    m = morphs[k]
    return m.kind == "word" and (m.text[-1:] in "者員師様" or m.pos[2:3] == ("人名",))


def _a_desk(noun: Morph) -> bool:
    """An action's noun JMdict's first sense glosses as a desk (受付 "reception (desk)", "information desk"): the
    place the act is done at, which まで reaches. False without JMdict."""
    try:
        glosses = first_sense_glosses(_forms(noun)[0])
    except ImportError:
        return False
    return any(re.sub(r"[()]", "", gloss).split()[-1:] == ["desk"] for gloss in glosses)


def _conveyed_to(verb: Morph) -> bool:
    """連絡, 問い合わせる, 提出, 返却, お越し: an act whose goal is a place or a person it reaches, whom something
    is sent, told or brought to (JMdict's first senses, ``_CONVEYING_GLOSSES``), or the reader comes to (a
    verb of coming, ``_COMING``); the requests to ask or tell (``_ASKED_ABOUT``) first, which JMdict need not
    be read for."""
    lemma = verb.lemma.split("-")[0]
    if lemma in _ASKED_ABOUT or lemma in _COMING:
        return True
    return any(glosses & _CONVEYING_GLOSSES for glosses, _ in _senses(_forms(verb), first=1))


def _topic_before(morphs: tuple[Morph, ...], i: int) -> Morph | None:
    """ご見学|は|、|展示室|まで: the noun of the topic before *i* in its sentence (the word before は), or None
    where the topic is no noun (については) or none is said."""
    for j in range(i - 1, 0, -1):
        m = morphs[j]
        if m.text in _CLAUSE_END and m.text not in ("、", ","):
            return None
        if m.pos_is("助詞", "係助詞") and m.lemma == "は":
            before = morphs[j - 1]
            return before if before.head == "名詞" else None
    return None


OCCASION = "際:サイ"  # 際's own key: 場合, said of an occasion, says what 際 says ("when", "if")


def _occasion(morphs: tuple[Morph, ...], i: int, strict: bool = False) -> bool | list[int] | None:
    """ご希望|の|場合|は, 紛失した|場合|に, その|場合|、: 場合 said of an occasion, as 際 is ("when", "if").

    After a noun + の, a verb or an auxiliary in its attributive form, or その;
    then は, に, には, も, a comma or the end. Not 場合がある ("it may
    happen"), 場合による ("it depends"), 場合を除き, 場合の (a noun after it):
    there 際 says something else or nothing. *strict* (a condition, IF):
    not before も or the end, and the positions of the particles after it
    (は, に, には), or None.
    """
    if i < 1:
        return None if strict else False
    before = morphs[i - 1]
    if before.head == "助詞":
        if not (before.lemma == "の" and before.pos_is("助詞", "格助詞") and i >= 2 and _named(morphs, i - 2)):
            return None if strict else False
    elif before.head in ("動詞", "助動詞", "形容詞"):
        if not before.cform.startswith("連体形") and not (strict and _time_suffix(morphs, i)):  # お出かけ|時
            return None if strict else False
    elif not (before.head == "連体詞" and before.lemma == "其の"):
        if not (strict and _time_suffix(morphs, i)):  # 降車|時: the noun itself before
            return None if strict else False
    after = morphs[i + 1] if i + 1 < len(morphs) else None
    if after is None or after.text in _CLAUSE_END:
        return [] if strict else True
    if strict and after.head not in ("助詞", "助動詞"):
        return []  # お帰りの際フロントに: the occasion said without a particle
    # (雨天の場合の練習 / 雨天時の練習 is no proof any more, red team 32: 時 after a noun may name the moment the
    # thing was so, 新品時の価格 "its price when new", where 場合 supposes it, "the price of new items")
    if after.head != "助詞" or after.lemma not in ("は", "に", "も"):
        return None if strict else False
    following = morphs[i + 2] if i + 2 < len(morphs) else None
    if after.lemma == "に" and following is not None and (following.head == "動詞" or following.lemma == "限り"):
        return None if strict else False  # 場合によって, 場合に限り: a verb of its own (限り read as a noun too)
    if not strict:
        return True
    if after.lemma == "も":
        return None  # 場合も: "also"
    if after.lemma == "に" and following is not None and following.head == "助詞" and following.lemma == "は":
        return [i + 1, i + 2]
    return [i + 1]


def _named(morphs: tuple[Morph, ...], k: int) -> bool:
    """A noun at *k*, or a verb's stem after お/ご, which names the action as a noun does (お越し|の|際)."""
    m = morphs[k]
    if _nominal(m):
        return True
    honoured = k > 0 and morphs[k - 1].head == "接頭辞" and morphs[k - 1].lemma == "御"
    return honoured and m.head == "動詞" and m.cform.startswith("連用形")


def _before_a_request(morphs: tuple[Morph, ...], i: int) -> bool:
    """よろしく|お|願い: the courtesy of a request, before お/ご + 願う (願います, お願いいたします)."""
    k = i + 1
    if k < len(morphs) and morphs[k].head == "接頭辞" and morphs[k].lemma == "御":
        k += 1
    return k < len(morphs) and morphs[k].lemma in ("願う", "願い")


# お越し, おいで: 来る said with respect (越す "cross" and 出でる "come out" after お, the analyzer's lemmas).
_COMING = frozenset({"越す", "出でる"})
COMING = "来る:クル"  # 来る's own key

PLEASE_NOT = "⟨please do not⟩"  # the caller reads it as the group of ご遠慮ください (data/same-meaning.json)


def _asked_not_to(morphs: tuple[Morph, ...], i: int) -> list[int] | None:
    """喫煙し|ない|で|ください, 喫煙し|ない|よう(|に)|お願い, 喫煙し|ない|よう|に|し|て|ください: a verb
    negated and asked for, "please do not".

    The positions after ない that say the request (で ください, よう に お願い, よう に して ください),
    or None. ない after a verb's irrealis only (the verb's own negation).
    """
    if i < 1 or morphs[i - 1].head != "動詞" or not morphs[i - 1].cform.startswith("未然形"):
        return None
    n = len(morphs)
    k = i + 1
    if k + 1 < n and morphs[k].lemma == "て" and morphs[k].text == "で":
        if (
            morphs[k + 1].lemma == "下さる"
            and morphs[k + 1].head == "動詞"
            and morphs[k + 1].cform.startswith("命令形")
        ):
            return [k, k + 1]
        # 喫煙しないでいただきますよう(、)お願いいたします, しないでくださいますよう: the same request said politely
        polite = polite_request(morphs, k + 1)
        if polite is not None:
            return [k, *polite]
        return [k, k + 1] if morphs[k + 1].lemma == "下さる" and morphs[k + 1].head == "動詞" else None
    if k < n and morphs[k].lemma == "様" and morphs[k].head == "形状詞":
        span = [k]
        k += 1
        if k < n and morphs[k].text == "に":
            span.append(k)
            k += 1
        if k < n and morphs[k].kind == "punct" and morphs[k].text in ("、", ","):
            span.append(k)  # 浸けないよう、お願いいたします: a comma before the request changes nothing
            k += 1
        if k < n and morphs[k].lemma == "御":
            k += 1
        if k < n and morphs[k].head in ("動詞", "名詞") and morphs[k].lemma in ("願う", "願い", "下さる"):
            return [*span, k]
        # 立たないようにしてください: よう + に + する's connective form + て + ください, the reader asked to see to
        # it that they do not (UniDic: 様 the auxiliary's stem, 為る 連用形, 下さる). Only a request (する's て
        # before ください): 立たないようにしております says what we do.
        if (
            len(span) == 2
            and k + 2 < n
            and morphs[k].lemma == "為る"
            and morphs[k].cform.startswith("連用形")
            and morphs[k + 1].lemma == "て"
            and morphs[k + 2].lemma == "下さる"
            and morphs[k + 2].head == "動詞"
        ):
            return [*span, k, k + 1, k + 2]
        # 立たないようにしていただきますようお願いいたします: the same, asked with いただく + ますよう + お願い
        if (
            len(span) == 2
            and k + 2 < n
            and morphs[k].lemma == "為る"
            and morphs[k].cform.startswith("連用形")
            and morphs[k + 1].lemma == "て"
            and (polite := polite_request(morphs, k + 2)) is not None
        ):
            return [*span, k, k + 1, *polite]
    return None


def polite_request(morphs: tuple[Morph, ...], k: int) -> list[int] | None:
    """いただき|ます|よう(|に)(|、)|お|願い, くださ|い|ます|よう|お|願い, いただけ|ます|よう|お|願い: the positions
    of a request said with いただく (or いただける, "that you may") or くださる + ます + よう before お願い, from
    *k*, or None.

    UniDic: 頂く (イタダク or イタダケル) or 下さる, the auxiliary ます in its attributive form, 様 (the auxiliary's
    stem), then 願う or 願い after the prefix. ます before anything else (いただきます。, いただけます: "you
    can") is a statement, no request.
    """
    n = len(morphs)
    if k + 2 >= n:
        return None
    verb, masu = morphs[k], morphs[k + 1]
    if verb.head != "動詞" or not (
        verb.lemma == "下さる" or (verb.lemma == "頂く" and verb.pron_base in _ASKING_READINGS)
    ):
        return None
    if not (masu.head == "助動詞" and masu.lemma == "ます" and masu.cform.startswith("連体形")):
        return None
    if not (morphs[k + 2].lemma == "様" and morphs[k + 2].head == "形状詞"):
        return None
    asked = _request_after_so_that(morphs, k + 2, _WISHED)
    return None if asked is None else [k, k + 1, *asked]


_WISHED = frozenset({"願う", "願い"})  # お願い: what いただきますよう and くださいますよう ask with


_ASKING_READINGS = frozenset(
    {"イタダク", "イタダケル"}
)  # いただく, and いただける in いただけますよう: a request either way


_ASKED_FOR = frozenset({"下さる", "願う", "願い"})


def _stems_asked_for(morphs: tuple[Morph, ...], found: dict[int, str | None]) -> None:
    """お取り扱い|くださいますよう, 付き添い|を|お願いします: a verb's stem read as a noun right before the request
    that asks for it (下さる, or を + お願い) is the verb asked for (取り扱ってください, 付き添ってください).

    UniDic reads the stem as the verb before ください alone (お|取り扱い|ください: 取り扱う) and as a noun before
    くださいます or を; the request is one act either way. Only a stem the verb's dictionary form spells
    (``stem_verb``: a godan verb, 付き添い: 付き添う); a suru-noun is its act already (ご提出ください).
    """
    for i in range(len(morphs) - 1):
        if i in found or morphs[i].head != "名詞":
            continue
        after = morphs[i + 1]
        if after.head == "動詞" and after.lemma == "下さる":
            asked = True  # お取り扱いくださいますよう
        elif after.pos_is("助詞", "格助詞") and after.lemma == "を":
            k = i + 2 + (i + 2 < len(morphs) and morphs[i + 2].head == "接頭辞" and morphs[i + 2].lemma == "御")
            asked = k < len(morphs) and morphs[k].head in ("動詞", "名詞") and morphs[k].lemma in ("願う", "願い")
        else:
            asked = False
        if asked and (verb := stem_verb(morphs[i])) is not None:  # (the stem looked up only where it is asked for)
            found[i] = f"{verb.lemma}:{verb.pron_base}{homophone_kanji(verb)}"


def _wished_and_asked(morphs: tuple[Morph, ...], found: dict[int, str | None]) -> None:
    """ご提出いただき|たく|、|お願い申し上げます: いただく + たい in its connective form (たく) before お願い is the
    request said with the writer's wish, ご提出いただきますようお願い申し上げます: the たい adds nothing. Only
    right before (a comma and) お願い: ご提出いただきたいと存じます, いただきたい方 stay themselves."""
    n = len(morphs)
    for i in range(1, n - 1):
        m, before = morphs[i], morphs[i - 1]
        if not (m.head == "助動詞" and m.lemma == "たい" and m.text == "たく"):
            continue
        if not (before.head == "動詞" and before.lemma == "頂く" and before.pron_base == "イタダク"):
            continue
        k = i + 1
        if k < n and morphs[k].kind == "punct" and morphs[k].text in ("、", ","):
            k += 1
        if k < n and morphs[k].head == "接頭辞" and morphs[k].lemma == "御":
            k += 1
        if k < n and morphs[k].head in ("動詞", "名詞") and morphs[k].lemma in ("願う", "願い"):
            found[i] = COPULA


# The writer's gratitude that closes a soft request (〜ていただけますと助かります, 〜ていただければ幸いです): a short
# list, a supplement (docs/catalogs.md), as JMdict shares no gloss between 助かる "to be helped" and 幸い "happiness".
_APPRECIATING = frozenset({"助かる", "幸い", "有り難い", "嬉しい"})
APPRECIATED = "⟨we would appreciate it⟩"


def _appreciated_if_done(morphs: tuple[Morph, ...], found: dict[int, str | None]) -> None:
    """移動していただけますと助かります / 移動していただければ幸いです: いただける or くださる (+ ます) + the
    conditional と or ば + 助かる/幸い/ありがたい/嬉しい ending the sentence is one soft request, "we would
    appreciate it if you could": the conditional and the word of gratitude are one key (``APPRECIATED``). Never
    a plain request (ください: "please"), and only after the reader's いただける/くださる: 雨が止むと助かります,
    and 幸い before anything but the copula and the sentence's end (幸いにも), stay themselves.
    """
    n = len(morphs)
    for j in range(2, n):
        m = morphs[j]
        if m.lemma not in _APPRECIATING or j in found:
            continue
        particle = morphs[j - 1]
        if not (particle.pos_is("助詞", "接続助詞") and particle.lemma in ("と", "ば")):
            continue
        k = j - 2
        while k > 0 and morphs[k].head == "助動詞" and morphs[k].lemma == "ます":
            k -= 1
        asking = morphs[k]
        if not (asking.head == "動詞" and asking.lemma in ("頂く", "下さる")):
            continue
        end = j + 1
        while end < n and morphs[end].head == "助動詞" and morphs[end].lemma in ("ます", "です", "だ"):
            end += 1
        if end < n and morphs[end].text not in ("。", "!", "?", "\n"):
            continue
        found.update({j - 1: COPULA, j: APPRECIATED})


OBLIGED = "⟨must⟩"  # 提出する必要があります / 提出しなければなりません: the act one is obliged to do
_NEGATING = frozenset({"ない", "ず", "ぬ"})


def _plain_after(morphs: tuple[Morph, ...], k: int) -> bool:
    """No auxiliary from *k* on, up to the first word of another kind, negates or says the past (ます alone may
    stand there): あります, ある; not ありません, ありました."""
    for m in morphs[k:]:
        if m.head != "助動詞":
            return True
        if m.lemma != "ます":
            return False
    return True


def _obligation(morphs: tuple[Morph, ...], found: dict[int, str | None]) -> None:
    """書類を提出する必要があります / 書類を提出しなければなりません / …しなくてはなりません: one obligation,
    "must", said of the verb before it, one key (``OBLIGED``) on each.

    Read from the sentence's structure: 必要 right after a verb's (or an auxiliary's) attributive form, not a
    negation (提出しない必要: "need not to"), then が and ある/ござる, affirmative and non-past; or a verb's
    irrealis + the negation ない + ば, or て + は, + なる + a negation (ない, or ませ|ん), and nothing after it but
    ます: the double negation "not doing it will not do". The words are then keyless but the one key; the
    polarity count still sees every negation (two, an even count, as 必要があります has none). What stays
    itself: 必要はありません and 必要がありません (no need), なくてもよい / なくても構いません (no need, a leave),
    してはなりません (a prohibition: no ない before ては), 必要がありました / なければなりませんでした (the past),
    必要となります (a need arising), 必要です (the noun's own predicate), and いけません (flips.py reads the
    negation after いけ as an idiom's, so the count of negations would differ).
    """
    n = len(morphs)
    for i, m in enumerate(morphs):
        if m.head == "名詞" and m.lemma == "必要" and 1 <= i < n - 2:
            verb = morphs[i - 1]
            if verb.head not in ("動詞", "助動詞") or not verb.cform.startswith("連体形") or verb.lemma in _NEGATING:
                continue
            case, exists = morphs[i + 1], morphs[i + 2]
            if not (case.pos_is("助詞", "格助詞") and case.lemma == "が" and exists.lemma in ("有る", "御座る")):
                continue
            stated = exists.cform.startswith(("終止形", "連体形")) or (
                exists.cform.startswith("連用形") and i + 3 < n and morphs[i + 3].lemma == "ます"
            )  # (not あれば, "if need be")
            if (
                stated
                and exists.head == "動詞"
                and _plain_after(morphs, i + 3)
                and not any(k in found for k in (i, i + 1, i + 2))
            ):
                found.update({i: OBLIGED, i + 1: COPULA, i + 2: COPULA})
        elif m.head == "助動詞" and m.lemma == "ない" and 1 <= i < n - 3:
            if not (morphs[i - 1].head in ("動詞", "助動詞") and morphs[i - 1].cform.startswith("未然形")):
                continue
            after = [morphs[i + 1].lemma, morphs[i + 2].lemma]
            if m.cform.startswith("仮定形") and after[0] == "ば" and morphs[i + 1].head == "助詞":
                verb_at = i + 2  # なけれ|ば
            elif m.cform.startswith("連用形") and after == ["て", "は"] and morphs[i + 2].head == "助詞":
                verb_at = i + 3  # なく|て|は
            else:
                continue
            if verb_at >= n - 1:
                continue
            verb = morphs[verb_at]
            if not (verb.head == "動詞" and verb.lemma == "成る"):
                continue
            k = verb_at + 1
            polite = morphs[k].head == "助動詞" and morphs[k].lemma == "ます"
            negation = k + polite
            if negation >= n or not (morphs[negation].head == "助動詞" and morphs[negation].lemma in _NEGATING):
                continue
            if not _plain_after(morphs, negation + 1):
                continue
            span = range(i, negation + 1)
            # (the negations' and the condition's own keys may stand there already: the construction says them)
            if all(found.get(k) in (COPULA, NOT, IF) for k in span):
                found.update({**dict.fromkeys(span, COPULA), verb_at: OBLIGED})


def _act_noun(m: Morph) -> bool:
    """An action's noun: a suru-noun (手続き, 精算) or a verb's stem (申し込み, 支払い: ``stem_verb``)."""
    return m.head == "名詞" and (m.pos[:3] == ("名詞", "普通名詞", "サ変可能") or stem_verb(m) is not None)


_AGENT_PARTICLES = frozenset({"で", "にて"})
_ASKING_VERBS = frozenset({"下さる", "願う", "願い", "頂く"})


def _names_people(m: Morph) -> bool:
    """*m* ends a noun of people: its last kanji (保護|者, 会員, お子|様: ``a_person_noun``) or the suffix 様/さん
    after any noun (オーナー|様)."""
    if m.head == "接尾辞" and m.lemma in ("様", "さん"):
        return True
    return m.head in ("名詞", "接尾辞") and a_person_noun(m)


def _agent_of_a_request(morphs: tuple[Morph, ...], found: dict[int, str | None]) -> None:
    """各オーナー様にてご用意ください / オーナー様ご自身でご準備ください: the people asked to do the act themselves.

    A person + で/にて before the request of its sentence (下さる, お願い, いただく) names who is to do it,
    each for themselves: 各 before the person ("each") and (ご)自身 after it ("themselves") say nothing more
    of a request made of every one of them. Only after a noun of people (``_names_people``) and only before
    で/にて: 各店舗にて (at each shop), ご自身で alone ("by yourself", of no one named), 各自 and 自身の stay
    themselves.
    """
    n = len(morphs)
    asked_after = [False] * (n + 1)  # a request later in the sentence, read once from the end
    for j in range(n - 1, -1, -1):
        w = morphs[j]
        asked_after[j] = (w.head in ("動詞", "名詞") and w.lemma in _ASKING_VERBS) or (
            asked_after[j + 1] and w.text not in ("。", "!", "?")
        )
    for i, m in enumerate(morphs):
        if i in found:
            continue
        if m.head == "接頭辞" and m.lemma == "各":
            end = i + 1
            while end < n and morphs[end].head in ("名詞", "接尾辞"):
                end += 1
            person = end > i + 1 and _names_people(morphs[end - 1])
        elif m.head == "名詞" and m.lemma == "自身" and i >= 1:
            before = i - 1 - (morphs[i - 1].head == "接頭辞" and morphs[i - 1].lemma == "御")
            end = i + 1
            person = before >= 0 and _names_people(morphs[before])
        else:
            continue
        if (
            not person
            or end >= n
            or not (morphs[end].pos_is("助詞", "格助詞") and morphs[end].lemma in _AGENT_PARTICLES)
        ):
            continue
        if asked_after[end + 1]:
            found[i] = COPULA


def asked_not_to(morphs: tuple[Morph, ...]) -> list[int]:
    """The positions of ない in "please do not" (``_asked_not_to``): a request, whose polarity is its key's; and of
    the negation of a request not to said otherwise (``_asked_not_to_otherwise``: ませんよう, のないよう)."""
    found = [i for i, m in enumerate(morphs) if m.head == "助動詞" and m.lemma == "ない" and _asked_not_to(morphs, i)]
    if any(m.lemma in _ASKED_FOR for m in morphs):
        found += [i for i in range(len(morphs)) if _asked_not_to_otherwise(morphs, i) is not None]
    return sorted(found)


def _so_as_asked(morphs: tuple[Morph, ...], k: int) -> list[int] | None:
    """よう(|に)(|、)|お|願い, よう|ください from *k*: the positions of the request after a clause of よう, or None."""
    n = len(morphs)
    if not (k < n and morphs[k].lemma == "様" and morphs[k].head == "形状詞"):
        # ませんよう、お願い: UniDic reads this よう before a comma as the final particle よ + う; the comma and the
        # request after it say it is the よう of a request
        if not (k + 1 < n and morphs[k].text == "よう" and morphs[k].pos_is("助詞", "終助詞")):
            return None
        if not (morphs[k + 1].kind == "punct" and morphs[k + 1].text in ("、", ",")):
            return None
    return _request_after_so_that(morphs, k, _ASKED_FOR)


def _request_after_so_that(morphs: tuple[Morph, ...], k: int, asked: frozenset[str]) -> list[int] | None:
    """よう at *k*, then に, a comma, the prefix お/ご and a verb or noun of *asked* (お願い), each but the last
    perhaps left out: the positions of よう, に, the comma and the request (the prefix is the request's), or None."""
    n = len(morphs)
    span = [k]
    k += 1
    if k < n and morphs[k].text == "に" and morphs[k].head in ("助詞", "助動詞"):
        span.append(k)
        k += 1
    if k < n and morphs[k].kind == "punct" and morphs[k].text in ("、", ","):
        span.append(k)
        k += 1
    if k < n and morphs[k].head == "接頭辞" and morphs[k].lemma == "御":
        k += 1
    if k < n and morphs[k].head in ("動詞", "名詞") and morphs[k].lemma in asked:
        return [*span, k]
    return None


def _asked_not_to_otherwise(morphs: tuple[Morph, ...], i: int) -> list[int] | None:
    """The positions that say nothing but the request in a request not to said with the negation at *i* otherwise
    than ない + で/よう, or None:

    - 喫煙なさいま|せ|ん|よう|お願いいたします: the polite negation (ます's irrealis + ん, UniDic's ず) after a
      verb, then よう + the request, is しないようお願いいたします;
    - 走る|こと|の|ない|よう, お忘れ物|の|ない|よう|お願いします: the adjective ない after こと (a clause made a
      noun) or a noun + の/が, then よう + the request: "that there be no running" is "please do not run", "no
      item left behind" is "please do not leave an item behind" (忘れ物をしないでください: the noun's する
      says nothing). こと and its の say nothing; a noun's の/が is its role particle, as を is.

    Only before よう + お願い (or ください): ないよう、ご注意ください ("take care that not") stays itself.
    """
    m = morphs[i]
    if i < 2:
        return None
    if m.head == "助動詞" and m.lemma in ("ず", "ぬ") and m.text == "ん":
        masu, verb = morphs[i - 1], morphs[i - 2]
        if not (masu.lemma == "ます" and masu.cform.startswith("未然形") and verb.head in ("動詞", "助動詞")):
            return None
        return _so_as_asked(morphs, i + 1)
    if m.head == "形容詞" and m.lemma == "無い":
        particle, noun = morphs[i - 1], morphs[i - 2]
        if not (particle.pos_is("助詞", "格助詞") and particle.lemma in ("の", "が") and noun.head == "名詞"):
            return None
        request = _so_as_asked(morphs, i + 1)
        if request is None:
            return None
        clause = noun.lemma == "事" and i >= 3 and morphs[i - 3].head in ("動詞", "助動詞")
        return [i - 2, i - 1, *request] if clause else request
    return None


def _asked_not_to_said_otherwise(morphs: tuple[Morph, ...], found: dict[int, str | None]) -> None:
    """Each request not to said otherwise (``_asked_not_to_otherwise``) keyed as ``PLEASE_NOT``."""
    for i, m in enumerate(morphs):
        if m.lemma in ("ず", "ぬ", "無い") and (request := _asked_not_to_otherwise(morphs, i)) is not None:
            found.update({**dict.fromkeys(request, COPULA), i: PLEASE_NOT})


def _asked_for(morphs: tuple[Morph, ...], i: int) -> bool:
    """ご|理解|の|ほど|、|よろしく|お願い: のほど after an action's noun before a request, courtesy alone."""
    particle = morphs[i - 1]
    if not (particle.head == "助詞" and particle.lemma == "の" and _action(morphs[i - 2])):
        return False
    k = i + 1
    while k < len(morphs) and (morphs[k].kind == "punct" and morphs[k].text in ("、", ",")):
        k += 1
    if k < len(morphs) and morphs[k].head == "副詞" and morphs[k].lemma == "宜しく":
        k += 1
    return _before_a_request(morphs, k - 1)


def _reader_does(morphs: tuple[Morph, ...], i: int) -> bool:
    """ご|来店|いただい|た|際, ご|利用|いただく|場合: what the reader does, said humbly, before an occasion.

    お/ご + an action's noun or a verb's stem, then いただく (not いただける,
    "can") in its attributive form or with た (ます between), then 場合, 際,
    時 or 方: the verb itself (来店した際, 利用する場合), no request; so is
    いただく + the conditional と before a comma (ご利用いただくと、: 利用すると、).
    """
    if i < 2 or morphs[i - 2].head != "接頭辞" or morphs[i - 2].lemma != "御":
        return False
    action = morphs[i - 1]
    if not (_action(action) or (action.head == "動詞" and action.cform.startswith("連用形"))):
        return False
    if _then_asked(morphs, i):
        return True  # お出しいただいてからお預けください: 出してからお預けください
    if i + 2 < len(morphs) and morphs[i].cform.startswith("終止形") and morphs[i + 2].text in ("、", ","):
        after = morphs[i + 1]
        if after.lemma == "と" and after.pos_is("助詞", "接続助詞"):
            return True  # ご利用いただくと、: 利用すると、 ("if you use it", the condition is the reader's)
    if morphs[i].cform.startswith("連用形") and i + 2 < len(morphs) and morphs[i + 1].lemma == "た":
        if _having_done(morphs, i + 2):
            return True  # ご記入いただいた上で: 記入した上で, ご記入のうえ
    k = i + 1
    while k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma in ("ます", "た"):
        k += 1
    if k == i + 1 and not morphs[i].cform.startswith("連体形"):
        return False
    if any(morphs[j].lemma == "ます" and morphs[j].text == "ませ" for j in range(i + 1, k)):
        return False
    if k < len(morphs) and _done_for_a_noun(morphs, i, k):
        return True  # ご購入いただいた商品: 購入した商品; お送りいただく必要: 送る必要
    if k >= len(morphs) or morphs[k].head != "名詞" or morphs[k].lemma not in _OCCASIONS:
        return False
    return morphs[k].lemma != "場合" or bool(_occasion(morphs, k))  # (お待ちいただく場合がある: "we may ask you to")


def _done_for_a_noun(morphs: tuple[Morph, ...], i: int, k: int) -> bool:
    """ご購入いただい|た|商品, お送りいただく|必要: いただく before a noun that is what the reader did, or 必要.

    With た, any common noun but an occasion's (read above) is the thing the
    action made or met (購入した商品, 記入した内容); without it, only 必要
    ("you need to"): お待ちいただく時間 may be the time we ask you to wait.
    """
    noun = morphs[k]
    if noun.head != "名詞" or noun.lemma in _OCCASIONS:
        return False
    past = any(morphs[j].lemma == "た" for j in range(i + 1, k))
    if past:
        return noun.pos[:2] == ("名詞", "普通名詞")
    return noun.lemma == "必要"


# Verbs that say the writer's own act, humbly (配布いたします, ご説明申し上げます, 差し上げます, 承ります): a short
# supplement, as UniDic marks no humility; お/ご + an action + する (お送りする) is read from the structure.
_HUMBLE_VERBS = frozenset({"致す", "申し上げる", "申す", "差し上げる", "承る"})


def reader_did_beside_ours(morphs: tuple[Morph, ...]) -> list[tuple[str, str]]:
    """(the action's lemma, its words) of each お/ご + an action + いただいた before a common noun (ご用意いただいた
    資料: what the reader did) or an occasion (ご連絡いただいた際: when the reader did it; not 方, an honoured
    person, never the writer) whose sentence also says an act of the writer's (``writer_acts``: 配布いたします,
    調整させていただきます, or plainly 掲載します).

    Said plainly (用意した資料, 連絡した際), that action beside the writer's act reads as the writer's own ("the
    materials we prepared", "when we call"): いただく is the only word that says the reader acted.
    """
    found = []
    for i in range(2, len(morphs) - 2):
        m = morphs[i]
        if not (m.head == "動詞" and m.lemma == "頂く" and m.pron_base == "イタダク"):
            continue
        k = i + 1
        while k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma in ("ます", "た"):
            k += 1
        if k >= len(morphs) or not any(morphs[j].lemma == "た" for j in range(i + 1, k)):
            continue
        occasion = morphs[k].head == "名詞" and morphs[k].lemma in _OCCASIONS and morphs[k].lemma != "方"
        if not (_reader_does(morphs, i) and (occasion or _done_for_a_noun(morphs, i, k)) and writer_acts(morphs, i)):
            continue
        found.append((morphs[i - 1].lemma, "".join(x.text for x in morphs[i - 2 : k])))
    return found


def writer_acts(morphs: tuple[Morph, ...], i: int) -> bool:
    """The sentence of position *i* (between its 。) says an act of the writer's: humbly, a verb of
    ``_HUMBLE_VERBS``, お/ご + an action (a noun or a verb's stem) + する (お送りします, ご案内します), or an
    action done by the reader's leave (調整させていただきます: せる/させる + て + いただく); or plainly, an
    action's noun + します ending the sentence, affirmative and non-past (配布します, 掲載します: a statement of
    what the writer will do, which names no other actor). A plain verb of its own (届きます) may be the
    thing's and is not read."""
    start = i
    while start > 0 and morphs[start - 1].text != "。":
        start -= 1
    end = i
    while end < len(morphs) and morphs[end].text != "。":
        end += 1
    for k in range(start, end):
        m = morphs[k]
        if m.head != "動詞" or k == i:
            continue
        if m.lemma in _HUMBLE_VERBS:
            return True
        if m.lemma == "頂く" and k >= start + 2 and morphs[k - 1].lemma == "て":
            if morphs[k - 2].head == "助動詞" and morphs[k - 2].lemma in ("せる", "させる"):
                return True  # 調整させていただきます: we act, by the reader's leave
        if m.lemma == "為る" and _plain_statement(morphs, k, start, end):
            return True  # 配布します: what the writer will do, said plainly
        if k > i and _plain_verb_statement(morphs, i, k, start, end):
            return True  # 資料を配ります: what the writer will do to a thing, said plainly
        if m.lemma == "為る":
            # the action between お/ご and する: a noun (ご案内), or a verb's stems (お送り, お取り置き)
            j = k - 1
            while j >= start and morphs[j].head == "動詞" and morphs[j].cform.startswith("連用形"):
                j -= 1
            if j == k - 1 and j >= start and morphs[j].head == "名詞":
                j -= 1
            if j < k - 1 and j >= start and morphs[j].head == "接頭辞" and morphs[j].lemma == "御":
                return True
    return False


def _plain_statement(morphs: tuple[Morph, ...], k: int, start: int, end: int) -> bool:
    """An action's noun (UniDic's サ変可能) + し + ます at *k*, ending the sentence (start..end): 配布します。,
    affirmative and non-past, no prefix before the noun (ご案内します is read as humble above)."""
    if k - 1 < start or k + 2 > end or morphs[k - 1].pos[:3] != ("名詞", "普通名詞", "サ変可能"):
        return False
    if k - 2 >= start and morphs[k - 2].lemma == "御":
        return False
    polite = morphs[k + 1]
    return (
        morphs[k].cform.startswith("連用形")
        and polite.head == "助動詞"
        and polite.lemma == "ます"
        and polite.cform.startswith("終止形")
        and k + 2 == end
    )


def _plain_verb_statement(morphs: tuple[Morph, ...], i: int, k: int, start: int, end: int) -> bool:
    """A verb of its own (UniDic's 動詞-一般) + ます at *k* ending the sentence (start..end), said plainly as a
    statement (ます, ました, ません), that JMdict knows as transitive and whose object (a noun + を) stands
    between *i* and it, in a sentence that names no one honoured as its subject (お客様が, 皆様は:
    ``_honoured``): 教材を、授業で配ります, 調理実習を行います, 写真を会場に飾りました, 資料を講師が配ります.

    A notice's plain statement of an act done to a thing is the writer's (what we will do, did, or will not
    do), or that of the one it names (講師が), never the reader's, whom a notice names with respect; a verb with
    no object (明日届きます, 会場に集まります) may be the thing's or the reader's, and is not read."""
    if k + 2 > end or morphs[k].pos[:2] != ("動詞", "一般") or not morphs[k].cform.startswith("連用形"):
        return False
    ending = morphs[k + 1 : end]
    if not (ending[0].head == "助動詞" and ending[0].lemma == "ます"):
        return False
    said = "".join(m.text for m in ending)
    if said not in ("ます", "ました", "ません"):  # (not ましょう, a proposal; not ますか, a question)
        return False
    if not any(morphs[j].pos_is("助詞", "格助詞") and morphs[j].lemma == "を" for j in range(i + 1, k)):
        return False
    if any(morphs[j].lemma in ("が", "は") and _honoured(morphs[j], morphs[j - 1]) for j in range(start + 1, end)):
        return False  # (皆様が配ります: the reader's act, named)
    return _transitive(morphs[k].lemma)


@lru_cache(maxsize=1 << 10)
def _transitive(lemma: str) -> bool:
    """Some JMdict entry spelt *lemma* is a transitive verb (配る, 行う, 張る)."""
    entries = jmdict_entries(lemma)
    return any("transitive verb" in sense.pos for entry in entries for sense in entry.senses)


_THANKS = frozenset({"有り難う", "有り難い", "感謝", "御礼", "礼"})


def _thanked_for(morphs: tuple[Morph, ...], i: int) -> list[int]:
    """ご協力いただき、ありがとう; ご来場くださいまして、誠にありがとう: the reader's action thanked for.

    いただく or くださる (not いただける) after お/ご + an action, in its
    connective form (いただき, いただきまして, くださり), then (a comma, an
    adverb) ありがとう, 感謝 or お礼: the verb adds nothing to the action
    thanked for (ご協力ありがとうございます). The positions of the verb and
    of まし|て, or none.
    """
    if i < 2 or morphs[i - 2].head != "接頭辞" or morphs[i - 2].lemma != "御":
        return []
    action = morphs[i - 1]
    if not (_action(action) or (action.head == "動詞" and action.cform.startswith("連用形"))):
        return []
    if not morphs[i].cform.startswith("連用形"):
        return []
    span = [i]
    k = i + 1
    if k + 1 < len(morphs) and morphs[k].lemma == "ます" and morphs[k + 1].lemma == "て":
        span += [k, k + 1]
        k += 2
    while k < len(morphs) and (morphs[k].text in ("、", ",") or morphs[k].head == "副詞"):
        k += 1
    if k < len(morphs) and morphs[k].head == "接頭辞" and morphs[k].lemma == "御":
        k += 1
    return span if k < len(morphs) and morphs[k].lemma in _THANKS else []


def _because_of_the_fact(morphs: tuple[Morph, ...], i: int) -> bool:
    """予想される|こと|から|、: ことから after a predicate, then a comma, is "because", as ので after it is.

    Only where ので would be ため (``_after_a_state``: a passive, a past, a state, an adjective, a clause with a
    subject of its own); そのことから and ことから before a verb ("from the fact", 分かる) stay themselves.
    """
    if i < 2 or i + 1 >= len(morphs) or morphs[i + 1].text not in ("、", ","):
        return False
    fact, before = morphs[i - 1], morphs[i - 2]
    if fact.head != "名詞" or fact.lemma != "事" or before.head not in ("動詞", "助動詞", "形容詞"):
        return False
    return before.cform.startswith("連体形") and _after_a_state(morphs, i - 1)


# What one wins (当たる "win, be drawn"): after them に当たって is never the occasion.
_WON = frozenset({"抽選", "籤", "くじ", "宝籤", "懸賞", "抽籤"})


def _upon(morphs: tuple[Morph, ...], i: int) -> dict[int, str | None]:
    """ご利用|に|あたっ|て|は, お申し込み|に|際し|、: "upon" an action, the occasion 際 says (IF).

    An action's noun (a suru-noun, a verb's stem, or a verb's stem after お/ご) + に + 当たる/際する in
    the connective form (+ て), then は, a comma or the clause going on: the に and て say nothing more
    (ご利用の際は: the の). Never after another noun (窓に当たって, "hitting") nor before a noun
    (休日に当たる日, "falling on").
    """
    if i < 2 or not morphs[i].cform.startswith("連用形"):
        return {}
    particle = morphs[i - 1]
    if not (particle.lemma == "に" and particle.pos_is("助詞", "格助詞")):
        return {}
    if not (_action(morphs[i - 2]) or (morphs[i - 2].head == "動詞" and _named(morphs, i - 2))):
        return {}
    if morphs[i].lemma == "当たる" and morphs[i - 2].lemma in _WON:
        return {}  # 抽選に当たって: "having won the draw", no occasion
    found: dict[int, str | None] = {i - 1: COPULA, i: IF}
    k = i + 1
    if k < len(morphs) and morphs[k].lemma == "て" and morphs[k].head == "助詞":
        found[k] = COPULA
        k += 1
    topic = k < len(morphs) and morphs[k].pos_is("助詞", "係助詞") and morphs[k].lemma == "は"
    if morphs[i].lemma == "当たる" and not topic:
        # 当たる has other senses (hit, win, be poisoned by food: 食事に当たって体調を崩す, red team 32) that an
        # action's noun does not rule out; only the topic's は (ご入場にあたっては) frames an occasion. 際する
        # has the one sense.
        return {}
    if k < len(morphs) and morphs[k].head in ("動詞", "助動詞"):
        return {}  # (a verb of its own after it)
    return found


def _owing_to(morphs: tuple[Morph, ...], i: int) -> bool:
    """工事|中|に|つき|、: につき after an action going on (中) is "because", as のため says it.

    Only after 中 (1人につき is "per", 本件につき "regarding"), in the connective form, and not
    につきまして (the topic); after another noun, before a comma, only where the old English gives the noun as the
    cause (``_cause_witnessed``: 改修工事につき、 under "due to renovation work"), since につき may say "regarding"
    or "per".
    """
    if i < 2 or morphs[i].text not in ("つき", "付き") or i + 1 >= len(morphs):
        return False
    particle, before = morphs[i - 1], morphs[i - 2]
    if not (particle.lemma == "に" and particle.pos_is("助詞", "格助詞")):
        return False
    if not (before.lemma == "中" and before.pron == "チュー" and before.head in ("接尾辞", "名詞")):
        return morphs[i + 1].text in ("、", ",") and _nominal(before) and _cause_witnessed(morphs, i - 2)
    return morphs[i + 1].head not in ("助動詞", "助詞") or morphs[i + 1].text in ("、", ",")


# What the old English gives as a cause: the words after "due to", "because of", "owing to", "on account of" or "as
# a result of", up to the end of the phrase.
_CAUSE_SAID = re.compile(
    r"(?i)\b(?:due\s+to|because\s+of|owing\s+to|on\s+account\s+of|as\s+a\s+result\s+of)\s+((?:[a-z'-]+\s+){0,4}[a-z'-]+)"
)


def _cause_witnessed(morphs: tuple[Morph, ...], n: int) -> bool:
    """The nouns ending at *n* (改修|工事 of 改修工事につき、, 大雪 of 大雪により) are what the old English gives as a
    cause: a content word of a JMdict gloss of one of them among the words after "due to", "because of" and the
    like ("due to heavy snow", "because of the renovation work"). The English then says the one act of のため,
    につき and により after a noun: a cause (工事につき may say "regarding", 書面により "in writing", ため "for").
    False without the English or JMdict."""
    english = _translation()
    phrases = " ".join(_CAUSE_SAID.findall(english))
    said = {form for forms in _english_lemmas(phrases) for form in forms} - _GLOSS_FILLERS
    if not said:
        return False

    def says(word: str) -> bool:  # (a gloss's word, or the head of a compound said: "road" of "roadworks")
        return (
            word in said or word.removesuffix("s") in said or (len(word) >= 4 and any(s.startswith(word) for s in said))
        )

    k = n
    while k >= 0 and n - k < 4 and _nominal(morphs[k]) and morphs[k].head != "代名詞":
        try:
            entries = jmdict_entries(morphs[k].text) or jmdict_entries(morphs[k].lemma)
        except ImportError:
            return False
        for entry in entries:
            for sense in entry.senses[:3]:
                if any(says(word) for gloss in sense.gloss for word in _gloss_words(gloss.text)):
                    return True
        k -= 1
    return False


def _then_asked(morphs: tuple[Morph, ...], i: int) -> bool:
    """お出し|いただい|て|から … ください: what the reader does first, then is asked to do, in one sentence.

    いただく + て + から, and a request (ください, お願い) later in the sentence: the reader does both, and
    いただく says nothing more (ご連絡いただいてから発送します, a statement, names no doer and stays itself).
    """
    if i + 3 >= len(morphs) or not morphs[i].cform.startswith("連用形"):
        return False
    if not (morphs[i + 1].lemma == "て" and morphs[i + 1].head == "助詞"):
        return False
    if not (morphs[i + 2].lemma == "から" and morphs[i + 2].head == "助詞"):
        return False
    for m in morphs[i + 3 : i + 3 + _LOOKAHEAD]:  # (no request within the budget: no proof)
        if m.lemma in ("下さる", "願う", "願い") and m.head in ("動詞", "名詞"):
            return True
        # (a predicate of its own first: 発送いたしますので、ご了承ください says what we do)
        if m.text in ("。", "!", "?", "\n") or m.pos_is("助詞", "準体助詞") or m.lemma == "ます":
            return False
        if m.pos_is("助詞", "接続助詞") and m.lemma != "て":
            return False
    return False


def _carried_out(morphs: tuple[Morph, ...], i: int) -> bool:
    """検温|を|実施|し: an action's noun + を + 実施する, what 検温する says (as を行う does)."""
    after = morphs[i + 1] if i + 1 < len(morphs) else None
    return after is not None and after.head == "動詞" and after.lemma in ("為る", "致す") and _done_as_suru(morphs, i)


def _after_a_verb(morphs: tuple[Morph, ...], k: int) -> bool:
    """The connective て at *k* after a verb or an auxiliary (履き替え|て)."""
    return morphs[k].lemma == "て" and morphs[k].head == "助詞" and morphs[k - 1].head in ("動詞", "助動詞")


def _doing_verb(m: Morph) -> bool:
    """行う, conjugated as the godan verb it is (UniDic reads 行え|ます, "can do", as 行う in the ichidan row), or
    行っ the analyzer read as 行く (点検も行っております): after an action's noun + を or も (``_done_as_suru``),
    行っ can only be 行う, as 行く takes no such object."""
    return (m.lemma == "行う" and m.ctype.startswith("五段")) or (m.lemma == "行く" and m.text == "行っ")


def _done_as_suru(morphs: tuple[Morph, ...], i: int) -> bool:
    """監視|を|行う, 点検|も|行う: an action's noun + を (or も) + 行う says what the noun + する (+ も) says
    (監視する, 点検もする)."""
    particle = morphs[i - 1]
    return particle.head == "助詞" and particle.lemma in ("を", "も") and _suru_noun(morphs[i - 2])


def _past_a_means(morphs: tuple[Morph, ...], k: int) -> int:
    """The position after a means said with で or にて (お電話で, メールにて, 書面で) at *k*; *k* if none.

    A common noun (after お/ご or not) + で/にて, the case particle: the way the request is made, no place nor time.
    """
    j = k + 1 if k < len(morphs) and morphs[k].head == "接頭辞" and morphs[k].lemma == "御" else k
    if (
        j + 1 < len(morphs)
        and morphs[j].pos[:2] == ("名詞", "普通名詞")
        and not morphs[j].pos_is("名詞", "普通名詞", "副詞可能")
    ):
        particle = morphs[j + 1]
        if particle.pos_is("助詞", "格助詞") and particle.lemma in ("で", "にて"):
            return j + 2
    return k


def _past_an_adverb(morphs: tuple[Morph, ...], k: int) -> int:
    """The position after an adverb, or an adjectival noun + に (お気軽に, 直接), at *k*; *k* if none."""
    if k < len(morphs) and morphs[k].head == "副詞":
        return k + 1
    j = k + 1 if k < len(morphs) and morphs[k].head == "接頭辞" and morphs[k].lemma == "御" else k
    if j + 1 < len(morphs) and (morphs[j].head == "形状詞" or morphs[j].pos_is("名詞", "普通名詞", "形状詞可能")):
        if morphs[j + 1].text == "に" and morphs[j + 1].lemma in ("だ", "に"):
            return j + 2
    return k


def respectful(morphs: tuple[Morph, ...]) -> list[int]:
    """The positions of れる read as respect, not passive (ご紛失|さ|れ|た|場合, ご利用|さ|れる|場合).

    れる (never られる: 来られる場合 may be "can come") after お/ご + an action's
    noun + する (ご利用された, お申し込みされた: a passive takes no honorific
    prefix; 解除された方 may be "whose contract was terminated") or after a verb
    JMdict knows only as intransitive (亡くなられた, 戻られた: no direct
    passive, ``_intransitive``), ending a
    conditional or relative clause (before 場合, 際, 時 or 方, with or without
    た, or as ている), in a clause that names no agent and no subject but an
    honoured person (no に, から, より, も back to the punctuation before it,
    and が or は only after 様 or 方: お客様が入力された場合): 係員に確認された
    場合 and 予約がキャンセルされた場合 are passive, and stay themselves. Morphology cannot tell the respect of
    カードを紛失された場合 from the suffering of カードを盗まれた場合 ("if your
    card is stolen"): the caller asks the old English, which must say no
    passive (catalog/suggest.py).
    """
    found: list[int] = []
    for i, m in enumerate(morphs):
        if m.head != "助動詞" or m.lemma != "れる" or i == 0:
            continue
        verb = morphs[i - 1]
        if verb.head != "動詞" or not verb.cform.startswith("未然形"):
            continue
        k = i + 1
        if k + 1 < len(morphs) and morphs[k].lemma == "て" and morphs[k + 1].lemma == "居る":
            k += 2  # 紛失されている場合: 紛失している場合
        if k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma == "た":
            k += 1
        if k >= len(morphs) or morphs[k].head != "名詞" or morphs[k].lemma not in _OCCASIONS:
            continue
        start = i - 2
        while start >= 0 and morphs[start].kind not in ("punct", "space"):
            start -= 1
        clause = range(start + 1, i - 1)  # the words of the clause before the verb
        if any(
            morphs[j].head == "助詞"
            and morphs[j].lemma in _AGENT_OR_SUBJECT
            and not _honoured(morphs[j], morphs[j - 1] if j > 0 else None)
            for j in clause
        ):
            continue
        if any(morphs[j].head == "動詞" and morphs[j].lemma == "因る" for j in clause):
            continue
        prefixed = verb.lemma == "為る" and i >= 3 and morphs[i - 3].head == "接頭辞" and morphs[i - 3].lemma == "御"
        if not prefixed and not (verb.lemma != "為る" and _intransitive(verb.lemma)):
            continue  # 解除された方: respect ("who terminated") or passive ("whose contract was terminated")
        found.append(i)
    return found


def may_be_intransitive(lemma: str) -> bool:
    """A verb JMdict knows only as intransitive (``_intransitive``: 戻る, 亡くなる), or any verb when JMdict is
    missing: whoever asks whether a を before it marks its object (会場を出る: the place left) gets the safe no."""
    try:
        return _intransitive(lemma)
    except ImportError:
        return True


def known_intransitive(lemma: str) -> bool:
    """A verb JMdict knows only as intransitive (``_intransitive``: 付き添う, 集まる); False when JMdict is
    missing: whoever asks whether a genitive before the verb's noun can be its object (保護者の付き添い: the
    guardian who goes along, never the one gone along with) gets the safe no."""
    try:
        return _intransitive(lemma)
    except ImportError:
        return False


@lru_cache(maxsize=1 << 10)
def _intransitive(lemma: str) -> bool:
    """Every JMdict entry spelt *lemma* is an intransitive verb and none transitive (亡くなる, 戻る).

    Such a verb has no direct passive; its suffering passive names who caused it
    with に (雨に降られた), which ``respectful`` already reads as passive.
    """
    entries = jmdict_entries(lemma)
    pos = {p for entry in entries for sense in entry.senses for p in sense.pos}
    return "intransitive verb" in pos and "transitive verb" not in pos


def _honoured(particle: Morph, before: Morph | None) -> bool:
    """お客様が, 会員の方は: a subject that is a person honoured (様, 方), whom respect is for."""
    if particle.lemma not in ("が", "は") or before is None:
        return False
    return (before.pos_is("接尾辞") and before.lemma == "様") or (before.head == "名詞" and before.lemma == "方")


_BOUNDS = frozenset({"まで", "のみ", "だけ", "から"})  # 18時まで, 現金のみ, 10分前から + となります


def _copula(morphs: tuple[Morph, ...], i: int, humble: int = 0) -> list[int] | None:
    """総務課|と|なり|ます。, 総務課|と|なっ|て|おり|ます, 18時まで|と|さ|せ|て|いただき|ます: the positions of
    と/に … before the end, or None.
    """
    particle, noun = morphs[i - 1], morphs[i - 2]
    copular_ni = particle.text == "に" and particle.lemma == "だ"  # 必要|に|なる: the copula's に
    if not ((particle.lemma in ("と", "に") or copular_ni) and particle.head in ("助詞", "助動詞")):
        return None
    if not (_nominal(noun) or noun.head == "形状詞" or (noun.lemma in _BOUNDS and noun.head == "助詞")):
        return None
    if humble and particle.lemma != "と":
        return None
    span = [i - 1, i, *range(i + 1, i + 1 + humble)]
    k = i + 1 + humble
    if k + 1 < len(morphs) and morphs[k].lemma == "て" and morphs[k + 1].lemma in ("居る",):
        if noun.lemma != "まで" and _from_a_time(morphs, i - 2):
            # 4月から有料となっております: "has been since April", not となります ("will be from"); 7時から8時まで
            # となっております is a range, its から no start of the state
            return None
        span += [k, k + 1]  # となっております: is
        k += 2
    while k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma == "ます" and morphs[k].text != "まし":
        k += 1  # ます, not ました (past) nor ません (a negation after it)
    # (終了となりました was read as 終了しました until red team 32: となりました says an outcome that befell the
    # topic, しました makes the topic the one who acted, 理事長は解任となりました / 解任しました, and neither UniDic
    # nor this JMdict tells a suru-noun's transitivity: no proof, the past stays itself.)
    if len(span) >= 4 and k < len(morphs) and morphs[k].lemma == "為" and morphs[k].head == "名詞":
        return span  # 満車となっているため: 満車のため, a state and "because" (となるため may be "in order to")
    if k < len(morphs) and not (morphs[k].text in _CLAUSE_END or morphs[k].lemma in ("の", "ので", "が")):
        return None
    if k < len(morphs) and morphs[k].lemma in ("の", "ので", "が") and morphs[k].head != "助詞":
        return None
    if morphs[i].cform.startswith("連用形") and len(span) == 2 and k == i + 1:
        return None  # となり、 (becoming, and): a clause of its own
    return span


def _from_a_time(morphs: tuple[Morph, ...], noun: int) -> bool:
    """A time said as the start of what the noun at *noun* becomes (4|月|から|有料, 今月|より|有料, 4月|以降|は|有料):
    a number or a noun of time then から/より, or 以降/以来/以後, or a noun of time said of an event (リニューアル|
    後|は, ``_time_of``), right before it (perhaps は and a comma between)
    or anywhere before it in its clause (10月から窓口は予約制: the start of the whole clause). The change it
    starts is reached (となっております) or ahead (となります). (翌日から10か月以内: a span, and what follows it no
    change; チェックインは15時から、: another clause.)"""
    k = noun - 1
    while k >= 0 and (morphs[k].text == "、" or (morphs[k].lemma == "は" and morphs[k].head == "助詞")):
        k -= 1
    if k >= 1 and (morphs[k].lemma in ("以降", "以来", "以後") or _time_then_from(morphs, k) or _time_of(morphs, k)):
        return True
    for k in range(noun - 1, 0, -1):
        if morphs[k].text in ("、", ","):
            j = k - 1
            if j >= 1 and morphs[j].lemma == "は" and morphs[j].head == "助詞":
                j -= 1  # リニューアル後は、: the start as the topic
            started = j >= 1 and (
                _time_then_from(morphs, j) or morphs[j].lemma in ("以降", "以来", "以後") or _time_of(morphs, j)
            )
            return started and not _own_topic_before(morphs, j - 1)  # 4月から、, 4月以降、
        if morphs[k].text in ("。", "!", "?", "\n"):
            return False
        if _time_then_from(morphs, k) and not (morphs[k + 1].text[:1].isdigit() or morphs[k + 1].pos[1:2] == ("数詞",)):
            return True
    return False


def _time_of(morphs: tuple[Morph, ...], k: int) -> bool:
    """A noun of time said of the word before it (UniDic's adverbial noun or suffix after a noun, a suffix or
    a genitive: リニューアル|後, 改装|の|後, 来月|以降): a time named by an event or another time, from which a
    change may start (リニューアル後は、全席禁煙となっております, "since the renovation, has been"; red team 31).
    A time word alone (現在、本日は) names no event and stays the present."""
    m, before = morphs[k], morphs[k - 1]
    if not (m.head in ("名詞", "接尾辞") and m.pos[2:3] == ("副詞可能",)):
        return False
    return before.kind == "word" and (
        before.head in ("名詞", "接尾辞") or (before.lemma == "の" and before.pos_is("助詞", "格助詞"))
    )


def _act_happening(morphs: tuple[Morph, ...], i: int) -> bool:
    """欠航|と|なる|場合: an action's noun + と/に + the attributive なる before an occasion (場合, 際, 時, こと),
    the act happening, as the noun + する says it (欠航する場合).

    Before any other noun it is no compound (red team 31): 有料となる駐車場 are car parks that are to charge,
    有料駐車場 those that do; 対象となる車両 may be the vehicles coming under a rule from now on. The attributive
    なる may say a state ahead, which the compound never does, and no resource tells a relation held from a
    change to come."""
    if i < 2 or i + 1 >= len(morphs) or not morphs[i].cform.startswith("連体形"):
        return False
    particle, before, after = morphs[i - 1], morphs[i - 2], morphs[i + 1]
    occasion = after.head == "名詞" and after.lemma in ("場合", "際", "時", "事")  # (変更になることがある)
    return particle.lemma in ("と", "に") and particle.head == "助詞" and _suru_noun(before) and occasion


def _own_topic_before(morphs: tuple[Morph, ...], k: int) -> bool:
    """A topic (は) at or before *k* in its clause: チェックインは15時から、 is a clause of its own."""
    for j in range(k, -1, -1):
        if morphs[j].text in ("、", ",", "。", "!", "?", "\n"):
            return False
        if morphs[j].lemma == "は" and morphs[j].head == "助詞":
            return True
    return False


_WEEKDAY_BRACKETED = re.compile(r"[月火水木金土日](?:曜日?)?(?:[・･]祝日?)?|祝日?")


def _time_then_from(morphs: tuple[Morph, ...], k: int) -> bool:
    """から/より at *k* after a number or a noun of time (4月から, 今月より), or a date's weekday in brackets after
    one (4月1日（水）から)."""
    j = k - 1
    if morphs[j].text in ("）", ")"):
        opening = next((n for n in range(j - 1, max(0, j - 5), -1) if morphs[n].text in ("（", "(")), None)
        inside = "".join(x.text for x in morphs[opening + 1 : j]) if opening else ""
        if not (opening and _WEEKDAY_BRACKETED.fullmatch(inside)):
            return False
        j = opening - 1
    m = morphs[j]
    timed = m.text[:1].isdigit() or (m.head == "名詞" and m.pos[2:3] in (("副詞可能",), ("助数詞可能",)))
    return timed and morphs[k].head == "助詞" and morphs[k].lemma in ("から", "より")


def _humble(morphs: tuple[Morph, ...], k: int) -> list[int] | None:
    """(調整さ|)せ|て|いただき|ます: the positions of せる て いただく (humble "we do"), or None.

    Not いただけ (イタダケル, "can"), and only before ます: a statement, not a request (nor ます + よう, the request
    of ていただきますようお願いします).
    """
    if k + 3 >= len(morphs):
        return None
    seru, te, itadaku, masu = morphs[k : k + 4]
    if seru.head != "助動詞" or seru.lemma not in ("せる", "させる") or te.lemma != "て":
        return None
    if itadaku.lemma != "頂く" or itadaku.pron_base != "イタダク":
        return None
    ongoing = masu.lemma == "て" and k + 4 < len(morphs) and morphs[k + 4].lemma == "居る"  # いただいております
    if masu.lemma == "ます" and k + 4 < len(morphs) and morphs[k + 4].lemma == "様" and morphs[k + 4].head == "形状詞":
        return None  # 済ませていただきますようお願いします: a request of the reader (済む + せる: 済ませる), not ours
    # (Before an occasion, 変更させていただく場合, it is no longer read as the plain verb: the plain 変更する場合
    # names no one, and a notice's reader reads it as their own act, red team 32.)
    if masu.lemma != "ます" and not ongoing and not _may_happen_after(morphs, k + 2):
        return None
    if polite_request(morphs, k + 2) is not None:
        return None  # 済ませていただきますようお願いいたします: the reader asked (済ませてください), not "we do"
    if _causee_before(morphs, k):
        return None  # 各受講生に発表させていただきます: they present, by our leave; 発表いたします: we present
    return [k, k + 1, k + 2]


def _causee_before(morphs: tuple[Morph, ...], k: int) -> bool:
    """A noun + に in the clause before the causative at *k* (受講生|に|発表さ|せ): the one made to act, whom
    the causative may take (red team 31), so that せる + て + いただく is no "we do" said humbly. A time or a
    number + に (10時に, 当日に: UniDic's adverbial noun, a numeral) is when, never who; any other noun may be
    who acts (the resources do not tell a person from a place before に: a place's に is read so too)."""
    for j in range(k - 1, 0, -1):
        m = morphs[j]
        if m.text in _CLAUSE_END:
            return False
        if not (m.lemma == "に" and m.pos_is("助詞", "格助詞")):
            continue
        noun = morphs[j - 1]
        timed = noun.kind == "number" or noun.pos[2:3] in (("副詞可能",), ("助数詞可能",)) or noun.pos[1:2] == ("数詞",)
        if noun.head in ("名詞", "代名詞", "接尾辞") and noun.kind == "word" and not timed and not _never_a_thing(noun):
            return noun.lemma not in _FORMAL_NOUNS
    return False


# The formal nouns (形式名詞: もの, こと, ところ), which name what a clause says, never one who acts: 未開封のものに
# 限らせていただきます limits to unopened things (限る's own に), no one made to limit.
_FORMAL_NOUNS = frozenset({"物", "事", "所"})


@lru_cache(maxsize=1 << 10)
def _never_a_thing(noun: Morph) -> bool:
    """JMdict knows *noun* and calls none of its senses a common noun or a pronoun: 事前 ("prior; beforehand", a
    noun that takes の), said with に as an adverb (事前に), names no one who could be made to act. False for a
    word JMdict does not know, or without JMdict: any noun may then be a person."""
    try:
        entries = _entries_once(_forms(noun))
        senses = [sense for entry in entries for sense in entry.senses]
    except ImportError:
        return False
    return bool(senses) and not any(
        "noun (common)" in tag or "pronoun" in tag or "proper noun" in tag for sense in senses for tag in sense.pos
    )


def _may_happen_after(morphs: tuple[Morph, ...], k: int) -> bool:
    """制限させていただく|こと|が|あり|ます: the いただく at *k*, attributive, before こと or 場合 + が/も +
    ある/ござる, the writer's "we may" (制限することがあります, 制限する場合があります), said humbly: a statement
    of its own, as させていただきます is. Not ことができる ("can"), nor こと + を/は (the act named as a thing:
    制限させていただくことをお知らせします), nor 場合 + は/に, a condition whose plain verb names no one (red team
    32), which are read as the words say."""
    if k + 3 >= len(morphs) or not morphs[k].cform.startswith("連体形"):
        return False
    koto, particle, verb = morphs[k + 1 : k + 4]
    return (
        koto.head == "名詞"
        and koto.lemma in ("事", "場合")
        and particle.head == "助詞"
        and particle.lemma in ("が", "も")
        and verb.head == "動詞"
        and verb.lemma in ("有る", "御座る")
    )


def _topic(morphs: tuple[Morph, ...], i: int) -> list[int] | None:
    """詳細|に|つき|まし|て|は, 詳細|に|関し|まし|て|、: the positions of に … は (or … て before a comma), or None."""
    particle = morphs[i - 1]
    if not (particle.lemma in ("に", "だ") and particle.text == "に") or not _nominal(morphs[i - 2]):
        return None
    if morphs[i].lemma in ("付く", "つく") and (_a_person_at(morphs, i - 2) or _a_body_at(morphs, i - 2)):
        # 講師につきましては: "as for the teacher", or, before a verb of learning, "under the teacher"; 管理会社
        # につきましては: "about the company", where 管理会社は may make the company the one that acts (red team 47)
        return None
    span = [i - 1, i]
    k = i + 1
    while k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma == "ます":
        span.append(k)
        k += 1
    if k + 1 < len(morphs) and morphs[k].lemma == "て" and morphs[k + 1].lemma == "は" and morphs[k + 1].head == "助詞":
        return span + [k, k + 1]
    if (
        k + 1 < len(morphs)
        and morphs[k].lemma == "て"
        and morphs[k].head == "助詞"
        and morphs[k + 1].text in ("、", ",")
    ):
        return span + [k]  # 事故に関しまして、: the phrase set off by its comma is the sentence's topic (については、)
    return None


# The English by which JMdict's first sense names a body that acts as a person does (会社 "company", 企業
# "enterprise", 団体 "organization"): a supplement of heads, the glosses the mechanism.
_BODIES = frozenset(
    {
        "company",
        "corporation",
        "firm",
        "enterprise",
        "business",
        "organization",
        "organisation",
        "association",
        "agency",
        "society",
        "sponsor",
        "contractor",
        "vendor",
        "operator",
    }
)


def _a_body_at(morphs: tuple[Morph, ...], k: int) -> bool:
    """The noun at *k* (the head of its compound: 管理|会社, 協賛|企業) names a body that may act: JMdict's first
    sense of it glosses one (``_BODIES``). False without JMdict."""
    try:
        entries = jmdict_entries(morphs[k].text) or jmdict_entries(morphs[k].lemma)
    except ImportError:
        return False
    return any(
        entry.senses and _BODIES & {gloss.text.split(" (")[0].lower() for gloss in entry.senses[0].gloss}
        for entry in entries
    )


def _ongoing(morphs: tuple[Morph, ...], i: int) -> list[int] | None:
    """渋滞|し|て|いる|ため: the positions of し て いる (read as の: 渋滞のため), or None."""
    verb, te, iru, reason = morphs[i + 1], morphs[i + 2], morphs[i + 3], morphs[i + 4]
    if verb.head != "動詞" or verb.lemma not in ("為る", "致す") or te.lemma != "て" or iru.lemma != "居る":
        return None
    if reason.lemma != "為" or reason.head != "名詞":
        if not _reason_after_doing(morphs, i + 4):
            return None  # only before ため: 渋滞しているため is 渋滞のため
    return [i + 1, i + 2, i + 3]


def _reason_after_doing(morphs: tuple[Morph, ...], k: int) -> bool:
    """接近しており|ます|の|で, 接近しており|ます|から, 混雑しており|ます|ため: ので, から or ため (ます aside)
    after ている, as ため there (ため after ている says "because" alone: the state holds, no purpose of a doer)."""
    while k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma == "ます":
        k += 1
    if k >= len(morphs):
        return False
    m = morphs[k]
    reason = m.head == "名詞" and m.lemma == "為" and m.pron == "タメ"
    return reason or (m.lemma in ("ので", "から") and m.pos_is("助詞", "接続助詞")) or _nominal_node(morphs, k)


DOING = "居る"  # ている's own key: 販売中です says what 販売しております says


def _doing(morphs: tuple[Morph, ...], i: int) -> int | None:
    """禁止|し|て|おり|ます。: a rule's noun + する (or its verb, 禁じる), or the passive, + ている ending the
    sentence; いる's position.

    Only the non-past, affirmative, at the end of the sentence (not
    ておりました, nor ておりません, nor しており、 which goes on).
    """
    if morphs[i].head == "動詞" and morphs[i].lemma in _RULE_VERBS:
        k = i + 1  # 禁じ|て|おり|ます, 禁じ|られ|て|おり|ます: the rule's verb itself
    else:
        if i + 1 >= len(morphs) or morphs[i + 1].head != "動詞" or morphs[i + 1].lemma not in ("為る", "致す"):
            return None
        k = i + 2
    if k < len(morphs) and _passive_auxiliary(morphs[k]):
        k += 1  # 禁止されております, 禁じられております
    if k + 1 >= len(morphs) or morphs[k].lemma != "て" or morphs[k + 1].lemma not in ("居る", "御座る"):
        return None
    iru = k + 1
    k += 2
    while k < len(morphs) and morphs[k].head == "助動詞" and morphs[k].lemma == "ます" and morphs[k].text != "まし":
        k += 1
    if k < len(morphs) and morphs[k].text not in ("。", "!", "?", "\n"):
        return None
    return iru


def _going_on(morphs: tuple[Morph, ...], i: int) -> bool:
    """販売|中|です。: an action's noun + 中 saying what the sentence says, the action going on (販売しております);
    撤去|済み|です。: + 済み, the action done (撤去しております).

    Only a copula after it to the end of the sentence (です, でございます,
    となっております), non-past and affirmative: 販売中で、 and 販売中に
    ("during") stay 中.
    """
    if i < 1 or not _suru_noun(morphs[i - 1]) or morphs[i - 1].lemma in _RULES:
        return False
    if morphs[i].lemma == "中" and morphs[i].pron != "チュー":
        return False
    for k in range(i + 1, len(morphs)):
        m = morphs[k]
        if m.text in ("。", "!", "?", "\n"):
            return True
        copula = m.head == "助動詞" and m.lemma in ("だ", "です", "ます") and m.text not in ("でし", "だっ", "まし")
        becomes = (m.lemma in ("と", "て") and m.head == "助詞") or m.lemma in ("成る", "居る", "御座る")
        if not (copula or becomes):
            return False
    return True


RECEIVE = "⟨request⟩"  # いただく's own key (language/evidence.py's REQUEST): 頂戴する says what いただく says


def _done_as_verb(morphs: tuple[Morph, ...], i: int) -> bool:
    """頂戴|する, 頂戴|いたし|ます: the noun said as its verb (する or いたす after it; 頂戴できる is "can")."""
    after = morphs[i + 1] if i + 1 < len(morphs) else None
    return after is not None and after.head == "動詞" and after.lemma in ("為る", "致す")


PERSON = "方:カタ"  # 方 read かた, "person": the analyzer reads 方 after の ホー, "side", whatever it says


def _honoured_act_person(morphs: tuple[Morph, ...], i: int) -> bool:
    """ご|希望|の|方|は, お|申し込み|の|方|、: 方 after お/ご + an action's noun (or a verb's stem) + の, ending its
    noun phrase, is the people who do it (a reader's act has no side); the analyzer reads it ホー, "side"."""
    if i < 3 or i + 1 >= len(morphs):
        return False
    genitive, act, prefix, after = morphs[i - 1], morphs[i - 2], morphs[i - 3], morphs[i + 1]
    if not (genitive.pos_is("助詞", "格助詞") and genitive.lemma == "の"):
        return False
    if not (prefix.head == "接頭辞" and prefix.lemma == "御" and (_suru_noun(act) or act.head in ("名詞", "動詞"))):
        return False
    return after.head == "助詞" or after.kind == "punct"


def _minded_person(morphs: tuple[Morph, ...], i: int) -> bool:
    """希望|する|方|は: 方 after an act of one's own mind (``_minded``: 希望, 検討) + する, non-past, ending its noun
    phrase: the people in that state, as ご希望の方 says (an act's non-past, 予約する方, is the people who will do it,
    no ご予約の方, "who have booked")."""
    if i < 2 or i + 1 >= len(morphs):
        return False
    verb, noun, after = morphs[i - 1], morphs[i - 2], morphs[i + 1]
    if not (verb.lemma == "為る" and verb.cform.startswith("連体形") and _suru_noun(noun)):
        return False
    return (after.head == "助詞" or after.kind == "punct") and _minded(noun.lemma)


def _doing_person(morphs: tuple[Morph, ...], i: int) -> bool:
    """ご|検討|中|の|方|は: an action's noun + 中 + の + 方 is the people doing it (検討している方).

    方 after an action going on is a person (no side of an action): the
    relative clause, the noun + している, says it. Only 方 ending its noun
    phrase (a particle or a punctuation mark after it: 検討中の方法 is a
    method); 中 read チュー after a suru-noun (not a rule: 禁止中).
    """
    if i < 1 or i + 3 >= len(morphs) or not _suru_noun(morphs[i - 1]) or morphs[i - 1].lemma in _RULES:
        return False
    if morphs[i].pron != "チュー" or not (morphs[i + 1].head == "助詞" and morphs[i + 1].lemma == "の"):
        return False
    person, after = morphs[i + 2], morphs[i + 3]
    return person.head == "名詞" and person.text == "方" and (after.head == "助詞" or after.kind == "punct")


def doings(morphs: tuple[Morph, ...], suffix: str = "中") -> int:
    """How many actions *morphs* says with 中 as going on (``_going_on``): ている may say them done.

    With *suffix* 済み, how many it says done (撤去済み): ている may say them going on.
    """
    return sum(1 for i, m in enumerate(morphs) if m.lemma == suffix and m.head == "接尾辞" and _going_on(morphs, i))


def _nominal(m: Morph) -> bool:
    """A noun, a pronoun or a noun's suffix (体育|館): what a copula or a topic follows."""
    return m.head in ("名詞", "代名詞") or m.pos[:2] == ("接尾辞", "名詞的")


def _referential(morphs: tuple[Morph, ...], i: int) -> bool:
    """以下の番号, 以下まで after punctuation, a particle or at the start: "the following", not "or less".

    A limit needs what it limits before it (中学生以下, 18歳以下).
    """
    before = morphs[i - 1] if i > 0 else None
    return before is None or before.kind in ("punct", "space") or (before.head == "助詞" and before.lemma != "の")


# English words by which JMdict glosses an adverb that restricts what its clause says: to a part (mainly, partly,
# especially), to some times (usually, sometimes, again, once, first, for a while), to an amount (almost, at
# least, more), to a condition (if possible). A supplement to the glosses, never the mechanism: an adverb JMdict
# does not know restricts.
_RESTRICTING = frozenset(
    "only mainly mostly chiefly primarily principally largely partly partially especially particularly particular "
    "usually ordinarily normally generally principle rule sometimes occasionally often frequently rarely seldom "
    "regularly again anew twice already still yet first firstly while moment minute present being "
    "temporarily briefly almost nearly roughly approximately about around least most just merely simply solely "
    "purely exclusively even also too more less further another newly later little slightly somewhat few than "
    "except probably likely possible practicable if when where unless until before after early late new "
    # あらかじめ, 前もって: "beforehand", "in advance", a time the act must come first
    "beforehand previously advance".split()
)

_ONCE = frozenset({"once", "once more", "once again", "for once"})

# English words by which JMdict glosses an adverb of manner that says how the things or people its clause is
# about are grouped or divided (別々に "separate", 一緒に "together", 個々に "each", 一斉に "simultaneous", 一律に
# "uniform", 一括で "in a lump"), or how far the action goes (大幅に "drastic, substantial"): "Please pay
# separately" asks for one bill each, "revise substantially" says the revision is large, what the clause without
# it leaves open. Like ``_RESTRICTING``, a supplement to the glosses, never the mechanism; 丁寧に "careful",
# しっかり "firmly", ゆっくり "slowly" say how and are glossed with none of them.
_GROUPING_OR_EXTENT = frozenset(
    "separate separately respective respectively individual individually each apart together jointly "
    "collectively simultaneous simultaneously concurrent concurrently uniform uniformly equal equally bulk batch "
    "lump drastic drastically substantial substantially considerable considerably significant significantly "
    "sweeping radical radically "
    # 順次 "in order, sequentially", 均等に "evenly": one by one or in even shares, not all at once (red team 43)
    "sequential sequentially seriatim order turn gradual gradually progressively stepwise equality evenness evenly "
    "uniformity".split()
)


# English words by which JMdict glosses a noun of people who work for whoever gives the notice (職員 "staff
# member", 担当者 "person in charge", 係員 "official", 店員 "clerk"): people of either side, where 保護者
# "guardian", 会員 "member" and 乗客 "passenger" are only ever the reader's. A supplement to the glosses.
_STAFF = frozenset(
    "staff personnel employee employees clerk official attendant charge responsible worker crew crewman manager "
    "supervisor".split()
)


@lru_cache(maxsize=1 << 10)
def of_either_side(noun: str) -> bool:
    """*noun* names people who may be the writer's own (職員, 担当者, 係員, 店員): a word of ``_STAFF`` in a
    gloss of the first sense of one of its JMdict entries. A noun JMdict does not know may be either side."""
    entries = jmdict_entries(noun)
    if not entries:
        return True
    return any(_STAFF & set(gloss.replace("(", " ").replace(")", " ").split()) for gloss in first_sense_glosses(noun))


def names_staff(noun: str) -> bool:
    """*noun* is a word JMdict knows as people who may be the writer's own (スタッフ, 職員, 係員: ``of_either_side``);
    False for a noun it does not know, or without JMdict."""
    try:
        return bool(jmdict_entries(noun)) and of_either_side(noun)
    except ImportError:
        return False


# The nouns of people JMdict spells with a suffix of persons (添乗員, 御者, 講師, 通訳士, 警察官): the head words of
# the glosses of their first senses are English words for a person (driver, lecturer, guard, interpreter,
# volunteer). Some name a thing as well ("holder", "character", "tumbler"): a noun so glossed is read as people,
# and its は and を kept apart, the safe side.
_PERSON_SUFFIXES = "員者師士官"
# Of those heads, the ones that name a person by their form (an agent noun, or a word of ``_STAFF``): "number"
# (定員 "fixed number (of people)") and "examination" are heads of such glosses, no persons.
_AGENT_NOUN = re.compile(r"(?:er|or|ist|eer|ian|ant)$")
_PERSON_WORDS = frozenset({"person", "people", "guide", "guard", "chauffeur", "guardsman"}) | _STAFF
# Gloss words with which a head is not what the gloss names ("fixed number (of people)", "the former").
_NOT_A_HEAD = frozenset({"of", "on", "the", "a", "an", "for", "in", "to", "at", "by", "with"})
# English words by which JMdict glosses the people a notice is addressed to or speaks of as served (お客様
# "customer", 参加者 "participant", 保護者 "guardian", 利用者 "user"): the guided, never the writer's own, whom
# は and を say the same of under the writer's act (参加者は会場へご案内します). A supplement to the glosses.
_READERS = frozenset(
    "guest visitor customer client shopper participant entrant member passenger user consumer patient applicant "
    "resident inhabitant citizen student pupil child children parent guardian everyone everybody attendee "
    "subscriber holder tenant borrower spectator audience tourist sightseer traveler traveller caller newcomer "
    "beginner infant".split()
)


def _gloss_head(text: str) -> str:
    """The last word of a gloss, its parentheses aside ("driver (of a vehicle)": driver), or "" for a gloss
    with a preposition or an article in it ("fixed number (of people)", "the former")."""
    if _NOT_A_HEAD & set(text.lower().replace("(", " ").replace(")", " ").split()):
        return ""
    words = re.sub(r"\([^)]*\)", " ", text).lower().split()
    return words[-1] if words else ""


@cache
def _person_heads() -> frozenset[str]:
    """The heads of the glosses of the first senses of the JMdict nouns spelt with a suffix of persons
    (``_PERSON_SUFFIXES``) that name a person by their form (``_AGENT_NOUN``, ``_PERSON_WORDS``).

    One query of jamdict's database for each suffix, the first sense the entry's lowest sense id: what jamdict's
    wildcard look-up returns, without building every entry whole (1.3 s → 0.3 s, paid by the first merge that asks
    whether a noun names a person)."""
    import sqlite3

    connection = sqlite3.connect(f"file:{jmdict_database()}?mode=ro", uri=True)
    heads: set[str] = set()
    try:
        for suffix in _PERSON_SUFFIXES:
            glosses = connection.execute(
                "SELECT SenseGloss.text FROM SenseGloss JOIN Sense ON SenseGloss.sid = Sense.ID"
                " WHERE Sense.ID = (SELECT MIN(First.ID) FROM Sense AS First WHERE First.idseq = Sense.idseq)"
                " AND Sense.idseq IN (SELECT idseq FROM Kanji WHERE text LIKE ? UNION"
                " SELECT idseq FROM Kana WHERE text LIKE ?)",
                ("%" + suffix, "%" + suffix),
            ).fetchall()
            heads.update(_gloss_head(text) for (text,) in glosses)
    finally:
        connection.close()
    return frozenset(h for h in heads if h in _PERSON_WORDS or _AGENT_NOUN.search(h))


@lru_cache(maxsize=1 << 10)
def names_a_person(noun: str) -> bool:
    """*noun* names people who may act for the writer: staff (``names_staff``), or any noun of a person JMdict
    knows (講師 "lecturer", 運転手 "driver", 警備員 "guard", ボランティア "volunteer", ガイド "guide"), not one of
    the people served (``_READERS``: お客様, 参加者, 保護者). A person is a head word of the first sense of one of
    its entries among the glosses of JMdict's nouns of persons (``_person_heads``), or of any sense of an entry
    whose first sense is an act (通訳 "interpretation", then "interpreter"). False without JMdict.
    """
    if names_staff(noun):
        return True
    try:
        entries = jmdict_entries(noun)
        persons = _person_heads()
    except ImportError:
        return False
    heads: set[str] = set()
    readers: set[str] = set()
    for entry in entries:
        if not entry.senses:
            continue
        first = {_gloss_head(g.text) for g in entry.senses[0].gloss}
        readers |= first & _READERS
        act = any("suru" in pos for pos in entry.senses[0].pos)
        for sense in entry.senses if act else entry.senses[:1]:
            heads.update(_gloss_head(g.text) for g in sense.gloss)
    return bool(heads & persons) and not readers and not heads & _READERS


# Glosses of an adverb of degree that says how wholly its predicate holds (全く "completely", 全然 "(not) at
# all", 決して "(not) in the least"): said of the predicate wherever it stands in the clause.
_WHOLLY = frozenset(
    {"completely", "entirely", "wholly", "totally", "(not) at all", "(not) in the least", "(not) in the slightest"}
)


def says_how_wholly(adverb: Morph) -> bool:
    """*adverb* says how wholly its predicate holds: a gloss of ``_WHOLLY`` in the first sense of one of its
    JMdict entries (全く, 全然, 決して, 少しも; not 必ず "without fail", まず "first", ぜひ "certainly")."""
    try:
        return not _WHOLLY.isdisjoint(first_sense_glosses(_spelling(adverb)))
    except ImportError:
        return False


# Glosses of a verb of handing something on (伝える "to convey", 送る "to send (a thing)", 届ける "to deliver").
_SENDING = frozenset({"to send", "to send (a thing)", "to convey", "to deliver", "to forward", "to transmit"})


def sends_on(verb: str) -> bool:
    """*verb* (a lemma) hands something on: a gloss of ``_SENDING`` in the first sense of one of its JMdict
    entries (伝える, 送る, 届ける; not 預かる "to look after", 回す "to turn"). False without JMdict."""
    try:
        return not _SENDING.isdisjoint(first_sense_glosses(verb))
    except ImportError:
        return False


def restricts_nothing(adverb: Morph) -> bool:
    """*adverb* (UniDic's 副詞) says how or how surely, not of what part, what time or what amount.

    Every gloss of the first senses of its JMdict entries is read: none may hold
    a word of restriction (主に "mainly", 再び "again", 既に "already", ほぼ
    "almost", なるべく "if possible"), nor one of grouping or extent (別々に
    "separate", 一緒に "together", 大幅に "substantial": ``_GROUPING_OR_EXTENT``);
    直ちに "immediately", しっかり "firmly", ぜひ "certainly" restrict nothing.
    An adverb JMdict does not know restricts.
    """
    senses = _senses(_forms(adverb))
    if not senses:
        return False
    glosses = {gloss for each, _ in senses for gloss in each if not gloss.startswith("⟨")}
    if glosses & _ONCE:
        return False  # (not "at once", "immediately")
    words = {word for gloss in glosses for word in gloss.split()}
    return not (words & _RESTRICTING or words & _GROUPING_OR_EXTENT)


# A term's run of nouns is read this far on each side of the の dropped (bounded: a few JMdict look-ups each).
_TERM_REACH = 3


def genitive_term(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(X の Y in *a*, XY in *b*) where the の dropped makes a term, not a free compound; else None.

    X の Y and XY are the same words only where XY is a free compound (バスの
    車内 / バス車内, 当庁のウェブサイト / 当庁ウェブサイト). XY is a term of its
    own, a kind or a name (親の会社 / 親会社, "parent company"), where:

    - the dictionary has it: UniDic reads it as one word, or JMdict has a word
      made of the nouns around the join (指定席, 国民健康保険);
    - X describes rather than owns: a noun of time (UniDic's adverbial noun:
      当日チケット, 深夜電力, 前期日程) or an adjectival noun (UniDic's, or one
      JMdict's first sense makes a keiyodoshi: 一般会員). X の Y says which Y;
      XY names a kind of Y.
    """
    for i in range(1, len(a) - 1):
        m = a[i]
        # 特別な警報 / 特別警報: an adjectival noun's な dropped joins the words as the の does.
        attributive = m.lemma == "だ" and m.text == "な" and m.head == "助動詞"
        if not (m.lemma == "の" and m.pos_is("助詞", "格助詞")) and not attributive:
            continue
        x, y = a[i - 1], a[i + 1]
        # (高齢|者|の|住宅: the suffix 者 ends a noun of people, read as one: ``_for_a_kind_of_person``)
        people_suffix = x.pos_is("接尾辞", "名詞的") and x.lemma == "者"
        if x.head not in ("名詞", "形状詞") if attributive else (x.head != "名詞" and not people_suffix):
            continue
        if y.head != "名詞" or x.kind != "word" or y.kind != "word":
            continue
        if any(a[k].text == x.text and a[k + 1].text == y.text for k in range(len(a) - 1)):
            continue  # XY said in the old text as well: no join to read
        named = (x.text + m.text + y.text, x.text + y.text)
        if not attributive and _a_place_name(x, y) and _joined(b, x, y):
            return named  # 南の公園 / 南公園, 病院の前 / 病院前: a place said by where it is, or the place's name
        if y.pos_is("名詞", "普通名詞", "副詞可能"):
            continue  # ご使用の前 / ご使用前, 点検の間: a relation or a time, said of an action, is no term
        for j, n in enumerate(b):
            if x.text + y.text in n.text:
                return named  # one word to UniDic
            if j + 1 < len(b) and n.text == x.text and b[j + 1].text == y.text and _a_term(b, j, x, attributive):
                return named
    return None


def _first_glosses(form: str) -> list[str]:
    """The glosses of the first sense of JMdict's first entry spelt *form*, lower-cased, brackets dropped."""
    for entry in jmdict_entries(form):
        if not entry.senses:
            return []
        return [re.sub(r"\([^)]*\)", "", g.text).strip().lower() for g in entry.senses[0].gloss]
    return []


def _singular_words(gloss: str) -> str:
    """The gloss with each plural word made singular (``_singular``: documents, document), as JMdict varies."""
    return " ".join(_singular(w) or w for w in gloss.split())


def _named_by_its_parts(b: tuple[Morph, ...], j: int) -> bool:
    """b[j] b[j + 1] (X Y) is a compound JMdict glosses by its parts, so X の Y says it word for word.

    The compound stands alone (no noun, suffix or prefix other than お/ご joins it on either side: the nouns read
    are X and Y), X is a common noun of a thing (UniDic's 普通名詞-一般) and Y an action's noun (サ変可能), the
    compound's head, and JMdict's first sense of XY has a gloss that is Y's own gloss, or X's then Y's (ワクチン
    接種 "vaccination", as 接種; 事故調査 "accident investigation"): the compound is the act done on X, which X の
    Y says too. Never a head that is no action (親会社 "parent company" is no 親の会社, "a parent's company";
    女子大学, 日本語学校: kinds of school), never X an action, a time or a quality (飲酒運転, 当日受付, 一般会員:
    they describe). Never with な (必要書類 / 必要な書類): a compound of an adjectival noun may be a term
    glossed word for word that says more than its words (必要経費 "necessary expenses", the deductible ones of
    a tax return; red team 22).
    """
    x, y = b[j], b[j + 1]

    def joins(k: int) -> bool:
        if not 0 <= k < len(b):
            return False
        m = b[k]
        return m.kind == "word" and (m.head in ("名詞", "接尾辞") or (m.head == "接頭辞" and m.lemma != "御"))

    if joins(j - 1) or joins(j + 2):
        return False
    if not (x.pos[:3] == ("名詞", "普通名詞", "一般") and _suru_noun(y)):
        return False
    try:
        whole = {_singular_words(g) for g in _first_glosses(x.text + y.text)}
        parts_x = [_singular_words(g) for g in _first_glosses(x.text)]
        parts_y = [_singular_words(g) for g in _first_glosses(y.text)]
    except ImportError:
        return False  # no dictionary: no proof
    composed = {f"{gx} {gy}" for gx in parts_x for gy in parts_y}
    return bool(whole & composed) or bool(whole & set(parts_y))


# The directions and the middle (中央の図書館, 南の公園): X の Y says where a Y is, XY names one (中央図書館,
# 南公園: "Central Library", "Minami Park").
_DIRECTIONS = frozenset({"中央", "東", "西", "南", "北", "北東", "北西", "南東", "南西", "東西", "南北"})
# The places and facilities a name ends in, and 前 after a place (病院の前 / 病院前: a bus stop's name).
_PLACE_NOUNS = frozenset(
    {
        "前",
        "公園",
        "図書館",
        "駅",
        "病院",
        "会館",
        "公民館",
        "体育館",
        "広場",
        "通り",
        "橋",
        "口",
        "団地",
        "小学校",
        "中学校",
    }
)


def _a_place_name(x: Morph, y: Morph) -> bool:
    """X の Y that XY says as a name: X a direction (中央, 南), or Y a place or a facility (公園, 図書館) or 前
    after a place (病院の前), X no action nor time (ご使用の前 / ご使用前 stays a relation)."""
    if x.lemma in _DIRECTIONS:
        return True
    if y.lemma not in _PLACE_NOUNS:
        return False
    return not (_suru_noun(x) or x.pos[2:3] == ("副詞可能",) or _verb_stem_noun(x))


def _joined(b: tuple[Morph, ...], x: Morph, y: Morph) -> bool:
    """X and Y said as one word in *b*, or side by side."""
    return any(x.text + y.text in n.text for n in b) or any(
        n.text == x.text and b[j + 1].text == y.text for j, n in enumerate(b[:-1])
    )


def _a_kind_of_person(x: Morph, y: Morph) -> bool:
    """X Y, two common nouns that each name people (家族 会員, 学生 会員: ``_person``): XY names a kind of Y, a
    category (家族会員, a family membership), where X の Y says whose Y or which Y (家族の会員, "a member who is
    family"). Not after an organisation (当社の社員 / 当社社員, 社: ``_person`` counts the company as an agent):
    the staff of a company is no kind of staff."""
    return x.text[-1] != "社" and all(m.pos_is("名詞", "普通名詞") and _person(m) for m in (x, y))


def _for_a_kind_of_person(x: Morph, y: Morph) -> bool:
    """X Y, X a noun of people (職員, 高齢|者: ``_person``, a common noun or the suffix 者) and Y a thing (住宅,
    駐車場): XY names a kind of Y, one kept for such people (職員住宅, staff housing; 高齢者住宅, senior
    residences), where X の Y says whose Y (職員の住宅, the staff's own homes). Not after an organisation (当社の
    社員 / 当社社員, 社), as ``_a_kind_of_person``."""
    people = x.pos_is("名詞", "普通名詞") or (x.pos_is("接尾辞", "名詞的") and x.lemma == "者")
    return people and x.text[-1] != "社" and _person(x) and y.pos_is("名詞", "普通名詞") and not _person(y)


def _a_term(b: tuple[Morph, ...], j: int, x: Morph, attributive: bool = False) -> bool:
    """b[j] b[j + 1] (X Y) is a term: X describes, or JMdict has a word of the nouns around the join; not where
    JMdict glosses the compound by its parts (``_named_by_its_parts``)."""
    if not attributive and _named_by_its_parts(b, j):
        return False
    if x.pos[:3] in (("名詞", "普通名詞", "副詞可能"), ("名詞", "普通名詞", "形状詞可能")):
        return True  # 当日チケット, 深夜電力
    if _adjectival_in_jmdict(x.text):
        return True  # 一般会員
    if _a_kind_of_person(x, b[j + 1]):
        return True  # 家族会員, 学生会員
    if _for_a_kind_of_person(x, b[j + 1]):
        return True  # 職員住宅, 高齢者住宅

    def noun(m: Morph) -> bool:
        return m.kind == "word" and m.head in ("名詞", "接尾辞", "接頭辞")

    start = j
    while start > 0 and j - start < _TERM_REACH - 1 and noun(b[start - 1]):
        start -= 1
    end = j + 2
    while end < len(b) and end - j < _TERM_REACH + 1 and noun(b[end]):
        end += 1
    try:
        return any(
            _in_jmdict("".join(m.text for m in b[s:e])) for s in range(start, j + 1) for e in range(j + 2, end + 1)
        )
    except ImportError:
        return True  # no dictionary: no proof the compound is free


@lru_cache(maxsize=1 << 10)
def _adjectival_in_jmdict(word: str) -> bool:
    """JMdict's first entry for *word* makes its first sense an adjectival noun (一般: "general; ordinary")."""
    entries = jmdict_entries(word)
    return bool(entries and entries[0].senses and any("keiyodoshi" in p for p in entries[0].senses[0].pos))


def first_time_people(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(初回の + people in *a*, 最初の + them in *b*): first-timers are not the first in line; else None.

    初回の and 最初の are one "first" of a thing done again (毎月初回の受診時:
    毎月最初の受診時, the group of data/same-meaning.json); before people (方,
    お客様) 初回 names those who come for the first time, 最初 who come first.
    """
    return ("初回の", "最初の") if _first_of_people(a, "初回") and _first_of_people(b, "最初") else None


def _first_of_people(morphs: tuple[Morph, ...], lemma: str) -> bool:
    for i in range(len(morphs) - 2):
        if morphs[i].lemma == lemma and morphs[i + 1].lemma == "の" and morphs[i + 1].pos_is("助詞", "格助詞"):
            k = i + 2
            while k + 1 < len(morphs) and morphs[k].head == "接頭辞":
                k += 1  # お客様
            while k + 1 < len(morphs) and morphs[k + 1].head in ("名詞", "接尾辞") and morphs[k + 1].kind == "word":
                k += 1
            if _person(morphs[k]):
                return True
    return False


def first_session_or_earliest(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(初回の in *a*, 最初の in *b*) where no recurring period is named before them: the first session of
    something done again, or the earliest of a sequence? else None.

    初回 names the first time of a thing done again (the course's first session, a first-timer's visit: 初回の
    診察 is a new patient's first consultation); 最初 the first of a sequence, counted from wherever it starts
    (最初の授業: the day's first period; 本日最初の診察, the morning's first patient). They are one "first" only
    under a period that recurs, which counts the times anew in each (毎月初回の受診時 / 毎月最初の受診時, 各学期の
    最初の授業: a noun of time spelt with 毎, or a noun under the prefix 毎/各); a single period leaves the kind
    open (本日初回の講習, the first-timers' course, against 本日最初の講習, the day's first; red team 22).
    """
    return ("初回の", "最初の") if _first_unframed(a, "初回") and _first_unframed(b, "最初") else None


def _first_unframed(morphs: tuple[Morph, ...], lemma: str) -> bool:
    """*lemma* + の in *morphs*, where no recurring period stands before it (毎月, 各学期の)."""
    for i in range(len(morphs) - 1):
        if not (morphs[i].lemma == lemma and morphs[i + 1].lemma == "の" and morphs[i + 1].pos_is("助詞", "格助詞")):
            continue
        k = i - 1
        if k >= 0 and morphs[k].lemma == "の" and morphs[k].pos_is("助詞", "格助詞"):
            k -= 1  # 各学期|の|最初
        recurring = k >= 0 and (
            (morphs[k].pos_is("名詞", "普通名詞", "副詞可能") and morphs[k].text.startswith("毎"))
            or (morphs[k].head == "名詞" and k > 0 and morphs[k - 1].head == "接頭辞" and morphs[k - 1].lemma in "毎各")
        )
        if not recurring:
            return True
    return False


# What says the thing is brought along, not taken away: the reader's visit (ご来店の際, 受診時, 当日) or a place
# it is brought to (窓口まで, 受付へ).
_BROUGHT_ALONG = frozenset({"際", "時", "当日", "まで", "へ"})


def taken_or_brought(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(お持ちください, ご持参ください) where nothing says "bring": お持ちください may be "take" (ご自由に
    お持ちください, "help yourself"), ご持参ください is only "bring"; else None.

    They are one request (the group of data/same-meaning.json) where the
    sentence says a visit or a place to bring the thing to (ご来署の際は、
    マイナンバーカードをお持ちください).
    """
    asked = _asked_to_hold(a)
    if not asked or not any(m.lemma == "持参" for m in b):
        return None
    if any(m.lemma in _BROUGHT_ALONG or m.text in _BROUGHT_ALONG for m in a + b):
        return None
    return asked, "ご持参ください"


def _asked_to_hold(morphs: tuple[Morph, ...]) -> str:
    for i in range(1, len(morphs) - 1):
        if morphs[i].lemma == "持つ" and morphs[i - 1].lemma == "御" and morphs[i + 1].lemma in ("下さる", "くださる"):
            return "お持ちください"
    return ""


# The English words by which JMdict's first gloss of a word names a change of state: a beginning, an end, a stop,
# a move, a change (開始 "start", 終了 "end", 中止 "suspension", 休止 "pause", 移転 "moving", 変更 "change",
# 閉店 "closing up shop", 設置 "establishment"). A supplement that reads the glosses, as ``_STAFF`` does: the
# dictionary's first gloss says what the word is, the list only which English words are a change.
_CHANGES_OF_STATE = frozenset(
    "start starting beginning commencement initiation end ending close closing closure termination completion "
    "conclusion finish finishing stop stoppage suspension pause cessation halt discontinuance discontinuation "
    "abolition abolishment repeal reopening resumption restart restarting change changing modification alteration "
    "revision moving relocation transfer establishment installation introduction opening launch switching "
    "switchover transition extension".split()
)


@lru_cache(maxsize=1 << 10)
def _first_gloss_word(form: str) -> str:
    """The first word of the first gloss of the first sense of JMdict's first entry spelt *form*, or ""."""
    for entry in jmdict_entries(form):
        if entry.senses and entry.senses[0].gloss:
            gloss = re.sub(r"\([^)]*\)", " ", entry.senses[0].gloss[0].text).lower().split()
            if gloss[:1] == ["to"]:
                gloss = gloss[1:]
            return gloss[0] if gloss else ""
    return ""


def changes_state(m: Morph) -> bool:
    """*m*, a verb or an action's noun, says a change of state (開始, 終了, 移転, 始める): the first word of
    JMdict's first gloss of it is one of ``_CHANGES_OF_STATE``.

    Its ている says the change reached (開始しております: "has started", "we now accept"), its non-past the
    change ahead (開始いたします: "will start"); an activity's ている (受け付けております, 承っております,
    対応しております: "accept", "handle") says what we do, as its non-past does. A word JMdict does not know
    is no change (the caller's other proofs still ask the English).
    """
    if not (m.head == "動詞" or m.pos[:3] == ("名詞", "普通名詞", "サ変可能")):
        return False
    return any(_first_gloss_word(form) in _CHANGES_OF_STATE for form in _forms(m)[:1])


def says_already(morphs: tuple[Morph, ...]) -> bool:
    """A ている of *morphs* said done by an adverb JMdict's first gloss says "already" (既に, すでに), as 済み
    says it: only where the ている can say nothing else.

    The ている of an action that lasts may say it under way after 既に as well (既に点検しております: "have
    already inspected", or "are already inspecting"; 回収, 改修 the same); that of a change of state
    (``changes_state``: 既に終了しております, すでに移転しております) says the change reached. And 既に must say
    it of that ている: in its clause, no predicate and no の between them (既に配布した教材は消毒しております,
    既にお申し込みの方の書類は確認しております: 既に is the handing out's, the applying's).
    """
    for i, m in enumerate(morphs):
        if m.head != "副詞" or _first_gloss_word(_forms(m)[0]) != "already":
            continue
        for n in range(i + 1, len(morphs)):
            word = morphs[n]
            if _te_iru_after(morphs, n):
                if changes_state(word):
                    return True
                break
            if word.head in ("動詞", "助動詞", "形容詞") or word.lemma == "の" or word.text in ("。", "?", "!"):
                break  # 既に配布した, 既にお申し込みの: 既に is another predicate's
    return False


def _te_iru_after(morphs: tuple[Morph, ...], n: int) -> bool:
    """*morphs[n]*, a verb (終わっ) or an action's noun with する or いたす (終了|し, 終了|いたし), before て + いる."""
    word = morphs[n]
    if word.head == "動詞" and word.lemma not in ("為る", "致す", "居る"):
        k = n + 1
    elif word.pos[:3] == ("名詞", "普通名詞", "サ変可能"):
        if n + 1 >= len(morphs) or morphs[n + 1].lemma not in ("為る", "致す"):
            return False
        k = n + 2
    else:
        return False
    return (
        k + 1 < len(morphs) and morphs[k].lemma == "て" and morphs[k].head == "助詞" and morphs[k + 1].lemma == "居る"
    )


def names_now(m: Morph) -> bool:
    """*m* names the present (現在 "now", 今, 現時点 "present", 当面 "current") or the time just before it
    (最近 "recently"), by the first word of JMdict's first gloss of it: a time that frames no period of its own."""
    return _first_gloss_word(_forms(m)[0]) in ("now", "present", "current", "currently", "recently")


def first_of_a_span(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(最初の + a span in *a*, 初回の + it in *b*): the first hours of each visit are not a first visit's hours.

    初回の and 最初の are one "first" of a thing done again (the group of data/same-meaning.json); before a
    number (最初の2時間, 初回の2時間) 最初 counts the span from its start, 初回 names the first visit.
    """
    return ("最初の", "初回の") if _first_before_a_number(a, "最初") and _first_before_a_number(b, "初回") else None


def _first_before_a_number(morphs: tuple[Morph, ...], lemma: str) -> bool:
    return any(
        morphs[i].lemma == lemma
        and morphs[i + 1].lemma == "の"
        and morphs[i + 1].pos_is("助詞", "格助詞")
        and morphs[i + 2].kind == "number"
        for i in range(len(morphs) - 2)
    )


def clock_time_or_span(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(時刻 in *a*, 時間 in *b* with no time of day said): a clock time is not a duration.

    時刻 "time; hour" and 時間 "time", "hour" share a sense (``_split_senses``), but 時間 is also a span
    (乗車時間, 通話時間: how long). The same only where the text with 時間 says a time of day: a clock value
    (22時, 9:30) or a span before or after it (スタート時間の30分前).
    """
    if not (_said(a, "時刻") and not _said(b, "時刻") and _said(b, "時間") and not _said(a, "時間")):
        return None
    return None if _time_of_day(b) else ("時刻", "時間")


def _said(morphs: tuple[Morph, ...], lemma: str) -> bool:
    """*lemma* as a noun of its own, not a counter after a number (2時間)."""
    return any(m.lemma == lemma and (i == 0 or morphs[i - 1].kind != "number") for i, m in enumerate(morphs))


def _time_of_day(morphs: tuple[Morph, ...]) -> bool:
    for i, m in enumerate(morphs):
        if m.kind != "number":
            continue
        if ":" in m.text or (i + 1 < len(morphs) and morphs[i + 1].lemma == "時"):
            return True  # 22時, 22:00
        k = i + 1
        if k < len(morphs) and morphs[k].lemma in ("分", "時間"):
            k += 1
        if k < len(morphs) and k > i + 1 and morphs[k].lemma in ("前", "後"):
            return True  # 30分前: a span before a time
    return False


# What one asks for: 承る is 受ける ("receive, accept") only with one of them as its object; else 受ける
# may be "undergo" (点検を受けます: "we will be inspected").
_REQUESTS = frozenset(
    {
        "予約",
        "注文",
        "依頼",
        "相談",
        "問い合わせ",
        "問い合わせる",
        "問合せ",
        "申し込み",
        "申し込む",
        "申込",
        "申込み",
        "用命",
        "質問",
        "要望",
        "リクエスト",
        "オーダー",
        "見積もり",
        "見積り",
        "見積",
        "受注",
        "ご用",
    }
)


def accepted_or_undergone(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(承る in *a*, 受ける in *b* of no request): "we accept requests for an inspection" is not "we undergo one".

    A request (``_REQUESTS``: 予約, 注文, 依頼, 相談…) said before 受ける in its sentence (ご相談は、土日も
    予約制にて受けます), or none: 点検を受けます. お受けする, humble, accepts from the reader: never "undergo".
    """
    if not any(m.lemma == "承る" for m in a) or any(m.lemma == "承る" for m in b):
        return None
    if any(m.lemma == "受ける" for m in a):
        return None  # (受ける in both: not the word said for 承る)
    for i, m in enumerate(b):
        if m.head != "動詞" or m.lemma != "受ける":
            continue
        if i > 0 and b[i - 1].head == "接頭辞" and b[i - 1].lemma == "御":
            continue  # お受けいたします: the humble "we accept (from you)", never "undergo"
        k = i - 1
        while k >= 0 and b[k].text not in ("。", "！", "？"):
            k -= 1
        if not any(m.lemma in _REQUESTS or m.text in _REQUESTS for m in b[k + 1 : i]):
            return ("承る", "受ける")
    return None


# Actions done to a person: before 方 or 様, ご + the noun + の names the person it was done to (ご紹介の方:
# "those introduced"), where ご + the noun + された/いただいた names who did it ("those who introduced").
_DONE_TO_PEOPLE = frozenset({"紹介", "招待", "推薦", "指名", "案内", "派遣", "同伴", "送迎"})


def referred_or_referrer(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(ご + N + された/いただいた + 方 in *a*, ご + N + の + 方 in *b*), N an action done to a person."""
    done = _prefixed_before_people(a, participle=True)
    return ("された方", "の方") if done and done & _prefixed_before_people(b, participle=False) else None


def _prefixed_before_people(morphs: tuple[Morph, ...], participle: bool) -> frozenset[str]:
    found = set()
    for i in range(1, len(morphs) - 2):
        if not (morphs[i - 1].lemma == "御" and morphs[i].lemma in _DONE_TO_PEOPLE):
            continue
        k = i + 1
        if participle:
            while k < len(morphs) and morphs[k].head in ("動詞", "助動詞") and morphs[k].kind == "word":
                k += 1
            if k == i + 1:
                continue
        elif not (morphs[k].lemma == "の" and morphs[k].head == "助詞"):
            continue
        else:
            k += 1
        if k < len(morphs) and (morphs[k].lemma in ("方", "様") or _person(morphs[k])):
            found.add(morphs[i].lemma)
    return frozenset(found)


def done_or_ended(a: tuple[Morph, ...], b: tuple[Morph, ...]) -> tuple[str, str] | None:
    """(済む or 終わる in *a*, 終了 in *b*): a task done is not a thing that closes (受付が済みましたら / 受付終了後).

    JMdict glosses 済む and 終わる "to finish; to end" and 終了 "end; close", but the verbs say the reader's task
    completed ("once you have checked in"), 終了 an activity or its hours ended ("after reception closes": 受付
    終了, 営業終了). 終わる is told apart as 済む is since red team 32 (受付が終わりましたら, said to a patient, is
    the patient's check-in done). 終わる and 済む stay the same (お食事がお済みになりましたら / お食事が終わりましたら).
    """
    done = next((m.lemma for m in a if m.lemma in ("済む", "終わる") and m.head == "動詞"), None)
    if done is None:
        return None
    if any(m.lemma in ("済む", "終わる") for m in b) or not any(m.lemma == "終了" for m in b):
        return None  # (済む / 終わる: お食事がお済みになりましたら, お食事が終わりましたら, both the reader's)
    return (done, "終了")
