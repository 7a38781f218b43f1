"""kokuchi: versioned bilingual notices."""

__version__ = "0.1.0"
