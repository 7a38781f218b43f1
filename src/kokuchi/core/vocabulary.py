"""The small vocabulary every command shares: the languages and a catalog unit's states.

Apart from core/model.py (which names them too) so that the command line and
``catalog merge`` load them without the model's dataclasses.
"""

from __future__ import annotations

import enum

# Notices are written in Japanese; kokuchi renders them in these languages.
SOURCE_LANGUAGE = "ja"
LANGUAGES = ("ja", "en")


class UnitState(enum.StrEnum):
    """A translation unit's state in a catalog (``catalog.entries.unit_state``)."""

    TRANSLATED = "translated"
    FUZZY = "fuzzy"
    AUTO = "auto"  # updated by kokuchi from an old translation; checked again at release
    FLIP = "flip"  # the source's meaning reversed: the old translation says the opposite
    UNTRANSLATED = "untranslated"
