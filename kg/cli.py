"""The `kg` command line: a thin click layer over the library, no logic of its own."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import InputError, KGError
from kg.iri import DEFAULT_BASE

EXIT_OK, EXIT_FAILURE, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build and use a knowledge graph of Chinese health-agency articles."""


@main.command()
@click.argument("corpus", default="corpus", type=click.Path(path_type=Path))
@click.option("--out", default="exports", type=click.Path(path_type=Path), show_default=True,
              help="Folder the exports are written to.")
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, help="Base of instance IRIs.")
@click.option("--jobs", "-j", default=0, type=int, help="Worker processes (0: all cores).")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Reuse per-article results of unchanged articles (kept in OUT/.cache).")
@click.option("--aliases", type=click.Path(path_type=Path), default=None,
              help="A TOML file of forced merges and splits (default: CORPUS/aliases.toml if present).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: only on a terminal).")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where articles are extracted: local worker processes, or a Dask cluster.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a LocalCluster of --jobs workers).")
def build(corpus: Path, out: Path, base_iri: str, jobs: int, cache: bool, aliases: Path | None,
          progress: bool | None, executor: str, scheduler: str | None) -> None:
    """Build the graph of CORPUS (a folder or file: .txt, .md, .html, .jsonl) into OUT.

    Writes graph.ttl, graph.nq, graph.trig, graph.jsonld, graph.html, resolution.tsv and
    report.json, each atomically: an interrupted build leaves the previous exports intact.

    \b
    Exit status:
      0  every input file was read and built
      3  built, but some input files were skipped (named on stderr and in report.json)
      2  usage error (no such corpus, bad option)
      1  failure: nothing was written

    Example: kg build corpus --out exports
    """
    from kg.build import build_corpus

    if not corpus.exists():
        raise click.UsageError(f"corpus {str(corpus)!r} does not exist; expected a folder or a file")
    try:
        report = build_corpus(corpus, out, base_iri=base_iri, jobs=jobs, use_cache=cache,
                              aliases=aliases, progress=progress, executor=executor, scheduler=scheduler)
    except InputError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)
    except KGError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_FAILURE)
    for f in report["files"]:
        if f["status"] != "ok":
            click.echo(f"skipped {f['file']}: {f['reason']}", err=True)
        for part in f.get("skipped_parts", ()):
            click.echo(f"skipped {f['file']}, {part['part']}: {part['reason']}", err=True)
    c = report["counts"]
    click.echo(f"built {report['articles']} articles from {len(report['files'])} files: "
               f"{c['triples']} triples, {c['entities']} entities -> {out}", err=True)
    sys.exit(EXIT_SKIPPED if report["skipped"] else EXIT_OK)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--shapes", type=click.Path(path_type=Path), default=None,
              help="SHACL shapes (default: the project's ontology/shapes.ttl).")
def validate(graph: Path, shapes: Path | None) -> None:
    """Validate GRAPH (Turtle) against the SHACL shapes.

    Exit 0 when it conforms, 1 when it does not (the report is printed), 2 on error.

    Example: kg validate exports/graph.ttl
    """
    from kg.validate import validate_file

    try:
        conforms, text = validate_file(graph, shapes)
    except KGError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)
    click.echo(text)
    sys.exit(EXIT_OK if conforms else EXIT_FAILURE)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.argument("query")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
              show_default=True)
def query(graph: Path, query: str, fmt: str) -> None:
    """Run QUERY (a .rq file or a SPARQL string) on GRAPH (.ttl, .nq, .trig).

    Example: kg query exports/graph.ttl queries/leaders.rq --format csv
    """
    from kg.query import format_results, load_store, read_query, run_query

    try:
        text = read_query(query)
        store = load_store(graph)
        result = run_query(store, text)
        click.echo(format_results(result, fmt), nl=False)
    except KGError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--out", required=True, type=click.Path(path_type=Path), help="HTML file to write.")
def html(graph: Path, out: Path) -> None:
    """Render GRAPH (Turtle in the healthkg vocabulary) as a self-contained interactive HTML network.

    Example: kg html exports/graph.ttl --out network.html
    """
    from kg.html import render_graph_file

    try:
        render_graph_file(graph, out)
    except KGError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)


@main.command()
@click.argument("file", default="-", type=click.File("r", encoding="utf-8"))
def mentions(file) -> None:
    """Tag each line of FILE (or stdin) and print one JSON object per line.

    Example: echo 卫健委主任张三表示 | kg mentions
    """
    from kg.tagger import tag_text

    for line in file:
        text = line.rstrip("\n")
        out = [{"start": m.start, "end": m.end, "type": m.type.value, "text": m.text} for m in tag_text(text)]
        click.echo(json.dumps({"text": text, "mentions": out}, ensure_ascii=False))


@main.command()
@click.argument("graph", type=click.Path(path_type=Path))
@click.option("--port", default=7878, show_default=True, type=int)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; anything but loopback needs --allow-remote.")
@click.option("--allow-remote", is_flag=True, help="Allow binding a non-loopback interface.")
def serve(graph: Path, port: int, host: str, allow_remote: bool) -> None:
    """Serve GRAPH read-only as a SPARQL 1.1 Protocol endpoint at http://HOST:PORT/query.

    Example: kg serve exports/graph.nq --port 7878
    """
    from kg.serve import serve_graph

    try:
        serve_graph(graph, host=host, port=port, allow_remote=allow_remote)
    except KGError as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(EXIT_USAGE)


if __name__ == "__main__":
    main()
