"""Serialise the quads as Turtle, N-Quads, TriG and JSON-LD, byte-identical run to run, written atomically."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, serialize

from kg.atomic import atomic_write
from kg.graph import union_triples
from kg.iri import DEFAULT_BASE
from kg.vocab import PREFIXES, instance_prefixes

EXPORT_FILES = ("graph.ttl", "graph.nq", "graph.trig", "graph.jsonld")


def base_of(quads: Sequence[Quad]) -> str:
    """The instance base the quads were minted under, read from an article graph name (…/article/<id>)."""
    for q in quads:
        iri = q.graph_name.value
        head, sep, _ = iri.rpartition("/article/")
        if sep:
            return head + "/"
    return DEFAULT_BASE


def _sorted_prefixes(data: bytes) -> bytes:
    """The serialiser writes @prefix lines in its own map order: sort them so the bytes never vary."""
    lines = data.split(b"\n")
    n = 0
    while n < len(lines) and lines[n].startswith(b"@prefix "):
        n += 1
    return b"\n".join(sorted(lines[:n]) + lines[n:])


def render(quads: Sequence[Quad], base: str | None = None) -> tuple[dict[str, bytes], dict[str, int]]:
    """Every export as bytes, with the number of triples or quads each holds."""
    prefixes = {**PREFIXES, **instance_prefixes(base or base_of(quads))}
    triples = union_triples(quads)
    data = {
        "graph.ttl": _sorted_prefixes(serialize(triples, format=RdfFormat.TURTLE, prefixes=prefixes)),
        "graph.nq": serialize(quads, format=RdfFormat.N_QUADS),
        "graph.trig": _sorted_prefixes(serialize(quads, format=RdfFormat.TRIG, prefixes=prefixes)),
        "graph.jsonld": serialize(triples, format=RdfFormat.JSON_LD),
    }
    counts = {"graph.ttl": len(triples), "graph.nq": len(quads), "graph.trig": len(quads),
              "graph.jsonld": len(triples)}
    return data, counts


def write_exports(quads: Sequence[Quad], out_dir: Path, base: str | None = None) -> dict[str, int]:
    """Write graph.ttl, graph.nq, graph.trig and graph.jsonld into out_dir; return the triples or quads in each."""
    # Everything is serialised before the first file is replaced, so a failure leaves the old set intact.
    data, counts = render(quads, base)
    out_dir = Path(out_dir)
    for name in EXPORT_FILES:
        atomic_write(out_dir / name, data[name])
    return counts
