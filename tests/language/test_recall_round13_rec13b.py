"""Issue 21, thirteenth round (rec13b): kanji written for a kana verb, witnessed by the English saying a
causative gloss ("to make smooth", "to make level") with the adjective as its verb ("smooth the sand",
"level the soil").

ならす is 均す ("to make even; to make smooth; to make level"), 慣らす ("to accustom") or 鳴らす ("to ring"):
the kanji pick one, and only the old English can say the kana meant it. English says "make smooth" with the
adjective as a verb; the adjective read as a verb only where a determiner or an object pronoun follows it, or
a word that comes before a verb (to, please, a modal) precedes it.

Each proof is tested with the edits beside it that say something else: those must stay blocked.
"""

from __future__ import annotations

import pytest
from guard_cases import reused


@pytest.mark.parametrize(
    "old,new,english",
    [
        (
            "種をまく前に、花壇の土をならしてください。",
            "種をまく前に、花壇の土を均してください。",
            "Before sowing the seeds, level the soil in the flower bed.",
        ),
        (
            "試合の後は、トンボでグラウンドをならしておいてください。",
            "試合の後は、トンボでグラウンドを均しておいてください。",
            "After the match, please smooth the ground with a drag.",
        ),
        (
            "作業の後は、敷地の砂利をならしてお帰りください。",
            "作業の後は、敷地の砂利を均してお帰りください。",
            "After the work, please level the gravel on the site before you leave.",
        ),
        (
            "コートの表面は、係員がならします。",
            "コートの表面は、係員が均します。",
            "Our staff will smooth it before each game.",
        ),
    ],
)
def test_kanji_chosen_as_the_english_causative_says(old: str, new: str, english: str) -> None:
    assert reused(old, new, english)


@pytest.mark.parametrize(
    "old,new,english",
    [
        # The English says another word the kana may be: 鳴らす "ring", 慣らす "get used to".
        ("受付のベルをならしてください。", "受付のベルを均してください。", "Please ring the bell at the reception."),
        (
            "子犬を新しい環境にならしてください。",
            "子犬を新しい環境に均してください。",
            "Please get your puppy used to its new home.",
        ),
        # The adjective as an adjective: no act of smoothing is said ("a smooth stay", "is level").
        (
            "子犬を新しい環境にならしてください。",
            "子犬を新しい環境に均してください。",
            "Get your puppy used to its new home for a smooth stay.",
        ),
        (
            "水に体をならしてから泳いでください。",
            "水に体を均してから泳いでください。",
            "Before swimming, get used to the water; the pool floor is level.",
        ),
        # The English says neither: no witness.
        ("グラウンドをならしてください。", "グラウンドを均してください。", "Please take care of the ground."),
        # The kanji of another word: 鳴らす under "smooth the sand" is still a change.
        ("レーキで砂をならしてください。", "レーキで砂を鳴らしてください。", "Please smooth the sand with a rake."),
        # Another act altogether, or the act negated, under the same English.
        ("レーキで砂をならしてください。", "レーキで砂を掘ってください。", "Please smooth the sand with a rake."),
        ("レーキで砂をならしてください。", "レーキで砂を均さないでください。", "Please smooth the sand with a rake."),
        # Another object, another time.
        ("レーキで砂をならしてください。", "レーキで土を均してください。", "Please smooth the sand with a rake."),
        (
            "使用後はレーキで砂をならしてください。",
            "使用前はレーキで砂を均してください。",
            "After use, please smooth the sand with a rake.",
        ),
    ],
)
def test_kanji_not_witnessed_stay_changes(old: str, new: str, english: str) -> None:
    assert not reused(old, new, english)


# A request of the checked group ご注意ください / 気をつけてください said as a verb + て in a chain of verbs the
# request ends: the て-verb is asked of the reader too.


@pytest.mark.parametrize(
    "old,new",
    [
        ("工事区間では、頭上に注意して通行してください。", "工事区間では、頭上に気をつけて通行してください。"),
        (
            "床が濡れているので、足元に注意して移動してください。",
            "床が濡れているので、足元に気を付けて移動してください。",
        ),
        ("火の取り扱いに注意して調理してください。", "火の取り扱いに気をつけて調理してください。"),
        ("院内では、転倒に気をつけて歩いてください。", "院内では、転倒に注意して歩いてください。"),
    ],
)
def test_a_request_said_in_a_chain_of_verbs(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # Another thing to watch: another scope.
        ("工事区間では、頭上に注意して通行してください。", "工事区間では、足元に気をつけて通行してください。"),
        ("工事区間では、頭上に注意して通行してください。", "工事区間外では、頭上に気をつけて通行してください。"),
        # No request: a statement, a past, another actor (係員が注意して: the staff warn).
        ("工事区間では、頭上に注意して通行します。", "工事区間では、頭上に気をつけて通行します。"),
        ("工事区間では、頭上に注意して通行しました。", "工事区間では、頭上に気をつけて通行しました。"),
        ("係員が注意して誘導しますのでお待ちください。", "係員が気をつけて誘導しますのでお待ちください。"),
        # The request kept, the て-verb negated or made a concession.
        ("火の取り扱いに注意して調理してください。", "火の取り扱いに注意せずに調理してください。"),
        ("火の取り扱いに注意しても調理してください。", "火の取り扱いに気をつけても調理してください。"),
        # Another case: を 注意する is "warn" (騒ぐ子供を注意して), に 気をつける "watch out for".
        ("騒ぐ子供を注意して退場させてください。", "騒ぐ子供に気をつけて退場させてください。"),
        # The request's own act changed.
        ("火の取り扱いに注意して調理してください。", "火の取り扱いに気をつけて片付けてください。"),
    ],
)
def test_a_chain_not_requested_or_changed_stays_a_change(old: str, new: str) -> None:
    assert not reused(old, new)


# で and から after a noun JMdict tags as computing (an app, the Internet, a website, a PC): the channel an act
# is done through, "on the website" or "from the website", before an act that moves nothing out of it.


@pytest.mark.parametrize(
    "old,new",
    [
        ("予約の変更は、ウェブサイトでお手続きください。", "予約の変更は、ウェブサイトからお手続きください。"),
        ("最新の時刻表は、インターネットでご確認ください。", "最新の時刻表は、インターネットからご確認ください。"),
        ("講演の動画は、アプリでもご覧いただけます。", "講演の動画は、アプリからもご覧いただけます。"),
        ("講演の動画は、ホームページでご覧いただけます。", "講演の動画は、ホームページからご覧いただけます。"),
        ("会員登録は、パソコンからの入力をお願いします。", "会員登録は、パソコンでの入力をお願いします。"),
    ],
)
def test_an_act_done_through_an_online_medium(old: str, new: str) -> None:
    assert reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        # No medium: a place ("at the venue" / "from the venue"), a time ("at 3" / "from 3").
        ("花火は、会場で見学できます。", "花火は、会場から見学できます。"),
        ("本日の受付は、15時で締め切ります。", "本日の受付は、15時から締め切ります。"),
        # An act that takes a thing out of the medium: から names what it is taken from.
        ("写真のデータは、パソコンで削除してください。", "写真のデータは、パソコンから削除してください。"),
        ("保存した動画は、アプリで消去できます。", "保存した動画は、アプリから消去できます。"),
        # Another medium, another scope, a negation.
        ("最新の時刻表は、インターネットでご確認ください。", "最新の時刻表は、お電話でご確認ください。"),
        ("最新の時刻表は、インターネットでご確認ください。", "最新の時刻表は、インターネット以外からご確認ください。"),
        ("講演の動画は、ホームページでご覧いただけます。", "講演の動画は、ホームページからはご覧いただけません。"),
        # The act itself changed.
        ("予約の変更は、ウェブサイトでお手続きください。", "予約の変更は、ウェブサイトからお問い合わせください。"),
    ],
)
def test_a_particle_not_of_a_medium_stays_a_change(old: str, new: str) -> None:
    assert not reused(old, new)


@pytest.mark.parametrize(
    "old,new",
    [
        ("顧客データは、サーバーで取得します。", "顧客データは、サーバーから取得します。"),
        (
            "申請書の様式は、ホームページでダウンロードできます。",
            "申請書の様式は、ホームページからダウンロードできます。",
        ),
        ("チケットは、アプリで購入できます。", "チケットは、アプリから購入できます。"),
    ],
)
def test_what_is_taken_or_handed_from_a_medium_stays_a_change(old: str, new: str) -> None:
    # から may name where the thing comes from (get, download) or who hands it over (buy): not shown the same.
    assert not reused(old, new)
