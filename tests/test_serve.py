"""`kg serve` over HTTP, and importing graph.nq into a running Oxigraph over the Graph Store Protocol."""
from __future__ import annotations

import json
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import InputError
from kg.query import load_store, read_query, run_query
from kg.serve import _wait_ready, free_port, is_loopback, oxigraph_binary, start_server, stop_server
from test_cookbook import QUERIES, write_fixture

needs_oxigraph = pytest.mark.skipif(oxigraph_binary() is None,
                                    reason="the `oxigraph` server command is not installed (pip install oxigraph)")
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"


@pytest.fixture(scope="module")
def graphs(tmp_path_factory):
    return write_fixture(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module")
def server(graphs):
    process, url = start_server(graphs["nq"])
    yield url
    stop_server(process)


def _http(url: str, data: bytes | None = None, method: str | None = None,
          headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def _select(url: str, query: str, post: bool = False) -> list[dict[str, str]]:
    accept = {"Accept": "application/sparql-results+json"}
    if post:
        status, body = _http(url, query.encode("utf-8"), "POST",
                             {**accept, "Content-Type": "application/sparql-query"})
    else:
        status, body = _http(url + "?" + urllib.parse.urlencode({"query": query}), headers=accept)
    assert status == 200, body
    doc = json.loads(body)
    return [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]


def _local(path: Path, query: str) -> list[dict[str, str]]:
    result = run_query(load_store(path), query)
    return [{v: t.value for v, t in zip(result.variables, row) if t is not None} for row in result.rows]


def _canon(rows: list[dict[str, str]]) -> list[str]:
    # GROUP_CONCAT's order is unspecified in SPARQL: compare its parts as a set
    def norm(v: str) -> str:
        return "、".join(sorted(re.split(r"、|；| \| ", v)))
    return sorted(json.dumps({k: norm(v) for k, v in r.items()}, sort_keys=True, ensure_ascii=False)
                  for r in rows)


def test_loopback_only_unless_allowed(graphs):
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    with pytest.raises(InputError, match="--allow-remote"):
        start_server(graphs["nq"], host="0.0.0.0")


def test_missing_graph_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="absent.nq"):
        start_server(tmp_path / "absent.nq")


@needs_oxigraph
def test_get_and_post_see_the_union_as_a_set(server):
    q = f"SELECT ?n WHERE {{ ?x {LABEL} ?n }} ORDER BY ?n"
    got = _select(server, q)
    assert got == _select(server, q, post=True)
    names = [r["n"] for r in got]
    assert names.count("青石县卫生健康局") == 1  # stated by three articles, one row
    assert "周明远" in names and "陈立" in names


@needs_oxigraph
def test_each_article_graph_is_addressable(server):
    rows = _select(server, f'SELECT ?g WHERE {{ GRAPH ?g {{ ?x {LABEL} "青石县卫生健康局"@zh }} }} ORDER BY ?g')
    assert [r["g"].rsplit("/", 1)[-1] for r in rows] == ["article-a1", "article-a2", "article-a3"]
    one = _select(server, f"SELECT ?n WHERE {{ GRAPH <https://w3id.org/healthkg/id/article-a3> {{ ?x {LABEL} ?n }} }}")
    assert {r["n"] for r in one} == {"白河市卫生健康委员会", "青石县卫生健康局", "家庭医生签约服务",
                                    "党史学习教育", "陈立", "主任"}


@needs_oxigraph
def test_writes_are_refused(server):
    base = server.rsplit("/", 1)[0]
    status, _ = _http(base + "/update", b"INSERT DATA { <http://a> <http://b> <http://c> }", "POST",
                      {"Content-Type": "application/sparql-update"})
    assert status in (403, 405)
    status, _ = _http(base + "/store?default", b"<http://a> <http://b> <http://c> .", "PUT",
                      {"Content-Type": "application/n-triples"})
    assert status in (403, 405)
    status, _ = _http(base + "/store?graph=" + urllib.parse.quote("https://w3id.org/healthkg/id/article-a1"),
                      None, "DELETE")
    assert status in (403, 405)
    assert _select(server, "SELECT * WHERE { <http://a> ?p ?o }") == []


@needs_oxigraph
def test_cookbook_over_http_matches_kg_query(server, graphs):
    for path in QUERIES:
        text = read_query(str(path))
        assert _canon(_select(server, text)) == _canon(_local(graphs["nq"], text)), path.name


def test_cli_refuses_remote_bind(graphs):
    r = CliRunner().invoke(main, ["serve", str(graphs["nq"]), "--host", "0.0.0.0"])
    assert r.exit_code == 2 and "--allow-remote" in r.output


@needs_oxigraph
def test_cli_serves_until_interrupted_and_cleans_up(graphs):
    before = set(Path(tempfile.gettempdir()).glob("kg-serve-*"))
    port = free_port()
    proc = _kg_serve(graphs["nq"], port)
    try:
        url = f"http://127.0.0.1:{port}/query"
        # wait for the command itself to say it is serving: the port answering could be a race with its start-up
        head = _stderr_until(proc, "ready: ", timeout=60)
        assert _select(url, "SELECT * WHERE { ?s ?p ?o } LIMIT 1")
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        err = head + err
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "127.0.0.1:%d/query" % port in err
    assert set(Path(tempfile.gettempdir()).glob("kg-serve-*")) <= before, "temporary database left behind"
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)


def _kg_serve(graph: Path, port: int, **popen) -> subprocess.Popen:
    """`kg serve GRAPH --port PORT` as a child process, its output piped."""
    kg = Path(sys.executable).parent / "kg"
    cmd = [str(kg)] if kg.exists() else [sys.executable, "-m", "kg.cli"]
    return subprocess.Popen(cmd + ["serve", str(graph), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def _stderr_until(proc, marker: str, timeout: float) -> str:
    """Lines of proc's stderr up to and including the first one holding marker."""
    import selectors
    sel = selectors.DefaultSelector()
    sel.register(proc.stderr, selectors.EVENT_READ)
    deadline, seen = time.monotonic() + timeout, []
    while time.monotonic() < deadline:
        if not sel.select(timeout=max(0.0, deadline - time.monotonic())):
            break
        line = proc.stderr.readline()
        if not line:
            break
        seen.append(line)
        if marker in line:
            return "".join(seen)
    raise AssertionError(f"no {marker!r} line from {proc.args} within {timeout} s; stderr so far: {''.join(seen)!r}")


@pytest.fixture
def writable_oxigraph(tmp_path):
    port = free_port()
    exe = oxigraph_binary()
    with (tmp_path / "log").open("w") as log:
        process = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "db"), "--bind",
                                    f"127.0.0.1:{port}"], stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_ready(process, base + "/query")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        shutil.rmtree(tmp_path / "db", ignore_errors=True)


@needs_oxigraph
def test_import_graph_nq_over_graph_store_protocol(writable_oxigraph, graphs):
    base = writable_oxigraph
    status, body = _http(base + "/store", graphs["nq"].read_bytes(), "POST",
                         {"Content-Type": "application/n-quads"})
    assert status in (200, 201, 204), body
    # the articles' graphs arrive as named graphs, each addressable
    rows = _select(base + "/query", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert rows == [{"n": "3"}]
    # a plain import has an empty default graph: the cookbook asks the union, as a set (DISTINCT / COUNT DISTINCT)
    for path in QUERIES:
        text = read_query(str(path))
        qs = urllib.parse.urlencode({"query": text, "union-default-graph": ""})
        status, body = _http(f"{base}/query?{qs}", headers={"Accept": "application/sparql-results+json"})
        assert status == 200, body
        got = [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]
        assert _canon(got) == _canon(_local(graphs["nq"], text)), path.name


def test_sigterm_also_stops_the_server_and_cleans_up(graphs):
    before = set(Path(tempfile.gettempdir()).glob("kg-serve-*"))
    # started with SIGINT ignored, as a shell starts a background job: SIGTERM must still stop it cleanly
    proc = _kg_serve(graphs["nq"], free_port(), preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        _stderr_until(proc, "ready: ", timeout=60)
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0
    assert set(Path(tempfile.gettempdir()).glob("kg-serve-*")) <= before, "temporary database left behind"
