"""Per-article extraction: sentences → mentions → canonical entities → facts with provenance."""
from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from operator import itemgetter

from kg.extract.honours import (HOLDERS_OF, Announced, AwardHit, Commendation, RollHeading, Span, announced_honour,
                                clean_honour, commendation, commended_holders, find_awards, granted_sets, holders_listed,
                                looks_like_honour, opens_holder_list, roll_heading, roll_item, roll_names, selected_holders,
                                set_listed)
from kg.extract.orgs import (ANAPHORIC_HEADS, CLAUSE_GOES_ON, LEGAL_FORM, OrgSpan, find_orgs, is_field_ministry,
                             quoted_spans)
from kg.extract.people import (BIO_OPENING, TITLES_AFTER_NAME, RoleSpan, find_people, find_roles, lenient_name,
                               minority_name_len, plausible_name, recurring_names, surname_len)
from kg.extract.posts import GOVERNMENT_HEADS, former_abroad, posts_after, posts_as, posts_before, qualified_post
from kg.extract.programs import find_programs
from kg.gazetteer import Place, gazetteer, known_place, world_places
from kg.lexicon import (BODY_FIELDS, KINDS_NAMED_BARE, ORG_HEADS, POST_BODIES, POST_OF_ONE_BODY, ROLE_SET, ROLES, TEAM_HEADS,
                        UNIT_HEADS)
from kg.model import (ArticleResult, Document, Entity, EntityType as T, Evidence, HonourAward, Membership,
                      Relation, Sentence)
from kg.resolve import (CONJUNCTIONS, LEVEL_RANK, PlaceContext, entity_key, expand_abbreviations, inside_word,
                        leading_place, person_key, place_context, program_core, strip_outer_places, town_named_on)
from kg.normalize import fold_alnum
from kg.segment import BULLETS, Token, _tagger, split_sentences, tokenize

_PARTY = T.PARTY_ORGANIZATION
_COLLECTIVE = ("集体", "单位", "组织", "团队", "班组", "科室", "机构", "团委", "团支部", "示范点")
# honours only a person holds: a body read as their holder is the body of a person the text failed to read
_PERSONAL = ("个人", "工作者", "共产党员", "红旗手")
_NATIONAL = ("国家", "中国", "中华", "中央", "全国", "国务院", "中共", "世界", "国际")


@dataclass
class _Org:
    key: str
    name: str
    type: T
    surface: str
    parent: "_Org | None" = None


@dataclass
class _Article:
    """Mutable accumulator for one article; frozen into an ArticleResult at the end."""

    doc: Document
    ctx: PlaceContext
    main: _Org | None = None
    main_from_title: bool = False
    main_mentions: int = 0
    main_last_seen: int = -2
    recent: list = field(default_factory=list)     # bodies named in the sentence before
    earlier: list = field(default_factory=list)    # while a sentence is read: the bodies of the one before it
    cuts: dict = field(default_factory=dict)       # sentence text → (tokens, organisation spans)
    sentence_no: int = 0
    last_subject: str | None = None
    announced: tuple | None = None      # (Announced, sentence number)
    decree: tuple | None = None         # (the body that signed an order of awards, sentence number)
    clause_year: int | None = None      # 2023年，甲被…；乙获评…: the year opening a run of clauses set off by ；
    listing: Announced | None = None    # the honour whose holders a 他们是…； list is naming, while it goes on
    roll: tuple | None = None           # (honour, conferrer keys, year, period) of a roll of honour being read
    honours_of: str | None = None       # the holder of a list of honours announced (某站先后获得以下荣誉：)
    commended: tuple | None = None      # (Commendation, sentence number): a title whose holders may be listed next
    granted: dict = field(default_factory=dict)     # personal? → (Commendation, sentence number): 授予甲等6个集体…称号
    commend_items: Commendation | None = None   # …whose holders a ；-list is naming, while it goes on
    convener: str | None = None         # the body that last held a meeting (某委召开…会议)
    names: dict[str, tuple[T, str, set[str]]] = field(default_factory=dict)
    facts: list = field(default_factory=list)
    places: dict[str, Place] = field(default_factory=dict)
    tokens: list = field(default_factory=list)     # the sentence being read, cut
    other_holders: frozenset[str] = frozenset()     # posts of one body the article shows held in another (某党总书记)
    role_bodies: dict = field(default_factory=dict)  # post → the body the article last showed it held in
    known_people: frozenset[str] = frozenset()      # names read so far, and names the article repeats
    last_person: str | None = None                  # the person the last sentence naming one named first
    bio_person: str | None = None                   # the person a notice's line (某某，男，…) opened on, until another is named
    sole_person: bool = False                       # …and no other person, nor any kin, stood in that sentence
    located_at: dict = field(default_factory=dict)  # body key → (place, surface): 位于某地的某某
    not_people: frozenset[str] = frozenset()        # short names the article gives a body (某某运动（某某）)
    # 主题教育 → “某某”主题教育: a programme's head written bare after the article named it in full (None: two did)
    named_programs: dict[str, str | None] = field(default_factory=dict)
    unrun: tuple | None = None          # (a programme named with no body running it, sentence number)
    branch_names: dict = field(default_factory=dict)    # 某岭分院 → the health centre it was named as in brackets
    protagonist: str | None = None      # the person the headline names, once the text names them
    title_issuers: tuple = ()           # the bodies of a headline 某委关于表彰…的决定, which confer what it grants

    def add(self, key: str, typ: T, label: str, surface: str | None = None) -> str:
        if key not in self.names:
            self.names[key] = (typ, label, set())
        elif _rank(typ) > _rank(self.names[key][0]):
            self.names[key] = (typ, self.names[key][1], self.names[key][2])
        if surface and surface != self.names[key][1] and surface not in ANAPHORIC_HEADS and len(surface) > 1 \
                and not (len(surface) == 2 and surface[0] in "该本"):
            self.names[key][2].add(surface)
        return key


def _rank(t: T) -> int:
    return {T.ORGANIZATION: 0, _PARTY: 1, T.MEDICAL_INSTITUTION: 2, T.GOVERNMENT_AGENCY: 2}.get(t, 0)


_FORMER_INSIDE = re.compile(r"^([\u4e00-\u9fff]{1,8}?[省市县区])原(?=[\u4e00-\u9fff]{2})")


def with_place(place: str, name: str) -> str:
    """县卫生健康局 of 某县: the place written for the level character that opens a bare body's name; a county of one
    character keeps its 县 before 县委 (某县县委, not 某县委)."""
    if len(place) == 2 and name[:2] == place[1] + "委":
        return place + name
    return place + name[1:]


def canonical_org(surface: str, ctx: PlaceContext, main: _Org | None) -> tuple[str, list[str]]:
    """The canonical name of an organisation as written in an article, and the other forms it has."""
    alts = [surface]
    surface = _FORMER_INSIDE.sub(r"\1", surface) if "原" in surface else surface    # 某县原环保局 → 某县环保局
    if "前" in surface and 0 < (k := former_abroad(surface)):
        surface = surface[:k] + surface[k + 1:]     # 某国前某某管理局: the country's bureau, its post a former one
    # (该院产科: the department of the body 该院 stands for, the demonstrative no part of a name)
    deictic = surface[:1] in "该本我" and (len(surface) == 2 or surface[1:].startswith(("院", "局", "委", "中心", "站")))
    name = expand_abbreviations(surface[1:] if deictic else surface)
    name = name.replace("“", "").replace("”", "").replace('"', "") if name[:1] in "“\"" else name   # “某某”团队
    name = _without_term(name)
    name = _PARTY_CENTRE_FULL.get(name, name)
    name = _NATIONAL_FULL.get(name, name)
    local = _LOCAL_PARTY_COMMITTEE.fullmatch(name) if name.startswith("中共") else None
    if local is not None and (gazetteer().lookup(local.group(1)) or gazetteer().candidates(local.group(1))):
        alts.append(name)
        name = local.group(1) + "委"    # 中共某县委 is the county's Party committee, 某县委, one body
    party = _INSTITUTION_PARTY.fullmatch(name) if name.startswith("中共") and name.endswith("委员会") else None
    if party is not None:
        alts.append(name)               # 中共某市中医院委员会 is the hospital's Party committee, 某市中医院党委, one body
        name = party.group(1) + {"委员会": "党委", "总支部委员会": "党总支", "支部委员会": "党支部"}[party.group(2)]
    if name in _NATIONAL_SHORT:
        alts.append(name)
        name = _NATIONAL_SHORT[name]    # 国新办: a national office's common abbreviation
    if name.startswith("中国") and name[2:] in _KNOWN_BY_SHORT_NAME:
        alts.append(name)
        name = name[2:]                 # 中国证监会 and 证监会: one body
    if name.startswith("国家") and name.endswith("部") and is_field_ministry(name[2:]):
        alts.append(name)
        name = name[2:]                 # 国家应急管理部: a ministry's name has no 国家 before it
    name = _COMPASS_CAMPUS.sub(r"医院\1院", name)       # 某医院东院区 and 某医院东院 are one campus
    if name.endswith("总局") and 4 <= len(name) <= 12 and not name.startswith(("国家", "中国")) and \
            not leading_place(name, frozenset())[0] and not any(known_place(name[:n]) for n in range(2, 6)):
        alts.append(name)
        name = "国家" + name            # 市场监管总局: a general bureau is a national one
    if "大学" in name or "医学院" in name:
        lead, written = leading_place(name, frozenset())
        if lead is not None and written[-1:] in "省市" and _UNIVERSITY_NAME.match(name, len(written)) and \
                not _GENERIC_UNIVERSITY.match(name, len(written)) or \
                lead is not None and lead.level in ("province", "city") and _own_university(name, written):
            name = name[len(written):]  # 某市某某科技大学附属医院: the university's name has no city before it
    name, stripped = strip_outer_places(name)
    if stripped:
        alts.append(name)
    if name[:1] in "县市区省旗州" and not gazetteer().lookup(name[:3]):
        q = ctx.qualifier(name[0])
        if q:
            name = with_place(q, name)
    kind = _KIND_OF_BODY_END.search(name)
    lead, written = leading_place(name, ctx.names()) if kind is not None and kind.start() >= 2 else (None, "")
    if lead is not None and written != lead.name and lead.level != "town" and lead.name.startswith(written) and \
            _KIND_OF_BODY.fullmatch(name, len(written)):
        # 某地第三医院 and 某地市第三医院: a body of a kind qualified by its place is named with the place's full name
        alts.append(name)
        name = lead.name + name[len(written):]
    if main is not None:
        for head in sorted(ANAPHORIC_HEADS, key=len, reverse=True):
            # (医院党委 in an article about one of the hospital's departments: the hospital the department is in)
            body = next((b for b in _and_parents(main) if _head_matches(b.name, head)), None) \
                if name.startswith(head) and len(name) > len(head) else None
            if body is not None and name[:3] != body.name[:3]:
                # (院头镇卫生院某科: a place whose name opens with the head, not 院 for the article's hospital)
                name = body.name + name[len(head):]
                break
        else:
            body = next((b for b in _and_parents(main) if _head_matches(b.name, name)), None) \
                if name in ANAPHORIC_HEADS else None
            if body is not None:
                name = body.name
            elif len(name) >= 4 and main.name.endswith(name) and main.name != name and \
                    not (main.name == "中共" + name and name.endswith(_GOV_COMMITTEES)):
                name = main.name        # (中共某市卫生健康委员会 and 某市卫生健康委员会: the Party's, and the government's)
    return name, alts


_LOCAL_PARTY_COMMITTEE = re.compile(r"中共([\u4e00-\u9fff]{1,12}?(?:省|市|县|区|州|旗|盟))委(?:员会)?")
_UNIVERSITY_WORD = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:大学|医学院)")


def _own_university(name: str, written: str) -> bool:
    """某地|某某科技大学: a city's short name before a university the dictionary knows by a name of its own, the two
    not one word the dictionary knows (某地某某大学 as a whole is then its name)."""
    m = _UNIVERSITY_WORD.match(name, len(written))
    tags = _tagger().word_tag_tab
    return m is not None and tags.get(m.group(0)) == "nt" and tags.get(written + m.group(0)) is None and \
        not _GENERIC_UNIVERSITY.fullmatch(m.group(0))


# bodies of a kind, which a place's name qualifies (某市第三医院, 某县中医院, 某市疾病预防控制中心)
_KIND_OF_BODY = re.compile(r"第[一二三四五六七八九十]+(?:人民)?医院|(?:中心|人民|中|中西医结合)医院|"
                           r"妇幼保健院|精神卫生中心|疾病预防控制中心|卫生健康(?:委员会|局)|人民政府")
_KIND_OF_BODY_END = re.compile("(?:%s)$" % _KIND_OF_BODY.pattern)
_COMPASS_CAMPUS = re.compile(r"医院([东西南北])院区$")
_GENERIC_UNIVERSITY = re.compile(r"(?:第[一二三四五六七八九十\d]+)?(?:职业|科技|医科|师范|中医药|理工|工业|农业|财经|开放|城市|广播电视)?(?:大学|学院|医学院)")
_UNIVERSITY_NAME = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:大学|医学院)(?:附属|[\u4e00-\u9fff]{0,8}医院|$)")
# 第十届、十一届全国人大常委会, 新一届某国政府: the body whatever its term (the term is no other body)
_TERM = re.compile(r"(?:第[一二三四五六七八九十百零〇\d]+届(?:、(?:第)?[一二三四五六七八九十百零〇\d]+届)*|新一届|本届|上届)")


_TASK_FORCE_HEADS = frozenset(("领导小组", "工作领导小组"))
# bodies of a kind every place has, written with no place: which one is meant only the context tells
_KINDS_OF_THE_MAIN = frozenset(("集团", "医疗集团", "医共体", "执法大队", "综合执法大队"))     # named bare, the article's own
_BARE_KINDS = frozenset(expand_abbreviations(h) for h in KINDS_NAMED_BARE) | _KINDS_OF_THE_MAIN
_BARE_FIELD_BODY = re.compile("(?:%s)局" % "|".join(sorted(BODY_FIELDS, key=len, reverse=True)))
_NATIONAL_WORDS = ("国家", "中央", "全国", "国务院", "中共", "中国")


def _bare_field(name: str) -> bool:
    """A field's bureau with no place or national word before it (司法局): whose it is, the context says."""
    return _BARE_FIELD_BODY.fullmatch(name) is not None and not name.startswith(_NATIONAL_WORDS) and \
        not leading_place(name, frozenset())[0] and not known_place(name[:2])


# the national ones are 国家 and the kind (国家卫生健康委员会)
_NATIONAL_KINDS = frozenset("卫生健康委员会 疾病预防控制局 医疗保障局 发展和改革委员会".split())
_APPOINTMENT = re.compile(r"任命|聘任|提名|选举|决定")
_PARTY_CENTRE = ("中央政治局", "中央书记处", "中央委员会", "中央纪律检查委员会")


# the Party's central bodies written bare (党中央, 中央政治局) are the ones its full names name: one node each
_PARTY_CENTRE_FULL = {"党中央": "中共中央", "中央政治局": "中共中央政治局", "中央书记处": "中共中央书记处",
                      "中央纪律检查委员会": "中共中央纪律检查委员会",
                      **{x: "中共中央政治局常务委员会" for x in ("中央政治局常委会", "中央政治局常务委员会", "中共中央政治局常委会")}}
# the national congress and consultative conference by their formal names are the bodies news names short
_NATIONAL_SHORT = {"国新办": "国务院新闻办公室", "民航局": "中国民用航空局", "国家民航局": "中国民用航空局",
                   "国家中医药局": "国家中医药管理局", "国家移民局": "国家移民管理局", "国家外汇局": "国家外汇管理局",
                   "国家防总": "国家防汛抗旱总指挥部", "国家防办": "国家防汛抗旱总指挥部办公室",
                   "国家减灾委": "国家减灾委员会", "外汇局": "国家外汇管理局"}
_PRESS_OFFICES = ("新闻办公室", "新闻办", "国新办")
_KNOWN_BY_SHORT_NAME = frozenset("证监会 银保监会 银监会 保监会".split())
_NATIONAL_FULL = {"中国人民政治协商会议全国委员会": "全国政协", "全国人民代表大会常务委员会": "全国人大常委会",
                  "全国人民代表大会": "全国人大", "中国人民政治协商会议全国委员会常务委员会": "全国政协常委会"}


def _without_term(name: str) -> str:
    """The name without a term of office: 中国共产党第十四届中央政治局, 第十五届中央政治局 → 中共中央政治局."""
    m = _TERM.search(name)
    if m is None or len(name) - (m.end() - m.start()) < 3:
        return name
    rest = name[:m.start()] + name[m.end():]
    if rest.startswith("中国共产党中央"):
        rest = "中共" + rest[len("中国共产党"):]
    elif rest.startswith(_PARTY_CENTRE) and m.start() == 0:
        rest = "中共" + rest            # a term counts only the Party's central bodies
    return rest


def _head_matches(main: str, head: str) -> bool:
    if head == "委":
        return main.endswith(("委员会", "委"))
    if head in ("院", "医院"):
        return main.endswith("院")
    return main.endswith(head)


_FIRM_ENDS = ("公司", "集团", "银行")
_WORLD_QUALIFIERS = ("世界", "国际", "联合国", "红十字")


_PARTY_DEPARTMENT = re.compile(r"(?:^中共中央|^中央|委)(?:组织部|宣传部|统战部|统一战线工作部|对外联络部|社会工作部|政法委员会|政法委)$"
                               r"|^(?:中宣部|中组部|中联部)$"
                               # the Party centre's own offices (中央办公厅, 中央纪委, 中央财办, 中央党校…)
                               r"|^中央(?:办公厅|纪委|纪律检查委员会|政研室|政策研究室|改革办|财办|外办|党校|党史和文献研究院|"
                               r"直属机关工委|和国家机关工委|军民融合办|编办|机构编制委员会办公室|精神文明建设办公室|文明办)$")
_NUMBERED_HOSPITAL_END = re.compile(r"^[\u4e00-\u9fff]{1,2}(?:医大|大)?[一二三四五六七八九]院$")


_INSTITUTION_PARTY = re.compile(r"中共([\u4e00-\u9fff]{2,20}?(?:医院|卫生院|保健院|中心|血站|大学|学院))"
                                r"(委员会|总支部委员会|支部委员会)")
_GOV_COMMITTEES = tuple(h for h, t in ORG_HEADS.items() if h.endswith("委员会") and h != "委员会" and
                        t == T.GOVERNMENT_AGENCY)


def _org_type(name: str, fallback: T) -> T:
    if name in _KNOWN_BY_SHORT_NAME:
        return T.GOVERNMENT_AGENCY      # 证监会: a State Council body, named short
    if name.startswith(_WORLD_QUALIFIERS) or "国际委员会" in name:
        return T.ORGANIZATION           # 世界某某组织, 红十字国际委员会: no government's body, whatever the head
    if name.startswith("中共中央") and name.endswith(("常委会", "委员会")) or \
            name.startswith("中共") and name.endswith("委员会") and "人大" not in name and "政协" not in name and \
            not any(name.endswith(h) for h in _GOV_COMMITTEES):
        # 中共中央政治局常委会, 中共某市中医医院委员会: the Party's, whatever the head (中共某市卫生健康委员会党组: the
        # Party group of the government's commission, which is not the Party's)
        return T.PARTY_ORGANIZATION
    if _PARTY_DEPARTMENT.search(name) or name.startswith("共青团"):
        return T.PARTY_ORGANIZATION     # 中央组织部, 某省委宣传部, 共青团某市委员会: the Party's, or the League's
    if _NUMBERED_HOSPITAL_END.search(name):
        return T.MEDICAL_INSTITUTION    # 某大一院: a university's numbered hospital
    if name[-1:] in "部处室" and not name.endswith("支部") and \
            any(w in name[:-2] for w in ("医院", "卫生院", "中心", "保健院", "血站")):
        return T.ORGANIZATION           # 某医院护理部, 某中心办公室: a hospital's or centre's department, no government body
    for n in range(min(len(name), 14), 0, -1):
        h = name[-n:]
        if h in ORG_HEADS and h not in UNIT_HEADS:
            return ORG_HEADS[h]
        if h in UNIT_HEADS:
            return UNIT_HEADS[h]
    return fallback


_CLAUSE_OPENERS = frozenset(("，", "。", "；", "：", "、", "在", "从", "到", "于", "据"))
# the levels of place a level character names (市 names a municipality too)
_LEVEL_OF_CHAR = {"省": ("province",), "市": ("city", "province"), "县": ("county",), "区": ("district",),
                  "州": ("city",)}


def _town_before(art: _Article, start: int) -> str | None:
    """镇卫生院: the town (or township) the sentence named before it, else the last one the article named."""
    sentence = "".join(t.word for t in art.tokens)
    gz = gazetteer()
    near = art.ctx.names() | {p.name for p in art.places.values()}
    for e in reversed([i + 1 for i, c in enumerate(sentence[:start]) if c in "镇乡"]):
        for n in (5, 4, 3, 2):
            if e - n < 0:
                continue
            town = next((p for p in gz.candidates(sentence[e - n:e]) if p.level == "town" and
                         (near & set(p.parents) or any(q in sentence[:e - n] for q in p.parents[:1]))), None)
            if town is not None:
                return sentence[e - n:e]
    last = [p for p in art.places.values() if p.level == "town"]
    return last[-1].name if last else None


def _local_qualifier(text: str, before: list[_Org], tokens: list[Token] = (), start: int = 0) -> str | None:
    """省民政厅 after 山东省卫健委 in one sentence: the province (city, county) the sentence just named."""
    level = _LEVEL_OF_CHAR.get(text[:1])
    if level is None:
        return None
    for o in (reversed(before) if len(text) >= 3 else ()):
        place, surface = leading_place(o.name, frozenset())
        # (某某市委、市政府: a county-level city is the 市 of the body listed after it)
        if place is not None and (place.level in level or text[0] == "市" and place.level == "county") and \
                place.name.endswith(text[0]):
            return surface or place.name        # as the body's name writes it (乳源县, not its full name)
    # 在浙江，省委宣讲团…: a place of the body's level the sentence named before it, in full or opening a clause
    # (a short name inside a longer word, 某玉山 the name of a person, is no place)
    # (某休市/v: a full name with its level character, however the cut tagged it)
    for i in reversed([i for i, t in enumerate(tokens) if t.end <= start and
                       (t.pos == "ns" or len(t.word) >= 3 and t.word.endswith(text[0]))]):
        tok = tokens[i]
        if not (tok.word.endswith(text[0]) or i == 0 or tokens[i - 1].word in _CLAUSE_OPENERS or
                tokens[i - 1].pos == "ns" or text.startswith(text[0], tok.end)):
            continue
        if town_named_on(tok.word + "".join(t.word for t in tokens[i + 1:i + 3]), 0, len(tok.word)):
            continue                    # 古县|渡镇: the opening of a town's name, no county
        place = gazetteer().lookup(tok.word)
        # (a county-level city, 某休市, is a 市 too)
        if place is not None and (place.level in level or text[0] == "市" and place.level == "county") and \
                place.name.endswith(text[0]):
            return tok.word if tok.word.endswith(text[0]) else place.name
    return None


def _renamed(sp: OrgSpan, place: str, cut: int) -> OrgSpan:
    """The span with its first cut characters (自治区, 镇) written as the place they stand for; the offsets of the
    bodies inside it move with the text, its own stay where the sentence has it."""
    shift = len(place) - cut
    return OrgSpan(sp.start, sp.end, place + sp.text[cut:], sp.type,
                   sp.parent_end + shift if sp.parent_end is not None else None, tuple(a + shift for a in sp.ancestors))


def _headed_group(art: _Article, sp: OrgSpan) -> bool:
    """机采组组长某某: a group of a few characters named with its head right after is a unit, not a task force."""
    if len(sp.text) > 4 or sp.text.endswith(("小组", "工作组", "专家组", "领导组", "巡视组", "巡察组", "督导组", "督查组",
                                              "检查组", "考核组", "调研组", "指导组", "评估组", "验收组", "宣讲组")):
        return False                    # (a team sent on a task is a body of its own, or of whoever sent it)
    text = "".join(t.word for t in art.tokens)      # (the sentence being read, when the span is one of its own)
    return text[sp.start:sp.end] == sp.text and text.startswith(("组长", "副组长"), sp.end)


def _resolve_span(art: _Article, sp: OrgSpan, before: list[_Org]) -> _Org | None:
    if sp.text == "特区政府":
        # 特区政府: the special administrative region's government the article is about, if it is one
        regions = [p.name for p in art.places.values() if p.name.endswith("特别行政区")]
        region = art.ctx.province.name if art.ctx.province and art.ctx.province.name.endswith("特别行政区") else \
            regions[-1] if len(set(regions)) == 1 else None
        if region is None:
            return None
        sp = _renamed(sp, region[:2] + "特区", 2)
    if sp.text[:1] in "该本" and sp.text[1:] in ("党支部", "支部", "站", "所", "大队", "中心") or \
            sp.text in ("党支部", "党总支", "支部", "总支") and sp.parent_end is None:
        # 该支部, 该站: the body of that kind the text named last (or the article's); 支部 bare before a post too
        head = sp.text[1:] if sp.text[:1] in "该本" else sp.text
        pool = [*reversed(before), *reversed(art.recent)] + ([art.main] if art.main is not None else [])
        return next((o for o in pool if o.name.endswith(head) and o.name != head), None)
    if sp.text.startswith("常委会") and sp.text.endswith("委员会") and len(sp.text) > 5:
        # 常委会法制工作委员会: a working body of the standing committee the article named
        congress = next((v[1] for k, v in reversed(list(art.names.items())) if k.startswith("org:") and
                         v[1].endswith("人大常委会")), None)
        if congress is None:
            return None
        sp = _renamed(sp, congress, 3)
    if sp.text.startswith("自治区"):
        # 自治区政府, 自治区人民医院: the autonomous region the article is about, if it is one
        region = art.ctx.province.name if art.ctx.province and art.ctx.province.name.endswith("自治区") else None
        if region is None:
            return None
        sp = _renamed(sp, region, 3)
    if sp.text[:1] in "镇乡" and sp.text[1:] in ("卫生院", "中心卫生院", "计生协", "计划生育协会", "党委", "政府", "人民政府"):
        town = _town_before(art, sp.start)
        if town is None:
            return None                 # 镇卫生院 with no town named: which one cannot be told
        sp = _renamed(sp, town, 1)
    local = _local_qualifier(sp.text, before, art.tokens, sp.start)
    if local is not None and local != art.ctx.qualifier(sp.text[0]):
        # in a bulletin of several stories the sentence's own place, not the article's, is meant
        name, alts = canonical_org(with_place(local, sp.text), art.ctx, art.main)
        alts = alts + [sp.text]
    else:
        name, alts = canonical_org(sp.text, art.ctx, art.main)
    if name[:1] in "县市区" and not name.startswith("市场") and \
            not gazetteer().candidates(name[:3]) and not leading_place(name, frozenset())[0]:
        return None                     # 县医院 with no county known: which one cannot be told
    if sp.parent_end is None and len(name) <= 3 and name.endswith("组") and not _headed_group(art, sp):
        return None                     # 专家组, 督导组 named by their task alone: whose they are, the text does not say
    if name in _TASK_FORCE_HEADS and sp.parent_end is None:
        # 领导小组副组长某某: the task force the article named in full before
        named = [(k, v) for k, v in art.names.items() if k.startswith("org:") and v[1].endswith(name) and v[1] != name]
        if not named:
            return None
        key, (typ, label, _) = named[-1]
        return _mk(art, label, typ, label)
    if name in _BARE_KINDS and sp.parent_end is None:
        # 疾控中心, 卫生健康委 with nothing before them: the one just named, or the national one among ministries
        ref = next((o for o in [*reversed(before), *reversed(art.recent)] if o.name.endswith(name) and o.name != name),
                   None) or (art.main if art.main is not None and art.main_from_title and art.main.name.endswith(name) and
                             name in _KINDS_OF_THE_MAIN else None)
        if ref is not None:
            return ref                  # (集团党委书记 in an article about a county's medical group: that group)
        if name not in _NATIONAL_KINDS or not any(o.name.endswith("部") and not leading_place(o.name, frozenset())[0]
                                                  for o in before):
            return None
        name = "国家" + name
    short = [o for o in reversed(before) if o.surface != sp.text and o.surface.endswith(sp.text)]
    if short and len(sp.text) >= 2:
        return short[0]                 # the short form of a body named before in the sentence
    if sp.parent_end is None and _bare_field(name) and not (art.main is not None and art.main.name.endswith(name)):
        # 在某省某市，司法局…: a field's bureau named bare is the one of the city or county the sentence names before it
        place = next((p for t in reversed(art.tokens) if t.end <= sp.start and t.pos == "ns"
                      for p in (gazetteer().lookup(t.word, art.ctx.names()),)
                      if p is not None and p.level in ("city", "county", "district")), None)
        if place is None and before and all(o.name.endswith(("部", "委员会", "银保监会", "证监会", "总局", "总署")) and
                                            not leading_place(o.name, frozenset())[0] for o in before):
            # 财政部、农业农村部和林草局: a field's bureau listed with ministries is the national one
            name = "国家" + name
        elif place is None:
            return None
        else:
            name = place.name + name
        alts = alts + [sp.text]
    if sp.text == "总院":
        # 总院副院长某某: the county hospital that heads the medical group the article is about
        lead = art.main.name[:-3] if art.main is not None and art.main.name.endswith("医共体") else \
            art.main.name if art.main is not None else ""
        if not lead.endswith("医院"):
            # (贵德县医共体 in the headline, 贵德县人民医院医共体 in the text: the hospital the group is named after)
            lead = next((label[:-3] for key, (_, label, _) in art.names.items() if key.startswith("org:") and
                         label.endswith("医共体") and label[:-3].endswith("医院")), "")
        if not lead.endswith("医院"):
            return None
        return art.main if lead == art.main.name else _mk(art, lead, T.MEDICAL_INSTITUTION, lead)
    if name == "科室" and sp.text == "科室":
        # 科室被…授予: the department just named, or the one the article is about
        return next((o for o in [*reversed(before), *reversed(art.recent)] if o.name.endswith("科")), None) or \
            _article_department(art)
    if sp.text[:1] in "该本" and sp.text[1:] in ("团队", "服务队", "团支部"):
        # 该团队被…授予: the team (the League branch) named last, or none
        return next((o for o in [*reversed(before), *reversed(art.recent)] if o.name.endswith(sp.text[1:])), None)
    if name in ANAPHORIC_HEADS:
        # 医院 not about the article's body: the hospital just named, in this sentence or the one before
        return _referent(art, name, before)
    parent = None
    if sp.parent_end is not None:
        ptext = sp.text[:sp.parent_end - sp.start]
        # 中共某市中医医院委员会: the Party's name of the hospital's committee; the hospital is no Party body
        party_named = ptext.startswith("中共") and _org_type(ptext, T.ORGANIZATION) != T.PARTY_ORGANIZATION
        ptext = ptext[2:] if party_named else ptext
        pname, palts = canonical_org(ptext, art.ctx, art.main)
        if not sp.ancestors and pname.endswith(("科", "病区")) and len(pname) <= 6 and pname not in ANAPHORIC_HEADS \
                and not known_place(pname) and pname not in world_places() and not before and not art.recent and \
                not (art.main is not None and art.main_from_title and art.main.type == T.MEDICAL_INSTITUTION):
            return None                 # 在感染科门诊: a specialty's unit with no hospital named is no body either
        if pname in ANAPHORIC_HEADS:
            parent = _referent(art, pname, before)     # 医院病区: a unit of the hospital just named, if any
            if parent is None:
                return None
            pname = parent.name
        else:
            parent = None
            if sp.ancestors:
                # 某大学人民医院东院区: the hospital is itself a unit of the university
                parent = _resolve_span(art, OrgSpan(sp.start + (2 if party_named else 0), sp.parent_end, ptext,
                                                    T.ORGANIZATION, sp.ancestors[0], sp.ancestors[1:]), before)
            if parent is None and not sp.ancestors and pname == ptext and \
                    (len(pname) <= 6 and pname.endswith(_CLINICAL_UNIT_ENDS) or len(pname) <= 10 and pname.endswith("科")):
                # 急诊科团支部: the branch of a ward named bare, the ward of the hospital the text is about
                parent = _resolve_span(art, OrgSpan(sp.start, sp.parent_end, ptext, T.ORGANIZATION), before)
                pname = parent.name if parent is not None else pname
            if parent is None or parent.name != pname:
                parent = _mk(art, pname, _org_type(pname, T.ORGANIZATION), ptext)
        if not name.startswith(pname) and not (party_named and name.startswith("中共" + pname)):
            name = pname + sp.text[sp.parent_end - sp.start:]
    elif not before and _is_unit(sp, name) and name.endswith("科") and (known := _known_department(art, name)) is not None:
        return known                    # 肾内科 again, a paragraph after another hospital was named: the article's own
    elif _is_unit(sp, name) and (before or art.recent or art.main is not None and art.main_from_title and
                                 art.main.type in (T.GOVERNMENT_AGENCY, T.MEDICAL_INSTITUTION)) and \
            (not sp.text.endswith("组") or _headed_group(art, sp)):
        # 科, 病区, 党支部 named after a hospital or agency in the same sentence belong to it; working
        # groups (领导小组) are too often bodies of their own; with none named near, the article's body's
        formal = [p for o in (before or art.recent or [art.main]) for p in _lineage(o) if
                  p.type in (T.GOVERNMENT_AGENCY, T.MEDICAL_INSTITUTION)]
        if formal and sp.text == name and formal[-1].name.endswith(name):
            return formal[-1]           # 大队被…: the bare head of the body just named is that body
        if not formal and _DIVISION_BRANCH.fullmatch(name):
            # 某县医院内科党总支、外科党总支: a sibling branch named in full gives the hospital both belong to
            for o in reversed(before or art.recent):
                cut = _hospital_of_branch(o.name)
                key = entity_key("org", o.name[:cut]) if cut else None
                if key in art.names and art.names[key][0] == T.MEDICAL_INSTITUTION:
                    formal = [_Org(key, art.names[key][1], T.MEDICAL_INSTITUTION, art.names[key][1])]
                    break
        # (医政医管科党支部 in an agency's article: the branch of the agency's section, no hospital's)
        section = _DIVISION_BRANCH.fullmatch(name) and formal and formal[-1].type == T.GOVERNMENT_AGENCY and \
            not _CLINICAL_DIVISION.match(name)
        if name.endswith(_CLINICAL_UNIT_ENDS) or _DIVISION_BRANCH.fullmatch(name) and not section:
            # 骨伤科, 护理部: a hospital's department, of the hospital named last (or the article's), not of an agency;
            # 外科党支部, 医技党支部: the branch of a hospital's division likewise
            clinics = [p for p in formal if p.type == T.MEDICAL_INSTITUTION] or \
                ([art.main] if art.main is not None and art.main.type == T.MEDICAL_INSTITUTION else [])
            if name.endswith(_WARD_UNIT_ENDS):
                # 急诊科, 儿科: wards a hospital has, not a blood station or a CDC named last
                wards = [p for p in clinics if p.name.endswith(_WARD_HOSTS)]
                clinics = wards or ([art.main] if art.main is not None and art.main.name.endswith(_WARD_HOSTS) else
                                    clinics)
            if not before and clinics and art.main is not None and art.main_from_title and \
                    art.main.name.endswith(("医院", "保健院")) and \
                    clinics[-1].name.endswith(("卫生院", "卫生服务中心", "卫生室")) and clinics[-1] is not art.main:
                # (a hospital's feature: its 内科党支部 is its own, not the township centre it helped, named before)
                clinics = [art.main]
            if not before and clinics and art.main is not None and art.main_from_title and \
                    art.main.name.endswith(("医院", "保健院")) and clinics[-1].key != art.main.key and \
                    any(p.key == art.main.key for p in clinics):
                # (护理党支部 after a sentence naming the hospital's 外科党支部 and a partner hospital: the article's)
                clinics = [art.main]
            formal = clinics            # (儿科医师 in an agency's notice: a specialty, no unit of the agency)
        if name.startswith("总院") and len(name) >= 4:
            # 总院医务科: a department of the hospital heading the article's medical group
            lead = _resolve_span(art, OrgSpan(sp.start, sp.start + 2, "总院", T.MEDICAL_INSTITUTION), before)
            if lead is None:
                return None             # (总院专科医生 with no medical group's hospital known: whose, the text does not say)
            formal = [lead]
        if formal:
            parent = formal[-1]
            # (a unit named from inside its parent's name, 第三医院某院区某科: the words they share written once)
            k = next((k for k in range(min(len(parent.name), len(name) - 1), 1, -1) if parent.name.endswith(name[:k])), 0)
            if not k and name[:1] in "站院局所" and parent.name.endswith(name[0]) and len(name) >= 3:
                k = 1                   # 该站检验科: the unit of the station, its one-character head written once
            if not k and name.startswith("总院") and parent.name.endswith("医院") and len(name) > 4:
                k = 2                   # 总院医务科: the department of the hospital heading the group, 总院 no part of it
            name = parent.name + name[k:]
    if parent is None and sp.parent_end is None and name.endswith(("科", "病区")) and len(name) <= 6 and \
            _is_unit(sp, name):
        return None                     # 一名妇产科医生: a specialty with no hospital named is no body
    if parent is None:
        name = _placed_form(art, name)
        cut = _hospital_of_branch(name) if sp.parent_end is None else 0
        if cut:
            # 某县医院内科党总支 read as one name: the hospital's branch, the hospital a body of its own
            parent = _mk(art, name[:cut], T.MEDICAL_INSTITUTION, name[:cut])
    # (written in full, 某县人民医院某溪分院 stays the hospital's unit: a post may be held in it beside the centre's)
    centre = _centre_of_branch(art, name) if sp.text.endswith("分院") and len(sp.text) <= 6 else None
    if centre is not None:
        art.add(centre.key, centre.type, centre.name, sp.text)
        return centre                   # 某某分院 of a county's medical group: the township centre it is
    org = _mk(art, name, _org_type(name, sp.type), sp.text, alts)
    if parent is not None and parent.key != org.key:
        org.parent = parent
        art.facts.append(Relation(org.key, "subOrganizationOf", parent.key))
    return org


_CLINICAL_UNIT_ENDS = ("医学科", "内科", "外科", "儿科", "骨科", "伤科", "眼科", "妇科", "产科", "口腔科", "皮肤科", "急诊科",
                       "麻醉科", "病理科", "检验科", "影像科", "放射科", "康复科", "中医科", "病区", "门诊", "护理部", "医务部",
                       "药学部", "药剂部", "住院部")
_DIVISION_BRANCH = re.compile(r"(?:[\u4e00-\u9fff]{1,5}科|医技|护理|门诊|住院|临床|药学|急诊)(?:第[一二三四五六七八九十]+)?(?:党支部|党总支|团支部)")
_CLINICAL_DIVISION = re.compile(r"(?:[\u4e00-\u9fff]{0,5}(?:%s)|医技|护理|门诊|住院|临床|药学|急诊)" %
                                "|".join(e for e in _CLINICAL_UNIT_ENDS if e.endswith("科")))


def _centre_of_branch(art: _Article, name: str) -> _Org | None:
    """某溪分院 (or 某医院医共体某溪分院) in an article that named 某溪镇中心卫生院: the township centre, which a county's
    medical group calls its branch."""
    for k in (2, 3, 4):
        town = name[-2 - k:-2]
        for key, (typ, label, _) in art.names.items():
            if key.startswith("org:") and typ == T.MEDICAL_INSTITUTION and \
                    re.fullmatch(r"(?:[\u4e00-\u9fff]{0,12}?[县市区])?%s[镇乡](?:中心)?卫生院" % re.escape(town), label):
                return _Org(key, label, typ, label)
    return None


def _hospital_of_branch(name: str) -> int:
    """Where a hospital's name ends inside the name of one of its division's branches (某县医院|内科党总支), or 0."""
    for cut in range(len(name) - 3, 3, -1):
        if name[:cut].endswith(("医院", "卫生院", "保健院", "中医院")) and _DIVISION_BRANCH.fullmatch(name, cut):
            return cut
    return 0
_WARD_UNIT_ENDS = ("医学科", "内科", "外科", "儿科", "骨科", "伤科", "眼科", "妇科", "产科", "口腔科", "皮肤科", "急诊科",
                   "麻醉科", "康复科", "中医科", "病区", "门诊", "护理部", "住院部")
_WARD_HOSTS = ("医院", "卫生院", "保健院", "中医院", "卫生服务中心", "医疗中心", "医学中心")
_NATIONAL_PREFIXES = ("全国人大常委会", "全国人大", "全国政协", "国务院", "中共中央", "国家")
_NAMED_AGAIN_HEADS = ("委员会", "工作组", "领导小组")


def _named_again(art: _Article, text: str, spans: list[OrgSpan]) -> list[tuple[OrgSpan, _Org]]:
    """全国人大某某委员会 … 某某委员会副主任委员: a body the article named in full, named again without its national
    prefix, in a sentence where the rules read no body there."""
    out: list[tuple[OrgSpan, _Org]] = []
    if not any(h in text for h in _NAMED_AGAIN_HEADS):
        return out                      # (asked of every sentence: the heads first)
    for key, (typ, label, _) in list(art.names.items()):
        if not key.startswith("org:"):
            continue
        prefix = next((p for p in _NATIONAL_PREFIXES if label.startswith(p)), None)
        tail = label[len(prefix):] if prefix else ""
        if len(tail) < 5 or not tail.endswith(_NAMED_AGAIN_HEADS):
            continue
        i = text.find(tail)
        while i >= 0:
            if not any(sp.start < i + len(tail) and i < sp.end for sp in spans) and \
                    not (i and "\u4e00" <= text[i - 1] <= "\u9fff" and text[i - 1] not in "、和与及是在由任为"):
                sp = OrgSpan(i, i + len(tail), tail, typ)
                out.append((sp, _mk(art, label, typ, label)))
                spans = spans + [sp]
            i = text.find(tail, i + 1)
    return out


def _referent(art: _Article, head: str, before: list[_Org]) -> _Org | None:
    """The body a bare head (医院, 局) stands for: the last of its kind named in this sentence or the one before."""
    # (某医院某科开科: the unit named, the hospital it belongs to is the one meant)
    near = [p for o in [*reversed(before), *reversed(art.recent)] for p in _and_parents(o) if _head_matches(p.name, head)]
    return near[0] if near else None


def _and_parents(org: _Org) -> list[_Org]:
    """A body and the bodies it belongs to, nearest first."""
    out = []
    while org is not None and org not in out:
        out.append(org)
        org = org.parent
    return out


def _placed_form(art: _Article, name: str) -> str:
    """雷神山医院 after 武汉雷神山医院 in the same article: the body named before with its place in front."""
    if len(name) < 4:
        return name
    context = art.ctx.names()
    for key, (typ, label, _) in art.names.items():
        if key.startswith("org:") and len(label) > len(name) and label.endswith(name):
            prefix = label[:-len(name)]
            place, surface = leading_place(prefix, context)
            if place is not None and surface == prefix:
                return label
    return name


_VILLAGE_BODY = re.compile(r"(?:村|社区)(?:党支部|党总支|党委|村委会|居委会)$")


def _is_unit(sp: OrgSpan, name: str) -> bool:
    """A name with no place of its own that ends in a unit head (科, 组, 党支部…): part of a body named before."""
    gz = gazetteer()
    if _VILLAGE_BODY.search(name):
        return False                    # 某村党支部: a village's own body, no unit of a body named before
    if any(name[i:i + 2] in gz.short_city_names for i in range(1, len(name) - 3)):
        return False                    # 武警某州支队: a city's name inside, the body's own, not a unit's
    if any(name.startswith(c) for c in "县市区省") or name.startswith(_NATIONAL) or \
            leading_place(name, frozenset())[0] is not None or name.endswith(_FIRM_ENDS) or \
            any(name.startswith(w) for w in _WORLD_QUALIFIERS):
        return False                    # a firm or a foreign body has its own name, whatever it ends in
    # (办公室, 党政办公室 named bare: the office of the body in view)
    return any(sp.text.endswith(h) for h in UNIT_HEADS) or sp.text.startswith(tuple(h for h in UNIT_HEADS if len(h) > 1)) \
        or sp.text.endswith("办公室") and len(sp.text) <= 5 and sp.text == name


def _mk(art: _Article, name: str, typ: T, surface: str, alts: list[str] = ()) -> _Org:
    key = entity_key("org", name)
    art.add(key, typ, name, surface)
    for a in alts:
        art.add(key, typ, name, a)
    return _Org(key, name, art.names[key][0], surface)


def _title_main(art: _Article, title: str) -> None:
    title = _reading_text(title)        # (荣誉榜丨某院…: the separator is no part of the body's name)
    toks = tokenize(title)
    spans = find_orgs(title, toks)
    orgs = [o for o in (_resolve_span(art, sp, []) for sp in spans) if o is not None]
    orgs = [o.parent if o.type == _PARTY and o.parent is not None else o for o in orgs]
    strong = [o for o in orgs if o.type in (T.GOVERNMENT_AGENCY, T.MEDICAL_INSTITUTION)]
    if strong:
        art.main = strong[0]
    elif orgs:
        art.main = orgs[0]
    art.main_from_title = art.main is not None
    for p0, p1, name in find_programs(title, toks):
        _name_program(art, title, p0, p1, name)


_BULLETIN_TITLE = re.compile(r"快讯|简讯|要闻|速览|播报|动态|一览|汇总|集锦|综述|联播|新闻|速递|早报|晚报|周报|日报")


def _subtitle(text: str, title: str) -> str | None:
    """The line right after the title when it is a second headline (short, no stop at its end), or None."""
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    if len(lines) < 3 or lines[0] != title.strip() or _BULLETIN_TITLE.search(title):
        return None                     # (国内联播快讯 / 某厅召开会议: a bulletin's stories, each its own headline)
    sub = lines[1].lstrip("—-－ ")
    if not 4 <= len(sub) <= 40 or re.search(r"[。！？!?；;，,]$", sub) or "。" in sub:
        return None
    return sub


def _name_program(art: _Article, text: str, p0: int, p1: int, name: str) -> None:
    """Remember the head written after a programme named in full and quoted (“某某”主题教育), for the bare head
    later."""
    if text[p0:p0 + 1] not in "“\"‘" and not name.startswith("学习"):
        return                          # (学习贯彻某某主题教育 is named in full unquoted)
    head = next((h for h in _BARE_HEADS if text.startswith(h, p1) or text.endswith(h, 0, p1) or name.endswith(h)),
                None)
    if head is not None:
        art.named_programs[head] = name if art.named_programs.get(head, name) == name else None


# heads distinctive enough to stand for the programme the article named in full
_BARE_HEADS = ("主题教育", "学习教育", "专题教育", "主题活动", "专项行动", "专项整治行动", "集中整治")


# the premier's titles, after a Chinese name with no body named (某强总理要求): the State Council's; after a foreign
# name (某克尔总理) some other government's
_PREMIER_AFTER_NAME = {"总理": ("国务院", T.GOVERNMENT_AGENCY), "副总理": ("国务院", T.GOVERNMENT_AGENCY)}


def _transliterated(name: str) -> bool:
    """A transliterated foreign name (某·某某, 某克尔)."""
    from kg.people import _foreign
    return _foreign(name)


# 同某显龙总理通电话: a leader met or called, a premier abroad who may bear a Chinese name
_MET_WITH = re.compile(r"[同与跟]|会见|会谈|会晤|致电|致函|通电话|贺电")


# a post of one body written after some other body: 某党中央总书记, 某国最高人民会议常任委员会委员长
_OTHER_HOLDER = {"总书记": re.compile(r"(?:(?<!中共)中央|委员会|党)(?:第一)?总书记"),
                 "委员长": re.compile(r"(?<!常务)(?<!人大常)委员会委员长|会议委员长"),
                 "副委员长": re.compile(r"(?<!常务)(?<!人大常)委员会副委员长|会议副委员长")}


# 某某总理要求，…: the title, then what its holder does (要求 a verb here, not the words cited)
_TITLE_THEN_ACT = re.compile(r"(?:总理|副总理|总书记|委员长|副委员长|国务委员)(?:要求|指出|强调|表示|部署|号召|指示)[，：,:]")
_WORDS_OF = re.compile(r"[\u4e00-\u9fff]{2,5}[^，。；]{0,30}?(?:讲话|指示|批示|精神|论述|思想|要求|嘱托|回信|贺信|号召|部署)")


def extract_document(doc: Document) -> ArticleResult:
    """Read one article into entities and facts, each fact with the sentence it came from."""
    t0 = time.perf_counter()
    title = doc.title or ""
    ctx = place_context(title, doc.text)
    art = _Article(doc, ctx, other_holders=frozenset(p for p, r in _OTHER_HOLDER.items()
                                                     if p in doc.text and r.search(doc.text)))
    _title_main(art, title)
    if art.main is None and title:
        sub = _subtitle(doc.text, title)
        if sub:
            _title_main(art, sub)       # 一支部一品牌 / 某县人民医院党委推进…: the subtitle names the article's body
    sentences = [piece for s in split_sentences(doc.text) for piece in _bounded(s)]
    notice = _TITLE_NOTICE.fullmatch(title.strip()) if "关于" in title else None
    if notice is not None:
        art.title_issuers = tuple(o.key for o in _issuers_of(art, notice.group(1)))
    if art.main is None:
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}      # (a tie goes to the body named first: the article opens on its subject)
        for s in sentences[:40]:
            named: list[_Org] = []
            for sp in _cut(art, _reading_text(s.text))[1]:
                # (某某市委、市政府: a bare 市 body listed after a place's body is that place's)
                local = _local_qualifier(sp.text, named) if sp.text[:1] in "省市县区" else None
                name, _ = canonical_org(with_place(local, sp.text) if local else sp.text, ctx, None)
                named.append(_Org("", name, sp.type, sp.text))
                if name in ANAPHORIC_HEADS or name in _BARE_KINDS or name in _TASK_FORCE_HEADS or _bare_field(name):
                    continue            # a bare 医院, 疾控中心 refers to a body; it is none to be the article's subject
                if _org_type(name, sp.type) in (T.GOVERNMENT_AGENCY, T.MEDICAL_INSTITUTION):
                    counts[name] += 1
                    first.setdefault(name, len(first))
        for short in sorted(counts):
            # 某某医院 counted beside 武汉某某医院: one body, named once with its place
            longer = [n for n in counts if n != short and n.endswith(short) and
                      leading_place(n[:-len(short)], ctx.names())[1] == n[:-len(short)]]
            if longer and short in counts:
                counts[sorted(longer)[0]] += counts.pop(short)
                first[sorted(longer)[0]] = min(first[sorted(longer)[0]], first[short])
        if counts:
            name = sorted(counts.items(), key=lambda kv: (-kv[1], first[kv[0]], kv[0]))[0][0]
            if not ((name[:1] in "县市区镇乡" or name.startswith(("自治区", "特区", "常委会"))) and
                    not leading_place(name, frozenset())[0]):
                art.main = _mk(art, name, _org_type(name, T.ORGANIZATION), name)
    t1 = time.perf_counter()
    authors = []
    for a in doc.authors:
        authors.append(art.add(person_key(a, "article:" + doc.doc_id), T.PERSON, a))
    readings = [_reading_text(s.text) for s in sentences]
    art.known_people = recurring_names(doc.text, [(r, _cut(art, r)[0]) for r in readings])
    art.not_people = _short_names_of_bodies(title + "\n" + doc.text)
    for s in sentences:
        _read_sentence(art, s)
    _places(art)
    result = _freeze(art, tuple(authors))
    return ArticleResult(result.document, result.entities, result.facts, result.authors,
                         timings=(("context", t1 - t0), ("extract", time.perf_counter() - t1)))


# 某某抵抗运动（某某）: a short name in brackets right after a long name; 某某方面称: a side, speaking
# (the four characters before the bracket are looked back at: a pattern opening on the run would be tried at every
# character of every run)
_BRACKETED_SHORT = re.compile(r"(?<=[\u4e00-\u9fff]{4})[（(]([\u4e00-\u9fff]{2,5})[）)]")
_ROLE_ENDS = tuple(ROLES)
_ADDRESSED_THEN = re.compile(r"(?:发言|主持|代表|表示|说|指出|强调|介绍|建议|作|在|也|还|认为|提出)")
_COUNTED_NAMES = re.compile(r"(?:^|(?<=[，。；：]))((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})等"
                            r"(?:\d+|[一二三四五六七八九十百两]+)(?:名|位)(?:同志|医务人员|医护人员|职工)?")
_LISTED_WINNERS = re.compile(r"(?:^|(?<=[，。；：])|(?<=献血者|志愿者)|(?<=护士|医生))((?:[\u4e00-\u9fff]{3}、)+[\u4e00-\u9fff]{3})"
                             r"(?:等(?:\d+|[一二三四五六七八九十百两]+)(?:名|位|人))?(?=获评|荣获|被评为|获得|获“|当选|荣膺)")
_WARD_THEN_NAME = re.compile(r"(?:^|(?<=[，。；：]))([\u4e00-\u9fff]{1,6}(?:内科|外科|儿科|骨科|眼科|妇科|产科))的")
_UNIT_ENDS = ("科", "科室", "病区", "门诊", "中心", "医院", "卫生院", "保健院", "血站", "所", "站", "队")
_ONE_OF_ITS_PEOPLE = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:专家|退休干部|离休干部|退休职工|职工|员工|义工|志愿者)|(?:老|青年|预备)?党员|团员")
_MEASURE_WORDS = frozenset("项个家名位件次批条所座户")
# 黎方称: a country's side, named by its one-character short name, speaking
_SIDE_SAYS = re.compile(r"(?<![\u4e00-\u9fff])([中美日俄英法德韩朝印越泰意加澳苏欧巴以黎叙伊乌土埃]方)(?:称|表示|说|宣布|否认|回应|证实|指责)")
_SIDE_SPEAKING = re.compile(r"([\u4e00-\u9fff]{2,5})方面(?:表示|称|说|否认|回应|证实|宣布|发表|拒绝|同意|已|也|则)")


def _short_names_of_bodies(text: str) -> frozenset[str]:
    """Names the article gives a body or a side, never a person: the short name in brackets after a long name (not
    after a post), the subject of 某某方面称."""
    # (each pattern runs only over text holding its fixed part: they open on runs of any characters, slow to scan)
    out = {m.group(1) for m in _BRACKETED_SHORT.finditer(text) if not text.endswith(_ROLE_ENDS, 0, m.start(1) - 1)} \
        if "（" in text or "(" in text else set()
    if "方面" in text:
        out |= {m.group(1)[-n:] for m in _SIDE_SPEAKING.finditer(text) for n in (2, 3, 4, 5) if n <= len(m.group(1))}
    if "方" in text:
        out |= {m.group(1) for m in _SIDE_SAYS.finditer(text)}
    return frozenset(out)


MAX_SENTENCE = 300


def _bounded(s: Sentence) -> list[Sentence]:
    """A run-on "sentence" (a page with no full stops) is cut at commas, so work stays linear in its length."""
    if len(s.text) <= MAX_SENTENCE:
        return [s]
    out, start = [], 0
    text = s.text
    while start < len(text):
        end = min(len(text), start + MAX_SENTENCE)
        if end < len(text):
            cut = max(text.rfind(c, start + MAX_SENTENCE // 2, end) for c in "，,、 ；;")
            end = cut + 1 if cut > start else end
        out.append(Sentence(s.index, s.start + start, s.start + end, text[start:end]))
        start = end
    return out


def _reading_text(raw: str) -> str:
    """A sentence as the extractors read it: a page break inside it (人民\n\n医院) joined, full-width digits
    as ASCII (２０２１年 → 2021年); the evidence stays verbatim."""
    text = re.sub(r"\s*\n\s*", "", raw) if "\n" in raw else raw
    # (喜报丨某院…: the character 丨 is a title's separator, not a word; one character for one keeps the offsets)
    return fold_alnum(text.replace("丨", "｜") if "丨" in text else text)


def _cut(art: _Article, text: str) -> tuple[list[Token], list[OrgSpan]]:
    """Tokens and organisation spans of a sentence, computed once per article."""
    got = art.cuts.get(text)
    if got is None:
        tokens = tokenize(text)
        spans = find_orgs(text, tokens)
        for m in (_TAKES_LEVEL.finditer(text) if "任" in text else ()):
            # 某某同志任|县人民医院院长: the cut glued 任 to the level (任县/r); the body is read from the level on
            k = m.end()
            if not any(sp.start <= k < sp.end for sp in spans):
                rest = text[k:]
                spans += [OrgSpan(sp.start + k, sp.end + k, sp.text, sp.type,
                                  sp.parent_end + k if sp.parent_end is not None else None,
                                  tuple(a + k for a in sp.ancestors))
                          for sp in find_orgs(rest, tokenize(rest)) if sp.start == 0]
        for m in (_WARD_THEN_NAME.finditer(text) if "科的" in text else ()):
            # 心血管|内科的某某是…: a department opening the clause, named by the kind of ward the cut kept whole
            if not any(sp.start < m.end(1) and m.start(1) < sp.end for sp in spans) and \
                    any(plausible_name(text[m.end():m.end() + n]) and text.startswith(CLAUSE_GOES_ON, m.end() + n)
                        for n in (3, 2)):
                spans.append(OrgSpan(m.start(1), m.end(1), m.group(1), T.ORGANIZATION))
        got = art.cuts[text] = (tokens, sorted(spans, key=lambda sp: sp.start))
    return got


def _read_sentence(art: _Article, s) -> None:
    art.sentence_no += 1
    facts_before = len(art.facts)
    text = _reading_text(s.text)
    tokens, spans = _cut(art, text)
    art.tokens = tokens
    ev = Evidence(s.text, s.start, s.end)
    orgs: list[tuple[OrgSpan, _Org]] = []
    # (某岭分院 again: the branch named before, however the cut splits its name now)
    named_branches = [(m.start(), m.end(), b) for b in art.branch_names for m in re.finditer(re.escape(b), text)] \
        if art.branch_names else []
    if named_branches:
        spans = sorted([sp for sp in spans if not any(a < sp.end and sp.start < b for a, b, _ in named_branches)] +
                       [OrgSpan(a, b, w, T.MEDICAL_INSTITUTION) for a, b, w in named_branches], key=lambda sp: sp.start)
    for sp in spans:
        org = art.branch_names.get(sp.text) or _resolve_span(art, sp, [o for _, o in orgs])
        if org is not None:
            orgs.append((sp, org))
    for m in (_BRANCH_OF_GROUP.finditer(text) if "分院" in text else ()):
        # 某岭分院（某岭镇中心卫生院）: a medical group's branch named by the health centre it is, one body
        org = next((o for sp, o in orgs if sp.start == m.start(2) and sp.end == m.end(2)), None)
        if org is not None and org.type == T.MEDICAL_INSTITUTION:
            art.branch_names[m.group(1)] = org
            art.add(org.key, org.type, org.name, m.group(1))
            orgs = [(sp, org if sp.start == m.start(1) and sp.end == m.end(1) else o) for sp, o in orgs]
    again = _named_again(art, text, spans)
    if again:
        spans = sorted(spans + [sp for sp, _ in again], key=lambda sp: sp.start)
        orgs = sorted(orgs + again, key=lambda so: so[0].start)
    earlier = art.earlier = art.recent  # bodies of the sentence before, for posts and units named bare
    art.recent = [o for _, o in orgs] or art.recent
    for m in (_OPENS_AT.finditer(text) if "在" in text else ()):
        # 甲方舱医院和乙方舱医院在某省某市正式休舱: a facility opening or closing in a place stands there
        place, surface = leading_place(m.group(1), art.ctx.names())
        if place is not None and not m.group(1).endswith(surface):
            # (在湖北武汉: a province, then the city in it)
            inner, rest = leading_place(m.group(1)[len(surface):], art.ctx.names() | {place.name})
            place, surface = (inner, rest) if inner is not None and place.name in inner.parents else (None, "")
        if place is None or not m.group(1).endswith(surface):
            continue
        subjects = [(sp, o) for sp, o in orgs if sp.end <= m.start()]
        while subjects and (subjects[-1][0].end == m.start() or
                            len(subjects) > 1 and text[subjects[-2][0].end:subjects[-1][0].start] in ("和", "、", "与", "及")):
            sp, o = subjects.pop()
            art.located_at.setdefault(o.key, (place, surface))
            if not subjects or text[subjects[-1][0].end:sp.start] not in ("和", "、", "与", "及"):
                break
    for m in (_LOCATED_AT.finditer(text) if "位于" in text else ()):
        # 位于某省某市的某某医院: where the body stands, said before its name
        place, surface = leading_place(m.group(1), art.ctx.names())
        org = next((o for sp, o in orgs if sp.start == m.end() and not text.startswith(("旧址", "遗址", "会址"), sp.end)),
                   None)        # (位于某地的某某总工会旧址: the site stands there, not the body)
        # (位于某市疫情中心地带的某院: a quarter of the place between it and 的)
        if org is not None and place is not None and surface and \
                (m.group(1).endswith(surface) or m.group(1).startswith(surface) and
                 _LOCATIVE_REST.fullmatch(m.group(1), len(surface)) is not None):
            art.located_at.setdefault(org.key, (place, surface))
    # (a community's or a village's committee, 某区某某社区, is named by places the text names all the same)
    # (《某京照相馆》: a place in the title of a film or a book is none the text speaks of)
    _text_places(art, text, tokens, [(sp.start, sp.end) for sp in spans if not sp.text.endswith(("社区", "村"))] +
                 ([m.span() for m in _BOOK_TITLE.finditer(text)] if "《" in text else []))
    taken = [(sp.start, sp.end) for sp in spans]
    roles = find_roles(text, taken)
    # 某科党支部书记、科主任某某: 科 before the post in the chain is the department's own, no word of a name
    roles = [RoleSpan(r.start - 1, r.end, r.text, r.former) if r.start >= 2 and text[r.start - 1] in "科室" and
             text[r.start - 2] in "、，" and r.text in ("主任", "副主任") else r for r in roles]
    # 全国人大代表, 某省人大代表: a deputy to the congress just named (代表 is no post word of the tagger's: it opens
    # too many names and verbs)
    deputies = [RoleSpan(sp.end, sp.end + 2, "代表", False) for sp in spans
                if text.startswith("代表", sp.end) and sp.text.endswith(("人大", "人民代表大会")) and
                not text.startswith(("代表大会", "代表团", "代表资格", "代表工作"), sp.end)]
    # 某国能源部|长某某: the cut glued the post's last character to the name after the ministry (the post's span is
    # its 长 alone, so that the ministry ends where it begins)
    deputies += [RoleSpan(sp.end, sp.end + 1, "部长", False) for sp in spans
                 if sp.text.endswith("部") and text.startswith("长", sp.end) and not any(r.end == sp.end + 1 for r in roles)
                 and any(t.start == sp.end and len(t.word) >= 3 and t.pos[:2] in ("nr", "ns") for t in tokens)]
    # 科主任某某, 科室副主任某某 opening a clause: the head of the department the article is about
    heads = [RoleSpan(m.start(), m.end(), m.group(), False) for m in _DEPARTMENT_HEAD.finditer(text)] if "科" in text else []
    if heads:
        roles = [r for r in roles if not any(h.start <= r.start and r.end <= h.end for h in heads)] + heads
    if deputies or heads:
        roles = sorted(roles + deputies, key=lambda r: r.start)
    quoted = quoted_spans(text)
    # 作为某院的院长，某某…: the name after the comma that closes the clause casting someone in a post
    cast = [r.end + 1 for r in roles if text[r.end:r.end + 1] == "，" and "作为" in text[:r.start]]
    # 某领导小组成员甲、乙: the members a body lists, 成员 their post (组成人员: with none)
    # (某委员会、专门委员会组成人员甲、乙: the first body of the pair, the second may be no name the rules read)
    member_word = {m.end(): m.group() for m in _MEMBERS_WORD.finditer(text)}
    members = {m.end(): o for m in _MEMBERS_WORD.finditer(text)
               for o in [next((o for sp, o in orgs if sp.end <= m.start() and
                               _SECOND_BODY.fullmatch(text, sp.end, m.start())), None)] if o is not None}
    # 某某，某中心的主任…: a name opening the sentence, set off by a comma before a body, is cued by it
    opening = [0] if tokens and tokens[0].pos.startswith("nr") and text[tokens[0].end:tokens[0].end + 1] == "，" and \
        any(sp.start == tokens[0].end + 1 for sp in spans) else []
    # 免去某某的…职务, 调任某某为…: the one an appointment names, whole even where the cut split the name
    appointed = [m.end() for m in _APPOINTEE.finditer(text)] if "任" in text or "免" in text or "聘" in text else []
    # “某某勋章”获得者：甲: the holder named right after the title held
    appointed += [m.end() for m in HOLDERS_OF.finditer(text)] if "获得者" in text else []
    # 免去某某某市人民医院副院长职务: the name runs straight into the body's name after it
    # (免去某某的某院…职务, 任命某某同志为…: the name between the verb and 的, 同志 or the body, whatever the cut)
    starts = {sp.start for sp in spans}
    run_into = [(m.end(), e) for m in (_NAMING_VERB.finditer(text) if "免" in text or "任" in text else ())
                for e in [next((m.end() + n for n in (3, 2) if plausible_name(text[m.end():m.end() + n]) and
                                (m.end() + n in starts or text[m.end() + n:m.end() + n + 1] == "的" and
                                 m.end() + n + 1 in starts)), None)] if e is not None]

    people = find_people(text, tokens, [r.end for r in roles] + [sp.end for sp in spans] + cast + list(members) + opening +
                         appointed,
                         taken + [(r.start, r.end) for r in roles], art.known_people)
    for a, b in run_into:
        if not any(x < b and a < y for x, y in people + taken):
            people = sorted(people + [(a, b)])
    # 甲、乙等30名同志被授予…: a list of names closed by a count of people, every item a name
    for m in (_COUNTED_NAMES.finditer(text) if "等" in text else ()):
        people = _listed_names(m, people, taken, lambda w: plausible_name(w, strict=True))
    # 甲、乙、丙获评…: a list of three-character names opening a clause before a verb of award, each a name by its
    # surname even where the surname is mostly another word (玉某某, 太某某)
    for m in (_LISTED_WINNERS.finditer(text) if "、" in text else ()):
        people = _listed_names(m, people, taken, lambda w: plausible_name(w) and lenient_name(w))
    # 某院心内科的某某都会…, 某科的某某则向…: a name after a unit and 的, the clause going on with an adverb or a verb
    of_unit = [(a, b) for sp in spans if text[sp.end:sp.end + 1] == "的" and sp.text.endswith(_UNIT_ENDS)
               for a in [sp.end + 1] for b in [next((a + n for n in (3, 2) if surname_len(text[a:a + n]) and
                                                      plausible_name(text[a:a + n]) and
                                                      text.startswith(CLAUSE_GOES_ON, a + n)), None)]
               if b is not None and not any(x < b and a < y for x, y in people + taken)]
    if of_unit:
        people = sorted(people + of_unit)
    # 某某在某院某科当了七年护士长, 某某在某院担任…: a name opening a clause, then where and what it served as
    people = sorted(people + _served_in(text, spans, people + taken)) if "在" in text else people
    of_unit = {(a, b) for a, b in people if text[a - 1:a] == "的" and text.startswith(CLAUSE_GOES_ON, b) and
               any(sp.end == a - 1 and sp.text.endswith(_UNIT_ENDS) for sp in spans)}
    for m in ([*_APPOINTED_COMRADE.finditer(text), *_COMRADE_TAKES.finditer(text)] if "同志" in text else ()):
        # 任命某某同志为…, 免去某某同志的…职务: the one appointed or removed, named with 同志
        # (某某同志任某院副院长 opening a notice's line: the one who takes the post)
        a, b = m.span(1)
        # (提名向某某同志: the cut read 向 as a preposition, the name after it short by its surname)
        # (免去某旦罗布同志: a Tibetan name of four characters, no surname)
        whole = plausible_name(m.group(1)) or minority_name_len(text, a) == b - a
        people = [(x, y) for x, y in people if not (y == b and a < x or a <= x and y < b) or not whole]
        if whole and not any(x < b and a < y for x, y in people + taken):
            people = sorted(people + [(a, b)])
    bio = BIO_OPENING.match(text) if "男" in text or "女" in text or "先生" in text else None
    if bio is not None:
        # 某某，男，1975年8月出生, 某某先生，现任…: a notice's line on one person opens on the name
        a, b = bio.span(1)
        if (plausible_name(text[a:b]) or "·" in text[a:b]) and not any(x < b and a < y for x, y in people + taken):
            people = sorted(people + [(a, b)])
    for sp in (spans if "任" in text else ()):
        # 此前，某文|亮任/n 某区医院院长: a clause opening on a name, then 任 and the body (the cut glued 任 to the name)
        for n in (3, 2):
            a, b = sp.start - 1 - n, sp.start - 1
            if a >= 0 and text[b] == "任" and (a == 0 or text[a - 1] in "，。；：,;:") and surname_len(text[a:b]) and \
                    plausible_name(text[a:b], final_ok=True) and lenient_name(text[a:b]) and \
                    not any(x < b and a < y for x, y in people + taken):
                people = sorted(people + [(a, b)])
                break
    # (34项川渝…: a count's measure word opens no name)
    people = [(a, b) for a, b in people if not any(q0 < a < q1 for q0, q1 in quoted) and text[a:b] not in art.not_people
              and not (a and text[a] in _MEASURE_WORDS and (text[a - 1].isdigit() or text[a - 1] in "一二三四五六七八九十百千两几多"))]
    body = art.doc.text
    whole_line = body[:s.start].rstrip(" \t\u3000" + BULLETS).endswith("\n") or not body[:s.start].strip(BULLETS + " \t\u3000\n")
    whole_line = whole_line and (s.end >= len(body) or body[s.end:].lstrip(" \t\u3000")[:1] in ("\n", ""))
    in_roll = art.roll is not None and whole_line and roll_item(text)
    # 优秀护士：甲、乙、丙: a heading and its roll on one line
    colon = text.find("：") if whole_line else -1
    announced = art.roll is not None or _LIST_FOLLOWS.search(body, max(0, s.start - 40), s.start) is not None
    inline = roll_heading(text[:colon + 1], (art.doc.title or "") + body[:s.start], announced) \
        if colon > 1 and roll_item(text[colon + 1:]) and text[colon + 1:].strip() and \
        not any(sp.start < colon for sp, _ in orgs) and not _PLACE_HEADING.search(text, 0, colon) and \
        not (text.endswith(_ORG_HEAD_TUPLE, 0, colon) and not _PRAISED.search(text, 0, colon)) else None
    if inline is not None:
        art.roll = _roll_of(art, inline, [o for sp, o in orgs if inline.giver is not None and
                                          inline.giver[0] <= sp.start and sp.end <= inline.giver[1]], body[:s.start])
        in_roll = True
    roll_from = colon + 1 if inline is not None else 0
    if in_roll:
        # 一、先进个人 / 某院：甲（某科主任）、乙: the names standing alone as items of the roll are people
        people = sorted(people + roll_names(text, taken + [(r.start, r.end) for r in roles] + people + [(0, roll_from)],
                                            _roll_name))
    if whole_line and not any(a == 0 for a, _ in people):
        # 甲　某县人民医院某科主任: a list's line giving a name, a space, then the body it works in
        m = _NAME_THEN_BODY.match(text)
        if m is not None and any(sp.start == m.end() for sp, _ in orgs) and \
                (plausible_name(m.group(1), strict=True) or len(m.group(1)) == 3 and plausible_name(m.group(1)) and
                 not _tagger().word_tag_tab.get(m.group(1))):
            people = sorted(people + [(0, m.end(1))])
    if whole_line and "（" in text:
        # 甲（某县医院）、乙（某镇卫生院）: a line of names, each with the body it works in bracketed after it
        bracketed = {sp.start: sp.end for sp, _ in orgs}
        for bm in _NAME_THEN_BRACKETED.finditer(text):
            na, nb = bm.span(1)
            unit_end = bracketed.get(bm.end())
            if unit_end is not None and text[unit_end:unit_end + 1] in "）)" and plausible_name(bm.group(1), strict=True) \
                    and not any(x < nb and na < y for x, y in people + taken):
                people = sorted(people + [(na, nb)])
    art.known_people |= {text[a:b] for a, b in people if b - a <= 3}
    # memberships: 机构 + 职务(、职务)* + 人名, or 机构 + 人名
    person_keys: dict[int, str] = {}
    listed_posts: dict[int, list] = {}         # end of a name → the posts named before it
    # 任命甲、乙、丙为某院副院长: the posts after a list of names are each member's, as are those before one
    # (免去某某(同志)某院副院长职务: the name a notice's verb names, its body and post right after it)
    named_by = {ps: text[ps - 2:ps] for ps, _ in people if text.endswith(("免去", "任命"), 0, ps)}
    # (免去甲（女，苗族）的某院院长职务: the posts after the note on the person)
    after_posts = {pe: posts_after(text, m.end() if m else pe, roles, orgs, named_by.get(ps))
                   for ps, pe in people for m in [_PERSON_NOTE.match(text, pe)]}
    # (任命甲、乙（女，白族）、丙为…: a note in brackets after a listed name keeps it in the list)
    listed_end = {pe: (m.end() - 1 if m else pe) for ps, pe in people for m in [_LISTED_NOTE.match(text, pe)]}
    for ps, pe in sorted(people, reverse=True):
        nxt = next((e for s, e in people if s == listed_end[pe] + 1), None)
        if not after_posts[pe] and text[listed_end[pe]:listed_end[pe] + 1] == "、" and nxt is not None and \
                after_posts[nxt] and _APPOINTMENT.search(text, 0, ps):
            after_posts[pe] = after_posts[nxt]
    held_here: dict[str, _Org] = {}
    for ps, pe in people:
        name = text[ps:pe].replace(" ", "")     # (某某· 某某: a space the text left after the dot)
        before = posts_before(text, ps, roles, orgs, commas=True)
        if not before and text[ps - 1:ps] == "的" and "任" in text[:ps]:
            # 时任某省委副书记的某某: the posts of a 时任 clause before 的, held then (现任…的某某: held now)
            m = _HELD_THEN.search(text, max(0, ps - 40), ps - 1)
            if m is not None:
                before = [(r, o, f or m.group() == "时任") for r, o, f in posts_before(text, ps - 1, roles, orgs)
                          if o is not None and _span_start(orgs, o) >= m.end()]
        if not before and ps in members:
            before = [("成员" if member_word.get(ps) == "成员" else None, members[ps], False)]
        if not before and text[ps - 1:ps] == "、" and ps - 1 in listed_posts:
            before = listed_posts[ps - 1]   # 政治局常委甲、乙、丙: the posts before a list are each member's
        if before:
            listed_posts[listed_end[pe]] = before
        posts = before + after_posts[pe] or posts_as(text, ps, roles, orgs)
        if not posts:
            # 某院(的)某某医生: a title right after the name, the body right before it
            # (院士 is a title of an academy, not a post in the body before the name)
            title = next((r for r in roles if r.start == pe and r.text in TITLES_AFTER_NAME and r.text != "院士"), None)
            org = next((o for sp, o in orgs if sp.end == ps or sp.end == ps - 1 and text[ps - 1] == "的"), None) \
                if title is not None else None
            if org is not None:
                posts = [(title.text, org, False)]
        if not posts:
            # (来自某院的某某; 某医疗队的某某: a team's people are its members)
            # (某院重症医学专家某某, 某院退休干部某某: a word for one of its people between the body and the name)
            org = next((o for sp, o in orgs if sp.end == ps or
                        (sp.end == ps - 1 and text[ps - 1] == "的" and
                         (text[:sp.start].endswith("来自") or o.name.endswith(_TEAMS) or (ps, pe) in of_unit)) or
                        sp.end < ps and _ONE_OF_ITS_PEOPLE.fullmatch(text, sp.end, ps)), None)
            if org is None and text[pe:pe + 1] in ("（", "("):
                # 甲（某中心血站）、乙（某科）: the unit in brackets right after the name is the one the person works in
                org = next((o for sp, o in orgs if sp.start == pe + 1 and text[sp.end:sp.end + 1] in ("）", ")")), None)
            if org is None and text.startswith("来自", pe):
                org = next((o for sp, o in orgs if sp.start == pe + 2), None)     # 某某来自某院(某科)
            if org is None:
                # 某院64岁的某某…: the body opening the clause, an age and 的 before the name
                org = next((o for sp, o in orgs if sp.end < ps and _AGED_OF.fullmatch(text, sp.end, ps) and
                            (sp.start == 0 or text[sp.start - 1] in "，。；：")), None)
            if org is not None:
                posts = [(None, org, False)]        # 某院某某, 来自某院的某某
        if not posts or text.startswith(("是", "，是"), pe):
            # (全国人大代表某某是某村党支部书记: the posts before the name and the one its 是-clause states)
            posts = posts + [p for p in _held_after(text, pe, roles, orgs, list(earlier) + [o for sp, o in orgs
                                                                                            if sp.end <= ps])
                             if p not in posts]
        # (某院副院长某某，三年前作为某队的队长…: the clause after the name gives a second post)
        posts = posts + [p for p in _joined_at(text, pe, roles, orgs) if p not in posts]
        if not posts:
            # 某某常委发言: a post used as a form of address after the name, held in the body the article showed it in
            r = next((r for r in roles if r.start == pe), None)
            if r is not None and r.text in art.role_bodies and _ADDRESSED_THEN.match(text, r.end):
                posts = [(r.text, art.role_bodies[r.text], False)]
        if not posts and (not _WORDS_OF.match(text, pe) or _TITLE_THEN_ACT.match(text, pe)):
            # 向某某总书记致敬: a post of one body right after the name, in an article naming no other party's centre
            # (学习某某总书记重要讲话精神 cites the words, it tells nothing of the post)
            posts = [(r.text, None, False) for r in roles
                     if r.start == pe and (r.text in POST_OF_ONE_BODY or r.text in _PREMIER_AFTER_NAME and surname_len(name)
                                           and not _transliterated(name) and not _MET_WITH.search(text, max(0, ps - 8), ps))
                     and r.text not in art.other_holders]
        scope = next((o.key for _, o, _ in posts if o is not None), None)
        pkey = art.add(person_key(name, scope or "article:" + art.doc.doc_id), T.PERSON, name)
        person_keys[ps] = pkey
        for role, org, former in posts:
            if org is None and (role in POST_OF_ONE_BODY or role in _PREMIER_AFTER_NAME and text.startswith(role, pe)) and \
                    role not in art.other_holders and not _unread_body_before(text, role, roles, ps):
                # 国务委员某某: the post exists in one body only; 某强总理: a Chinese name, then the premier's title
                held_in, kind = POST_OF_ONE_BODY.get(role) or _PREMIER_AFTER_NAME[role]
                org = _mk(art, held_in, kind, held_in)
            if org is None and role and role.lstrip("副常务") in _HEADS_OF_GOVERNMENT:
                # 某省委书记甲、省长乙; 某省省长乙: the people's government of the place of that level named before
                place = _place_before(art, tokens, orgs, ps, role.lstrip("副常务")[0])
                if place is not None:
                    org = _mk(art, place.name + "人民政府", T.GOVERNMENT_AGENCY, place.name + "人民政府")
            if org is None and role and not _unread_body_before(text, role, roles, ps):
                # 院长某某 after a hospital was named: the post names the kind of body it is held in (not one named
                # before a clause that opens somewhere else: 在某某社区，党委书记某某)
                elsewhere = _IN_PLACE_CLAUSE.match(text) is not None and \
                    not any(sp.end <= text.index("，") for sp, _ in orgs)
                org = _body_for_post(role, ([] if elsewhere else list(earlier)) + [o for sp, o in orgs if sp.end <= ps])
            if org is None and role:
                # 坚守在这里的某科主任某某: 这里 (该院) is the body named just before, its department no body of its own
                r = next((r for r in reversed(roles) if r.text == role and r.end <= ps), None)
                if r is not None and _HERE_OF.search(text, 0, r.start - (1 if r.former else 0)):
                    org = next((o for o in reversed(list(earlier) + [o for sp, o in orgs if sp.end <= r.start])
                                if o.type in (T.MEDICAL_INSTITUTION, T.GOVERNMENT_AGENCY)), None)
            if org is None and role in _DEPARTMENT_HEAD_POSTS:
                org = _article_department(art)
            if org is None and role and text.startswith("在") and \
                    not text.endswith(_PROJECT_WORDS, 0, next((r.start for r in reversed(roles) if r.end <= ps), 0)):
                # 在某院某科，主任医师某某…: the body the sentence opens in holds the bare post after it
                # (not a post of a project: 在某中学，…某探测器项目执行总监某某)
                org = next((o for sp, o in orgs if sp.start == 1 and text[sp.end:sp.end + 1] == "，" and sp.end < ps),
                           None)
            if org is None and role in held_here:
                # 某委副主任委员甲作的报告、副主任委员乙作的报告: a bare post in a series, the body of its holder before
                r = next((r for r in reversed(roles) if r.text == role and r.end <= ps), None)
                if r is not None and text[r.start - 1:r.start] in ("、", "，"):
                    org = held_here[role]
            if org is None and role and role.lstrip("副常务执行") in GOVERNMENT_HEADS and art.main is not None:
                # 副市长某某 in an article about a city's health commission: the city government's, not the commission's
                place = leading_place(art.main.name, art.ctx.names())[0]
                if place is not None and place.name.endswith(role.lstrip("副常务执行")[0]):
                    org = _mk(art, place.name + "人民政府", T.GOVERNMENT_AGENCY, place.name + "人民政府")
                else:
                    continue
            if org is None:
                # 由主任某某任组长: in an article about one body, a bare post is a post in that body
                near = art.main is not None and (art.main_last_seen >= art.sentence_no - 1 or
                                                 any(_within(o, art.main) for _, o in orgs))
                # (党组书记、局长某某 in an article about a 局: a post of the body's own kind in the chain)
                fits = art.main is not None and any(_body_for_post(r.text, [art.main]) is art.main for r in roles
                                                    if r.end <= ps and not re.search(r"[，。；：]", text[r.end:ps]))
                # (an article whose title names no body: its subject, read from its opening, holds a post of its kind)
                own_kind = fits and any(_held_in_body(r.text, art.main.name) for r in roles if r.end <= ps) and \
                    _IN_PLACE_CLAUSE.match(text) is None
                org = art.main if (art.main_from_title and (near or fits) or own_kind) and \
                    not qualified_post(tokens, ps, roles) else None
            if org is None:
                continue
            org = _body_of_the_post(art, role, org)
            rkey = art.add(entity_key("role", role), T.ROLE, role) if role else None
            art.facts.append(Membership(pkey, org.key, rkey, ev, former))
            if role:
                held_here[role] = org
                if not any(w in org.name for w in ("政治局", "书记处", "中共中央")):
                    # (某某常委 as a form of address is never a seat of the Party centre's)
                    art.role_bodies[role] = org
    _posts_of_the_subject(art, text, roles, orgs, people, person_keys, ev)
    art.bio_person = person_keys.get(bio.start(1)) if bio is not None else None if people else art.bio_person
    if people:
        art.last_person = person_keys[min(people)[0]]
        art.sole_person = len({person_keys[ps] for ps, _ in people}) == 1 and not any(k in text for k in _KIN_WORDS)
        if art.protagonist is None and art.doc.title:
            # (记某村乡村医生某某: the person the headline names, whom a profile's 她 or 他 means)
            art.protagonist = next((person_keys[ps] for ps, pe in sorted(people)
                                    if pe - ps >= 2 and text[ps:pe] in art.doc.title), None)
    # honours
    ment = sorted([Span(sp.start, sp.end, o.key) for sp, o in orgs] +
                  [Span(ps, pe, person_keys[ps], True) for ps, pe in people], key=lambda x: x.start)
    own = _subject(text, ment)
    # a sentence with no subject of its own continues the one before; the article's body is the subject
    # only in an article about that body (named in its title and again in its text)
    subject = own or art.last_subject or (art.main.key if art.main is not None and art.main_from_title
                                          and art.main_mentions >= 2 and not any(m.is_person for m in ment) else None)
    art.last_subject = own if own and not own.startswith("person:") else None
    if art.main is not None and any(o.key == art.main.key for _, o in orgs):
        art.main_mentions += 1
    if art.main is not None and any(_within(o, art.main) for _, o in orgs):
        art.main_last_seen = art.sentence_no    # (its Party group or a unit of it named: the body is in view)
    # (in a profile, 他 is the person the headline names, not a colleague quoted just before)
    hits = find_awards(text, ment, subject, art.protagonist or (art.last_person if art.sole_person else None))
    # an honour announced in one sentence (某部发布了“某某”) and its holders listed in the next two
    if art.listing is not None:
        # 他们是甲；乙；丙: each ；-item of the list is a sentence of its own
        hits += [AwardHit(m.key, art.listing.honour, art.listing.conferrers, art.listing.year, art.listing.period)
                 for m in ment if m.is_person]
        if not s.text.rstrip().endswith("；"):
            art.listing = None          # the list ends with its last item
    if art.announced is not None and art.sentence_no - art.announced[1] <= 2:
        held = selected_holders(text, ment, art.announced[0])
        hits += held
        if held and opens_holder_list(text) and s.text.rstrip().endswith("；"):
            art.listing = art.announced[0]
    announced = announced_honour(text, ment)
    if announced is not None:
        art.announced = (announced, art.sentence_no)
        hits += selected_holders(text, ment, announced)    # 公布…名单，甲、乙当选: holders in the same sentence
    decree = _DECREE.search(text)
    if decree is not None:
        # 中央军委主席某某签署通令，给…记功: the body whose head signs the order confers what it gives
        issuer = next((o for sp, o in reversed(orgs) if sp.end <= decree.start()), None)
        art.decree = (issuer.key, art.sentence_no) if issuer is not None else None
    notice = _NOTICE.search(text) if "《" in text else None
    if notice is not None:
        # 会议宣读了《某委关于表彰…的决定》: the body that issued the decision confers what it commends
        issuers = _issuers_of(art, notice.group(1))
        if issuers:
            art.decree = (issuers[0].key, art.sentence_no) + \
                ((tuple(o.key for o in issuers),) if len(issuers) > 1 else ())
    untitled = _UNTITLED_NOTICE.search(text) if "《关于" in text else None
    if untitled is not None and (notice is None or art.decree is None or art.decree[1] != art.sentence_no):
        # 甲、乙、丙联合印发《关于表彰…的决定》: the bodies that issue the decision confer what it commends
        clause = max(text.rfind(c, 0, untitled.start()) for c in "，。；：") + 1
        issuers = [o for sp, o in orgs if clause <= sp.start and sp.end <= untitled.start()]
        if issuers:
            art.decree = (issuers[0].key, art.sentence_no, tuple(dict.fromkeys(o.key for o in issuers)))
    by_decree = art.decree[0] if art.decree is not None and art.sentence_no - art.decree[1] <= 3 else None
    # 会议对…先进单位进行了通报表扬。获表扬的单位有：甲；乙: the holders listed in the sentence after
    if art.commend_items is not None:
        # …；乙；丙。: each ；-item of the list is a sentence of its own, the list ends with its last
        hits += commended_holders(text, ment, art.commend_items, -1, len(text), None)
        if not s.text.rstrip().endswith("；"):
            art.commend_items = None
    elif art.commended is not None and art.sentence_no - art.commended[1] == 1:
        listed = holders_listed(text, ment, art.commended[0])
        hits += listed
        if listed and s.text.rstrip().endswith("；"):
            art.commend_items = art.commended[0]
    elif (kind := set_listed(text) if art.granted else None) is not None and kind in art.granted and \
            art.sentence_no - art.granted[kind][1] <= 4:
        # 授予甲等6个集体“某某”称号…。受表彰的先进集体是：甲、乙、丙: the set's members, listed after
        held = {(f.recipient, f.honour) for f in art.facts if isinstance(f, HonourAward)}
        hits += [h for h in holders_listed(text, ment, art.granted[kind][0])
                 if (h.recipient, entity_key("honour", h.honour)) not in held]
    for personal, c in granted_sets(text, next((h.conferrers[0] for h in hits if h.conferrers), by_decree or art.convener),
                                    next((h.year for h in hits if h.year), None)):
        art.granted[personal] = (c, art.sentence_no)
    convener = next((o.key for sp, o in orgs if text.startswith(("召开", "举行", "举办"), sp.end)), None)
    art.convener = convener or art.convener
    c = commendation(text, ment)
    if c is not None and c.conferrer is None and art.convener is not None and re.search(r"会议|大会|会上", text[:c.end]):
        c = Commendation(c.honour, c.year, c.period, art.convener, c.end)   # (会议对…: the body that held the meeting)
    art.commended = (c, art.sentence_no) if c is not None else art.commended
    heading = roll_heading(text, (art.doc.title or "") + body[:s.start]) if whole_line else None
    if in_roll and heading is None:
        hits += _roll_holders(art, text, [m for m in ment if m.start >= roll_from], orgs)
        # 某院：甲（某科主任）、乙: the body opening a roll line is where each person on it works
        # (某院　　甲: the body and the name set apart by spaces, as a table's columns)
        head = next((o for sp, o in orgs if sp.start == 0 and text[sp.end:sp.end + 1] in "：:　 \t"), None)
        placed = {f.person for f in art.facts[facts_before:] if isinstance(f, Membership)}
        for m in (ment if head is not None else ()):
            if not m.is_person or m.key in placed:
                continue
            note = _NOTE_AFTER.match(text, m.end)
            if note is not None and any(note.start(1) <= sp.start < note.end(1) for sp, _ in orgs):
                continue                # （某科主任）: a unit of its own, read with the post
            posts = [r for r in roles if note is not None and note.start(1) <= r.start and r.end <= note.end(1)]
            for r in posts or [None]:
                rkey = art.add(entity_key("role", r.text), T.ROLE, r.text) if r is not None else None
                org = _body_of_the_post(art, r.text, head) if r is not None else head
                art.facts.append(Membership(m.key, org.key, rkey, ev, False))
    if whole_line:
        _name_then_post(art, text, ment, roles, orgs, ev, facts_before)
    if in_roll:
        _roll_departments(art, text, ment, orgs, ev, facts_before)
    hits += _listed_honours(art, text, ment, whole_line)
    lead = _LEAD_YEAR.match(text)
    year_here = int(lead.group(1)) if lead else art.clause_year
    # (a clause after ；with no year of its own is still in the year the run of clauses opened with)
    hits = [AwardHit(h.recipient, h.honour, h.conferrers, year_here, h.period)
            if h.year is None and h.period is None and year_here is not None and not _YEAR_ANY.search(text) else h
            for h in hits]
    art.clause_year = year_here if text.rstrip().endswith(("；", ";")) else None
    for hit in hits:
        hkey = art.add(entity_key("honour", hit.honour), T.HONOUR, hit.honour)
        if hit.recipient not in art.names:
            continue
        if not hit.conferrers and by_decree is not None and by_decree != hit.recipient:
            hit = AwardHit(hit.recipient, hit.honour, _decree_issuers(art), hit.year, hit.period)
        elif not hit.conferrers and art.title_issuers and hit.recipient not in art.title_issuers:
            # (某委关于表彰…的决定 as the headline: the bodies it names confer what its text grants)
            hit = AwardHit(hit.recipient, hit.honour, art.title_issuers, hit.year, hit.period)
        if hit.recipient.startswith("person:") and hit.honour.endswith(_COLLECTIVE):
            continue                    # a collective honour goes to a body, not to a person
        if hit.recipient.startswith("org:") and hit.honour.endswith(_PERSONAL):
            continue
        art.facts.append(HonourAward(hit.recipient, hkey, ev, conferred_by=tuple(dict.fromkeys(hit.conferrers)),
                                     year=hit.year, period=hit.period))
    if heading is not None:
        art.roll = _roll_of(art, heading, [o for sp, o in orgs if heading.giver is not None and
                                           heading.giver[0] <= sp.start and sp.end <= heading.giver[1]], body[:s.start])
    elif not in_roll:
        art.roll = None
    # programmes; a line of its own with no closing stop is a story's headline: in a bulletin the body of the
    # story before it runs nothing the headline names
    body = art.doc.text
    headline = (s.end >= len(body) or body[s.end] == "\n") and (s.start == 0 or body[s.start - 1] == "\n") and \
        not s.text.rstrip().endswith(tuple("。！？!?；;"))
    found = find_programs(text, tokens)
    branded: dict[int, _Org] = {}
    brand = _BRAND_HEADING.fullmatch(text) if whole_line else None
    head_org = next((o for sp, o in orgs if sp.start == (brand.start(1) if brand else -1) and sp.end == brand.end(1)), None)
    if head_org is None and brand is not None and brand.group(1).endswith(_BRANCH_ENDS) and \
            not any(sp.start < brand.end(1) for sp, _ in orgs):
        # (the cut read the heading's branch as no body: it is the branch of the body the text is about)
        head_org = _resolve_span(art, OrgSpan(brand.start(1), brand.end(1), brand.group(1), T.PARTY_ORGANIZATION), [])
    if head_org is not None and not any(p0 <= brand.start(2) < p1 for p0, p1, _ in found):
        # 内科党支部：“心连心·医路同行”: a heading giving a body and its brand in quotes
        found.append((brand.start(2) - 1, brand.end(2) + 1, brand.group(2)))
        branded[brand.start(2) - 1] = head_org
    for m in (_BRAND_AS.finditer(text) if "品牌" in text else ()):
        # 以“某某”为品牌: the brand the subject makes, its name the quoted words alone
        found = [f for f in found if not f[0] <= m.start(1) < f[1]] + [(m.start(1) - 1, m.end(1) + 1, m.group(1))]
    for p0, p1, name in found:
        _name_program(art, text, p0, p1, name)
    # the bare head of a programme the article named in full, outside any name read here
    for head, name in art.named_programs.items():
        at = text.find(head)
        while name is not None and at >= 0:
            if not any(p0 <= at <= p1 for p0, p1, _ in found) and text[at - 1:at] not in "”\"":
                found.append((at, at + len(head), name))
            at = text.find(head, at + len(head))
    for p0, p1, name in sorted(found):
        if any(sp.start < p1 and p0 < sp.end for sp, _ in orgs if not (p0 <= sp.start and sp.end <= p1)):
            continue
        # an article about one body (its title names it) runs the programmes it names; in a bulletin of several
        # stories the most named body runs only those named near it
        main = art.main if art.main_from_title or art.main_last_seen >= art.sentence_no - 1 and not headline else None
        # (甲院“某某”、乙中心“某某”等党建品牌: the body right before each quoted name runs it)
        own = ([branded[p0]] if p0 in branded else []) + \
            [o for sp, o in orgs if _MADE_BY.fullmatch(text, sp.end, p0) and text[p0:p0 + 1] in "“\""] + \
            [o for sp, o in orgs if sp.end == p0 and text[p0:p0 + 1] in "“\"" and text[sp.start - 1:sp.start] == "、"] + \
            [o for sp, o in orgs if sp.end == p0 and text[p0:p0 + 1] in "“\"" and _OWNERS_LISTED.match(text, p1)]
        # (全市卫生健康系统…开展“某某”活动: the health system of the place acts through its health agency)
        system = _health_agency(art) if _SYSTEM_SUBJECT.search(text, 0, p0) and \
            not any(sp.end <= p0 for sp, _ in orgs) else None
        own = own or ([system] if system is not None else [])
        # (a press office holds the briefing where others' programmes are announced: the body speaking there runs them)
        runs = [(sp, o) for sp, o in orgs if not o.name.endswith(_PRESS_OFFICES)]
        carriers = own[:1] or _joint_runners(text, runs, p0) or _hosts(text, runs, p0) or _runners_after(text, runs, p0, p1) or \
            _listed_subjects(text, runs, p0) or \
            _purpose_subjects(text, runs, p0, p1) or _carrier(text, runs, p0, main)
        # a press office holds the briefing where others' programmes are announced; it runs none of them
        # (…启动仪式在某院举行: the body a ceremony is held at is its venue; it runs nothing the ceremony launches)
        venues = {o.key for sp, o in orgs if sp.start > p1 and text[sp.start - 1:sp.start] == "在" and
                  text.startswith(("举行", "举办", "召开"), sp.end)}
        carriers = [c for c in carriers if c is not None and not c.name.endswith(_PRESS_OFFICES) and c.key not in venues]
        if not carriers:
            art.unrun = (name, art.sentence_no)
            continue
        pkey = art.add(entity_key("program", program_core(name)), T.PROGRAM, name, name)
        for carrier in carriers:
            art.facts.append(Relation(carrier.key, "carriesOut", pkey, ev))
    if art.unrun is not None and art.unrun[1] == art.sentence_no - 1 and _THIS_WORK.match(text):
        # “某某”项目启动仪式在某院举行。此次接种工作由甲牵头，乙具体实施，丙、丁协同配合: the bodies of the work run it
        runners = _runners_of_the_work(text, orgs)
        if runners:
            name = art.unrun[0]
            pkey = art.add(entity_key("program", program_core(name)), T.PROGRAM, name, name)
            for carrier in runners:
                art.facts.append(Relation(carrier.key, "carriesOut", pkey, ev))
        art.unrun = None


# 此次接种工作由…: a sentence about the work just named, by a word for it
_THIS_WORK = re.compile(r"(?:此次|本次|这次|该)[\u4e00-\u9fff]{0,6}?(?:工作|活动|项目|行动)(?:由|以)")
# 甲牵头，乙具体实施，丙协同配合: the part each body takes in the work
_PART_TAKEN = re.compile(r"(?:[、和及与](?:各|全县|全市|全区|辖区)[\u4e00-\u9fff]{1,10}?)?(?:等(?:成员|相关)?(?:单位|部门))?"
                         r"(?:负责)?(?:牵头|具体实施|负责实施|组织实施|承办|主办|协办|协同配合|配合实施|配合|共同实施|参与|统筹|协同)")
# 乙牵头，联合丙、丁开展…: the bodies a lead body joins to it
_JOINED_BY_LEAD = re.compile(r"(?:联合|会同)")
_ASSISTS = re.compile(r"配合|协助")


def _joint_runners(text: str, orgs: list[tuple[OrgSpan, _Org]], pos: int) -> list[_Org]:
    """甲统筹，乙牵头，丙、丁等成员单位协同，开展某某行动; 乙牵头，联合丙、丁开展…: in a sentence that names a lead body,
    every body given a part, and every body the lead joins to it, runs the programme."""
    assisted = _ASSISTS.search(text, 0, pos)
    if "牵头" not in text[:pos] and assisted is None:
        return []
    before = [(sp, o) for sp, o in orgs if sp.end <= pos]
    out = {o.key: o for o in _runners_of_the_work(text, before)} if "牵头" in text[:pos] else {}
    if assisted is not None:
        # 甲配合乙开展…: the body that helps and the one it helps both run it
        out.update((o.key, o) for sp, o in before if sp.end == assisted.start())
    for m in [*_JOINED_BY_LEAD.finditer(text, 0, pos), *([assisted] if assisted is not None else [])]:
        joined = [(sp, o) for sp, o in before if sp.start == m.end()]
        for sp, o in before:
            if joined and sp.start > joined[-1][0].end and _JOINS.fullmatch(text[joined[-1][0].end:sp.start]):
                joined.append((sp, o))
        out.update((o.key, o) for _, o in joined)
    return list(out.values()) if len(out) >= 2 else []


def _lineage(o: _Org | None) -> list[_Org]:
    """The body and the bodies it is a unit of, nearest first (某医院某科一病区 → 某科 → 某医院)."""
    out = []
    while o is not None and o not in out:
        out.append(o)
        o = o.parent
    return out


def _runners_of_the_work(text: str, orgs: list[tuple[OrgSpan, _Org]]) -> list[_Org]:
    """The bodies a sentence gives a part in a work (甲牵头，乙具体实施，丙、丁和戊协同配合), each with the bodies listed
    before it."""
    out: dict[str, _Org] = {}
    chain: list[_Org] = []
    for k, (sp, o) in enumerate(orgs):
        chain.append(o)
        if _PART_TAKEN.match(text, sp.end):
            out.update((c.key, c) for c in chain)
            chain = []
        elif not (k + 1 < len(orgs) and re.fullmatch(r"[、和及与]", text[sp.end:orgs[k + 1][0].start])):
            chain = []
    return list(out.values())


_BRAND_HEADING = re.compile(r"(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])?\s*"
                            r"([\u4e00-\u9fff]{2,30}?)[：:]\s*[“\"]([^“”\"]{2,20})[”\"]")
# 某支部打造的“某某”品牌: the body that made the brand, written right before it
_MADE_BY = re.compile(r"(?:精心)?(?:打造|创建|创立|培育)的")
_BRANCH_ENDS = ("党支部", "党总支", "团支部", "团总支", "党小组")
_BRAND_AS = re.compile(r"以[“\"]([^“”\"]{2,20})[”\"]为(?:党建|服务|支部)?品牌")
# 某某同志任|县人民医院…: 任 before a level character (the cut's 任县/r), not the county 任县's own body
_TAKES_LEVEL = re.compile(r"(?<=同志)任(?=[县市区](?!长|委书记))")
# 某探测器项目执行总监: a post of a project, no body's
_PROJECT_WORDS = ("项目", "工程", "任务", "计划")
# (、科主任 in a chain after the department's branch is read by the chain: 某科党支部书记、科主任某某)
_DEPARTMENT_HEAD = re.compile(r"(?:^|(?<=[，。；：\s“]|是|由|和|与|在))科室?副?主任(?![医护药技师])")
_DEPARTMENT_HEAD_POSTS = frozenset(("科主任", "科室主任", "科副主任", "科室副主任"))


def _known_department(art: "_Article", name: str) -> "_Org | None":
    """The one department of that bare name the article has named in full (某院肾内科 for 肾内科), if one only."""
    found = [(key, typ, label) for key, (typ, label, _) in art.names.items()
             if key.startswith("org:") and label.endswith(name) and len(label) > len(name) and typ == T.ORGANIZATION]
    if len(found) > 1 and art.main is not None:
        found = [f for f in found if f[2].startswith(art.main.name)]   # (of several, the article's body's own)
    return _Org(found[0][0], found[0][2], found[0][1], found[0][2]) if len(found) == 1 else None


def _article_department(art: "_Article") -> "_Org | None":
    """The department an article is about: the first one it names (in its title, as a rule)."""
    for key, (typ, label, _) in art.names.items():
        if key.startswith("org:") and typ == T.ORGANIZATION and label.endswith("科") and len(label) > 2:
            return _Org(key, label, typ, label)
    return None


# the title of a book, a film, a song (a rule, a plan or a declaration is named after the place it is for)
_BOOK_TITLE = re.compile(r"《[^《》]{1,30}(?<!条例|规划|办法|方案|规定|决定|意见|通知|纲要|计划|细则|标准|公约|宣言|报告|条约|协定)》")
# 时任/现任 opening a clause of posts that 的 and a name close, with no stop between
_BRANCH_OF_GROUP = re.compile(r"(?:(?<=[，、。；：“（(\s在和与及])|^)([\u4e00-\u9fff]{2,4}分院)[（(]([\u4e00-\u9fff]{3,16}(?:卫生院|卫生服务中心|医院))[）)]")
_PERSON_NOTE = re.compile(r"[（(](?:女|男|[\u4e00-\u9fff]{1,4}族)(?:[，,、][\u4e00-\u9fff]{1,4}族)?[）)]")
_LISTED_NOTE = re.compile(_PERSON_NOTE.pattern + "、")
_HELD_THEN = re.compile(r"(?:时任|现任)(?=[^，。；：]*$)")
_NAMING_VERB = re.compile(r"(?:任命|免去|聘任|提名)")
_APPOINTEE = re.compile(r"(?:任命|免去|聘任|聘请|提名|调任)(?=[\u4e00-\u9fff]{2,4}(?:为|的|同志|、|[（(]))")
_COMRADE_TAKES = re.compile(r"(?:^|(?<=[；;。：:\n]))([\u4e00-\u9fff]{2,4}?)同志(?=任|为|兼任|不再|现任|同时|挂任|调任)")
_APPOINTED_COMRADE = re.compile(r"(?:任命|免去|提名|聘任|聘请|推荐|决定)([\u4e00-\u9fff]{2,8}?)同志")
_ELECTED = re.compile(r"当选为?")
_SOCIETY_ENDS = ("分会", "专业委员会", "专委会", "协会", "学会", "研究会", "促进会", "联合会")
_APPOINTED_IT = re.compile(r"(?:任命|聘任|提名|聘)其(?=为)")
_REMOVED_FROM = re.compile(r"免去(?:其|他|她|(?=[\u4e00-\u9fff]{2,4}同志))(?:的)?")


# 他…，1991年任某县委副书记, …推动成立了某委员会，并担任书记: a post taken in a clause whose subject is a pronoun, a
# date or the sentence's own subject
_SUBJECT_TAKES = re.compile(r"(?:^|(?<=[，；]))(?:(\d{4}年(?:底|初)?)[，,]?|(他|她)|(并同时|并|同时)|(?=(现任))|(?=(调任|升任|改任|兼任)))"
                            r"(?:又|还|曾|先后|随后|后)?"
                            r"(?=(?:任|现任|担任|兼任|出任|被任命为|调任|升任))")
# 某某，男，1975年8月出生，…，现任某院副院长: a notice's line on one person, opening on the name


def _posts_of_the_subject(art: _Article, text: str, roles, orgs, people, person_keys, ev) -> None:
    """Posts taken in a clause with no name of its own: the sentence's first person's (并担任), or else the person
    the article last named (他…任…, 1991年任…, 她是某队里的一位护士); a bare post after 并担任 is held in the body
    named just before."""
    for m in (_PRONOUN_IS.finditer(text) if "是" in text else ()):
        if art.last_person is None or not art.sole_person or any(ps < m.start() for ps, _ in people):
            continue                    # (某某的儿子某某是…。他是…: whom 他 means is not clear)
        for role, org, former in _held_after(text, m.end(), roles, orgs, []):
            if org is not None and role:
                rkey = art.add(entity_key("role", role), T.ROLE, role)
                art.facts.append(Membership(art.last_person, org.key, rkey, ev, former))
    for m in (_REMOVED_FROM.finditer(text) if "免去" in text else ()):
        # 某某任…，免去其某委党组成员、副主任职务: the posts taken away are the sentence's first person's, former now
        named = next((ps for ps, pe in people if ps == m.start() + 2 and text.startswith("同志", pe)), None)
        # (甲宣读决定：任命乙同志为…，免去其…职务: 其 is the one just appointed, the person named last before it)
        first = max((ps for ps, _ in people if ps < m.start()), default=None)
        pkey = person_keys[named] if named is not None else person_keys[first] if first is not None else \
            (art.last_person if art.sole_person else None)
        pos = next((pe + 2 for ps, pe in people if ps == named), m.end())
        org = None
        while pkey is not None:
            org = next((o for sp, o in orgs if sp.start == pos), org)
            pos = next((sp.end for sp, o in orgs if sp.start == pos), pos)
            role = next((r for r in roles if r.start == pos), None)
            if role is None or org is None:
                break
            held_in = _body_of_the_post(art, role.text, org)
            art.facts.append(Membership(pkey, held_in.key, art.add(entity_key("role", role.text), T.ROLE, role.text),
                                        ev, True))
            pos = role.end + (1 if text[role.end:role.end + 1] in "、兼" else 0)
            if text.startswith("职务", role.end):
                break
    for m in (_ELECTED.finditer(text) if "当选" in text else ()):
        # 某学会某分会成立…，甲当选主任委员，乙、丙当选副主任委员: the post in the society named in the sentence or the one before
        role = next((r for r in roles if r.start == m.end()), None)
        body = next((o for sp, o in reversed(orgs) if sp.end <= m.start() and o.name.endswith(_SOCIETY_ENDS)), None) or \
            next((o for o in reversed(art.earlier) if o.name.endswith(_SOCIETY_ENDS)), None) if role is not None else None
        end = m.start()
        for ps, pe in (sorted(people, reverse=True) if body is not None else ()):
            if pe != end:
                continue
            art.facts.append(Membership(person_keys[ps], body.key, art.add(entity_key("role", role.text), T.ROLE, role.text),
                                        ev, False))
            end = ps - 1 if text[ps - 1:ps] in ("、", "和") else -1
    for m in (_APPOINTED_IT.finditer(text) if "其为" in text else ()):
        # 免去某某同志…职务，任命其为…: 其 is the person the sentence named before, the post after 为 a new one
        first = max((ps for ps, _ in people if ps < m.start()), default=None)
        pkey = person_keys[first] if first is not None else (art.last_person if art.sole_person else None)
        for role, org, former in (posts_after(text, m.end(), roles, orgs) if pkey is not None else ()):
            if org is not None and role:
                org = _body_of_the_post(art, role, org)
                art.facts.append(Membership(pkey, org.key, art.add(entity_key("role", role), T.ROLE, role), ev, former))
    for m in (_CAREER.finditer(text) if "任" in text else ()):
        # 某某先后任甲院外科医生、副院长，原乙局医政股股长，丙院副院长: each post of the career, in the body before it
        # (某某同志先后任…: 同志 after the name)
        pkey = next((person_keys[ps] for ps, pe in people
                     if pe == m.start() or pe + 2 == m.start() and text.startswith("同志", pe)), None)
        if pkey is None and text[m.start() - 1:m.start()] in ("，", ",") and people and min(people)[0] == 0 and \
                len({person_keys[ps] for ps, _ in people if ps < m.start()}) == 1:
            pkey = person_keys[min(people)[0]]     # 某某1990年参加工作，先后任…: the clause goes on about the sentence's person
        if pkey is None and (m.group(1) or text[m.start() - 1:m.start()] in ("，", ",") or m.start() == 0) and \
                art.last_person is not None and art.sole_person and not any(ps < m.start() for ps, _ in people):
            pkey = art.last_person      # 他先后任…: the one person the text last named alone
        if pkey is None:
            continue
        stop = min([i for i in (text.find("。", m.end()), text.find("现任", m.end())) if i >= 0] or [len(text)])
        current = None
        for pos, kind, item in sorted([(sp.start, 0, o) for sp, o in orgs if m.end() <= sp.start < stop] +
                                      [(r.start, 1, r) for r in roles if m.end() <= r.start < stop],
                                      key=lambda x: (x[0], x[1])):
            if kind == 0:
                current = item
            elif current is not None:
                org = _body_of_the_post(art, item.text, current)
                if org.parent is not None and _held_in_body(item.text, org.parent.name) and \
                        not _held_in_body(item.text, org.name):
                    org = org.parent    # 某卫生院外科医生、副院长: the vice-president of the health centre, not of 外科
                art.facts.append(Membership(pkey, org.key, art.add(entity_key("role", item.text), T.ROLE, item.text),
                                            ev, True))
    for m in (_PRONOUN_JOINS.finditer(text) if "她" in text or "他" in text else ()):
        # 2008年，她被分配到某卫生院当护士: the one person the text last named alone took the post
        if art.last_person is None or not art.sole_person or any(ps < m.end() for ps, _ in people):
            continue
        for role, org, former in _joined_at(text, m.end(), roles, orgs):
            rkey = art.add(entity_key("role", role), T.ROLE, role) if role else None
            art.facts.append(Membership(art.last_person, org.key, rkey, ev, former))
    for m in _SUBJECT_TAKES.finditer(text):
        first = min(people)[0] if people and min(people)[0] < m.start() else None
        bio = BIO_OPENING.match(text) if m.group(4) else None
        # (某某，男，…主任医师。现任…，拟任…: the line's next sentence goes on with its person)
        next_line = m.group(4) and m.start() == 0 and first is None and art.bio_person is not None
        if m.group(4) and not next_line and (bio is None or first != bio.start(1)):
            continue                    # (，现任… goes with the name only in a notice's line on one person)
        if (m.group(3) or m.group(5)) and first is None:
            continue                    # (并担任, ，调任… continue a clause whose subject is named)
        pkey = art.bio_person if next_line else person_keys[first] if first is not None else art.last_person
        if pkey is None or (first is None and any(ps < m.start() for ps, _ in people)):
            continue
        posts = posts_after(text, m.end(), roles, orgs)
        if not posts:
            # (任治多|县委副书记: the body's span begins after the place the rules wrote into its name)
            near = next(((sp, o) for sp, o in orgs if m.end() < sp.start <= m.end() + 8 and
                         not re.search(r"[，。；：,;:]", text[m.end():sp.start])), None)
            role = next((r for r in roles if near is not None and r.start == near[0].end), None)
            posts = [(role.text, near[1], False)] if role is not None else []
        if not posts and m.group(3):
            role = next((r for r in roles if r.start == m.end() + 2), None) if text.startswith("担任", m.end()) else None
            org = next((o for sp, o in reversed(orgs) if sp.end <= m.start()), None)
            posts = [(role.text, org, False)] if role is not None and org is not None else []
        last = max((r.end for r in roles if r.start >= m.end() and r.text in {p[0] for p in posts}), default=None)
        if last is not None and (text.startswith("的", last) or any(ps == last for ps, _ in people)):
            continue                    # 任某县委副书记的某某: the post of the name after it
        for role, org, former in posts:
            if org is None:
                continue
            org = _body_of_the_post(art, role, org)
            rkey = art.add(entity_key("role", role), T.ROLE, role) if role else None
            art.facts.append(Membership(pkey, org.key, rkey, ev, former))


_PARTY_ENDS = ("党总支", "党支部", "党组", "党委", "总支", "支部")


def _body_of_the_post(art: _Article, role: str | None, org: _Org) -> _Org:
    """某局党组书记、副局长某某, 某院党支部书记、院长某某: a post of the body's own kind in a chain after its Party
    organisation is held in the body, not the Party organisation."""
    if role and role.startswith(("团委", "团总支", "团支部")) and not org.name.endswith(("团委", "团总支", "团支部")):
        # 团委书记某某 in an article about a body whose League committee it named: the post is in that committee
        league = role[:3] if role.startswith(("团总支", "团支部")) else "团委"
        key = entity_key("org", org.name + league)
        if key in art.names:
            typ, label, _ = art.names[key]
            return _Org(key, label, typ, label, org)
    end = next((e for e in _PARTY_ENDS if org.name.endswith(e)), None) if role else None
    if end is None or not _held_in_body(role, org.name[:-len(end)]):
        return org
    name = org.name[:-len(end)]
    body = canonical_org(name, art.ctx, art.main)[0]
    return org.parent if org.parent is not None and org.parent.name == body else \
        _mk(art, body, _org_type(body, T.ORGANIZATION), name)


_KIN_WORDS = ("儿子", "女儿", "丈夫", "妻子", "父亲", "母亲", "爸爸", "妈妈", "爱人", "哥哥", "姐姐", "弟弟", "妹妹", "孩子", "老伴")
def _roll_name(piece: str) -> bool:
    """An item of a roll that can be a name on its own: no place, two or three characters (four with 欧阳…)."""
    return plausible_name(piece) and not known_place(piece) and (len(piece) <= 3 or surname_len(piece) == 2)


_ORG_HEAD_TUPLE = tuple(h for h in ORG_HEADS if len(h) >= 2)
_PLACE_HEADING = re.compile(r"(?:镇|乡|街道|村|社区|县|市|区|旗|机关)$")     # 某镇：甲 names where the holder works
_LIST_FOLLOWS = re.compile(r"(?:名单|如下)[：:]\s*$")
# 五四红旗团支部：甲团支部、乙团支部: a heading ending like a body's name that praises is an honour's
_PRAISED = re.compile(r"红旗|先进|优秀|模范|标兵|示范|五星|星级|文明|最美|十佳")
_DEPT_BEFORE = re.compile(r"([\u4e00-\u9fff]{1,8}?(?:科|部|室|病区))[ \u3000\t]+$")
_DEPT_AFTER = re.compile(r"[（(]([\u4e00-\u9fff]{1,8}?(?:科|部|室|病区))[）)]")


_LEAD_YEAR = re.compile(r"((?:19|20)\d{2})年(?:\d{1,2}月)?[，,]")
_YEAR_ANY = re.compile(r"(?:19|20)\d{2}年")
_HONOURS_FOLLOW = re.compile(r"(?:先后|还|曾|共)?(?:获得|荣获|获)(?:了)?(?:以下|如下|下列)(?:荣誉|奖项|称号|表彰)[：:]$")
_HONOUR_LINE = re.compile(r"[◆●■▲★☆•·\-—\d.、．）)（(一二三四五六七八九十]*\s*(?P<h>[^（()）：:，。]{3,32}?)\s*"
                          r"(?:[（(](?P<note>[^（()）]{2,60})[）)])?\s*[；;。]?")


def _listed_honours(art: _Article, text: str, ment: list[Span], whole_line: bool) -> list[AwardHit]:
    """某站先后获得以下荣誉： then one honour a line (全国某某奖（国家卫生健康委员会、某会，2022年）): each is the
    holder's, conferred by the bodies and in the year the bracket gives."""
    if whole_line and _HONOURS_FOLLOW.search(text):
        art.honours_of = _subject(text, ment) or (art.main.key if art.main is not None and art.main_from_title else None)
        return []
    if art.honours_of is None:
        return []
    m = _HONOUR_LINE.fullmatch(text.strip()) if whole_line else None
    name = clean_honour(m.group("h"))[0] if m is not None else ""
    if m is None or not looks_like_honour(name, quoted=True) or any(sp.is_person for sp in ment):
        art.honours_of = None           # the list ended
        return []
    note = m.group("note") or ""
    at = m.start("note") if m.group("note") else len(text)
    conferrers = tuple(sp.key for sp in ment if not sp.is_person and sp.start >= at)
    year = re.search(r"((?:19|20)\d{2})年", note)
    return [AwardHit(art.honours_of, name, conferrers, int(year.group(1)) if year else clean_honour(m.group("h"))[1], None)]


def _roll_departments(art: _Article, text: str, ment: list[Span], orgs, ev, facts_before: int) -> None:
    """外科 甲, 乙（妇产科）, 丙（某县人民医院）: on a roll's line, the department written before or after a name, or the
    body in brackets after it, is where the person works."""
    placed = {f.person for f in art.facts[facts_before:] if isinstance(f, Membership)}
    for m in ment:
        if not m.is_person or m.key in placed:
            continue
        body = next((o for sp, o in orgs if text[m.end:m.end + 1] in "（(" and sp.start == m.end + 1 and
                     text[sp.end:sp.end + 1] in "）)"), None)
        if body is not None:
            art.facts.append(Membership(m.key, body.key, None, ev, False))
            continue
        before = _DEPT_BEFORE.search(text, 0, m.start)
        after = _DEPT_AFTER.match(text, m.end)
        got = before or after
        if got is None or before is not None and before.start(1) > 0 and text[before.start(1) - 1] not in " 　\t、，◆●•":
            continue
        sp = OrgSpan(got.start(1), got.end(1), got.group(1), T.ORGANIZATION)
        unit = _resolve_span(art, sp, [])
        if unit is not None and unit.parent is not None:
            art.facts.append(Membership(m.key, unit.key, None, ev, False))


def _listed_names(m: re.Match, people: list[tuple[int, int]], taken: list[tuple[int, int]], ok) -> list[tuple[int, int]]:
    """people with each item of the 、-list m matched (group 1) added, when ok holds for every item."""
    items, p = m.group(1).split("、"), m.start(1)
    if not all(ok(w) for w in items):
        return people
    for w in items:
        if not any(x < p + len(w) and p < y for x, y in people + taken):
            people = sorted(people + [(p, p + len(w))])
        p += len(w) + 1
    return people


def _served_in(text: str, spans: list[OrgSpan], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """某某在某院某科当了七年护士长, 某某在某院工作: the name opening a clause before 在, a body, and what the person
    served as there."""
    out = []
    for sp in spans:
        if text[sp.start - 1:sp.start] != "在" or _SERVED_AS.match(text, sp.end) is None:
            continue
        end = sp.start - 1
        n = next((n for n in (3, 2) if end - n >= 0 and text[max(0, end - n - 1):end - n] in _BEFORE_A_CLAUSE and
                  surname_len(text[end - n:end]) and plausible_name(text[end - n:end], strict=True)), None)
        if n and not any(x < end and end - n < y for x, y in taken + out):
            out.append((end - n, end))
    return out


# what a person served as in the body named before: 担任/任/当了七年/做了/干了… and a post, or 工作
_SERVED_AS = re.compile(r"(?:担任|任职|任|当了?|做了?|干了?)(?:[\d一二三四五六七八九十两几多]+年)?(?:的)?(?=[\u4e00-\u9fff]{1,6}?(?:长|主任|医生|医师|护士|书记))"
                        r"|(?:工作)")
_BEFORE_A_CLAUSE = ("", "，", "。", "；", "：", "\n", "”", " ", "　")
_NAME_THEN_BODY = re.compile(r"([\u4e00-\u9fff]{2,3})[ \u3000\t]+")
_NAME_THEN_BRACKETED = re.compile(r"(?:^|(?<=[、，　 \t]))([\u4e00-\u9fff]{2,3})[（(]")


def _name_then_post(art: _Article, text: str, ment: list[Span], roles, orgs, ev, facts_before: int) -> None:
    """甲　某县人民医院某科主任: a line of a list giving a name, then (after a space) the body and post it holds."""
    first = ment[0] if ment else None
    # (甲（女）　某院某科主任: a note on the person between the name and the space)
    note = _PERSON_NOTE.match(text, first.end) if first is not None else None
    after = note.end() if note is not None else first.end if first is not None else 0
    if first is None or not first.is_person or text[:first.start].strip(" \t\u3000·•◆●▪-—0123456789.、") or \
            text[after:after + 1] not in (" ", "\u3000", "\t"):
        return
    if any(isinstance(f, Membership) and f.person == first.key for f in art.facts[facts_before:]):
        return
    rest = after + len(text[after:]) - len(text[after:].lstrip(" \t\u3000"))
    head = next(((sp, o) for sp, o in orgs if sp.start == rest), None)
    if head is None:
        return
    body = max(((sp, o) for sp, o in orgs if sp.start == rest or sp.start >= rest and
                not text[head[0].end:sp.start].strip("、")), key=lambda x: x[0].end)
    posts = [r for r in roles if r.start >= body[0].end]
    if text[body[0].end:].strip("、，, 　") and not posts:
        return                          # more than a body and its posts follow the name: no roll line
    for r in posts or [None]:
        rkey = art.add(entity_key("role", r.text), T.ROLE, r.text) if r is not None else None
        org = _body_of_the_post(art, r.text, body[1]) if r is not None else body[1]
        art.facts.append(Membership(first.key, org.key, rkey, ev, False))


_NOTE_AFTER = re.compile(r"[（(]([^（）()]{1,30})[）)]")
# 《某委关于表彰…的决定》, 《中共某县委关于命名…的通报》: a notice of awards, named by its issuer
_UNTITLED_NOTICE = re.compile(r"(?:联合)?(?:印发|下发|发布|发出|作出|公布)了?《关于(?:表彰|表扬|授予|命名|通报表扬)[^《》]*?"
                              r"(?:决定|通报|通知|命令)》")


def _decree_issuers(art: _Article) -> tuple[str, ...]:
    """The bodies of the decision or order read last: all that issued it jointly, or the one that signed it."""
    return art.decree[2] if len(art.decree) > 2 else (art.decree[0],)


# 某委关于表彰…的决定 as an article's headline
_TITLE_NOTICE = re.compile(r"([^《》]{2,40}?)关于(?:表彰|表扬|授予|命名|通报表扬)[^《》]*?(?:决定|通报|通知|命令)")
_NOTICE = re.compile(r"《([^《》]{2,40}?)关于(?:表彰|表扬|授予|命名|通报表扬)[^《》]*?(?:决定|通报|通知|命令)》")


def _issuers_of(art: _Article, names: str) -> list[_Org]:
    """The bodies a notice's title names as its issuers, set apart by spaces or 、 (《某委党组 某委关于…》); none unless
    every part is one body's name."""
    issuers = [_issuer_of(art, p) for p in re.split(r"[ \u3000、]+", names) if p]
    if not issuers or None in issuers:
        return []
    return list({o.key: o for o in issuers}.values())


def _issuer_of(art: _Article, name: str) -> _Org | None:
    """The body a notice's title names as its issuer, when the words before 关于 are one body's name and nothing else."""
    toks = tokenize(name)
    spans = find_orgs(name, toks)
    if len(spans) != 1 or spans[0].start != 0 or spans[0].end != len(name):
        return None
    return _resolve_span(art, spans[0], [])


_COMMENDS = re.compile(r"关于(?:表彰|表扬|授予|命名)|表彰(?:决定|通报)")


def _roll_of(art: _Article, heading: RollHeading, givers: list, before: str) -> tuple:
    """The honour a roll heading names, as the article named it in full before (先进集体 → 2023年度全县…先进集体),
    with the bodies that conferred it: named in the heading's note, or those of its earlier award."""
    name = heading.honour
    full = [label for key, (typ, label, _) in art.names.items() if typ == T.HONOUR and label.endswith(name)]
    full += [got for q in re.findall(r"[“\"]([^“”\"]{3,30})[”\"]", before) for got in [clean_honour(q)[0]]
             if got.endswith(name)]
    if full:
        name = full[-1]
    key = entity_key("honour", name)
    conferrers = tuple(o.key for o in givers) or next(
        (f.conferred_by for f in reversed(art.facts) if isinstance(f, HonourAward) and f.honour == key and f.conferred_by), ())
    if not conferrers and art.decree is not None and art.sentence_no - art.decree[1] <= 6:
        conferrers = _decree_issuers(art)   # 《某委关于表彰…的决定》 read out just before the roll
    if not conferrers and art.main is not None and art.main_from_title and _COMMENDS.search(art.doc.title or ""):
        conferrers = (art.main.key,)        # 某局关于表彰…的通报: the body the notice is from
    recent = before[-200:]
    if not conferrers and art.commended is not None and art.commended[0].conferrer is not None and \
            art.sentence_no - art.commended[1] <= 4:
        conferrers = (art.commended[0].conferrer,)     # 医院党委对…进行了表彰： the body that commends
    if not conferrers and art.convener is not None and re.search(r"表彰|大会", recent):
        conferrers = (art.convener,)        # 医院召开总结表彰大会…名单如下: the body that held the meeting
    # 二、先进个人 / （一）优秀管理者: a roll's later category, under the same conferrer and year as the one before
    # (only the conferrer of a 《…决定》 runs on: a roll whose own lead line named its conferrer ends with it)
    running = art.roll if art.roll is not None and art.decree is not None and art.roll[1] == (art.decree[0],) else None
    conferrers = conferrers or (running[1] if running else ())
    year = heading.year or next((int(y) for y in reversed(re.findall(r"((?:19|20)\d{2})年度", recent))), None) or \
        (running[2] if running else None)
    return name, conferrers, year, heading.period


def _roll_holders(art: _Article, text: str, ment: list[Span], orgs: list) -> list[AwardHit]:
    """The holders on one line of a roll of honour: its people, or its bodies when it names no one (or the honour
    is a collective one); a body in brackets only describes the person before it."""
    honour, conferrers, year, period = art.roll
    depth, outside = 0, []
    for i, c in enumerate(text):
        depth += c in "（("
        depth -= c in "）)"
        outside.append(depth == 0)
    people = [m for m in ment if m.is_person]
    bodies = [m for m in ment if not m.is_person and outside[m.start] and
              not any(o is not m and not o.is_person and o.start <= m.start and m.end <= o.end for o in ment)]
    holders = bodies if honour.endswith(_COLLECTIVE) else people if honour.endswith(_PERSONAL) else people or bodies
    return [AwardHit(m.key, honour, conferrers, year, period) for m in holders]


_PRONOUN_IS = re.compile(r"(?:^|(?<=[，；。]))(?:[\u4e00-\u9fff\d]{2,8}的)?(?:他|她)(?=是)")
_DECREE = re.compile(r"签署(?:了)?(?:通令|命令|嘉奖令)|(?:发布|下达)(?:了)?(?:通令|嘉奖令)")
_TEAMS = TEAM_HEADS
_MEMBERS_WORD = re.compile(r"组成人员|成员|组员")
_SECOND_BODY = re.compile(r"(?:、[\u4e00-\u9fff]{2,10}?(?:委员会|小组|组))?")


def _subject(text: str, mentions: list[Span]) -> str | None:
    """Whom a sentence is about: the first body or person that opens a clause."""
    for m in mentions:
        if text[m.start - 1:m.start] == "被":
            continue                    # 2022年，被某委评为…: the body after 被 acts on the subject, which goes unsaid
        if m.start == 0 or text[m.start - 1] in "，。；：,;: \n" or (m.start <= 12 and not m.is_person) or \
                m.is_person and _DESCRIBED_OPENING.fullmatch(text, 0, m.start) is not None:
            # (某局某分局民警某某累计献血…: the person the body and post describe is whom the sentence is about)
            nxt = next((n for n in mentions if n.start >= m.end), None)
            if not m.is_person and nxt is not None and nxt.is_person and nxt.start - m.end <= 8 and \
                    text[m.end:nxt.start] in ROLE_SET:
                return nxt.key
            return m.key                # (广丰区市民某某…: a person described, opening the sentence)
    return None


_DESCRIBED_OPENING = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:市民|村民|居民|群众|患者|志愿者|献血者|老人|老党员|党员|"
                                r"村医|乡村医生|退休职工|职工|大学生|学生|老兵)")


_PLACE_SUBJECT = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:已|将|正|也|还|率先)")
# a verb of making or running right after a body that opens a clause: the body is the clause's subject
_ACTS = re.compile(r"(?:还|也|则|又|先后|积极|持续|深入|全面|大力)?(?:打造|创建|开展|实施|推出|推行|推进|启动|举办|组织|培育|创新)")
_LAUNCH = re.compile(r"启动|开展|发起|举办|举行|组织开展|部署开展|实施")
# 在某中学联合举行: where bodies acting together meet, right before the verb
_VENUE = re.compile(r"在[^，。；：,;:]{2,40}?(?:联合|共同|携手)?$")
# what may stand between bodies acting together, and between the last of them and the verb
_JOINS = re.compile(r"(?:、|和|与|及|以及|联合|会同|携手|同|今天|近日|日前|还|将|也|共同|"
                    r"等(?:\d+|[一二三四五六七八九十]+)?个?(?:部门|单位|部委|机构)|等|（[^）]{0,12}）)*")
_SYSTEM_SUBJECT = re.compile(r"全(?:市|县|区|省|州|旗|盟)(?:卫生健康|卫健|卫生)系统")


def _health_agency(art: _Article) -> _Org | None:
    """The health agency (卫生健康委员会, 卫生健康局) the article names first, the body of its place's health system."""
    for key, (typ, label, _) in art.names.items():
        if typ == T.GOVERNMENT_AGENCY and label.endswith(("卫生健康委员会", "卫生健康局", "卫生和计划生育委员会")):
            return _mk(art, label, typ, label)
    return None


_HOSTED = re.compile(r"由([^。；！？]{2,80}?)(?:共同|联合)?(?:主办|举办|发起|承办|组织|实施|开展|推出)的")
# 甲“某某”、乙“某某”等党建品牌: a list of bodies' own named programmes
_OWNERS_LISTED = re.compile(r"[^。；]{0,40}?等(?:党建|服务|特色|志愿服务)?(?:品牌|项目|活动)")


def _hosts(text: str, orgs: list[tuple[OrgSpan, _Org]], pos: int) -> list[_Org]:
    """由甲、乙(携手丙)(共同)主办的…: the bodies named between 由 and the verb all run what follows;
    甲、乙联合丙启动…: so do bodies joined before a launching verb in the programme's clause."""
    for m in _HOSTED.finditer(text, 0, pos):
        got = {o.key: o for sp, o in orgs if m.start(1) <= sp.start and sp.end <= m.end(1)}
        if got:
            return list(got.values())
    clause = max((m.end() for m in re.finditer(r"[，。；：,;:]", text[:pos])), default=0)
    verbs = list(_LAUNCH.finditer(text, clause, pos))
    if not verbs:
        return []
    end = verbs[-1].start()
    venue = _VENUE.search(text, clause, end)
    if venue is not None and any(clause <= sp.start and sp.end <= venue.start() for sp, _ in orgs):
        end = venue.start()             # 甲、乙在某中学联合举行…: the bodies before the venue act, the venue does not
    before = [(sp, o) for sp, o in orgs if clause <= sp.start and sp.end <= end]
    if len(before) < 2:
        return []
    joined = [before[-1]]
    for sp, o in reversed(before[:-1]):
        if not _JOINS.fullmatch(text[sp.end:joined[0][0].start]):
            break
        joined.insert(0, (sp, o))
    if len(joined) < 2 or not _JOINS.fullmatch(text[joined[-1][0].end:end]):
        return []
    return list({o.key: o for _, o in joined}.values())


# “某项目”在甲和乙展开; 在某某教育(过程)中，甲…: the bodies after a programme that opens its sentence
_RUN_IN = re.compile(r"[”\"]?(?:项目)?在")
_RUN_VERB = re.compile(r"(?:同时|同步|全面|正式|陆续|先后|分别)?(?:展开|开展|实施|启动|推进|进行)")
_DURING = re.compile(r"[”\"]?(?:活动)?(?:过程中|期间|中)，")


def _runners_after(text: str, orgs: list[tuple[OrgSpan, _Org]], p0: int, p1: int) -> list[_Org]:
    """Bodies named after a programme that opens its sentence: “某项目”在甲和乙展开 (each runs it), 在某某主题教育
    中，甲… (the clause's subject runs it)."""
    if any(sp.end <= p0 for sp, _ in orgs):
        return []
    after = [(sp, o) for sp, o in orgs if sp.start >= p1]
    if not after:
        return []
    m = _RUN_IN.match(text, p1)
    if m is not None and after[0][0].start == m.end():
        joined = [after[0]]
        for sp, o in after[1:]:
            if not _JOINS.fullmatch(text[joined[-1][0].end:sp.start]):
                break
            joined.append((sp, o))
        if _RUN_VERB.match(text, joined[-1][0].end):
            return list({o.key: o for _, o in joined}.values())
    d = _DURING.match(text, p1)
    if d is not None and text[:p0].lstrip("“\"").endswith("在") and after[0][0].start == d.end():
        return [after[0][1]]
    return []


_LISTED = re.compile(r"(?:机关)?(?:(?:、[\u4e00-\u9fff]{2,10}?)*(?:、|和|与|及|以及))?")


_LIST_CLOSED = re.compile(r"(?:、[\u4e00-\u9fff]{2,10}?)*等")
# 甲、乙和丙(今天)联合启动…, 甲、乙近日印发…: a list of bodies acting together, no 等 closing it
_ACT_TOGETHER = re.compile(r"(?:今天|今年|近日|日前|将|也|还)?(?:（[^）]{0,12}）)?(?:在[\u4e00-\u9fff]{2,12}?)?"
                           r"(?:联合|共同|一起|携手|启动|开展|印发|发起|举办|部署)")


def _listed_subjects(text: str, orgs: list[tuple[OrgSpan, _Org]], pos: int) -> list[_Org]:
    """甲、乙、丙等迅速…，对某某进行部署: bodies listed at the sentence's start, closed by 等, each run what the
    sentence names (a member the rules read no body in between changes nothing)."""
    before = [(sp, o) for sp, o in orgs if sp.end <= pos]
    if not before or before[0][0].start > 2:
        return []
    listed = [before[0]]
    for sp, o in before[1:]:
        if not _LISTED.fullmatch(text, listed[-1][0].end, sp.start):
            break
        listed.append((sp, o))
    if len(listed) < 2 or not (_LIST_CLOSED.match(text, listed[-1][0].end) or _ACT_TOGETHER.match(text, listed[-1][0].end)):
        return []
    return list({o.key: o for _, o in listed}.values())


_PURPOSE = re.compile(r"(?:^|(?<=[，。；：,;:]))(?:为了|为)(?=[^，。；：,;:]*$)")


def _purpose_subjects(text: str, orgs: list[tuple[OrgSpan, _Org]], p0: int, p1: int) -> list[_Org]:
    """为推动某某主题教育取得成效，甲、乙等单位…: the bodies that open the clause after a purpose clause, each
    working for the programme it names."""
    if _PURPOSE.search(text, 0, p0) is None:
        return []
    comma = re.compile(r"[，,]").search(text, p1)
    if comma is None or re.search(r"[。；：;:]", text[p1:comma.start()]):
        return []
    after = [(sp, o) for sp, o in orgs if sp.start >= comma.end()]
    if not after or after[0][0].start != comma.end():
        return []
    joined = [after[0]]
    for sp, o in after[1:]:
        if not _JOINS.fullmatch(text[joined[-1][0].end:sp.start]):
            break
        joined.append((sp, o))
    return list({o.key: o for _, o in joined}.values())


_LED_BY = re.compile(r"(?:^|[，；：,;:])以[^，。；]{1,20}为(?:核心|主体|龙头|依托)的$")


def _carrier(text: str, orgs: list[tuple[OrgSpan, _Org]], pos: int, main: _Org | None) -> list[_Org | None]:
    """Who runs a programme named at pos: the sentence's subject, else a body named earlier in the same
    clause, else the bodies that opened an earlier clause, else the body the article is about (None if no
    body). A Party committee acts for the body it belongs to."""
    carrier = None
    formal = [(sp, o) for sp, o in orgs if sp.end <= pos]
    first = _PLACE_SUBJECT.match(text)
    if not formal and first and (gazetteer().candidates(first.group(1)) or first.group(1) in world_places()):
        return []                       # 某市已将…纳入某某服务: a place acts, not the body the article is about
    said = _SAID.search(text, 0, pos)
    reported = [o for sp, o in formal if said is not None and sp.start == said.end()]
    clause_at = max((m.end() for m in re.finditer(r"[，；,;]", text[:pos])), default=0)
    opening = [o for sp, o in formal if clause_at and sp.start == clause_at and _ACTS.match(text, sp.end)]
    if reported:
        carrier = reported[0]           # 院长某某表示，卫生院把…: the subject of the words reported, not the speaker's body
    elif opening:
        carrier = opening[-1]           # 甲支部打造“某”品牌，乙支部打造“某”品牌: each clause's own subject
    elif formal and formal[0][0].start <= 2:
        carrier = formal[0][1]
    else:
        clause = max((m.end() for m in re.finditer(r"[，。；：,;:]", text[:pos])), default=0)
        near = [(sp, o) for sp, o in formal if sp.start >= clause]
        if len(near) >= 2 and near[0][0].start == clause and \
                all(_JOINS.fullmatch(text, a[0].end, b[0].start) for a, b in zip(near, near[1:])):
            # 活动现场，甲和乙的医务人员还开展了…: the bodies opening the clause together run it
            return [_acting(o) for o in {o.key: o for _, o in near}.values()]
        carrier = near[-1][1] if near else None
        if carrier is None:
            # 以某某为核心的某中央坚持…，全面实施…: the subject a clause before opened goes on through the commas, with the
            # bodies joined to it (甲、乙下达…，用于支持…)
            opens = [i for i, (sp, o) in enumerate(formal) if sp.start == 0 or text[sp.start - 1] in "，；：,;:" or
                     _LED_BY.search(text, 0, sp.start) or _TIME_LEAD.search(text, 0, sp.start)]
            if opens:
                joined = [formal[opens[-1]]]
                for sp, o in formal[opens[-1] + 1:]:
                    if not _JOINS.fullmatch(text, joined[-1][0].end, sp.start):
                        break
                    joined.append((sp, o))
                return [_acting(o) for o in {o.key: o for _, o in joined}.values()]
    return [_acting(carrier) if carrier is not None else main]


_SAID = re.compile(r"(?:表示|说|介绍|指出|强调|提到)[，：:]")


# 近年来某支部坚持…，开展…: a time opening the clause before its subject
_TIME_LEAD = re.compile(r"(?:^|[，；：,;:])(?:近年来|近几年来|近年|今年以来|去年以来|多年来|近期|目前|近日|日前|同时|此外|"
                        r"近[一二三四五两\d]年来|(?:19|20)\d{2}年(?:以来)?)$")


def _acting(carrier: _Org) -> _Org:
    """A body's Party committee acts for it; a branch acts for itself."""
    if carrier.type == _PARTY and carrier.parent is not None and carrier.name.endswith(("党委", "党组")):
        return carrier.parent
    return carrier


# 某某是/担任某院的…; 某某，某大学荣誉教授。 (an apposition closing the sentence)
_IS_OF = re.compile(r"[，,]?(生前|曾|原来|现在|目前|如今)?(?:是|担任)|[，,]")


def _span_start(orgs: list[tuple[OrgSpan, _Org]], org: _Org) -> int:
    """Where the sentence names org first (-1 when it does not)."""
    return next((sp.start for sp, o in orgs if o is org), -1)


def _held_after(text: str, pe: int, roles, orgs: list[tuple[OrgSpan, _Org]], named: list[_Org]) -> list:
    """Posts stated after a name with no cue word: 某某院长 (the body named before that the post implies),
    某某是某院的(一名)护士 / 某某生前是某所副所长 (the body named in the 是-clause; 生前 marks it former)."""
    role = next((r for r in roles if r.start == pe), None)
    if role is not None:
        org = _body_for_post(role.text, named)
        return [(role.text, org, False)] if org is not None else []
    m = _IS_OF.match(text, pe)
    if m is None and text.startswith(_ADDRESS_AFTER, pe):
        # 87岁的某某老人是某乐团的…: a form of address between the name and its 是-clause
        m = _IS_OF.match(text, pe + next(len(w) for w in _ADDRESS_AFTER if text.startswith(w, pe)))
        if m is not None and m.group(0) in ("，", ","):
            m = None
    if m is None:
        return []
    # (某某是某市某区某街某社区党委书记: places the rules read as no part of the body may stand before it)
    sp_org = next(((sp, o) for sp, o in orgs if sp.start == m.end()), None) or \
        next(((sp, o) for sp, o in orgs if m.end() < sp.start <= m.end() + 12 and
              (_PLACES_ONLY.fullmatch(text, m.end(), sp.start) or
               sp.start - m.end() >= 2 and gazetteer().candidates(text[m.end():sp.start]))), None)
    if sp_org is None:
        return []
    sp, org = sp_org
    former = m.group(1) in ("生前", "曾", "原来")
    after = text[sp.end:sp.end + 1]
    role = next((r for r in roles if r.start == sp.end), None)
    if role is None:
        # 是某院一名出色的急诊科护士长: the post closes the description that follows the body
        role = next((r for r in roles if sp.end < r.start <= sp.end + 12 and
                     not re.search(r"[，。；：,;:、]", text[sp.end:r.start]) and text[r.end:r.end + 1] in "，。；,;"), None)
    if m.group(0) in ("，", ","):
        # an apposition: only a post that closes the sentence right after its body (某某，某大学荣誉教授。)
        # (某某，某中心的主任，…: a post of the body with 的 that closes its clause is the name's too)
        # (某某，某医院心血管内科医生，…: a post in one of its departments, closing its clause, too)
        between = text[sp.end:role.start] if role is not None else None
        if role is None or (between not in ("", "荣誉", "名誉", "客座", "特聘", "兼职") or
                            role.end < len(text) and text[role.end] not in "。；;，,") and \
                not ((between == "的" or _DEPARTMENT.fullmatch(between)) and text[role.end:role.end + 1] in "，。；,;"):
            return []
    if role is not None:
        out = [(role.text, org, former or role.former)]      # (某某是该院原副院长: 原 marks the post former)
        nxt = next((r for r in roles if r.start == role.end + 1), None) if text[role.end:role.end + 1] == "、" else None
        if nxt is not None:
            # 是某科党支部委员、护士长: the second post is the department's when the first is the branch's
            party = org.name.endswith(("党支部", "党总支")) and org.parent is not None and \
                not any(w in nxt.text for w in ("书记", "委员", "党"))
            out.append((nxt.text, org.parent if party else org, former))
        return out
    if text.startswith(_ITS_PEOPLE, sp.end) and m.group(0) not in ("，", ","):
        return [(None, org, former)]    # 某某是某电务段职工: one of the body's people, no post
    return [(None, org, former)] if after == "的" else []


_ITS_PEOPLE = ("职工", "员工", "工作人员", "医务人员", "医护人员", "干部")


# 某某(，1991年初)到某院担任院长, 某某进入某院成为一名护士, 某某，三年前作为某队的队长…, 某某所在的某院
_JOINS_BODY = re.compile(r"(?:[，,]?(?:\d{4}年[初底末]?|[一二三四五六七八九十两\d]+年前|当年|后来|随后|那年)?[，,]?(?:又|便|就|被)?"
                         r"(?:调到|调入|来到|回到|进入|分配到|派到|到|在)|"
                         r"[，,]?(?:\d{4}年[初底末]?|[一二三四五六七八九十两\d]+年前|当年|那年)?[，,]?(作为)|(所在的)|"
                         r"(?:今天|近日|日前|\d+日)?(率领|带领|率))")
_CAREER = re.compile(r"(他|她)?(?:曾|还)?(?:先后|历任|相继)(?:任|担任|出任|任职于?)?")
_PRONOUN_JOINS = re.compile(r"(?:^|(?<=[，；]))(?:\d{4}年[初底末]?[，,]?)?(?:她|他)(?!们)")
_TAKES_POST = re.compile(r"(?:担任|出任|挂职|任|当了?(?:[一二三四五六七八九十两\d]+年)?|成为了?)(?:一名|一位|名)?")


def _joined_at(text: str, pe: int, roles, orgs: list[tuple[OrgSpan, _Org]]) -> list:
    """Posts a clause gives the name before it by what the person did: 到某院担任院长, 进入某院成为一名护士, 作为某队的
    队长; 所在的某院, 率某指导组 tie the person to the body with no post."""
    for sp, org in orgs:
        if not pe < sp.start <= pe + 16:
            continue
        m = _JOINS_BODY.fullmatch(text, pe, sp.start)
        if m is None:
            continue
        if m.group(2):
            return [(None, org, False)]
        if m.group(3):
            # 某某率某指导组: one of the group the person leads (带领医院干部职工和某医疗队: people led, no group)
            return [(None, org, False)] if org.name.endswith(("组", "团", "队")) and "职工" not in org.name else []
        at = sp.end + (1 if m.group(1) and text.startswith("的", sp.end) else 0)
        if not m.group(1):
            t = _TAKES_POST.match(text, sp.end)
            if t is None:
                return []
            at = t.end()
        role = next((r for r in roles if r.start == at), None)
        return [(role.text, org, False)] if role is not None else []
    return []


_NAME_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")
_ADDRESS_AFTER = ("老人", "同志", "女士", "先生", "老师", "代表", "委员")
_PLACES_ONLY = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:省|市|区|县|街道|街|镇|乡)")
_DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,8}(?:科|室|病区|门诊)")


def _unread_body_before(text: str, role: str, roles, ps: int) -> bool:
    """某某大学附属某某医院副院长某某, 某某区域办事处主任某某: words that the rules did not read as a body stand
    before the post (or its list of posts), so it is held there, not in a body named earlier. Only a bare post
    (after punctuation, the sentence start, 由, 和) takes the body that the post's kind points to."""
    r = next((r for r in reversed(roles) if r.text == role and r.end <= ps), None)
    if r is None:
        return False
    start = r.start - (1 if r.former else 0)
    while start > 0 and text[start - 1] in "、兼":
        prev = next((x for x in roles if x.end == start - 1), None)
        if prev is None:
            break
        start = prev.start - (1 if prev.former else 0)
    return start > 0 and text[start - 1] not in "，。；：,;:（(“”\n 由和及与" and _NAME_CHAR_RE.match(text[start - 1]) is not None


_IN_PLACE_CLAUSE = re.compile(r"在[^，。；]{2,20}，")
_HERE_OF = re.compile(r"(?:这里|那里|该院|本院)的[\u4e00-\u9fff]{0,8}$")
_AGED_OF = re.compile(r"(?:\d{2}|[二三四五六七八九]十[一二三四五六七八九]?)岁的")
_HEADS_OF_GOVERNMENT = frozenset(("省长", "市长", "县长", "区长", "州长"))


def _place_before(art: _Article, tokens: list[Token], orgs: list[tuple[OrgSpan, _Org]], pos: int,
                  level_char: str) -> Place | None:
    """The place of a level (省, 市, 县…) the sentence names last before pos, alone or opening a body's name
    (某省委书记甲、省长乙)."""
    named = [(t.end, t.word) for t in tokens if t.end <= pos and t.pos == "ns"] + \
        [(sp.end, sp.text) for sp, _ in orgs if sp.end <= pos]
    for _, word in sorted(named, reverse=True):
        place = leading_place(word, art.ctx.names())[0]
        # (丰城市: a county-level city, whose head is a 市长 too)
        if place is not None and (place.level in _LEVEL_OF_CHAR[level_char] or level_char == "市") and \
                place.name.endswith(level_char):
            return place
    return None


def _kinds_of_post(role: str) -> tuple[str, ...]:
    """The endings of the names of bodies a post is held in (副局长 → 局), or none."""
    return POST_BODIES.get(role) or POST_BODIES.get(role.lstrip("副常务执行")) or ()


def _held_in_body(role: str, body: str) -> bool:
    """A post of a body's own kind (局长 in a 局, 院长 in a 院), not a Party post (书记, 委员)."""
    ends = _kinds_of_post(role)
    return bool(ends) and "书记" not in role and len(body) >= 3 and body.endswith(ends)


def _within(org: _Org, body: _Org) -> bool:
    """The body itself, or a unit or Party organisation of it."""
    while org is not None:
        if org.key == body.key:
            return True
        org = org.parent
    return False


def _body_for_post(role: str, named: list[_Org]) -> _Org | None:
    """The body most recently named whose kind the post implies (院长 → …院, 支部书记 → …支部)."""
    ends = _kinds_of_post(role)
    if not ends:
        return None
    for o in reversed(named):
        if o.name.endswith(ends):
            return o
        if o.type == _PARTY and o.parent is not None and o.parent.name.endswith(ends):
            return o.parent             # 某院党支部…，党支部书记、院长某某: the body whose branch was just named
    return None


def _org_before(orgs: list[tuple[OrgSpan, _Org]], pos: int) -> _Org | None:
    cands = [o for sp, o in orgs if sp.end <= pos]
    return cands[-1] if cands else None


_LOCATED_AT = re.compile(r"位于([\u4e00-\u9fff]{2,12}?)的")
_OPENS_AT = re.compile(r"在([\u4e00-\u9fff]{2,8}?)(?:正式|已经|已|今天|\d+日)?(?:休舱|开舱|启用|投入使用|建成|落成|开业|开诊|揭牌)")
_LOCATIVE_REST = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:中心地带|地带|城区|市区|境内|一带|附近|郊区|市中心|核心区|腹地|中心)")
_BRANCH_AT = re.compile(r"(?:医院|大学)([\u4e00-\u9fff]{2,4}?)(?:医院|分院|院区)$")


def _places(art: _Article) -> None:
    ctx = art.ctx
    context = ctx.names()
    subs = {f.subject for f in art.facts if isinstance(f, Relation) and f.predicate == "subOrganizationOf"}
    named = context | {p.name for p in art.places.values()}
    for key, (typ, label, alts) in list(art.names.items()):
        if key in art.located_at and not leading_place(label, context)[0]:
            place, surface = art.located_at[key]          # 位于某地的某某: the text says where it stands
            art.facts.append(Relation(key, "locatedIn", _add_place(art, place, surface)))
            continue
        if not key.startswith("org:") or key in subs or label.endswith(_TEAMS) or _NUMBERED_HOSPITAL_END.search(label):
            continue                    # (a team is sent from the place that names it, not located there; 某山五院
            # is named after a university, not a place)
        # (共青团某市委员会: the League's committee stands in the place after the League's name)
        league = "共青团" if label.startswith("共青团") and label.endswith(("委", "委员会")) else ""
        place, surface = leading_place(label[len(league):], context)
        label = label[len(league):]
        branch = _BRANCH_AT.search(label) if place is not None else None
        if branch is not None:
            p2 = gazetteer().lookup(branch.group(1), context)
            if p2 is not None and p2.level in ("city", "county", "district") and p2 is not place:
                place, surface = p2, branch.group(1)     # 某市儿童医院某地医院: the branch stands where its own name says
        if place is None:
            # 某市某某大学, written so, named without its city: the city it was written with
            for alt in sorted(a for a in alts if a.endswith(label) and a != label):
                p2, s2 = leading_place(alt, context)
                if p2 is not None and s2 == alt[:-len(label)] and (s2[-1:] in "省市" or p2.level in ("province", "city")):
                    place, surface, label = p2, s2, alt
                    break
        if place is None or surface == label:
            continue                    # 某某林业局 is a division's name too: a body is not located in itself
        if label.startswith("合作", len(surface)) and label.endswith("组织"):
            continue                    # 某市合作组织 is named after a city, not in it
        if place.level in ("county", "district", "town") and surface == label[:len(surface)] and \
                not surface.endswith(tuple("省市县区州旗镇乡")) and not named & ({place.name} | set(place.parents)):
            continue                    # 某谊医院: a county's short name opening a name, far from the places the article names
        written = label[len(surface):len(surface) + 1] if label.startswith(surface) else ""
        if written in ("市", "县") and place.name != surface + written and not label.startswith("市场", len(surface)) and \
                not gazetteer().candidates(surface + written):
            surface += written          # 某莱市中医医院: the place under the name it had (a city since made a district)
        pkey = _add_place(art, place, surface)
        art.facts.append(Relation(key, "locatedIn", pkey))
    for p in (ctx.county, ctx.city, ctx.province):
        if p:
            _add_place(art, p, ctx.surface.get(p.level if p.level != "district" else "county", p.name))


_LEVEL_CHAR = re.compile(r"[县区市旗]")
_NEW_AREA = re.compile(r"[\u4e00-\u9fff]{2}新区")
_TOWN_CHAR = re.compile(r"[镇乡]|街道")
_POS = itemgetter(3)
_WORD = itemgetter(2)
_CITY_TAGS = frozenset(("nr", "n", "j", "nz"))


def _text_places(art: _Article, text: str, tokens: list[Token], taken: list[tuple[int, int]]) -> None:
    """Places the text names outside organisation names: words the tagger calls places, that the gazetteer
    knows by their full name (扬州市, 邗江区) or, for provinces and cities, by their short one (湖北)."""
    gz = gazetteer()
    context = art.ctx.names()
    listed: dict[int, Place] = {}       # index of a token in a 、-list → the place its neighbour before resolved to
    # places the tagger marks, and names right after one or after 、 (浙江嘉兴/nr, 贵港、玉林/nr): read on the tags
    # alone, since this pass sees every token of the corpus
    after_sep = {i + 1 for i, w in enumerate(map(_WORD, tokens)) if w == "、"}
    after_ns = {i + 1 for i, p in enumerate(map(_POS, tokens)) if p == "ns"}
    for i in [i for i, p in enumerate(map(_POS, tokens)) if p == "ns" or p[:2] == "nr" or
              (i in after_sep or i in after_ns) and p in ("n", "j")]:
        tok = tokens[i]
        if tok.word[0] in CONJUNCTIONS and len(tok.word) == 2 and tok.start and "\u4e00" <= text[tok.start - 1] <= "\u9fff" \
                and not (i and tokens[i - 1].pos == "ns"):
            continue                    # 城市和县市区, 集团和县域: the conjunction, not the county 和县 (安徽和县 is)
        if tok.pos != "ns" and not (i and (tokens[i - 1].pos == "ns" and tokens[i - 1].end == tok.start or
                                           i > 1 and tokens[i - 1].word == "、")):
            continue
        if i in after_sep and i - 2 in listed:
            # 贵港、玉林/nr、梧州, 恩施、仙桃/n、天门: a member of a list of places is a place of the same province as
            # the one before it, whatever the tagger calls it
            top = listed[i - 2]
            province = top.name if top.level == "province" else (top.parents[-1] if top.parents else "")
            place = gz.lookup(tok.word, frozenset({province}))
            if place is not None and province in place.parents and place.level in ("city", "county", "district") and \
                    not any(a <= tok.start < b for a, b in taken):
                _add_place(art, place, tok.word)
                listed[i] = place
                continue
        if tok.pos != "ns" and tokens[i - 1].word == "、":
            continue
        if any(a <= tok.start < b for a, b in taken) or len(tok.word) < 2 or \
                text.startswith(("时间", "舰", "艇"), tok.end):
            continue                    # 北京时间 is a time zone, 某某舰 a ship
        if text.startswith("村", tok.end) and tok.word[-1] not in "省市县区旗":
            continue                    # 常州|村: a village named like a city, no city
        if i >= 2 and tokens[i - 1].word in ("东", "西", "南", "北") and tokens[i - 1].end == tok.start and \
                (tokens[i - 2].pos == "nz" or tokens[i - 2].word in world_places()):
            continue                    # 大马士革东|古塔区: a foreign place's quarter, no Chinese district
        # a county named after its city (扬州市邗江区) is looked up inside that city
        # (湖南张家界/nr|永定区: a city's short name the tagger took for a name anchors the district after it)
        prev = tokens[i - 1] if i and tokens[i - 1].end == tok.start and \
            (tokens[i - 1].pos == "ns" or tokens[i - 1].pos[:2] == "nr" and tok.word[-1] in "区县" and
             getattr(gz.lookup(tokens[i - 1].word), "level", "") == "city") else None
        above = gz.lookup(prev.word, context) if prev is not None else None
        near = context | ({prev.word} if prev is not None else set()) | ({above.name} if above is not None else set())
        if any(gz.candidates(text[tok.start - n:tok.end]) for n in (1, 2) if tok.start >= n):
            continue                    # 三|沙市: the word ends a longer place's name (三沙市), read whole below
        if i and len(tokens[i - 1].word) == 1 and inside_word(text, tok.start):
            continue                    # 六|成都是: the place's first character ends a word (六成) cut apart
        place = gz.lookup(tok.word, frozenset(near))
        if place is None:
            if tok.pos == "ns" and 4 <= len(tok.word) <= 6:
                _glued_places(art, gz, tok.word)
            continue
        # 内蒙古满洲里, 浙江嘉兴/nr: a short name right after its own province or city is that place
        under = above is not None and above.level in ("province", "city") and above.name in place.parents and \
            place.level in ("city", "county", "district")
        if above is not None and not under and above.name not in place.parents and \
                place.level in ("county", "district", "town") and LEVEL_RANK[place.level] >= LEVEL_RANK[above.level]:
            continue                    # 通州老城区: the old town of the place just named, not a district elsewhere
        if tok.pos != "ns" and not under:
            continue
        full = tok.word[-1] in "省市县区州旗镇乡"
        if place.level == "town" and not (full and context & set(place.parents)):
            continue
        if not full and place.level not in ("province", "city") and not under:
            continue
        _add_place(art, place, tok.word)
        if text[tok.end:tok.end + 1] == "、":
            listed[i] = place
    # 福建厦门/nz: a province's short name and one of its cities', read as one word of some other kind
    for tok in tokens:
        if tok.pos in ("nz", "nr") and 4 <= len(tok.word) <= 6 and not any(a <= tok.start < b for a, b in taken):
            _glued_places(art, gz, tok.word)        # (吉林长春/nr too)
    # 从桂林/nr 直发, 云南大理/n, 松原、通化/j: a city's short name the tagger took for a word is that city when the
    # article is about its province, or when its province comes right before it
    province = art.ctx.province.name if art.ctx.province else None
    cities = gz.short_city_names
    for i in [i for i, w in enumerate(map(_WORD, tokens)) if w in cities]:
        tok = tokens[i]
        if tok.pos not in _CITY_TAGS or any(a <= tok.start < b for a, b in taken):
            continue
        prev = gz.lookup(tokens[i - 1].word, context) if i and tokens[i - 1].pos == "ns" and \
            tokens[i - 1].end == tok.start else None
        near = {province} if province else set()
        if prev is not None and prev.level == "province":
            near.add(prev.name)
        if not near:
            continue
        place = gz.lookup(tok.word, frozenset(near))
        if place is not None and place.level == "city" and near & set(place.parents):
            _add_place(art, place, tok.word)
    # 河北雄安新区, 大连金普新区: a new area the gazetteer may not list, written after its province or city
    for m in (_NEW_AREA.finditer(text) if "新区" in text else ()):
        e0 = m.end()
        if any(a <= e0 - 4 < b for a, b in taken):
            continue
        for k in (3, 2):
            s0 = e0 - 4 - k
            top = gz.lookup(text[s0:e0 - 4]) if s0 >= 0 else None
            if top is not None and top.level in ("province", "city"):
                area = text[e0 - 4:e0]
                known = gz.lookup(area, frozenset({top.name}))
                if known is None or top.name not in known.parents:
                    known = Place(area, "district", f"{top.code}:{area}", (top.name,) + top.parents)
                _add_place(art, top, text[s0:s0 + k])
                _add_place(art, known, area)
                break
    # the tagger misses some (互助县/n, 乐都/ns 区/n): a full name ending in a level character, inside the
    # article's own province or city, is a place wherever it stands
    for m in _LEVEL_CHAR.finditer(text):
        e = m.end()
        for n in range(9, 2, -1):
            s = e - n
            if s < 0 or any(a <= s < b for a, b in taken):
                continue
            place = gz.lookup(text[s:e], context)
            if place is not None and place.level != "town" and context & ({place.name} | set(place.parents)):
                _add_place(art, place, text[s:e])
                if place.level in ("county", "district"):
                    _village_after(art, place, text, e)     # 某某自治县石椅村: a village written right after its county
                break
    # 某县|某某镇, 某州|某宝|乡: a town or township right after the county or prefecture it is in
    ns_ending: dict[int, Token] | None = None
    for m in _TOWN_CHAR.finditer(text):
        e = m.end()
        if ns_ending is None:
            ns_ending = {t.end: t for t in tokens if t.pos == "ns"}
        for n in range(5, 2, -1):
            s = e - n
            if s < 2 or any(a <= s < b for a, b in taken):
                continue
            # (某某县/nr|某某乡, 某西|市某仁|乡: a county written in full before it, however the cut tagged it)
            word = ns_ending[s].word if s in ns_ending else next(
                (text[s - k:s] for k in (3, 4, 5) if k <= s and text[s - 1] in "县区市旗" and
                 gz.lookup(text[s - k:s], context) is not None), None)
            above = gz.lookup(word, context) if word is not None else None
            if above is None or above.level not in ("county", "district", "city"):
                continue
            town = next((p for p in gz.candidates(text[s:e]) if p.level == "town" and above.name in p.parents), None)
            opens = s - len(word)
            if town is None and above.level in ("county", "district") and word[-1:] in "县区旗" and \
                    (opens == 0 or not "\u4e00" <= text[opens - 1] <= "\u9fff" or text[opens - 1] in "在到于的" or
                     any(t.end == opens and t.pos == "ns" and (gz.lookup(t.word, context) or above).name in above.parents
                         for t in tokens)) and _unlisted_town(text, s, e):
                # 某区某某镇某某村: a town the gazetteer lacks, named right after its county and before a village or
                # a boundary
                town = Place(text[s:e], "town", f"{above.code}:{text[s:e]}", (above.name,) + above.parents)
            if town is not None:
                _add_place(art, above, word)
                _add_place(art, town, text[s:e])
                _village_after(art, town, text, e)
                break


def _unlisted_town(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] (某某镇, 某某乡, 某某街道) can name a town: a stem of proper-name characters, then a village,
    a town's own body or a boundary."""
    stem = text[s:e - (2 if text.endswith("街道", 0, e) else 1)]
    if not 2 <= len(stem) <= 3 or any(c in stem for c in "城乡镇县区市各全本该这那每两几新老") or \
            any(c in _NOT_IN_VILLAGE for c in stem) or \
            (_word_tag(stem) or "").startswith(("v", "m", "p", "r", "c", "d", "a")):
        return False
    after = text[e:e + 1]
    return not after or after in "，。；、：（" or _VILLAGE.match(text, e) is not None and not text.startswith(("村民", "村级"), e) \
        or text.startswith(("卫生院", "中心卫生院", "人民政府", "政府", "党委"), e)


_VILLAGE = re.compile(r"([\u4e00-\u9fff]{1,4}?(?:村|社区))(?!民|委|级|组|卫生|干部|党|集体|医)")
_NOT_IN_VILLAGE = frozenset("的在了和是与及从到等个")
_FUNCTION_OPENERS = frozenset("为对向将把被让使开展成立建设推进组织两几各每全本该这那".split() + list("为对向将把被让使两几各每全本该这那"))


def _word_tag(word: str) -> str | None:
    """The dictionary's tag of a word, if it is one."""
    from kg.segment import _tagger
    return _tagger().word_tag_tab.get(word)


def _village_after(art: _Article, town: Place, text: str, e: int) -> None:
    """某某乡段寨村, 某某街道某连社区: a village or community written right after its town (the gazetteer has none)."""
    m = _VILLAGE.match(text, e)
    if m is None or text[e] in "村社" or any(c in _NOT_IN_VILLAGE for c in m.group(1)):
        return
    name = m.group(1)
    stem = name[:-2] if name.endswith("社区") else name[:-1]
    if name.endswith(("农村", "乡村")) or any(c in stem for c in "镇乡县区") or \
            (_word_tag(stem) or "").startswith(("v", "m", "p", "r", "c")) or \
            any((_word_tag(stem[:k]) or "").startswith(("v", "p", "c")) and len(stem[:k]) >= 1 and stem[:k] in _FUNCTION_OPENERS
                for k in (1, 2)):
        return                          # (某县农村, 开展社区, 为下辖村, 两个村: no village's name)
    level = "community" if name.endswith("社区") else "village"
    _add_place(art, Place(name, level, f"{town.code}:{name}", (town.name,) + town.parents), name)


def _glued_places(art: _Article, gz, word: str) -> None:
    """某省某市 as one word of the tagger's (辽宁大连/ns): a province's short name and one of its cities'."""
    for k in (2, 3):
        top = gz.lookup(word[:k])
        if top is None or top.level != "province":
            continue
        city = gz.lookup(word[k:], frozenset({top.name}))
        if city is not None and top.name in city.parents and city.level in ("city", "county", "district"):
            _add_place(art, top, word[:k])
            _add_place(art, city, word[k:])
            return


def _add_place(art: _Article, place: Place, surface: str) -> str:
    key = f"place:{place.code}"
    art.add(key, T.PLACE, place.name, surface)
    art.places[key] = place
    gz = gazetteer()
    child = place
    for parent_name in place.parents:
        # (a place minted under its parent, 某区:某镇:某村, has that parent, whichever others share its name)
        minted = art.places.get(f"place:{child.code.rsplit(':', 1)[0]}") if ":" in child.code else None
        cands = [c for c in gz.candidates(parent_name) if c.name == parent_name and c.code != child.code]
        parent = minted if minted is not None and minted.name == parent_name else \
            next((c for c in cands if set(c.parents) <= set(child.parents)), cands[0] if cands else None)
        if parent is None:
            break
        pkey = f"place:{parent.code}"
        art.add(pkey, T.PLACE, parent.name)
        art.places[pkey] = parent
        rel = Relation(f"place:{child.code}", "containedInPlace", pkey)
        if rel not in art.facts:
            art.facts.append(rel)
        child = parent
    return key


def _merge_people(art: _Article, authors: tuple[str, ...]) -> tuple[str, ...]:
    """Within one article one name is one person: article-scoped keys join the one scoped by an organisation."""
    scoped: dict[str, list[str]] = {}
    for key, (typ, label, _) in art.names.items():
        if typ == T.PERSON:
            scoped.setdefault(label, []).append(key)
    remap = {}
    for label, keys in scoped.items():
        org_keys = sorted(k for k in keys if "@org:" in k)
        if org_keys:
            # (one name with posts in two units of the article, 某院东院区心内科 and 某院心内科, is one person too)
            for k in keys:
                if k != org_keys[0]:
                    remap[k] = org_keys[0]
    if not remap:
        return authors
    for k in remap:
        del art.names[k]
    def r(x):
        return remap.get(x, x) if x else x
    facts = []
    for f in art.facts:
        if isinstance(f, Membership):
            f = Membership(r(f.person), f.organization, f.role, f.evidence, f.former)
        elif isinstance(f, HonourAward):
            f = HonourAward(r(f.recipient), f.honour, f.evidence, f.conferred_by, f.year, f.period)
        facts.append(f)
    art.facts = facts
    return tuple(dict.fromkeys(r(a) for a in authors))


_ORG_TYPES = (T.GOVERNMENT_AGENCY, T.MEDICAL_INSTITUTION, T.PARTY_ORGANIZATION, T.ORGANIZATION)


_HOSPITAL_OR_CAMPUS = re.compile(r"医院(?:[\u4e00-\u9fff]{0,6}(?:院区|分院)|[东西南北]院)?$")
_SENT_TO = re.compile(r"赴[\u4e00-\u9fff]{2,4}(?=(?:工作)?(?:指导组|工作组|督导组|检查组))")
_UNIVERSITY_ENDS = ("大学", "学院", "大学附属", "学院附属", "大学医学部附属", "大学医学院附属")


def _short_form_of(short: str, full: str, context: frozenset[str]) -> bool:
    """short names the body full names: full is short with a place in front (武汉某某医院 / 某某医院), or short
    is its abbreviation, in order, with the same first character and head (某卫组织 / 某界卫生组织)."""
    if len(short) < 3 or len(short) >= len(full) or short in ANAPHORIC_HEADS:
        return False
    if short.endswith("政府") and full == short[:-2] + "人民政府" and leading_place(short, context)[0] is not None:
        return True                     # 某省政府 / 某省人民政府
    if _SENT_TO.sub("", full) == short:
        return True                     # 中央赴某省指导组 / 中央指导组: the group named without where it was sent
    if short.endswith("公司") and LEGAL_FORM.search(full) and full.endswith("公司") and len(short) >= 5 and \
            full.startswith(short[:-2]):
        return True                     # 某某公司 / 某某生物科技有限责任公司: a firm named without its trade and legal form
    ps, ss = leading_place(short, context)
    if ps is not None and short[len(ss):] in ("医疗队", "援鄂医疗队", "医疗救治队", "国家医疗队") and full.endswith(short[len(ss):]):
        pf, sf = leading_place(full, context)
        if pf is not None and pf.code == ps.code:
            return True                 # 某省医疗队 / 某省第二批支援某省医疗队: the one team of the place the article names
    if ps is not None and len(short) - len(ss) >= 2:
        pf, sf = leading_place(full, context)
        if pf is not None and pf.code == ps.code and (full[len(sf):] == short[len(ss):] and len(short) - len(ss) >= 3 or
                                                      (short[len(ss):], full[len(sf):]) in _SAME_HOSPITAL):
            return True                 # 武汉某某医院 / 武汉市某某医院: one place written short and in full; 某县医院 / 某县人民医院
    if full.endswith(short):
        before = full[:-len(short)]
        place, surface = leading_place(before, context)
        if place is not None and surface == before:
            return True
        if short.startswith("第") and re.match(r"第[一二三四五六七八九十百〇零\d]{2,5}", short) and len(before) >= 2:
            return True                 # 某集团第七〇某研究所 / 第七〇某研究所: a numbered unit named without its owner
        if before in _NATIONAL_PREFIXES and len(short) >= 4 and not short.startswith(("国家", "全国", "中央")):
            return True                 # 全国人大某某委 / 某某委: a national body's committee named without it
        # 某某大学附属某某医院 / 某某医院: a university's hospital named without its university
        rests = {before, before[len(surface):] if place is not None and before.startswith(surface) else before}
        return _HOSPITAL_OR_CAMPUS.search(short) is not None and len(short) >= 4 and \
            any(rest.endswith(_UNIVERSITY_ENDS) and len(rest) >= 4 and not rest.startswith(_UNIVERSITY_ENDS)
                for rest in rests)
    if ps is not None and short[len(ss):] == "医院" and \
            full[len(leading_place(full, context)[1]):].startswith(_SPECIALIST_KINDS):
        return False                    # 某县医院 is the county's general hospital, no abbreviation of 某县中医医院
    # (某儿工委 / 某女儿童工作委员会: a head of several characters cut to its first)
    cut_head = next((h for h in _CUT_HEADS if full.endswith(h) and short[-1] == h[0]), None)
    if short[0] != full[0] or len(short) * 2 < len(full) or \
            not (short[-2:] == full[-2:] or len(short) == 3 and short[-1] == full[-1] or cut_head):
        return False                    # (某宣部: a three-character abbreviation keeps only the head's last character)
    # each character in order, taken from at least two places apart: an abbreviation keeps a character of each
    # word (某卫 of 某界卫生), where dropping one whole word names another body (北京医院, 北京儿童医院)
    gaps, i = 0, 0
    for c in short:
        j = full.find(c, i)
        if j < 0:
            return False
        gaps += j > i
        i = j + 1
    return gaps >= 2 and (i == len(full) or cut_head is not None and i == len(full) - len(cut_head) + 1)


_CUT_HEADS = ("委员会", "办公室", "领导小组")
_SPECIALIST_KINDS = ("中医", "中西医", "蒙医", "藏医", "妇幼", "妇产", "儿童", "精神", "传染", "肿瘤", "口腔", "眼科", "骨科", "康复")
# a county's hospital written short and in full, in one article: one body
_SAME_HOSPITAL = frozenset({("医院", "人民医院"), ("中医院", "中医医院")})


def _merge_orgs(art: _Article) -> None:
    """Within one article one body is one node: a short form merges into the one full form it abbreviates."""
    orgs = {k: v for k, v in art.names.items() if v[0] in _ORG_TYPES}
    context = art.ctx.names()
    remap: dict[str, str] = {}
    for key, (_, label, _) in orgs.items():
        fulls = [k for k, (_, full, _) in orgs.items() if k != key and _short_form_of(label, full, context)]
        if len(fulls) == 1 and fulls[0] not in remap:
            remap[key] = fulls[0]
    for short, full in list(remap.items()):
        if full in remap:
            del remap[short]            # chains are left alone: which one is meant is not clear
    if not remap:
        return
    for short, full in remap.items():
        typ, label, alts = art.names.pop(short)
        art.names[full][2].update(alts | {label})
    def r(x):
        return remap.get(x, x)
    placed = {f.subject for f in art.facts if isinstance(f, Relation) and f.predicate == "locatedIn"}
    facts = []
    for f in art.facts:
        if isinstance(f, Relation) and f.predicate == "locatedIn" and f.subject in remap and remap[f.subject] in placed:
            continue                    # the full form's own place wins over one read into the short form
        if isinstance(f, Membership):
            f = Membership(f.person, r(f.organization), f.role, f.evidence, f.former)
        elif isinstance(f, HonourAward):
            by = f.conferred_by
            by = r(by) if isinstance(by, str) else tuple(dict.fromkeys(r(b) for b in by)) if by else by
            f = HonourAward(r(f.recipient), f.honour, f.evidence, by, f.year, f.period)
        elif isinstance(f, Relation):
            if r(f.subject) == r(f.object):
                continue                # 某某医院 subOrganizationOf its own full name
            f = Relation(r(f.subject), f.predicate, r(f.object))
        facts.append(f)
    art.facts = facts


def _freeze(art: _Article, authors: tuple[str, ...]) -> ArticleResult:
    _merge_orgs(art)
    authors = _merge_people(art, authors)
    ents = []
    for key in sorted(art.names):
        typ, label, alts = art.names[key]
        level = None
        if typ == T.PLACE:
            p = art.places.get(key)
            level = p.level if p else None
        ents.append(Entity(key, typ, label, tuple(sorted(alts - {label})), level))
    facts = list(dict.fromkeys(art.facts))
    # (甲率某指导组… and 组长甲: a tie with no post beside a post in the same body says nothing more)
    posted = {(f.person, f.organization) for f in facts if isinstance(f, Membership) and f.role}
    facts = [f for f in facts if not (isinstance(f, Membership) and not f.role and (f.person, f.organization) in posted)]
    return ArticleResult(art.doc, tuple(ents), tuple(facts), authors)
