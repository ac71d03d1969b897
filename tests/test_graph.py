"""Tests of kg.graph: the quads built from article results."""
from __future__ import annotations

import dataclasses

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from kg.graph import canonical_labels, to_quads, union_triples
from kg.iri import DEFAULT_BASE, IRIError, mint
from kg.model import (ArticleResult, Document, Entity, EntityType as T, Evidence, HonourAward, Membership,
                      Relation)
from kg.vocab import DCTERMS, FOAF, KG, ORG, PROV, RDF, RDFS, SCHEMA, SKOS, XSD

BASE = DEFAULT_BASE


def node(key: str) -> NamedNode:
    return NamedNode(mint(BASE, key))


def article(doc_id: str) -> NamedNode:
    return node("article:" + doc_id)


def objects(quads, s, p, graph=None) -> set:
    return {q.object for q in quads if q.subject == s and q.predicate == p
            and (graph is None or q.graph_name == graph)}


def subjects(quads, p, o) -> set:
    return {q.subject for q in quads if q.predicate == p and q.object == o}


@pytest.fixture
def quads(results) -> list[Quad]:
    return to_quads(results, BASE)


def test_every_quad_is_in_an_article_graph(quads, results):
    graphs = {q.graph_name for q in quads}
    assert graphs == {article(r.document.doc_id) for r in results}


def test_no_blank_nodes(quads):
    for q in quads:
        for term in (q.subject, q.predicate, q.object, q.graph_name):
            assert not isinstance(term, BlankNode), q


def test_every_iri_is_absolute_ascii(quads):
    for q in quads:
        for term in (q.subject, q.predicate, q.object, q.graph_name):
            if isinstance(term, NamedNode):
                assert term.value.isascii() and "://" in term.value, term
                assert not any(c in term.value for c in ' <>"{}|\\^`'), term


def test_zh_literals_are_tagged_lowercase(quads):
    for q in quads:
        if isinstance(q.object, Literal) and any("\u4e00" <= c <= "\u9fff" for c in q.object.value):
            assert q.object.language == "zh", q


def test_article_node(quads, results):
    a1 = article("a1")
    assert objects(quads, a1, RDF.type) == {SCHEMA.NewsArticle}
    assert objects(quads, a1, DCTERMS.title) == {Literal("青石县卫生健康局纪实", language="zh")}
    assert objects(quads, a1, KG.sourceFile) == {Literal("a1.txt")}
    assert objects(quads, a1, KG.contentHash) == {Literal(results[0].document.content_hash)}
    assert objects(quads, a1, DCTERMS.creator) == {node("person:李文@article:a1")}
    assert objects(quads, a1, KG.mentions) == {node(e.key) for e in results[0].entities}
    assert not objects(quads, a1, DCTERMS.date)


def test_date_url_and_missing_hash():
    doc = Document("d", "d.txt", "正文", title="标题", date="2021-05-04", url="https://example.org/a?b=1&c=2")
    quads = to_quads([ArticleResult(doc)], BASE)
    a = article("d")
    assert objects(quads, a, DCTERMS.date) == {Literal("2021-05-04", datatype=XSD.date)}
    assert objects(quads, a, SCHEMA.url) == {Literal("https://example.org/a?b=1&c=2")}
    import hashlib
    assert objects(quads, a, KG.contentHash) == {Literal(hashlib.sha256("正文".encode()).hexdigest())}


def test_bad_date_is_left_out():
    quads = to_quads([ArticleResult(Document("d", "d.txt", "x", date="2021年5月"))], BASE)
    assert not objects(quads, article("d"), DCTERMS.date)


def test_entity_classes_and_labels(quads):
    agency = node("org:青石县卫生健康局")
    assert objects(quads, agency, RDF.type) == {ORG.Organization, KG.GovernmentAgency}
    assert objects(quads, node("org:青石县人民医院"), RDF.type) == {ORG.Organization, KG.MedicalInstitution}
    assert objects(quads, node("org:青石县卫生健康局机关党委"), RDF.type) == {ORG.Organization, KG.PartyOrganization}
    assert objects(quads, node("person:周明远@org:青石县卫生健康局"), RDF.type) == {FOAF.Person}
    assert objects(quads, node("role:局长"), RDF.type) == {ORG.Role}
    assert objects(quads, node("honour:先进集体"), RDF.type) == {KG.Honour}
    assert objects(quads, node("program:家庭医生签约服务"), RDF.type) == {KG.Program}
    assert objects(quads, node("place:青石县"), RDF.type) == {KG.Place}
    assert objects(quads, node("place:青石县"), KG.adminLevel) == {Literal("county")}
    assert objects(quads, agency, RDFS.label) == {Literal("青石县卫生健康局", language="zh")}
    assert objects(quads, agency, SKOS.altLabel) == {Literal("青石县卫健局", language="zh")}


def test_exactly_one_label_per_entity(quads):
    triples = union_triples(quads)
    labelled = {}
    for t in triples:
        if t.predicate == RDFS.label:
            labelled.setdefault(t.subject, []).append(t.object)
    typed = {t.subject for t in triples if t.predicate == RDF.type and t.object != SCHEMA.NewsArticle
             and t.object not in (ORG.Membership, KG.HonourAward)}
    assert typed == set(labelled)
    assert all(len(v) == 1 for v in labelled.values())


def test_conflicting_labels_get_one_canonical_label():
    ents = [Entity("org:甲", T.ORGANIZATION, name) for name in ("甲局", "甲局", "甲卫健局")]
    results = [ArticleResult(Document(f"d{i}", f"d{i}.txt", "x"), (e,)) for i, e in enumerate(ents)]
    assert canonical_labels(results) == {"org:甲": "甲局"}
    quads = to_quads(results, BASE)
    o = node("org:甲")
    assert objects(quads, o, RDFS.label) == {Literal("甲局", language="zh")}
    assert objects(quads, o, SKOS.altLabel) == {Literal("甲卫健局", language="zh")}
    assert objects(quads, o, SKOS.altLabel, article("d2")) == {Literal("甲卫健局", language="zh")}


def test_membership_nodes(quads):
    memberships = subjects(quads, RDF.type, ORG.Membership)
    assert len(memberships) == 2
    by_person = {next(iter(objects(quads, m, ORG.member))): m for m in memberships}
    m = by_person[node("person:周明远@org:青石县卫生健康局")]
    assert objects(quads, m, ORG.organization) == {node("org:青石县卫生健康局")}
    assert objects(quads, m, ORG.role) == {node("role:局长")}
    assert objects(quads, m, PROV.wasDerivedFrom) == {article("a1")}
    assert objects(quads, m, KG.evidence) == {Literal("青石县卫生健康局局长周明远表示。", language="zh")}
    assert objects(quads, m, KG.evidenceStart) == {Literal(0)}
    assert objects(quads, m, KG.evidenceEnd) == {Literal(16)}
    assert objects(quads, m, KG.evidenceEnd) == {Literal("16", datatype=XSD.integer)}
    assert not objects(quads, m, KG.former)
    former = by_person[node("person:王芳@org:青石县卫生健康局机关党委")]
    assert objects(quads, former, KG.former) == {Literal(True)}
    assert {q.graph_name for q in quads if q.subject == former} == {article("a2")}


def test_membership_without_role():
    ents = (Entity("person:甲@article:d", T.PERSON, "甲"), Entity("org:乙", T.ORGANIZATION, "乙"))
    fact = Membership("person:甲@article:d", "org:乙", None, Evidence("甲在乙。", 0, 4))
    quads = to_quads([ArticleResult(Document("d", "d.txt", "甲在乙。"), ents, (fact,))], BASE)
    (m,) = subjects(quads, RDF.type, ORG.Membership)
    assert not objects(quads, m, ORG.role)
    assert objects(quads, m, ORG.member) == {node("person:甲@article:d")}


def test_honour_award(quads):
    (aw,) = subjects(quads, RDF.type, KG.HonourAward)
    hospital, honour = node("org:青石县人民医院"), node("honour:先进集体")
    assert objects(quads, aw, KG.recipient) == {hospital}
    assert objects(quads, aw, KG.honour) == {honour}
    assert objects(quads, aw, KG.conferredBy) == {node("org:白河市卫生健康委员会")}
    assert objects(quads, aw, KG.year) == {Literal("2021", datatype=XSD.gYear)}
    assert objects(quads, aw, PROV.wasDerivedFrom) == {article("a1")}
    assert objects(quads, aw, KG.evidenceStart) == {Literal(16)}
    assert objects(quads, hospital, KG.received) == {honour}


def test_relations(quads):
    agency = node("org:青石县卫生健康局")
    assert objects(quads, node("org:青石县人民医院"), ORG.subOrganizationOf) == {agency}
    assert objects(quads, agency, KG.locatedIn) == {node("place:青石县")}
    assert objects(quads, node("place:青石县"), SCHEMA.containedInPlace) == {node("place:白河市")}
    assert objects(quads, agency, KG.carriesOut) == {node("program:家庭医生签约服务")}


def test_unknown_relation_is_refused():
    bad = ArticleResult(Document("d", "d.txt", "x"), (), (Relation("org:甲", "partOf", "org:乙"),))
    with pytest.raises(ValueError, match="subOrganizationOf.*partOf"):
        to_quads([bad], BASE)


def test_per_article_graphs_hold_that_articles_facts(quads):
    a1, a2 = article("a1"), article("a2")
    g2 = {q.triple for q in quads if q.graph_name == a2}
    agency = node("org:青石县卫生健康局")
    # Article 2 names the agency but not its abbreviation, the award or the place.
    assert any(t.subject == agency and t.predicate == RDFS.label for t in g2)
    assert not any(t.subject == agency and t.predicate == SKOS.altLabel for t in g2)
    assert not any(t.object == KG.HonourAward for t in g2)
    assert {t.subject for t in g2 if t.predicate == PROV.wasDerivedFrom} == \
        subjects([q for q in quads if q.graph_name == a2], RDF.type, ORG.Membership)
    assert all(t.object == a2 for t in g2 if t.predicate == PROV.wasDerivedFrom)
    g1 = {q.triple for q in quads if q.graph_name == a1}
    assert all(t.object == a1 for t in g1 if t.predicate == PROV.wasDerivedFrom)
    assert not any(t.subject == a2 for t in g1)


def test_union_is_the_distinct_triples(quads):
    triples = union_triples(quads)
    assert len(triples) == len(set(triples))
    assert set(triples) == {q.triple for q in quads}
    assert len(triples) < len(quads)  # the agency's label and types are in both graphs


def test_deterministic_and_order_independent(results):
    first = to_quads(results, BASE)
    assert first == to_quads(results, BASE)
    assert first == to_quads(list(reversed(results)), BASE)
    assert union_triples(first) == union_triples(list(reversed(first)))


def test_custom_base(results):
    quads = to_quads(results, "http://example.org/kg")
    assert all(q.subject.value.startswith("http://example.org/kg/") for q in quads)
    with pytest.raises(IRIError):
        to_quads(results, "not a base")


def test_duplicate_doc_ids_are_refused(results):
    twin = dataclasses.replace(results[1], document=dataclasses.replace(results[1].document, doc_id="a1"))
    with pytest.raises(ValueError, match="doc_id"):
        to_quads([results[0], twin], BASE)


def test_awkward_text_survives():
    name = 'A "quoted" name <x> [y] {z} back\\slash\nnew line\r\tend'
    doc = Document('d "1" <2>', "dir with space/文件 [1].txt", name, title=name, url="http://x/a b<c>")
    ent = Entity("org:" + name, T.ORGANIZATION, name, (name + "2",))
    quads = to_quads([ArticleResult(doc, (ent,))], BASE)
    o = NamedNode(mint(BASE, "org:" + name))
    assert objects(quads, o, RDFS.label) == {Literal(name, language="zh")}
    assert objects(quads, article(doc.doc_id), KG.sourceFile) == {Literal(doc.source_file)}
    assert objects(quads, article(doc.doc_id), SCHEMA.url) == {Literal(doc.url)}


def test_empty_input():
    assert to_quads([], BASE) == []
    assert union_triples([]) == []


def test_award_conferred_by_several_bodies():
    ents = (Entity("org:甲", T.ORGANIZATION, "甲"), Entity("org:乙", T.GOVERNMENT_AGENCY, "乙"),
            Entity("org:丙", T.GOVERNMENT_AGENCY, "丙"), Entity("honour:先进", T.HONOUR, "先进"))
    award = HonourAward("org:甲", "honour:先进", Evidence("甲获先进。", 0, 5), conferred_by=("org:乙", "org:丙"))
    quads = to_quads([ArticleResult(Document("d", "d.txt", "甲获先进。"), ents, (award,))], BASE)
    (aw,) = subjects(quads, RDF.type, KG.HonourAward)
    assert objects(quads, aw, KG.conferredBy) == {node("org:乙"), node("org:丙")}


def test_the_nquads_text_is_already_canonical(results):
    """to_nquads writes what pyoxigraph's serialiser would: no parse-and-rewrite pass is needed."""
    from pyoxigraph import RdfFormat, parse, serialize

    from kg.graph import to_nquads
    data = to_nquads(results)
    assert data and serialize(parse(data, format=RdfFormat.N_QUADS), format=RdfFormat.N_QUADS) == data


def test_literal_escapes_match_pyoxigraph():
    from hypothesis import given, settings, strategies as st
    from pyoxigraph import RdfFormat, serialize

    from kg.graph import _nt_string

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=st.characters(blacklist_categories=("Cs",))))
    def check(text):
        q = Quad(NamedNode("http://a/s"), NamedNode("http://a/p"), Literal(text), NamedNode("http://a/g"))
        line = serialize([q], format=RdfFormat.N_QUADS).decode()
        assert line == f"<http://a/s> <http://a/p> {_nt_string(text)} <http://a/g> .\n"
    check()


def test_noncharacters_are_escaped_as_pyoxigraph_escapes_them():
    from pyoxigraph import RdfFormat, serialize

    from kg.graph import _nt_string
    text = "a\ufffeb\uffffc"
    q = Quad(NamedNode("http://a/s"), NamedNode("http://a/p"), Literal(text), NamedNode("http://a/g"))
    assert serialize([q], format=RdfFormat.N_QUADS).decode() == f"<http://a/s> <http://a/p> {_nt_string(text)} <http://a/g> .\n"
