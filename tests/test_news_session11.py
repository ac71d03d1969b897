"""Readings added in the eleventh session, from blind reviews of articles of the corpus's genre. Names are invented."""
from __future__ import annotations

import pytest

from kg.articles import credit_names, make_documents
from kg.model import HonourAward, Membership, Relation
from readings import bodies, carriers, honours, memberships, persons


@pytest.mark.parametrize("text, expected", [
    # a singular pronoun as the clause's subject stands for the one person the text last named alone
    ("吴兰芳是汝城县人民医院儿科主任。从医二十年来，她先后荣获“郴州市优秀医师”“湖南省三八红旗手”等称号。",
     [("吴兰芳", "湖南省三八红旗手"), ("吴兰芳", "郴州市优秀医师")]),
    ("汝城县人民医院副院长秦志远组织义诊。他还获得了“市劳动模范”称号。", [("秦志远", "市劳动模范")]),
    ("汝城县人民医院副院长秦志远组织义诊。工作以来，他多次被评为“优秀共产党员”。", [("秦志远", "优秀共产党员")]),
    # two people named before: whom the pronoun means is unknown
    ("汝城县人民医院院长田春生和护士罗小梅一起下乡。她多次被评为“优秀护士”。", []),
    # a speaker's pronoun is someone the speaker speaks of
    ("汝城县人民医院护士罗小梅来到村里。院长说，她多次被评为“优秀护士”。", []),
    # a plural pronoun is no one person
    ("汝城县人民医院护士罗小梅来到村里。她们多次被评为“优秀护士”。", []),
])
def test_honours_of_a_pronoun_subject(text, expected):
    assert honours(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a two-character surname the dictionary tags as a place or a noun (欧阳/ns, 端木/n), after a post
    ("汝城县疾控中心检验科科长欧阳菲菲说，要做好工作。", [("欧阳菲菲", "科长", "汝城县疾病预防控制中心检验科")]),
    ("汝城县人民医院院长端木兰主持会议。", [("端木兰", "院长", "汝城县人民医院")]),
])
def test_two_character_surnames_after_posts(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("汝城县疾控中心检验科科长欧阳菲菲荣获“全省疾控系统先进个人”。", [("欧阳菲菲", "全省疾控系统先进个人")]),
    # an honour only a person holds is not given to the body before an unread name
    ("汝城县疾控中心检验科科长某某荣获“全省疾控系统先进个人”。", []),
    ("汝城县疾控中心荣获“全省疾控系统先进集体”。", [("汝城县疾病预防控制中心", "全省疾控系统先进集体")]),
])
def test_personal_honours_go_to_people(text, expected):
    assert honours(text) == expected


_BODY = ("近日，汝城县卫生健康局召开年度总结大会。会上，局党组书记、局长何建平作了讲话，县人民医院、县妇幼保健院、"
         "土桥镇中心卫生院等单位负责人参加会议，大家表示要继续努力工作，为人民群众健康保驾护航。")


@pytest.mark.parametrize("text, title, authors", [
    # credits closing the article, one to a line: the writer is the author, editors and reviewers are not
    ("汝城县卫生健康局召开总结大会\n" + _BODY + "\n来源：汝城县卫生健康局\n作者：柯春燕\n编辑：黄晓军\n审核：钟晓暄\n",
     "汝城县卫生健康局召开总结大会", ("柯春燕",)),
    # all credits in one bracket after the last paragraph
    ("汝城县卫生健康局召开总结大会\n" + _BODY + "\n（供稿：县人民医院 通讯员：柯春燕 编辑：黄晓军 审核：钟晓暄）\n",
     "汝城县卫生健康局召开总结大会", ("柯春燕",)),
    ("汝城县卫生健康局召开总结大会\n" + _BODY + "（通讯员：柯春燕）\n责任编辑：黄晓军\n",
     "汝城县卫生健康局召开总结大会", ("柯春燕",)),
    # writer and photographer under the title
    ("汝城县卫生健康局召开总结大会\n文/柯春燕 图/黄晓军\n" + _BODY + "\n", "汝城县卫生健康局召开总结大会", ("柯春燕", "黄晓军")),
    # a by-line after the body is no sign that the paragraph above it is the title
    ("汝城县卫生健康局召开总结大会\n" + _BODY + "\n通讯员 柯春燕 记者 黄晓军\n", "汝城县卫生健康局召开总结大会",
     ("柯春燕", "黄晓军")),
    # a short last paragraph above the closing credits is no title either
    ("汝城县卫生健康局召开总结大会\n" + _BODY + "\n会后，大家参观了展览。\n（通讯员：柯春燕 编辑：黄晓军）\n",
     "汝城县卫生健康局召开总结大会", ("柯春燕",)),
    # a news agency's lead names its writers in brackets; 文字 is a writer, 编辑 no author
    ("汝城县卫生健康局召开总结大会\n汝城融媒讯（记者 柯春燕 通讯员 黄晓军）" + _BODY + "\n", "汝城县卫生健康局召开总结大会",
     ("柯春燕", "黄晓军")),
    ("汝城县卫生健康局召开总结大会\n" + _BODY + "\n文字：柯春燕\n编辑：黄晓军\n", "汝城县卫生健康局召开总结大会", ("柯春燕",)),
])
def test_credit_lines(text, title, authors):
    (doc,) = make_documents("a.txt", "", text)
    assert (doc.title, doc.authors) == (title, authors)


@pytest.mark.parametrize("line, expected", [
    ("作者：柯春燕 编辑：黄晓军", ["柯春燕"]),
    ("来源：汝城县卫生健康局", []),
    ("记者黄晓军", ["黄晓军"]),
    # not a credit line: a sentence that opens with a label's word
    ("文化下乡活动在土桥镇举行", None),
    ("记者从汝城县卫生健康局获悉", None),
])
def test_credit_names(line, expected):
    assert credit_names(line) == expected


@pytest.mark.parametrize("text, expected", [
    # everyone credited is a person, editors too, two-character names included
    ("编辑：柯燕 审核：钟晓暄", ["柯燕", "钟晓暄"]),
    ("（来源：汝城日报  编辑：柯燕）", ["柯燕"]),
    ("汝城融媒讯（记者 柯燕 通讯员 黄晓军）3月2日，汝城县人民医院开展义诊。", ["柯燕", "黄晓军"]),
])
def test_credited_names_are_people(text, expected):
    assert persons(text) == sorted(expected)


_ROLL = """汝城县卫生健康局关于表彰先进集体和先进个人的通报
经研究，决定授予汝城县人民医院等2个单位“2023年度全县卫生健康工作先进集体”称号，授予柯晓峰等3名同志“2023年度全县卫生健康工作先进个人”称号。
一、先进集体（2个）
汝城县人民医院、土桥镇中心卫生院
二、先进个人（3名）
汝城县人民医院：柯晓峰（急诊科主任）、蒲雨桐
土桥镇中心卫生院：钱立波
三、郴州市工人先锋号（郴州市总工会授予）：
汝城县中医院
希望受到表彰的集体和个人再接再厉。
四、先进个人
甘若兰
"""


def test_a_roll_of_honour_under_its_headings():
    from kg.articles import make_documents
    from kg.pipeline import extract_document

    (doc,) = make_documents("roll.txt", "", _ROLL)
    r = extract_document(doc)
    labels = {e.key: e.label for e in r.entities}
    got = sorted((labels[f.recipient], labels[f.honour], tuple(labels[c] for c in f.conferred_by))
                 for f in r.facts if isinstance(f, HonourAward))
    # the heading's short name is the honour the article named in full; the notice's body (某局关于表彰…) confers
    # it, unless the heading's note names who did; a sentence ends a roll, a heading opens the next
    by = ("汝城县卫生健康局",)
    for holder in ("柯晓峰", "蒲雨桐", "钱立波", "甘若兰"):
        assert (holder, "全县卫生健康工作先进个人", by) in got
    assert ("汝城县人民医院", "全县卫生健康工作先进集体", by) in got
    assert ("土桥镇中心卫生院", "全县卫生健康工作先进集体", by) in got
    assert ("汝城县中医院", "郴州市工人先锋号", ("郴州市总工会",)) in got
    # the body opening a roll line is where its people work, in the posts their brackets give
    posts = sorted({(labels[f.person], labels[f.role] if f.role else None, labels[f.organization])
                    for f in r.facts if isinstance(f, Membership)})
    assert ("蒲雨桐", None, "汝城县人民医院") in posts
    assert ("钱立波", None, "土桥镇中心卫生院") in posts
    assert ("柯晓峰", "主任", "汝城县人民医院急诊科") in posts
    # a body in brackets describes the person; a person's honour is not its unit's
    assert not any(r == "汝城县人民医院" and h.endswith("个人") for r, h, _ in got)


@pytest.mark.parametrize("line, context, expected", [
    ("一、先进集体（10个）", "关于表彰的通报", "先进集体"),
    ("三、“优秀无偿献血志愿者”（6名）", "表彰大会", "优秀无偿献血志愿者"),
    ("某市青年文明号（共青团某市委授予）：", "喜报", "某市青年文明号"),
    # no words of commendation before it: no roll
    ("一、先进集体（10个）", "工作总结", None),
    # a heading of a report is no honour
    ("一、强化政治理论学习", "表彰", None),
    ("（二）加强队伍建设", "表彰", None),
])
def test_roll_headings(line, context, expected):
    from kg.extract.honours import roll_heading

    got = roll_heading(line, context)
    assert (got.honour if got else None) == expected


@pytest.mark.parametrize("text, expected", [
    # a kind of care network named by its scope is no body
    ("汝城县卫生健康局统筹推进紧密型县域医共体建设。", ["汝城县卫生健康局"]),
    ("汝城县人民医院医共体召开会议。", ["汝城县人民医院", "汝城县人民医院医共体"]),
])
def test_kinds_of_care_network_are_no_bodies(text, expected):
    assert bodies(text) == expected


def test_bare_posts_of_the_articles_body_through_its_party_group():
    from kg.articles import make_documents
    from kg.pipeline import extract_document

    text = ("海伦市卫生健康局党组：以学铸魂 推动主题教育走深走实\n"
            "局党组制定主题教育实施方案，党组书记、局长柯振武带头领学原文。\n"
            "党组成员、副局长钱庆丰带队深入基层调研。\n")
    (doc,) = make_documents("a.txt", "", text)
    r = extract_document(doc)
    labels = {e.key: e.label for e in r.entities}
    got = sorted({(labels[f.person], labels[f.role], labels[f.organization]) for f in r.facts if isinstance(f, Membership)})
    # the post word 党组书记 holds no body of its own (党组|书记); a chain with a post of the body's kind (局长) is
    # held in the body the article is about, though its Party group, not the body, was named before
    assert got == [("柯振武", "党组书记", "海伦市卫生健康局"), ("柯振武", "局长", "海伦市卫生健康局"),
                   ("钱庆丰", "党组成员", "海伦市卫生健康局"), ("钱庆丰", "副局长", "海伦市卫生健康局")]


_FEATURE = """记洛川县疾控中心检验科科长柯晓雯
洛川县疾病预防控制中心检验科科长柯晓雯换上防护服，开始核对样本。
多年来，她获得了许多荣誉：
2019年，被陕西省卫生健康委员会评为“全省卫生健康系统先进个人”；
2020年，获评“延安市抗击新冠肺炎疫情先进个人”；
2022年，中共洛川县委授予她“优秀共产党员”称号。
"""


def test_a_features_list_of_honours_without_subjects():
    from kg.articles import make_documents
    from kg.pipeline import extract_document

    (doc,) = make_documents("f.txt", "", _FEATURE)
    r = extract_document(doc)
    labels = {e.key: e.label for e in r.entities}
    got = sorted((labels[f.recipient], labels[f.honour], tuple(labels[c] for c in f.conferred_by), f.year)
                 for f in r.facts if isinstance(f, HonourAward))
    # each honour is the feature's person's, never the body that conferred it
    assert got == [("柯晓雯", "优秀共产党员", ("洛川县委",), 2022),
                   ("柯晓雯", "全省卫生健康系统先进个人", ("陕西省卫生健康委员会",), 2019),
                   ("柯晓雯", "延安市抗击新冠肺炎疫情先进个人", (), 2020)]


@pytest.mark.parametrize("text, expected", [
    # a post of the body's own kind after its Party branch is held in the body (任…党支部书记、院长)
    ("今年5月，柯明辉同志任高平镇中心卫生院党支部书记、院长。",
     [("柯明辉", "书记", "高平镇中心卫生院党支部"), ("柯明辉", "院长", "高平镇中心卫生院")]),
    # 科主任 in the chain after the department's branch: the department's head; the care it gives names it (急诊)
    ("济宁市第一人民医院急诊医学科党支部书记、科主任梁振华带领党员开展活动。",
     [("梁振华", "主任", "济宁市第一人民医院急诊医学科"), ("梁振华", "书记", "济宁市第一人民医院急诊医学科党支部")]),
    # a unit named from inside its hospital's name: the words they share are written once
    ("武汉市第三医院光谷院区急诊重症医学科主任付守兰正在带领团队。",
     [("付守兰", "主任", "武汉市第三医院光谷院区急诊重症医学科")]),
])
def test_posts_in_departments_and_their_party_branches(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 科 opening the post word 科主任 after a verb or a standing (实行科主任负责制, 名誉科主任) names no department
    ("信丰县人民医院老年医学科实行科主任负责制。", ["信丰县人民医院", "信丰县人民医院老年医学科"]),
    ("罗海鸣担任南昌大学第一附属医院名誉科主任。", ["南昌大学", "南昌大学第一附属医院"]),
])
def test_a_department_head_names_no_department_of_its_own(text, expected):
    assert bodies(text) == expected


def test_the_hospital_a_bare_head_means_is_the_one_of_the_unit_just_named():
    # 医院 after a sentence naming one of its departments is the department's hospital
    assert memberships("信丰县人民医院老年医学科开科仪式举行。医院党委书记、院长黄立峰出席仪式。") == [
        ("黄立峰", "党委书记", "信丰县人民医院"), ("黄立峰", "院长", "信丰县人民医院")]


def test_a_place_opening_with_a_bare_head_is_not_the_articles_body():
    from kg.articles import make_documents
    from kg.pipeline import extract_document

    text = ("院头镇中心卫生院党支部开展主题党日活动\n"
            "近日，院头镇中心卫生院党支部组织党员开展活动。院头镇中心卫生院公共卫生科医生柯丹丹参加活动。\n")
    (doc,) = make_documents("a.txt", "", text)
    names = sorted(e.label for e in extract_document(doc).entities if e.type.name.endswith(("INSTITUTION", "ORGANIZATION")))
    # 院头镇 opens with 院, the head that can stand for a hospital: the name is the town's, written once
    assert not any("卫生院头镇" in n for n in names)
    assert "院头镇中心卫生院公共卫生科" in names


@pytest.mark.parametrize("text, expected", [
    # a title's separator 丨 is no part of the name after it
    ("喜报丨济宁市第一人民医院多个集体和个人获省市表彰。", ["济宁市第一人民医院"]),
    # the verb of sending before a hospital is no part of its name
    ("选派龙岩市第一医院医生到长汀县医院挂职。", ["长汀县医院", "龙岩市第一医院"]),
    # a township of a people after a verb: its own two-character name opens the health centre's
    ("他原是二酉苗族乡卫生院院长。", ["二酉苗族乡卫生院"]),
])
def test_where_names_begin(text, expected):
    assert bodies(text) == expected


@pytest.mark.parametrize("text, expected", [
    # 的 inside a quoted title before 称号
    ("隆回县滩头镇中心卫生院被湖南省卫生健康委员会授予“群众满意的乡镇卫生院”称号。",
     [("隆回县滩头镇中心卫生院", "群众满意的乡镇卫生院")]),
    # 入选“某某”榜: the title, not the board
    ("沅陵县凉水井镇中心卫生院副院长张德崧，2023年入选“怀化好人”榜。", [("张德崧", "怀化好人")]),
    # two people listed, the second described by a unit and a post: both hold it
    ("济宁市第一人民医院心血管内科主任柯德胜、重症医学科护士长颜秀琴获评“山东省卫生健康系统先进个人”。",
     [("柯德胜", "山东省卫生健康系统先进个人"), ("颜秀琴", "山东省卫生健康系统先进个人")]),
    # a body commends, those listed after it are on the roll (榜上有名)
    ("会上，安顺市卫生健康委员会对2023年度目标考核先进单位进行了通报表扬，普定县卫生健康局、西秀区疾病预防控制中心等10个单位榜上有名。",
     [("普定县卫生健康局", "目标考核先进单位"), ("西秀区疾病预防控制中心", "目标考核先进单位")]),
])
def test_more_ways_of_holding_an_honour(text, expected):
    assert honours(text) == expected


@pytest.mark.parametrize("text, expected", [
    # bodies that run a programme together, named after 由 and before the verb of running it
    ("由聊城市妇幼保健院联合聊城市红十字会共同实施的“守护新生”新生儿先天性心脏病筛查救治项目启动。",
     [("聊城市妇幼保健院", "守护新生"), ("聊城市红十字会", "守护新生")]),
    # each body's own quoted brand, the head after the last of them
    ("隆回县人民医院“仁心隆医”、隆回县疾控中心“疾控尖兵”等党建品牌各具特色。",
     [("隆回县人民医院", "仁心隆医"), ("隆回县疾病预防控制中心", "疾控尖兵")]),
    # a short or counted quoted name keeps its description; a plan's period is no programme
    ("徐州市卫健委推进“六大类224项”为民办实事项目。", [("徐州市卫生健康委员会", "六大类224项为民办实事项目")]),
    ("国家发展改革委推进“十四五”时期重大工程项目。", []),
    # the body opening the words a speaker reports runs what they name, not the speaker's Party branch
    ("首阳镇中心卫生院党支部书记、院长包志强表示，卫生院把“我为群众办实事”实践活动落到实处。",
     [("首阳镇中心卫生院", "我为群众办实事")]),
])
def test_programmes_described_after_their_quoted_names(text, expected):
    assert sorted(carriers(text)) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # 中心, 血站 named bare before a post: the centre or the station the text is about
    ("洛川县疾病预防控制中心开展检测。中心主任屈建安说，要做好工作。", [("屈建安", "主任", "洛川县疾病预防控制中心")]),
    ("榆林市中心血站举行表彰大会。血站党总支书记、站长惠建明讲话。",
     [("惠建明", "党总支书记", "榆林市中心血站"), ("惠建明", "站长", "榆林市中心血站")]),
])
def test_centres_and_stations_named_bare(text, expected):
    assert memberships(text) == expected


def test_a_meetings_commendation_and_its_list_of_holders():
    from kg.articles import make_documents
    from kg.pipeline import extract_document

    text = ("龙岩市召开全市卫生健康工作会议\n"
            "2月27日，龙岩市卫生健康委员会召开全市卫生健康工作会议。会议对2023年度全市卫生健康工作先进单位进行了通报表扬。"
            "获表扬的单位有：新罗区卫生健康局；上杭县医院；漳平市疾病预防控制中心。\n"
            "过去一年，全市卫生健康系统扎实开展“医疗卫生服务能力提升年”活动。\n")
    (doc,) = make_documents("m.txt", "", text)
    r = extract_document(doc)
    labels = {e.key: e.label for e in r.entities}
    got = sorted((labels[f.recipient], labels[f.honour], tuple(labels[c] for c in f.conferred_by), f.year)
                 for f in r.facts if isinstance(f, HonourAward))
    # each ；-item of the list after the commendation holds its title, conferred by the body that held the meeting
    by = ("龙岩市卫生健康委员会",)
    assert got == [("上杭县医院", "全市卫生健康工作先进单位", by, 2023),
                   ("新罗区卫生健康局", "全市卫生健康工作先进单位", by, 2023),
                   ("漳平市疾病预防控制中心", "全市卫生健康工作先进单位", by, 2023)]
    # the place's health system acts through its health agency
    runs = {(labels[f.subject], labels[f.object]) for f in r.facts if isinstance(f, Relation) and f.predicate == "carriesOut"}
    assert ("龙岩市卫生健康委员会", "医疗卫生服务能力提升年") in runs


@pytest.mark.parametrize("text, expected", [
    # 免去其…职务: the posts taken from the person just appointed, former now
    ("陈立钧同志任安顺市人民医院党委书记，免去其安顺市卫生健康委员会党组成员、副主任职务。",
     [("陈立钧", "党委书记", "安顺市人民医院", False), ("陈立钧", "党组成员", "安顺市卫生健康委员会", True),
      ("陈立钧", "副主任", "安顺市卫生健康委员会", True)]),
    # 到某院挂职副院长: a post held on secondment
    ("龙岩市第一医院主任傅春林到长汀县医院挂职副院长。",
     [("傅春林", "主任", "龙岩市第一医院", False), ("傅春林", "副院长", "长汀县医院", False)]),
    ("会议宣布，免去刘长清同志甘谷县人民医院党委书记、院长职务。",
     [("刘长清", "党委书记", "甘谷县人民医院", True), ("刘长清", "院长", "甘谷县人民医院", True)]),
    # 原 before a town's health centre marks the post former, no part of the name
    ("原磐安镇中心卫生院院长李振彬调任县卫健局。", [("李振彬", "院长", "磐安镇中心卫生院", True)]),
])
def test_posts_removed_and_seconded(text, expected):
    from readings import read

    r, labels = read(text)
    got = sorted((labels[f.person], labels[f.role], labels[f.organization], f.former) for f in r.facts
                 if isinstance(f, Membership))
    assert got == sorted(expected)


_INLINE_ROLL = """罗田县中医医院召开总结表彰大会
1月20日，罗田县中医医院召开2023年度总结表彰大会，对先进个人进行表彰。表彰名单如下：
优秀医师：方志远（内科）、李春晖（妇产科）
优秀护士：程雅萱、汪红蕾
罗田县人民医院：柯文轩
会后，大家合影留念。
"""


def test_a_heading_and_its_roll_on_one_line():
    from kg.articles import make_documents
    from kg.pipeline import extract_document

    (doc,) = make_documents("r.txt", "", _INLINE_ROLL)
    r = extract_document(doc)
    labels = {e.key: e.label for e in r.entities}
    got = sorted((labels[f.recipient], labels[f.honour], tuple(labels[c] for c in f.conferred_by), f.year)
                 for f in r.facts if isinstance(f, HonourAward))
    # after a list announced (名单如下：) any short title heads the names after its colon; the body that held the
    # meeting confers it, in the year of the meeting's work; a body before a colon heads no roll
    by = ("罗田县中医医院",)
    assert got == [("方志远", "优秀医师", by, 2023), ("李春晖", "优秀医师", by, 2023),
                   ("柯文轩", "优秀护士", by, 2023),
                   ("汪红蕾", "优秀护士", by, 2023), ("程雅萱", "优秀护士", by, 2023)]


@pytest.mark.parametrize("text, expected", [
    # a bare head opening a clause before an award verb: the body just named, never the body that confers it
    ("准格尔旗卫生健康综合行政执法大队开展检查。今年，大队被内蒙古自治区卫生健康委员会授予“全区卫生健康监督执法工作先进集体”称号。",
     [("准格尔旗卫生健康综合行政执法大队", "全区卫生健康监督执法工作先进集体")]),
    ("梧州市疾病预防控制中心开展活动。2023年，中心被广西壮族自治区卫生健康委员会授予“全区疾病预防控制工作先进集体”称号。",
     [("梧州市疾病预防控制中心", "全区疾病预防控制工作先进集体")]),
])
def test_bare_heads_before_award_verbs(text, expected):
    assert honours(text) == expected


def test_a_hospitals_department_named_bare_belongs_to_the_hospital():
    from kg.articles import make_documents
    from kg.pipeline import extract_document

    text = ("喜报｜罗田县中医医院2023年度荣誉榜\n"
            "骨伤科主任涂国梁被湖北省卫生健康委员会授予“湖北省基层名中医”称号。\n"
            "护理部主任詹秋蓉荣获“黄冈市五一劳动奖章”。\n"
            "儿科护士长王晓莉被罗田县文明办评为“罗田好人”。\n")
    (doc,) = make_documents("h.txt", "", text)
    r = extract_document(doc)
    labels = {e.key: e.label for e in r.entities}
    got = sorted((labels[f.person], labels[f.role], labels[f.organization]) for f in r.facts if isinstance(f, Membership))
    # each department named bare before its holder's post is one of the article's hospital, not of the agency
    # named in the sentence before
    assert got == [("涂国梁", "主任", "罗田县中医医院骨伤科"), ("王晓莉", "护士长", "罗田县中医医院儿科"),
                   ("詹秋蓉", "主任", "罗田县中医医院护理部")]
