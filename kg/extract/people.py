"""People and their posts: names after post titles, before speech verbs, after organisations, in lists."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from operator import itemgetter

from kg.extract.honours import MERIT
from kg.gazetteer import known_place, world_places
from kg.lexicon import ROLE_SET, ROLES, SPEECH_VERBS
from kg.segment import Token
from kg.wordre import words_pattern

_NOT_NAME_AFTER = ("纪念馆", "故居", "旧址", "陵园", "路", "街", "大道", "广场", "公园", "中学", "小学", "大学", "医院",
                   "精神", "同志们", "式", "体", "杯", "号", "思想", "理论", "村", "镇", "县", "市", "区",
                   # 据某某新闻报道: a media outlet named after its founder or place
                   "新闻", "日报", "晚报", "电视台", "通讯社", "广播",
                   # 某塞武装, 某某县委, 某某·某某海军基地: a group, a body or a base named after a person or a place
                   "武装", "县委", "市委", "党委", "基地", "根据地", "海军", "部队")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff]")
_AFTER_NAME = ("介绍", "同志", "一行", "现任", "原任", "曾任", "担任", "兼任", "出任", "调任", "升任", "赴任", "就任", "接任", "任", "的职务",
               "来自")
# 某某医生说, 某院的某某护士：a title after a name, closing its clause or before a verb of speech
TITLES_AFTER_NAME = ("医生", "护士", "护士长", "教授", "院士", "医师", "大夫", "主任", "院长", "书记")
_TITLE_AFTER_NAME = re.compile(r"(?:%s)(?:[，。；：、,;:！？]|$|%s)" % ("|".join(TITLES_AFTER_NAME), "|".join(
    SPEECH_VERBS + ("每", "一直", "正在", "在", "和", "带领", "是", "也", "都", "还", "已", "就"))))
# 某某曾在某研究所担任…: the body a person served in, then the verb of the post
_SERVED_IN = re.compile(r"(?:曾经|曾|先后)在[^，。；！？]{2,30}?(?:担任|任职|工作)")
_BEFORE_NAME = ("记者", "通讯员", "免去", "任命", "提名", "聘任", "聘请", "同意")
_APPOINTED = re.compile(r"(?:(?<=任命)|(?<=、))([\u4e00-\u9fff]{2,3}?)(?:[（(][^）)]{1,8}[）)])?(?=为|、)")
_CONFERRED_ON = re.compile(r"(?:授予|追授|追认|颁授)([\u4e00-\u9fff]{2,4}?)(?:同志)?(?:[“\"]|(?=[\u4e00-\u9fff]{2,20}?"
                           r"(?:模范|英雄|标兵|楷模|卫士|先进个人|先锋)(?:荣誉)?称号))")
_CALLED = re.compile(r"(?:患者|老人|孩子|女孩|男孩|姑娘|小伙|医生|护士|一位|一名|名字)[\u4e00-\u9fff]{0,3}?(?:名叫|叫做|叫)"
                     r"([\u4e00-\u9fff]{2,3})(?=[，。；、])")
_CALLED_CLAUSE = re.compile(r"(?:^|(?<=[，,]))(?:名叫|名为)([\u4e00-\u9fff·]{2,6})(?=[。；，,]|$)")
_PERSON_WORDS = ("嫌疑人", "男子", "女子", "男孩", "女孩", "患者", "老人", "孩子", "凶手", "枪手", "死者", "伤者", "司机", "村民",
                 "岁")
_DOTTED_OPENING = re.compile(r"(?:^|(?<=[，。；：、,;:]))(?!名叫|叫|据|由|是|在|与|和|对|向)"
                             r"([\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{1,6}?){1,2})(?=是|说|表示|介绍|告诉|，)")
_THIS_ONE_CALLED = re.compile(r"(?:这位|那位|他|她)(?:名叫|叫做|叫)([\u4e00-\u9fff·]{2,8})(?=[，。；、,])")
_CALLED_OF_A_PEOPLE = re.compile(r"[\u4e00-\u9fff]{1,3}族[\u4e00-\u9fff]{0,4}?(?:名叫|叫)([\u4e00-\u9fff·]{2,8})(?=[，。,；])")
_CONFERRED_COUNTED = re.compile(r"(?:授予|追授|的有)((?:[\u4e00-\u9fff·]{2,6}、)+[\u4e00-\u9fff·]{2,6}?)等?"
                                r"(?:\d+|[一二三四五六七八九十百两]+)(?:位|名|人)")
_CONFERRED_ONE_OF_SET = re.compile(r"(?:授予|追授|的有)([\u4e00-\u9fff]{2,3}?)等(?:\d+|[一二三四五六七八九十百两]+)(?:名|位|人)")
_CONFERRED_LIST = re.compile(r"(?:授予|追授)([\u4e00-\u9fff]{2,3})(?=、[^。；]{2,80}?称号)")
_REPORTED = re.compile(r"据([\u4e00-\u9fff]{2,3}?)(?:介绍|表示|透露|说|称|回忆)")
# characters that are surnames but far more often function words: only jieba's own name tags vouch for them
AMBIGUOUS_SURNAMES = frozenset("和于从向与及把被对将在为都也就还又所以而着过等其之并或那这第个们年月日时国党全各每本文明新东西南北上下中高代来有"
                               "曾强水山白火银种妥撒虎达敬续靖巨闪豆脱拜鲜官修留刀字茶岩保普初纳萨拓包冒陇门税母令承畅太玉具滚")
# surnames that open foreign names' transliterations as often (纳某, 萨某)
_TRANSLIT_SURNAMES = frozenset("纳萨")
# characters that end common nouns (幸福感, 宣传画) and almost never a given name
_NOT_FINAL = frozenset("感性化率度们者式型界员类单画册报栏站点区部科组室队业务费款额量证卡码网线台机器表图片制时湾峡湖"
                       "榜楼园馆院所厅场库路街桥村镇乡县市省关节会委局办处社团党司书鹤雨风")
# of those, characters that end given names often enough to trust after a post and a tagged surname (某战书)
_GIVEN_TOO = frozenset("书鹤雨风园社图")
_MIDDLE_TOO = frozenset("从为")    # function words that are also a given name's first character (某为民)
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
    lines = [l.strip() for l in resources.files("kg").joinpath("data/surnames.txt").read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    # a line of words (欧阳 上官…) holds two-character surnames; a run of characters, single ones
    single = frozenset(c for l in lines if " " not in l for c in l)
    double = frozenset(w for l in lines if " " in l for w in l.split())
    return single, double


@lru_cache(maxsize=1)
def minority_name_parts() -> frozenset[str]:
    """Syllables of Mongolian, Tibetan and Yi personal names, which have no surname."""
    return _name_parts()[0]


@lru_cache(maxsize=1)
def uyghur_name_parts() -> frozenset[str]:
    """Parts of Uyghur personal names (a name and the father's, joined by a middle dot)."""
    return _name_parts()[1]


@lru_cache(maxsize=1)
def _name_parts() -> tuple[frozenset[str], frozenset[str]]:
    """The file's Mongolian, Tibetan and Yi syllables, and its Uyghur name parts (the section headed # Uyghur)."""
    text = resources.files("kg").joinpath("data/minority_name_parts.txt").read_text(encoding="utf-8")
    sections: list[set[str]] = [set(), set()]
    k = 0
    for line in text.splitlines():
        if line.startswith("# Uyghur"):
            k = 1
        elif line.strip() and not line.startswith("#"):
            sections[k].update(line.split())
    return frozenset(sections[0]), frozenset(sections[1])


@lru_cache(maxsize=1)
def _minority_initials() -> frozenset[str]:
    return frozenset(w[0] for w in minority_name_parts())


def minority_name_len(text: str, pos: int) -> int:
    """Length of a Mongolian, Tibetan or Yi name at pos, two or more known syllables run together (4 to 8 characters,
    at least one syllable of two), or 0."""
    if text[pos:pos + 1] not in _minority_initials():
        return 0                        # (the common case, on a hot path: no syllable opens here)
    parts = minority_name_parts()
    best = 0
    # (ends[i]: the syllable counts with which text[pos:pos+i] splits into syllables; a few characters, a small search)
    ends: dict[int, list[tuple[int, bool]]] = {0: [(0, False)]}
    for i in range(0, 8):
        for count, long in ends.get(i, []):
            for n in (5, 4, 3, 2, 1):
                w = text[pos + i:pos + i + n]
                if len(w) == n and w in parts and i + n <= 8:
                    ends.setdefault(i + n, []).append((count + 1, long or n >= 2))
    for i, ways in ends.items():
        if i >= 4 and any(count >= 2 and long for count, long in ways):
            best = max(best, i)
    return best


@lru_cache(maxsize=1)
def _minority_first_re() -> re.Pattern:
    """The syllables of two characters or more that may open a Mongolian, Tibetan or Yi name."""
    return re.compile(words_pattern(sorted(w for w in minority_name_parts() if len(w) >= 2)))


def _name_ends(text: str, tokens: list[Token], end: int) -> bool:
    """A name may end at end: the text stops, a word of the cut or no word character follows, or a verb of speech."""
    return end >= len(text) or not _NAME_CHAR.match(text[end]) or any(t.start == end for t in tokens) or \
        text.startswith(SPEECH_VERBS + ("同志", "任", "为", "兼任", "现任", "同时"), end) or \
        text.startswith("作", end) and text.startswith(_OBJECTS_OF_ZUO, end + 1)     # (某某毕力格作工作报告)


def surname_len(name: str) -> int:
    """Length of the surname the name starts with (2 for 欧阳…), 0 when it starts with none."""
    single, double = surnames()
    if name[:2] in double:
        return 2
    return 1 if name[:1] in single else 0


# Words jieba's dictionary tags as names that are things (a letter of congratulation, an instrument)
_TAGGED_NOT_NAMES = frozenset("贺信 贺电 贺词 管风琴 唁电 唁函".split())
# 俄军, 乌方, 美方: a country's forces or side, shortened to one character
_SIDE = re.compile(r"[中美俄乌英法德日韩朝巴以伊叙印越柬泰缅菲澳埃吉哈塔土蒙老尼葡荷意瑞加墨古沙阿新马毛坦肯津赞秘智希比奥波捷丹芬挪斐孟](?:[方军]|武装)")
# 吉方同中方…, 某方愿…: a country's side, then the verb the tagger glued to it
_SIDE_VERB = frozenset("同愿将也对表称认会在已就还不与和要")


def plausible_name(name: str, strict: bool = False, final_ok: bool = False) -> bool:
    """A string that could be a Chinese personal name: a surname and one or two given characters.

    strict: the string has no other support (no name tag from jieba), so ambiguous surnames and common
    words (班子, 幸福感) are refused."""
    if not 2 <= len(name) <= 4 or not all(_NAME_CHAR.match(c) for c in name):
        return False
    if strict and (name[0] in AMBIGUOUS_SURNAMES or _is_common_word(name) or
                   (len(name) == 3 and surname_len(name) == 1 and
                    (_is_common_word(name[:2]) or _frequent_word(name[1:])))):
        return False
    if (name[-1] in _NOT_FINAL and not (final_ok and name[-1] in _GIVEN_TOO)) or name in _TAGGED_NOT_NAMES or \
            _SIDE.fullmatch(name) or (len(name) == 3 and name[2] in _SIDE_VERB and _SIDE.match(name)):
        return False
    n = surname_len(name)
    if not n or len(name) - n not in (1, 2) or name[n:] in _HONORIFICS:
        return False                    # (刘先生, 王女士: a surname and a form of address, no name)
    if name[0] in _TRANSLIT_SURNAMES and any(c in _TRANSLIT for c in name[1:]):
        return False                    # 纳某某 with the sounds of a foreign word after it is a transliteration
    given = name[n:]
    if final_ok and len(given) == 2 and given[0] in _MIDDLE_TOO:
        given = given[1:]               # (主任医师朱从磊/nr: 从 inside a name the cut tagged whole, after a post)
    return not any(c in _BAD_GIVEN for c in given) or (not strict and _dictionary_name(name))


def _is_common_word(word: str) -> bool:
    tag = _word_tags().get(word)
    # jieba's dictionary tags some frequent words as names (弘扬/nr): a real name there is rare
    return tag is not None and (not tag.startswith("nr") or _freq(word) >= 100)


def _freq(word: str) -> int:
    return _freqs().get(word, 0)


def _tag_of(tok: Token) -> str:
    """The dictionary's tag of a word where it has one (全都 is an adverb even where the tagger says noun)."""
    return _word_tags().get(tok.word) or tok.pos


# The tagger's tables, fetched once: these checks run hundreds of thousands of times a build
@lru_cache(maxsize=1)
def _word_tags() -> dict[str, str]:
    from kg.segment import _tagger
    return _tagger().word_tag_tab


@lru_cache(maxsize=1)
def _freqs() -> dict[str, int]:
    from kg.segment import _tagger
    return _tagger().tokenizer.FREQ


def _frequent_word(word: str) -> bool:
    """强台风, 曾连续: what follows the surname is a frequent word, so the whole is no name."""
    tag = _word_tags().get(word)
    return tag is not None and not tag.startswith("nr") and _freq(word) >= 2000


def _noun_word(word: str) -> bool:
    """全军, 群众: a frequent common noun of the dictionary, no given name."""
    tag = _word_tags().get(word, "")
    return tag[:1] == "n" and not tag.startswith("nr") and _freq(word) >= 1000


@lru_cache(maxsize=1)
def _role_re() -> re.Pattern:
    # a post may take a prefix of standing (名誉董事长, 常务副主任委员, 执行主席) that the lexicon need not list
    return re.compile("(原)?((?:名誉|常务|执行)?(?:" + words_pattern(ROLES) + "))")


def _chang_opens_next(text: str, end: int) -> bool:
    """Whether the 长 closing a post at end opens the word after it instead (长期, 长久, 长远, 长时间; not 省长期间)."""
    return text.startswith(("期", "久", "远", "时间"), end) and not text.startswith("期间", end)


def find_roles(text: str, taken: list[tuple[int, int]] = ()) -> list[RoleSpan]:
    """Post titles in text outside the spans already taken by organisation names."""
    out = []
    masked = text
    for a, b in taken:
        masked = masked[:a] + "\0" * (b - a) + masked[b:]
    # a post never takes a masked character, so none overlaps a span taken
    for m in _role_re().finditer(masked):
        if masked.startswith(("国", "团"), m.end(2)) and m.group(2).endswith(("主席", "理事", "成员")):
            continue                    # 轮值主席国, 主席团: a country or a presidium that presides, no post
        if m.group(2).endswith("长") and _chang_opens_next(masked, m.end(2)):
            continue                    # 某二院|长期以来: 长 opens the word after, no post
        out.append(RoleSpan(m.start(2), m.end(2), m.group(2), former=bool(m.group(1))))
    return out


def _comrade_after(text: str, tokens: list[Token], pos: int) -> int:
    """Length of a run of two to five characters at pos that 同志 closes at a word's end, no function word in it
    (副委员长某云其木某同志: 同志 closes a name of any length a post opens; a minority's name has no surname)."""
    m = _UNTIL_COMRADE.match(text, pos)
    if m is None or not any(t.start == pos for t in tokens) or not any(t.end == m.end(1) for t in tokens) or \
            any(c in m.group(1) for c in "的和与及在是为等"):
        return 0
    return len(m.group(1))


def _unsurnamed_after_post(text: str, tokens: list[Token], pos: int) -> int:
    """副团长某桑/nrt|某村/ns|带领: after a post, a name with no surname (Tibetan, Yi) that the tagger opens as a
    transliteration and the cut splits in two, before a verb: four characters."""
    k = next((i for i, t in enumerate(tokens) if t.start == pos), None)
    if k is None:
        return 0
    a = tokens[k]
    # 主任委员某春鹰/nr 作…: a three-character name the tagger reads whole after a post, before a verb or a stop
    if a.pos == "nr" and len(a.word) == 3 and _HAN_RUN.fullmatch(a.word) and _freq(a.word) < 1000 and \
            (k + 1 == len(tokens) or tokens[k + 1].pos[:1] in ("v", "x") and tokens[k + 1].word not in "·•‧-－" or
             tokens[k + 1].word in ("同志",)):
        return 3                        # (not before the mark that joins a foreign name's parts)
    if k + 2 >= len(tokens):
        return 0
    a, b, c = tokens[k:k + 3]
    if a.pos == "nrt" and len(a.word) == 2 and len(b.word) == 2 and b.start == a.end and _HAN4.fullmatch(a.word + b.word) \
            and b.pos in ("nrt", "nr", "ns", "nz", "n") and _tag_of(c).startswith("v") and len(c.word) >= 2:
        return 4
    return 0


_UNTIL_COMRADE = re.compile(r"([\u4e00-\u9fff]{2,5})同志")
_HAN4 = re.compile(r"[\u4e00-\u9fff]{4}")


# 主任某立峰|报告/n 了: a word followed by 了 is the verb of the clause, whatever the tagger called it
_VERB_THEN_LE = re.compile(r"[\u4e00-\u9fff]{1,2}了")


def name_at(text: str, tokens: list[Token], pos: int) -> int:
    """Length of a personal name starting at pos (0 if none), using jieba's word cut to choose 2 or 3 characters."""
    cand = text[pos:pos + 4]
    # (任命某阳生为…: a verb of appointment vouches for the name after it as a post does)
    after_post = text[:pos].endswith(_ROLE_ENDINGS) or text[:pos].endswith(("任命", "免去", "聘任", "提名"))
    k = minority_name_len(text, pos)
    if k and _name_ends(text, tokens, pos + k):
        return k                        # 副主任孟和巴雅尔, 文/萨仁高娃: a Mongolian or Tibetan name, no surname
    if after_post:
        n = _comrade_after(text, tokens, pos)
        if n >= 4 or not surname_len(cand):
            return n or _unsurnamed_after_post(text, tokens, pos)
    elif not surname_len(cand):
        return 0
    here = next((i for i, t in enumerate(tokens) if t.start == pos), None)
    if here is not None and len(tokens[here].word) == 1 and tokens[here].pos[:1] in ("p", "c", "d") and \
            cand[0] in AMBIGUOUS_SURNAMES and here + 1 < len(tokens) and tokens[here + 1].pos.startswith("v") and \
            not (after_post and text.startswith(SPEECH_VERBS, pos + 3) and plausible_name(text[pos:pos + 3]) and
                 (len(tokens[here + 1].word) < 2 or _freq(tokens[here + 1].word) < 50)):
        return 0                        # 院长从|接到通知: a preposition before a verb, no surname (副主任于振某说: one;
        #                                 省长和|知事/v 出席: a word of the dictionary after 和, no given name)
    for tok in tokens:
        if tok.start == pos:
            w = tok.word
            nxt = next((t for t in tokens if t.start == tok.end), None)
            if len(w) == 2 and after_post and tok.pos.startswith("nr") and nxt is not None and len(nxt.word) == 2 and \
                    nxt.start == tok.end and nxt.word[1] in _GLUED_AFTER_NAME and _NAME_CHAR.match(nxt.word[0]) and \
                    (not _freq(nxt.word) or _freq(nxt.word) < 1000 and _glued_word_goes_on(tokens, nxt)) and \
                    plausible_name(w + nxt.word[0]) and not _is_common_word(w + nxt.word[0]):
                return 3                # 主任某蕴|蓓从/n 医: the name's last character and the word after it made a word
                #                         (副院长某静|波及/ns 护士长, 院长某志|勇为/v 患者: a word of the dictionary too,
                #                         where a post or a noun follows it as the 及/为 after a name would have)
            if len(w) == 2 and after_post and tok.pos.startswith("nr") and surname_len(w) == 1 and _zhi_closes(text, nxt):
                return 3                # 主任某穆|之 荣获
            if len(w) == 2 and after_post and tok.pos.startswith("nr") and nxt is not None and len(nxt.word) == 2 and \
                    nxt.word[1] == "等" and _NAME_CHAR.match(nxt.word[0]) and text.startswith(_AFTER_DENG, nxt.end) and \
                    plausible_name(w + nxt.word[0]) and not _is_common_word(w + nxt.word[0]):
                return 3                # 镇长某志|平等/a 出席: the name's last character and 等 made a word
            if len(w) == 2 and after_post and (tok.pos.startswith("nr") or tok.pos == "ns" and not known_place(w)) and \
                    surname_len(w) == 1 and text[tok.end:tok.end + 1] == "和" and \
                    (text[tok.end + 1:tok.end + 2] in ("为", "向", "对", "给", "在") or text.startswith(SPEECH_VERBS, tok.end + 1)):
                return 3                # 主任某庆和为…颁发证书, 书记某庆和说: 和 before a preposition or a verb of
                #                         speech ends the name, it joins nothing
            if len(w) == 2 and after_post and tok.pos.startswith("nr") and nxt is not None and len(nxt.word) == 2 and \
                    nxt.start == tok.end and nxt.word[1] == "作" and _NAME_CHAR.match(nxt.word[0]) and \
                    text.startswith(_OBJECTS_OF_ZUO, nxt.end) and plausible_name(w + nxt.word[0]):
                return 3                # 主任某家|骏作/n 工作报告: the name's last character and 作 made a word
            if len(w) == 2 and after_post and tok.pos in ("nr", "nrt") and nxt is not None and len(nxt.word) == 2 and \
                    nxt.pos in ("n", "nr", "nrt", "ns", "nz") and _freq(nxt.word) < 50 and \
                    not known_place(nxt.word) and nxt.word not in _HONORIFICS and nxt.word not in ROLE_SET and \
                    (text[nxt.end:nxt.end + 1] in ("，", "。", "、", "") or text.startswith(SPEECH_VERBS, nxt.end) or
                     _DAY.match(text, nxt.end) is not None and _translit_share(w + nxt.word) >= 0.5):
                return 4                # 委员某吉|措姆/n，, 总理某德|布利/ns 表示: a four-character name the cut split
                #                         (部长某赫|卢夫 13日表示: a date after it)
            after2 = next((t for t in tokens if nxt is not None and t.start == nxt.end), None)
            if len(w) == 2 and after_post and tok.pos.startswith("nr") and nxt is not None and len(nxt.word) == 2 and \
                    nxt.word[1] == "和" and _NAME_CHAR.match(nxt.word[0]) and after2 is not None and \
                    after2.pos.startswith("nr") and 2 <= len(after2.word) <= 3 and plausible_name(w + nxt.word[0]) and \
                    not _is_common_word(w + nxt.word[0]):
                return 3                # 护士某列|平和/a|某芬: the name's last character and 和 made a word, a name after
            if after_post and len(w) == 2 and w in surnames()[1] and not tok.pos.startswith("nr") and nxt is not None \
                    and 1 <= len(nxt.word) <= 2 and plausible_name(w + nxt.word) and \
                    (_ends_before_cue(text, nxt.end) or _adverb_or_verb_at(tokens, nxt.end)):
                return 2 + len(nxt.word)    # 科长欧阳/ns|菲菲: a two-character surname the dictionary tags otherwise
            if len(w) == 3 and w[2] in "说称讲" and text[tok.end:tok.end + 1] in "，：,:" and surname_len(w) == 1:
                w = w[:2]               # 某韬说/nr，: the cut glued the speech verb to a two-character name
            # the dictionary's frequent names are often words (弘扬/nr); not so a three-character one after a post,
            # nor a two-character one the dictionary seldom meets as a word (文明 is frequent, a name is not)
            tagged = tok.pos.startswith("nr") or (after_post and tok.pos == "ns" and not known_place(w) and
                                                  (len(w) == 3 or text.startswith(_CREDIT_VERBS, tok.end)))
            if after_post and len(w) == 2 and tok.pos.startswith("nr") and _is_common_word(w) and \
                    _third_given(text, tokens, tok):
                return 3                # 主任王明/nr|远/a|接受: a frequent two-character name, a third character after it
            # (部长某和俊/nr: a name the tagger reads whole after a post may hold 和, the conjunction elsewhere)
            held_he = after_post and len(w) == 3 and tok.pos == "nr" and w[1] == "和" and plausible_name(w[0] + w[2])
            if 2 <= len(w) <= 3 and (plausible_name(w, final_ok=after_post and tok.pos.startswith("nr")) or held_he) and \
                    tagged and \
                    (not _is_common_word(w) or (after_post and (_tag_of(tok).startswith("nr") or tok.pos == "ns") and
                                                (len(w) == 3 or _freq(w) < 300 or
                                                 _tag_of(tok) == "nr" and w not in ROLE_SET and
                                                 _frequent_name_closed(text, tokens, tok, pos)))):
                if len(w) == 3 and nxt is not None and len(nxt.word) == 1 and \
                        ((nxt.pos.startswith("nr") or nxt.pos == "o" and after_post) and (nxt.end >= len(text) or not _NAME_CHAR.match(text[nxt.end]) or
                                                       _ends_before_cue(text, nxt.end)) or
                         nxt.word in "和与及" and text[nxt.end:nxt.end + 1] in ("、", "，")):
                    return 4            # 白玛赤/nr|林/nr|20日, 那顺孟|和/c|、: a four-character name cut short
                run = _translit_run(tokens, tok.end)
                if run > tok.end:
                    return run - pos if run - pos <= 8 else 0     # 雷德|菲尔德/nrt: one foreign name, not 雷德
                if after_post and nxt is not None and nxt.pos in ("nr", "nrfg") and len(nxt.word) >= 2 and \
                        len(w) + len(nxt.word) <= 8 and _translit_share(w + nxt.word) >= 0.75:
                    return len(w) + len(nxt.word)     # 麦伦|丹尼尔/nr: a foreign name the cut read as two
                if len(w) == 2 and after_post and nxt is not None and len(nxt.word) == 2 and nxt.word[1] in "说讲" and \
                        nxt.start == tok.end and plausible_name(w + nxt.word[0]) and \
                        text[nxt.end:nxt.end + 1] in ("，", "：", ",", ":"):
                    return 3            # 委员连玉|明说，: the name's last character and the verb of speech made a word
                if len(w) == 2 and after_post and nxt is not None and nxt.start == tok.end and len(nxt.word) == 1 and \
                        nxt.pos == "g" and _NAME_CHAR.match(nxt.word):
                    return 3            # 总设计师某发|轫/g: a rare character the tagger knows only as a morpheme ends it
                if len(w) == 2 and not _ends_before_cue(text, tok.end):
                    # 王水|英|举办: the cut left the last given character alone before a verb
                    after = next((t for t in tokens if nxt and t.start == nxt.end), None)
                    if nxt and len(nxt.word) == 1 and nxt.pos != "d" and plausible_name(w + nxt.word) and \
                            (_ends_before_cue(text, nxt.end) or (after is not None and len(after.word) >= 2 and
                                                                 (_tag_of(after).startswith("v") or
                                                                  after.word in _IN_ONES_EYES or
                                                                  # (医生某炳|坤/ns|今年: a time word after the name)
                                                                  after_post and after.pos == "t" and
                                                                  nxt.pos[:1] not in _NOT_THIRD_TAGS))):
                        return 3        # (院长柴玉|坤 眼里: a place word of the mind after the name)
                if len(w) == 2 and after_post and text[tok.end:tok.end + 1] in "来" and \
                        text.startswith(_REPORTING, tok.end + 1) and plausible_name(text[pos:tok.end + 1]):
                    return 3            # 副省长葛春|来/v|陪同: 来 is the last given character, not the verb
                return len(w)
            if len(w) == 1:
                # surname cut alone: take the following one- or two-character word as the given name
                if tok.pos[:1] in ("p", "c") and nxt is not None and _noun_word(nxt.word) or \
                        nxt is not None and nxt.word in _HONORIFICS:
                    return 0            # 主席向/p|全军/n: a preposition and its object, no surname; 教师姚|女士
                if tok.pos == "c" and nxt is not None and (nxt.word in ROLE_SET or nxt.word in _DESCRIPTOR_SET or
                                                           _word_tags().get(nxt.word, "nr")[:1] == "n" and
                                                           not _word_tags().get(nxt.word, "nr").startswith("nr")):
                    return 0            # 班主任和/c|校医/n: a conjunction joining two kinds of people, no surname
                # 柯|和平/nz|和省长: after a post, a given name the cut kept whole may open with 和 (plausible_name
                # refuses 和 as the conjunction it mostly is)
                whole = after_post and nxt is not None and len(nxt.word) == 2 and nxt.word[0] == "和" and \
                    nxt.pos in ("nz", "nr", "n", "a", "ns") and plausible_name(w + nxt.word[1])
                if nxt and 1 <= len(nxt.word) <= 2 and \
                        (whole or plausible_name(w + nxt.word, strict=not after_post,
                                                 final_ok=after_post and tok.pos.startswith("nr"))) and \
                        (not after_post or _lenient_ok(w + nxt.word, surname_apart=len(nxt.word) == 2)) and \
                        (after_post or not nxt.pos.startswith(("v", "p", "u", "c", "x", "m", "d", "a", "n", "q", "t", "f"))) \
                        and (_ends_before_cue(text, tok.end + len(nxt.word)) or
                             after_post and _adverb_or_verb_at(tokens, nxt.end)):
                    return 1 + len(nxt.word)
            break
    for n in (3, 2):
        cand = text[pos:pos + n]
        # after a post, a name the cut split (曾益/d 新/a) may end before a time word or a verb as well as a cue
        split = after_post and n == 3 and _freq(cand[1:]) < 50     # no 监察|法草案: the given name is no word
        ends = _ends_before_cue(text, pos + n) or (split and _DAY.match(text, pos + n) is not None) or \
            (split and any(t.end == pos + n for t in tokens) and
             (_adverb_or_verb_at(tokens, pos + n) or _VERB_THEN_LE.match(text, pos + n) is not None))
        # (总院长卫国|强/a 介绍, 院长秦国|衡领 誓: a name whose surname and first given character make a word, its last
        # character cut off from them, before a cue)
        glued = split and _ends_before_cue(text, pos + n) and not _is_common_word(cand) and \
            cand[-1] not in "作用说讲是在对向和与及等上" and any(t.start == pos + 2 and (t.end == pos + 3 or t.pos.startswith("nr")) for t in tokens)
        # (副书记宁海|燕/nr 出席: the cut tags the last character a name's, the first two a place's)
        tagged_last = n == 3 and after_post and _ends_before_cue(text, pos + n) and not _is_common_word(cand) and \
            any(t.start == pos + 2 and t.end == pos + 3 and t.pos.startswith("nr") for t in tokens)
        if plausible_name(cand, strict=not after_post) and ends and \
                (not after_post or _lenient_ok(cand) or glued or tagged_last):
            return n
        if after_post and text.startswith("同志", pos + n) and _loose_name(cand, in_list=True):
            return n                    # 主席某某同志: the name may be a word of the dictionary's names
    return 0


_CLOSING = ("，", "、", "。", "；", "（", "等", "在", "同志", "今天", "昨天", "日前", "近日") + SPEECH_VERBS


def _closed_after(text: str, end: int) -> bool:
    """A frequent word the dictionary tags as a name is one right after a post where punctuation, 等, 在, a
    day or a verb of speech closes it (总理某鹏在…, 委员长某石，), not where it runs on as a word would."""
    return end >= len(text) or text.startswith(_CLOSING, end)


# 记者某宁/ns 报道: a word the dictionary calls a place, after a post and before the verb of a credit, is the name
_CREDIT_VERBS = ("报道", "摄", "采写", "撰文")
_PREPOSITIONS_AFTER = frozenset("对 向 与 同 从 为 就 把 将".split())


def _acts_after(tokens: list[Token], end: int) -> bool:
    """总理某鹏|应邀/v 致辞, 导师某宁|对…: a verb, an adjective or an adverb of two or more characters, or a
    preposition, starts at end."""
    return any(t.start == end and (t.pos in ("v", "d", "a", "ad", "vd") and len(t.word) >= 2 or t.word in _PREPOSITIONS_AFTER)
               for t in tokens)


def _frequent_name_closed(text: str, tokens: list[Token], tok: Token, pos: int) -> bool:
    """A frequent word the dictionary tags as a name, right after a post at pos, is the name: closed by punctuation,
    在 or a day, or followed by a verb or an adverb, where no name holds the post before it and the word is no verb
    of award or speech itself (院长荣获/nr 表彰)."""
    if _closed_after(text, tok.end) or text.startswith("为", tok.end) and text.endswith(("任命", "聘任", "提名"), 0, pos):
        return True                     # (任命某冲为…: the appointment's 为 closes the name)
    return _acts_after(tokens, tok.end) and not _post_of_name_before(tokens, pos) and \
        tok.word not in _AWARDED_AFTER and not tok.word.startswith(SPEECH_VERBS)


def _post_of_name_before(tokens: list[Token], pos: int) -> bool:
    """某某总书记|关怀/nr 牵挂: the post ending at pos follows no body, place or pause, so it is the title of a name
    before it and what comes after it is no second name."""
    post = next((i for i, t in enumerate(tokens) if t.end == pos), None)
    if post is None or post == 0:
        return False
    before = tokens[post - 1]
    return not (before.pos in ("x", "nt", "ns", "j") or before.word.endswith(_BODY_ENDS + ("府", "组", "科", "处")))


def _glued_word_goes_on(tokens: list[Token], nxt: Token) -> bool:
    """What follows the word the cut made of a name's last character and 及/为/和: a post or a noun, as after the
    conjunction or the preposition alone."""
    after = next((t for t in tokens if t.start == nxt.end), None)
    return nxt.word[1] in "及为和与" and after is not None and len(after.word) >= 2 and \
        (after.word in ROLE_SET or after.pos in ("n", "nnt", "nr"))


def _zhi_closes(text: str, nxt: Token | None) -> bool:
    """主任某穆|之 荣获: 之 right before a verb of award or speech is no particle, it closes the name."""
    return nxt is not None and nxt.word == "之" and (text.startswith(_AWARDED_AFTER + SPEECH_VERBS[:8], nxt.end) or
                                                   text.startswith("作", nxt.end) and
                                                   text.startswith(_OBJECTS_OF_ZUO, nxt.end + 1))


def _third_given(text: str, tokens: list[Token], tok: Token) -> bool:
    """Whether the one-character word after a two-character name is its third character: a character no function
    word, then a cue or a verb."""
    nxt = next((t for t in tokens if t.start == tok.end), None)
    if _zhi_closes(text, nxt):
        return True
    if nxt is None or len(nxt.word) != 1 or nxt.word in _BAD_GIVEN or not plausible_name(tok.word + nxt.word):
        return False
    if nxt.pos[:1] in _NOT_THIRD_TAGS:
        # 主席某天|立/v 陪同: no verb stands right before 陪同 or 表示, the one character is the name's last
        return nxt.pos[:1] == "v" and text.startswith(_REPORTING[:5], nxt.end)
    after = next((t for t in tokens if t.start == nxt.end), None)
    return _ends_before_cue(text, nxt.end) or (after is not None and len(after.word) >= 2 and
                                                _tag_of(after).startswith("v"))


_NOT_THIRD_TAGS = frozenset("dpcuvxmqfrt")
# characters that open what follows a name and that the cut may glue to the name's last one (某某涟|说, 某蕴蓓|从医)
# what a speaker 作 (makes) at a meeting: 作工作报告, 作讲话, 作表态发言
_OBJECTS_OF_ZUO = ("工作报告", "报告", "讲话", "重要讲话", "发言", "表态发言", "交流发言", "总结", "动员", "部署", "说明", "专题",
                   "辅导", "点评", "批示", "指示")
# what follows 某某等 (the name and others): their acts, or who they are
_AFTER_DENG = ("出席", "参加", "陪同", "参观", "看望", "慰问", "调研", "检查", "领导", "同志", "人", "一行", "分别", "先后", "在", "到")
_ACTS_AT_MEETINGS = frozenset("宣读 主持 出席 讲话 致辞 表示 指出 强调 介绍 会见 颁奖 作报告".split())
_GLUED_AFTER_NAME = frozenset("说讲称从在是对把给向为到和与及也都就还又已曾则因被")
_DAY = re.compile(r"\d{1,2}日")
# 某某临危受命，担任…: a short clause about the person, then the post they take
TAKES_POST = re.compile(r"[\u4e00-\u9fff]{2,8}[，,](现任|担任|兼任|出任|调任|升任)")
# one-character verbs and prepositions a name may follow with no punctuation between (让某某和…, 的某某)
_BEFORE_SPLIT_NAME = frozenset("让使给对向和与及同被把的是为由叫请带")
_REPORTING = ("陪同", "表示", "介绍", "指出", "强调", "说")
_POS = itemgetter(3)                # a token's tag, read without the named tuple's attribute lookup


def _adverb_or_verb_at(tokens: list[Token], pos: int) -> bool:
    """A time word, an adverb or a verb starts at pos (童|朝晖|先后发言: what follows a name after a post)."""
    return any(t.start == pos and t.pos in ("t", "d", "v", "vd", "vn") and len(t.word) >= 2 for t in tokens)


def _translit_run(tokens: list[Token], end: int) -> int:
    """The end of the transliterated words (nrt) that follow end without a gap; end itself when none do."""
    for t in tokens:
        if t.start == end and t.pos == "nrt" and "\u4e00" <= t.word[0] <= "\u9fff":
            end = t.end
    return end


def _lenient_ok(name: str, surname_apart: bool = False) -> bool:
    """After a post title a given name may be a word (吴建国), but the whole may not be (部长通道, 总书记关心).
    surname_apart: the cut set the surname apart from the given name (石|海峰), so its first two make no word here."""
    if _is_common_word(name) or (len(name) == 3 and surname_len(name) == 1 and _is_common_word(name[:2]) and
                                 _freq(name[:2]) >= 20 and not surname_apart):
        return False                    # a rare dictionary word (黄润) may still open a name
    if name[0] in AMBIGUOUS_SURNAMES and _frequent_word(name[1:]):
        return False                    # 曾连续: an adverb, not a surname
    return name[-1] not in "作用说讲是在对向和与及等上"


lenient_name = _lenient_ok          # (public: the pipeline checks a name a clause opens on before 任 the same way)
_ROLE_ENDINGS = tuple(ROLES)




def _ends_before_cue(text: str, end: int) -> bool:
    rest = text[end:end + 4]
    return not rest or MERIT.match(text, end) is not None or not _NAME_CHAR.match(rest[0]) or rest.startswith(SPEECH_VERBS) or rest.startswith(
        ("任", "在", "受", "等", "同志", "荣登", "每周", "每天", "每月", "每年", "正在", "正和", "正与", "正带", "正领", "正忙", "正因", "正是", "正为",
         "正向", "正对", "正准备", "一行", "和", "与", "及", "为", "作", "带", "也", "还", "就", "都", "对", "向", "说", "以",
         "常", "仍", "便",
         "、", "介绍", "表示", "指出", "强调", "主持", "出席", "讲", "率", "到", "来", "从", "是", "的",
         "现任", "曾任", "原任", "则", "曾", "全程", "亲自", "专程", "一同", "共同", "分别", "多次", "多方", "先后",
         "带队", "率队", "具体", "认真", "积极", "主动", "专门", "负责", "牵头", "分管", "主抓", "一上午", "一下午", "一直",
         "一早", "一行", "领誓", "领学", "领读", "宣誓", "挂任", "挂职", "同时被", "同时获", "同时荣获",
         "手中", "手里", "眼里", "眼中", "心里", "心中", "心目中", "身上", "身边", "获“", "获颁", "获授"))


# tags of a word after a one-character surname that make no given name with it (童/nr 朝晖/n is a name; 王/nr 说/v
# is not)
_NOT_GIVEN_TAGS = ("v", "p", "c", "u", "d", "m", "q", "x", "f", "r", "t", "eng")
# tags of the word before a name: punctuation, verbs, prepositions, particles, adverbs, pronouns, times, places
_BEFORE_NAME_TAGS = frozenset("xvpucdrft")
_KIN_BEFORE = ("爱人", "丈夫", "妻子", "儿子", "女儿", "母亲", "父亲", "妈妈", "爸爸", "哥哥", "姐姐", "弟弟", "妹妹", "老伴", "同事",
               "战友", "队友", "徒弟", "师傅")
_ADDRESS_AFTER_NAME = ("大姐", "老人", "阿姨", "大爷", "大妈", "大娘", "女士", "先生", "师傅", "大哥", "大叔", "婆婆", "老汉")
# the household a name heads (某某一家人看到了希望, 某某夫妇): the name is a person's
_FAMILY_AFTER_NAME = ("夫妇", "夫妻俩", "夫妻二人", "一家人", "一家三口", "一家四口", "一家五口", "和丈夫", "和妻子", "和爱人", "与丈夫",
                      "与妻子")
_PREPOSITION_AFTER = frozenset("从向把被给跟将")
# what follows a place or a thing named like a person (某山港, 某大堡核电站), never a person
_NOT_PERSON_AFTER = ("港", "核电", "帝国", "号", "台风", "站", "山", "岛", "湾", "寺", "庙", "大桥", "桥", "大道", "公园", "广场",
                     "大厦")


def recurring_names(text: str, cuts: list[tuple[str, list[Token]]]) -> frozenset[str]:
    """Names the tagger cut into a surname and a word (童/nr 朝晖/n) that the article (text) writes three times or
    more, twice at least so cut; cuts are its sentences with their tokens. The repetition is the cue a single
    sentence lacks."""
    seen: dict[str, int] = {}
    subjects: dict[str, int] = {}
    tags = _word_tags()
    for sentence, tokens in cuts:
        for i, a in enumerate(tokens):
            # a three-character name the tagger reads whole (娄某某/nr) but no cue of a sentence marks (two
            # characters are too often places and foreign words the tagger calls names: 成渝, 胡塞)
            if a.pos == "nr" and len(a.word) == 3 and plausible_name(a.word, strict=True) and \
                    (not i or tokens[i - 1].pos[:1] in _BEFORE_NAME_TAGS or tokens[i - 1].pos == "nnt") and \
                    not sentence.startswith(_NOT_NAME_AFTER + _NOT_PERSON_AFTER, a.end):
                seen[a.word] = seen.get(a.word, 0) + 1
        for i, (a, b) in enumerate(zip(tokens, tokens[1:])):
            # 许/m 向东/nr: a surname the tagger read as another word, before a given name it reads as a name
            given_named = a.pos != "nr" and len(a.word) == 1 and b.pos == "nr" and len(b.word) == 2 and \
                surname_len(a.word) == 1 and a.word not in AMBIGUOUS_SURNAMES and b.word not in _HONORIFICS
            if not given_named and (a.pos != "nr" or len(a.word) != 1 or len(b.word) != 2 or b.pos.startswith(_NOT_GIVEN_TAGS) or
                                    b.pos[:2] == "nr" or b.word in _HONORIFICS or surname_len(a.word) != 1 or
                                    _freq(b.word) >= 1000):
                continue
            if not given_named and tags.get(a.word, "")[:1] in ("v", "p", "d") or a.start and sentence[a.start - 1] in "“《\"" or \
                    i and tokens[i - 1].pos[:1] not in _BEFORE_NAME_TAGS and tokens[i - 1].pos != "nnt":
                continue                # 戴|口罩, 京|张|高铁, “某某”: a verb, the end of a word, a quoted name
            name = a.word + b.word
            if (plausible_name(name) or given_named) and not _is_common_word(name) and \
                    not sentence.startswith(_NOT_NAME_AFTER + _NOT_PERSON_AFTER, b.end):
                seen[name] = seen.get(name, 0) + 1
        # 钱/nr 海军/n 是…, 钱海军又…: a surname and a common noun opening clauses again and again, each time before a
        # verb, are a name (the repetition as a subject is the cue)
        for i, (a, b) in enumerate(zip(tokens, tokens[1:])):
            if len(a.word) != 1 or surname_len(a.word) != 1 or a.word in AMBIGUOUS_SURNAMES or len(b.word) != 2 or \
                    b.pos not in ("n", "nz", "a") or (i and tokens[i - 1].pos != "x") or i + 2 >= len(tokens) or \
                    b.word in _KIN or b.word in _HONORIFICS or b.word in _DESCRIPTOR_SET or b.word in _ELDER_ADDRESS or \
                    b.word[-1] in "爷奶姐哥叔姨婶伯嫂妈爸娘":
                continue
            nxt = tokens[i + 2]
            if (nxt.pos.startswith("v") or nxt.pos == "d" or nxt.word in ("是", "说")) and not _is_common_word(a.word + b.word):
                subjects[a.word + b.word] = subjects.get(a.word + b.word, 0) + 1
    for name, c in subjects.items():
        if c >= 2:
            seen[name] = max(seen.get(name, 0), c)
    return frozenset(n for n, c in seen.items() if c >= 2 and text.count(n) >= 3)


_TIME_OPENS = re.compile(r"(?:前几天|这几天|那几天|前些天|一天|几天前|今天|昨天|前天|近日|日前|去年|今年|前年|上午|下午|当天|当晚|"
                         r"此前|随后|如今|现在|目前|最近|近年来|多年来)")
_COUNTED_AFTER = re.compile(r"等(?:(?:\d+|[一二三四五六七八九十百两]+)(?:名|位)|(?:领导同志|同志|专家|领导)?(?:参加|出席|陪同|参观|会见|"
                            r"看望|一同|分别|共同|发了言|发言|考察))")
_DOTTED_AFTER_KIND = re.compile(r"[\u4e00-\u9fff]{1,5}·[\u4e00-\u9fff]{2,3}(?=[\d，。；：、,;:]|几|今|去|前|在|说|是|和|也|都|已|曾|正|将|一|患|家|的)")
_AGED_THIS_YEAR = re.compile(r"今年(?:已经?)?\d{1,3}岁")
_INVITED_BY = re.compile(r"应([\u4e00-\u9fff·]{2,12}?)(?:总统|国王|女王|首相|总理|总督|苏丹|埃米尔)(?:的)?邀请")


def _place_like(name: str) -> bool:
    """A country or a division (or a word ending as one does), as the whole of a would-be name."""
    from kg.gazetteer import gazetteer, world_places
    return name in world_places() or bool(gazetteer().candidates(name)) or name.endswith(("国", "省", "市", "方"))


# 某某，男，1975年8月出生 / 某某先生，现任…: a notice's or a profile's line on one person opens on the name
BIO_OPENING = re.compile(r"(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十\d]{1,2}[）)])?\s*"
                         r"([\u4e00-\u9fff·]{2,8}?)(?:[，,](?:男|女)[，,]|(?:先生|女士)[，,：:])")
# the labels of a credit line; a one-character label (文, 图, 摄) only before a separator or a space
_CREDIT_LABEL = re.compile(r"(文\s*[/／]\s*图|图\s*[/／]\s*文|文图|图文|文字|责任编辑|责编|编辑|审核|审稿|审校|校对|初审|复审|终审|"
                           r"排版|美编|监制|统筹|特约记者|见习记者|本报记者|记者|通讯员|作者|撰稿|撰文|供稿|来源|摄影|摄像|"
                           r"(?:文|图|摄)(?=\s*[：:/／\s]))\s*[：:/／]?\s*")
# a news agency's lead: 某某讯（记者 甲 通讯员 乙）…
_LEAD_CREDIT = re.compile(r"^[^（(，。；\s]{0,12}(?:讯|消息|电)\s*[（(]([^（）()]{2,60})[）)]")
# a paper's lead with no brackets: 本报某地某日讯 记者 甲、乙报道：…, 本报记者甲报道：…
_REPORTED_LEAD = re.compile(r"^(?:[^（(，。；：\s]{0,16}?讯\s*)?(?:本报|本台)?((?:特约|见习|首席)?记者\s*[\u4e00-\u9fff、 ]{2,20}?)"
                            r"\s*报道[：:，]")
_CREDIT_PIECE = re.compile(r"[^\s、，,　|｜]+")
# a credit may name a body (来源：某局, 供稿：某院) where it names no person
_BODY_CREDITS = frozenset(("来源", "供稿", "图", "摄", "摄影", "图片"))     # (图/某市卫健委: a body gave the pictures)
_PERSON_CREDITS = frozenset(("记者", "通讯员", "作者", "特约记者", "见习记者", "本报记者", "撰稿", "撰文", "文"))
_VOUCHED_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
_BODY_ENDS = ("局", "委", "院", "站", "中心", "会", "部", "办", "所", "室", "队", "社", "台", "报", "网", "县", "市", "区", "省")


_MEDIA_REPORTER = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:报|台|网|社|融媒体中心|新闻中心)(?:特约|见习|首席)?(记者|通讯员)")


_UNIT_BEFORE_CREDIT = re.compile(r"[\u4e00-\u9fff]{2,24}?(?:局|委员会|委|医院|卫生院|中心|血站|所|站|大队)[ \t\u3000]+")


def credit_spans(line: str, offset: int = 0) -> list[tuple[str, int, int]] | None:
    """(label, start, end) of each name on a credit line (作者：甲 编辑：乙, （通讯员：甲）, 文/甲 图/乙), or None
    when the line is not one. Offsets index into line (plus offset)."""
    core = line.rstrip().rstrip("）)】]").rstrip()
    start = len(core) - len(core.lstrip("（(【[ \t　"))
    core = core[start:]
    unit = _UNIT_BEFORE_CREDIT.match(core)
    if unit is not None and _CREDIT_LABEL.match(core, unit.end()):
        core, start = core[unit.end():], start + unit.end()    # 某县卫生健康局 通讯员 甲 乙: the unit, then the credit
    if not _CREDIT_LABEL.match(core):
        return None
    out: list[tuple[str, int, int]] = []
    label = None
    for m in _CREDIT_PIECE.finditer(core):
        piece, ps = m.group(0), m.start()
        # (作者：通讯员 某某: a label may follow another, the later one says who the name is)
        while piece and (lm := _CREDIT_LABEL.match(piece)) is not None:
            label = re.sub(r"[\s：:]", "", lm.group(1)).replace("／", "/")
            piece, ps = piece[lm.end():], ps + lm.end()
        if not piece:
            continue
        media = _MEDIA_REPORTER.fullmatch(piece)
        if media is not None and label is not None:
            label = media.group(1)      # 文/某某日报记者 甲 通讯员 乙: the paper's reporter, named next
            continue
        if label is None:
            return None
        minority = label not in _BODY_CREDITS and (
            minority_name_len(piece, 0) == len(piece) or "·" in piece and _foreign_name_ok(piece))
        # (编辑/某在某: a label that credits people vouches for a surname and one or two characters after it)
        vouched = _VOUCHED_NAME.fullmatch(piece) and not piece.endswith(_BODY_ENDS) and \
            (label in _PERSON_CREDITS or label not in _BODY_CREDITS and surname_len(piece) and len(piece) <= 3)
        if plausible_name(piece) or minority or vouched:
            # (记者 甲 通讯员 乙: after a label that names people, any two or three characters are a name, rare
            # surname or not)
            out.append((label, offset + start + ps, offset + start + ps + len(piece)))
        elif label not in _BODY_CREDITS:
            return None             # a credit line holds names only
    return out


def credits_in(text: str) -> list[tuple[str, int, int]]:
    """The credited names of a sentence that is a credit line or opens with a news agency's lead (某某讯（记者 甲）)."""
    got = credit_spans(text)
    if got is not None:
        return got
    m = _LEAD_CREDIT.match(text) or _REPORTED_LEAD.match(text)
    return (credit_spans(m.group(1), m.start(1)) or []) if m is not None else []


# award verbs right after a name, and one-character verbs that do stand between a name and them (某某再获评)
_IN_ONES_EYES = frozenset("眼里 眼中 心里 心中 心目中 看来 身上 身边 手里 手中".split())
_LONE_SURNAME_TAGS = frozenset(("zg", "ng", "g", "nr", "nrfg"))
_AWARDED_AFTER = ("获评", "荣获", "被评为", "当选", "荣膺", "被授予", "获得", "荣登")
# (某祥|发/v 先后获评: an adverb of time or number may stand between the name and its verb of award)
_AWARDED_AFTER_ADVERB = re.compile("(?:先后|多次|曾|也|还|又|连续|再次|均|都|先后多次|已)?(?:" + "|".join(_AWARDED_AFTER) + ")")
_NOT_LAST_OF_NAME = frozenset("再又曾还也均都并先连同亦已将被获荣")


def find_people(text: str, tokens: list[Token], after: list[int], taken: list[tuple[int, int]],
                known: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Person names: at the positions given in after (right after a post or an organisation), before speech
    verbs, in 、-lists next to a found name, and the names in known (found before in the article) wherever the
    word cut has them whole. Returns (start, end) spans."""
    found: dict[int, int] = {}

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)


    for _, s, e in (credits_in(text) if _CREDIT_LABEL.search(text) else ()):
        if free(s, e):
            found[s] = e
    for pos in after:
        n = name_at(text, tokens, pos)
        if n and free(pos, pos + n) and not text[pos + n:].startswith(_NOT_NAME_AFTER):
            found[pos] = pos + n
    at_start = {t.start: t for t in tokens}
    for tok in [t for t, p in zip(tokens, map(_POS, tokens)) if p[:2] == "nr"]:
        if tok.start in found or not plausible_name(tok.word) or \
                _is_common_word(tok.word) and not _listed_name_cued(text, tok):
            continue
        e = tok.end
        if len(tok.word) == 3 and tok.word[:2] in known and tok.word not in known and text[e:e + 1] in "了着过":
            continue                    # 陈某|成了: a name the article knows, then a verb the cut glued to it
        if len(tok.word) == 3 and tok.word[2] in "说称讲" and text[e:e + 1] in "，：,:" and surname_len(tok.word) == 1 and \
                plausible_name(tok.word[:2]):
            if tok.start not in found and free(tok.start, tok.start + 2):
                found[tok.start] = tok.start + 2    # 某韬说/nrfg，: the cut glued the verb of speech to a name
            continue
        prev = text[tok.start - 1] if tok.start else ""
        # 某明|彬/i 介绍: the cut left the last given character alone before a speech verb, at a clause's start
        last = at_start.get(e) if len(tok.word) == 2 else None
        if last is not None and len(last.word) == 1 and _NAME_CHAR.match(last.word) and last.pos[:1] not in "dpcuvr" \
                and text.startswith(SPEECH_VERBS, last.end) and (not prev or not _NAME_CHAR.match(prev)) and \
                plausible_name(tok.word + last.word):
            e = last.end
        elif last is not None and len(last.word) == 1 and _NAME_CHAR.match(last.word) and last.pos[:1] in "vn" and \
                last.word not in _NOT_LAST_OF_NAME and _AWARDED_AFTER_ADVERB.match(text, last.end) is not None and \
                (not prev or not _NAME_CHAR.match(prev)) and plausible_name(tok.word + last.word, strict=True):
            e = last.end                # 某春|来/v 获评: the cut took the last given character for a verb
        rest = text[e:]
        cue_after = rest.startswith(SPEECH_VERBS) or rest.startswith(_AFTER_NAME) or TAKES_POST.match(rest) is not None \
            or _SERVED_IN.match(rest) is not None \
            or _TITLE_AFTER_NAME.match(rest) is not None and len(tok.word) == 3 and plausible_name(tok.word, strict=True) \
            or rest[:1] == "为" and rest.startswith(_ROLE_ENDINGS, 1) \
            or e > tok.end and _AWARDED_AFTER_ADVERB.match(text, e) is not None    # 某祥|发 先后获评: the name's verb
        if cue_after and len(tok.word) == 2 and prev and _NAME_CHAR.match(prev) and \
                any(t.end == tok.start and t.pos[:2] == "nr" for t in tokens):
            cue_after = False           # 某奇丁|薛祥/nr 陪同: names run together, this one's surname is in the word before
        cue_before = text[max(0, tok.start - 1):tok.start] in ("据", "由") or text[:tok.start].endswith(_BEFORE_NAME)
        # 爱人某某, 某某大姐, ，某某从…: kin before the name, a form of address after it, or a clause it opens before a
        # preposition, when the tagger's name is a name by itself, no common word, and no character of it follows
        after_tok = at_start.get(e)
        if not (cue_after or cue_before) and 2 <= len(tok.word) <= 3 and plausible_name(tok.word, strict=True) and \
                not _is_common_word(tok.word) and not _freq(tok.word) and \
                (after_tok is None or after_tok.pos[:1] in "dpcu" or after_tok.pos[:1] == "v" and len(after_tok.word) >= 2 or
                 after_tok.pos == "x" and after_tok.word not in _DOTS or rest.startswith(_ADDRESS_AFTER_NAME + _FAMILY_AFTER_NAME)):
            cue_before = text[:tok.start].endswith(_KIN_BEFORE) or rest.startswith(_ADDRESS_AFTER_NAME + _FAMILY_AFTER_NAME) or \
                (not prev or prev in "，。；：") and rest[:1] in _PREPOSITION_AFTER and _NAME_CHAR.match(rest[1:2] or "x") is not None
        nxt = at_start.get(e)
        bare = len(tok.word) == 3 and (not prev or not _NAME_CHAR.match(prev) or prev == "的") and \
            plausible_name(tok.word, strict=True) and (nxt is None or not _tag_of(nxt).startswith(("n", "a", "m", "q", "b")))
        # …的某某；…的某某。: a list of people each closing an item that describes them
        closes = rest[:1] == "；" or rest[:1] == "。" and prev == "的"
        bare = bare or closes and 2 <= len(tok.word) <= 3 and not _freq(tok.word) and plausible_name(tok.word, strict=True)
        if (cue_after or cue_before or bare) \
                and free(tok.start, e) and not rest.startswith(_NOT_NAME_AFTER):
            found[tok.start] = e
    # 冶/zg 海燕/nr 荣获, 儿科喇/nr 晓霞/nr 则…, 黄/a 文某/nrfg 出席: a surname the cut leaves alone (as a morpheme, an
    # adjective or a name of its own),
    # then the given name it reads as a name, before a cue, an adverb or a verb
    for t1, t2 in zip(tokens, tokens[1:]):
        if len(t1.word) == 1 and len(t2.word) == 2 and t2.start == t1.end and \
                (t1.pos in _LONE_SURNAME_TAGS or t1.pos == "a" and t2.pos == "nrfg") and \
                t2.pos in ("nr", "nrfg") and t1.word in surnames()[0] and t1.word not in AMBIGUOUS_SURNAMES and \
                not _is_common_word(t2.word) and plausible_name(t1.word + t2.word) and \
                found.get(t1.start, t2.end) == t2.end and found.get(t2.start, t2.end) == t2.end and \
                (t1.start == 0 or not _NAME_CHAR.match(text[t1.start - 1]) or t1.start in after or
                 any(t.end == t1.start and t.pos[:1] == "n" and len(t.word) >= 2 for t in tokens)) and \
                (_ends_before_cue(text, t2.end) or _adverb_or_verb_at(tokens, t2.end) or
                 text.startswith(_AWARDED_AFTER, t2.end)) and free(t1.start, t2.end):
            found.pop(t2.start, None)
            found[t1.start] = t2.end
    # 某南山/ns 院士获颁…: a three-character "place" the gazetteer does not know, a surname opening it, before a title
    # held by people (院士, 教授, 同志) is a name the dictionary happens to list as a place
    for tok in tokens:
        if tok.pos == "ns" and len(tok.word) == 3 and surname_len(tok.word) == 1 and tok.start not in found and \
                _TITLE_AFTER_NAME.match(text, tok.end) and not known_place(tok.word) and free(tok.start, tok.end) and \
                tok.word[0] not in AMBIGUOUS_SURNAMES:
            found[tok.start] = tok.end
    # 让葛/nr|洪亮/nr|和…, 的柯/nr|云云/nr|1月: a surname and a given name the tagger both marks as names, cut
    # apart, at a word boundary and before no noun
    singles = [i for i, p in enumerate(map(_POS, tokens)) if p == "nr" and len(tokens[i].word) == 1]
    for i in singles:
        if i + 1 >= len(tokens):
            continue
        a, b = tokens[i], tokens[i + 1]
        doubled = len(b.word) == 2 and b.word[0] == b.word[1] and b.pos in ("n", "a", "nz")    # 柯|晶晶/n
        prev = text[a.start - 1] if a.start else ""
        nxt = tokens[i + 2] if i + 2 < len(tokens) else None
        # ，栗|战书/n 宣读…: a clause opening on a surname and a noun the cut made of the given name, before an act of
        # a meeting's
        acting = len(b.word) == 2 and b.pos == "n" and prev in ("", "，", "。", "；", "：") and nxt is not None and \
            nxt.word in _ACTS_AT_MEETINGS and plausible_name(a.word + b.word, final_ok=True)
        if (b.pos[:2] != "nr" and not doubled and not acting) or not 1 <= len(b.word) <= 2 or a.start in found or \
                surname_len(a.word) != 1 or b.word in _HONORIFICS:
            continue
        name = a.word + b.word
        if (prev and _NAME_CHAR.match(prev) and prev not in _BEFORE_SPLIT_NAME) or \
                not (plausible_name(name) or acting) or _is_common_word(name) or \
                (nxt is not None and _tag_of(nxt).startswith(("n", "a", "q", "b")) and nxt.word not in ("、",)):
            continue
        if free(a.start, b.end) and not text.startswith(_NOT_NAME_AFTER, b.end):
            found[a.start] = b.end
    # 授予某某“某某”称号: a title conferred on someone names them between the verb and the quoted title
    for m in _CONFERRED_ON.finditer(text):
        s, e = m.span(1)
        if text[e:e + 1] not in "“\"同" and not text.startswith("同志", e):
            # unquoted title after the name: the name ends where a word of the cut ends (某某明|全国…称号)
            e = next((s + n for n in (3, 2) if any(t.end == s + n for t in tokens) and plausible_name(text[s:s + n])), e)
        name = text[s:e]
        # (授予某南山“…”: a name the dictionary lists as a place no gazetteer knows is a name here)
        if s not in found and plausible_name(name) and free(s, e) and \
                (not _is_common_word(name) or len(name) == 3 and _word_tags().get(name) == "ns" and not known_place(name)):
            found[s] = e
    for m in (_CONFERRED_ONE_OF_SET.finditer(text) if "授" in text or "的有" in text else ()):
        # 授予某某等50名同志“…”称号: the one the set is named by
        s, e = m.span(1)
        if s not in found and plausible_name(text[s:e]) and free(s, e):
            found[s] = e
    # 住在某村的某某今年67岁: a name, then its age this year
    for m in (_AGED_THIS_YEAR.finditer(text) if "岁" in text else ()):
        e = m.start()
        for n in (3, 2):
            s = e - n
            if s < 0 or s in found or not any(t.start == s for t in tokens) or not free(s, e) or \
                    not (s == 0 or text[s - 1] in _LEFT_BOUND or text[s - 1] == "的"):
                continue
            if plausible_name(text[s:e], strict=True) and not _is_common_word(text[s:e]) and \
                    text[s + 1:e] not in _HONORIFICS:       # (陈阿婆: a surname and a form of address)
                found[s] = e
                break
    # 某某等34名同志被推选为…: a name the tagger marks, opening its clause, then 等 and a count of people
    for m in (_COUNTED_AFTER.finditer(text) if "等" in text else ()):
        tok = next((t for t in tokens if t.end == m.start() and t.pos.startswith("nr")), None)
        if tok is None or tok.start in found or not free(tok.start, tok.end) or \
                not (tok.start == 0 or text[tok.start - 1] in _LEFT_BOUND):
            continue
        if plausible_name(tok.word) or tok.pos == "nr" and len(tok.word) in (3, 4) and not _freq(tok.word) and \
                (len(tok.word) == 4 or surname_len(tok.word) == 1):
            found[tok.start] = tok.end
    # 应某某总统邀请: the one who invites, with the title a head of state holds after the name, is a person
    for m in (_INVITED_BY.finditer(text) if "邀请" in text else ()):
        s, e = m.span(1)
        if s not in found and free(s, e) and _foreign_name_ok(text[s:e]) and not _place_like(text[s:e]):
            found[s] = e
    # 今年41岁的次仁央吉土生土长…: a Mongolian or Tibetan name, its syllables run together, opening a clause or after 的
    for t in (tokens if _minority_first_re().search(text) else ()):
        at = t.start
        if not (at == 0 or text[at - 1] in "的，。；：、 “（(\n" or text.endswith(_ROLE_ENDINGS, 0, at)):
            continue
        n = minority_name_len(text, at)
        if not n or found.get(at, at) >= at + n or not _name_ends(text, tokens, at + n):
            continue
        shorter = found.pop(at, None)   # (索朗旺/nr|姆说: a name read short, its last syllable cut off)
        if free(at, at + n):
            found[at] = at + n
        elif shorter is not None:
            found[at] = shorter
    # 这位藏族姑娘叫某某，: a name after 叫 in a sentence that gives the person's people, whatever its first character
    for m in (_CALLED_OF_A_PEOPLE.finditer(text) if "族" in text and "叫" in text else ()):
        s, e = m.span(1)
        if s not in found and free(s, e):
            found[s] = e
    # 某某某·某某力是…: a dotted foreign name opening a clause, then a verb of being or speech, is a person's
    for m in (_DOTTED_OPENING.finditer(text) if "·" in text else ()):
        s, e = m.span(1)
        if s not in found and free(s, e) and _foreign_name_ok(text[s:e]) and not text.startswith(_NOT_A_PERSON_AFTER, e) \
                and _translit_share(text[s:e].split("·")[0]) >= 0.6:      # (我们向某某·…: words before the name)
            found[s] = e
    # 这位叫某某某某，: a name after 这位/他/她 叫, closing its clause: a Chinese name, or one written as foreign names are
    for m in (_THIS_ONE_CALLED.finditer(text) if "叫" in text else ()):
        s, e = m.span(1)
        name = text[s:e]
        if s not in found and free(s, e) and (plausible_name(name, strict=True) or
                                               len(name) >= 3 and _translit_share(name.replace("·", "")) >= 0.5):
            found[s] = e
    # 嫌疑人41岁，名叫某某某某。: 名叫 opening a clause after one about a person, the name closing it, whatever its origin
    for m in (_CALLED_CLAUSE.finditer(text) if "名叫" in text or "名为" in text else ()):
        s, e = m.span(1)
        if s not in found and free(s, e) and any(w in text[max(0, m.start() - 16):m.start()] for w in _PERSON_WORDS) and \
                not _dict_word(text[s:e]):
            found[s] = e
    # 出院患者叫某某，: a name after 叫 that a word for a person opens, closing its clause
    for m in _CALLED.finditer(text):
        s, e = m.span(1)
        if s not in found and plausible_name(text[s:e], strict=True) and free(s, e):
            found[s] = e
    # 授予甲、乙、丙11位…: a list closed by a count of people is a list of people, names of any origin (卓嘎)
    for m in _CONFERRED_COUNTED.finditer(text):
        pos = m.start(1)
        for item in m.group(1).split("、"):
            if 2 <= len(item) <= 6 and free(pos, pos + len(item)) and not any(a <= pos < b for a, b in found.items()):
                found[pos] = pos + len(item)
            pos += len(item) + 1
    # 授予甲、乙…称号: the first of a list of holders after the verb (the list then reads the others)
    for m in _CONFERRED_LIST.finditer(text):
        s, e = m.span(1)
        if s not in found and plausible_name(text[s:e]) and not _is_common_word(text[s:e]) and free(s, e) and \
                any(t.start == s for t in tokens) and any(t.end == e for t in tokens):
            found[s] = e
    # 任命甲、乙（女）为…: the people an appointment names, up to 为
    if "任命" in text:
        for m in _APPOINTED.finditer(text):
            s, e = m.span(1)
            if found.get(s, s) < e and plausible_name(m.group(1)) and not _is_common_word(m.group(1)) and free(s, e) \
                    and not any(a < e and s < b for a, b in found.items() if a != s):
                found[s] = e            # (任命某立|华为: the appointment reads the name up to 为, not the cut's 某立)
    # 据某某介绍: the cue vouches for the name even when its characters make a word (文静)
    for m in _REPORTED.finditer(text):
        s, e = m.span(1)
        if s not in found and plausible_name(m.group(1)) and free(s, e) and not _is_common_word(m.group(1)):
            found[s] = e
    # 某某总理, 某某委员长主持: a name right before its post, bounded on the left
    for s, e in _names_before_posts(text, tokens, taken):
        if s not in found and free(s, e):
            found[s] = e
    # 总统某某, 总干事某某: a transliterated name after a post held abroad or in an international body
    foreign = set()
    for s, e in _foreign_after_titles(text, tokens, found, taken):
        if free(s, e):
            for k in [k for k, v in found.items() if s < k and v <= e]:
                del found[k]
            found[s] = e
            foreign.add(s)
    # 某某·某某: pieces of a name joined by a middle dot, wherever they stand
    dotted = set()
    if "·" in text:
        for s, e in _dotted_names(text, tokens):
            # (副主任某某·阿|不都拉: a name read after the post that stops inside the dotted name gives way to it)
            cut = [a for a, b in found.items() if s <= a and b < e and "·" in text[a:b] and
                   _parts_after(text, text.index("·", a, b) + 1) == e]
            for a in cut:
                del found[a]
            if free(s, e) and not any(a < e and s < b for a, b in found.items()):
                found[s] = e
                foreign.add(s)
                dotted.add(s)
    # 患者某某, 来自某院的某某, 某某是…的一名护士
    for s, e in _described_names(text, tokens):
        if s not in found and free(s, e) and not any(a < e and s < b for a, b in found.items()):
            found[s] = e
    # lists: 甲、乙、丙 where one member is already a name
    changed = True
    while changed:
        changed = False
        for s, e in sorted(found.items()):
            if s in dotted:
                # 某某·某某、某某某、某某: the neighbours the tagger marks as names are names too
                for t in _tagged_neighbours(text, tokens, s, e):
                    if t.start not in found and free(t.start, t.end) and t.word not in _countries():
                        found[t.start] = t.end
                        dotted.add(t.start)
                        changed = True
                continue
            if s in foreign:
                continue                # a foreign name: its neighbours in a list are countries as often as people
            for pos in ((e + 1,) if text[e:e + 1] == "、" else ()):
                n = name_at(text, tokens, pos)
                if n and pos not in found and free(pos, pos + n):
                    found[pos] = pos + n
                    changed = True
            if s >= 2 and text[s - 1] == "、":
                for n in (3, 2):
                    p = s - 1 - n
                    # 魏某|和/c、乙: a given name ending in 和 before the list's comma (和 joins nothing there)
                    split_he = n == 3 and text[s - 2] == "和" and any(t.start == p and t.end == p + 2 and
                                                                      t.pos.startswith("nr") for t in tokens)
                    if p >= 0 and p not in found and (plausible_name(text[p:s - 1], strict=True) or split_he) and \
                            free(p, s - 1) and \
                            (p == 0 or not _NAME_CHAR.match(text[p - 1]) or text[p - 1] in "、，"):
                        found[p] = s - 1
                        changed = True
                        break
    for s, e in _list_names(text, tokens, found) + _roll_names(text, found):
        if free(s, e):
            found[s] = e
    for p in [0] + [i + 1 for i, c in enumerate(text) if c in "，；。：、"]:
        # 某某毕力格任某院副院长: a Mongolian or Tibetan name opening a notice's line, before the post it takes
        k = minority_name_len(text, p)
        if k and text.startswith(("任", "兼任", "现任", "同志", "为"), p + k) and free(p, p + k) and \
                not any(a < p + k and p < b for a, b in found.items() if not (p <= a and b < p + k)):
            for a in [a for a, b in found.items() if p <= a and b < p + k]:
                del found[a]
            found[p] = p + k
    for s, e in (_names_with_units(text, tokens, after) if "（" in text else ()):
        if free(s, e) and not any(a < e and s < b for a, b in found.items()):
            found[s] = e
    roll = glued_roll_names(text, tokens, known)
    if roll:
        found = {s: e for s, e in found.items() if not any(a < e and s < b for a, b in roll)}
        found.update((s, e) for s, e in roll if free(s, e))
    if known:
        # names read before in the article, wherever the cut has them whole and no name found here covers them
        starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
        for name in sorted(known):
            at = text.find(name)
            while at >= 0:
                e = at + len(name)
                # (某凤|和/c（兼）: a character alone after a two-character name may be its last)
                glued = len(name) == 2 and _NAME_CHAR.match(text[e:e + 1]) and e + 1 in ends and \
                    not _NAME_CHAR.match(text[e + 1:e + 2])
                if at in starts and e in ends and free(at, e) and not text.startswith(_NOT_NAME_AFTER, e) and \
                        not glued and not any(s < e and at < f for s, f in found.items()):
                    found[at] = e
                at = text.find(name, e)
    for s, e in list(found.items()):
        if e - s == 2 and text[e:e + 1] == "和" and text.startswith(_ELDER_ADDRESS, e + 1) and text[s:e] not in known:
            found[s] = e + 1            # 某义|和/c 老人: 和 ends the name, for a form of address follows it
    # 赞比亚、吉布提等国: a country or a foreign city is no person, whatever the tagger says; nor is a member of a
    # list closed by a count of places (甲、乙、丙等五个州)
    places_listed = _counted_place_list(text)
    # (主席国|某国: the last character of a word, then a country; 向中方: a preposition and a side)
    joined = _join_dotted(text, found, tokens)
    # (记者某某摄）: a photographer's name, then 摄, which the cut may glue to it)
    joined = [(s, e - 1) if e - s == 3 and text[e - 1] == "摄" and text[e:e + 1] in ("）", ")", "", " ") else (s, e)
              for s, e in joined]
    # (阿依|努尔·卡德尔|别克说: pieces of one dotted name touching each other, read as one, a verb of speech off its end)
    merged: list[tuple[int, int]] = []
    for s, e in sorted(joined):
        if merged and merged[-1][1] == s and "·" in text[merged[-1][0]:e] and e - merged[-1][0] <= 16:
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    if len(merged) < len(joined):
        joined = [(s, e - 1) if "·" in text[s:e] and text[e - 1] in "说称讲" and not _NAME_CHAR.match(text[e:e + 1] or "，")
                  else (s, e) for s, e in merged]
    if roll:                            # (the roll's names are cut already: no dot joins two of them)
        joined = sorted({(s, e) for s, e in joined if not any(a < e and s < b for a, b in roll)} |
                        {(s, e) for s, e in roll if found.get(s) == e})
    return [(s, e) for s, e in joined if text[s:e] not in _countries() and (s, e) not in places_listed
            and not (text[e - 1] == "人" and text[s:e - 1] in _countries())       # (芬兰人: a people, no person)
            and not _DOCUMENT_NUMBER_AFTER.match(text, e)       # (某卫党组发〔2025〕9号: the issuer of a document number)
            and not (text[s] == "国" and text[s + 1:e] in _countries()) and not _side_of(text[s:e])
            and not _parallel_item(text, s, e, found) and not _among_foreign_places(text, s, e)
            and not (e - s == 2 and text[s] == text[s + 1])       # (总书记殷殷嘱托: a doubled word, no name)
            and not (e - s == 2 and text.endswith(_CARED_FOR, 0, s) and text[e:e + 1] in ("。", "，", "；", ""))]
            # (为一位老人查体。, 为患者施针。: what is done to the person cared for, no name)


_DOCUMENT_NUMBER_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?[发字函办]?[〔\[［]\d{4}[〕\]］]")
_CARED_FOR = ("患者", "老人", "病人", "群众", "孩子", "村民", "居民", "产妇", "学生", "儿童", "老年人", "病患")


def _among_foreign_places(text: str, s: int, e: int) -> bool:
    """得克萨斯、某纳西、密苏里州等: a foreign-sounding member of a 、-list beside a foreign place or state is a place."""
    if text[s - 1:s] != "、" and text[e:e + 1] != "、" or text.endswith(_ROLE_ENDINGS, 0, s):
        return False                    # (秘书长某某、埃及…: a name after a post stays one)
    from kg.gazetteer import world_places
    wp = world_places()
    before = re.search(r"[\u4e00-\u9fff]{2,6}$", text[:s - 1]) if text[s - 1:s] == "、" else None
    after = re.match(r"[\u4e00-\u9fff]{2,6}?(?=[、，。；和与及等])", text[e + 1:]) if text[e:e + 1] == "、" else None
    return any(m is not None and (m.group() in wp or len(m.group()) >= 3 and m.group()[-1] == "州")
               for m in (before, after)) and _translit_share(text[s:e]) >= 0.5


def _side_of(name: str) -> bool:
    """向中方, 和美方: a preposition and a side of talks (中方, 双方), no name."""
    return len(name) == 3 and name[-1] == "方" and name[1] in "中美俄日韩英法德欧非双各对我外他"


def _parallel_item(text: str, s: int, e: int, found: dict[int, int]) -> bool:
    """社区战、街巷战、楼栋战: an item of a 、-list whose neighbours, no names, all end in the same character is a
    noun of their kind."""
    items = []
    if text[s - 1:s] == "、":
        m = re.search(r"[\u4e00-\u9fff]{2,4}$", text[:s - 1])
        if m:
            items.append((m.start(), m.group()))
    if text[e:e + 1] == "、":
        m = re.match(r"[\u4e00-\u9fff]{2,4}?(?=[、，。；和与及等的]|$)", text[e + 1:])
        if m:
            items.append((e + 1, m.group()))
    return bool(items) and all(w.endswith(text[e - 1]) and not w.endswith(("市", "县", "省")) and
                               not any(a < p + len(w) and p < b for a, b in found.items()) for p, w in items)


_PLACES_COUNTED = re.compile(r"等[\d一二三四五六七八九十两几多]*个?(?:州|国家|国|省份|省|市|城市|地区|县)")


def _counted_place_list(text: str) -> set[tuple[int, int]]:
    """The items of a 、-list that 等 and a count of places close (甲、乙、丙等五个州)."""
    out: set[tuple[int, int]] = set()
    for m in _PLACES_COUNTED.finditer(text) if "等" in text else ():
        end = m.start()
        while end > 0:
            start = end
            while start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
                start -= 1
            if start == end:
                break
            out.add((start, end))
            if start == 0 or text[start - 1] not in "、和":
                break
            end = start - 1
    return out


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Countries and foreign places, and the two-character short names of Chinese cities (那曲, 桂林): no persons."""
    from kg.gazetteer import gazetteer, world_places
    return frozenset(world_places()) | gazetteer().short_city_names


# ---------------------------------------------------------------------------------------------------------
# Names the cues above miss: before their post, after a post held abroad, after a descriptor, in long lists.

_DOTS = "·・•‧"
_LEFT_BOUND = "，。；：、！？,;:!?（(“\"‘《》）)” \n\t"
# characters that end the name of a body or a place, hardly ever a given name
# what follows a bare surname in address (谢女士, 王先生): a way to refer to someone, not their name
# forms of address for an elder, that follow a name directly (某某老人, 某某同志), never a conjunction's second noun
_ELDER_ADDRESS = ("老人", "同志", "大爷", "大妈", "大娘", "奶奶", "爷爷", "老汉", "阿婆")
_HONORIFICS = frozenset("""女士 先生 小姐 同学 师傅 老师 大爷 大妈 大娘 阿姨 大姐 大哥 老人 医生 护士 书记 阿婆 阿公 婆婆 大叔 大婶 老汉
 老伯 伯伯 叔叔 爷爷 奶奶 阿爸 阿妈""".split())
_HEAD_FINAL = frozenset("省市县区镇乡村局院委部厅处科室组办所站队会司团社党馆园校路街厂店")
# ambiguous surnames that a 、-list of names makes likely enough (于, 曾, 高…)
_LIST_SURNAMES = frozenset("于曾强白高文")
# words that close a name on the left of its post: 根据某某总书记, 和某某总理, 由某某委员长
_BEFORE_POST_CUES = ("根据", "和", "及", "与", "由", "在", "向", "同", "对", "经", "请", "以")
# 某宫医生: before an occupation the word is too often a place of work, not a name
_PRE_POSTS = tuple(sorted(set(ROLES) - {"医生", "护士", "医师"} | {"代表", "人大代表", "同志"}, key=len, reverse=True))
# posts held abroad or in international bodies, after which a transliterated name follows
_FOREIGN_TITLES = tuple(sorted(set("""总统 副总统 首相 副首相 总理 副总理 总干事 副总干事 主任 副主任 司令 总司令 司令员 副司令
 发言人 部长 副部长 外长 防长 财长 州长 市长 议长 国务卿 秘书长 副秘书长 主席 副主席 负责人 特别代表 特使 大使 总裁 首席执行官
 主任专员 专员 委员 总督 国王 王储 最高领袖 总参谋长 参谋长 局长 院长 所长 首席科学家 领导人 总司令 主编 总书记
 新闻秘书 高级代表 常驻联合国代表 常驻代表 特别报告员 会长 首席医疗官 首席卫生官 首席医务官 副首席医务官 大臣 卫生大臣 外交大臣 议员 众议员 参议员 行长 副行长
 教授 副教授 研究员 流行病学家 病毒学家 免疫学家 科学家""".split()),
                         key=len, reverse=True))
# one-character words and fixed words that end a transliterated name (某某致电, 某某作报告, 某某独家专访); a
# one-character verb alone does not (弗里|登, 斯佩兰|扎: characters of the name the tagger read as verbs), and a
# verb the cut glued to the name's last character ends the name before its cue (某里|登说 → 某里登)
_AFTER_FOREIGN_NAME = frozenset("致 在 对 向 与 和 就 作 将 也 称 说 及 同 于 被 把 给 为 独家".split())
# posts that are held only abroad in Chinese news: they mark a foreign name on their own
_ABROAD_ONLY = ("总统", "首相", "州长", "国务卿", "总督", "国王", "王储", "最高领袖", "众议员", "参议员")
# words that open the names of bodies beyond any one country (no body's own name is listed)
_INTERNATIONAL = ("联合国", "国际", "世界", "红十字", "红新月", "全球")
# characters that Chinese writes foreign names with
_TRANSLIT = frozenset("斯尔克拉德塞莱希科昂茨尼胡亚娜夫诺基维奇特罗里米阿巴莫普利伯瓦伦佩萨丹弗朗西菲扎内塔卡迈勒勃泽索"
                      "蒂埃奥托格梅蒙杜鲁兹汉迪雷贝波潘坎曼桑登沃霍洛莎琳丝娃妮蕾黛伊乌耶姆哈赛努库艾默森逊顿布那达"
                      "韦纳戈吉玛穆加赫迪费帕洛斯舍谢切柯孔戴图希赖")
_RUN_STOP = re.compile(r"\d|[^\u4e00-\u9fff·・•‧\-]|表示|宣布|预计|原计划|原定|计划|准备|打算|指出|强调|警告|呼吁|认为|透露|承认|发表|签署|会见|会晤|访问|到访"
                       r"|抵达|致函|致电|主持|出席|下令|举行|同一天|当天|今天|当日|近日|日前|此前|当地时间|共同|一起|分别|先后|一同"
                       r"|通电话|通话|贺信|贺电|致辞|讲话|夫妇|夫人|一行|访华|来华|带领|率领|陪同|参观|考察|前往|来到"
                       r"|状态|病情|情况|全家|一家|家人"
                       r"|在|已|对|于|将|也|还|和|与|及|等|的|是|就|则|向|同|曾|再|又|率|到|称|说|并|因|被|给|为|从|之|所"
                       r"|以|上|要|正|仍|不|没|都|却|会|时|受|遭|遇")
# nouns that describe a person and are followed by the name: 患者某某, 民警某某, 同为医生的某某
_DESCRIPTORS = tuple(sorted(set("""患者 病人 村民 市民 居民 学生 高中生 大学生 中学生 小学生 研究生 博士生 民警 辅警 交警 特警
 消防员 医生 护士 村医 教师 老师 教授 专家 党员 党员干部 人大代表 政协委员 志愿者 老人 司机 工人 农民 战士 队员 妈妈 母亲
 父亲 爸爸 丈夫 妻子 夫人 爷爷 奶奶 外公 外婆 儿子 女儿 名叫 我叫 叫 村干部 社工 代表 研究员 犯罪嫌疑人 嫌疑人
 小哥 产妇 孕妇 老伴 患儿 老汉 大爷 大妈 阿姨
 乡村医生 快递员 外卖员 环卫工人 科研人员 医务人员 执法人员 岁
 孤儿 女孩 男孩 姑娘 小伙 牧民 渔民 员工 职工 参选人 候选人 毕业生 军医 护工 义工 网格员 店主 运动员 获得者
 经营者 个体经营者 创业者 劳动者 建设者 当事人 干警 冠军 世界冠军 奥运冠军 火炬手 科学家 流行病学家 病毒学家 医学家
 经济学家 企业家 作家 画家 选手 名将 小将 老将 组成人员 贫困户 建档立卡贫困户 脱贫户 低保户 五保户 养殖户 种植户""".split()),
                            key=len, reverse=True))


def _dict_word(word: str) -> bool:
    """A word the dictionary knows as something other than a name (幸福, 国务): never a name on its own."""
    tag = _word_tags().get(word)
    return tag is not None and not tag.startswith("nr")


def _loose_name(name: str, in_list: bool = False, cued: bool = False) -> bool:
    """A surname and one or two given characters, the whole no word of the dictionary but a name: the check
    for a string that a cue around it already marks as a person (和某某总理, 患者某某)."""
    if not 2 <= len(name) <= 4 or not all(_NAME_CHAR.match(c) for c in name):
        return False
    n = surname_len(name)
    if not n or len(name) - n not in (1, 2) or name[n:] in _HONORIFICS:
        return False                    # (刘先生, 王女士: a surname and a form of address, no name)
    if name[0] in _TRANSLIT_SURNAMES and any(c in _TRANSLIT for c in name[1:]):
        return False                    # 纳某某 with the sounds of a foreign word after it is a transliteration
    bad = "的了和与及在是等们这那个某氏不没很" if in_list else _BAD_GIVEN | set("某氏不没很")   # 某其亮, 某又侠 in a list
    if any(c in bad for c in name[n:]) or name[-1] in _HEAD_FINAL or name[n:] in _HONORIFICS:
        return False
    if name[0] in AMBIGUOUS_SURNAMES and n == 1 and not (in_list and name[0] in _LIST_SURNAMES) and \
            not (cued and name[0] in _SURNAMES_AFTER_A_KIND and (len(name) == 2 or _freq(name[1:]) < 500) and
                 name[1:] not in _KIN and name[1:] not in _DESCRIPTOR_SET and not any(c in _KIND_CHARS for c in name[1:])):
        return False
    if _dict_word(name) or (len(name) - n == 2 and _frequent_word(name[n:])):
        return False                    # 国务, 张先生
    if len(name) == 3 and n == 1 and _dict_word(name[:2]) and _freq(name[:2]) >= (5000 if in_list else 500):
        return False                    # 国务院, 医生们
    return True


_BOUNDS: list = [None, None]


def _starts(tokens: list[Token]) -> set[int]:
    """Offsets where a token starts or ends; kept for the last token list asked about (a sentence asks often).
    The list itself is held, so its identity cannot be reused by another."""
    if _BOUNDS[0] is not tokens:
        _BOUNDS[0], _BOUNDS[1] = tokens, {t.start for t in tokens} | {t.end for t in tokens}
    return _BOUNDS[1]


@lru_cache(maxsize=1)
def _pre_post_re() -> re.Pattern:
    return re.compile(words_pattern(_PRE_POSTS))


def _names_before_posts(text: str, tokens: list[Token], taken) -> list[tuple[int, int]]:
    """某某总书记, 和某某总理要求, 某某委员长主持: a name that ends where its post begins, with punctuation, the
    start of the text or a conjunction (和, 及, 根据, 由) on its left."""
    bounds = None
    taken_set = set(taken)
    out = []
    for m in _pre_post_re().finditer(text):
        if m.start() < 2:
            continue
        if bounds is None:
            bounds = _starts(tokens)
        rs, re_ = m.span()
        if (rs, re_) not in taken_set and any(a < re_ and rs < b for a, b in taken):
            continue                    # inside an organisation's name
        if m.group().endswith("长") and _chang_opens_next(text, re_):
            continue                    # 某二院|长期以来: 长 opens the word after, no post
        for n in (4, 3, 2):
            p = rs - n
            if p < 0 or p not in bounds:
                continue
            name = text[p:rs]
            if n == 4 and surname_len(name) != 2:
                continue
            tagged = text[p - 1:p] == "的" and any(t.start == p and t.end == rs and t.pos.startswith(("nr", "ns"))
                                                  for t in tokens)
            if not (p == 0 or text[p - 1] in _LEFT_BOUND or text[:p].endswith(_BEFORE_POST_CUES) or
                    text[:p].endswith(_ROLE_ENDINGS) or tagged):     # (某院的某某护士长: a tagged name after 的)
                continue                # (某某主席|某某总理: a post's end bounds the next name too)
            # (某南山/ns 院士: a three-character name the dictionary lists as a place it does not know)
            if any(a < rs and p < b for a, b in taken) or not (
                    _loose_name(name, in_list=True) or len(name) == 3 and _word_tags().get(name) == "ns" and
                    not known_place(name) and plausible_name(name)):
                continue
            if any(t.start == rs - 1 and t.end == rs and t.pos[:1] in "pcu" for t in tokens):
                continue                # 高声|向|总书记问好: a preposition before the post ends no name
            if name[-1] in "前原" or name[:2] in world_places():
                continue                # 某国前|总理某某: a country and 前 before the post, the name after it
            out.append((p, rs))
            break
    return out


@lru_cache(maxsize=1)
def _foreign_title_re() -> re.Pattern:
    return re.compile(words_pattern(_FOREIGN_TITLES))


@lru_cache(maxsize=1)
def _foreign_places() -> frozenset[str]:
    """Countries and foreign cities of the world list that are no Chinese place."""
    from kg.gazetteer import gazetteer, world_places
    gz = gazetteer()
    return frozenset(w for w in world_places() if len(w) >= 2 and not gz.candidates(w) and
                     w not in ("中国", "中华", "北京", "上海", "香港", "澳门", "台湾"))


def _foreign_context(text: str, end: int) -> bool:
    """The clause before end names a foreign country or an international body."""
    start = max((text.rfind(c, 0, end) for c in "，。；！？,;!?\n"), default=-1) + 1
    clause = text[start:end]
    if any(w in clause for w in _INTERNATIONAL):
        return True
    places = _foreign_places()
    return any(clause[i:i + n] in places for n in range(2, 7) for i in range(len(clause) - n + 1))


def _run_end(text: str, p: int) -> int:
    """Where a foreign name starting at p ends: at a date, a speech verb, a preposition or punctuation."""
    m = _RUN_STOP.search(text, p)
    return m.start() if m else len(text)


_NAME_PIECE_TAGS = ("nr", "nrt", "nrfg", "ns", "nz")
_ONE_CHAR_STOPS = frozenset("说称在对向与将也就是等的了被把给为于同及致作表已曾又还都会要并从率因")
# words before a foreign name that end its left reach: pronouns, kin (某某的儿子某某·某某)
_PRONOUNS = ("我们", "你们", "他们", "她们", "大家", "人们", "儿子", "女儿", "妻子", "丈夫", "父亲", "母亲", "哥哥", "姐姐",
             "弟弟", "妹妹")
# what a dotted name of a place, a building or a body goes on with (某某·某某纪念馆, 某某·某某社区)
_NOT_A_PERSON_AFTER = ("大学", "学院", "医学院", "医疗中心", "医院", "社区", "纪念馆", "博物馆", "集中营", "中心", "公司", "基金会", "研究所", "广场",
                       "海军", "空军", "基地", "武装", "港口", "机场",
                       "街", "路", "村", "镇", "县", "市", "州", "省", "岛", "湖", "山", "河", "港", "湾")


def _tagged_neighbours(text: str, tokens: list[Token], s: int, e: int) -> list[Token]:
    """The words right before and after a name in a 、/和-list that the tagger marks as names, whole."""
    out = []
    for t in tokens:
        before = t.end == s - 1 and text[s - 1] in "、和" and (t.start == 0 or text[t.start - 1] in "、，：了 ")
        after = t.start == e + 1 and text[e] in "、和" and text[t.end:t.end + 1] in ("、", "和", "等", "，", "。", "")
        if (before or after) and t.pos in ("nr", "nrt") and 2 <= len(t.word) <= 5:
            out.append(t)
    return out


def _dotted_names(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """某某·某某(·某某): the words the tagger marks as names (or cut into single characters) on each side of the
    dots, up to six characters a piece; a one-character verb the name ends in (某|和|提) only before punctuation."""
    out = []
    for m in re.finditer(r"(?<=[\u4e00-\u9fff])·[ \u3000]?(?=[\u4e00-\u9fff])(?:[\u4e00-\u9fff]{1,6}·(?=[\u4e00-\u9fff]))*", text):
        i = next((k for k, t in enumerate(tokens) if t.end == m.start()), None)
        if i is None or any(out_s <= m.start() < out_e for out_s, out_e in out):
            continue
        start = m.start()
        while i >= 0 and m.start() - tokens[i].start <= 6 and \
                (tokens[i].pos.startswith(_NAME_PIECE_TAGS) or len(tokens[i].word) == 1 and tokens[i].pos == "x"
                 and _NAME_CHAR.match(tokens[i].word)):
            start = tokens[i].start
            i -= 1
        end = m.end()
        j = next((k for k, t in enumerate(tokens) if t.start == end), None)
        piece_start = m.end()
        while j is not None and j < len(tokens) and tokens[j].end - piece_start <= 6:
            t = tokens[j]
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            if t.word in "-－" and nxt is not None and nxt.pos.startswith(_NAME_PIECE_TAGS):
                end = piece_start = t.end   # 某某·某某-某某: a hyphen joins the last pieces
                j += 1
                continue
            piece = t.pos.startswith(_NAME_PIECE_TAGS) and t.word not in _AFTER_FOREIGN_NAME
            # a character the cut read as a word of its own (某某|提, 某|和|提); 和 only inside the name's last piece
            char = len(t.word) == 1 and _NAME_CHAR.match(t.word) and t.word not in _ONE_CHAR_STOPS and \
                (t.word != "和" or end - piece_start == 1 and nxt is not None and len(nxt.word) == 1 and
                 (j + 2 >= len(tokens) or not _NAME_CHAR.match(tokens[j + 2].word[0])))
            if not (piece or char):
                break
            end = t.end
            j += 1
            if piece and len(t.word) >= 2 and (t.word[-1] in _ONE_CHAR_STOPS or t.word[-1] == "和") and nxt is not None and \
                    nxt.pos[:1] in "vn" and not nxt.pos.startswith(_NAME_PIECE_TAGS):
                end -= 1                # 某依|卡因/nrt 抢救, 某戈率/nz 人: the cut glued the verb to the name
                break
        # (阿|不|都|克里木·托合|提说: Uyghur name parts the cut reads as adverbs and verbs, on either side of the dot)
        q = _parts_before(text, m.start())
        if q < start and (q == 0 or not _NAME_CHAR.match(text[q - 1]) or
                          any(t.end == q and len(t.word) >= 2 for t in tokens)):
            start = q                   # (买|托合提·某某: a character alone before the parts may be the name's own)
        end = max(end, _parts_after(text, m.end()))
        name = text[start:end].replace(" ", "").replace("\u3000", "")     # (某某· 某某: a space after the dot)
        pieces = re.split("·", name)
        if start < m.start() and end > m.end() and all(pieces) and len(name) - len(pieces) + 1 >= 3 and \
                not known_place(name.replace("·", "")) and _foreign_name_ok(name) and \
                not text.startswith(_NOT_A_PERSON_AFTER, end) and not _names_a_body(text, tokens, end):
            out.append((start, end))
    return out


_BODY_TAIL = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:中心|大学|医院|基金会|研究所|研究院|学院|学会|协会|公司)")


def _names_a_body(text: str, tokens: list[Token], end: int) -> bool:
    """约翰斯·霍普金斯健康安全中心: a few nouns and a body's head after the dotted name, which names the body."""
    m = _BODY_TAIL.match(text, end)
    return m is not None and not any(end <= t.start < m.end() and t.pos[:1] in "vpcdu" for t in tokens)


def _parts_before(text: str, p: int) -> int:
    """Where a run of Uyghur name parts ending at p begins (p when none ends there), eight characters at most."""
    parts, q = uyghur_name_parts(), p
    while q > 0 and p - q < 8:
        n = next((n for n in (5, 4, 3, 2) if q - n >= 0 and text[q - n:q] in parts), 0)
        if not n:
            break
        q -= n
    return q


def _parts_after(text: str, p: int) -> int:
    """Where a run of Uyghur name parts opening at p ends (p when none opens there), eight characters at most."""
    parts, q = uyghur_name_parts(), p
    while q < len(text) and q - p < 8:
        n = next((n for n in (5, 4, 3, 2) if q + n <= len(text) and text[q:q + n] in parts), 0)
        if not n:
            break
        q += n
    return q


def _translit_share(name: str) -> float:
    chars = [c for c in name if c not in _DOTS + "-"]
    return sum(c in _TRANSLIT for c in chars) / len(chars) if chars else 0.0


def _foreign_name_ok(name: str) -> bool:
    """Pieces of Han characters joined by a dot (or a hyphen), each short; at least two characters."""
    pieces = re.split(r"[·・•‧\-]", name)
    if not all(p and all(_NAME_CHAR.match(c) for c in p) and len(p) <= 6 for p in pieces):
        return False
    return len(pieces[0]) >= 2 or len(pieces) > 1 and len("".join(pieces)) >= 3


def _foreign_after_titles(text: str, tokens: list[Token], found: dict[int, int], taken) -> list[tuple[int, int]]:
    """某国总统某某, 世界某某组织总干事某某26日表示: after a post held abroad (by the clause before it, or by the post
    itself), a run of two to six characters up to a date, a verb or punctuation is a name when its characters
    are mostly those foreign names are written with."""
    out = []
    for m in _foreign_title_re().finditer(text):
        p = m.end()
        if p >= len(text) or not _NAME_CHAR.match(text[p]) or p in found or \
                any(a < m.end() and m.start() < b and not (m.start() <= a and b <= m.end()) and b != m.end() and
                    not (b == m.start() + 1 and text.startswith("部长", m.start()))       # 某国能源部|长: shared 部
                    for a, b in taken):
            continue                    # a title inside a body's name, or a name already read there
        # (主席因凡…: 因 opening the run is the name's first sound, no preposition)
        e = _run_end(text, p + 1 if text[p] == "因" and p + 1 < len(text) and text[p + 1] in _TRANSLIT | {"凡"} else p)
        # 某某哈姆致慰问电: the run stops where a verb, preposition or adverb of the cut begins
        e = next((t.start + 1 if len(t.word) == 2 and t.word[1] in _AFTER_FOREIGN_NAME and
                  t.word[0] not in _AFTER_FOREIGN_NAME else t.start
                  for t in tokens if p + 2 <= t.start < e and
                  ((len(t.word) >= 2 and (t.pos[:1] in "vpdcu" and t.pos != "vn" or t.pos in ("m", "t") and
                                          t.word[0] in _COUNT_OPENERS))
                   or t.word in _AFTER_FOREIGN_NAME)), e)
        name = text[p:e]
        if text.startswith(_FOREIGN_TITLES, p) or text[p] in "访赴抵":
            continue                    # 总统特使某某: the name follows the second post; 防长访伊朗: a visit
        if not _foreign_name_ok(name) or len(name.replace("·", "")) > 12 or \
                any(a < e and p < b and not (p < a and b <= e) for a, b in found.items()) or \
                any(a < e and p < b for a, b in taken):
            continue                    # (a tail the tagger read as a name, 某|长格兰|霍姆/nr, is the run's own)
        abroad = text[m.start():m.end()].endswith(_ABROAD_ONLY) or _foreign_context(text, m.start())
        share = _translit_share(name)
        toks = [t for t in tokens if p <= t.start and t.end <= e]
        known = len(toks) == 1 and toks[0].pos.startswith("nr") and toks[0].start == p and toks[0].end == e and \
            (len(name) >= 3 or _freq(name) < 100)      # 宣言/nr: a frequent two-character "name" is a word
        # a name the dictionary happens to hold as a place or name (某某/ns) is still a name after a post abroad
        listed_name = abroad and _word_tags().get(name, "").startswith(("ns", "nr")) and _freq(name) < 500 and \
            not known_place(name)
        if (_dict_word(name) and not listed_name) or any(len(t.word) >= 2 and _dict_word(t.word) and _freq(t.word) >= 3000 and
               not _word_tags().get(t.word, "").startswith(("ns", "nz")) for t in toks):
            continue                    # 主任委员会议: ordinary words, no name
        dotted = any(c in name for c in _DOTS)     # 某某·某某: a dot joins the parts of a foreign name only
        # (美国国务卿某林肯表示, 法国总统马某龙: after a title only held abroad, with the country named before it, a short
        # run closed by punctuation or a verb is the name though few of its characters are the usual sounds)
        countried = text[m.start():m.end()].endswith(_ABROAD_ONLY) and \
            any(text.endswith(c, 0, m.start()) for c in _countries_before(text, m.start()))
        if ((abroad or dotted) and (share >= 0.5 or known)) or (share >= 2 / 3 and len(name) >= 3) or \
                countried and share >= 1 / 3 and 2 <= len(name) <= 4 and any(t.end == e for t in tokens) and \
                (e >= len(text) or not _NAME_CHAR.match(text[e]) or _RUN_STOP.match(text, e) is not None):
            out.append((p, e))
    return out


def _countries_before(text: str, pos: int) -> list[str]:
    """The country names that end at pos (法国, 美国), longest first."""
    from kg.gazetteer import world_places
    places = world_places()
    return [text[pos - n:pos] for n in range(min(pos, 8), 1, -1) if text[pos - n:pos] in places]


# (某某多次扬言, 某某两次访华, 某某昨天表示: a count or a day after the name stops it)
_COUNT_OPENERS = frozenset("多两一三几数再屡昨今前明近上下本")
_PREDICATE_OPENERS = frozenset("因 在 从 被 把 向 给 对 于 最近 近日 日前 已 曾 患".split())


_DESCRIPTOR_SET = frozenset(_DESCRIPTORS)
_KIN = frozenset("妻子 夫人 丈夫 儿子 女儿 母亲 父亲 妈妈 爸爸 爷爷 奶奶 老伴 外公 外婆".split())
# the endings that make a word a descriptor of a person: 飞行员, 离休干部, 边防战士, 时代楷模, 全国劳动模范, 四弟
_DESCRIPTOR_ENDINGS = r"(?<=[\u4e00-\u9fff])(?:(?<![人动])员|干部|战士|楷模|模范|英雄|[二三四五六七八大小](?:弟|妹|哥|姐))"


@lru_cache(maxsize=1)
def _descriptor_re() -> re.Pattern:
    return re.compile("(?:" + words_pattern(_DESCRIPTORS) + "|" + _DESCRIPTOR_ENDINGS +
                      ")(?:的)?|来自[^，。；：、！？,;:\n]{2,20}?的")



_ROLE_OR_DESCRIPTOR = tuple(sorted(set(ROLES) | set(_DESCRIPTORS) | {"护士", "医生", "警长", "所长"}, key=len,
                                   reverse=True))


@lru_cache(maxsize=1)
def _role_or_descriptor_re() -> re.Pattern:
    return re.compile(r"(?:一名|一位|一个)?[^，。；！？,;!?]{0,8}?(?:%s)" % words_pattern(_ROLE_OR_DESCRIPTOR))


# an adverb glued to a cue: the last character of a span it ends is the adverb's, not the name's
_ADVERB_CUES = frozenset("正在 现在 还在 都在 也在 就在 仍在 又在 正是 就是 还是 也是 都是 总是 只是 却是 更是 才是 便是 "
                         "仍是 又是 不是 都说 也说 就说 还说 又说".split())


# surnames that are also function words (于, 和), read as surnames only right after a word for a kind of person
# and before a verb or a time (村民于某某5天前出现…, 村医和某取消了…)
_SURNAMES_AFTER_A_KIND = frozenset("于和向曾白强")
_KIND_CHARS = frozenset("医护患亲友民警群童孩工务家属子女儿孙妻夫伴们众士员")   # 和医护, 和亲友: the other party, no name


def _name_then(text: str, tokens: list[Token], q: int, nxt_ok, cued: bool = False) -> int:
    """Length of a loosely checked name at q whose end is a token boundary followed by what nxt_ok accepts."""
    bounds = _starts(tokens)
    if q not in bounds:
        return 0
    for n in (4, 3, 2):
        name = text[q:q + n]
        if len(name) < n or (n == 4 and surname_len(name) != 2):
            continue
        if q + n not in bounds and not text.startswith(("是", "在", "也", "说", "和", "等", "家"), q + n):
            continue                    # 刘|凡是: the cut glued the name to a one-character cue
        if q + n not in bounds and text[q + n - 1:q + n + 1] in _ADVERB_CUES:
            continue                    # 某某|正在: the adverb of 正在, 还是 is no part of the name
        # a name the tagger marks as one (某其昌/nr) may hold a character the loose check refuses (其, 之)
        tagged = not _freq(name) and any(t.start == q and t.end == q + n and t.pos.startswith("nr") for t in tokens)
        if (_loose_name(name, cued=cued) or tagged and _loose_name(name, in_list=True)) and nxt_ok(q + n) and \
                not _adverbial(tokens, q, q + n):
            return n
    return 0


def _adverbial(tokens: list[Token], s: int, e: int) -> bool:
    """后|匆匆: a locative opening the span or a descriptive word inside it makes an adverbial, not a name."""
    inside = [t for t in tokens if s <= t.start < e]
    return bool(inside) and (inside[0].pos == "f" or any(t.pos == "z" for t in inside))


@lru_cache(maxsize=1)
def _IS_POST_AT_END() -> re.Pattern:
    """是 + a body and a post, the post closing the clause."""
    return re.compile(r"是[^，。；！？,;!?的]{2,30}?(?:%s)(?=[，。；！？,;!?]|$)" % words_pattern(ROLES))


_SUBJECT_IS = re.compile(r"[^，。；：！？,;:!?\n]{2,4}(?:[，,](?:生前|曾经|曾|现在|现)?)?(?:是|系)")


def _described_names(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """患者某某, 来自某院的某某, 同为医生的某某; 某某是某院的一名护士 and 某某，生前是… at the start of a clause."""
    def then_ok(e: int) -> bool:
        if e >= len(text) or _ends_before_cue(text, e):
            return True
        if text.startswith("的", e) and text.startswith(tuple(_KIN) + ("孩子", "家人", "家属"), e + 1):
            return True                 # 护士某某的妈妈晕倒: the name, then the kin the sentence is about
        if text.startswith(("老人", "夫妇", "一家") + _ELDER_ADDRESS + ("婆婆",), e) or text.startswith("家", e) and \
                (e + 1 >= len(text) or not _NAME_CHAR.match(text[e + 1]) or text[e + 1] in "的里中"):
            return True                 # 贫困户某某家。, 99岁的某某老人身体…: the name, then its home or kind
        tok = next((t for t in tokens if t.start == e), None)
        # a verb, or an adverb, a time or a demonstrative opening the predicate (某某正驾驶, 某某这两天…); not a
        # personal pronoun, the object of a verb the name swallowed (韩某带|他)
        if re.match(r"\d{1,4}(?:年|月|日)", text[e:e + 5]) or _TIME_OPENS.match(text, e):
            return True                 # 45岁的某某1月底…, 村民某某前几天…: a date or a time opens the predicate
        # a verb, an adverb, a time word (不久前), a preposition opening the predicate (因, 在), 最近
        return tok is not None and (_tag_of(tok).startswith("v") or tok.pos == "d" and len(tok.word) <= 2 or
                                    tok.pos == "t" and len(tok.word) <= 3 or tok.word in _PREDICATE_OPENERS or
                                    tok.pos == "r" and tok.word[0] in "这那")

    out = []
    for m in _descriptor_re().finditer(text):
        q = m.end()
        if text[:m.start()].endswith(("这些", "那些", "些", "各位", "广大", "许多", "不少", "部分", "名", "位", "个")):
            continue                    # 这些患者, 3名医生: many people, no name follows
        word = m.group()[:-1] if m.group().endswith("的") else m.group()
        # a word a descriptor only by its ending (…员, …模范) is cued by the name's clause ending, not by any verb
        n = _name_then(text, tokens, q, then_ok if word in _DESCRIPTOR_SET or word.startswith("来自") else
                       lambda e: _ends_before_cue(text, e))
        if not n and text[q:q + 1] in _SURNAMES_AFTER_A_KIND and word in _DESCRIPTOR_SET and \
                not text.startswith(_NOT_NAME_AFTER, q + 1):
            n = _name_then(text, tokens, q, then_ok, cued=True)
            given = next((t for t in tokens if t.start == q + 1), None)
            # the given name a word of its own the tagger calls a name (和|苗/nr), or an age just before (62岁的村民于某某)
            if n and not (given is not None and given.end == q + n and
                          (given.pos.startswith("nr") or n == 3 and (given.word not in _word_tags() and
                                                                     not given.pos.startswith("v") or
                                                                     "岁的" in text[max(0, m.start() - 3):m.end()]))):
                n = 0
        # 村民某则·某皮孜几年前…: a dotted name, read as far as the dot's two sides are name-like
        dm = _DOTTED_AFTER_KIND.match(text, q) if word in _DESCRIPTOR_SET and "·" in text else None
        if dm and _foreign_name_ok(dm.group()) and not text.startswith(_NOT_A_PERSON_AFTER, dm.end()):
            n = dm.end() - q
        if not n and word in _KIN:
            # 妻子王某红整理…: after a word of kin, a three-character name the tagger reads whole, whatever follows
            # (not one more character of the name cut alone after it: 某杰曲|巴)
            n = next((3 for t in tokens if t.start == q and len(t.word) == 3 and t.pos == "nr" and
                      plausible_name(t.word, strict=True) and
                      not any(u.start == t.end and len(u.word) == 1 and _NAME_CHAR.match(u.word) and
                              not u.pos.startswith(("v", "p", "c", "u", "d")) for u in tokens)), 0)
        if not n and (word == "夫人" or word.endswith("家") and word in _DESCRIPTOR_SET):
            # 某某和夫人某西娅, 流行病学家某朗斯坦指出: a foreign name, as far as a foreign name runs
            e2 = _run_end(text, q)
            if 3 <= e2 - q <= 8 and _translit_share(text[q:e2].replace("·", "")) >= (0.6 if word == "夫人" else 0.75):
                n = e2 - q
        if n == 2 and _is_common_word(text[q:q + 2]):
            continue                    # 家属安抚: a frequent word the dictionary happens to tag as a name
        if n and not text.startswith(_NOT_NAME_AFTER, q + n):
            out.append((q, q + n))
    if "是" not in text and "系" not in text:
        return out                      # no 是-clause: no clause subject to read
    clause_starts = [0] + [i + 1 for i, c in enumerate(text) if c in "，。；：！？,;:!?\n"]
    # 出生在…的某某，生前是…: a name the tagger marks, right after 的, that the 是-clause is about
    clause_starts += [t.start for t in tokens if t.pos.startswith("nr") and text[t.start - 1:t.start] == "的"]
    for q in clause_starts:
        if not _SUBJECT_IS.match(text, q):
            continue                    # no 是 within a name's reach of the clause start
        def is_subject(e: int) -> bool:
            rest = text[e:]
            if re.match(r"[，,](?:生前|曾经|曾|现在|现)?(?:是|系)|是(?:一名|一位)", rest):
                return True             # 某某，生前是…; 某某是一名…
            clause = re.match(r"是[^，。；！？,;!?]{0,30}的", rest)
            if clause and _role_or_descriptor_re().match(rest, clause.end()):
                return True
            return _IS_POST_AT_END().match(rest) is not None      # 某某是某院某科主任医师，…
        n = _name_then(text, tokens, q, is_subject)
        if n:
            out.append((q, q + n))
    return out


def _list_member_ok(name: str) -> bool:
    if any(c in name for c in _DOTS):
        return _foreign_name_ok(name) and len(re.split(r"[·・•‧]", name)[0]) >= 2
    return _loose_name(name, in_list=True) or _dictionary_name(name)


# what follows a name in its own clause and nothing else: 某某说, 某某同志, 某某当选
_NAME_CLAUSE_CUES = ("说", "表示", "介绍", "指出", "强调", "认为", "告诉", "同志", "当选", "现任", "担任")


def _listed_name_cued(text: str, tok: Token) -> bool:
    """某立平说: a name the dictionary lists as a frequent name (a namesake's fame is no reason to refuse it), three
    characters, no place, before a verb only a person takes."""
    return len(tok.word) == 3 and surname_len(tok.word) == 1 and _word_tags().get(tok.word, "").startswith("nr") and \
        text.startswith(_NAME_CLAUSE_CUES, tok.end) and not known_place(tok.word)


def _dictionary_name(name: str) -> bool:
    """A three-character name the dictionary itself lists as a name (王建国/nr), or whose given name it lists as one
    (某|向东/nr), whatever the given name means."""
    tags = _word_tags()
    return len(name) == 3 and surname_len(name) == 1 and \
        (tags.get(name, "").startswith("nr") or tags.get(name[1:], "") == "nr")


# 甲（某科）、乙（某县人民医院）: a name, then in brackets the unit it works in (a department, a body)
_NAME_WITH_UNIT = re.compile(r"([\u4e00-\u9fff]{2,4})[（(]([\u4e00-\u9fff]{1,24}?"
                             r"(?:科|室|组|部|处|院|中心|站|所|局|委|队|馆|校|园|办|会|社区|村))[）)]")


_NOTE_THEN_AWARD = re.compile(r"[（(][^（）()]+[）)](?:荣获|获得|获评|被[^，。；]{0,20}?(?:评为|授予))")


def _names_with_units(text: str, tokens: list[Token], after: list[int]) -> list[tuple[int, int]]:
    """甲（心血管内科）、乙（某县人民医院）等: the names of a list (or a roll) each with its unit in brackets after it,
    opening a clause or right after a body (after: where bodies and posts end)."""
    bounds = _starts(tokens)
    out = []
    for m in _NAME_WITH_UNIT.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        while s < e - 2 and s not in after and s > 0 and text[s - 1] not in "、，：:；。（":
            s += 1                      # (the run may hold the end of the body before the name)
        name = text[s:e]
        if (s == 0 or text[s - 1] in "、，：:；。（" or s in after) and s in bounds and (e in bounds or any(t.start < e < t.end and t.pos.startswith("nr") for t in tokens)) and \
                (plausible_name(name) or _loose_name(name, in_list=True)) and not _is_common_word(name) and \
                not known_place(name) and name not in ROLE_SET:
            out.append((s, e))
    # (one such item alone may be a body and its place; two or more make the list)
    return out if len(out) >= 2 or out and _NOTE_THEN_AWARD.match(text, out[0][1]) is not None else []


def _list_names(text: str, tokens: list[Token], found: dict[int, int]) -> list[tuple[int, int]]:
    """甲、乙、丙和丁等: once two members of a 、-list are names, every other member that could be a name is one,
    past a member that is not; the list ends at 等, 和…, a count (10名) or 同志."""
    if not found or "、" not in text:
        return []                       # a list grows only from a name already found
    seps = [i for i, c in enumerate(text) if c == "、"]
    bounds = _starts(tokens)

    def inner_ok(chunk: str) -> bool:
        plain = chunk.translate({ord(c): None for c in _DOTS})
        return 1 <= len(chunk) <= (14 if plain != chunk else 6) and all(_NAME_CHAR.match(c) for c in plain) and \
            not any(c in chunk[:-1] for c in "和及与等") and chunk[-1] != "等"

    groups: list[list[int]] = []
    for i in seps:
        if groups and inner_ok(text[groups[-1][-1] + 1:i]):
            groups[-1].append(i)
        else:
            groups.append([i])

    def end_ok(e: int) -> bool:
        return e >= len(text) or not _NAME_CHAR.match(text[e]) or text.startswith(("等", "同志", "和", "及", "与",
                                                                                     "以外", "之外"), e) \
            or _ends_before_cue(text, e)

    out = []
    for g in groups:
        members: list[list[tuple[int, int]]] = []
        first = []
        for n in (4, 3, 2):
            p = g[0] - n
            if p < 0 or p not in bounds or not all(_NAME_CHAR.match(c) for c in text[p:g[0]]):
                continue
            if p == 0 or found.get(p) == g[0] or not _NAME_CHAR.match(text[p - 1]) or text[p - 1] in "和及与了向对给是为" or \
                    any(t.end == p and _tag_of(t).startswith(("v", "p", "c", "u")) for t in tokens):
                first.append((p, g[0]))
        members.append(first)
        members += [[(a + 1, b)] for a, b in zip(g, g[1:])]
        q = g[-1] + 1
        last = []
        dotted = _run_end(text, q) if q < len(text) else q
        if any(c in text[q:dotted] for c in _DOTS):
            last.append((q, dotted))
        for n in (4, 3, 2):
            if q + n <= len(text) and all(_NAME_CHAR.match(c) for c in text[q:q + n]) and end_ok(q + n):
                last.append((q, q + n))
        members.append(last)
        # 甲、乙和丙: the member after the conjunction closes the list
        for s, e in last:
            if text[e:e + 1] in ("和", "及", "与"):
                members.append([(e + 1, e + 1 + n) for n in (3, 2) if e + 1 + n <= len(text) and
                                all(_NAME_CHAR.match(c) for c in text[e + 1:e + 1 + n]) and end_ok(e + 1 + n)])
                break

        def named(cands):
            return any(found.get(s) == e for s, e in cands)

        closed = any(found.get(s) == e and text.startswith(_LIST_ACTS, e) for s, e in last)

        def surname_alone(s, e):       # (甲、乙陪同: in a list that acts, a surname the cut left alone, then a word)
            return closed and e - s == 3 and plausible_name(text[s:e]) and \
                surname_len(text[s:e]) == 1 and any(t.start == s and len(t.word) == 1 for t in tokens)

        def tagged(cands):             # a member the tagger calls a name as a whole
            return any(t.start == s and t.end == e and t.pos.startswith("nr") and _list_member_ok(text[s:e])
                       for s, e in cands for t in tokens) or any(surname_alone(s, e) for s, e in cands)
        if not any(named(c) for c in members) or sum(named(c) or tagged(c) for c in members) < 2:
            continue
        for k, cands in enumerate(members):
            if named(cands):
                continue
            # (甲、某拉腾达来、乙: a long member between two names is one, of a people whose names have no surname)
            flanked = 0 < k < len(members) - 1 and named(members[k - 1]) and named(members[k + 1])
            for s, e in cands:
                if (_list_member_ok(text[s:e]) or flanked and 4 <= e - s <= 6 and _HAN_RUN.fullmatch(text, s, e) or
                    surname_alone(s, e)) and \
                        not any(a < e and s < b for a, b in found.items()):
                    out.append((s, e))
                    break
    return out


_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LIST_ACTS = ("陪同", "出席", "参加", "一同", "分别", "共同")


_ROLL_ITEM = re.compile(r"([\u4e00-\u9fff·]{2,12})(?:[（(][^（）()]{1,12}[）)])?")
_ROLL_SEP = re.compile(r"[ \u3000]+")


def _roll_names(text: str, found: dict[int, int]) -> list[tuple[int, int]]:
    """甲　乙　丙（女）: a roll of names set apart by spaces; once two of its items are names, every item that could
    be a name is one."""
    if " " not in text and "\u3000" not in text:
        return []
    items, p = [], 0
    for m in _ROLL_SEP.finditer(text + " "):
        item = _ROLL_ITEM.fullmatch(text, p, m.start())
        items.append((p, p + len(item.group(1))) if item else None)
        p = m.end()
    out: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []
    for it in items + [None]:
        if it is not None:
            run.append(it)
            continue
        if len(run) >= 3 and sum(found.get(s) == e for s, e in run) >= 2:
            out += [(s, e) for s, e in run if found.get(s) != e and _list_member_ok(text[s:e])]
        run = []
    return out


# (某村村民某某·某某说: a word describing one person stands in no roll of names)
_DESCRIPTORS_OF_ONE = frozenset("村民 市民 居民 牧民 农民 群众 患者 老人 志愿者 学生 家长 游客 网友 记者".split())
_DESCRIPTOR_ENDS = tuple(sorted(_DESCRIPTORS_OF_ONE))
# (某某·梅森大学专家|某某: the words between a dot and a name read alone may be a body's and a post's)
_NOT_IN_A_NAME_PART = ("大学", "学院", "医院", "专家", "公司", "中心", "研究", "协会", "组织", "政府", "部", "局")
_GLUED_RUN = re.compile(r"[\u4e00-\u9fff·]+")
# （女）, （藏族）, （女，壮族）: the notes a roll of names puts after some of its members
_ROLL_CLOSE = re.compile(r"等(?:同志|人)?$")
_ROLL_NOTE = re.compile(r"[（(](?:女|[\u4e00-\u9fff]{1,4}族)(?:[，,][\u4e00-\u9fff]{1,4}族)?[）)]")


def _glued_split(text: str, a0: int, b0: int, nr_ends: dict[int, list[int]], bounds: set[int],
                 known: frozenset[str]) -> tuple[list[tuple[int, int]], int, int, int, int] | None:
    """The best cut of text[a0:b0] into whole names (a surname and one or two characters, a dotted name, a
    Mongolian or Tibetan name, a word the tagger reads as a name, a name the article gave before), a few pieces
    left unread: the names, how many pieces, how many the word cut does not bound, how many unread, how many are
    common words. None: no cut."""
    tags = _word_tags()
    # best[i]: (score, pieces, unbounded, unread, common, where the last piece starts, whether it is a name)
    best: dict[int, tuple[float, int, int, int, int, int, bool]] = {a0: (0.0, 0, 0, 0, 0, a0, False)}
    for i in range(a0, b0):
        if i not in best:
            continue
        sc, k, un, unread, common = best[i][:5]
        ends: set[int] = set(e for e in nr_ends.get(i, ()) if e <= b0)
        s = surname_len(text[i:i + 2])
        for g in ((1, 2) if s else ()):
            j = i + s + g
            if j <= b0 and "·" not in text[i:j] and plausible_name(text[i:j]):
                ends.add(j)
        dot = text.find("·", i + 2, min(i + 5, b0))
        if dot > 0 and "·" not in text[i:dot]:
            ends.update(q for q in range(dot + 3, min(dot + 7, b0 + 1)) if "·" not in text[dot + 1:q])
        mk = minority_name_len(text, i)
        if mk and i + mk <= b0:
            ends.add(i + mk)
        ends.update(j for j in range(i + 2, min(i + 5, b0 + 1)) if text[i:j] in known)
        steps = [(j, sc - 1.5, un + 1, unread + 1, common, False)
                 for j in range(i + 2, min(i + 5, b0 + 1)) if j not in ends and "·" not in text[i:j]]
        for j in ends:
            w = text[i:j]
            bounded = i in bounds and j in bounds or w in known
            tagged = j in nr_ends.get(i, ())
            tag = tags.get(w)
            plain = tag is not None and not tag.startswith("nr") and not tagged
            c = (3 if "·" in w else 1) + (2 if tagged else 0) + (1 if bounded else 0) + (0.3 if j - i == 3 else 0) - \
                (3 if plain else 0) + (6 if w in known else 0)
            steps.append((j, sc + c, un + (not bounded), unread, common + plain, True))
        for j, c, u, r, m, named in steps:
            if j not in best or c > best[j][0]:
                best[j] = (c, k + 1, u, r, m, i, named)
    if b0 not in best:
        return None
    _, k, un, unread, common, _, _ = best[b0]
    names, j = [], b0
    while j != a0:
        i, named = best[j][5], best[j][6]
        if named:
            names.append((i, j))
        j = i
    return names[::-1], k, un, unread, common


def _all_names(text: str, cut, nr_ends: dict[int, list[int]], known: frozenset[str]) -> bool:
    """Every piece of the cut a name: a word the cut tags as one (and no frequent word), or one the article gave."""
    return cut[2] == cut[3] == cut[4] == 0 and all(
        text[s:e] in known or e in nr_ends.get(s, ()) and surname_len(text[s:e]) and not _is_common_word(text[s:e])
        for s, e in cut[0])


def _roll_start(text: str, tokens: list[Token], a: int, nr_ends: dict[int, list[int]], known: frozenset[str]) -> int:
    """Where a roll in the run from a may begin: a itself after a colon or a note; else, in 出席会议的有甲乙丙, the
    first name word the cut tags, after a verb, a particle or a preposition."""
    if text[:a].rstrip().endswith(("：", ":", "）", ")")):
        return a
    prev = None
    for t in tokens:
        if t.start < a:
            continue
        if not _NAME_CHAR.match(t.word[:1]):
            break
        if t.start in nr_ends or t.word in known:
            return t.start if prev is None or prev.pos[:1] in "vupcd" else a
        prev = t
    return a


def glued_roll_names(text: str, tokens: list[Token], known: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """甲乙丙丁（女）戊…: a roll of names run together with no mark between them (lists of members in official
    texts), cut into names where the whole run cuts into names and the word cut mostly agrees; no run that holds
    a post or a place. known: names the article gave before. Returns spans."""
    nr_ends: dict[int, list[int]] = {}
    for t in tokens:
        if t.pos.startswith("nr") and len(t.word) >= 2:
            nr_ends.setdefault(t.start, []).append(t.end)
    if len(nr_ends) < 3:
        return []                       # (the common case: a sentence with fewer than three name words)
    bounds = {t.start for t in tokens} | {t.end for t in tokens}
    # (塔利班发言人某某: a post or a place in the run, which is then no roll)
    stops = [t.start for t in tokens if t.pos == "nnt" or t.word in ROLE_SET or t.word in _DESCRIPTORS_OF_ONE or
             t.word not in known and (t.word in world_places() or t.word[-1:] in "省市县区州" and known_place(t.word))]
    # (甲乙丙等同志: the run's closing 等 is no part of the roll)
    # (the notes are no runs of their own: 女 and 回族 in （女，回族） name no one)
    bare = _ROLL_NOTE.sub(lambda m: "\0" * len(m.group()), text) if "族" in text or "女" in text else text
    runs = [(_roll_start(text, tokens, m.start(), nr_ends, known), m.start() + len(_ROLL_CLOSE.sub("", m.group())))
            for m in _GLUED_RUN.finditer(bare)]
    # (出席的有甲乙丙等同志: a run the cut reads wholly as names, after a verb or before 等, is a roll of three)
    framed = [a > m.start() or b < m.end() for (a, b), m in zip(runs, _GLUED_RUN.finditer(bare))]
    cuts = [_glued_split(text, a, b, nr_ends, bounds, known) if b - a >= 2 and not any(a <= p < b for p in stops)
            else None for a, b in runs]

    def noted(m: int, n: int) -> bool:  # the runs m < n are parts of one roll, with a note between them
        return bool(_ROLL_NOTE.fullmatch(text, runs[m][1], runs[n][0]))

    ok = []
    for n, ((a, b), cut) in enumerate(zip(runs, cuts)):
        ok.append(cut is not None and b - a >= 6 and cut[1] >= 3 and cut[2] * 3 <= cut[1] and cut[3] * 5 <= cut[1] and
                  cut[4] * 4 <= max(cut[1] - 4, 0) and
                  (cut[1] >= 5 or text[:a].rstrip().endswith(("：", ":")) or framed[n] and _all_names(text, cut, nr_ends, known) or
                   n and noted(n - 1, n) or n + 1 < len(runs) and noted(n, n + 1)))
    # a short part between two notes (…（女）甲乙（回族）…) belongs to the roll on either side of it
    changed = True
    while changed:
        changed = False
        for n, cut in enumerate(cuts):
            if not ok[n] and cut is not None and cut[2] * 3 <= cut[1] and cut[3] * 3 <= cut[1] and cut[4] * 3 <= cut[1] \
                    and (n and ok[n - 1] and noted(n - 1, n) or n + 1 < len(runs) and ok[n + 1] and noted(n, n + 1)):
                ok[n] = changed = True
    return [span for n, cut in enumerate(cuts) if ok[n] for span in cut[0]]


def _join_dotted(text: str, found: dict[int, int], tokens: list[Token] = ()) -> list[tuple[int, int]]:
    """A foreign name is one name across its dots (某某·某某): a span that stops at a dot, or inside the run
    before one, is widened to the whole name; never is a name cut at the dot."""
    out: dict[int, int] = {}
    debris = {t.start: t for t in tokens if len(t.word) == 1 and t.pos[:1] in ("m", "x", "n", "q", "t")} \
        if "·" in text else {}
    for s, e in sorted(found.items()):
        r0 = s
        while r0 > 0 and _NAME_CHAR.match(text[r0 - 1]) and s - r0 < 6:
            r0 -= 1
        if r0 < s and r0 >= 2 and text[r0 - 1] in _DOTS and "·" not in text[s:e] and _NAME_CHAR.match(text[r0 - 2]) and \
                not any(w in text[r0:s] for w in _NOT_IN_A_NAME_PART) and \
                not any(text.startswith(r, s - len(r)) for r in _FOREIGN_TITLES + _ROLE_ENDINGS if len(r) <= s - r0):
            s = r0                      # 某某·卡德尔|别克/nr: the end of a dotted name read alone, from the dot on
        if "·" in text[s:e]:
            # 米/m 日/m 古丽·亚森: the first part of the name, its characters cut off as numerals or debris
            k = s
            while k > 0 and k - 1 in debris and _NAME_CHAR.match(text[k - 1]) and s - k < 3 and \
                    text[k - 1] not in "的是和与及在被把给":
                k -= 1
            if k < s and (k == 0 or not _NAME_CHAR.match(text[k - 1]) and not text[k - 1].isalnum()) and \
                    _foreign_name_ok(text[k:e]):     # (not after a number: 5月|某某·某某 is a date, then the name)
                s = k
        j = e
        while j < len(text) and _NAME_CHAR.match(text[j]) and j - s < 8:
            j += 1
        if j < len(text) and text[j] in _DOTS and j + 1 < len(text) and _NAME_CHAR.match(text[j + 1]) and \
                (j == e or _RUN_STOP.search(text[e:j]) is None):
            k = j
            while k < len(text) and text[k] in _DOTS and k + 1 < len(text) and _NAME_CHAR.match(text[k + 1]):
                k = _run_end(text, k + 1)
            if _foreign_name_ok(text[s:k]):
                e = k
            else:
                continue
        if s >= 2 and text[s - 1] in _DOTS and _NAME_CHAR.match(text[s - 2]):
            k = s - 1
            while k > 0 and _NAME_CHAR.match(text[k - 1]) and s - k < 8 and text[k - 1] not in "的是和与及在被把给" and \
                    not text[:k].endswith(_FOREIGN_TITLES + _ROLE_ENDINGS + _PRONOUNS + _DESCRIPTOR_ENDS):
                k -= 1
            while k < s - 2 and text[k] in _ONE_CHAR_STOPS:
                k += 1                  # 向|某某·某某: a preposition before the name is no part of it
            if not _foreign_name_ok(text[k:e]) or any(a < e and k < b for a, b in out.items()):
                continue
            s = k
        if not any(a < e and s < b for a, b in out.items()):
            out[s] = e
    return sorted(out.items())
