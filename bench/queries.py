"""Latency of every cookbook query on a graph: load once, then the median of 5 runs of each query."""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.query import load_store, read_query, run_query  # noqa: E402


def bench(graph: Path, queries: list[Path], repeat: int = 5) -> list[tuple[str, float, int]]:
    """(query name, median seconds, rows) for each query, after one untimed warm-up run."""
    store = load_store(graph)
    out = []
    for path in queries:
        text = read_query(str(path))
        rows = len(run_query(store, text))
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            run_query(store, text)
            times.append(time.perf_counter() - t)
        out.append((path.name, statistics.median(times), rows))
    return out


def main() -> None:
    """Print the load time, then one line per query: median latency in ms and row count."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("graph", nargs="?", default=str(ROOT / "exports" / "graph.nq"), type=Path)
    ap.add_argument("--queries", default=str(ROOT / "queries"), type=Path, help="folder of .rq files")
    ap.add_argument("--repeat", default=5, type=int)
    args = ap.parse_args()
    if not args.graph.is_file():
        sys.exit(f"graph {str(args.graph)!r} does not exist; expected an export such as exports/graph.nq "
                 "(run `kg build corpus --out exports`)")
    t = time.perf_counter()
    store = load_store(args.graph)
    size = len(store)
    print(f"{args.graph}: {size} quads (named graphs plus their union), loaded in "
          f"{time.perf_counter() - t:.2f} s")
    del store
    queries = sorted(args.queries.glob("*.rq"))
    print(f"{'query':<28} {'median ms':>10} {'rows':>8}")
    for name, median, rows in bench(args.graph, queries, args.repeat):
        print(f"{name:<28} {median * 1000:>10.1f} {rows:>8}")


if __name__ == "__main__":
    main()
