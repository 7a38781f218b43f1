"""The language layer: tokens, negation and antonyms, typed entities, line breaking.

Everything that needs to know how Japanese (and English) text is built out of
words lives here, so that the diff, the matcher, the flip guard, the release
gate and the terminal wrapping agree on what a word is.
"""
