"""Build a corpus into exports: read, split into articles, extract (in parallel, cached), resolve, serialise."""
from __future__ import annotations

import json
import os
import pickle
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Iterable, Iterator

from kg import EXTRACTOR_VERSION, __version__
from kg.articles import make_documents
from kg.atomic import atomic_write
from kg.corpus import Skipped, iter_sources
from kg.iri import DEFAULT_BASE, check_base, digest
from kg.model import ArticleResult, Document, HonourAward, Membership, Relation

CACHE_DIR = ".cache"


def _extract(doc: Document) -> ArticleResult:
    from kg.pipeline import extract_document
    return extract_document(doc)


def _extract_batch(docs: list[Document]) -> list[ArticleResult]:
    return [_extract(d) for d in docs]


class ResultCache:
    """Per-article results on disk, keyed by content hash, article id and extractor version."""

    def __init__(self, folder: Path | None):
        self.folder = folder
        if folder:
            folder.mkdir(parents=True, exist_ok=True)

    def _path(self, doc: Document) -> Path:
        key = digest(EXTRACTOR_VERSION, __version__, doc.doc_id, doc.content_hash, doc.title, doc.authors,
                     doc.date, doc.url, doc.source, doc.source_file, size=24)
        return self.folder / key[:2] / f"{key}.pkl"

    def get(self, doc: Document) -> ArticleResult | None:
        if not self.folder:
            return None
        p = self._path(doc)
        try:
            with open(p, "rb") as f:
                return pickle.load(f)
        except (OSError, pickle.PickleError, EOFError, AttributeError):
            return None

    def put(self, result: ArticleResult) -> None:
        if not self.folder:
            return
        p = self._path(result.document)
        p.parent.mkdir(exist_ok=True)
        atomic_write(p, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))


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


def _run(docs: list[Document], jobs: int, progress: bool) -> list[ArticleResult]:
    if jobs <= 1 or len(docs) < 8:
        return [_extract(d) for d in _progress(docs, progress)]
    size = max(1, min(64, len(docs) // (jobs * 8)))
    batches = [docs[i:i + size] for i in range(0, len(docs), size)]
    out: list[ArticleResult] = []
    with ProcessPoolExecutor(max_workers=jobs) as ex:
        bar = _bar(len(docs), progress)
        for res in ex.map(_extract_batch, batches):
            out.extend(res)
            if bar:
                bar.update(len(res))
        if bar:
            bar.close()
    return out


def _bar(total: int, progress: bool):
    if not progress:
        return None
    from tqdm import tqdm
    return tqdm(total=total, unit="article", file=sys.stderr, dynamic_ncols=True)


def _progress(items: list, progress: bool) -> Iterable:
    if not progress:
        return items
    from tqdm import tqdm
    return tqdm(items, unit="article", file=sys.stderr, dynamic_ncols=True)


def build_corpus(corpus: Path, out: Path, base_iri: str = DEFAULT_BASE, jobs: int = 0, use_cache: bool = True,
                 aliases: Path | None = None, progress: bool | None = None) -> dict:
    """Build corpus into out and return the report (also written as report.json)."""
    from kg.aliases import apply_aliases, load_aliases
    base = check_base(base_iri)
    corpus, out = Path(corpus), Path(out)
    if progress is None:
        progress = sys.stderr.isatty() and not os.environ.get("CI")
    jobs = jobs or os.cpu_count() or 1
    timings: dict[str, float] = {}
    files: list[dict] = []

    t = time.perf_counter()
    docs = list(_documents(corpus, files))
    timings["read"] = time.perf_counter() - t

    t = time.perf_counter()
    cache = ResultCache(out / CACHE_DIR if use_cache else None)
    results: dict[str, ArticleResult] = {}
    todo = []
    for d in docs:
        hit = cache.get(d)
        if hit is not None:
            results[d.doc_id] = hit
        else:
            todo.append(d)
    for r in _run(todo, jobs, progress):
        cache.put(r)
        results[r.document.doc_id] = r
    timings["extract"] = time.perf_counter() - t

    t = time.perf_counter()
    alias_file = aliases or (corpus / "aliases.toml" if corpus.is_dir() else None)
    rules = load_aliases(alias_file) if alias_file and alias_file.exists() else None
    ordered = [results[k] for k in sorted(results)]
    ordered, resolution = apply_aliases(ordered, rules)
    timings["resolve"] = time.perf_counter() - t

    t = time.perf_counter()
    from kg.export import render
    from kg.graph import to_quads
    from kg.html import render_triples
    quads = to_quads(ordered, base)
    data, counts = render(quads, base)
    timings["graph"] = time.perf_counter() - t
    t = time.perf_counter()
    html = render_triples(quads)
    timings["html"] = time.perf_counter() - t

    report = _report(files, ordered, counts, timings, cache_hits=len(docs) - len(todo))
    t = time.perf_counter()
    for name, payload in sorted(data.items()):
        atomic_write(out / name, payload)
    atomic_write(out / "graph.html", html)
    atomic_write(out / "resolution.tsv", resolution)
    timings["write"] = time.perf_counter() - t
    report["timings"] = {k: round(v, 3) for k, v in timings.items()}
    atomic_write(out / "report.json", json.dumps(report, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    return report


def _report(files: list[dict], results: list[ArticleResult], counts: dict[str, int], timings: dict,
            cache_hits: int) -> dict:
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
    skipped = [f for f in files if f["status"] != "ok"] + [p for f in files for p in f["skipped_parts"]]
    return {
        "version": __version__,
        "articles": len(results),
        "files": sorted(files, key=lambda f: f["file"]),
        "skipped": len(skipped),
        "cache_hits": cache_hits,
        "counts": {"triples": counts.get("graph.ttl", 0), "quads": counts.get("graph.nq", 0),
                   "entities": len(seen), "classes": dict(sorted(classes.items())),
                   "relations": dict(sorted(relations.items()))},
    }
