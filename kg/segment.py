"""Sentences and tagged tokens: jieba behind one small interface, taught the extraction lexicon."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.lexicon import ORG_HEADS, ROLES, UNIT_HEADS
from kg.model import Sentence

_SENT_END = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*|\n|$)")


@dataclass(frozen=True)
class Token:
    """A word with its part-of-speech tag and offsets in the text it was cut from."""

    start: int
    end: int
    word: str
    pos: str


_LINE = re.compile(r"[^\n]+")
_OPEN_END = re.compile(r"[\u4e00-\u9fff\w、，,]$")
_CLOSED_END = re.compile(r"[。！？!?；;”」』）)…]$")


def _soft_breaks(text: str) -> str:
    """Text with line breaks that cut a sentence in two (page breaks in a paragraph) masked out."""
    lines = [(m.start(), m.end(), m.group(0).strip()) for m in _LINE.finditer(text) if m.group(0).strip()]
    masked = None
    for (s1, e1, a), (s2, e2, b) in zip(lines, lines[1:]):
        if len(a) >= 20 and _OPEN_END.search(a) and not _CLOSED_END.search(a) and \
                re.match(r"[\u4e00-\u9fff\d“]", b) and (_CLOSED_END.search(b) or len(b) >= 30):
            masked = masked or list(text)
            for i in range(e1, s2):
                if masked[i] == "\n":
                    masked[i] = " "
    return "".join(masked) if masked else text


def split_sentences(text: str) -> list[Sentence]:
    """Cut text into sentences at sentence-final punctuation and line breaks, keeping offsets.

    A line break inside a paragraph (the text goes on mid-sentence on the next line) does not end it."""
    out: list[Sentence] = []
    for m in _SENT_END.finditer(_soft_breaks(text)):
        s, e = m.span()
        # trim surrounding whitespace but keep offsets into the original text
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(len(out), s, e, text[s:e]))
    return out


@lru_cache(maxsize=1)
def _tagger():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    tok = jieba.Tokenizer()
    tok.initialize()
    for word in sorted(ORG_HEADS):
        if len(word) >= 2:
            tok.add_word(word, freq=None, tag="nt")
    for word in sorted(UNIT_HEADS):
        if len(word) >= 2:
            tok.add_word(word, freq=None, tag="nt")
    for word in ROLES:
        tok.add_word(word, freq=None, tag="nnt")
    for word in ("执法大队", "中心卫生院", "妇幼保健计划生育服务中心", "卫生健康综合行政执法大队"):
        tok.add_word(word, freq=None, tag="nt")
    return jieba.posseg.POSTokenizer(tok)


def tokenize(text: str) -> list[Token]:
    """Tag text with jieba's part-of-speech tagger; offsets index into text."""
    out: list[Token] = []
    pos = 0
    for pair in _tagger().cut(text):
        w = pair.word
        out.append(Token(pos, pos + len(w), w, pair.flag))
        pos += len(w)
    return out
