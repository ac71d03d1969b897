"""iter_sources over random files never crashes: every file becomes Source or Skipped."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from kg.corpus import Skipped, Source, iter_sources

_PIECES = st.sampled_from([
    b"", b"\x00", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\xff\xfe\x00\x00", b"\r\n", b"\r", b"\n",
    "卫生健康局".encode("utf-8"), "卫生健康局".encode("gb18030"), "卫生".encode("utf-16-le"),
    b"<html>", b"<!DOCTYPE html>", b"<article>", b"</p>", b"<script>", b"<br/>", b"<title>", b"<meta name='date' content='2020/1/2'>",
    b'{"id": "a", "text": "', b'"}', b'{"text": 1}', b"[", b"{", b"\\u0000", b"\x1b\x07", b"   ",
])
_BLOBS = st.one_of(st.binary(max_size=300), st.lists(st.one_of(_PIECES, st.binary(max_size=8)), max_size=30).map(b"".join))
_NAMES = st.sampled_from(["a.txt", "b.md", "c.html", "d.htm", "e.jsonl", "sub/f.txt", "sub/g.jsonl"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(_NAMES, _BLOBS, min_size=1, max_size=4))
def test_random_files_never_crash(files: dict[str, bytes]) -> None:
    root = Path(tempfile.mkdtemp(prefix="kgfuzz"))
    try:
        for name, data in files.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_bytes(data)
        out = list(iter_sources(root))
        assert {item.source_file for item in out} == set(files)
        for item in out:
            assert isinstance(item, (Source, Skipped))
            if isinstance(item, Source):
                assert item.text and item.text == item.text.strip("\n")
                assert "\r" not in item.text and "\x00" not in item.text
            else:
                assert item.reason
    finally:
        shutil.rmtree(root)
