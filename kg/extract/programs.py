"""Programmes: quoted names with a programme head (活动, 行动, 工程…), and well-formed unquoted ones."""
from __future__ import annotations

import re

from kg.lexicon import NOT_IN_NAME, PROGRAM_HEADS, PROGRAM_VERBS, UNQUOTED_PROGRAM_TAILS
from kg.segment import Token

_QUOTE = re.compile(r"[“\"‘]([^“”\"‘’]{2,30})[”\"’]")
_HEALTHY_PLACE = re.compile(r"健康([\u4e00-\u9fff]{2,4}?)(?=建设|行动|战略|工程|[，。、；”\s]|$)")
# (“某某”青年志愿服务队: a team named after its service, no programme; ‘某某’为乡亲们服务: a verb phrase, no head)
_HEAD_AFTER = re.compile(r"^(?:\d{4}(?:年度?)?)?(?:等|系列|主题党日|主题|专项|党建|志愿|示范|(?<=等)(?:\d+|[一二三四五六七八九十两]+)个)*([^\W\d_的之和与及、为给向对帮让替]{0,4}?)("
                         + "|".join(map(re.escape, PROGRAM_HEADS)) + ")(?!队|团|站|岗|小组|分队)")
_TAILS = re.compile("|".join(map(re.escape, sorted(UNQUOTED_PROGRAM_TAILS, key=len, reverse=True))))
_BAD_INNER = re.compile(r"[，。；！？]")
_COUNT_BEFORE_HEAD = re.compile(r"等(?:\d+|[一二三四五六七八九十两]+)个")
_BARE_HEADS = ("活动", "行动", "服务", "建设", "工作", "品牌")
_SELF_HEADED = ("活动", "行动", "工程", "计划", "运动", "课堂", "讲堂")
_HEAD_BEFORE = ("主题活动", "系列活动", "专项行动", "公益活动", "志愿服务活动", "活动", "行动")
# 把…作为…工程: a clause, not a programme's name
_CLAUSE_WORDS = re.compile(r"把|作为|将|已经")
_LAUNCHED_ACTION = re.compile(r"(?:启动|开展|实施|推进|部署|组织)了?(?:为期[^的，。]{1,4}的)?(?:在全国|全国|全省|全市|全县)?"
                              r"((?!实施|开展|推进|一系列|系列)[^\W\d的]{2,14}?(?:三年行动|提升行动|攻坚行动|促进行动))|"
                              r"(?:启动|开展|实施|部署)了?为期[^的，。]{1,4}的(?:在全国|全国|全省|全市|全县)?"
                              r"((?!实施|开展|推进|一系列|系列)[^\W\d的]{4,20}?行动)(?![\u4e00-\u9fff]{0,1}(?:方案|计划|中))")
_PRACTICE_VERB = re.compile(r"(?:实行|推行|落实|推广|探索|创新|建立)[^，。；：“”]{0,12}$")
_PRACTICE_HEAD = re.compile(r"[^\W\d_的之]{0,6}?(?:管理|模式|政策)(?!制度|措施|办法|机制|规定|条例|[\u4e00-\u9fff]?(?:中|下|的|上))")
_HOSTED = re.compile(r"(?:主办|承办|举办|发起|联合主办|共同主办)的(?:[“\"]([^“”\"]{2,20})[”\"]|"
                     r"((?:\d{4}年)?[^\W\d_的，。、；：“”《》（）()和及与并等]{2,16}?(活动|行动|展览|展演|宣传周|宣传月|活动周|活动月|"
                     r"文化节|艺术节|电影周|博览会|大赛|竞赛)))")
_HOSTED_HEADS = ("活动", "行动", "宣传周", "宣传月", "实践周", "活动周", "活动月", "展演", "大赛", "竞赛", "工程", "计划", "运动")
_MORE_HEADS = re.compile(r"(?:展览|展演|活动|行动|周|月)+")
_PRODUCT = re.compile(r"(?:APP|App|app|客户端|小程序|公众号|微信公众号|网站|平台|热线|微博)")
_BOOK_THEN_HEAD = re.compile(r"《[^《》]{2,20}》(?:宣传周|宣传月|活动周|活动月|宣传日|宣传活动|主题活动)")
# 制定(下发)(《)[scope or body]NAME(工作)实施方案: the scope is a place's health system or a body's name
_COUNTED_HEAD = re.compile(r"[一二三四五六七八九十两\d]+(?:大|项|个|类)")
_THEMED = re.compile(r"为主题的(?:第[\d一二三四五六七八九十]+个|\d{4}年)?((?!系列|一系列|主题|专题|宣传|各类|各项|多项|多种)"
                    r"[\u4e00-\u9fff]{2,12}?(?:活动|行动|宣传周|宣传月|活动周|活动月))")
# 《某某三年行动方案》: the action a plan of action is for
_ACTION_PLAN = re.compile(r"《([\u4e00-\u9fff]{2,16}?(?:三年|五年)?行动)(?:计划|方案)》")
_PLAN_OF = re.compile(r"(?:制定|制订|印发|出台|下发|发布|公布)(?:下发|印发)?了?《?((?:[\u4e00-\u9fff]{1,12}?(?:卫生健康系统|卫健系统|系统|"
                      r"委员会|委|局|医院|中心))?)([\u4e00-\u9fff]{3,16}?)(?:工作)?(?:实施|工作)方案")
# the initiatives a plan may name: X进Y (廉洁进科室), or a name closed by a programme head
_PLAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}进[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{4,14}(?:建设|活动|行动|工程|项目|提升年|建设年|"
                        r"特色服务|签约服务|试点|专项整治)")
_DOCUMENTS = ("意见", "通知", "办法", "规定", "条例", "方案", "决定", "纲要", "规划", "报告", "法")
# 落实“某某”、“某某”原则: quoted names that a principle, idea or policy word closes are no programmes
_PRINCIPLE_AFTER = re.compile(r"(?:[、和与及]?[“\"][^“”\"]{1,20}[”\"])*(?:的)?(?:原则|理念|方针|精神|思想|战略|政策|要求|目标|标准)")


# “某某”新生儿先天性心脏病筛查救治项目: a quoted name, then what it does, then the head
_DESCRIBED_HEAD = re.compile(r"[^\W\d_的之等和与及时期]{5,16}?(?:项目|工程|行动)(?!方案|计划书|书)")
# “一对一”健康管理, “面对面”宣讲: words of how a service is given, quoted, name no programme
_MANNER = frozenset("一对一 一对多 多对一 面对面 点对点 零距离 一站式 一条龙 全方位 全覆盖 零等待 保姆式 菜单式 点单式 订单式 "
                    "网格化 手把手 一键式 一体化 无缝隙 零跑腿 肩并肩 心贴心 零接触".split())
_PERIOD_NAME = re.compile(r"[一二三四五六七八九十]+五")     # “十四五”: a plan's period, no programme
# 甲院“某某”、乙中心“某某”等党建品牌: each quoted name after its own body, the head after the last
_OWNER_BETWEEN = re.compile(r"、[\u4e00-\u9fff]{2,20}")


def find_programs(text: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """(start, end, name) of programme names in a sentence; the name without quotes or generic head."""
    out: list[tuple[int, int, str]] = []
    quotes = list(_QUOTE.finditer(text))
    # “甲2020”“乙2020”“丙2020”专项行动: quoted names side by side share the head after the last of them
    shared: dict[int, str] = {}
    run: list = []
    for m in quotes + [None]:
        if m is not None and run and (m.start() == run[-1].end() or _OWNER_BETWEEN.fullmatch(text, run[-1].end(), m.start())):
            run.append(m)
            continue
        if len(run) >= 2:
            h = _HEAD_AFTER.match(text[run[-1].end():run[-1].end() + 12])
            if h:
                tail = text[run[-1].end():run[-1].end() + 12]
                for r in run[:-1]:
                    shared[r.start()] = h.group(1) + h.group(2) if h.group(1) and not _COUNTED_HEAD.match(h.group(1)) \
                        and not _COUNT_BEFORE_HEAD.match(tail) else ""
        run = [m] if m is not None else []
    for m in quotes:
        name = m.group(1).strip()
        if _BAD_INNER.search(name) or name.isdigit() or _PERIOD_NAME.fullmatch(name) or name in _MANNER:
            continue
        after = text[m.end():m.end() + 12]
        before = text[max(0, m.start() - 6):m.start()]
        if _PRODUCT.match(after):
            continue                    # “某某”APP, 公众号, 网站: a product, not a programme
        h = _HEAD_AFTER.match(after)
        # a short quoted word needs the words glued before it (老年人就医“一站通”改革); a long one stands alone
        prefix = _quote_prefix(text, tokens, m.start()) if len(name) <= 3 else ""
        if m.start() in shared:
            if "、" not in name and 2 <= len(name) <= 16:
                out.append((m.start(), m.end(), name + shared[m.start()]))
        elif h:
            # the words between the name and its head stay as written (“某某”专项治理行动); a count before the
            # head (“某某”等六大行动) names a set the name is one of
            counted = bool(h.group(1)) and _COUNTED_HEAD.match(h.group(1)) is not None or \
                _COUNT_BEFORE_HEAD.match(after) is not None     # (“甲”、“乙”等7个支部品牌: a set the names are of)
            # (“两癌”免费筛查: a short name keeps its head)
            label = prefix + name + (after[:h.end()].lstrip("0123456789年度等")
                                     if (prefix or h.group(1) or len(name) <= 2 and h.group(2) not in _BARE_HEADS)
                                     and not counted else "")
            out.append((m.start() - len(prefix), m.end() + h.end(), label))
        elif (t := _DESCRIBED_HEAD.match(text, m.end())) is not None and 2 <= len(name) <= 16 and "、" not in name:
            # “某某”新生儿某病筛查救治项目: the quoted name, what it does, the head; a short or counted name keeps all
            short = len(name) <= 3 or any(c.isdigit() for c in name)
            out.append((m.start(), t.end(), name + t.group(0) if short else name))
        elif name.endswith(_SELF_HEADED) and 4 <= len(name) <= 24 and "、" not in name:
            out.append((m.start(), m.end(), name))      # “某某活动”: the quoted name holds its own head
        elif before.endswith(_HEAD_BEFORE) and 3 <= len(name) <= 16 and "、" not in name and \
                not name.endswith(_DOCUMENTS):
            out.append((m.start(), m.end(), name))      # 主题活动“某某之旅”: the head before the name
        elif _PRACTICE_HEAD.match(text, m.end()) is not None and 3 <= len(name) <= 16 and \
                _PRACTICE_VERB.search(text, max(0, m.start() - 16), m.start()) is not None and \
                not name.endswith(_DOCUMENTS):
            # 实行人员、财务“三统一”管理, 推行“某某”帮扶模式, 落实“某某”政策: a named way of working the body puts in place
            out.append((m.start(), m.end(), name))
        elif before.endswith("以") and after.startswith(("为载体", "为抓手", "为平台", "为依托")) and \
                3 <= len(name) <= 16 and "、" not in name and not name.endswith(_DOCUMENTS):
            out.append((m.start(), m.end(), name))      # 以“某某”为载体: the named platform a body runs its work on
        elif before.endswith(PROGRAM_VERBS + ("推行", "举行")) and \
                (not re.match(r"[\u4e00-\u9fff]", after[:1]) or after[:1] in "和与及等" or after.startswith("系列")) \
                and 3 <= len(name) <= 16 and "、" not in name and not name.endswith(_DOCUMENTS) and \
                not _PRINCIPLE_AFTER.match(text, m.end()):
            out.append((m.start(), m.end(), name))
    for m in (_HOSTED.finditer(text) if "办的" in text or "起的" in text else ()):
        # 由某会主办的某某主题展览活动, 主办的“某某周”: an event a body hosts is one it carries out
        s, e = m.span(1) if m.group(1) else m.span(2)
        if not m.group(1) and (yr := re.match(r"\d{4}年度?", text[s:e])) is not None:
            s += yr.end()               # 主办的2024年某某宣传周: the year is no part of the name
        if not m.group(1) and (more := _MORE_HEADS.match(text, e)) is not None:
            e = more.end()              # 主题展览|展演活动: the lazy match stopped at the first head
        name = m.group(1) or text[s:e]
        if 3 <= len(name) <= 20 and not any(a < e and s < b for a, b, _ in out) and not _BAD_INNER.search(name) and \
                (name.endswith(_HOSTED_HEADS) if m.group(1) else _np_ok(tokens, s, e - len(m.group(3)), True)) and \
                not _GENERIC_NP.search(name) and not name.startswith(("大型", "小型", "各类")):
            # (a quoted title needs a campaign's head of its own: 主办的“某某”论坛 is a meeting, “某某” a slogan)
            out.append((s, e, name))
    for m in (_BOOK_THEN_HEAD.finditer(text) if "《" in text else ()):
        # 《某法》宣传周: a document's title, then a campaign's head, names the campaign about it
        out.append((m.start(), m.end(), m.group(0)))
    for m in (_LAUNCHED_ACTION.finditer(text) if "行动" in text else ()):
        # 启动了全国某某服务质量提升三年行动, 启动了为期三年的某某行动: an action named in full after the verb that
        # launches it
        g = 1 if m.group(1) else 2
        s, e = m.span(g)
        if not any(a < e and s < b for a, b, _ in out) and not _CLAUSE_WORDS.search(m.group(g)):
            out.append((s, e, m.group(g)))
    for m in (_THEMED.finditer(text) if "为主题的" in text else ()):
        # 以“某某”为主题的某某月活动: a campaign named in full after the theme it is given
        s, e = m.span(1)
        if not any(a < e and s < b for a, b, _ in out) and not _CLAUSE_WORDS.search(m.group(1)):
            out.append((s, e, m.group(1)))
    for m in (_ACTION_PLAN.finditer(text) if "《" in text else ()):
        s, e = m.span(1)
        if not any(a < e and s < b for a, b, _ in out) and not _CLAUSE_WORDS.search(m.group(1)):
            out.append((s, e, m.group(1)))
    for m in (_PLAN_OF.finditer(text) if "方案" in text else ()):
        # 制定《某委窗口提质建设实施方案》, 制定下发某系统廉洁进科室实施方案: the plan names the initiative it carries out
        s, e = m.span(2)
        name = m.group(2)
        cut = _place_before(name)
        s, name = s + cut, name[cut:]   # 《某市清廉医院建设实施方案》: the place the plan is for is no part of the name
        if _PLAN_NAME.fullmatch(name) and not any(a < e and s < b for a, b, _ in out):
            out.append((s, e, name))
    for m in (_HEALTHY_PLACE.finditer(text) if "健康" in text else ()):
        # 健康中国, 健康四川: a campaign named after a place
        if _PRODUCT.match(text, m.end() + (text[m.end():m.end() + 1] in "”\"")):
            continue                    # “健康某地”APP: a product
        if _is_place_name(m.group(1)) and not any(a <= m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), m.group(0)))
    for m in (_CLEAN_BUILT.finditer(text) if "清廉" in text else ()):
        # 推进清廉医院建设: building a clean hospital (机关, 卫健) is a campaign of its own name
        if not any(a < m.end(1) and m.start(1) < b for a, b, _ in out):
            out.append((m.start(1), m.end(1), m.group(1)))
    for m in (_SYSTEM_BUILT.finditer(text) if "建设" in text else ()):
        # 推进紧密型县域医共体建设: building a kind of care network is a programme, named with its scope
        s, e = m.start(1), m.end()
        if not any(a < e and s < b for a, b, _ in out):
            out.append((s, e, text[s:e]))
    for s, e, name in _unquoted(text, tokens):
        if not any(a < e and s < b for a, b, _ in out):
            out.append((s, e, name))
    for m in _TAILS.finditer(text):
        if re.match(r"(?:制度|机制|方案|体系)", text[m.end():m.end() + 2]):
            continue                      # 学习教育制度: a rule, not a programme
        if re.match(r"(?:展馆|展览馆|纪念馆|基地|馆)", text[m.end():m.end() + 3]):
            continue                      # 某地主题教育展馆: a hall named after the campaign
        etc = text[m.start() - 1:m.start()] == "等" and m.group(0) == "专项行动"
        s = _left_edge(text, tokens, m.start() - 1 if etc else m.start())
        v = _JOINED_AFTER_VERB.search(text, max(0, s - 12), s) if s is not None else None
        if v is not None and not etc:
            s = v.end(1)                # 开展树立和践行某某学习教育: two verbs joined by 和 open the name after the verb
        study = _STUDY_CAMPAIGN.search(text, max(0, m.start() - 36), m.start()) if m.group(0) in _STUDY_TAILS else None
        if study is not None:
            s = study.start(1)          # 开展学习贯彻某某思想主题教育: the whole name after the verb, its verbs inside it
        if s is None or m.start() - s < 2 or any(a <= s < b for a, b, _ in out):
            continue
        # 开展打击某某等专项行动: the campaign named before 等, under the head after it
        out.append((s, m.end(), text[s:m.start() - 1] + m.group(0) if etc else text[s:m.end()]))
    # 第32个某某卫生月, 第30个某某宣传周: a campaign month or week counted by its editions
    for m in (_OBSERVANCE.finditer(text) if "个" in text else ()):
        if not any(a < m.end(1) and m.start(1) < b for a, b, _ in out):
            out.append((m.start(1), m.end(1), m.group(1)))
    # 第四次全国农业普查: a national census, counted by its rounds
    for m in (_CENSUS.finditer(text) if "普查" in text else ()):
        if not any(a < m.end() and m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), m.group(0)))
    # 发布《某某行动提升计划（2021—2025年）》: a plan of action published by a body is a programme it runs
    for m in (_PLAN_PUBLISHED.finditer(text) if "计划" in text else ()):
        if not any(a < m.end(1) and m.start(1) < b for a, b, _ in out):
            out.append((m.start(1), m.end(1), m.group(1)))
    # 开展“某某”活动、某某防治项目和某某行动: unquoted names listed after a programme share its verb
    for a, b, _ in sorted(out):
        at = b
        while (nxt := _LISTED_AFTER.match(text, at)) is not None and \
                _np_ok(tokens, nxt.start(1), nxt.end(1), len(nxt.group(2)) >= 4) and \
                not _GENERIC_NP.search(nxt.group(1)):
            if not any(x < nxt.end() and nxt.start(1) < y for x, y, _ in out):
                out.append((nxt.start(1), nxt.end(2), nxt.group(1) + nxt.group(2)))
            at = nxt.end()
    return [(s, e, n) for s, e, n in out if not _CLAUSE_WORDS.search(n)]


# a study campaign is named by what it studies: 学习贯彻…主题教育, after the verb that runs it or opening a heading
_STUDY_CAMPAIGN = re.compile(r"(?:^|[【“「（(，]|开展|推进|推动|深化|参加|组织|启动|自|在)(学习(?:宣传)?贯彻[\u4e00-\u9fff]{2,30})$")
_STUDY_TAILS = ("主题教育", "学习教育", "专题教育")
_SYSTEM_BUILT = re.compile(r"(?:(?:加快|全面|深入|持续|扎实|大力)?(?:推进|推动|开展|深化|实施)|加快)((?!推进|推动)[\u4e00-\u9fff]{0,8}?(?:医共体|医联体|医疗联合体|医疗共同体|医疗集团|"
                           r"区域医疗中心))建设")
_CLEAN_BUILT = re.compile(r"(?:推进|推动|开展|深化|加强|实施|抓好|做好|持续|全面)(清廉[\u4e00-\u9fff]{2,4}?建设)(?![\u4e00-\u9fff]{0,1}(?:方案|制度|实施|工作方案))")
_JOINED_AFTER_VERB = re.compile(r"(开展|推进|实施|深化)[\u4e00-\u9fff]{2,4}和[\u4e00-\u9fff]{0,6}$")
_CENSUS = re.compile(r"第[一二三四五六七八九十]{1,3}次全国[\u4e00-\u9fff]{2,10}?普查")
_OBSERVANCE = re.compile(r"第[\d一二三四五六七八九十百]+个([\u4e00-\u9fff]{2,10}?[月周])(?=活动|系列|[，。、；”\s]|$)")
_PLAN_PUBLISHED = re.compile(r"(?:发布|印发|出台|启动|实施|下达)了?《([\u4e00-\u9fff]{2,20}?(?:行动|提升|推进|促进|振兴|发展|建设|健康)计划)"
                             r"(?:[（(][^）)]{0,15}[）)])?》")
_UQ_HEADS = "主题活动|专项整治行动|专项治理行动|专项行动|专项治理|专项整治|集中整治|综合防治|免费筛查|免费接种|活动年|建设年|提升年|攻坚年|活动|行动|工程|项目|运动|改革试点|试点|岗位计划|培养计划|" \
            "提升计划|行动计划|帮扶计划|扶贫计划|援助计划|资助计划|招募计划|招聘计划"
# 、某某防治项目和某某行动: a name listed after a programme, its own head closing it
_LISTED_AFTER = None
# 某某安全行动|提升计划: a head the lazy match stopped at, then a longer one closing the name
_LONGER_HEAD = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:提升计划|行动计划|提升行动|计划)(?=[，。、；和及与]|$)")
_UNQUOTED = re.compile(r"(?:" + "|".join(map(re.escape, sorted(PROGRAM_VERBS + ("以", "把", "举行"), key=len, reverse=True)))
                       + r")了?(?:为期[^的，。]{1,4}的)?(?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]{1,3}[批期轮届])?"
                       r"([^\W\d_的，。、；：“”《》（）()和及与并等]{2,14}?)(" + _UQ_HEADS + r")(?![\u4e00-\u9fff]{0,1}(?:部署|方案|制度|机制|成果|经验|措施|中|时))")
_LISTED_AFTER = re.compile(r"(?:活动|行动|项目)?[、和及与]([^\W\d_的，。、；：“”《》（）()和及与并等]{3,14}?)(" + _UQ_HEADS + r")"
                           r"(?![\u4e00-\u9fff]{0,1}(?:部署|方案|制度|机制|成果|经验|措施|中|时))")
_GENERIC_NP = re.compile(r"^(?:各类|各项|各种|系列|一系列|多种|相关|专项|主题|有关|一批|多项|现场|集中|日常|常规|专题|重大|重点|"
                         r"群众性|网上|线上|线下|各级|各|全(?!国[\u4e00-\u9fff]{4}|民)|这|此|该|本)|(?:实际|具体|一切)$")


def _slogan_numeral(t: Token, inner: list[Token], length: int) -> bool:
    """教育月, 一名党员一面旗帜, 万名医生…: a month or year closing a campaign's name, or a counted noun inside a long
    slogan, is part of the name; a count of activities (两个专项) is not."""
    if t.pos != "m" or t is inner[0] and t.word in ("月", "年", "周"):
        return False
    if t.word in ("月", "年", "周"):
        return True
    # 百日千万招聘专项行动: a slogan of round counts (百日, 千万) names the campaign by its scale
    return length >= 6 and len(t.word) == 2 and not t.word[0].isdigit() and \
        (t.word[1] in "名面个支张" or t.word in _ROUND_COUNTS)


_ROUND_COUNTS = frozenset("百日 千日 百天 千万 百万 万人 千人 百千万 万家 千家 百县 千村 万村 百城".split())


def _np_ok(tokens: list[Token], s: int, e: int, long_head: bool = False) -> bool:
    """The words of an unquoted programme name: no pronoun, numeral, preposition, adverb or particle, and a
    verb first only in a long name (出生缺陷干预工程, not 建设一批重大项目)."""
    inner = [t for t in tokens if s <= t.start and t.end <= e]
    if not inner or inner[0].start != s:
        return False
    if any(t.pos.startswith(("r", "m", "q", "p", "d", "u", "c", "t")) and not _slogan_numeral(t, inner, e - s)
           for t in inner):
        return False
    # (出生缺陷|综合防治: a four-character head names the work, a verb may open what it works on)
    return not (inner[0].pos.startswith(("v", "a")) and inner[0].pos != "vn" and e - s < (4 if long_head else 5))


# a verb that runs a programme inside the words before a head: two programmes' verbs, no name (组织开展; but 非法社会组织
# names what a campaign fights)
_VERB_IN_NP = re.compile(r"开展|推进|实施|^组织|组织(?:开展|实施|推进|发动)")


def _unquoted(text: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """Unquoted programme names after a verb that introduces one: 开展出生缺陷干预工程, 以某某活动为载体;
    and those coordinated with them (…工程和某某项目)."""
    out = []
    for m in _UNQUOTED.finditer(text):
        np_, head = m.group(1), m.group(2)
        if len(np_) < 3 and not head.endswith("年") and head != "改革试点":
            continue                    # a two-character stem names a campaign year (支部建设年), not an activity
        if np_.startswith(("争创", "力争", "争取")):
            continue                    # 以争创某某示范区为目标: an aim, no programme
        # (个人信息保护系列专项行动: a series of actions named by what they protect)
        np_end = m.end(1) - (2 if np_.endswith("系列") and len(np_) >= 6 else 0)
        if _GENERIC_NP.search(np_) or _VERB_IN_NP.search(np_) or \
                not _np_ok(tokens, m.start(1), np_end, len(head) >= 4):
            continue
        longer = _LONGER_HEAD.match(text, m.end())
        if longer is not None:
            out.append((m.start(1), longer.end(), np_ + head + longer.group()))
            continue
        out.append((m.start(1), m.end(2), np_ + head))
        nxt = re.match(r"[和及与、]([^\W\d_的，。、；：“”《》（）()和及与并等]{3,14}?)(" + _UQ_HEADS + ")", text[m.end():])
        if nxt:
            out.append((m.end() + nxt.start(1), m.end() + nxt.end(2), nxt.group(1) + nxt.group(2)))
    return out


def _place_before(name: str) -> int:
    """The length of a division named in full (某市, 某县) opening name, or 0."""
    from kg.gazetteer import known_place
    for n in range(min(len(name) - 3, 8), 1, -1):
        if name[n - 1] in "省市县区州旗" and known_place(name[:n]):
            return n
    return 0


def _is_place_name(word: str) -> bool:
    from kg.gazetteer import known_place
    return known_place(word) or word == "中国"


_LAST_LISTED = re.compile(r"、[\u4e00-\u9fff]{1,4}$")


def _quote_prefix(text: str, tokens: list[Token], pos: int) -> str:
    """Unquoted words glued to the front of a quoted name (老年人就医“一站通”): at most two nouns."""
    toks = [t for t in tokens if t.end <= pos]
    start = pos
    for t in reversed(toks[-2:]):
        if t.end != start or t.word in NOT_IN_NAME or not re.fullmatch(r"[\u4e00-\u9fff]+", t.word) or \
                not t.pos.startswith(("n", "vn", "v")) or t.pos.startswith(("nr", "ns", "nt")) or \
                t.word.endswith(PROGRAM_VERBS):
            break
        start = t.start
    if start < pos and _LAST_LISTED.search(text, max(0, pos - 6), pos):
        return ""                       # 进社区、进家庭“四进”活动: the last item of a list the name sums up
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
                not re.fullmatch(r"[\u4e00-\u9fff]+", t.word) or t.pos == "t" and t.word[0] in "本今昨明去前近当目日此上下":
            break                       # (本周/t 专项行动: a time said from now is no part of the name; 冬季 may be)
        if t.pos.startswith(("v", "a")):
            break                       # 检验主题教育: a verb before the tail is not part of the name
        start = t.start
        # 全国打击某某专项行动: a campaign's own verb (打击, 整治…) and its scope (全国) open its name, with one more
        # noun between the verb and this word (打击考试作弊)
        # (打击非法/b 行医专项行动: the word between may qualify the object, not only name it)
        if k >= 2 and tokens[k - 1].pos in ("n", "vn", "b") and tokens[k - 2].word in _CAMPAIGN_VERBS:
            k -= 1
        if k >= 1 and tokens[k - 1].word in _CAMPAIGN_VERBS and tokens[k - 1].end == tokens[k].start:
            start = tokens[k - 1].start
            if k >= 2 and tokens[k - 2].word in _CAMPAIGN_SCOPES and tokens[k - 2].end == start:
                start = tokens[k - 2].start
    return start


_CAMPAIGN_VERBS = frozenset("打击 严厉打击 整治 清理 治理 查处 严打 排查".split())
_CAMPAIGN_SCOPES = frozenset("全国 全省 全市 全县 全区".split())
