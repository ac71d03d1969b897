"""Run SPARQL on an exported graph with Oxigraph and print the answers as a table, CSV or JSON."""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError, QueryError
from kg.iri import DEFAULT_BASE

#: The prefixes of the public vocabulary (shared/spec/vocabulary.md), used to shorten IRIs in tables.
PREFIXES: dict[str, str] = {
    "kg": "https://w3id.org/healthkg/ontology#",
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "id": DEFAULT_BASE,
}

FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}

#: Widest cell of the table, in terminal columns; longer values end in "…" (CSV and JSON keep them whole).
MAX_CELL = 60

# Oxigraph's own union default graph is a bag: a triple stated by three articles comes back three
# times. Copying the union into the default graph once gives the RDF-merge (set) semantics of SPARQL.
UNION_INTO_DEFAULT = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"

_ERROR_POS = re.compile(r"(?:at|line) (\d+)(?::(\d+)| between columns (\d+))")
# A dataset clause must win over the union default graph, which pyoxigraph would otherwise apply on top.
_DATASET_CLAUSE = re.compile(r"^\s*(?:FROM)\s+(?:NAMED\s+)?[<\w]", re.IGNORECASE | re.MULTILINE)
_UPDATE = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
                     re.IGNORECASE | re.MULTILINE)


@dataclass
class QueryResult:
    """The materialised answer of one query: SELECT rows, an ASK boolean, or CONSTRUCT/DESCRIBE triples."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[list[object | None]] = field(default_factory=list)
    boolean: bool | None = None
    prefixes: dict[str, str] = field(default_factory=dict)  # the query's own, for shortening IRIs

    def __len__(self) -> int:
        return len(self.rows)


def read_query(arg: str) -> str:
    """The text of QUERY: the contents of a file when arg names one (or ends in .rq), else arg itself."""
    path = Path(arg)
    looks_like_file = arg.endswith((".rq", ".sparql")) and "\n" not in arg and "{" not in arg
    try:
        is_file = path.is_file()
    except OSError:  # a long query string is not a valid path on some systems
        is_file = False
    if is_file:
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(f"cannot read query file {arg!r}: {e}; expected a UTF-8 SPARQL file") from e
    if looks_like_file:
        folder = path.parent if str(path.parent) else Path(".")
        near = sorted(p.name for p in folder.glob("*.rq")) if folder.is_dir() else []
        hint = f"; .rq files in {str(folder)!r}: {', '.join(near)}" if near else ""
        raise InputError(f"query file {arg!r} does not exist; expected a .rq file or a SPARQL string{hint}")
    return arg


def load_store(path: Path) -> ox.Store:
    """An in-memory store of GRAPH: .ttl/.nt in the default graph; .nq/.trig named graphs plus their union as default."""
    path = Path(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise InputError(f"cannot tell the RDF format of {str(path)!r} from its suffix {path.suffix!r}; "
                         f"expected one of {', '.join(FORMATS)}")
    if not path.is_file():
        raise InputError(f"graph file {str(path)!r} does not exist; expected an export such as "
                         "exports/graph.nq or exports/graph.ttl (made by `kg build`)")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=fmt)
    except SyntaxError as e:
        raise InputError(f"{path}: {_position(e)}cannot parse as {fmt.name}: {_message(e)}") from e
    except (OSError, ValueError) as e:
        raise InputError(f"cannot read graph file {str(path)!r}: {e}") from e
    if _has_named_graphs(store):
        store.update(UNION_INTO_DEFAULT)
    return store


def run_query(store: ox.Store, text: str) -> QueryResult:
    """Run a SPARQL query; the default graph is the union of all graphs unless the query names its dataset."""
    declared = query_prefixes(text)
    # load_store already put the union in the default graph; a store made elsewhere may hold only named graphs
    union = (not _DATASET_CLAUSE.search(_strip_comments(text)) and _has_named_graphs(store)
             and next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None)
    try:
        answer = store.query(text, use_default_graph_as_union=union)
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(answer), prefixes=declared)
        if isinstance(answer, ox.QuerySolutions):
            names = [v.value for v in answer.variables]
            rows = [[sol[i] for i in range(len(names))] for sol in answer]
            return QueryResult("select", names, rows, prefixes=declared)
        rows = [[t.subject, t.predicate, t.object] for t in answer]
        return QueryResult("graph", ["subject", "predicate", "object"], rows, prefixes=declared)
    except SyntaxError as e:
        if _UPDATE.search(_strip_comments(text)):
            raise QueryError("kg query answers SELECT, ASK, CONSTRUCT and DESCRIBE queries; got what looks "
                             "like an update (INSERT/DELETE/…), and the graph file is never changed") from e
        raise QueryError(_query_error(text, e)) from e
    except OSError as e:
        raise QueryError(f"query failed while reading the store: {e}") from e


def format_results(result: QueryResult, fmt: str = "table", prefixes: dict[str, str] | None = None) -> str:
    """Render a result as "table" (aligned, CJK double width), "csv" (SPARQL 1.1 CSV) or "json" (SPARQL 1.1 JSON)."""
    if fmt == "json":
        return _to_json(result) + "\n"
    if fmt == "csv":
        return _to_csv(result)
    if fmt == "table":
        return _to_table(result, {**PREFIXES, **result.prefixes, **(prefixes or {})})
    raise QueryError(f"unknown output format {fmt!r}; expected one of table, csv, json")


def query_prefixes(text: str) -> dict[str, str]:
    """The PREFIX declarations of a query, so a table shortens IRIs the way the query wrote them."""
    return {m.group(1): m.group(2) for m in re.finditer(r"PREFIX\s+([\w-]*):\s*<([^>]*)>", text, re.I)}


# --- helpers ---------------------------------------------------------------------------------------

def _has_named_graphs(store: ox.Store) -> bool:
    return next(iter(store.named_graphs()), None) is not None


def _strip_comments(text: str) -> str:
    # good enough to find keywords: drops "# ..." unless the # sits inside an IRI or a string
    return re.sub(r'(<[^>\s]*>|"(?:[^"\\\n]|\\.)*")|#[^\n]*', lambda m: m.group(1) or "", text)


def _message(e: BaseException) -> str:
    return str(e.args[0]) if e.args else str(e)


def _position(e: SyntaxError) -> str:
    if e.lineno:
        return f"line {e.lineno}, column {e.offset or 1}: "
    m = _ERROR_POS.search(_message(e))
    return f"line {m.group(1)}, column {m.group(2) or m.group(3)}: " if m else ""


def _query_error(text: str, e: SyntaxError) -> str:
    msg = _message(e)
    m = _ERROR_POS.search(msg)
    if not m:
        return f"bad SPARQL query: {msg}"
    line, col = int(m.group(1)), int(m.group(2) or m.group(3))
    detail = re.sub(r"^error at \d+:\d+:\s*", "", msg)
    lines = text.splitlines() or [""]
    shown = lines[line - 1] if 0 < line <= len(lines) else ""
    caret = " " * (_width(shown[:max(col - 1, 0)])) + "^"
    return f"bad SPARQL query at line {line}, column {col}: {detail}\n  {shown}\n  {caret}"


def _char_width(c: str) -> int:
    if unicodedata.combining(c) or c in "\u200b\u200c\u200d\ufeff":
        return 0
    return 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1


def _width(s: str) -> int:
    return sum(_char_width(c) for c in s)


def _clip(s: str, limit: int = MAX_CELL) -> str:
    s = " ".join(s.split()) if ("\n" in s or "\t" in s or "\r" in s) else s
    if _width(s) <= limit:
        return s
    out, used = [], 0
    for c in s:
        w = _char_width(c)
        if used + w > limit - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def _short(term: object, prefixes: dict[str, str]) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        best = max((ns for ns in prefixes.values() if iri.startswith(ns)), key=len, default=None)
        if best is not None:
            name = next(p for p, ns in prefixes.items() if ns == best)
            return f"{name}:{iri[len(best):]}"
        return f"<{iri}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _to_table(result: QueryResult, prefixes: dict[str, str]) -> str:
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    header = list(result.variables)
    cells = [[_clip(_short(t, prefixes)) for t in row] for row in result.rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(header), "  ".join("─" * w for w in widths)]
    out += [line(r) for r in cells]
    n = len(cells)
    out.append(f"({n} {'row' if n == 1 else 'rows'})")
    return "\n".join(out) + "\n"


def _csv_value(term: object) -> str:
    # SPARQL 1.1 CSV: IRIs and literals as their plain text, blank nodes as _:label, unbound empty
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term.value
    return str(term)


def _to_csv(result: QueryResult) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    if result.kind == "ask":
        w.writerow(["boolean"])
        w.writerow(["true" if result.boolean else "false"])
        return buf.getvalue()
    w.writerow(result.variables)
    for row in result.rows:
        w.writerow([_csv_value(t) for t in row])
    return buf.getvalue()


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def _json_term(term: object) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (_XSD_STRING, _RDF_LANG):
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _json_term(term.subject),
                                            "predicate": _json_term(term.predicate),
                                            "object": _json_term(term.object)}}
    return {"type": "literal", "value": str(term)}


def _to_json(result: QueryResult) -> str:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)})
    bindings = [{v: _json_term(t) for v, t in zip(result.variables, row) if t is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                      ensure_ascii=False)
