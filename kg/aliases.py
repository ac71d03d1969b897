"""User-forced merges and splits (aliases.toml), and the resolution table that explains each merge."""
from __future__ import annotations

import re

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
    learned = short_names(results)
    remap.update(learned)
    for target in learned.values():
        new_label[target] = label_of[target]     # the fuller name stays the body's label
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
    forced = {remap[k] for k in remap if k not in learned or remap[k] != learned[k]}
    return out, _resolution_table(out, forced, set(learned.values()), person_rules)


_KIND_WORDS = frozenset("中心 人民 中医 第一 第二 第三 第四 第五 妇幼 儿童 附属 总 市 县 区 省".split())


_INSTITUTION = re.compile(r"(.{2,8}?)(?:方舱医院|医院|大学|医学院)")
_KIND_STEMS = frozenset("优抚 康复 老年 中医 中西医结合 人民 中心 妇幼 儿童 妇产 肿瘤 口腔 精神 传染 眼科 骨科 职业 定点 方舱 "
                        "应急 临时 野战 救治 隔离 专科 综合 民营 公立 私立 社区 乡镇 街道 基层 军队 部队 "
                        "医科 师范 理工 科技 农业 工业 财经 开放 职业技术 城市 附属 第一 第二 第三 第四 第五 第六 第七 第八".split())


def _proper_institution(label: str) -> bool:
    """某某医院, 某某大学 named by a proper name (火神山医院), not by a kind (肺科医院, 优抚医院, 第一医院)."""
    m = _INSTITUTION.fullmatch(label)
    return m is not None and m.group(1) not in _KIND_STEMS and m.group(1)[-1] not in "科病" and \
        not m.group(1).startswith(("第", "市", "县", "区", "省"))


_AFFILIATED = re.compile(r"^([\u4e00-\u9fff]{2,10}?大学)(?:[\u4e00-\u9fff]{2,6}?(?:医学院|学院|医学部))?(?:附属)?"
                         r"([\u4e00-\u9fff]{2,6}?医院(?:[\u4e00-\u9fff]{1,6}院区)?)$")


def _university_hospital_core(label: str) -> str | None:
    """某大学某医院 for every way of writing a university's hospital (with its medical school, with 附属, with the
    university short as 某科大), or None for other names."""
    name = label.replace("科大", "科技大学") if "科大" in label and "科技大学" not in label else label
    m = _AFFILIATED.match(name)
    if m is None or m.group(2).startswith(("第", "附属")):
        return None                     # (某大学第一医院: numbered hospitals stay as written)
    return m.group(1) + m.group(2)


def short_names(results: list[ArticleResult]) -> dict[str, str]:
    """Bodies named in some article only by a short name that another article gives as the short name of one
    fuller name (某卫组织 there, 世界某卫组织 with 某卫组织 here): organisation key → the fuller body's key.
    A short name given to two bodies, a bare kind (县医院) or a word naming the article's own body, merges nothing."""
    from kg.lexicon import ORG_HEADS, UNIT_HEADS
    from kg.resolve import leading_place
    label_of: dict[str, str] = {}
    owners: dict[str, set[str]] = {}
    ndocs: dict[str, int] = {}
    alts_of: dict[str, set[str]] = {}
    for r in results:
        for e in r.entities:
            if e.key.startswith("org:"):
                label_of.setdefault(e.key, e.label)
                ndocs[e.key] = ndocs.get(e.key, 0) + 1
                alts_of.setdefault(e.key, set()).update(e.alt_labels)
    # 某大学某医学院附属某医院, 某大学附属某医院, 某大学某医院, 某科大某医院: a university's hospital written with or
    # without its medical school and 附属, one body, under the commoner form
    out: dict[str, str] = {}
    affiliated: dict[str, list[str]] = {}
    for key, label in sorted(label_of.items()):
        core = _university_hospital_core(label)
        if core is not None:
            affiliated.setdefault(core, []).append(key)
    for keys in affiliated.values():
        if len(keys) > 1:
            top = max(keys, key=lambda k: (ndocs[k], len(label_of[k]), k))
            for k in keys:
                if k != top:
                    out[k] = top
                    alts_of[top] |= alts_of[k] | {label_of[k]}
    for key, alts in sorted(alts_of.items()):
        if key not in out:
            for a in alts:
                owners.setdefault(a, set()).add(key)
    # a hospital or university named with its place in one article (某市某某医院) and without it in another owns
    # the short name too, when that is a proper name, not a kind (肺科医院, 优抚医院, 人民医院)
    by_label = {label: key for key, label in label_of.items() if _proper_institution(label)}
    for key, label in sorted(label_of.items()):
        if key in out:
            continue
        for i in range(2, min(8, len(label) - 2)):
            rest = by_label.get(label[i:])
            if rest is not None and rest != key and leading_place(label[:i], frozenset())[1] == label[:i]:
                # (某地某某医院, where of the bodies that own 某某医院 one only is written 某地某大学某某医院 too: that body)
                held = [k for k in sorted(owners.get(label[i:], set()) - {key})
                        if any(a.startswith(label[:i]) and a != label for a in alts_of[k])]
                if len(held) == 1:
                    out[key] = held[0]
                    break
                owners.setdefault(label[i:], set()).add(key)
    for key, label in sorted(label_of.items()):
        if key in out:
            continue
        targets = sorted(owners.get(label, set()) - {key})
        if len(targets) != 1 or len(label) < 3 or label[:1] in "县市区省州该本" or \
                len(label_of[targets[0]]) <= len(label) or label in ORG_HEADS or \
                label.endswith(tuple(UNIT_HEADS)) and not label.startswith(("中央", "国务院")):
            continue
        # the fuller name must be the common one: a name read once with words glued on (某某向希法医院) is
        # no fuller name of a body named often
        full = label_of[targets[0]]
        place, surface = leading_place(full[:-len(label)], frozenset()) if full.endswith(label) else (None, "")
        # 某市某某医院 / 某某医院: a city or province before the same name is no glued word, however rare
        placed = place is not None and surface == full[:-len(label)] and \
            (place.level in ("province", "city") or surface[-1] in "省市县区")
        if placed and ndocs[key] > ndocs[targets[0]]:
            out.setdefault(targets[0], key)     # the commoner form is the node (某某大学, not 某市某某大学)
            continue
        head = max((h for h in ORG_HEADS if label.endswith(h)), key=len, default="")
        if len(label) - len(head) < 2 or label[:len(label) - len(head)] in _KIND_WORDS:
            continue                    # 中心医院, 人民医院: a kind of body, whose it is the article knew
        if not placed and ndocs[targets[0]] < ndocs[key] and ndocs[key] >= 2:
            out.setdefault(targets[0], key)     # 中央某地指导组 (alt 中央指导组) once, 中央指导组 often: the common form
            continue
        if not placed and ndocs[targets[0]] < 2:
            continue
        out[key] = targets[0]
    # 武汉某某医院 in one article, 武汉市某某医院 in another: one place written short and in full, one body, under
    # the commoner form (the full one on a tie)
    written: dict[tuple[str, str], list[str]] = {}
    for key, label in sorted(label_of.items()):
        place, surface = leading_place(label, frozenset())
        if place is not None and len(label) - len(surface) >= 3 and key not in out:
            written.setdefault((place.code, label[len(surface):]), []).append(key)
    for keys in written.values():
        if len(keys) > 1:
            top = max(keys, key=lambda k: (ndocs[k], len(label_of[k]), k))
            for k in keys:
                if k != top:
                    out.setdefault(k, top)
    # a fuller body may itself be known by a fuller name still: follow to the end
    for key in list(out):
        seen = {key}
        while out[key] in out and out[key] not in seen:
            seen.add(out[key])
            out[key] = out[out[key]]
    return out


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


def _resolution_table(results: list[ArticleResult], forced: set[str], learned: set[str],
                      person_rules: dict[str, str]) -> str:
    """One row per entity with more than one surface form or a forced merge: what was merged and by which rule."""
    forms: dict[str, set[str]] = {}
    labels: dict[str, str] = {}
    docs: dict[str, set[str]] = {}
    for r in results:
        for e in r.entities:
            labels.setdefault(e.key, e.label)
            forms.setdefault(e.key, set()).update(e.alt_labels)
            docs.setdefault(e.key, set()).add(r.document.doc_id)
    rows = ["key\tcanonical\tsurface_forms\tarticles\trule"]
    for key in sorted(labels):
        alts = sorted(forms[key] - {labels[key]})
        if not alts and len(docs[key]) < 2 and key not in forced:
            continue
        rule = "aliases.toml" if key in forced else person_rules.get(key) or _rule(key, labels[key], alts, len(docs[key]))
        if key in learned and key not in forced:
            rule += ",short-name-across-articles"
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
