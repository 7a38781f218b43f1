"""kokuchi's own labels in each language (status labels, headings, event summaries).

The msgids are English; other languages come from the PO catalogs shipped in
``kokuchi/locales/<lang>/LC_MESSAGES/kokuchi.po``. They are read directly (no
compiled .mo to fall out of date with its source), once per language, with
Babel's PO reader: the labels need no part of kokuchi's catalog layer.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from kokuchi.core.errors import KokuchiError
from kokuchi.core.model import LANGUAGES, SOURCE_LANGUAGE  # noqa: F401 (SOURCE_LANGUAGE: re-exported)


class Labels:
    """Look-ups of kokuchi's own messages in one language."""

    def __init__(self, lang: str, messages: dict[tuple[str | None, str], str]):
        self.lang = lang
        self._messages = messages

    def __call__(self, context: str, msgid: str, **values: object) -> str:
        text = self._messages.get((context, msgid)) or msgid
        return text.format(**values) if values else text


@cache
def labels(lang: str) -> Labels:
    if lang not in LANGUAGES:
        raise KokuchiError(f"unknown language {lang!r}: kokuchi speaks {', '.join(LANGUAGES)}")
    catalog_file = resources.files("kokuchi").joinpath(f"locales/{lang}/LC_MESSAGES/kokuchi.po")
    messages: dict[tuple[str | None, str], str] = {}
    if catalog_file.is_file():
        from babel.messages.pofile import read_po

        with catalog_file.open("rb") as stream:
            for message in read_po(stream, abort_invalid=True):  # obsolete messages are not iterated
                if isinstance(message.id, str) and isinstance(message.string, str) and message.string:
                    if not message.fuzzy:
                        messages[(message.context, message.id)] = message.string
    return Labels(lang, messages)
