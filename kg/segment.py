"""Sentences and tagged tokens: jieba behind one small interface, taught the extraction lexicon."""
from __future__ import annotations

import logging
import os
import re
import threading
from typing import NamedTuple
from time import perf_counter

from kg.lexicon import NAME_PARTS, ORG_HEADS, ROLES, UNIT_HEADS
from kg.model import Sentence

_SENT_END = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*|\n|$)")


class Token(NamedTuple):
    """A word with its part-of-speech tag and offsets in the text it was cut from."""

    # a named tuple, not a dataclass: a build makes some 15 million of these, and a tuple is made 5x faster
    start: int
    end: int
    word: str
    pos: str


_new_token = tuple.__new__


_LINE = re.compile(r"[^\n]+")
BULLETS = "◆●■▲★☆◇○•▪►"
_OPEN_END = re.compile(r"[\u4e00-\u9fff\w、，,]$")
_CLOSED_END = re.compile(r"[。！？!?；;”」』）)…]$")
_INNER_PUNCT = re.compile(r"[，,；;。！？!?]")


def _soft_breaks(text: str) -> str:
    """Text with line breaks that cut a sentence in two (page breaks in a paragraph) masked out."""
    lines = [(m.start(), m.end(), m.group(0).strip()) for m in _LINE.finditer(text) if m.group(0).strip()]
    masked = None
    for (s1, e1, a), (s2, e2, b) in zip(lines, lines[1:]):
        # a line with no comma or stop inside is a headline (某某：某某, “某某”某某), whatever its length: it ends there
        if len(a) >= 20 and _OPEN_END.search(a) and not _CLOSED_END.search(a) and _INNER_PUNCT.search(a) and \
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
        while s < e and (text[s].isspace() or text[s] in BULLETS):
            s += 1                      # (◆某某被评为…: a list's bullet opens the line, no part of the sentence)
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(len(out), s, e, text[s:e]))
    return out


# Dask runs extraction in threads too: the dictionaries are loaded once per process, not once per thread
_LOAD = threading.RLock()


_loaded: dict[str, object] = {}


def _once(name: str, make):
    got = _loaded.get(name)
    if got is None:
        with _LOAD:
            got = _loaded.get(name)
            if got is None:
                got = _loaded[name] = make()
    return got


def _tagger():
    """jieba's part-of-speech tagger with the extraction lexicon added: the reference tokenizer."""
    return _once("tagger", _load_tagger)


def _load_tagger():
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
    for word in ("执法大队", "中心卫生院", "妇幼保健计划生育服务中心", "卫生健康综合行政执法大队", "发展改革委"):
        tok.add_word(word, freq=None, tag="nt")
    for word in NAME_PARTS:
        tok.add_word(word, freq=None, tag="n")
    # 某某任县医院院长: 任 the verb before 县 opening a county's body; the dictionary's 任县 (a county renamed 任泽区 in
    # 2020) would glue them. A frequency of 1 makes the route split it, and a listed word is never re-joined by the
    # tagger's HMM (deleting it would leave the two characters to the HMM, which joins them again)
    tok.add_word("任县", freq=1, tag="ns")
    pt = jieba.posseg.POSTokenizer(tok)
    # user tags join word_tag_tab on the first cut; do it now so lookups before any cut see them too
    pt.makesure_userdict_loaded()
    return pt


def backend() -> str:
    """The tokenizer in use: "fast" (exact re-implementation, the default) or "jieba" (KG_TOKENIZER=jieba)."""
    value = os.environ.get("KG_TOKENIZER", "")
    got = _BACKENDS.get(value)
    if got is None:
        got = _BACKENDS[value] = "jieba" if value.lower() == "jieba" else "fast"
    return got


# os.environ.get is slow enough to show in a profile of 30,000 sentences: the answer is kept per value
_BACKENDS: dict[str, str] = {}


def tokenize_reference(text: str) -> list[Token]:
    """Tag text with jieba.posseg itself; offsets index into text."""
    out: list[Token] = []
    pos = 0
    for pair in _tagger().cut(text):
        w = pair.word
        out.append(Token(pos, pos + len(w), w, pair.flag))
        pos += len(w)
    return out


_spent = [0.0]


def segment_seconds() -> float:
    """Seconds this process has spent in tokenize so far (for the per-stage figures)."""
    return _spent[0]


def tokenize(text: str) -> list[Token]:
    """Tag text with jieba's part-of-speech tagger (or its exact fast twin); offsets index into text."""
    t = perf_counter()
    out = tokenize_reference(text) if backend() == "jieba" else _fast().tokenize(text)
    _spent[0] += perf_counter() - t
    return out


# --- the fast path: jieba.posseg's algorithm, step for step, minus its per-call overheads -----------
# jieba.posseg cuts each run of 汉字/ASCII by the max-probability route through the dictionary DAG and
# runs its (slow) POS-HMM only on runs of single characters that are not a dictionary word. Here the
# route comes from jieba-rs loaded with the same dictionary (or, without rjieba, one pass over a prefix
# table), the HMM runs on arrays, and blocks, runs and sentences are memoised: news text repeats short
# blocks (职务, 地名, 套话) all the time.

_MISSING = object()
_RE_ENG = _RE_HAN_DETAIL = _RE_HAN_INTERNAL = _RE_NUM = _RE_SKIP_DETAIL = _RE_SKIP_INTERNAL = None


def _patterns() -> None:
    """jieba.posseg's regular expressions, bound here on first use (importing posseg loads its HMM tables)."""
    global _RE_ENG, _RE_HAN_DETAIL, _RE_HAN_INTERNAL, _RE_NUM, _RE_SKIP_DETAIL, _RE_SKIP_INTERNAL
    from jieba import posseg
    _RE_ENG, _RE_HAN_DETAIL, _RE_HAN_INTERNAL = posseg.re_eng, posseg.re_han_detail, posseg.re_han_internal
    _RE_NUM, _RE_SKIP_DETAIL, _RE_SKIP_INTERNAL = posseg.re_num, posseg.re_skip_detail, posseg.re_skip_internal


_BLOCK_CACHE = 1 << 16


class FastTagger:
    """jieba.posseg (HMM on) over a jieba Tokenizer's dictionary, with identical output, faster."""

    def __init__(self, pt, native: bool = True):
        from math import log

        from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P
        from jieba.posseg.viterbi import viterbi

        # jieba's own patterns, so that blocks are cut exactly where jieba.posseg cuts them
        _patterns()

        self.tok = pt.tokenizer
        self.freq = pt.tokenizer.FREQ
        self._table: dict | None = None
        self.single = log(1) - log(pt.tokenizer.total)
        self.tags = pt.word_tag_tab
        self.native = _native_router(pt.tokenizer) if native else None
        self.blocks: dict[str, tuple] = {}
        self.recent: dict[str, tuple] = {}
        self.runs: dict[str, tuple] = {}
        self.hmms: dict[str, tuple] = {}
        try:
            self._viterbi = _Viterbi().run
        except ImportError:
            self._viterbi = lambda s: viterbi(s, char_state_tab_P, start_P, trans_P, emit_P)

    def tokenize(self, text: str) -> list[Token]:
        """Tokens of text, as tokenize_reference would give them."""
        # the pipeline tokenizes some sentences twice, and news repeats its openings and titles
        got = self.recent.get(text)
        if got is not None:
            return list(got)
        out = self._tokenize(text)
        if len(self.recent) >= 4096:
            self.recent.clear()
        self.recent[text] = tuple(out)
        return out

    def _tokenize(self, text: str) -> list[Token]:
        out: list[Token] = []
        pos = 0
        blocks = self.blocks
        for blk in _RE_HAN_INTERNAL.split(text):
            if not blk:
                continue
            pairs = blocks.get(blk)
            if pairs is None:
                if _RE_HAN_INTERNAL.match(blk):
                    pairs = self._cut_dag(blk)
                else:
                    pairs = self._cut_other(blk)
                if len(blocks) >= _BLOCK_CACHE:
                    blocks.clear()
                blocks[blk] = pairs
            for w, t in pairs:
                e = pos + len(w)
                out.append(_new_token(Token, (pos, e, w, t)))
                pos = e
        return out

    @staticmethod
    def _cut_other(blk: str) -> tuple:
        out = []
        for x in _RE_SKIP_INTERNAL.split(blk):
            if _RE_SKIP_INTERNAL.match(x):
                out.append((x, "x"))
            else:
                for xx in x:
                    # jieba tests the whole piece x for "eng", not the character: kept as it is
                    if _RE_NUM.match(xx):
                        out.append((xx, "m"))
                    elif _RE_ENG.match(x):
                        out.append((xx, "eng"))
                    else:
                        out.append((xx, "x"))
        return tuple(out)

    def _route(self, s: str) -> list[int]:
        """For each start index, the end (exclusive) of the word jieba's calc picks there."""
        n = len(s)
        table = self._table
        if table is None:
            from math import log
            logtotal = log(self.tok.total)
            # None marks a prefix that is not a word (jieba keeps those at frequency 0); built only when
            # needed: with jieba-rs routing it rarely is, and it costs ~50 MB
            table = self._table = {w: (log(f) - logtotal if f else None) for w, f in self.freq.items()}
        single = self.single
        score = [0.0] * (n + 1)
        end = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            best = None
            bx = k
            i = k
            frag = s[k]
            while True:
                lp = table.get(frag, _MISSING)
                if lp is _MISSING:
                    break
                if lp is not None:
                    v = lp + score[i + 1]
                    # max over (score, x) tuples: a tie goes to the longer word
                    if best is None or v >= best:
                        best, bx = v, i
                i += 1
                if i >= n:
                    break
                frag = s[k:i + 1]
            if best is None:
                # no dictionary word starts here: jieba's DAG holds just [k], scored as frequency 1
                best = single + score[k + 1]
            score[k] = best
            end[k] = bx + 1
        return end

    def _words(self, s: str) -> list[str]:
        """The words of jieba's max-probability route through s."""
        if self.native is not None:
            out: list[str] = []
            for w in self.native.cut(s, False):
                if len(w) > 1 and w.isascii() and w.isalnum():
                    # jieba-rs joins one-letter/digit route words into one: split them again, unless the
                    # joined form is a dictionary word too (then which it was is unknowable: recompute)
                    if self.freq.get(w):
                        break
                    out.extend(w)
                else:
                    out.append(w)
            else:
                return out
        end = self._route(s)
        out, x = [], 0
        while x < len(s):
            out.append(s[x:end[x]])
            x = end[x]
        return out

    def _cut_dag(self, s: str) -> tuple:
        tags = self.tags
        out = []
        buf = ""
        for w in self._words(s):
            if len(w) == 1:
                buf += w
            else:
                if buf:
                    out.extend(self._run(buf))
                    buf = ""
                out.append((w, tags.get(w, "x")))
        if buf:
            out.extend(self._run(buf))
        return tuple(out)

    def _run(self, buf: str) -> tuple:
        """A run of one-character words: its own dictionary tags, or the POS-HMM's reading."""
        if len(buf) == 1:
            return ((buf, self.tags.get(buf, "x")),)
        got = self.runs.get(buf)
        if got is None:
            if not self.freq.get(buf):
                got = tuple(self._cut_detail(buf))
            else:
                got = tuple((c, self.tags.get(c, "x")) for c in buf)
            if len(self.runs) >= _BLOCK_CACHE:
                self.runs.clear()
            self.runs[buf] = got
        return got

    def _cut_detail(self, buf: str):
        for blk in _RE_HAN_DETAIL.split(buf):
            if _RE_HAN_DETAIL.match(blk):
                yield from self._hmm(blk)
            else:
                for x in _RE_SKIP_DETAIL.split(blk):
                    if x:
                        if _RE_NUM.match(x):
                            yield x, "m"
                        elif _RE_ENG.match(x):
                            yield x, "eng"
                        else:
                            yield x, "x"

    def _hmm(self, s: str) -> tuple:
        # the same short pieces (月, 日在, 万人) come back inside ever new runs (3月5日在): memoised on the piece
        got = self.hmms.get(s)
        if got is None:
            if len(self.hmms) >= _BLOCK_CACHE:
                self.hmms.clear()
            got = self.hmms[s] = tuple(self._hmm_pairs(s))
        return got

    def _hmm_pairs(self, s: str):
        _, pos_list = self._viterbi(s)
        begin, nexti = 0, 0
        for i, char in enumerate(s):
            pos = pos_list[i][0]
            if pos == "B":
                begin = i
            elif pos == "E":
                yield s[begin:i + 1], pos_list[i][1]
                nexti = i + 1
            elif pos == "S":
                yield char, pos_list[i][1]
                nexti = i + 1
        if nexti < len(s):
            yield s[nexti:], pos_list[nexti][1]


def _native_router(tok):
    """rjieba (jieba-rs) loaded with exactly this tokenizer's words and frequency total, or None.

    Its route through the DAG is jieba's (same log-frequency sums, same tie-break: the longer word);
    tests and `bench/build.py --check` hold it to that."""
    try:
        import rjieba
    except ImportError:
        return None
    j = rjieba.Jieba.empty()
    total = 0
    for w, f in tok.FREQ.items():
        if f:
            j.add_word(w, f, None)
            total += f
    # jieba's total also counts the old frequency of re-added words; jieba-rs keeps a plain sum. A word no
    # text can contain (private-use characters, never in a block) carries the difference.
    if tok.total > total:
        j.add_word("\ue000\ue000", tok.total - total, None)
    return j


class _Viterbi:
    """jieba.posseg.viterbi on arrays: the same sums in the same order, ties broken the same way."""

    def __init__(self):
        import numpy as np

        from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

        self.np = np
        # states sorted as tuples, so "the larger state wins a tie" is "the larger index wins"
        self.states = sorted(trans_P)
        index = {s: i for i, s in enumerate(self.states)}
        n = len(self.states)
        self.all = np.arange(n)
        self.trans = np.full((n, n), float("-inf"))
        self.follows = np.zeros((n, n), dtype=bool)
        for y0, row in trans_P.items():
            for y, p in row.items():
                self.trans[index[y0], index[y]] = p
                self.follows[index[y0], index[y]] = True
        self.has_next = np.array([bool(trans_P[s]) for s in self.states])
        self.start = np.array([start_P[s] for s in self.states])
        self._emit_p = [emit_P[s] for s in self.states]
        self._tab = char_state_tab_P
        self._index = index
        self._emit: dict[str, object] = {}
        self._cands: dict[str, object] = {}

    def _emit_of(self, c: str):
        e = self._emit.get(c)
        if e is None:
            e = self._emit[c] = self.np.array([d.get(c, -3.14e100) for d in self._emit_p])
        return e

    def _cands_of(self, c: str):
        got = self._cands.get(c)
        if got is None:
            tab = self._tab.get(c)
            got = self.all if tab is None else self.np.array(sorted(self._index[s] for s in tab))
            self._cands[c] = got
        return got

    def run(self, obs: str):
        """(probability, [(B|M|E|S, tag) per character]) as jieba.posseg.viterbi returns them."""
        np = self.np
        cur = self._cands_of(obs[0])
        v = self.start[cur] + self._emit_of(obs[0])[cur]
        back = []
        for c in obs[1:]:
            keep = self.has_next[cur]
            prev, pv = cur[keep], v[keep]
            if not len(prev):
                raise ValueError("max() arg is an empty sequence")
            expect = self.follows[prev].any(axis=0)
            cand = self._cands_of(c)
            obs_states = cand[expect[cand]]
            if not len(obs_states):
                obs_states = np.flatnonzero(expect) if expect.any() else self.all
            m = (pv[:, None] + self.trans[prev[:, None], obs_states]) + self._emit_of(c)[obs_states][None, :]
            # the last maximum: max() over (prob, state) pairs prefers the larger state on a tie
            best = len(prev) - 1 - m[::-1].argmax(axis=0)
            v = m[best, np.arange(len(obs_states))]
            back.append(dict(zip(obs_states.tolist(), prev[best].tolist())))
            cur = obs_states
        i = len(v) - 1 - int(v[::-1].argmax())
        prob, state = float(v[i]), int(cur[i])
        route = [state]
        for step in reversed(back):
            state = step[state]
            route.append(state)
        route.reverse()
        return prob, [self.states[s] for s in route]


def _fast() -> FastTagger:
    """The fast tagger over _tagger()'s dictionary, built once per process."""
    return _once("fast", lambda: FastTagger(_tagger()))
