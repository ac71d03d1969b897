"""Build a corpus into exports: read, split into articles, extract (in parallel, cached), resolve, serialise."""
from __future__ import annotations

import json
import os
import pickle
import resource
import sqlite3
import sys
import time
from collections import Counter, deque
from pathlib import Path
from typing import Iterator

from kg import EXTRACTOR_VERSION, __version__
from kg.articles import make_documents
from kg.atomic import Staged, atomic_write
from kg.corpus import Skipped, iter_sources, list_files
from kg.iri import DEFAULT_BASE, check_base, digest
from kg.model import ArticleResult, Document, HonourAward, Membership, Relation

CACHE_DIR = ".cache"
CACHE_DB = "results.sqlite"
# a batch is about this many characters of text: big enough to amortise the hand-over to a worker,
# small enough that both cores stay busy to the end and the progress bar moves
BATCH_CHARS = 40_000
BATCH_DOCS = 256
# below this much input, starting worker processes (each loading jieba's dictionaries) costs more than it saves
SMALL_INPUT = 100_000


_EXTRACTOR_SOURCES = ("extract/*.py", "pipeline.py", "segment.py", "lexicon.py", "gazetteer.py", "normalize.py",
                      "articles.py", "model.py", "data/*")


def extractor_version() -> str:
    """EXTRACTOR_VERSION plus a digest of the extraction code: an edited extractor never reuses stale results."""
    global _VERSION
    if _VERSION is None:
        import hashlib
        h = hashlib.sha256(EXTRACTOR_VERSION.encode())
        root = Path(__file__).parent
        for pattern in _EXTRACTOR_SOURCES:
            for p in sorted(root.glob(pattern)):
                h.update(p.relative_to(root).as_posix().encode() + b"\0" + p.read_bytes())
        _VERSION = f"{EXTRACTOR_VERSION}-{h.hexdigest()[:12]}"
    return _VERSION


_VERSION: str | None = None


def cache_key(doc: Document) -> str:
    """The cache key of an article: its content hash, metadata and the extractor's version."""
    return digest(extractor_version(), __version__, doc.doc_id, doc.content_hash, doc.title, doc.authors,
                  doc.date, doc.url, doc.source, doc.source_file, size=24)


class ResultCache:
    """Per-article results in one SQLite file, keyed by cache_key: one file opens fast, 46k pickles do not."""

    def __init__(self, folder: Path | None):
        self.db = None
        if folder:
            folder.mkdir(parents=True, exist_ok=True)
            try:
                self.db = sqlite3.connect(folder / CACHE_DB)
                self.db.execute("PRAGMA journal_mode=WAL")
                self.db.execute("PRAGMA synchronous=NORMAL")
                self.db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, value BLOB)")
            except sqlite3.DatabaseError:
                # a damaged cache is only a slower build: start a new one
                if self.db is not None:
                    self.db.close()
                (folder / CACHE_DB).unlink(missing_ok=True)
                self.db = sqlite3.connect(folder / CACHE_DB)
                self.db.execute("CREATE TABLE results (key TEXT PRIMARY KEY, value BLOB)")
        self._pending = 0

    def get(self, key: str) -> ArticleResult | None:
        """The cached result, or None."""
        if self.db is None:
            return None
        row = self.db.execute("SELECT value FROM results WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        try:
            return pickle.loads(row[0])
        except Exception:  # an entry from an incompatible model version is a miss
            return None

    def put(self, key: str, blob: bytes) -> None:
        """Store a pickled result; committed in groups and at close."""
        if self.db is None:
            return
        self.db.execute("INSERT OR REPLACE INTO results VALUES (?, ?)", (key, blob))
        self._pending += 1
        if self._pending >= 2000:
            self.db.commit()
            self._pending = 0

    def close(self) -> None:
        """Commit and close."""
        if self.db is not None:
            self.db.commit()
            self.db.close()
            self.db = None


def _documents(corpus: Path, files: list[dict]) -> Iterator[Document]:
    status: dict[str, dict] = {}
    for item in iter_sources(corpus):
        entry = status.get(item.source_file)
        if entry is None:
            entry = {"file": item.source_file, "status": "ok", "articles": 0, "skipped_parts": []}
            status[item.source_file] = entry
            files.append(entry)
        if isinstance(item, Skipped):
            if item.part:
                entry["skipped_parts"].append({"part": item.part, "reason": item.reason})
            else:
                entry["status"], entry["reason"] = "skipped", item.reason
            continue
        docs = make_documents(item.source_file, item.part, item.text, title=item.title, date=item.date,
                              url=item.url, source=item.source)
        entry["articles"] += len(docs)
        yield from docs


def _input_bytes(corpus: Path) -> int:
    """Total size of the corpus files (0 if they cannot be listed: the error comes later, from reading)."""
    try:
        return sum(p.stat().st_size for p in list_files(corpus))
    except Exception:
        return 0


def _estimate(corpus: Path) -> int | None:
    """About how many articles the corpus holds (files, plus lines of JSON-lines files), for the progress bar."""
    try:
        n = 0
        for p in list_files(corpus):
            if p.suffix.lower() == ".jsonl":
                with open(p, "rb") as f:
                    n += sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b""))
            else:
                n += 1
        return n
    except Exception:
        return None


def _bar(corpus: Path, progress: bool):
    if not progress:
        return None
    from tqdm import tqdm
    return tqdm(total=_estimate(corpus), unit="article", file=sys.stderr, dynamic_ncols=True, smoothing=0.1)


class _Stage:
    """Wall time spent inside an iterator (the reading stage, interleaved with extraction)."""

    def __init__(self, it):
        self.it, self.seconds = iter(it), 0.0

    def __iter__(self):
        return self

    def __next__(self):
        t = time.perf_counter()
        try:
            return next(self.it)
        finally:
            self.seconds += time.perf_counter() - t


def _extract_all(docs, cache: ResultCache, executor, bar, stats: dict) -> dict[str, ArticleResult]:
    """Results of every article by id: cache hits at once, misses batched through the executor."""
    from kg.executors import slim
    results: dict[str, tuple[int, ArticleResult]] = {}

    def keep(seq: int, r: ArticleResult) -> None:
        # a repeated article id keeps its last occurrence, whatever order the workers finish in
        old = results.get(r.document.doc_id)
        if old is None or old[0] < seq:
            results[r.document.doc_id] = (seq, r)
        if bar is not None:
            bar.update(1)

    def batches():
        batch, size = [], 0
        for seq, d in enumerate(docs):
            stats["chars"] += len(d.text)
            key = cache_key(d)
            hit = cache.get(key)
            stats["keys"].append(key)
            if hit is not None:
                stats["hits"] += 1
                keep(seq, slim(hit))
                continue
            batch.append((seq, key, d))
            size += len(d.text)
            if size >= BATCH_CHARS or len(batch) >= BATCH_DOCS:
                yield batch
                batch, size = [], 0
        if batch:
            yield batch

    submitted: deque[list[tuple[int, str]]] = deque()

    def plain():
        # workers get bare documents; sequence numbers and cache keys stay here, in submission order
        for b in batches():
            submitted.append([(seq, key) for seq, key, _ in b])
            yield [d for _, _, d in b]

    for out, st in executor.map(plain()):
        tags = submitted.popleft()
        for (seq, key), blob in zip(tags, out):
            if blob is None:
                continue                # failed: reported below, never cached
            cache.put(key, blob)
            keep(seq, pickle.loads(blob))
        stats["failed"].extend(st.get("failed", ()))
        stats["segment"] += st["segment"]
        stats["extract_cpu"] += st["cpu"]
        stats["worker_rss_kb"][st["pid"]] = max(stats["worker_rss_kb"].get(st["pid"], 0), st["maxrss_kb"])
    return {k: r for k, (_, r) in results.items()}


def build_corpus(corpus: Path, out: Path, base_iri: str = DEFAULT_BASE, jobs: int = 0, use_cache: bool = True,
                 aliases: Path | None = None, progress: bool | None = None, executor: str = "local",
                 scheduler: str | None = None) -> dict:
    """Build corpus into out and return the report (also written as report.json)."""
    from kg.graph import gc_paused
    # Results and terms are acyclic and pile up into the millions: left on, the cyclic collector rescans them
    # again and again (a fifth of the serial time); reference counting frees them all the same.
    with gc_paused():
        return _build(corpus, out, base_iri, jobs, use_cache, aliases, progress, executor, scheduler)


def _build(corpus, out, base_iri, jobs, use_cache, aliases, progress, executor, scheduler) -> dict:
    from kg.aliases import apply_aliases, load_aliases
    from kg.executors import cpu_count, make_executor
    base = check_base(base_iri)
    corpus, out = Path(corpus), Path(out)
    if progress is None:
        progress = sys.stderr.isatty() and not os.environ.get("CI")
    jobs = jobs if jobs and jobs > 0 else cpu_count()
    timings: dict[str, float] = {}
    files: list[dict] = []
    stats = {"keys": [], "chars": 0, "hits": 0, "segment": 0.0, "extract_cpu": 0.0, "worker_rss_kb": {}, "failed": []}

    t = time.perf_counter()
    docs = _Stage(_documents(corpus, files))
    cache = ResultCache(out / CACHE_DIR if use_cache else None)
    small = _input_bytes(corpus) < SMALL_INPUT
    ex = make_executor(executor, jobs, scheduler, small=small)
    bar = _bar(corpus, progress)
    try:
        results = _extract_all(docs, cache, ex, bar, stats)
    finally:
        ex.close()
        cache.close()
        if bar is not None:
            bar.total = bar.n
            bar.close()
    for f in stats["failed"]:
        # an article the extractor failed on: named with its file and the error, left out; the others are built
        entry = next((e for e in files if e["file"] == f["file"]), None)
        if entry is not None:
            entry["skipped_parts"].append({"part": f["article"], "reason": f["reason"]})
    timings["read"] = docs.seconds
    timings["extract"] = time.perf_counter() - t - docs.seconds
    timings["segment_cpu"] = stats["segment"]
    timings["extract_cpu"] = stats["extract_cpu"]

    t = time.perf_counter()
    alias_file = aliases or (corpus / "aliases.toml" if corpus.is_dir() else None)
    alias_bytes = alias_file.read_bytes() if alias_file and alias_file.exists() else b""
    fingerprint = digest(__version__, base, alias_bytes.hex(), json.dumps(files, sort_keys=True),
                         *sorted(stats["keys"]), size=32)
    if use_cache and stats["hits"] == len(stats["keys"]):
        report = _unchanged(out, fingerprint)
        if report is not None:
            # nothing changed since the last build and its exports are intact: they are this build's too
            timings.update(resolve=time.perf_counter() - t, graph=0.0, html=0.0, write=0.0)
            return _finish(out, report, timings, stats, ex, executor, jobs, cache_hits=stats["hits"])
    rules = load_aliases(alias_file) if alias_file and alias_file.exists() else None
    ordered = [results[k] for k in sorted(results)]
    del results
    ordered, resolution = apply_aliases(ordered, rules)
    timings["resolve"] = time.perf_counter() - t

    t = time.perf_counter()
    from kg.export import render_nquads
    from kg.graph import to_nquads
    import kg.html  # noqa: F401  (imported before the fork, not in the child)
    nquads = to_nquads(ordered, base)
    tally = _tally(ordered)
    del ordered
    timings["graph"] = time.perf_counter() - t
    t = time.perf_counter()
    _remove_stale_staging(out)
    # the page and the TriG are made in a forked child meanwhile: the two cores share the work about evenly
    forked = _Forked(nquads, base, [(out / "graph.html", _write_html), (out / "graph.trig", _write_trig)],
                   forked=executor == "local")
    timings["html"] = time.perf_counter() - t
    t = time.perf_counter()
    # each export goes to a temporary file as soon as it is made and all replace the old set together
    staged = Staged()
    try:
        counts = render_nquads(nquads, base, lambda name, data: staged.write(out / name, data), trig=False)
        names = sorted(counts)
        timings["graph"] += time.perf_counter() - t
        t = time.perf_counter()
        staged.write(out / "resolution.tsv", resolution)
    except BaseException:
        staged.discard()
        forked.abandon()
        raise
    timings["write"] = time.perf_counter() - t
    t = time.perf_counter()
    try:
        forked.finish(staged)
    except BaseException:
        staged.discard()
        forked.abandon()
        raise
    del nquads
    staged.commit()
    timings["html"] += time.perf_counter() - t
    report = _report(files, tally, counts, cache_hits=stats["hits"])
    if use_cache:
        _save_manifest(out, fingerprint, report, [*names, "graph.html", "resolution.tsv"])
    return _finish(out, report, timings, stats, ex, executor, jobs, cache_hits=stats["hits"])


def _remove_stale_staging(out: Path) -> None:
    """Temporaries a killed build left behind (.graph.ttl.*.tmp, .graph.html.*.staged)."""
    for p in out.glob(".*"):
        if p.is_file() and p.name.startswith((".graph.", ".resolution.tsv.")) and p.name.endswith((".tmp", ".staged")):
            p.unlink(missing_ok=True)


class _Forked:
    """Exports rendered in a forked child while this process renders the others (where fork exists), each into
    a staging file that commits with the rest: graph.html and graph.trig."""

    def __init__(self, nquads: bytes, base: str, jobs: list, forked: bool):
        import multiprocessing as mp
        self.nquads, self.base, self.child = nquads, base, None
        self.jobs = [(path, path.with_name(f".{path.name}.{os.getpid()}.staged"), write) for path, write in jobs]
        if forked and "fork" in mp.get_all_start_methods():
            # fork shares the N-Quads text with the child for free; nothing is pickled
            self.child = mp.get_context("fork").Process(target=_run_jobs, args=(nquads, base, self.jobs, os.getpid()),
                                                        daemon=True)
            self.child.start()

    def finish(self, staged: Staged) -> None:
        """Wait for the child (or render here, also when the child failed) and stage what it made."""
        if self.child is not None:
            self.child.join()
        if self.child is None or self.child.exitcode != 0:
            _run_jobs(self.nquads, self.base, self.jobs)
        staged.pending.extend((str(staging), path) for path, staging, _ in self.jobs)

    def abandon(self) -> None:
        """Stop the child and remove what it wrote."""
        if self.child is not None and self.child.is_alive():
            self.child.terminate()
            self.child.join()
        for _, staging, _ in self.jobs:
            try:
                staging.unlink()
            except FileNotFoundError:
                pass


def _run_jobs(nquads: bytes, base: str, jobs: list, parent: int | None = None) -> None:
    if parent is not None:
        _die_with(parent)
    for _, staging, write in jobs:
        if parent is not None and os.getppid() != parent:
            return                      # the build is gone: nothing of it may be written
        write(nquads, base, staging)


def _die_with(parent: int) -> None:
    """Ask Linux to kill this child when its parent dies (a killed build leaves no child writing on)."""
    try:
        import ctypes
        import signal
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)     # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass                            # elsewhere the parent check before each write is all there is
    if os.getppid() != parent:
        os._exit(0)


def _write_html(nquads: bytes, base: str, path: Path) -> None:
    from kg.html import render_nquads
    atomic_write(path, render_nquads(nquads))


def _write_trig(nquads: bytes, base: str, path: Path) -> None:
    from kg.export import render_trig
    atomic_write(path, render_trig(nquads, base))


MANIFEST = "manifest.json"


def _stamp(path: Path) -> list[int]:
    st = path.stat()
    return [st.st_size, st.st_mtime_ns]


def _save_manifest(out: Path, fingerprint: str, report: dict, names: list[str]) -> None:
    manifest = {"fingerprint": fingerprint, "report": report, "exports": {n: _stamp(out / n) for n in names}}
    atomic_write(out / CACHE_DIR / MANIFEST, json.dumps(manifest, ensure_ascii=False, sort_keys=True))


def _unchanged(out: Path, fingerprint: str) -> dict | None:
    """The last build's report when it was built from exactly these inputs and its exports are untouched."""
    try:
        m = json.loads((out / CACHE_DIR / MANIFEST).read_text(encoding="utf-8"))
        if m["fingerprint"] != fingerprint or not m["exports"]:
            return None
        if any(_stamp(out / n) != stamp for n, stamp in m["exports"].items()):
            return None
        return m["report"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _finish(out: Path, report: dict, timings: dict, stats: dict, ex, executor: str, jobs: int,
            cache_hits: int) -> dict:
    """Add timings and resource figures to the report and write it."""
    report = dict(report, cache_hits=cache_hits)
    report["timings"] = {k: round(v, 3) for k, v in timings.items()}
    report["chars"] = stats["chars"]
    report["jobs"] = 1 if type(ex).__name__ == "Inline" else jobs
    report["executor"] = executor
    report["peak_rss_mb"] = {
        "main": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "workers": sorted(round(v / 1024, 1) for v in stats["worker_rss_kb"].values()),
    }
    atomic_write(out / "report.json", json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return report


def _tally(results: list[ArticleResult]) -> dict:
    """What the report says about the results (counted before they are let go, to free memory for export)."""
    classes: Counter[str] = Counter()
    seen: set[str] = set()
    for r in results:
        for e in r.entities:
            if e.key not in seen:
                seen.add(e.key)
                classes[e.type.value] += 1
    relations: Counter[str] = Counter()
    for r in results:
        for f in r.facts:
            if isinstance(f, Membership):
                relations["org:Membership"] += 1
            elif isinstance(f, HonourAward):
                relations["kg:HonourAward"] += 1
            elif isinstance(f, Relation):
                relations[f.predicate] += 1
    return {"articles": len(results), "entities": len(seen), "classes": dict(sorted(classes.items())),
            "relations": dict(sorted(relations.items()))}


def _report(files: list[dict], tally: dict, counts: dict[str, int], cache_hits: int) -> dict:
    skipped = [f for f in files if f["status"] != "ok"] + [p for f in files for p in f["skipped_parts"]]
    return {
        "version": __version__,
        "articles": tally["articles"],
        "files": sorted(files, key=lambda f: f["file"]),
        "skipped": len(skipped),
        "cache_hits": cache_hits,
        "counts": {"triples": counts.get("graph.ttl", 0), "quads": counts.get("graph.nq", 0),
                   "entities": tally["entities"], "classes": tally["classes"], "relations": tally["relations"]},
    }
