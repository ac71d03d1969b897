"""Corpus-level identity of people: one name is one person where organisations link the mentions."""
from __future__ import annotations

from dataclasses import replace

from kg.model import ArticleResult, Entity, HonourAward, Membership


def _name_scope(key: str) -> tuple[str, str]:
    name, _, scope = key[len("person:"):].partition("@")
    return name, scope


def resolve_people(results: list[ArticleResult], never_merge: frozenset[str] = frozenset()
                   ) -> tuple[list[ArticleResult], dict[str, str]]:
    """Merge person nodes that evidence links, and return the results with a map old key → rule.

    A name held with posts in the same organisation is one person, and so are the organisations one
    person holds posts in within one article (so 某某 of body A and 某某 of bodies A and B are one). A mention
    with no organisation joins the person of that name when the corpus knows one such person, or one that
    carries three quarters of the name's attested posts.
    Names in never_merge stay one node per article."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            parent[hi] = lo

    for r in results:
        orgs_of: dict[str, set[str]] = {}
        for f in r.facts:
            if isinstance(f, Membership):
                orgs_of.setdefault(f.person, set()).add(f.organization)
        for person, orgs in orgs_of.items():
            name, scope = _name_scope(person)
            if name in never_merge:
                continue
            nodes = sorted(f"{name}@{o}" for o in orgs) + [f"{name}@{scope}"]
            for n in nodes[1:]:
                union(nodes[0], n)
    # one name holding posts in national bodies in several articles (总理 here, 副主任 of a central commission there)
    # is one person: national office holders of one name hardly coexist
    national_roots: dict[str, dict[str, bool]] = {}
    for r in results:
        for f in r.facts:
            if isinstance(f, Membership):
                name, scope = _name_scope(f.person)
                if name in never_merge or len(name) < 2:
                    continue
                root = find(f"{name}@{scope}")
                seen = national_roots.setdefault(name, {})
                org = f.organization[len("org:"):]
                # (某党中央: a party's central committee is a national body too)
                seen[root] = seen.get(root, False) or org.startswith(_NATIONAL_BODIES) or org.endswith("中央") or \
                    org.startswith(_NATIONAL_SOCIETIES) and not org.endswith(_FIRMS)
    national_names = set()
    for name, roots in national_roots.items():
        # (a post held in a province in another article, 时任某省省长, leaves the national holders one person still)
        held = sorted(r for r, national in roots.items() if national)
        if len(held) > 1:
            national_names.add(name)
            first, *rest = held
            for other in rest:
                union(first, other)
    anchored: dict[str, set[str]] = {}
    for node in list(parent):
        name, _, scope = node.partition("@")
        anchored.setdefault(name, set()).add(find(node))
    weight: dict[str, int] = {}          # articles in which each person holds a post
    for r in results:
        for person in {f.person for f in r.facts if isinstance(f, Membership)}:
            name, scope = _name_scope(person)
            if name not in never_merge:
                root = find(f"{name}@{scope}")
                weight[root] = weight.get(root, 0) + 1
    # an unanchored mention joins the person of that name the corpus attests most, when that one
    # carries at least three quarters of the name's articles with posts; otherwise it stays apart
    dominant: dict[str, str] = {}
    for name, roots in anchored.items():
        ranked = sorted(roots, key=lambda x: (-weight.get(x, 0), x))
        total = sum(weight.get(x, 0) for x in roots)
        if total and weight.get(ranked[0], 0) * 4 >= total * 3:
            dominant[name] = ranked[0]
    remap: dict[str, str] = {}
    rules: dict[str, str] = {}
    resolved = _co_mentions(results, parent, dominant, never_merge, find)
    for r in results:
        for e in r.entities:
            if not e.key.startswith("person:"):
                continue
            name, scope = _name_scope(e.key)
            if name in never_merge:
                continue
            node = f"{name}@{scope}"
            if node in parent:
                root = find(node)
                rule = "same-name-in-national-posts" if name in national_names else "same-name-linked-by-organisation"
            elif name in dominant:
                root = dominant[name]
                rule = "unique-name-in-corpus" if len(anchored[name]) == 1 else "most-attested-person-of-that-name"
            elif e.key in resolved:
                root = resolved[e.key]
                rule = "same-foreign-name-across-articles" if _foreign(name) else "same-name-with-the-same-people"
            else:
                continue
            new = "person:" + root
            if new != e.key:
                remap[e.key] = new
                rules[new] = rule
    results = [_rekey(r, remap) for r in results] if remap else results
    return _dotted_short_forms(results, never_merge, rules)


def _dotted_short_forms(results: list[ArticleResult], never_merge: frozenset[str], rules: dict[str, str]
                        ) -> tuple[list[ArticleResult], dict[str, str]]:
    """某某·麦某恩 and 麦某恩: a transliterated name written without its given names is the one person whose dotted name
    ends so, when the corpus has one such person; the node keeps the full name, the short one as another name."""
    full_of: dict[str, set[tuple[str, str]]] = {}
    for r in results:
        for e in r.entities:
            if e.key.startswith("person:") and "·" in e.label:
                full_of.setdefault(e.label.rsplit("·", 1)[1], set()).add((e.key, e.label))
    remap: dict[str, tuple[str, str]] = {}
    for r in results:
        for e in r.entities:
            fulls = full_of.get(e.label) if e.key.startswith("person:") and "·" not in e.label else None
            if fulls and len(fulls) == 1 and len(e.label) >= 2 and _foreign(e.label + "·") and \
                    e.label not in never_merge:
                remap[e.key] = next(iter(fulls))
    if not remap:
        return results, rules
    keys = {short: full for short, (full, _) in remap.items()}
    labels = dict(remap.values())
    # (an article naming none of them is kept as it is, not copied)
    out = [_rekey(r, keys, labels) if any(e.key in keys for e in r.entities) else r for r in results]
    for key, label in remap.values():
        rules[key] = "short-form-of-a-dotted-name"
    return out, rules


def _co_mentions(results: list[ArticleResult], parent: dict[str, str], dominant: dict[str, str],
                 never_merge: frozenset[str], find) -> dict[str, str]:
    """Names never seen with a post: mentions in two articles are one person when the two articles also
    name another, already identified person (某甲、某乙 in two reports of the same meeting)."""
    def ident(key: str) -> str | None:
        name, scope = _name_scope(key)
        node = f"{name}@{scope}"
        if node in parent:
            return find(node)
        return dominant.get(name)
    loose: dict[str, list[tuple[str, str]]] = {}      # name → (article id, key)
    known_in: dict[str, set[str]] = {}                 # article id → identified people it names
    for r in results:
        doc = r.document.doc_id
        for e in r.entities:
            if not e.key.startswith("person:"):
                continue
            who = ident(e.key)
            name, _ = _name_scope(e.key)
            if who is not None:
                known_in.setdefault(doc, set()).add(who)
            elif name not in never_merge:
                loose.setdefault(name, []).append((doc, e.key))
    out: dict[str, str] = {}
    for name, mentions in loose.items():
        if len(mentions) < 2:
            continue
        if _foreign(name):
            # a transliterated name (某德塞, 某·某某) is one person in every article: such names hardly collide
            first = min(key for _, key in mentions)
            out.update({key: first[len("person:"):] for _, key in mentions if key != first})
            continue
        group: dict[str, str] = {key: key for _, key in mentions}

        def root(k: str) -> str:
            while group[k] != k:
                k = group[k]
            return k
        by_person: dict[str, str] = {}
        for doc, key in sorted(mentions):
            for who in sorted(known_in.get(doc, ())):
                if who in by_person:
                    a, b = sorted((root(by_person[who]), root(key)))
                    group[b] = a
                else:
                    by_person[who] = key
        for _, key in mentions:
            r = root(key)
            if r != key:
                out[key] = r[len("person:"):]
    return out


_NATIONAL_BODIES = ("国家", "国务院", "中共中央", "中央", "全国人大", "全国政协", "最高人民")
# 中国红十字会, 中华全国总工会: national societies (a firm named 中国某某公司 is none)
_NATIONAL_SOCIETIES = ("中国", "中华全国")
_FIRMS = ("公司", "集团", "银行")


def _foreign(name: str) -> bool:
    """A transliterated foreign name: dotted, or of three or more characters mostly those such names use."""
    from kg.extract.people import _translit_share
    return any(c in name for c in "·・•‧") or (len(name) >= 3 and _translit_share(name) >= 0.75)


def _rekey(r: ArticleResult, remap: dict[str, str], labels: dict[str, str] | None = None) -> ArticleResult:
    """The article with its people's keys remapped; labels gives a node's label where it changes (the other names
    kept as alternatives)."""
    def k(x):
        return remap.get(x, x) if x else x
    ents: dict[str, Entity] = {}
    for e in r.entities:
        nk = k(e.key)
        label = (labels or {}).get(nk)
        if label is not None and label != e.label:
            e = replace(e, label=label, alt_labels=tuple(sorted((set(e.alt_labels) | {e.label}) - {label})))
        if nk in ents:
            prev = ents[nk]
            e = replace(prev, alt_labels=tuple(sorted(set(prev.alt_labels) | set(e.alt_labels))))
        ents[nk] = replace(e, key=nk)
    facts = []
    for f in r.facts:
        if isinstance(f, Membership):
            f = replace(f, person=k(f.person))
        elif isinstance(f, HonourAward):
            f = replace(f, recipient=k(f.recipient))
        facts.append(f)
    return ArticleResult(r.document, tuple(sorted(ents.values(), key=lambda e: e.key)), tuple(dict.fromkeys(facts)),
                         tuple(dict.fromkeys(k(a) for a in r.authors)), r.timings)
