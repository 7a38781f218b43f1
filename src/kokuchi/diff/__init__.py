"""What changed between two revisions: the Japanese-aware text diff and the typed change events."""
