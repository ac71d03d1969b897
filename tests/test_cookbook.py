"""The cookbook queries/*.rq: each documented, parsable and answering on a small graph of the builder's shape."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.query import format_results, load_store, read_query, run_query

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted((ROOT / "queries").glob("*.rq"))
EXPORTS = ROOT / "exports"

# Three invented articles in the shape `kg build` emits: one named graph per article, named by its IRI.
FIXTURE_TRIG = """
@prefix kg:      <https://w3id.org/healthkg/ontology#> .
@prefix org:     <http://www.w3.org/ns/org#> .
@prefix foaf:    <http://xmlns.com/foaf/0.1/> .
@prefix schema:  <https://schema.org/> .
@prefix prov:    <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix id:      <https://w3id.org/healthkg/id/> .

id:article-a1 {
  id:article-a1 a schema:NewsArticle ; dcterms:title "青石县卫生健康局纪实"@zh ; kg:sourceFile "a1.txt" ;
      dcterms:creator id:person-liwen ;
      kg:mentions id:org-qswjj, id:org-qsyy, id:org-bhwjw, id:person-zhou, id:person-liwen .
  id:person-liwen a foaf:Person ; rdfs:label "李文"@zh .
  id:org-qswjj a org:Organization, kg:GovernmentAgency ; rdfs:label "青石县卫生健康局"@zh ;
      skos:altLabel "青石县卫健局"@zh ; kg:locatedIn id:place-qs ; kg:carriesOut id:prog-jtys .
  id:org-qsyy a org:Organization, kg:MedicalInstitution ; rdfs:label "青石县人民医院"@zh ;
      org:subOrganizationOf id:org-qswjj ; kg:locatedIn id:place-qs ; kg:carriesOut id:prog-jtys ;
      kg:received id:honour-xjjt .
  id:org-bhwjw a org:Organization, kg:GovernmentAgency ; rdfs:label "白河市卫生健康委员会"@zh ;
      skos:altLabel "白河市卫健委"@zh ; kg:locatedIn id:place-bh .
  id:person-zhou a foaf:Person ; rdfs:label "周明远"@zh .
  id:role-jz a org:Role ; rdfs:label "局长"@zh .
  id:role-dzsj a org:Role ; rdfs:label "党组书记"@zh .
  id:honour-xjjt a kg:Honour ; rdfs:label "先进集体"@zh .
  id:prog-jtys a kg:Program ; rdfs:label "家庭医生签约服务"@zh .
  id:place-qs a kg:Place ; rdfs:label "青石县"@zh ; kg:adminLevel "county" ; schema:containedInPlace id:place-bh .
  id:place-bh a kg:Place ; rdfs:label "白河市"@zh ; kg:adminLevel "city" ; schema:containedInPlace id:place-dc .
  id:place-dc a kg:Place ; rdfs:label "东川省"@zh ; kg:adminLevel "province" .
  id:m1 a org:Membership ; org:member id:person-zhou ; org:organization id:org-qswjj ; org:role id:role-jz ;
      prov:wasDerivedFrom id:article-a1 ; kg:evidence "青石县卫生健康局党组书记、局长周明远表示。"@zh ;
      kg:evidenceStart 0 ; kg:evidenceEnd 21 .
  id:m2 a org:Membership ; org:member id:person-zhou ; org:organization id:org-qswjj ; org:role id:role-dzsj ;
      prov:wasDerivedFrom id:article-a1 ; kg:evidence "青石县卫生健康局党组书记、局长周明远表示。"@zh ;
      kg:evidenceStart 0 ; kg:evidenceEnd 21 .
  id:aw1 a kg:HonourAward ; kg:recipient id:org-qsyy ; kg:honour id:honour-xjjt ; kg:conferredBy id:org-bhwjw ;
      kg:year "2021"^^xsd:gYear ; prov:wasDerivedFrom id:article-a1 ;
      kg:evidence "青石县人民医院被白河市卫健委评为2021年度先进集体。"@zh ; kg:evidenceStart 21 ; kg:evidenceEnd 48 .
}

id:article-a2 {
  id:article-a2 a schema:NewsArticle ; dcterms:title "机关党委会议"@zh ; kg:sourceFile "a2.txt" ;
      dcterms:creator id:person-liwen ; kg:mentions id:org-qsdw, id:org-qswjj, id:person-wang .
  id:person-liwen a foaf:Person ; rdfs:label "李文"@zh .
  id:org-qswjj a org:Organization, kg:GovernmentAgency ; rdfs:label "青石县卫生健康局"@zh .
  id:org-qsdw a org:Organization, kg:PartyOrganization ; rdfs:label "青石县卫生健康局机关党委"@zh ;
      skos:altLabel "局机关党委"@zh ; org:subOrganizationOf id:org-qswjj ; kg:carriesOut id:prog-dsxx .
  id:person-wang a foaf:Person ; rdfs:label "王芳"@zh ; kg:received id:honour-sbhqs .
  id:role-dwsj a org:Role ; rdfs:label "党委书记"@zh ; skos:altLabel "书记"@zh .
  id:role-fjz a org:Role ; rdfs:label "副局长"@zh .
  id:prog-dsxx a kg:Program ; rdfs:label "党史学习教育"@zh .
  id:honour-sbhqs a kg:Honour ; rdfs:label "白河市三八红旗手"@zh .
  id:m3 a org:Membership ; org:member id:person-wang ; org:organization id:org-qsdw ; org:role id:role-dwsj ;
      kg:former true ; prov:wasDerivedFrom id:article-a2 ;
      kg:evidence "原局机关党委书记王芳主持会议。"@zh ; kg:evidenceStart 0 ; kg:evidenceEnd 15 .
  id:m4 a org:Membership ; org:member id:person-wang ; org:organization id:org-qswjj ; org:role id:role-fjz ;
      prov:wasDerivedFrom id:article-a2 ; kg:evidence "副局长王芳出席。"@zh ; kg:evidenceStart 15 ; kg:evidenceEnd 23 .
  id:aw2 a kg:HonourAward ; kg:recipient id:person-wang ; kg:honour id:honour-sbhqs ; kg:year "2020"^^xsd:gYear ;
      prov:wasDerivedFrom id:article-a2 ; kg:evidence "王芳曾获白河市三八红旗手称号。"@zh ;
      kg:evidenceStart 23 ; kg:evidenceEnd 38 .
}

id:article-a3 {
  id:article-a3 a schema:NewsArticle ; dcterms:title "白河市卫健委推进家庭医生签约服务"@zh ; kg:sourceFile "a3.txt" ;
      kg:mentions id:org-bhwjw, id:org-qswjj, id:person-chen .
  id:org-bhwjw a org:Organization, kg:GovernmentAgency ; rdfs:label "白河市卫生健康委员会"@zh ;
      kg:carriesOut id:prog-jtys, id:prog-dsxx .
  id:org-qswjj a org:Organization, kg:GovernmentAgency ; rdfs:label "青石县卫生健康局"@zh .
  id:prog-jtys a kg:Program ; rdfs:label "家庭医生签约服务"@zh .
  id:prog-dsxx a kg:Program ; rdfs:label "党史学习教育"@zh .
  id:person-chen a foaf:Person ; rdfs:label "陈立"@zh .
  id:role-zr a org:Role ; rdfs:label "主任"@zh .
  id:m5 a org:Membership ; org:member id:person-chen ; org:organization id:org-bhwjw ; org:role id:role-zr ;
      prov:wasDerivedFrom id:article-a3 ; kg:evidence "白河市卫健委主任陈立介绍。"@zh ;
      kg:evidenceStart 0 ; kg:evidenceEnd 13 .
}
"""


def write_fixture(folder: Path) -> dict[str, Path]:
    """Write the fixture as graph.trig, graph.nq and graph.ttl (the union) in folder, like `kg build`."""
    folder.mkdir(parents=True, exist_ok=True)
    trig = folder / "graph.trig"
    trig.write_text(FIXTURE_TRIG, encoding="utf-8")
    quads = list(ox.parse(FIXTURE_TRIG.encode("utf-8"), format=ox.RdfFormat.TRIG))
    nq = folder / "graph.nq"
    nq.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
    ttl = folder / "graph.ttl"
    ttl.write_bytes(ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.TURTLE,
                                 prefixes={"kg": "https://w3id.org/healthkg/ontology#",
                                           "id": "https://w3id.org/healthkg/id/"}))
    return {"trig": trig, "nq": nq, "ttl": ttl}


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory):
    paths = write_fixture(tmp_path_factory.mktemp("cookbook"))
    return load_store(paths["nq"])


def test_at_least_twelve_queries():
    assert len(QUERIES) >= 12, [q.name for q in QUERIES]


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_is_documented_in_both_languages(path: Path):
    text = path.read_text(encoding="utf-8")
    assert re.search(r"^# zh: \S", text, re.M), f"{path.name} lacks its '# zh:' question"
    assert re.search(r"^# en: \S", text, re.M), f"{path.name} lacks its '# en:' question"
    assert not re.search(r"lang\([^)]*\)\s*=", text), "compare languages with langMatches, not lang() ="
    readme = (ROOT / "docs" / "querying.md").read_text(encoding="utf-8")
    assert f"queries/{path.name}" in readme, f"{path.name} is missing from docs/querying.md"


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_answers_on_fixture(path: Path, fixture_store):
    result = run_query(fixture_store, read_query(str(path)))
    assert result.kind == "select"
    assert len(result) > 0, f"{path.name} returned no rows on the fixture graph"
    for fmt in ("table", "csv", "json"):
        assert format_results(result, fmt)


def _rows(store, name: str) -> list[dict[str, str]]:
    result = run_query(store, read_query(str(ROOT / "queries" / name)))
    return [{v: (t.value if t is not None else None) for v, t in zip(result.variables, row)}
            for row in result.rows]


def test_leaders_give_posts_and_skip_deputies_and_former(fixture_store):
    rows = _rows(fixture_store, "leaders.rq")
    by_person = {r["personName"]: r for r in rows}
    assert set(by_person["周明远"]["posts"].split("、")) == {"局长", "党组书记"}
    assert by_person["周明远"]["orgName"] == "青石县卫生健康局"
    assert by_person["陈立"]["posts"] == "主任"
    assert "王芳" not in by_person  # a deputy post and a former post are not leading posts


def test_honoured_units_name_the_agency_conferrer_and_year(fixture_store):
    rows = _rows(fixture_store, "honoured_units.rq")
    assert {"agencyName": "青石县卫生健康局", "unitName": "青石县人民医院", "honourName": "先进集体",
            "byName": "白河市卫生健康委员会", "year": "2021"}.items() <= rows[0].items()


def test_top_programme_is_the_one_run_by_most(fixture_store):
    rows = _rows(fixture_store, "top_programs.rq")
    assert rows[0]["programName"] == "家庭医生签约服务" and rows[0]["organisations"] == "3"


def test_multiple_posts_and_former_posts(fixture_store):
    assert {r["personName"] for r in _rows(fixture_store, "multiple_posts.rq")} == {"周明远", "王芳"}
    former = _rows(fixture_store, "former_posts.rq")
    assert [(r["personName"], r["roleName"]) for r in former] == [("王芳", "党委书记")]


def test_article_facts_come_with_evidence(fixture_store):
    rows = _rows(fixture_store, "article_facts.rq")
    assert {r["file"] for r in rows} == {"a1.txt"}
    assert all(r["evidence"] for r in rows)
    assert len(rows) == 3


def test_article_graph_reads_one_named_graph(fixture_store):
    rows = _rows(fixture_store, "article_graph.rq")
    assert {r["article"] for r in rows} == {"https://w3id.org/healthkg/id/article-a1"}
    assert not any("article-a2" in r["s"] for r in rows)


def test_hierarchies(fixture_store):
    orgs = {(r["orgName"], r["parentName"], r["levelsUp"]) for r in _rows(fixture_store, "org_hierarchy.rq")}
    assert ("青石县人民医院", "青石县卫生健康局", "1") in orgs
    places = {(r["placeName"], r["aboveName"]) for r in _rows(fixture_store, "place_hierarchy.rq")}
    assert {("青石县", "白河市"), ("青石县", "东川省"), ("白河市", "东川省")} <= places
    counts = {(r["placeName"], r["class"].rsplit("#")[-1], r["organisations"])
              for r in _rows(fixture_store, "orgs_by_place.rq")}
    assert ("白河市", "GovernmentAgency", "2") in counts  # its own body and the county's


def test_aliases_and_party_orgs(fixture_store):
    alias = {r["name"]: r["otherNames"] for r in _rows(fixture_store, "aliases.rq")}
    assert alias["白河市卫生健康委员会"] == "白河市卫健委"
    party = _rows(fixture_store, "party_orgs.rq")
    assert party[0]["partyName"] == "青石县卫生健康局机关党委" and party[0]["secretaries"] == "王芳"


# Facts the five sample articles do not state, so these may rightly be empty on their build.
NOT_IN_SAMPLE = {
    "former_posts.rq": "no sample article says a post is no longer held (原…, 免去…)",
}


@pytest.fixture(scope="module")
def sample_store():
    for name in ("graph.nq", "graph.trig", "graph.ttl"):
        if (EXPORTS / name).is_file():
            return load_store(EXPORTS / name)
    pytest.skip("no sample corpus build in exports/ (run `kg build corpus --out exports`)")


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.stem)
def test_query_answers_on_sample_build(path: Path, sample_store):
    result = run_query(sample_store, read_query(str(path)))
    if path.name in NOT_IN_SAMPLE:
        pytest.skip(NOT_IN_SAMPLE[path.name])
    if path.name == "article_graph.rq" and not next(iter(sample_store.named_graphs()), None):
        pytest.skip("exports/ has only graph.ttl, which keeps no per-article named graphs")
    assert len(result) > 0, f"{path.name} returned no rows on the sample corpus build"


# Cookbook queries that must answer on the graph the project's own builder makes of conftest's articles.
ON_BUILDER_GRAPH = ["leaders.rq", "people_posts.rq", "former_posts.rq", "staff.rq", "party_orgs.rq",
                    "honoured_units.rq", "honours_received.rq", "honours_by_conferrer.rq", "top_programs.rq",
                    "org_hierarchy.rq", "place_hierarchy.rq", "orgs_by_place.rq", "article_facts.rq",
                    "article_graph.rq", "authors.rq", "most_mentioned.rq", "aliases.rq"]


def test_cookbook_on_the_builders_own_graph(tmp_path):
    graph = pytest.importorskip("kg.graph", reason="the graph builder (kg/graph.py) is not there yet")
    from conftest import make_results

    nq = tmp_path / "graph.nq"
    nq.write_bytes(ox.serialize(graph.to_quads(make_results()), format=ox.RdfFormat.N_QUADS))
    store = load_store(nq)
    empty = [p.name for p in QUERIES
             if p.name in ON_BUILDER_GRAPH and len(run_query(store, read_query(str(p)))) == 0]
    assert empty == [], f"no rows on the builder's graph of conftest's articles: {empty}"
