"""Check an exported graph against the project's SHACL shapes with pyshacl."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import rdflib

from kg.errors import InputError
from kg.vocab import ontology_dir

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def default_shapes() -> Path:
    """The project's SHACL shapes, ontology/shapes.ttl."""
    return ontology_dir() / "shapes.ttl"


def _format_of(path: Path) -> ox.RdfFormat:
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".")) if path.suffix else None
    return fmt or ox.RdfFormat.TURTLE


def _converter():
    """A term converter from pyoxigraph to rdflib that reuses the IRI objects it has made."""
    iris: dict[str, rdflib.URIRef] = {}

    def term(t: ox.NamedNode | ox.BlankNode | ox.Literal) -> rdflib.term.Node:
        if isinstance(t, ox.NamedNode):
            node = iris.get(t.value)
            if node is None:
                node = iris[t.value] = rdflib.URIRef(t.value)
            return node
        if isinstance(t, ox.BlankNode):
            return rdflib.BNode(t.value)
        if t.language:
            return rdflib.Literal(t.value, lang=t.language)
        dt = t.datatype.value
        # rdflib reads simple literals without a datatype; keep them so, as pyshacl expects.
        return rdflib.Literal(t.value) if dt == _XSD_STRING else rdflib.Literal(t.value, datatype=term(t.datatype))

    return term


def load_graph(path: Path) -> rdflib.Graph:
    """Parse an RDF file strictly (pyoxigraph) into an rdflib Graph; datasets give the union of their graphs."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file; expected a Turtle file such as exports/graph.ttl")
    fmt = _format_of(path)
    g = rdflib.Graph()
    add, term = g.add, _converter()
    try:
        for item in ox.parse(path=str(path), format=fmt):
            t = item.triple if isinstance(item, ox.Quad) else item
            add((term(t.subject), term(t.predicate), term(t.object)))
    except SyntaxError as e:
        raise InputError(f"{path}: not valid {fmt.name}: {e.msg}") from None
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise InputError(f"{path}: cannot be read as {fmt.name}: {e}") from None
    return g


def validate_file(graph: Path, shapes: Path | None = None) -> tuple[bool, str]:
    """Validate the graph file against the shapes (default ontology/shapes.ttl): (conforms, report text)."""
    from pyshacl import validate  # slow to import; only this command needs it

    data = load_graph(graph)
    shapes_graph = load_graph(shapes if shapes is not None else default_shapes())
    conforms, _, text = validate(data, shacl_graph=shapes_graph, inference="none", abort_on_first=False,
                                 allow_warnings=True, advanced=False)
    return bool(conforms), str(text)
