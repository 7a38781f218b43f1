"""The project on disk: its layout, the files kokuchi reads and writes, YAML with positions, settings
(kokuchi.yaml), the release ledger."""
