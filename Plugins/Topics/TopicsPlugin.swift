// The Topics extractor plugin.
