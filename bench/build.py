"""Throughput of `kg build`: chars/s per stage and end to end, peak RSS, an unchanged rebuild, and plain
single-core jieba.lcut over the same text for scale; --check compares the fast tokenizer with jieba.posseg."""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KG_ROOT = ROOT  # the checkout whose `kg build` is measured (--kg-root: e.g. an older commit, for a baseline)
DEFAULT_INPUT = ROOT.parent / "shared" / "data" / "xwlb" / "xwlb_2018_2026_all.jsonl"


def slice_input(src: Path, limit: int | None, work: Path) -> Path:
    """The first limit lines of a JSON-lines file (the file itself when no limit or not JSON lines)."""
    if not limit or src.suffix != ".jsonl":
        return src
    dst = work / f"{src.stem}_{limit}.jsonl"
    with open(src, "rb") as f, open(dst, "wb") as g:
        for i, line in enumerate(f):
            if i >= limit:
                break
            g.write(line)
    return dst


class TreeRSS(threading.Thread):
    """Samples the memory of a process and all its descendants (Linux /proc) and keeps the peak.

    Summed PSS: pages a forked child shares with its parent are counted once, not once per process."""

    def __init__(self, pid: int, every: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.every, self.peak, self.done = pid, every, 0, False

    def _tree(self) -> list[int]:
        children: dict[int, list[int]] = {}
        for d in os.listdir("/proc"):
            if d.isdigit():
                try:
                    with open(f"/proc/{d}/stat") as f:
                        ppid = int(f.read().rsplit(")", 1)[1].split()[1])
                    children.setdefault(ppid, []).append(int(d))
                except (OSError, IndexError, ValueError):
                    pass
        out, todo = [], [self.pid]
        while todo:
            p = todo.pop()
            out.append(p)
            todo.extend(children.get(p, []))
        return out

    def run(self) -> None:
        while not self.done:
            total = 0
            for p in self._tree():
                try:
                    with open(f"/proc/{p}/smaps_rollup") as f:
                        total += next(int(line.split()[1]) for line in f if line.startswith("Pss:")) * 1024
                except (OSError, IndexError, ValueError, StopIteration):
                    pass
            self.peak = max(self.peak, total)
            time.sleep(self.every)


def run_build(corpus: Path, out: Path, jobs: int, env: dict | None = None, cache: bool = True) -> dict:
    """Run `kg build` in a subprocess; its report, wall seconds and the peak RSS of its process tree."""
    cmd = [sys.executable, "-m", "kg.cli", "build", str(corpus), "--out", str(out), "--no-progress",
           "--jobs", str(jobs)] + ([] if cache else ["--no-cache"])
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=KG_ROOT, env={**os.environ, **(env or {})}, stderr=subprocess.PIPE, text=True)
    sampler = TreeRSS(proc.pid)
    sampler.start()
    _, err = proc.communicate()
    wall = time.perf_counter() - t
    sampler.done = True
    sampler.join()
    if proc.returncode not in (0, 3):
        raise SystemExit(f"kg build failed ({proc.returncode}):\n{err}")
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return {"report": report, "wall": wall, "tree_rss": sampler.peak}


def documents(corpus: Path):
    """The articles of the corpus, as the build reads them."""
    from kg.build import _documents
    return _documents(corpus, [])


def lcut_rate(corpus: Path) -> tuple[int, float]:
    """(chars, seconds) of plain single-core jieba.lcut over every article text, dictionary loading excluded."""
    import logging

    import jieba
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    chars, spent = 0, 0.0
    for d in documents(corpus):
        t = time.perf_counter()
        jieba.lcut(d.text)
        spent += time.perf_counter() - t
        chars += len(d.text)
    return chars, spent


def _check_chunk(texts: list[tuple[str, str]]) -> tuple[int, int, list[str]]:
    import re

    from kg.segment import _fast, split_sentences, tokenize_reference
    fast = _fast()
    pieces = checked = 0
    bad: list[str] = []
    for title, text in texts:
        # what the pipeline tokenizes: the title, each sentence, each sentence with its line breaks joined
        units = [title] if title else []
        for s in split_sentences(text):
            units.append(s.text)
            if "\n" in s.text:
                units.append(re.sub(r"\s*\n\s*", "", s.text))
        for u in units:
            pieces += 1
            checked += len(u)
            ref = [(t.start, t.end, t.word, t.pos) for t in tokenize_reference(u)]
            got = [(t.start, t.end, t.word, t.pos) for t in fast.tokenize(u)]
            if ref != got:
                bad.append(u)
    return pieces, checked, bad


def check_tokens(corpus: Path, jobs: int) -> bool:
    """Compare the fast tokenizer with jieba.posseg on every unit the pipeline tokenizes; True when identical."""
    from concurrent.futures import ProcessPoolExecutor
    texts = [(d.title or "", d.text) for d in documents(corpus)]
    chunks = [texts[i::jobs * 4] for i in range(jobs * 4)]
    t = time.perf_counter()
    with ProcessPoolExecutor(jobs) as ex:
        res = list(ex.map(_check_chunk, chunks))
    pieces = sum(r[0] for r in res)
    chars = sum(r[1] for r in res)
    bad = [u for r in res for u in r[2]]
    print(f"token check: {len(texts)} articles, {pieces} units, {chars} chars in {time.perf_counter() - t:.1f} s: "
          f"{len(bad)} units differ from jieba.posseg")
    for u in bad[:10]:
        print("  differs:", u[:80])
    return not bad


def check_graph(corpus: Path, work: Path, jobs: int) -> bool:
    """Build with the fast tokenizer and with KG_TOKENIZER=jieba; True when every export is byte-identical."""
    a = run_build(corpus, work / "fast", jobs, {"KG_TOKENIZER": "fast"}, cache=False)
    b = run_build(corpus, work / "jieba", jobs, {"KG_TOKENIZER": "jieba"}, cache=False)
    names = ["graph.nq", "graph.ttl", "graph.trig", "graph.jsonld", "graph.html", "resolution.tsv"]
    diff = [n for n in names if (work / "fast" / n).read_bytes() != (work / "jieba" / n).read_bytes()]
    print(f"graph check: fast build {a['wall']:.1f} s, jieba.posseg build {b['wall']:.1f} s; "
          f"{'identical exports' if not diff else 'DIFFERENT: ' + ', '.join(diff)}")
    return not diff


def rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds / 1000:9.0f}K chars/s" if seconds > 0 else "        - chars/s"


def report_build(first: dict, again: dict, lcut: tuple[int, float] | None, chars: int) -> None:
    """Print the figures of a first build and an unchanged rebuild."""
    r, t = first["report"], dict(first["report"]["timings"])
    for k in ("segment_cpu", "extract_cpu"):
        t.setdefault(k, 0.0)  # builds from before these were recorded
    chars = r.get("chars") or chars
    serialise = t["graph"] + t["html"] + t["write"]
    print(f"articles {r['articles']}, chars {chars:,}, jobs {r.get('jobs', '?')}, triples {r['counts']['triples']:,}, "
          f"skipped {r.get('skipped', 0)} (files or articles that could not be read or extracted)")
    print(f"  read        {t['read']:7.1f} s {rate(chars, t['read'])}")
    print(f"  segment     {t['segment_cpu']:7.1f} s {rate(chars, t['segment_cpu'])}   (CPU seconds summed over workers: per core)")
    other = t["extract_cpu"] - t["segment_cpu"]
    print(f"  extract     {other:7.1f} s {rate(chars, other)}   (the rest of extraction, per core)")
    print(f"  extraction  {t['extract']:7.1f} s {rate(chars, t['extract'])}   (wall, {r.get('jobs', '?')} workers, both of the above)")
    print(f"  resolve     {t['resolve']:7.1f} s {rate(chars, t['resolve'])}")
    print(f"  serialise   {serialise:7.1f} s {rate(chars, serialise)}   (graph {t['graph']:.1f} + html {t['html']:.1f} + write {t['write']:.1f})")
    print(f"  end to end  {first['wall']:7.1f} s {rate(chars, first['wall'])}   (wall, `kg build` in a subprocess)")
    rss = r.get("peak_rss_mb", {"main": 0, "workers": []})
    print(f"  peak RSS    {first['tree_rss'] / 2**20:7.0f} MB whole process tree (summed PSS, sampled); peak RSS of main {rss['main']:.0f} MB, "
          f"workers {', '.join(f'{w:.0f}' for w in rss['workers']) or '-'} MB")
    print(f"  rebuild     {again['wall']:7.1f} s unchanged, {again['report']['cache_hits']} cache hits "
          f"= {100 * again['wall'] / first['wall']:.1f}% of the first build; peak RSS {again['tree_rss'] / 2**20:.0f} MB")
    if lcut:
        lc, ls = lcut
        e2e = chars / first["wall"]
        print(f"  jieba.lcut  {ls:7.1f} s {rate(lc, ls)}   (plain, single core, same text)")
        print(f"  ratio       end to end / jieba.lcut = {e2e / (lc / ls):.2f}x")


def main() -> None:
    """Command line: see --help."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="a corpus file or folder")
    ap.add_argument("--limit", type=int, default=None, help="only the first N items of a .jsonl input")
    ap.add_argument("--jobs", type=int, default=0, help="workers (0: all cores)")
    ap.add_argument("--check", action="store_true",
                    help="compare the fast tokenizer with jieba.posseg token by token, and the exports of a "
                         "fast build with those of a KG_TOKENIZER=jieba build; exit 1 on any difference")
    ap.add_argument("--no-lcut", action="store_true", help="skip the jieba.lcut baseline")
    ap.add_argument("--kg-root", type=Path, default=ROOT, help="the checkout whose `kg build` is run")
    ap.add_argument("--workdir", type=Path, default=None, help="where slices and outputs go (default: a temp dir)")
    args = ap.parse_args()

    global KG_ROOT
    from kg.executors import cpu_count
    jobs = args.jobs or cpu_count()
    work = (args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-"))).resolve()
    work.mkdir(parents=True, exist_ok=True)
    # a frozen copy of the code: edits made while the bench runs would change the extractor version
    # between the first build and the rebuild (and rightly defeat the cache)
    KG_ROOT = work / "src"
    shutil.rmtree(KG_ROOT, ignore_errors=True)
    shutil.copytree(args.kg_root / "kg", KG_ROOT / "kg", ignore=shutil.ignore_patterns("__pycache__"))
    corpus = slice_input(args.input.resolve(), args.limit, work)
    print(f"# kg build bench, {time.strftime('%Y-%m-%d %H:%M')}, {platform.node()}, {cpu_count()} cores, "
          f"python {platform.python_version()}, tokenizer {os.environ.get('KG_TOKENIZER', 'fast')}")
    print(f"# input {corpus}" + (f" (first {args.limit} items of {args.input.name})" if args.limit else ""))
    if args.check:
        ok = check_tokens(corpus, jobs) & check_graph(corpus, work, jobs)
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
        sys.exit(0 if ok else 1)
    out = work / "out"
    shutil.rmtree(out, ignore_errors=True)
    first = run_build(corpus, out, jobs)
    again = run_build(corpus, out, jobs)
    lcut = None if args.no_lcut else lcut_rate(corpus)
    report_build(first, again, lcut, lcut[0] if lcut else sum(len(d.text) for d in documents(corpus)))
    if not args.workdir:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
