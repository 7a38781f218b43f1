"""Renderers: Document → text. They lay out finished strings and know no language."""
