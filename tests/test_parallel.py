"""Parallel, cached and Dask builds write byte-identical exports; the cache re-extracts only what changed."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg import build as kgbuild
from kg.build import build_corpus

ROOT = Path(__file__).resolve().parent.parent
EXPORTS = ("graph.nq", "graph.ttl", "graph.trig", "graph.jsonld", "graph.html", "resolution.tsv")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A JSON-lines corpus of the sample articles, each in a few copies under different ids and dates."""
    lines = []
    for p in sorted((ROOT / "corpus").glob("*.txt")):
        text = p.read_text(encoding="utf-8")
        for k in range(3):
            lines.append(json.dumps({"id": f"{p.stem}-{k}", "date": f"2021-0{k + 1}-15", "text": text},
                                    ensure_ascii=False))
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def pooled(monkeypatch):
    # the sample corpus is small: make the build use worker processes all the same
    monkeypatch.setattr(kgbuild, "SMALL_INPUT", 0)
    monkeypatch.setattr(kgbuild, "BATCH_CHARS", 5_000)


def exports(out: Path) -> dict[str, bytes]:
    return {n: (out / n).read_bytes() for n in EXPORTS}


def test_jobs_1_and_2_are_byte_identical(corpus, tmp_path, pooled):
    r1 = build_corpus(corpus, tmp_path / "j1", jobs=1, use_cache=False, progress=False)
    r2 = build_corpus(corpus, tmp_path / "j2", jobs=2, use_cache=False, progress=False)
    assert r1["articles"] == r2["articles"] >= 15
    assert r2["jobs"] == 2 and len(r2["peak_rss_mb"]["workers"]) == 2
    assert exports(tmp_path / "j1") == exports(tmp_path / "j2")


def test_dask_local_cluster_is_byte_identical(corpus, tmp_path, pooled):
    distributed = pytest.importorskip("distributed")
    build_corpus(corpus, tmp_path / "local", jobs=1, use_cache=False, progress=False)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster:
        r = build_corpus(corpus, tmp_path / "dask", use_cache=False, progress=False, executor="dask",
                         scheduler=cluster.scheduler_address)
    assert r["articles"] >= 15 and r["executor"] == "dask"
    assert exports(tmp_path / "local") == exports(tmp_path / "dask")


def test_cli_accepts_dask_executor(corpus, tmp_path, pooled):
    distributed = pytest.importorskip("distributed")
    from click.testing import CliRunner

    from kg.cli import main
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster:
        r = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out"), "--no-progress",
                                      "--executor", "dask", "--scheduler", cluster.scheduler_address])
    assert r.exit_code == 0, r.output
    assert json.loads((tmp_path / "out" / "report.json").read_text())["executor"] == "dask"


def test_hash_seed_does_not_change_the_exports(corpus, tmp_path):
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(tmp_path / seed),
                        "--no-progress", "--no-cache", "--jobs", "2"], cwd=ROOT, env=env, check=True,
                       capture_output=True)
    assert exports(tmp_path / "0") == exports(tmp_path / "4242")


def test_unchanged_rebuild_hits_the_cache_and_a_changed_article_only_itself(corpus, tmp_path, pooled):
    out = tmp_path / "out"
    first = build_corpus(corpus, out, jobs=2, progress=False)
    assert first["cache_hits"] == 0
    before = exports(out)
    again = build_corpus(corpus, out, jobs=2, progress=False)
    n = first["articles"]
    assert again["cache_hits"] == n and exports(out) == before
    assert again["counts"] == first["counts"]
    # an export edited by hand is rewritten, not trusted
    (out / "graph.nq").write_bytes(b"")
    build_corpus(corpus, out, jobs=2, progress=False)
    assert exports(out) == before
    lines = corpus.read_text(encoding="utf-8").splitlines()
    item = json.loads(lines[0])
    item["text"] = item["text"].replace("。", "。\n", 1) + "\n县卫生健康局局长周明远主持会议。"
    lines[0] = json.dumps(item, ensure_ascii=False)
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    changed = build_corpus(corpus, out, jobs=2, progress=False)
    from kg.articles import make_documents
    parts = len(make_documents("corpus.jsonl", item["id"], item["text"]))
    # the line's last article changed; any other article cut from the same line may have moved
    assert n - parts <= changed["cache_hits"] <= n - 1
    fresh = build_corpus(corpus, tmp_path / "fresh", jobs=1, use_cache=False, progress=False)
    assert fresh["articles"] == changed["articles"] and exports(out) == exports(tmp_path / "fresh")


def test_a_damaged_cache_is_rebuilt(corpus, tmp_path):
    out = tmp_path / "out"
    (out / ".cache").mkdir(parents=True)
    (out / ".cache" / "results.sqlite").write_bytes(b"not a database at all" * 100)
    r = build_corpus(corpus, out, jobs=1, progress=False)
    assert r["articles"] >= 15
    assert build_corpus(corpus, out, jobs=1, progress=False)["cache_hits"] == r["articles"]


def test_no_progress_bar_in_a_pipe(corpus, tmp_path):
    p = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(tmp_path / "o"),
                        "--jobs", "1"], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    assert "article/s" not in p.stderr and "%|" not in p.stderr
