"""A notice: revision files validated against the format, the body markup, update timelines, CVSS vectors,
and the translation units of a revision."""
