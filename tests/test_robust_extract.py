"""Any text goes through the extractors without a crash, in time linear in its length."""
from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings, strategies as st

from kg.articles import make_documents
from kg.graph import to_quads
from kg.export import render
from kg.pipeline import extract_document
import pyoxigraph as ox

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
PIECES = st.sampled_from(["卫生健康局", "人民医院", "党委书记", "主任", "、", "，", "。", "“", "”", "被", "评为", "获评",
                          "开展", "活动", "县", "市", "\n", " ", "<", ">", "\\", '"', "原", "张", "王", "授予", "称号"])
TEXT = st.lists(st.one_of(PIECES, st.text(CJK, max_size=4), st.text(max_size=3)), max_size=60).map("".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_any_text_extracts_and_exports_parse(text):
    docs = make_documents("x.txt", "", text) if text.strip() else []
    results = [extract_document(d) for d in docs]
    for r in results:
        for f in r.facts:
            ev = getattr(f, "evidence", None)
            if ev is not None:
                assert r.document.text[ev.start:ev.end] == ev.sentence
    if results:
        data, _ = render(to_quads(results))
        for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nq", ox.RdfFormat.N_QUADS),
                          ("graph.trig", ox.RdfFormat.TRIG), ("graph.jsonld", ox.RdfFormat.JSON_LD)):
            list(ox.parse(data[name], format=fmt))


def _time(n: int) -> float:
    line = ("安吉县人民医院党委书记、院长陈立新表示医院坚持改革" + "，") * (n // 25)
    (doc,) = make_documents("big.txt", "", "标题\n" + line, title="标题")
    t = time.perf_counter()
    extract_document(doc)
    return time.perf_counter() - t


def test_a_long_single_line_extracts_in_linear_time():
    small, big = _time(40_000), _time(160_000)
    # four times the text may take a little more than four times as long, never sixteen
    assert big < small * 8 + 1.0, (small, big)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_random_bytes_through_reader_and_extractors(data):
    from kg.corpus import decode_bytes, clean_text
    from kg.errors import InputError
    try:
        text, _ = decode_bytes(data)
    except InputError:
        return
    text = clean_text(text)
    for doc in (make_documents("r.txt", "", text) if text.strip() else []):
        extract_document(doc)
