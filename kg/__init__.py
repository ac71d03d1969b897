"""healthkg: a knowledge-graph builder for Chinese articles about health agencies."""

__version__ = "0.1.0"
EXTRACTOR_VERSION = "1"
