"""Serialise the quads as Turtle, N-Quads, TriG and JSON-LD, byte-identical run to run, written atomically."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from pyoxigraph import Quad, RdfFormat, parse, serialize

from kg.atomic import atomic_write
from kg.graph import gc_paused, union_ntriples
from kg.iri import DEFAULT_BASE
from kg.vocab import PREFIXES, instance_prefixes

EXPORT_FILES = ("graph.ttl", "graph.nq", "graph.trig", "graph.jsonld")
_ARTICLE_GRAPH = re.compile(r"^(.*[/#])article/[^/]*$")


def base_of(quads: Sequence[Quad]) -> str:
    """The instance base the quads were minted under, read from an article graph name (<base>article/<id>)."""
    for q in quads:
        m = _ARTICLE_GRAPH.match(getattr(q.graph_name, "value", ""))
        if m:
            return m.group(1)
    return DEFAULT_BASE


def _sorted_prefixes(data: bytes) -> bytes:
    """The serialiser writes @prefix lines in its own map order: sort them so the bytes never vary."""
    end = 0
    while data.startswith(b"@prefix ", end):
        end = data.index(b"\n", end) + 1
    return b"".join(sorted(data[:end].splitlines(keepends=True))) + data[end:]


def render(quads: Sequence[Quad], base: str | None = None) -> tuple[dict[str, bytes], dict[str, int]]:
    """Every export as bytes, with the number of triples or quads each holds."""
    data: dict[str, bytes] = {}
    counts = render_nquads(serialize(quads, format=RdfFormat.N_QUADS), base or base_of(quads), data.__setitem__)
    return data, counts


def render_nquads(nquads: bytes, base: str, emit: Callable[[str, bytes], None], trig: bool = True) -> dict[str, int]:
    """Every export of the graph in an N-Quads document (all quads in article graphs), each handed to emit(name,
    bytes) as soon as it is made, so that only one is in memory at a time; returns their sizes. With trig=False
    graph.trig is left to the caller (render_trig), which counts it all the same."""
    prefixes = {**PREFIXES, **instance_prefixes(base)}
    with gc_paused():
        emit("graph.nq", nquads)
        # The union is computed on N-Triples text, parsed once for both serialisers that need it.
        ntriples = union_ntriples(nquads)
        n_triples, n_quads = ntriples.count(b"\n"), nquads.count(b"\n")
        triples = list(parse(ntriples, format=RdfFormat.N_TRIPLES))
        del ntriples
        emit("graph.ttl", _sorted_prefixes(serialize(triples, format=RdfFormat.TURTLE, prefixes=prefixes)))
        emit("graph.jsonld", serialize(triples, format=RdfFormat.JSON_LD))
        del triples
        if trig:
            emit("graph.trig", render_trig(nquads, base))
    return {"graph.ttl": n_triples, "graph.nq": n_quads, "graph.trig": n_quads, "graph.jsonld": n_triples}


def render_trig(nquads: bytes, base: str) -> bytes:
    """graph.trig of an N-Quads document, streamed from the text: the quads are never all held as Python objects."""
    prefixes = {**PREFIXES, **instance_prefixes(base)}
    with gc_paused():
        return _sorted_prefixes(serialize(parse(nquads, format=RdfFormat.N_QUADS), format=RdfFormat.TRIG,
                                          prefixes=prefixes))


def write_exports(quads: Sequence[Quad], out_dir: Path, base: str | None = None) -> dict[str, int]:
    """Write graph.ttl, graph.nq, graph.trig and graph.jsonld into out_dir; return the triples or quads in each."""
    # Everything is serialised before the first file is replaced, so a failure leaves the old set intact.
    data, counts = render(quads, base)
    out_dir = Path(out_dir)
    for name in EXPORT_FILES:
        atomic_write(out_dir / name, data[name])
    return counts
