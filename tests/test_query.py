"""kg.query and `kg query`: reading queries and graphs, union default graph, errors, table/CSV/JSON output."""
from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError, QueryError
from kg.query import _width, format_results, load_store, read_query, run_query
from test_cookbook import ROOT, write_fixture

P = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX org: <http://www.w3.org/ns/org#> "


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    return write_fixture(tmp_path_factory.mktemp("query"))


def _labels(store, cls: str) -> list[str]:
    q = P + f"PREFIX kg: <https://w3id.org/healthkg/ontology#> SELECT ?n WHERE {{ ?x a {cls} ; rdfs:label ?n }}"
    return sorted(row[0].value for row in run_query(store, q).rows)


def test_read_query_file_string_and_missing(tmp_path):
    f = tmp_path / "q.rq"
    f.write_text("ASK {}", encoding="utf-8")
    assert read_query(str(f)) == "ASK {}"
    assert read_query("SELECT * WHERE { ?s ?p ?o }") == "SELECT * WHERE { ?s ?p ?o }"
    with pytest.raises(InputError, match=r"nope\.rq.*does not exist"):
        read_query(str(tmp_path / "nope.rq"))


def test_every_format_gives_the_same_union(graphs):
    by_format = {k: _labels(load_store(p), "org:Organization") for k, p in graphs.items()}
    assert by_format["nq"] == by_format["trig"] == by_format["ttl"]
    # one row per organisation although three articles state 青石县卫生健康局: a set, not a bag
    assert by_format["nq"].count("青石县卫生健康局") == 1
    assert len(by_format["nq"]) == 4


def test_named_graphs_stay_addressable(graphs):
    store = load_store(graphs["nq"])
    q = P + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?x rdfs:label \"青石县卫生健康局\"@zh } }"
    assert len(run_query(store, q)) == 3
    q = P + ("SELECT ?n FROM <https://w3id.org/healthkg/id/article-a3> "
             "WHERE { ?x a org:Organization ; rdfs:label ?n }")
    assert sorted(r[0].value for r in run_query(store, q).rows) == ["白河市卫生健康委员会", "青石县卫生健康局"]


def test_load_errors_name_file_and_line(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_store(tmp_path / "absent.nq")
    bad = tmp_path / "bad.ttl"
    bad.write_text('@prefix ex: <http://ex.org/> .\nex:a ex:b "ok" .\nex:a ex:b <has space> .\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.ttl: line 3"):
        load_store(bad)
    with pytest.raises(InputError, match=r"expected one of .ttl"):
        load_store(tmp_path / "graph.csv")


def test_syntax_error_gives_line_and_column(graphs):
    store = load_store(graphs["ttl"])
    with pytest.raises(QueryError, match=r"line 4, column \d+") as e:
        run_query(store, "SELECT ?x\nWHERE {\n  ?x ?y\n}")
    assert "^" in str(e.value)
    with pytest.raises(QueryError, match="update"):
        run_query(store, "INSERT DATA { <http://a> <http://b> <http://c> }")


def test_table_aligns_chinese_by_display_width(graphs):
    store = load_store(graphs["nq"])
    q = P + "SELECT ?org ?name WHERE { ?org a org:Organization ; rdfs:label ?name } ORDER BY ?name"
    text = format_results(run_query(store, q), "table")
    lines = text.splitlines()
    assert lines[0].split() == ["org", "name"]
    assert lines[-1] == "(4 rows)"
    assert "id:org-qswjj" in text  # IRIs shortened with the vocabulary's prefixes
    # every name column starts at the same display column
    starts = {_width(line[:line.index(name)]) for line in lines[2:-1] for name in [line.split()[1]]}
    assert len(starts) == 1
    assert _width("青石县") == 6 and _width("abc") == 3


def test_csv_and_json_follow_sparql_results(graphs):
    store = load_store(graphs["nq"])
    q = P + ("PREFIX kg: <https://w3id.org/healthkg/ontology#> "
             "SELECT ?a ?year ?ev ?none WHERE { ?a kg:year ?year ; kg:evidence ?ev . OPTIONAL { ?a kg:nothing ?none } }"
             " ORDER BY ?year")
    result = run_query(store, q)
    rows = list(csv.reader(io.StringIO(format_results(result, "csv"))))
    assert rows[0] == ["a", "year", "ev", "none"]
    assert rows[1][1] == "2020" and rows[1][2].startswith("王芳") and rows[1][3] == ""
    assert format_results(result, "csv").count("\r\n") == 3
    doc = json.loads(format_results(result, "json"))
    assert doc["head"]["vars"] == ["a", "year", "ev", "none"]
    b = doc["results"]["bindings"][0]
    assert b["year"] == {"type": "literal", "value": "2020", "datatype": "http://www.w3.org/2001/XMLSchema#gYear"}
    assert b["ev"]["xml:lang"] == "zh" and "none" not in b
    # pyoxigraph's own parser of the SPARQL JSON results format accepts it
    parsed = ox.parse_query_results(format_results(result, "json").encode(), format=ox.QueryResultsFormat.JSON)
    assert len(list(parsed)) == 2


def test_ask_and_construct(graphs):
    store = load_store(graphs["nq"])
    ask = run_query(store, P + "ASK { ?x rdfs:label \"周明远\"@zh }")
    assert format_results(ask, "table") == "true\n"
    assert json.loads(format_results(ask, "json")) == {"head": {}, "boolean": True}
    con = run_query(store, P + "CONSTRUCT { ?x rdfs:label ?n } WHERE { ?x a org:Role ; rdfs:label ?n }")
    assert con.kind == "graph" and len(con) == 5
    assert format_results(con, "table").splitlines()[0].split() == ["subject", "predicate", "object"]


def test_cli_query(graphs, tmp_path):
    runner = CliRunner()
    r = runner.invoke(main, ["query", str(graphs["nq"]), str(ROOT / "queries" / "leaders.rq"), "--format", "csv"])
    assert r.exit_code == 0, r.output
    assert "周明远" in r.output
    r = runner.invoke(main, ["query", str(graphs["nq"]), "SELECT ?x WHERE { ?x"])
    assert r.exit_code == 2 and "line 1, column" in r.output
    r = runner.invoke(main, ["query", str(graphs["nq"]), str(tmp_path / "missing.rq")])
    assert r.exit_code == 2 and "missing.rq" in r.output
    r = runner.invoke(main, ["query", str(tmp_path / "missing.nq"), "ASK {}"])
    assert r.exit_code == 2 and "missing.nq" in r.output
