"""healthkg: a knowledge-graph builder for Chinese articles about health agencies."""

__version__ = "0.1.0"


def _extractor_version() -> str:
    """A digest of the code and data extraction depends on: cached results of another version are not reused."""
    import hashlib
    from pathlib import Path
    here = Path(__file__).parent
    h = hashlib.sha256()
    for p in sorted([*here.glob("*.py"), *here.glob("extract/*.py"), *here.glob("data/*.txt")]):
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


EXTRACTOR_VERSION = _extractor_version()
