// The Speakers extractor plugin.
