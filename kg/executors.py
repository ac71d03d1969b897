"""Where per-article extraction runs: in this process, a local process pool, or a Dask cluster."""
from __future__ import annotations

import gc
import os
import pickle
import resource
import time
from collections import deque
from typing import Iterable, Iterator

from kg.model import ArticleResult, Document

Batch = list[Document]


def cpu_count() -> int:
    """Cores this process may run on (affinity and cgroup-pinned sets included)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:
        return os.cpu_count() or 1


def warm() -> None:
    """Load the tagger and its dictionaries once, before the first article (a worker initialiser)."""
    from kg.segment import _fast, _tagger, backend
    _tagger()
    if backend() == "fast":
        _fast()
    import kg.pipeline  # noqa: F401  (imports the gazetteer and lexicons)


def extract_batch(docs: Batch) -> tuple[list[bytes | None], dict]:
    """Extract a batch of articles into pickled results (None for an article the extractor failed on, listed in
    the stats with the error); with the seconds spent (all, tokenizing) and this process's peak RSS."""
    from kg.pipeline import extract_document
    from kg.segment import segment_seconds
    t0, seg0 = time.perf_counter(), segment_seconds()
    # The tokenizer's memo tables hold millions of tuples: left to itself the cyclic collector rescans them
    # all, over and over, and that cost a third of extraction. Paused for the batch, then one young-generation
    # pass frees what cycles the batch made, and the survivors (memo entries) are frozen out of later scans.
    enabled = gc.isenabled()
    gc.disable()
    out: list[bytes | None] = []
    failed: list[dict] = []
    try:
        for d in docs:
            try:
                # pickled here, once: the bytes travel back and go into the cache as they are
                out.append(pickle.dumps(slim(extract_document(d)), protocol=pickle.HIGHEST_PROTOCOL))
            except Exception as e:      # noqa: BLE001  an article the rules fail on is reported; the others build
                out.append(None)
                failed.append({"file": d.source_file, "article": d.doc_id,
                               "reason": f"extraction failed: {type(e).__name__}: {e}"})
    finally:
        gc.collect(0)
        gc.freeze()
        if enabled:
            gc.enable()
    stats = {"cpu": time.perf_counter() - t0, "segment": segment_seconds() - seg0, "failed": failed,
             "chars": sum(len(d.text) for d in docs),
             "pid": os.getpid(), "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}
    return out, stats


def slim(r: ArticleResult) -> ArticleResult:
    """The result without the article text: the graph needs only its hash, and memory grows with the graph."""
    from dataclasses import replace
    if r.document.content_hash and r.document.text:
        return replace(r, document=replace(r.document, text=""))
    return r


class Inline:
    """Extraction in this process, one batch at a time."""

    def __init__(self) -> None:
        warm()

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[list[bytes], dict]]:
        """Results of each batch, in order."""
        for b in batches:
            yield extract_batch(b)

    def close(self) -> None:
        """Nothing to release."""


class _Futures:
    """Keeps a bounded number of batches in flight so input is read no faster than it is consumed."""

    def __init__(self, in_flight: int):
        self.in_flight = in_flight

    def _submit(self, batch: Batch):
        raise NotImplementedError

    def _wait_first(self, pending: deque) -> None:
        raise NotImplementedError

    def map(self, batches: Iterable[Batch]) -> Iterator[tuple[list[bytes], dict]]:
        """Results of each batch, in submission order (the merge sorts by article anyway)."""
        pending: deque = deque()
        for b in batches:
            pending.append(self._submit(b))
            while len(pending) >= self.in_flight:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


class Local(_Futures):
    """A pool of worker processes on this machine, each warmed once."""

    def __init__(self, jobs: int):
        from concurrent.futures import ProcessPoolExecutor
        super().__init__(in_flight=jobs * 3)
        self.pool = ProcessPoolExecutor(max_workers=jobs, initializer=warm)

    def _submit(self, batch: Batch):
        return self.pool.submit(extract_batch, batch)

    def close(self) -> None:
        """Stop the workers."""
        self.pool.shutdown(wait=True, cancel_futures=True)


class Dask(_Futures):
    """Workers of a Dask cluster (its scheduler's address), or of a LocalCluster started here when none is given."""

    def __init__(self, scheduler: str | None, jobs: int):
        from distributed import Client, LocalCluster
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, dashboard_address=None)
            self.client = Client(self.cluster)
        workers = max(1, sum(w.get("nthreads", 1) for w in self.client.scheduler_info()["workers"].values()))
        super().__init__(in_flight=workers * 3)

    def _submit(self, batch: Batch):
        return self.client.submit(extract_batch, batch, pure=False)

    def close(self) -> None:
        """Disconnect (and stop the cluster started here)."""
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_executor(kind: str, jobs: int, scheduler: str | None = None, small: bool = False):
    """The executor for kind ("local" or "dask"); a small or single-job local build runs inline."""
    if kind == "dask":
        return Dask(scheduler, jobs)
    if kind != "local":
        from kg.errors import InputError
        raise InputError(f"unknown executor {kind!r}; expected 'local' or 'dask'")
    if jobs <= 1 or small:
        return Inline()
    return Local(jobs)

