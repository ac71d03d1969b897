"""Honours from award patterns: 被X评为Y, 获评Y, 荣获Y, X授予Y“Z”称号, and a quoted honour before its recipient."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.lexicon import AIM_MARKERS, AWARD_AFTER_SUBJECT, HONOUR_HEADS, PASSIVE_AWARD, ROLES

_ROLE_WORDS = tuple(ROLES)

_CLAUSE_END = re.compile(r"[，。；！？,;!?：:]")
_PERIOD = re.compile(r"^(\d{4})\s*年?\s*(?:至|到|—|-|－|~)\s*(\d{4})\s*年度?")
_YEAR_PREFIX = re.compile(r"^(\d{4})\s*年度?")
_YEAR_IN_TEXT = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\s*(?:至|到|—|-))")
# 甲、乙等6家单位获评: the bodies listed before a count of them
_ETC_BODIES = re.compile(r"等(?:\d+|[一二两三四五六七八九十百]+)(?:家|个)(?:单位|医院|医疗机构|机构|集体|科室|部门)?"
                         r"(?:受到(?:通报)?表(?:彰|扬)[，,]并?)?(?:先后|分别|均|都)?")
# 甲、乙等132人获…: the people named are among those counted, each holding what all got
_ETC_PEOPLE = re.compile(r"等(?:\d+|[一二两三四五六七八九十百]+)(?:人|名|位)(?:同志|医务人员|献血者|志愿者)?(?:先后|分别|均|都)?")
_COMMENDED_CLAUSE = ("受到表彰，", "受到表扬，", "受到通报表彰，", "受到通报表扬，")
_GRADE = re.compile(r"[一二三]级|[甲乙丙]等|[一二三]甲")
_CHOSEN_AS = re.compile(r"是(?:(?P<y>(?:19|20)\d{2})年度?)?(?:由)?[^，。；“”]{2,30}?(?P<v>评选|评定|命名|表彰)的"
                        r"(?:首批|第[一二三四五六七八九十\d]+批)?[“\"](?P<h>[^“”\"]{2,30})[”\"]")
_COUNTED = re.compile(r"\d+\s*(?:人|名|位|个|家|支)|[一二两三四五六七八九十百]+(?:人|名|位|个|家)")
QUOTES = "“”\"‘’「」『』"
_INDIVIDUAL = ("个人", "标兵", "模范", "能手", "英雄", "工作者", "好人", "青年", "红旗手", "共产党员", "医生",
               "护士", "楷模", "之星", "人物", "奖章")
_INDIVIDUAL_RE = re.compile("|".join(_INDIVIDUAL))
_VERB_RE = {v: re.compile(re.escape(v)) for v in AWARD_AFTER_SUBJECT}
_PRONOUN = re.compile(r"他们|她们|他|她|它们|我们|大家|官兵|人员|团队|同志们")
_ADVERBIAL = re.compile(r"先后|曾经|曾|多次|连续|\d+年|[一二三四五六七八九十]+年|均|并|还|也|又|再次|首次|同时|已")
# 她先后荣获…, 工作以来他多次被评为…: a singular pronoun (after a phrase of time at most) as the clause's whole subject
_SINGULAR_SUBJECT = re.compile(r"(?:[\u4e00-\u9fff\d]{0,10}(?:以来|年来|期间|之后|以后|后|中|时))?(?:该同志|他|她|其)")


@dataclass(frozen=True)
class Span:
    """An entity mention in a sentence: offsets, identity key and whether it is a person."""

    start: int
    end: int
    key: str
    is_person: bool = False


@dataclass(frozen=True)
class AwardHit:
    """One honour read from a sentence."""

    recipient: str
    honour: str
    conferrers: tuple[str, ...] = ()
    year: int | None = None
    period: str | None = None


_GIVER_THEN_TITLE = re.compile(r"[\u4e00-\u9fff]{2,20}(?:医院|卫生院|保健院|局|委|委员会|总工会|妇联|妇女联合会|政府|中心|党委)"
                               r"[“\"]([^“”\"]{3,30})(?:[”\"]等?(?:荣誉)?(?:称号)?)?")


def clean_honour(raw: str) -> tuple[str, int | None, str | None]:
    """Strip quotes, 称号 and a leading year or period: (name, year, period)."""
    s = re.sub(r"(?:等+|等荣誉|等称号)$", "", raw.strip()).strip(QUOTES + " ")
    # 某市人民医院“2023年度先进科室”: the body before the quoted title gives it, the title is what is quoted
    given = _GIVER_THEN_TITLE.fullmatch(s)
    s = given.group(1) if given else s
    # “某某”称号（2023年）: the year the title was given, in brackets after it
    bracket = re.search(r"[（(]((?:19|20)\d{2})年度?[）)]$", s)
    s = s[:bracket.start()].strip(QUOTES + " ") if bracket else s
    s = re.sub(r"(荣誉)?称号$", "", s).strip(QUOTES + " ")
    s = re.sub(r"(?<=[”\"])(?:榜|榜单|名单)$", "", s).strip(QUOTES + " ")     # 入选“某某好人”榜
    s = re.sub(r"^了", "", s)
    # (授予甲等全国某某标兵称号: 等 closes the list of holders, the title follows it)
    s = re.sub(r"^等(?:\d+|[一二三四五六七八九十百两]+)?(?:名|位|人|个|家)?(?:单位|集体|同志)?", "", s)
    s = re.sub(r"^(?:个人|集体)(?=[一二三]等功)", "", s)
    s = re.sub(r"^(?:第[一二三四五六七八九十\d]+|首)(?:批|届)", "", s)
    s = "".join(c for c in s if c not in QUOTES).strip()
    year = int(bracket.group(1)) if bracket else None
    period = None
    m = _PERIOD.match(s)
    if m:
        period = m.group(0)
        s = s[m.end():]
    else:
        m = _YEAR_PREFIX.match(s)
        if m:
            year = int(m.group(1))
            s = s[m.end():]
            # 2023年第三季度“某某好人榜”: the quarter is when, not part of the title
            s = re.sub(r"^(?:第[一二三四]季度|上半年|下半年)", "", s) if "“" in raw or "\"" in raw else s
    return s.strip(QUOTES + " "), year, period


def looks_like_honour(name: str, quoted: bool = False) -> bool:
    """Honour titles end with words like 标兵, 先进集体, 红旗手; quoted titles are accepted more freely."""
    if not 3 <= len(name) <= 25 or re.search(r"[将被为且]", name) or ("的" in name and not quoted) or re.match(r"^(?:[\d一二两三四五六七八九十百几多各数]+(?:项|个|次|批|类|种|名|人)|多|各|一批|一系列|许多|诸多|众多|不少|很多|大量|种种|这些|那些|以下|如下|下列|上述|本次|此次|本届|该项|冠亚)", name):
        return False
    return name.endswith(HONOUR_HEADS) or (quoted and len(name) <= 20) or bool(_PRAISED_CALLING.search(name))


# 优秀护士, 最美乡村医生, 十佳医师: a calling praised is a title; a calling alone (被评为主任医师) is a rank, no honour
_PRAISED_CALLING = re.compile(r"(?:优秀|最美|十佳|百佳|杰出|金牌|十大|好)(?:乡村医生|村医|护士长?|医生|医师|药师|护师|医务工作者|"
                              r"卫生工作者|护理工作者|疾控人|卫健人|医护|天使)$")


def _split_list(text: str) -> list[str]:
    """Honours listed with 、; 和 and 及 separate two honours only when both halves are honours (和平 is a word)."""
    out = []
    for piece in (p for p in re.split(r"、|(?<=”)(?:和|及|与|以及)?(?=“)", text) if p.strip()):
        parts = [p for p in re.split(r"以及|和|及", piece) if p.strip()] if not any(q in piece for q in QUOTES) else [piece]
        if len(parts) > 1 and all(looks_like_honour(clean_honour(p)[0], any(q in p for q in QUOTES)) for p in parts):
            out.extend(parts)
        else:
            out.append(piece)
    return out


def _award_text(text: str, start: int) -> tuple[str, int] | None:
    """The honour named from start to the clause's end, or None when it only qualifies a noun that follows
    (获得…“友谊奖”的外国专家); 某某颁发的Y gives (Y, offset of 某某)."""
    end = _CLAUSE_END.search(text, start)
    chunk = text[start:end.start() if end else len(text)]
    # 获得了“某某”的称号: the 的 joins the quoted honour to 称号, it qualifies no other noun
    chunk = re.sub(r"([”\"])的((?:荣誉)?称号)", r"\1\2", chunk)
    # (“省级群众满意的乡镇卫生院”: a 的 inside the quoted title is the title's own)
    bare = re.sub(r"[“\"][^“”\"]*[”\"]", lambda q: "＿" * len(q.group()), chunk)
    if "的" in bare:
        cut = bare.index("的")
        head, tail = chunk[:cut], chunk[cut + 1:]
        if head.endswith(("颁发", "授予", "评选", "设立", "颁授")) and tail:
            return tail, start + len(head) + 1
        return None
    return chunk, start


# 在某委召开的…大会上，某院被授予…: the body that holds the meeting confers what is given at it; 某局印发通报，某科被评为…:
# the body that issues the notice; 获某委表彰，荣膺…: the body that commends
_HOST = re.compile(r"(?:^|(?<=[，。；：\s]))(?:在|由)([^，。；]{2,30}?)(?:召开|举行|举办|主办)的[^，。；]{0,30}?(?:大会|会议|仪式|典礼)上[，,]?"
                   r"|(?:^|(?<=[，。；：\s]))([^，。；]{2,30}?)(?:印发|下发|发布|发出)(?:了)?(?:通报|通知|决定|表彰决定)[，,]"
                   r"|获([^，。；]{2,30}?)(?:通报)?(?:表彰|表扬|嘉奖)[，,]")
# 获评“某某”，由某委表彰: the conferrer named after the honour
_BY_AFTER = re.compile(r"[，,](?:由|经)([^，。；]{2,30}?)(?:表彰|颁发|授予|命名|评选|评定)")


def _host_before(text: str, spans: list[Span], pos: int) -> tuple[str, ...]:
    """The bodies that confer what a clause ending at pos gives: the host of the meeting it is given at, the
    issuer of the notice it is given in, the body that commends (_HOST), in the sentence before pos."""
    if not any(w in text for w in ("召开", "举行", "举办", "主办", "印发", "下发", "发布", "发出", "表彰", "表扬", "嘉奖")):
        return ()
    for m in _HOST.finditer(text, 0, pos):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        if m.end() > pos:
            continue
        found = tuple(s.key for s in spans if m.start(g) <= s.start and s.end <= m.end(g) and not s.is_person)
        if found:
            return found
    return ()


def _commended_by(text: str, spans: list[Span], pos: int) -> tuple[str, ...]:
    """The bodies named in a clause right after the honour as the ones that commend it (，由某委表彰)."""
    m = _BY_AFTER.match(text, pos) if "由" in text or "经" in text else None
    return tuple(s.key for s in spans if m is not None and m.start(1) <= s.start and s.end <= m.end(1) and
                 not s.is_person)


def _last_before(spans: list[Span], pos: int, lo: int = 0) -> Span | None:
    cands = [s for s in spans if lo <= s.start and s.end <= pos]
    return cands[-1] if cands else None


def _note_owner(text: str, spans: list[Span], span: Span | None) -> Span | None:
    """甲（某中心血站）获得…: a body in brackets right after a person is the person's unit, the person the holder."""
    if span is None or span.is_person or text[span.start - 1:span.start] not in ("（", "(") or \
            text[span.end:span.end + 1] not in ("）", ")"):
        return span
    return next((s for s in spans if s.is_person and s.end == span.start - 1), span)


_HOSTED_FRAME = re.compile(r"(?:组织|举办|主办|开展|发起|组织开展)的[^，。；]{0,20}?(?:评选|评比|竞赛|比赛|大赛|活动)[^，。；]{0,4}?中")
_COMMENDED = re.compile(r"对([^，。；对]{2,30}?)(?:进行了?|予以|给予)(?:通报)?(?:表扬|表彰|嘉奖)")
_ON_THE_ROLL = re.compile(r"(?:等(?:\d+|[一二三四五六七八九十]+)(?:个|家|名|位|支)(?:单位|集体|同志|个人)?)?(?:榜上有名|受到表彰|受到表扬|获此殊荣)")
_SPEAKS = re.compile(r"说|表示|介绍|告诉|谈到|回忆")


def _pronoun_referent(text: str, clause: str, spans: list[Span], pos: int, referent: str | None) -> str | None:
    """The person a clause's singular pronoun subject (她先后) stands for: the one person named before it, if any."""
    # (某某说，她…: the pronoun is someone the speaker speaks of)
    if referent is None or _SPEAKS.search(text, 0, pos):
        return None
    m = _SINGULAR_SUBJECT.match(clause)
    if m is None or _ADVERBIAL.sub("", clause[m.end():]).strip():
        return None
    before = {s.key for s in spans if s.is_person and s.end <= pos}
    return referent if before <= {referent} else None


def _holders_clause(text: str, pos: int) -> int:
    """Where the clause of the award verb at pos begins; 甲、乙等8个单位受到表彰，被授予…: the clause the commendation
    closes goes on with its holders."""
    start = max((c.end() for c in _CLAUSE_END.finditer(text, 0, pos)), default=0)
    if text.endswith(_COMMENDED_CLAUSE, 0, start):
        start = max((c.end() for c in _CLAUSE_END.finditer(text, 0, start - 1)), default=0)
    return start


def find_awards(text: str, spans: list[Span], subject: str | None, referent: str | None = None) -> list[AwardHit]:
    """Awards stated in one sentence; subject is the key of the body the sentence is about, if known.

    referent is the person a singular pronoun (他, 她) stands for here: the one person the text last named alone."""
    hits: list[AwardHit] = []
    sentence_year = None
    m = _YEAR_IN_TEXT.search(text)
    if m:
        sentence_year = int(m.group(1))

    # 被 X(、Y) 评为 Z
    for m in (re.finditer("被", text) if "被" in text else ()):
        b = m.start()
        rest = text[b + 1:b + 40]
        verb = next(((rest.index(v), v) for v in PASSIVE_AWARD if v in rest and not _CLAUSE_END.search(rest[:rest.index(v)])), None)
        if not verb:
            continue
        vpos = b + 1 + verb[0] + len(verb[1])
        conferrers = tuple(s.key for s in spans if b < s.start and s.end <= vpos - len(verb[1]) and not s.is_person) or \
            _host_before(text, spans, b)
        clause_start = _holders_clause(text, b)
        recip = _note_owner(text, spans, _last_before(spans, b, clause_start))
        them = _pronoun_referent(text, text[clause_start:b], spans, b, referent) if recip is None else None
        if them is not None:
            recip = Span(0, 0, them)
        if recip is None:
            if _PRONOUN.search(text[clause_start:b]) or \
                    re.search(r"[\u4e00-\u9fff]{2,}", _ADVERBIAL.sub("", text[clause_start:b])):
                continue
            person = _last_before([s for s in spans if s.is_person], b)
            after = text[b:b + 40]
            if person is not None and _INDIVIDUAL_RE.search(after):
                recip = person
            elif referent is not None and _INDIVIDUAL_RE.search(after) and not _SPEAKS.search(text, 0, b):
                recip = Span(0, 0, referent)    # 2019年，被某委评为先进个人: one of a feature's honours, in a list
            elif subject is not None and subject not in conferrers:
                recip = Span(0, 0, subject)     # (never the body that confers it)
            else:
                continue
        got = _award_text(text, vpos)
        if got is None:
            continue
        honour_text, _ = got
        recips = _listed_before(text, spans, recip) if recip.end else [recip]
        for piece in _split_list(honour_text):
            name, y, period = clean_honour(piece)
            quoted = any(q in piece for q in QUOTES)
            if looks_like_honour(name, quoted):
                # (the sentence's year where it states one award only: 先后被甲评为A，2022年被授予B gives A no year)
                one_award = len(_AWARD_VERB_ANY.findall(text)) <= 1
                year = _year_before(text, b) or y or (sentence_year if one_award else None) \
                    if not period else _year_before(text, b)
                for r in recips:
                    hits.append(AwardHit(r.key, name, conferrers, year, period))

    # X 获评/荣获/获得 Y
    for verb in AWARD_AFTER_SUBJECT:
        if verb not in text:
            continue
        for m in _VERB_RE[verb].finditer(text):
            v0, v1 = m.start(), m.end()
            if any(text.startswith(o, v0) for o in AWARD_AFTER_SUBJECT if len(o) > len(verb)) or \
                    any(v0 >= len(o) - len(verb) and text[v0 - len(o) + len(verb):v1] == o for o in AWARD_AFTER_SUBJECT if len(o) > len(verb)):
                continue
            if verb == "获" and (text[v1:v1 + 1] in "得评奖取悉批益的" or text[v0 - 1:v0] in "查捕收斩缴破俘截抓擒猎荣喜"):
                continue
            clause_start = _holders_clause(text, v0)
            clause = text[clause_start:v0]
            if any(a in clause for a in AIM_MARKERS):
                continue
            recip = _note_owner(text, spans, _last_before(spans, v0, clause_start))
            # (在某委组织的评选中荣获…: the body that held the contest gives the honour, it does not win it)
            host = recip if recip is not None and not recip.is_person and _HOSTED_FRAME.match(text, recip.end) and \
                text[clause_start:recip.start].rstrip().endswith("在") else None
            if host is not None:
                recip = None
                clause = text[clause_start:host.start - 1]
            them = _pronoun_referent(text, clause, spans, v0, referent) if recip is None else None
            if host is not None and them is None:
                them = referent if referent is not None and not _SPEAKS.search(text, 0, v0) else \
                    subject if subject != host.key else None
                if them is None:
                    continue            # (the host named, the winner not: no award read)
            if them is not None:
                recip_key = them
            elif recip is None:
                if _COUNTED.search(clause) or _PRONOUN.search(clause) or \
                        re.search(r"[\u4e00-\u9fff]{2,}", _ADVERBIAL.sub("", clause)):
                    continue
                recip_key = subject
                if referent is not None and not (subject or "").startswith("person:") and \
                        _INDIVIDUAL_RE.search(text, v1, v1 + 40) and not _SPEAKS.search(text, 0, v0):
                    recip_key = referent        # 2020年，获评某某先进个人: the feature's person, not its body
            else:
                if _COUNTED.search(text[recip.end:v0]) and not _ETC_BODIES.fullmatch(text, recip.end, v0) and \
                        not (recip.is_person and _ETC_PEOPLE.fullmatch(text, recip.end, v0)):
                    continue
                recip_key = recip.key
            if recip_key is None:
                continue
            recips = _listed_before(text, spans, recip) if recip is not None else []
            if text[v1:v1 + 1] in "者的":
                continue                # 获得者: the people, not an honour
            got = _award_text(text, v1)
            if got is None:
                continue
            honour_text, hpos = got
            q = re.search(r"[“\"「]", honour_text)
            qpos = hpos + q.start() if q else hpos
            by = tuple(s.key for s in spans if v1 <= s.start and s.end <= qpos and not s.is_person)
            if q and by:
                honour_text = honour_text[q.start():]
            by = by or _commended_by(text, spans, hpos + len(honour_text)) or _host_before(text, spans, v0) or \
                ((host.key,) if host is not None else ())
            pieces = [p for p in _split_list(honour_text)
                      if looks_like_honour(clean_honour(p)[0], any(q in p for q in QUOTES))]
            # 甲、乙分别获评A和B: one each, in order; 甲、乙获评A: both
            pairs = list(zip(recips, pieces)) if len(recips) > 1 and len(recips) == len(pieces) and \
                "分别" in text[recip.end:v0] else [(r, p) for r in (recips or [Span(0, 0, recip_key)]) for p in pieces]
            for r, piece in pairs:
                name, y, period = clean_honour(piece)
                hits.append(AwardHit(r.key, name, by, y or _year_before(text, v0), period))

    # 某某是2022年某委评选的“Z”: the holder, then the year and the body that chose it
    for m in (_CHOSEN_AS.finditer(text) if "的" in text else ()):
        holder = _last_before(spans, m.start(), max((c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())), default=0))
        if holder is None or holder.end != m.start():
            continue
        name, y, period = clean_honour(m.group("h"))
        if not looks_like_honour(name, quoted=True) or _GRADE.search(name):
            continue                    # (是某委评定的“三级甲等医院”: a grade, no honour)
        by = tuple(s.key for s in spans if m.start() < s.start and s.end <= m.start("v") and not s.is_person)
        year = int(m.group("y")) if m.group("y") else y
        hits.append(AwardHit(holder.key, name, by, year, period))

    # X 授予 Y “Z” 称号; X 追授 Y Z称号 (unquoted, right after the name)
    grants = list(re.finditer(r"授予|追授", text))
    for m in grants:
        conf = _last_before([s for s in spans if not s.is_person], m.start())
        if conf is not None and grants[0] is not m and conf.end > grants[0].start():
            # 甲授予乙等20个单位…称号，授予丙等50名同志…: the later grant's giver is the first's, no holder of it
            conf = _last_before([s for s in spans if not s.is_person], grants[0].start())
        after = [s for s in spans if s.start >= m.end() and s.start - m.end() <= 2]
        q = _QUOTED_TITLE.search(text, m.end())
        if q is None or _CLAUSE_END.search(text, m.end(), q.start()):
            # 授予甲、乙等34名同志“某某奖章”: a quoted honour closing its clause, with no 称号 after it
            q2 = _QUOTED_HONOUR.search(text, m.end())
            if q2 is not None and not _CLAUSE_END.search(text, m.end(), q2.start()) and \
                    looks_like_honour(clean_honour(q2.group(1))[0]):
                q = q2
            elif q is not None and _CLAUSE_END.search(text, m.end(), q.start()) and "、" not in text[m.end():q.start()]:
                q = None                # 授予甲“某某勋章”，授予乙…称号: the title after the comma is the next grant's
        if not after and referent is not None and text[m.end():m.end() + 1] in ("她", "他") and q is not None and \
                not _CLAUSE_END.search(text, m.end(), q.start()):
            # 中共某县委授予她“某某”称号: the pronoun stands for the one person the text last named alone
            name, y, period = clean_honour(q.group(1))
            confs = tuple(c.key for c in _listed_before(text, [s for s in spans if not s.is_person], conf)) if conf else ()
            hits.append(AwardHit(referent, name, confs, y or sentence_year, period))
            continue
        if after and (q is None or after[0].end > q.start()):
            q = _UNQUOTED_TITLE.match(text, after[0].end)
            if q is not None and not looks_like_honour(q.group(1)):
                q = None
            if q is None:
                q = _LISTED_TITLE.match(text, _list_end(text, spans, after[0]))
        if not after or not q or after[0].end > q.start():
            continue
        recips = [s for s in spans if after[0].start <= s.start and s.end <= q.start()]
        name, y, period = clean_honour(q.group(1))
        year_in = re.search(r"(\d{4})年度?", q.group(0)) if not y else None
        y = int(year_in.group(1)) if year_in else y    # (10位优秀女性2020年度全国某某称号: the year of the title)
        # (甲、乙决定授予…: each body of the list before the verb confers it)
        confs = tuple(c.key for c in _listed_before(text, [s for s in spans if not s.is_person], conf)) if conf else ()
        for r in recips:
            hits.append(AwardHit(r.key, name, confs, y or sentence_year, period))

    # 某委对…先进单位进行了通报表扬，甲、乙等10个单位榜上有名: the body commends, those listed after hold the title
    c = commendation(text, spans)
    roll = _ON_THE_ROLL.search(text, c.end) if c is not None else None
    if roll is not None:
        hits += commended_holders(text, spans, c, c.end, roll.start(), sentence_year)
    hits.extend(conferred_on_subject(text, spans, subject))
    hits.extend(_merits(text, spans))

    # “荣誉”单位/个人 — a quoted honour right before its recipient, as in lists of those honoured
    for m in re.finditer(r"“([^“”]{3,30})”", text):
        name, y, period = clean_honour(m.group(1))
        after = [s for s in spans if s.start == m.end()]
        if not after or not looks_like_honour(name, quoted=False):
            continue
        first = after[0]
        person = next((s for s in spans if s.start == first.end and s.is_person), None)
        recip = person or first
        hits.append(AwardHit(recip.key, name, (), y, period))
    # 第七届全国某某模范、某公司飞行员某某，时代楷模某某: a title opening a clause, its holder named after it (past
    # the body and post that describe the holder)
    for m in _TITLE_BEFORE_NAME.finditer(text):
        person = next((s for s in spans if s.is_person and s.start >= m.end()), None)
        if person is None or _CLAUSE_END.search(text, m.end(), person.start) or \
                not (person.start == m.end() or text[m.end()] == "、"):
            continue
        name, y, period = clean_honour(m.group(1))
        if 4 <= len(name) <= 20 and "的" not in name:     # (助人为乐模范: 为 inside an idiom of the title)
            hits.append(AwardHit(person.key, name, (), y, period))
    # “某某勋章”获得者：甲、乙: the holders named after the title they hold
    for m in HOLDERS_OF.finditer(text):
        name, y, period = clean_honour(m.group(1))
        if not looks_like_honour(name, quoted=True):
            continue
        # the holders listed right after the title, one after another (a description between ends the list)
        pos = m.end()
        for s in sorted((s for s in spans if s.is_person and s.start >= m.end()), key=lambda s: s.start):
            if s.start != pos:
                break
            hits.append(AwardHit(s.key, name, (), y, period))
            pos = s.end + 1 if text[s.end:s.end + 1] in "、和" else -1
    # 某院院士、某某科学技术奖获得者、某院教授某某: an award held, unquoted, as an item of the chain before a name
    for m in (_CHAIN_HOLDER.finditer(text) if "获得者" in text else ()):
        name, y, period = clean_honour(m.group(1))
        person = next((s for s in sorted(spans, key=lambda s: s.start) if s.is_person and s.start > m.end()), None)
        if person is not None and not re.search(r"[，。；：,;:]", text[m.end():person.start]) and \
                looks_like_honour(name, quoted=True):
            hits.append(AwardHit(person.key, name, (), y, period))
    for m in (_WON_ROLL.finditer(text) if "：" in text or ":" in text or "的有" in text or "的是" in text else ()):
        # 获评先进个人的同志（部分）：甲（某院）、乙（某科）…: the people listed after the colon, each holder
        name, y, period = clean_honour(m.group(1) or m.group(2) or m.group(3))
        if looks_like_honour(name, quoted=True):
            listed = sorted((s for s in spans if s.is_person and s.start >= m.end()), key=lambda s: s.start)
            pos = m.end()
            for s in listed:
                if s.start != pos:
                    break
                hits.append(AwardHit(s.key, name, (), y or _year_before(text, m.start()), period))
                note = _UNIT_NOTE.match(text, s.end)
                pos = note.end() if note is not None else s.end + 1 if text[s.end:s.end + 1] in "、和" else -1
    return _dedupe(hits)


# 获评某某的同志（部分）：, 荣获某某称号的个人：: a roll of the holders follows the colon
_WON_ROLL = re.compile(r"(?:获评|荣获|被评为|获得)([^，。；：:、]{2,30}?)(?:称号|荣誉称号)?的(?:同志|个人|人员|先进个人|代表)"
                       r"(?:[（(]部分[）)])?(?:有|是|名单)?[：:]"
                       # 获得某某奖金奖的有甲、乙等412人: the holders right after 的有
                       r"|(?:获评|荣获|被评为|获得)([^，。；：:、]{2,30}?)(?:称号|荣誉称号)?的(?:有|是)(?=[\u4e00-\u9fff])"
                       # 以下同志被评为先进个人：甲（某科）、乙: the lead of a roll within a sentence
                       r"|(?:以下|下列)(?:同志|个人|人员)被[^，。；：:“”]{0,30}?(?:评为|授予)[“\"]?([^，。；：:、“”\"]{2,30}?)[”\"]?"
                       r"(?:称号|荣誉称号)?[：:]")


_CHAIN_HOLDER = re.compile(r"(?<=[、，是])([\u4e00-\u9fff]{3,16}?(?:奖|勋章|奖章))获得者(?=、)")
_TITLE_BEFORE_NAME = re.compile(r"(?:^|(?<=[，。；：、,;:]))((?:第[一二三四五六七八九十\d]+届)?(?:全国|全省|全市|全区|全县|全军|中国|时代|最美)"
                                r"[\u4e00-\u9fff]{0,12}?(?:模范|楷模|标兵|红旗手|先进个人|先进工作者|英雄|好人|最美[\u4e00-\u9fff]{1,4}))"
                                r"(?![\u4e00-\u9fff]{0,2}(?:称号|评选|活动|事迹|精神|表彰|名单))")
# 授予甲、乙、丙11位优秀女性全国某某标兵荣誉称号: after a list of holders, its count and what they are, the title
_LISTED_TITLE = re.compile(r"等?(?:[\d]+|[一二三四五六七八九十百千两]+)(?:名|位|人|个)[\u4e00-\u9fff]{0,6}?(?:\d{4}年度?)?"
                           r"((?:全国|全省|全市|全军|中国)[\u4e00-\u9fff]{2,20}?)(?:荣誉)?称号")


_LIST_ITEMS = re.compile(r"(?:[、和及][\u4e00-\u9fff·]{2,6}?(?=[、和及]|等?(?:\d+|[一二三四五六七八九十百千两]+)(?:名|位|人|个)))*")


def _list_end(text: str, spans: list[Span], first: Span) -> int:
    """Where a 、-list of names opening at first ends (its items closed by a count need not all be read)."""
    end = first.end
    for s in sorted((s for s in spans if s.start > first.start), key=lambda s: s.start):
        if s.start == end + 1 and text[end] in "、和及":
            end = s.end
        elif s.start > end + 1:
            break
    counted = _LIST_ITEMS.match(text, first.end)
    return max(end, counted.end()) if counted else end


# 给甲、乙记一等功, 为某大队记集体二等功, 追记个人一等功: a merit recorded for those named after 给/为
MERIT = re.compile(r"(?:追记|荣记|记)(?:个人|集体)?([一二三]等功)")
_MERIT_TO = re.compile(r"[给为]")


def _merits(text: str, spans: list[Span]) -> list[AwardHit]:
    """给甲，乙记一等功: the people named between 给 (or 为) and the verb, or with none the body named last
    before it; the body named before 给 confers it."""
    hits = []
    for m in MERIT.finditer(text):
        lo = max(text.rfind("；", 0, m.start()), text.rfind("。", 0, m.start()))
        to = [g for g in _MERIT_TO.finditer(text, lo + 1, m.start())]
        if not to:
            continue
        b = to[0].end()
        inside = [s for s in spans if b <= s.start and s.end <= m.start()]
        people = [s for s in inside if s.is_person]
        recips = people or ([inside[-1]] if inside and inside[-1].end >= m.start() - 2 else [])
        conf = _last_before([s for s in spans if not s.is_person], to[0].start())
        for r in recips:
            hits.append(AwardHit(r.key, m.group(1), (conf.key,) if conf else (), _year_before(text, m.start())))
    return hits


_QUOTED_TITLE = re.compile(r"[“\"]([^“”\"]{2,30})[”\"]\s*(?:国家|全国)?(?:荣誉)?称号")
_UNQUOTED_TITLE = re.compile(r"(?:同志)?([\u4e00-\u9fff]{4,24}?)(?:荣誉)?称号")
# “某某勋章”获得者：甲、乙 (public: the pipeline looks for the holders' names right after it)
HOLDERS_OF = re.compile(r"[“\"]([^“”\"]{2,30})[”\"](?:荣誉称号|称号)?获得者[：:，,、]?")


_QUOTED_HONOUR = re.compile(r"[“\"]([^“”\"]{2,30})[”\"](?=[，。；,;]|$)")
_CONFERRED_TITLE = re.compile(r"(?:追授|追记|追认|授予)(?:其|他|她|他们|她们)?[“\"]([^“”\"]{2,30})[”\"](?:国家|全国)?(?:荣誉)?称号")


def conferred_on_subject(text: str, spans: list[Span], subject: str | None) -> list[AwardHit]:
    """追授“Z”称号 with no recipient after the verb: it goes to the person the sentence is about (the last
    named before the verb), or to the sentence's subject."""
    hits = []
    for m in _CONFERRED_TITLE.finditer(text):
        if any(s.start >= m.start() and s.end <= m.start(1) for s in spans):
            continue                    # 授予某某“Z”称号: find_awards reads the recipient named after the verb
        person = _last_before([s for s in spans if s.is_person], m.start())
        if person is None and text[m.start() - 1:m.start()] == "被":
            continue                    # 某院党委被授予…: find_awards reads the body before 被, not the subject
        name, y, period = clean_honour(m.group(1))
        # with no person named, a body can hold the title only if it is not one for individuals
        recip = person.key if person is not None else None if _INDIVIDUAL_RE.search(name) else subject
        if recip is None:
            continue
        conf = _last_before([s for s in spans if not s.is_person], m.start(),
                            person.end if person is not None else 0)
        if conf is not None and conf.key == recip:
            continue                    # (某某被某委授予…: the body that confers it is not who holds it)
        if person is not None and any(not s.is_person and s is not conf and person.end <= s.start and s.end <= m.start()
                                      and _CLAUSE_END.search(text, person.end, s.start) for s in spans):
            continue                    # 科长某某带领…，采血科被某委授予: a later clause's subject holds it
        if looks_like_honour(name, quoted=True):
            hits.append(AwardHit(recip, name, (conf.key,) if conf else (), y or _year_before(text, m.start()), period))
    return hits


# ORG(、ORG)* 发布/揭晓/评选出 (YEAR年)“H”: an honour announced, its holders listed in a sentence that follows
_ANNOUNCE = re.compile(r"(?:发布|揭晓|评选出|推选出|公布|表彰)了?(?:(?:19|20)\d{2}年度?)?(?:第[一二三四五六七八九十\d]+批|首批)?"
                       r"[“\"]([^“”\"]{2,30})[”\"]")
# 公布2020年全国某某楷模名单: an honour announced by its list of holders, unquoted
_ANNOUNCE_LIST = re.compile(r"(?:发布|揭晓|公布|公示)了?(?:(?:19|20)\d{2}年度?)?([\u4e00-\u9fff]{2,24}?)(?:名单|榜单)")
_INTRODUCED = re.compile(r"(?:邀请|介绍|推介)了?(?:[一二三四五六七八九十两\d]+(?:位|名))[“\"]([^“”\"]{2,30})[”\"]")
_COUNTED_WIN = re.compile(r"(?:\d+|[一二三四五六七八九十百两]+)(?:名|位)[\u4e00-\u9fff]{0,12}?(?:获得|荣获|获)(?:了)?"
                          r"([\u4e00-\u9fff]{2,16}?(?:奖章|勋章|奖))(?=[，。；、]|$)")
_REPRESENTED = re.compile(r"以([^。；]{2,300}?)为代表")
_THEY_ARE = re.compile(r"(?:他们|她们)(?:分别)?是")
_THESE_ARE = re.compile(r"(?:这|这些|上述)(?:\d+|[一二三四五六七八九十百两]+)?(?:个|名|位|支|家)?(?:群体|集体|单位|个人|同志|先进典型)?"
                        r"(?:分别)?是[：:]?")
_COUNTED_GRANT = re.compile(r"(?:授予|追授)(?:\d+|[一二三四五六七八九十百两]+)(?:个|名|位|支|家)[^“”。；]{0,20}?[“\"]([^”\"]{2,20})[”\"]"
                            r"(?:荣誉)?称号")

_SELECTED = re.compile(r"(?:光荣|成功)?(?:入选|当选|获评|上榜|获此殊荣)")


@dataclass(frozen=True)
class Announced:
    """An honour whose holders a following sentence lists."""

    honour: str
    conferrers: tuple[str, ...]
    year: int | None
    period: str | None


def announced_honour(text: str, spans: list[Span]) -> Announced | None:
    """The honour a sentence announces (某部、某委发布了2024年“某某”), with the bodies that announce it."""
    m = _ANNOUNCE.search(text) or _ANNOUNCE_LIST.search(text)
    granted = _COUNTED_GRANT.search(text) if m is None else None
    if granted is not None:
        # 某部授予10个某某群体“某某”称号: the holders, counted here, a list after names (这10个群体是：…)
        name, y, period = clean_honour(granted.group(1))
        clause_start = max((c.end() for c in _CLAUSE_END.finditer(text, 0, granted.start())), default=0)
        by = tuple(s.key for s in spans if clause_start <= s.start and s.end <= granted.start() and not s.is_person)
        return Announced(name, by, y or _year_before(text, granted.start()), period) if looks_like_honour(name) else None
    if m is None:
        won = _COUNTED_WIN.search(text)
        if won is not None:
            # 35名护理人员获得某某奖: a count of people won it; who they are, a list after says (他们分别是…)
            name, y, period = clean_honour(won.group(1))
            return Announced(name, (), y, period) if looks_like_honour(name) else None
        m = _INTRODUCED.search(text)
        if m is None:
            return None
        # 邀请五位“最美某某”与记者见面: the holders are introduced, by no one who is said to confer the title
        name, y, period = clean_honour(m.group(1))
        if not name.startswith("最美") and not looks_like_honour(name):
            return None
        return Announced(name, (), y, period)
    name, y, period = clean_honour(m.group(1))
    # a document or a plan can be "published" too: only a title that reads as an honour is announced
    if not looks_like_honour(name, quoted=True) or not (looks_like_honour(name) or _INDIVIDUAL_RE.search(name)
                                                        or name.startswith("最美")):
        return None
    clause_start = max((c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
    # (某部将在某台某频道发布: the body where it is announced confers nothing)
    by = tuple(s.key for s in spans if clause_start <= s.start and s.end <= m.start() and not s.is_person and
               not _VENUE.search(text, clause_start, s.start))
    return Announced(name, by, y or _year_before(text, m.end()), period)


_VENUE = re.compile(r"在[^，。；、和与及]{0,12}$")


def opens_holder_list(text: str) -> bool:
    """他们是…, 她们分别是…: the sentence opens a list of the holders just introduced."""
    return _THEY_ARE.match(text) is not None


def selected_holders(text: str, spans: list[Span], announced: Announced) -> list[AwardHit]:
    """甲、乙、丙…光荣入选 after an announced honour: each person listed gets it."""
    rep = _REPRESENTED.search(text)
    if rep is not None:
        # 以甲、乙……和某某团队为代表的…: the holders the announcement names as its examples
        return [AwardHit(s.key, announced.honour, announced.conferrers, announced.year, announced.period)
                for s in spans if rep.start(1) <= s.start and s.end <= rep.end(1)]
    if _THEY_ARE.match(text):
        # 他们是甲；乙；丙: the holders just introduced, each named in this sentence
        return [AwardHit(s.key, announced.honour, announced.conferrers, announced.year, announced.period)
                for s in spans if s.is_person]
    these = _THESE_ARE.match(text)
    if these is not None:
        # 这10个群体是：甲，乙，丙: the counted holders, one to an item after the colon, bodies or people; an item's
        # holder is the name that closes it (由某院、某院组建的某医疗队 is the team)
        out = []
        for item in re.finditer(r"[^，；。]+", text[these.end():]):
            end = these.end() + item.end()
            closing = [sp for sp in spans if sp.end == end and sp.start >= these.end() + item.start()]
            out += [AwardHit(sp.key, announced.honour, announced.conferrers, announced.year, announced.period)
                    for sp in closing[:1]]
        return out
    m = _SELECTED.search(text)
    if m is None or re.search(r"[“\"]", text[m.end():m.end() + 3]):
        return []                       # 入选“某某”: an honour of its own, read by find_awards
    clause_start = max((c.end() for c in _CLAUSE_END.finditer(text, 0, m.start())), default=0)
    people = [s for s in spans if s.is_person and clause_start <= s.start and s.end <= m.start()]
    if not people:
        return []
    listed = [s for s in _listed_before(text, spans, people[-1]) if s.is_person]
    # 甲、乙等3名个人和某某科光荣入选: a body named right before the verb is selected too
    last = _last_before(spans, m.start(), people[-1].end)
    if last is not None and not last.is_person and re.fullmatch(r"(?:等?\d*[名位个]?(?:个人|同志)?)?(?:和|及|以及|与)", text[people[-1].end:last.start]) \
            and last.end == m.start():
        listed.append(last)
    return [AwardHit(s.key, announced.honour, announced.conferrers, announced.year, announced.period) for s in listed]


@dataclass(frozen=True)
class Commendation:
    """A body's commendation of a title's holders (某委对…先进单位进行了通报表扬); end is where it is said."""

    honour: str
    year: int | None
    period: str | None
    conferrer: str | None
    end: int


def commendation(text: str, spans: list[Span]) -> Commendation | None:
    """The commendation a sentence states, with the body before 对 that makes it, or None."""
    c = _COMMENDED.search(text) if "对" in text else None
    if c is None:
        return None
    name, y, period = clean_honour(c.group(1))
    if not looks_like_honour(name):
        return None
    conf = _last_before([s for s in spans if not s.is_person], c.start())
    return Commendation(name, y, period, conf.key if conf else None, c.end())


# 获表扬的单位有：甲；乙: the holders of a commendation just stated, listed after a colon
_COMMENDED_ARE = re.compile(r"(?:获|受到)?(?:表扬|表彰)的(?:先进)?(?:单位|集体|个人|同志)(?:有|是|为|分别是)[：:]")


def commended_holders(text: str, spans: list[Span], c: Commendation, start: int, end: int,
                      year: int | None) -> list[AwardHit]:
    """Awards of a commendation's title to the bodies (or, for a personal title, the people) between start and end."""
    listed = [s for s in spans if start < s.start and s.end <= end and
              (s.is_person if c.honour.endswith(("个人", "工作者")) else not s.is_person)]
    listed = [s for s in listed if not any(o is not s and o.start <= s.start and s.end <= o.end for o in listed)]
    return [AwardHit(s.key, c.honour, (c.conferrer,) if c.conferrer else (), c.year or year, c.period) for s in listed]


# 授予甲等6个集体“某某先进集体”称号，授予乙等10名同志“某某先进个人”称号: titles granted to sets named by one member
_GRANTED_SET = re.compile(r"等(?:\d+|[一二三四五六七八九十百两]+)(?:个|家|名|位|支)(集体|单位|科室|同志|个人|人)?"
                          r"[“\"]([^“”\"]{2,40})[”\"](?:荣誉)?称号")


def granted_sets(text: str, conferrer: str | None, year: int | None) -> list[tuple[bool, Commendation]]:
    """(personal?, the title) of each title a sentence grants to a set of holders it names by one of them."""
    out = []
    for m in (_GRANTED_SET.finditer(text) if "称号" in text else ()):
        name, y, period = clean_honour(m.group(2))
        personal = m.group(1) in ("同志", "个人", "人") or name.endswith(("个人", "工作者"))
        out.append((personal, Commendation(name, y or year, period, conferrer, m.end())))
    return out


def set_listed(text: str) -> bool | None:
    """受表彰的先进个人是：…: whether a sentence lists the holders of a personal title (True), of a collective one
    (False), or none (None)."""
    m = _COMMENDED_ARE.search(text)
    if m is None:
        return None
    return "个人" in m.group(0) or "同志" in m.group(0)


def holders_listed(text: str, spans: list[Span], c: Commendation) -> list[AwardHit]:
    """获表扬的单位有：甲；乙 after a commendation: its holders."""
    m = _COMMENDED_ARE.search(text)
    return commended_holders(text, spans, c, m.end() - 1, len(text), None) if m is not None else []


def _DESCRIBED_ITEM(text: str, prev: Span, cur: Span) -> bool:
    """某科主任甲、某科护士长乙: two people listed, the second described by a unit and a post before the name."""
    gap = text[prev.end:cur.start]
    # (甲，某院副院长乙，某卫生院院长丙等20名同志被评为: a roll of people described, set off by commas, closed by a count)
    comma = gap.startswith("，") and _COUNTED_PEOPLE.match(text, cur.end) is not None
    return prev.is_person and cur.is_person and (gap.startswith("、") or comma) and 2 < len(gap) <= 24 and \
        not re.search(r"[，。；：、,;:]", gap[1:]) and gap.endswith(_ROLE_WORDS)


_COUNTED_PEOPLE = re.compile(r"[^。；]{0,30}?等(?:\d+|[一二三四五六七八九十百两]+)(?:名|位|人)")


# 甲（某科）、乙: a person's unit in brackets between the items of a list
_UNIT_NOTE = re.compile(r"[（(][^（）()，。；]{1,24}[）)][、和及与]")


def _listed_before(text: str, spans: list[Span], last: Span) -> list[Span]:
    """The mentions listed with 、, 和 or 及 that end with last (甲、乙和丙获评…), in order."""
    out = [last]
    cur = last
    while True:
        prev = [s for s in spans if s.end <= cur.start and (text[s.end:cur.start] in ("、", "和", "及", "与", "，") or
                                                           _DESCRIBED_ITEM(text, s, cur) or
                                                           s.is_person and _UNIT_NOTE.fullmatch(text, s.end, cur.start) or
                                                           # (甲院某某、乙院某某等: each name after its body)
                                                           s.is_person and cur.is_person and
                                                           text[s.end:s.end + 1] == "、" and
                                                           any(o.start == s.end + 1 and o.end == cur.start and
                                                               not o.is_person for o in spans))]
        if not prev or text[prev[-1].end:cur.start] == "，":
            break
        cur = prev[-1]
        out.insert(0, cur)
    return out


def _year_before(text: str, pos: int) -> int | None:
    """The last year written before pos, but not one inside an earlier award's own clause (甲获评2023年度“A”，乙荣获“B”:
    2023 is A's year, not B's)."""
    owned = [(v.end(), c.start() if (c := _CLAUSE_SEP.search(text, v.end(), pos)) else pos)
             for v in _AWARD_VERB_ANY.finditer(text, 0, pos)]
    years = [int(m.group(1)) for m in _YEAR_IN_TEXT.finditer(text, 0, pos)
             if not any(a <= m.start() < b < pos for a, b in owned)]
    return years[-1] if years else None


_AWARD_VERB_ANY = re.compile(r"获评|荣获|评为|授予|获得|荣膺")
_CLAUSE_SEP = re.compile(r"[，；,;]")


def _dedupe(hits: list[AwardHit]) -> list[AwardHit]:
    seen, out = set(), []
    for h in hits:
        k = (h.recipient, h.honour)
        if k not in seen:
            seen.add(k)
            out.append(h)
    return out


# --- rolls of honour: a heading naming the honour, then its holders one line or one 、-list at a time ---------------
_ROLL_HEADING = re.compile(r"[◆●■▲★☆◇○•▪►]?\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])?\s*"
                           r"(?P<h>(?:(?:19|20)\d{2}年度?)?[“\"]?[^“”\"：:（）()，。；、]{2,30}?[”\"]?)\s*"
                           r"(?:[（(](?P<note>[^（）()]{1,24})[）)])?\s*[：:]?")
_NOTE_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十百两]+)\s*(?:个|名|人|家|支|项|位)")
# 促进奖（单位奖）, 某某奖（个人）: a note saying what kind of holder the roll lists
_NOTE_KIND = re.compile(r"(?:单位|个人|集体|团体|团队|组织)奖?")
_NOTE_GIVER = ("授予", "颁发", "评选", "命名", "表彰", "评定")
_ROLL_PIECE = re.compile(r"[^、，,；;：:\s　（）()]+|[（(][^（）()]*[）)]")
_ROLL_CONTEXT = re.compile(r"表彰|表扬|名单|获奖|授予|评为|喜报|荣誉|获评|荣获")


@dataclass(frozen=True)
class RollHeading:
    """An honour heading a roll of its holders; giver is the span of a note naming who conferred it."""

    honour: str
    year: int | None
    period: str | None
    giver: tuple[int, int] | None


def roll_heading(line: str, context: str, announced: bool = False) -> RollHeading | None:
    """The honour a line heads a roll of (一、先进集体（10个）, 某市工人先锋号（某市总工会授予）：), or None.

    context is the text before the line: a roll follows words of commendation (表彰, 名单, 喜报 …); announced says a
    list was announced just before (名单如下：) or a roll is being read."""
    if len(line) > 40:
        return None
    led = _LEAD_OF_ROLL.fullmatch(line.strip()) or _HOLDERS_LEAD.fullmatch(line.strip())
    if led is None and not _ROLL_CONTEXT.search(context):
        return None                     # (a lead line, 以下同志被…评为“某某”：, says itself that a roll follows)
    if led is not None:
        # 以下同志被某县委评为“优秀共产党员”：: the lead line names the honour and who conferred it
        name, year, period = clean_honour(led.group("h"))
        g = next((g for g in ("giver", "giver2") if g in led.re.groupindex and led.group(g)), None)
        giver = (led.start(g) + line.index(line.strip()), led.end(g) + line.index(line.strip())) if g else None
        return RollHeading(name, year, period, giver) if looks_like_honour(name, quoted=True) else None
    m = _ROLL_HEADING.fullmatch(line)
    if m is None:
        return None
    raw = m.group("h")
    name, year, period = clean_honour(raw)
    if name in _RANKS:
        # 某某奖获奖名单 / 金奖：甲　乙: a rank of the award the list above it names
        # (the lines of higher ranks may stand between the list's title and this one)
        listed = next((m for ln in reversed(context.rstrip().split("\n")[-8:])
                       if (m := _AWARD_OF_LIST.search(ln.strip())) is not None), None)
        if listed is None:
            # (某某奖…按献血次数分设金奖、银奖、铜奖。…名单如下：: the award whose ranks the text set out before)
            listed = next((m for ln in reversed(context.rstrip().split("\n")[-8:])
                           if (m := _AWARD_WITH_RANKS.search(ln.strip())) is not None), None)
        if listed is None:
            return None
        award, year, period = clean_honour(listed.group(1))
        return RollHeading(award + name, year, period, None)
    if is_category_heading(name):
        return None
    note = m.group("note")
    counted = bool(note and (_NOTE_COUNT.fullmatch(note) or _NOTE_KIND.fullmatch(note)))
    # (三、优秀乡村医生（5名）: a count of holders makes a heading of any title)
    # (表彰名单如下：优秀医师：甲、乙: after a list announced, any short title heads a roll)
    if not looks_like_honour(name, quoted=counted or announced and len(name) <= 12 or any(q in raw for q in QUOTES)):
        return None
    if note and not (_NOTE_COUNT.fullmatch(note) or note.endswith(_NOTE_GIVER) or _NOTE_KIND.fullmatch(note)):
        return None
    giver = (m.start("note"), m.end("note")) if note and note.endswith(_NOTE_GIVER) else None
    return RollHeading(name, year, period, giver)


_RANKS = frozenset("金奖 银奖 铜奖 特等奖 一等奖 二等奖 三等奖 优秀奖".split())
_AWARD_OF_LIST = re.compile(r"((?:(?:19|20)\d{2}(?:[—-](?:19|20)\d{2})?年度?)?[\u4e00-\u9fff“”]{2,24}?奖)(?:获奖|获得者|表彰|拟表彰)?"
                            r"(?:人员|个人|集体|单位)?名单[：:]?$")
_AWARD_WITH_RANKS = re.compile(r"([\u4e00-\u9fff“”]{4,24}?奖)[^。\n]{0,30}?(?:分设|设有|设立|分为)[^。\n]{0,6}?(?:金奖|特等奖|一等奖)")
# 以下同志被某县委评为“优秀共产党员”：, 下列单位荣获“某某”称号：
_LEAD_OF_ROLL = re.compile(r"[◆●■▲★☆◇○•▪►]?\s*(?:(?:以下|下列)(?:同志|单位|集体|个人|科室|人员)?(?:被(?P<giver>[^“”\"：:]{2,40}?)"
                           r"(?:评为|授予|表彰为|命名为)|荣获|获评|获得)"
                           # 某委决定，授予以下同志“某某”称号：: the body deciding, then the grant
                           r"|(?P<giver2>[^“”\"：:，,]{2,30}?)(?:研究)?决定[，,]?(?:授予|追授)(?:以下|下列)(?:同志|单位|集体|个人|科室|人员)?)"
                           r"[“\"](?P<h>[^“”\"]{2,30})[”\"](?:荣誉)?(?:称号)?[：:]")
# 获得“某某”称号的有：: the holders listed under the honour they got (no conferrer named)
_HOLDERS_LEAD = re.compile(r"[◆●■▲★☆◇○•▪►]?\s*(?:获得|荣获|被授予|获评)[“\"](?P<h>[^“”\"]{2,30})[”\"]"
                           r"(?:荣誉)?(?:称号)?的(?:同志|个人|单位|集体)?(?:有|是)[：:]")
# 一、集体荣誉 / 二、个人荣誉: headings sorting a roll by kind of holder, no honour's name
_CATEGORY_HEADING = re.compile(r"(?:集体|个人|单位|团队|科室|部分|其他|主要|所获|获奖|表彰|先进)?(?:荣誉|奖项|表彰)(?:榜|墙|情况|名单|一览)?"
                               r"|(?:获奖|表彰|荣誉)(?:情况|名单|一览)")


def is_category_heading(name: str) -> bool:
    """一、集体荣誉, 个人荣誉, 获奖情况: a heading that sorts a roll, naming no honour."""
    return _CATEGORY_HEADING.fullmatch(name) is not None


def roll_item(line: str) -> bool:
    """A line that can hold an item of a roll: names and bodies, no sentence (no stop, no verb of award), no credit
    line (来源：某局 / 编辑：某某 end the article, and the roll with it)."""
    # (先进集体（6个）：甲、乙、丙。 — a roll written as one sentence, a list and nothing else, may close on a stop)
    if line.endswith(("。", "；", ";")) and "、" in line and not re.search(r"[，,]", line):
        line = line[:-1]
    return len(line) <= 200 and not re.search(r"[。！？!?]", line) and \
        not re.search(r"被[^，；。]{0,30}(?:评为|授予|表彰为|命名为)|荣获|获评|获得|授予|喜获|荣膺", line) and \
        not _CREDIT_LINE.match(line)


_CREDIT_LINE = re.compile(r"\s*(?:来源|作者|编辑|责任编辑|责编|审核|审稿|审校|校对|初审|复审|终审|排版|美编|监制|统筹|撰稿|撰文|"
                          r"供稿|摄影|摄像|文|图)\s*[：:/／]")


def roll_names(line: str, taken: list[tuple[int, int]], plausible) -> list[tuple[int, int]]:
    """Names standing alone as items of a roll line (甲、乙; 某科 甲; 某镇：甲), outside brackets and the spans taken."""
    out = []
    for m in _ROLL_PIECE.finditer(line):
        s, e = m.span()
        piece = m.group(0)
        if piece[0] in "（(" or any(a < e and s < b for a, b in taken):
            continue
        if 2 <= len(piece) <= 4 and plausible(piece):
            out.append((s, e))
    return out
