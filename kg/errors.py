"""Library exceptions; each message says what was expected, what came and what is available."""


class KGError(Exception):
    """Base of every error the library raises on purpose."""


class InputError(KGError):
    """An input file or argument that cannot be used."""


class QueryError(KGError):
    """A SPARQL query that cannot be parsed or run."""
