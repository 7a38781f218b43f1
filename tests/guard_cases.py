"""What the guard's tests ask of it: whether an old translation is reused for an edit, and one word as UniDic
reads it."""

from __future__ import annotations

from kokuchi.catalog.suggest import FLIP_KINDS, decide
from kokuchi.language.morphology import analyze


def reused(old: str, new: str, old_en: str = "The old translation.") -> bool:
    """The guard reuses *old_en* (kept, auto-updated or offered) for *new*, an edit of *old*."""
    return decide(old, old_en, new).kind not in FLIP_KINDS


def word(text: str):
    """The one word UniDic reads in *text*."""
    (morph,) = analyze(text)
    return morph
