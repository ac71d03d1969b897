"""Programmes: quoted names with a programme head (活动, 行动, 工程…), and well-formed unquoted ones."""
from __future__ import annotations

import re

from kg.lexicon import NOT_IN_NAME, PROGRAM_HEADS, PROGRAM_VERBS, UNQUOTED_PROGRAM_TAILS
from kg.segment import Token

_QUOTE = re.compile(r"[“\"]([^“”\"]{2,30})[”\"]")
_HEAD_AFTER = re.compile(r"^(?:等|系列|主题|专项|党建|志愿|示范)*([\u4e00-\u9fff]{0,4}?)(" + "|".join(map(re.escape, PROGRAM_HEADS)) + ")")
_TAILS = re.compile("|".join(map(re.escape, sorted(UNQUOTED_PROGRAM_TAILS, key=len, reverse=True))))
_BAD_INNER = re.compile(r"[，。；！？]")


def find_programs(text: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(start, end, name) of programme names in a sentence; the name without quotes or generic head."""
    out: list[tuple[int, int, str]] = []
    for m in _QUOTE.finditer(text):
        name = m.group(1).strip()
        if _BAD_INNER.search(name) or name.isdigit():
            continue
        after = text[m.end():m.end() + 12]
        before = text[max(0, m.start() - 6):m.start()]
        h = _HEAD_AFTER.match(after)
        prefix = _quote_prefix(text, tokens, m.start())
        if h:
            label = prefix + name + (h.group(1) + h.group(2) if prefix or h.group(1) else "")
            out.append((m.start() - len(prefix), m.end() + h.end(), label))
        elif before.endswith(PROGRAM_VERBS) and not re.match(r"[\u4e00-\u9fff]", after[:1]):
            out.append((m.start(), m.end(), name))
    for m in _TAILS.finditer(text):
        s = _left_edge(text, tokens, m.start())
        if s is None or m.start() - s < 2 or any(a <= s < b for a, b, _ in out):
            continue
        out.append((s, m.end(), text[s:m.end()]))
    return out


def _quote_prefix(text: str, tokens: list[Token], pos: int) -> str:
    """Unquoted words glued to the front of a quoted name (新生儿出生“一件事”): at most two nouns."""
    toks = [t for t in tokens if t.end <= pos]
    start = pos
    for t in reversed(toks[-2:]):
        if t.end != start or t.word in NOT_IN_NAME or not re.fullmatch(r"[\u4e00-\u9fff]+", t.word) or \
                not t.pos.startswith(("n", "vn", "v")) or t.pos.startswith(("nr", "ns", "nt")) or \
                t.word.endswith(PROGRAM_VERBS):
            break
        start = t.start
    return text[start:pos]


def _left_edge(text: str, tokens: list[Token], pos: int) -> int | None:
    """Start of the noun phrase before a programme tail: at most two words, a verb only right before the tail."""
    idx = [i for i, t in enumerate(tokens) if t.end == pos]
    if not idx:
        inside = [t for t in tokens if t.start < pos < t.end]
        if inside and re.fullmatch(r"[\u4e00-\u9fff]+", inside[0].word) and inside[0].word not in NOT_IN_NAME:
            return inside[0].start
        return None
    k = idx[0]
    start = None
    for n in range(1):
        if k - n < 0:
            break
        t = tokens[k - n]
        if t.word in NOT_IN_NAME or t.pos.startswith(("p", "c", "u", "x", "r", "d", "m", "q")) or \
                not re.fullmatch(r"[\u4e00-\u9fff]+", t.word):
            break
        if t.pos.startswith("v") and t.pos != "vn" and n > 0:
            break
        start = t.start
        if t.pos.startswith("v") and t.pos != "vn":
            break
    return start
