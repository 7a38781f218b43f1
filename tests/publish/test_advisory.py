"""Advisory fields (type: advisory): validation, the model, and their change events."""

from __future__ import annotations

import json

import pytest
from conftest import run, snapshot, write

from kokuchi.notice.severity import InvalidVector, score

N = "kumo-demo"
F1 = f"notices/{N}/001.yaml"

ADVISORY = """\
revision: 1
published: 2026-05-12T10:00:00+09:00
type: advisory
status: identified
title: Kumo Gateway におけるサービス運用妨害(DoS)の脆弱性について
products:
  - Kumo Gateway
advisory:
  vulnerabilities:
    - cve: CVE-2026-41872
      cwe:
        id: CWE-770
        name: Allocation of Resources Without Limits or Throttling
      cvss: {cvss}
  products:
    - name: {product}
      affected:
        - "{affected}"
      fixed:
        - "{fixed}"
  remediations:
    - section: {section}
      category: workaround
sections:
  - id: workaround
    kind: workaround
    body: |
      設定ファイルで `max_forwarded_hops` を 32 以下に設定してください。
"""
GOOD = {
    "cvss": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H",
    "product": "Kumo Gateway",
    "affected": ">=5.2.0 <=5.2.6",
    "fixed": "5.2.7",
    "section": "workaround",
}


def check(root, text=None, **changes):
    write(root, N, "001.yaml", text or ADVISORY.format(**{**GOOD, **changes}))
    before = snapshot(root)
    result = run(root, "check")
    assert snapshot(root) == before
    assert "Traceback" not in result.stderr
    return result.exit_code, result.stderr.splitlines()


def test_a_complete_advisory_is_valid_and_shown_in_json(empty_root):
    assert check(empty_root) == (0, [])
    data = json.loads(run(empty_root, "show", N, "--format", "json").stdout)
    assert data["type"] == "advisory"
    assert data["advisory"] == {
        "vulnerabilities": [
            {
                "cve": "CVE-2026-41872",
                "cwe": {"id": "CWE-770", "name": "Allocation of Resources Without Limits or Throttling"},
                "cvss": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H",
            }
        ],
        "products": [{"name": "Kumo Gateway", "affected": [">=5.2.0 <=5.2.6"], "fixed": ["5.2.7"]}],
        "remediations": [{"section": "workaround", "category": "workaround"}],
    }


@pytest.mark.parametrize(
    "changes,line",
    [
        (
            {"cvss": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N"},
            f"{F1}:14:7: advisory.vulnerabilities[0].cvss: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N': Missing mandatory metrics \"A\"",
        ),
        (
            {"cvss": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H/E:P"},
            f"{F1}:14:7: advisory.vulnerabilities[0].cvss: only the base metrics AV, AC, PR, UI, S, C, I, A belong in an advisory, not E",
        ),
        (
            {"cvss": "CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H"},
            f"{F1}:14:7: advisory.vulnerabilities[0].cvss: 'CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' must match ^CVSS:3[.]1/",
        ),
        (
            {"product": "Kumo Router"},
            f"{F1}:16:7: advisory.products[0].name: 'Kumo Router' is not one of the products: Kumo Gateway",
        ),
        (
            {"affected": "5.2.0 から 5.2.6 まで"},
            f"{F1}:18:11: advisory.products[0].affected[0]: '5.2.0 から 5.2.6 まで' is not a version (5.2.7) or a range of constraints separated by spaces (>=5.2.0 <=5.2.6)",
        ),
        (
            {"fixed": ">=5.2.7"},
            f"{F1}:20:11: advisory.products[0].fixed[0]: '>=5.2.7' is not a version (such as 5.2.7): fixed versions are single versions",
        ),
        (
            {"fixed": '5.2.6"\n        - "5.2.6'},
            f"{F1}:21:11: advisory.products[0].fixed[1]: '5.2.6' is already listed in fixed",
        ),
        ({"affected": "5.2.7"}, f"{F1}:20:11: advisory.products[0].fixed[0]: '5.2.7' is already listed in affected"),
        (
            {"section": "fix"},
            f"{F1}:22:7: advisory.remediations[0].section: 'fix' is not a section id of this revision (workaround)",
        ),
    ],
)
def test_bad_advisory_fields_are_located(empty_root, changes, line):
    assert check(empty_root, **changes) == (1, [line, "1 problem(s) in 1 file(s)"])


def test_only_an_advisory_has_advisory_fields(empty_root):
    code, lines = check(empty_root, ADVISORY.format(**GOOD).replace("type: advisory\n", ""))
    assert code == 1
    assert lines == [
        f"{F1}:7:1: advisory: only a security advisory has advisory fields (type is not given; write type: advisory)",
        "1 problem(s) in 1 file(s)",
    ]


def test_cvss_base_scores_from_the_library():
    assert score("CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H").base_score == 7.5
    high = score("CVSS:3.1/AC:H/AV:N/PR:N/UI:N/S:U/C:H/I:H/A:N")  # any order; normalized
    assert (high.vector, high.base_score, high.base_severity) == (
        "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:N",
        7.4,
        "HIGH",
    )
    with pytest.raises(InvalidVector):
        score("CVSS:3.1/AV:Q/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H")


def test_advisory_change_events_in_both_languages(root):
    result = run(root, "diff", "kumo-gateway-header-advisory", "1", "2", "--format", "json")
    events = {e["type"]: e for e in json.loads(result.stdout)["events"]}
    assert events["vulnerability-changed"] == {
        "type": "vulnerability-changed",
        "cve": "CVE-2026-41872",
        "field": "cve",
        "from": None,
        "to": "CVE-2026-41872",
        "summary": "CVE 番号を採番: CVE-2026-41872",
    }
    assert events["versions-changed"]["summary"] == "修正バージョンを追加(Kumo Gateway): 5.2.7、5.3.3"
    english = run(root, "diff", "kumo-gateway-header-advisory", "2", "3", "--lang", "en", "--format", "json")
    summaries = [e["summary"] for e in json.loads(english.stdout)["events"] if e["type"] == "versions-changed"]
    assert summaries == [
        "Affected versions added (Kumo Gateway): 5.1.0 through 5.1.9",
        "Fixed versions added (Kumo Gateway): 5.1.10",
        "Affected versions added (Kumo Gateway Lite): 2.0.0 through 2.0.4",
        "Fixed versions added (Kumo Gateway Lite): 2.0.5",
    ]


def test_readers_see_the_cve_the_score_and_the_versions(root):
    # The machine-readable part of an advisory, on the page a customer reads:
    # CVE (linked to its record), CWE, CVSS score and rating, and each
    # product's affected ranges and fixed versions, in the reader's language.
    ja = run(root, "show", "kumo-gateway-header-advisory").stdout
    assert "■ 脆弱性の詳細" in ja and "CVE-2026-41872" in ja
    assert "CVSS v3.1 基本値: 7.5(重要)" in ja
    assert "影響を受けるバージョン: 5.1.0 から 5.1.9 まで、5.2.0 から 5.2.6 まで、5.3.0 から 5.3.2 まで" in ja
    assert "修正バージョン: 5.1.10、5.2.7、5.3.3" in ja
    en = run(root, "show", "kumo-gateway-header-advisory", "--lang", "en").stdout
    assert "CVSS v3.1 base score: 7.5 (High)" in en
    assert "Fixed versions: 5.1.10, 5.2.7, and 5.3.3" in en
    html = run(root, "show", "kumo-gateway-header-advisory", "--format", "html").stdout
    assert '<a href="https://www.cve.org/CVERecord?id=CVE-2026-41872">CVE-2026-41872</a>' in html
    # The CWE list names weaknesses in English: marked so on a Japanese page.
    assert '<dd lang="en">CWE-770 Allocation of Resources Without Limits or Throttling</dd>' in html
    incident = run(root, "show", "aozora-sentinel-alerts", "--format", "html").stdout
    assert 'class="advisory"' not in incident


def test_the_release_mail_and_bilingual_page_carry_the_vulnerability_details(root, tmp_path):
    import email
    from email import policy

    assert run(root, "release", "kumo-gateway-header-advisory", "--out", str(tmp_path / "out")).exit_code == 0
    folder = tmp_path / "out" / "kumo-gateway-header-advisory" / "003"
    mail = email.message_from_bytes((folder / "mail.ja.eml").read_bytes(), policy=policy.default)
    text = mail.get_content()
    assert "■ 脆弱性の詳細" in text and "https://www.cve.org/CVERecord?id=CVE-2026-41872" in text
    assert "CVSS v3.1 基本値: 7.5(重要)" in text
    bilingual = (folder / "bilingual.html").read_text("utf-8")
    assert "脆弱性の詳細" in bilingual and "Vulnerability details" in bilingual
    assert "7.5 (High)" in bilingual and "7.5(重要)" in bilingual
