"""Corpus reading: files (plain text, Markdown, HTML, JSON lines) → decoded, cleaned raw sources."""
from __future__ import annotations

import codecs
import datetime as dt
import json
import os
import re
import unicodedata
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from kg.errors import InputError

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED = "UTF-8/GB18030/UTF-16/UTF-32"


@dataclass(frozen=True)
class Source:
    """One raw source: a whole plain/HTML file or one JSON line, before splitting into articles."""

    source_file: str                 # relative POSIX path, or the file name when a single file is given
    part: str                        # "" for a plain file; JSON-lines "id" or "L<line number>"
    text: str                        # decoded, cleaned, never empty
    title: str | None = None
    date: str | None = None          # YYYY-MM-DD when parseable
    url: str | None = None
    source: str | None = None
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Skipped:
    """A file or JSON line that was not read, with a human sentence saying why."""

    source_file: str
    part: str
    reason: str


# --- decoding -------------------------------------------------------------------------------

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f]")          # C0 controls except \t and \n (\r handled first)
_BINARY_CTRL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")  # controls never seen in text files
_IDEOGRAPH = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CN_ENCODINGS = {"gb18030", "gbk", "gb2312", "hz", "cp936"}


# Ideographs plus the punctuation, full-width forms and symbols that GB2312 text is made of.
_CHINESE_RANGES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x3000, 0x303F), (0xFF00, 0xFFEF),
                   (0x2000, 0x206F), (0x2100, 0x22FF), (0x2460, 0x26FF), (0xB7, 0xB7), (0xD7, 0xD7), (0xF7, 0xF7))


def _is_chinese_char(ch: str) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in _CHINESE_RANGES)


def _looks_chinese(text: str) -> bool:
    """True when most non-ASCII chars are ideographs or Chinese punctuation and almost none are unassigned/private."""
    sample = text[:20000]
    non_ascii = [ch for ch in sample if ord(ch) > 0x7F]
    if not non_ascii:
        return True
    odd = sum(1 for ch in non_ascii if unicodedata.category(ch) in ("Co", "Cn", "Cc"))
    cjk = sum(1 for ch in non_ascii if _is_chinese_char(ch))
    return odd <= len(non_ascii) // 100 and cjk * 2 >= len(non_ascii)


def _mixed_alphabets(text: str) -> bool:
    """True when the two-byte UTF-8 letters span several 256-code-point blocks or include C1 controls."""
    blocks = {ord(ch) >> 8 for ch in text[:20000] if 0x80 <= ord(ch) < 0x800}
    return len(blocks) > 1 or any("\x80" <= ch <= "\x9f" for ch in text[:20000])


def _bomless_wide(data: bytes) -> str | None:
    """Guess UTF-16/32 without a BOM from where the NUL bytes sit (ASCII-heavy text); None if no pattern."""
    n = len(data)
    if n >= 8 and n % 4 == 0:
        for enc, zero in (("utf-32-le", (2, 3)), ("utf-32-be", (0, 1))):
            if all(data[i::4].count(0) == n // 4 for i in zero):
                return enc
    if n >= 4 and n % 2 == 0:
        even, odd = data[0::2].count(0), data[1::2].count(0)
        if odd >= n // 4 and even == 0:
            return "utf-16-le"
        if even >= n // 4 and odd == 0:
            return "utf-16-be"
    return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _detect(data: bytes) -> tuple[str, str]:
    boms = [enc for bom, enc in _BOMS if data.startswith(bom)]
    for enc in boms:
        text = _try(data, enc)
        if text is not None:
            return text, enc
    if boms:
        name = boms[-1].upper().replace("-SIG", "")
        raise InputError(f"undecodable: starts with a {name} byte-order mark but is not valid {name}")
    if b"\x00" in data:
        guess = _bomless_wide(data)
        for enc in ([guess] if guess else []) + ["utf-16-le", "utf-16-be"]:
            text = _try(data, enc)
            if text is not None and not _BINARY_CTRL.search(text) and (enc == guess or _looks_chinese(text)):
                return text, enc
        raise InputError("binary file (NUL bytes)")
    text = _try(data, "utf-8")
    if text is not None:
        # Short GB18030 text can also be valid UTF-8 (医院 = D2BD D4BA = "ҽԺ"). Such UTF-8 has no
        # ideograph and hops between alphabets (or has C1 controls); real Latin/Cyrillic text does not.
        if data.isascii() or _IDEOGRAPH.search(text) or not _mixed_alphabets(text):
            return text, "utf-8"
        gb = _try(data, "gb18030")
        if gb is not None and _IDEOGRAPH.search(gb) and _looks_chinese(gb):
            return gb, "gb18030"
        return text, "utf-8"
    text = _try(data, "gb18030")
    if text is not None and _looks_chinese(text):
        return text, "gb18030"
    # Neither strict UTF-8 nor plausible GB18030: ask charset-normalizer, but only accept the
    # encodings we promise; it samples chunks, so it stays fast on big inputs.
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    enc = best.encoding.replace("-", "_").lower() if best is not None else ""
    if enc in _CN_ENCODINGS:
        enc = "gb18030"
    elif enc.startswith(("utf_16", "utf_32")):
        enc = enc.replace("_", "-")
    else:
        enc = ""
    text = _try(data, enc) if enc else None
    if text is None:
        raise InputError(f"undecodable: not {SUPPORTED}")
    return text, enc


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode file bytes to (text, encoding name); raise InputError for binary or undecodable data."""
    text, enc = _detect(data)
    if text:
        controls = len(_BINARY_CTRL.findall(text)) if _BINARY_CTRL.search(text) else 0
        if controls * 10 > len(text):
            raise InputError(f"binary file (control characters: {controls} of {len(text)} characters)")
    return text, enc


# --- clean-up -------------------------------------------------------------------------------

def clean_text(text: str) -> str:
    """Normalise newlines, drop C0 controls but \\n and \\t, strip trailing whitespace per line and blank edges."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CTRL.sub("", text)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    return text.strip("\n")


# --- HTML -----------------------------------------------------------------------------------

_HTML_START = re.compile(r"\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])",
                         re.IGNORECASE | re.DOTALL)
_DROP = frozenset({"script", "style", "nav", "header", "footer", "aside", "form", "noscript",
                   "template", "iframe", "svg", "canvas", "button", "select"})
_BLOCK = frozenset({"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6",
                    "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "thead", "tbody", "tfoot",
                    "blockquote", "pre", "figure", "figcaption", "address", "hr", "body", "center",
                    "caption", "td", "th", "summary", "details", "fieldset", "legend"})
_HTML_WS = re.compile(r"[ \t\n\r\f]+")
_DATE_META = ("article:published_time", "publishdate", "pubdate", "publish_date", "date",
              "dc.date", "dcterms.date", "og:published_time", "datepublished")


def looks_like_html(text: str) -> bool:
    """True when the text is clearly an HTML document (doctype, <html> or <head> first)."""
    return _HTML_START.match(text[:4096]) is not None


def _element_text(root) -> str:
    from bs4 import NavigableString, Tag
    out: list[str] = []
    stack: list = [root]
    end = object()
    while stack:  # iterative: deeply nested markup must not hit the recursion limit
        node = stack.pop()
        if node is end:
            out.append("\n")
        elif isinstance(node, Tag):
            name = node.name.lower()
            if name in _DROP:
                continue
            if name == "br":
                out.append("\n")
                continue
            if name in _BLOCK:
                out.append("\n")
                stack.append(end)
            stack.extend(reversed(node.contents))
        elif type(node) is NavigableString:  # not Comment, Doctype, CData, processing instructions
            out.append(_HTML_WS.sub(" ", str(node)))
    lines = (line.strip() for line in "".join(out).split("\n"))
    return "\n".join(line for line in lines if line)


def _meta(soup, *names: str) -> str | None:
    for tag in soup.find_all("meta"):
        key = (tag.get("name") or tag.get("property") or tag.get("itemprop") or "")
        if isinstance(key, str) and key.lower() in names:
            value = tag.get("content")
            if isinstance(value, str) and value.strip():
                return value.strip()
    return None


def html_to_text(html: str) -> tuple[str, dict[str, str | None]]:
    """Reduce an HTML document to its article text (one block per line) and its title/date/url/source."""
    from bs4 import BeautifulSoup
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        soup = BeautifulSoup(html, "lxml")
    title = None
    if soup.title is not None:
        title = _HTML_WS.sub(" ", soup.title.get_text()).strip() or None
    meta = {
        "title": title or _meta(soup, "og:title"),
        "date": _meta(soup, *_DATE_META),
        "url": _meta(soup, "og:url"),
        "source": _meta(soup, "source", "og:site_name", "author_org"),
    }
    canonical = soup.find("link", rel="canonical")
    if meta["url"] is None and canonical is not None and isinstance(canonical.get("href"), str):
        meta["url"] = canonical["href"].strip() or None
    candidates = []
    articles = soup.find_all("article")
    if articles:  # several <article>s: the longest is the story, the rest are teasers
        candidates.append(max(articles, key=lambda a: len(a.get_text())))
    candidates += [soup.find("main"), soup.find(attrs={"role": "main"}), soup.body, soup]
    for root in candidates:
        if root is not None:
            text = _element_text(root)
            if text:
                return text, meta
    return "", meta


# --- metadata -------------------------------------------------------------------------------

_DATE = re.compile(r"\s*(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{2})(\d{2}))(?![\d])")


def normalize_date(value: object) -> str | None:
    """Return YYYY-MM-DD for dates like 2018-01-06, 2018/1/6, 2018年1月6日, 20180106 or ISO datetimes; else the value as text."""
    if value is None:
        return None
    raw = str(value).strip()
    if not raw:
        return None
    m = _DATE.match(raw)
    if m:
        y, mo, d = int(m[1]), int(m[2] or m[4]), int(m[3] or m[5])
        try:
            return dt.date(y, mo, d).isoformat()
        except ValueError:
            pass
    return raw


def _meta_str(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


# --- files ----------------------------------------------------------------------------------

def _missing(corpus: Path) -> InputError:
    return InputError(f"corpus '{corpus}' does not exist; expected a folder or a .txt/.md/.html/.jsonl file")


def list_files(corpus: Path) -> list[Path]:
    """List the readable corpus files, sorted by relative path; hidden files and folders are skipped."""
    corpus = Path(corpus)
    if corpus.is_file():
        if corpus.suffix.lower() not in SUFFIXES:
            raise InputError(f"corpus file '{corpus}' has suffix '{corpus.suffix}'; expected one of "
                             f"{', '.join(SUFFIXES)}")
        return [corpus]
    if not corpus.is_dir():
        raise _missing(corpus)
    found: list[tuple[str, Path]] = []
    for folder, dirs, files in os.walk(corpus):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith(".") or os.path.splitext(name)[1].lower() not in SUFFIXES:
                continue
            path = Path(folder, name)
            if path.is_file():
                found.append((path.relative_to(corpus).as_posix(), path))
    found.sort(key=lambda item: item[0])
    return [path for _, path in found]


def _reason(err: OSError) -> str:
    return f"unreadable: {err.strerror or err.__class__.__name__}"


def _read_plain(path: Path, rel: str) -> Source | Skipped:
    try:
        data = path.read_bytes()
    except OSError as err:
        return Skipped(rel, "", _reason(err))
    if not data:
        return Skipped(rel, "", "empty file")
    try:
        text, enc = decode_bytes(data)
    except InputError as err:
        return Skipped(rel, "", str(err))
    text = clean_text(text)
    if not text.strip():
        return Skipped(rel, "", "empty file (whitespace only)")
    meta: dict[str, str | None] = {}
    if path.suffix.lower() in HTML_SUFFIXES or looks_like_html(text):
        text, meta = html_to_text(text)
        text = clean_text(text)
        if not text:
            return Skipped(rel, "", "no text in HTML document (after dropping script, style, nav, header, footer)")
        meta["date"] = normalize_date(meta.get("date"))
    return Source(rel, "", text, encoding=enc, **meta)


def _decode_line(raw: bytes, first: bool) -> tuple[str, str] | None:
    if first and raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    for enc in ("utf-8", "gb18030"):
        text = _try(raw, enc)
        if text is not None:
            return text, enc
    return None


def _json_line(rel: str, n: int, raw: bytes, seen: dict[str, int]) -> Source | Skipped | None:
    decoded = _decode_line(raw, n == 1)
    if decoded is None:
        return Skipped(rel, f"L{n}", f"line {n}: undecodable: not UTF-8/GB18030")
    line, enc = decoded
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        return Skipped(rel, f"L{n}", f"line {n}: invalid JSON ({err.msg} at column {err.colno})")
    except RecursionError:
        return Skipped(rel, f"L{n}", f"line {n}: invalid JSON (nested too deeply)")
    if not isinstance(obj, dict):
        return Skipped(rel, f"L{n}", f"line {n}: expected a JSON object, got {type(obj).__name__}")
    ident = _meta_str(obj.get("id"))
    part = ident or f"L{n}"
    if "text" not in obj:
        return Skipped(rel, part, f"line {n}: no 'text' field (fields: {', '.join(sorted(obj)) or 'none'})")
    if not isinstance(obj["text"], str):
        return Skipped(rel, part, f"line {n}: 'text' is {type(obj['text']).__name__}, expected a string")
    if ident is not None:
        if ident in seen:
            return Skipped(rel, part, f"line {n}: duplicate id '{ident}' (first on line {seen[ident]})")
        seen[ident] = n
    text = clean_text(obj["text"])
    title = _meta_str(obj.get("title"))
    if looks_like_html(text):  # some scrapers store the raw page in "text"
        text, meta = html_to_text(text)
        text, title = clean_text(text), title or meta["title"]
    if not text.strip():
        return Skipped(rel, part, f"line {n}: empty 'text'")
    return Source(rel, part, text, title=title, date=normalize_date(_meta_str(obj.get("date"))),
                  url=_meta_str(obj.get("url")), source=_meta_str(obj.get("source")), encoding=enc)


def _wide_lines(path: Path) -> Iterator[bytes] | None:
    """For UTF-16/32 files with a BOM, stream lines re-encoded as UTF-8; None for byte-oriented files."""
    with path.open("rb") as fh:
        head = fh.read(4)
    enc = next((e for bom, e in _BOMS if head.startswith(bom) and e != "utf-8-sig"), None)
    if enc is None:
        return None

    def lines() -> Iterator[bytes]:
        with path.open("r", encoding=enc, errors="replace", newline="\n") as fh:
            for line in fh:
                yield line.encode("utf-8")
    return lines()


def _read_jsonl(path: Path, rel: str) -> Iterator[Source | Skipped]:
    seen: dict[str, int] = {}
    count = 0
    try:
        wide = _wide_lines(path)
        with path.open("rb") as fh:
            for n, raw in enumerate(wide if wide is not None else fh, start=1):
                item = _json_line(rel, n, raw, seen)
                if item is not None:
                    count += 1
                    yield item
    except OSError as err:
        yield Skipped(rel, "", _reason(err))
        return
    if count == 0:
        yield Skipped(rel, "", "empty file")


def iter_sources(corpus: Path) -> Iterator[Source | Skipped]:
    """Yield a Source for every readable file or JSON line of the corpus and a Skipped for every other one."""
    corpus = Path(corpus)
    files = list_files(corpus)
    single = corpus.is_file()
    for path in files:
        rel = path.name if single else path.relative_to(corpus).as_posix()
        if path.suffix.lower() == ".jsonl":
            yield from _read_jsonl(path, rel)
        else:
            yield _read_plain(path, rel)
