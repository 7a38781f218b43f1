"""A notice withdrawn as a whole (`withdrawn: true`, optional): its pages stay with a visible notice,
its feed keeps every entry, and the report that withdraws it says so first."""

from __future__ import annotations

import email
import re

import pytest
from conftest import run

NOTICE = "sakura-db-maintenance"


@pytest.fixture
def withdrawn(root):
    assert run(root, "revise", NOTICE, "--published", "2026-04-26T10:00:00+09:00").exit_code == 0
    path = root / "notices" / NOTICE / "005.yaml"
    path.write_text(path.read_text("utf-8").replace("revision: 5\n", "revision: 5\nwithdrawn: true\n", 1), "utf-8")
    return root


def test_check_accepts_the_key_and_refuses_a_non_boolean(withdrawn):
    assert run(withdrawn, "check", NOTICE).exit_code == 0
    path = withdrawn / "notices" / NOTICE / "005.yaml"
    path.write_text(path.read_text("utf-8").replace("withdrawn: true", "withdrawn: yes please"), "utf-8")
    result = run(withdrawn, "check", NOTICE)
    assert result.exit_code == 1 and "005.yaml:" in result.stderr and "withdrawn" in result.stderr


@pytest.mark.parametrize(
    "lang,notice_text,news",
    [
        ("ja", "この告知は取り下げました。", "この告知を取り下げました。"),
        ("en", "This notice has been withdrawn.", "This notice has been withdrawn."),
    ],
)
def test_the_pages_stay_with_a_visible_notice_and_the_feed_keeps_its_entries(withdrawn, lang, notice_text, news):
    assert run(withdrawn, "site", "--out", str(withdrawn / "site")).exit_code == 0
    site = withdrawn / "site"
    page = (site / NOTICE / f"index.{lang}.html").read_text("utf-8")
    assert f'<p class="banner withdrawn" role="note">{notice_text}' in page
    block = page.index('class="latest-news"')
    assert page.index('class="banner withdrawn"') < block < page.index(news, block)
    for number in range(1, 6):  # every report's page is still there
        assert (site / NOTICE / f"{number:03d}" / f"index.{lang}.html").is_file()
    feed = (site / f"feed.{lang}.xml").read_text("utf-8")
    entries = re.findall(r"<entry>.*?</entry>", feed, re.S)
    mine = [entry for entry in entries if f'href="{NOTICE}/' in entry]
    assert len(mine) == 5 and news in mine[0]


def test_show_and_the_mail_say_it(withdrawn):
    assert "This notice has been withdrawn." in run(withdrawn, "show", NOTICE, "--lang", "en").stdout
    assert run(withdrawn, "release", NOTICE, "--out", str(withdrawn / "dist")).exit_code == 0
    raw = (withdrawn / "dist" / NOTICE / "005" / "mail.ja.eml").read_bytes()
    body = email.message_from_bytes(raw).get_payload(decode=True).decode("utf-8")
    assert body.index("この告知は取り下げました。") < body.index("第5報での変更")


def test_not_withdrawn_by_default(root):
    assert "withdrawn" not in run(root, "show", NOTICE, "--format", "json").stdout


def test_diff_and_log_list_the_withdrawal_as_an_event(withdrawn):
    """Issue 24: a withdrawal was shown on pages but was no change event, so diff and log left it out."""
    import json

    events = json.loads(run(withdrawn, "diff", NOTICE, "4", "5", "--format", "json").stdout)["events"]
    assert events[0] == {"type": "notice-withdrawn", "withdrawn": True, "summary": "告知を取り下げ"}
    assert "・告知を取り下げ" in run(withdrawn, "diff", NOTICE, "4", "5").stdout
    assert "Notice withdrawn" in run(withdrawn, "log", NOTICE, "--lang", "en").stdout
