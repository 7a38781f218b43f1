"""kokuchi: versioned bilingual notices.

The names in ``__all__`` are kokuchi's Python API (docs/api.md). They load
on first use (PEP 562), so ``import kokuchi`` (and the command line's
start-up) stays as light as the version number.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# Each name of the API and the module that defines it.
_API = {
    # the project and the operations
    "Project": "kokuchi.commands.api",
    "check": "kokuchi.commands.api",
    "compare": "kokuchi.commands.api",
    "text_diff": "kokuchi.commands.api",
    "read_po": "kokuchi.commands.api",
    "write_po": "kokuchi.commands.api",
    "extract": "kokuchi.commands.api",
    "merge": "kokuchi.commands.api",
    "release": "kokuchi.commands.api",
    "build_site": "kokuchi.commands.api",
    "csaf_document": "kokuchi.commands.api",
    # the model
    "Notice": "kokuchi.core.model",
    "Revision": "kokuchi.core.model",
    "Section": "kokuchi.core.model",
    "Update": "kokuchi.core.model",
    "Period": "kokuchi.core.model",
    "Advisory": "kokuchi.core.model",
    "Status": "kokuchi.core.model",
    "NoticeType": "kokuchi.core.model",
    "SectionKind": "kokuchi.core.model",
    "SectionState": "kokuchi.core.model",
    "UpdateKind": "kokuchi.core.model",
    "Event": "kokuchi.diff.events",
    "POFile": "kokuchi.catalog.po",
    "POEntry": "kokuchi.catalog.po",
    "MergeOptions": "kokuchi.catalog.merge",
    "MergeStats": "kokuchi.catalog.merge",
    "Compendium": "kokuchi.catalog.merge",
    "SiteResult": "kokuchi.publish.site",
    # the errors
    "KokuchiError": "kokuchi.core.errors",
    "InvalidInput": "kokuchi.core.errors",
    "Problem": "kokuchi.core.errors",
    "NotFound": "kokuchi.core.errors",
    "BadArgument": "kokuchi.core.errors",
    "ConcurrentChange": "kokuchi.core.errors",
    "ReleasedRevisionChanged": "kokuchi.core.errors",
    "SettingsError": "kokuchi.core.errors",
}

__all__ = [
    "Advisory",
    "BadArgument",
    "Compendium",
    "ConcurrentChange",
    "Event",
    "InvalidInput",
    "KokuchiError",
    "MergeOptions",
    "MergeStats",
    "NotFound",
    "Notice",
    "NoticeType",
    "POEntry",
    "POFile",
    "Period",
    "Problem",
    "Project",
    "ReleasedRevisionChanged",
    "Revision",
    "Section",
    "SectionKind",
    "SectionState",
    "SettingsError",
    "SiteResult",
    "Status",
    "Update",
    "UpdateKind",
    "build_site",
    "check",
    "compare",
    "csaf_document",
    "extract",
    "merge",
    "read_po",
    "release",
    "text_diff",
    "write_po",
]


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'kokuchi' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # the next look-up is an ordinary attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


if TYPE_CHECKING:  # what a type checker and an editor see: the same names, imported eagerly
    from kokuchi.catalog.merge import Compendium, MergeOptions, MergeStats
    from kokuchi.catalog.po import POEntry, POFile
    from kokuchi.commands.api import (
        Project,
        build_site,
        check,
        compare,
        csaf_document,
        extract,
        merge,
        read_po,
        release,
        text_diff,
        write_po,
    )
    from kokuchi.core.errors import (
        BadArgument,
        ConcurrentChange,
        InvalidInput,
        KokuchiError,
        NotFound,
        Problem,
        ReleasedRevisionChanged,
        SettingsError,
    )
    from kokuchi.core.model import (
        Advisory,
        Notice,
        NoticeType,
        Period,
        Revision,
        Section,
        SectionKind,
        SectionState,
        Status,
        Update,
        UpdateKind,
    )
    from kokuchi.diff.events import Event
    from kokuchi.publish.site import SiteResult
