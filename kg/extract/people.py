"""People and their posts: names after post titles, before speech verbs, after organisations, in lists."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from kg.lexicon import ROLES, SPEECH_VERBS
from kg.segment import Token

_NOT_NAME_AFTER = ("纪念馆", "故居", "旧址", "陵园", "路", "街", "大道", "广场", "公园", "中学", "小学", "大学", "医院",
                   "精神", "同志们", "式", "体", "杯", "号", "思想", "理论", "村", "镇", "县", "市", "区")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff]")
_AFTER_NAME = ("介绍", "同志", "一行", "现任", "担任", "兼任", "出任", "调任", "升任", "任", "的职务")
_BEFORE_NAME = ("记者", "通讯员", "免去", "任命", "提名", "聘任", "聘请", "同意")
_REPORTED = re.compile(r"据([\u4e00-\u9fff]{2,3}?)(?:介绍|表示|透露|说|称|回忆)")
# characters that are surnames but far more often function words: only jieba's own name tags vouch for them
AMBIGUOUS_SURNAMES = frozenset("和于从向与及把被对将在为都也就还又所以而着过等其之并或那这第个们年月日时国党全各每本文明新东西南北上下中高代来"
                               "曾强水山白")
# characters that end common nouns (幸福感, 宣传画) and almost never a given name
_NOT_FINAL = frozenset("感性化率度们者式型界员类单画册报栏站点区部科组室队业务费款额量证卡码网线台机器表图片制"
                       "榜楼园馆院所厅场库路街桥村镇乡县市省关节会委局办处社团党司书鹤雨风")
_BAD_GIVEN = set("的了和与及在是为对把被将从向于等个们这那其之并或也都就还又所以而着过")


@dataclass(frozen=True)
class RoleSpan:
    """A post title in a sentence; former when the text marks it as no longer held (原…)."""

    start: int
    end: int
    text: str
    former: bool = False


@lru_cache(maxsize=1)
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """Single-character and two-character Chinese surnames."""
    lines = [l for l in resources.files("kg").joinpath("data/surnames.txt").read_text(encoding="utf-8").splitlines()
             if l and not l.startswith("#")]
    return frozenset(lines[0]), frozenset(lines[1].split())


def surname_len(name: str) -> int:
    """Length of the surname the name starts with (2 for 欧阳…), 0 when it starts with none."""
    single, double = surnames()
    if name[:2] in double:
        return 2
    return 1 if name[:1] in single else 0


def plausible_name(name: str, strict: bool = False) -> bool:
    """A string that could be a Chinese personal name: a surname and one or two given characters.

    strict: the string has no other support (no name tag from jieba), so ambiguous surnames and common
    words (班子, 幸福感) are refused."""
    if not 2 <= len(name) <= 4 or not all(_NAME_CHAR.match(c) for c in name):
        return False
    if strict and (name[0] in AMBIGUOUS_SURNAMES or _is_common_word(name) or
                   (len(name) == 3 and surname_len(name) == 1 and
                    (_is_common_word(name[:2]) or _frequent_word(name[1:])))):
        return False
    if name[-1] in _NOT_FINAL:
        return False
    n = surname_len(name)
    if not n or len(name) - n not in (1, 2):
        return False
    return not any(c in _BAD_GIVEN for c in name[n:])


def _is_common_word(word: str) -> bool:
    from kg.segment import _tagger
    tagger = _tagger()
    tag = tagger.word_tag_tab.get(word)
    # jieba's dictionary tags some frequent words as names (弘扬/nr): a real name there is rare
    return tag is not None and (not tag.startswith("nr") or tagger.tokenizer.FREQ.get(word, 0) >= 100)


def _tag_of(tok: Token) -> str:
    """The dictionary's tag of a word where it has one (全都 is an adverb even where the tagger says noun)."""
    from kg.segment import _tagger
    return _tagger().word_tag_tab.get(tok.word) or tok.pos


def _frequent_word(word: str) -> bool:
    """强台风, 曾连续: what follows the surname is a frequent word, so the whole is no name."""
    from kg.segment import _tagger
    tagger = _tagger()
    tag = tagger.word_tag_tab.get(word)
    return tag is not None and not tag.startswith("nr") and tagger.tokenizer.FREQ.get(word, 0) >= 2000


@lru_cache(maxsize=1)
def _role_re() -> re.Pattern:
    return re.compile("(原)?(" + "|".join(map(re.escape, ROLES)) + ")")


def find_roles(text: str, taken: list[tuple[int, int]] = ()) -> list[RoleSpan]:
    """Post titles in text outside the spans already taken by organisation names."""
    out = []
    masked = list(text)
    for a, b in taken:
        masked[a:b] = "\0" * (b - a)
    for m in _role_re().finditer("".join(masked)):
        s, e = m.start(2), m.end(2)
        if any(a <= s < b or a < e <= b for a, b in taken):
            continue
        out.append(RoleSpan(s, e, m.group(2), former=bool(m.group(1))))
    return out


def name_at(text: str, tokens: list[Token], pos: int) -> int:
    """Length of a personal name starting at pos (0 if none), using jieba's word cut to choose 2 or 3 characters."""
    cand = text[pos:pos + 4]
    if not surname_len(cand):
        return 0
    after_post = text[:pos].endswith(_ROLE_ENDINGS)
    for tok in tokens:
        if tok.start == pos:
            w = tok.word
            if 2 <= len(w) <= 3 and plausible_name(w) and tok.pos.startswith("nr") and not _is_common_word(w):
                return len(w)
            if len(w) == 1:
                # surname cut alone: take the following one- or two-character word as the given name
                nxt = next((t for t in tokens if t.start == tok.end), None)
                if nxt and 1 <= len(nxt.word) <= 2 and plausible_name(w + nxt.word, strict=not after_post) and \
                        (not after_post or _lenient_ok(w + nxt.word)) and \
                        (after_post or not nxt.pos.startswith(("v", "p", "u", "c", "x", "m", "d", "a", "n", "q", "t", "f"))) \
                        and _ends_before_cue(text, tok.end + len(nxt.word)):
                    return 1 + len(nxt.word)
            break
    for n in (3, 2):
        cand = text[pos:pos + n]
        if plausible_name(cand, strict=not after_post) and _ends_before_cue(text, pos + n) and \
                (not after_post or _lenient_ok(cand)):
            return n
    return 0


def _lenient_ok(name: str) -> bool:
    """After a post title a given name may be a word (吴建国), but the whole may not be (部长通道, 总书记关心)."""
    if _is_common_word(name) or (len(name) == 3 and surname_len(name) == 1 and _is_common_word(name[:2])):
        return False
    if name[0] in AMBIGUOUS_SURNAMES and _frequent_word(name[1:]):
        return False                    # 曾连续: an adverb, not a surname
    return name[-1] not in "作用说讲是在对向和与及等上"


_ROLE_ENDINGS = tuple(ROLES)


def _ends_before_cue(text: str, end: int) -> bool:
    rest = text[end:end + 4]
    return not rest or not _NAME_CHAR.match(rest[0]) or rest.startswith(SPEECH_VERBS) or rest.startswith(
        ("任", "在", "等", "同志", "一行", "和", "与", "及", "为", "作", "带", "也", "还", "就", "都", "对", "向", "说", "以",
         "、", "介绍", "表示", "指出", "强调", "主持", "出席", "讲", "率", "到", "来", "从", "是", "的"))


def find_people(text: str, tokens: list[Token], after: list[int], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Person names: at the positions given in after (right after a post or an organisation), before speech
    verbs, and in 、-lists next to a found name. Returns (start, end) spans."""
    found: dict[int, int] = {}

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    for pos in after:
        n = name_at(text, tokens, pos)
        if n and free(pos, pos + n) and not text[pos + n:].startswith(_NOT_NAME_AFTER):
            found[pos] = pos + n
    for tok in tokens:
        if not tok.pos.startswith("nr") or tok.start in found or not plausible_name(tok.word) or \
                _is_common_word(tok.word):
            continue
        e = tok.end
        rest = text[e:]
        prev = text[tok.start - 1] if tok.start else ""
        cue_after = rest.startswith(SPEECH_VERBS) or rest.startswith(_AFTER_NAME)
        cue_before = text[max(0, tok.start - 1):tok.start] in ("据", "由") or text[:tok.start].endswith(_BEFORE_NAME)
        nxt = next((t for t in tokens if t.start == e), None)
        bare = len(tok.word) == 3 and (not prev or not _NAME_CHAR.match(prev)) and plausible_name(tok.word, strict=True) \
            and (nxt is None or not _tag_of(nxt).startswith(("n", "a", "m", "q")))
        if (cue_after or cue_before or bare) \
                and free(tok.start, e) and not rest.startswith(_NOT_NAME_AFTER):
            found[tok.start] = e
    # 据某某介绍: the cue vouches for the name even when its characters make a word (文静)
    for m in _REPORTED.finditer(text):
        s, e = m.span(1)
        if s not in found and plausible_name(m.group(1)) and free(s, e) and not _is_common_word(m.group(1)):
            found[s] = e
    # lists: 甲、乙、丙 where one member is already a name
    changed = True
    while changed:
        changed = False
        for s, e in sorted(found.items()):
            for pos in ((e + 1,) if text[e:e + 1] == "、" else ()):
                n = name_at(text, tokens, pos)
                if n and pos not in found and free(pos, pos + n):
                    found[pos] = pos + n
                    changed = True
            if s >= 2 and text[s - 1] == "、":
                for n in (3, 2):
                    p = s - 1 - n
                    if p >= 0 and p not in found and plausible_name(text[p:s - 1], strict=True) and free(p, s - 1) and \
                            (p == 0 or not _NAME_CHAR.match(text[p - 1]) or text[p - 1] in "、，"):
                        found[p] = s - 1
                        changed = True
                        break
    return sorted(found.items())
