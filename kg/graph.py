"""Article results → RDF quads: one named graph per article, no blank nodes, deterministic order."""
from __future__ import annotations

import gc
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from pyoxigraph import NamedNode, Quad, RdfFormat, Triple, parse, serialize

from kg.iri import DEFAULT_BASE, check_base, digest, mint
from kg.model import RELATIONS, ArticleResult, Entity, EntityType, HonourAward, Membership, Relation
from kg.vocab import DCTERMS, FOAF, KG, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

ADMIN_LEVELS = ("province", "city", "county", "district", "town", "village", "community")


def _nt(node: NamedNode) -> str:
    return f"<{node.value}>"


_CLASSES: dict[EntityType, tuple[str, ...]] = {t: tuple(_nt(c) for c in cs) for t, cs in {
    EntityType.GOVERNMENT_AGENCY: (ORG.Organization, KG.GovernmentAgency),
    EntityType.MEDICAL_INSTITUTION: (ORG.Organization, KG.MedicalInstitution),
    EntityType.PARTY_ORGANIZATION: (ORG.Organization, KG.PartyOrganization),
    EntityType.ORGANIZATION: (ORG.Organization,),
    EntityType.PERSON: (FOAF.Person,),
    EntityType.ROLE: (ORG.Role,),
    EntityType.HONOUR: (KG.Honour,),
    EntityType.PROGRAM: (KG.Program,),
    EntityType.PLACE: (KG.Place,),
}.items()}
_RELATION_PREDICATES: dict[str, str] = {
    "subOrganizationOf": _nt(ORG.subOrganizationOf),
    "locatedIn": _nt(KG.locatedIn),
    "containedInPlace": _nt(SCHEMA.containedInPlace),
    "carriesOut": _nt(KG.carriesOut),
}
assert set(_RELATION_PREDICATES) == set(RELATIONS)

# Predicates and classes in N-Triples syntax, spelled once.
_TYPE, _LABEL, _ALT = _nt(RDF.type), _nt(RDFS.label), _nt(SKOS.altLabel)
_ARTICLE, _TITLE, _SOURCE, _HASH = _nt(SCHEMA.NewsArticle), _nt(DCTERMS.title), _nt(KG.sourceFile), _nt(KG.contentHash)
_DATE_P, _URL, _CREATOR, _MENTIONS = _nt(DCTERMS.date), _nt(SCHEMA.url), _nt(DCTERMS.creator), _nt(KG.mentions)
_ADMIN = _nt(KG.adminLevel)
_MEMBERSHIP, _MEMBER, _ORGANIZATION, _ROLE, _FORMER = (
    _nt(ORG.Membership), _nt(ORG.member), _nt(ORG.organization), _nt(ORG.role), _nt(KG.former))
_AWARD, _RECIPIENT, _HONOUR, _RECEIVED, _BY, _YEAR, _PERIOD = (
    _nt(KG.HonourAward), _nt(KG.recipient), _nt(KG.honour), _nt(KG.received), _nt(KG.conferredBy),
    _nt(KG.year), _nt(KG.period))
_DERIVED, _EVIDENCE, _START, _END = (
    _nt(PROV.wasDerivedFrom), _nt(KG.evidence), _nt(KG.evidenceStart), _nt(KG.evidenceEnd))
_INTEGER, _GYEAR, _XSD_DATE = f"^^{_nt(XSD.integer)}", f"^^{_nt(XSD.gYear)}", f"^^{_nt(XSD.date)}"
_TRUE = f'"true"^^{_nt(XSD.boolean)}'

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BATCH = 2000  # articles per pyoxigraph parse call


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: millions of new term objects otherwise trigger full scans."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# Escapes exactly as pyoxigraph's N-Quads serialiser writes them, so that the text made here is already in its
# canonical form and needs no parse-and-rewrite pass (a test holds the two to each other).
_NT_ESCAPES = {**{i: f"\\u{i:04X}" for i in range(0x20)}, 0x7F: "\\u007F", 0x08: "\\b", 0x09: "\\t", 0x0A: "\\n",
               0x0C: "\\f", 0x0D: "\\r", ord('"'): '\\"', ord("\\"): "\\\\",
               0xFFFE: "\\uFFFE", 0xFFFF: "\\uFFFF"}      # (the two noncharacters it escapes too)


def _nt_string(text: str) -> str:
    """A string as an N-Triples quoted literal, escaped as pyoxigraph writes it."""
    return '"' + text.translate(_NT_ESCAPES) + '"'


class _Terms:
    """Terms in N-Triples syntax, cached: the same entity recurs in thousands of articles.

    Writing N-Quads text and letting pyoxigraph parse it is several times faster than
    constructing each Quad from Python term objects.
    """

    def __init__(self, base: str) -> None:
        self.base = base
        self._iris: dict[str, str] = {}
        self._zh: dict[str, str] = {}

    def iri(self, key: str) -> str:
        iri = self._iris.get(key)
        if iri is None:
            iri = self._iris[key] = f"<{mint(self.base, key)}>"
        return iri

    def zh(self, text: str) -> str:
        lit = self._zh.get(text)
        if lit is None:
            lit = self._zh[text] = _nt_string(text) + "@zh"
        return lit


def canonical_labels(results: Iterable[ArticleResult]) -> dict[str, str]:
    """The one rdfs:label of each entity key: its most frequent label, ties to the smallest string."""
    counts: dict[str, Counter[str]] = {}
    for r in results:
        for e in r.entities:
            counts.setdefault(e.key, Counter())[e.label] += 1
    return {key: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for key, c in counts.items()}


def _entities(r: ArticleResult) -> dict[str, list[Entity]]:
    """The article's entities grouped by key, in first-seen order."""
    by_key: dict[str, list[Entity]] = {}
    for e in r.entities:
        by_key.setdefault(e.key, []).append(e)
    return by_key


def _article(r: ArticleResult, t: _Terms, labels: dict[str, str]) -> tuple[str, list[str]]:
    """The article's IRI and its triples as sorted, distinct N-Triples lines without the final dot."""
    doc = r.document
    a = t.iri("article:" + doc.doc_id)
    iri, zh = t.iri, t.zh
    out: set[str] = set()
    add = out.add

    add(f"{a} {_TYPE} {_ARTICLE}")
    if doc.title:
        add(f"{a} {_TITLE} {zh(doc.title)}")
    add(f"{a} {_SOURCE} {_nt_string(doc.source_file)}")
    content_hash = doc.content_hash or hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
    add(f"{a} {_HASH} {_nt_string(content_hash)}")
    if doc.date and _DATE.match(doc.date):
        add(f'{a} {_DATE_P} "{doc.date}"{_XSD_DATE}')
    if doc.url:
        add(f"{a} {_URL} {_nt_string(doc.url)}")
    for key in r.authors:
        add(f"{a} {_CREATOR} {iri(key)}")

    for key, ents in _entities(r).items():
        e = iri(key)
        add(f"{a} {_MENTIONS} {e}")
        label = labels.get(key, ents[0].label)
        add(f"{e} {_LABEL} {zh(label)}")
        for ent in ents:
            for cls in _CLASSES[ent.type]:
                add(f"{e} {_TYPE} {cls}")
            for alt in (ent.label, *ent.alt_labels):
                if alt and alt != label:
                    add(f"{e} {_ALT} {zh(alt)}")
            if ent.type is EntityType.PLACE and ent.admin_level in ADMIN_LEVELS:
                add(f'{e} {_ADMIN} "{ent.admin_level}"')

    for f in r.facts:
        if isinstance(f, Membership):
            ev = f.evidence
            m = iri("membership:" + digest(doc.doc_id, f.person, f.organization, f.role, ev.start))
            add(f"{m} {_TYPE} {_MEMBERSHIP}")
            add(f"{m} {_MEMBER} {iri(f.person)}")
            add(f"{m} {_ORGANIZATION} {iri(f.organization)}")
            if f.role:
                add(f"{m} {_ROLE} {iri(f.role)}")
            if f.former:
                add(f"{m} {_FORMER} {_TRUE}")
        elif isinstance(f, HonourAward):
            ev = f.evidence
            m = iri("award:" + digest(doc.doc_id, f.recipient, f.honour, ev.start, f.conferred_by, f.year, f.period))
            recipient, honour = iri(f.recipient), iri(f.honour)
            add(f"{m} {_TYPE} {_AWARD}")
            add(f"{m} {_RECIPIENT} {recipient}")
            add(f"{m} {_HONOUR} {honour}")
            add(f"{recipient} {_RECEIVED} {honour}")
            # One conferral may come from several bodies; a bare key is accepted as one.
            conferrers = (f.conferred_by,) if isinstance(f.conferred_by, str) else f.conferred_by or ()
            for by in conferrers:
                add(f"{m} {_BY} {iri(by)}")
            if f.year is not None and 0 < f.year <= 9999:
                add(f'{m} {_YEAR} "{f.year:04d}"{_GYEAR}')
            if f.period:
                add(f"{m} {_PERIOD} {zh(f.period)}")
        elif isinstance(f, Relation):
            p = _RELATION_PREDICATES.get(f.predicate)
            if p is None:
                raise ValueError(f"relation predicate must be one of {', '.join(RELATIONS)}; "
                                 f"got {f.predicate!r} in article {doc.doc_id!r}")
            add(f"{iri(f.subject)} {p} {iri(f.object)}")
            continue
        else:
            raise TypeError(f"fact must be a Membership, HonourAward or Relation; got {type(f).__name__} "
                            f"in article {doc.doc_id!r}")
        add(f"{m} {_DERIVED} {a}")
        add(f"{m} {_EVIDENCE} {zh(ev.sentence)}")
        add(f'{m} {_START} "{int(ev.start)}"{_INTEGER}')
        add(f'{m} {_END} "{int(ev.end)}"{_INTEGER}')
    return a, sorted(out)


def _parse_nquads(data: bytes) -> list[Quad]:
    with gc_paused():
        return list(parse(data, format=RdfFormat.N_QUADS))


def to_quads(results: Sequence[ArticleResult], base: str = DEFAULT_BASE) -> list[Quad]:
    """All articles' facts as quads, each article in the named graph of its IRI, sorted by graph then triple."""
    return _parse_nquads(to_nquads(results, base))


def to_nquads(results: Sequence[ArticleResult], base: str = DEFAULT_BASE) -> bytes:
    """to_quads as N-Quads bytes, as pyoxigraph writes them, with no list of Python quads held in between
    (for a big corpus that list alone is most of the build's memory)."""
    t = _Terms(check_base(base))
    with gc_paused():
        labels = canonical_labels(results)
        order = sorted((t.iri("article:" + r.document.doc_id), i) for i, r in enumerate(results))
        for (g1, i1), (g2, i2) in zip(order, order[1:]):
            if g1 == g2:
                raise ValueError(f"articles {results[i1].document.doc_id!r} and {results[i2].document.doc_id!r} "
                                 f"share the IRI {g1[1:-1]}; expected a distinct doc_id per article")
        out: list[bytes] = []
        # The text is written in pyoxigraph's canonical form; every export parses it again, so a syntax error
        # still stops the build before any file is replaced.
        for start in range(0, len(order), _BATCH):
            chunk = []
            for _, i in order[start:start + _BATCH]:
                g, lines = _article(results[i], t, labels)
                chunk.extend(f"{line} {g} .\n" for line in lines)
            out.append("".join(chunk).encode("utf-8", "replace"))     # a lone surrogate becomes "?"
    return b"".join(out)


def union_ntriples(nquads: bytes) -> bytes:
    """The distinct triples of an N-Quads document whose quads are all in named graphs, as sorted N-Triples."""
    # Every graph name is an ASCII IRI, so the last two fields of a line are "<graph>" and ".".
    with gc_paused():
        lines = {line.rsplit(b" ", 2)[0] for line in nquads.split(b"\n") if line}
        return b" .\n".join(sorted(lines)) + b" .\n" if lines else b""


def union_triples(quads: Iterable[Quad]) -> list[Triple]:
    """The default graph: the triples of all named graphs, deduplicated, sorted as N-Triples lines.

    Every quad must be in a named graph, as to_quads makes them.
    """
    data = union_ntriples(serialize(quads, format=RdfFormat.N_QUADS))
    with gc_paused():
        return [q.triple for q in parse(data, format=RdfFormat.N_TRIPLES)]
