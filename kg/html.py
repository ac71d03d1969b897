"""Self-contained interactive HTML network of a healthkg graph: vis-network inline, text-only tooltips."""
from __future__ import annotations

import base64
import hashlib
import io
import json
import math
import re
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, NamedTuple

import networkx as nx

from kg.atomic import atomic_write
from kg.errors import InputError

KG = "https://w3id.org/healthkg/ontology#"
ORG = "http://www.w3.org/ns/org#"
FOAF = "http://xmlns.com/foaf/0.1/"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
DCT = "http://purl.org/dc/terms/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

# (key, class IRI, Chinese name, English name, colour, vis shape); the first matching type wins,
# so specific classes come before org:Organization.
CLASSES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("GovernmentAgency", KG + "GovernmentAgency", "政府机构", "Government agency", "#3b6fb6", "dot"),
    ("MedicalInstitution", KG + "MedicalInstitution", "医疗机构", "Medical institution", "#2a9d8f", "square"),
    ("PartyOrganization", KG + "PartyOrganization", "党组织", "Party organisation", "#d62828", "triangle"),
    ("Organization", ORG + "Organization", "组织", "Organisation", "#6c757d", "dot"),
    ("Person", FOAF + "Person", "人物", "Person", "#f4a261", "diamond"),
    ("Honour", KG + "Honour", "荣誉", "Honour", "#e9b824", "star"),
    ("Program", KG + "Program", "项目活动", "Programme", "#6a994e", "hexagon"),
    ("Place", KG + "Place", "地区", "Place", "#9c6644", "triangleDown"),
    ("NewsArticle", SCHEMA + "NewsArticle", "文章", "News article", "#8d99ae", "square"),
)
OTHER = ("Other", "", "其他", "Other", "#adb5bd", "dot")
# Reified or omitted (posts become edge labels): these never become nodes of their own.
SKIPPED_TYPES = {ORG + "Membership", KG + "HonourAward", ORG + "Role"}
# Shown unticked at first: thousands of articles would otherwise swamp the organisations.
HIDDEN_BY_DEFAULT = ("NewsArticle",)

PLAIN_EDGES = {
    ORG + "subOrganizationOf": ("隶属", "subOrganizationOf"),
    KG + "locatedIn": ("位于", "locatedIn"),
    SCHEMA + "containedInPlace": ("属于", "containedInPlace"),
    KG + "carriesOut": ("开展", "carriesOut"),
    DCT + "creator": ("作者", "creator"),
    KG + "received": ("荣誉", "honour"),
}
MAX_EVIDENCE = 5

try:
    from pyoxigraph import Quad as _OX_QUAD
except ImportError:                     # pragma: no cover - pyoxigraph is a dependency
    _OX_QUAD = None

class Lit(NamedTuple):
    """An RDF literal reduced to what the page shows."""

    # a named tuple: a big graph makes hundreds of thousands, and a frozen dataclass is slow to create
    value: str
    lang: str = ""


def _term(t: Any) -> str | Lit:
    """A pyoxigraph or rdflib term as an IRI string, '_:'-prefixed blank node or Lit."""
    mod = type(t).__module__
    name = type(t).__name__
    if mod.startswith("rdflib"):
        if name == "Literal":
            return Lit(str(t), t.language or "")
        if name == "BNode":
            return "_:" + str(t)
        return str(t)
    if name == "Literal":
        return Lit(t.value, t.language or "")
    if name == "BlankNode":
        return "_:" + t.value
    if name == "NamedNode":
        return t.value
    return str(t)


def _spo(triples: Any) -> dict[tuple[str, str, Any], set[str]]:
    """Distinct (subject, predicate, object) of pyoxigraph triples/quads or an rdflib graph, each with
    the named graphs (articles) that hold it."""
    out: dict[tuple[str, str, Any], set[str]] = defaultdict(set)
    if isinstance(triples, list) and all(type(t) is _OX_QUAD for t in triples):
        return _spo_quads(triples, out)
    for t in triples:
        if isinstance(t, tuple):
            s, p, o, g = t[0], t[1], t[2], (t[3] if len(t) > 3 else None)
        else:
            s, p, o, g = t.subject, t.predicate, t.object, getattr(t, "graph_name", None)
        names = out[(_term(s), _term(p), _term(o))]
        if g is not None and type(g).__name__ == "NamedNode":
            names.add(g.value)
    return out


def _spo_quads(quads: list, out: dict) -> dict:
    """_spo for a list of pyoxigraph quads, with no per-term dispatch (the build's own path)."""
    import pyoxigraph as ox

    named, literal = ox.NamedNode, ox.Literal
    for q in quads:
        s, o, g = q.subject, q.object, q.graph_name
        to = type(o)
        names = out[(s.value if type(s) is named else "_:" + s.value, q.predicate.value,
                     o.value if to is named else Lit(o.value, o.language or "") if to is literal else "_:" + o.value)]
        if type(g) is named:
            names.add(g.value)
    return out


def load_triples(path: Path) -> list:
    """Parse an RDF file (.ttl, .nq, .trig, .nt, …) with pyoxigraph into a list of quads."""
    import pyoxigraph as ox

    path = Path(path)
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower()) if path.suffix else None
    if fmt is None:
        raise InputError(f"{path}: unknown RDF file type {path.suffix!r}; expected one of "
                         ".ttl, .nt, .nq, .trig, .n3, .rdf, .jsonld")
    if not path.is_file():
        raise InputError(f"{path}: graph file not found")
    try:
        with path.open("rb") as f:
            return list(ox.parse(f, format=fmt))
    except (SyntaxError, ValueError, OSError) as e:
        raise InputError(f"{path}: cannot parse as {fmt.name}: {e}") from e


def _pick_label(lits: Iterable[Lit]) -> str | None:
    """The Chinese label if there is one, else the first; sorted so output is stable."""
    lits = sorted(lits)
    for lit in lits:
        if lit.lang.startswith("zh"):
            return lit.value
    return lits[0].value if lits else None


def _local(iri: str) -> str:
    """The last segment of an IRI, for nodes without any label."""
    from urllib.parse import unquote

    return unquote(iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1]) or iri


def graph_to_network(triples: Any, spo: dict | None = None) -> nx.MultiDiGraph:
    """Build the drawable network: entities as nodes, memberships and awards as labelled edges (from triples,
    or from their _spo table when given)."""
    props: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    spo = _spo(triples) if spo is None else spo
    for s, p, o in spo:
        props[s][p].add(o)

    def one(s: str, p: str) -> Any:
        vals = props.get(s, {}).get(p, ())
        if len(vals) == 1:      # the common case, without a sort
            return next(iter(vals))
        vals = sorted(vals, key=str)
        return vals[0] if vals else None

    def text(s: str, p: str) -> str | None:
        vals = props.get(s, {}).get(p, ())
        if len(vals) == 1:
            v = next(iter(vals))
            return v.value if isinstance(v, Lit) else None
        return _pick_label(v for v in vals if isinstance(v, Lit))

    def label_of(s: str) -> str:
        return text(s, RDFS + "label") or text(s, DCT + "title") or _local(s)

    def article_name(art: str) -> str:
        title, src = text(art, DCT + "title"), text(art, KG + "sourceFile")
        return ("《%s》 %s" % (title, src or "")).strip() if title else (src or art)

    def source_of(s: str) -> list[str]:
        arts = props.get(s, {}).get(PROV + "wasDerivedFrom", ())
        return [article_name(a) for a in sorted(arts, key=str) if not isinstance(a, Lit)]

    g = nx.MultiDiGraph()
    by_iri = {c[1]: c for c in CLASSES}

    def add_node(iri: str) -> None:
        if iri in g:
            return
        types = props.get(iri, {}).get(RDF_TYPE, set())
        cls = next((c for c in CLASSES if c[1] in types), OTHER)
        names = sorted({v.value for v in props.get(iri, {}).get(RDFS + "label", ()) if isinstance(v, Lit)}
                       | {v.value for v in props.get(iri, {}).get(SKOS + "altLabel", ()) if isinstance(v, Lit)})
        label = label_of(iri)
        info = []
        if cls[0] == "NewsArticle":
            for p, name in ((KG + "sourceFile", "文件"), (DCT + "date", "日期"), (SCHEMA + "url", "网址")):
                v = text(iri, p)
                if v:
                    info.append(f"{name}: {v}")
        elif cls[0] == "Place":
            v = text(iri, KG + "adminLevel")
            if v:
                info.append(f"级别: {v}")
        g.add_node(iri, label=label, cls=cls[0], names=[label] + [n for n in names if n != label], info=info)

    for s in sorted(props):
        types = props[s].get(RDF_TYPE, set())
        if any(t in by_iri for t in types) and not (types & SKIPPED_TYPES):
            add_node(s)

    # (from, to, label) -> kind, former, evidence lines; merged so repeated facts draw one edge.
    edges: dict[tuple[str, str, str], dict] = {}

    def add_edge(a: str, b: str, label: str, kind: str, lines: list[str] = (), former: bool = False) -> None:
        if isinstance(a, Lit) or isinstance(b, Lit) or a == b:
            return
        e = edges.setdefault((a, b, label), {"kind": kind, "former": former, "lines": []})
        for line in lines:
            if line not in e["lines"]:
                e["lines"].append(line)

    def prov_lines(node: str) -> list[str]:
        lines = []
        ev = text(node, KG + "evidence")
        if ev:
            lines.append(f"证据: {ev}")
        lines += [f"来源: {s}" for s in source_of(node)]
        return lines

    for s in sorted(props):
        types = props[s].get(RDF_TYPE, set())
        if ORG + "Membership" in types:
            member, organ, role = one(s, ORG + "member"), one(s, ORG + "organization"), one(s, ORG + "role")
            if member is None or organ is None:
                continue
            former = any(isinstance(v, Lit) and v.value in ("true", "1") for v in props[s].get(KG + "former", ()))
            name = label_of(role) if role else "成员"
            label = ("原" + name) if former else name
            add_edge(member, organ, label, "membership",
                     [f"职务: {name}" + ("（原任）" if former else "")] + prov_lines(s), former)
        elif KG + "HonourAward" in types:
            rec, hon, by = one(s, KG + "recipient"), one(s, KG + "honour"), one(s, KG + "conferredBy")
            if rec is None or hon is None:
                continue
            year, period = text(s, KG + "year"), text(s, KG + "period")
            lines = [f"荣誉: {label_of(hon)}"]
            if by:
                lines.append(f"授予: {label_of(by)}")
            if year or period:
                lines.append("年份: " + " ".join(x for x in (year, period) if x))
            lines += prov_lines(s)
            add_edge(rec, hon, "荣誉", "honour", lines)
            if by:
                add_edge(by, hon, "授予", "conferral",
                         [f"获得者: {label_of(rec)}"] + [x for x in lines[1:] if not x.startswith("授予:")])
        for p, (label, kind) in PLAIN_EDGES.items():
            for o in sorted(props[s].get(p, ()), key=str):
                # Plain relations are not reified; the article graphs holding them are their provenance.
                arts = sorted(spo[(s, p, o)])
                add_edge(s, o, label, kind, [f"来源: {article_name(a)}" for a in arts])

    for (a, b, label), e in sorted(edges.items()):
        add_node(a)
        add_node(b)
        g.add_edge(a, b, key=label, label=label, kind=e["kind"], former=e["former"], lines=e["lines"])
    for n in g.nodes:
        g.nodes[n]["degree"] = g.degree(n)
    return g


def _node_size(degree: int) -> float:
    """Grow with the square root of degree so hubs stand out without covering the page."""
    return round(min(10 + 4 * math.sqrt(degree), 48), 1)


def _payload(network: nx.MultiDiGraph, title: str) -> dict:
    """The JSON the page script draws: nodes, edges, classes and counts."""
    classes = {c[0]: c for c in CLASSES + (OTHER,)}
    ids = {n: i for i, n in enumerate(sorted(network.nodes))}
    nodes = []
    for n in sorted(network.nodes):
        d = network.nodes[n]
        nodes.append({"id": ids[n], "iri": n, "label": d["label"], "cls": d["cls"], "names": d["names"],
                      "info": d["info"], "degree": d["degree"], "size": _node_size(d["degree"])})
    edges = []
    for a, b, k, d in sorted(network.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])):
        edges.append({"from": ids[a], "to": ids[b], "label": d["label"], "kind": d["kind"],
                      "former": d["former"], "lines": d["lines"][:MAX_EVIDENCE],
                      "more": max(0, len(d["lines"]) - MAX_EVIDENCE)})
    used = Counter(d["cls"] for _, d in network.nodes(data=True))
    legend = [{"key": c[0], "zh": c[2], "en": c[3], "color": c[4], "shape": c[5], "count": used[c[0]],
               "hidden": c[0] in HIDDEN_BY_DEFAULT}
              for c in classes.values() if c[0] in used]
    return {"title": title, "nodes": nodes, "edges": edges, "classes": legend}


def _json_for_script(data: Any) -> str:
    """JSON that cannot end its <script> block or be read as markup by the HTML parser."""
    s = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _static(name: str) -> str:
    """A bundled asset from kg/static."""
    return resources.files("kg").joinpath("static", name).read_text(encoding="utf-8")


VIS_VERSION = "9.1.2"


def _vis_network() -> str:
    """vis-network as pyvis ships it (pyvis's own templates are not used: they link CDNs and insert raw HTML)."""
    try:
        asset = resources.files("pyvis").joinpath("lib", f"vis-{VIS_VERSION}", "vis-network.min.js")
        return asset.read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as e:
        raise InputError(f"the network page needs vis-network {VIS_VERSION} from the pyvis package "
                         f"(pip install 'pyvis>=0.3.2,<0.4'): {e}") from e


def _csp_hash(script: str) -> str:
    """The CSP source expression allowing exactly this inline script."""
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-%s'" % base64.b64encode(digest).decode("ascii")


def _inline_script(js: str) -> str:
    """Script text safe inside <script>: no '</script' or '<!--' can close or confuse the block."""
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data: blob:; font-src data:">
<title>healthkg 知识图谱网络</title>
<style>{css}</style>
</head>
<body>
<header id="kg-header"><h1>healthkg 知识图谱</h1><span id="kg-counts"></span><span id="kg-status">正在布局…</span></header>
<aside id="kg-panel">
<section><label for="kg-search">搜索（任一名称）</label>
<input id="kg-search" type="search" autocomplete="off" placeholder="输入名称，回车定位">
<ul id="kg-results"></ul></section>
<section id="kg-details"><p class="kg-hint">点击节点或连线查看详情。</p></section>
<section><h2>类别</h2><ul id="kg-legend"></ul></section>
<section><h2>连线</h2><p class="kg-hint">标签为职务、荣誉、隶属、位于、开展等；虚线为原任职务。悬停查看证据与来源文章。</p></section>
</aside>
<main id="kg-network"></main>
<script type="application/json" id="kg-data">{data}</script>
<script>{vis}</script>
<script>{js}</script>
</body>
</html>
"""


def render_html(network: nx.MultiDiGraph, title: str = "healthkg") -> str:
    """Render a network from graph_to_network as one offline HTML page."""
    vis, js = _inline_script(_vis_network()), _inline_script(_static("page.js"))
    # Hash-only CSP: even if markup ever slipped through, inline handlers like onerror= would not run.
    hashes = " ".join(_csp_hash(x) for x in (vis, js))
    parts = {"css": _static("page.css"), "data": _json_for_script(_payload(network, title)),
             "vis": vis, "js": js, "hashes": hashes}
    # One pass, so nothing inserted is ever scanned for placeholders again.
    return re.sub(r"\{(css|data|vis|js|hashes)\}", lambda m: parts[m.group(1)], _PAGE)


def render_triples(triples: Any) -> str:
    """Render RDF triples or quads (pyoxigraph or an rdflib graph) as one offline HTML page."""
    from kg.graph import gc_paused
    with gc_paused():
        return render_html(graph_to_network(triples))


# What the page never shows: left out of the table before it is built (mentions alone are a sixth of a graph).
UNSHOWN = {KG + "mentions", KG + "contentHash", KG + "evidenceStart", KG + "evidenceEnd"}
_ESCAPE = re.compile(r'\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[btnfr"\'\\])')
_UNESCAPED = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "'": "'", "\\": "\\"}


_UNCITED: frozenset[str] = frozenset()


def _unescape(m: re.Match) -> str:
    e = m.group(1)
    return chr(int(e[1:], 16)) if e[0] in "uU" else _UNESCAPED[e]


def _spo_text(nquads: bytes, out: dict) -> dict:
    """_spo of an N-Quads document in the canonical form kg.graph.to_nquads writes (every quad in a named
    graph, no blank nodes), read from the text: several times faster than making pyoxigraph terms. The
    graphs are kept only for plain edges, the only facts the page cites its articles for."""
    unshown = {f"<{p}>".encode() for p in UNSHOWN}
    cited = {f"<{p}>".encode() for p in PLAIN_EDGES}
    terms: dict[bytes, str] = {}        # each term decoded once: the same IRIs and labels recur in every article
    lits: dict[bytes, Lit] = {}
    # line by line from the bytes: decoding the whole document at once would hold it twice over as text
    for line in io.BytesIO(nquads):
        s, p, rest = line.split(b" ", 2)
        if p in unshown:
            continue
        o, g = rest.rstrip(b"\n")[:-2].rsplit(b" ", 1)    # the line ends "<graph> ."
        subject = terms.get(s)
        if subject is None:
            subject = terms[s] = s[1:-1].decode("utf-8")
        predicate = terms.get(p)
        if predicate is None:
            predicate = terms[p] = p[1:-1].decode("utf-8")
        if o[:1] == b"<":
            obj: Any = terms.get(o)
            if obj is None:
                obj = terms[o] = o[1:-1].decode("utf-8")
        else:
            obj = lits.get(o)
            if obj is None:
                text = o.decode("utf-8")
                end = text.rindex('"')
                value, suffix = text[1:end], text[end + 1:]
                if "\\" in value:
                    value = _ESCAPE.sub(_unescape, value)
                obj = lits[o] = Lit(value, suffix[1:] if suffix.startswith("@") else "")
        if p in cited:
            graph = terms.get(g)
            if graph is None:
                graph = terms[g] = g[1:-1].decode("utf-8")
            out[(subject, predicate, obj)].add(graph)
        else:
            out[(subject, predicate, obj)] = _UNCITED
    return out


def render_nquads(nquads: bytes) -> str:
    """Render an N-Quads document written by kg.graph.to_nquads as the page."""
    from kg.graph import gc_paused
    with gc_paused():
        return render_html(graph_to_network(None, _spo_text(nquads, defaultdict(set))))


def render_graph_file(graph_path: Path, out: Path) -> None:
    """Read an RDF graph file and write its HTML network to out atomically."""
    atomic_write(Path(out), render_triples(load_triples(Path(graph_path))))
