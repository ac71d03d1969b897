"""Exact-span precision, recall and F1 of the `kg mentions` tagger on CLUENER2020 dev and MSRA NER test, and on the
person names of Resume NER dev + test (a check on a third kind of text; its errors were read from session 18 on)."""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.model import EntityType as T, Mention  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
CLUENER_DEV = DATA / "cluener" / "dev.json"
MSRA_TEST = DATA / "msra_ner" / "msra_test_bio.txt"
RESUME_DIR = DATA / "resume_ner"
TARGETS = {"cluener": {"name": 0.80, "government": 0.75, "position": 0.70},
           "msra": {"PER": 0.85, "LOC": 0.80}, "resume": {}}
# CLUENER tells firms (company) from other bodies (organization); our Organization covers both
_COMPANY_ENDS = ("公司", "集团", "银行", "企业", "商行", "证券", "保险", "基金", "控股", "股份", "电视台", "报社", "网")

Span = tuple[str, int, int]          # label, start, end (exclusive)


def read_cluener(path: Path, limit: int | None = None) -> list[tuple[str, set[Span]]]:
    """Sentences of a CLUENER JSON-lines file with their gold spans (ends made exclusive)."""
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(out) >= limit:
                break
            if not line.strip():
                continue
            row = json.loads(line)
            gold = {(label, s, e + 1) for label, by_text in row.get("label", {}).items()
                    for spans in by_text.values() for s, e in spans}
            out.append((row["text"], gold))
    return out


def read_bio(path: Path, limit: int | None = None) -> list[tuple[str, set[Span]]]:
    """Sentences of a character-per-line BIO file ("char<TAB>tag", blank line between sentences)."""
    out: list[tuple[str, set[Span]]] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if chars:
            out.append(("".join(chars), bio_spans(tags)))
        chars.clear(), tags.clear()

    with path.open(encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(out) >= limit:
                break
            parts = line.rstrip("\n").split("\t") if "\t" in line else line.split()
            if not line.strip() or len(parts) < 2:
                flush()
                continue
            chars.append(parts[0][:1] or " ")
            tags.append(parts[-1])
    if limit is None or len(out) < limit:
        flush()
    return out


def bio_spans(tags: list[str]) -> set[Span]:
    """Spans of a BIO tag sequence; an I- tag without its B- opens a span too."""
    spans: set[Span] = set()
    label, start = None, 0
    for i, tag in enumerate(tags + ["O"]):
        kind, _, lab = tag.partition("-")
        if label is not None and (kind != "I" or lab != label):
            spans.add((label, start, i))
            label = None
        if kind == "B" or (kind == "I" and label is None):
            label, start = lab, i
    return spans


def read_bmes(path: Path, limit: int | None = None) -> list[tuple[str, set[Span]]]:
    """Sentences of Resume NER's BMES files (dev and test of the folder path) with their gold spans."""
    out: list[tuple[str, set[Span]]] = []
    for name in ("dev.char.bmes", "test.char.bmes"):
        chars: list[str] = []
        tags: list[str] = []
        for line in (path / name).read_text(encoding="utf-8").splitlines() + [""]:
            parts = line.split()
            if len(parts) >= 2:
                chars.append(parts[0][:1])
                tags.append(parts[-1])
                continue
            if chars:
                out.append(("".join(chars), {sp for sp in bmes_spans(tags) if sp[0] == "NAME"}))
            chars, tags = [], []
    return out[:limit] if limit is not None else out


def bmes_spans(tags: list[str]) -> set[Span]:
    """Spans of a BMES tag sequence (B-, M-, E- and S- with a label)."""
    spans: set[Span] = set()
    start = None
    for i, tag in enumerate(tags):
        kind, _, lab = tag.partition("-")
        if kind == "S":
            spans.add((lab, i, i + 1))
        elif kind == "B":
            start = i
        elif kind == "E" and start is not None:
            spans.add((lab, start, i + 1))
            start = None
    return spans


def resume_label(m: Mention) -> str | None:
    """Resume NER's NAME for a person; its other labels (TITLE, ORG, EDU…) follow conventions of their own."""
    return "NAME" if m.type == T.PERSON else None


def cluener_label(m: Mention) -> str | None:
    """The CLUENER label our type stands for (None: no CLUENER counterpart)."""
    if m.type == T.PERSON:
        return "name"
    if m.type in (T.GOVERNMENT_AGENCY, T.PARTY_ORGANIZATION):
        return "government"
    if m.type == T.ROLE:
        return "position"
    if m.type == T.PLACE:
        return "address"
    if m.type == T.ORGANIZATION and m.text.endswith(_COMPANY_ENDS):
        return "company"
    if m.type in (T.ORGANIZATION, T.MEDICAL_INSTITUTION):
        return "organization"
    return None


def msra_label(m: Mention) -> str | None:
    """The MSRA label our type stands for (None: no MSRA counterpart)."""
    if m.type == T.PERSON:
        return "PER"
    if m.type == T.PLACE:
        return "LOC"
    if m.type.is_organization:
        return "ORG"
    return None


def evaluate(sents: list[tuple[str, set[Span]]], to_label) -> dict:
    """Run tag_text on each sentence; per-label counts and scores plus throughput."""
    from kg.tagger import tag_text

    tp, fp, fn = Counter(), Counter(), Counter()
    chars = sum(len(t) for t, _ in sents)
    t0 = time.perf_counter()
    for text, gold in sents:
        pred = set()
        for m in tag_text(text):
            label = to_label(m)
            if label is not None:
                pred.add((label, m.start, m.end))
        for s in pred & gold:
            tp[s[0]] += 1
        for s in pred - gold:
            fp[s[0]] += 1
        for s in gold - pred:
            fn[s[0]] += 1
    secs = time.perf_counter() - t0
    labels = sorted(set(tp) | set(fp) | set(fn))
    rows = {lab: _scores(tp[lab], fp[lab], fn[lab]) for lab in labels}
    predicted = {lab for lab in labels if tp[lab] + fp[lab]}
    micro = _scores(sum(tp[l] for l in predicted), sum(fp[l] for l in predicted), sum(fn[l] for l in predicted))
    return {"sentences": len(sents), "chars": chars, "seconds": round(secs, 3),
            "chars_per_s": round(chars / secs) if secs else None, "labels": rows,
            "micro_predicted_labels": micro}


def _scores(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp,
            "gold": tp + fn}


def print_table(name: str, res: dict, targets: dict[str, float]) -> None:
    """One line per label: P, R, F1, gold count and the F1 target where the issue sets one."""
    print(f"\n{name}: {res['sentences']} sentences, {res['chars']} chars, {res['seconds']:.2f} s "
          f"({res['chars_per_s']} chars/s)")
    print(f"{'label':<14} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}  target")
    for lab, s in res["labels"].items():
        pred = s["tp"] + s["fp"]
        tgt = targets.get(lab)
        mark = "" if tgt is None else f"{tgt:.2f} {'ok' if s['f1'] >= tgt else 'below'}"
        if not pred:
            mark = (mark + " " if mark else "") + "(not predicted)"
        print(f"{lab:<14} {s['precision']:>6.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['gold']:>6} {pred:>6}  {mark}")
    m = res["micro_predicted_labels"]
    print(f"{'micro*':<14} {m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f} {m['gold']:>6} "
          f"{m['tp'] + m['fp']:>6}  *over the labels we predict")


def main(argv: list[str] | None = None) -> int:
    """Score the tagger on whichever benchmark files exist; exit 0 with a note when none do."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--cluener", type=Path, default=CLUENER_DEV, help="CLUENER dev.json")
    ap.add_argument("--msra", type=Path, default=MSRA_TEST, help="MSRA test file in BIO format")
    ap.add_argument("--resume", type=Path, default=RESUME_DIR, help="Resume NER folder (dev.char.bmes, test.char.bmes)")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N sentences of each set")
    ap.add_argument("--only", choices=("cluener", "msra", "resume"), help="score one benchmark only")
    ap.add_argument("--json", action="store_true", help="print the results as one JSON object instead")
    args = ap.parse_args(argv)
    sets = [("cluener", "CLUENER2020 dev", args.cluener, read_cluener, cluener_label),
            ("msra", "MSRA NER test", args.msra, read_bio, msra_label),
            ("resume", "Resume NER dev+test, names only", args.resume, read_bmes, resume_label)]
    results = {}
    for key, name, path, read, to_label in sets:
        if args.only and args.only != key:
            continue
        if not path.exists():
            print(f"{name}: {path} not found; skipped (the benchmark data lives in ../shared/data)",
                  file=sys.stderr)
            continue
        from kg.tagger import tag_text
        t = time.perf_counter()
        tag_text("预热：张三在北京市卫生健康委员会任主任。")      # load jieba and the gazetteer outside the timing
        load = time.perf_counter() - t
        res = evaluate(read(path, args.limit), to_label)
        res["load_seconds"] = round(load, 2)
        results[key] = res
        if not args.json:
            print_table(name, res, TARGETS[key])
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=1))
    elif not results:
        print("no benchmark data found; nothing to score")
    return 0


if __name__ == "__main__":
    sys.exit(main())
