"""Typed views: everything a renderer shows, built once per language.

This is where languages end. A view holds finished strings (status labels,
headings, formatted dates, state marks, bullets and brackets from the label
catalogs) and body blocks as inline Markdown; renderers only lay them out, so
they never know what language they are writing. Text that is still in the
source language because it has no usable translation is an ``Untranslated``
string: the one way kokuchi marks it, which every renderer shows in its own
form (a label in text and Markdown, ``lang`` and a class in HTML).

One module per kind of reader: ``notice`` (show, list), ``changes`` (diff,
log, event summaries), ``catalog`` (review, status), ``site`` (site lists and
feeds); ``common`` holds what they share. A command imports only the views it
builds, so ``show`` never loads the diff engine.
"""
