"""Split a source into articles and find each one's title and by-lined authors."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from kg.extract.people import credits_in, credit_spans, plausible_name
from kg.lexicon import CREDIT_PREFIXES
from kg.model import Document

_BYLINE_PREFIX = re.compile(r"^(?:文[/／]|记者|通讯员|作者|撰稿|供稿)[：:\s/／]*")
_TRAILING_PAREN = re.compile(r"[（(]((?:记者|通讯员|作者)?\s*[\u4e00-\u9fff]{2,16}(?:[\s、，,]+[\u4e00-\u9fff]{2,4}){0,4})[）)]\s*$")
_BYLINE_ROLES = frozenset("记者 通讯员 作者 摄影 摄 文 图 文/图 撰稿 供稿 特约记者 见习记者 本报记者".split())
_BODY_LINE = re.compile(r"^(?:.{6,}。|.{60,}[！？!?])$")
MIN_ARTICLE = 120          # characters of body text an article needs before a trailing by-line may close it


@dataclass(frozen=True)
class Line:
    """A non-blank line of a text with its offsets."""

    start: int
    end: int
    text: str


def _lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        s = raw.strip()
        if s:
            off = pos + raw.index(s[0])
            out.append(Line(off, off + len(s), s))
        pos += len(raw) + 1
    return out


# those who wrote or pictured the article; editors and reviewers are credited, not authors
_AUTHOR_LABELS = frozenset("文 图 摄 文图 图文 文/图 图/文 文字 特约记者 见习记者 本报记者 记者 通讯员 作者 撰稿 撰文 供稿 摄影 摄像".split())


def credit_names(line: str) -> list[str] | None:
    """The authors on a credit line (作者：某某 编辑：某某, （通讯员：某某）, 文/某某 图/某某), or None when it is not one.

    Names credited for editing or review are no authors; a source (来源：某局) names a body, not a person."""
    got = credit_spans(line)
    return None if got is None else [line[s:e] for label, s, e in got if label in _AUTHOR_LABELS]


_LABEL_LAST = re.compile(r"(.{2,30}?)[\s　]+(?:文/图|图/文|文／图|文图|图文|文|摄|报道)")
_BODY_ENDS = ("局", "委", "院", "站", "中心", "会", "部", "办", "所", "室", "队", "社", "台", "报", "网")


def byline_names(line: str) -> list[str]:
    """The names on a by-line (曹某 张某某, 文/某某, 记者 某某, 作者：某某 编辑：某某, 某院 甲 文/图), or [] when the
    line is not one."""
    credited = credit_names(line)
    if credited is not None:
        return credited
    last = _LABEL_LAST.fullmatch(line.strip())
    if last is not None:
        # 某某县人民医院　甲　文/图: the writer's unit, the names, then what they did
        parts = [p for p in re.split(r"[\s、，,　]+", last.group(1)) if p]
        while parts and parts[0].endswith(_BODY_ENDS) and len(parts[0]) >= 3:
            parts = parts[1:]
        if parts and len(parts) <= 4 and all(plausible_name(p) for p in parts):
            return parts
    s = _BYLINE_PREFIX.sub("", line.strip())
    if not s or len(s) > 30:
        return []
    parts = [p for p in re.split(r"[\s、，,　]+", s) if p and p not in _BYLINE_ROLES]
    if len(parts) >= 2 and parts[0].endswith(_BODY_ENDS) and len(parts[0]) >= 4 and \
            all(plausible_name(p) for p in parts[1:]):
        return parts[1:]            # 某县医院 甲 乙: the writers' unit, then the writers
    if not parts or len(parts) > 5:
        return []
    if len(parts) == 1 and not _BYLINE_PREFIX.match(line.strip()) and not any(r in line for r in _BYLINE_ROLES):
        return []           # a lone word is too weak to be a by-line unless it says so
    return parts if all(plausible_name(p) for p in parts) else []


_CLOSING_CREDIT = re.compile(r"[（(]([^（）()]{2,60})[）)]\s*$")


def trailing_authors(line: str) -> list[str]:
    """Names in parentheses closing a paragraph: …心声。(某某), …。（通讯员：某某 编辑：某某）."""
    c = _CLOSING_CREDIT.search(line)
    if c is not None:
        credited = credit_names(c.group(1))
        if credited is not None:
            return credited
        last = _LABEL_LAST.fullmatch(c.group(1).strip())
        if last is not None:
            return byline_names(c.group(1))     # （某院团委 甲 文/图）: the unit, the writer, what they did
    m = _TRAILING_PAREN.search(line)
    if not m:
        return []
    inner = re.sub(r"^(?:记者|通讯员|作者)\s*", "", m.group(1))
    parts = [p for p in re.split(r"[\s、，,]+", inner) if p and p not in _BYLINE_ROLES]
    names = []
    for p in reversed(parts):          # （某某县卫生健康局 某某）: the unit first, then the names
        if not plausible_name(p):
            break
        names.insert(0, p)
    return names if names and len(parts) - len(names) <= 1 else []


def _is_credit(line: str) -> bool:
    return line.startswith(CREDIT_PREFIXES) or (line.startswith("图片") and line.endswith("提供"))


def _in_roll(lines: list[Line], k: int) -> bool:
    """A line of a roll (某院　甲 / 某中心　乙 …): a line next to it names a unit and a person too, so neither is a
    by-line."""
    return any(0 <= j < len(lines) and (byline_names(lines[j].text) or _unit_and_name(lines[j].text))
               for j in (k - 1, k + 1))


# 某科　某某: a line of two columns, a unit and a name, as a roll's lines are written
_TWO_COLUMNS = re.compile(r"[\u4e00-\u9fff（）()]{2,24}[ \t\u3000]+([\u4e00-\u9fff·]{2,6})")


def _unit_and_name(line: str) -> bool:
    m = _TWO_COLUMNS.fullmatch(line.strip())
    return m is not None and plausible_name(m.group(1))


def split_articles(text: str) -> list[tuple[int, int, str | None, tuple[str, ...]]]:
    """(start, end, title, authors) of each article in a source text."""
    lines = _lines(text)
    if not lines:
        return []
    bounds: list[tuple[int, int]] = []      # line index ranges [a, b)
    a = 0
    body = 0
    i = 0
    while i < len(lines):
        ln = lines[i]
        names = byline_names(ln.text)
        closes = i > 0 and re.search(r"[。！？!?”」）)]$", lines[i - 1].text)
        if names and body >= MIN_ARTICLE and closes and not _in_roll(lines, i):
            j = i + 1
            while j < len(lines) and _is_credit(lines[j].text):
                j += 1
            rest = sum(len(l.text) for l in lines[j:])
            if rest >= MIN_ARTICLE:
                bounds.append((a, j))
                a, body, i = j, 0, j
                continue
        body += len(ln.text) if not names else 0
        i += 1
    bounds.append((a, len(lines)))
    out = []
    for a, b in bounds:
        chunk = lines[a:b]
        title, authors = _title_and_authors(chunk)
        out.append((chunk[0].start, chunk[-1].end, title, tuple(dict.fromkeys(authors))))
    return out


def _title_and_authors(lines: list[Line]) -> tuple[str | None, list[str]]:
    authors: list[str] = []
    if not lines:
        return None, authors
    title_idx = 0
    for k, ln in enumerate(lines[:10]):
        names = byline_names(ln.text)
        if names and k > 0 and not _in_roll(lines, k):
            # the title is the nearest line above that is neither a subtitle (——…) nor a credit (来源：…)
            t = k - 1
            while t > 0 and (lines[t].text.startswith(("——", "--", "—")) or _is_credit(lines[t].text) or
                             credit_names(lines[t].text) is not None):
                t -= 1
            if _BODY_LINE.search(lines[t].text):
                continue        # a paragraph above: the credits closing a short article, not a by-line under its title
            authors += names
            title_idx = t
            break
    else:
        # a box such as 荣誉榜单 may come first: a title is followed by a ——subtitle when there is one
        for k, ln in enumerate(lines[:8]):
            if ln.text.startswith("——") and k > 0:
                title_idx = k - 1
                break
    title = lines[title_idx].text
    if title_idx + 1 < len(lines) and lines[title_idx + 1].text.startswith("——"):
        title = title + lines[title_idx + 1].text
        # 标题 / ——记某某 / 甲: a name alone on the line under the subtitle is the writer's
        under = lines[title_idx + 2].text if title_idx + 2 < len(lines) else ""
        if not authors and 2 <= len(under) <= 3 and plausible_name(under):
            authors.append(under)
    for ln in lines[1:6]:
        if credit_spans(ln.text) is None:
            # 某某讯（记者 甲 通讯员 乙）: the writers named in a news agency's lead
            authors += [ln.text[s:e] for label, s, e in credits_in(ln.text) if label in _AUTHOR_LABELS]
    for k in range(max(0, len(lines) - 6), len(lines)):
        names = byline_names(lines[k].text) if k else []
        if names and not _in_roll(lines, k):
            authors += names
        authors += trailing_authors(lines[k].text)
    return (title if len(title) <= 120 else None), list(dict.fromkeys(authors))


def make_documents(source_file: str, part: str, text: str, title: str | None = None, date: str | None = None,
                   url: str | None = None, source: str | None = None) -> list[Document]:
    """The articles of one source: one Document each, with its own id, title and authors (none for blank text)."""
    if not text.strip():
        return []
    pieces = split_articles(text) if title is None else [(0, len(text), title, tuple(_title_and_authors(_lines(text))[1]))]
    base = source_file + (f"#{part}" if part else "")
    docs = []
    for n, (s, e, t, authors) in enumerate(pieces):
        body = text[s:e]
        doc_id = base if len(pieces) == 1 else f"{base}#{n + 1}"
        docs.append(Document(doc_id=doc_id, source_file=source_file, text=body, title=t or title, authors=authors,
                             date=date, url=url, source=source,
                             content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest()))
    return docs
