// The Metadata extractor plugin.
