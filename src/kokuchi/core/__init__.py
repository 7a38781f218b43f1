"""The foundation: the data model and its closed vocabularies, problems and errors, what text may hold,
sequence alignment. Imports nothing else of kokuchi."""
