"""Tests of kg.export: the four export files, their syntax, content and stability."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
import rdflib
from pyoxigraph import Literal, NamedNode, RdfFormat, Store, parse

import kg.export
from kg.export import EXPORT_FILES, base_of, write_exports
from kg.graph import to_quads, union_triples
from kg.iri import DEFAULT_BASE, mint
from kg.model import ArticleResult, Document, Entity, EntityType as T, Evidence, HonourAward, Membership

FORMATS = {"graph.ttl": RdfFormat.TURTLE, "graph.nq": RdfFormat.N_QUADS, "graph.trig": RdfFormat.TRIG,
           "graph.jsonld": RdfFormat.JSON_LD}
RDFLIB_FORMATS = {"graph.ttl": "turtle", "graph.nq": "nquads", "graph.trig": "trig", "graph.jsonld": "json-ld"}
AWKWARD = 'A "quoted" name <x> [y] {z} back\\slash\nnew line\r\tend & \'single\' #hash @at'


def awkward_results() -> list[ArticleResult]:
    """Names and files holding every character that needs care in some RDF syntax."""
    text = AWKWARD + "。"
    doc = Document('doc "1" <2> [3]', "dir with space/文件 [1] <a>.txt", text, title=AWKWARD,
                   url='http://example.org/a b<c>"d"', date="2022-01-02")
    ents = (Entity("org:" + AWKWARD, T.GOVERNMENT_AGENCY, AWKWARD, (AWKWARD + "局", "\\")),
            Entity("person:" + AWKWARD + "@article:x", T.PERSON, AWKWARD),
            Entity("role:<主任>", T.ROLE, "<主任>"),
            Entity("honour:\"先进\"", T.HONOUR, "\"先进\""))
    ev = Evidence(text, 0, len(text))
    facts = (Membership(ents[1].key, ents[0].key, ents[2].key, ev),
             HonourAward(ents[0].key, ents[3].key, ev, period="2019—2021\n年度"))
    return [ArticleResult(doc, ents, facts, authors=(ents[1].key,))]


@pytest.fixture
def exports(results, tmp_path) -> Path:
    write_exports(to_quads(results, DEFAULT_BASE), tmp_path)
    return tmp_path


def test_writes_every_file_with_counts(results, tmp_path):
    quads = to_quads(results, DEFAULT_BASE)
    counts = write_exports(quads, tmp_path / "out")
    assert set(counts) == set(EXPORT_FILES)
    assert counts["graph.nq"] == counts["graph.trig"] == len(quads)
    assert counts["graph.ttl"] == counts["graph.jsonld"] == len(union_triples(quads))
    for name in EXPORT_FILES:
        assert (tmp_path / "out" / name).stat().st_size > 0
    assert not [p for p in (tmp_path / "out").iterdir() if p.name not in EXPORT_FILES]


@pytest.mark.parametrize("make", [None, awkward_results], ids=["fixture", "awkward"])
@pytest.mark.parametrize("name", EXPORT_FILES)
def test_exports_parse_strictly_and_in_rdflib(make, name, results, tmp_path):
    quads = to_quads(make() if make else results, DEFAULT_BASE)
    counts = write_exports(quads, tmp_path)
    path = tmp_path / name
    parsed = list(parse(path=str(path), format=FORMATS[name]))
    assert len(parsed) == counts[name]
    if name in ("graph.nq", "graph.trig"):
        assert set(parsed) == set(quads)
    else:
        assert {q.triple for q in parsed} == set(union_triples(quads))
    if name in ("graph.nq", "graph.trig"):
        ds = rdflib.Dataset()
        ds.parse(path, format=RDFLIB_FORMATS[name])
        assert sum(1 for _ in ds.quads((None, None, None, None))) == counts[name]
    else:
        assert len(rdflib.Graph().parse(path, format=RDFLIB_FORMATS[name])) == counts[name]


def test_awkward_label_round_trips(tmp_path):
    write_exports(to_quads(awkward_results(), DEFAULT_BASE), tmp_path)
    g = rdflib.Graph().parse(tmp_path / "graph.ttl", format="turtle")
    org = rdflib.URIRef(mint(DEFAULT_BASE, "org:" + AWKWARD))
    assert g.value(org, rdflib.RDFS.label) == rdflib.Literal(AWKWARD, lang="zh")
    store = Store()
    store.load(path=str(tmp_path / "graph.ttl"), format=RdfFormat.TURTLE)
    labels = [q.object for q in store.quads_for_pattern(NamedNode(str(org)), None, None)
              if isinstance(q.object, Literal) and q.object.value == AWKWARD]
    assert labels


def test_turtle_is_the_union_of_the_trig_graphs(exports):
    ttl = {q.triple for q in parse(path=str(exports / "graph.ttl"), format=RdfFormat.TURTLE)}
    trig = list(parse(path=str(exports / "graph.trig"), format=RdfFormat.TRIG))
    assert ttl == {q.triple for q in trig}
    assert len({q.graph_name for q in trig}) == 2


def test_named_graphs_hold_each_articles_facts(results, exports):
    expected = to_quads(results, DEFAULT_BASE)
    for name, fmt in (("graph.trig", RdfFormat.TRIG), ("graph.nq", RdfFormat.N_QUADS)):
        got = list(parse(path=str(exports / name), format=fmt))
        for r in results:
            g = NamedNode(mint(DEFAULT_BASE, "article:" + r.document.doc_id))
            assert {q for q in got if q.graph_name == g} == {q for q in expected if q.graph_name == g}


def test_deterministic_bytes(results, tmp_path):
    write_exports(to_quads(results, DEFAULT_BASE), tmp_path / "a")
    write_exports(to_quads(list(reversed(results)), DEFAULT_BASE), tmp_path / "b")
    for name in EXPORT_FILES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name


def test_turtle_uses_the_prefixes(exports):
    text = (exports / "graph.ttl").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("@prefix")]
    assert header == sorted(header)
    for prefix in ("kg", "org", "foaf", "schema", "prov", "dcterms", "skos", "rdfs", "xsd", "id"):
        assert f"@prefix {prefix}: <" in text
    assert "kg:HonourAward" in text and "organization:" in text


def test_base_is_read_from_the_graph_names(results):
    assert base_of(to_quads(results, "http://example.org/x/")) == "http://example.org/x/"
    assert base_of(to_quads(results, "http://example.org/kg#")) == "http://example.org/kg#"
    assert base_of([]) == DEFAULT_BASE


def test_failure_leaves_previous_exports_intact(results, tmp_path, monkeypatch):
    write_exports(to_quads(results, DEFAULT_BASE), tmp_path)
    before = {name: (tmp_path / name).read_bytes() for name in EXPORT_FILES}
    real = kg.export.serialize

    def failing(data, format=None, **kw):
        if format == RdfFormat.JSON_LD:
            raise OSError("disk full")
        return real(data, format=format, **kw)

    monkeypatch.setattr(kg.export, "serialize", failing)
    with pytest.raises(OSError):
        write_exports(to_quads(results[:1], DEFAULT_BASE), tmp_path)
    assert {name: (tmp_path / name).read_bytes() for name in EXPORT_FILES} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(EXPORT_FILES)


def _cq_files() -> list[Path]:
    cq = Path(__file__).resolve().parent.parent.parent / "shared" / "spec" / "cq"
    return sorted(cq.glob("*.rq")) if cq.is_dir() else []


def test_competency_queries_are_present(shared):
    assert len(_cq_files()) >= 8


@pytest.mark.parametrize("query", _cq_files(), ids=lambda p: p.stem)
def test_competency_queries_answer_on_the_fixture(query, exports):
    store = Store()
    store.load(path=str(exports / "graph.ttl"), format=RdfFormat.TURTLE)
    rows = list(store.query(query.read_text(encoding="utf-8")))
    assert rows, f"{query.name} returned nothing"
    # rdflib, which some users run the same queries with, must agree on the row count.
    g = rdflib.Graph().parse(exports / "graph.ttl", format="turtle")
    assert len(list(g.query(query.read_text(encoding="utf-8")))) == len(rows)


_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(label=_TEXT, alt=_TEXT, sentence=_TEXT, source=_TEXT)
def test_any_text_gives_valid_exports(label, alt, sentence, source, tmp_path_factory):
    doc = Document(source, source, sentence, title=label)
    ents = (Entity("org:" + label, T.ORGANIZATION, label, (alt,)), Entity("person:" + alt, T.PERSON, alt))
    facts = (Membership(ents[1].key, ents[0].key, None, Evidence(sentence, 0, len(sentence))),)
    quads = to_quads([ArticleResult(doc, ents, facts)], DEFAULT_BASE)
    out = tmp_path_factory.mktemp("any")
    write_exports(quads, out)
    for name, fmt in FORMATS.items():
        parsed = list(parse(path=str(out / name), format=fmt))
        if name in ("graph.nq", "graph.trig"):
            assert set(parsed) == set(quads)
        else:
            assert {q.triple for q in parsed} == set(union_triples(quads))
    org = NamedNode(mint(DEFAULT_BASE, "org:" + label))
    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    assert g.value(rdflib.URIRef(org.value), rdflib.RDFS.label) == rdflib.Literal(label, lang="zh")


@pytest.mark.parametrize("base", ["http://example.org/kg#", "http://localhost:8080/kg/", "https://example.org/a/b"])
def test_other_bases_give_valid_exports(base, results, tmp_path):
    quads = to_quads(results, base)
    write_exports(quads, tmp_path)
    for name, fmt in FORMATS.items():
        assert len(list(parse(path=str(tmp_path / name), format=fmt))) > 0, name
    ttl = {q.triple for q in parse(path=str(tmp_path / "graph.ttl"), format=RdfFormat.TURTLE)}
    assert ttl == set(union_triples(quads))
