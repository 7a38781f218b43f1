"""The golden-file cases, shared by the tests and by regen_golden.py.

Each case is (golden file name, CLI arguments). Golden files are plain text
under tests/golden/, reviewed in diffs, and rewritten only by running
``python tests/regen_golden.py`` on purpose.
"""

from __future__ import annotations

from pathlib import Path

GOLDEN = Path(__file__).resolve().parent / "golden"

NOTICES = ("aozora-sentinel-alerts", "hikari-storage-latency", "kumo-gateway-header-advisory", "sakura-db-maintenance")
EXTENSIONS = {"text": "txt", "md": "md", "html": "html", "json": "json"}

CASES: list[tuple[str, list[str]]] = []
for _notice in NOTICES:
    for _fmt, _ext in EXTENSIONS.items():
        CASES.append((f"show/{_notice}.{_ext}", ["show", _notice, "--format", _fmt]))
CASES.append(("show/aozora-sentinel-alerts.rev1.txt", ["show", "aozora-sentinel-alerts", "--rev", "1"]))
CASES.append(("list.txt", ["list"]))
CASES.append(("list.json", ["list", "--format", "json"]))

for _lang in ("ja", "en"):
    for _fmt, _ext in EXTENSIONS.items():
        CASES.append(
            (
                f"diff/aozora-sentinel-alerts.1-2.{_lang}.{_ext}",
                ["diff", "aozora-sentinel-alerts", "1", "2", "--format", _fmt, "--lang", _lang],
            )
        )
    for _fmt, _ext in (("text", "txt"), ("json", "json"), ("md", "md")):
        CASES.append(
            (
                f"log/aozora-sentinel-alerts.{_lang}.{_ext}",
                ["log", "aozora-sentinel-alerts", "--format", _fmt, "--lang", _lang],
            )
        )
for _notice in NOTICES:
    CASES.append((f"diff/{_notice}.latest.ja.txt", ["diff", _notice]))
CASES.append(("diff/hikari-storage-latency.1-3.en.txt", ["diff", "hikari-storage-latency", "1", "3", "--lang", "en"]))

for _fmt, _ext in EXTENSIONS.items():
    CASES.append(
        (f"show/aozora-sentinel-alerts.en.{_ext}", ["show", "aozora-sentinel-alerts", "--lang", "en", "--format", _fmt])
    )
CASES.append(("show/kumo-gateway-header-advisory.en.txt", ["show", "kumo-gateway-header-advisory", "--lang", "en"]))
CASES.append(("show/sakura-db-maintenance.en.md", ["show", "sakura-db-maintenance", "--lang", "en", "--format", "md"]))
CASES.append(
    ("show/hikari-storage-latency.en.html", ["show", "hikari-storage-latency", "--lang", "en", "--format", "html"])
)
CASES.append(
    (
        "show/sakura-db-maintenance.en.new-york.txt",
        ["show", "sakura-db-maintenance", "--lang", "en", "--tz", "America/New_York"],
    )
)
CASES.append(("catalog/status.txt", ["catalog", "status"]))
CASES.append(("csaf/hoshi-directory-saml-advisory.ja.json", ["export", "csaf", "hoshi-directory-saml-advisory"]))
CASES.append(
    ("csaf/hoshi-directory-saml-advisory.en.json", ["export", "csaf", "hoshi-directory-saml-advisory", "-l", "en"])
)

# The format's newer elements (lead, closing, next update, period notes, numbered
# items in five forms, sub-headings, notes bound to marks), in every output, both languages.
for _lang in ("ja", "en"):
    for _fmt, _ext in (*EXTENSIONS.items(), ("eml", "eml")):
        CASES.append(
            (
                f"show/minato-report-delay.{_lang}.{_ext}",
                ["show", "minato-report-delay", "--lang", _lang, "--format", _fmt],
            )
        )
CASES.append(("show/minato-report-delay.rev1.en.txt", ["show", "minato-report-delay", "--rev", "1", "--lang", "en"]))
