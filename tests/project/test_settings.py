"""The settings files (kokuchi.yaml, the glossary, the meaning-flip pairs, the compendia list)
through the real command line: every problem one located line, exit 1, no traceback, nothing written."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
from conftest import PROJECT, REPO, run, snapshot

from kokuchi.core.errors import SettingsError
from kokuchi.project import settings
from kokuchi.project.layout import Store

SCHEMAS = REPO / "src" / "kokuchi" / "schema"
DOCS = REPO / "docs" / "settings.md"
NOTICE = "hikari-storage-latency"
ADVISORY = "kumo-gateway-header-advisory"

BAD_CONFIG = """\
publisher:
  name: Example Systems K.K.
  namspace: https://security.example.net
  contact_details: 5
csaf:
  url: ftp://example.net/csaf
site:
  base-url: https://example.net/notices/?x=1
mail:
  from: not an address
project:
  id: status example
colour: blue
"""
BAD_CONFIG_LINES = [
    "kokuchi.yaml:3:3: publisher.namspace: unknown key 'namspace' (did you mean 'namespace'?) "
    "(allowed: name, namespace, contact_details, issuing_authority)",
    "kokuchi.yaml:4:3: publisher.contact_details: expected text, got a whole number",
    "kokuchi.yaml:6:3: csaf.url: 'ftp://example.net/csaf' is not an absolute http(s) URL "
    "(where the site's csaf/ folder is served)",
    "kokuchi.yaml:8:3: site.base-url: 'https://example.net/notices/?x=1' is not an absolute http(s) URL "
    "of a folder, without query or fragment",
    "kokuchi.yaml:10:3: mail.from: 'not an address' is not a mail address (addr@domain or Display Name "
    "<addr@domain>, without quotes, backslashes, control characters or '=?' in the name)",
    "kokuchi.yaml:12:3: project.id: 'status example' is not a domain name (one you control, "
    "e.g. status.example.co.jp: it names the project in its mails' Message-IDs)",
    "kokuchi.yaml:13:1: colour: unknown key 'colour' (allowed: publisher, csaf, site, mail, project)",
]


def _refused(root: Path, args: list[str], lines: list[str]) -> None:
    """*args* exits 1 printing exactly *lines*, without a traceback, and writes nothing under *root*."""
    before = snapshot(root)
    result = run(root, *args)
    assert (result.exit_code, result.stdout) == (1, ""), result.output
    assert result.stderr.splitlines() == lines
    assert "Traceback" not in result.output
    assert snapshot(root) == before


@pytest.mark.parametrize(
    "args",
    [
        ["site"],
        ["release", NOTICE, "--out", "dist"],
        ["export", "csaf", ADVISORY, "-o", "advisory.json"],
    ],
    ids=["site", "release", "export"],
)
def test_a_bad_kokuchi_yaml_stops_the_command_with_every_problem_located(root, args, monkeypatch):
    monkeypatch.chdir(root)  # relative --out and -o land in the project, where the snapshot looks
    (root / "kokuchi.yaml").write_text(BAD_CONFIG, "utf-8")
    _refused(root, args, BAD_CONFIG_LINES)


def test_a_syntax_error_in_kokuchi_yaml_stops_the_site(root):
    (root / "kokuchi.yaml").write_text("site:\n  base-url: [https://example.net/\n", "utf-8")
    before = snapshot(root)
    result = run(root, "site")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert re.fullmatch(r"kokuchi\.yaml:\d+:\d+: \(yaml\): YAML syntax error: .*\n", result.stderr)
    assert snapshot(root) == before


@pytest.mark.parametrize(
    "text,line",
    [
        ("- site\n", "kokuchi.yaml:1:1: (document): expected a mapping, got a list"),
        ("site: https://example.net/\n", "kokuchi.yaml:1:1: site: expected a mapping or null, got text"),
        (
            "site:\n  base-url: https://exa mple.net/\n",
            "kokuchi.yaml:2:3: site.base-url: 'https://exa mple.net/' is not an absolute http(s) URL of a folder, "
            "without query or fragment",
        ),
        (
            "publisher:\n  namespace: http://host:port/\n",
            "kokuchi.yaml:2:3: publisher.namespace: 'http://host:port/' is not an absolute http(s) URL",
        ),
        ("publisher:\n  name: ''\n", "kokuchi.yaml:2:3: publisher.name: must not be empty"),
    ],
    ids=["list", "section-text", "space-in-host", "port-not-a-number", "empty-name"],
)
def test_each_kind_of_bad_value_in_kokuchi_yaml_is_located(root, text, line):
    (root / "kokuchi.yaml").write_text(text, "utf-8")
    _refused(root, ["site"], [line])


def test_what_csaf_lacks_in_a_valid_kokuchi_yaml_is_one_located_line(root):
    (root / "kokuchi.yaml").write_text(
        "site:\n  base-url: https://example.net/notices/\npublisher:\n  name: Example Systems K.K.\n", "utf-8"
    )
    needs = (
        "a CSAF document needs the publisher's name and namespace URL (publisher.name, publisher.namespace) "
        "and where the site's csaf/ folder is served (csaf.url)"
    )
    _refused(
        root,
        ["export", "csaf", ADVISORY],
        [f"kokuchi.yaml:4:3: publisher.namespace: missing (and csaf.url): {needs}"],
    )
    # The site is built, without CSAF documents, and says why on one line per advisory.
    result = run(root, "site")
    assert result.exit_code == 0, result.output
    reasons = [line for line in result.stdout.splitlines() if line.startswith("csaf:")]
    assert reasons == [
        f"csaf: {notice} not published: kokuchi.yaml:4:3: publisher.namespace: missing (and csaf.url): {needs}"
        for notice in ("hoshi-directory-saml-advisory", ADVISORY)
    ]


def test_a_bad_glossary_stops_the_check_and_the_release(root, monkeypatch):
    monkeypatch.chdir(root)
    (root / "locales" / "glossary.yaml").write_text(
        "terms:\n  暫定対策: [workaround]\n  恒久対策: ''\nkeep:\n  - Kumo Gateway\n  - 5\nkep: []\n", "utf-8"
    )
    lines = [
        "locales/glossary.yaml:2:3: terms.暫定対策: expected the English rendering of the term, got a list",
        "locales/glossary.yaml:3:3: terms.恒久対策: must not be empty",
        "locales/glossary.yaml:6:5: keep[1]: expected text, got a whole number",
        "locales/glossary.yaml:7:1: kep: unknown key 'kep' (did you mean 'keep'?) (allowed: terms, keep)",
    ]
    _refused(root, ["catalog", "check", "-l", "en"], lines)
    _refused(root, ["release", NOTICE, "--out", "dist"], lines)


def test_bad_meaning_flip_pairs_stop_the_update(root):
    (root / "locales" / "meaning-flips.yaml").write_text(
        "negations:\n  - [必要, 不要]\n  - [必要]\n  - 必要\nantonyms:\n  - [発生, 解消, 復旧]\n  - [発生, '']\nsynonyms: []\n",
        "utf-8",
    )
    pair = "expected a pair of words, like [必要, 不要]"
    _refused(
        root,
        ["catalog", "update"],
        [
            f"locales/meaning-flips.yaml:3:5: negations[1]: {pair}, got 1 item(s)",
            f"locales/meaning-flips.yaml:4:5: negations[2]: {pair}, got text",
            f"locales/meaning-flips.yaml:6:5: antonyms[0]: {pair}, got 3 item(s)",
            "locales/meaning-flips.yaml:7:10: antonyms[1][1]: must not be empty",
            "locales/meaning-flips.yaml:8:1: synonyms: unknown key 'synonyms' (did you mean 'antonyms'?) "
            "(allowed: negations, antonyms)",
        ],
    )


@pytest.mark.parametrize(
    "text,lines",
    [
        (
            "compendia:\n  - ''\n  - 5\nextra: x\n",
            [
                "locales/compendia.yaml:2:5: compendia[0]: must not be empty",
                "locales/compendia.yaml:3:5: compendia[1]: expected text, got a whole number",
                "locales/compendia.yaml:4:1: extra: unknown key 'extra' (allowed: compendia)",
            ],
        ),
        (
            "other: 1\n",
            [
                "locales/compendia.yaml:1:1: other: unknown key 'other' (allowed: compendia)",
                "locales/compendia.yaml:1:1: compendia: missing required key",
            ],
        ),
        (
            "compendia:\n  - missing.po\n",
            ["locales/compendia.yaml:2:5: compendia[0]: missing.po: No such file or directory"],
        ),
    ],
    ids=["bad-items", "no-list", "no-such-file"],
)
def test_a_bad_compendia_list_stops_the_update(root, text, lines):
    (root / "locales" / "compendia.yaml").write_text(text, "utf-8")
    _refused(root, ["catalog", "update"], lines)


# -- the schemas themselves -------------------------------------------------------------


def _valid_files() -> list[tuple[str, Path]]:
    return [
        ("kokuchi", REPO / "kokuchi.yaml"),
        ("kokuchi", PROJECT / "kokuchi.yaml"),
        ("glossary", REPO / "locales" / "glossary.yaml"),
        ("glossary", PROJECT / "locales" / "glossary.yaml"),
        ("meaning-flips", REPO / "src" / "kokuchi" / "data" / "meaning-flips.yaml"),
    ]


@pytest.mark.parametrize("schema,path", _valid_files(), ids=lambda v: v if isinstance(v, str) else v.name)
def test_the_shipped_and_sample_settings_are_valid(schema, path):
    doc = settings.read_settings(path, path.name, schema)
    assert doc.data


@pytest.mark.parametrize("schema", settings.SCHEMAS)
def test_each_settings_schema_is_a_valid_draft_2020_12_schema(schema):
    jsonschema = pytest.importorskip("jsonschema", reason="the reference validator is in the [test] extra")
    jsonschema.Draft202012Validator.check_schema(json.loads((SCHEMAS / f"{schema}.schema.json").read_text("utf-8")))


def test_a_missing_settings_file_is_no_problem(empty_root):
    store = Store(empty_root)
    assert settings.site_settings(store) == settings.SiteSettings()
    assert settings.glossary(store.glossary_path) == ({}, ())
    with pytest.raises(SettingsError) as caught:
        settings.csaf_settings(store)
    assert [p.path for p in caught.value.problems] == ["(file)"]


def test_empty_sections_read_as_absent(empty_root):
    (empty_root / "kokuchi.yaml").write_text("# nothing yet\nsite:\nmail:\n", "utf-8")
    assert settings.site_settings(Store(empty_root)) == settings.SiteSettings()


def _keys(schema: dict, prefix: str = "") -> list[str]:
    """Every named key of *schema* as a dotted path (publisher.name), sections first."""
    found = []
    for key, sub in schema.get("properties", {}).items():
        path = f"{prefix}.{key}" if prefix else key
        found.append(path)
        found += _keys(sub, path)
    return found


def _documented(section: str) -> set[str]:
    """The keys docs/settings.md lists in the table of *section* (its `## file` heading)."""
    text = DOCS.read_text("utf-8")
    part = text.split(f"\n## `{section}`", 1)[1].split("\n## ", 1)[0]
    return set(re.findall(r"^\| `([^`]+)` \|", part, re.MULTILINE))


FILES = {
    "kokuchi": "kokuchi.yaml",
    "glossary": "locales/glossary.yaml",
    "meaning-flips": "locales/meaning-flips.yaml",
    "compendia": "locales/compendia.yaml",
}


@pytest.mark.parametrize("schema", settings.SCHEMAS)
def test_docs_settings_md_documents_exactly_the_keys_of_each_schema(schema):
    keys = _keys(json.loads((SCHEMAS / f"{schema}.schema.json").read_text("utf-8")))
    assert keys, schema
    assert _documented(FILES[schema]) == set(keys)


def test_every_schema_key_has_a_description():
    def walk(node: dict, path: str) -> list[str]:
        missing = []
        for key, sub in node.get("properties", {}).items():
            child = f"{path}.{key}" if path else key
            if not sub.get("description"):
                missing.append(child)
            missing += walk(sub, child)
        return missing

    for schema in settings.SCHEMAS:
        assert walk(json.loads((SCHEMAS / f"{schema}.schema.json").read_text("utf-8")), schema) == []


def test_importing_the_settings_loads_neither_the_validator_nor_difflib():
    """The validator loads when there is a file to validate, difflib when a key is unknown: a command
    that reads no settings file pays for neither."""
    import subprocess

    code = (
        "import sys; from kokuchi.project import settings; "
        "print('jsonschema_rs' in sys.modules, 'difflib' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(REPO / "src"), "PATH": ""},
    ).stdout
    assert out.split() == ["False", "False"]
