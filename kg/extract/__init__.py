"""Extractors: one module per kind of mention or fact, each a plain function over a sentence."""
