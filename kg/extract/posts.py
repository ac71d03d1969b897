"""Posts and the bodies they are held in: 机构 + 职务(、职务) + 人名, and posts named after the person."""
from __future__ import annotations

import re
from typing import Any

from kg.extract.people import TAKES_POST
from kg.gazetteer import known_place
from kg.lexicon import POST_OF_ONE_BODY
from kg.segment import Token

# (post title or None, the body it is held in or None, former): the body is whatever the caller
# paired with each organisation span
Post = tuple[str | None, Any, bool]


def text_of(tokens: list[Token]) -> str:
    """The text a token list was cut from."""
    return "".join(t.word for t in tokens)


def qualified_post(tokens: list[Token], ps: int, roles) -> bool:
    """新加坡总理某某, 国家主席某某: a noun right before the posts qualifies them; only a bare post
    (由主任某某任组长) is read as a post in the body the article is about."""
    chain = [r for r in roles if r.end <= ps]
    first = chain[-1].start if chain else ps
    for r in reversed(chain[:-1]):
        if r.end in (first, first - 1):
            first = r.start
    text = text_of(tokens)
    if first > 0 and text[first - 1] == "原":
        first -= 1                      # 原党委副书记某某: a former post, still bare
    if first > 0 and text[first - 1] not in "，。；：,;:由（(" and not _PORTFOLIO.search(text, 0, first):
        return True                     # 某某、国务委员某某: a list of people, not the article's body
    prev = [t for t in tokens if t.end <= first]
    return bool(prev) and prev[-1].end == first and prev[-1].pos.startswith(("n", "j"))


# 分管公共卫生工作的副院长某某: the post's portfolio before it, no other body
_PORTFOLIO = re.compile(r"(?:^|[，。；：,;:])(?:分管|主管|负责|协管)[\u4e00-\u9fff、]{1,14}的$")


# (任命某某（兼）为…: an appointment names the body and the post right after the name)
_AFTER_CUE = re.compile(r"(?:同志)?[，,]?(?:现已|目前|已经|现|已|被|同时|还)?(现任|不再担任|任|担任|兼任|挂任|挂职|出任|调任|升任|赴任|就任|接任|被任命为|任命为|原任|曾任|的|作为|"
                        r"(?:[（(](?:兼|女|男|[\u4e00-\u9fff]{1,4}族)(?:[，,][^）)]{1,6})?[）)])?为|[（(]原|"
                        # (甲（女，某院某科主任）: the note on the person, then the posts)
                        r"[（(](?:女|男)(?:[，,][\u4e00-\u9fff]{1,4}族)?[，,]|[（(])")


_NOTICE_GAP = re.compile(r"(同志)?")
_IN_BODY = re.compile(r"(?:[，,])?(曾经|曾|先后)?(?:一直|长期)?(?:在|被[\u4e00-\u9fff]{0,4}?(?:选派|派驻|派|调|安排|分配)到|调到|调入)")
_SERVES = re.compile(r"(?:担任|任|出任|兼任)")
_WORKS = re.compile(r"(?:工作|任职|上班)")


def posts_after(text: str, pe: int, roles, orgs, named_by: str | None = None) -> list[Post]:
    """某某任县卫生健康局局长, 某某现任…院长, 免去某某的…职务: posts named after the person. named_by: the verb of a
    notice the name follows (免去某某(同志)某院副院长职务: the body and post right after the name, former)."""
    m = _AFTER_CUE.match(text, pe) or TAKES_POST.match(text, pe)
    if not m and named_by is not None:
        m = _NOTICE_GAP.match(text, pe)
        if m is not None and not any(sp.start == m.end() for sp, _ in orgs):
            m = None
    if not m:
        # 某某(曾)在某研究所担任副所长: the body the person serves in, then the post
        m = _IN_BODY.match(text, pe)
        sp = max((sp for sp, _ in orgs if m is not None and sp.start == m.end()), key=lambda sp: sp.end, default=None)
        if sp is not None and _WORKS.match(text, sp.end):
            # 某某在某院工作: a member of the body, with no post
            return [(None, next(o for s, o in orgs if s is sp), bool(_IN_BODY.match(text, pe).group(1)))]
        m = _SERVES.match(text, sp.end) if sp is not None else None
        if m is None:
            return []
        role = next((r for r in roles if r.start == m.end()), None)
        return [(role.text, next(o for s, o in orgs if s is sp), bool(_IN_BODY.match(text, pe).group(1)))] \
            if role is not None else []
    cue = m.group(1) if m.re is not _NOTICE_GAP else ("的" if named_by == "免去" else "任")
    pos = m.end()
    out = []
    while True:
        # (全国人大 and 全国人大常委会法制工作委员会 both start here: the longer, which the post follows)
        span = max(((sp, o) for sp, o in orgs if sp.start == pos), key=lambda x: x[0].end, default=None)
        org = span[1] if span is not None else None
        if span is not None:
            pos = span[0].end
        role = next((r for r in roles if r.start == pos), None)
        if role is None or (org is None and not out and role.text not in POST_OF_ONE_BODY):
            break                       # (…为国务委员: a post that exists in one body only names it)
        out.append((role.text, org or (out[-1][1] if out else None), cue in ("原任", "曾任", "的", "不再担任") or cue.endswith("原")))
        pos = role.end
        if text[pos:pos + 1] in "、兼":
            pos += 1
            continue
        break
    if cue == "的" and not text.startswith("职务", pos):
        return []               # 某某的…: only 免去某某的…职务 states a post
    if cue[:1] in "（(" and not cue.endswith("为") and not text.startswith(("）", ")"), pos):
        return []               # 某某（…）: only a parenthesis that is nothing but posts
    if out and text.startswith(("，不再担任", ",不再担任"), pos):
        out += posts_after(text, pos, roles, orgs)    # 某某任甲职，不再担任乙职务: the post given up, former now
    return out


# words that may stand between a body and its post (某会联席主席, 某中心现任主任, 某中心前主任: 前/原 → former)
_BETWEEN_BODY_AND_POST = frozenset(("原", "前", "现任", "新任", "联席", "常务", "执行", "首席", "代理", "时任", "的", "疫情", "防疫",
                                    "的一位", "的一名", "一位", "一名", "资深", "首任", "特聘", "兼职", "学部", "挂职"))
# a programme or a department of the body between it and the post (某组织紧急项目负责人, 某中心某防处研究员, 某大学呼吸内科教授, 某医院
# 重症医学一科护士长, 某医院感染十三科护理六组组长, 某医院内科ICU护士长): the post is still held in that body
_PROGRAMME_BETWEEN = re.compile(r"(?:[A-Z]{2,5}(?:病房|病区)?|[\u4e00-\u9fff]{1,6}(?:项目|事务|计划|分队)|(?!办事|代表)[\u4e00-\u9fff]{1,3}[处室]|"
                                r"某[\u4e00-\u9fff]{0,3}(?:研究室|研究所|教研室|学院|系|室|所|部|处|科)|"
                                r"(?!派出|办事|代表)[\u4e00-\u9fff]{2,6}(?:所|研究室|教研室)|\d{1,4}(?:教研室|研究室|室|所)|"
                                r"(?:[A-Za-z]{0,5}[\u4e00-\u9fff]{0,8}?[一二三四五六七八九十\d]*(?:科|病区|病房|门诊|护理组|组|监护室)"
                                r"(?:[A-Za-z]{2,5})?){1,2})")
# 某院某科26岁的护士某某: the age of the person between the body and the post
_AGE_OF = re.compile(r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})岁的$")


_BRACKETED = re.compile(r"[（(][^（）()，。；,;]{1,12}[）)]")


def _between_ok(between: str) -> bool:
    # (某院的“90后”护士: a quoted tag of age or kind between them changes nothing)
    between = _QUOTED_TAG.sub("", between) if "“" in between else between
    # (某机关党委（人事工作部）原副书记: a body's other name or its office in brackets changes nothing either)
    between = _BRACKETED.sub("", between) if "（" in between or "(" in between else between
    between = _AGE_OF.sub("", between) if "岁" in between else between
    # (某小学90后青年教师, 某院一线年轻护士: a generation or a standing of the person changes nothing)
    between = _GENERATION.sub("", between) if between else between
    return not between or between in _BETWEEN_BODY_AND_POST or _PROGRAMME_BETWEEN.fullmatch(between) is not None


_PARTY_BODIES = ("党支部", "党总支", "临时党支部")
_QUOTED_TAG = re.compile(r"“[^“”]{1,6}”")
_GENERATION = re.compile(r"^(?:的)?(?:(?:\d0|\d{2})后)?(?:青年|年轻|一线|优秀|骨干)?$")


_AS_POST = re.compile(r"作为[^，。；]{2,30}$")


def posts_as(text: str, ps: int, roles, orgs) -> list[Post]:
    """作为某院的院长，某某…: the post the clause before the name casts the person in."""
    if text[ps - 1:ps] not in "，," or not any(r.end == ps - 1 for r in roles):
        return []
    r = next(r for r in roles if r.end == ps - 1)
    if not _AS_POST.search(text, 0, r.start):
        return []
    return posts_before(text, ps - 1, roles, orgs)


def _chain_to_body(text: str, pos: int, roles, orgs) -> bool:
    """Posts joined by 、 back from pos reach a body's name (某委党委委员、|副主任)."""
    while text[pos - 1:pos] == "、":
        role = next((r for r in roles if r.end == pos - 1), None)
        if role is None:
            return False
        if any(sp.end == role.start for sp, _ in orgs):
            return True
        pos = role.start
    return False


def posts_before(text: str, ps: int, roles, orgs, commas: bool = False) -> list[Post]:
    """The posts named right before a name, each with its body; with commas (an obituary's 某某同志), a chain
    of body-and-post pairs separated by ， too (第X届某委员会委员长，某院原副院长，…某某同志)."""
    out = []
    pos = ps
    crossed = False
    while True:
        role = next((r for r in roles if r.end == pos), None)
        if role is None:
            # 某院院士、某奖获得者、某院终身教授: an item naming an honour held stands in the chain, not a post
            held = _HOLDER_ITEM.search(text, max(0, pos - 24), pos)
            if held is not None:
                pos = held.start()
                role = next((r for r in roles if r.end == pos), None)
        if role is None:
            break
        # (the body right before the post first: 某医疗队|某医院某科主任 is the department's head)
        org_span = next(((sp, o) for sp, o in orgs if sp.end == role.start), None) or \
            next(((sp, o) for sp, o in reversed(orgs) if sp.end < role.start and _between_ok(text[sp.end:role.start])),
                 None)
        org = org_span[1] if org_span else None
        if crossed and org is None and not _chain_to_body(text, role.start, roles, orgs):
            break                       # past a comma only a post with its own body is the person's
            # (某委党委委员、副主任，某局局长某某: posts after the body before the comma are the person's too)
        former = role.former or bool(org_span and (text[max(0, org_span[0].start - 1):org_span[0].start] == "原" or
                                                   _FORMER_INSIDE.search(text, org_span[0].start, org_span[0].end) or
                                                   _former_abroad(text[org_span[0].start:org_span[0].end]) or
                                                   text[org_span[0].end:role.start] in ("原", "前")))
        pos = role.start - (1 if role.former else 0)
        if org is None:
            # 国家主席 in 某某总书记、国家主席、某某主席某某: a post qualified by a word that names no body here;
            # the list goes on before it, and the post takes no body from it
            q = _QUALIFIER.search(text, 0, pos)
            if q is not None and role.text.endswith(_HEADS_OF_PLACES) and known_place(q.group()):
                q = None                # 、某市市长某某: the city's government, found by the caller from the place
            if q is not None and q.end() == pos and q.start() > 0 and text[q.start() - 1] in "、，":
                out.append((role.text, _UNHELD, former))
                pos = q.start()
                if text[pos - 1] == "、":
                    pos -= 1
                    continue
                break
        out.append((role.text, org, former))
        if org is not None:
            pos = org_span[0].start     # this mention's start: the same body may be named twice in the chain
            term = _TERMS_BEFORE.search(text, 0, pos)
            if term is not None:
                pos = term.start()      # 第十届、十一届某委员会: the terms listed before the body are its own
        # 某局局长、原某院院长某某, 原某院院长、现任某局局长某某: a mark of time opens its own item of the chain
        mark = next((m for m in ("现任", "现", "原") if org is not None and text.endswith(m, 0, pos) and
                     text[pos - len(m) - 1:pos - len(m)] == "、"), None)
        if mark is not None:
            pos -= len(mark)
        if pos > 0 and text[pos - 1] in "、兼":
            pos -= 1
            continue
        if commas and org is not None and pos > 1 and text[pos - 1] == "原" and text[pos - 2] == "，":
            pos -= 1                    # ，原某公司名誉董事长某某同志: 原 marks its own segment only
        if commas and org is not None and pos > 0 and text[pos - 1] == "，":
            pos -= 1
            crossed = True
            continue
        break
    # posts listed after one organisation share it (某委党委书记、主任某某); a post never takes a body named after it
    # (原某院主任、主任医师: posts that take the body from a former post before them are former too)
    carried, carried_former, fixed = None, False, []
    for r, o, f in reversed(out):
        if o is not None:
            carried_former = f
        carried = None if o is _UNHELD else o or carried
        held = carried
        if o is None and held is not None and getattr(held, "parent", None) is not None and \
                getattr(held, "name", "").endswith(_PARTY_BODIES) and not any(w in r for w in ("书记", "委员", "党")):
            held = held.parent          # 某科党支部书记、副主任: the second post is the department's, not the branch's
        if o is None and held is not None and r.lstrip("副常务执行") in GOVERNMENT_HEADS and \
                not getattr(held, "name", "").endswith("政府"):
            held = None                 # 某市委常委、副市长: the mayor's post is the city government's, found from the place
        if o is not _UNHELD:
            # (原主席、名誉主席: an honorary post is held for life, not covered by the 原 of the post before it)
            fixed.append((r, held, f or (o is None and carried is not None and carried_former and
                                         not r.startswith(("名誉", "荣誉")))))
    return list(reversed(fixed))


# the heads of a place's people's government (a post of the government, never of the place's Party committee)
GOVERNMENT_HEADS = frozenset("省长 市长 县长 区长 州长 旗长 镇长 乡长 盟长".split())
_UNHELD = object()
_HOLDER_ITEM = re.compile(r"、[“”\"\u4e00-\u9fff]{2,20}?(?:获得者|得主)$")
_FORMER_INSIDE = re.compile(r"[省市县区]原")


def former_abroad(name: str) -> int:
    """Where 前 stands after the country opening a body's name (某国前某某局), or -1."""
    from kg.gazetteer import world_places
    k = name.find("前")
    return k if 2 <= k <= 6 and name[:k] in world_places() and len(name) - k > 3 else -1


def _former_abroad(name: str) -> bool:
    return former_abroad(name) > 0
_HEADS_OF_PLACES = ("省长", "市长", "县长", "区长", "州长")
_TERMS_BEFORE = re.compile(r"(?:第?[一二三四五六七八九十百零〇\d]+届、)*第?[一二三四五六七八九十百零〇\d]+届$")
# (a body the rules do not read, 某某研究中心主任, still ends at the list's 、)
_QUALIFIER = re.compile(r"(?<=[、，])[\u4e00-\u9fff]{1,10}(?:中心|研究院|研究所|学院|书院|协会|学会|基金会|实验室)$|"
                        r"[\u4e00-\u9fff]{1,6}$")
