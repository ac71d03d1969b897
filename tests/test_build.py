"""End-to-end: a small corpus written here is built through the CLI and checked against expected facts."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.build import build_corpus
from kg.cli import main

ARTICLE_A = """安吉县卫生健康局 守护群众健康

周明远 林晓燕

今年以来，县卫生健康局坚持以人民为中心，扎实开展“健康进万家”活动。
2021年，县人民医院被湖州市卫生健康委员会评为先进集体。
县卫生健康局党委书记、局长陈立新表示，要深入开展爱国卫生运动。
"""
ARTICLE_B = """湖州市卫健委推进改革纪实

湖州市卫健委党委书记、主任钱文静表示，全市深入推进家庭医生签约服务。
安吉县卫生健康局获评浙江省规范化卫生健康监督机构。（孙一鸣）
"""

PREFIXES = """PREFIX kg: <https://w3id.org/healthkg/ontology#> PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX schema: <https://schema.org/>
PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    c = tmp_path / "corpus"
    c.mkdir()
    (c / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (c / "b.txt").write_bytes(ARTICLE_B.encode("gb18030"))
    return c


def store(path: Path) -> ox.Store:
    s = ox.Store()
    s.load(path=str(path), format=ox.RdfFormat.from_extension(path.suffix[1:]))
    return s


def rows(s: ox.Store, q: str) -> set[tuple]:
    return {tuple(None if v is None else v.value for v in r) for r in s.query(PREFIXES + q)}


def test_build_writes_every_export_and_expected_facts(corpus, tmp_path):
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--no-progress"])
    assert r.exit_code == 0, r.output
    for name in ("graph.ttl", "graph.nq", "graph.trig", "graph.jsonld", "graph.html", "report.json", "resolution.tsv"):
        assert (out / name).stat().st_size > 0, name
    s = store(out / "graph.ttl")
    assert ("陈立新", "局长", "安吉县卫生健康局") in rows(s, """SELECT ?p ?r ?o WHERE {
        ?m org:member/rdfs:label ?p ; org:role/rdfs:label ?r ; org:organization/rdfs:label ?o }""")
    # the same agency named in both articles is one node, with both surface forms
    agency = rows(s, "SELECT ?a WHERE { ?a rdfs:label '安吉县卫生健康局'@zh }")
    assert len(agency) == 1
    assert ("湖州市卫生健康委员会", "湖州市卫健委") in rows(s, """SELECT ?l ?alt WHERE {
        ?o rdfs:label ?l ; skos:altLabel ?alt . FILTER(?l = '湖州市卫生健康委员会'@zh) }""")
    assert ("安吉县人民医院", "先进集体", "湖州市卫生健康委员会", "2021") in rows(s, """SELECT ?r ?h ?b ?y WHERE {
        ?a kg:recipient/rdfs:label ?r ; kg:honour/rdfs:label ?h ; kg:conferredBy/rdfs:label ?b ; kg:year ?y }""")
    authors = rows(s, "SELECT ?f ?n WHERE { ?a kg:sourceFile ?f ; dcterms:creator/rdfs:label ?n }")
    assert authors == {("a.txt", "周明远"), ("a.txt", "林晓燕"), ("b.txt", "孙一鸣")}
    # every membership and award carries its evidence and offsets into its article
    ev = rows(s, """SELECT ?e ?s ?t ?text WHERE { ?m kg:evidence ?e ; kg:evidenceStart ?s ; kg:evidenceEnd ?t ;
        prov:wasDerivedFrom ?a }""")
    assert ev and all(int(a) < int(b) for _, a, b, _ in ev)
    report = json.loads((out / "report.json").read_text())
    assert report["articles"] == 2 and report["skipped"] == 0
    assert {f["file"] for f in report["files"]} == {"a.txt", "b.txt"}
    assert set(report["timings"]) >= {"read", "extract", "graph", "write"}


def test_evidence_offsets_point_into_the_article(corpus, tmp_path):
    out = tmp_path / "out"
    build_corpus(corpus, out, use_cache=False, progress=False)
    s = store(out / "graph.ttl")
    for _, start, end, text in rows(s, """SELECT ?m ?s ?e ?t WHERE { ?m kg:evidenceStart ?s ; kg:evidenceEnd ?e ;
            kg:evidence ?t ; prov:wasDerivedFrom/kg:sourceFile "a.txt" }"""):
        assert ARTICLE_A.strip("\n")[int(start):int(end)] == text or ARTICLE_A[int(start):int(end)] == text


def test_named_graphs_union_is_the_turtle(corpus, tmp_path):
    out = tmp_path / "out"
    build_corpus(corpus, out, use_cache=False, progress=False)
    nq = store(out / "graph.nq")
    graphs = {q.graph_name for q in nq}
    assert len(graphs) == 2
    union = {q.triple for q in nq}
    assert union == {q.triple for q in store(out / "graph.ttl")}


def test_rebuild_is_byte_identical_and_uses_the_cache(corpus, tmp_path):
    out1, out2 = tmp_path / "o1", tmp_path / "o2"
    build_corpus(corpus, out1, progress=False, jobs=1)
    build_corpus(corpus, out2, progress=False, jobs=2, use_cache=False)
    for name in ("graph.ttl", "graph.nq", "graph.trig", "graph.jsonld", "graph.html", "resolution.tsv"):
        assert (out1 / name).read_bytes() == (out2 / name).read_bytes(), name
    again = build_corpus(corpus, out1, progress=False)
    assert again["cache_hits"] == 2


def test_bad_inputs_are_named_and_others_still_build(corpus, tmp_path):
    (corpus / "empty.txt").write_text("   \n")
    (corpus / "blob.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--no-progress"])
    assert r.exit_code == 3, r.output
    assert "empty.txt" in r.output and "blob.txt" in r.output
    report = json.loads((out / "report.json").read_text())
    reasons = {f["file"]: f.get("reason") for f in report["files"] if f["status"] != "ok"}
    assert set(reasons) == {"empty.txt", "blob.txt"} and all(reasons.values())
    assert report["articles"] == 2


def test_missing_corpus_is_a_usage_error(tmp_path):
    r = CliRunner().invoke(main, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert r.exit_code == 2 and "does not exist" in r.output


def test_bad_base_iri_is_refused(corpus, tmp_path):
    r = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "o"), "--base-iri", "not an iri"])
    assert r.exit_code == 2 and "base IRI" in r.output
    assert not (tmp_path / "o" / "graph.ttl").exists()


def test_base_iri_is_used(corpus, tmp_path):
    out = tmp_path / "o"
    r = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--base-iri", "http://example.org/kg/"])
    assert r.exit_code == 0, r.output
    subjects = {q.subject.value for q in store(out / "graph.nq") if isinstance(q.subject, ox.NamedNode)}
    assert subjects and all(s.startswith("http://example.org/kg/") for s in subjects)


def test_aliases_file_forces_a_merge(corpus, tmp_path):
    (corpus / "aliases.toml").write_text('[merge]\n"湖州市卫健委" = "湖州市卫生和健康委员会"\n', encoding="utf-8")
    out = tmp_path / "o"
    build_corpus(corpus, out, use_cache=False, progress=False)
    s = store(out / "graph.ttl")
    assert rows(s, "SELECT ?o WHERE { ?o rdfs:label '湖州市卫生和健康委员会'@zh }")
    assert "aliases.toml" in (out / "resolution.tsv").read_text()


def test_interrupted_build_leaves_previous_exports(corpus, tmp_path):
    out = tmp_path / "o"
    build_corpus(corpus, out, use_cache=False, progress=False)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    big = corpus / "big.txt"
    big.write_text(("安吉县人民医院党委书记、院长陈立新表示，医院坚持改革。\n" * 4000), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--no-cache",
                             "--jobs", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=3)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    # either the build finished (then every export is new and whole) or nothing was replaced (a staged file
    # left behind is no export: the next build removes it)
    if after != before:
        assert json.loads(after["report.json"])["articles"] == 3
    # a killed process cannot remove the temporary it was writing; it is hidden, and the next build removes it
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp") and not p.name.startswith(".")]
    build_corpus(corpus, out, use_cache=False, progress=False)
    assert not [p for p in out.iterdir() if p.name.endswith((".tmp", ".staged"))]


def test_mentions_command_prints_json_lines():
    r = CliRunner().invoke(main, ["mentions", "-"], input="安吉县卫生健康局局长周明远表示\n\n")
    assert r.exit_code == 0
    lines = [json.loads(l) for l in r.output.splitlines()]
    assert len(lines) == 2 and lines[1]["mentions"] == []
    m = {(x["text"], x["type"]) for x in lines[0]["mentions"]}
    assert ("周明远", "Person") in m and ("局长", "Role") in m and ("安吉县卫生健康局", "GovernmentAgency") in m
    text = lines[0]["text"]
    assert all(text[x["start"]:x["end"]] == x["text"] for x in lines[0]["mentions"])


def test_every_command_is_documented():
    for name, cmd in main.commands.items():
        assert cmd.help and "Example" in cmd.help, name


def test_build_help_documents_exit_status():
    r = CliRunner().invoke(main, ["build", "--help"])
    assert "Exit status" in r.output and "3" in r.output


def test_sample_corpus_builds_and_answers_every_competency_question(tmp_path, shared):
    root = Path(__file__).resolve().parent.parent
    out = tmp_path / "o"
    build_corpus(root / "corpus", out, progress=False, use_cache=False)
    s = store(out / "graph.ttl")
    for q in sorted((shared / "spec" / "cq").glob("*.rq")):
        assert list(s.query(q.read_text(encoding="utf-8"))), q.name


def test_real_news_items_build_into_a_conforming_graph(tmp_path, shared):
    """Real text no one here wrote: the first 300 health news items build, conform to the shapes, and parse."""
    from kg.validate import validate_file
    src = shared / "data" / "xwlb" / "xwlb_health.jsonl"
    if not src.exists():
        pytest.skip("xwlb_health.jsonl is absent")
    corpus = tmp_path / "news"
    corpus.mkdir()
    with src.open(encoding="utf-8") as f, (corpus / "news.jsonl").open("w", encoding="utf-8") as out:
        for _, line in zip(range(300), f):
            out.write(line)
    report = build_corpus(corpus, tmp_path / "o", use_cache=False, progress=False)
    assert report["articles"] == 300 and report["counts"]["relations"].get("org:Membership", 0) > 20
    conforms, text = validate_file(tmp_path / "o" / "graph.ttl", None)
    assert conforms, text[:2000]
    s = store(tmp_path / "o" / "graph.ttl")
    dates = rows(s, "SELECT ?d WHERE { ?a a schema:NewsArticle ; dcterms:date ?d }")
    assert len(dates) >= 1


def test_every_place_of_the_gazetteer_has_its_own_identity():
    """Districts of a special administrative region share its admin code in the gazetteer; keys must not."""
    from kg.gazetteer import gazetteer
    g = gazetteer()
    seen: dict[str, str] = {}
    for name, places in g.by_name.items():
        for p in places:
            assert seen.setdefault(p.code, p.name) == p.name, (p.code, p.name, seen[p.code])


def test_a_build_clears_the_temporaries_a_killed_build_left(tmp_path):
    from kg.build import build_corpus
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("标题\n江南市卫生健康委员会召开会议。\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    stale = [out / ".graph.ttl.abc123.tmp", out / ".graph.html.999.staged"]
    for p in stale:
        p.write_bytes(b"half")
    build_corpus(corpus, out, jobs=1, progress=False)
    assert not any(p.exists() for p in stale)
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".") and p.is_file()) == []


def test_exports_the_forked_child_fails_to_make_are_made_here(tmp_path, monkeypatch):
    import os

    import kg.build as b
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("标题\n江南市卫生健康委员会召开会议。\n", encoding="utf-8")
    good = tmp_path / "good"
    build_corpus(corpus, good, jobs=1, progress=False)
    parent, real = os.getpid(), b._run_jobs

    def dies_in_the_child(*args):
        if os.getpid() != parent:
            os._exit(1)                 # the child fails before writing anything
        real(*args)
    monkeypatch.setattr(b, "_run_jobs", dies_in_the_child)
    out = tmp_path / "out"
    build_corpus(corpus, out, jobs=1, progress=False, use_cache=False)
    for name in ("graph.html", "graph.trig", "graph.ttl"):
        assert (out / name).read_bytes() == (good / name).read_bytes(), name
    assert not [p.name for p in out.iterdir() if p.name.endswith((".staged", ".tmp"))]


def test_an_article_the_extractor_fails_on_is_named_and_the_others_still_build(corpus, tmp_path, monkeypatch):
    import kg.pipeline
    real = kg.pipeline.extract_document

    def failing(doc):
        if "钱文静" in doc.text:
            raise ValueError("a rule met text it did not expect")
        return real(doc)

    monkeypatch.setattr(kg.pipeline, "extract_document", failing)
    out = tmp_path / "out"
    r = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--no-progress", "--jobs", "1"])
    assert r.exit_code == 3, r.output
    assert "b.txt" in r.output and "extraction failed: ValueError: a rule met text it did not expect" in r.output
    report = json.loads((out / "report.json").read_text())
    assert report["articles"] == 1 and report["skipped"] == 1
    assert (out / "graph.ttl").exists() and "陈立新" in (out / "graph.ttl").read_text(encoding="utf-8")
    # nothing of the failed article is cached: a build with the rules mended reads it again
    monkeypatch.setattr(kg.pipeline, "extract_document", real)
    again = build_corpus(corpus, out, progress=False, jobs=1)
    assert again["articles"] == 2 and again["skipped"] == 0
