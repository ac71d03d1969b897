"""Canonical names: place context, abbreviations, anaphora; and the identity keys IRIs are minted from."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kg.gazetteer import Place, gazetteer
from kg.iri import normalise
from kg.lexicon import ABBREVIATIONS



def _abbreviation_pattern(k: str, v: str) -> str:
    # 卫健委 is not expanded where the full form goes on (卫健委员会 is already written out: 发展改革委|员会)
    if v.startswith(k):
        return f"{re.escape(k)}(?!{re.escape(v[len(k):])})"
    return re.escape(k) + ("(?!员会)" if k.endswith("委") and v.endswith("委员会") else "")


_ABBR_RE = re.compile("|".join(_abbreviation_pattern(k, v)
                               for k, v in sorted(ABBREVIATIONS.items(), key=lambda kv: -len(kv[0])) if k != v))
_PLACE_WORD = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:自治州|自治县|省|市|县|区|镇|乡|旗|盟)")
LEVEL_RANK = {"province": 0, "city": 1, "county": 2, "district": 2, "town": 3}


def expand_abbreviations(name: str) -> str:
    """卫健委 → 卫生健康委员会 and the like, wherever they occur in a name."""
    return _ABBR_RE.sub(lambda m: ABBREVIATIONS[m.group(0)], name)


@dataclass
class PlaceContext:
    """The places an article is about, as the article writes them (surface) and as the gazetteer knows them."""

    province: Place | None = None
    city: Place | None = None
    county: Place | None = None          # county or district
    surface: dict[str, str] = field(default_factory=dict)   # level → form used in the text (景宁县)

    def names(self) -> frozenset[str]:
        return frozenset(p.name for p in (self.province, self.city, self.county) if p)

    def qualifier(self, level_char: str) -> str | None:
        """The name that 县/市/区/省 at the start of an organisation's name stands for here."""
        if level_char in "县区旗" and self.county:
            own = self.surface.get("county", self.county.name)
            return own if own.endswith(level_char) or level_char == "县" and own.endswith("县") else None
        if level_char == "市" and self.county and self.surface.get("county", self.county.name).endswith("市"):
            return self.surface.get("county", self.county.name)     # (a county-level city: the innermost 市 meant)
        # 市委 in an article about a prefecture (某州) or 省委 in one about a municipality is some other body
        if level_char == "市" and self.city and self.city.name.endswith("市"):
            return self.surface.get("city", self.city.name)
        if level_char == "省" and self.province and self.province.name.endswith("省"):
            return self.surface.get("province", self.province.name)
        if level_char == "州" and self.city and self.city.name.endswith("州") and not self.city.name.endswith("市"):
            return self.surface.get("city", self.city.name)     # 州卫生健康局 in an article about an autonomous prefecture
        return None


CONJUNCTIONS = frozenset("和与及同")     # characters that join words, never open a place name there


def _outside_place_before(prefix: str, p: Place) -> bool:
    """The words before a county's name end with another place, one that county does not lie in."""
    gz = gazetteer()
    for n in (2, 3, 4):
        if len(prefix) >= n:
            before = [c for c in gz.candidates(prefix[-n:]) if c.level != "town"]
            if before and not any(c.name in p.parents or c.name == p.name for c in before):
                return True
    return False


def _glued(pair: str) -> bool:
    """Two characters that make a common word other than a place (完成, 形成): no place name begins between them."""
    from kg.segment import _tagger
    pt = _tagger()
    tag = pt.word_tag_tab.get(pair)
    return tag is not None and not tag.startswith("ns") and pt.tokenizer.FREQ.get(pair, 0) >= 1000


def common_word(word: str) -> bool:
    """A word the dictionary knows as a frequent word other than a place (公安, 资源, 比如): a county's short name
    that is such a word names no place by itself."""
    from kg.segment import _tagger
    pt = _tagger()
    tag = pt.word_tag_tab.get(word)
    return tag is not None and not tag.startswith("ns") and pt.tokenizer.FREQ.get(word, 0) >= 500


def _level_in_word(word: str, text: str, at: int) -> bool:
    """资源县|域: a full name (word, followed in text by the character at at) whose level character makes a word
    with that character (县域, 区域, 县级) and whose short name is a common word is no place (资源 + 县域)."""
    from kg.segment import _tagger
    nxt = text[at:at + 1]
    return bool(nxt) and _tagger().word_tag_tab.get(word[-1] + nxt) is not None and common_word(word[:-1])


def inside_word(word: str, i: int) -> bool:
    """A place name starting at i begins inside a word (千|叶县, 滨|海城市): its first character and the one before
    make a dictionary word, and no place ends before it (苏南 in 江苏南京市 does: 江苏 is a place)."""
    from kg.segment import _tagger
    tag = _tagger().word_tag_tab.get(word[i - 1:i + 1])
    if tag is None or tag[:1] in "vpcdur":
        return False                    # 距离|华容县: 离华 is a verb, and a place may follow one
    gz = gazetteer()
    return not any(gz.candidates(word[j:i]) for j in range(max(0, i - 7), i - 1))


def _foreign_before(chunk: str, at: int) -> bool:
    """A foreign place's name ends right before at (大马士革|东…)."""
    from kg.gazetteer import world_places
    wp = world_places()
    return any(chunk[at - n:at] in wp for n in range(2, 7) if n <= at)


_COUNTY_BODIES = re.compile(r"全县|县委|县政府|县人民医院|县中医|县卫生健康|县卫健|县妇幼|县疾")


# bodies named after "the prefecture" alone (州卫生健康委, 州人民医院, 全州): the article is about one
_PREFECTURE_BODIES = re.compile(r"(?:^|(?<=[^\u4e00-\u9fff]|[在由和与及]))州(?=卫|妇|疾|人民|中医|委|政府|医|血)|全州")


def place_context(title: str, text: str) -> PlaceContext:
    """Guess the article's places from the place names it uses most (the title counts three times)."""
    gz = gazetteer()
    counts: Counter[tuple[str, str]] = Counter()
    for weight, chunk in ((3, title), (1, text)):
        for m in _PLACE_WORD.finditer(chunk):
            word = m.group(0)
            # 云南镇|雄县: the lazy match closed a word at a level character that opens the next place's name
            longer = next((chunk[m.start() - k:m.end()] for k in (1, 2) if k <= m.start() and
                           chunk[m.start() - k] in "省市县区镇乡州" and gz.lookup(chunk[m.start() - k:m.end()]) is not None), None)
            if longer is not None:
                word = longer
            # try every suffix of the match: 浙江安吉县 → 安吉县
            for i in range(len(word) - 1):
                p = gz.lookup(word[i:])
                joined = word[i] in CONJUNCTIONS and len(word) - i == 2 and \
                    (i > 0 or m.start() > 0 and "\u4e00" <= chunk[m.start() - 1] <= "\u9fff")
                if p and (joined or i and (_glued(word[i - 1:i + 1]) or inside_word(word, i))):
                    continue            # 完成县: 成县 would begin inside the word 完成; 城市和县: 和 joins
                if p and i and word[i - 1] in "东西南北" and _foreign_before(chunk, m.start() + i - 1):
                    break               # 大马士革东|古塔区: a foreign place's quarter, no Chinese district
                if p and i >= 2 and p.level in ("county", "district") and _outside_place_before(word[:i], p):
                    break               # 通州老城区: the old town of 通州, not the district of that name elsewhere
                if p and p.level in ("county", "district") and _level_in_word(word[i:], chunk, m.end()):
                    continue
                if p and p.level != "town" and town_named_on(chunk, m.end() - len(word) + i, m.end()):
                    continue            # 古县|渡镇: the opening of a town's name, no county
                if p and word[-1] in "旗盟" and not p.name.endswith(word[-1]):
                    continue            # 五星红旗: a banner (旗) or league (盟) is named so, 红旗区 is no banner
                if p and p.level != "town":
                    counts[(p.code, word[i:])] += weight
                    break
    ctx = PlaceContext()
    if not counts:
        return ctx
    by_code: dict[str, Place] = {}
    for (code, surface), _ in counts.items():
        p = next(c for c in gz.candidates(surface) if c.code == code)
        by_code[code] = p
    total: Counter[str] = Counter()
    for (code, _), n in counts.items():
        total[code] += n
    # a county's mentions also support its city and province
    support = Counter(total)
    for code, n in total.items():
        for parent in by_code[code].parents:
            for c2, p2 in by_code.items():
                if p2.name == parent:
                    support[c2] += n
    ranked = sorted(by_code.values(), key=lambda p: (-support[p.code], LEVEL_RANK[p.level], p.code))
    best = ranked[0]
    while best.level == "province":
        kids = [p for p in ranked if best.name in p.parents and p.level == "city" and support[p.code] * 2 >= support[best.code]]
        # (州妇幼保健院, 全州: bodies named after "the prefecture" in an article naming one autonomous prefecture of the
        # province, that prefecture is the article's, however often the province is named)
        prefectures = [p for p in ranked if best.name in p.parents and p.level == "city" and p.name.endswith("州")]
        if not kids and len(prefectures) == 1 and _PREFECTURE_BODIES.search(title + "\n" + text):
            kids = prefectures
        if not kids:
            break
        best = kids[0]
    # (某阳召开…大会: a county named in the title by its short name, 某阳 for 某阳土家族自治县)
    in_title = {code for (code, surface) in counts if surface in title or
                len(by_code[code].alias) >= 2 and by_code[code].alias in title}
    counties = [p for p in ranked if p.level in ("county", "district") and
                (p is best or best.name in p.parents) and p.code in in_title]
    if not counties and best.level in ("city", "province") and _COUNTY_BODIES.search(text):
        # 县人民医院, 全县 in an article that names one county of its city in full: that county is the article's
        below = {p.code: p for p in ranked if p.level in ("county", "district") and best.name in p.parents}
        if len(below) == 1:
            counties = list(below.values())
    if best.level in ("county", "district"):
        ctx.county = best
    elif counties:
        ctx.county = counties[0]
    anchor = ctx.county or best
    parents = list(anchor.parents)
    if anchor.level == "city":
        ctx.city = anchor
    elif anchor.level == "province":
        ctx.province = anchor
    for name in parents:
        cands = gz.candidates(name)
        for c in cands:
            if c.level == "city" and not ctx.city:
                ctx.city = c
            elif c.level == "province" and not ctx.province:
                ctx.province = c
    if ctx.province and not ctx.city and ctx.province.name.endswith("市"):
        ctx.city = ctx.province      # municipalities: 市委 in a 重庆 county article is 重庆市委
    for level, p in (("county", ctx.county), ("city", ctx.city), ("province", ctx.province)):
        if p:
            forms = [s for (code, s), _ in counts.most_common() if code == p.code]
            ctx.surface[level] = forms[0] if forms and forms[0][-1] == p.name[-1] else p.name
    return ctx


def strip_outer_places(name: str) -> tuple[str, list[str]]:
    """浙江省湖州市安吉县卫生健康局 → 安吉县卫生健康局, with the place names stripped off."""
    gz = gazetteer()
    stripped = []
    changed = True
    while changed:
        changed = False
        for i in range(2, min(len(name) - 2, 8)):
            head, rest = name[:i], name[i:]
            p = gz.lookup(head)
            if not p or p.level not in ("province", "city"):
                continue
            for j in range(2, min(len(rest), 10)):
                q = gz.lookup(rest[:j])
                if q and (p.name in q.parents) and q.level != "town":
                    stripped.append(head)
                    name = rest
                    changed = True
                    break
            if changed:
                break
    return name, stripped


_LOWER_LEVELS = {"province": "市州盟县区旗镇乡村", "city": "县区旗镇乡村", "county": "镇乡村", "district": "镇乡村",
                 "town": "村"}


def _goes_on(name: str, start: int, end: int, place: Place) -> bool:
    """A place's short name that the name goes on from: 某丰|村 is a village of that name, not 某丰县; 共和|国 is a
    word, not 共和县."""
    if end >= len(name) or name[end - 1] in "省市县区州盟旗镇乡村" and \
            (place.name.endswith(name[end - 1]) or name[end - 1] in "省市县区"):
        return False                    # the surface ends in its own level character: nothing more to read
        # (常州|村: 州 is part of the city's short name, and the village's name goes on from it)
    nxt = name[end]
    if place.name.endswith(nxt) or nxt == "区" and place.name.endswith("自治区"):
        return False                    # 某树|州, 某西|区委: the place's own level character, shortened
    from kg.segment import _tagger
    tag = _tagger().word_tag_tab.get(name[start:end + 1])
    # (某安门: a gate, a street, a landmark the dictionary knows, named after the place but no division of it)
    if tag is not None and (nxt == "国" or not tag.startswith("ns") or
                            nxt in "门路街桥站楼寺" and not gazetteer().candidates(name[start:end + 1])):
        return True                     # 共和|国, 公安|部: the short name and what follows make a word of their own
    return nxt in _LOWER_LEVELS.get(place.level, "村")


def town_named_on(name: str, pos: int, j: int) -> bool:
    """name[pos:j] and a character or two after it name a town (某县渡镇): the place is the town's name, not j's."""
    gz = gazetteer()
    return any(name[k - 1] in "镇乡" and any(c.level == "town" for c in gz.candidates(name[pos:k]))
               for k in range(j + 1, min(len(name), j + 3) + 1))


def leading_place(name: str, context: frozenset[str]) -> tuple[Place | None, str]:
    """The most specific administrative place a name begins with, and the surface form used."""
    gz = gazetteer()
    best: tuple[Place | None, str] = (None, "")
    pos = 0
    while pos < len(name):
        found = None
        for j in range(min(len(name), pos + 9), pos + 1, -1):
            near = context | {b.name for b in ([best[0]] if best[0] else [])}
            p = gz.lookup(name[pos:j], near)
            if p and p.level in ("county", "district") and name[j - 1] != p.name[-1] and \
                    not near & set(p.parents) and common_word(name[pos:j]):
                continue                # 公安|分局: a common word that is also a county's short name, out of its city
            if p and p.level != "town" and town_named_on(name, pos, j):
                break                   # 古县|渡镇: a county's short name opening the name of a town is no county
            if p and not _goes_on(name, pos, j, p):
                found = (p, name[pos:j], j)
                break
        # a place after a place is inside it (武汉市|江岸区), or the name goes on with other words (武汉市|公安局)
        if not found or (best[0] is not None and best[0].name not in found[0].parents):
            break
        best = (found[0], found[1])
        pos = found[2]
    return best


_PROGRAM_GENERIC = re.compile(r"(?:主题党日活动|主题活动|实践活动|系列活动|专项行动|行动|活动|工程|项目|计划|运动)$")


def program_core(name: str) -> str:
    """A programme's identity: its name without quotes or a generic head (某某行动 and 某某 are one)."""
    core = re.sub(r"[“”\"‘’「」]", "", name)
    stripped = _PROGRAM_GENERIC.sub("", core)
    return stripped if len(stripped) >= 2 else core


def person_key(name: str, scope: str) -> str:
    """Identity of a person: the name within a scope (an organisation key, or the article)."""
    return f"person:{normalise(name)}@{scope}"


def entity_key(kind: str, name: str) -> str:
    """Identity of a non-person entity from its kind and canonical name."""
    return f"{kind}:{normalise(name)}"
