"""The entity tagger on its own (`kg mentions`): typed spans of a line of text, for users who tag text
and for comparison with public NER benchmarks."""
from __future__ import annotations

import re

from kg.extract.orgs import find_orgs
from kg.extract.people import (AMBIGUOUS_SURNAMES, BIO_OPENING, _CREDIT_VERBS, _NOT_NAME_AFTER, _freq, _is_common_word,
                               _translit_share, _word_tags, find_people, find_roles, name_at, plausible_name, surname_len,
                               surnames)
from kg.extract.honours import Span, find_awards
from kg.extract.programs import find_programs
from kg.gazetteer import gazetteer, world_places
from kg.lexicon import ORG_HEADS, ROLE_SET, WEAK_HEADS
from kg.model import EntityType as T, Mention
from kg.segment import Token, split_sentences, tokenize

# The extraction pipeline reads only the posts of office that make memberships (kg.lexicon.ROLES);
# a tagger is also asked for occupations and titles. Generic words only, no names.
TITLES = frozenset("""记者 实习记者 特约记者 见习记者 首席记者 通讯员 编辑 主编 副主编 总编辑 责任编辑 实习编辑 编者 笔者 小编
 专家 学者 教授 副教授 讲师 研究员 副研究员 博士 博士生 博士生导师 硕士生 导师 老师 教师 班主任 校长 副校长 学生 大学生 留学生
 中小学生 实习生 主持人 主持  解说 评论员 艺术家 画家 作家 小说家 漫画家 音乐家 摄影师  设计师 建筑师 收藏家 藏家 收藏者
 鉴赏家 大师 名家 导演 副导演 编剧 制片 制片人 监制 制作人 执行制作人 演员   男主角 女主角 配角 男配角  模特 明星 歌手
 经理 总经理 副总经理 总经理助理 客户经理 项目经理 销售经理 营销经理 理财经理 业务经理 部门经理 产品经理 市场经理 区域经理 大堂经理
 总监 副总监 营销总监 设计总监 创意总监 艺术总监 策划总监 财务总监 技术总监 销售总监  营销主管 总裁 副总裁 行政总裁 首席执行官
 首席财务官 首席技术官 首席运营官 首席经济学家 经济学家 分析师 首席分析师 高级分析师 分析员 理财师 培训师 交易员 投资者 投资专家
 董事 执行董事 独立董事 董事总经理 副董事长 创始人 联合创始人 合伙人 老板 店长  法人代表 法定代表人 顾问 秘书 助理
 律师 代理律师 法官 检察官 警官 警察 民警 交警 刑警 公安干警 干警 官员 外交官 公务员 干部  相关负责人 有关负责人 
 客服 营业员 售货员 业务员 信贷员 驾驶员 司机 保安 工人 农民 职员  白领  经纪人 房产经纪人 代理人  供应商
 选手 职业选手 运动员 球员 队员  球星 主教练 教练 助理教练 助教 主帅 领队 队长 副队长 门将 前锋 中场 后卫 中卫 裁判 主裁判
 士兵  飞行员 将军 上将 中将 少将 大将 上校 中校 少校 元帅 司令 司令员 副司令员 政委 政治委员 参谋长 总参谋长 指挥官 舰长
 总统 副总统 首相 总理 副总理 国王 女王 王子 公主 皇帝 太子 议员 参议员 众议员 议长 外长 外交部长 防长 国防部长 财长 财政部长
 部长 副部长 局长 副局长 处长 副处长 科长 科员 署长 司长 主席 副主席 委员 常委 市委常委 理事 理事长 会长 副会长 社长 馆长 行长 副行长
 医生 医师 护士 院长 副院长 主任 副主任 科学家 工程师 总工程师 设计者 组织者 发言人 新闻发言人 黑客 译者 翻译""".split())
_TITLE_MODIFIERS = ("副", "总", "前", "原", "首席", "高级", "资深", "执行", "常务", "名誉", "荣誉", "代理", "助理", "特约", "驻")
# occupational heads that take a field in front of them (营销经理, 公关部经理)
_TITLE_HEADS = ("经理", "总监", "主管", "主任", "顾问", "专家", "分析师", "工程师", "设计师", "编辑", "记者", "部长", "局长",
                "书记", "主席", "委员", "总裁", "助理", "教练", "代表", "负责人")

# Places the divisional gazetteer does not hold; tokens the tagger calls ns that end so are places too.
_PLACE_ENDS = ("省", "市", "县", "区", "镇", "乡", "村", "州", "国", "岛", "山", "河", "江", "湖", "海", "洋", "港", "湾",
               "路", "街", "道", "巷", "大街", "大道", "广场", "公园", "社区", "小区", "新城", "开发区")
_NS_PLACE_ENDS = tuple(e for e in _PLACE_ENDS if e != "国")     # 回国, 爱国 end in 国 and are verbs
_STREET_ENDS = ("省", "市", "县", "区", "镇", "乡", "路", "街", "道", "巷", "大街", "大道", "胡同", "弄", "号", "号院", "号楼", "小区", "花园", "广场",
                "新村", "村", "社区", "大厦", "开发区", "新区", "工业园", "园区", "商圈", "基地")
# jieba's tags for organisation names it knows; a bare nt token is an organisation even without a head
_GOV_ENDS = tuple(h for h, t in ORG_HEADS.items() if t == T.GOVERNMENT_AGENCY and len(h) >= 2) + (
    "法院", "检察院", "公安局", "派出所", "海关", "军", "军方", "部队", "海军", "陆军", "空军", "警方", "警察局",
    "议会", "参议院", "众议院", "国会", "内阁", "央行", "证监会", "银监会", "保监会", "外交部", "国防部")
# armed forces and authorities a place name makes into a body of its state
_FORCES = frozenset("军方 军队 部队 海军 陆军 空军 警方 政府 当局 公安部门 公安机关 国会 议会 海关".split())
_COMPANY_ENDS = ("公司", "集团", "银行", "企业", "证券", "保险", "控股", "股份")
_GENERIC_PLACES = frozenset("城市 大城市 农村 城镇 城乡 山区 港口 海岛 郊区 市区 城区 乡村 边疆 沿海 内陆 两岸".split())
_NUMERALS = frozenset("一二两三四五六七八九十百千几数多各每全本该")
# one-character short names of countries, as in 中美关系, 驻美, 美方
_COUNTRY_CHARS = frozenset("中美日俄英法德韩朝印越泰意加澳苏欧港台澳墨亚京沪")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")
_FOREIGN_JOIN = "·•‧-－"
_WORK_TITLE = re.compile(r"《[^《》]*》")
_ADDRESS = frozenset("先生 小姐 女士 总 老师 师傅 大爷 阿姨".split())
_TEAM_AFTER = ("队", "主场", "客场", "本场", "上轮", "vs", "VS", " vs", " VS")
_FOREIGN_TITLE_AFTER = ("总统", "首相", "总理", "国务卿", "外长", "国王", "女王", "议长", "夫人", "先生")
# posts and forms of address a lone surname takes when it refers to someone the reader knows (王院长, 李先生)
_SURNAME_TITLES = frozenset("""主席 副主席 总理 副总理 总书记 委员长 部长 省长 市长 县长 书记 院长 校长 主任 局长 厂长 经理 总统
 首相 先生 女士 小姐 老 教授 大夫 医生 老师 师傅 大人 总 所长 站长 队长 科长 处长 州长""".split())
# heads of places and buildings: a transliteration before one names the place, not a person (某某斯河, 某某斯基博物馆)
_PLACE_HEAD_AFTER = tuple("河湖湾山岛港城堡县市州省馆厅院堂寺宫楼街路桥站悬") + (
    "大街", "广场", "博物馆", "纪念馆", "美术馆", "音乐厅", "大教堂", "教堂", "大学", "学院", "医院", "公园", "地区")


_world_places = world_places


def _is_place(word: str, pos: str) -> bool:
    if len(word) < 2 or not _HAN.match(word) or word[0] in _NUMERALS:
        return False
    if word in _world_places():
        return True
    if pos == "ns":
        # jieba's dictionary tags a few phrases ns (广大干部): a place does not end in a title
        if word[-2:] in TITLES or word[-2:] in ("人民", "群众", "同胞") or word in _GENERIC_PLACES:
            return False
        # and common words (治安, 高原, 回国): a place is known, ends in a place word, or names a region by its
        # direction (东南亚, 华北); a word the dictionary lists as frequent is otherwise no place
        return bool(gazetteer().candidates(word)) or word.endswith(_NS_PLACE_ENDS + ("洲",)) or \
            any(c in "东西南北" for c in word) and word != "东西" or _freq(word) < 500 or \
            len(word) == 2 and (word[0] in _COUNTRY_CHARS and word[1] == "国" or word[0] == "中" and word[1] in "亚欧非")
    # the gazetteer's short aliases include common words (和平, 友好): a level character vouches for the name
    return len(word) >= 3 and word[-1] in "省市县区镇乡旗州" and bool(gazetteer().candidates(word))


def _person_spans(t: str, toks: list[Token], after: list[int]) -> list[tuple[int, int]]:
    """Person names: the extraction's cues, then jieba's name tags (with a surname check for Chinese names)."""
    found = dict(find_people(t, toks, after, []))
    covered = set()
    for a, b in found.items():
        covered.update(range(a, b))
    i = 0
    while i < len(toks):
        tok = toks[i]
        w = tok.word
        if tok.start in covered:
            i += 1
            continue
        # transliterated names: runs of name-tagged pieces, perhaps joined by a middle dot (丹尼斯·霍珀)
        j, foreign = i, tok.pos == "nrt"
        while tok.pos in ("nrt", "nr", "ns") and j + 1 < len(toks):
            nxt = toks[j + 1]
            if nxt.pos in ("nrt", "nr") and _HAN.match(nxt.word) and (foreign or nxt.pos == "nrt") and \
                    toks[j].word not in _FOREIGN_JOIN:
                j += 1
            elif nxt.word in _FOREIGN_JOIN and j + 2 < len(toks) and toks[j + 2].pos in ("nrt", "nr", "ns") and \
                    _HAN.match(toks[j + 2].word) and (foreign or toks[j].pos in ("nr", "ns") or toks[j + 2].pos == "nrt"):
                j += 2
            else:
                break
            foreign = foreign or toks[j].pos == "nrt"
        if j > i and (foreign or any(x.word in _FOREIGN_JOIN for x in toks[i:j + 1])) \
                and toks[j].end - tok.start >= 3:
            found[tok.start] = toks[j].end
            i = j + 1
            continue
        if _place_name(w):
            pass                        # 某某县 tagged as a name: the gazetteer knows it as a place
        elif tok.pos == "nrt" and len(w) >= 3 and _HAN.match(w) and not _two_words(w) and \
                not t.startswith(_NOT_NAME_AFTER, tok.end) and not _place_head_after(t, tok.end) and \
                (_translit_share(w) >= 0.5 or t.startswith(_FOREIGN_TITLE_AFTER, tok.end) or
                 _translit_share(w) >= 0.3 and i + 1 < len(toks) and toks[i + 1].pos == "v" and len(toks[i + 1].word) >= 2) and \
                not (t[tok.start - 1:tok.start] in ("在", "到", "于") and t[tok.end:tok.end + 1] in ("，", "。", "、", "”")):
            # (在某卡普尔科，: a foreign word after a preposition of place and closed by punctuation is where, not who)
            found[tok.start] = tok.end
        elif tok.pos == "nr" and len(w) >= 3 and _HAN.match(w) and t.startswith(_FOREIGN_TITLE_AFTER, tok.end) and \
                _translit_share(w) >= 2 / 3:
            found[tok.start] = tok.end      # 某林顿总统: a transliterated name right before a title held abroad
        elif tok.pos in ("nr", "nrfg") and len(w) >= 2 and plausible_name(w, final_ok=_titled(t, tok.end)) and \
                not _common_tail(w) and not _compound_noun(w) and (len(w) == 3 or not _is_common_word(w) or
                                                                   _titled(t, tok.end)) and \
                not t.startswith(_NOT_NAME_AFTER, tok.end) and \
                not (w[0] == "任" and t[tok.start - 1:tok.start] in _BEFORE_SERVING):
            # (至今任某达/nr 董事: 任 the verb, a firm's name after it)
            found[tok.start] = tok.end
        elif tok.pos == "ns" and 2 <= len(w) <= 3 and surname_len(w) == 1 and w[0] not in AMBIGUOUS_SURNAMES and \
                plausible_name(w) and \
                (_titled(t, tok.end) or tok.start in after and t.startswith(_CREDIT_VERBS, tok.end)) and \
                w[-1] not in "省市县区州镇乡村旗" and not gazetteer().candidates(w) and \
                (i == 0 or not toks[i - 1].pos.startswith(("nr", "ns"))):
            found[tok.start] = tok.end      # 某干/ns 等同志, 记者某宁/ns 报道: a "place" no gazetteer knows, before a
            #                                 title or between a title and the verb of a credit, is a name
        elif tok.pos == "nr" and len(w) == 1 and surname_len(t[tok.start:]) and \
                not (i and len(toks[i - 1].word) == 1 and toks[i - 1].pos in ("n", "ng") and toks[i - 1].end == tok.start
                     and toks[i - 1].word not in "村镇乡县市区厂院所站队组科局处部委社校"):
            # (《军|史/nr 辉煌》: a noun's character before the "surname" makes a word with it; after a place's or a
            # unit's head, 某村|殷/nr 治军, the name starts)
            n = name_at(t, toks, tok.start)
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if n < 2 and nxt and nxt.start == tok.end and len(nxt.word) <= 2 and \
                    (nxt.pos in ("ns", "nr", "nrfg", "nz", "ng") or nxt.pos in ("n", "a") and tok.start in after) \
                    and plausible_name(w + nxt.word):
                n = 1 + len(nxt.word)          # 赵/nr 建国/ns: the given name is a word of its own
            if n > 1:
                found[tok.start] = tok.start + n
        i += 1
    return sorted(found.items())


def _place_head_after(t: str, end: int) -> bool:
    """A place's or a building's head right after end, and no title that opens the same way (州长, 馆长)."""
    return t.startswith(_PLACE_HEAD_AFTER, end) and not any(t.startswith(x, end) for x in TITLES | ROLE_SET | _SURNAME_TITLES)


def _surname_refs(t: str, toks: list[Token]) -> list[tuple[int, int]]:
    """A surname alone before a post or a form of address (王院长, 李/先生), or a given name alone before 同志: each
    refers to a person the reader knows."""
    single = surnames()[0]
    out = []
    for i, tok in enumerate(toks):
        w = tok.word
        c = w[:1]
        if not _HAN.match(w) or c not in single or c in AMBIGUOUS_SURNAMES or tok.pos[:1] in "vpdcr" or \
                i and toks[i - 1].end == tok.start and (toks[i - 1].pos.startswith(("nr", "ns")) or
                                                        toks[i - 1].word in single and toks[i - 1].word not in AMBIGUOUS_SURNAMES):
            continue                    # 任所长: a verb; 某马|雷先生, 张/q 路/n 老师: a name's end, its surname before it
        nxt = toks[i + 1].word if i + 1 < len(toks) else ""
        # (古老, 刘姥姥: a word of the dictionary that happens to open with a surname and end in a title)
        glued = len(w) > 1 and w[1:] in _SURNAME_TITLES and _freq(w) < 100
        if (glued or len(w) == 1 and nxt in _SURNAME_TITLES) and not t.startswith("们", tok.start + len(w) + len(nxt) * (not glued)):
            out.append((tok.start, tok.start + 1))
    # 某平同志: a given name alone before 同志, the way party texts name a leader
    out += [(tok.start, tok.end) for i, tok in enumerate(toks[:-1]) if toks[i + 1].word == "同志" and tok.pos == "nr" and
            len(tok.word) == 2 and not plausible_name(tok.word) and (not i or not toks[i - 1].pos.startswith("nr"))]
    return out


def _place_name(w: str) -> bool:
    """A word the tagger calls a name that is a country, or a division's full name (with its level)."""
    return w in _world_places() or (w[-1] == "人" and w[:-1] in _world_places()) or (len(w) >= 3 and w[-1] in "省市县区州旗" and bool(gazetteer().candidates(w)))


def _titled(t: str, end: int) -> bool:
    """A post or a title right after end (某某总理, 某某委员长), or 等同志: a frequent word the dictionary calls a name
    is the name there."""
    return t.startswith(tuple(_SURNAME_TITLES - {"老"}) + _FOREIGN_TITLE_AFTER, end) or \
        t.startswith(("等同志", "同志"), end)


# what stands before 任 the verb (曾任, 现任, 至今任, 2010年5月任, 并任): no surname then
_BEFORE_SERVING = frozenset("曾现今后月年起并兼来时先再又历")
# heads of abstract compound nouns: 居留权, 司法权, 安全观 (a frequent word before one makes a noun, not a name)
_NOUN_SUFFIXES = frozenset("权性化率度法观论学制型式界")


def _compound_noun(w: str) -> bool:
    """居留权, 安全观: a frequent word the dictionary does not call a name, then a head of abstract nouns."""
    return len(w) == 3 and w[2] in _NOUN_SUFFIXES and _freq(w[:2]) >= 50 and \
        not _word_tags().get(w[:2], "nr").startswith(("nr", "ns"))


def _common_tail(w: str) -> bool:
    """高水平, 古建筑: a character that is seldom a surname before a frequent common word, which jieba may call a name."""
    return len(w) == 3 and (w[0] in AMBIGUOUS_SURNAMES or w[0] not in surnames()[0]) and _freq(w[1:]) >= 300 and \
        not _word_tags().get(w[1:], "nr").startswith(("nr", "ns"))


def _two_words(w: str) -> bool:
    """A string made of two frequent common words (努力提高), which jieba's HMM may still call a name."""
    from kg.segment import _tagger
    tagger = _tagger()
    freq, tags = tagger.tokenizer.FREQ, tagger.word_tag_tab
    return len(w) == 4 and all(freq.get(p, 0) >= 1000 and not tags.get(p, "nr").startswith(("nr", "ns"))
                               for p in (w[:2], w[2:]))


def _title_spans(t: str, toks: list[Token]) -> list[tuple[int, int]]:
    """Titles and occupations: whole tokens from TITLES, with a modifier or a field word before the head."""
    out = []
    for k, tok in enumerate(toks):
        w = tok.word
        if w in TITLES or (w.startswith(_TITLE_MODIFIERS) and w.endswith(_TITLE_HEADS) and len(w) <= 6):
            s = tok.start
            if k and toks[k - 1].word in _TITLE_MODIFIERS:
                s = toks[k - 1].start
            elif k and w in _TITLE_HEADS and toks[k - 1].pos in ("n", "vn", "nz") and \
                    2 <= len(toks[k - 1].word) <= 3 and toks[k - 1].word not in TITLES:
                s = toks[k - 1].start        # 营销经理, 公关部经理: the field is part of the title
            out.append((s, tok.end))
        elif len(w) >= 3 and tok.pos in ("n", "nz", "l") and _HAN.match(w):
            # 本报记者, 专家学者, 女演员: a title closing a longer word of the dictionary
            tail = next((w[-n:] for n in (3, 2) if len(w) > n and w[-n:] in TITLES), None)
            if tail:
                out.append((tok.end - len(tail), tok.end))
    return out


def _place_spans(t: str, toks: list[Token]) -> list[tuple[int, int]]:
    """Places: jieba's ns tokens, gazetteer and world names, glued to a following street or level word."""
    out = []
    k = 0
    while k < len(toks):
        tok = toks[k]
        w = tok.word
        pair = _country_chars(w)
        if pair:
            out += [(tok.start + i, tok.start + i + 1) for i in range(pair)]   # 中美, 港澳台, 中美关系: each country
        elif len(w) == 1 and w in _COUNTRY_CHARS and k + 1 < len(toks) and len(toks[k + 1].word) == 1 and \
                toks[k + 1].word in _COUNTRY_CHARS and toks[k + 1].word != w and toks[k + 1].start == tok.end and \
                (toks[k + 1].pos in ("ns", "j") or toks[k + 1].word == "中" or
                 t[toks[k + 1].end:toks[k + 1].end + 2] in _PAIR_AFTER):
            out += [(tok.start, tok.end), (toks[k + 1].start, toks[k + 1].end)]   # 中/f 美/ns 两国: cut apart
            k += 1
        elif len(w) == 1 and w in _COUNTRY_CHARS and w != "中" and (
                t[tok.start - 1:tok.start] in ("驻", "访", "赴", "抵", "来", "在", "对", "与", "和") or
                t[tok.end:tok.end + 1] in ("方", "军", "国")) and t[tok.start:tok.end + 2] != w + "国家":
            out.append((tok.start, tok.end))
        elif _listed_with_places(toks, k):
            out.append((tok.start, tok.end))           # 南京、合肥/n、昆明: a division listed among places
        elif _abbreviated_place(w):
            # 中方, 访华, 华人, 中华民族, 两岸: the place inside the word
            out += [(tok.start + a, tok.start + b) for a, b in _abbreviated_place(w)]
        elif _is_place(w, tok.pos):
            s, e = tok.start, tok.end
            tail = next((x for x in _GENERIC_TAILS if w.endswith(x) and _is_place(w[:-len(x)], "ns")), None)
            if tail:
                e -= len(tail)          # 亚太地区, 东亚各国: the place without its generic tail
            # 文汇路, 朝阳区, 西山小区: a place word swallows a street or level word right after it
            while k + 1 < len(toks) and toks[k + 1].word in _STREET_ENDS:
                k += 1
                e = toks[k].end
            out.append((s, e))
        elif tok.pos in ("n", "nz", "nr") and k + 1 < len(toks) and toks[k + 1].word in ("路", "街", "大街", "大道") \
                and 2 <= len(tok.word) <= 3 and _HAN.match(tok.word):
            out.append((tok.start, toks[k + 1].end))
            k += 1
        k += 1
    return out


# what follows a pair of countries' one-character names (中美关系, 中日两国)
_PAIR_AFTER = ("关系", "两国", "双方", "贸易", "合作", "友好", "建交", "边境", "会谈", "双边", "之间", "同胞", "地区", "两地")
_GENERIC_TAILS = ("地区", "各国", "一带", "全境", "境内", "当局", "回归")


_CHINA = _COUNTRY_CHARS | {"华"}


def _listed_with_places(toks: list[Token], k: int) -> bool:
    """A city or province name the tagger took for a common word, standing in a 、-list beside a place."""
    w = toks[k].word
    if len(w) < 2 or toks[k].pos == "ns" or not any(p.level in ("province", "city") for p in gazetteer().candidates(w)):
        return False
    side = [(k - 1, k - 2), (k + 1, k + 2)]
    return any(0 <= j < len(toks) and toks[i].word == "、" and toks[j].pos == "ns" for i, j in side if 0 <= i < len(toks))


def _abbreviated_place(w: str) -> list[tuple[int, int]]:
    """Where places abbreviated to one character (or 中华, 两岸) stand inside a word: 中方, 中资 (a side,
    capital); 访华, 驻港 (a verb of travel or station and its place); 华人, 华侨 (people of Chinese origin);
    抗日; 某人治某; 中华民族; 两岸 and 海峡两岸, the two sides of the strait."""
    if w in ("两岸", "海峡两岸", "亚太"):
        return [(0, len(w))]
    for region in ("两岸", "亚太", "大陆"):
        if w.startswith(region) and len(w) > 2 and (region != "大陆" or w[2:] in _PAIR_AFTER):
            return [(0, 2)]             # 两岸关系, 亚太经济, 大陆同胞
    if w.startswith("中华") and len(w) > 2 and not w.startswith("中华人民共和国"):
        return [(0, 2)]
    if len(w) == 4 and w[1:3] == "人治" and w[0] == w[3] and w[0] in _CHINA:
        return [(0, 1), (3, 4)]
    if w == "中外" or len(w) == 2 and w[0] in _COUNTRY_CHARS and w[1] in "方资籍独":
        return [(0, 1)]                 # 中外, 中方, 中资, 台独
    if len(w) >= 2 and (w[0] == "抗" or w[0] == "驻" and len(w) > 2) and w[1] in _CHINA:
        return [(1, 2)]                 # 抗日(战争), 驻港部队
    if len(w) == 2 and w[0] in "访来驻赴在对抵旅离返" and w[1] in _CHINA | set("京沪穗"):
        return [(1, 2)]
    if len(w) == 2 and w[0] == "华" and w[1] in "人侨裔商工":
        return [(0, 1)]
    return []


def _country_chars(w: str) -> int:
    """How many one-character country names open w when it is a pair or list of them (中美, 港澳台, 中美关系)."""
    for n in (3, 2):
        head, rest = w[:n], w[n:]
        if len(head) == n and all(c in _COUNTRY_CHARS for c in head) and len(set(head)) == n and \
                (not rest or rest in _PAIR_AFTER):
            return n
    return 0


def _org_type(word: str) -> T:
    if word.endswith(_GOV_ENDS):
        return T.GOVERNMENT_AGENCY
    return ORG_HEADS.get(word[-2:]) or ORG_HEADS.get(word[-3:]) or T.ORGANIZATION


def _bare_orgs(t: str, toks: list[Token]) -> list[tuple[int, int, T]]:
    """Names jieba tags as organisations (nt), and place + government body (北京公安部门, 美国海军)."""
    out = []
    for k, tok in enumerate(toks):
        w = tok.word
        nxt = toks[k + 1].word if k + 1 < len(toks) else ""
        if (tok.pos == "ns" or w in _world_places()) and nxt in _FORCES:
            out.append((tok.start, toks[k + 1].end, T.GOVERNMENT_AGENCY))       # 美国海军, 北京公安部门
        elif len(w) == 2 and w[1] == "军" and w[0] in _COUNTRY_CHARS - set("中亚京沪") | set("德苏"):
            out.append((tok.start, tok.end, T.GOVERNMENT_AGENCY))               # 美军, 日军
        elif len(w) == 1 and w in _COUNTRY_CHARS - set("中亚京沪") and nxt in ("军", "空军", "海军", "陆军"):
            out.append((tok.start, toks[k + 1].end, T.GOVERNMENT_AGENCY))
        elif tok.pos == "nt" and w.endswith(("特别行政区", "共和国", "王国", "联邦")) and len(w) >= 4:
            cut = w.find("共和国") + 3          # 某某共和国某某特别行政区: the state, then its region
            if 3 < cut < len(w) - 2:
                out += [(tok.start, tok.start + cut, T.PLACE), (tok.start + cut, tok.end, T.PLACE)]
            else:
                out.append((tok.start, tok.end, T.PLACE))  # 某某特别行政区/nt: a division, not a body
        elif tok.pos == "nt" and len(w) >= 2 and _HAN.match(w) and w not in ORG_HEADS and not _country_chars(w):
            typ = _org_type(w)
            if typ is T.ORGANIZATION and (w.endswith(("局", "部", "署", "厅")) or _force(w)):
                typ = T.GOVERNMENT_AGENCY       # 某某邮政局/nt, 某国航空自卫队/nt: a state's office or force
            out.append((tok.start, tok.end, typ))
        elif (tok.pos == "j" and (w.endswith(_ABBREVIATED_ENDS) or ORG_HEADS.get(w) is T.GOVERNMENT_AGENCY) and
              len(w) >= 2 and w not in _COMMON_J) or \
                (tok.pos.startswith("nr") and len(w) == 3 and w.endswith(("监会", "监局", "监委"))):
            prev = toks[k - 1] if k else None
            s = prev.start if prev and (prev.word in ("市", "省", "县", "区") or _is_place(prev.word, prev.pos)) \
                else tok.start          # 某县|质监局, 某港|证监会: the place is the body's
            out.append((s, tok.end, T.GOVERNMENT_AGENCY))
        elif ORG_HEADS.get(w) is T.GOVERNMENT_AGENCY and len(w) >= 3 and w not in WEAK_HEADS and \
                not (k and toks[k - 1].end == tok.start and _HAN.match(toks[k - 1].word)
                     and toks[k - 1].pos not in ("x", "c", "p", "v", "uj")):
            out.append((tok.start, tok.end, T.GOVERNMENT_AGENCY))      # 民政局 on its own: the office named
        elif _gov_word(tok) and not (k + 1 < len(toks) and toks[k + 1].start == tok.end and _gov_word(toks[k + 1])):
            # armed forces and offices the tagger calls common nouns (某国海上自卫队, 街道办事处, 某部司令部)
            s, j = tok.start, k - 1
            while j >= 0 and k - j <= 3 and toks[j].end == s and _HAN.match(toks[j].word):
                x = toks[j]
                if x.pos in ("ns", "j"):
                    s = x.start         # a place opens the name
                    break
                if not (x.pos == "s" or _force(x.word) or
                        x.pos in ("n", "b", "a") and 2 <= len(x.word) <= 3 and x.word not in TITLES):
                    break
                s, j = x.start, j - 1
            out.append((s, tok.end, T.GOVERNMENT_AGENCY))
    return out


# abbreviated bodies jieba tags j (某监会, 某盟); 某行 is as often a company's as a state's
_ABBREVIATED_ENDS = ("委", "局", "办", "部", "院", "会", "盟", "署")
_COMMON_J = frozenset("联盟 同盟 加盟 结盟".split())
# heads of government offices that jieba tags as common nouns
_GOV_N_HEADS = ("办事处", "司令部", "参谋部", "指挥部", "监管司", "监管局", "监管部", "铁路局", "管理局", "分局", "派出所",
                 "管局")
_FORCE_ENDS = ("部队", "军队", "自卫队", "舰队", "空军", "海军", "陆军", "航空兵", "武警", "军区", "军")
_NOT_FORCES = tuple("冠军 亚军 季军 将军 全军 参军 从军 建军 行军 进军 裁军 扩军 援军 友军 敌军 大军 三军 海军上将".split())


def _gov_word(tok: Token) -> bool:
    """A force or an office by its word alone (tagged as a common noun): 某某军, 办事处, 某监局."""
    w = tok.word
    return (_force(w) and tok.pos in ("n", "nz", "nt", "j", "ns")) or \
        (w.endswith(_GOV_N_HEADS) and tok.pos in ("n", "nz", "nt") and len(w) > 2)


def _force(w: str) -> bool:
    """An armed force by its word: 某某军 (three characters at least), 某部队, 海上自卫队; 世界冠军 or 参军 are no
    force, and two characters ending in 军 are as often a team or a person's given name."""
    if not (w.endswith(_FORCE_ENDS) and _HAN.match(w)) or w.endswith(_NOT_FORCES):
        return False
    return len(w) >= 3 or not w.endswith("军") and len(w) >= 2


def _honour_and_programme_spans(t: str, toks, orgs, people) -> list[tuple[int, int, T]]:
    """Honours named by the award patterns and programme names, as spans of the sentence."""
    ment = sorted([Span(o.start, o.end, f"o{o.start}") for o in orgs] +
                  [Span(a, b, f"p{a}", True) for a, b in people], key=lambda m: m.start)
    out = []
    for hit in find_awards(t, ment, None):
        i = t.find(hit.honour)
        if i >= 0:
            out.append((i, i + len(hit.honour), T.HONOUR))
    for a, b, _ in find_programs(t, toks):
        inner = t[a:b]
        q = re.search(r"[“\"]([^“”\"]+)[”\"]", inner)
        if q:
            a, b = a + q.start(1), a + q.end(1)
        out.append((a, b, T.PROGRAM))
    return out


def tag_text(text: str) -> list[Mention]:
    """The entity tagger on its own: mentions of every type in a line of text, in order, not overlapping."""
    out: list[Mention] = []
    for s in split_sentences(text):
        t = s.text
        toks = tokenize(t)
        spans = find_orgs(t, toks)
        # candidates in order of trust: a later one is dropped where it overlaps an earlier one
        # a body whose 部 its post shares (某国卫生部长) is tagged as one title, the way it reads
        cands: list[tuple[int, int, T]] = [(sp.start, sp.end + 2, T.ROLE) if t.startswith(sp.text + "长", sp.start)
                                           else (sp.start, sp.end, sp.type) for sp in spans]
        taken = [(sp.start, sp.end) for sp in spans]
        roles = find_roles(t, taken)
        cands += _bare_orgs(t, toks)
        titles = _title_spans(t, toks)
        after = [r.end for r in roles] + [sp.end for sp in spans] + [b for _, b in titles]
        # 某某队, 某某主场, vs 某某: a team's name, however the tagger tags it, is no person
        # and a surname with a form of address (王先生, 李总) names no one in full
        bio = BIO_OPENING.match(t)
        if bio is not None and surname_len(bio.group(1)) and plausible_name(bio.group(1), final_ok=True) and \
                not any(x < bio.end(1) and bio.start(1) < y for x, y, _ in cands):
            cands.append((bio.start(1), bio.end(1), T.PERSON))     # 某某先生：…, 某某，男，…: a profile's person
        cands += [(a, b, T.PERSON) for a, b in _surname_refs(t, toks) if not any(x < b and a < y for x, y, _ in cands)]
        cands += [(a, b, T.PERSON) for a, b in _person_spans(t, toks, after)
                  if not t.startswith(_TEAM_AFTER, b) and not t[max(0, a - 3):a].rstrip().lower().endswith("vs")
                  and not (surname_len(t[a:b]) and t[a + surname_len(t[a:b]):b] in _ADDRESS)]
        # (营销总监: a title with its field before a post the pipeline reads bare is the title the text gives)
        # (研究部主任, 俱乐部主席: a body's name before the post, which the benchmark tags apart)
        cands += [(a, b, T.ROLE) for a, b in titles if any(a <= r.start and r.end <= b and b - a > r.end - r.start and
                                                            t[a:r.start] not in _TITLE_MODIFIERS and
                                                            not t[a:r.start].endswith(tuple("部办会处室局委厅")) for r in roles)]
        cands += [(r.start, r.end, T.ROLE) for r in roles]
        cands += [(a, b, T.ROLE) for a, b in titles]
        cands += [(a, b, T.PLACE) for a, b in _place_spans(t, toks)]
        cands += _honour_and_programme_spans(t, toks, spans, _person_spans(t, toks, after))
        # a work's title (《…》) names a work, not the bodies and posts inside it
        busy: list[tuple[int, int]] = [m.span() for m in _WORK_TITLE.finditer(t)]
        cands = [c for c in cands if c[2] in (T.HONOUR, T.PROGRAM, T.PERSON, T.PLACE) or
                 not any(x <= c[0] and c[1] <= y for x, y in busy)]
        busy = []
        for a, b, typ in cands:
            if b > a and not any(x < b and a < y for x, y in busy):
                busy.append((a, b))
                out.append(Mention(s.start + a, s.start + b, typ, t[a:b]))
    return sorted(set(out), key=lambda m: (m.start, m.end, m.type.value))
