"""HTML network export without a browser: content, escaping, offline-ness and determinism."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from kg.errors import InputError
from kg.html import graph_to_network, load_triples, render_graph_file, render_html, render_triples

PREFIXES = """
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
"""

SAMPLE = PREFIXES + """
id:a1 a schema:NewsArticle ; dcterms:title "青石县卫生健康局召开会议"@zh ; kg:sourceFile "a1.txt" ;
    dcterms:creator id:p-li ; kg:mentions id:o-bureau, id:o-hosp .
id:o-bureau a org:Organization, kg:GovernmentAgency ; rdfs:label "青石县卫生健康局"@zh ;
    skos:altLabel "青石县卫健局"@zh ; kg:locatedIn id:pl-qs ; kg:carriesOut id:prog .
id:o-hosp a org:Organization, kg:MedicalInstitution ; rdfs:label "青石县人民医院"@zh ;
    org:subOrganizationOf id:o-bureau ; kg:received id:h1 .
id:o-party a org:Organization, kg:PartyOrganization ; rdfs:label "青石县卫生健康局机关党委"@zh ;
    org:subOrganizationOf id:o-bureau .
id:o-city a org:Organization, kg:GovernmentAgency ; rdfs:label "白河市卫生健康委员会"@zh .
id:p-zhou a foaf:Person ; rdfs:label "周明远"@zh .
id:p-wang a foaf:Person ; rdfs:label "王芳"@zh .
id:p-li a foaf:Person ; rdfs:label "李文"@zh .
id:r-head a org:Role ; rdfs:label "局长"@zh .
id:r-sec a org:Role ; rdfs:label "党委书记"@zh .
id:h1 a kg:Honour ; rdfs:label "先进集体"@zh .
id:prog a kg:Program ; rdfs:label "家庭医生签约服务"@zh .
id:pl-qs a kg:Place ; rdfs:label "青石县"@zh ; kg:adminLevel "county" ; schema:containedInPlace id:pl-bh .
id:pl-bh a kg:Place ; rdfs:label "白河市"@zh ; kg:adminLevel "city" .
id:m1 a org:Membership ; org:member id:p-zhou ; org:organization id:o-bureau ; org:role id:r-head ;
    kg:evidence "青石县卫生健康局局长周明远表示。"@zh ; prov:wasDerivedFrom id:a1 .
id:m2 a org:Membership ; org:member id:p-wang ; org:organization id:o-party ; org:role id:r-sec ;
    kg:former true ; kg:evidence "原党委书记王芳主持会议。"@zh ; prov:wasDerivedFrom id:a1 .
id:m3 a org:Membership ; org:member id:p-li ; org:organization id:o-hosp ;
    kg:evidence "李文在医院工作。"@zh ; prov:wasDerivedFrom id:a1 .
id:aw1 a kg:HonourAward ; kg:recipient id:o-hosp ; kg:honour id:h1 ; kg:conferredBy id:o-city ;
    kg:year "2021"^^xsd:gYear ; kg:evidence "青石县人民医院被评为2021年度先进集体。"@zh ;
    prov:wasDerivedFrom id:a1 .
"""
SAMPLE_ENTITIES = 12  # everything typed except roles, memberships and awards

PAYLOADS = [
    "<script>window.__xss=1</script>",
    "<img src=x onerror=\"window.__xss=1\">",
    "</script><script>window.__xss=1</script>",
    "\"><svg onload=window.__xss=1>",
    "<a href=\"javascript:window.__xss=1\">href</a>",
    "javascript:window.__xss=1",
    "<!--<script>window.__xss=1//",
    "\u2028\u2029'+window.__xss=1+'",
]


def _lit(s: str) -> str:
    """A Turtle string literal of s."""
    return json.dumps(s, ensure_ascii=False)


def xss_turtle() -> str:
    """A graph whose labels, names, evidence and titles are all script payloads."""
    out = [PREFIXES]
    out.append(f"id:a9 a schema:NewsArticle ; dcterms:title {_lit(PAYLOADS[2])}@zh ; "
               f"kg:sourceFile {_lit(PAYLOADS[1])} ; schema:url {_lit(PAYLOADS[5])} .")
    for i, p in enumerate(PAYLOADS):
        alt = PAYLOADS[(i + 1) % len(PAYLOADS)]
        out.append(f"id:o{i} a org:Organization, kg:GovernmentAgency ; rdfs:label {_lit(p)}@zh ; "
                   f"skos:altLabel {_lit(alt)}@zh .")
        out.append(f"id:p{i} a foaf:Person ; rdfs:label {_lit('人' + p)}@zh .")
        out.append(f"id:r{i} a org:Role ; rdfs:label {_lit(p)}@zh .")
        out.append(f"id:m{i} a org:Membership ; org:member id:p{i} ; org:organization id:o{i} ; org:role id:r{i} ; "
                   f"kg:evidence {_lit(p)}@zh ; prov:wasDerivedFrom id:a9 .")
    return "\n".join(out)


XSS_ENTITIES = 1 + 2 * len(PAYLOADS)


def parse(ttl: str) -> list:
    return list(ox.parse(ttl.encode("utf-8"), format=ox.RdfFormat.TURTLE))


def embedded(html: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert m, "no JSON data block"
    return json.loads(m.group(1))


def test_network_nodes_edges_and_labels():
    g = graph_to_network(parse(SAMPLE))
    labels = {d["label"]: d for _, d in g.nodes(data=True)}
    assert g.number_of_nodes() == SAMPLE_ENTITIES
    assert "局长" not in labels and "党委书记" not in labels  # roles become edge labels
    assert labels["青石县卫生健康局"]["cls"] == "GovernmentAgency"
    assert labels["青石县卫生健康局"]["names"] == ["青石县卫生健康局", "青石县卫健局"]
    assert labels["青石县人民医院"]["cls"] == "MedicalInstitution"
    assert labels["青石县卫生健康局召开会议"]["cls"] == "NewsArticle"
    edges = {(g.nodes[a]["label"], g.nodes[b]["label"], d["label"]): d for a, b, d in g.edges(data=True)}
    assert ("周明远", "青石县卫生健康局", "局长") in edges
    head = edges[("周明远", "青石县卫生健康局", "局长")]
    assert "证据: 青石县卫生健康局局长周明远表示。" in head["lines"]
    assert any("青石县卫生健康局召开会议" in x and "a1.txt" in x for x in head["lines"])
    assert edges[("王芳", "青石县卫生健康局机关党委", "原党委书记")]["former"] is True
    assert ("李文", "青石县人民医院", "成员") in edges
    honour = edges[("青石县人民医院", "先进集体", "荣誉")]
    assert "授予: 白河市卫生健康委员会" in honour["lines"] and "年份: 2021" in honour["lines"]
    assert ("白河市卫生健康委员会", "先进集体", "授予") in edges
    for key in [("青石县人民医院", "青石县卫生健康局", "隶属"), ("青石县卫生健康局", "青石县", "位于"),
                ("青石县", "白河市", "属于"), ("青石县卫生健康局", "家庭医生签约服务", "开展"),
                ("青石县卫生健康局召开会议", "李文", "作者")]:
        assert key in edges, key
    # kg:received duplicates the award: one edge, not two
    assert sum(1 for k in edges if k[:2] == ("青石县人民医院", "先进集体")) == 1
    assert g.nodes["https://w3id.org/healthkg/id/o-bureau"]["degree"] == g.degree("https://w3id.org/healthkg/id/o-bureau")


def test_rdflib_graph_gives_same_network():
    g1 = graph_to_network(parse(SAMPLE))
    g2 = graph_to_network(rdflib.Graph().parse(data=SAMPLE, format="turtle"))
    assert sorted(g1.nodes(data="label")) == sorted(g2.nodes(data="label"))
    assert sorted(g1.edges(keys=True)) == sorted(g2.edges(keys=True))


def _in_article_graphs(ttl: str) -> bytes:
    """The triples of ttl as canonical N-Quads, each in an article graph (as kg.graph.to_nquads writes them)."""
    quads = [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(f"https://w3id.org/healthkg/id/article/a{i % 3}"))
             for i, t in enumerate(parse(ttl))]
    return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


@pytest.mark.parametrize("ttl", [SAMPLE, xss_turtle(), PREFIXES + """
id:o1 a org:Organization ; rdfs:label "引号\\"反斜杠\\\\换行\\n制表\\t回车\\r\\u0001\\u007F𠀀"@zh ;
    skos:altLabel "无语言标签" ; kg:adminLevel "county" ; kg:year "2021"^^xsd:gYear ; kg:locatedIn id:pl1 .
"""], ids=["sample", "payloads", "escapes"])
def test_text_fast_path_reads_what_pyoxigraph_reads(ttl):
    from collections import defaultdict

    from kg.html import PLAIN_EDGES, UNSHOWN, _spo_quads, _spo_text, render_nquads
    data = _in_article_graphs(ttl)
    fast = _spo_text(data, defaultdict(set))
    slow = _spo_quads(ox.parse(data, format=ox.RdfFormat.N_QUADS), defaultdict(set))
    assert fast == {k: (v if k[1] in PLAIN_EDGES else frozenset()) for k, v in slow.items() if k[1] not in UNSHOWN}
    assert render_nquads(data) == render_html(graph_to_network(ox.parse(data, format=ox.RdfFormat.N_QUADS)))


def test_page_data_counts_and_sizes():
    html = render_triples(parse(SAMPLE))
    data = embedded(html)
    assert len(data["nodes"]) == SAMPLE_ENTITIES
    assert len(data["edges"]) == graph_to_network(parse(SAMPLE)).number_of_edges()
    sizes = {n["label"]: n["size"] for n in data["nodes"]}
    assert sizes["青石县卫生健康局"] > sizes["白河市"]  # size grows with degree
    assert {c["key"] for c in data["classes"]} >= {"GovernmentAgency", "Person", "Honour", "Place"}


def test_self_contained_no_other_hosts():
    html = render_triples(parse(SAMPLE))
    assert not re.search(r"""<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=""", html, re.I)
    assert not re.search(r"""\b(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    for host in ("bootstrap", "cdnjs", "jsdelivr", "unpkg"):
        assert host not in html.lower()
    assert "vis.Network" in html and "forceAtlas2Based" in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert len(re.findall(r"<script\b[^>]*>", html)) - html.count('"<script>"') == 3


def test_payloads_never_reach_markup_unescaped():
    html = render_triples(parse(xss_turtle()))
    data_block = re.search(r'id="kg-data">(.*?)</script>', html, re.S).group(1)
    for p in PAYLOADS:
        if re.search(r"[<>&\u2028\u2029]", p):
            assert p not in html
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in data_block
    assert html.count("</script>") == 3  # nothing in the data ends a script block early
    data = embedded(html)
    assert len(data["nodes"]) == XSS_ENTITIES
    assert {n["label"] for n in data["nodes"]} >= set(PAYLOADS)  # kept verbatim as data
    assert any(PAYLOADS[1] in line for e in data["edges"] for line in e["lines"])
    page_js = (Path(__file__).resolve().parent.parent / "kg" / "static" / "page.js").read_text(encoding="utf-8")
    assert "innerHTML" not in page_js and "insertAdjacentHTML" not in page_js


def test_deterministic_bytes(tmp_path):
    a = render_triples(parse(SAMPLE))
    shuffled = list(reversed(parse(SAMPLE)))
    assert render_triples(shuffled) == a
    f = tmp_path / "g.ttl"
    f.write_text(SAMPLE, encoding="utf-8")
    render_graph_file(f, tmp_path / "x.html")
    render_graph_file(f, tmp_path / "y.html")
    assert (tmp_path / "x.html").read_bytes() == (tmp_path / "y.html").read_bytes() == a.encode("utf-8")


def test_load_formats(tmp_path):
    store = ox.Store()
    g = ox.NamedNode("https://w3id.org/healthkg/id/a1")
    for t in parse(SAMPLE):
        store.add(ox.Quad(t.subject, t.predicate, t.object, g))
    for suffix, fmt in ((".nq", ox.RdfFormat.N_QUADS), (".trig", ox.RdfFormat.TRIG)):
        f = tmp_path / f"g{suffix}"
        store.dump(output=str(f), format=fmt)
        net = graph_to_network(load_triples(f))
        assert net.number_of_nodes() == SAMPLE_ENTITIES
        # plain relations get their article from the named graph holding them
        sub = [d for _, _, d in net.edges(data=True) if d["label"] == "隶属"]
        assert sub and all("来源: 《青石县卫生健康局召开会议》 a1.txt" in d["lines"] for d in sub)


def test_missing_and_broken_files_name_the_file(tmp_path):
    with pytest.raises(InputError, match="nope.ttl"):
        render_graph_file(tmp_path / "nope.ttl", tmp_path / "o.html")
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix x: <y> . this is not turtle", encoding="utf-8")
    with pytest.raises(InputError, match="bad.ttl"):
        render_graph_file(bad, tmp_path / "o.html")
    assert not (tmp_path / "o.html").exists()


def test_empty_graph_renders():
    html = render_html(graph_to_network([]))
    assert embedded(html)["nodes"] == []


def test_cli_html(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    f = tmp_path / "g.ttl"
    f.write_text(SAMPLE, encoding="utf-8")
    out = tmp_path / "sub" / "n.html"
    r = CliRunner().invoke(main, ["html", str(f), "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert len(embedded(out.read_text(encoding="utf-8"))["nodes"]) == SAMPLE_ENTITIES
    r = CliRunner().invoke(main, ["html", str(tmp_path / "missing.ttl"), "--out", str(out)])
    assert r.exit_code != 0 and "missing.ttl" in r.output
