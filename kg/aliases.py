"""User-forced merges and splits (aliases.toml), and the resolution table that explains each merge."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from kg.errors import InputError
from kg.model import ArticleResult, Entity, HonourAward, Membership, Relation


@dataclass(frozen=True)
class AliasRules:
    """merge: surface or canonical name → canonical name it must become; split: names never merged by scope."""

    merge: dict[str, str] = field(default_factory=dict)
    split: frozenset[str] = frozenset()


def load_aliases(path: Path) -> AliasRules:
    """Read aliases.toml: [merge] "别名" = "正式名称"; split = ["某某"]."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read the aliases file: {e}") from e
    merge = data.get("merge", {})
    split = data.get("split", [])
    if not isinstance(merge, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in merge.items()):
        raise InputError(f"{path}: [merge] must map names to names, e.g. \"市卫健委\" = \"某市卫生健康委员会\"")
    if not isinstance(split, list) or not all(isinstance(s, str) for s in split):
        raise InputError(f"{path}: split must be a list of names, e.g. split = [\"张三\"]")
    unknown = set(data) - {"merge", "split"}
    if unknown:
        raise InputError(f"{path}: unknown sections {sorted(unknown)}; available: merge, split")
    return AliasRules(dict(merge), frozenset(split))


def apply_aliases(results: list[ArticleResult], rules: AliasRules | None) -> tuple[list[ArticleResult], str]:
    """Apply forced merges and splits; return the results and resolution.tsv explaining every merge."""
    rules = rules or AliasRules()
    from kg.people import resolve_people
    results, person_rules = resolve_people(results, rules.split)
    remap: dict[str, str] = {}
    new_label: dict[str, str] = {}
    label_of: dict[str, str] = {}
    for r in results:
        for e in r.entities:
            label_of.setdefault(e.key, e.label)
    by_label: dict[tuple[str, str], str] = {}
    for key, label in sorted(label_of.items()):
        by_label.setdefault((key.split(":", 1)[0], label), key)
    for r in results:
        for e in r.entities:
            kind = e.key.split(":", 1)[0]
            target = next((rules.merge[n] for n in (e.label, *e.alt_labels) if n in rules.merge), None)
            if target and target != e.label:
                tkey = by_label.get((kind, target)) or f"{kind}:{target}"
                remap[e.key] = tkey
                new_label[tkey] = target
            elif kind == "person" and e.label in rules.split:
                remap[e.key] = f"{e.key}#{r.document.doc_id}"
    out = [_rekey(r, remap, new_label) for r in results] if remap else results
    return out, _resolution_table(out, remap, person_rules)


def _rekey(r: ArticleResult, remap: dict[str, str], new_label: dict[str, str]) -> ArticleResult:
    def k(x):
        return remap.get(x, x) if x else x
    ents: dict[str, Entity] = {}
    for e in r.entities:
        nk = k(e.key)
        label = new_label.get(nk, e.label)
        prev = ents.get(nk)
        alts = set(e.alt_labels) | ({e.label} if label != e.label else set()) | (set(prev.alt_labels) | {prev.label} if prev else set())
        ents[nk] = Entity(nk, e.type, label, tuple(sorted(alts - {label})), e.admin_level)
    facts = []
    for f in r.facts:
        if isinstance(f, Membership):
            facts.append(replace(f, person=k(f.person), organization=k(f.organization), role=k(f.role)))
        elif isinstance(f, HonourAward):
            facts.append(replace(f, recipient=k(f.recipient), honour=k(f.honour), conferred_by=tuple(k(c) for c in f.conferred_by)))
        elif isinstance(f, Relation):
            facts.append(replace(f, subject=k(f.subject), object=k(f.object)))
    return ArticleResult(r.document, tuple(sorted(ents.values(), key=lambda e: e.key)), tuple(dict.fromkeys(facts)),
                         tuple(k(a) for a in r.authors), r.timings)


def _resolution_table(results: list[ArticleResult], remap: dict[str, str], person_rules: dict[str, str]) -> str:
    """One row per entity with more than one surface form or a forced merge: what was merged and by which rule."""
    forms: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    docs: dict[str, set[str]] = {}
    for r in results:
        for e in r.entities:
            labels.setdefault(e.key, e.label)
            forms.setdefault(e.key, set()).update(e.alt_labels)
            docs.setdefault(e.key, set()).add(r.document.doc_id)
    forced = {v for v in remap.values()}
    rows = ["key\tcanonical\tsurface_forms\tarticles\trule"]
    for key in sorted(labels):
        alts = sorted(forms[key] - {labels[key]})
        if not alts and len(docs[key]) < 2 and key not in forced:
            continue
        rule = "aliases.toml" if key in forced else person_rules.get(key) or _rule(key, labels[key], alts, len(docs[key]))
        rows.append("\t".join([key, labels[key], "|".join(alts), str(len(docs[key])), rule]))
    return "\n".join(rows) + "\n"


def _rule(key: str, label: str, alts: list[str], ndocs: int) -> str:
    parts = []
    if any(len(a) < len(label) and a[:1] in "县市区省" for a in alts):
        parts.append("place-context")
    if any(a for a in alts if "卫健委" in a or "卫生健康委" in a or "计生协" in a or "疾控" in a):
        parts.append("abbreviation")
    if any(len(a) > len(label) for a in alts):
        parts.append("outer-place-stripped")
    if key.startswith("person:") and "@org:" in key:
        parts.append("same-name-same-organisation")
    if ndocs > 1:
        parts.append("same-canonical-name-across-articles")
    return ",".join(parts) or "surface-variant"
