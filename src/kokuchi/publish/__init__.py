"""What kokuchi publishes: the release gate, release bundles, CSAF documents, the static site."""
