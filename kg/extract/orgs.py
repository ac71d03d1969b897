"""Organisations by their naming grammar: a qualifying name, then a head such as 卫生健康局 or 党支部."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kg.lexicon import (BODY_FIELDS, CAMPUS_HEADS, KINDS_NAMED_BARE, NOT_IN_NAME, ORG_HEADS, ROLE_SET, ROLES, SELF_STANDING, TEAM_HEADS,
                        UNIT_HEADS, WEAK_HEADS)
from kg.gazetteer import gazetteer, known_place
from kg.model import EntityType as T
from kg.segment import Token, _tagger
from kg.wordre import words_pattern

# (该院长, 该局领导, 本院属: the post or the word the head begins; 该院院长, 该中心主任: the body, then its post)
_DEICTIC = re.compile(r"(?:该|本|我)(院|局|委|党支部|团支部|支部|站|大队|中心|团队|服务队)(?!长|领导|属|[\u4e00-\u9fff](?:领导|属))")
_DEICTIC_UNIT = re.compile(r"(?:该|本|我)(?:院|中心|站|所)([\u4e00-\u9fff]{1,8}?(?:科|科室|室|组)(?:护理团队|医护团队|团队|党支部|护理组)?)"
                           r"(?=被|荣获|获得|获评|荣膺|继|[12]\d{3}年)")
_NAMED_TEAM = re.compile(r"[“\"]([\u4e00-\u9fff]{2,8})[”\"]((?:家庭医生|家医|医疗|护理|志愿服务|青年志愿|志愿者|巡回医疗|签约服务)?"
                         r"(?:团队|服务队|小分队))(?![\u4e00-\u9fff]{0,2}(?:称号|荣誉))"
                         # “某某护理团队”: the team's whole name in the quotes
                         r"|[“\"]([\u4e00-\u9fff]{2,8}(?:家庭医生|家医|医疗|护理|志愿服务|青年志愿|巡回医疗|签约服务)(?:团队|服务队))[”\"]"
                         r"(?![\u4e00-\u9fff]{0,2}(?:称号|荣誉))")
_GIVEN_BEFORE = ("评为", "荣获", "获评", "授予", "获得", "荣膺", "命名为", "入选", "获")
_JOINED_ASSOCIATION = re.compile(r"(?:^|(?<=[，。；：、\s“（(]))(?:中国|中华|全国)[\u4e00-\u9fff]{2,6}?[与和][\u4e00-\u9fff]{2,6}?"
                                 r"(?:联合会|协会|学会|研究会|促进会)(?=[，。；、和与及等）)]|今天|近日|日前|发布|公布|表示|\d|$)")
_THAT_BODY_HONOURED = re.compile(r"(?:该|本)(?:所|站)(?=被|荣获|获评|荣膺|先后|多次|连续|再次)")
_BARE_BRANCH = re.compile(r"(?:(?<=[，。；：\s])|^)(?:党支部|党总支|支部|总支)(?=副书记|组织委员|宣传委员|纪检委员|委员)")
_BARE_DEPARTMENT = re.compile(r"(?:(?:^|(?<=[，。；：\s]))科室|(?:该|本|我)科室?)(?=被|荣获|获评|荣膺|先后|多次|连续|再次|曾|继|党支部)")
_NATIONAL_BY_SHORT_NAME = re.compile(r"(?:中国)?(?:证监会|银保监会|银监会|保监会|国资委|审计署|供销总社|国台办|国务院港澳办|中央网信办|国新办|"
                                     r"国家防总|国家防办|国家减灾委|国务院安委办|国务院安委会|国家禁毒办|国家禁毒委)"
                                     r"(?![\u4e00-\u9fff]{0,2}(?:主席|主任|副)?(?:系统|工作|机制))")
# 总院副院长某某, 医共体总院院长: the hospital heading a county's medical group (its 分院 the township centres)
# the Central Committee's departments by their short names (中组部, 中宣部), which the cut does not always see
_PARTY_CENTRE_SHORT = re.compile(r"中组部|中宣部|中联部|中央统战部")
# the national mass organisations by the names they are known by (全国总工会, 全国妇联), and the central committees of
# the democratic parties by theirs (民建中央, 九三学社中央), which a post after them need not follow (代表某某中央发言)
_NATIONAL_BODY_BY_NAME = re.compile(r"(?:中华)?全国(?:总工会|妇联|妇女联合会|工商联|青联|台联|侨联)"
                                 r"|(?:民革|民盟|民建|民进|农工党|九三学社|台盟)中央")
_GENERAL_HOSPITAL = re.compile(r"(?<=医共体)总院|(?:^|(?<=[，。；：、\s“在]))总院(?=副?院长|执行院长|党委|党总支|院办|[\u4e00-\u9fff]{1,6}科)")
_BARE_HOSPITAL = re.compile(r"(?:^|(?<=[，。；：、\s“]))院(?=党委|党总支|党支部|纪委|团委|团支部|工会|领导班子)")
_FORMER_BARE_BUREAU = re.compile(r"(?:^|(?<=[，。；：、\s“]))原(局|委)(?=党组|党委)")
ANAPHORIC_HEADS = frozenset("局 委 院 医院 卫生院 中心 血站 大队".split())   # 局党组, 医院党委: the body the article is about
MAX_NAME = 14                       # characters a qualifying name may take before its head
_NAME_POS = ("n", "ns", "nt", "nz", "j", "nr", "nrt", "nrfg", "b", "an", "zg", "ng", "s", "vn", "f", "nnt")
_ROLE_TUPLE = tuple(ROLES)
# kinds of care the tagger reads as verbs or times (急诊/v, 超声/v, 老年/t) that name a hospital's department
_CLINICAL = frozenset("急诊 急救 超声 感染 康复 麻醉 介入 推拿 放射 检验 影像 老年 输血 透析 护理 疼痛 睡眠 生殖 预防".split())
_CLINICAL_UNITS = ("科", "医学科", "病区", "门诊", "中心", "室", "医学部")
_PROFESSIONS = frozenset("医师 护士 药师 教师 律师 会计师 主任医师".split())
_ROLES_BY_END: dict[str, tuple[str, ...]] = {}
for _r in ROLES:
    _ROLES_BY_END[_r[-1]] = _ROLES_BY_END.get(_r[-1], ()) + (_r,)
_NATIONAL = ("国家", "中国", "中华", "中央", "全国", "国务院", "中共")
# words a unit's name may open with right after its body, though no body's name opens with them
_UNIT_QUALIFIERS = frozenset("机关 基层 离退休 退休 在职".split())
_UNIT_ENDS = ("党支部", "支部", "党总支", "科", "股", "室", "处", "党小组")
_BLOCKERS = frozenset("通报 全县 全市 全区 全省 全州 全国 我市 我县 我区 我省 该市 该县 该区 本市 本县 本院 各地 基层 国家级 省级 市级 县级"
                      " 党员 群众 人员 职工 干部 全体 医务人员 领导 班子 机关 系统 卫健系统 部门"
                      " 部分 一些 有关 相关 其他 其它 若干 众多 诸多 个别 少数 多数 大多数 大部分"
                      # a whole country's, and the verbs and kinds no name opens with (距离市医院, 改扩建定点医院)
                      " 全美 距离 改扩建 扩建 改建 外资 中资 开户 省市 各省 各地 经报 整个 姑娘 小伙 女孩 男孩"
                      " 外地 国外 境外 海外 发挥 充分发挥".split())
ALL_HEADS = {**ORG_HEADS, **UNIT_HEADS, **{h: t for h, t in ORG_HEADS.items()}}
# Qualifiers of international bodies: 世界/联合国/a continent (countries come from the gazetteer's world list).
_WORLD = ("世界", "国际", "联合国", "全球", "亚洲", "非洲", "欧洲", "美洲", "拉美", "亚太", "西非", "东非")
# Heads that name a body only after a world qualifier (国际组织 alone is a kind of body; 组织开展 is a verb).
WORLD_HEADS: dict[str, T] = {h: T.ORGANIZATION for h in "组织 大会 共同体 理事会 红十字会 红新月会".split()}
_HOME = frozenset("中国 中华 中非 中美 中欧".split())     # China itself, and words read as China-and-X
_WORLD_OK_HEADS = frozenset(WORLD_HEADS) | frozenset("卫生组织 委员会 联合会 基金会 协会".split())
_WORLD_WORDS = ("世界", "国际", "联合国", "全球")
# Heads that name a body only right after a government body (国务院…机制); the longer name is the body.
CHAIN_ONLY_HEADS: dict[str, T] = {"机制": T.GOVERNMENT_AGENCY}
_MECHANISMS = frozenset("机制 联防联控机制 领导小组 工作领导小组 工作专班 指挥部".split())
# Modifiers that make a kind of hospital, not one hospital (野战医院, 定点医院).
_GENERIC_MODIFIERS = frozenset("野战 方舱 定点 临时 公立 民营 私立 基层 发热 隔离 高水平 高质量 新型 大型 定点医院 重症 综合 "
                               "三级 二级 一级 三甲 二甲 三级甲等 二级甲等 县级 市级 省级 乡镇 城市 大 中小 优质 收治 定点收治 "
                               "商业 股份制 政策性 村镇 地方 普通 专科 边远 偏远 公办 标准化".split())
_GENERIC_BY_LENGTH = sorted(_GENERIC_MODIFIERS, key=len, reverse=True)
# A count before a head names a category of bodies (3家…医学中心, 上百个…中心, 多所…医院).
_COUNTED = re.compile(r"(?:\d+|[一二两三四五六七八九十百千万几多数上余]+)(?:家|个|所|座|批|支|类)$")


@lru_cache(maxsize=1)
def _head_re() -> re.Pattern:
    return re.compile(words_pattern(_all_heads()))


@lru_cache(maxsize=1)
@lru_cache(maxsize=1)
def _listable() -> tuple[str, ...]:
    """Institution heads of three or more characters, longest first: those a 、-list may name bare."""
    return tuple(sorted((h for h, t in ORG_HEADS.items() if len(h) >= 3 and t in (T.MEDICAL_INSTITUTION, T.GOVERNMENT_AGENCY)
                         and h not in ANAPHORIC_HEADS and h not in SELF_STANDING), key=len, reverse=True))


def _all_heads() -> tuple[str, ...]:
    """Every head a body's name may end in, longest first."""
    return tuple(sorted(set(ORG_HEADS) | set(UNIT_HEADS) | set(WORLD_HEADS) | set(CHAIN_ONLY_HEADS), key=len, reverse=True))


@dataclass(frozen=True)
class OrgSpan:
    """An organisation name found in a sentence; parent is the span of the body it is a unit of."""

    start: int
    end: int
    text: str
    type: T
    parent_end: int | None = None   # offset where the parent organisation's name ends, inside this span
    ancestors: tuple[int, ...] = ()  # where the parent's own parent's name ends, and so on outwards


def _token_at(tokens: list[Token], pos: int) -> int:
    """Index of the token covering character pos."""
    lo, hi = 0, len(tokens) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if tokens[mid].end <= pos:
            lo = mid + 1
        elif tokens[mid].start > pos:
            hi = mid - 1
        else:
            return mid
    return -1


def _is_verb_prefixed_place(word: str) -> bool:
    stem = word[:-1]
    return word[-1] in "县市区镇乡" and (stem in NOT_IN_NAME or (_tagger().word_tag_tab.get(stem) or "").startswith("v")) \
        and not _gazetteer_city(word) and not _district_named(word)   # 新乡 is a city, 某定区 a district


def _district_named(word: str) -> bool:
    """word is a district's full name (某定区, its words a verb), whatever the words in it."""
    from kg.gazetteer import gazetteer
    return word.endswith("区") and any(p.level == "district" and p.name == word for p in gazetteer().candidates(word))


def _name_like(tok: Token) -> bool:
    w = tok.word
    if len(w) == 2 and w[0] != w[1] and all(c in _PAIRED_COUNTRIES for c in w):
        return True                     # 某大学中日/t 联谊医院: two countries' short names in a body's name
    if w in NOT_IN_NAME or w in _BLOCKERS or not any("\u4e00" <= c <= "\u9fff" or c.isdigit() for c in w):
        return False
    if w.endswith(_RESTRUCTURE):
        return False                    # 重新组建/j 司法部: the verb that makes a body is no part of its name
    if tok.pos == "m":
        return w.startswith("第")
    if tok.pos.startswith("v") and tok.pos != "vn" and w not in _FIELD_VERBS_IN_NAMES:
        return False
    return tok.pos.startswith(_NAME_POS) or w in _FIELD_ADJECTIVES or w in _FIELD_VERBS_IN_NAMES


# fields of medicine the tagger calls verbs, naming a body all the same (某市呼吸疾病研究所, 消毒与病媒生物防制科)
_FIELD_VERBS_IN_NAMES = frozenset("呼吸 消毒 防制 控制 预防 康复 管理 保护 监督".split())
# fields the tagger calls adjectives, naming a body all the same (某县医疗健康集团, 某市健康管理中心)
_FIELD_ADJECTIVES = frozenset("健康 卫生".split())
_CN_DIGITS = "一二三四五六七八九十"
_ETHNIC_TOWNSHIP = re.compile(r"[\u4e00-\u9fff]{1,3}族[乡镇]")
_TOWNSHIP_LEFT = re.compile(r"[\u4e00-\u9fff]{1,6}$")


def _ethnic_township(text: str, sp: OrgSpan) -> OrgSpan:
    """某某|锡伯族乡卫生院: a township of a people is named by the words before the people's name, back to the county
    or city written before it (the cut often reads them as a name of their own)."""
    if not _ETHNIC_TOWNSHIP.match(sp.text) or not sp.start:
        return sp
    left = _TOWNSHIP_LEFT.search(text, max(0, sp.start - 6), sp.start)
    if left is None:
        return sp
    cut = max(text.rfind(c, left.start(), sp.start) for c in "市县区旗州")
    if cut < 0 and text.endswith(_APPOINT_VERBS, 0, sp.start):
        return sp                       # (调任|某练瑶族乡卫生院: the verb, no part of the township's name)
    if cut < 0 and sp.start >= 2 and re.fullmatch(r"[\u4e00-\u9fff]{2}", text[sp.start - 2:sp.start]) and \
            (sp.start == 2 or text[sp.start - 3] in "是在到原任，。；、：的和与及"):
        cut = sp.start - 3              # 他原是某某|苗族乡卫生院院长: a two-character name after a verb or a stop
    elif cut < 0 or sp.start - (cut + 1) < 2:
        return sp                       # (only back to a county or city written right before it)
    s = cut + 1
    return OrgSpan(s, sp.end, text[s:sp.end], sp.type, sp.parent_end, sp.ancestors)


def _whole_count(text: str, sp: OrgSpan) -> OrgSpan:
    """二|十国集团: a name opening with a count the cut split takes the whole count; 三|沙市某某学校: a place whose
    name opens with a numeral takes it back."""
    if sp.start and text[sp.start - 1] in _CN_DIGITS and sp.text[:1] not in _CN_DIGITS:
        from kg.gazetteer import gazetteer
        if any(text[sp.start - 1 + n - 1] in "省市县区" and gazetteer().lookup(text[sp.start - 1:sp.start - 1 + n]) is not None
               for n in (3, 4) if sp.start - 1 + n <= sp.end):
            return OrgSpan(sp.start - 1, sp.end, text[sp.start - 1:sp.end], sp.type,
                           sp.parent_end, sp.ancestors)
        return sp
    if sp.text[:1] not in _CN_DIGITS or sp.start == 0 or text[sp.start - 1] not in _CN_DIGITS:
        return sp
    s = sp.start
    while s > 0 and text[s - 1] in _CN_DIGITS:
        s -= 1
    return OrgSpan(s, sp.end, text[s:sp.end], sp.type, sp.parent_end, sp.ancestors)


_PAIRED_COUNTRIES = frozenset("中美日俄英法德韩朝印越泰意加澳苏欧巴非")


def _known_body(tok: Token, he: int) -> bool:
    """A word the tagger knows that ends in a one-character head: 教育部 is a body, 干部 or 大局 are not
    (their last two characters make a word of their own)."""
    if tok.end != he:
        return False
    if tok.word[-1] == "科" and len(tok.word) >= 3 and tok.pos.startswith("n"):
        return True                     # 骨伤科: a department's name may end in a word of its own (伤科)
    modifier = _tagger().word_tag_tab.get(tok.word[:2], "")
    tail = _tagger().word_tag_tab.get(tok.word[-2:])
    if tail is not None and tail != "nt" and _tagger().tokenizer.FREQ.get(tok.word[-2:], 0) >= 500:
        return False                    # 新格局, 干部: the last two characters are a common word of their own
    if tok.pos == "nt" and not modifier.startswith(("b", "a")):
        return True
    if tok.word[-1] == "厅":           # 展示厅 is a hall: this head needs the tagger's organisation tag
        return False
    tail = _tagger().word_tag_tab.get(tok.word[-2:])
    modifier = _tagger().word_tag_tab.get(tok.word[:-2] if len(tok.word) > 3 else tok.word[:-1], "")
    if modifier.startswith(("b", "a")):
        return False                    # 公立医院, 定点医院: a kind of body, not one body
    stem = tok.word[:-1]
    if len(stem) >= 2 and stem not in _tagger().word_tag_tab:
        return False                    # 俱乐部: what comes before the head is no word, so the head is none
    # (公安部: the last two characters a rare word of the dictionary's, 安部, make no word of the sentence)
    return len(tok.word) >= 3 and tok.pos.startswith("n") and \
        (tail is None or tail == "nt" or tok.word[-1] == "部" and _tagger().tokenizer.FREQ.get(tok.word[-2:], 0) < 50)


def _head_ok(text: str, tokens: list[Token], hs: int, he: int) -> bool:
    """A head must end at a word boundary, or be followed in the same word by a post title (科主任).

    A one-character head (部, 局) must be a word of its own or end a word the tagger calls an
    organisation (教育部/nt), so that 干部 or 格局 are not read as bodies."""
    i = _token_at(tokens, he - 1)
    if i < 0:
        return False
    if text.startswith("中心", hs) and text.startswith(("城区", "城市", "区域", "地带", "位置", "任务", "工作", "渔港", "广场",
                                                     "街", "路", "镇", "村", "港"), he):
        return False                    # 某地中心城区: the centre of a place, no body
    if text[hs:he] == "组" and text[hs - 1:hs] in "抽编改分重":
        return False                    # 医院抽组950人: the verb 抽组, not a group
    if text[hs:he].endswith("院") and text[he:he + 1] == "区" and "医院" in text[max(0, hs - 12):hs]:
        return False                    # 某医院中法院区: a hospital's campus (院区), no court
    if text[hs:he] == "战区" and text.startswith(("总医院", "医院"), he):
        return False                    # 某部战区总医院: the theatre names its hospital, read whole with it
    if text[hs:he] == "集团" and text.startswith(("采购", "化", "作战"), he):
        return False                    # 药品集团采购: buying as a group, no group
    if text[hs:he] == "银行" and (text.startswith(("保险", "业", "间"), he) or text[hs - 1:hs] == "非"):
        return False                    # 中国银行保险监督管理委员会, 银行业: the field, no bank
    if text[hs:he] == "学会" and text[he:he + 1] in "了着过":
        return False                    # 某某学会了网购: learnt, no society
    if text[hs:he] == "政府" and text[hs - 1:hs] == "反":
        return False                    # 反政府武装: those against a government, no government
    if text[hs:he] == "局" and text[hs - 1:hs] == "好":
        return False                    # 开好局: a good start, no bureau
    if text[hs:he] == "办" and (text[he:he + 1] in "医学" and not text.startswith(("医院", "学校", "学院"), he) or
                               text.startswith(("基层医疗", "医疗机构", "公立医院", "医院", "学校", "幼儿园", "养老机构"), he)):
        return False                    # 政府办医, 社会办学, 政府办基层医疗机构: running hospitals or schools, no office
    if text.startswith(("大楼", "楼", "大厅", "门口", "大门"), he) and text[hs:he] in ("门诊", "急诊", "住院部", "病区"):
        return False                    # 某医院门诊大楼: a building, no unit
    if text[hs:he] == "科" and text.startswith(("科主任", "科长", "科副主任"), hs) and \
            any(t.end == hs and (t.word in ("名誉", "常务", "执行") or t.pos == "v" and t.word not in _CLINICAL)
                for t in tokens):
        return False                    # 实行科主任负责制, 名誉科主任: the department's head, no department named
    if text[hs:he] in CAMPUS_HEADS:
        # 某医院东院: a campus only right after its hospital, and not the 院 of 院长, 院士
        return text.endswith("医院", 0, hs) and text[he:he + 1] not in "长士内外"
    tok = tokens[i]
    if any(text.startswith(r, he - len(r)) for r in _ROLES_BY_END.get(text[he - 1], ()) if len(r) > he - hs):
        return False                    # 政治局常委, 主任委员: the head ends a post title
    if he - hs == 1 and tok.start < hs and text[hs] == "科" and tok.end == he and 2 <= len(tok.word) <= 4 and \
            tok.pos in ("n", "nz") and text.startswith(_ROLE_TUPLE, he):
        return True                     # 儿科|护士长: a hospital's department, named by its post's holder
    if he - hs == 1 and tok.start < hs and text[hs] == "科" and tok.end > he and text[he:tok.end] in ROLE_SET and \
            text[tok.start:hs] in _CLINICAL_PREFIXES and \
            not any(t.end == tok.start and t.word in _DESCRIBING for t in tokens):
        return True                     # 心血管|内科主任/n: the cut glued the department to its head's post
    if he - hs == 1 and tok.start < hs and text[hs] == "科" and tok.end == he and 2 <= len(tok.word) <= 4 and \
            not text.startswith(("医院", "院", "病院", "医疗"), he) and \
            (m := _AFTER_A_HOSPITAL.search(text, 0, tok.start)) is not None and \
            all(t.pos in ("n", "nz", "vn") for t in tokens if m.end(1) <= t.start and t.end <= tok.start):
        return True                     # 某县人民医院心血管|内科/n: a department, right after its hospital
    if he - hs == 1 and tok.start < hs and text[hs] in "部局委厅办组科署":
        return _known_body(tok, he)
    if tok.end == he:
        return True
    if tok.start == hs and tok.word in ROLE_SET and text[hs:he] in ("党组", "党委", "党总支", "团委"):
        return True                     # 局|党组成员/nnt: the Party body opening a post's word
    return text.startswith(_ROLE_TUPLE, he)


# 五四红旗团支部, 先进党支部, 五星级党支部: a title for a branch, no branch's name
_PRAISED_BRANCH = re.compile(r"(?:五四)?(?:红旗|先进|优秀|[五四三]星级?|星级|示范|标兵|模范)(?:团支部|党支部|团委|党委|党总支|基层党组织)")
# a hospital's division or department, naming its Party branch (内科, 医技, 行政后勤, 机关第一)
_DIVISION = re.compile(r"(?:[\u4e00-\u9fff]{1,5}科|行政|后勤|行政后勤|医技|护理|机关|门诊|住院|离退休|临床|药学|医疗|医务|"
                       r"急诊|总务|财务|信息|职能|综合|业务)(?:第[一二三四五六七八九十]+)?")
_AFTER_A_HOSPITAL = re.compile(r"(医院|卫生院|保健院|中医院|疾病预防控制中心|疾控中心)[\u4e00-\u9fff]{0,4}$")
# words describing a doctor (资深儿科医生): the calling follows, no department's name
_DESCRIBING = frozenset("资深 著名 知名 年轻 优秀 老 青年 首席 主治 一名 一位 当地 基层 乡村 普通".split())
# the words before 科 inside a word of the tagger's that ends in a post (内科主任, 外科主任, 儿科护士长)
_CLINICAL_PREFIXES = frozenset("内 外 儿 妇 产 眼 骨 神经内 神经外 普外 胸外 妇产 口腔 皮肤 急诊 放射 检验 麻醉 病理 中医 康复 "
                               "肛肠 耳鼻喉 泌尿外 心内 心胸外 肝胆外 骨伤 全 专".split())


_QUOTE_MARK = re.compile(r"[“「《‘\"]")
_QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|《[^《》]*》|‘[^‘’]*’|\"[^\"]*\"")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Spans of quoted text and book titles, quotes included."""
    if not _QUOTE_MARK.search(text):
        return []
    return [m.span() for m in _QUOTED.finditer(text)]


def find_orgs(text: str, tokens: list[Token]) -> list[OrgSpan]:
    """Organisation spans in a sentence, longest chains first, non-overlapping, in text order.

    Names inside quotation marks or book-title marks are honours, slogans or documents, not bodies."""
    # (a long quotation, “某院的护士把…”, is words said or shown, not a name: the bodies in it are read)
    quoted = [(a, b) for a, b in quoted_spans(text) if not (text[a] == "“" and b - a - 2 >= 16 and "的" in text[a:b])]
    heads = []
    head_re, at = _head_re(), 0
    while (m := head_re.search(text, at)) is not None:
        at = m.end()
        if _head_ok(text, tokens, m.start(), m.end()) and not any(a < m.start() < b for a, b in quoted) and \
                _extra_head_ok(text, tokens, m.start(), m.end()):
            heads.append((m.start(), m.end()))
            continue
        # 中共某县|委员会/nt: a head refused across the cut's words (县委) may hide one inside it, taken when the cut
        # makes it a body's word of its own (or a one-character head)
        for t in tokens:
            if m.start() < t.start < m.end() and (t.pos == "nt" or t.end - t.start == 1) and \
                    (h := head_re.match(text, t.start)) is not None and _head_ok(text, tokens, h.start(), h.end()) and \
                    not any(a < h.start() < b for a, b in quoted) and _extra_head_ok(text, tokens, h.start(), h.end()):
                heads.append((h.start(), h.end()))
                at = h.end()
                break
    spans: list[OrgSpan] = []
    i = 0
    floor = 0
    while i < len(heads):
        hs, he = heads[i]
        # chain: following heads glued on by name-like words (市儿童医院 + 后勤第一 + 党支部)
        chain = [(hs, he)]
        skip_next = False
        j = i + 1
        while j < len(heads):
            ns, ne = heads[j]
            if LEGAL_FORM.fullmatch(text, chain[-1][1], ne) or \
                    ns == chain[-1][1] and text[ns:ne] == "集团" and text[chain[-1][0]:chain[-1][1]] == "局":
                # 某集团有限责任公司, 某铁路某局集团: the firm's legal form, its group, no unit of it
                chain[-1] = (chain[-1][0], ne)
                j += 1
                continue
            gap = text[chain[-1][1]:ns]
            if gap[:1] in ("和", "与", "及"):
                break                   # 某医院和某某医院: two bodies, whatever the cut made of 和
            if gap and text[ns:ne] == text[chain[-1][0]:chain[-1][1]] and len(chain) == 1 and \
                    _left_edge(text, tokens, chain[0][0]) == chain[0][0]:
                floor = chain[-1][1]    # 最大医院|某某医院: a bare head, then the body it is, named in apposition
                break
            if text.startswith(_TEAM_HEADS, ns) and 0 < len(gap) <= 10 and _TEAM_GAP.fullmatch(gap):
                chain.append((ns, ne))  # 某医院第四批援鄂医疗队: the team a hospital sends, the aid in its name
                j += 1
                continue
            if text[chain[-1][0]:chain[-1][1]] in _TEAM_HEADS and text[ns:ne] not in UNIT_HEADS:
                break                   # 某医疗队|某医院: the team's people come from the body, it is no unit of it
            if gap.startswith("附属") and text[ns:ne].endswith("医院") and len(gap) <= 8 and \
                    text[chain[-1][0]:chain[-1][1]] in ("大学", "学院", "医学院", "医科大学") and \
                    all("\u4e00" <= c <= "\u9fff" for c in gap):
                chain.append((ns, ne))  # 某大学附属中大医院: after 附属, whatever words name the hospital
                j += 1
                continue
            # 某会议第八届、九届全国委员会: terms of office stand inside the name; the words after them must be a name's
            term = _TERM_OPENING.match(gap) if "届" in gap else None
            words_from = chain[-1][1] + (term.end() if term else 0)
            if term:
                gap = gap[term.end():]
            if text[ns:ne] == "司" and 2 <= len(gap) <= 12 and _department_words(text, tokens, words_from, ns) \
                    and ORG_HEADS.get(text[chain[-1][0]:chain[-1][1]]) is T.GOVERNMENT_AGENCY:
                chain.append((ns, ne))  # 某委基层司, 某部体育卫生与艺术教育司: a ministry's department, named by its fields
                j += 1
                continue
            # (某医院呼吸与危重症医学科: a department's field joined by 与 may run longer)
            if len(gap) > (9 if "与" in gap and text[ns:ne] == "科" else 6) or \
                    any(not ("\u4e00" <= c <= "\u9fff" or c.isalnum()) for c in gap):
                break
            gap_toks = [t for t in tokens if words_from <= t.start < ns and not _joins_nouns(tokens, t, ns)
                        and not (term and t.word in ("全国", "中央"))]
            # (某委疫情应对处置工作领导小组: a task force is named by its task, verbs and all)
            unit_next = text[ns:ne] in UNIT_HEADS and len(gap) <= 4 or text[ns:ne].endswith(("领导小组", "指挥部"))
            if gap and (any((not _name_like(t) or t.pos == "vn") and not _ordinal_before(text, t, ns) and
                            not (unit_next and t.word in _UNIT_QUALIFIERS) and
                            not (unit_next and t.pos.startswith("v") and t.word not in NOT_IN_NAME) and
                            # (某中心传染病防治|科: the service a unit gives, right before its head, names it)
                            not (t.word in _SERVICE_VERBS and t.end == ns and text[ns:ne] in UNIT_HEADS)
                            or t.word in ROLE_SET and not (text[ns:ne] == "分会" and t.word in _PROFESSIONS)
                            for t in gap_toks) or _starts_role(gap) and text[ns:ne] != "分会"):
                break                   # (某协会疼痛科医师分会: the profession names the society's branch)
            if gap and text[hs:he] in ANAPHORIC_HEADS and _left_edge(text, tokens, hs) == hs and \
                    not (text[ns:ne] in UNIT_HEADS and text[ns:ne] not in ORG_HEADS):
                break                   # 委属单位党组织 is no body; 医院感染科 is a unit of the hospital
            if not gap and text[ns:ne] in SELF_STANDING and text[chain[-1][0]:chain[-1][1]] in SELF_STANDING:
                break                   # 某省委省政府: two bodies side by side, neither a unit of the other
            if gap and (text[ns:ne] in ("党中央", "国务院", "中共中央", "全国人大", "全国政协", "中央军委") or
                        gap.startswith("国家") and not gap.startswith("国家级")):
                break                   # 某指导组代表党中央: a national body is no unit of the one before it
            if _party_post_follows(text, chain, ns, ne, start_hint=hs):
                skip_next = True
                break
            chain.append((ns, ne))
            j += 1
        start = max(_left_edge(text, tokens, hs), floor if floor <= hs else 0)
        if start == hs and text[hs:he] == "医院":
            # 某某区|某外/a|医院: a short word no kind of hospital, after a district or county, names the hospital
            k = _token_at(tokens, hs - 1)
            q = tokens[k] if k >= 1 and tokens[k].end == hs else None
            place = tokens[k - 1] if q is not None else None
            if q is not None and 2 <= len(q.word) <= 3 and place.end == q.start and place.pos == "ns" and \
                    place.word[-1:] in "区县市" and _gazetteer_place(place.word) and \
                    _named_hospital(text, [q], q.word, hs, tokens):
                start = tokens[k - 1].start
        elif text[hs:he] == "医院" and len(chain) == 1:
            # 视频连线|某济/n|医院、某某医院: the nouns before a listed hospital's own name are no part of it
            k = _token_at(tokens, hs - 1)
            q = tokens[k] if k >= 1 and tokens[k].end == hs else None
            if q is not None and start < q.start and 2 <= len(q.word) <= 3 and _LISTED_HOSPITAL.match(text, he) and \
                    not _qualified(text, tokens, start, hs) and _named_hospital(text, [q], q.word, hs, tokens):
                start = q.start
        if text[hs:he] in SELF_STANDING and any(start < sp.end <= hs and sp.start >= start for sp in spans):
            start = hs                  # 某省委|省政府, 某指导组代表|党中央: a body read before is not this one's qualifier
        ends = [sp.end for sp in spans if start < sp.end < hs and sp.start >= start and text.startswith("国家", sp.end)
                and not text.startswith("国家级", sp.end)]
        if ends:
            start = ends[-1]            # 某纪委|国家监委: a national body named right after another is not its unit
        joined = [sp.end for sp in spans if start < sp.end < hs and sp.start >= start and text[sp.end] in "和与及、"]
        if joined:
            start = joined[-1] + 1      # 某医院和|某某医院 (和雷/nr): the conjunction after a body ends it
        cover = tokens[_token_at(tokens, hs)]
        if (text[hs:he] in WORLD_HEADS or text[hs:he] in _WORLD_OK_HEADS and cover.word.startswith(_WORLD_WORDS)) and \
                cover.pos == "nt" and start < cover.start < hs:
            start = cover.start         # 联合国大会/nt, (甩锅|)世界卫生组织/nt: the tagger's word is the whole name
        if len(chain) == 1 and text[hs:he] == "医院" and _province_short(text[start:hs]) and \
                text[start:he] not in _tagger().word_tag_tab:
            i = j + (1 if skip_next else 0)
            continue                    # 为湖北医院赶制设备: the province's hospitals, not one named so
        if text[hs:he] in CHAIN_ONLY_HEADS and len(chain) == 1:
            i = j
            continue                    # 长效机制: a mechanism is a body only as a named body's
        if text[max(0, start - 1):start] == "各" and text[start:start + 1] in "省市县区" or \
                text[max(0, start - 2):start] in ("各区", "各县", "各市", "各省", "各级", "各地") or \
                start < hs and (_COUNTED.search(text, 0, start) or _COUNTED_INSIDE.match(text, start) or
                           _COUNTED_WITHIN.search(text, start, hs) or
                           "各" in text[start:hs] or
                           _generic_kind(text, tokens, start, hs) or
                           (text[hs:he] in _KIND_HEADS and len(chain) == 1 and _bare_world(text[start:hs]) and
                            not (text[hs:he] == "银行" and                   # (世界银行/nt is one bank)
                                 any(t.start == start and t.end == he and t.pos == "nt" for t in tokens)))):
            # 3家国家…中心, 野战方舱医院, 美国公司: a kind of body, not one body
            # (第一批国家区域医疗中心|某大学附属某医院: a body named after the kind it is counted among is read on)
            after_kind = len(chain) > 1 and text[hs:he] in ("医疗中心", "中心") and tokens[_token_at(tokens, he)].pos == "nt"
            i = i + 1 if after_kind else j + (1 if skip_next else 0)
            if after_kind:
                floor = he
            continue
        cut = text.rfind("为", start, hs)
        if cut > start and (text[:start].endswith(_APPOINTING) or
                            text[:start].endswith(_ROLE_TUPLE) and _APPOINTED_BEFORE.search(text, 0, start)) and \
                plausible_name(text[start:cut]):
            # 任命某某为某委员会主任, 任命原某院副院长某某为…: the name and 为 are no part of the body's
            start = cut + 1
        if text[start:start + 1] == "原" and text[start + 1:start + 2] in "县市区省" and start + 1 < hs:
            start += 1                  # 原市人民医院 is the 市人民医院 someone used to work in
        k = _token_at(tokens, start - 2) if start >= 3 and text[start - 1] == "原" else -1
        if k >= 0 and tokens[k].end == start - 1 and tokens[k].word[-1:] in "省市县区" and _gazetteer_place(tokens[k].word):
            start = tokens[k].start     # 某县原环保局: the county's bureau, 原 marking the post held there as former
        term = _TERM_OPENING.match(text, start, hs)
        if term is not None and (term.end() < hs or text[hs:he] in SELF_STANDING):
            start = term.end()          # 第十届、十一届某人大常委会: the term of office is no part of the name
        first_head = text[hs:he]
        if first_head in SELF_STANDING and start < hs and not _qualified(text, tokens, start, hs):
            start = hs                  # 行动上同党中央: only a real qualifier goes before a self-standing name
        cover = tokens[_token_at(tokens, hs)]
        party_centre = first_head == "党中央" and start == hs and cover.start < hs and cover.pos == "nt" and \
            cover.end == hs + 1 and len(cover.word) >= 3
        if party_centre:
            start = cover.start         # 某工党/nt|中央: a party named by the tagger, and its central committee
        elif first_head in SELF_STANDING and start == hs and cover.start != hs:
            i = j + (1 if skip_next else 0)         # 某某党|中央 read as 党中央: the name starts inside another word
            continue
        if j < len(heads) and len(chain) == 1 and first_head in ANAPHORIC_HEADS and start == hs and \
                heads[j][0] == he and _party_post_follows(text, chain, *heads[j], start_hint=hs):
            # 医院党委书记: the post belongs to the body the article is about
            spans.append(OrgSpan(hs, he, first_head, ORG_HEADS.get(first_head, T.ORGANIZATION)))
            i = j + 1
            continue
        if len(first_head) == 1 and first_head in ORG_HEADS and start < hs:
            # a one-character head (局, 委) needs a place or proper name right before it
            prev = tokens[_token_at(tokens, hs - 1)]
            regional = all(c in "东南西北中部" for c in prev.word)      # 中西部 is a region
            joined = tokens[_token_at(tokens, start)].pos == "ns" and \
                any(_joins_nouns(tokens, t, hs) for t in tokens if start < t.start < hs)
            if regional or not (prev.pos.startswith(("ns", "nt", "j", "nz")) or prev.word.endswith(("县", "市", "区", "省"))
                                or _known_body(prev, he) or joined):
                i = j                   # (某省文化和旅游厅: a place and two fields joined by 和 make the name)
                continue
        if start == hs and len(chain) == 1 and first_head in ("中心", "血站", "护理部", "医务部", "药学部", "大队", "集团") and \
                (hs == 0 or text[hs - 1] in "，。；：,;: 、") and text.startswith(_ROLE_TUPLE, he):
            # 中心主任某某 opening a clause: the post in the centre the article is about
            spans.append(OrgSpan(hs, he, first_head, ORG_HEADS.get(first_head, T.ORGANIZATION)))
            i = j + (1 if skip_next else 0)
            continue
        if start == hs and len(chain) == 1 and (first_head in ("医院", "卫生院") or first_head in ("中心", "大队", "血站")
                                                 and _AWARD_NEXT.match(text, he) is not None) and \
                (hs == 0 or text[hs - 1] in "，。；：,;: ") and not text.startswith(("医院", "医疗"), he):
            # 医院 opening a clause is the hospital the article is about
            spans.append(OrgSpan(hs, he, first_head, T.MEDICAL_INSTITUTION))
            i = j + (1 if skip_next else 0)
            continue
        if start == hs and len(chain) == 1 and len(first_head) >= 2 and \
                any(sp.text.endswith(first_head) and sp.end < hs for sp in spans):
            # 执法队队长: the short form of a body named just before in the sentence
            spans.append(OrgSpan(hs, he, first_head, ORG_HEADS.get(first_head) or UNIT_HEADS.get(first_head, T.ORGANIZATION)))
            i = j + (1 if skip_next else 0)
            continue
        if start == hs and len(chain) == 1 and first_head in KINDS_NAMED_BARE and \
                not any(sp.end == hs - 1 and sp.text[:1] in "县市区省" for sp in spans) and \
                (text[hs - 1:hs] in ("、", "和") or text[he:he + 1] in ("、", "和")) and tokens[_token_at(tokens, hs)].start == hs:
            # 某某部、卫生健康委和…: a kind of body named bare in a list; whose it is, the pipeline tells
            spans.append(OrgSpan(hs, he, first_head, T.GOVERNMENT_AGENCY))
            i = j + (1 if skip_next else 0)
            continue
        if start == hs and len(chain) == 1 and first_head in KINDS_NAMED_BARE and \
                (hs == 0 or text[hs - 1] in "，。；：,;: “（") and text.startswith(_ROLE_TUPLE, he) and \
                tokens[_token_at(tokens, hs)].start == hs:
            # 执法大队大队长某某 opening a clause: the kind of body, then its post; whose it is, the pipeline tells
            spans.append(OrgSpan(hs, he, first_head, ORG_HEADS.get(first_head, T.GOVERNMENT_AGENCY)))
            i = j + (1 if skip_next else 0)
            continue
        if start == hs and first_head not in SELF_STANDING and (
                len(chain) == 1 or (first_head not in ANAPHORIC_HEADS and first_head not in UNIT_HEADS)):
            i = j + (1 if skip_next else 0)
            continue
        unit_only = first_head in UNIT_HEADS and first_head not in ORG_HEADS
        if start < hs and text.startswith("中心", start) and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and \
                text[start - 1] not in "在到和与及的是":
            i = j + (1 if skip_next else 0)     # 某某保障|中心军队支援某省医疗队: a name cut at another's head, no body
            continue
        # (大队党支部: the Party branch of the body the article is about, named bare, is a body)
        if start == hs and len(chain) > 1 and first_head in UNIT_HEADS and \
                not (first_head in ANAPHORIC_HEADS and chain[1][0] == he and len(chain) == 2 and
                     text[chain[1][0]:chain[1][1]] in ("党支部", "党总支", "党委", "支部")) and (
                chain[1][0] == he or not ("第" in text[he:chain[1][0]] or
                                          any(t.pos.startswith(("ns", "nr", "nz", "j")) for t in tokens if he <= t.start < chain[1][0]))):
            i = j + (1 if skip_next else 0)     # 党委中心组: heads with no name between them
            continue
        # (儿科|护士长: a department the dictionary knows as one word, its post after it, is named enough)
        specialty = text.startswith(_ROLE_TUPLE, he) and text[he - 1] == "科" and \
            any(t.start == start and t.end == he and t.pos in ("n", "nz") for t in tokens)
        # (内科党支部：, 行政后勤党支部则…: a hospital's division names its Party branch enough)
        specialty = specialty or first_head in ("党支部", "党总支", "团支部") and _DIVISION.fullmatch(text, start, hs) is not None
        # (重症医学科的某某是…: a department opening the clause, then 的 and a person's name, is named enough)
        unit_then_name = text[he:he + 1] == "的" and (start == 0 or text[start - 1] in "，。；：") and \
            any(plausible_name(text[he + 1:he + 1 + n]) and text.startswith(CLAUSE_GOES_ON, he + 1 + n)
                for n in (3, 2))
        if unit_only and len(chain) == 1 and not specialty and (hs - start < 2 or text[start - 1:start].isdigit()
                                                                or not (text.startswith(_ROLE_TUPLE, he) or unit_then_name or
                                                                        text[start:hs].startswith(_NATIONAL + ("武警",)))):
            i = j + (1 if skip_next else 0)     # 3人小组: a unit needs a name of its own
            continue
        # 某某中心/nt|医院: one name, of which the tagger's word is no body of its own
        tagged_body = first_head == "中心" and len(chain) > 1 and chain[1][0] == he and \
            _tagged_body_before(tokens, start, he)
        known = [t for t in tokens if t.start < hs and t.end == he and he - hs == 1 and _known_body(t, he)]
        if known and start >= known[0].start:
            start = known[0].start
        elif start < hs and not unit_only and not party_centre and not specialty and not _qualified(text, tokens, start, hs) and \
                not _one_word_body(tokens, start, hs, he) and not tagged_body and \
                not (start == floor > 0 and all(t.pos[:2] in ("nr", "ns", "nz") for t in tokens if start <= t.start < hs)):
            i = j + (1 if skip_next else 0)
            continue
        if start == hs and first_head in UNIT_HEADS and first_head not in ORG_HEADS and len(chain) == 1:
            i = j
            continue
        end = chain[-1][1]
        last_head = text[chain[-1][0]:end]
        if len(chain) == 1 and last_head == "中心" and text[start:hs].endswith("市"):
            i = j + (1 if skip_next else 0)     # 某市中心 is the city centre, not a body
            continue
        typ = ORG_HEADS.get(last_head) or UNIT_HEADS.get(last_head, T.ORGANIZATION)
        if last_head in UNIT_HEADS and last_head not in ORG_HEADS and len(chain) > 1:
            typ = UNIT_HEADS[last_head]
        if last_head in ("部", "处", "科", "组") and (any(w in text[start:chain[-1][0]] for w in _FIRMS) or
                                                   text[:start].endswith(_FIRMS)):
            typ = T.ORGANIZATION        # a company's department is no government body (某分行营业部)
        if len(last_head) == 1 and typ is T.GOVERNMENT_AGENCY and len(chain) > 1 and not text.endswith("支部", 0, end) and \
                any(ORG_HEADS.get(text[a:b]) is T.MEDICAL_INSTITUTION for a, b in chain[:-1]):
            typ = T.ORGANIZATION        # 某医院护理部, 某医院医务处: a hospital's department is no government body
        ends = []
        k = len(chain) - 1
        while (pe := _parent_end(text, start, chain, k)) is not None:
            ends.append(pe)             # 某大学人民医院东院区: the campus's hospital, and the hospital's university
            k -= 1
        if tagged_body:
            ends = []
        parent_end = ends[0] if ends else None
        spans.append(OrgSpan(start, end, text[start:end], typ, parent_end, tuple(ends[1:])))
        i = j + (1 if skip_next else 0)
    # a body found in a 、-list vouches for its neighbours, which may vouch for theirs
    for _ in range(3):
        more = _field_bodies(text, tokens, spans)
        if not more:
            break
        spans.extend(more)
    spans.extend(_titled_words(text, tokens, spans))
    spans.extend(_abbreviated_bodies(text, tokens, spans))
    if "办" in text or "室" in text:
        spans.extend(_central_offices(text, tokens, spans))
    spans.extend(_field_ministries(text, tokens, spans))
    spans.extend(_listed_tagged_bodies(text, tokens, spans))
    spans.extend(_listed_items(text, tokens, spans))
    if "总" in text:
        spans.extend(_listed_headquarters(text, spans))
    if "书记" in text or "主任" in text:
        spans.extend(_community_of_a_post(text, tokens, spans))
    spans.extend(_tagged_reporters(text, tokens, spans))
    if "特区政府" in text or "常委会" in text:
        spans.extend(_bare_bodies_of_context(text, tokens, spans))
    if "共青团" in text:
        # 共青团某市委员会: the League's committee of the place, one name whatever the cut made of it
        for m in _LEAGUE_COMMITTEE.finditer(text):
            spans = [sp for sp in spans if not (sp.start < m.end() and m.start() < sp.end)] + \
                [OrgSpan(m.start(), m.end(), m.group(), T.PARTY_ORGANIZATION)]
    if "设" in text:
        units = _internal_units(text, tokens, [sp for sp in spans if sp.text not in ("办公室", "办")])
        spans = [sp for sp in spans if not any(u.start <= sp.start and sp.end <= u.end for u in units)] + units
    if "被" in text or "获" in text:
        spans.extend(_bare_units_honoured(text, tokens, spans))
    spans.extend(_abbreviated_hosts(text, tokens, spans))
    if "军" in text or "部队" in text:
        spans.extend(_services(text, spans))
    if "第" in text and "研究" in text:
        more, owners = _numbered_institutes(text, spans)
        spans = [sp for sp in spans if sp not in owners] + more
    if "院" in text:
        more, units = _numbered_hospitals(text, tokens, spans)
        spans = [sp for sp in spans if not any(u.start == sp.start and u.end == sp.end for u in units)] + units + more
    if "党" in text:
        parties = _foreign_parties(text, tokens, spans)
        if parties:
            spans = [sp for sp in spans if not any(p.start <= sp.start and sp.end <= p.end for p in parties)] + parties
    if "部队" in text or "党" in text:
        spans.extend(_numbered_units_and_parties(text, tokens, spans))
    spans.extend(_firms(text, tokens, spans))
    spans.extend(_party_centrals(text, spans))
    if "长" in text:
        spans = _units_named_by_their_post(text, spans)
    spans.extend(_shared_heads(text, tokens, spans))
    spans.extend(_ministries_in_posts(text, tokens, spans))
    listed = _listed_heads(text, spans)
    if listed:
        spans = [sp for sp in spans if not any(o.start == sp.start and o.end == sp.end for o in listed)] + listed
    spans.extend(_listed_places(text, spans))
    # 领导小组副组长某某, 领导小组成员甲、乙: the task force named bare, before its posts
    for m in _BARE_TASK_FORCE.finditer(text):
        if (m.start() == 0 or text[m.start() - 1] in "，、。；：（ ") and \
                not any(sp.start < m.end() and m.start() < sp.end for sp in spans):
            spans.append(OrgSpan(m.start(), m.end(), m.group(1), T.GOVERNMENT_AGENCY))
    # 全国|人大代表/nz, 某省|人大代表: the congress a deputy sits in, inside the tagger's word for the deputy
    for i, t in enumerate(tokens):
        if t.word == "人大代表" and i and (tokens[i - 1].word == "全国" or tokens[i - 1].pos == "ns" and
                                          tokens[i - 1].word[-1] in "省市县区州") and \
                not any(sp.start < t.start + 2 and tokens[i - 1].start < sp.end for sp in spans):
            spans.append(OrgSpan(tokens[i - 1].start, t.start + 2, text[tokens[i - 1].start:t.start + 2],
                                 T.GOVERNMENT_AGENCY))
    tasks = _task_forces(text, spans)
    if tasks:
        # 国务院|扶贫开发领导小组: the body opening a task force's name is its parent, not a name of its own here
        spans = [sp for sp in spans if not any(t.start <= sp.start and sp.end <= t.end for t in tasks)] + tasks
    # 该中心微生物检验科被…, 我院产科护理团队荣获…: a unit of the body the article is about, the holder of an honour
    for m in (_DEICTIC_UNIT.finditer(text) if "该" in text or "我" in text or "本" in text else ()):
        if not any(sp.start <= m.start() and m.end() <= sp.end for sp in spans):
            spans = [sp for sp in spans if not (m.start() <= sp.start and sp.end <= m.end())]
            spans.append(OrgSpan(m.start(), m.end(), m.group(0), T.ORGANIZATION, m.start(1)))
    # 该院, 该局, 本院: the body the article is about
    for m in _DEICTIC.finditer(text):
        if not any(sp.start < m.end() and m.start() < sp.end for sp in spans):
            spans.append(OrgSpan(m.start(), m.end(), m.group(0), ORG_HEADS.get(m.group(1), T.ORGANIZATION)))
    # “某某”家庭医生团队: a team a centre names (not a title given: 荣获“某某”团队称号)
    for m in (_NAMED_TEAM.finditer(text) if "“" in text or '"' in text else ()):
        if not text.endswith(_GIVEN_BEFORE, 0, m.start()) and not _COUNTED.search(text, max(0, m.start() - 4), m.start()) and \
                not any(sp.start < m.end() and m.start() < sp.end for sp in spans):     # (九支“某某”小分队: a set)
            spans.append(OrgSpan(m.start(), m.end(), m.group(0), T.ORGANIZATION))
    # 中国某流与某购联合会: a national association whose name joins two fields with 与 or 和
    for m in (_JOINED_ASSOCIATION.finditer(text) if "与" in text or "和" in text else ()):
        if not any(sp.start < m.end() and m.start() < sp.end for sp in spans):
            spans.append(OrgSpan(m.start(), m.end(), m.group(), T.ORGANIZATION))
    # 2022年，科室被某会授予…: the department the article is about
    for m in (_BARE_DEPARTMENT.finditer(text) if "科" in text else ()):
        if not any(sp.start < m.end() and m.start() < sp.end for sp in spans):
            spans.append(OrgSpan(m.start(), m.end(), "科室", T.ORGANIZATION))
    # 2022年，该所被某委评为…: the institute (station) the text is about, named by its head after 该
    for m in (_THAT_BODY_HONOURED.finditer(text) if "该" in text or "本" in text else ()):
        if not any(sp.start < m.end() and m.start() < sp.end for sp in spans):
            spans.append(OrgSpan(m.start(), m.end(), m.group(), T.ORGANIZATION))
    # 支部组织委员、副院长某某: the branch the text is about, named bare before a post in it
    for m in (_BARE_BRANCH.finditer(text) if "支" in text else ()):
        if not any(sp.start < m.end() and m.start() < sp.end for sp in spans):
            spans.append(OrgSpan(m.start(), m.end(), m.group(), T.PARTY_ORGANIZATION))
    # 院党委书记某某, 院纪委: 院 opening a clause before its own Party body is the hospital the article is about
    for m in (_NATIONAL_BY_SHORT_NAME.finditer(text) if "会" in text or "署" in text or "社" in text or "办" in text or "防总" in text else ()):
        # 证监会批准…, 记者从审计署了解到: a national body by the short name it is known by, standing alone
        # (国务院|安委办: a body read inside the short name gives way to it)
        spans = [sp for sp in spans if not (m.start() <= sp.start and sp.end < m.end())]
        if not any(sp.start < m.end() and m.start() < sp.end for sp in spans) and \
                (m.start() == 0 or not _HAN_RUN.match(text[m.start() - 1]) or
                 any(t.end == m.start() and t.pos[:1] in "pcvu" and t.pos != "vn" for t in tokens)):
            spans.append(OrgSpan(m.start(), m.end(), m.group(), T.GOVERNMENT_AGENCY))
    for m in (_PARTY_CENTRE_SHORT.finditer(text) if "部" in text else ()):
        if not any(sp.start < m.end() and m.start() < sp.end for sp in spans):
            spans.append(OrgSpan(m.start(), m.end(), m.group(), T.PARTY_ORGANIZATION))
    for m in (_NATIONAL_BODY_BY_NAME.finditer(text) if "全国" in text or "中央" in text else ()):
        if not any(sp.start < m.end() and m.start() < sp.end for sp in spans):
            spans.append(OrgSpan(m.start(), m.end(), m.group(), T.ORGANIZATION))
    for m in (_GENERAL_HOSPITAL.finditer(text) if "总院" in text else ()):
        if not any(sp.start < m.end() and m.start() < sp.end for sp in spans):
            spans.append(OrgSpan(m.start(), m.end(), "总院", T.MEDICAL_INSTITUTION))
    for m in (_BARE_HOSPITAL.finditer(text) if "院" in text else ()):
        if not any(sp.start < m.end() and m.start() < sp.end for sp in spans):
            spans.append(OrgSpan(m.start(), m.end(), "院", T.MEDICAL_INSTITUTION))
    # 原局党组成员、副局长某某: 局 after 原, the cut glued them into one word, is the bureau the article is about
    for m in (_FORMER_BARE_BUREAU.finditer(text) if "原" in text else ()):
        if not any(sp.start < m.end() and m.start() < sp.end for sp in spans):
            spans.append(OrgSpan(m.start(1), m.end(1), m.group(1), ORG_HEADS.get(m.group(1), T.ORGANIZATION)))
    spans = [_trimmed(text, tokens, sp, spans) for sp in spans]
    spans = [_past_possessor(text, tokens, sp) for sp in spans]
    spans = [_edges(text, tokens, _named_before(text, sp)) for sp in spans]
    spans = [_ethnic_township(text, _whole_count(text, sp)) for sp in spans]
    # 某院专科医师: a specialist of the hospital, no unit 专科
    spans = [OrgSpan(sp.start, sp.parent_end, text[sp.start:sp.parent_end], _type_by_head(text[sp.start:sp.parent_end]),
                     sp.ancestors[0] if sp.ancestors else None, sp.ancestors[1:])
             if sp.text.endswith("专科") and sp.parent_end is not None and
             text.startswith(("医师", "医生", "护士", "护师"), sp.end) else sp for sp in spans]
    # 免去其中共某院委员会副书记职务: the cut read 其中|共, the name still opens on 中共
    spans = [OrgSpan(sp.start - 2, sp.end, "中共" + sp.text, sp.type, sp.parent_end,
                     sp.ancestors) if text[sp.start - 3:sp.start] == "其中共" and sp.text.endswith("委员会") else sp
             for sp in spans]
    # 支援某某医院医疗队: the team is no one team, the hospital it went to help still is one
    spans += [OrgSpan(sp.start, sp.parent_end, text[sp.start:sp.parent_end], T.MEDICAL_INSTITUTION)
              for sp in spans if sp.parent_end is not None and _unnamed_team(text, sp) and
              text.endswith("医院", 0, sp.parent_end)]
    spans.sort(key=lambda sp: sp.start)
    # 党和政府, 党和国家: one word of the tagger's for two bodies in general, not a body's name; 某地党委政府 is
    # two bodies named together; 城市副中心 is a district, not a centre that works
    return [sp for sp in spans if not any(sp.start <= t.start and t.end <= sp.end and _PARTY_AND.match(t.word)
                                          for t in tokens) and not sp.text.endswith(("党委政府", "党委和政府", "副中心"))
            and not _PRAISED_BRANCH.fullmatch(sp.text)
            and not (sp.text.startswith("中心") and text[sp.start - 1:sp.start] == "副")
            and not _centre_as_goal(text, tokens, sp) and not _kind_of_group(text, tokens, sp)
            and not _unnamed_team(text, sp) and not _KIND_OF_NETWORK.match(sp.text)
            and not _opens_a_post(tokens, sp)
            and not text.startswith(("制度", "体制", "机制"), sp.end)       # 中央银行制度: a system, not the bank
            and not _DOCUMENT_NUMBER.match(text, sp.end)]                   # 某卫党组发〔2025〕9号: a document's number


_NAMING_VERBS = ("免去", "任命", "聘任", "聘请", "提名", "推荐", "同意", "决定任命")


def _cut_at(sp: OrgSpan, n: int) -> OrgSpan:
    """sp without its first n characters."""
    return OrgSpan(sp.start + n, sp.end, sp.text[n:], sp.type,
                   sp.parent_end if sp.parent_end and sp.parent_end > sp.start + n else None,
                   tuple(a for a in sp.ancestors if a > sp.start + n))


def _opens_on_place(rest: str) -> bool:
    return any(known_place(rest[:k]) and (rest[k:k + 1] in "省市县区州旗镇乡盟" or known_place(rest[:k + 1]))
               for k in (2, 3, 4, 5))


def _named_before(text: str, sp: OrgSpan) -> OrgSpan:
    """免去某某某市人民医院副院长职务: the name of the person a notice names, run into the body's name after it, is no
    part of it (the rest opens on a place); nor is 任 of 原任 (原任某镇卫生院副院长), nor the words before 中共 that
    name no place (按照干部管理权限报中共某区委组织部)."""
    if sp.text[:1] == "任" and text[sp.start - 1:sp.start] in ("原", "现", "曾", "兼", "调") and len(sp.text) >= 5 and \
            not _opens_on_place(sp.text) and not known_place(sp.text[:2]):
        return _cut_at(sp, 1)           # (原任城区某局: 任城区 is a place, its name kept)
    if sp.text[1:2] == "任" and not _opens_on_place(sp.text) and _opens_on_place(sp.text[2:]):
        return _cut_at(sp, 2)           # (某某毕力格任某盟某中心主任: the name's last character and 任, then the body)
    k = sp.text.find("中共")
    if k > 0 and not _opens_on_place(sp.text) and not known_place(sp.text[:k]) and \
            re.search(r"[报送向按至由经]", sp.text[:k]):
        return _cut_at(sp, k)
    if not text.endswith(_NAMING_VERBS, 0, sp.start):
        return sp
    for n in (3, 2):
        # (任命某某为某部部长: the name and 为 before the body)
        if sp.text[n:n + 1] == "为" and len(sp.text) - n - 1 >= 3 and plausible_name(sp.text[:n]) and \
                not known_place(sp.text[:n]):
            return _cut_at(sp, n + 1)
    for n in (3, 2):
        name, rest = sp.text[:n], sp.text[n:]
        if len(rest) >= 4 and plausible_name(name) and not known_place(name) and _opens_on_place(rest):
            return _cut_at(sp, n)
    return sp


_DOCUMENT_NUMBER = re.compile(r"[发字函办]?[〔\[［(（]\d{4}[〕\]］)）]")
_VILLAGE_START = re.compile(r"[\u4e00-\u9fff]{1,3}?(?:村|庄|屯|寨|营|铺)")
_ETHNIC_TOWNSHIP_START = re.compile(r"[\u4e00-\u9fff]{1,3}族乡")
_STOP_BEFORE = frozenset("在到于的、，。；：“”（）是和与及为由从向对")


def _edges(text: str, tokens: list[Token], sp: OrgSpan) -> OrgSpan:
    """Where a body's name really begins when the cut blurred it: 原 before the name marks a former post and is no
    part of it (原小王庄村党支部); a word the cut glued before 及 is no part of it (某某川|及区…中心); a village's 小/大
    the cut left out (小|王庄村卫生室), and the place before an ethnic township (孙各庄|满族乡卫生院) are."""
    if sp.text[:1] in "日月" and text[sp.start - 1:sp.start].isdigit() and len(sp.text) >= 3:
        sp = _cut_at(sp, 1)             # (3月12日|委党组会议: the date's 日 is no part of the name)
    if sp.text[:1] == "原" and len(sp.text) >= 5 and not known_place(sp.text[:2]) and not known_place(sp.text[:3]):
        sp = _cut_at(sp, 1)
    k = sp.text.find("及", 1, 4)
    if k > 0 and len(sp.text) - k > 4 and not any(known_place(sp.text[:n]) for n in range(k + 1, min(len(sp.text), k + 5))):
        sp = _cut_at(sp, k + 1)
    p = sp.start
    if p and text[p - 1] in "小大前后东西南北新老上下中" and _VILLAGE_START.match(sp.text) and \
            (p == 1 or text[p - 2] in _STOP_BEFORE or not _HAN_RUN.match(text[p - 2])):
        return OrgSpan(p - 1, sp.end, text[p - 1] + sp.text, sp.type, sp.parent_end, sp.ancestors)
    if _ETHNIC_TOWNSHIP_START.match(sp.text) and p and _HAN_RUN.match(text[p - 1]) and text[p - 1] not in _STOP_BEFORE:
        q = p
        while q > 0 and p - q < 4 and _HAN_RUN.match(text[q - 1]) and text[q - 1] not in _STOP_BEFORE and \
                not text.endswith(("同志", "职务"), 0, q) and \
                not any(t.end == q and (t.pos[:1] in "pvuc" and t.pos != "vn" or t.word in ("同志", "职务")) for t in tokens):
            q -= 1
        if q < p:
            return OrgSpan(q, sp.end, text[q:p] + sp.text, sp.type, sp.parent_end, sp.ancestors)
    return sp


def _opens_a_post(tokens: list[Token], sp: OrgSpan) -> bool:
    """党组|书记 of the post word 党组书记: a bare head the cut keeps inside a post is no body."""
    return any(t.start == sp.start and t.end > sp.end and t.pos == "nnt" for t in tokens)


# 紧密型县域医共体: a kind of care network, named by its scope, not one network a body leads
_KIND_OF_NETWORK = re.compile(r"(?:紧密型)?(?:县域|区域|市域|城市|城乡|镇村)(?:紧密型)?(?:医共体|医联体|医疗共同体|医疗联合体)")


_BUILDING = ("建设", "打造", "建成", "建好", "成为", "建立", "创建")
_KINDS_OF_GROUP = ("武装", "恐怖", "极端", "地区", "社会", "民间", "基层", "相关", "慈善", "犯罪", "非政府")


def _team_head(name: str) -> str:
    return max((h for h in _TEAM_HEADS if name.endswith(h)), key=len, default="")


def _unnamed_team(text: str, sp: OrgSpan) -> bool:
    """支援湖北医疗队, 多地支援湖北医疗队, 在汉医疗队, 各省区市医疗队: teams named only by where they went or where
    they are, no one team (a batch, 第28批援某国医疗队, names one)."""
    if not sp.text.endswith(_TEAM_HEADS) or re.search(r"批$", text[max(0, sp.start - 6):sp.start]):
        return False
    if text[sp.start - 1:sp.start] == "各" or sp.text.startswith(("在", "赴", "各", "省区市")):
        return True
    if text.endswith(("支援", "驰援", "援助"), 0, sp.start) and "医院" in sp.text:
        return True                     # 某省支援|某某医院医疗队: a team named by the hospital it went to help
    if text[sp.start - 1:sp.start] == "在" and len(sp.text) - len(_team_head(sp.text)) <= 1:
        return True
    aid = re.search(r"支援|援助|驰援|援", sp.text)
    if aid is None:
        return False
    prefix = sp.text[:aid.start()]
    if not prefix:
        return not text.endswith(("国家", "军队", "中国", "我国"), 0, sp.start)    # (国家|支援某省医疗队 is one)
    return prefix in ("多地", "各地", "地方", "外地", "地", "一些", "部分", "其他", "其它") or prefix[-1] in "个日支名"


def _kind_of_group(text: str, tokens: list[Token], sp: OrgSpan) -> bool:
    """某国武装组织, 国际和地区组织: 组织 after a word for a kind of group names the kind, unless the tagger knows
    the whole as one body."""
    if not sp.text.endswith("组织") or not sp.text[:-2].endswith(_KINDS_OF_GROUP):
        return False
    return not any(t.start <= sp.start and sp.end <= t.end and t.pos == "nt" for t in tokens)


def _centre_as_goal(text: str, tokens: list[Token], sp: OrgSpan) -> bool:
    """加快建设某地国际金融中心, 推进国家交叉学科中心建设: a centre to be built, of a standing or a field, is a goal, no
    body at work."""
    if not sp.text.endswith("中心"):
        return False
    if text.endswith(_BUILDING, 0, sp.start) and any(w in sp.text for w in ("国际", "区域", "全球", "世界")):
        return True
    if text.startswith("建设", sp.end) and sp.text.startswith("国家") and not _DESIGNATION.match(sp.text):
        inner = [t for t in tokens if sp.start + 2 <= t.start and t.end <= sp.end - 2]
        return not any(t.pos.startswith(("ns", "nr", "nt", "nz", "j")) for t in inner)
    return False


def _trimmed(text: str, tokens: list[Token], sp: OrgSpan, spans: list[OrgSpan]) -> OrgSpan:
    """A name with words before it that are no part of it: 援|港/j 某某医院 (a one-character object of the verb
    before it), 出院时|某某医院 (the sentence names the body without them, and they hold no place or name)."""
    start = sp.start
    verb = next((v for v in _APPOINT_VERBS if sp.text.startswith(v)), None)
    if verb is not None and len(sp.text) - len(verb) >= 4:
        start += len(verb)              # 调任某练瑶族乡卫生院: the appointment's verb the cut glued to the name
    i = _token_at(tokens, start)
    first = tokens[i] if i >= 0 else None
    if first is not None and first.start == start and len(first.word) == 1 and first.pos == "j" and \
            start and tokens[_token_at(tokens, start - 1)].pos in ("v", "vg") and sp.end - start > 4:
        start += 1
    for other in spans:
        if other is not sp and other.end - other.start >= 4 and other.end <= sp.start and \
                text.endswith(other.text, start, sp.end) and sp.end - len(other.text) > start:
            cut = sp.end - len(other.text)
            if not any(t.pos.startswith(("ns", "nt", "nz", "j", "nr")) for t in tokens if start <= t.start < cut) and \
                    text[cut - 1] not in "省市县区州":
                start = cut
            break
    if start == sp.start and sp.end - start >= 6 and _province_pair(text[start:start + 2], text[start + 2:start + 4]) and \
            text.startswith(("省", "自治区"), start + 4):
        start += 2                      # 某徽某东省委负责同志职务调整: two provinces' committees, the name the second's
    road = _ROAD_BEFORE_LEVEL.search(text, start, sp.end) if start == sp.start else None
    if road is not None:
        start = road.end()              # 某区某楼路市卫生健康委员会: an address, then the body named short by its level
    if start == sp.start and text[start:start + 1] in "原和与及并任" and sp.end - start > 4 and \
            _leading_division(text, start + 1, towns=True) and not _leading_division(text, start, towns=True):
        start += 1                      # 原|某古镇中心卫生院, 并和|某古镇…, 原任|某镇…: the word before the place is no part of it
    k = text.find("任", start + 2, min(sp.end, start + 5))
    if k > 0 and start == sp.start and text[k + 1:k + 2] != "务" and _name_before_post(text[start:k]) and \
            _leading_division(text, k + 1, towns=True):
        start = k + 1                   # 某文|亮任/n 某区医院院长: a name and the verb the cut glued, then the body
    if start == sp.start:
        return sp
    pe = sp.parent_end if sp.parent_end is not None and sp.parent_end > start else None
    return OrgSpan(start, sp.end, text[start:sp.end], sp.type, pe, tuple(e for e in sp.ancestors if e > start))


def _type_by_head(name: str) -> T:
    """The class the longest organisation head closing a name implies."""
    return next((ORG_HEADS[name[-n:]] for n in range(min(len(name), 9), 0, -1) if name[-n:] in ORG_HEADS), T.ORGANIZATION)


_APPOINT_VERBS = ("调任", "担任", "出任", "升任", "兼任", "免去", "拟任")
_ROAD_BEFORE_LEVEL = re.compile(r"[\u4e00-\u9fff](?:路|大道|大街|街|巷|\d+号|号)(?=[省市县区](?!场|民|长|委会|域|级|内|外))")


def _name_before_post(q: str) -> bool:
    """Whether q, two or three characters, is a Chinese personal name (a surname opening it)."""
    from kg.extract.people import plausible_name, surname_len
    return 2 <= len(q) <= 3 and surname_len(q) > 0 and plausible_name(q)


def _province_pair(a: str, b: str) -> bool:
    """Whether a and b are the short names of two provinces (written one after the other in a headline)."""
    from kg.gazetteer import gazetteer
    gz = gazetteer()
    return a != b and all(any(p.level == "province" for p in gz.candidates(w)) for w in (a, b))


def _leading_division(text: str, pos: int, towns: bool = False) -> bool:
    """Whether a county, district, city or province the gazetteer knows opens the text at pos (or a town, with
    towns)."""
    from kg.gazetteer import gazetteer
    gz = gazetteer()
    return any(text[pos + n - 1] in "省市县区州旗" and any(p.level != "town" for p in gz.candidates(text[pos:pos + n])) or
               towns and text[pos + n - 1] in "镇乡" and any(p.level == "town" for p in gz.candidates(text[pos:pos + n]))
               for n in range(2, 8) if pos + n <= len(text))


def _parent_end(text: str, start: int, chain: list[tuple[int, int]], k: int) -> int | None:
    """Where the name of the body the k-th head of a chain is a unit of ends (the name up to head k-1), or None
    when the chain is one name."""
    if k < 1:
        return None
    head, pe = text[chain[k][0]:chain[k][1]], chain[k - 1][1]
    if head in _MECHANISMS and not (head.endswith("领导小组") and chain[k][0] - pe >= 4) or head == "集团":
        return None                     # 国务院联防联控机制, 某路局集团: the body named; the first is not named on its own
        # (某委某某处置工作领导小组: a body's task force, named by the task, is a unit of the body)
    if chain[k][0] == pe and head in ("协会", "学会", "联合会", "联盟"):
        return None                     # 某省医院协会: an association of a kind of body, no unit of one
    if chain[k][0] == pe and text[chain[k - 1][0]:pe] == "中心" and head in ("小学", "中学", "幼儿园", "学校") and \
            text[chain[k - 1][0] - 1:chain[k - 1][0]] in ("镇", "乡", "村", "区", "县", "市"):
        return None                     # 某镇中心小学: the town's central school, no unit of a body called 某镇中心
    if chain[k][0] == pe and text[chain[k - 1][0]:pe] == "中心" and head in ("医院", "人民医院") and \
            text[chain[k - 1][0] - 1:chain[k - 1][0]] in ("市", "县", "区", "州", "盟"):
        return None                     # 某市中心医院 (the cut's 市中心): the city's central hospital, one name
    if text[pe - 1] == "会" and chain[k][0] == pe and head.endswith("医院"):
        return None                     # 某市红十字会医院: a hospital named after a society, not one of its units
    if text[start:pe].endswith(_VENUES):
        return None                     # 某地体育中心方舱医院: a hospital named after the venue it stands in
    if _TERM_OPENING.fullmatch(text, pe, chain[k][0]) or _TERM_OPENING.match(text, pe, chain[k][0]) and \
            text[pe:chain[k][0]].endswith(("全国", "中央")):
        return None                     # 某党第十四届中央委员会: the party's own central body, in one of its terms
    if text[chain[k - 1][0]:pe] in WEAK_HEADS and chain[k - 1][0] - start < 2 and text[start:pe] not in ANAPHORIC_HEADS:
        return None
    return pe


_PARTY_POSTS = tuple(r for r in ROLES if r.startswith(("党委", "党组", "党总支", "团委")))


def _department_words(text: str, tokens: list[Token], s: int, e: int) -> bool:
    """The words between a ministry and its 司 are field nouns, 与/和/及 joining two of them (农村合作经济指导)."""
    toks = [t for t in tokens if s <= t.start < e]
    if not toks or not all("\u4e00" <= c <= "\u9fff" for c in text[s:e]):
        return False
    return all(t.pos in ("n", "vn", "nr", "j", "l", "an", "nz") and t.word not in ROLE_SET and
               (t.word not in NOT_IN_NAME or t.pos == "n" and t.end == e)
               or t.word in ("与", "和", "及") and 0 < i < len(toks) - 1 for i, t in enumerate(toks))


def _party_post_follows(text: str, chain: list[tuple[int, int]], ns: int, ne: int, start_hint: int) -> bool:
    """X委党委书记 is X委's 党委书记, not the 书记 of a body called X委党委: keep such a post whole,
    unless what comes before the party head is not a body of its own (急诊第一党支部书记)."""
    if not text.startswith(_PARTY_POSTS, ns) or ns != chain[-1][1]:
        return False
    return True


def _qualified(text: str, tokens: list[Token], start: int, hs: int) -> bool:
    """A qualifying name must hold a proper noun (place, name, organisation), an ordinal, or a level
    character that the article's place resolves (县中医院)."""
    q = text[start:hs]
    if q.endswith(("街道", "镇", "乡")) and len(q) >= 3:
        from kg.gazetteer import gazetteer
        if any(p.level == "town" and p.name == q for p in gazetteer().candidates(q)):
            return True                 # 某金街道社区卫生服务中心: a subdistrict or town the gazetteer knows
    if q in _KIND_OF_HOSPITAL and text.startswith("医院", hs):
        return False                    # 某福利院的康复/nr 医院: a kind of hospital, whatever the tagger made of the word
    if text.startswith(("社区卫生服务中心", "社区卫生服务站"), hs) and 2 <= len(q) <= 4 and \
            (start == 0 or text[start - 1] in "，。；：、 和与及在到由（(“") and \
            all(t.pos[:1] in ("n", "j") and not t.pos.startswith("nnt") for t in tokens if start <= t.start < hs):
        return True                     # 某井/n 社区卫生服务中心: a community's centre, named by the community, a noun
    if _world_q(q, text, hs):
        return True
    if "战区" in q and len(q) >= 4:
        return True                     # 东部战区总医院: a theatre command names its hospital
    if len(q) == 2 and text.startswith("集团", hs) and (start == 0 or text[start - 1] in "，。；：“ ") and \
            text.startswith(_TAGGED_REPORTS, hs + 2) and _freq(q) < 200 and \
            any(t.start == start and t.end == hs and t.pos in ("n", "j", "nz") for t in tokens):
        return True                     # 某铁集团表示: a group known by a two-character short name, reporting
    if q.startswith(("海军", "陆军", "空军", "火箭军", "解放军", "武警")) and len(q) >= 4 and \
            text.startswith(("学院", "大学", "医院", "总医院", "研究院", "研究所"), hs):
        return True                     # 海军某某学院: a service of the armed forces names its school
    if q in ("东部", "西部", "南部", "北部", "中部") and text.startswith("战区", hs):
        return True                     # 西部战区: a theatre command, named by its quarter
    if q == "自治区" and (start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in "在到和与及、"):
        return True                     # 自治区人民医院: the region's, the pipeline tells which
    if q.startswith("武警") and text.startswith(("中队", "支队", "大队", "总队"), hs):
        return True                     # 武警某某中队: a unit of the armed police, named by its station
    if 3 <= len(q) <= 6 and q.endswith(("村", "社区")) and text.startswith(("党支部", "党总支", "党委", "村委会", "居委会"), hs):
        return True                     # 某湖村党支部, 某居社区党总支: a village's or community's own body
    if 3 <= len(q) <= 10 and q.endswith(("村", "社区")) and text.startswith(("卫生室", "卫生所", "卫生服务站"), hs) and \
            any(t.end == hs and len(t.word) >= 2 and t.word.endswith(("村", "社区")) for t in tokens):
        return True                     # 某斜村卫生所, 某镇某村村卫生室: a village's clinic (not 公办|村|卫生室)
    if len(q) == 3 and q.endswith("村") and text.startswith("卫生室", hs) and _freq(q[:2]) < 50 and \
            q[0] not in "该本各全每其此这那到在来去" and (start == 0 or text[start - 1] in "，。；：、 和与及在到由（(“的") and \
            all(t.pos[:1] not in "vdpcurm" or len(t.word) == 1 for t in tokens if start <= t.start < hs - 1):
        return True                     # 某桂/nr 村/zg 卫生室: a village's clinic, its name a word the cut knows no other way
    if _unknown_town(text, hs) == start:
        return True                     # 在某某畈镇卫生院: a town the gazetteer lacks, named whole before its clinic
    if q in ("镇", "乡") and text.startswith(("卫生院", "中心卫生院", "计生协", "计划生育协会", "党委", "政府", "人民政府"), hs) and \
            (start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in "对到在和与及"):
        return True                     # 镇卫生院 opening a clause or after a preposition: the town's, the pipeline tells which
    if (q[:1] in "县市" and q[1:2] != "级") or (q[:1] in "区省" and (len(q) == 1 or q[1] not in "域级内外委城")) or "第" in q \
            or q == "州" and (start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in "在到和与及由") \
            or q == "旗" and (start == 0 or not "\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in "在到和与及由、") \
            or q.startswith(_NATIONAL):
        return True
    toks = [t for t in tokens if start <= t.start and t.end <= hs]    # words of the qualifier alone
    if not toks and any(t.start == start and t.end > hs and t.pos == "nt" and
                        (text[hs:t.end] in ("银行", "集团") or t.end - hs >= 3 and text[hs:t.end] in ORG_HEADS)
                        for t in tokens):
        return True                     # 某信银行/nt, 某盟委员会/nt: a body the tagger knows whole
    if any(c in q for c in "·・•‧") and toks and all(t.pos in ("nrt", "nr", "nrf", "ns", "x") for t in toks):
        return True                     # 某某·某某大学: a transliterated name
    if any((t.pos.startswith("ns") and _real_place(t.word)) or t.pos.startswith(("nz", "nt", "j")) or
           (t.pos.startswith("nr") and plausible_name(t.word)) for t in toks):
        return True
    if _named_hospital(text, toks, q, hs, tokens):
        return True
    # a place the tagger missed (景宁/n 县/zg): the gazetteer knows it, level character included
    from kg.gazetteer import gazetteer, world_places
    gz = gazetteer()
    if len(q) >= 2 and (any(p.level != "town" for p in gz.candidates(q)) or q in world_places()):
        return True                     # 北京市委/nt cut as one word: the qualifier is a place by itself
    if len(q) >= 2 and any(text[hs + n - 1:hs + n] in "区县市省州旗" and
                           any(p.level != "town" for p in gz.candidates(q + text[hs:hs + n])) for n in range(1, 4)):
        return True                     # 某某特别行政|区政府, 某某壮族|自治区政府: the head's first characters end the place
    return any(q[n - 1] in "省市县区镇乡州旗" and gz.candidates(q[:n]) for n in range(len(q), 2, -1))


# Words that describe a kind of hospital rather than name one (基层医院, 专科医院)
_KIND_OF_HOSPITAL = frozenset("""省城 基层 城市 乡镇 社区 农村 县级 市级 省级 各级 专科 综合 民营 部队 军队 地方 当地 附近 周边
 大型 小型 中型 一般 普通 全国 全省 全市 全美 全球 康复 护理 儿童 妇女 妇产 肿瘤 精神 传染 眼科 口腔 中西医 三甲 二甲 一级 二级 三级""".split())


def _named_hospital(text: str, toks: list[Token], q: str, hs: int, tokens: list[Token] = ()) -> bool:
    """火神山医院, 同济医院: two or three characters of nouns the tagger does not know as a kind of hospital,
    at the start of a clause, after 在/到/的/、/和/来自 or after a district or county (某某区|某外医院), name one."""
    if not text.startswith(("医院", "总医院"), hs) or not 2 <= len(q) <= 3 or q in _KIND_OF_HOSPITAL or q[-1] in "性型式级类" or \
            q in _GENERIC_MODIFIERS or not toks or any(t.word in _KIND_OF_HOSPITAL for t in toks):
        return False
    if not all((t.pos in ("n", "ng", "nr", "ns", "nz", "j", "f", "a") or t.pos.startswith("v") and not _freq(t.word))
               and "\u4e00" <= t.word[0] <= "\u9fff" for t in toks):
        return False
    if len(toks) == 1 and _freq(toks[0].word) >= 2000 and toks[0].pos == "n":
        return False                    # 工厂医院, 海军医院: a frequent common noun names a kind, not one hospital
    start = hs - len(q)
    return start == 0 or text[start - 1] in "，。；：、,;:（(“—\n" or \
        text[:start].endswith(("在", "到", "的", "和", "与", "及", "来自", "从", "赴", "前往", "驰援", "支援", "援助", "附属", "是")) \
        or text[:start].endswith(_VISITING) or _UNIT_AFTER.match(text, hs + 2) is not None \
        or _LISTED_HOSPITAL.match(text, hs + 2) is not None \
        or any(t.end == start and t.pos == "ns" and t.word[-1:] in "区县市" and len(t.word) >= 3 and _gazetteer_place(t.word)
               for t in tokens) and q not in _GENERIC_MODIFIERS and not q.startswith(("最", "新"))


# 某某医院、某某医院: the first of a list of hospitals
_LISTED_HOSPITAL = re.compile(r"、[\u4e00-\u9fff]{2,8}医院")
# verbs of a visit, whose object is a place or a body named (考察某某医院, 看望…)
_VISITING = ("考察", "视察", "看望", "慰问", "走访", "调研", "走进", "来到", "进入", "转运至", "转至", "送往", "送到", "入住", "送至", "送入",
             "住进", "转入", "转往", "抵达")
# a unit right after a hospital's name (某某山医院洗消分队): the hospital is one hospital, named
_UNIT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}(?:分队|院区|病区|手术室|重症监护室)|[\u4e00-\u9fff]{2,6}[一二三四五六七八九十]科")


# Heads that a bare country or world word before them does not make a name (美国公司, 国际协会, 欧洲医院).
# 第二家专门医院, 3个国家中心: an ordinal or a count opening the name makes it a kind of body
_COUNTED_INSIDE = re.compile(r"第?(?:\d+|[一二两三四五六七八九十百千万几多数上余]+)(?:家|个|所|座|批|支|类)|[省市县区乡镇村]{2,}[一二三四五]级")
# 某州第一家三级综合医院, 甲、乙四省援助医疗队: an ordinal of bodies or a count of places inside makes a kind, not a name
_COUNTED_WITHIN = re.compile(r"(?:第[一二三四五六七八九十\d]+|首|唯一一)家|[两三四五六七八九十]+(?:省|市|县|地)(?![委政人])")
_KIND_HEADS = frozenset("公司 学校 协会 医院 企业 机构 组织 银行 集团 媒体 政党 党 养老院 福利院 敬老院".split())
# modifiers that, between a place and 医院, make a kind of the place's hospitals (方舱, 临时 name one hospital there)
_KIND_AFTER_PLACE = frozenset("临时 定点 定点收治 收治 公立 民营 私立 基层 发热 三级 二级 一级 三甲 二甲 县级 市级 省级 综合 大型 对口 帮扶 "
                              "合作 结对".split())
_FIRMS = ("公司", "集团", "银行", "分行", "支行", "地产", "”")
_TERM_OPENING = re.compile(r"(?:中国共产党)?第[一二三四五六七八九十百零〇\d]+届(?:、第?[一二三四五六七八九十百零〇\d]+届)*")
_PARTY_AND = re.compile(r"党和(?:政府|国家|人民|军队)$")


def _ordinal_before(text: str, tok: Token, hs: int) -> bool:
    """某某二医院: a one-character ordinal right before 医院 abbreviates the hospital's number (某国一医院 is "a hospital")."""
    return tok.pos == "m" and len(tok.word) == 1 and tok.word in "一二三四五六七八九" and tok.end == hs and \
        (text.startswith(("医院", "院"), hs) and tok.word != "一" or text.startswith(("科", "病区"), hs))
    # (重症医学二科: the second department of a field)


_VENUES = ("体育中心", "会展中心", "会议中心", "展览中心", "文体中心", "购物中心", "体育馆", "展览馆", "会展馆")


def _one_word_body(tokens: list[Token], start: int, hs: int, he: int) -> bool:
    """清华大学/nt: the tagger's dictionary knows the whole name, head included, as one body's name."""
    i = _token_at(tokens, hs)
    return i >= 0 and tokens[i].start == start < hs and tokens[i].end == he and tokens[i].pos in ("nt", "nz", "ns") and \
        tokens[i].word.endswith(_PROPER_INSTITUTION_HEADS) and \
        tokens[i].word[:hs - start] not in _GENERIC_MODIFIERS     # 交警大队/nt, 公立医院/nt: kinds, not bodies


def _tagged_body_before(tokens: list[Token], start: int, he: int) -> bool:
    """某某中心/nt|医院: a word the tagger calls a body, of a proper name and 中心, opens a longer name."""
    i = _token_at(tokens, he - 1)
    return i >= 0 and tokens[i].start == start and tokens[i].end == he and tokens[i].pos == "nt" and \
        len(tokens[i].word) >= 4 and tokens[i].word[:2] not in _GENERIC_MODIFIERS


_PROPER_INSTITUTION_HEADS = ("大学", "学院", "医院", "党校", "研究院", "研究所", "基金会", "科学院", "博物院", "文工团")


def _bare_world(q: str) -> bool:
    """q is nothing but a foreign country, a world region or a world word (美国, 欧洲, 国际); a Chinese place
    names its own bodies (北京医院)."""
    from kg.gazetteer import gazetteer, world_places
    if q in _WORLD or q in ("中国", "中外", "外国", "各国", "全国"):
        return True
    return q in (world_places() - _HOME) and not gazetteer().candidates(q)


def _world_q(q: str, text: str, hs: int) -> bool:
    """A qualifier naming a body beyond China: 世界/联合国/a continent, or a foreign country or city."""
    from kg.gazetteer import world_places
    if not q:
        return False
    head = text[hs:hs + 4]
    if any(w in q for w in _WORLD):
        if q in ("世界", "国际", "全球") and not head.startswith(("卫生组织", "红十字会", "红新月会")):
            return head.startswith(tuple(_WORLD_OK_HEADS - {"组织"}))   # 国际组织 is a kind of body
        return head.startswith(tuple(_WORLD_OK_HEADS)) or not q.startswith(("国际", "全球"))
    wp = world_places() - _HOME
    if any(q[:n] in wp for n in range(min(len(q), 6), 1, -1)):
        return True
    from kg.resolve import expand_abbreviations
    full = expand_abbreviations(q)
    return full != q and full.startswith(_WORLD)        # an abbreviation whose full form opens with a world word


_VERB_USE = re.compile(r"\d|了|开展|召开|实施|各|全|广大|干部|专家|力量|人员|群众|党员|医务|医护|志愿|动员|力")


_SOCIETY_TERM = re.compile(r"(?:分会|协会|学会|联合会|研究会|促进会|专业委员会)第[一二三四五六七八九十\d]{1,3}届$")
_BRANCH_AFTER = re.compile(r"(?:医师|护士|药师|医学|护理|技师)?(?:分会|专业委员会|专委会)")


def _extra_head_ok(text: str, tokens: list[Token], hs: int, he: int) -> bool:
    """A head that names a body only in some company: 组织/大会/共同体 after a world qualifier."""
    h = text[hs:he]
    if h == "委员会" and _SOCIETY_TERM.search(text, 0, hs):
        return False                    # 某学会某分会第一届委员会: the society's board in one term, no body of its own
    if h == "科" and _BRANCH_AFTER.match(text, he):
        return False                    # 某协会疼痛科医师分会: the field names the society's branch, no department
    if h == "组织" and text[hs - 1:hs] in "省市县区委局厅院部府" and (_VERB_USE.match(text, he) or
                       any(t.start == he and t.pos.startswith(("m", "r", "q", "d", "p")) for t in tokens)):
        return False                    # 某市组织20余万干部, 组织开展: the verb, not a body
    if h in WORLD_HEADS and h not in ORG_HEADS:
        start = _left_edge(text, tokens, hs)
        q = text[start:hs]
        if h == "共同体" and any(w in q for w in ("命运", "卫生健康", "人类")):
            return False                # 人类卫生健康共同体 is an idea, not a body
        return _world_q(q, text, hs)
    return True


def _joins_nouns(tokens: list[Token], tok: Token, hs: int) -> bool:
    """和/与/及 between two two-character nouns inside one name (宪法和法律委员会, 文化和体育部, 食品及药物管理局),
    where the first noun is no body of its own (卫健委和医保局 are two bodies)."""
    if tok.word not in ("和", "与", "及"):
        return False
    k = _token_at(tokens, tok.start)
    if k < 1 or k + 1 >= len(tokens):
        return False
    left, right = tokens[k - 1], tokens[k + 1]
    if not 2 <= len(left.word) <= 4 or left.pos not in ("n", "vn", "nz", "l") and left.word not in _FIELD_VERBS_IN_NAMES \
            and left.word not in _FIELD_ADJECTIVES or \
            _head_re().fullmatch(left.word[-1:]) or \
            any(left.word.endswith(h) for h in ORG_HEADS):
        return False
    if left.word in NOT_IN_NAME or left.word in _BLOCKERS:
        return False
    if left.word[-1] in "人员馆警者" or left.word in ("国家", "地区") or \
            right.word.startswith(("地方", "各", "其他", "相关")) or \
            right.word.startswith("国际") and (tok.word == "及" or
                                              k + 2 < len(tokens) and tokens[k + 2].word.startswith("组织")):
        return False                    # 外国领导人及国际组织, 非洲国家和国际组织, 某国海警及地方政府: two kinds
    tail = right.word[:2]
    if right.start + 2 > hs + (len(right.word) if right.end > hs else 0) and right.end <= hs:
        return False
    if right.word.startswith(("国家", "中央", "全国", "国务院")):
        return False                    # 各地区和|国家某委: a national body after 和 is a body of its own
    if not (2 <= hs - right.start <= 4) and not (
            2 <= hs - right.start <= 8 and all((t.pos in ("n", "vn", "nz") or t.word in _FIELD_VERBS_IN_NAMES) and
                                               len(t.word) >= 2 for t in tokens[k + 1:]
                                          if t.end <= hs)):
        return False                    # (旅游和|文化广电体育|厅: fields after 和 as far as the head)
    tag = _tagger().word_tag_tab.get(tail, "")
    return (tag in ("n", "vn") or tail in _FIELD_VERBS_IN_NAMES) and tail not in _BLOCKERS and tail not in NOT_IN_NAME


def _generic_kind(text: str, tokens: list[Token], start: int, hs: int) -> bool:
    """野战方舱医院, 高水平定点医院, 智慧型医院, 某市里医院: the qualifier is only kind-of-body modifiers, or
    the colloquial 市里 (the city's) before the head."""
    from kg.gazetteer import known_place
    q = text[start:hs]
    if _DESIGNATION.fullmatch(q + text[hs:hs + 2]) and text.startswith(("中心", "医学中心", "医疗中心"), hs):
        return True                     # 国家医学中心, 国家区域医疗中心: a designation many hospitals hold, no body
    if q.endswith(("市里", "县里", "区里", "省里", "镇里", "村里")):
        return True
    if text.startswith("实验室", hs) and (q in ("国家", "国家工程", "国家重点", "重点", "合作", "联合", "省级", "省重点") or
                                      q.endswith(("合作", "联合", "药企", "企业"))):
        return True                     # 国家实验室, 合作实验室: a kind of laboratory, no one laboratory
    if re.search(r"[部省市区县委]属(?:和|与|及|、|$)", q):
        return True                     # 某市市属和区属医院, 委属医院: bodies of an owner, no one body
    toks = [t for t in tokens if start <= t.start and t.end <= hs]
    if q.endswith("地区") and len(toks) >= 2 and toks[-1].word == "地区" and not known_place(toks[-2].word + "地区") and \
            (all(c in "东南西北中部" for c in toks[-2].word) or toks[-2].pos[:1] in ("a", "n", "v") and toks[-2].pos[:2] != "nr"
             and toks[-2].pos not in ("ns", "nt", "nz")):
        return True                     # 中西部地区乡镇卫生院, 贫困地区医院: a region's bodies (not 某某地区, a prefecture)
    if bool(toks) and toks[0].start == start and toks[-1].end == hs and \
            all(t.word in _GENERIC_MODIFIERS or (t.word.endswith(("型", "类")) and len(t.word) >= 2) for t in toks):
        return True
    lead = next((t for t in toks if t.start == start and t.pos == "ns"), None)
    if lead is not None and lead.end < hs and (text[lead.end:hs] in _KIND_AFTER_PLACE or
                                               _all_generic(text[lead.end:hs]) and
                                               any(w in text[lead.end:hs] for w in _KIND_AFTER_PLACE)) \
            and text.startswith("医院", hs) and not text.startswith("医院集团", hs):
        return True                     # 某市定点医院已增加到45家: a place's hospitals of a kind, not one hospital
    return _all_generic(q)


def _all_generic(q: str) -> bool:
    """Whether q is nothing but modifiers of a kind of body, read as characters whatever the cut (高水平|定点医院/n)."""
    while q:
        m = next((g for g in _GENERIC_BY_LENGTH if q.startswith(g)), None)
        if m is None:
            return False
        q = q[len(m):]
    return True


# Ministry-like heads and the posts that confirm them (农业农村部副部长, 审计署审计长, X局局长, X委主任).
_FIELD_POSTS = {"厅": ("厅长", "副厅长"), "部": ("部长", "副部长"), "署": ("署长", "副署长", "审计长"), "局": ("局长", "副局长"),
                "委": ("主任", "副主任")}
_FIELD_PREFIX = ("国家", "中央", "国务院")
_FIELD_POS = ("n", "l", "vn", "j", "nz", "v")


def _titled_words(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """某某组织/nt秘书长某某: a word the tagger knows as a body's name (no head of its own) with a post right
    after it is that body."""
    out = []
    for t in tokens:
        if t.pos != "nt" or len(t.word) < 3 or t.word in NOT_IN_NAME or _PARTY_AND.match(t.word) or \
                any(sp.start < t.end and t.start < sp.end for sp in spans) or \
                not (text.startswith(_ROLE_TUPLE, t.end) or text.startswith(("资深", "首任", "特聘"), t.end) and
                     text.startswith(_ROLE_TUPLE, t.end + 2)) or t.word.endswith(_all_heads()):
            continue                    # 党组织负责人: a word with a head of its own was judged by the rules above
        k = _token_at(tokens, t.start) - 1
        start = tokens[k].start if k >= 0 and tokens[k].pos == "ns" and tokens[k].end == t.start and \
            not any(sp.start < t.start and tokens[k].start < sp.end for sp in spans) else t.start
        # 某某党/nt 主席; 某某渔业/nt 部长: the post shares its body's head character (某某渔业部 + 部长)
        shared = text[t.end] if text.startswith(("部长", "局长", "厅长", "署长"), t.end) else ""
        out.append(OrgSpan(start, t.end, text[start:t.end] + shared,
                           T.GOVERNMENT_AGENCY if shared else T.ORGANIZATION))
    return out


# Posts that a body's own short name stands before (某盟秘书长, 某约发言人); reporting words after 某某组织.
_BODY_HEAD_POSTS = ("秘书长", "副秘书长", "总干事", "副总干事", "发言人", "轮值主席", "主席", "副主席", "负责人")
_BODY_REPORTS = re.compile(r"(?:\d+日|今天|日前|近日)?(?:表示|说|称|宣布|发布|公布|统计|数据|报告|警告|呼吁|认为|指出|估计|"
                           r"通报|证实|确认|建议|提醒|预测)")
_ABBREVIATION_TAGS = ("n", "j", "ns", "nz")
_ABBREVIATION_CUE = re.compile("组织|" + "|".join(_BODY_HEAD_POSTS))
_BODY_POST_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?(?:项目|事务|计划))?(?:%s)" % "|".join(_BODY_HEAD_POSTS))


def _ministries_in_posts(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """某国卫生部长, 某国运输部长: a country and a field before 部长 name that country's ministry, whose 部 the
    post shares (某国卫生部 + 部长). The span stops before 部 so that the post follows it."""
    from kg.gazetteer import world_places
    out = []
    for m in re.finditer("(?<!副)部长", text):
        p = m.start()
        if any(sp.start <= p < sp.end for sp in spans):
            continue
        k = _token_at(tokens, p)
        if k < 0 or tokens[k].end != p + 2 or text[max(0, p - 2):p] == "助理":
            continue                    # 中部|长野县: 部长 must end a word; 助理部长 is a post of its own
        start = tokens[k].start if tokens[k].start < p else p   # 卫生部长 cut as one word
        j = k - 1 if tokens[k].start < p else k - 1
        while j >= 0 and p - tokens[j].start <= 10 and tokens[j].end == start and \
                (tokens[j].pos in ("n", "vn", "an", "nz", "j") or tokens[j].word in ("与", "和")) and \
                tokens[j].word not in NOT_IN_NAME - {"与", "和"} and tokens[j].word not in ROLE_SET:
            start, j = tokens[j].start, j - 1
        if j < 0 or start == p or tokens[j].end != start or tokens[j].word not in world_places():
            continue                    # the country must open the name, and a field must follow it
        out.append(OrgSpan(tokens[j].start, p, text[tokens[j].start:p] + "部", T.GOVERNMENT_AGENCY))
    return out


def _listed_heads(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """县中医院、精神卫生中心、疾控中心: bare institution heads listed right after a body named by its county, city or
    district are that place's too; the span covers the head, the name carries the place."""
    out: list[OrgSpan] = []
    for sp in spans:
        head = next((sp.text[-n:] for n in range(min(8, len(sp.text) - 1), 1, -1) if sp.text[-n:] in ORG_HEADS), None)
        prefix = sp.text[:-len(head)] if head else ""
        if not prefix or prefix[-1] not in "县市区" or sp.parent_end is not None:
            continue
        pos = sp.end
        while text[pos:pos + 1] == "、":
            h = next((h for h in _listable() if text.startswith(h, pos + 1)), None)
            if h is None:
                break
            e = pos + 1 + len(h)
            if e < len(text) and text[e] not in "、，。；,;和及与等":
                break                   # 疾控中心主任: the head opens a longer word, not a listed body
            if any(o.start < e and pos + 1 < o.end and not (o.start == pos + 1 and o.end == e and o.text == h)
                   for o in spans + out):
                break                   # (a bare head read on its own in the list is this one: replaced below)
            out.append(OrgSpan(pos + 1, e, prefix + h, ORG_HEADS[h]))
            pos = e
    return out


_APPOINTING = ("任命", "聘任", "提名", "选举", "决定", "，", "、")
_APPOINTED_BEFORE = re.compile(r"(?:任命|聘任|提名|选举)[^，。；]{0,30}$")
_BARE_TASK_FORCE = re.compile(r"((?:工作)?领导小组)(?=组长|副组长|成员|办公室主任)")
_TASK_FORCE_MARK = re.compile("小组|指导组|指挥部|代表团")
_TASK_FORCE = re.compile(r"(?:工作)?(?:领导小组|协调小组|指导组|指挥部)|代表团")
_NOT_A_TASK = re.compile("了|在|向|要|按照|根据|代表|派出|派|介绍|成立|日前|近日|分别|主持|召开|会议|和|与|及|已|个|接待|国内外")
_TASK_OPENERS = ("召开", "主持", "成立", "组建", "担任", "贯彻落实", "贯彻", "落实", "执行", "任", "是", "为", "由", "在")


def _task_forces(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """中央应对某某疫情工作领导小组, 某省抗震救灾指挥部: a task force is named by what it is for, verbs included,
    from a national word or a place up to its head; the name runs back to the clause's start."""
    out = []
    if not _TASK_FORCE_MARK.search(text):
        return out
    for m in _TASK_FORCE.finditer(text):
        hs, he = m.span()
        # (a body read up to the same head, its name cut at a word inside the purpose, gives way to the whole name)
        cut_short = [sp for sp in spans if sp.end == he and sp.start < hs]
        if any(sp.start < he and hs < sp.end for sp in spans if sp not in cut_short):
            continue
        start = hs
        while start > 0 and hs - start < 34 and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        if start > 0 and hs - start >= 34:
            continue                    # no clause start within reach: not a name
        for v in _TASK_OPENERS:
            if text.startswith(v, start) and hs - start > len(v) + 2:
                start += len(v)
                break
        if cut_short and not all(start < sp.start for sp in cut_short):
            continue                    # (the body read before is the whole name already)
        purpose = text[start:hs]
        parent = next((sp for sp in spans if sp.start == start and sp.end <= hs and sp.text in ("国务院", "中共中央")), None)
        if any(sp.start < hs and start < sp.end for sp in spans if sp is not parent and sp not in cut_short) or \
                _NOT_A_TASK.search(purpose) or \
                any(r in purpose for r in _ROLE_TUPLE if len(r) >= 2):
            continue                    # 某委在现场成立…指挥部, 组长某某主持召开领导小组: a clause, not a name
        lead = next((w for w in ("中央", "国务院", "全国", "国家") if purpose.startswith(w)), None)
        if lead is None:
            lead = next((purpose[:n] for n in range(min(6, len(purpose)), 1, -1)
                         if purpose[n - 1] in "省市县区州" and _gazetteer_city(purpose[:n])), None)
        if lead is None or "的" in purpose or (len(purpose) - len(lead) < 2 and
                                               not (purpose == lead and m.group().endswith(("指导组", "代表团")))):
            continue                    # 中央指导组, 中央代表团 are named by their sender alone; others by their task
        out.append(OrgSpan(start, he, text[start:he], T.GOVERNMENT_AGENCY, parent.end if parent else None))
    return out


def _shared_heads(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """某甲、某乙医院: a name before 、 shares the head of the body after it (both are hospitals)."""
    out = []
    for sp in spans:
        if sp.start < 3 or text[sp.start - 1] != "、":
            continue
        head = next((sp.text[-n:] for n in range(min(6, len(sp.text) - 1), 1, -1)
                     if sp.text[-n:] in ORG_HEADS and ORG_HEADS[sp.text[-n:]] is T.MEDICAL_INSTITUTION), None)
        k = _token_at(tokens, sp.start - 2)
        if head is None or k < 0 or tokens[k].end != sp.start - 1:
            continue
        start = sp.start - 1
        while k >= 0 and start - tokens[k].start <= 6 and _name_like(tokens[k]) and tokens[k].word not in _BLOCKERS:
            start = tokens[k].start
            k -= 1
        member = text[start:sp.start - 1]
        if len(member) < 2 or member.endswith(_all_heads()) or any(o.start < sp.start - 1 and start < o.end for o in spans):
            continue
        # names listed side by side are alike, to their last character: 甲山、乙山医院, not 某队队员、某某医院
        own = _without_leading_place(sp.text[:-len(head)])
        core = _without_leading_place(member)
        towns = member[-1:] in ("镇", "乡") and sp.text[:-len(head)][-1:] == member[-1] and 2 <= len(member) <= 5
        if not towns and (not own or abs(len(core) - len(own)) > 1 or core[-1] != own[-1]):
            continue                    # (甲镇、乙镇卫生院: towns listed, however the gazetteer knows them)
        if k >= 0 and text[tokens[k].end - 1:tokens[k].end] not in "在和与及的，。；：（ " and tokens[k].pos not in ("p", "v", "c"):
            continue                    # the member must open at a boundary
        out.append(OrgSpan(start, sp.start - 1, member + head, sp.type))
    return out


_LIST_JOINS = "、和及与"


def _full_division(word: str) -> bool:
    """word is a division's full name (某某省, 某某市, 某某县)."""
    from kg.gazetteer import gazetteer
    return word[-1:] in "省市县区州旗" and any(p.level in ("province", "city", "county", "district")
                                          for p in gazetteer().candidates(word))


def _full_place_prefix(name: str) -> int:
    """Length of the division's full name opening name, or 0."""
    return next((n for n in range(min(len(name) - 1, 8), 2, -1) if _full_division(name[:n])), 0)


def _listed_places(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """某甲省、某乙省、某丙省人民政府: divisions listed by their full names before a government, Party or medical
    body named by the last of them each have that body (the span covers the division, the name carries the head)."""
    out: list[OrgSpan] = []
    for sp in spans:
        if sp.start < 4 or text[sp.start - 1] not in _LIST_JOINS or \
                sp.type not in (T.GOVERNMENT_AGENCY, T.PARTY_ORGANIZATION, T.MEDICAL_INSTITUTION):
            continue                    # (某甲区、某乙县疾控中心: each division's centre too)
        n = _full_place_prefix(sp.text)
        if not n or n == len(sp.text):
            continue
        rest = sp.text[n:]
        pos = sp.start - 1
        found = []
        while pos > 0 and text[pos] in _LIST_JOINS:
            member = next((text[pos - k:pos] for k in range(min(8, pos), 2, -1) if _full_division(text[pos - k:pos])), None)
            if member is None or any(o.start < pos and pos - len(member) < o.end for o in spans):
                break
            found.append(OrgSpan(pos - len(member), pos, member + rest, sp.type))
            if text[pos] != "、":
                break                   # 和 joins the last two members only
            pos -= len(member) + 1
        if found and (found[-1].start == 0 or not "\u4e00" <= text[found[-1].start - 1] <= "\u9fff" or
                      text[found[-1].start - 1] in "由和与及在向对经据从" or
                      text.endswith(("联合", "会同", "协同", "组织", "指导", "带领"), 0, found[-1].start)):
            out.extend(found)
    return out


def _without_leading_place(name: str) -> str:
    for n in range(min(len(name) - 1, 7), 1, -1):
        if _gazetteer_city(name[:n]):
            return name[n:]
    return name


_TEAM_HEADS = TEAM_HEADS
_TEAM_GAP = re.compile(r"(?:第[一二三四五六七八九十\d]+批)?(?:援|援助|支援|驰援)?[^\W\d的等或和与及支派遣两各]{0,4}?"
                       r"(?:抗疫|医疗|重症|中医)?")
_VILLAGE_ENDS = ("村", "屯", "寨", "社区")
_VILLAGE_OF = re.compile(r"[^\W\d镇乡]{1,4}(?:村|社区)$")
# 在某某畈镇卫生院: a town the gazetteer does not know, its name from a preposition or a clause's edge to 镇/乡
_UNKNOWN_TOWN = re.compile(r"(?:^|(?<=[在到赴往原据经据向由]|[^\u4e00-\u9fff]))([^\W\d乡镇城村各全每所该本其这那市县区省在到赴往了对向从于为与和及把被的原前据经由]"
                           r"{2,3}[镇乡])$")
_TOWN_CLINICS = ("卫生院", "中心卫生院")


def _unknown_town(text: str, hs: int) -> int:
    """Where a town the gazetteer lacks begins, when its name alone stands before its clinic (在某某镇卫生院), or -1."""
    if not text.startswith(_TOWN_CLINICS, hs) or text[hs - 1:hs] not in ("镇", "乡"):
        return -1
    m = _UNKNOWN_TOWN.search(text, max(0, hs - 4), hs)
    if m is not None and _tagger().word_tag_tab.get(m.group(1)[:-1], "")[:1] == "v":
        return -1                       # 提起|镇卫生院: a verb of the dictionary, no town's name
    return m.start(1) if m else -1
_STREET_WORDS = frozenset("街 路 村 镇 乡 街道 社区 大街 大道 巷".split())
_MANNER = frozenset("精心 认真 积极 周密 严密 有序 统一 广泛 全面 及时 迅速 科学 有效 集中".split())
_DESIGNATION = re.compile(r"国家(?:区域)?(?:医学|医疗|临床医学研究|中医药传承创新|中医疫病防治)")
LEGAL_FORM = re.compile(r"(?:股份)?有限(?:责任)?公司")    # a firm's legal form, closing its name
_CENTRAL_OFFICE = re.compile(r"(?:中央|国务院)[\u4e00-\u9fff]{1,3}?[办室](?=[、，。；和与及等]|$|副?主任|分管|党组)")


def _central_offices(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """中央财办, 中央政研室, 国务院参事室: an office of the centre or the State Council, its name cut short, standing
    as an item of a list or closing its clause."""
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    return [OrgSpan(m.start(), m.end(), m.group(), T.GOVERNMENT_AGENCY) for m in _CENTRAL_OFFICE.finditer(text)
            if m.start() in starts and m.end() in ends and
            not any(sp.start < m.end() and m.start() < sp.end for sp in spans)]


_FIELD_MINISTRY = re.compile("(?:%s)部" % "|".join(sorted(BODY_FIELDS, key=len, reverse=True)))


def is_field_ministry(name: str) -> bool:
    """A ministry named by its field (应急管理部), as no other national body is named."""
    return len(name) >= 4 and _FIELD_MINISTRY.fullmatch(name) is not None
# what may stand right before a ministry named by its field alone: no word of a longer name
_BEFORE_MINISTRY = frozenset("和与及同由在经据向对是将从为并、，。；：“（")


# 某某部下达资金: 部下 is the cut's word, 下达 the verb the ministry opens its clause on
_SENDS_DOWN = ("下达", "下发", "下拨", "下派")


def _field_ministries(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """退役军人事务部, 农业农村部 (cut 退役军人|事务部, 农业|农村部): a field and 部, opening a clause or an item of a
    list, name that field's ministry however the cut splits them; 党组 or 党委 right after it is its Party body."""
    if "部" not in text:
        return []
    starts = {t.start for t in tokens}
    freq = _tagger().tokenizer.FREQ
    out = []
    for m in _FIELD_MINISTRY.finditer(text):
        s, e = m.span()
        time_before = s and any(t.end == s and t.pos == "t" for t in tokens)     # (今年|工业和信息化部)
        if s not in starts or (s and text[s - 1] not in _BEFORE_MINISTRY and not time_before) or \
                any(sp.start < e and s < sp.end for sp in spans):
            continue
        if s and text[s - 1] in "和与及同" and text[s - 2:s] not in ("会同", "协同", "连同") and \
                not any(sp.end == s - 1 for sp in spans):
            continue                    # 文化和体育部: 和 joins two fields of one ministry, not two bodies
        after = text[e - 1:e + 1]
        if after in ("部长", "部际") or len(after) == 2 and freq.get(after, 0) >= 100 and after not in ROLE_SET and \
                after[1] not in "将要已也还正在于对和与及等的并又再就都" and not text.startswith(_SENDS_DOWN, e):     # (某某部|将开展: 部将 is the cut's word)
            continue                    # 民政部门, 卫生部分: 部 opens another word; 财政部长 shares its 部 with the post
            # (a rare word such as 部优 is only the cut's: 某部优抚司)
        party = next((h for h in ("党组", "党委") if text.startswith(h, e)), None)
        dept = text.find("司", e + 2, e + 13)
        if party:
            out.append(OrgSpan(s, e + 2, text[s:e + 2], ORG_HEADS[party], e))
        elif dept > 0 and dept + 1 in starts | {t.end for t in tokens} and _department_words(text, tokens, e, dept) \
                and (not text.startswith("司长", dept) or text.startswith("司司长", dept)):
            out.append(OrgSpan(s, dept + 1, text[s:dept + 1], T.GOVERNMENT_AGENCY, e))   # 某某部某某指导司: its department
        else:
            out.append(OrgSpan(s, e, text[s:e], T.GOVERNMENT_AGENCY))
    return out


_SHORT_BODY_ENDS = ("办", "委", "部", "局", "署", "会", "联", "总")


def _listed_tagged_bodies(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """国家安全部、中联部、某澳办/j等单位, 某医保局、全国总工会/nt、…: a word the tagger knows as an organisation (or a
    short name ending in 办, 委, 会…) standing in a 、-list right beside a body is a body too."""
    cands = [k for k, t in enumerate(tokens) if t.pos in ("nt", "j")]
    if not cands or not any(c in text for c in "、和与及"):
        return []
    out: list[OrgSpan] = []
    for _ in range(4):
        found = spans + out
        more = []
        for k in cands:
            t = tokens[k]
            w = t.word
            if not (t.pos == "nt" and len(w) >= 3 or t.pos == "j" and 3 <= len(w) <= 5 and w.endswith(_SHORT_BODY_ENDS)
                    and not w.startswith("全")) or w.endswith(("全委会", "大会", "会议")) or \
                    not _HAN_RUN.fullmatch(w) or any(sp.start < t.end and t.start < sp.end for sp in found + more) or \
                    w in KINDS_NAMED_BARE or w in ORG_HEADS or k and tokens[k - 1].pos == "ns" and tokens[k - 1].end == t.start:
                continue                # (疾控中心, 人民医院: a kind named bare, whose body the pipeline tells; 某港|证监会)
            before = text[t.start - 1:t.start] in ("、", "和", "与", "及") and any(sp.end == t.start - 1 for sp in found)
            after = text[t.end:t.end + 1] in ("、", "和", "与", "及") and any(sp.start == t.end + 1 for sp in found)
            if not (before or after):
                continue
            typ = UNIT_HEADS.get(w) or ORG_HEADS.get(w[-3:]) or ORG_HEADS.get(w[-2:]) or \
                (T.GOVERNMENT_AGENCY if w.endswith(("办", "委", "部", "局", "署", "总", "监会")) else T.ORGANIZATION)
            more.append(OrgSpan(t.start, t.end, w, typ))
        if not more:
            break
        out += more
    return out




_ITEM_END = re.compile(r"[、，。；：和及与等]|人员|专家|医护|队员|$")


def _listed_items(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """某市消防救援总队、中国地震应急搜救中心、应急总医院人员: an item of a 、-list after a body, closed by a body's head,
    is a body too, whatever words name it (the list vouches for them); not a kind of body (基层医院)."""
    if "、" not in text:
        return []
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    out: list[OrgSpan] = []
    for _ in range(4):
        found = sorted(spans + out, key=lambda sp: sp.start)
        more = []
        for sp in found:
            s = sp.end + 1
            if text[sp.end:s] != "、" or s not in starts or any(o.start == s for o in found + more):
                continue
            stop = re.compile(r"[、，。；：（(“”]").search(text, s)
            limit = min(stop.start() if stop else len(text), s + 14)
            best = None
            for m in _head_re().finditer(text, s, limit):
                h = m.group()
                if ORG_HEADS.get(h) not in (T.MEDICAL_INSTITUTION, T.GOVERNMENT_AGENCY, T.ORGANIZATION) or \
                        m.start() - s < 2 or m.end() not in ends or not _ITEM_END.match(text, m.end()):
                    continue
                best = m
            if best is None:
                continue
            item = text[s:best.end()]
            if item.startswith(("自治区", "省", "市", "县", "区", "州")) or item in KINDS_NAMED_BARE or best.group() in WEAK_HEADS and best.group() not in ("医院", "卫生院") and \
                    best.start() - s < 4:
                continue                # 疾控中心: a kind named bare, whose body the pipeline tells
            words = [t for t in tokens if s <= t.start and t.end <= best.start()]
            if any(t.word in NOT_IN_NAME or t.word in _BLOCKERS or t.word in ROLE_SET or t.pos[:1] in ("r", "m", "p", "u", "c", "d")
                   for t in words) or _generic_kind(text, tokens, s, best.start()) or \
                    any(o.start < best.end() and s < o.end for o in found + more):
                continue
            more.append(OrgSpan(s, best.end(), item, ORG_HEADS[best.group()]))
        if not more:
            break
        out += more
    return out


_HEADQUARTERS = re.compile(r"(?:(?<=[、，。；：（“\n])|^)((?:国家|国务院|中央)[\u4e00-\u9fff]{1,2}总)(?=[、和与及])")


_COMMUNITY_POST = re.compile(r"(?:社区|村)(?=(?:的)?(?:党委|党总支|党支部|村|社区)?副?(?:书记|主任))")


def _community_of_a_post(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """是某区某某社区的书记, 某某村党支部书记: a community or village whose secretary or director is named is its
    committee, a body (the place keeps its own node)."""
    from kg.resolve import leading_place
    out = []
    bounds = {t.start for t in tokens} | {t.end for t in tokens}
    for m in _COMMUNITY_POST.finditer(text):
        e = m.end()
        k = _token_at(tokens, m.start())
        if k < 0:
            continue
        # the name: the word holding 社区/村 (某亭社区/ns), or the words right before it (东亭/nr 社区, 水岸/n 星城/n 社区)
        s = tokens[k].start if tokens[k].start < m.start() else (tokens[k - 1].start if k else m.start())
        j = _token_at(tokens, s - 1) if s else -1
        if s == m.start() - 2 and j >= 0 and tokens[j].pos in ("n", "nz", "nr", "s") and len(tokens[j].word) == 2 and \
                tokens[j].end == s and tokens[j].word not in NOT_IN_NAME and tokens[j].word not in _BLOCKERS:
            s = tokens[j].start
        name = text[s:m.start()]
        if not 2 <= len(name) <= 4 or not all("\u4e00" <= c <= "\u9fff" for c in name) or \
                any(c in name for c in "的在是为和与及全本该各每这那") or \
                leading_place(text[s:e], frozenset())[1] == text[s:e] or s not in bounds or \
                any(sp.start < e and s < sp.end for sp in spans) or text[e:].startswith(("党委", "党总支", "党支部")):
            continue                    # (某村党支部书记: the branch is read as the body)
        k = _token_at(tokens, s - 1) if s else -1
        while k >= 0 and tokens[k].pos == "ns" and tokens[k].end == s:
            s = tokens[k].start         # 某市某区|某某社区: the places before it name it too
            k -= 1
        out.append(OrgSpan(s, e, text[s:e], T.ORGANIZATION))
    return out


_TAGGED_REPORTS = ("介绍", "表示", "发布", "通报", "宣布", "指出", "称")


_PARTY_POST_AFTER = re.compile(r"(?:全国|中央)?(?:主席|副主席|总书记|第一书记|书记|领袖|党首|领导人)")


def _foreign_parties(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """某国某某党主席某某, 某国某某工党总书记: a country, then words up to 党 right before a party's post, name a
    party abroad (whatever the cut made of its words)."""
    from kg.gazetteer import world_places
    world = world_places()
    starts = {t.start for t in tokens}
    out = []
    for m in re.finditer(r"党(?=(?:全国|中央)?(?:主席|副主席|总书记|第一书记|书记|领袖|党首|领导人))", text):
        e = m.end()
        lo = max(0, e - 18)
        # the country opens the name: the nearest boundary before the party's words, then a country's name there
        s = max((k + 1 for k in range(lo, e) if not "\u4e00" <= text[k] <= "\u9fff" or text[k] in "、"), default=lo)
        country = next((s2 for s2 in range(s, e - 2) if s2 in starts and
                        any(text.startswith(w, s2) and e - s2 - len(w) >= 2 for w in _country_words(text, s2, world))),
                       None)
        if country is None or text[s:country] not in ("", "和", "与", "及"):
            continue
        inner = text.rfind("党", country, e - 1)
        if inner >= 0:
            country = inner + 1         # 某国最大在野党某某党: the party's own name after the words describing it
        name = text[country:e]
        if len(name) < 3 or "中国" in name or "党的" in name or _DESCRIBED_PARTY.search(name) or \
                any(sp.start < country and e <= sp.end for sp in spans):
            continue
        out.append(OrgSpan(country, e, name, T.ORGANIZATION))
    return out


_DESCRIBED_PARTY = re.compile(r"最大|执政|在野|反对|主要|第[一二三四五]大|其他|各|多个|该")


def _country_words(text: str, pos: int, world: frozenset[str]) -> list[str]:
    return [text[pos:pos + n] for n in range(2, 8) if text[pos:pos + n] in world]


# 某大一院, 某医大二院: a university's numbered hospital, by its common short name
_NUMBERED_HOSPITAL = re.compile(r"(?:医大|大)?[一二三四五六七八九]院(?![\u4e00-\u9fff]?(?:长|士|区))")
_NOT_IN_SHORT_NAME = frozenset("由在到和与及从赴是的为对向将把被")


def _numbered_hospitals(text: str, tokens: list[Token], spans: list[OrgSpan]) -> tuple[list[OrgSpan], list[OrgSpan]]:
    """某大一院, 某大二院: a university's short name (one or two characters), 大, an ordinal and 院 name its
    hospital. Returns the new spans, and the spans read before that start with one (某大一院第五批医疗队: its unit)."""
    out, units = [], []
    for m in _NUMBERED_HOSPITAL.finditer(text):
        e = m.end()
        bare = not m.group().startswith(("大", "医大"))
        s = next((m.start() - n for n in ((2,) if bare else (2, 1)) if m.start() - n >= 0 and
                  not any(c in _NOT_IN_SHORT_NAME for c in text[m.start() - n:m.start()]) and
                  all("\u4e00" <= c <= "\u9fff" for c in text[m.start() - n:m.start()]) and
                  (m.start() - n == 0 or not "\u4e00" <= text[m.start() - n - 1] <= "\u9fff" or
                   text[m.start() - n - 1] in _NOT_IN_SHORT_NAME)), None)
        if s is None or _freq(text[s:m.start() + 1]) >= 500 or bare and (_freq(text[s:m.start()]) >= 2000 or
                                                                          any(c in "第全各两每一二三四五六七八九十几多" for c in text[s:m.start()])):
            continue                    # (扩大一院: a verb; 某山五院, 某医三院: a university's short name, no word)
        longer = next((sp for sp in spans if sp.start == s and sp.end > e and sp.parent_end is None), None)
        if longer is not None:
            units.append(OrgSpan(longer.start, longer.end, longer.text, longer.type, e))
        elif not any(sp.start < e and s < sp.end for sp in spans):
            out.append(OrgSpan(s, e, text[s:e], T.MEDICAL_INSTITUTION))
    return out, units


# the armed services by name, opening a clause and acting (空军出动, 联勤保障部队所属医院, 海军“某某”号医院船)
_SERVICES = re.compile(r"(?:^|(?<=[，。；：、和与及从由\s]))(中国人民解放军|解放军|陆军|海军|空军|火箭军|战略支援部队|联勤保障部队|"
                       r"武警部队)(?=出动|派出|抽组|抽调|所属|组建|紧急|迅速|第一时间|今天|\d+日|先后|共|已|累计|“|、|和|与|"
                       r"在|向|分别|也|还|迅即|立即)")


def _services(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """空军出动…, 联勤保障部队所属医院…: a service of the armed forces named as the subject of what it does; in a list
    closed by a head the services share (陆军、海军、空军军医大学), each service's body of that head."""
    out = []
    for m in _SERVICES.finditer(text):
        if any(sp.start < m.end(1) and m.start(1) < sp.end for sp in spans):
            continue
        shared = _SHARED_SERVICE_HEAD.match(text, m.end(1))
        if shared is not None:
            out.append(OrgSpan(m.start(1), m.end(1), m.group(1) + shared.group(1), T.ORGANIZATION))
        else:
            out.append(OrgSpan(m.start(1), m.end(1), m.group(1), T.GOVERNMENT_AGENCY))
    return out


_SHARED_SERVICE_HEAD = re.compile(r"(?:、(?:陆军|海军|空军|火箭军))*、(?:陆军|海军|空军|火箭军)(军医大学|医疗队)")


_NUMBERED_INSTITUTE = re.compile(r"第[一二三四五六七八九十百〇零\d]{2,5}(?:研究所|研究院|设计研究院)")
_OWNER_BOUNDARY = frozenset("，。；：、（“在由和与及的是从到对向为")


def _numbered_institutes(text: str, spans: list[OrgSpan]) -> tuple[list[OrgSpan], list[OrgSpan]]:
    """某集团第七〇某研究所, 某某重工第某〇某研究所: a group's numbered institute (the number may hold 〇), a unit of the
    group named before it. Returns the new spans and the group spans they take in."""
    out, taken = [], []
    for m in _NUMBERED_INSTITUTE.finditer(text):
        owner = next((sp for sp in spans if sp.end == m.start()), None)
        if any(sp.start < m.end() and m.start() < sp.end for sp in spans):
            continue
        if owner is not None:
            start = owner.start
            taken.append(owner)
        else:
            start = m.start()
            while start > 0 and m.start() - start < 8 and "\u4e00" <= text[start - 1] <= "\u9fff" and \
                    text[start - 1] not in _OWNER_BOUNDARY:
                start -= 1
            if 0 < m.start() - start < 2:
                continue
        out.append(OrgSpan(start, m.end(), text[start:m.end()], T.ORGANIZATION, m.start() if start < m.start() else None))
    return out, taken


def _bare_bodies_of_context(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """特区政府, 常委会法制工作委员会: a region's government or a standing committee's working body named without
    the region or the congress, which the pipeline supplies from the article."""
    out = []
    for k, t in enumerate(tokens):
        if any(sp.start < t.end and t.start < sp.end for sp in spans):
            continue
        if t.word == "特区政府" and (t.start == 0 or text[t.start - 1] not in _NAME_BEFORE_REGION):
            out.append(OrgSpan(t.start, t.end, t.word, T.GOVERNMENT_AGENCY))
        elif t.word == "常委会" and k + 1 < len(tokens) and tokens[k + 1].start == t.end and \
                tokens[k + 1].pos == "nt" and tokens[k + 1].word.endswith("委员会") and len(tokens[k + 1].word) >= 5 and \
                (t.start == 0 or not "\u4e00" <= text[t.start - 1] <= "\u9fff" or text[t.start - 1] in "由和与及"):
            out.append(OrgSpan(t.start, tokens[k + 1].end, t.word + tokens[k + 1].word, T.GOVERNMENT_AGENCY))
    return out


_LEAGUE_COMMITTEE = re.compile(r"共青团[\u4e00-\u9fff]{1,12}?(?:省|市|县|区|州|旗|盟|自治区)委(?:员会)?")
# 内设办公室、免疫规划科…6个科室: the departments a body lists as its own
_INTERNAL_LIST = re.compile(r"(?:内设|下设|设有|开设|设置)((?:[\u4e00-\u9fff]{1,12}?(?:科|室|部|病区|中心|股)[、和])*"
                            r"[\u4e00-\u9fff]{1,12}?(?:科|室|部|病区|中心|股))"
                            r"(?:(等?(?:\d+|[一二三四五六七八九十两]+)?个?(?:科室|部门|职能科室|业务科室|临床科室|医技科室|"
                            r"内设机构|机构|病区))|(?=[，。；]|$))")


def _internal_units(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """内设办公室、免疫规划科、健康教育科6个科室: each department a body lists after 内设/设有 is a unit of it (a list of
    three or more, or one closed by 科室/部门)."""
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    out = []
    for m in _INTERNAL_LIST.finditer(text):
        pieces = re.split(r"[、和]", m.group(1))
        if not m.group(2) and len(pieces) < 3:
            continue
        at, got = m.start(1), []
        for piece in pieces:
            s, e = at, at + len(piece)
            at = e + 1
            if s not in starts or e not in ends or re.search(r"[了的等或者是在到进]", piece) or \
                    any(sp.start < e and s < sp.end for sp in spans) or \
                    any(w in piece for w in NOT_IN_NAME if len(w) >= 2) or piece in ("科室", "中心", "部门"):
                got = []
                break                   # (a list whose items are not all clean names is no list of departments)
            got.append(OrgSpan(s, e, piece, T.ORGANIZATION))
        out += got
    return out


# (2023年)(先后)被, 荣获, 获评: the verb of an award right after a body's bare head
_AWARD_NEXT = re.compile(r"(?:(?:19|20)\d{2}年度?)?(?:先后|多次|连续|再次|曾|还|也|又)?(?:被|荣获|获评|喜获|荣膺)|"
                         r"(?:还|也|又|将|已|积极|联合|坚持|始终|每年|持续|深入|大力|认真|全面|主动|及时)"
                         r"(?:联合|开展|组织|在|与|通过|围绕|结合|推出|实施|坚持|举办|走进|深入)|(?:联合|携手|会同)")
# a unit named bare as a clause's subject, then (a year and) the verb of an award: 2022年，产科被某某授予…
_BARE_UNIT_HONOURED = re.compile(r"(?:^|(?<=[，。；：、\s◆●■▲★☆◇○•▪►]))(?:(?:19|20)\d{2}年(?:\d{1,2}月)?[，,]?)?"
                                 r"([\u4e00-\u9fff]{0,7}?(?:科|党支部|团支部|党总支|团委|护理部|医务部|药学部|病区|中心))"
                                 r"(?=(?:(?:19|20)\d{2}年(?:度)?)?(?:先后|多次|连续|再次|曾|还|也)?(?:被|荣获|获评|喜获|荣膺))")


def _bare_units_honoured(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """产科被某某授予, 外科党支部荣获…: a department or branch named bare opening a clause before an award verb is a
    unit of the body the text is about (the pipeline finds which)."""
    starts = {t.start for t in tokens}
    out = []
    for m in _BARE_UNIT_HONOURED.finditer(text):
        s, e = m.span(1)
        name = m.group(1)
        if s not in starts or any(sp.start < e and s < sp.end for sp in spans) or \
                any(w in name for w in NOT_IN_NAME if len(w) >= 2) or name in ("中心", "科", "党支部", "团委"):
            continue
        head = next((h for h in ("党支部", "团支部", "党总支", "团委") if name.endswith(h)), None)
        out.append(OrgSpan(s, e, name, T.PARTY_ORGANIZATION if head else T.ORGANIZATION))
    return out


_NAME_BEFORE_REGION = frozenset("港澳门")
_HOSTS_OR_REPORTS = ("发布会", "新闻发布会", "举行", "召开", "发布", "印发", "表示", "介绍", "通报", "宣布")


def _abbreviated_hosts(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """国新办发布会, 某某委今天举行…: a word the tagger knows as an abbreviation, ending like a body's short name,
    before the press conference it holds or a verb of reporting, is that body."""
    out = []
    for t in tokens:
        if t.pos == "j" and len(t.word) == 3 and t.word.endswith(("办", "委", "部", "局", "署")) and \
                (text.startswith(_HOSTS_OR_REPORTS, t.end) or
                 re.match(r"(?:今天|今日|近日|日前|\d+日)(?:" + "|".join(_HOSTS_OR_REPORTS) + ")", text[t.end:])) and \
                not any(sp.start < t.end and t.start < sp.end for sp in spans):
            # (某地|某组委: the place the tagger marks right before it opens the name; a body abroad is no government's)
            place = next((p for p in tokens if p.end == t.start and p.pos == "ns"), None)
            if place is None and t.start and "\u4e00" <= text[t.start - 1] <= "\u9fff" and \
                    text[t.start - 1] not in "在由和与及到从赴是的":
                continue                # (某地残|某组委: the word the cut left is part of a longer name)
            abroad = place is not None and place.word in _world_places() and not _gazetteer_place(place.word)
            start = place.start if place is not None else t.start
            out.append(OrgSpan(start, t.end, text[start:t.end], T.ORGANIZATION if abroad else T.GOVERNMENT_AGENCY))
    return out


def _tagged_reporters(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """某科院/nt 介绍，…: a word the tagger knows as an organisation, opening a clause and reporting, is a body."""
    out = []
    for k, t in enumerate(tokens):
        if t.pos != "nt" or not 3 <= len(t.word) <= 8 or not all("\u4e00" <= c <= "\u9fff" for c in t.word) or \
                (t.start and text[t.start - 1] not in "，。；：、“（ \n") or not text.startswith(_TAGGED_REPORTS, t.end) or \
                any(sp.start < t.end and t.start < sp.end for sp in spans) or t.word in ORG_HEADS:
            continue
        head = max((h for h in ORG_HEADS if t.word.endswith(h)), key=len, default="")
        if head in _KIND_HEADS and _bare_world(t.word[:-len(head)]):
            continue                    # 美国公司宣布: a kind of body of a country, no one body
        out.append(OrgSpan(t.start, t.end, t.word, ORG_HEADS.get(head, T.ORGANIZATION)))
    return out


_NUMBERED_UNIT = re.compile(r"(?:中国人民解放军|解放军)?\d{5}部队")


def _numbered_units_and_parties(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """96911部队: an army unit known by its number; 中国某某党/nt: a party the tagger knows by its whole name."""
    out = [OrgSpan(m.start(), m.end(), m.group(), T.GOVERNMENT_AGENCY) for m in _NUMBERED_UNIT.finditer(text)
           if not any(sp.start < m.end() and m.start() < sp.end for sp in spans)]
    quoted = quoted_spans(text) if "《" in text or "“" in text else []
    for t in tokens:
        if t.pos == "nt" and 3 <= len(t.word) <= 8 and t.word.endswith("党") and \
                not any(a <= t.start < b for a, b in quoted) and \
                not any(sp.start < t.end and t.start < sp.end for sp in spans + out):
            out.append(OrgSpan(t.start, t.end, t.word, T.PARTY_ORGANIZATION))
    return out


def _listed_headquarters(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """国家某总、某某部等部门: a national headquarters known by its short name (…总指挥部 → …总), an item of a list
    whose next item is a body."""
    out = []
    for m in _HEADQUARTERS.finditer(text):
        s, e = m.span(1)
        if any(sp.start < e and s < sp.end for sp in spans) or not any(sp.start == e + 1 for sp in spans):
            continue
        out.append(OrgSpan(s, e, text[s:e], T.GOVERNMENT_AGENCY))
    return out


def _firms(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """某市华盛烟花制造燃放有限公司: a company's legal form closes its name, whatever words of trade (verbs too) stand
    before it, back to the place that opens it; a name (nz, nr) must be among them."""
    out = []
    for m in (LEGAL_FORM.finditer(text) if "有限" in text else ()):
        over = [sp for sp in spans if sp.start < m.end() and m.start() < sp.end]
        # (某地新|某燃气有限公司: a firm read short, its name cut at an adjective the cut left, is read on)
        short = over[0] if len(over) == 1 and over[0].end == m.end() and over[0].type is T.ORGANIZATION and \
            over[0].parent_end is None else None
        if over and short is None:
            continue
        # (某县某省某某集团|留神峪煤业有限公司: a group read before is the opening of the company's name)
        glued = [sp for sp in spans if sp.end < m.start() and _HAN_RUN.fullmatch(text, sp.end, m.start()) and
                 m.start() - sp.end <= 8 and sp.text.endswith("集团")]
        k = _token_at(tokens, m.start() - 1)
        if k < 0 or tokens[k].end != m.start():
            continue
        start, named = m.start(), False
        while k >= 0 and m.start() - tokens[k].start <= 14:
            t = tokens[k]
            # (某地|新|某燃气: a one-character word glued between a name and the brand opens the brand)
            brand_char = len(t.word) == 1 and k >= 1 and tokens[k - 1].end == t.start and \
                tokens[k - 1].pos in ("nr", "ns", "nz") and t.pos == "a" and named
            if not _HAN_RUN.fullmatch(t.word) or (t.word in NOT_IN_NAME and not brand_char) or t.word in _BLOCKERS or \
                    t.pos[:1] in ("r", "m", "p", "c", "u", "d", "q", "t", "f") or named and t.pos[:1] == "v" and t.pos != "vn":
                break                   # (words of trade may be verbs; before the brand that opens them, none)
            start = t.start
            named = named or t.pos in ("nz", "nr", "nrt", "nt", "j") and t.word not in ("集团", "公司", "控股", "股份")
            if t.pos == "ns":
                break                   # the place opens the name
            k -= 1
        if glued:
            g = glued[-1]
            start = g.start
            k = _token_at(tokens, start - 1) if start else -1
            if k >= 0 and tokens[k].end == start and tokens[k].pos == "ns" and not tokens[k].word.endswith(("县", "市", "区")):
                start = tokens[k].start     # 某省|通洲集团…: a province's short name opens the firm's name
            spans.remove(g)
            named = True
        if short is not None:
            if named and start < short.start:
                spans.remove(short)
                out.append(OrgSpan(start, m.end(), text[start:m.end()], T.ORGANIZATION))
        elif named and m.start() - start >= 2:
            out.append(OrgSpan(start, m.end(), text[start:m.end()], T.ORGANIZATION))
    return out


_PARTY_CENTRAL = re.compile(r"(?:^|(?<=[，。；、：和与及]))([\u4e00-\u9fff]{2}中央)(?=[、，。；和与及等]|$)")


def _party_centrals(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """某革中央、某盟中央、某建中央: parties' central committees named by their short names, two or more in a list."""
    if "中央" not in text:
        return []
    found = [m for m in _PARTY_CENTRAL.finditer(text) if m.group(1)[:2] not in ("中共", "党的", "全国", "国家")
             and not any(sp.start < m.end(1) and m.start(1) < sp.end for sp in spans)]
    listed = [m for m in found if text[m.end(1):m.end(1) + 1] == "、" or text[m.start(1) - 1:m.start(1)] == "、"]
    return [OrgSpan(m.start(1), m.end(1), m.group(1), T.PARTY_ORGANIZATION) for m in listed] if len(listed) >= 2 else []


_UNIT_BY_ITS_POST = re.compile(r"([\u4e00-\u9fff]{2,12}?([所站处室科]))(?=副?\2长)")


def _units_named_by_their_post(text: str, spans: list[OrgSpan]) -> list[OrgSpan]:
    """某中心病毒病预防控制所所长: words after a body closed by the character its head post repeats (所 + 所长) name
    a unit of the body; the body's span becomes the unit's (the body its parent)."""
    out = []
    for sp in spans:
        m = _UNIT_BY_ITS_POST.match(text, sp.end)
        if m is None or any(o is not sp and o.start < m.end() and sp.end < o.end for o in spans) or \
                any(c in m.group(1) for c in "的和与及在是为对"):
            out.append(sp)
            continue
        out.append(OrgSpan(sp.start, m.end(), text[sp.start:m.end()], UNIT_HEADS.get(m.group(2), T.ORGANIZATION),
                           sp.end, ((sp.parent_end,) if sp.parent_end is not None else ()) + sp.ancestors))
    return out


def _abbreviated_bodies(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """A body known by a short name the dictionary has no head for: 某卫/n 组织/v before a post or a report
    (某卫组织总干事, 据某卫组织统计), and a 2–3 character abbreviation (j) or a "place" no gazetteer knows
    right before the post of a body's head (某盟/j 秘书长)."""
    from kg.gazetteer import known_place
    out: list[OrgSpan] = []
    # only where a cue stands: 组织 or a head's post (the check per token would cost more than all the rest)
    for m in _ABBREVIATION_CUE.finditer(text):
        k = _token_at(tokens, m.start() - 1) if m.start() else -1
        if k < 0:
            continue
        t = tokens[k]
        if t.end != m.start() or any(sp.start < t.end and t.start < sp.end for sp in spans) or \
                not (2 <= len(t.word) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in t.word)) or \
                t.word in NOT_IN_NAME or t.word in _BLOCKERS or any(w in t.word for w in _WORLD):
            continue
        if m.group() == "组织":
            nxt = tokens[k + 1] if k + 1 < len(tokens) else None
            if nxt is None or nxt.word != "组织" or len(t.word) != 2 or _freq(t.word) >= 3000 or \
                    not (t.pos in _ABBREVIATION_TAGS or not _freq(t.word)):
                continue                # 社会组织, 国际组织 are kinds of body: only a rare word (a coined short form)
            if _BODY_POST_AFTER.match(text, nxt.end) or _BODY_REPORTS.match(text, nxt.end) or \
                    text[:t.start].endswith(("据", "根据", "援引", "按照", "依据")):
                out.append(OrgSpan(t.start, nxt.end, text[t.start:nxt.end], T.ORGANIZATION))
        elif k and tokens[k - 1].pos == "nr" and len(tokens[k - 1].word) == 1 and tokens[k - 1].end == t.start:
            continue                    # 谭|德某/ns 总干事: a surname and its given name, not an abbreviation
        elif t.pos == "j" or (t.pos == "ns" and not t.word.endswith(("方", "省", "市", "县", "区", "州")) and
                              not known_place(t.word)):
            out.append(OrgSpan(t.start, t.end, t.word, T.ORGANIZATION))
    return out


def _field_bodies(text: str, tokens: list[Token], spans: list[OrgSpan]) -> list[OrgSpan]:
    """FIELD+部/署/局/委 (2–6 characters of field words before a one-character head), when the same
    post follows right after, when it stands in a 、-list beside another body, or when 国家 opens it."""
    out: list[OrgSpan] = []
    for m in re.finditer("[部署局委厅]", text):
        hs, he = m.span()
        if any(sp.start < he and hs < sp.end for sp in spans + out) or text[hs - 1:hs] == "好" or \
                text[hs - 1:he] == "部署":
            continue                    # (开好局, 布好局: a good start, no bureau; 研究部署: the verb)
        # (某某部原副部长: a former holder's post confirms the body as well)
        post = text.startswith(_FIELD_POSTS[m.group(0)], he) or \
            text[he:he + 1] in "原前" and text.startswith(_FIELD_POSTS[m.group(0)], he + 1)
        i = _token_at(tokens, hs)
        if i < 0:
            continue
        tok = tokens[i]
        if tok.start == hs and tok.word == m.group(0) + "下" and text.startswith("下发", he):
            tok = Token(hs, he, m.group(0), "n")    # 某某部|下发: the cut glued the head to the verb (部下)
        general = tok.word in _GENERAL_HEADS and tok.end == he     # 市场监管总局: a head word of its own
        if not post and not general and (tok.end != he or (tok.start != hs and tok.pos != "nt" and len(tok.word) < 3)):
            continue                    # 委员, 部署, 大局: unconfirmed, the head must be a word of its own
        if any(text.startswith(r, he - len(r)) for r in _ROLES_BY_END.get(text[hs], ()) if len(r) > 1):
            continue                    # 副部长…: inside a post title
        start = tok.start if tok.start < hs else hs
        if tok.start < hs and tok.pos != "nt" and (tok.pos.startswith(("nr", "m")) or text[tok.start:hs] in NOT_IN_NAME or
                               (tok.pos == "v" and tok.end == he and len(tok.word) != 3)):
            continue
        k = i - 1
        while k >= 0 and hs - tokens[k].start <= 9:
            t = tokens[k]
            if t.pos == "ns" and m.group(0) in "厅局委" and t.word.endswith(("省", "市")) and _gazetteer_place(t.word):
                start = t.start         # 某省|公安厅/n: the province opens the name
                k -= 1                  # (the word before it is what bounds the name: 据|某省…厅)
                break
            if _joins_nouns(tokens, t, hs):
                start = t.start
                k -= 1
                continue
            if t.word in NOT_IN_NAME or t.word in _BLOCKERS or t.word in ROLE_SET or \
                    not t.pos.startswith(_FIELD_POS) or (t.pos.startswith("v") and t.pos != "vn") or \
                    t.word.endswith(_RESTRUCTURE):
                break
            start = t.start
            k -= 1
        # 某省科学技术厅: a province or city opening the field words names the body
        lead = tokens[_token_at(tokens, start)]
        provincial = m.group(0) in "厅局委" and (tok.start == hs or len(tok.word) == 3 and tok.pos in ("n", "nt", "nr")
                                                 and tok.word[:2] not in _HALLS) and \
            lead.start == start and lead.pos == "ns" and \
            (lead.word.endswith(("省", "市")) or text[lead.end:lead.end + 1] in ("省", "市")) and \
            _gazetteer_place(lead.word)
        prefix = next((p for p in _FIELD_PREFIX if text.startswith(p, start) and start + len(p) < hs), "")
        body = text[start + len(prefix):hs]
        if not (2 <= len(body) <= 9) or not all("\u4e00" <= c <= "\u9fff" for c in body) or "各" in text[start:he]:
            continue                    # (国家机关各部委: bodies of a kind, not one)
        # 组建某某部, 优化某某署职责: a body being made or reshaped
        restructured = m.group(0) in "部署" and text[:start].endswith(_RESTRUCTURE)
        if start > 0 and text[start - 1] not in "，。；：、,;:（）()“”「」 \n" and k >= 0 and not restructured and \
                not (tokens[k].word in NOT_IN_NAME or tokens[k].pos in ("ul", "p", "c", "uj", "v", "x", "t")):
            continue                    # the name must open at a boundary
        listed = (start > 0 and text[start - 1] == "、" and any(sp.end == start - 1 for sp in spans + out)) or \
            (text[he:he + 1] == "、" and any(sp.start == he + 1 for sp in spans))
        national = (prefix == "国家" and m.group(0) != "部" and tok.end == he) or provincial
        # 自然资源部今天发布…: a ministry opening its clause and reporting
        if all(c in "东南西北中" for c in text[start:hs]):
            continue                    # 中东部, 西南部: a region, not a ministry
        opening = start == 0 or text[start - 1] in "，。；：、\n" or text[:start].endswith(("根据", "按照", "经"))
        reports = m.group(0) in "部署" and (tok.start == hs or len(tok.word) >= 3) and opening and \
            (_REPORTS.match(text, he) is not None or _SUBJECT_CUES.match(text, he) is not None and
             (tok.start == hs or start < tok.start or tok.pos == "nt" or
              len(tok.word) == 3 and tok.pos == "n" and tok.word[:2] in _tagger().word_tag_tab))
        national = national or reports
        if post or listed or national or restructured or (general and start < tok.start):
            out.append(OrgSpan(start, he, text[start:he], T.GOVERNMENT_AGENCY))
    return out


_GENERAL_HEADS = frozenset(("总局", "总署"))
# rooms and halls ending in 厅, no department of a province (会议厅, 营业厅)
_HALLS = frozenset("会议 宴会 营业 展示 展览 陈列 接待 报告 演播 候车 候机 服务 音乐 歌舞 休息 办事 门诊 多功能 综合".split())
# verbs that make, merge or reshape a body: what follows them up to a ministry-like head is that body's name
_RESTRUCTURE = ("组建", "设立", "撤销", "不再保留", "优化", "整合", "改组", "并入", "划入", "成立")
_REPORTS = re.compile(r"(?:今天|今日|近日|日前|\d+日)?(?:（[^）]{0,12}）)?(?:发布|印发|公布|通报|宣布|召开|联合|会同|表示|发出|提醒|"
                      r"下发|安排|部署|出台|启动|批准|组织开展|介绍|回应|派出|追授|授予|表彰|(?:有关|相关)?负责(?:人|同志)|"
                      r"等(?:[\d一二三四五六七八九十多]+个?)?(?:部门|部委|单位))")
# weaker cues of a clause's subject (某某部要…, 某某部将…): only for a name of several words or a known body
_SUBJECT_CUES = re.compile(r"(?:要求|要(?=[\u4e00-\u9fff]{2})|将(?=[\u4e00-\u9fff]{2})|牵头|负责|调集|与(?=[\u4e00-\u9fff]{3})|"
                           r"推动|指导|督促|加强|推进|开展|积极|持续|根据|按照|会同|联合|组织|立即|迅速|第一时间)")


def _world_places() -> frozenset[str]:
    from kg.gazetteer import world_places
    return world_places()


def _gazetteer_place(word: str) -> bool:
    from kg.gazetteer import gazetteer
    return bool(gazetteer().candidates(word) or gazetteer().candidates(word + "省") or gazetteer().candidates(word + "市"))


def _province_short(word: str) -> bool:
    """word is a province's short name (湖北, 内蒙古), not its full one."""
    from kg.gazetteer import gazetteer
    return 2 <= len(word) <= 3 and any(p.level == "province" and p.name != word for p in gazetteer().candidates(word))


def _split_division(text: str, tokens: list[Token], k: int, end: int) -> int:
    """The index of the token that opens a city, county, district or town named in full (…市, …县, …区, …旗, …镇)
    ending at end and cut into several words ending with tokens[k]; -1 when there is none."""
    street = text.endswith("街道", 0, end) and tokens[k].word == "街道"     # (某金/n 街道/n: a subdistrict)
    if not street and (text[end - 1:end] not in ("市", "县", "区", "旗", "镇", "乡") or
                       len(tokens[k].word) >= 3 and not (text[end - 1] in "镇乡" and k and tokens[k - 1].pos == "m")):
        return -1                       # (二道/m 某河镇: a numeral opening a town's name)
    from kg.gazetteer import gazetteer
    levels = ("town",) if street or text[end - 1] in "镇乡" else ("city", "county", "district")
    j, found = k - 1, -1
    while j >= 0 and end - tokens[j].start <= 8:
        word = text[tokens[j].start:end]
        # (道/q 县: a county of one character, its character no verb or function word: 任/v 县 is an appointment)
        if (len(word) >= 3 or len(word) == 2 and tokens[j].pos[:1] not in "vpcdrut") and \
                any(p.level in levels and p.name == word for p in gazetteer().candidates(word)):
            found = j                   # (the longest: 二道某河镇, not 某河镇)
        j -= 1
    return found


def _town_after_verb(text: str, tokens: list[Token], k: int, end: int) -> int:
    """Where a town's name begins inside a word the cut made of a verb and the name (任某桥/nr 镇 卫生院), or -1."""
    if text[end - 1:end] not in ("镇", "乡") or k < 1:
        return -1
    from kg.gazetteer import gazetteer
    tok = tokens[k - 1]
    if len(tok.word) < 3 or tok.word[0] not in _VERB_BEFORE_PLACE or tok.end != tokens[k].start:
        return -1
    word = text[tok.start + 1:end]
    return tok.start + 1 if any(p.level == "town" and p.name == word for p in gazetteer().candidates(word)) else -1


_VERB_BEFORE_PLACE = frozenset("任在到至和与及赴从去来为")


def _gazetteer_city(word: str) -> bool:
    """word names a province, city or county (a town's name is too often a common word)."""
    from kg.gazetteer import gazetteer
    return len(word) >= 2 and any(p.level in ("province", "city", "county") for p in gazetteer().candidates(word))


def _real_place(word: str) -> bool:
    """jieba tags some common words as places (城市/ns): a place must be known, or be a word jieba had to
    guess, or end in a level character."""
    from kg.gazetteer import gazetteer, world_places
    gz = gazetteer()
    if gz.candidates(word) or word in world_places() or (len(word) >= 3 and word[-1] in "省市县区镇乡州旗村"):
        return True
    if len(word) >= 2 and (gz.candidates(word + "镇") or gz.candidates(word + "乡")):
        return True                     # 桂头/ns 卫生院: a town named without its 镇
    return len(word) >= 3 and _tagger().word_tag_tab.get(word) is None


def _starts_role(s: str) -> bool:
    return any(s.startswith(r) for r in ROLES)


from kg.extract.people import _HAN_RUN, _freq, plausible_name  # noqa: E402  (people imports nothing from here)


# (…的某某都会…: words that go on with the clause after a name, no part of one)
CLAUSE_GOES_ON = ("都", "也", "则", "就", "正在", "又", "还", "一直", "每天", "每周", "说", "介绍", "表示", "告诉", "是",
                   "带领", "主动", "已经", "总是", "常常", "经常", "坚持", "第一时间", "立即", "迅速", "仔细", "耐心", "详细")
_SERVICE_VERBS = frozenset("献血 采血 供血 输血 接种 监督 防治 预防 急救 护理 康复 体检 质控 招募".split())
_FIELD_VERBS = frozenset("检定 检测 检验 评价 评估 监测 鉴定 审评 认证 核查".split())
_LOCATIVES = frozenset("北部 南部 东部 西部 中部 东北部 西北部 东南部 西南部 境内 附近 一带 周边".split())


# verbs the tagger may call nouns (调度/n) by which a place acts on its bodies
_ACTING_ON = frozenset("调度 组织 协调 联合 派出 指导 督促 会同 动员 要求 推动 统筹".split())


def _past_possessor(text: str, tokens: list[Token], sp: OrgSpan) -> OrgSpan:
    """免去某高的|全国人大某委员会委员职务, 任命某某·某合|曼为/nr 某县人民医院…: a name (or its end) the cut glued to 的
    or 为 owns the post, it opens no body's name; the span starts after 的 or 为."""
    tok = next((t for t in tokens if t.start == sp.start), None)
    if tok is None or not tok.word.endswith(("的", "为")) or not tok.pos.startswith("nr") or tok.end >= sp.end:
        return sp
    return OrgSpan(tok.end, sp.end, text[tok.end:sp.end], sp.type, sp.parent_end, sp.ancestors)


def _left_edge(text: str, tokens: list[Token], hs: int) -> int:
    """Where the qualifying name before a head begins: extend left over name-like words."""
    i = _token_at(tokens, hs)
    if i < 0:
        return hs
    start = hs
    if tokens[i].start < hs:
        # the head shares a word with what precedes it (市中心医院 cut as 市中心/医院 is fine; 科 in 放射科 too)
        prefix = text[tokens[i].start:hs]
        if text.startswith("组织", hs) and tokens[i].pos != "nt" and \
                (prefix in _MANNER or _tagger().word_tag_tab.get(prefix, "")[:1] == "d" or
                 _tagger().word_tag_tab.get(prefix, "") == "ad"):
            return hs                   # 精心组织/n: a verb's adverb and the verb, no body's name
        if (prefix in NOT_IN_NAME or prefix in _BLOCKERS) and not \
                (tokens[i].end - hs == 1 and _known_body(tokens[i], tokens[i].end)) and \
                not (tokens[i].pos == "nt" and prefix == "全国" and tokens[i].end == hs + 2):
            return hs                   # (全国妇联/nt: the national body the tagger knows whole)
        start = tokens[i].start
        if tokens[i].pos == "nt" and i > 0 and not tokens[i - 1].pos.startswith("ns") and \
                (_gazetteer_city(prefix) or prefix.startswith(_NATIONAL)):
            if tokens[i - 1].word == "共青团" and tokens[i - 1].end == start:
                return tokens[i - 1].start      # 共青团|某省委/nt: the League's committee of the province
            return _dotted_start(text, tokens, start)      # 某地医科大学/nt: the tagger's word is the whole name
    k = i - 1
    while k >= 0 and hs - tokens[k].start <= MAX_NAME:
        tok = tokens[k]
        j = _split_division(text, tokens, k, start) if tok.end == start else -1
        if j >= 0:
            start = tokens[j].start     # 某/v 州市/n|人民医院: a division in full the cut broke in two
            k = j - 1
            continue
        if tok.word in ("自治县", "自治州", "自治旗") and tok.end == start and k >= 1 and \
                tokens[k - 1].end == tok.start and gazetteer().candidates(tokens[k - 1].word + tok.word):
            start = tokens[k - 1].start  # 威宁/nrt 自治县/ns: an autonomous county by its short name, cut in two
            k -= 2
            continue
        inside = _town_after_verb(text, tokens, k, start) if tok.end == start else -1
        if inside >= 0:
            start = inside              # 先后任某桥/nr 镇卫生院: the verb the cut glued to the town is no part of it
            break
        if tok.pos == "v" and k + 1 < len(tokens) and tokens[k + 1].pos == "nt" and _gazetteer_city(tok.word):
            start = tok.start           # 某义/v 医科大学/nt: a city the tagger took for a verb
            k -= 1
            continue
        if tok.pos == "v" and len(tok.word) >= 3 and tok.word[-1] in "省市县区旗" and _gazetteer_place(tok.word):
            start = tok.start           # 某口区/v 公安分局: a division named in full the tagger took for a verb
            k -= 1
            continue
        if tok.word[:1] in "和与及" and len(tok.word) >= 2 and k > 0 and \
                any(tokens[k - 1].word.endswith(h) for h in ORG_HEADS):
            start = tok.start + 1       # 某医院和县|医院 (和县/ns): the conjunction after a body ends its name
            break
        if tok.pos.startswith("nr") and len(tok.word) == 3 and plausible_name(tok.word, strict=True) and \
                not (k + 1 < len(tokens) and tokens[k + 1].word in _STREET_WORDS) and not tok.word.endswith(_VILLAGE_ENDS):
            break                       # a person's name ends the body's name (某某同志现任…; not 某家墩|街, a street)
        if len(tok.word) >= 3 and tok.word.endswith("队") and tok.pos in ("n", "nt", "nz"):
            break                       # 某某医疗队|某某医院: the team's members come from the body, it is no part of it
        if tok.pos == "ns" and _is_verb_prefixed_place(tok.word):
            start = tok.end - 1
            break
        if len(tok.word) == 2 and tok.word[1] in "称说" and not tok.pos.startswith("nr"):
            break                       # 美|媒称/n|美政府: a verb of saying the cut glued to its subject ends the name
        if tok.pos == "f" and tok.word in _LOCATIVES and k + 1 < len(tokens) and tokens[k + 1].pos in ("ns", "nr", "nrt", "nz"):
            break                       # 某地带北部|某某医院: a place and its quarter say where the body stands, no name
        if tok.word in _SERVICE_VERBS and tok.pos.startswith("v") and text[hs:hs + 1] in "科股室组部" and hs - tok.end <= 4:
            start = tok.start           # 献血/v 服务科, 采血/v 科: the service a department gives opens its name
            k -= 1
            continue
        if tok.word in _FIELD_VERBS and tok.end == hs and text.startswith(("研究院", "研究所", "中心", "院", "所", "站"), hs):
            start = tok.start           # 某某检定|研究院, 某某监测|中心: the work the institute does names it
            k -= 1
            continue
        if tok.word in _CLINICAL and tok.end == start and (text.startswith(_CLINICAL_UNITS, hs) or
                                                           text.startswith(_CLINICAL_UNITS, start)):
            start = tok.start           # 急诊/v 医学科, 超声/v 科: the care a department gives names it
            k -= 1
            continue
        if tok.word in _PROFESSIONS and tok.end == hs:
            start = tok.start            # 医师协会, 护士学校: a profession names the body
            k -= 1
            continue
        if _joins_nouns(tokens, tok, hs):
            start = tok.start           # 文化和体育部: 和 inside the name
            k -= 1
            if tokens[k].pos == "l":
                start = tokens[k].start     # 自然资源/l 和规划厅: the set phrase of the first field with it
                k -= 1
            continue
        if tok.word == "驻" and k > 0 and tokens[k - 1].pos == "ns" and tokens[k - 1].end == tok.start and \
                tokens[k + 1].start == tok.end and (tokens[k + 1].pos in ("ns", "nt") or _gazetteer_place(tokens[k + 1].word)
                                                    or _world_q(tokens[k + 1].word, text, hs)):
            start = tok.start           # 某国驻某国大使馆: 驻 between two places is inside the name
            k -= 1
            continue
        if _ordinal_before(text, tok, hs) and k > 0 and _name_like(tokens[k - 1]):
            start = tok.start           # 某某二医院: the second hospital of a name, its ordinal abbreviated
            k -= 1
            continue
        if tok.pos == "l" and k == i - 1 and _field_phrase(tok.word):
            start = tok.start           # 退役军人/l 事务部, 应急管理/l 部: a set phrase naming the field
            k -= 1
            continue
        if tok.end == hs and tok.pos.startswith("v") and 2 <= len(tok.word) <= 3 and not _freq(tok.word) and \
                text.startswith("医院", hs) and not any(c in "该本此这那其各" for c in tok.word):
            start = tok.start           # 某法/v 医院: a name the tagger guessed a verb, the hospital's own
            break
        if tok.pos == "m" and tok.end == hs and 3 <= len(tok.word) <= 5 and tok.word.isdigit() and k > 0 and \
                tokens[k - 1].word[-1:] in "县市区省":
            start = tok.start           # 县120急救指挥中心: a service number inside the name
            k -= 1
            continue
        if text.startswith(_TEAM_HEADS, hs) and (tok.word in ("援", "援助", "支援", "驰援") or
                                                 k and tokens[k - 1].word == "援" and len(tok.word) == 1):
            start = tok.start           # 某省援鄂医疗队, 某区援助某省第三医疗队: the aid the team brings names it
            k -= 1
            continue
        if text.startswith(_TEAM_HEADS, hs) and tok.word == "紧急" and k and tokens[k - 1].word == "国家":
            start = tok.start           # 国家紧急医学救援队
            k -= 1
            continue
        if tok.word in _UNIT_QUALIFIERS and text.startswith(_UNIT_ENDS, hs) and k > 0 and \
                any(tokens[k - 1].word.endswith(h) for h in ORG_HEADS):
            start = tok.start           # 某中心机关|第一党支部, 某委基层|卫生健康科: the unit's own words after its body
            break
        if not _name_like(tok) or tok.word in ROLE_SET:
            break
        if tok.pos.startswith("v") and len(tok.word) >= 2 and k + 1 < len(tokens) and tokens[k + 1].start == start and \
                tokens[k + 1].pos == "ns" and start < hs and (_gazetteer_place(tokens[k + 1].word) or
                                                              tokens[k + 1].word in _world_places()):
            break                       # 审查/vn|美国疾控中心: a verb before the place that opens the name acts on it
        start = tok.start
        k -= 1
    if text.endswith(_VILLAGE_ENDS, 0, hs) and start < hs:
        # 某市青|和|居社区: a community's name the cut broke at a conjunction, read back to the place before it
        place = next((t for t in reversed(tokens) if t.end <= start and t.pos == "ns" and _gazetteer_place(t.word)), None)
        if place is not None and 0 < start - place.end <= 3 and _VILLAGE_OF.fullmatch(text, place.end, hs):
            start = place.end
    if start < hs and text.startswith(("政府", "人民政府"), hs):
        from kg.resolve import leading_place
        surface = leading_place(text[start:hs], frozenset())[1]
        if surface and any(t.pos.startswith("v") or t.word in _ACTING_ON
                           for t in tokens if start + len(surface) <= t.start and t.end <= hs):
            return hs                   # 某县|调度/vn|政府、派出所: a place acting on its government, no name
    town = _unknown_town(text, hs)
    if 0 <= town < start:
        start = town                    # 张家/nrfg 畈/q 镇 卫生院: the cut broke a town's name the gazetteer lacks
    v = hs - 3
    if text.startswith("卫生室", hs) and text[hs - 1:hs] == "村" and 0 <= v < start and \
            (v == 0 or text[v - 1] in "，。；：、 和与及在到由（(“的") and _freq(text[v:hs - 1]) < 50 and \
            text[v] not in "该本各全每其此这那到在来去" and all("\u4e00" <= c <= "\u9fff" for c in text[v:hs]):
        start = v                       # 达/v 热村/n 卫生室: a village's clinic opening the clause, the cut broke its name
    village = _VILLAGE_OF.search(text, start, hs)
    if village is not None and village.start() - start == 2 and text[start:village.start()][-1:] in "镇乡" and \
            not _gazetteer_place(text[start:village.start()]):
        start = village.start()         # 陡|岗|镇某村党支部: the village's branch, the town the cut broke no part of it
    return _dotted_start(text, tokens, start)


def _field_phrase(word: str) -> bool:
    """A set phrase that names a field (自然资源, 退役军人): its last word a noun, its first no adverb (十分关心)."""
    tags = _tagger().word_tag_tab
    return tags.get(word[-2:], "").startswith(("n", "vn")) and not tags.get(word[:2], "").startswith(("d", "ad"))


def _dotted_start(text: str, tokens: list[Token], start: int) -> int:
    """某某·某某大学: the transliterated name before a dot is the body's too."""
    while start >= 2 and text[start - 1] in "·・•‧":
        tok = tokens[_token_at(tokens, start - 2)]
        if tok.end != start - 1 or tok.pos not in ("nrt", "nr", "ns", "nrf"):
            break
        start = tok.start
    return start
