"""The graph's namespaces as pyoxigraph NamedNodes, the serialisation prefixes and the ontology folder."""
from __future__ import annotations

from pathlib import Path

from pyoxigraph import NamedNode

from kg.iri import check_base, mint


class Namespace:
    """A namespace whose attributes are cached NamedNodes; a closed one rejects terms it does not list."""

    def __init__(self, iri: str, terms: tuple[str, ...] | None = None) -> None:
        self.iri = iri
        self.terms = terms
        self._nodes: dict[str, NamedNode] = {}

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("_"):
            raise AttributeError(name)
        return self[name]

    def __getitem__(self, name: str) -> NamedNode:
        node = self._nodes.get(name)
        if node is None:
            if self.terms is not None and name not in self.terms:
                raise AttributeError(f"{name!r} is not a term of <{self.iri}>; available: {', '.join(self.terms)}")
            node = self._nodes[name] = NamedNode(self.iri + name)
        return node

    def __repr__(self) -> str:
        return f"Namespace({self.iri!r})"


KG_IRI = "https://w3id.org/healthkg/ontology#"

# Every kg: term the code may use; tests check each is defined in ontology/kg.ttl.
KG_TERMS = (
    "GovernmentAgency", "MedicalInstitution", "PartyOrganization", "Honour", "HonourAward", "Program", "Place",
    "locatedIn", "adminLevel", "recipient", "honour", "conferredBy", "year", "period", "former", "received",
    "carriesOut", "sourceFile", "mentions", "contentHash", "evidence", "evidenceStart", "evidenceEnd",
)

KG = Namespace(KG_IRI, KG_TERMS)
ORG = Namespace("http://www.w3.org/ns/org#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES: dict[str, str] = {
    "kg": KG.iri, "org": ORG.iri, "foaf": FOAF.iri, "schema": SCHEMA.iri, "prov": PROV.iri,
    "dcterms": DCTERMS.iri, "skos": SKOS.iri, "rdfs": RDFS.iri, "xsd": XSD.iri,
}

# Key kinds whose IRIs get a short prefix of their own in Turtle and TriG ("org" is taken by W3C org).
_INSTANCE_PREFIX = {
    "article": "article", "person": "person", "org": "organization", "role": "role", "honour": "honour",
    "program": "program", "place": "place", "membership": "membership", "award": "award",
}


def instance_prefixes(base: str) -> dict[str, str]:
    """Prefixes for instance IRIs under base: `id:` for the base, one per kind of node."""
    base = check_base(base)
    out = {"id": base}
    for kind, name in _INSTANCE_PREFIX.items():
        out[name] = mint(base, f"{kind}:x").rsplit("/", 1)[0] + "/"
    return out


def ontology_dir() -> Path:
    """The folder holding kg.ttl and shapes.ttl: the repository's ontology/, else the copies in kg/data/."""
    repo = Path(__file__).parent.parent / "ontology"
    return repo if (repo / "shapes.ttl").is_file() else Path(__file__).parent / "data"
