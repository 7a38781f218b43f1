"""CSAF 2.0 export: every revision of every sample advisory, in both languages,
passes the reference validator's schema and mandatory tests; the revision
history is derived from the revisions; the translation is a translator edition."""

from __future__ import annotations

import json
from functools import cache

import pytest
from conftest import GOLDEN, run
from conftest import PROJECT as REPO
from csaf_validator import PRESETS, validate_presets

from kokuchi.core.model import NoticeType
from kokuchi.language.labels import labels
from kokuchi.notice.load import load_all, load_notice
from kokuchi.project.layout import Store
from kokuchi.project.settings import csaf_settings
from kokuchi.publish.advisories import NotExportable, document
from kokuchi.views.history import history_in

STORE = Store(REPO)
ADVISORIES = [n.id for n in load_all(STORE) if n.latest.type == NoticeType.ADVISORY]


@cache
def export(notice_id: str, number: int, lang: str) -> dict:
    """The document `kokuchi export csaf` prints (the real CLI, on the samples, writing nothing)."""
    result = run(REPO, "export", "csaf", notice_id, "--rev", str(number), "-l", lang)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def every_export():
    for notice_id in ADVISORIES:
        for number in range(1, len(load_notice(STORE, notice_id).revisions) + 1):
            for lang in ("ja", "en"):
                yield (notice_id, number, lang), export(notice_id, number, lang)


def test_the_samples_have_two_advisories():
    assert ADVISORIES == ["hoshi-directory-saml-advisory", "kumo-gateway-header-advisory"]


def broken_document() -> dict:
    doc = json.loads(json.dumps(export("kumo-gateway-header-advisory", 2, "ja")))  # a copy
    doc["document"]["tracking"]["version"] = "3"  # 6.1.16: the version is not the latest revision
    doc["vulnerabilities"][0]["scores"][0]["cvss_v3"]["baseScore"] = 9.8  # 6.1.9: a score the vector does not give
    return doc


@pytest.fixture(scope="module")
def validated():
    """Every export, and a broken document last, through one run of the validator."""
    cases = list(every_export())
    results = validate_presets([doc for _, doc in cases] + [broken_document()])
    return [case for case, _ in cases], results["basic"], results


@pytest.mark.slow  # one run of the reference validator in node, three presets: seconds
def test_every_revision_in_both_languages_passes_the_reference_validator(validated):
    cases, results, _ = validated
    failures = {case: result["failures"] for case, result in zip(cases, results) if not result["isValid"]}
    assert failures == {}
    assert len(cases) == 12 and all(
        r["testsRun"] == 43 for r in results
    )  # the schema and 42 mandatory tests (6.1.8 is the schema's)


@pytest.mark.slow
@pytest.mark.parametrize("preset", PRESETS)
def test_every_edition_gives_no_warning_in_every_preset_of_the_reference_validator(validated, preset):
    """CSAF 6.2.11 (a self reference), 6.2.13 (keys sorted), 6.2.16 (product identification
    helpers) and every other optional test: no warning, in the basic, extended and full presets."""
    cases, _, presets = validated
    results = presets[preset][: len(cases)]  # the broken document last is not an edition
    assert {case: r["failures"] for case, r in zip(cases, results) if r["failures"]} == {}
    assert {case: r["warnings"] for case, r in zip(cases, results) if r["warnings"]} == {}
    expected = {"basic": 43, "extended": 63, "full": 73}[preset]  # the schema and the preset's tests (full: but 6.3.8)
    assert {r["testsRun"] for r in results} == {expected}


def test_every_product_is_identified_and_the_document_names_itself():
    doc = export("hoshi-directory-saml-advisory", 3, "en")
    assert {"category": "self", "summary": "This advisory (CSAF)",
            "url": "https://security.example.net/csaf/2026/hoshi-directory-saml-advisory-en.json"} in doc["document"]["references"]  # fmt: skip
    products = [
        leaf["product"]
        for vendor in doc["product_tree"]["branches"]
        for name in vendor["branches"]
        for leaf in name["branches"]
    ]
    helpers = {p["product_id"]: p["product_identification_helper"] for p in products}
    assert helpers["hoshi-directory-server:4.2.4"] == {
        "cpe": "cpe:2.3:a:example_systems:hoshi_directory_server:4.2.4:*:*:*:*:*:*:*",
        "purl": "pkg:generic/example-systems/hoshi-directory-server@4.2.4",
    }
    assert (
        helpers["hoshi-directory-server:>=4.0.0,<=4.2.3"]["purl"]
        == "pkg:generic/example-systems/hoshi-directory-server"
    )
    assert list(doc) == sorted(doc) and list(doc["document"]) == sorted(doc["document"])


def test_product_helpers_are_validated(root):
    path = root / "notices" / "kumo-gateway-header-advisory" / "003.yaml"
    text = path.read_text("utf-8")
    text = text.replace("cpe:2.3:a:example_systems:kumo_gateway:*:", "cpe:2.3:a:example_systems:kumo_gateway:3.1:", 1)
    text = text.replace(
        "    - name: Kumo Gateway Lite\n", "    - name: Kumo Gateway Lite\n      purl: pkg:generic/kumo@2.0\n", 1
    )
    path.write_text(text, "utf-8")
    result = run(root, "check", "kumo-gateway-header-advisory")
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert any(" advisory.products[0].cpe: " in line and "names a version" in line for line in lines), lines
    assert any(" advisory.products[1].purl: " in line and "leave the version out" in line for line in lines), lines


@pytest.mark.slow  # one run of the reference validator in node, three presets: seconds
def test_the_validator_catches_a_broken_document(validated):
    result = validated[1][-1]
    assert {f["test"] for f in result["failures"]} == {"mandatoryTest_6_1_9", "mandatoryTest_6_1_16"}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("notice_id", ["hoshi-directory-saml-advisory", "kumo-gateway-header-advisory"])
def test_one_history_entry_per_revision_whose_summary_is_the_events(notice_id, lang):
    log = json.loads(run(REPO, "log", notice_id, "--format", "json", "--lang", lang).stdout)
    for number in range(1, len(log["revisions"]) + 1):
        history = export(notice_id, number, lang)["document"]["tracking"]["revision_history"]
        assert [h["number"] for h in history] == [str(n) for n in range(1, number + 1)]
        expected = [labels(lang)("event", "First report published")]
        expected += ["\n".join(e["summary"] for e in r["events"]) for r in log["revisions"][1:number]]
        assert [h["summary"] for h in history] == expected
        assert [h["date"] for h in history] == [r["published"] for r in log["revisions"][:number]]


def test_tracking_follows_the_revisions():
    first, second, third = (export("hoshi-directory-saml-advisory", n, "ja")["document"]["tracking"] for n in (1, 2, 3))
    assert [(t["version"], t["status"]) for t in (first, second, third)] == [
        ("1", "interim"),
        ("2", "interim"),
        ("3", "final"),
    ]
    assert {t["id"] for t in (first, second, third)} == {"hoshi-directory-saml-advisory"}
    assert {t["initial_release_date"] for t in (first, second, third)} == {"2026-07-07T17:00:00+09:00"}
    assert third["current_release_date"] == "2026-07-28T10:00:00+09:00"
    assert third["revision_history"][2]["summary"].splitlines()[:2] == [
        "状況: 原因特定 → 復旧済み",
        "暫定対策が不要になりました",
    ]


def test_the_english_edition_is_a_translator_edition():
    doc = export("hoshi-directory-saml-advisory", 3, "en")["document"]
    assert (doc["lang"], doc["source_lang"], doc["publisher"]["category"]) == ("en", "ja", "translator")
    assert doc["tracking"]["id"] == "hoshi-directory-saml-advisory-en"
    assert doc["references"][0] == {
        "category": "external",
        "summary": "The original advisory (Japanese)",
        "url": "https://security.example.net/csaf/2026/hoshi-directory-saml-advisory.json",
    }
    assert doc["title"] == "Authentication bypass vulnerability in Hoshi Directory Server and Hoshi Sync Agent"
    assert doc["tracking"]["revision_history"][2]["summary"].splitlines()[:2] == [
        "Status: Identified → Resolved",
        "The workaround is no longer needed",
    ]


def test_remediations_follow_their_sections():
    def remediations(number):
        (vulnerability,) = export("hoshi-directory-saml-advisory", number, "en")["vulnerabilities"]
        return [(r["category"], r["product_ids"]) for r in vulnerability["remediations"]]

    server, agent = ["hoshi-directory-server:>=4.0.0,<=4.2.3"], ["hoshi-sync-agent:>=2.1.0,<=2.1.7"]
    assert remediations(1) == [("workaround", server + agent), ("none_available", server + agent)]
    assert remediations(2) == [("workaround", server + agent), ("vendor_fix", server), ("none_available", agent)]
    # Revision 3: the workaround section became unnecessary, so its remediation ended.
    assert remediations(3) == [("vendor_fix", server + agent)]


def test_products_scores_and_weakness():
    (vulnerability,) = export("hoshi-directory-saml-advisory", 2, "ja")["vulnerabilities"]
    assert vulnerability["cve"] == "CVE-2026-40118"
    assert vulnerability["cwe"] == {"id": "CWE-347", "name": "Improper Verification of Cryptographic Signature"}
    assert vulnerability["product_status"] == {
        "known_affected": ["hoshi-directory-server:>=4.0.0,<=4.2.3", "hoshi-sync-agent:>=2.1.0,<=2.1.7"],
        "fixed": ["hoshi-directory-server:4.2.4"],
    }
    cvss = vulnerability["scores"][0]["cvss_v3"]
    assert (cvss["vectorString"], cvss["baseScore"], cvss["baseSeverity"]) == (
        "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N",
        9.1,
        "CRITICAL",
    )


def test_only_an_advisory_exports():
    notice = load_notice(STORE, "aozora-sentinel-alerts")
    with pytest.raises(NotExportable, match="only a security advisory"):
        document(notice, history_in(notice, "ja"), "ja", csaf_settings(STORE).publisher)


def test_export_writes_the_file_it_prints(root):
    out = root / "out" / "hoshi.json"
    out.parent.mkdir()
    result = run(root, "export", "csaf", "hoshi-directory-saml-advisory", "-l", "en", "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"wrote {out} (hoshi-directory-saml-advisory-en, version 3)\n"
    assert out.read_text("utf-8") == (GOLDEN / "csaf" / "hoshi-directory-saml-advisory.en.json").read_text("utf-8")


def test_the_english_edition_is_refused_like_a_release(root):
    catalog = root / "locales" / "en" / "LC_MESSAGES" / "notices.po"
    text = catalog.read_text("utf-8")
    # Revision 1's fix paragraph loses its translation: the history of revision 3 quotes revision 1.
    source = 'msgid "修正版は現在準備中です。公開日が決まり次第、本ページにてお知らせいたします。"\n'
    start = text.index(source) + len(source)
    end = text.index("\n", start)
    catalog.write_text(text[:start] + 'msgstr ""' + text[end:], "utf-8")
    out = root / "hoshi.json"
    result = run(root, "export", "csaf", "hoshi-directory-saml-advisory", "-l", "en", "-o", str(out))
    assert result.exit_code == 1
    assert result.stderr.startswith("notices/hoshi-directory-saml-advisory/001.yaml:")
    assert "en:body: untranslated: no usable translation for '修正版は現在準備中です。" in result.stderr
    assert not out.exists()
    # The Japanese original does not need the catalog.
    assert run(root, "export", "csaf", "hoshi-directory-saml-advisory").exit_code == 0


def test_an_inconsistent_translation_is_refused(root):
    catalog = root / "locales" / "en" / "LC_MESSAGES" / "notices.po"
    text = catalog.read_text("utf-8")
    catalog.write_text(
        text.replace("changed the CVSS base score from 7.4 to 9.1", "changed the CVSS base score from 7.4 to 9.8"),
        "utf-8",
    )
    result = run(root, "export", "csaf", "hoshi-directory-saml-advisory", "--rev", "2", "-l", "en")
    assert result.exit_code == 1
    assert "en:update: entity: version '9.1' has no match in the translation" in result.stderr
    assert result.stdout == ""


def test_only_an_advisory_with_vulnerabilities_exports(root):
    result = run(root, "export", "csaf", "aozora-sentinel-alerts")
    assert (result.exit_code, result.stderr) == (
        1,
        "notices/aozora-sentinel-alerts/003.yaml:4:1: type: is incident: "
        "only a security advisory (type: advisory) exports as CSAF\n",
    )


def test_export_needs_the_publisher(root):
    (root / "kokuchi.yaml").unlink()
    result = run(root, "export", "csaf", "kumo-gateway-header-advisory")
    assert result.exit_code == 1
    assert result.stderr == (
        "kokuchi.yaml:1:1: (file): no such file: a CSAF document needs the publisher's name and namespace URL "
        "(publisher.name, publisher.namespace) and where the site's csaf/ folder is served (csaf.url)\n"
    )


def _set_translation(root, source: str, translation: str) -> None:
    catalog = root / "locales" / "en" / "LC_MESSAGES" / "notices.po"
    text = catalog.read_text("utf-8")
    marker = f'msgid "{source}"\n'
    start = text.index(marker) + len(marker)
    end = text.index("\n", start)
    catalog.write_text(text[:start] + f'msgstr "{translation}"' + text[end:], "utf-8")


def test_the_release_bundle_of_an_advisory_holds_both_csaf_documents(root):
    result = run(root, "release", "hoshi-directory-saml-advisory", "--rev", "2", "--out", str(root / "dist"))
    assert result.exit_code == 0, result.stderr
    folder = root / "dist" / "hoshi-directory-saml-advisory" / "002"
    manifest = json.loads((folder / "manifest.json").read_text("utf-8"))
    assert {"csaf.ja.json", "csaf.en.json"} <= set(manifest["files"])
    documents = [json.loads((folder / f"csaf.{lang}.json").read_text("utf-8")) for lang in ("ja", "en")]
    # The documents the validator passed (test above).
    assert documents == [
        export("hoshi-directory-saml-advisory", 2, "ja"),
        export("hoshi-directory-saml-advisory", 2, "en"),
    ]
    # An incident's bundle has none.
    run(root, "release", "aozora-sentinel-alerts", "--out", str(root / "dist"))
    assert not list((root / "dist" / "aozora-sentinel-alerts").rglob("csaf.*.json"))


def test_an_incomplete_release_leaves_the_english_csaf_out(root):
    _set_translation(
        root,
        "Hoshi Sync Agent の修正版 2.1.8 を公開しました。これにより、影響を受けるすべての製品で修正版をご利用いただけます。",
        "",
    )
    result = run(root, "release", "hoshi-directory-saml-advisory", "--allow-incomplete", "--out", str(root / "dist"))
    assert result.exit_code == 0, result.stderr
    assert [line for line in result.stdout.splitlines()[1:] if not line.startswith("no base URL")] == [
        "incomplete: en: 1 unit(s) shown in Japanese (recorded in manifest.json)",
        "csaf: en: not in the bundle: 1 unit(s) missing or inconsistent up to this revision (kokuchi catalog check -l en)",
    ]
    folder = root / "dist" / "hoshi-directory-saml-advisory" / "003"
    assert (folder / "csaf.ja.json").is_file() and not (folder / "csaf.en.json").exists()


def test_the_site_is_a_csaf_directory_distribution(root):
    out = root / "site"
    assert run(root, "site", "--out", str(out)).exit_code == 0
    folder = out / "csaf"
    names = [
        "2026/hoshi-directory-saml-advisory-en.json",
        "2026/hoshi-directory-saml-advisory.json",
        "2026/kumo-gateway-header-advisory-en.json",
        "2026/kumo-gateway-header-advisory.json",
    ]
    assert (folder / "index.txt").read_text("utf-8").splitlines() == names
    assert (folder / "changes.csv").read_bytes().decode("utf-8").split("\r\n") == [  # RFC 4180: CRLF
        '"2026/hoshi-directory-saml-advisory.json","2026-07-28T10:00:00+09:00"',
        '"2026/hoshi-directory-saml-advisory-en.json","2026-07-28T10:00:00+09:00"',
        '"2026/kumo-gateway-header-advisory.json","2026-05-26T11:00:00+09:00"',
        '"2026/kumo-gateway-header-advisory-en.json","2026-05-26T11:00:00+09:00"',
        "",
    ]
    assert json.loads((folder / "2026/kumo-gateway-header-advisory-en.json").read_text("utf-8")) == export(
        "kumo-gateway-header-advisory", 3, "en"
    )
    metadata = json.loads((folder / "provider-metadata.json").read_text("utf-8"))
    assert (metadata["canonical_url"], metadata["distributions"], metadata["role"], metadata["last_updated"]) == (
        "https://security.example.net/csaf/provider-metadata.json",
        [{"directory_url": "https://security.example.net/csaf/"}],
        "csaf_publisher",
        "2026-07-28T10:00:00+09:00",
    )

    # A new revision replaces the document; an untranslated one withholds the English edition.
    notice = root / "notices" / "kumo-gateway-header-advisory"
    text = (notice / "003.yaml").read_text("utf-8").replace("revision: 3", "revision: 4")
    text = text.replace("published: 2026-05-26T11:00:00", "published: 2026-06-02T11:00:00")
    text = text.replace("status: resolved", "status: monitoring")
    (notice / "004.yaml").write_text(text, "utf-8")
    result = run(root, "site", "--out", str(out))
    assert result.stdout.splitlines()[0] == f"site: 6 notice(s), 1 rebuilt, in {out}"
    assert (
        json.loads((folder / "2026/kumo-gateway-header-advisory.json").read_text("utf-8"))["document"]["tracking"][
            "version"
        ]
        == "4"
    )
    _set_translation(root, "Hoshi Sync Agent 2.1.8", "")
    result = run(root, "site", "--out", str(out))
    assert [line for line in result.stdout.splitlines() if line.startswith("csaf:")] == [
        "csaf: hoshi-directory-saml-advisory (en) not published: 1 unit(s) missing or inconsistent up to this revision (kokuchi catalog check -l en)"
    ]
    assert "lagging: hoshi-directory-saml-advisory: en follows report 2, ja is at report 3" in result.stdout
    assert not (folder / "2026/hoshi-directory-saml-advisory-en.json").exists()
    assert "2026/hoshi-directory-saml-advisory-en.json" not in (folder / "index.txt").read_text("utf-8")

    # Without the publisher, no CSAF at all.
    (root / "kokuchi.yaml").unlink()
    assert run(root, "site", "--out", str(out)).exit_code == 0
    assert sorted(p.name for p in folder.rglob("*") if p.is_file()) == []
