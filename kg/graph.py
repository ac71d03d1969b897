"""Article results → RDF quads: one named graph per article, no blank nodes, deterministic order."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence

from pyoxigraph import Literal, NamedNode, Quad, Triple

from kg.iri import DEFAULT_BASE, check_base, digest, mint
from kg.model import RELATIONS, ArticleResult, Entity, EntityType, HonourAward, Membership, Relation
from kg.vocab import DCTERMS, FOAF, KG, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

ADMIN_LEVELS = ("province", "city", "county", "district", "town", "village", "community")

_CLASSES: dict[EntityType, tuple[NamedNode, ...]] = {
    EntityType.GOVERNMENT_AGENCY: (ORG.Organization, KG.GovernmentAgency),
    EntityType.MEDICAL_INSTITUTION: (ORG.Organization, KG.MedicalInstitution),
    EntityType.PARTY_ORGANIZATION: (ORG.Organization, KG.PartyOrganization),
    EntityType.ORGANIZATION: (ORG.Organization,),
    EntityType.PERSON: (FOAF.Person,),
    EntityType.ROLE: (ORG.Role,),
    EntityType.HONOUR: (KG.Honour,),
    EntityType.PROGRAM: (KG.Program,),
    EntityType.PLACE: (KG.Place,),
}
_RELATION_PREDICATES: dict[str, NamedNode] = {
    "subOrganizationOf": ORG.subOrganizationOf,
    "locatedIn": KG.locatedIn,
    "containedInPlace": SCHEMA.containedInPlace,
    "carriesOut": KG.carriesOut,
}
assert set(_RELATION_PREDICATES) == set(RELATIONS)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _Terms:
    """Caches of IRIs and terms: the same entity recurs in thousands of articles."""

    def __init__(self, base: str) -> None:
        self.base = base
        self._iris: dict[str, str] = {}
        self._nodes: dict[str, NamedNode] = {}
        self._zh: dict[str, Literal] = {}

    def iri(self, key: str) -> str:
        iri = self._iris.get(key)
        if iri is None:
            iri = self._iris[key] = mint(self.base, key)
        return iri

    def node(self, iri: str) -> NamedNode:
        node = self._nodes.get(iri)
        if node is None:
            node = self._nodes[iri] = NamedNode(iri)
        return node

    def zh(self, text: str) -> Literal:
        lit = self._zh.get(text)
        if lit is None:
            lit = self._zh[text] = Literal(text, language="zh")
        return lit


def canonical_labels(results: Iterable[ArticleResult]) -> dict[str, str]:
    """The one rdfs:label of each entity key: its most frequent label, ties to the smallest string."""
    counts: dict[str, Counter[str]] = {}
    for r in results:
        for e in r.entities:
            counts.setdefault(e.key, Counter())[e.label] += 1
    return {key: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for key, c in counts.items()}


class _ArticleGraph:
    """The triples of one article, deduplicated, each kept with a string sort key."""

    def __init__(self, terms: _Terms) -> None:
        self.t = terms
        self.triples: dict[tuple[str, str, str], object] = {}

    def link(self, s: str, p: NamedNode, o: str) -> None:
        self.triples[(s, p.value, o)] = None

    def lit(self, s: str, p: NamedNode, o: Literal) -> None:
        # Literals sort before IRIs ("\x00"), and by value, then language or datatype.
        key = "\x00" + o.value + "\x00" + (o.language or o.datatype.value)
        self.triples[(s, p.value, key)] = o

    def quads(self, graph: NamedNode) -> list[Quad]:
        node = self.t.node
        return [Quad(node(s), node(p), node(o) if lit is None else lit, graph)
                for (s, p, o), lit in sorted(self.triples.items(), key=lambda kv: kv[0])]


def _entities(r: ArticleResult) -> dict[str, list[Entity]]:
    """The article's entities grouped by key, in first-seen order."""
    by_key: dict[str, list[Entity]] = {}
    for e in r.entities:
        by_key.setdefault(e.key, []).append(e)
    return by_key


def _article(r: ArticleResult, t: _Terms, labels: dict[str, str]) -> tuple[NamedNode, list[Quad]]:
    doc = r.document
    a_iri = t.iri("article:" + doc.doc_id)
    g = _ArticleGraph(t)
    zh = t.zh

    g.link(a_iri, RDF.type, SCHEMA.NewsArticle.value)
    if doc.title:
        g.lit(a_iri, DCTERMS.title, zh(doc.title))
    g.lit(a_iri, KG.sourceFile, Literal(doc.source_file))
    content_hash = doc.content_hash or hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    g.lit(a_iri, KG.contentHash, Literal(content_hash))
    if doc.date and _DATE.match(doc.date):
        g.lit(a_iri, DCTERMS.date, Literal(doc.date, datatype=XSD.date))
    if doc.url:
        g.lit(a_iri, SCHEMA.url, Literal(doc.url))
    for key in r.authors:
        g.link(a_iri, DCTERMS.creator, t.iri(key))

    for key, ents in _entities(r).items():
        e_iri = t.iri(key)
        g.link(a_iri, KG.mentions, e_iri)
        label = labels.get(key, ents[0].label)
        g.lit(e_iri, RDFS.label, zh(label))
        for e in ents:
            for cls in _CLASSES[e.type]:
                g.link(e_iri, RDF.type, cls.value)
            for alt in (e.label, *e.alt_labels):
                if alt and alt != label:
                    g.lit(e_iri, SKOS.altLabel, zh(alt))
            if e.admin_level in ADMIN_LEVELS and e.type is EntityType.PLACE:
                g.lit(e_iri, KG.adminLevel, Literal(e.admin_level))

    for f in r.facts:
        if isinstance(f, Membership):
            ev = f.evidence
            m = t.iri("membership:" + digest(doc.doc_id, f.person, f.organization, f.role, ev.start))
            g.link(m, RDF.type, ORG.Membership.value)
            g.link(m, ORG.member, t.iri(f.person))
            g.link(m, ORG.organization, t.iri(f.organization))
            if f.role:
                g.link(m, ORG.role, t.iri(f.role))
            if f.former:
                g.lit(m, KG.former, Literal(True))
            _provenance(g, m, a_iri, ev.sentence, ev.start, ev.end)
        elif isinstance(f, HonourAward):
            ev = f.evidence
            aw = t.iri("award:" + digest(doc.doc_id, f.recipient, f.honour, ev.start, f.conferred_by, f.year,
                                         f.period))
            recipient, honour = t.iri(f.recipient), t.iri(f.honour)
            g.link(aw, RDF.type, KG.HonourAward.value)
            g.link(aw, KG.recipient, recipient)
            g.link(aw, KG.honour, honour)
            g.link(recipient, KG.received, honour)
            if f.conferred_by:
                g.link(aw, KG.conferredBy, t.iri(f.conferred_by))
            if f.year is not None and 0 < f.year <= 9999:
                g.lit(aw, KG.year, Literal(f"{f.year:04d}", datatype=XSD.gYear))
            if f.period:
                g.lit(aw, KG.period, zh(f.period))
            _provenance(g, aw, a_iri, ev.sentence, ev.start, ev.end)
        elif isinstance(f, Relation):
            p = _RELATION_PREDICATES.get(f.predicate)
            if p is None:
                raise ValueError(f"relation predicate must be one of {', '.join(RELATIONS)}; "
                                 f"got {f.predicate!r} in article {doc.doc_id!r}")
            g.link(t.iri(f.subject), p, t.iri(f.object))
        else:
            raise TypeError(f"fact must be a Membership, HonourAward or Relation; got {type(f).__name__} "
                            f"in article {doc.doc_id!r}")

    graph = t.node(a_iri)
    return graph, g.quads(graph)


def _provenance(g: _ArticleGraph, node: str, article: str, sentence: str, start: int, end: int) -> None:
    g.link(node, PROV.wasDerivedFrom, article)
    g.lit(node, KG.evidence, g.t.zh(sentence))
    g.lit(node, KG.evidenceStart, Literal(start))
    g.lit(node, KG.evidenceEnd, Literal(end))


def to_quads(results: Sequence[ArticleResult], base: str = DEFAULT_BASE) -> list[Quad]:
    """All articles' facts as quads, each article in the named graph of its IRI, sorted by graph then triple."""
    t = _Terms(check_base(base))
    labels = canonical_labels(results)
    graphs = [_article(r, t, labels) for r in results]
    graphs.sort(key=lambda gq: gq[0].value)
    out: list[Quad] = []
    previous = None
    for graph, quads in graphs:
        if graph == previous:
            raise ValueError(f"two articles share the IRI {graph.value}; doc_id must be unique per article")
        previous = graph
        out.extend(quads)
    return out


def _triple_key(t: Triple) -> tuple[str, str, str]:
    o = t.object
    if isinstance(o, Literal):
        return t.subject.value, t.predicate.value, "\x00" + o.value + "\x00" + (o.language or o.datatype.value)
    return t.subject.value, t.predicate.value, o.value


def union_triples(quads: Iterable[Quad]) -> list[Triple]:
    """The default graph: the triples of all named graphs, deduplicated, in the same order as to_quads."""
    unique = dict.fromkeys(q.triple for q in quads)
    return sorted(unique, key=_triple_key)
