"""Format strings: does a translation keep the directives of its source?

msgmerge asks this when a template starts calling a message a format string
(``#, c-format`` added by a new xgettext): a translation that still agrees
with the source stays translated, one that does not becomes fuzzy, so that
``msgfmt -c`` never meets a ``%s`` translated as ``%d``. The directive
grammars below cover every kind GNU gettext 0.21 knows, some near enough
(printf-like languages share C's); for a kind without one here the answer is
"unknown", and catalog.merge then marks the translation fuzzy: a translator
looks once, rather than a crash at run time.
"""

from __future__ import annotations

import re

# The directives' grammars, compiled (and cached by re) when a catalog first names the kind.
_C = (
    r"%(?:(\d+)\$)?[-+ #0'I]*(?:\*(?:\d+\$)?|\d+)?(?:\.(?:\*(?:\d+\$)?|\d*))?"
    r"(hh|h|ll|l|L|q|j|z|Z|t)?(<PRI\w+>|[diouxXeEfFgGaAcspnm%])"
)
_C_CLASS = {
    **dict.fromkeys("di", "int"),
    **dict.fromkeys("ouxX", "unsigned"),
    **dict.fromkeys("eEfFgGaA", "float"),
    "c": "char",
    "s": "string",
    "p": "pointer",
    "n": "count",
}
_PYTHON = r"%(?:\((\w+)\))?[-+ #0]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])"
_PY_CLASS = {**dict.fromkeys("diouxXceEfFgG", "number"), **dict.fromkeys("rsa", "object")}
_BRACE = r"\{\{|\}\}|\{([^{}:!]*)[^{}]*\}"
_PERL_BRACE = r"\{(\w+)\}"
_SH = r"\$(?:\{(\w+)\}|(\w+))"
_NUMBERED = r"%(\d+)"  # qt, kde, ycp: %1 .. %99
_DOTNET = r"\{\{|\}\}|\{(\d+)[^{}]*\}"
_LISP = r"~(?:\d+|'.|[#v])?(?:,(?:\d+|'.|[#v])?)*[:@]*([^~\n0-9])"  # ~A ~D ~:* ...
_RUBY_NAMED = r"%(?:\{(\w+)\}|<(\w+)>)"
_BOOST = r"%(\d+)%|%(?:(\d+)\$)?[-+ #0]*\d*(?:\.\d+)?([a-zA-Z])"


def _c(text: str) -> tuple | None:
    ordered, numbered = [], {}
    for match in re.finditer(_C, text):
        position, length, conversion = match.groups()
        if conversion in ("%", "m"):
            continue
        kind = (length or "", _C_CLASS.get(conversion, conversion))
        if position:
            numbered[int(position)] = kind
        else:
            ordered.append(kind)
    if numbered:
        return tuple(numbered[i] for i in sorted(numbered))
    return tuple(ordered)


def _python(text: str) -> tuple | None:
    named, ordered = set(), []
    for match in re.finditer(_PYTHON, text):
        name, conversion = match.groups()
        if conversion == "%":
            continue
        if name:
            named.add((name, _PY_CLASS.get(conversion, conversion)))
        else:
            ordered.append(_PY_CLASS.get(conversion, conversion))
    return (frozenset(named), tuple(ordered))


def _names(pattern: str):
    def directives(text: str) -> frozenset:
        return frozenset(
            next((g for g in match.groups() if g is not None), None)
            for match in re.finditer(pattern, text)
            if any(g is not None for g in match.groups())
        )

    return directives


CHECKERS = {
    "c-format": _c,
    "objc-format": _c,
    "cxx-format": _c,
    "python-format": _python,
    "python-brace-format": _names(_BRACE),
    "perl-brace-format": _names(_PERL_BRACE),
    "sh-format": _names(_SH),
    "qt-format": _names(_NUMBERED),
    "kde-format": _names(_NUMBERED),
    "ycp-format": _names(_NUMBERED),
    "qt-plural-format": _names(_NUMBERED),
    "kde-kuit-format": _names(_NUMBERED),
    "csharp-format": _names(_DOTNET),
    "java-format": _names(_DOTNET),
    # printf's grammar, near enough: the directives and their argument types are compared
    **dict.fromkeys(
        (
            "awk-format",
            "object-pascal-format",
            "perl-format",
            "php-format",
            "javascript-format",
            "lua-format",
            "tcl-format",
            "gcc-internal-format",
            "gfc-internal-format",
            "elisp-format",
            "librep-format",
            "java-printf-format",
        ),
        _c,
    ),
    "lisp-format": lambda text: tuple(m.group(1).lower() for m in re.finditer(_LISP, text) if m.group(1) not in "%&|~"),
    "scheme-format": lambda text: tuple(
        m.group(1).lower() for m in re.finditer(_LISP, text) if m.group(1) not in "%&|~"
    ),
    "smalltalk-format": _names(_NUMBERED),
    "ruby-format": lambda text: (_c(re.sub(_RUBY_NAMED, "", text)), _names(_RUBY_NAMED)(text)),
    "boost-format": lambda text: tuple(sorted(str(m.groups()) for m in re.finditer(_BOOST, text))),
}


def agrees(kind: str, msgid: str, msgid_plural: str, translations: list[str]) -> bool | None:
    """Whether every translation has the source's directives; None for a kind not known here.

    A plural form may leave out a directive (``"one file"`` for ``%d files``),
    as msgfmt -c allows, but never add one.
    """
    checker = CHECKERS.get(kind)
    if checker is None:
        return None
    if not msgid_plural:
        return all(checker(text) == checker(msgid) for text in translations)
    allowed = [checker(msgid), checker(msgid_plural)]
    return all(_within(checker(text), allowed) for text in translations)


def _within(found, allowed: list) -> bool:
    if found in allowed:
        return True

    def items(value):
        if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], frozenset):
            return set(value[0]) | set(enumerate(value[1]))
        if isinstance(value, tuple):
            return set(enumerate(value))
        return set(value)

    return items(found) <= set().union(*(items(a) for a in allowed))
