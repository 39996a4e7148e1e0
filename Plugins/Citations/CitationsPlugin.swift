// The Citations extractor plugin.
