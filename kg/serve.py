"""Serve a graph read-only as a SPARQL 1.1 Protocol endpoint with the Oxigraph server."""
from __future__ import annotations

import contextlib
import ipaddress
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from kg.errors import InputError
from kg.query import FORMATS, UNION_INTO_DEFAULT

LOOPBACK_NAMES = {"localhost", "ip6-localhost", "ip6-loopback"}


def oxigraph_binary() -> str | None:
    """The `oxigraph` server command: next to this Python (a venv's bin) first, then on PATH."""
    here = Path(sys.executable).parent / "oxigraph"
    if here.is_file():
        return str(here)
    return shutil.which("oxigraph")


def is_loopback(host: str) -> bool:
    """Whether host names a loopback interface (127.0.0.0/8, ::1, localhost)."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on host right now."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.bind((host.strip("[]"), 0))
        return s.getsockname()[1]


def _bind(host: str, port: int) -> str:
    return f"[{host.strip('[]')}]:{port}" if ":" in host else f"{host}:{port}"


def _url_host(host: str) -> str:
    return f"[{host.strip('[]')}]" if ":" in host else host


def _run(cmd: list[str], what: str) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True)
    if done.returncode != 0:
        raise InputError(f"{what} failed (exit {done.returncode}): {done.stderr.strip() or done.stdout.strip()}")


def prepare_store(graph: Path, location: Path) -> None:
    """Load GRAPH into an Oxigraph database at location; named graphs also get their union as default graph."""
    graph = Path(graph)
    if graph.suffix.lower() not in FORMATS:
        raise InputError(f"cannot tell the RDF format of {str(graph)!r} from its suffix {graph.suffix!r}; "
                         f"expected one of {', '.join(FORMATS)}")
    if not graph.is_file():
        raise InputError(f"graph file {str(graph)!r} does not exist; expected an export such as "
                         "exports/graph.nq (keeps each article's named graph) or exports/graph.ttl")
    exe = oxigraph_binary()
    if exe is None:
        raise InputError("the `oxigraph` server command was not found next to this Python or on PATH; "
                         "expected it from the `oxigraph` package (pip install oxigraph)")
    _run([exe, "load", "--location", str(location), "--file", str(graph)], f"loading {graph}")
    if graph.suffix.lower() in (".nq", ".trig", ".jsonld"):
        # Oxigraph's --union-default-graph repeats a triple once per graph stating it; a copied union does not
        _run([exe, "update", "--location", str(location), "--update", UNION_INTO_DEFAULT],
             "building the union default graph")


def _log_tail(process: subprocess.Popen) -> str:
    log = getattr(process, "kg_log", None)
    try:
        return log.read_text(encoding="utf-8", errors="replace").strip()[-2000:] if log else ""
    except OSError:
        return ""


def _wait_ready(process: subprocess.Popen, url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    probe = url + "?query=ASK%7B%7D"
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise InputError(f"oxigraph server exited with status {process.returncode}: {_log_tail(process)}")
        try:
            with urllib.request.urlopen(probe, timeout=1):
                return
        except (urllib.error.URLError, OSError):
            time.sleep(0.1)
    raise InputError(f"oxigraph server did not answer at {url} within {timeout:.0f} s: {_log_tail(process)}")


def start_server(graph: Path, port: int | None = None, host: str = "127.0.0.1",
                 allow_remote: bool = False) -> tuple[subprocess.Popen, str]:
    """Load GRAPH into a temporary database and start a read-only server; returns (process, query URL)."""
    if not is_loopback(host) and not allow_remote:
        raise InputError(f"refusing to serve on {host!r}: expected a loopback address (127.0.0.1, ::1, "
                         "localhost); pass --allow-remote to expose the endpoint on another interface")
    port = free_port(host if is_loopback(host) else "127.0.0.1") if port is None else port
    root = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    process = None
    try:
        prepare_store(graph, root / "db")
        log = root / "server.log"
        with log.open("w") as err:  # a file, not a pipe: a long-running server must never block on its log
            process = subprocess.Popen([oxigraph_binary(), "serve-read-only", "--location", str(root / "db"),
                                        "--bind", _bind(host, port)],
                                       stdin=subprocess.DEVNULL, stdout=err, stderr=err)
        process.kg_root, process.kg_log = root, log  # type: ignore[attr-defined]  # for stop_server
        url = f"http://{_url_host(host)}:{port}/query"
        # a wildcard bind answers on loopback too; probe there
        probe_host = "127.0.0.1" if host in ("0.0.0.0", "::", "[::]") else host
        _wait_ready(process, f"http://{_url_host(probe_host)}:{port}/query")
    except BaseException:
        if process is not None:
            stop_server(process)
        shutil.rmtree(root, ignore_errors=True)
        raise
    return process, url


def stop_server(process: subprocess.Popen) -> None:
    """Stop a server from start_server and remove its temporary database."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    root = getattr(process, "kg_root", None)
    if root is not None:
        shutil.rmtree(root, ignore_errors=True)


def serve_graph(graph: Path, host: str = "127.0.0.1", port: int = 7878, allow_remote: bool = False) -> None:
    """Serve GRAPH read-only at http://HOST:PORT/query until interrupted, then remove the temporary database."""
    with _stopped_by_signals():
        _serve_graph(graph, host, port, allow_remote)


@contextlib.contextmanager
def _stopped_by_signals():
    """Ctrl-C and SIGTERM both stop the server and clean up, also where the shell started this command with
    SIGINT ignored (a background job) or a supervisor stops it with SIGTERM."""
    def stop(signum, frame):
        raise KeyboardInterrupt
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _serve_graph(graph: Path, host: str, port: int, allow_remote: bool) -> None:
    if not is_loopback(host) and not allow_remote:
        start_server(graph, port, host=host, allow_remote=False)      # raises the refusal, nothing started
    url = f"http://{_url_host(host)}:{port}/query"
    base = url.rsplit("/", 1)[0]
    # announced before loading: an interrupt during start-up still leaves the address on record
    print(f"serving {graph} read-only: SPARQL at {url}, Graph Store reads at {base}/store "
          "(default graph = union of the articles' graphs); Ctrl-C stops", file=sys.stderr, flush=True)
    try:
        process, url = start_server(graph, port, host=host, allow_remote=allow_remote)
    except KeyboardInterrupt:
        return                      # start_server has already stopped the server and removed its files
    try:
        print(f"ready: {url}", file=sys.stderr, flush=True)
        process.wait()
        if process.returncode:
            raise InputError(f"oxigraph server stopped with status {process.returncode}: {_log_tail(process)}")
    except KeyboardInterrupt:
        pass
    finally:
        stop_server(process)
