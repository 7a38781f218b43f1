"""Translation catalogs: PO/MO files, extraction, the merge and its translation-safety guards, the fuzzy
index, consistency checks, progress, and a revision translated through a catalog."""
