"""Latest news first: what each report changed, in sentences per event kind and language, then the
update's own text; on the site's notice pages (before the current state), in the release's mail, and
as the feed entry's summary."""

from __future__ import annotations

import email
import re

import pytest
from conftest import PROJECT, run

from kokuchi.catalog.entries import catalog_entries
from kokuchi.catalog.translate import localize
from kokuchi.diff.events import compare
from kokuchi.notice.load import load_notice
from kokuchi.project.layout import Store
from kokuchi.views.history import latest_news

STORE = Store(PROJECT)
ENGLISH = catalog_entries(STORE, "en")


def news(notice_id: str, number: int, lang: str) -> list[str]:
    notice = load_notice(STORE, notice_id)
    revisions = [localize(r, lang, ENGLISH) if lang == "en" else r for r in notice.revisions]
    new = revisions[number - 1]
    old = revisions[number - 2] if number > 1 else None
    result = latest_news(old, new, compare(old, new) if old else [], lang)
    return result.heading, result.text.split("\n")


# One expected sentence per event kind and language (the golden of each kind).
KINDS = [
    ("first report", "aozora-sentinel-alerts", 1, "第1報です。", "This is the first report."),
    (
        "update-added, with its time and own text",
        "aozora-sentinel-alerts",
        3,
        "2026年3月27日(金) 12:15 (JST) 再有効化の確認",
        "March 27, 2026, 12:15 PM JST: Re-enablement confirmed",
    ),
    (
        "status-changed",
        "aozora-sentinel-alerts",
        3,
        "状況が「経過観察中」から「復旧済み」に変わりました。",
        "The status changed from Monitoring to Resolved.",
    ),
    (
        "status-changed, reopened",
        "hikari-storage-latency",
        3,
        # with the update that reports it (investigating), at its time
        "2026年6月9日(火) 9:10 (JST) 事象が再発したため、状況を「復旧済み」から「調査中」に戻しました。",
        "June 9, 2026, 9:10 AM JST: The issue is open again: the status went back from Resolved to Investigating.",
    ),
    (
        "period-ended",
        "aozora-sentinel-alerts",
        2,
        "2026年3月23日(月) 17:00頃 (JST)に復旧しました(ap-2リージョン)。",
        "Recovered (ap-2 region) at March 23, 2026, 5:00 PM JST (approx.).",
    ),
    (
        "period-changed, a maintenance ended early",
        "sakura-db-maintenance",
        4,
        "メンテナンスは予定(6:00 (JST))より早く、2026年4月25日(土) 4:40 (JST)に終了しました(東京リージョン)。",
        "The maintenance ended (Tokyo region) at April 25, 2026, 4:40 AM JST, earlier than planned (6:00 AM JST).",
    ),
    (
        "section-added",
        "aozora-sentinel-alerts",
        2,
        "「恒久対策」を新たに掲載しました。",
        "A new part was added: “Permanent fix”.",
    ),
    (
        "section-removed",
        "hikari-storage-latency",
        2,
        "「調査状況」を削除しました。",
        "“Investigation status” was removed.",
    ),
    (
        "section-state-changed, workaround",
        "aozora-sentinel-alerts",
        2,
        "2026年3月23日(月) 19:00 (JST) 暫定対策は不要になりました。",
        "March 23, 2026, 7:00 PM JST: The workaround is no longer needed.",
    ),
    (
        "section-state-changed, withdrawn",
        "aozora-sentinel-alerts",
        2,
        "「無効化のご依頼」を取り下げました。",
        "“Requesting the feature to be disabled” has been withdrawn.",
    ),
    (
        "section-state-changed, completed",
        "sakura-db-maintenance",
        4,
        "「お客様へのお願い」は完了しました。",
        "“Requests” has been completed.",
    ),
    (
        "section-edited",
        "aozora-sentinel-alerts",
        3,
        "「無効化のご依頼」の内容を更新しました。",
        "“Requesting the feature to be disabled” was updated.",
    ),
    (
        "section-state-changed, with its (reversed) body edit: one sentence",
        "hoshi-directory-saml-advisory",
        3,
        "暫定対策は不要になりました。",
        "The workaround is no longer needed.",
    ),
    ("title-changed", "hikari-storage-latency", 3, "件名を変更しました。", "The title was changed."),
    (
        "update-changed",
        "hikari-storage-latency",
        3,
        "2026年6月8日(月) 11:20 (JST)の更新内容を訂正しました。",
        "The update of June 8, 2026, 11:20 AM JST was corrected.",
    ),
    (
        "products-changed",
        "kumo-gateway-header-advisory",
        3,
        "対象製品を追加: Kumo Gateway Lite。",
        "Product added: Kumo Gateway Lite.",
    ),
    (
        "vulnerability-changed",
        "kumo-gateway-header-advisory",
        2,
        "CVE 番号を採番: CVE-2026-41872。",
        "CVE id assigned: CVE-2026-41872.",
    ),
]


@pytest.mark.parametrize("kind,notice,number,ja,en", KINDS, ids=[k[0] for k in KINDS])
def test_a_sentence_per_event_kind(kind, notice, number, ja, en):
    assert ja in news(notice, number, "ja")[1]
    assert en in news(notice, number, "en")[1]


def test_the_updates_own_text_follows_its_time_and_newest_comes_first():
    heading, lines = news("aozora-sentinel-alerts", 2, "en")
    assert heading == "What changed in report 2"
    # An update that reports a change is that change's item: its sentence (at the update's time), then its text.
    assert lines[:2] == [
        "March 23, 2026, 7:00 PM JST: The workaround is no longer needed.",
        "The fix has been applied, so the workaround and the alternatives are no longer needed.",
    ]
    assert lines.index("Recovered (All regions except ap-2) at March 20, 2026, 7:00 PM JST (approx.).") > lines.index(
        "Recovered (ap-2 region) at March 23, 2026, 5:00 PM JST (approx.)."
    )
    assert (
        lines.index("The fix has been applied in the ap-2 region.")
        == lines.index("Recovered (ap-2 region) at March 23, 2026, 5:00 PM JST (approx.).") + 1
    )
    assert not any("Fix deployed" in line for line in lines)  # stated once, as the recovery
    assert news("aozora-sentinel-alerts", 3, "ja")[0] == "第3報での変更"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    import shutil

    root = tmp_path_factory.mktemp("project")
    shutil.copytree(PROJECT / "notices", root / "notices")
    shutil.copytree(PROJECT / "locales", root / "locales")
    assert run(root, "site", "--out", str(root / "site")).exit_code == 0
    assert run(root, "release", "aozora-sentinel-alerts", "--out", str(root / "dist")).exit_code == 0
    return root


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_notice_page_opens_with_the_news_then_the_state_then_the_history(site, lang):
    page = (site / "site" / "aozora-sentinel-alerts" / f"index.{lang}.html").read_text("utf-8")
    news_at = page.index('class="latest-news"')
    assert page.index("</header>") < news_at < page.index('class="products"') < page.index('class="history"')
    assert ("再有効化の確認" if lang == "ja" else "Re-enablement confirmed") in page[
        news_at : page.index('class="products"')
    ]
    # the notice page links what its report changed
    assert f'href="003/diff.{lang}.html"' in page


def test_every_revision_page_has_its_own_news(site):
    page = (site / "site" / "aozora-sentinel-alerts" / "002" / "index.en.html").read_text("utf-8")
    block = page[page.index('class="latest-news"') : page.index('class="products"')]
    assert "What changed in report 2" in block and "The status changed from Identified to Monitoring." in block


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_feed_entry_summarises_the_change(site, lang):
    feed = (site / "site" / f"feed.{lang}.xml").read_text("utf-8")
    summaries = re.findall(r'<summary type="text">(.*?)</summary>', feed, re.S)
    text = "\n".join(summaries)
    assert (
        "状況が「経過観察中」から「復旧済み」に変わりました。"
        if lang == "ja"
        else "The status changed from Monitoring to Resolved."
    ) in text
    assert "本文を修正" not in text and "text edited" not in text  # sentences, not section labels


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_mail_opens_with_the_news(site, lang):
    raw = (site / "dist" / "aozora-sentinel-alerts" / "003" / f"mail.{lang}.eml").read_bytes()
    body = email.message_from_bytes(raw).get_payload(decode=True).decode("utf-8")
    heading = "第3報での変更" if lang == "ja" else "What changed in report 3"
    products = "対象製品・サービス" if lang == "ja" else "Affected products and services"
    assert body.index(heading) < body.index(products)
    assert ("すべてのお客様環境" if lang == "ja" else "every customer environment") in body[: body.index(products)]


def test_a_reversed_body_edit_says_so():
    from kokuchi.diff.events import SectionEdited
    from kokuchi.language.labels import labels
    from kokuchi.views.history import sentence

    notice = load_notice(STORE, "hoshi-directory-saml-advisory")
    old, new = notice.revisions[1], notice.revisions[2]
    event = SectionEdited("workaround", "workaround", "body", [(-1, "必要"), (1, "不要")], reversed=True)
    assert sentence(event, old, new, labels("ja")) == (
        "「暫定対策(ワークアラウンド)」の内容を更新しました。これまでと逆の内容になっています。"
    )
    assert sentence(event, old, new, labels("en")) == "“Workaround” was updated and now says the opposite of before."
