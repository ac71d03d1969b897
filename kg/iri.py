"""The one place that mints instance IRIs: opaque, ASCII, deterministic."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from kg.errors import InputError

DEFAULT_BASE = "https://w3id.org/healthkg/id/"

_PREFIX_PATH = {
    "org": "org", "person": "person", "role": "role", "honour": "honour", "program": "program",
    "place": "place", "article": "article", "membership": "membership", "award": "award",
}
_BASE_OK = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://[\x21-\x7e]+$")


class IRIError(InputError, ValueError):
    """A base IRI that cannot be used."""


def check_base(base: str) -> str:
    """Return the base with a trailing separator, or raise IRIError saying what is wrong."""
    if not _BASE_OK.match(base) or any(c in base for c in '<>"{}|\\^`[] '):
        raise IRIError(f"base IRI must be an absolute ASCII IRI such as {DEFAULT_BASE!r}, got {base!r}")
    return base if base.endswith(("/", "#")) else base + "/"


def normalise(name: str) -> str:
    """Normalise a name for identity: NFKC, no whitespace."""
    return "".join(unicodedata.normalize("NFKC", name).split())


def digest(*parts: object, size: int = 16) -> str:
    """A short stable hex digest of the parts."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:size]


def mint(base: str, key: str) -> str:
    """The IRI of an entity or node from its key "kind:identity" under base."""
    kind, _, ident = key.partition(":")
    path = _PREFIX_PATH.get(kind)
    if path is None:
        raise IRIError(f"unknown key kind {kind!r} in {key!r}; expected one of {sorted(_PREFIX_PATH)}")
    return f"{base}{path}/{digest(kind, normalise(ident))}"
