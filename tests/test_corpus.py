"""Corpus reading: encodings, clean-up, HTML, JSON lines, skipped files, order and speed."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kg.corpus import _IDEOGRAPH, Skipped, Source, clean_text, decode_bytes, iter_sources, list_files, normalize_date
from kg.errors import InputError

TEXT = "白河市卫生健康委员会召开会议，副主任李文出席。\n青石县人民医院获评“先进集体”（2021年度）。"


def read(corpus: Path) -> list[Source | Skipped]:
    return list(iter_sources(corpus))


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("gbk", "gb18030"),
    ("utf-16", "utf-16"), ("utf-32", "utf-32"),
])
def test_encoding_round_trip(tmp_path: Path, encoding: str, expected: str) -> None:
    (tmp_path / "a.txt").write_bytes(TEXT.encode(encoding))
    [src] = read(tmp_path)
    assert src == Source("a.txt", "", TEXT, encoding=expected)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_bomless_utf16(encoding: str) -> None:
    assert decode_bytes(TEXT.encode(encoding)) == (TEXT, encoding)


def test_undecodable_and_bad_bom() -> None:
    with pytest.raises(InputError, match="not UTF-8/GB18030/UTF-16/UTF-32"):
        decode_bytes("公告".encode("big5") * 50 + b"\xff\xfe\xfd")
    with pytest.raises(InputError, match="byte-order mark"):
        decode_bytes(b"\xef\xbb\xbf\xff\xfe\xfd")


def test_clean_up_keeps_text_verbatim() -> None:
    raw = "\n\n第一行，全角标点：（一）ＡＢ　 \r\n第二\x00行\x07\t内容\r第三行  \n\n"
    assert clean_text(raw) == "第一行，全角标点：（一）ＡＢ\n第二行\t内容\n第三行"


def test_empty_whitespace_and_binary_files_skipped(tmp_path: Path) -> None:
    (tmp_path / "a_empty.txt").write_bytes(b"")
    (tmp_path / "b_blank.md").write_text(" \n\t\u3000\r\n", encoding="utf-8")
    (tmp_path / "c_nul.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "d_ctrl.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 0x0e, 0x0f]) * 20 + b"abc")
    out = read(tmp_path)
    assert [(s.source_file, s.reason) for s in out] == [
        ("a_empty.txt", "empty file"),
        ("b_blank.md", "empty file (whitespace only)"),
        ("c_nul.txt", "binary file (NUL bytes)"),
        ("d_ctrl.txt", "binary file (control characters: 160 of 163 characters)"),
    ]
    assert all(isinstance(s, Skipped) for s in out)


def test_unreadable_file_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    real = Path.read_bytes

    def read_bytes(self: Path) -> bytes:  # tests run as root, so chmod cannot make a file unreadable
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    out = read(tmp_path)
    assert out[0] == Skipped("a.txt", "", "unreadable: Permission denied")
    assert isinstance(out[1], Source) and out[1].text == TEXT


HTML = """<!DOCTYPE html>
<html><head><meta charset="gbk"><title>青石县卫健局召开会议 - 青石县人民政府</title>
<meta name="publishdate" content="2021/3/5 10:20">
<link rel="canonical" href="https://example.org/a/1.html">
<script>var x = "不要这段";</script><style>p {color: red}</style></head>
<body><header>网站首页 | 机构概况</header>
<nav><a href="/">首页</a><a href="/news">新闻</a></nav>
<article><h1>青石县卫健局召开会议</h1>
<p>3月5日，青石县卫生健康局召开
   全体干部会议。</p><p>局长周明远<br>出席并讲话。</p>
<ul><li>一、部署工作</li><li>二、总结经验</li></ul>
<!-- 注释不要 --><form>搜索</form></article>
<aside>相关链接</aside><footer>版权所有 青石县</footer></body></html>"""


@pytest.mark.parametrize("name", ["page.html", "page.htm", "page.txt"])
def test_html_reduced_to_article(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(HTML.encode("gb18030"))
    [src] = read(tmp_path)
    assert src.text == ("青石县卫健局召开会议\n3月5日，青石县卫生健康局召开 全体干部会议。\n局长周明远\n出席并讲话。\n"
                        "一、部署工作\n二、总结经验")
    assert (src.title, src.date, src.url, src.encoding) == (
        "青石县卫健局召开会议 - 青石县人民政府", "2021-03-05", "https://example.org/a/1.html", "gb18030")


def test_html_without_article_uses_main_or_body(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<html><body><nav>导航</nav><main><div>正文<b>加粗</b>内容</div></main>"
                                     "<div>其他</div></body></html>", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>片段一</p><p>片段二</p>", encoding="utf-8")
    (tmp_path / "c.html").write_text("<html><script>x()</script></html>", encoding="utf-8")
    a, b, c = read(tmp_path)
    assert a.text == "正文加粗内容" and a.title is None
    assert b.text == "片段一\n片段二"
    assert isinstance(c, Skipped) and c.reason.startswith("no text in HTML document")


def test_plain_txt_with_angle_brackets_stays_text(tmp_path: Path) -> None:
    text = "<p>这不是网页</p>，只是提到了标签。"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert read(tmp_path)[0].text == text


def test_jsonl_metadata_and_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "date": "2021年3月5日", "title": "会议", "text": "第一篇\r\n内容，",
                    "url": "https://example.org/1", "source": "青石县融媒体中心"}, ensure_ascii=False),
        "",
        '{"id": "a2", "text": "x" "y"}',
        json.dumps({"id": "a3", "title": "无正文"}, ensure_ascii=False),
        json.dumps({"text": "没有编号的文章"}, ensure_ascii=False),
        "[1, 2]",
        json.dumps({"id": "a1", "text": "重复"}, ensure_ascii=False),
        json.dumps({"id": 7, "text": "  \n "}),
        json.dumps({"id": "a8", "text": ["列表"]}),
        json.dumps({"id": "a9", "date": "某日", "text": "日期无法解析"}, ensure_ascii=False),
    ]
    data = "\n".join(lines).encode("utf-8") + b"\n" + '{"text": "国标编码行"}'.encode("gb18030") + b"\n"
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "news.jsonl").write_bytes(data)
    out = read(tmp_path)
    assert out == [
        Source("sub/news.jsonl", "a1", "第一篇\n内容，", title="会议", date="2021-03-05",
               url="https://example.org/1", source="青石县融媒体中心"),
        Skipped("sub/news.jsonl", "L3", "line 3: invalid JSON (Expecting ',' delimiter at column 26)"),
        Skipped("sub/news.jsonl", "a3", "line 4: no 'text' field (fields: id, title)"),
        Source("sub/news.jsonl", "L5", "没有编号的文章"),
        Skipped("sub/news.jsonl", "L6", "line 6: expected a JSON object, got list"),
        Skipped("sub/news.jsonl", "a1", "line 7: duplicate id 'a1' (first on line 1)"),
        Skipped("sub/news.jsonl", "7", "line 8: empty 'text'"),
        Skipped("sub/news.jsonl", "a8", "line 9: 'text' is list, expected a string"),
        Source("sub/news.jsonl", "a9", "日期无法解析", date="某日"),
        Source("sub/news.jsonl", "L11", "国标编码行", encoding="gb18030"),
    ]


def test_jsonl_text_holding_html_is_reduced(tmp_path: Path) -> None:
    line = json.dumps({"id": "h", "text": HTML}, ensure_ascii=False)
    (tmp_path / "a.jsonl").write_text(line + "\n", encoding="utf-8")
    [src] = read(tmp_path)
    assert src.text.startswith("青石县卫健局召开会议\n3月5日") and src.title == "青石县卫健局召开会议 - 青石县人民政府"


def test_jsonl_utf16_and_bom(tmp_path: Path) -> None:
    body = json.dumps({"id": "x", "text": TEXT}, ensure_ascii=False) + "\n"
    (tmp_path / "a.jsonl").write_bytes(body.encode("utf-16"))
    (tmp_path / "b.jsonl").write_bytes(body.encode("utf-8-sig"))
    (tmp_path / "c.jsonl").write_bytes(b"\n\n")
    a, b, c = read(tmp_path)
    assert a.text == TEXT == b.text and (a.part, b.part) == ("x", "x")
    assert c == Skipped("c.jsonl", "", "empty file")


@pytest.mark.parametrize("raw, expected", [
    ("2018-01-06", "2018-01-06"), ("2018/1/6", "2018-01-06"), ("2018.1.6", "2018-01-06"),
    ("20180106", "2018-01-06"), ("2018年1月6日", "2018-01-06"), ("2018-01-06T08:00:00+08:00", "2018-01-06"),
    ("2018-02-30", "2018-02-30"), ("去年", "去年"), ("", None), (None, None), (20180106, "2018-01-06"),
])
def test_normalize_date(raw: object, expected: str | None) -> None:
    assert normalize_date(raw) == expected


def test_list_files_sorted_filtered_and_hidden_skipped(tmp_path: Path) -> None:
    names = ["b/z.txt", "b/a.MD", "a.jsonl", "c.htm", "B.html", ".hidden.txt", ".cache/x.txt",
             "b/.git/y.txt", "notes.pdf", "data.json", "d/e/f.txt"]
    for name in reversed(names):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text('{"text": "内容"}' if name.endswith(".jsonl") else "内容", encoding="utf-8")
    rel = [p.relative_to(tmp_path).as_posix() for p in list_files(tmp_path)]
    assert rel == ["B.html", "a.jsonl", "b/a.MD", "b/z.txt", "c.htm", "d/e/f.txt"]
    assert [s.source_file for s in read(tmp_path) if isinstance(s, Source)] == rel


def test_single_file_and_missing_corpus(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "one.txt").write_text(TEXT, encoding="utf-8")
    assert read(tmp_path / "x" / "one.txt") == [Source("one.txt", "", TEXT)]
    missing = tmp_path / "nope"
    with pytest.raises(InputError) as err:
        read(missing)
    assert str(err.value) == f"corpus '{missing}' does not exist; expected a folder or a .txt/.md/.html/.jsonl file"
    (tmp_path / "a.pdf").write_bytes(b"%PDF")
    with pytest.raises(InputError, match="expected one of .txt"):
        list_files(tmp_path / "a.pdf")


def test_big_single_line_is_linear(tmp_path: Path) -> None:
    line = "青石县卫生健康局局长周明远表示，ＡＢＣ   " * 80_000  # ≈ 3 MB in UTF-8, no newline
    for name, data in [("a.txt", line.encode("utf-8")), ("b.txt", line.encode("gb18030")),
                       ("c.jsonl", json.dumps({"text": line}, ensure_ascii=False).encode("utf-8"))]:
        (tmp_path / name).write_bytes(data)
    (tmp_path / "d.html").write_text(f"<html><body><p>{line}</p></body></html>", encoding="utf-8")
    start = time.perf_counter()
    out = read(tmp_path)
    elapsed = time.perf_counter() - start
    assert [s.text[:8] for s in out] == ["青石县卫生健康局"] * 4
    assert out[0].text == line.rstrip()
    assert elapsed < 5, elapsed


_TEXTS = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400))
def test_decode_bytes_returns_str_or_input_error(data: bytes) -> None:
    try:
        text, enc = decode_bytes(data)
    except InputError:
        return
    assert isinstance(text, str) and isinstance(enc, str)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_any_unicode_text_round_trips(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    if "\x00" in text:
        return  # NUL marks binary files; and UTF-16 FF FE 00 00 is indistinguishable from the UTF-32 BOM
    try:
        got, enc = decode_bytes(data)
    except InputError as err:
        assert "binary" in str(err)  # control-heavy text is rejected, never mis-decoded
        return
    if enc == "gb18030":  # the one documented ambiguity: BOM-less, ideograph-free, mixed-alphabet UTF-8
        assert encoding == "utf-8" and not _IDEOGRAPH.search(text)
        return
    assert got == text


_CHINESE = st.text(st.sampled_from("卫生健康委员会医院局长副主任周李文青石县白河市召开会议，。、“”（）：；！？ＡＢ１２　abc 123\n"),
                   min_size=1, max_size=200)


@settings(max_examples=300, deadline=None)
@given(_CHINESE, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16", "utf-32"]))
def test_chinese_text_round_trips_in_every_encoding(text: str, encoding: str) -> None:
    data = text.encode(encoding)
    got = decode_bytes(data)[0]
    if encoding in ("gb18030", "gbk"):
        try:  # a few short GB texts are valid UTF-8 too (员 = D4B1 = "Ա"); then either reading is fair
            assert got in (text, data.decode("utf-8"))
            return
        except UnicodeDecodeError:
            pass
    assert got == text


@pytest.mark.parametrize("text, encoding, expected", [
    ("医院", "gb18030", "gb18030"),          # D2BD D4BA is also valid UTF-8 ("ҽԺ")
    ("ҽԺ", "utf-8", "gb18030"),             # ...so non-Chinese UTF-8 that is Chinese GB18030 reads as GB18030
    ("Café crème", "utf-8", "utf-8"),
    ("Москва", "utf-8", "utf-8"),
    ("Москва 医院", "utf-8", "utf-8"),
])
def test_utf8_gb18030_ambiguity(text: str, encoding: str, expected: str) -> None:
    assert decode_bytes(text.encode(encoding))[1] == expected
