"""Real catalogs from a package registry: Django's translations of two releases,
merged by kokuchi and by GNU msgmerge. No failure; every translation msgmerge
carries over exactly is kokuchi's too, the same and unflagged; and since Django's
sources are English, every suggestion msgmerge makes within a msgctxt is kokuchi's
too, the same translation, fuzzy (no Japanese guard takes part).

The sdists are fetched from PyPI in the test's setup and cached under the user's
cache folder (bench/real_catalogs.py's, ~/.cache/kokuchi-bench); nothing is
committed. Without PyPI (and without the cache) the test skips, saying so.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import urllib.request

import pytest
from conftest import REPO, needs_gettext

from kokuchi.catalog import po
from kokuchi.catalog.merge import merge
from kokuchi.language.flips import load_flip_pairs

pytestmark = [pytest.mark.slow, needs_gettext]

OLD, NEW = "4.2.16", "5.1.4"
# A handful of pairs (app, domain, language): plurals, contexts, JavaScript catalogs,
# right-to-left and CJK translations, and the flatpages catalogs whose long URLs once
# crashed the source-change note.
PAIRS = [
    ("conf", "django", "fr"),
    ("conf", "django", "ja"),
    ("contrib/admin", "django", "de"),
    ("contrib/admin", "djangojs", "zh_Hans"),
    ("contrib/auth", "django", "ar"),
    ("contrib/flatpages", "django", "ru"),
    ("contrib/humanize", "django", "pl"),
]


def _bench():
    spec = importlib.util.spec_from_file_location("real_catalogs", REPO / "bench" / "real_catalogs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def django_pairs():
    bench = _bench()
    cache = bench.DEFAULT_CACHE
    cached = all((cache / f"django-{v}" / ".extracted").exists() for v in (OLD, NEW))
    if not cached:
        try:
            urllib.request.urlopen("https://pypi.org/simple/django/", timeout=15).close()
        except OSError as exc:
            pytest.skip(f"needs Django's sdists from PyPI, which is unreachable ({exc}); nothing cached in {cache}")
    if shutil.which("msgattrib") is None or shutil.which("msgfilter") is None:
        pytest.skip("needs GNU gettext's msgattrib and msgfilter (apt-get install gettext; .ci/run does)")
    before, after = bench.catalogs(bench.extract(cache, OLD)), bench.catalogs(bench.extract(cache, NEW))
    pairs = []
    for key in PAIRS:
        app, domain, lang = key
        reference = bench.template(after[key], cache / "work" / "refs" / NEW / app / lang / f"{domain}.pot")
        pairs.append((f"{app}/{lang}/{domain}", before[key], reference))
    return pairs


def _value(entry: po.POEntry) -> tuple:
    return tuple(entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural)) if entry.msgid_plural else (entry.msgstr,)


def test_real_catalogs_merge_without_failure_and_keep_every_exact_translation(django_pairs, tmp_path):
    pairs = load_flip_pairs(None)
    exact = suggestions = 0
    for name, definitions, reference in django_pairs:
        ours, _ = merge(po.read(reference), po.read(definitions), pairs)
        written = tmp_path / "kokuchi.po"
        written.write_bytes(po.to_bytes(ours))
        gnu = tmp_path / "msgmerge.po"
        subprocess.run(
            ["msgmerge", "--quiet", "--previous", "-o", str(gnu), str(definitions), str(reference)],
            check=True,
            env={"OMP_NUM_THREADS": "1", "PATH": "/usr/bin:/bin"},
        )
        # msgfmt -c accepts kokuchi's output whenever it accepts msgmerge's (Django's French
        # catalog has three plural forms under nplurals=2: both outputs keep that).
        checks = [
            subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(p)], capture_output=True) for p in (gnu, written)
        ]
        assert checks[0].returncode or not checks[1].returncode, (name, checks[1].stderr)
        mine = {e.key(): e for e in po.read(written) if not e.obsolete}
        for entry in po.read(gnu):
            if entry.obsolete or not entry.msgid or "fuzzy" not in entry.flags or entry.previous_msgid is None:
                continue
            if entry.previous_msgctxt is not None and entry.previous_msgctxt != entry.msgctxt:
                continue  # msgmerge also suggests across contexts (Sun from Jun: 六月); kokuchi does not
            # Django's sources are English: msgmerge's own suggestion, fuzzy, never a Japanese guard's call.
            other = mine[entry.key()]
            assert "fuzzy" in other.flags and not [f for f in other.flags if f.startswith("kokuchi-")], entry.msgid
            assert _value(other) == _value(entry) and other.previous_msgid == entry.previous_msgid, entry.msgid
            suggestions += 1
        theirs = [e for e in po.read(gnu) if not e.obsolete and e.msgid and "fuzzy" not in e.flags]
        for entry in theirs:
            if not any(_value(entry)):
                continue
            exact += 1
            other = mine.get(entry.key())
            assert other is not None, (name, entry.msgid)
            assert _value(other) == _value(entry), (name, entry.msgid)
            assert not [f for f in other.flags if f == "fuzzy" or f.startswith("kokuchi-")], (name, entry.msgid)
    assert exact > 500 and suggestions >= 5  # the handful holds hundreds of real translations
